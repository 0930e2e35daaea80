"""GraphML export: Gephi-ready (scalar attributes, display labels) and lossless."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from graph.readwrite.graphml import generate_graphml, read_graphml, write_graphml
from tests.linked_sample import counts, sample_graph

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def _edges(g):
    return sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in g.edges(keys=True, data=True))


def test_round_trip(tmp_path) -> None:
    g = sample_graph()
    back = read_graphml(write_graphml(g, tmp_path / "g.graphml"))
    assert counts(back) == counts(g)
    assert _edges(back) == _edges(g)
    for n, d in g.nodes(data=True):
        assert dict(back.nodes[n]) == dict(d), n


def test_file_is_gephi_friendly(tmp_path) -> None:
    path = write_graphml(sample_graph(), tmp_path / "g.graphml")
    text = path.read_text(encoding="utf-8")
    assert "甘肃省总工会" in text  # UTF-8, not character references
    root = ET.fromstring(text.encode("utf-8"))
    keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.findall("g:key", NS)}
    assert ("node", "label") in keys and ("node", "kind") in keys and ("edge", "label") in keys
    assert keys[("node", "aliases")] == "string"
    for data in root.iter("{%s}data" % NS["g"]):
        assert data.text not in ("None", "[]"), data.attrib
        assert data.text is not None or data.get("key") == "aliases", data.attrib  # only "no aliases" is empty
    node = root.find(".//g:node[@id='union:甘肃省总工会']", NS)
    vals = {d.get("key"): d.text for d in node.findall("g:data", NS)}
    assert vals["label"] == "甘肃省总工会" and vals["kind"] == "Union" and vals["aliases"] == "甘肃省工会"


def test_generate_is_text() -> None:
    assert generate_graphml(sample_graph()).lstrip().startswith("<graphml")
