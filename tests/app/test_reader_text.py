"""The reader shows a report's stored clean text; the graph's spans must index it."""
from __future__ import annotations

from app.ui.pages.reader import sentence_around
from graph import queries as Q


def test_corpus_spans_index_the_reader_text(corpus_graph):
    checked = 0
    for rep in Q.reports_overview(corpus_graph):
        text = corpus_graph.nodes[rep["report"]].get("text")
        assert text, f"no text for {rep['report']}"
        for s in Q.report_spans(corpus_graph, rep["report"])[:40]:
            assert text[s["start"]:s["end"]] in s["evidence"], (rep["report"], s)
            a, b = sentence_around(text, s["start"], s["end"])
            assert text[s["start"]:s["end"]] in text[a:b]
            checked += 1
    assert checked > 100


def test_sentence_around():
    t = "甲。乙丙丁。戊"
    assert sentence_around(t, 3, 4) == (2, 6)
    assert sentence_around(t, 6, 7) == (6, 7)
