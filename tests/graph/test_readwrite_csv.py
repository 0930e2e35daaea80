"""CSV export in neo4j-admin import layout: headers, files per label/type, round trip."""
from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from graph.readwrite.csv import generate_csv, import_args, nodes_file, read_csv, relationships_file, write_csv
from schema import Label, Rel
from tests.linked_sample import counts, sample_graph


def _edges(g):
    return sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in g.edges(keys=True, data=True))


def test_one_file_per_label_and_type(tmp_path) -> None:
    folder = write_csv(sample_graph(), tmp_path / "csv")
    names = {p.name for p in folder.glob("*.csv")}
    assert names == {nodes_file(lab) for lab in Label} | {relationships_file(r) for r in Rel}
    assert "neo4j-admin database import full" in (folder / "import.sh").read_text()


def test_neo4j_admin_headers() -> None:
    files = generate_csv(sample_graph())
    report = files[nodes_file(Label.REPORT)][0]
    assert report[:4] == ["id:ID", ":LABEL", "name", "aliases:string[]"] and "seq:int" in report
    region = files[nodes_file(Label.REGION)][0]
    assert {"lng:double", "lat:double", "adcode"} <= set(region)
    runs = files[relationships_file(Rel.RUNS)][0]
    assert runs[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"start:int", "end:int", "value:double", "report", "evidence"} <= set(runs)


def test_arrays_use_semicolon(tmp_path) -> None:
    g = sample_graph()
    g.nodes["union:甘肃省总工会"]["aliases"] = ["甘肃工会", "甘肃省工会"]
    folder = write_csv(g, tmp_path)
    with open(folder / nodes_file(Label.UNION), encoding="utf-8", newline="") as fh:
        rows = {r["id:ID"]: r for r in csv.DictReader(fh)}
    assert rows["union:甘肃省总工会"]["aliases:string[]"] == "甘肃工会;甘肃省工会"
    assert rows["union:甘肃省总工会"][":LABEL"] == "Union"


def test_round_trip(tmp_path) -> None:
    g = sample_graph()
    back = read_csv(write_csv(g, tmp_path / "csv"))
    assert counts(back) == counts(g)
    assert _edges(back) == _edges(g)
    for n, d in g.nodes(data=True):
        assert dict(back.nodes[n]) == dict(d), n


def test_rewrite_removes_stale_files(tmp_path) -> None:
    write_csv(sample_graph(), tmp_path)
    g = sample_graph()
    g.remove_nodes_from([n for n, d in g.nodes(data=True) if d["label"] == Label.HONOR.value])
    write_csv(g, tmp_path)
    assert not (tmp_path / nodes_file(Label.HONOR)).exists()
    assert not (tmp_path / relationships_file(Rel.RECEIVED)).exists()


def test_the_real_neo4j_admin_imports_the_corpus_folder(corpus_graph, tmp_path):
    """Run Neo4j's own importer (the jars scripts/neo4j caches) on the exported folder."""
    lib = Path(__file__).resolve().parents[2] / ".neo4j" / "lib"
    if not list(lib.glob("neo4j-import-tool-*.jar")) or shutil.which("java") is None:
        msg = "Neo4j jars not cached: run `scripts/neo4j start` once"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    folder = write_csv(corpus_graph, tmp_path / "csv")
    home = tmp_path / "neo4j-home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text("", encoding="utf-8")
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    files = sorted(p.name for p in folder.glob("*.csv"))
    cmd = ["java", "-Xmx1g", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", "database", "import", "full",
           *import_args(files)]
    out = subprocess.run(cmd, cwd=folder, env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    nodes = int(re.search(r"(\d+) nodes", out.stdout).group(1))
    rels = int(re.search(r"(\d+) relationships", out.stdout).group(1))
    assert (nodes, rels) == (corpus_graph.number_of_nodes(), corpus_graph.number_of_edges())
