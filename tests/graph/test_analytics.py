"""Analytics on small hand-made graphs whose answers are worked out by hand."""
from __future__ import annotations

import math

import networkx as nx
import pytest

from graph import analytics as A
from graph.model import Evidence, Fragment, Node, Relation, build_graph, node_id
from schema import Label, Rel


def make_graph(profiles: dict[str, set[str]], province_of: dict[str, str] | None = None) -> nx.MultiDiGraph:
    """One report per region: its union runs each practice, one sentence per fact.

    Regions are prefectures ``region:<name>``; each sits in province ``P<name>``
    unless ``province_of`` says otherwise.
    """
    province_of = province_of or {}
    frags = []
    for seq, (reg, practices) in enumerate(sorted(profiles.items()), start=1):
        rep = Node(node_id(Label.REPORT, f"r{seq}"), Label.REPORT, f"report {reg}", props={"seq": seq, "title": f"report {reg}"})
        prov_name = province_of.get(reg, f"P{reg}")
        prov = Node(node_id(Label.REGION, prov_name), Label.REGION, prov_name, props={"level": "province"})
        region = Node(node_id(Label.REGION, reg), Label.REGION, reg, props={"level": "prefecture"})
        union = Node(node_id(Label.UNION, reg), Label.UNION, f"{reg}工会")
        nodes = [prov, region, union]
        rels = [
            Relation(region.id, prov.id, Rel.PART_OF),
            Relation(union.id, region.id, Rel.LOCATED_IN),
            Relation(rep.id, union.id, Rel.ISSUED_BY),
        ]
        pos = 0
        for p in sorted(practices):
            pn = Node(node_id(Label.PRACTICE, p), Label.PRACTICE, p)
            sent = f"{reg}开展{p}。"
            ev = Evidence(rep.id, sent, pos, pos + len(sent))
            pos += len(sent)
            nodes.append(pn)
            rels.append(Relation(union.id, pn.id, Rel.RUNS, ev))
            rels.append(Relation(rep.id, pn.id, Rel.MENTIONS, ev))
        frags.append(Fragment(rep, nodes, rels))
    return build_graph(frags)


def r(name: str) -> str:
    return node_id(Label.REGION, name)


def p(name: str) -> str:
    return node_id(Label.PRACTICE, name)


BASIC = {"A": {"p1", "p2", "p3"}, "B": {"p1", "p2"}, "C": {"p1", "p4"}, "D": {"p4"}}


def test_profiles_at_native_and_rolled_up_level():
    g = make_graph(BASIC, province_of={"A": "X", "B": "X", "C": "Y", "D": "Y"})
    native = A.region_profiles(g)
    assert native.practices[r("A")] == {p("p1"), p("p2"), p("p3")}
    prov = A.region_profiles(g, "province")
    assert set(prov.practices) == {r("X"), r("Y")}
    assert prov.practices[r("X")] == {p("p1"), p("p2"), p("p3")}
    assert prov.practices[r("Y")] == {p("p1"), p("p4")}
    # every cell keeps the sentences behind it
    assert [lk["evidence"] for lk in prov.links[(r("Y"), p("p4"))]] == ["C开展p4。", "D开展p4。"]


def test_jaccard_shared_and_cosine_values():
    g = make_graph(BASIC)
    assert A.region_similarity(g, r("A"), r("B"), measure="jaccard")["score"] == pytest.approx(2 / 3)
    assert A.region_similarity(g, r("A"), r("C"), measure="jaccard")["score"] == pytest.approx(1 / 4)
    assert A.region_similarity(g, r("A"), r("D"), measure="jaccard")["score"] == 0
    assert A.region_similarity(g, r("A"), r("B"), measure="shared")["score"] == 2
    idf = {k: 1 + math.log(5 / (1 + df)) for k, df in {"p1": 3, "p2": 2, "p3": 1, "p4": 2}.items()}
    expect = math.sqrt((idf["p1"] ** 2 + idf["p2"] ** 2) / (idf["p1"] ** 2 + idf["p2"] ** 2 + idf["p3"] ** 2))
    sim = A.region_similarity(g, r("A"), r("B"), measure="cosine_idf")
    assert sim["score"] == pytest.approx(expect)
    # the explanation's weights add up to the score, most weighty practice first
    assert sum(s["weight"] for s in sim["shared"]) == pytest.approx(sim["score"])
    assert [s["practice"] for s in sim["shared"]] == [p("p2"), p("p1")]
    assert sim["only_a"] == [p("p3")] and sim["only_b"] == []
    assert sim["shared"][0]["evidence_a"]["evidence"] == "A开展p2。"


def test_rare_shared_practice_counts_more_under_cosine_idf():
    g = make_graph({"T": {"common", "rare"}, "X": {"rare", "x1"}, "Y": {"common", "y1"},
                    "Z": {"common", "z1", "z2"}, "W": {"common", "w1", "w2"}})
    jx = A.region_similarity(g, r("T"), r("X"), measure="jaccard")["score"]
    jy = A.region_similarity(g, r("T"), r("Y"), measure="jaccard")["score"]
    assert jx == pytest.approx(jy)
    cx = A.region_similarity(g, r("T"), r("X"))["score"]
    cy = A.region_similarity(g, r("T"), r("Y"))["score"]
    assert cx > cy
    assert [row["region"] for row in A.similar_regions(g, r("T"), k=2)] == [r("X"), r("Y")]


def test_similarity_matrix_is_symmetric_with_unit_diagonal():
    g = make_graph(BASIC)
    rows = A.similarity_matrix(g, measure="cosine_idf")
    m = {(x["a"], x["b"]): x["score"] for x in rows}
    assert len(rows) == 16
    for (a, b), s in m.items():
        assert s == pytest.approx(m[(b, a)])
        if a == b:
            assert s == pytest.approx(1.0)


def test_recommendation_order_and_evidence():
    g = make_graph({"T": {"a"}, "P1": {"a", "b", "c"}, "P2": {"a", "b"}, "P3": {"a", "d"}, "Far": {"e"}})
    recs = A.recommend_practices(g, r("T"), measure="jaccard", k=3)
    # b: 1/3 + 1/2, d: 1/2, c: 1/3; Far shares nothing and is no peer
    assert [x["practice"] for x in recs] == [p("b"), p("d"), p("c")]
    assert [x["score"] for x in recs] == pytest.approx([1 / 3 + 1 / 2, 1 / 2, 1 / 3])
    assert sorted(recs[0]["peers"]) == [r("P1"), r("P2")]
    assert {e["evidence"] for e in recs[0]["evidence"]} == {"P1开展b。", "P2开展b。"}
    # fewer peers -> fewer candidates
    # k=1: P2 and P3 tie at 1/2, the lower id (P2) is the peer
    assert [x["practice"] for x in A.recommend_practices(g, r("T"), measure="jaccard", k=1)] == [p("b")]


def test_communities_split_two_cliques_with_reasons():
    g = make_graph({"R1": {"a", "b"}, "R2": {"a", "b", "x"}, "R3": {"a", "b"}, "R4": {"c", "d"}, "R5": {"c", "d"}})
    comms = A.region_communities(g, seed=1)
    assert [c["regions"] for c in comms] == [[r("R1"), r("R2"), r("R3")], [r("R4"), r("R5")]]
    assert [s["practice"] for s in comms[0]["shared"]] == [p("a"), p("b")]
    assert comms[0]["shared"][0]["evidence"] == "R1开展a。"
    # deterministic under the fixed seed
    assert A.region_communities(g, seed=1) == comms


def test_cooccurrence_lift_and_jaccard():
    g = make_graph(BASIC)
    rows = {(x["a"], x["b"]): x for x in A.practice_cooccurrence(g)}
    ab = rows[(p("p1"), p("p2"))]
    assert ab["together"] == 2
    assert ab["jaccard"] == pytest.approx(2 / 3)
    assert ab["lift"] == pytest.approx(2 * 4 / (3 * 2))
    assert (p("p2"), p("p4")) not in rows  # never together
    by_report = A.practice_cooccurrence(g, by="report")
    assert {(x["a"], x["b"]) for x in by_report} == set(rows)


def test_diffusion_orders_by_report_and_role():
    g = make_graph({"A": {"x"}, "B": {"x"}})
    # B's union originated x, stated in B's report (seq 2); A's report (seq 1) only runs it
    ub, rep_b = node_id(Label.UNION, "B"), node_id(Label.REPORT, "r2")
    g.add_edge(ub, p("x"), key="orig", type=Rel.ORIGINATED.value, report=rep_b, evidence="B首创x。", start=0, end=5)
    rows = A.practice_diffusion(g, p("x"))
    assert [(x["role"], x["union"]) for x in rows] == [
        ("adopted", node_id(Label.UNION, "A")), ("originated", ub), ("adopted", ub)]
    assert rows[1]["evidence"] == "B首创x。"
    assert A.practice_diffusion(g, "practice:none") == []


def test_practice_counts_by_region_for_the_map():
    g = make_graph(BASIC, province_of={"A": "X", "B": "X", "C": "Y", "D": "Y"})
    rows = A.practice_counts_by_region(g, "province")
    assert [(x["region"], x["practices"], x["facts"]) for x in rows] == [(r("X"), 3, 5), (r("Y"), 2, 3)]


def test_profiles_of_another_level_are_refused():
    g = make_graph(BASIC)
    with pytest.raises(ValueError):
        A.similar_regions(g, r("A"), level="province", profiles=A.region_profiles(g, None))
