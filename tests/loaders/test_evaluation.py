"""Scoring: matching rules and arithmetic of loaders.evaluation."""
import json

from graph.model import Fragment, Node, Relation, build_graph, node_id
from loaders.evaluation import evaluate, load_gold, norm, predicted_from_graph
from schema import Label, Rel


def _graph():
    rep = Node("report:r", Label.REPORT, "r", (), {"seq": 7})
    u = Node(node_id(Label.UNION, "中华全国总工会"), Label.UNION, "中华全国总工会", ("全总", "全国总工会"), {"level": "national"})
    p = Node(node_id(Label.PRACTICE, "hui_zhan_jia"), Label.PRACTICE, "会站家")
    b = Node(node_id(Label.BRAND, "一瓶水•传递爱"), Label.BRAND, "一瓶水•传递爱")
    s = Node(node_id(Label.BRAND, "四个意识"), Label.BRAND, "四个意识")
    rels = [Relation(rep.id, u.id, Rel.ISSUED_BY), Relation(rep.id, u.id, Rel.MENTIONS),
            Relation(u.id, p.id, Rel.RUNS, None, {"status": "planned", "report": "x"}),
            Relation(rep.id, b.id, Rel.MENTIONS), Relation(rep.id, s.id, Rel.MENTIONS)]
    g = build_graph([Fragment(rep, [u, p, b, s], rels)])
    for _, _, d in g.edges(data=True):  # relations evidenced by the report
        d.setdefault("report", "report:r")
        if d["report"] == "x":
            d["report"] = "report:r"
    return g


def test_norm_drops_quotes_dots_and_commas():
    assert norm("“一瓶水·传递爱”") == norm("一瓶水•传递爱") == "一瓶水传递爱"
    assert norm("会、站、家") == "会站家"


def test_scores_and_slogan_count():
    gold = load_gold(json.dumps({"reports": [{
        "seq": 7, "issuer": "全总", "issuer_region": None, "unions": ["全国总工会"],
        "runs": [{"union": "全总", "practice": "hui_zhan_jia", "status": "done"}],
        "brands": [{"name": "一瓶水·传递爱", "practice": None}, {"name": "川工之家", "practice": "worker_home"}],
        "not_brands": ["四个意识"], "people": ["潘从明"], "honors": []}]}))
    ev = evaluate(predicted_from_graph(_graph()), gold)
    assert ev.scores["issuer"].tp == 1  # 全总 matches through the node's aliases
    assert ev.scores["unions"].tp == 1
    assert (ev.scores["runs"].tp, ev.scores["runs"].fp) == (1, 0)
    assert ev.scores["runs+status"].tp == 0  # planned vs done
    b = ev.scores["brands"]
    assert (b.tp, b.fp, b.fn) == (1, 1, 1) and abs(b.precision - 0.5) < 1e-9
    assert ev.slogans_as_brands == 1
    assert ev.scores["people"].recall == 0.0


def test_targets_say_which_are_met():
    from loaders.evaluation import format_table, targets

    gold = load_gold(json.dumps({"reports": [{
        "seq": 7, "issuer": "全总", "unions": ["全国总工会"],
        "runs": [{"union": "全总", "practice": "hui_zhan_jia", "status": "done"}],
        "brands": [{"name": "一瓶水·传递爱", "practice": None}], "not_brands": ["四个意识"],
        "people": [], "honors": []}]}))
    ev = evaluate(predicted_from_graph(_graph()), gold)
    got = {name: ok for name, _v, _op, _b, ok in targets(ev)}
    assert got["issuer R"] and got["runs P"] and got["runs R"] and got["brands R"]
    assert not got["slogans"]  # 四个意识 was taken for a brand
    assert "slogans 1 <= 0 MISSED" in format_table("t", ev)


def test_gold_parts_follow_declared_splits():
    from loaders.evaluation_cli import gold_parts

    assert gold_parts("dev", {"reports": []}) == [("dev", None)]
    data = {"splits": {"dev": [1, 3], "heldout": [2]}, "reports": []}
    assert gold_parts("synthetic", data) == [("synthetic-dev", {1, 3}), ("synthetic-heldout", {2})]
    assert gold_parts("synthetic", data, only="heldout") == [("synthetic-heldout", {2})]


def test_synthetic_gold_is_consistent_with_its_reports():
    """The blind synthetic set's own checker (verbatim sentences, known practice ids, …) passes."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "eval/synthetic/check.py"], cwd=root, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
