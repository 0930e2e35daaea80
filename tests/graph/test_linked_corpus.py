"""The bundled corpus leaves the project in valid, lossless open formats."""
from __future__ import annotations

from graph.readwrite.csv import read_csv, write_csv
from graph.readwrite.gexf import read_gexf, write_gexf
from graph.readwrite.graphml import read_graphml, write_graphml
from graph.readwrite.rdf import generate_rdf, graph_from_rdf, parse_rdf, serialize
from graph.validate import validate_rdf
from tests.linked_sample import counts


def test_corpus_rdf_conforms_and_round_trips(corpus_graph, tmp_path) -> None:
    rdf = generate_rdf(corpus_graph)
    result = validate_rdf(rdf)
    assert result.conforms, result.text()[:2000]
    path = tmp_path / "c.nt"
    path.write_text(serialize(rdf, "nt"), encoding="utf-8")
    assert counts(graph_from_rdf(parse_rdf(path))) == counts(corpus_graph)


def test_corpus_tabular_round_trips(corpus_graph, tmp_path) -> None:
    want = counts(corpus_graph)
    assert counts(read_graphml(write_graphml(corpus_graph, tmp_path / "c.graphml"))) == want
    assert counts(read_gexf(write_gexf(corpus_graph, tmp_path / "c.gexf"))) == want
    assert counts(read_csv(write_csv(corpus_graph, tmp_path / "csv"))) == want
