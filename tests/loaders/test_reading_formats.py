"""Each input format reads to the report's text, with metadata, and all agree on content."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.formats.normalize import canonical_text, clean_layout, content_hash, indent_paragraphs, join_wrapped
from loaders.reading import SourceDocument, read_source
from loaders.repair import repair, split_sentences
from tests.fixtures.make import (SAMPLE_PARAGRAPHS, SAMPLE_TABLE, SAMPLE_TITLE, html_page, sample_text, write_docx,
                                 write_html, write_pdf, write_txt)


def sentences(doc: SourceDocument) -> list[str]:
    return [s.text for s in split_sentences(repair(doc.text).text)]


def body_lines(doc: SourceDocument) -> list[str]:
    return [ln.strip("\u3000 ") for ln in doc.text.split("\n") if ln.strip()]


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gbk", b""), ("gb18030", b""),
    ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
])
def test_txt_encodings(tmp_path, encoding, bom):
    p = tmp_path / "r.txt"
    p.write_bytes(bom + sample_text().encode(encoding))
    doc = read_source(p)
    assert doc.format == "txt"
    assert body_lines(doc) == [SAMPLE_TITLE, *SAMPLE_PARAGRAPHS]
    assert not doc.text.startswith("\ufeff")


def test_short_gbk_text_is_not_mistaken_for_utf8(tmp_path):
    # Two ideographs in GBK are 4 bytes that are invalid UTF-8; GB18030 must win.
    p = write_txt(tmp_path / "short.txt", "工会\n", "gbk")
    doc = read_source(p)
    assert doc.text == "工会" and doc.encoding == "gb18030"


def test_docx_paragraphs_in_order_and_tables_as_rows(tmp_path):
    p = write_docx(tmp_path / "r.docx", table=SAMPLE_TABLE, core_title="某某市总工会2023年度工作报告")
    doc = read_source(p)
    assert doc.format == "docx"
    lines = body_lines(doc)
    assert lines[0] == SAMPLE_TITLE
    assert lines[1] == SAMPLE_PARAGRAPHS[0]
    assert lines[2:5] == ["\t".join(r) for r in SAMPLE_TABLE]
    assert lines[5:] == SAMPLE_PARAGRAPHS[1:]
    assert doc.meta["title"] == "某某市总工会2023年度工作报告" and doc.meta["title_from"] == "document"
    assert doc.meta["year"] == 2023


def test_pdf_joins_wrapped_cjk_lines_without_spaces(tmp_path):
    p = write_pdf(tmp_path / "r.pdf")
    doc = read_source(p)
    assert doc.format == "pdf" and doc.meta["pages"] == 1
    assert body_lines(doc) == [SAMPLE_TITLE, *SAMPLE_PARAGRAPHS]


def test_pdf_narrow_column_still_joins_wrapped_lines(tmp_path):
    doc = read_source(write_pdf(tmp_path / "r.pdf", chars_per_line=17))
    assert body_lines(doc) == [SAMPLE_TITLE, *SAMPLE_PARAGRAPHS]


def test_pdf_sentence_across_a_page_break_is_rejoined_by_repair(tmp_path):
    long = "".join(SAMPLE_PARAGRAPHS[1:]) * 6  # ~25 full lines per copy: runs over two pages
    paras = [SAMPLE_PARAGRAPHS[0], long, long, SAMPLE_PARAGRAPHS[3]]
    doc = read_source(write_pdf(tmp_path / "r.pdf", paragraphs=paras))
    assert doc.meta["pages"] >= 2 and "\n\n" in doc.text  # page break = blank line
    txt = read_source(write_txt(tmp_path / "r.txt", sample_text(paragraphs=paras)))
    # The same sentences (a line ending a sentence exactly at the column edge may
    # start a new paragraph in the PDF: harmless, and safer than joining a heading on).
    assert sentences(doc) == sentences(txt)
    assert doc.meta["content_hash"] == txt.meta["content_hash"]


def test_pdf_pages_become_blank_lines_and_page_numbers_go(tmp_path):
    p = write_pdf(tmp_path / "r.pdf", pages=2, doc_title="2023年工作总结（某某市总工会）")
    doc = read_source(p)
    assert doc.meta["pages"] == 2
    assert "\n\n" in doc.text
    assert "- 1 -" not in doc.text and "- 2 -" not in doc.text
    assert body_lines(doc) == [SAMPLE_TITLE, *SAMPLE_PARAGRAPHS]
    assert doc.meta["title"] == "2023年工作总结（某某市总工会）"


def test_html_keeps_article_drops_navigation(tmp_path):
    p = write_html(tmp_path / "r.html")
    doc = read_source(p)
    assert doc.format == "html"
    assert body_lines(doc) == [SAMPLE_TITLE, *SAMPLE_PARAGRAPHS]
    for chrome in ("网站首页", "劳模风采", "版权所有", "热点推荐", "当前位置"):
        assert chrome not in doc.text
    assert doc.meta["title"] == SAMPLE_TITLE
    assert doc.meta["date"] == "2024-01-15"
    assert doc.meta["year"] == 2023  # the report's year (title), not the posting date


def test_html_gbk_page_declared_gb2312(tmp_path):
    p = write_html(tmp_path / "r.htm", encoding="gb18030")
    doc = read_source(p)
    assert doc.encoding == "gb18030"
    assert body_lines(doc) == [SAMPLE_TITLE, *SAMPLE_PARAGRAPHS]


def test_html_fallback_without_trafilatura(tmp_path, monkeypatch):
    import loaders.formats.html as h

    monkeypatch.setattr(h, "_trafilatura_text", lambda page: None)
    doc = read_source(write_html(tmp_path / "r.html"))
    assert doc.meta["html_extractor"] == "beautifulsoup"
    assert body_lines(doc) == [SAMPLE_TITLE, *SAMPLE_PARAGRAPHS]
    assert "版权所有" not in doc.text and "网站首页" not in doc.text


def test_same_report_in_every_format_has_one_content(tmp_path):
    """Issue 7.6: .txt (GBK), .docx, .pdf and .html of one report normalize to the same text."""
    docs = [
        read_source(write_txt(tmp_path / "r.txt", sample_text(), "gbk")),
        read_source(write_docx(tmp_path / "r.docx")),
        read_source(write_pdf(tmp_path / "r.pdf", pages=2)),
        read_source(write_html(tmp_path / "r.html")),
    ]
    canon = {canonical_text(d.text) for d in docs}
    assert len(canon) == 1, canon
    assert len({d.meta["content_hash"] for d in docs}) == 1
    # ... and the lead's repair step sees the same paragraphs in each.
    assert len({repair(d.text).text for d in docs}) == 1


def test_folder_mixed_formats_recursive(tmp_path):
    from loaders.reading import ReadError, Skipped, iter_sources

    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    write_txt(tmp_path / "a.txt", sample_text())
    write_docx(tmp_path / "sub" / "b.docx")
    write_pdf(tmp_path / "sub" / "deeper" / "c.pdf")
    (tmp_path / "sub" / "d.htm").write_text(html_page(), encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text("隐藏", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "~$b.docx").write_bytes(b"lock")
    (tmp_path / "notes.xlsx").write_bytes(b"PK\x03\x04")
    items = list(iter_sources([tmp_path]))
    docs = [i for i in items if isinstance(i, SourceDocument)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    errors = [i for i in items if isinstance(i, ReadError) and not i.skipped]
    assert sorted(d.format for d in docs) == ["docx", "html", "pdf", "txt"]
    assert [s.path for s in skipped] == [str(tmp_path / "notes.xlsx")]
    assert "not a report file type ('.xlsx')" in skipped[0].problem
    assert errors == []


def test_clean_layout_and_canonical_text():
    assert clean_layout("\ufeffa\r\nb\rc\f\n\n\n\nd  \n") == "a\nb\nc\n\nd"
    assert canonical_text("\u3000\u3000工 会\n\n  Trade   union \n") == "工会\nTrade union"
    assert content_hash("工会\n工作") == content_hash("工会工作") == content_hash(" 工会 工作 ")
    assert content_hash("工会工作") != content_hash("工会活动")


def test_indent_paragraphs_keeps_titles_flush():
    text = "某某市总工会工作总结\n2023年12月\n一年来，工作顺利。\n一、组织建设\n新建工会210家。"
    assert indent_paragraphs(text).split("\n") == [
        "某某市总工会工作总结", "\u3000\u30002023年12月", "\u3000\u3000一年来，工作顺利。", "一、组织建设",
        "\u3000\u3000新建工会210家。"]
    assert indent_paragraphs("接上页的句子。", continues_first=True) == "接上页的句子。"


@pytest.mark.parametrize("left,right,joined", [
    ("工会", "工作", "工会工作"), ("达到3", ".2万人", "达到3.2万人"), ("12", "0余项", "120余项"),
    ("the trade", "union", "the trade union"), ("co-", "operate", "cooperate"), ("ICP", "备案", "ICP备案"),
])
def test_join_wrapped(left, right, joined):
    assert join_wrapped(left, right) == joined


def test_year_from_file_name_when_text_has_none(tmp_path):
    p = write_txt(tmp_path / "2022_某市工会总结.txt", "某市工会工作总结\n\n\u3000\u3000全年开展活动。\n")
    doc = read_source(p)
    assert doc.meta["year"] == 2022 and doc.meta["year_from"] == "file name"


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_bundled_compilation_saved_as_docx_or_html_splits_the_same(tmp_path, fmt):
    """The 34-report compilation, one paragraph per line as Word/a web page would hold
    it, splits into the same reports with the same content as the .txt."""
    import html as html_lib

    import docx

    from loaders.splitting import split_compilation

    src = read_source(Path(__file__).resolve().parents[2] / "data" / "reports" / "2023_union_work_reports.txt")
    # The compilation ends with a download site's advertisement, which the HTML
    # reader rightly drops as boilerplate; leave it out of the comparison.
    lines = [ln for ln in src.text.split("\n") if ln.strip() and "素材库" not in ln]
    if fmt == "docx":
        d = docx.Document()
        for ln in lines:
            d.add_paragraph(ln)
        p = tmp_path / "comp.docx"
        d.save(str(p))
    else:
        body = "".join(f"<p>{html_lib.escape(ln)}</p>\n" for ln in lines)
        p = tmp_path / "comp.html"
        p.write_text(f"<html><head><meta charset='utf-8'><title>汇编</title></head><body>"
                     f"<div class='nav'>首页 | 工会要闻</div><div class='content'>{body}</div></body></html>",
                     encoding="utf-8")
    doc = read_source(p)
    want = {r.title: content_hash(r.text) for r in split_compilation("\n".join(lines)).reports}
    got = split_compilation(doc.text)
    assert got.problems == []
    assert {r.title: content_hash(r.text) for r in got.reports} == want
    assert len(want) == 34
