"""RDF export: round trips, provenance, IRIs, the SKOS taxonomy and the JSON-LD context."""
from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, SKOS, XSD

from graph.readwrite.rdf import (
    FORMATS,
    Concept,
    Taxonomy,
    generate_rdf,
    graph_from_rdf,
    load_context,
    parse_rdf,
    project_taxonomy,
    serialize,
    write_rdf,
)
from schema import Label, Rel
from schema.namespaces import END, EVIDENCE_TEXT, FACT, LABEL_CLASS, NODE_ID, PRACTICE_SCHEME, START, UKGID
from tests.linked_sample import counts, sample_graph


def _edges(g):
    return sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in g.edges(keys=True, data=True))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip_through_file(fmt: str, tmp_path) -> None:
    g = sample_graph()
    path = write_rdf(g, tmp_path / f"out{FORMATS[fmt][1]}", taxonomy=False)
    back = graph_from_rdf(parse_rdf(path))
    assert counts(back) == counts(g)
    assert _edges(back) == _edges(g)
    for n, d in g.nodes(data=True):
        assert dict(back.nodes[n]) == dict(d), n


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip_with_taxonomy_keeps_counts(fmt: str, tmp_path) -> None:
    """The taxonomy adds concepts and labels (practice aliases merge with the
    taxonomy's), never nodes or relations."""
    g = sample_graph()
    back = graph_from_rdf(parse_rdf(write_rdf(g, tmp_path / f"out{FORMATS[fmt][1]}")))
    assert counts(back) == counts(g)
    assert _edges(back) == _edges(g)


def test_every_relation_is_a_fact_with_provenance() -> None:
    g = sample_graph()
    rdf = generate_rdf(g, taxonomy=False)
    facts = set(rdf.subjects(RDF.type, FACT))
    assert len(facts) == g.number_of_edges()
    with_evidence = [d for *_, d in g.edges(data=True) if d.get("report")]
    derived = [f for f in facts if rdf.value(f, PROV.wasDerivedFrom) is not None]
    assert len(derived) == len(with_evidence)
    for f in derived:
        report = rdf.value(f, PROV.wasDerivedFrom)
        assert (report, RDF.type, LABEL_CLASS[Label.REPORT]) in rdf
        assert rdf.value(f, START).datatype == XSD.integer and rdf.value(f, END).datatype == XSD.integer
        assert rdf.value(f, EVIDENCE_TEXT).language == "zh"
        # the reified triple is asserted too
        assert (rdf.value(f, RDF.subject), rdf.value(f, RDF.predicate), rdf.value(f, RDF.object)) in rdf


def test_parallel_relations_stay_distinct_facts() -> None:
    g = sample_graph()
    runs = [k for u, v, k, d in g.edges(keys=True, data=True)
            if d["type"] == Rel.RUNS.value and v == "practice:worker_reading_room"]
    assert len(runs) == 2
    rdf = generate_rdf(g, taxonomy=False)
    assert len({f for f in rdf.subjects(RDF.type, FACT) if str(f).rsplit("/", 1)[1] in runs}) == 2


def test_iris_and_types() -> None:
    rdf = generate_rdf(sample_graph(), taxonomy=False)
    gansu = UKGID["region/620000"]
    assert (gansu, NODE_ID, Literal("region:620000")) in rdf
    assert (gansu, RDF.type, URIRef("https://schema.org/AdministrativeArea")) in rdf
    union = next(rdf.subjects(NODE_ID, Literal("union:甘肃省总工会")))
    assert (union, RDF.type, URIRef("http://www.w3.org/ns/org#Organization")) in rdf
    assert (union, URIRef("http://www.w3.org/ns/org#subOrganizationOf"), None) in rdf
    assert (UKGID["practice/worker_reading_room"], SKOS.prefLabel, Literal("Worker reading room", lang="en")) in rdf


def test_export_is_deterministic() -> None:
    a = serialize(generate_rdf(sample_graph(), taxonomy=False), "nt")
    b = serialize(generate_rdf(sample_graph(), taxonomy=False), "nt")
    assert sorted(a.splitlines()) == sorted(b.splitlines())


def test_taxonomy_exported_whole_as_skos_scheme() -> None:
    tax = Taxonomy(
        categories=[Concept("culture", "职工文化", "Worker culture")],
        practices=[
            Concept("worker_reading_room", "职工书屋", "Worker reading room", ("书屋",), "阅读场所", "", "culture"),
            Concept("unused_practice", "未用实践", "Unused practice", ("别名",), "", "", "culture"),
        ],
    )
    rdf = generate_rdf(sample_graph(), taxonomy=tax)
    assert (PRACTICE_SCHEME, RDF.type, SKOS.ConceptScheme) in rdf
    unused = UKGID["practice/unused_practice"]
    assert (unused, RDF.type, SKOS.Concept) in rdf
    assert (unused, SKOS.inScheme, PRACTICE_SCHEME) in rdf
    assert (unused, SKOS.broader, UKGID["practice-category/culture"]) in rdf
    assert (unused, SKOS.altLabel, Literal("别名", lang="zh")) in rdf
    assert (UKGID["practice-category/culture"], SKOS.topConceptOf, PRACTICE_SCHEME) in rdf
    # one prefLabel per language even though graph node and taxonomy both name it
    used = UKGID["practice/worker_reading_room"]
    langs = [l.language for l in rdf.objects(used, SKOS.prefLabel)]
    assert sorted(langs) == ["en", "zh"]
    # a taxonomy-only concept is not a graph node: round trips do not invent nodes
    assert counts(graph_from_rdf(rdf)) == counts(sample_graph())


def test_project_taxonomy_is_exported_when_installed() -> None:
    tax = project_taxonomy()
    if tax is None:
        pytest.skip("schema.taxonomy not available")
    rdf = generate_rdf(sample_graph())
    concepts = {s for s in rdf.subjects(SKOS.inScheme, PRACTICE_SCHEME)}
    assert len(concepts) >= len(tax.practices) + len(tax.categories)


def test_jsonld_uses_shipped_context_and_parses_to_same_triples() -> None:
    rdf = generate_rdf(sample_graph(), taxonomy=False)
    text = serialize(rdf, "jsonld")
    doc = json.loads(text)
    assert doc["@context"] == load_context()
    assert any("runs" in node for node in doc["@graph"]), "context terms should compact the output"
    assert isomorphic(Graph().parse(data=text, format="json-ld"), rdf)


def test_jsonld_document_referencing_context_by_value(tmp_path) -> None:
    """A researcher's own JSON-LD using the shipped context yields our IRIs."""
    doc = {
        "@context": load_context(),
        "@id": "ukgid:union/x",
        "@type": "ukg:Union",
        "name": "某工会",
        "runs": "ukgid:practice/worker_reading_room",
    }
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    s = UKGID["union/x"]
    assert (s, RDF.type, LABEL_CLASS[Label.UNION]) in g
    assert (s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("某工会", lang="zh")) in g
    assert (s, URIRef("https://w3id.org/union-kg/ontology#runs"), UKGID["practice/worker_reading_room"]) in g


def test_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="ttl"):
        serialize(Graph(), "rdfxml")
