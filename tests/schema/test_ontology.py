"""The ontology, shapes, JSON-LD context and shipped queries agree with the schema tables."""
from __future__ import annotations

import json
from importlib import resources

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.plugins.sparql import prepareQuery

from app.cli_linked import QUERIES_DIR
from schema import NODE_EXTRA_PROPS, REL_ENDPOINTS, Label
from schema.namespaces import (
    EDGE_PROP,
    END,
    EVIDENCE_TEXT,
    FACT,
    GEO_PROPS,
    LABEL_CLASS,
    NODE_PROP,
    PRACTICE_PROPS,
    PREFIXES,
    REL_PREDICATE,
    SH,
    START,
    UKG,
    node_iri,
    rel_predicate,
)
from schema.shapes import generate_shapes, load_shapes


@pytest.fixture(scope="module")
def onto() -> Graph:
    text = resources.files("schema").joinpath("ontology.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def test_every_label_has_a_declared_class(onto: Graph) -> None:
    for label, cls in LABEL_CLASS.items():
        assert (cls, RDF.type, OWL.Class) in onto, label
        assert list(onto.objects(cls, RDFS.subClassOf)), f"{label} reuses no established class"
    assert (FACT, RDF.type, OWL.Class) in onto


def test_every_ukg_term_used_is_declared(onto: Graph) -> None:
    used = set(REL_PREDICATE.values()) | {p for p, _ in NODE_PROP.values()} | {p for p, _ in EDGE_PROP.values()}
    used |= {START, END, EVIDENCE_TEXT}
    own = {t for t in used if str(t).startswith(str(UKG))}
    assert own, "the mapping should use some ukg: terms"
    for term in own:
        assert (term, RDF.type, OWL.ObjectProperty) in onto or (term, RDF.type, OWL.DatatypeProperty) in onto, term
    declared = {s for s in onto.subjects(RDF.type, None) if str(s).startswith(str(UKG))}
    assert declared - own - set(LABEL_CLASS.values()) - {FACT} == set(), "ontology declares unused terms"


def test_every_relation_endpoint_has_a_predicate() -> None:
    for rel, pairs in REL_ENDPOINTS.items():
        for src, _ in pairs:
            assert (rel, src) in REL_PREDICATE, (rel, src)


def test_ukg_relation_domains_match_endpoints(onto: Graph) -> None:
    for rel, pairs in REL_ENDPOINTS.items():
        for src, _ in pairs:
            pred = rel_predicate(rel, src)
            if not str(pred).startswith(str(UKG)):
                continue
            domain = onto.value(pred, RDFS.domain)
            members = set(onto.items(onto.value(domain, OWL.unionOf))) if onto.value(domain, OWL.unionOf) else {domain}
            assert LABEL_CLASS[src] in members, (rel, src)


def test_every_node_property_has_a_mapping() -> None:
    for label, props in NODE_EXTRA_PROPS.items():
        for prop in props:
            assert (
                (label, prop) in NODE_PROP
                or (label is Label.REGION and prop in GEO_PROPS)
                or (label is Label.PRACTICE and prop in PRACTICE_PROPS)
            ), (label, prop)


def test_iris_are_stable_and_keyed() -> None:
    assert str(node_iri(Label.REGION, "甘肃", {"adcode": "620000"})) == "https://w3id.org/union-kg/id/region/620000"
    assert str(node_iri(Label.PRACTICE, "worker_reading_room")).endswith("/practice/worker_reading_room")
    a = node_iri(Label.UNION, "甘肃省总工会")
    assert a == node_iri(Label.UNION, "甘肃省总工会") and "%E7%94%98" in a and "/" not in a.rsplit("/union/", 1)[1]


def test_shipped_shapes_are_up_to_date() -> None:
    assert isomorphic(load_shapes(), generate_shapes()), "run `python -m schema.shapes`"


def test_shapes_cover_every_label_and_relation() -> None:
    shapes = load_shapes()
    assert set(LABEL_CLASS.values()) | {FACT} <= set(shapes.objects(None, SH.targetClass))
    assert set(REL_PREDICATE.values()) <= set(shapes.objects(None, SH.path))


def test_context_prefixes_and_terms() -> None:
    ctx = json.loads(resources.files("schema").joinpath("context.jsonld").read_text(encoding="utf-8"))["@context"]
    for prefix, ns in PREFIXES.items():
        assert ctx[prefix] == str(ns), prefix
    for term, d in ctx.items():
        if isinstance(d, dict):
            prefix, _, local = d["@id"].partition(":")
            assert prefix in PREFIXES and local, term
    mapped = {PREFIXES[d["@id"].split(":")[0]][d["@id"].split(":")[1]] for d in ctx.values() if isinstance(d, dict)}
    assert set(REL_PREDICATE.values()) <= mapped


@pytest.mark.parametrize("path", sorted(QUERIES_DIR.glob("*.rq")), ids=lambda p: p.stem)
def test_shipped_queries_parse(path) -> None:
    prepareQuery(path.read_text(encoding="utf-8"))


def test_three_example_queries_ship() -> None:
    assert {p.stem for p in QUERIES_DIR.glob("*.rq")} >= {
        "regions_sharing_practice", "brands_per_practice", "honors_per_province"}


def test_shapes_file_is_byte_stable() -> None:
    """Regenerating gives the same bytes (canonical blank nodes), so the file never churns in diffs."""
    from schema.shapes import shapes_path, shapes_turtle

    assert shapes_path().read_text(encoding="utf-8") == shapes_turtle()
