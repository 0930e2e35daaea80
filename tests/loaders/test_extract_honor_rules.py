"""Honor rules of the third pass: unit (Organization) recipients, quoted titles after a verb of conferral,
counted subjects, star ratings, elliptical lists, plans and events.  Each rule has a sentence of our own
and, where the development reports have one, a sentence from them."""
from __future__ import annotations

import pytest

from loaders.extract.honors import _cn_number, find_honors, find_units
from loaders.pipeline import process_text
from schema import Label, Rel


def region_name(captured: str) -> str | None:
    for suffix in ("湖北省", "陕西省", "贵阳市", "贵州省", "青海省", "泉州市", "武汉市"):
        if captured.endswith(suffix):
            return suffix
    return None


def honors(text: str, ctx=None) -> list[tuple[str, int | None]]:
    return [(h.name, h.count) for h in find_honors(text, region_name, ctx)]


def received(body: str, title: str = "某某市总工会工作综述") -> set[tuple[str, str, str, int | None]]:
    """(recipient name, recipient label, honor, count) of every RECEIVED in a one-report text."""
    f = process_text(f"{title}\n　　{body}\n", "t.txt").fragments[0]
    nodes = {n.id: n for n in f.nodes}
    return {(nodes[r.source].name, nodes[r.source].label.value, nodes[r.target].name, r.props.get("count"))
            for r in f.relations if r.type is Rel.RECEIVED}


def honor_names(body: str, title: str = "某某市总工会工作综述") -> set[str]:
    f = process_text(f"{title}\n　　{body}\n", "t.txt").fragments[0]
    return {n.name for n in f.nodes if n.label is Label.HONOR}


# -- unit recipients -----------------------------------------------------------
def test_company_and_team_receive_titles_as_organizations():
    got = received("2021年，中铁十八局集团第一工程有限公司荣获全国五一劳动奖状，该公司隧道一队盾构班被评为全国工人先锋号。")
    assert ("中铁十八局集团第一工程有限公司", "Organization", "全国五一劳动奖状", None) in got
    # 该公司 is the unit named before it
    assert ("中铁十八局集团第一工程有限公司隧道一队盾构班", "Organization", "全国工人先锋号", None) in got


def test_list_of_units_before_the_verb():
    got = received("长江电力检修厂、三峡机电工程技术有限公司获评湖北省模范职工之家。")
    assert {(n, h) for n, _, h, _ in got} == {("长江电力检修厂", "湖北省模范职工之家"),
                                              ("三峡机电工程技术有限公司", "湖北省模范职工之家")}


def test_units_from_a_dev_report():
    # report 28: 经推荐 is a nomination that succeeded; a name with 和 inside (颐和) stays whole
    text = "经推荐，贵州吉利汽车制造有限公司、世纪颐和物业服务（集团）有限公司获评2022年贵阳市“先进职工之家”。"
    assert [u.name for u in find_units(text)] == ["贵州吉利汽车制造有限公司", "世纪颐和物业服务（集团）有限公司"]
    # report 20: a site named with a historic union inside it; the awarding body after 被 is no recipient
    text = "中央职工运动委员会（陕甘宁边区总工会）旧址被全国总工会命名为第一批全国职工爱国主义教育基地；"
    assert [u.name for u in find_units(text)] == ["中央职工运动委员会（陕甘宁边区总工会）旧址"]


def test_awarding_body_after_bei_and_issuer_verb():
    got = received("湖北省人民医院被中华全国总工会授予全国五一劳动奖状。")
    assert {(n, lab) for n, lab, _, _ in got} == {("湖北省人民医院", "Organization")}


def test_units_that_are_no_names():
    assert find_units("集团公司荣获全国五一劳动奖状。") == []  # the kind alone is the report's own unit
    assert find_units("5个企事业单位班组荣获陕西省劳动竞赛优胜班组，") == []  # counted, not named
    # a list with an item that names no unit is not understood (report 22)
    assert find_units("市总工会和松桃自治县、江口县、德江县总工会服务职工中心荣获省级服务职工综合体示范单位。") == []
    # a name ending in 工会 is a union: the union finder's, not an Organization
    assert find_units("宜昌市总工会被评为全国工会系统先进集体。") == []


def test_union_recipient_stays_a_union():
    got = received("宜昌市总工会被评为全国工会系统先进集体。")
    assert {(n, lab) for n, lab, _, _ in got} == {("宜昌市总工会", "Union")}


# -- quoted titles after a verb of conferral -------------------------------------
def test_quoted_title_with_chenghao_is_a_title_whatever_it_holds():
    got = received("张伟明、王芳华等5人荣获“荆楚楷模——新时代最美产业工人”称号。")
    assert ("张伟明", "Person", "荆楚楷模——新时代最美产业工人", 5) in got
    # report 20
    assert honors("杨步浩等6人荣获“最美劳动者——新中国成立以来陕西最具影响的劳动模范”称号。") == [
        ("最美劳动者——新中国成立以来陕西最具影响的劳动模范", 6)]


def test_quoted_title_counted_or_ending_its_clause():
    assert honors("命名“武汉市职工文化示范基地”12个。") == [("武汉市职工文化示范基地", 12)]
    assert honors("8个企业班组被命名为“梦桃式班组”。") == [("梦桃式班组", 8)]  # report 20
    assert honors("共有13项工程获得“昆仑杯”优质工程，") == [("昆仑杯优质工程", 13)]  # report 32: words after the quote
    assert honors("其中，7家基地获命名首批“工匠学院”。") == [("工匠学院", 7)]  # report 26: 首批 is dropped
    # a level before the quote belongs to the title, a year or a superlative does not
    assert honors("评为全国“最美工会户外劳动者服务站点”35个、") == [("全国最美工会户外劳动者服务站点", 35)]
    assert honors("遵义市工人文化宫荣获全省唯一“贵州省示范性工人文化宫”荣誉称号。") == [("贵州省示范性工人文化宫", None)]
    assert honors("两家企业获评2022年贵阳市“先进职工之家”。") == [("贵阳市先进职工之家", None)]


def test_titles_sharing_one_count_are_one_title():
    # report 26
    assert honors("选树“最美职工家庭”和“职工职业道德建设先进单位（个人）”52个；") == [
        ("最美职工家庭和职工职业道德建设先进单位（个人）", 52)]


def test_quotes_that_are_not_titles():
    assert honors("让驿站成为户外劳动者的“温暖小家”。") == []  # a figure of speech
    assert honors("推出“职工书屋”50家。") == []  # a practice facility, no honor word
    assert honors("一批拉面从业人员获得“中国好人”“诚信好人”等荣誉称号。") == []  # moral, not labour honors
    assert honors("在比赛中荣获“武汉杯”职工技能大赛一等奖。") == []  # a competition ranking
    assert honors("启动第三届“荆楚工匠”评选。") == []


def test_one_of_them_has_no_count():
    got = honors("某职业学院成为全省首批4家“工匠学院”之一。")
    assert got == [("工匠学院", None)]


# -- counts ------------------------------------------------------------------------
def test_counted_subject_of_the_receive_verb():
    assert honors("7名新就业形态劳动者获评贵州省五一劳动奖章。") == [("贵州省五一劳动奖章", 7)]  # report 7
    assert honors("12个班组荣获“湖北省工人先锋号”称号。") == [("湖北省工人先锋号", 12)]


def test_counts_in_words_and_each():
    assert _cn_number("百") == 100 and _cn_number("一百二十") == 120 and _cn_number("十五") == 15
    assert honors("创建湖北省劳模和工匠人才创新工作室百余个。") == [("湖北省劳模和工匠人才创新工作室", 100)]
    assert honors("荣获全国五一劳动奖状、全国工人先锋号各1个。") == [("全国五一劳动奖状", 1), ("全国工人先锋号", 1)]


def test_counted_title_doing_something_else_is_no_award():
    assert honors("组织30名全国劳模参加疗休养。") == []
    # report 19
    assert honors("推动全市17家全国、省级模范职工之家结对帮扶基层工会17个；") == []
    assert honors("展出5名鹏城工匠的作品。")  # holders of the title: still counted
    assert honors("共有35名全国劳模受到表彰。") == [("全国劳动模范", 35)]


def test_count_first_qualifiers_of_one_head():
    # report 4
    got = honors("命名5个全国示范性、110个省级劳模（职工）创新工作室，")
    assert ("全国示范性劳模（职工）创新工作室", 5) in got and ("省级劳模（职工）创新工作室", 110) in got
    assert ("全国示范性劳模创新工作室", 3) in honors("命名3个全国示范性、20个市级劳模创新工作室。")


def test_bare_titles_counted_after_selection():
    assert honors("涌现出400名技术状元、1856名优秀选手。") == [("技术状元", 400)]  # report 4
    assert honors("评选出20名技术能手。") == [("技术能手", 20)]
    assert honors("开展技术能手培训。") == []


# -- heads, qualifiers, elliptical lists -----------------------------------------
def test_juxtaposed_heads_and_qualifiers_above_a_level():
    assert honors("涌现出全国劳动模范先进工作者5名、") == [("全国劳动模范和先进工作者", 5)]  # report 11
    assert honors("创建市级以上示范性劳模创新工作室256家、") == [("市级以上示范性劳模创新工作室", 256)]  # report 26
    assert honors("创建师市级劳模工匠（职工）创新工作室35家，") == [("师市级劳模工匠（职工）创新工作室", 35)]  # report 11


def test_quoted_wuyi_and_chenghao_inside_a_distributed_list():
    # report 29: “五一”劳动奖状 and 称号 before the count do not break the list
    got = honors("推荐表彰自治州“三好职工”31人，先进工作者13人、“五一劳动奖章”42人、“五一”劳动奖状19个、“工人先锋号”18个，")
    assert ("自治州五一劳动奖状", 19) in got and ("自治州工人先锋号", 18) in got
    got = honors("荣获全国及省五一劳动奖状8个、五一劳动奖章12个、工人先锋号称号9个。")
    assert ("全国及省工人先锋号", 9) in got


def test_elliptical_small_home():
    # report 19
    assert honors("建设市级先进职工之家103家、小家33家。", lambda lvl: "遵义市" if lvl == "市" else None) == [
        ("遵义市先进职工之家", 103), ("遵义市先进职工小家", 33)]


def test_star_ratings():
    assert honors("创建陕西省三星街道（镇乡）25个、陕西省四星街道（镇乡）13个。") == [
        ("陕西省三星街道（镇乡）", 25), ("陕西省四星街道（镇乡）", 13)]  # report 20
    assert honors("确认“五星级”厂务公开职代会单位及“先进单位”18家。") == [("五星级厂务公开职代会单位及先进单位", 18)]
    assert honors("评定湖北省五星级职工之家6家。") == [("湖北省五星级职工之家", 6)]
    assert honors("入住五星级酒店。") == []


def test_state_science_award():
    assert honors("一线职工潘从明获国家科技进步二等奖，") == [("国家科技进步二等奖", None)]  # report 2
    assert honors("刘建华团队荣获湖北省科技进步一等奖。") == [("湖北省科技进步一等奖", None)]


def test_counted_items_of_a_conferred_list():
    # report 28
    got = honors("推荐获评全国五一劳动奖状1个、全国双爱双评先进企业工会1个、全国劳动模范1人；")
    assert ("全国双爱双评先进企业工会", 1) in got
    assert ("全省安全生产先进企业", 2) in honors("荣获全国五一劳动奖状1个、全省安全生产先进企业2个。")


def test_unit_title_heads_include_winning_teams():
    assert honors("4个单位荣获陕西省劳动竞赛优胜集体，5个企事业单位班组荣获陕西省劳动竞赛优胜班组，") == [
        ("陕西省劳动竞赛优胜集体", 4), ("陕西省劳动竞赛优胜班组", 5)]  # report 20


# -- events, modifiers and plans -------------------------------------------------
def test_selection_events_and_facilities_are_not_titles():
    assert honors("开展拉萨市劳动模范和先进工作者推荐评选表彰1次。") == []  # report 14
    assert honors("挂牌建立24个省级劳模疗休养基地，", lambda lvl: "青海省" if lvl == "省" else None) == []  # report 4


@pytest.mark.parametrize("body, title", [
    ("下一步，力争创建全国模范职工之家10家。", "某某市总工会工作综述"),
    ("创建市级示范性劳模和工匠人才创新工作室100个。", "某某市工会未来五年工作展望"),
])
def test_planned_titles_are_not_honors(body, title):
    assert honor_names(body, title) == set()


# -- person recipients -------------------------------------------------------------
def test_title_in_apposition_before_unit_post_and_name():
    got = received("全国劳动模范、武汉钢铁公司炼钢厂高级技师刘建华深有感触。")
    assert ("刘建华", "Person", "全国劳动模范", None) in got


def test_holder_after_the_title_its_clause_confers():
    got = received("荣获全国五一劳动奖章的钳工赵德胜表示，要再接再厉。")
    assert ("赵德胜", "Person", "全国五一劳动奖章", None) in got


def test_became_a_quoted_title_after_nomination():
    # report 4: 推荐…成为 is a nomination that succeeded
    got = received("推荐中国水电四局职工田得梅成为青海首位“大国工匠年度人物”。", "青海省工会工作5年综述")
    assert ("田得梅", "Person", "大国工匠年度人物", None) in got


def test_unit_subject_carries_over_to_a_clause_opening_with_a_verb():
    got = received("武汉某某职业技术学院被市总工会命名为武汉市技能人才培养基地，成为全市首批5家“工匠学院”之一。")
    assert ("武汉某某职业技术学院", "Organization", "工匠学院", None) in got


def test_shared_unit_head_distributes_over_the_list():
    # report 22: 市总工会 and three counties, the head 总工会服务职工中心 written once
    text = "铜仁市总工会工作综述\n　　市总工会和松桃自治县、江口县、德江县总工会服务职工中心荣获省级服务职工综合体示范单位。\n"
    f = process_text(text, "t.txt").fragments[0]
    nodes = {n.id: n for n in f.nodes}
    got = {nodes[r.source].name for r in f.relations if r.type is Rel.RECEIVED}
    assert got == {"铜仁市总工会服务职工中心", "松桃自治县总工会服务职工中心", "江口县总工会服务职工中心",
                   "德江县总工会服务职工中心"}
    assert {nodes[r.target].name for r in f.relations if r.type is Rel.RECEIVED} == {"贵州省服务职工综合体示范单位"}
    got = received("甲山县、乙水县总工会职工服务中心被评为湖北省示范职工服务中心。")
    assert {n for n, *_ in got} == {"甲山县总工会职工服务中心", "乙水县总工会职工服务中心"}


def test_enterprise_called_by_its_kind_is_the_reporting_enterprise():
    # report 31: 集团被列为… in the 北大荒集团工会 report
    got = received("集团被列为全国产业工人队伍建设改革专项行动企业。", "北大荒集团工会工作综述")
    assert ("北大荒集团", "Organization", "全国产业工人队伍建设改革专项行动企业", None) in got
    assert received("集团被列为全国产业工人队伍建设改革专项行动企业。") == set()  # a city's report: whose?


def test_province_level_expanded_in_a_provincial_context():
    ctx = lambda lvl: "贵州省" if lvl == "省" else None  # noqa: E731
    assert honors("荣获省级服务职工综合体示范单位。", ctx) == [("贵州省服务职工综合体示范单位", None)]
    assert honors("命名省级劳模（职工）创新工作室110个。", ctx) == [("贵州省劳模（职工）创新工作室", 110)]
    assert honors("荣获“省抗击疫情先进集体”荣誉称号。", ctx) == [("贵州省抗击疫情先进集体", None)]


def test_listed_levels_and_the_agent_of_a_nomination():
    # report 32: the union put four people forward; the union is no recipient
    got = received("北方集团工会将4名先进典型推选为自治区级、兵团级、师市级劳动模范，", "新疆北方建设集团工会工作纪实")
    assert got == set()
    assert honors("将4名先进典型推选为自治区级、兵团级、师市级劳动模范，") == [("自治区级、兵团级、师市级劳动模范", 4)]
    assert honor_names("北方集团工会将4名先进典型推选为自治区级、兵团级、师市级劳动模范。") == {"自治区级、兵团级、师市级劳动模范"}


def test_listed_as_a_pilot_is_a_unit_title():
    # report 19
    got = received("遵义市工会服务职工中心被列为全国工会服务职工综合体全国试点；", "遵义市工会五年工作综述")
    assert ("遵义市工会服务职工中心", "Organization", "全国工会服务职工综合体全国试点", None) in got


def test_indirect_object_of_grant_is_the_recipient():
    assert ("刘建华", "Person", "湖北省劳动模范", None) in received("省委省政府授予焊工刘建华“湖北省劳动模范”称号。")
    got = received("大会授予武汉重型机床集团有限公司全国五一劳动奖状。")
    assert ("武汉重型机床集团有限公司", "Organization", "全国五一劳动奖状", None) in got


def test_unit_names_may_hold_numbers_but_counted_subjects_are_no_names():
    got = received("武汉地铁运营有限公司2号线乘务中心被全国总工会授予“全国工人先锋号”。")
    assert ("武汉地铁运营有限公司2号线乘务中心", "Organization", "全国工人先锋号", None) in got
    assert find_units("3个车间班组荣获全国工人先锋号") == []


def test_a_second_verb_ends_a_conferred_list():
    got = received("钳工王立平荣获全国五一劳动奖章，焊工陈志强荣获全国劳动模范称号。")
    assert ("陈志强", "Person", "全国劳动模范", None) in got
    assert not any("荣获" in h for *_, h, _ in got)


def test_more_labour_honor_heads():
    assert honors("评选表彰湖北省优秀农民工100名、优秀工会工作者50名。") == [
        ("湖北省优秀农民工", 100), ("湖北省优秀工会工作者", 50)]
    assert honors("荣获全国五一巾帼标兵岗3个、全国巾帼建功标兵2名。") == [("全国五一巾帼标兵岗", 3), ("全国巾帼建功标兵", 2)]


def test_people_counted_as_receiving_is_no_selection_run():
    def runs(body: str) -> set[str]:
        f = process_text(f"贵州省工会工作综述\n　　{body}\n", "t.txt").fragments[0]
        return {r.target for r in f.relations if r.type is Rel.RUNS}

    # report 7: the count is of people who received it, not of a selection the union ran
    assert "practice:may_day_award_selection" not in runs("7名新就业形态劳动者获评贵州省五一劳动奖章。")
    assert "practice:may_day_award_selection" in runs("评选表彰贵州省五一劳动奖章50名。")


def test_example_lead_words_levels_and_counting_words():
    got = received("如中建三局第一建设工程有限责任公司荣获全国五一劳动奖状。")
    assert ("中建三局第一建设工程有限责任公司", "Organization", "全国五一劳动奖状", None) in got
    assert honors("全省累计评选省部级以上劳动模范200余名。") == [("省部级以上劳动模范", 200)]
    assert honors("评选湖北省劳动模范累计300名。") == [("湖北省劳动模范", 300)]


def test_craftsman_of_the_year_is_its_own_title():
    assert ("张立伟", "Person", "大国工匠年度人物", None) in received("焊工张立伟被评为2022年大国工匠年度人物。")


def test_title_describing_the_person_just_named():
    got = received("钳工王志刚，全国五一劳动奖章获得者，现任车间主任。")
    assert ("王志刚", "Person", "全国五一劳动奖章", None) in got
    got = received("技师陈立东，全国劳动模范，从事焊接工作30年。")
    assert ("陈立东", "Person", "全国劳动模范", None) in got
    assert ("陈立东", "Person", "全国劳动模范", None) in received("技师陈立东同志是全国劳动模范。")
    # a title clause after a unit or a plain clause names no holder
    assert received("大会表彰了先进，全国劳动模范，全国五一劳动奖章。") == set()
