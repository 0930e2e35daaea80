"""Unions: full and short forms resolved in the report's context; enterprise and sector unions."""
import pytest

from loaders.extract.gazetteer import load_gazetteer
from loaders.extract.unions import UnionFinder


@pytest.fixture(scope="module")
def finder():
    return UnionFinder(load_gazetteer())


def names(finder, text, ctx=None):
    gaz = load_gazetteer()
    return [u.node.name for u in finder.find(text, gaz.resolve(ctx) if ctx else None)]


def test_generic_forms_resolve_in_context(finder):
    assert names(finder, "在省委和全总的坚强领导下，省总工会深入开展调研。", "甘肃省") == ["中华全国总工会", "甘肃省总工会"]
    assert names(finder, "市总工会牵头出台系列文件。", "曲靖市") == ["曲靖市总工会"]


def test_no_placeholder_region_union(finder):
    assert all(n != "县总工会" for n in names(finder, "各市州县总工会积极行动。", "青海省"))


def test_enterprise_and_sector_unions_in_text(finder):
    got = names(finder, "衡阳市货运司机曾华给衡阳市道路货物运输行业工会联合会送来锦旗。湖南机场集团工会以劳动竞赛为抓手。", "湖南省")
    assert "衡阳市道路货物运输行业工会联合会" in got and "湖南机场集团工会" in got
    assert names(finder, "省交通物流行业工会联合会相关负责人介绍说。", "青海省") == ["青海省交通物流行业工会联合会"]


def test_industrial_unions(finder):
    assert names(finder, "中国国防邮电工会和快递业各级工会全力打造") == ["中国国防邮电工会"]


def test_list_sharing_one_union_tail():
    """铁路、民航、金融工会 / 河北、山东两省工会 / A县、B县总工会: every item is a union."""
    from loaders.extract.gazetteer import load_gazetteer
    from loaders.extract.unions import UnionFinder

    uf = UnionFinder(load_gazetteer())
    names = lambda t: [u.node.name for u in uf.find(t)]
    assert {"中国铁路工会", "中国民航工会", "中国金融工会"} <= set(names("来自各地工会和铁路、民航、金融工会的代表"))
    assert {"河北省总工会", "山东省总工会"} <= set(names("五年来，河北、山东两省工会累计投入资金"))
    got = names("市总工会和印江自治县、石阡县、思南县总工会服务中心")
    assert {"印江土家族苗族自治县总工会", "石阡县总工会", "思南县总工会"} <= set(got)
    # an item that is neither a place nor an industry stops the list
    assert "中国金融工会" not in names("帮扶、救助、金融工会")


# -- organization, sector and division-city unions (sentences written for the tests, then dev ones) --

def test_enterprise_union_named_by_an_industry_suffix(finder):
    """<org>石化/电力/机场…工会 names an enterprise union, also as an agent (在X工会组织下)."""
    got = names(finder, "在宜昌石化工会的组织下，职工开展技能比武。", "湖北省")
    assert got == ["宜昌石化工会"]
    assert "巴陵石化工会" in names(finder, "在巴陵石化工会组织下，“助力‘十四五’，建设新高地”等劳动竞赛接力展开", "湖南省")


def test_registered_company_name_and_region_inside_it(finder):
    gaz = load_gazetteer()
    us = finder.find("国网湖北省电力有限公司工会开展劳动竞赛。东风汽车集团有限公司工会委员会召开职代会。",
                     gaz.resolve("湖北省"))
    got = {u.node.name: (u.node.props["level"], u.region.name) for u in us}
    assert got == {"国网湖北省电力有限公司工会": ("enterprise", "湖北省"),
                   "东风汽车集团有限公司工会委员会": ("enterprise", "湖北省")}


def test_union_founded_in_an_enterprise(finder):
    """以X公司为试点组建工会 names X公司工会; its span is the company's name, so 组建工会 stays a practice."""
    gaz = load_gazetteer()
    text = "以武汉长江物流有限公司为试点组建工会，吸纳快递员入会。"
    [u] = finder.find(text, gaz.resolve("湖北省"))
    assert u.node.name == "武汉长江物流有限公司工会" and text[u.start:u.end] == "武汉长江物流有限公司"
    assert "贵州顺丰公司工会" in names(finder, "以贵州顺丰公司为试点组建工会，覆盖全省280个网点", "贵州省")


def test_generic_kinds_of_organization_are_no_union(finder):
    for text in ("各级工会和基层工会、企业工会积极行动，该工会组织职工开展活动。",
                 "全省各企业工会、各公司工会、所属公司工会和下属分公司工会都参加了。",
                 "推动民营企业工会、高校工会、公立医院工会、国有企业工会和中小学校工会规范化建设。",
                 "区总工会指导辖区内的物流公司工会开展活动。"):
        assert names(finder, text, "湖北省") == [], text


def test_sector_union_made_of_several_sector_words(finder):
    assert names(finder, "省建设建材工会开展送清凉活动。", "湖北省") == ["湖北省建设建材工会"]
    assert names(finder, "由省农业水利气象工会、北大荒集团工会承办", "黑龙江省")[0] == "黑龙江省农业水利气象工会"


def test_generic_form_resolved_by_the_city_named_before_it(finder):
    """A provincial report's 市总工会 / 市级X行业工会联合会 right after a city's name is that city's union."""
    assert names(finder, "宜昌市一家超市负责人说，与市总工会联合举办的消费季很受欢迎。", "湖北省") == ["宜昌市总工会"]
    assert names(finder, "十堰市成立市级外卖配送行业工会联合会。", "湖北省") == ["十堰市外卖配送行业工会联合会"]
    assert names(finder, "贵州省六盘水市成立市级快递行业工会联合会。", "贵州省") == ["六盘水市快递行业工会联合会"]
    # no city in the sentence: nothing to name it by
    assert names(finder, "大家说，与市总工会联合举办的消费季很受欢迎。", "湖北省") == []


def test_division_city_federation_keeps_the_division(finder):
    """兵团 cities are written with their division (师市合一): 七师胡杨河市总工会, also for cities newer than
    the administrative table."""
    gaz = load_gazetteer()
    us = finder.find("七师胡杨河市总工会、十师北屯市总工会举办培训班。", gaz.resolve("新疆生产建设兵团"))
    assert [u.node.name for u in us] == ["七师胡杨河市总工会", "十师北屯市总工会"]
    assert "胡杨河市总工会" in us[0].node.aliases
    assert [r.name for r in gaz.ancestors(us[0].region.adcode)] == ["胡杨河市", "新疆生产建设兵团"]
    assert "一师阿拉尔市总工会" in names(finder, "由兵团总工会主办，一师阿拉尔市总工会、阿克苏地区工会承办", "新疆生产建设兵团")


def test_enterprise_issuer_placed_where_the_report_puts_it(finder):
    """An enterprise whose name gives at most a province sits in the region its report names most
    (inside that province by adcode: a 兵团 city's code is in 新疆's range)."""
    text = "新疆某某建工集团工会工作纪实\n在十师北屯市职工合唱比赛中，集团职工登台演出。\n"
    issuer = finder.issuer(text, None)
    assert issuer.node.name == "新疆某某建工集团工会" and issuer.region.name == "北屯市"
    text = "某垦区集团工会工作综述\n集团工会参加黑龙江省职工运动会，黑龙江省总工会给予表彰。\n"
    assert finder.issuer(text, None).region.name == "黑龙江省"


def test_union_after_a_verb_ending_in_a_connective(finder):
    """联合市总工会 / 据某市总工会介绍 / 受省总工会委托: the union's name starts after the verb."""
    assert names(finder, "市人社局联合市总工会举办招聘会。", "宜昌市") == ["宜昌市总工会"]
    assert names(finder, "据襄阳市总工会负责人介绍，活动覆盖全市。", "湖北省") == ["襄阳市总工会"]
    assert names(finder, "受省总工会委托，市总工会开展调研。", "宜昌市") == ["湖北省总工会", "宜昌市总工会"]


def test_one_place_standing_for_several(finder):
    """北京等六省市工会: the named place's federation (the others are unnamed); the first item may follow a verb."""
    assert names(finder, "积极联系江苏等三省工会投入帮扶资金。", "青海省") == ["江苏省总工会"]
    assert names(finder, "协调北京等六省市工会投入资金8100多万元", "青海省") == ["北京市总工会"]
    assert names(finder, "协调天津、上海等六省市工会投入资金", "青海省") == ["天津市总工会", "上海市总工会"]


def test_township_and_street_unions(finder):
    """某某镇总工会 / 某某街道工会 are grassroots unions, placed in the county written before them."""
    gaz = load_gazetteer()
    [u] = finder.find("夷陵区小溪塔街道总工会开展送清凉活动。", gaz.resolve("宜昌市"))
    assert (u.node.name, u.node.props["level"], u.region.name) == ("小溪塔街道总工会", "grassroots", "夷陵区")
    assert names(finder, "据龙泉镇总工会负责人介绍，活动覆盖全镇。", "宜昌市") == ["龙泉镇总工会"]
    for text in ("全市乡镇工会、示范街道工会和各乡镇（街道）总工会。", "全省1356个乡镇（街道）全部建立了总工会或工会联合会。",
                 "推动建立镇工会，村镇工会，全镇工会会员"):
        assert names(finder, text, "宜昌市") == [], text


def test_generic_sector_union_of_a_prefecture_or_county(finder):
    assert names(finder, "县教育工会和县卫生健康工会联合开展义诊。", "思南县") == ["思南县教育工会", "思南县卫生健康工会"]
    # the short form is the union the report writes out
    assert names(finder, "昌吉州教育工会成立于1990年。州教育工会开展活动。", "昌吉回族自治州") == ["昌吉州教育工会"] * 2


def test_county_written_after_its_prefecture(finder):
    """德阳市旌阳区总工会 is the county's federation, named without the prefecture (as 观山湖区总工会)."""
    gaz = load_gazetteer()
    [u] = finder.find("德阳市旌阳区总工会建成职工服务中心。", gaz.resolve("四川省"))
    assert (u.node.name, u.region.name, u.start) == ("旌阳区总工会", "旌阳区", 0)


def test_regiment_and_farm_unions(finder):
    """兵团 regiments (八师一四一团工会) and farms (七星农场工会) are unions; 集团工会/社团工会 are not regiments."""
    assert names(finder, "八师一四一团工会开展送温暖活动，集团工会、社团工会参加。", "新疆生产建设兵团") == ["八师一四一团工会"]
    assert names(finder, "在七星农场工会组织下开展劳动竞赛。", "黑龙江省") == ["七星农场工会"]
