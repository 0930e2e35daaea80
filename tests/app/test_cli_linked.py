"""`ukg export --format ttl|jsonld|nt|graphml|gexf|csv`, `ukg validate`, `ukg sparql`."""
from __future__ import annotations

import json

import pytest

from app.cli import main
from graph.readwrite.rdf import write_rdf
from graph.store import open_store
from tests.linked_sample import sample_graph


@pytest.fixture
def store(tmp_path, monkeypatch):
    """An embedded store holding the small sample graph (no extraction needed)."""
    from graph.readwrite.json import write_json

    path = tmp_path / "store" / "graph.json"
    path.parent.mkdir()
    write_json(sample_graph(), path)
    monkeypatch.setenv("UKG_STORE_PATH", str(path))
    monkeypatch.delenv("UKG_STORE", raising=False)
    assert open_store(None, None).graph().number_of_nodes() == sample_graph().number_of_nodes()
    return path


@pytest.mark.parametrize("fmt,name", [("ttl", "g.ttl"), ("jsonld", "g.jsonld"), ("nt", "g.nt"),
                                      ("graphml", "g.graphml"), ("gexf", "g.gexf"), ("csv", "csvdir")])
def test_export_formats(store, tmp_path, fmt, name) -> None:
    out = tmp_path / name
    assert main(["export", "--format", fmt, "-o", str(out)]) == 0
    assert out.exists() and (out.is_dir() or out.stat().st_size > 0)


def test_validate_store_and_file(store, tmp_path, capsys) -> None:
    assert main(["validate"]) == 0
    assert "conforms" in capsys.readouterr().out
    g = sample_graph()
    g.add_edge("union:甘肃省总工会", "person:张三", key="bad", type="RUNS", start="x")
    bad = write_rdf(g, tmp_path / "bad.ttl")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "union:甘肃省总工会  ukg:runs" in out and "ukg:start" in out
    assert main(["validate", "--json", str(bad)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["conforms"] is False and {"focus", "path", "message"} <= set(data["violations"][0])


def test_validate_missing_or_unparsable_file(store, tmp_path, capsys) -> None:
    assert main(["validate", str(tmp_path / "nope.ttl")]) == 2
    assert "no such file" in capsys.readouterr().err
    junk = tmp_path / "junk.ttl"
    junk.write_text("this is not turtle", encoding="utf-8")
    assert main(["validate", str(junk)]) == 2
    assert "cannot parse" in capsys.readouterr().err


def test_sparql_table_and_json(store, capsys) -> None:
    q = "SELECT ?name WHERE { ?u a ukg:Union ; rdfs:label ?name } ORDER BY ?name"
    assert main(["sparql", q]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].strip() == "name" and lines[2:] == ["中华全国总工会", "甘肃省总工会"]
    assert main(["sparql", "--json", q]) == 0
    assert json.loads(capsys.readouterr().out) == [{"name": "中华全国总工会"}, {"name": "甘肃省总工会"}]


def test_sparql_shipped_query_by_name(store, capsys) -> None:
    assert main(["sparql", "brands_per_practice"]) == 0
    out = capsys.readouterr().out
    assert "职工书屋" in out and "陇原书香" in out


@pytest.mark.parametrize("query,msg", [("SELECT ?x WHERE { ?x a }", "bad SPARQL query"),
                                       ("SELECT ?x WHERE { ?x nope:p ?y }", "nope"),
                                       ("missing.rq", "no such query file")])
def test_sparql_bad_query(store, capsys, query, msg) -> None:
    assert main(["sparql", query]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and msg in err and "Traceback" not in err
