"""Who runs a practice: quoted practice lists, paragraph subjects, coordinated unions, agents and
anaphora (fixture: tests/fixtures/reports/mianyang.txt, written for the tests)."""
from pathlib import Path

import pytest

from loaders.extract.brands import inside_slogan, quoted_spans
from loaders.pipeline import process_text
from schema import Rel

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "mianyang.txt"


@pytest.fixture(scope="module")
def runs():
    res = process_text(FIXTURE.read_text(encoding="utf-8"), "mianyang.txt")
    assert res.problems == [] and len(res.fragments) == 1
    f = res.fragments[0]
    nodes = {n.id: n for n in f.nodes}
    return {(nodes[r.source].name, r.target.split(":", 1)[1]) for r in f.relations if r.type is Rel.RUNS}


def test_items_of_a_quoted_practice_list_are_runs(runs):
    for pid in ("summer_cool", "autumn_study_aid", "send_warmth"):
        assert ("绵阳市总工会", pid) in runs


def test_short_word_inside_a_motto_is_not_a_run(runs):
    assert not any(pid == "practical_things" for _, pid in runs)  # 办实事 in 走一线、亮身份、访职工、办实事


def test_paragraph_subject_carries_over_to_the_next_sentence(runs):
    assert ("涪城区总工会", "model_worker_rest") in runs  # 同时，组织…劳模职工外出疗、休养
    assert ("涪城区总工会", "member_real_name") in runs
    assert ("绵阳市总工会", "model_worker_rest") not in runs


def test_collective_opening_speaks_for_the_issuer(runs):
    assert ("绵阳市总工会", "legal_aid") in runs
    assert ("涪城区总工会", "legal_aid") not in runs


def test_coordinated_unions_both_run(runs):
    assert ("游仙区总工会", "hardship_assistance") in runs
    assert ("安州区总工会", "hardship_assistance") in runs


def test_anaphor_and_agent(runs):
    assert ("绵阳市物流行业工会联合会", "mutual_insurance") in runs  # 该工联会…开展了
    assert ("涪城区总工会", "worker_reading_room") in runs  # 在涪城区总工会组织下
    # the anaphor 该工联会 is no mention of the practice 工联会
    assert not any(pid == "trade_union_federation" for _, pid in runs)


def test_list_quote_versus_slogan_quote():
    names = frozenset({"夏送清凉", "办实事", "中国梦•劳动美"})
    text = "深化“春送岗位、夏送清凉、金秋助学、冬送温暖”活动，开展“走一线、亮身份、访职工、办实事”活动。"
    quotes = quoted_spans(text, names)
    s = text.index("夏送清凉")
    assert not inside_slogan(quotes, s, s + 4, text)
    s = text.index("办实事")
    assert inside_slogan(quotes, s, s + 3, text)
    text = "开展“中国梦•劳动美——永远跟党走”主题宣传教育活动"
    s = text.index("中国梦")
    assert not inside_slogan(quoted_spans(text, names), s, s + 7, text)
