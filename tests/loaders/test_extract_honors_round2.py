"""Round-2 honor rules (loaders/extract/honors.py, "round 2" and the apposition lead): sentences
written for the test, and a synthetic development report sentence (seq 1, 3, 5, 7) where one exists."""
from loaders.pipeline import process_text
from schema import Rel


def _received(body: str) -> set[tuple[str, str]]:
    res = process_text("某某市总工会2023年工作总结\n" + body + "\n", "t.txt")
    f = res.fragments[0]
    nodes = {n.id: n for n in f.nodes}
    return {(nodes[r.source].name, nodes[r.target].name) for r in f.relations
            if r.type == Rel.RECEIVED and r.source in nodes and r.target in nodes}


def test_apposition_after_an_exemplar_or_invitation_governor():
    got = _received("以全国劳动模范、某某机械有限公司高级技师周文涛为代表的一批劳模走上讲台。")
    assert ("周文涛", "全国劳动模范") in got
    got = _received("邀请全国劳动模范、市人民医院主任医师孙国平作先进事迹报告会。")  # synthetic report 7
    assert ("孙国平", "全国劳动模范") in got


def test_passive_with_awarder_confers_a_quoted_title():
    got = _received("2022年，宜宾市总工会被中华全国总工会授予“全国工会财务工作先进单位”。")  # as in synthetic report 5
    assert ("宜宾市总工会", "全国工会财务工作先进单位") in got
    got = _received("其中，东湖街道工会驿站被中华全国总工会评为“最美工会户外劳动者服务站点”。")
    assert ("东湖街道工会驿站", "最美工会户外劳动者服务站点") in got


def test_passive_clause_gives_the_title_to_the_sentence_subject():
    got = _received("某某市人民医院工会坚持开展职工满意度测评，打造“温馨之家”，被中华全国总工会命名为全国模范职工之家。")
    assert ("某某市人民医院工会", "全国模范职工之家") in got


def test_quoted_name_inside_a_unit_name():
    got = _received("某某航运公司“海上明珠”轮机舱班组、某某港务公司装卸班组荣获全国工人先锋号。")
    assert ("某某航运公司海上明珠轮机舱班组", "全国工人先锋号") in got
    assert not any(r == "轮机舱班组" for r, _ in got)


def test_model_harmonious_labour_relations_head():
    res = process_text("四川省成都市总工会2023年工作总结\n全区5家企业被评为四川省模范劳动关系和谐企业。\n", "t.txt")
    names = {n.name for n in res.fragments[0].nodes}
    assert "四川省模范劳动关系和谐企业" in names


def test_unlevelled_title_after_a_building_verb_counts_facilities():
    res = process_text("某某市总工会2023年工作总结\n累计推动建成示范性劳模创新工作室86个，其中9个被命名为全国示范性劳模创新工作室。\n", "t.txt")
    names = {n.name for n in res.fragments[0].nodes}
    assert "示范性劳模创新工作室" not in names
    assert "全国示范性劳模创新工作室" in names


def test_apposition_lead_without_a_person_gives_no_recipient():
    got = _received("邀请全国劳动模范、工匠代表参加座谈会。")
    assert not any(h == "全国劳动模范" for _, h in got)


def test_apposition_after_a_holder_noun():
    got = _received("邀请全国五一劳动奖章获得者、某某集团高级技师周建伟作报告。")
    assert ("周建伟", "全国五一劳动奖章") in got
