"""A catalogue of bad inputs, each generated here and each pinning its message.

Every ReadError names the file, the problem and what to do; tests pin the
problem text (what users see) and check the hint is there.
"""
from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest

from loaders.reading import ReadError, SourceDocument, Skipped, iter_sources, read_source
from tests.fixtures.make import (encrypted_docx_bytes, html_page, pdf_bytes, sample_text, write_docx, write_pdf,
                                 write_txt, zip_bytes)


def error_of(path: Path, **kw) -> ReadError:
    with pytest.raises(ReadError) as ei:
        read_source(path, **kw)
    e = ei.value
    assert e.path == str(path)
    assert str(path) in str(e)
    return e


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# -- (problem substring, hint substring) per generated bad file --------------------------------
CATALOGUE = {
    "empty.txt": (lambda: b"", "the file is empty (0 bytes)", "re-download"),
    "blank.txt": (lambda: " \n\t\r\n\u3000\u3000\n".encode("utf-8"), "the file contains only whitespace", "nothing to load"),
    "blank-gbk.txt": (lambda: "\u3000\u3000\n".encode("gbk"), "the file contains only whitespace", "nothing to load"),
    "binary.txt": (lambda: bytes(range(256)) * 8, "the file is binary, not text", ".docx, .pdf or .html"),
    "photo.txt": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary (an image, archive or program)", ".pdf"),
    "fake.pdf": (lambda: html_page().encode("utf-8"),
                 "wrong extension: the file is named .pdf but is an HTML page (a failed download or login page?)",
                 "download the real file again"),
    "text.docx": (lambda: sample_text().encode("utf-8"),
                  "wrong extension: the file is named .docx but is not a Word .docx document (it holds plain text)",
                  "rename it to .txt"),
    "locked.docx": (encrypted_docx_bytes, "the Word document is password-protected (encrypted)", "remove the password"),
    "old.doc.docx": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048,
                     "old-format Word .doc", "--convert-to docx"),
    "cut.docx": (lambda: zip_bytes({"word/document.xml": b"<w:document/>" * 200})[:60],
                 "the .docx is damaged (not a readable ZIP archive; truncated download?)", "save it again as .docx"),
    "broken.docx": (lambda: zip_bytes({"word/document.xml": b"<not xml"}), "the .docx is damaged", "save it again"),
    "reports.zip.txt": (lambda: zip_bytes({"a.txt": b"x"}), "the file is a ZIP archive, not a Word .docx", "unzip it"),
    "locked.pdf": (lambda: pdf_bytes(user_password="secret"), "the PDF is password-protected", "remove the password"),
    "cut.pdf": (lambda: pdf_bytes()[:1200], "the PDF is damaged", "re-download"),
    "garbage.pdf": (lambda: b"%PDF-1.4\n" + b"garbage " * 100, "the PDF is damaged", "re-download"),
    "scanned.pdf": (lambda: pdf_bytes(text=False, pages=2), "the PDF has no text layer (scanned?)", "OCR it first"),
    "report.rtf.txt": (lambda: b"{\\rtf1\\ansi hello}", "RTF document, which is not supported", "save it as .docx"),
    "undecodable.txt": (lambda: bytes([0x80, 0xFF]) * 50,
                        "the text is neither UTF-8 nor GB18030/GBK and its encoding cannot be recognized",
                        "re-save it as UTF-8"),
}


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_catalogue(tmp_path, name):
    make, problem, hint = CATALOGUE[name]
    e = error_of(write(tmp_path, name, make()))
    assert problem in e.problem, e.problem
    assert hint in e.hint, e.hint
    assert e.hint  # every error says what to do


def test_missing_path(tmp_path):
    e = error_of(tmp_path / "nope.txt")
    assert e.problem == "no such file or folder"
    assert "check the path" in e.hint


def test_broken_symlink(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    e = error_of(link)
    assert e.problem == "no such file or folder" and "broken symbolic link" in e.hint


def test_folder_given_to_read_source(tmp_path):
    e = error_of(tmp_path)
    assert e.problem == "is a folder, not a file"


def test_no_read_permission_via_access(tmp_path, monkeypatch):
    p = write_txt(tmp_path / "r.txt", sample_text())
    import loaders.reading as reading

    monkeypatch.setattr(reading.os, "access", lambda path, mode: False)
    e = error_of(p)
    assert e.problem == "no permission to read the file" and "chmod" in e.hint


def test_no_read_permission_on_open(tmp_path, monkeypatch):
    p = write_txt(tmp_path / "r.txt", sample_text())
    real_open = builtins.open

    def deny(file, *a, **kw):
        if str(file) == str(p):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", deny)
    e = error_of(p)
    assert e.problem == "no permission to read the file"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode; covered by the patched tests")
def test_no_read_permission_real(tmp_path):
    p = write_txt(tmp_path / "r.txt", sample_text())
    p.chmod(0)
    assert error_of(p).problem == "no permission to read the file"


def test_huge_file_is_refused_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:  # sparse: 100 MB on paper, nothing on disk
        f.truncate(100 * 1024 * 1024)

    def no_open(*a, **kw):  # the limit is checked from the size alone
        raise AssertionError("opened a file over the size limit")

    monkeypatch.setattr(builtins, "open", no_open)
    e = error_of(p)
    assert e.problem == "the file is 100.0 MB, over the 64.0 MB limit"
    assert "UKG_MAX_FILE_MB" in e.hint


def test_size_limit_is_configurable(tmp_path, monkeypatch):
    p = write_txt(tmp_path / "r.txt", sample_text() * 20)
    monkeypatch.setenv("UKG_MAX_FILE_MB", "0.001")
    assert "over the 0.0 MB limit" in error_of(p).problem
    assert isinstance(read_source(p, max_bytes=10_000_000), SourceDocument)
    monkeypatch.setenv("UKG_MAX_FILE_MB", "not a number")
    assert isinstance(read_source(p), SourceDocument)


def test_large_plain_text_reads(tmp_path):
    p = write_txt(tmp_path / "big.txt", sample_text() * 6000)  # ~4 MB
    doc = read_source(p)
    assert doc.meta["size"] > 3_500_000 and doc.text.count("三是加强基层组织建设") == 6000


def test_truncated_utf8_drops_partial_char_with_warning(tmp_path):
    data = sample_text().rstrip("\n").encode("utf-8")[:-1]  # cut inside the final "。"
    doc = read_source(write(tmp_path, "cut.txt", data))
    assert doc.encoding == "utf-8"
    assert doc.text.endswith("新发展会员1.5万人")
    assert doc.meta["warnings"] == [
        "the file ends in the middle of a character (truncated download?); the last 2 byte(s) were dropped"]


def test_truncated_gbk_drops_partial_char_with_warning(tmp_path):
    data = sample_text().rstrip("\n").encode("gbk")[:-1]
    doc = read_source(write(tmp_path, "cut.txt", data))
    assert doc.encoding == "gb18030"
    assert doc.text.endswith("新发展会员1.5万人")
    assert "the last 1 byte(s) were dropped" in doc.meta["warnings"][0]


def test_damaged_utf8_in_the_middle_is_utf8_with_replacement(tmp_path):
    data = sample_text().encode("utf-8")
    data = data[:100] + b"\xff" + data[100:]
    doc = read_source(write(tmp_path, "damaged.txt", data))
    assert doc.encoding == "utf-8" and "\ufffd" in doc.text
    assert "1 invalid UTF-8 byte sequence(s) were replaced" in doc.meta["warnings"][0]


def test_txt_that_is_really_a_docx_is_read_as_docx(tmp_path):
    src = write_docx(tmp_path / "r.docx")
    p = write(tmp_path, "r.txt", src.read_bytes())
    doc = read_source(p)
    assert doc.format == "docx"
    assert doc.meta["warnings"][0].startswith("wrong extension: the file is named .txt but is a Word .docx document")


def test_txt_that_is_really_a_pdf_is_read_as_pdf(tmp_path):
    doc = read_source(write(tmp_path, "r.txt", pdf_bytes()))
    assert doc.format == "pdf" and "read as pdf" in doc.meta["warnings"][0]


def test_pdf_that_is_really_a_docx(tmp_path):
    src = write_docx(tmp_path / "r.docx")
    doc = read_source(write(tmp_path, "r.pdf", src.read_bytes()))
    assert doc.format == "docx" and "named .pdf but is a Word .docx document" in doc.meta["warnings"][0]


def test_folder_with_nothing_readable(tmp_path):
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "sheet.xlsx", zip_bytes({"xl/workbook.xml": b"<x/>"}))
    write(tmp_path, ".hidden.txt", sample_text().encode())
    items = list(iter_sources([tmp_path]))
    assert [type(i).__name__ for i in items] == ["ReadError", "Skipped", "ReadError"]
    assert items[0].problem == "the file is empty (0 bytes)"
    assert items[1].skipped and items[1].problem == "not a report file type ('.xlsx')"
    assert items[2].path == str(tmp_path) and items[2].problem == "the folder has no readable reports"
    assert ".docx" in items[2].hint


def test_empty_folder(tmp_path):
    (items,) = list(iter_sources([tmp_path]))
    assert items.problem == "the folder is empty"


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path, "a.txt", b"")
    write_txt(tmp_path / "b.txt", sample_text())
    write(tmp_path, "c.pdf", b"%PDF-1.4 nothing")
    items = list(iter_sources([tmp_path, tmp_path / "missing.docx", tmp_path / "b.txt"]))
    kinds = [(Path(i.path).name, isinstance(i, SourceDocument)) for i in items]
    # b.txt named twice (in the folder and by itself) is read once.
    assert kinds == [("a.txt", False), ("b.txt", True), ("c.pdf", False), ("missing.docx", False)]


def test_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    write_txt(tmp_path / "a.txt", sample_text())
    import loaders.reading as reading

    real_walk = os.walk

    def walk(top, onerror=None, **kw):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, onerror=onerror, **kw)

    monkeypatch.setattr(reading.os, "walk", walk)
    items = list(iter_sources([tmp_path]))
    assert items[0].problem == "folder cannot be listed: Permission denied"
    assert isinstance(items[1], SourceDocument)


def test_skipped_is_a_read_error_subclass():
    # Consumers that only know ReadError still handle skipped files without crashing.
    assert issubclass(Skipped, ReadError) and Skipped("x", "y").skipped and not ReadError("x", "y").skipped


# -- issue 7.4: a compilation whose table of contents lists reports that are missing --------------

def test_compilation_toc_lists_missing_report():
    from loaders.splitting import split_compilation

    text = ("2023年工会工作汇编\n\n目　录\n\n一、各级工会\n\n甲市工会工作综述　　1\n\n乙市工会工作综述　　3\n\n"
            "丙市工会工作综述　　5\n\n"
            "甲市工会工作综述\n\n\u3000\u3000甲市总工会全年新建职工之家30个。\n\n"
            "丙市工会工作综述\n\n\u3000\u3000丙市总工会开展劳动竞赛。\n")
    res = split_compilation(text)
    assert [r.title for r in res.reports] == ["甲市工会工作综述", "丙市工会工作综述"]
    assert res.problems == ["the table of contents lists “乙市工会工作综述” but no report with that title follows"]


def test_compilation_toc_lists_only_missing_reports():
    from loaders.splitting import split_compilation

    text = "汇编\n\n目录\n\n甲市工会工作综述　　1\n\n乙市工会工作综述　　3\n\n正文另起，但没有任何报告标题。\n"
    res = split_compilation(text)
    assert len(res.problems) == 2
    assert all("no report with that title follows" in p for p in res.problems)
