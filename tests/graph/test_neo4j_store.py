"""Neo4jStore against a real server: same graph as graph.model, idempotent, exact replacement."""
from __future__ import annotations

import random

import pytest

from graph.model import Evidence, Fragment, Node, Relation, build_graph, node_id, replace_report
from graph.store.synthetic import edited, make_fragments
from schema import Label, Rel
from schema.constraints import FULLTEXT_INDEX, constraint_name
from graph.store.synthetic import comparable


@pytest.fixture(scope="module")
def frags():
    return make_fragments(16, seed=3)


def test_schema_constraints_and_cjk_fulltext_index(neo4j_store, frags):
    neo4j_store.write(frags[:1])
    with neo4j_store.driver.session(database=neo4j_store.database) as s:
        cons = {r["name"]: r for r in s.run("SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type")}
        idx = {r["name"]: r for r in s.run("SHOW INDEXES YIELD name, type, options")}
    for lab in Label:
        c = cons[constraint_name(lab)]
        assert c["labelsOrTypes"] == [lab.value] and c["properties"] == ["id"] and "UNIQUE" in c["type"]
    ft = idx[FULLTEXT_INDEX]
    assert ft["type"] == "FULLTEXT"
    assert ft["options"]["indexConfig"]["fulltext.analyzer"] == "cjk"


def test_fulltext_index_finds_chinese_substrings(neo4j_store, frags):
    neo4j_store.write(frags)
    g = neo4j_store.graph()
    union = next(d for _, d in g.nodes(data=True) if d["label"] == Label.UNION.value)
    word = union["name"][-3:]  # a CJK tail like "X工会" is inside the name, not a whole token
    with neo4j_store.driver.session(database=neo4j_store.database) as s:
        s.run("CALL db.awaitIndexes(60)").consume()
        hits = [r["id"] for r in s.run(
            f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', $q) YIELD node RETURN node.id AS id", q=f'"{word}"')]
    assert hits and all(word in g.nodes[h]["name"] or any(word in a for a in g.nodes[h]["aliases"]) for h in hits)


def test_write_gives_the_model_graph(neo4j_store, frags):
    summary = neo4j_store.write(frags)
    assert set(summary.outcome.values()) == {"loaded"}
    assert comparable(neo4j_store.graph()) == comparable(build_graph(frags))


def test_second_load_changes_nothing(neo4j_store, frags):
    neo4j_store.write(frags)
    before, counts = comparable(neo4j_store.graph()), neo4j_store.counts()
    assert set(neo4j_store.write(frags).outcome.values()) == {"unchanged"}
    assert neo4j_store.counts() == counts and comparable(neo4j_store.graph()) == before
    # even when every report is really replaced, not skipped by its hash
    neo4j_store.skip_unchanged = False
    assert set(neo4j_store.write(frags).outcome.values()) == {"replaced"}
    assert neo4j_store.counts() == counts and comparable(neo4j_store.graph()) == before


def test_replacing_one_report_matches_replace_report(neo4j_store, frags):
    neo4j_store.write(frags)
    g = build_graph(frags)
    new = edited(frags[5])
    assert neo4j_store.write([new]).outcome == {new.report_id: "replaced"}
    replace_report(g, new)
    got = neo4j_store.graph()
    assert comparable(got) == comparable(g)
    others = {k for u, v, k, d in build_graph(frags).edges(keys=True, data=True) if d.get("report") not in (None, new.report_id)}
    assert others <= {k for _, _, k in got.edges(keys=True)}


def test_random_sequences_of_writes_match_the_model(neo4j_store, frags):
    rng = random.Random(7)
    g = build_graph([])
    for step in range(4):
        batch = [edited(f, seed=step) if rng.random() < 0.4 else f for f in rng.sample(frags, 6)]
        for f in batch:
            if f.report_id in g and g.nodes[f.report_id].get("fingerprint") == f.report.props.get("fingerprint"):
                continue
            replace_report(g, f)
        neo4j_store.write(batch)
        assert comparable(neo4j_store.graph()) == comparable(g), f"step {step}"


def test_batch_and_transaction_sizes_do_not_change_the_result(neo4j_store, frags):
    neo4j_store.write(frags)
    default = comparable(neo4j_store.graph())
    neo4j_store.wipe()
    bs, tx = neo4j_store.batch_size, neo4j_store.tx_elements
    try:
        neo4j_store.batch_size, neo4j_store.tx_elements = 3, 40
        neo4j_store.write(frags)
    finally:
        neo4j_store.batch_size, neo4j_store.tx_elements = bs, tx
    assert comparable(neo4j_store.graph()) == default


def test_node_merge_rule_first_non_empty_wins_and_aliases_union(neo4j_store):
    def frag(r: str, name: str, aliases: tuple[str, ...], props: dict) -> Fragment:
        rid = node_id(Label.REPORT, r)
        u = Node(node_id(Label.UNION, "x"), Label.UNION, name, aliases, props)
        rep = Node(rid, Label.REPORT, r, (), {"content_hash": r})
        return Fragment(rep, [u], [Relation(rid, u.id, Rel.MENTIONS, Evidence(rid, name, 0, 1))])

    fs = [
        frag("a", "", ("甲", "乙"), {"level": "", "p": None}),
        frag("b", "甲", ("丙",), {"level": "county", "q": [1, 2]}),
        frag("c", "丁", ("甲", "戊"), {"level": "province", "q": [3]}),
    ]
    for f in fs:  # one write each (three transactions) ...
        neo4j_store.write([f])
    one_by_one = comparable(neo4j_store.graph())
    assert one_by_one == comparable(build_graph(fs))
    neo4j_store.wipe()
    neo4j_store.write(fs)  # ... or one transaction: same result
    assert comparable(neo4j_store.graph()) == one_by_one
    node = neo4j_store.graph().nodes[node_id(Label.UNION, "x")]
    assert (node["name"], node["level"], node["q"]) == ("甲", "county", [1, 2])
    assert node["aliases"] == sorted({"甲", "乙", "丙", "戊"} - {"甲"})


def test_relation_to_unknown_node_is_refused_and_nothing_is_written(neo4j_store):
    rid = node_id(Label.REPORT, "bad")
    rep = Node(rid, Label.REPORT, "bad", (), {"content_hash": "x"})
    bad = Fragment(rep, [], [Relation(rid, node_id(Label.UNION, "ghost"), Rel.ISSUED_BY)])
    with pytest.raises(ValueError, match="ghost"):
        neo4j_store.write([bad])
    assert neo4j_store.counts() == (0, 0)


def test_report_hashes(neo4j_store, frags):
    neo4j_store.write(frags[:3])
    assert neo4j_store.report_hashes() == {f.report_id: f.report.props["fingerprint"] for f in frags[:3]}
