"""GEXF export: Gephi's format, reserved attribute names avoided, lossless."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from graph.readwrite.gexf import generate_gexf, read_gexf, write_gexf
from schema import Rel
from tests.linked_sample import counts, sample_graph

NS = {"x": "http://www.gexf.net/1.2draft"}


def _edges(g):
    return sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in g.edges(keys=True, data=True))


def test_round_trip(tmp_path) -> None:
    g = sample_graph()
    back = read_gexf(write_gexf(g, tmp_path / "g.gexf"))
    assert counts(back) == counts(g)
    assert _edges(back) == _edges(g)
    for n, d in g.nodes(data=True):
        assert dict(back.nodes[n]) == dict(d), n


def test_labels_types_and_no_reserved_clashes(tmp_path) -> None:
    root = ET.parse(write_gexf(sample_graph(), tmp_path / "g.gexf")).getroot()
    graph = root.find("x:graph", NS)
    assert graph.get("defaultedgetype") == "directed" and graph.get("mode") == "static"
    node = graph.find(".//x:node[@id='union:甘肃省总工会']", NS)
    assert node.get("label") == "甘肃省总工会"
    edges = graph.findall(".//x:edge", NS)
    assert {e.get("label") for e in edges} == {r.value for r in Rel}
    # 'type', 'start', 'end' would mean edge direction / time in GEXF
    assert all(e.get("type") is None and e.get("start") is None and e.get("end") is None for e in edges)
    titles = {a.get("title") for a in graph.iter("{%s}attribute" % NS["x"])}
    assert {"kind", "relation", "evidence_start", "evidence_end"} <= titles
    for v in graph.iter("{%s}attvalue" % NS["x"]):
        assert v.get("value") not in ("None", "[]")


def test_generate_is_text() -> None:
    assert "<gexf" in generate_gexf(sample_graph())
