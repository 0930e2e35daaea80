"""The JSON export contract (tools depend on it)."""
from collections import Counter

from graph.readwrite.json import generate_json, parse_json
from schema import Label, Rel

REQUIRED_TYPES = {Rel.ISSUED_BY, Rel.LOCATED_IN, Rel.PART_OF, Rel.RUNS, Rel.INSTANCE_OF, Rel.RECEIVED, Rel.MENTIONS}


def test_contract_on_the_corpus(corpus_graph):
    data = generate_json(corpus_graph)
    assert set(data) >= {"nodes", "links"}
    labels = {lab.value for lab in Label}
    for n in data["nodes"]:
        assert {"id", "label", "name", "aliases"} <= set(n)
        assert n["label"] in labels and isinstance(n["aliases"], list) and n["name"]
        if n["label"] == "Report":
            assert isinstance(n["seq"], int) and n["title"]
        if n["label"] == "Region":
            assert len(n["adcode"]) == 6 and n["level"]
    reports = sorted((n for n in data["nodes"] if n["label"] == "Report"), key=lambda n: n["seq"])
    assert [n["seq"] for n in reports] == list(range(1, 35))
    ids = {n["id"] for n in data["nodes"]}
    for e in data["links"]:
        assert e["source"] in ids and e["target"] in ids and e["type"]
        if "report" in e:
            assert e["report"] in ids and isinstance(e["evidence"], str)
            assert isinstance(e["start"], int) and isinstance(e["end"], int)
    types = Counter(e["type"] for e in data["links"])
    for t in REQUIRED_TYPES:
        assert types[t.value] > 0, t
    assert types[Rel.ISSUED_BY.value] == 33  # every report but the one that names no union


def test_round_trip(corpus_graph):
    g = parse_json(generate_json(corpus_graph))
    assert g.number_of_nodes() == corpus_graph.number_of_nodes()
    assert g.number_of_edges() == corpus_graph.number_of_edges()
