"""People introduced without a role word next to the name (rules 6-14 of loaders/extract/people.py).

Each rule has a sentence written for the test and, where one exists, a sentence from a
development report; the held-out reports are never used."""
from pathlib import Path

from loaders.extract.people import _name_lists, _tibetan, find_people, is_name
from loaders.pipeline import process_text
from schema import Label

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


def names(text):
    return [p.name for p in find_people(text)]


def test_exemplar_and_list_governors():
    assert names("五年来，全省涌现出了孙国强、卢玉芬、郑晓东等一大批先进典型。") == ["孙国强", "卢玉芬", "郑晓东"]
    assert names("培育了以邵建华为代表的一批高技能人才。") == ["邵建华"]
    assert names("如汤宏伟、黎秀英等劳模工匠走进车间宣讲。") == ["汤宏伟", "黎秀英"]
    assert names("柴文斌、韦丽萍、沈国栋3名同志荣获全国五一劳动奖章。") == ["柴文斌", "韦丽萍", "沈国栋"]
    # development report 20: a head count after the name
    assert names("工人先锋号4个；杨步浩等6人荣获“最美劳动者”称号") == ["杨步浩"]


def test_three_names_in_a_row_need_no_governor():
    assert names("省总工会先后推荐孙国强、卢玉芬、郑晓东、洪建军为全国劳动模范。") == ["孙国强", "卢玉芬", "郑晓东", "洪建军"]
    # development report 4
    got = [n for _, _, n in _name_lists("推荐评选韩木海买、韩玉龙、冶则乃拜、马青云等优秀拉面从业人员")]
    assert got == ["韩木海买", "韩玉龙", "冶则乃拜", "马青云"]
    # places, programmes and work areas are lists too, but not of names
    assert names("北京、上海、广州、深圳等地工会代表参加交流。") == []
    assert names("春送岗位、夏送清凉、金秋助学、冬送温暖等活动深入开展。") == []
    assert names("全省安全生产、职业健康、劳动保护工作持续加强。") == []


def test_comrade_deeds_and_studios_mark_a_name_whatever_precedes_it():
    assert names("广泛宣传庞志远同志的先进事迹。") == ["庞志远"]
    assert names("依托葛玉兰劳模创新工作室开展师带徒活动。") == ["葛玉兰"]
    assert names("建成覃海波技能大师工作室12个。") == ["覃海波"]  # 建成 is a word: not 成覃海
    assert names("全市职工向王进同志学习。") == ["王进"]  # 向 is a preposition here
    assert names("会上，于海波说，工会帮了大忙。") == ["于海波"]  # and 于 a surname there
    assert names("在葛玉兰的带领下，班组攻克技术难题20余项。") == ["葛玉兰"]


def test_reported_speech_and_profiles():
    assert names("据熊立军介绍，该驿站全年服务户外劳动者3万人次。") == ["熊立军"]
    assert names("来自建筑工地的蒋德明说：“工会就是我们的娘家。”") == ["蒋德明"]
    assert names("说起工会的帮助，卢玉芬深有体会地说，“工会就是家”。") == ["卢玉芬"]
    assert names("何晓光，男，汉族，1978年出生，中共党员。") == ["何晓光"]
    assert names("黎秀英（右二）在向职工讲解操作要领。") == ["黎秀英"]
    assert names("今年52岁的覃海波，是一名有着30年工龄的电焊工。") == ["覃海波"]
    assert names("柴文斌扎根矿山一线28年，先后完成技术革新40余项。") == ["柴文斌"]
    assert names("会上，魏国平作了题为《扎根一线》的事迹报告。") == ["魏国平"]  # 魏国 is a place word


def test_titles_after_the_name_and_units_before_it():
    assert names("大会上，魏长青副主席作了工作报告。") == ["魏长青"]  # 长 admitted after a title
    assert names("国网某某供电公司邵建华、某某煤矿蒋德明荣获全国五一劳动奖章。") == ["邵建华", "蒋德明"]
    assert names("进一步优化了干部队伍结构。") == []  # 队 is part of 队伍, no unit
    assert names("该公司严格落实安全责任，中心城区服务站点全覆盖。") == []


def test_role_words_in_quotes_and_any_verb_after_a_role():
    assert names("“大国工匠”庞志远带领团队攻克难题。") == ["庞志远"]
    assert names("全国三八红旗手韦丽萍、时代楷模沈国栋走进企业宣讲。") == ["韦丽萍", "沈国栋"]
    assert names("持续做好劳模管理服务工作。") == []  # 管理服|务工: the name would end inside a word


def test_minority_names_without_a_surname_lexicon():
    assert names("会上，阿卜杜·热合曼发言。") == ["阿卜杜·热合曼"]
    assert names("买买提·吐尔逊说：“感谢工会。”") == ["买买提·吐尔逊"]
    assert names("牧民次仁多吉带领合作社增收。") == ["次仁多吉"]
    assert names("中国梦•劳动美主题教育深入开展。") == []  # a dotted theme is no name
    # development report 14
    assert _tibetan("自治区党委常委、市委书记普布顿珠亲临市总工会调研") == [(12, 16, "普布顿珠")]


def test_forms_of_address_and_formulas_are_not_people():
    for w in ("谭经理", "王大姐", "刘阿姨", "李姐", "王总"):
        assert not is_name(w), w
    assert names("“有困难找工会。”谭经理说。陈师傅和王大姐也表示同意。") == []
    assert names("深入学习贯彻习近平同志关于工人阶级和工会工作的重要论述。") == []
    assert names("全省共涌现出全国劳动模范和先进  工作者84名。") == []  # 和 joins two role words


def test_fixture_report_people():
    res = process_text((FIXTURES / "lanxi.txt").read_text(encoding="utf-8"), "lanxi.txt")
    people = sorted(n.name for n in res.fragments[0].nodes if n.label is Label.PERSON)
    assert people == sorted([
        "孙国强", "卢玉芬", "郑晓东", "邵建华", "柴文斌", "韦丽萍", "沈国栋", "洪建军", "覃海波", "蒋德明", "庞志远",
        "葛玉兰", "汤宏伟", "黎秀英", "魏国平", "熊立军", "章明远", "次仁多吉", "阿卜杜·热合曼"])


def test_clause_opening_names_need_a_name_like_given_part():
    assert names("在全国职业技能大赛上，蓝启宇一举夺得焊接项目金牌。") == ["蓝启宇"]
    assert names("姚立波至今还记得第一次走进职工书屋的情景。") == ["姚立波"]
    assert names("戴红梅是一名普通的环卫工人，每天凌晨4点就开始工作。") == ["戴红梅"]  # 红梅 is a word and a name
    assert names("坚持高标准推进，全方位提升服务，常态化开展慰问，曾多次荣获全国先进。") == []
    assert names("余下的资金全部用于帮扶，和谐稳定局面持续巩固，严格落实安全责任。") == []


def test_role_word_inside_a_longer_word_and_name_glued_to_a_verb():
    assert names("开始大胆地把老师傅教的传统手工焊接技术用起来。") == []  # development report 26: 老师|傅
    assert names("省委副书记孔德胜出席会议并讲话。") == ["孔德胜"]  # not 孔德|胜出
    assert names("市总工会主席邓丽君、副主席冯建国看望慰问了一线职工。") == ["邓丽君", "冯建国"]


def test_more_list_shapes():
    assert names("温立新、钟华、傅国庆当选为市总工会副主席。") == ["温立新", "钟华", "傅国庆"]
    assert names("常文杰、鲍丽娟夫妇双双获得“最美家庭”称号。") == ["常文杰", "鲍丽娟"]
    assert names("以全国劳模雷振华、省劳模邱小梅为代表的一批劳模工匠活跃在一线。") == ["雷振华", "邱小梅"]
    assert names("他叫卓远航，是一名快递员。") == ["卓远航"]
    assert names("大会选举章明远为市总工会主席。") == ["章明远"]
    assert names("会上，蒋德明（全国劳动模范）发言。") == ["蒋德明"]
    # place and unit lists ending in 等地/等单位 are no people
    assert names("全面推行职工代表大会制度，邵阳、常德、岳阳等地建立工会服务站。") == []
    assert names("安顺、毕节、铜仁、黔东南等地工会，华电、国电、大唐、华能等企业工会参加。") == []


def test_one_character_verbs_and_nomination_words():
    assert names("全国劳模易建军为学生上了一堂生动的思政课。") == ["易建军"]
    assert names("市委书记邹立明对工会工作作出批示。") == ["邹立明"]
    assert names("2022年，以车辉命名的劳模创新工作室获评全国示范性劳模创新工作室。") == ["车辉"]
    assert names("聂海燕、龚志刚分别荣获全国五一巾帼标兵和全国五一劳动奖章。") == ["聂海燕", "龚志刚"]
    assert names("在工会的帮助下，俞彩霞开了一家面馆。") == ["俞彩霞"]
    assert names("这位名叫郝建新的快递员，每天要派送300多件快递。") == ["郝建新"]
    assert names("全市为职工办实事，职工向工会反映诉求，代表向全体会员报告工作，工匠对徒弟倾囊相授。") == []


def test_bylines_and_kinship_forms_are_not_people():
    assert names("本报讯（记者庞志远 通讯员卢玉芬）近日，李奶奶和王大伯来到驿站。") == []
    assert not is_name("李奶奶") and not is_name("王师父")


def test_dotted_words_are_not_names():
    assert names("打造“美丽·阳光”职工之家，开展“天山·和田”职工文化交流。") == []


def test_lists_of_places_are_not_people():
    assert names("石阡、印江、万山等地工会，石阡、印江、万山县工会。推荐孙国强、卢玉芬、郑晓东为劳模。") == [
        "孙国强", "卢玉芬", "郑晓东"]
