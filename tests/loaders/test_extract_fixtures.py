"""Generalization: short reports written for the tests (other provinces, a county, an enterprise)."""
from pathlib import Path

import pytest

from loaders.pipeline import process_text
from schema import Label, Rel

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


def extract(name):
    res = process_text((FIXTURES / name).read_text(encoding="utf-8"), name)
    assert res.problems == [] and len(res.fragments) == 1
    f = res.fragments[0]
    nodes = {n.id: n for n in f.nodes}
    rels = [(r.type, nodes[r.source].name if r.source in nodes else f.report.name, nodes[r.target].name, r.props)
            for r in f.relations]
    return f, nodes, rels


def of(nodes, label):
    return sorted(n.name for n in nodes.values() if n.label is label)


def issuer_and_region(f, nodes):
    t = next(r.target for r in f.relations if r.type is Rel.ISSUED_BY)
    region = next(nodes[r.target].name for r in f.relations if r.type is Rel.LOCATED_IN and r.source == t)
    return nodes[t].name, region


def test_wenzhou_city_report():
    f, nodes, rels = extract("wenzhou.txt")
    assert issuer_and_region(f, nodes) == ("温州市总工会", "温州市")
    runs = {(t, p.get("status"), p.get("value")) for typ, s, t, p in rels if typ is Rel.RUNS and s == "温州市总工会"}
    assert ("劳模和工匠人才创新工作室", "done", 86) in runs
    assert ("职工书屋", "done", 40) in runs
    assert ("职工书屋", "planned", 30) in runs  # 明年……将新建职工书屋30家
    brands = of(nodes, Label.BRAND)
    assert {"瓯工惠", "一瓶水•传递爱", "瓯越工匠", "温州工匠"} <= set(brands)
    assert not {"四个意识", "两个维护", "永远跟党走、奋进新征程"} & set(brands)
    assert of(nodes, Label.PERSON) == ["林晓东", "陈海波"]
    assert ("AFFILIATED_WITH", "林晓东", "温州市总工会") in {(t.value, s, o) for t, s, o, _ in rels}
    assert (Rel.RECEIVED, "陈海波", "全国劳动模范") in {(t, s, o) for t, s, o, _ in rels}
    assert (Rel.ORIGINATED, "温州市总工会", "工匠选树") in {(t, s, o) for t, s, o, _ in rels}


def test_shanxi_province_report():
    f, nodes, rels = extract("shanxi.txt")
    assert issuer_and_region(f, nodes) == ("山西省总工会", "山西省")
    triples = {(t, s, o) for t, s, o, _ in rels}
    assert (Rel.RUNS, "山西省总工会", "会站家一体化建设") in triples
    assert (Rel.RUNS, "太原市总工会", "新就业形态劳动者入会") in triples  # the sentence's own subject
    assert (Rel.ORIGINATED, "太原市总工会", "新就业形态劳动者入会") in triples
    assert {"晋工之家", "三晋工匠"} <= set(of(nodes, Label.BRAND))
    assert "春送岗位、夏送清凉、金秋助学、冬送温暖" not in of(nodes, Label.BRAND)
    honors = {n.name for n in nodes.values() if n.label is Label.HONOR}
    assert {"全国五一劳动奖章", "大国工匠", "全国劳动模范"} <= honors
    counts = {o: p.get("count") for t, s, o, p in rels if t is Rel.MENTIONS and o in honors}
    assert counts["全国五一劳动奖章"] == 5
    assert (Rel.RECEIVED, "王建国", "大国工匠") in triples
    assert {(Rel.RECEIVED, "赵丽华", "全国劳动模范"), (Rel.RECEIVED, "李卫东", "全国劳动模范")} <= triples


def test_energy_enterprise_report():
    f, nodes, rels = extract("energy.txt")
    issuer = nodes[next(r.target for r in f.relations if r.type is Rel.ISSUED_BY)]
    assert issuer.name == "某能源集团工会" and issuer.props["level"] == "enterprise"
    runs = {(t, p.get("status")) for typ, s, t, p in rels if typ is Rel.RUNS and s == "某能源集团工会"}
    assert ("安康杯竞赛", "done") in runs
    assert ("名师带徒", "planned") in runs  # 集团工会将推广……名师带徒工程
    assert "三个不放松" not in of(nodes, Label.BRAND)
    assert of(nodes, Label.PERSON) == ["周文斌", "张立平"]


def test_county_report():
    f, nodes, rels = extract("county.txt")
    issuer = nodes[next(r.target for r in f.relations if r.type is Rel.ISSUED_BY)]
    assert issuer.name == "德清县总工会" and issuer.props["level"] == "county"
    # 县总工会 in a county report is that county's federation, never a node called 县总工会
    assert "县总工会" not in of(nodes, Label.UNION)
    runs = {(t, p.get("value")) for typ, s, t, p in rels if typ is Rel.RUNS and s == "德清县总工会"}
    assert ("职工疗休养", 500) in runs
    assert (Rel.INSTANCE_OF, "德工驿站", "户外劳动者服务站点") in {(t, s, o) for t, s, o, _ in rels}
