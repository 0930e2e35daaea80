"""Brand rules (loaders/extract/brands.py): named programmes in, slogans and formulas out."""
import pytest

from loaders.extract.brands import classify, find_brands, not_brand_reason
from loaders.pipeline import default_extractor


@pytest.fixture(scope="module")
def names():
    ex = default_extractor()
    return ex._practice_names, ex._honor_names


def brands_in(text, names):
    return [b.name for b in find_brands(text, *names)]


@pytest.mark.parametrize("slogan", ["两个维护", "四个意识", "十四五", "五个坚决", "三性", "1+17+N+X", "六讲六进",
                                    "永远跟党走、奋进新征程", "建功‘十四五’、奋进新征程", "咱们工人有力量",
                                    "走一线、亮身份、访职工、办实事"])
def test_political_formulas_mottos_and_number_formulas_are_never_brands(slogan, names):
    ok, why = classify(slogan, "打造", "”品牌", *names)
    assert not ok, why


def test_reasons_are_explicit(names):
    assert not_brand_reason("两个维护", "", *names) == "lexicon"
    assert not_brand_reason("永远跟党走、奋进新征程", "", *names) == "political"
    assert not_brand_reason("四个意识") in ("lexicon", "number")
    assert not_brand_reason("三性") == "number"
    assert not_brand_reason("安康杯", "", *names) == "practice"
    assert not_brand_reason("有形") == "word"


def test_corpus_sentences_brands(names):
    # 江西: 创新打造“天工杯”竞赛品牌
    assert brands_in("深入持久开展劳动竞赛，创新打造“天工杯”竞赛品牌。", names) == ["天工杯"]
    # 甘肃: 线上线下举办“陇工情缘”青年职工交友活动
    assert brands_in("线上线下举办“陇工情缘”青年职工交友活动11场。", names) == ["陇工情缘"]
    # 安徽: “皖工惠”、网上“五一学堂”
    assert "皖工惠" in brands_in("融入全省政务“一朵云”，“皖工惠”、网上“五一学堂”等应用全面上线。", names)


def test_quote_runs_share_the_cue_after_their_last_quote(names):
    got = brands_in("“春风送岗”“情系新业态”“温暖上学路”等工作品牌得到职工好评。", names)
    assert got == ["春风送岗", "情系新业态", "温暖上学路"]


def test_local_variant_of_a_national_theme_is_a_brand_but_the_theme_is_not(names):
    assert brands_in("着力打造“中国梦•劳动美•兵团好”系列职工文化品牌。", names) == ["中国梦•劳动美•兵团好"]
    assert brands_in("叫响做实“中国梦•劳动美”主题教育品牌。", names) == []


def test_two_part_programme_name_with_programme_noun(names):
    assert brands_in("开展“一瓶水•传递爱”公益活动。", names) == ["一瓶水•传递爱"]


def test_region_craftsman_titles_unquoted(names):
    ex = default_extractor()
    got = find_brands("评选济南工匠50名，培育大国工匠。", *names, region_name=ex._honor_region(None))
    assert [b.name for b in got] == ["济南工匠"]


def test_function_keyword_outranks_generic_ending():
    from loaders.extract.brands import tail_practice

    assert tail_practice("职工维权驿站") == "legal_aid"
    assert tail_practice("开发区枫桥") == "labor_dispute_mediation"
    assert tail_practice("暖心驿站") == "outdoor_worker_station"  # no function word: the ending decides


def test_brand_linked_through_programme_noun_after_it():
    from loaders.pipeline import process_text
    from schema import Label, Rel

    text = "柳州市总工会工作报告\n　　柳州市总工会首创“两员一站”维权模式，创建“桂工帮业”职工就业服务平台。\n"
    f = process_text(text, "t.txt").fragments[0]
    nodes = {n.id: n for n in f.nodes}
    inst = {(nodes[r.source].name, r.target.split(":", 1)[1]) for r in f.relations if r.type is Rel.INSTANCE_OF}
    assert ("两员一站", "legal_aid") in inst
    assert ("桂工帮业", "employment_assistance") in inst


def test_unquoted_items_of_a_brand_list():
    from loaders.pipeline import default_extractor

    ex = default_extractor()
    text = "推动“暖心午餐”、职工书屋、雪域氧吧等品牌工作提质增效。在巩固港城工匠、职工创客等传统品牌的基础上。"
    names = {b.name for b in find_brands(text, ex._practice_names, ex._honor_names)}
    assert {"暖心午餐", "雪域氧吧", "港城工匠", "职工创客"} <= names
    assert "职工书屋" not in names  # a taxonomy practice, not a brand
    assert not any(n.startswith(("巩固", "在")) for n in names)


def test_region_prefixed_institution_name():
    from loaders.pipeline import default_extractor

    ex = default_extractor()
    rn = ex._honor_region(None)
    text = "三是建设宝鸡周原劳模工匠学院，在全省率先孵化培育遵义新区惠工中心。召开工匠学院建设推进会。"
    names = {b.name for b in find_brands(text, ex._practice_names, ex._honor_names, rn)}
    assert {"宝鸡周原劳模工匠学院", "遵义新区惠工中心"} <= names
    assert "工匠学院" not in names and not any(n.startswith("召开") for n in names)


# -- third pass: action phrases, counted items, “A——B” names, quote runs -------------------------
@pytest.mark.parametrize("phrase,before,after", [
    ("结对共建", "开展", "”活动"), ("返岗复工", "开展", "”专列活动"), ("上讲台", "领导干部", "”活动6次"),
    ("下基层察民情解民忧暖民心", "深入开展", "”实践活动"), ("工会味", "暖心的", "”活动"),
    ("四心行动", "暖心、知心", "”，用心"),
])
def test_action_phrases_and_counted_items_are_not_brands(phrase, before, after, names):
    ok, why = classify(phrase, before, after, *names)
    assert not ok, why


@pytest.mark.parametrize("name,before,after", [
    ("阳光家园", "女职工", "”1945家"), ("四安家园", "打造", "”品牌"), ("梦桃式班组", "命名为", "”。"),
    ("北大荒杯", "承办的", "”第十八届"), ("五心行动", "开展", "”品牌"),
])
def test_names_that_look_similar_stay_brands(name, before, after, names):
    ok, why = classify(name, before, after, *names)
    assert ok, why


def test_a_won_cup_is_an_award_not_a_programme(names):
    assert not classify("昆仑杯", "共有13项工程获得", "”优质工程", *names)[0]


def test_dash_names_split_into_head_and_tail(names):
    assert brands_in("启动“心系边疆黑土情暖职工——暖边行动”关爱职工专项行动", names) == ["暖边行动"]
    found = brands_in("承办的“五共同•一促进——中华传统文化进万家”项目汇报演出", names)
    assert set(found) == {"五共同•一促进——中华传统文化进万家", "中华传统文化进万家"}
    found = brands_in("开展“中国梦•劳动美•川渝好——凝心铸魂跟党走团结奋斗新征程”职工知识竞赛", names)
    assert found == ["中国梦•劳动美•川渝好"]


def test_a_run_of_quotes_shares_the_brand_verb(names):
    assert {"渔港枫桥", "电商枫桥"} <= set(brands_in("探索“渔港枫桥”“电商枫桥”；实施集体协商", names))


def test_listed_brands_with_a_qualified_brand_noun(names):
    found = brands_in("打造技能培训促就业行动、阳光就业暖心行动等工会就业服务品牌；", names)
    assert {"技能培训促就业行动", "阳光就业暖心行动"} <= set(found)


def test_brand_practice_from_aim_and_paragraph_topic():
    from loaders.pipeline import process_text
    from schema import Rel

    text = ("眉山市总工会2023年工作总结\n"
            "　　一、深化群团协同化建设\n"
            "　　群团协同化建设取得阶段性成效。探索形成了“东坡实践”“彭山样板”等群众工作新模式。\n"
            "　　市总工会打造技能培训促就业行动、匠心圆梦暖心行动等工会服务品牌。\n"
            "　　建成“爱心早餐”、职工书屋、“清凉小站”等服务阵地。\n")
    f = process_text(text, "meishan.txt").fragments[0]
    inst = {r.source.split(":", 1)[1]: r.target.split(":", 1)[1] for r in f.relations if r.type is Rel.INSTANCE_OF}
    assert inst.get("东坡实践") == "mass_org_coordination"  # the paragraph's opening clause
    assert inst.get("技能培训促就业行动") == "employment_assistance"  # the aim (促就业), not the means
    assert "爱心早餐" not in inst  # a 、-sibling practice (职工书屋) is not its kind
