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


# -- fourth pass: themes, generic phrases, union accounts, coinages, selected titles -------------
def _find(text, names, region=True):
    ex = default_extractor()
    rn = ex._honor_region(None) if region else None
    return [b.name for b in find_brands(text, *names, region_name=rn)]


@pytest.mark.parametrize("text,phrase", [
    ("举办“书香润心田”主题征文活动。", "书香润心田"),  # “X”主题…: the theme of an activity
    ("以“匠心逐梦”为主题，举办技能比武。", "匠心逐梦"),
    ("开展“展巾帼风采•建岗位新功”系列活动。", "展巾帼风采•建岗位新功"),  # parallel exhortations
    ("开展“讲好工会故事 传播工会声音”宣讲活动。", "讲好工会故事 传播工会声音"),  # clauses joined by a space
    ("持续开展“农民工关爱行动”，走访慰问2000人。", "农民工关爱行动"),  # beneficiary + care verb + noun
    ("开展“关爱困难职工专项行动”。", "关爱困难职工专项行动"),
    ("建设一批“暖心角”和职工活动中心。", "暖心角"),  # the noun after 和 belongs to the other conjunct
    ("建立“法院+工会+人社”联动机制。", "法院+工会+人社"),
    ("落实“一企一策”帮扶措施。", "一企一策"),
    ("选树“湖南省技术能手”50名。", "湖南省技术能手"),  # an honour title, not a programme
    ("大力弘扬“工匠精神”，开展宣讲活动。", "工匠精神"),  # an ideal
    ("推动基层工会“应建尽建”，开展建会行动。", "应建尽建"),  # a working principle
    ("坚持“先服务后入会”模式。", "先服务后入会"),
    ("开展“安全生产月”活动。", "安全生产月"),  # a national campaign of another body
    ("开展“颂歌献给党”歌咏活动。", "颂歌献给党"),
])
def test_themes_generic_phrases_and_accounts_are_not_brands(text, phrase, names):
    assert phrase not in _find(text, names)


@pytest.mark.parametrize("text,brand", [
    ("推广“南宁工会”App，方便会员办事。", "南宁工会"),  # an app named after the union is a product
    ("首创“检察+工会”协作模式，化解纠纷。", "检察+工会"),  # a pair the text says it coined
    ("推出“一镇一品”展销活动。", "一镇一品"),  # a one-per-unit scheme it launched
    ("打造“湘工”服务品牌。", "湘工"),  # province abbreviation + 工, called a 品牌
    ("组织开展“送法进企业”、法律咨询、普法讲座等系列服务活动。", "送法进企业"),  # quoted item of a programme list
    ("落实工会会员创业担保贷款（湘工贷）政策。", "湘工贷"),  # a coinage in brackets
    ("评选“宁波市金牌工人”100名。", "宁波市金牌工人"),  # a region's title the text says was selected
    ("开展以传帮带为主要内容的蓝青工程、岗位练兵等活动。", "蓝青工程"),  # an unquoted coined 工程
    ("承办“沪昆高铁建设”和某集团“安全生产零事故”两项竞赛。", "沪昆高铁建设"),  # a counted pair
    ("成立“蓝领先锋”，吸纳技术骨干50人。", "蓝领先锋"),  # something set up under that name
    ("举办“书香滇工”职工读书会12场。", "书香滇工"),
    ("开展“一瓶水•传递爱”公益活动。", "一瓶水•传递爱"),  # a named thing in one part: not a theme
    ("开展“致敬劳动者•五一促消费”活动。", "致敬劳动者•五一促消费"),
    ("深入实施“劳模引领行动”。", "劳模引领行动"),  # no care verb: not a generic phrase
])
def test_new_brand_cues(text, brand, names):
    assert brand in _find(text, names)


def test_union_named_accounts_and_titles_in_document_names_count(names):
    # audited gold: a platform or account named after the union is a named product, and a craftsman
    # title counts where a document title names it
    assert "南宁工会" in _find("开通“南宁工会”微信公众号，推送信息500条。", names)
    assert "拉萨工会" in _find("设立“拉萨工会”AAA公众号，发布推送各类法律法规", names)  # dev 14
    assert _find("印发《深圳工匠评选管理办法》。", names) == ["深圳工匠"]


def test_region_prefixed_studio_alliance_is_a_brand():
    from loaders.pipeline import process_text

    f = process_text("十堰市总工会工作报告\n　　成立十堰市劳模工匠创新工作室联盟，搭建工匠交流合作平台。\n", "t.txt").fragments[0]
    assert "十堰市劳模工匠创新工作室联盟" in {n.name for n in f.nodes}  # dev 17
    f = process_text("柳州市总工会工作报告\n　　成立柳州市劳模工匠创新工作室联盟。\n", "t.txt").fragments[0]
    assert "柳州市劳模工匠创新工作室联盟" in {n.name for n in f.nodes}


# the same rules on dev-report sentences (never held-out ones)
@pytest.mark.parametrize("text,phrase", [
    ("省总工会组织百名劳模开展“忆往昔岁月•看今朝变化”学习体验活动，听身边故事", "忆往昔岁月•看今朝变化"),
    ("有效渠道和工作品牌，通过“线上线下融合、集中受理办理”模式，以数字化、智能化方式", "线上线下融合、集中受理办理"),
    ("建设一批服务职工“微阵地”和服务职工综合体，新建户外职工爱心驿站100个", "微阵地"),
    ("三是持续开展“职工关爱行动”。开展以“安康杯”竞赛为载体", "职工关爱行动"),
])
def test_dev_sentences_not_brands(text, phrase, names):
    assert phrase not in _find(text, names)


@pytest.mark.parametrize("text,brand", [
    ("首创“媒体+工会”共同监督模式，摸排、督办拖欠职工工资问题", "媒体+工会"),
    ("聚焦“皖之要事”，打造“皖工”品牌。", "皖工"),
    ("组织开展“春暖农民工”、健康体检、送意外伤害保险等系列关爱行动，认真做好工会会员小额担保贷款（鄂工贷）工作", "春暖农民工"),
    ("组织开展“春暖农民工”、健康体检、送意外伤害保险等系列关爱行动，认真做好工会会员小额担保贷款（鄂工贷）工作", "鄂工贷"),
    ("推出“一县一品”工会专场直播、“珠遵联动助力乡村振兴”等行动；", "一县一品"),
    ("持续开展“名师带高徒”活动，评选“泉州市好师傅”700名。", "泉州市好师傅"),
    ("以提高教职工业务素质为主要内容的青蓝工程、师徒结对“传帮带”“岗位练兵”和业务培训活动", "青蓝工程"),
    ("“陇东多能互补能源基地建设”和长庆油田公司“岗位建功十四五油气跨越6800”两项竞赛", "陇东多能互补能源基地建设"),
])
def test_dev_sentences_brands(text, brand, names):
    assert brand in _find(text, names)


def _links(text):
    from loaders.pipeline import process_text
    from schema import Rel

    f = process_text("柳州市总工会工作报告\n　　" + text + "\n", "t.txt").fragments[0]
    nodes = {n.id: n for n in f.nodes}
    brands = {n.name for n in f.nodes if n.label.value == "Brand"}
    return brands, {nodes[r.source].name: r.target.split(":", 1)[1] for r in f.relations if r.type is Rel.INSTANCE_OF}


def test_platform_noun_after_the_name_outranks_a_later_practice():
    brands, inst = _links("推广“柳工惠购”App助力消费帮扶。")
    assert inst["柳工惠购"] == "smart_union"
    assert _links("推广“陕西工会”App助力消费扶贫，上报B端产品647个。")[1]["陕西工会"] == "smart_union"  # dev 20


def test_quote_run_siblings_are_not_the_kind_and_endings_decide():
    _, inst = _links("上线“柳工惠”、网上“技能学堂”“码上入会”等应用。")
    assert inst["技能学堂"] == "worker_skills_training"  # its ending, not the sibling 码上入会
    _, inst = _links("“皖工惠”、网上“五一学堂”“码上入会”、云端招聘等应用全面推进。")  # dev 8
    assert inst["五一学堂"] == "worker_skills_training"


def test_the_next_clause_states_what_the_brand_is_for():
    assert _links("建立“蓝盾护薪”工作机制，追讨欠薪300万元。")[1]["蓝盾护薪"] == "wage_arrears"
    assert _links("首创“媒体+工会”共同监督模式，摸排、督办拖欠职工工资问题。")[1]["媒体+工会"] == "wage_arrears"  # dev 2


def test_new_endings_and_keywords():
    _, inst = _links("设立“柳州劳模展示馆”，推广“柳工e家”。依托“红色驿站”开展宣讲。")
    assert inst == {"柳州劳模展示馆": "patriotic_education_base", "柳工e家": "smart_union",
                    "红色驿站": "political_theory_study"}
    from loaders.extract.brands import tail_practice

    assert tail_practice("春暖农民工") is None  # 农民工 alone does not mean organizing them


def test_a_name_longer_than_the_practice_inside_it_stays_a_brand():
    brands, inst = _links("推出“柳桂联动助力乡村振兴”等行动。")
    assert inst.get("柳桂联动助力乡村振兴") == "rural_revitalization"
    brands, _ = _links("推出“珠遵联动助力乡村振兴”等行动；")  # dev 19
    assert "珠遵联动助力乡村振兴" in brands


def test_a_clause_that_starts_another_action_does_not_link():
    _, inst = _links("实施“蓝盾护薪”行动，开展职工职业技能竞赛。")
    assert inst.get("蓝盾护薪") != "vocational_skill_contest"
    _, inst = _links("持续实施“数字工匠赋能提升”行动，开展职工职业技能竞赛和“六比一创”劳动竞赛活动。")  # dev 26
    assert inst.get("数字工匠赋能提升") != "vocational_skill_contest"


def test_national_models_are_not_local_brands(names):
    assert _find("学习推广“新时代枫桥经验”，化解劳动纠纷。", names) == []


@pytest.mark.parametrize("text,phrase", [
    ("开展“元旦春节”送温暖活动，慰问困难职工。", "元旦春节"),  # a date, not a programme
    ("评选“十佳职工”20名，开展宣传活动。", "十佳职工"),  # an honour title
    ("开展“文明职工”评选活动。", "文明职工"),
    ("心怀“国之大者”，服务发展大局。", "国之大者"),  # a political formula
])
def test_dates_honours_and_formulas_are_not_brands(text, phrase, names):
    assert phrase not in _find(text, names)


def test_theme_map_is_not_fooled_by_reused_ids():
    # theme_map once cached by id() of temporary sets, so a freed set's id could return another
    # practice's themes; local variants then lost their practice
    from loaders.extract.brands import _theme_prefixes, theme_practice

    ex = default_extractor()
    assert theme_practice("网聚职工正能量争做兵团好网民", ex._themes) == "online_positive_energy"
    assert theme_practice("中国梦•劳动美•安徽篇章", ex._themes) == "china_dream_labor_beauty"
    for _ in range(50):
        assert _theme_prefixes(frozenset({"甲乙丙丁戊•己"})) != _theme_prefixes(frozenset({"庚辛壬癸子•丑"}))


@pytest.mark.parametrize("text,brand", [
    ("“爱心茶叙”“职工心理咨询室”覆盖全市学校。", "职工心理咨询室"),  # facility endings mark a name
    ("“爱心茶叙”“职工心理咨询室”覆盖全市学校。", "爱心茶叙"),
    ("“温馨小屋”“阳光茶叙”“老师心理咨询室”五年来，昌吉州教育工会累计投入130余万元", "阳光茶叙"),  # dev 29
    ("全面推行“蓝青工程”，结对新教师200对。", "蓝青工程"),
])
def test_coined_facility_and_programme_endings(text, brand, names):
    assert brand in _find(text, names)


@pytest.mark.parametrize("text,phrase", [
    ("实施“强基固本工程”，夯实基层基础。", "强基固本工程"),  # a pillar, with its noun inside the quote
    ("助力政府“民生工程”建设。", "民生工程"),  # government programmes in general terms
    ("围绕兵团党委“惠民工程”和“大众创业、万众创新”", "惠民工程"),  # dev 11
])
def test_pillars_and_government_programmes_are_not_brands(text, phrase, names):
    assert phrase not in _find(text, names)


def test_every_linking_vocabulary_id_is_a_taxonomy_practice():
    from loaders.extract.brands import KEYWORD_PRACTICE, TAIL_PRACTICE

    ex = default_extractor()
    unknown = {pid for _, pid in KEYWORD_PRACTICE + TAIL_PRACTICE if pid not in ex.practices.by_id}
    assert not unknown


@pytest.mark.parametrize("name,pid", [
    ("书香滇工", "worker_reading_campaign"), ("骑手暖心", "new_employment_care"), ("蓝盾护薪", "wage_arrears"),
    ("鹊桥有约", "youth_matchmaking"), ("爱在铜城•缘定工会", "youth_matchmaking"),
])
def test_function_words_of_names(name, pid):
    from loaders.extract.brands import tail_practice

    assert tail_practice(name) == pid


def test_a_dotted_name_needs_no_cue_but_a_dotted_theme_stays_out(names):
    assert _find("“榕城暖心•工会驿家”覆盖全市。", names) == ["榕城暖心•工会驿家"]
    assert _find("“喜迎亚运•建功杭城”热潮涌动。", names) == []  # both parts open with a theme verb
    assert _find("“中国梦•劳动美”深入人心。", names) == []  # the national theme is a practice


@pytest.mark.parametrize("text,phrase", [
    ("开展“工会就在你身边”服务活动。", "工会就在你身边"),  # second person: a motto
    ("开展“让职工少跑腿”专项行动。", "让职工少跑腿"),  # a causative sentence
])
def test_addressed_and_causative_sentences_are_mottos(text, phrase, names):
    assert phrase not in _find(text, names)


def test_a_selected_model_title_is_an_honour(names):
    rn = default_extractor()._honor_region(None)
    for text in ("评选“宁波市模范职工之家”30个。", "命名“宁波市示范性职工服务站”20个。"):
        assert all(b.reason != "selected" for b in find_brands(text, *names, region_name=rn))


# --- round 2: rules that generalize beyond the development gold -------------------------------

@pytest.mark.parametrize("text,phrase", [
    ("洛阳市总工会紧扣“健康洛阳”建设，开展职工健步走。", "健康洛阳"),  # a city's campaign: civic word + place
    ("助力“美丽乡村”建设，开展送温暖活动。", "美丽乡村"),
    ("紧扣“健康襄阳”建设目标，团结带领医务职工。", "健康襄阳"),  # synthetic dev 7
])
def test_civic_campaigns_of_a_place_are_not_brands(text, phrase, names):
    assert phrase not in _find(text, names)


@pytest.mark.parametrize("text,phrase", [
    ("按照“10分钟职工服务圈”要求，建成服务站点20个。", "10分钟职工服务圈"),  # a standard the work follows
    ("按照“15分钟服务圈”布局，建成区职工服务中心1个。", "15分钟服务圈"),  # synthetic dev 3
    ("县级工会锚定“五强”建设目标。", "五强"),  # dev 4
])
def test_a_goal_or_standard_is_not_a_brand(text, phrase, names):
    assert phrase not in _find(text, names)
    assert not_brand_reason("十全服务圈", "布局，建成") == "frame"


def test_a_built_service_radius_stays_a_brand(names):
    assert "15分钟职工服务圈" in _find("努力构建城镇“15分钟职工服务圈”；", names)  # dev 17


@pytest.mark.parametrize("text,phrase", [
    ("探索“楼宇工会”“园区工会”建会模式。", "楼宇工会"),  # a kind of union
    ("探索“项目工会”建会模式，在大型工程项目上实现应建尽建。", "项目工会"),  # synthetic dev 5
    ("聚焦改革创新打造“活力工会”。", "活力工会"),  # dev 17: a quality of union
])
def test_kinds_of_union_are_not_brands(text, phrase, names):
    assert phrase not in _find(text, names)


def test_a_place_union_stays_a_brand(names):
    assert _find("推广“洛阳工会”小程序，实现会员服务网上办。", names) == ["洛阳工会"]
    assert _find("推广“陕西工会”App助力消费扶贫。", names) == ["陕西工会"]  # dev 20


def test_the_party_named_in_a_quote_is_political(names):
    assert "唱支山歌给党听" not in _find("举办“唱支山歌给党听”合唱比赛。", names)
    assert not_brand_reason("颂歌献给党") == "political"


def test_a_sentence_like_theme_is_not_a_brand_but_a_coined_noun_before_zhuti_is(names):
    assert _find("举办“礼赞劳动者”主题演讲比赛。", names) == []  # a theme verb
    assert _find("举办“书香润心田”主题征文比赛。", names) == []  # subject + verb + object
    assert _find("举办“劳动者之歌”主题演讲比赛。", names) == ["劳动者之歌"]  # a noun phrase names it
    assert _find("组织“医路芳华”主题演讲比赛，邀请劳模作报告。", names) == ["医路芳华"]  # synthetic dev 7
    assert "奋进中的劳动者" not in _find("通过开展“百名劳模话初心”“奋进中的劳动者”等主题活动", names)  # dev 25


def test_slogans_joined_by_a_dot_are_slogans(names):
    assert _find("“匠心筑梦•技能报国”深入人心。", names) == []
    assert _find("打造“油城匠心•石化先锋”职工文化品牌。", names) == ["油城匠心•石化先锋"]


def test_a_union_word_joined_to_a_place_is_that_place_s_programme(names):
    assert _find("涧西区总工会开展“书香涧西”职工阅读分享会。", names) == ["书香涧西"]  # 涧西 from 涧西区
    assert _find("开展“书香武侯”职工阅读分享会。武侯区总工会", names) == ["书香武侯"]  # synthetic dev 3
    from loaders.extract.brands import _place_coinage, _place_test

    is_place = _place_test("涧西区", default_extractor()._honor_region(None))
    assert _place_coinage("书香涧西", is_place) and not _place_coinage("平安涧西", is_place)


def test_a_union_named_team_unquoted(names):
    text = "涧西区总工会组建由15名律师组成的涧西工会法律服务团，为职工提供法律咨询。"
    assert "涧西工会法律服务团" in _find(text, names)
    assert _links(text)[1]["涧西工会法律服务团"] == "legal_aid"
    assert all("服务团" not in b for b in _find("组建由律师组成的工会法律服务团。", names))  # no place: no name


def test_an_unquoted_gong_pun_set_up_as_a_team(names):
    assert "浙里工讲" in _find("组建浙里工讲职工宣讲团，深入企业车间开展集中宣讲。", names)  # synthetic dev 1
    assert "茂里工说" in _find("成立茂里工说职工宣讲团。", names)
    assert _find("组建劳模工匠宣讲团，深入企业宣讲。", names) == []  # ordinary words around 工
    assert _find("组建员工之家服务队。", names) == []


def test_a_national_theme_with_a_local_subtitle_is_a_local_variant(names):
    got = _find("深入开展“中国梦•劳动美——石化好声音”主题宣传教育。", names)
    assert got == ["中国梦•劳动美——石化好声音"]
    assert _links("深入开展“中国梦•劳动美——奋进共富路”主题教育。")[1] == {
        "中国梦•劳动美——奋进共富路": "china_dream_labor_beauty"}  # synthetic dev 1: 奋进 alone is not political
    assert _find("广泛开展“中国梦•劳动美——永远跟党走”主题宣传。", names) == []  # dev 14: a political subtitle


@pytest.mark.parametrize("text,brand,pid", [
    ("打造“油城暖心”驿站，为户外劳动者提供歇脚场所。", "油城暖心", "outdoor_worker_station"),  # the noun after
    ("组建“河洛工匠讲”宣讲团，进企业宣讲30场。", "河洛工匠讲", "model_worker_lecture"),  # who speaks
    ("区总工会组建“武侯工匠说”宣讲队，邀请劳模工匠进企业宣讲42场。", "武侯工匠说", "model_worker_lecture"),  # syn dev 3
    ("依托“石化工声”融媒体平台，宣传劳模事迹。", "石化工声", "union_new_media"),  # a media outlet after
    ("依托“海员之声”融媒体平台，打造行业工会新媒体矩阵。", "海员之声", "union_new_media"),  # synthetic dev 5
    ("通过“职工微讲堂”学习党的二十大精神。", "职工微讲堂", "political_theory_study"),  # what its sentence learns
    ("通过“职工微讲堂”开展技能培训20期。", "职工微讲堂", "worker_skills_training"),
    ("推出“茂工惠”小程序，为会员提供普惠服务。", "茂工惠", "inclusive_service"),  # the service it provides
    ("推出“茂工惠”小程序，职工一键入会。", "茂工惠", "smart_union"),
    ("温州市总工会推出“瓯越工惠”小程序，为会员提供线上普惠服务。", "瓯越工惠", "inclusive_service"),  # syn dev 1
])
def test_round_two_linking(text, brand, pid):
    assert _links(text)[1].get(brand) == pid


def test_an_invitation_starts_another_action():
    _, inst = _links("组织“医路芳华”主题演讲比赛，邀请全国劳动模范作先进事迹报告会。")
    assert inst.get("医路芳华") is None


@pytest.mark.parametrize("text,phrase", [
    ("开展“高质量发展”劳动竞赛。", "高质量发展"),  # a national policy goal (lexicon)
    ("推进“教育强区”建设。", "教育强区"),  # a government's goal for its area
    ("开展“青年文明号”创建活动。", "青年文明号"),  # an honour title
])
def test_policy_goals_and_titles_are_not_brands(text, phrase, names):
    assert phrase not in _find(text, names)


def test_a_regional_nickname_union_is_a_place_s_own(names):
    # 北疆 is no gazetteer name, but jieba names it a place: not an ordinary kind of union
    assert _find("依托“北疆工会”微信公众号，推送工会新闻。", names) == ["北疆工会"]
    assert _links("依托“北疆工会”微信公众号，推送工会新闻。")[1]["北疆工会"] == "union_new_media"


def test_craftsmen_as_a_lecture_team_and_gold_medal_titles(names):
    assert _links("组建“石化工匠”宣讲团，深入班组宣讲。")[1]["石化工匠"] == "model_worker_lecture"
    assert "金牌工人" not in _find("开展“金牌工人”评选，选树技术能手。", names)  # a title, like 首席技师 (dev 1)
