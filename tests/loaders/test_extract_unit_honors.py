"""Unit titles in conferred lists, union recipients, conferred-only levelled titles, people
contexts and four-character parallel slogans, on a fixture report of our own (Luzhou)."""
from pathlib import Path

from loaders.extract.brands import not_brand_reason
from loaders.extract.honors import HonorMention, awarded, conferred_titles
from loaders.extract.people import find_people
from loaders.pipeline import process_text
from schema import Label, Rel

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "luzhou.txt"


def _extract():
    res = process_text(FIX.read_text(encoding="utf-8"), "luzhou.txt")
    f = res.fragments[0]
    nodes = {n.id: n for n in f.nodes}
    rels = [(r.type, nodes[r.source].name if r.source in nodes else f.report.name, nodes[r.target].name)
            for r in f.relations]
    return nodes, rels


def test_conferred_list_items_are_titles():
    text = "某某市总工会获评甲省乡村振兴先进集体、甲省普法工作先进单位，先后荣获全国总工会“优秀组织单位”和“财务工作先进单位”等称号。"
    names = [t[2] for t in conferred_titles(text)]
    assert names == ["甲省乡村振兴先进集体", "甲省普法工作先进单位", "优秀组织单位", "财务工作先进单位"]


def test_list_items_that_are_not_titles():
    text = "他获得了自治区劳模和全国道德模范的员工学习、全省先进典型。"
    assert conferred_titles(text) == []  # a description with 的, and people (典型), are not titles


def test_levelled_title_needs_conferral():
    text = "召开全国劳模表彰大会。张三荣获全国劳模称号。"
    h1 = HonorMention("全国劳动模范", "national", 2, 6, None)
    h2 = HonorMention("全国劳动模范", "national", 14, 18, None)
    assert not awarded(text, 0, h1)
    assert awarded(text, 9, h2)


def test_fixture_unit_honors_and_recipients():
    nodes, rels = _extract()
    honors = {n.name for n in nodes.values() if n.label is Label.HONOR}
    assert {"四川省脱贫攻坚先进集体", "四川省法治宣传教育先进单位", "职工书屋建设优秀组织单位",
            "全国工会财务管理先进单位", "泸州市先进基层党组织", "四川省示范性工人文化宫"} <= honors
    received = {(s, t) for typ, s, t in rels if typ is Rel.RECEIVED}
    for title in ("四川省脱贫攻坚先进集体", "四川省法治宣传教育先进单位", "职工书屋建设优秀组织单位",
                  "泸州市先进基层党组织"):
        assert ("泸州市总工会", title) in received
    # the awarding body inside the list is not a recipient
    assert not any(s == "中华全国总工会" for s, _ in received)
    # 全国劳模表彰大会 is a meeting, not an award
    assert "全国劳动模范" not in honors
    assert ("罗晓峰", "全国五一劳动奖章") in received


def test_fixture_people_contexts():
    nodes, _ = _extract()
    people = {n.name for n in nodes.values() if n.label is Label.PERSON}
    assert {"罗晓峰", "阿依古丽"} <= people


def test_transliterated_name_needs_role_and_verb():
    assert [p.name for p in find_people("护林员香巴求培表示很满意。")] == ["香巴求培"]
    assert find_people("香巴求培表示很满意。") == []  # no surname and no role word before it
    assert find_people("护林员全面推进表示") == []  # ordinary words between role and verb
    assert find_people("技术员工作交流说明了问题。") == []  # ordinary words are rejected


def test_parallel_slogans_are_not_brands():
    assert not_brand_reason("凝心聚力") == "motto"
    assert not_brand_reason("育才兴业") == "motto"
    assert not_brand_reason("川工之家") is None  # a coinage ending in a programme noun stays
    nodes, _ = _extract()
    brands = {n.name for n in nodes.values() if n.label is Label.BRAND}
    assert not {"凝心聚力", "育才兴业"} & brands


def test_craftsman_titles_named_by_place_nicknames():
    from loaders.extract.honors import find_honors

    text = "推出“榕城工匠”25人；3名技术工人获得“雪域工匠”荣誉称号；展出5名鹏城工匠的作品；培育“大国工匠”。"
    got = {(h.name, h.count) for h in find_honors(text)}
    assert ("榕城工匠", 25) in got
    assert ("鹏城工匠", 5) in got
    assert ("雪域工匠", 3) in got  # conferred (荣誉称号 after it), counted by the subject of 获得
    assert not any(n == "大国工匠" and c is not None for n, c in got)


def test_holder_noun_is_not_a_receive_verb():
    nodes, rels = None, None
    from loaders.pipeline import process_text

    text = "苏州市总工会工作报告\n　　展会上，全国劳动模范王建国、全国五一劳动奖章获得者李红梅和6名姑苏工匠参加活动。\n"
    f = process_text(text, "t.txt").fragments[0]
    names = {n.id: n.name for n in f.nodes}
    received = {(names.get(r.source), names.get(r.target)) for r in f.relations if r.type is Rel.RECEIVED}
    assert ("王建国", "姑苏工匠") not in received and ("李红梅", "姑苏工匠") not in received
