"""`ukg ... --store neo4j` and `ukg cypher` end to end against the real server."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli import main
from graph.readwrite.json import read_json
from graph.store.base import StoreError
from graph.store.synthetic import comparable

DOWN = "bolt://127.0.0.1:1"


def test_unreachable_server_is_a_store_error_saying_how_to_start():
    from graph.store.neo4j import Neo4jStore

    with pytest.raises(StoreError, match="scripts/neo4j start"):
        Neo4jStore(uri=DOWN, connect_timeout=2)


@pytest.mark.parametrize("argv", [["build", "--store", "neo4j"], ["stats", "--store", "neo4j"], ["cypher", "RETURN 1"]])
def test_cli_with_server_down_prints_one_line_no_traceback(argv):
    env = {"NEO4J_URI": DOWN, "PATH": "/usr/bin:/bin"}
    p = subprocess.run([sys.executable, "-m", "app.cli", *argv], capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode == 2
    assert "Traceback" not in p.stderr and "scripts/neo4j start" in p.stderr


def test_build_stats_export_with_the_neo4j_store(neo4j_store, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("UKG_STORE_PATH", str(tmp_path / "emb.json"))
    assert main(["build", "--store", "neo4j"]) == 0
    assert main(["build", "--store", "neo4j"]) == 0
    out = capsys.readouterr().out
    assert "34 unchanged" in out and "bolt://" in out
    assert main(["build"]) == 0  # the embedded store, same corpus
    monkeypatch.setenv("UKG_STORE", "neo4j")
    assert main(["stats"]) == 0 and "reports: 34" in capsys.readouterr().out
    assert main(["export", "--format", "json", "-o", str(tmp_path / "neo.json")]) == 0
    assert main(["export", "--store", "embedded", "--format", "json", "-o", str(tmp_path / "emb-out.json")]) == 0
    assert comparable(read_json(tmp_path / "neo.json")) == comparable(read_json(tmp_path / "emb-out.json"))


def test_cypher_console_reads_and_refuses_writes(neo4j_store, capsys):
    from graph.store.synthetic import make_fragments

    neo4j_store.write(make_fragments(4))
    counts = neo4j_store.counts()
    assert main(["cypher", "MATCH (r:Report) RETURN r.id AS id ORDER BY id"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].strip() == "id" and out[2:] == sorted(out[2:]) and len(out) == 2 + 4
    assert main(["cypher", "MATCH (n {id: $id}) RETURN n.name AS name", "-p", "id=report:r0001", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["name"].endswith("1")
    for write in ["CREATE (:Union {id: 'x'})", "MATCH (n) DETACH DELETE n", "MATCH (n) SET n.x = 1"]:
        assert main(["cypher", write]) == 1
        assert "read-only" in capsys.readouterr().err
    assert neo4j_store.counts() == counts
    assert main(["cypher", "MATC (n) RETURN n"]) == 1
    assert "SyntaxError" in capsys.readouterr().err
