"""The named queries added for the app pages (the Neo4j store mirrors them row for row)."""
from __future__ import annotations

from graph import queries as Q
from tests.app.sample_graph import sample_graph


def test_entity_counts():
    rows = Q.entity_counts(sample_graph())
    nodes = {r["name"]: r["count"] for r in rows if r["kind"] == "node"}
    assert nodes["Report"] == 6 and nodes["Practice"] == 6 and nodes["Brand"] == 1 and nodes["Region"] == 9
    edges = {r["name"]: r["count"] for r in rows if r["kind"] == "edge"}
    assert edges["ISSUED_BY"] == 6 and edges["ORIGINATED"] == 1
    assert rows == sorted(rows, key=lambda r: (r["kind"] != "node", r["name"]))


def test_reports_overview_sorted_by_seq_with_issuer():
    rows = Q.reports_overview(sample_graph())
    assert [r["seq"] for r in rows] == [1, 2, 3, 4, 5, 6]
    assert rows[0]["union_name"] == "淮北市总工会" and rows[0]["region_name"] == "淮北市"
    assert rows[5]["union_level"] == "province" and rows[0]["section"] == "各级工会"


def test_practice_facts_include_brand_and_quantities():
    rows = Q.practice_facts(sample_graph(), "practice:户外劳动者服务站点")
    assert {r["via_name"] for r in rows} == {"户外劳动者服务站点", "一瓶水•传递爱"}
    direct = [r for r in rows if r["brand"] is None]
    assert [(r["value"], r["unit"]) for r in direct] == [(50, "个")]
    assert all(r["evidence"] and r["report_title"] for r in rows)
    assert Q.practice_facts(sample_graph(), "practice:nope") == []


def test_report_spans_point_into_the_report_text():
    g = sample_graph()
    rep = "report:2023-01"
    text = g.nodes[rep]["text"]
    rows = Q.report_spans(g, rep)
    assert rows and rows == sorted(rows, key=lambda r: (r["start"], r["end"], r["type"], r["entity"], r["source"]))
    for r in rows:
        assert text[r["start"]:r["end"]] == r["evidence"]
    assert {"practice:会站家一体化建设", "union:淮北市总工会"} <= {r["entity"] for r in rows}


def test_new_queries_are_named():
    for q in ("entity_counts", "reports_overview", "practice_facts", "report_spans"):
        assert q in Q.NAMED_QUERIES
