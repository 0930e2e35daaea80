"""Who runs a practice and whether it is done: purpose clauses, owners, partner unions, award titles,
selection lists and plan markers (fixtures: tests/fixtures/reports/hubei.txt and division.txt, written
for the tests; one-sentence cases from development reports)."""
from pathlib import Path

import pytest

from loaders.pipeline import process_text
from schema import Label, Rel

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


def extract(name_or_text: str, source: str = "t.txt"):
    text = (FIXTURES / name_or_text).read_text(encoding="utf-8") if name_or_text.endswith(".txt") else name_or_text
    res = process_text(text, source)
    assert res.problems == [] and len(res.fragments) == 1
    f = res.fragments[0]
    nodes = {n.id: n for n in f.nodes}
    runs = [(nodes[r.source].name, r.target.split(":", 1)[1], r.props.get("status"), r.evidence.sentence)
            for r in f.relations if r.type is Rel.RUNS and r.target.startswith("practice:")]
    return f, nodes, runs


@pytest.fixture(scope="module")
def hubei():
    return extract("hubei.txt")


def pairs(runs):
    return {(u, p) for u, p, _, _ in runs}


def test_subject_after_a_purpose_clause(hubei):
    """为做好X，Y工会…: Y does X."""
    assert ("湖北省交通运输工会", "new_employment_care") in pairs(hubei[2])
    assert ("湖北省总工会", "new_employment_care") not in pairs(hubei[2])


def test_union_written_right_before_its_facility(hubei):
    """…的宜昌市总工会户外劳动者“爱心驿站”: the station is that union's."""
    assert ("宜昌市总工会", "outdoor_worker_station") in pairs(hubei[2])
    assert ("湖北省总工会", "outdoor_worker_station") not in pairs(hubei[2])


def test_organizing_agent_and_co_organizer(hubei):
    assert ("东风汽车集团有限公司工会", "labor_skill_competition") in pairs(hubei[2])  # 在X工会组织下
    assert ("黄石市总工会", "consumption_promotion") in pairs(hubei[2])  # 与市总工会联合举办
    assert ("湖北省总工会", "consumption_promotion") not in pairs(hubei[2])


def test_new_sector_union_and_its_anaphor(hubei):
    assert ("十堰市外卖配送行业工会联合会", "summer_cool") in pairs(hubei[2])


def test_partner_unions_run_only_their_own_clause(hubei):
    """广东、浙江两省工会累计投入对口帮扶资金…，建成了一批职工书屋: the aid is the partners'; what it paid
    for is credited to nobody."""
    got = pairs(hubei[2])
    assert {("广东省总工会", "paired_assistance"), ("浙江省总工会", "paired_assistance")} <= got
    assert {p for u, p in got if u in ("广东省总工会", "浙江省总工会")} == {"paired_assistance"}
    assert ("湖北省总工会", "worker_reading_room") not in got


def test_titles_that_came_to_the_region_are_no_selection(hubei):
    """涌现出全国劳动模范120名 counts honors; 推荐评选 of a list of titles is a selection of each kind."""
    sel = [(u, p, s) for u, p, _, s in hubei[2] if p in ("model_worker_selection", "may_day_award_selection")]
    assert {(u, p) for u, p, _ in sel} == {("湖北省总工会", "model_worker_selection"),
                                          ("湖北省总工会", "may_day_award_selection")}
    assert not any("涌现" in s for _, _, s in sel)


def test_award_title_is_no_run_of_the_unions_named_with_it(hubei):
    """X和Y县总工会服务职工中心荣获…服务职工综合体示范单位: an award, counted for the issuer only."""
    got = pairs(hubei[2])
    assert ("湖北省总工会", "worker_service_center") in got
    assert not {("武汉市总工会", "worker_service_center"), ("襄阳市总工会", "worker_service_center")} & got


def test_status_object_marker_and_announced_plans(hubei):
    status = {(u, p): st for u, p, st, _ in hubei[2]}
    assert status[("湖北省总工会", "worker_home")] == "done"  # 我们将‘职工之家’作为载体
    assert status[("湖北省总工会", "grassroots_standardization")] == "done"
    assert status[("湖北省总工会", "industrial_worker_reform")] == "planned"  # 明年，省总工会将结合实际，…深化X


def test_division_enterprise_report():
    f, nodes, runs = extract("division.txt")
    issuer = nodes[next(r.target for r in f.relations if r.type is Rel.ISSUED_BY)]
    assert issuer.name == "新疆某某建工集团工会" and issuer.props["level"] == "enterprise"
    located = {nodes[r.target].name for r in f.relations if r.type is Rel.LOCATED_IN and r.source == issuer.id}
    assert located == {"北屯市"}
    # its parent is the division-city's federation under the name the report writes
    unions = sorted(n.name for n in nodes.values() if n.label is Label.UNION)
    assert "十师北屯市总工会" in unions and "北屯市总工会" not in unions
    assert ("新疆某某建工集团工会", "worker_reading_room", "planned") in {(u, p, s) for u, p, s, _ in runs}


def test_dev_sentence_purpose_clause():
    text = ("中国工会五年工作回顾\n为了做好新就业形态劳动者权益保障，中国财贸轻纺烟草工会扎实推进以新就业形态劳动者"
            "为重点的入会及维权服务。\n")
    _, _, runs = extract(text)
    assert ("中国财贸轻纺烟草工会", "new_employment_care") in pairs(runs)
    assert ("中华全国总工会", "new_employment_care") not in pairs(runs)


def test_dev_sentence_counted_titles_after_yongxian():
    text = ("安徽省工会五年工作综述\n大力弘扬劳模精神劳动精神工匠精神，全省共涌现出全国劳动模范和先进工作者84名，"
            "省劳动模范和先进工作者705名、省先进集体98个，全国及省五一劳动奖状175个、五一劳动奖章1410名、工人先锋号848个。\n")
    _, _, runs = extract(text)
    assert not {p for _, p, _, _ in runs} & {"model_worker_selection", "may_day_award_selection"}


def test_dev_sentence_spring_offer_is_no_plan():
    text = "安徽省工会五年工作综述\n持续开展集体协商“春季要约”行动、和谐劳动关系创建活动。\n"
    _, _, runs = extract(text)
    assert {(p, st) for _, p, st, _ in runs} >= {("spring_offer", "done"), ("harmonious_labor_relations", "done")}


def test_visiting_union_sees_the_host_does():
    text = ("宜昌市工会工作综述\n近年来，北京市总工会考察团来我市考察职工书屋建设，给予高度评价。\n"
            "全总调研组到宜昌调研户外劳动者服务站点建设情况。\n")
    _, _, runs = extract(text)
    assert pairs(runs) == {("宜昌市总工会", "worker_reading_room"), ("宜昌市总工会", "outdoor_worker_station")}


def test_union_speaking_through_its_officer():
    text = "湖北省工会工作综述\n据襄阳市总工会相关负责人介绍，今年已建成职工书屋40家。\n"
    _, _, runs = extract(text)
    assert ("襄阳市总工会", "worker_reading_room") in pairs(runs)


def test_title_received_is_no_selection_run():
    text = ("宜昌市工会工作综述\n五年来，全市涌现出湖北省“最美职工”等先进典型300个。\n"
            "市总工会每年评选发布“最美劳动者”10名。\n")
    _, _, runs = extract(text)
    sel = [s for _, p, _, s in runs if p == "most_beautiful_worker"]
    assert sel and all("涌现" not in s for s in sel)


def test_studio_title_is_no_model_worker_selection():
    """选树命名…劳模和工匠人才创新工作室32家 names studios, not model workers (dev report 11's wording)."""
    text = ("宜昌市工会工作综述\n2018年以来，市总工会选树命名劳模和工匠人才创新工作室32家。\n")
    _, _, runs = extract(text)
    assert "model_worker_selection" not in {p for _, p, _, _ in runs}
    assert ("宜昌市总工会", "innovation_studio") in pairs(runs)


def test_practice_repeated_in_its_paragraph_keeps_its_union():
    text = ("湖北省工会工作综述\n位于宜昌市的宜昌市总工会户外劳动者“爱心驿站”很受欢迎。谈起“爱心驿站”的好处，环卫工人赞不绝口。\n"
            "全省新建“爱心驿站”200个。\n")
    _, _, runs = extract(text)
    got = [(u, s) for u, p, _, s in runs if p == "outdoor_worker_station"]
    assert ("宜昌市总工会", "谈起“爱心驿站”的好处，环卫工人赞不绝口。") in got or all(
        u == "宜昌市总工会" for u, s in got if "谈起" in s)
    assert any(u == "湖北省总工会" and "全省新建" in s for u, s in got)  # a new paragraph: the issuer's


def test_practice_in_a_national_designation_is_the_issuers():
    """入选全国总工会“职工书屋”示范点: the designating union is no owner of the reading room."""
    text = "宜昌市工会工作综述\n全市12家企业入选全国总工会“职工书屋”示范点。\n"
    _, _, runs = extract(text)
    assert pairs(runs) == {("宜昌市总工会", "worker_reading_room")}


@pytest.mark.parametrize("sentence, status", [
    ("明年，市总工会新建职工书屋30家。", "planned"),
    ("接下来，市总工会还要推进职工书屋建设。", "planned"),
    ("市总工会实施“职工书屋建设三年行动计划”，建成职工书屋30家。", "done"),  # 计划 in a programme's name
    ("市总工会将职工书屋纳入服务阵地统一管理。", "done"),  # 将 as the object marker, seen past the mention
    ("今年，市总工会将结合实际，增强服务意识，推进职工书屋建设。", "planned"),
])
def test_plan_markers(sentence, status):
    _, _, runs = extract("宜昌市工会工作综述\n" + sentence + "\n")
    assert {(p, st) for _, p, st, _ in runs if p == "worker_reading_room"} == {("worker_reading_room", status)}


def test_enterprise_unions_in_a_provincial_report():
    """Enterprise and institution unions named in passing run what their clause says (sichuan.txt)."""
    f, nodes, runs = extract("sichuan.txt")
    unions = {n.name: n.props["level"] for n in nodes.values() if n.label is Label.UNION}
    assert {"攀钢集团工会": "enterprise", "国网四川省电力公司工会": "enterprise", "旌阳区总工会": "county",
            "中国东方电气集团有限公司工会": "enterprise", "四川省教科文卫工会": "industry",
            "四川大学华西医院工会": "institution", "五粮液集团工会": "enterprise"}.items() <= unions.items()
    got = pairs(runs)
    assert {("攀钢集团工会", "labor_skill_competition"),           # 在X工会的推动下
            ("成都市总工会", "industrial_worker_reform"),          # 为推动X，Y…
            ("国网四川省电力公司工会", "psychological_service"),    # 该公司工会开展了…
            ("旌阳区总工会", "worker_service_center"),             # 德阳市旌阳区总工会、绵竹市总工会分别建成…
            ("绵竹市总工会", "worker_service_center"),
            ("宜宾市总工会", "worker_reading_room"),               # 在X建设中，Y…
            ("五粮液集团工会", "workers_congress")} <= got
    assert ("四川省总工会", "psychological_service") not in got


def test_counted_titles_are_honors_not_runs():
    text = "宜昌市工会工作综述\n五年来，推评五一巾帼标兵岗12个。市总工会深入开展巾帼建功活动。\n"
    _, _, runs = extract(text)
    sents = [s for _, p, _, s in runs if p == "women_contribution"]
    assert sents and all("标兵岗12个" not in s for s in sents)


def test_collective_opening_is_the_issuers_even_after_a_named_union():
    text = "宜昌市工会工作综述\n夷陵区总工会建成职工书屋5家。全市共建成职工书屋200家。\n"
    _, _, runs = extract(text)
    got = {(u, s[:4]) for u, p, _, s in runs if p == "worker_reading_room"}
    assert got == {("夷陵区总工会", "夷陵区总"), ("宜昌市总工会", "全市共建")}


def test_subject_after_two_fronted_clauses():
    text = "湖北省工会工作综述\n为保障货车司机权益，为推动新就业形态劳动者入会，荆州市总工会开展专项行动。\n"
    _, _, runs = extract(text)
    assert ("荆州市总工会", "new_employment_organizing") in pairs(runs)
    assert ("湖北省总工会", "new_employment_organizing") not in pairs(runs)
