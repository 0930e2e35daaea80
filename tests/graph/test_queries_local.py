"""The region/practice views walk only their neighbourhood; they must equal the definitions
written over the full fact list (practice_links), on the corpus and on a graph with odd shapes."""
from __future__ import annotations

import networkx as nx

from graph import queries as Q
from schema import Label, Rel
from tests.app.sample_graph import sample_graph


def _ref_practices_of_region(g, region):
    agg, counts = {}, {}
    for r in Q.practice_links(g):
        if r["region"] is None or region not in Q.region_ancestors(g, r["region"]):
            continue
        agg.setdefault(r["practice"], set()).add(r["union"])
        counts[r["practice"]] = counts.get(r["practice"], 0) + 1
    return [{"practice": p, "name": g.nodes[p].get("name", ""), "facts": counts[p], "unions": sorted(agg[p])}
            for p in sorted(agg, key=lambda p: (-counts[p], p))]


def _ref_regions_of_practice(g, practice):
    agg = {}
    for r in Q.practice_links(g):
        if r["practice"] != practice:
            continue
        a = agg.setdefault(r["region"], {"unions": set(), "brands": set(), "facts": 0})
        a["unions"].add(r["union"])
        if r["via"] != practice:
            a["brands"].add(r["via"])
        a["facts"] += 1
    out = [{"region": reg, "name": g.nodes[reg].get("name", "") if reg else None, "unions": sorted(a["unions"]),
            "brands": sorted(a["brands"]), "facts": a["facts"]} for reg, a in agg.items()]
    return sorted(out, key=lambda r: (-r["facts"], r["region"] or ""))


def _ref_matrix(g, level):
    cells = {}
    for r in Q.practice_links(g):
        if r["region"] is None:
            continue
        reg = Q.region_at_level(g, r["region"], level)
        if reg is not None:
            cells[(reg, r["practice"])] = cells.get((reg, r["practice"]), 0) + 1
    return [{"region": k[0], "practice": k[1], "facts": v} for k, v in sorted(cells.items())]


def _odd_graph() -> nx.MultiDiGraph:
    """Two parents for one region, a union in two regions, a union with no region, a two-practice brand."""
    g = nx.MultiDiGraph()
    for n, lvl in (("region:1", "province"), ("region:2", "province"), ("region:11", "prefecture"),
                   ("region:111", "county")):
        g.add_node(n, label=Label.REGION.value, name=n, level=lvl)
    for n in ("practice:a", "practice:b"):
        g.add_node(n, label=Label.PRACTICE.value, name=n)
    g.add_node("brand:x", label=Label.BRAND.value, name="x")
    for n in ("union:u1", "union:u2", "union:u3"):
        g.add_node(n, label=Label.UNION.value, name=n)
    pt, li, ru = Rel.PART_OF.value, Rel.LOCATED_IN.value, Rel.RUNS.value
    g.add_edge("region:11", "region:2", type=pt)
    g.add_edge("region:11", "region:1", type=pt)  # sorted first: the followed parent
    g.add_edge("region:111", "region:11", type=pt)
    g.add_edge("union:u1", "region:111", type=li)
    g.add_edge("union:u1", "region:111", key="again", type=li)  # one LOCATED_IN per report
    g.add_edge("union:u2", "region:1", type=li)
    g.add_edge("union:u2", "region:2", type=li)
    g.add_edge("brand:x", "practice:a", type=Rel.INSTANCE_OF.value)
    g.add_edge("brand:x", "practice:b", type=Rel.INSTANCE_OF.value)
    g.add_edge("union:u1", "brand:x", type=ru, report="r1", start=1, end=2)
    g.add_edge("union:u1", "practice:a", type=ru, report="r1", start=3, end=4)
    g.add_edge("union:u2", "practice:b", type=ru, report="r2", start=1, end=2)
    g.add_edge("union:u3", "practice:a", type=ru, report="r3", start=1, end=2)
    return g


def _check(g):
    regions = [n for n, lab in g.nodes(data="label") if lab == Label.REGION.value]
    practices = [n for n, lab in g.nodes(data="label") if lab == Label.PRACTICE.value]
    for r in regions + ["region:missing"]:
        assert Q.practices_of_region(g, r) == _ref_practices_of_region(g, r), r
    for p in practices + ["practice:missing"]:
        assert Q.regions_of_practice(g, p) == _ref_regions_of_practice(g, p), p
    for level in (None, "province", "prefecture", "county"):
        assert Q.region_practice_matrix(g, level) == _ref_matrix(g, level), level


def test_local_views_equal_their_definitions_on_odd_shapes():
    g = _odd_graph()
    _check(g)
    # the multi-parent region follows its first parent only, as region_ancestors does
    assert Q.practices_of_region(g, "region:2") == []
    rows = {r["practice"]: (r["facts"], r["unions"]) for r in Q.practices_of_region(g, "region:1")}
    assert rows == {"practice:a": (2, ["union:u1"]), "practice:b": (2, ["union:u1", "union:u2"])}


def test_local_views_equal_their_definitions_on_sample_and_corpus(corpus_graph):
    _check(sample_graph())
    _check(corpus_graph)
