"""Property tests: arbitrary bytes and text never crash reading, splitting, repair or
extraction with anything but ReadError, and every offset stays inside its text."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from loaders.formats.normalize import canonical_text, clean_layout, content_hash, indent_paragraphs
from loaders.reading import ReadError, SourceDocument, decode_text, document_from_bytes
from loaders.repair import repair, split_sentences
from loaders.splitting import split_compilation

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like the reports: CJK, full-width punctuation and spaces, TOC and heading lines.
PIECES = ["目录", "目　录", "一、各级工会", "二、产业工会", "工会", "职工", "总工会", "市", "省", "2023年", "。", "，",
          "；", "：", "“", "”", "（", "）", "…", "………", "\u3000\u3000", "　　12", " 3", "\n", "\n\n", "\r\n", "\t",
          "某某市工会工作综述", "24：", "甲", "乙", "\ufeff", "\x00", "\x0c", "a", "1"]
report_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60).map("".join)
any_text = st.one_of(report_text, st.text(max_size=300))


@SETTINGS
@given(st.binary(max_size=2000))
def test_decode_text_only_raises_read_error(data):
    try:
        text, enc = decode_text(data, "x.txt")
    except ReadError as e:
        assert e.path == "x.txt" and e.problem
        return
    assert isinstance(text, str) and text.strip() and enc


@SETTINGS
@given(st.text(max_size=300), st.sampled_from(["utf-8", "utf-16", "gb18030", "utf-8-sig"]))
def test_decode_roundtrip_of_real_text(text, enc):
    assume(text.strip(" \t\n\r\f\v\u3000\x1c\x1d\x1e\x1f\x85\u2028\u2029\xa0") and "\x00" not in text)
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        return
    try:
        out, _ = decode_text(data, "x.txt")
    except ReadError:
        return  # e.g. text full of control characters is judged binary
    if enc != "utf-8-sig" and not text.startswith("\ufeff"):
        assert out == text or enc == "gb18030"  # short GBK may read as UTF-8 only if it *is* valid UTF-8


PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"<html>", b"{\\rtf1",
            b"\xef\xbb\xbf", b"\xff\xfe", b"\x89PNG"]


@SETTINGS
@given(st.sampled_from(PREFIXES), st.binary(max_size=1500), st.sampled_from([".txt", ".pdf", ".docx", ".html", ""]))
def test_document_from_bytes_only_raises_read_error(prefix, data, suffix):
    try:
        doc = document_from_bytes(prefix + data, "f" + suffix)
    except ReadError as e:
        assert e.problem
        return
    assert isinstance(doc, SourceDocument) and doc.text.strip()
    assert doc.format in ("txt", "pdf", "docx", "html")


@SETTINGS
@given(any_text)
def test_normalization_is_stable(text):
    c = clean_layout(text)
    assert clean_layout(c) == c
    canon = canonical_text(text)
    assert canonical_text(canon) == canon
    assert content_hash(text) == content_hash(indent_paragraphs(c))


@SETTINGS
@given(any_text)
def test_split_compilation_offsets_inside_text(text):
    res = split_compilation(text)
    for r in res.reports:
        assert 0 <= r.source_start <= len(text)
        assert text[r.source_start:r.source_start + len(r.text)] == r.text
    assert all(isinstance(p, str) and p for p in res.problems)


@SETTINGS
@given(any_text, st.integers(min_value=0, max_value=10_000))
def test_repair_maps_back_into_source(raw, base):
    clean = repair(raw, base)
    assert len(clean.origin) == len(clean.text) + 1
    for i, ch in enumerate(clean.text):
        src = clean.to_source(i) - base
        assert 0 <= src <= len(raw) or (ch == "\n" and -1 <= src <= len(raw))
        if ch != "\n" and ch != " ":
            assert raw[src] == ch
    for s in split_sentences(clean.text):
        assert 0 <= s.start < s.end <= len(clean.text) and clean.text[s.start:s.end] == s.text


def _extractor():
    try:
        from loaders.pipeline import default_extractor
        return default_extractor()
    except Exception as e:  # the pipeline is being built on main; skip rather than fail the reading suite
        pytest.skip(f"loaders.pipeline not usable yet: {type(e).__name__}: {e}")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_text)
def test_pipeline_never_crashes_and_evidence_stays_in_text(text):
    from loaders.pipeline import process_text

    res = process_text(text, "prop.txt", _extractor())
    for frag in res.fragments:
        for rel in frag.relations:
            ev = rel.evidence
            if ev is not None:
                assert 0 <= ev.start <= ev.end
                assert ev.sentence
