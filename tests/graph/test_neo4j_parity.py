"""Every named query gives identical rows from both stores (networkx vs Cypher)."""
from __future__ import annotations

import pytest

from graph.model import build_graph
from graph.queries import NAMED_QUERIES
from graph.store.dispatch import EmbeddedQueries, queries_for
from graph.store.synthetic import comparable, make_fragments
from schema import Label, RegionLevel


def _spread(ids: list[str], n: int) -> list[str]:
    return ids[:: max(1, len(ids) // n)]


def _calls(g) -> list[tuple[str, tuple]]:
    """Arguments for every named query, drawn from the graph itself (no hard-coded answers)."""
    by_label: dict[str, list[str]] = {}
    for n, d in sorted(g.nodes(data=True)):
        by_label.setdefault(d.get("label"), []).append(n)
    regions = _spread(by_label.get(Label.REGION.value, []), 40)
    practices = _spread(by_label.get(Label.PRACTICE.value, []), 40)
    calls: list[tuple[str, tuple]] = [("practice_links", ())]
    calls += [("practices_of_region", (r,)) for r in regions] + [("practices_of_region", ("region:none",))]
    calls += [("regions_of_practice", (p,)) for p in practices] + [("regions_of_practice", ("practice:none",))]
    calls += [("region_practice_matrix", (lv,)) for lv in (None, *[x.value for x in RegionLevel], "nope")]
    sample = [ids[i] for ids in by_label.values() for i in range(0, len(ids), max(1, len(ids) // 4))]
    for n in sample + ["union:none"]:
        calls += [("neighbourhood", (n, 1, None)), ("neighbourhood", (n, 2, [Label.UNION.value, Label.REGION.value]))]
    texts = {"工会", "职工", "　", "x"}
    for n in sample:
        name = g.nodes[n].get("name") or ""
        texts |= {name, name[:2], name[-2:]} | set(g.nodes[n].get("aliases", [])[:1])
    for t in sorted(t for t in texts if t is not None):
        calls += [("search", (t, None, 50)), ("search", (t, [Label.PRACTICE.value, Label.BRAND.value], 5))]
    edges = sorted({(u, v) for u, v in g.edges()})
    for u, v in edges[:: max(1, len(edges) // 60)] + [("union:none", "region:none")]:
        calls += [("evidence", (u, v, None)), ("evidence", (u, v, "MENTIONS"))]
    calls += [("entity_counts", ()), ("reports_overview", ())]
    brands = _spread(by_label.get(Label.BRAND.value, []), 20)
    calls += [("practice_facts", (p,)) for p in practices + brands + ["practice:none"]]
    calls += [("report_spans", (r,)) for r in _spread(by_label.get(Label.REPORT.value, []), 20) + ["report:none"]]
    assert {c for c, _ in calls} >= set(NAMED_QUERIES)
    return calls


def _check_parity(store, fragments) -> int:
    g = build_graph(fragments)
    store.write(fragments)
    assert comparable(store.graph()) == comparable(g)
    emb, neo = EmbeddedQueries(g), queries_for(store)
    calls = _calls(g)
    for name, args in calls:
        assert getattr(neo, name)(*args) == getattr(emb, name)(*args), f"{name}{args}"
    return len(calls)


def test_parity_on_synthetic_fragments(neo4j_store):
    assert _check_parity(neo4j_store, make_fragments(20, seed=11)) > 50


def test_parity_on_the_corpus(neo4j_store, corpus_result):
    assert len(corpus_result.fragments) > 0
    _check_parity(neo4j_store, corpus_result.fragments)


def test_corpus_second_load_changes_nothing(neo4j_store, corpus_result):
    neo4j_store.write(corpus_result.fragments)
    before, counts = comparable(neo4j_store.graph()), neo4j_store.counts()
    neo4j_store.skip_unchanged = False
    outcome = neo4j_store.write(corpus_result.fragments).outcome
    assert set(outcome.values()) == {"replaced"}
    assert neo4j_store.counts() == counts and comparable(neo4j_store.graph()) == before


def test_queries_for_the_embedded_store_use_networkx(tmp_path, corpus_graph):
    from graph.store.embedded import EmbeddedStore

    assert isinstance(queries_for(EmbeddedStore(tmp_path / "g.json")), EmbeddedQueries)
    assert queries_for(corpus_graph).practice_links() == EmbeddedQueries(corpus_graph).practice_links()


def test_parity_on_an_empty_store(neo4j_store):
    import networkx as nx

    emb, neo = EmbeddedQueries(nx.MultiDiGraph()), queries_for(neo4j_store)
    for name, args in [("practice_links", ()), ("practices_of_region", ("region:x",)), ("regions_of_practice", ("practice:x",)),
                       ("region_practice_matrix", (None,)), ("neighbourhood", ("union:x",)), ("search", ("工会",)),
                       ("evidence", ("union:x", "region:x")), ("entity_counts", ()), ("reports_overview", ()),
                       ("practice_facts", ("practice:x",)), ("report_spans", ("report:x",))]:
        assert getattr(neo, name)(*args) == getattr(emb, name)(*args), name
