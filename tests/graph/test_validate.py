"""SHACL validation: the sample conforms; deliberately broken graphs do not."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from graph.readwrite.rdf import generate_rdf
from graph.validate import validate_graph, validate_rdf
from schema import Rel
from schema.namespaces import FACT, NAME
from tests.linked_sample import sample_graph

GANSU_UNION = "union:甘肃省总工会"
PRACTICE = "practice:worker_reading_room"


def test_sample_conforms() -> None:
    result = validate_graph(sample_graph())
    assert result.conforms, result.text()
    assert result.violations == []


def _one(result, path: str):
    assert not result.conforms
    hits = [v for v in result.violations if v.path == path]
    assert hits, result.text()
    return hits[0]


def test_missing_name() -> None:
    g = sample_graph()
    g.nodes[GANSU_UNION]["name"] = ""
    v = _one(validate_graph(g), "rdfs:label")
    assert v.focus == GANSU_UNION and "name" in v.message


def test_wrong_datatype_for_offsets() -> None:
    g = sample_graph()
    u, t, k = next((u, t, k) for u, t, k, d in g.edges(keys=True, data=True) if d["type"] == Rel.RUNS.value)
    g.edges[u, t, k]["start"] = "7"
    v = _one(validate_graph(g), "ukg:start")
    assert v.focus == f"ukgid:fact/{k}" and v.value == '"7"'


def test_start_after_end() -> None:
    g = sample_graph()
    u, t, k = next((u, t, k) for u, t, k, d in g.edges(keys=True, data=True) if d["type"] == Rel.RUNS.value)
    g.edges[u, t, k].update(start=30, end=7)
    _one(validate_graph(g), "ukg:start")


def test_relation_to_wrong_class() -> None:
    g = sample_graph()
    g.add_edge(GANSU_UNION, "person:张三", key="bad", type=Rel.RUNS.value)
    v = _one(validate_graph(g), "ukg:runs")
    assert v.focus == GANSU_UNION and v.value == "person:张三" and "Practice or Brand" in v.message


def test_relation_from_wrong_class() -> None:
    g = sample_graph()
    g.add_edge("person:张三", PRACTICE, key="bad", type=Rel.RUNS.value)
    v = _one(validate_graph(g), "ukg:runs")
    assert v.focus == "person:张三" and "closed" in v.message


def test_region_with_bad_adcode_and_level() -> None:
    g = sample_graph()
    g.nodes["region:620000"].update(adcode="62", level="galaxy")
    result = validate_graph(g)
    assert {"ukg:adcode", "ukg:regionLevel"} <= {v.path for v in result.violations}


def test_bad_status_and_value() -> None:
    g = sample_graph()
    u, t, k = next((u, t, k) for u, t, k, d in g.edges(keys=True, data=True) if d.get("status") == "done")
    g.edges[u, t, k].update(status="finished", value="five hundred")
    paths = {v.path for v in validate_graph(g).violations}
    assert {"ukg:status", "ukg:value"} <= paths


def test_report_without_seq() -> None:
    g = sample_graph()
    rep = next(n for n, d in g.nodes(data=True) if d["label"] == "Report")
    del g.nodes[rep]["seq"]
    v = _one(validate_graph(g), "ukg:seq")
    assert v.focus == rep


def test_fact_whose_triple_is_missing() -> None:
    rdf = generate_rdf(sample_graph(), taxonomy=False)
    fact = next(rdf.subjects(RDF.type, FACT))
    rdf.remove((rdf.value(fact, RDF.subject), rdf.value(fact, RDF.predicate), rdf.value(fact, RDF.object)))
    result = validate_rdf(rdf)
    assert not result.conforms
    assert any("not asserted" in v.message for v in result.violations), result.text()


def test_two_names() -> None:
    rdf = generate_rdf(sample_graph(), taxonomy=False)
    s = next(rdf.subjects(NAME, Literal("甘肃省总工会", lang="zh")))
    rdf.add((s, NAME, Literal("另一个名字", lang="zh")))
    assert _one(validate_rdf(rdf), "rdfs:label").focus == GANSU_UNION


def test_text_output_is_readable() -> None:
    g = sample_graph()
    g.nodes[GANSU_UNION]["name"] = ""
    text = validate_graph(g).text()
    assert text.splitlines()[0].endswith("SHACL violation(s):")
    assert GANSU_UNION in text and "rdfs:label" in text
    assert validate_graph(sample_graph()).text().startswith("conforms")
