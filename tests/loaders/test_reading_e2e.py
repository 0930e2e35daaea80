"""Issue 7 end to end: `ukg build` on a folder of whatever users download."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.fixtures.make import (encrypted_docx_bytes, html_page, pdf_bytes, sample_text, write_docx, write_html,
                                 write_pdf, write_txt, zip_bytes)

REPORTS = {
    "济南市总工会2023年工作总结": ["2023年，济南市总工会深入开展劳动和技能竞赛，建成职工之家30个。",
                                  "济南市总工会为困难职工发放帮扶资金560万元。"],
    "长春市总工会2023年工作总结": ["长春市总工会全年新建基层工会组织210家，新发展会员1.5万人。",
                                  "长春市总工会建设户外劳动者服务站点86个。"],
    "遵义市总工会2023年工作总结": ["遵义市总工会开展职工书屋建设，新建职工书屋25家。"],
    "拉萨市总工会2023年工作总结": ["拉萨市总工会推进产业工人队伍建设改革，培育大国工匠。"],
}
BROKEN = {
    "empty.txt": "the file is empty (0 bytes)",
    "scan.pdf": "the PDF has no text layer (scanned?)",
    "locked.pdf": "the PDF is password-protected",
    "cut.docx": "the .docx is damaged",
    "download.pdf": "wrong extension: the file is named .pdf but is an HTML page",
}


@pytest.fixture
def store(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "store" / "graph.json"
    monkeypatch.setenv("UKG_STORE_PATH", str(path))
    monkeypatch.delenv("UKG_STORE", raising=False)
    return path


def downloads(root: Path) -> Path:
    (root / "pdf").mkdir(parents=True)
    (jn, jn_p), (cc, cc_p), (zy, zy_p), (ls, ls_p) = REPORTS.items()
    write_docx(root / "jinan.docx", title=jn, paragraphs=jn_p)
    write_pdf(root / "pdf" / "changchun.pdf", title=cc, paragraphs=cc_p, pages=2)
    write_html(root / "zunyi.html", title=zy, paragraphs=zy_p)
    write_txt(root / "lasa.txt", sample_text(ls, ls_p), "gbk")
    write_txt(root / "jinan-copy.txt", sample_text(jn, jn_p), "utf-8")  # the .docx report again
    (root / "empty.txt").write_bytes(b"")
    (root / "pdf" / "scan.pdf").write_bytes(pdf_bytes(text=False))
    (root / "pdf" / "locked.pdf").write_bytes(pdf_bytes(user_password="pw"))
    (root / "cut.docx").write_bytes(zip_bytes({"word/document.xml": b"<w:document/>" * 100})[:80])
    (root / "download.pdf").write_text(html_page(title="404 Not Found", paragraphs=["页面不存在"]), encoding="utf-8")
    (root / "budget.xlsx").write_bytes(zip_bytes({"xl/workbook.xml": b"<x/>"}))
    return root


def build(capsys, *args: str) -> tuple[int, dict]:
    rc = main(["build", "--json", *args])
    return rc, json.loads(capsys.readouterr().out)


def test_folder_of_downloads_loads_each_report_once(store, tmp_path, capsys):
    root = downloads(tmp_path / "downloads")
    rc, out = build(capsys, str(root))
    assert rc == 0
    by_name = {Path(f["path"]).name: f for f in out["files"]}

    for name, problem in BROKEN.items():
        assert by_name[name]["status"] == "failed", name
        assert problem in by_name[name]["reason"], (name, by_name[name]["reason"])
        assert by_name[name]["hint"]
    assert by_name["budget.xlsx"]["status"] == "skipped"

    loaded = [s for f in out["files"] if f["status"] == "loaded" for s in f["reports"].values()]
    titles = [t for f in out["files"] for t in f.get("reports", {})]
    assert sorted(set(titles)) == sorted(REPORTS)
    dup = [s for f in out["files"] for t, s in f.get("reports", {}).items() if s.startswith("duplicate")]
    assert len(dup) == 1  # jinan-copy.txt repeats jinan.docx
    assert loaded.count("loaded") == len(REPORTS)
    assert out["graph"]["nodes"]["Report"] == len(REPORTS)

    first = store.read_bytes()
    rc2, out2 = build(capsys, str(root))
    assert rc2 == 0
    assert store.read_bytes() == first  # a second run changes nothing
    states = [s for f in out2["files"] for s in f.get("reports", {}).values() if not s.startswith("duplicate")]
    assert states == ["unchanged"] * len(REPORTS)


def test_only_broken_files_exit_non_zero_and_keep_the_store(store, tmp_path, capsys):
    root = downloads(tmp_path / "downloads")
    assert build(capsys, str(root / "lasa.txt"))[0] == 0
    before = store.read_bytes()
    rc, out = build(capsys, *(str(p) for p in sorted(root.rglob("*")) if p.name in BROKEN))
    assert rc == 1
    assert {Path(f["path"]).name for f in out["files"]} == set(BROKEN)
    assert store.read_bytes() == before


def test_same_report_as_txt_docx_html_is_one_report(store, tmp_path, capsys):
    title, paras = next(iter(REPORTS.items()))
    write_txt(tmp_path / "a.txt", sample_text(title, paras), "gbk")
    write_docx(tmp_path / "b.docx", title=title, paragraphs=paras)
    write_html(tmp_path / "c.html", title=title, paragraphs=paras)
    rc, out = build(capsys, str(tmp_path / "a.txt"), str(tmp_path / "b.docx"), str(tmp_path / "c.html"))
    assert rc == 0 and out["graph"]["nodes"]["Report"] == 1
    states = [s for f in out["files"] for s in f["reports"].values()]
    assert states[0] == "loaded" and all(s.startswith("duplicate of the report in") for s in states[1:])
