"""The CLI end to end, in a temporary store."""
import json
import subprocess
import sys

import pytest

from pathlib import Path

from app.cli import main

CORPUS = Path(__file__).resolve().parents[2] / "data" / "reports" / "2023_union_work_reports.txt"


@pytest.fixture
def store(tmp_path, monkeypatch):
    path = tmp_path / "store" / "graph.json"
    monkeypatch.setenv("UKG_STORE_PATH", str(path))
    monkeypatch.delenv("UKG_STORE", raising=False)
    return path


def test_build_twice_then_export(store, tmp_path, capsys):
    assert main(["build"]) == 0
    first = store.read_bytes()
    assert main(["build", str(CORPUS)]) == 0
    out = capsys.readouterr().out
    assert "34 unchanged" in out
    assert store.read_bytes() == first
    dest = tmp_path / "g.json"
    assert main(["export", "--format", "json", "-o", str(dest)]) == 0
    data = json.loads(dest.read_text(encoding="utf-8"))
    assert sum(1 for n in data["nodes"] if n["label"] == "Report") == 34


def test_stats_shows_the_store_location(store, capsys):
    assert main(["build"]) == 0
    capsys.readouterr()
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert str(store) in out and "reports: 34" in out


def test_bad_files_are_named_and_good_ones_still_load(store, tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    good = tmp_path / "good.txt"
    good.write_text("某市总工会工作总结\n\n　　市总工会建成职工书屋5家。\n", encoding="gb18030")
    rc = main(["build", str(tmp_path / "empty.txt"), str(tmp_path / "bin.txt"), str(good)])
    out = capsys.readouterr().out
    assert rc == 0
    assert "empty.txt" in out and "bin.txt" in out and "good.txt: 1 reports" in out


def test_nothing_usable_exits_non_zero_and_keeps_the_store(store, tmp_path, capsys):
    assert main(["build"]) == 0
    before = store.read_bytes()
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["build", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr()
    assert "missing.txt" in err.out and "nothing usable" in err.err
    assert store.read_bytes() == before


def test_damaged_store_gives_a_message_not_a_traceback(store, capsys):
    store.parent.mkdir(parents=True)
    store.write_text("{not json", encoding="utf-8")
    assert main(["stats"]) == 2
    assert "damaged" in capsys.readouterr().err


def test_console_script_help():
    out = subprocess.run([sys.executable, "-m", "app.cli", "build", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "bundled corpus" in out.stdout
