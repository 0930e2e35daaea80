"""Rules added to generalize union recognition and RUNS attribution beyond the development reports
(round 2): institution issuers, street-union false positives, city lists, conferring and commending
national unions, participation in another union's event, and paraphrased practices.  Each case has a
sentence written for the test; where a development sentence exists it is quoted as a second case."""
from loaders.extract.practices import PracticeMatcher
from loaders.pipeline import default_extractor, process_text
from schema import Rel


def extract(text: str):
    res = process_text(text, "t.txt")
    assert res.problems == [] and len(res.fragments) == 1
    f = res.fragments[0]
    nodes = {n.id: n for n in f.nodes}
    issuer = next((nodes[r.target].name for r in f.relations if r.type is Rel.ISSUED_BY), None)
    runs = {(nodes[r.source].name, r.target.split(":", 1)[1]) for r in f.relations
            if r.type is Rel.RUNS and r.target.startswith("practice:")}
    unions = {n.name for n in f.nodes if n.label.value == "Union"}
    return issuer, unions, runs


def found(text: str, place: str):
    e = default_extractor()
    return [(u.node.name, text[u.start:u.end]) for u in e.unions.find(text, e.unions.gaz.resolve(place))]


def practices(text: str) -> set[str]:
    return {p.practice for p in default_extractor().practices.find(text)}


# -- issuers of institution unions --------------------------------------------------------------

def test_institution_union_keeps_its_title_name_and_short_forms_are_the_issuer():
    text = ("宜昌市交通运输局机关工会2023年工作总结\n\n　　2023年，局机关工会组织职工开展健步走活动。"
            "机关工会坚持开展送温暖活动。\n")
    issuer, unions, runs = extract(text)
    assert issuer == "宜昌市交通运输局机关工会"
    assert ("宜昌市交通运输局机关工会", "send_warmth") in runs
    assert "宜昌市交通运输局工会" not in unions


def test_committee_institution_union_from_a_dev_like_title():
    issuer, _, _ = extract("某某市发展和改革委员会机关工会工作总结\n\n　　委机关工会开展职工读书会。\n")
    assert issuer == "某某市发展和改革委员会机关工会"


def test_department_union_title():
    issuer, _, _ = extract("某某省财政厅工会五年工作回顾\n\n　　厅工会开展职工运动会。\n")
    assert issuer == "某某省财政厅工会"


# -- street / township unions --------------------------------------------------------------------

def test_verb_before_generic_street_union_is_no_union():
    """Synthetic dev: 推动街道工会、社区工会与党群服务中心共建共享."""
    assert all("街道" not in name for name, _ in found("区总工会推动街道工会、社区工会规范化建设。", "成都市"))


def test_facility_named_after_a_street_union_is_no_union_mention():
    assert all("街道" not in n for n, _ in found("其中，青莲街道工会驿站获评示范站点。", "成都市"))
    assert ("青莲街道工会", "青莲街道工会") in found("其中，青莲街道工会开展送清凉活动。", "成都市")


# -- lists of cities sharing one 工会 ------------------------------------------------------------

def test_cities_etc_share_one_union_tail():
    got = found("宁波、温州等地工会推出职工疗休养服务。", "浙江省")
    assert [n for n, _ in got] == ["宁波市总工会", "温州市总工会"]
    assert [n for n, _ in found("嘉兴等地工会推出“暖心”服务。", "浙江省")] == ["嘉兴市总工会"]
    assert found("嘉兴、湖州等地的红色工运资源得到挖掘。", "浙江省") == []


def test_named_city_list_runs_its_own_practice_not_the_issuer():
    text = "浙江省工会工作综述\n\n　　全省工会推进职工书屋建设。宁波、温州等地工会推出职工疗休养服务。\n"
    _, _, runs = extract(text)
    assert {("宁波市总工会", "worker_rest"), ("温州市总工会", "worker_rest")} <= runs
    assert ("浙江省总工会", "worker_rest") not in runs


def test_no_carry_over_of_a_union_named_inside_a_collective_sentence():
    """Synthetic dev: 全省建成…，宁波市总工会在全国率先推行…。每年“两节”送温暖… is the issuer's."""
    text = ("浙江省工会工作综述\n\n　　服务职工更加精准。全省建成户外劳动者服务站点1.1万个，宁波市总工会率先推行驿站建设。"
            "每年开展送温暖活动。\n")
    _, _, runs = extract(text)
    assert ("浙江省总工会", "send_warmth") in runs and ("宁波市总工会", "send_warmth") not in runs


# -- national unions that confer, commend or organize ---------------------------------------------

def test_conferring_union_does_not_run_the_facility_in_its_title():
    text = ("成都市武侯区总工会工作总结\n\n　　区总工会建成户外劳动者服务站点128个。"
            "其中，青莲街道工会驿站被中华全国总工会评为“最美工会户外劳动者服务站点”。\n")
    _, _, runs = extract(text)
    assert ("中华全国总工会", "outdoor_worker_station") not in runs


def test_commending_national_union_leaves_the_practice_to_the_issuer():
    text = "泸州市总工会工作综述\n\n　　五年来，泸州市总工会推进职工疗休养。中华全国总工会在全国推广泸州户外劳动者服务站点建设经验。\n"
    _, _, runs = extract(text)
    assert ("泸州市总工会", "outdoor_worker_station") in runs
    assert ("中华全国总工会", "outdoor_worker_station") not in runs


def test_event_organized_by_another_union_is_the_organizers():
    text = ("宜昌市教育局机关工会工作总结\n\n　　机关工会组织职工参加宜昌市总工会举办的“中国梦•劳动美”职工演讲比赛，获一等奖。\n")
    _, _, runs = extract(text)
    assert ("宜昌市总工会", "china_dream_labor_beauty") in runs
    assert ("宜昌市教育局机关工会", "china_dream_labor_beauty") not in runs


def test_practice_straddling_a_union_name_with_a_bare_verb_is_dropped():
    text = "某某区总工会工作总结\n\n　　区总工会组建职工宣讲队，深入企业宣讲。\n"
    _, _, runs = extract(text)
    assert not any(p == "union_establishment" for _, p in runs)


# -- paraphrased practices (schema/practices.toml patterns) ---------------------------------------

def test_general_paraphrases_of_practices():
    assert "political_theory_study" in practices("工会把学习贯彻党的二十大精神作为首要政治任务。")
    assert "political_theory_study" in practices("推动党的二十大精神进工地、进车间。")
    assert "worker_reading_campaign" in practices("组织青年职工读书会10场。")
    assert {"send_warmth", "model_worker_care"} <= practices("春节期间走访慰问困难职工、劳模家属80人。")
    assert "epidemic_support" in practices("向一线职工发放疫情防控慰问金500万元。")
    assert "most_beautiful_worker" in practices("选树宣传“最美护士”“最美建设者”。")
    assert "craftsman_selection" in practices("评选第三届“锦江工匠”20名。")
    assert "online_membership" in practices("实现入会、转会等业务一网通办。")
    assert "outdoor_worker_station" in practices("打造“益工暖心”驿站，让环卫工人歇脚有处。")
    assert "collective_contract" in practices("与物流协会签订《快递行业集体协议》。")


def test_matcher_is_the_taxonomy_one():
    assert isinstance(default_extractor().practices, PracticeMatcher)


def test_institution_unions_named_in_the_body():
    got = [n for n, _ in found("指导宜昌市卫生健康委员会机关工会和湖北省交通运输厅工会开展送温暖。", "湖北省")]
    assert got == ["宜昌市卫生健康委员会机关工会", "湖北省交通运输厅工会"]
    assert found("选举产生新一届机关工会委员会，完善机关工会经费管理。", "湖北省") == []


def test_organs_union_titles_are_named_as_written():
    for title in ("湖北省直属机关工会工作委员会2023年工作总结", "宜昌市直机关工会工作总结"):
        issuer, _, runs = extract(title + "\n\n　　机关工会开展送温暖活动。\n")
        name = title.removesuffix("2023年工作总结").removesuffix("工作总结")
        assert issuer == name and (name, "send_warmth") in runs


def test_enterprise_short_form_is_the_issuer_not_the_previous_sentences_union():
    """Dev (北大荒): 由全国总工会主办的…大赛…。今年7月18日，集团工会举办了中国梦•劳动美…图片展 — the issuer's."""
    text = ("某某能源集团工会工作综述\n\n　　今年5月，由全国总工会主办的职工羽毛球大赛在本地举行。"
            "今年6月，集团工会举办了“中国梦•劳动美”主题图片展。\n")
    _, _, runs = extract(text)
    assert ("某某能源集团工会", "china_dream_labor_beauty") in runs
    assert ("中华全国总工会", "china_dream_labor_beauty") not in runs


def test_outcome_heading_alone_is_no_run():
    """Synthetic dev: 四、文化聚人心，职工生活品质不断提升 (a section summary)."""
    text2 = "成都市武侯区总工会工作总结\n\n三、服务暖人心，职工生活品质持续提升\n\n　　区总工会开展送清凉活动。\n"
    _, _, runs2 = extract(text2)
    assert ("武侯区总工会", "summer_cool") in runs2 and not any(p == "life_quality" for _, p in runs2)
    text3 = "成都市武侯区总工会工作总结\n\n　　区总工会开展提升职工生活品质行动。\n"
    assert any(p == "life_quality" for _, p in extract(text3)[2])


def test_regional_sector_union_is_not_the_national_industrial_union():
    issuer, unions, _ = extract("广西壮族自治区教科文卫体工会五年工作回眸\n\n　　自治区教科文卫体工会开展送温暖活动。"
                                "中国教科文卫体工会表彰了一批先进集体。\n")
    assert issuer == "广西壮族自治区教科文卫体工会"
    assert "中国教科文卫体工会" in unions  # written with 中国: the national union
    assert [n for n, _ in found("湖北省教科文卫体工会组织职工读书活动。", "湖北省")] == ["湖北省教科文卫体工会"]


def test_county_renamed_district_union():
    """撤市设区: the gazetteer still knows 偃师市; the report writes 偃师区总工会."""
    assert [n for n, _ in found("市总工会和偃师区总工会开展金秋助学。", "洛阳市")] == ["洛阳市总工会", "偃师区总工会"]
    assert found("全市各区总工会开展金秋助学。", "洛阳市") == []


def test_union_named_mid_paragraph_holds_only_its_sentence():
    text = ("洛阳市总工会2023年工作总结\n\n　　服务职工更加精准。全市建成职工书屋200家。涧西区总工会推出职工疗休养。"
            "每年开展夏送清凉活动。\n\n　　涧西区总工会开展金秋助学活动。同时，开展送温暖活动。\n")
    _, _, runs = extract(text)
    assert ("涧西区总工会", "worker_rest") in runs
    assert ("洛阳市总工会", "summer_cool") in runs and ("涧西区总工会", "summer_cool") not in runs
    assert ("涧西区总工会", "send_warmth") in runs  # 同时… goes on with the paragraph's subject


def test_higher_federation_promoting_leaves_the_practice_to_the_issuer():
    text = "洛阳市总工会2023年工作总结\n\n　　省总工会在我市召开现场会，推广洛阳户外劳动者服务站点建设经验。\n"
    _, _, runs = extract(text)
    assert ("洛阳市总工会", "outdoor_worker_station") in runs and ("河南省总工会", "outdoor_worker_station") not in runs


def test_verb_before_a_kind_of_organization_is_no_union():
    assert found("加强医院工会建设，推动物流公司工会规范运行。", "洛阳市") == []
    assert [n for n, _ in found("洛阳市第一人民医院工会开展职工运动会。", "洛阳市")] == ["洛阳市第一人民医院工会"]


def test_host_unions_do_not_run_what_another_union_organizes():
    """Dev (兵团): 由兵团总工会主办，一师阿拉尔市总工会、阿克苏地区工会承办的…项目汇报演出."""
    text = ("洛阳市总工会2023年工作总结\n\n　　5月1日，由市总工会主办，涧西区总工会、西工区总工会承办的职工文体活动在涧西区举行。\n")
    _, _, runs = extract(text)
    assert ("洛阳市总工会", "worker_cultural_sports") in runs
    assert not any(u in ("涧西区总工会", "西工区总工会") for u, _ in runs)
