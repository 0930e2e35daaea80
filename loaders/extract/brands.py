"""Brands: local named programmes (“一瓶水•传递爱”, “川工之家”, 济南工匠, “工惠购”), told apart from slogans.

A brand is the proper name of a local programme, campaign, service product,
platform, facility or model (conventions: eval/README.md).  Reports quote many
other things, so a quoted name goes through three tiers (:func:`classify`):

0. ``local variant`` -- a national theme with a local suffix is a brand of that
   theme's practice (中国梦•劳动美•安徽篇章, 网聚职工正能量争做兵团好网民); the
   theme itself is a practice, never a brand.

1. HARD rules: never a brand (:func:`not_brand_reason`, the first that fires):

* ``lexicon``   -- a political formula / motto of loaders/lexicon/slogans.txt (两个维护, 急难愁盼).
* ``political`` -- a political keyword (习近平, 党, 初心, 二十大, 新征程, 新时代 ...; not 奋进 alone).
* ``number``    -- a number formula: numeral + classifier (五个坚决, 三大工程, 四个意识), numeral +
                   one character (三性, 四化), numerals only (十四五, 十百千), digit formulas
                   (1+17+N+X, 24小时…), or a repeated numeral (六讲六进, 四联四包, 两性两化).
* ``formula``   -- an A+B mechanism formula (法院+工会+人社, 互联网+) unless a coined name.
* ``motto``     -- three or more parallel clauses (走一线、亮身份、访职工、办实事), a sentence
                   (with ，。！？), or first/second person / exhortation (我, 咱们, 争当, 有你有我, 你, 您) or a
                   causative sentence (让职工少跑腿, 把…).
* ``practice``  -- a taxonomy practice name (安康杯, 会站家), an honor title (工人先锋号) or an
                   honor-like name (先进…/优秀…/…先进单位).
* ``motto``     -- also an ideal (…精神, …理念: 工匠精神) and a working principle (应建尽建, 先服务后入会,
                   边学边干).
* ``generic``   -- a beneficiary + care verb + programme noun in either order (职工关爱行动, 关爱困难职工
                   专项行动): a description every union could write (loaders/lexicon/generic_phrases.toml).
* ``theme``     -- the theme of an activity: sentence-like and followed by (等)主题 / 为主题 (“礼赞劳动者”主题活动,
                   以“X”为主题; a coined noun before 主题 is a name: “医路芳华”主题演讲比赛), or
                   parallel clauses that each open with a theme verb (忆往昔岁月•看今朝变化, 建设新平凉•展示
                   新风采; generic_phrases.toml).  A brand names a thing in at least one part (一瓶水•传递爱).
* ``word``      -- an ordinary word: two characters or fewer (有形), a word of jieba's dictionary
                   used as a generic word list (建功立业, 一站式), a short descriptive form
                   (清单式, 深化年), an adjective + 工会 (活力工会), 温馨/温暖 + noun, or a modifier
                   (“指尖上”的).

   ``practice`` also covers honour-like titles (最美…, …文明岗, …之星, …技术能手, …状元); the
   lexicon also lists generic national slogans and other bodies' campaigns (劳动最光荣, 安全生产月).

2. SOFT forms: a brand only with a cue (below): names with a numeral (三师一室 vs 三会一课),
   two parallel clauses (抗疫有你•关爱有我), names ending in 工会 (“长春工会”小程序), A+B names,
   a province abbreviation + 工 of two characters (“皖工”品牌).
   * two clauses joined by 、 ， or a space (劳动创造幸福、实干成就伟业) are a ``theme`` unless the
     text calls them a 品牌 right after: brands join their parts with • (一瓶水•传递爱).
   * an A+B pair after a naming verb (首创“媒体+工会”监督模式) and 一X一Y after a naming verb (推出“一县
     一品”) are brands; longer formulas and 一企一策 without such a verb stay formulas.

3. Everything else needs a cue as well (a quote alone marks emphasis as often as a name).

Cues (:func:`brand_reason`):

* ``branded``   -- called a 品牌/工程/行动 within a few characters after the quote, also after a
                   run of quotes (“春风送岗”“情系新业态”等工作品牌), or the object of a brand verb
                   (打造/推出/叫响/擦亮/创建/首创/培育/开通/上线/探索 ...).
* ``program``   -- followed by a programme noun (行动, 平台, 驿站, 小程序, APP, 服务队, 活动,
                   项目, 模式, 政策, 交友 ...), or by 建设, or a list ending in 等平台/等品牌.
* ``coined``    -- the name ends in a programme noun (之家, 驿站, 家园, 杯, 字号, 服务圈, 行动,
                   中心, 模式, 工匠 ...) or is a 工-coinage (川工之家, 皖工惠, 工惠购, 工益+).
* ``craftsman`` -- (unquoted too) a region's craftsman title: 济南工匠, 大庆工匠.
* ``listed``    -- (unquoted) an item of a 、-list the text calls brands (…、高原氧吧等品牌工作;
                   巩固车城工匠、职工双创等传统品牌), unless a practice name or a slogan.
* ``institution`` -- (unquoted) a place-prefixed 劳模工匠学院/工匠学院/惠工中心/创新工作室联盟 name
                   (延安南泥湾劳模工匠学院, 曲靖经开区惠工中心), kept even where a practice alias covers
                   most of it (十堰市劳模工匠创新工作室联盟: the place makes it that place's own).
* ``listed`` (quoted) -- the quoted first item of a 、-list summed up as programmes (“春暖农民工”、健康
                   体检、送意外伤害保险等系列关爱行动); a 主题 list is not.
* ``program``   -- also after a set-up verb (成立/启动/组建/设立/建成/推广“X”) and before more programme
                   nouns (工作法, 比武, 读书会, 文化节, 专列, 基地, 联盟 …).  A cue after the quote does not
                   count when the quote is a conjunct (“微阵地”和服务职工综合体: the noun is the other's).
* ``dotted``    -- two short parts joined by • that no rule rejects (爽爽贵阳•劳动者驿站): the middle dot
                   is how reports set a coined name; themes in that form are caught by ``theme``.
* counted pair  -- “A”和<org>“B”两项竞赛: both quotes share the counted noun after the second.
* ``alias``     -- (unquoted) a province coinage in brackets after the programme it names: 小额担保
                   贷款（鄂工贷）.
* ``selected``  -- a region-prefixed title the text says was selected (评选“泉州市好师傅”700名), unless an
                   honour head (…能手, …状元, …标兵, …之星).
* ``coined`` (unquoted) -- a two-character non-word + 工程 set off as a list item (…的青蓝工程、).
* ``coined`` endings also include facilities and products (…咨询室, …茶叙, …氧吧, …小站, …工程, …平台,
                   …App, …大赛, …文化节, …基金); government programmes in general terms (惠民工程, 民生
                   工程) are in the slogan lexicon, and a pillar with its noun inside the quote (强基固本
                   工程) is a motto like “凝心铸魂”工程.

Slogan rule added: a four-character verb-object + verb-object parallel (凝心铸魂, 强基赋能) is a
motto even when called a 工程 (programme pillars, not brand names).

Third-pass rules: a four-character name of two dictionary verbs (结对共建, 返岗复工, 关爱服务), a verb +
object (上讲台), a chain of 3-character verb-objects sharing a character (下基层察民情解民忧暖民心), a
counted item name right after its enumeration (塑心、聚心、暖心、知心“四心行动”) and a 杯 the text says
was won (获得“昆仑杯”优质工程) are not brands.  A quote “A——B” is read as head and tail (:func:`_dash_names`);
a run of quotes shares the brand verb before it; a 、-list called 等…服务品牌 lists brands.

Round-2 rules (generalizing beyond the development gold; each has its guard):

* ``campaign`` -- a civic word + a place of the report, in either order (健康襄阳, 平安洛阳, 美丽乡村;
  generic_phrases.toml ``civic_campaigns``): another body's campaign.  Guard: not when called a 品牌.
* ``frame``    -- a quote followed by (建设)目标/布局/标准/要求/理念/思路/原则 (“健康襄阳”建设目标, 按照
  “15分钟服务圈”布局): a goal or standard the work follows.  Built things (构建“15分钟职工服务圈”) stay.
* ``word``     -- X工会 of a kind or quality of union (项目工会, 楼宇工会, 活力工会; ``union_kinds``) or, with
  places known, of an ordinary dictionary word (jieba tag n/a/v …) that is no place.  Guard: a place's 工会
  (洛阳工会) is a brand, and so is one jieba names as a place the gazetteer lacks (北疆工会).
* ``political`` -- any quote naming the Party (党: 唱支山歌给党听); 奋进 alone is no longer political
  (奋进共富路), its formulas still are (奋进新征程: 新征程).
* ``lexicon``  -- slogans of the lexicon joined by a dot (匠心筑梦•技能报国); the lexicon also lists national
  policy goals (高质量发展, 减污降碳), and a two-character field + 强 + area (教育强区) is a ``campaign``.
* ``practice`` -- honour-like heads now include 金牌…/首席… (金牌工人, 首席技师) and …文明号 (青年文明号).
* ``theme``    -- before (等)主题 only when sentence-like (a theme verb first, a verb by jieba's tagger, a
  subject + one-character verb + object, or clauses: 礼赞劳动者, 书香润心田, 奋进中的劳动者); a coined
  noun phrase before 主题 is a name (“医路芳华”主题演讲比赛) and takes the activity noun as its cue
  (比赛, 演讲, 分享会, 报告会 … were added to the cues).
* ``local variant`` -- a national theme + “——” + a subtitle that no HARD rule rejects and that is not
  political (中国梦•劳动美——奋进共富路); ——永远跟党走 is the year's national slogan.
* ``coined`` (place) -- a union programme word (:data:`KEYWORD_PRACTICE`, or 工 + one character) joined to a
  place of the report (书香武侯, 工助龙江).  A place is a gazetteer province/prefecture name or short form,
  or the stem of a county name the text writes in full (武侯 from 武侯区).  Civic words are excluded.
* ``team`` (unquoted) -- a place + 工会 + a function + a team noun (武侯工会法律服务团).  Guard: the place is
  the report's, and no verb or conjunction in the function part.
* ``coined`` (unquoted 工-pun) -- after a set-up verb, four characters with 工 inside, set up as a team or
  station (组建浙里工讲职工宣讲团).  Guard: neither 工-bigram nor the whole is a dictionary word (劳模工匠,
  员工之家 are not puns).

Round-2 linking (loaders/pipeline.py): model workers or craftsmen as the speakers of a name (武侯工匠说,
河洛工匠讲, or craftsmen with a 宣讲团 right after: “石化工匠”宣讲团) -> model_worker_lecture before the noun
after it; a media outlet after the name (融媒体平台,
公众号) -> union_new_media; a platform that says which service it provides (小程序，为会员提供普惠服务)
-> that service, else smart_union; a learning venue (…课堂/学堂/讲堂) with no subject in its name takes
its sentence's subject (政治/理论/精神 -> political_theory_study, 法律 -> legal_publicity, 技能 -> skills);
the name's ending is read with the programme noun right after it (“禾工暖心”驿站 -> outdoor_worker_station);
an invitation (邀请) starts another action, so the next clause no longer links.

Linking: the aim a name states (技能培训促就业行动 -> employment_assistance) comes first; a function keyword in the name (维权, 枫桥, 就业 …) outranks a generic ending
(工会维权驿站 -> legal_aid), and the programme noun phrase right after the name counts too
(“三师一室”维权模式 -> legal_aid).

A brand is an INSTANCE_OF the practice named inside it, the platform noun right after it
(“陕西工会”App -> smart_union), a practice right after it, implied by its ending or a keyword
(:data:`TAIL_PRACTICE`, :data:`KEYWORD_PRACTICE`: …展示馆, …e家, …学堂, 红色…), else the nearest
practice in its clause that is not a sibling (an item of the same 、-list or quote run: 网上“五一学堂”
“码上入会”), else one in the next comma clause (首创“媒体+工会”监督模式，督办拖欠职工工资问题); a clause
of siblings only gives none; otherwise the paragraph topic or heading (loaders/pipeline.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from loaders.extract.base import CJK, common_words, lexicon_lines, lexicon_toml, verb_words

_QUOTE = re.compile(r"[“\"「](?P<name>[^”\"」“\n]{2,28})[”\"」]")
_NUMERAL = "一二三四五六七八九十百千万两双"
_NUMBER_FORMULA = re.compile(
    rf"^(?:[{_NUMERAL}\d]+(?:个|大|项|型|心|有|条|化|好|支|种|类|张|字|进|送|到|争|比|小|不|强|新|联|员|帮|服务|级|星|年|性|师|方|创|建|讲|下|减|委|季)"
    rf"|[{_NUMERAL}]{{2,4}}$|.*\d+\s*[+＋]|.*[{_NUMERAL}]+五$)"
)
_POLITICAL = re.compile(
    # 党 alone: any quote naming the Party is a political formula or theme (跟党走, 唱支山歌给党听)
    r"(习近平|党|思想|主义|初心|使命|总书记|新时代|二十大|十九大|十八大|核心|新征程|"
    r"强国|复兴|民族团结|新局|嘱托|祖国|新中国|周年)"
)
_LIST_SEP = re.compile(r"[、，,；•·・—\-]+")
_FIRST_PERSON = re.compile(r"我|咱们|争当|争做|争创|有你|有我|你|您|^(?:让|使|把)[\u4e00-\u9fff]{3,}")
_WARM_WORD = re.compile(r"^(?:温馨|温暖)[{CJK}]{{2}}$".format(CJK=CJK))
_HONORISH = re.compile(r"^(?:先进|优秀|模范|最美|金牌|首席)|(先锋号|劳动奖章|劳动奖状|先进单位|先进个人|先进集体|先进工作者|劳动模范|组织单位|示范单位|称号|红旗手|标兵"
                       r"|文明岗|文明号|先锋岗|示范岗|之星|技术能手|岗位能手|状元|文明单位|文明职工|文明家庭|好家庭)$|^[十百千]佳")
# an ideal or a value (劳模精神, 晋江精神, 以人为本理念): what a programme serves, never its name
# a working principle: 应X尽X / 能X尽X (应建尽建), 先X后Y (先服务后入会), 边X边Y
_PRINCIPLE = re.compile(rf"^(?:[应能]([{CJK}])尽\1|先[{CJK}]{{1,6}}后[{CJK}]{{1,6}}|边[{CJK}]{{1,4}}边[{CJK}]{{1,4}})$")
_IDEAL_END = re.compile(r"(?:精神|理念|思想|品格|品质|情怀)$")
_DESCRIPTIVE_END = re.compile(r"[式型性化年感度味]$")
_THEME_AFTER = re.compile(r"^(?:”)?(?:主题|精神|理念|思路|目标|要求|作用|模式|目标|原则|方针|战略|格局|理论|导向|为主题|为主线|的|是|等(?:方面|问题))")
_PROGRAM_AFTER = re.compile(
    r"^(?:系列|特色|公益|专项|品牌)?(?:工程|行动|计划|项目|平台|驿站|之家|专项|工作室|书屋|课堂|讲堂|学堂|大讲堂|竞赛|大赛|"
    r"比赛|APP|App|小程序|公众号|热线|基金|服务队|宣讲团|服务站|工作站|服务点|直通车|服务季|服务月|公益活动|系列活动|"
    r"志愿服务|品牌|服务品牌|工作品牌|卡|号|工作法|大比武|比武|文化节|艺术节|运动会|读书会|专列|专车|专场|基地|志愿队|小分队|"
    r"宣讲队|服务团|夜校|学校|学院|联盟|集市|嘉年华|套餐|礼包)"
)
_WON_BEFORE = re.compile(r"(?:获得|荣获|获评|获|夺得)$")
_BRANDED_AFTER = re.compile(r"^[^，。；：“”、]{0,8}(?:品牌|工程|行动)")
_SETUP_VERB_BEFORE = re.compile(r"(?:启动|成立|组建|设立|建成|建立|推广|升级)(?:了)?$")
_BRAND_VERB_BEFORE = re.compile(r"(?:打造|推出|叫响|擦亮|创建|创立|创办|首创|培育|开通|上线|开发|推行|打响|唱响|探索)(?:了|出|起|形成了)?$")
_COINED_END = re.compile(r"(?:行动|计划|中心|信用卡|样板|模式|方法|实践|总队|联盟|服务队|展示馆|展览馆|工匠|之家|驿站|家园|小屋|小家|杯|字号|服务圈|e家|课堂|学堂|书屋|讲堂|工作室|服务站|直通车|超市|食堂|港湾|加油站|班组|"
                         r"工程|咨询室|调解室|活动室|服务室|休息室|小站|工作站|氧吧|书吧|茶吧|早餐|午餐|茶叙|工坊|创客坊|"
                         r"志愿队|服务团|艺术团|宣讲团|文化节|艺术节|读书节|大赛|联赛|擂台赛|平台|云平台|APP|App|小程序|基金)$")
_PROVINCE_ABBR = "川皖陇黔赣湘鄂豫晋冀鲁苏浙闽粤桂琼滇藏陕甘青宁蒙辽吉黑沪京津渝"
_GONG_COINAGE = re.compile(rf"^(?:[{_PROVINCE_ABBR}泉遵])?工(?:[惠益慧汇助友贷购保e家]|之家)")
# a province abbreviation + 工 (皖工, 鄂工贷, 川工之家): a coined union brand, unless an ordinary word (青工)
_PROVINCE_GONG = re.compile(rf"^[{_PROVINCE_ABBR}]工(?:[{CJK}e+]{{0,3}})$")
_CRAFTSMAN_SUFFIX = "工匠"


# What a brand is an instance of when its sentence names no practice: the programme noun it
# ends with (generic vocabulary of union programmes -> taxonomy id).
TAIL_PRACTICE: tuple[tuple[str, str], ...] = (
    ("工匠学院", "craftsman_academy"),
    ("展示馆", "patriotic_education_base"),
    ("展览馆", "patriotic_education_base"),
    ("纪念馆", "patriotic_education_base"),
    ("陈列馆", "patriotic_education_base"),
    ("e家", "smart_union"),
    ("学堂", "worker_skills_training"),
    ("课堂", "worker_skills_training"),
    ("工匠", "craftsman_selection"),
    ("司机之家", "driver_home"),
    ("驿站", "outdoor_worker_station"),
    ("服务站", "outdoor_worker_station"),
    ("服务圈", "worker_service_center"),
    ("之家", "worker_home"),
    ("小家", "worker_home"),
    ("书屋", "worker_reading_room"),
    ("杯", "labor_skill_competition"),
    ("信用卡", "member_card"),
    ("卡", "member_card"),
    ("贷", "entrepreneurship_support"),
    ("惠", "inclusive_service"),
    ("购", "inclusive_service"),
    ("班组", "team_building"),
)
# Keywords anywhere in a brand's name (generic vocabulary -> taxonomy id), tried after the endings.
KEYWORD_PRACTICE: tuple[tuple[str, str], ...] = (
    ("就业", "employment_assistance"), ("送岗", "employment_assistance"), ("新业态", "new_employment_care"),
    ("上学", "autumn_study_aid"), ("助学", "autumn_study_aid"), ("交友", "youth_matchmaking"),
    ("良缘", "youth_matchmaking"), ("情缘", "youth_matchmaking"), ("婚恋", "youth_matchmaking"),
    ("双创", "worker_tech_innovation"), ("四季", "four_sends"), ("四送", "four_sends"), ("维权", "legal_aid"),
    ("心理", "psychological_service"), ("乡村振兴", "rural_revitalization"), ("工友", "union_new_media"),
    ("抗疫", "epidemic_support"), ("和谐", "harmonious_labor_relations"), ("劳动教育", "labor_education"),
    # further generic function words of programme names
    ("枫桥", "labor_dispute_mediation"), ("调解", "labor_dispute_mediation"), ("思政", "political_theory_study"),
    ("法律援助", "legal_aid"), ("普法", "legal_publicity"), ("师徒", "master_apprentice"), ("师带徒", "master_apprentice"),
    ("好师傅", "master_apprentice"), ("创新工作室", "innovation_studio"), ("书屋", "worker_reading_room"),
    ("疗休养", "worker_rest"), ("心愿", "hardship_assistance"), ("巾帼", "women_care_action"),
    ("女职工", "women_care_action"), ("农民工入会", "migrant_worker_organizing"), ("困难职工", "hardship_assistance"),
    ("帮扶", "hardship_assistance"), ("消费帮扶", "consumption_assistance"), ("技能", "worker_skills_training"),
    ("培训", "worker_skills_training"), ("红色", "political_theory_study"), ("产业工人", "industrial_worker_reform"),
    # more generic function words of programme names (what a name says it does)
    ("金秋", "autumn_study_aid"), ("清凉", "summer_cool"), ("读书", "worker_reading_campaign"),
    ("书香", "worker_reading_campaign"), ("阅读", "worker_reading_campaign"), ("文体", "worker_cultural_sports"),
    ("文艺", "worker_cultural_sports"), ("运动会", "worker_cultural_sports"), ("健步", "worker_cultural_sports"),
    ("创客", "worker_tech_innovation"), ("母婴", "mother_baby_room"), ("妈咪", "mother_baby_room"),
    ("托管", "child_care"), ("托育", "child_care"), ("暑托", "child_care"), ("体检", "free_checkup"),
    ("法援", "legal_aid"), ("律师", "legal_aid"), ("欠薪", "wage_arrears"), ("讨薪", "wage_arrears"),
    ("护薪", "wage_arrears"), ("建会", "union_establishment"), ("骑手", "new_employment_care"),
    ("快递", "new_employment_care"), ("外卖", "new_employment_care"), ("促消费", "consumption_promotion"),
    ("互助", "mutual_insurance"), ("集体协商", "collective_bargaining"), ("要约", "spring_offer"),
    ("智慧", "smart_union"), ("网上", "smart_union"), ("云上", "smart_union"), ("掌上", "smart_union"),
    ("宣讲", "political_theory_study"), ("志愿", "worker_volunteer_service"), ("对口", "paired_assistance"),
    ("援疆", "paired_assistance"), ("援藏", "paired_assistance"), ("援青", "paired_assistance"),
    ("东西部", "paired_assistance"), ("脱贫", "poverty_alleviation"), ("扶贫", "poverty_alleviation"),
    ("鹊桥", "youth_matchmaking"), ("缘", "youth_matchmaking"), ("留守", "left_behind_children"),
    ("子女", "left_behind_children"), ("求学", "migrant_education_dream"), ("学历", "migrant_education_dream"),
    ("比武", "vocational_skill_contest"), ("练兵", "job_skill_drill"), ("竞赛", "labor_skill_competition"),
    ("法院", "court_union_mediation"), ("法律服务", "legal_aid"), ("之声", "union_new_media"),
    ("融媒体", "union_new_media"), ("新媒体", "union_new_media"),
    # the platform a name is given to (“陕西工会”App, “长春工会”小程序)
    ("App", "smart_union"), ("APP", "smart_union"), ("小程序", "smart_union"), ("客户端", "smart_union"),
)
# Keywords that name a function and outrank a generic ending (工会维权驿站 is legal aid, not a rest station).
_FUNCTION_FIRST = ("维权", "枫桥", "调解", "思政", "就业", "心理", "法律援助", "普法", "师徒", "好师傅", "抗疫", "交友", "红色")


# model workers or craftsmen as the speakers of a name (武侯工匠说, 劳模讲堂, 工匠故事): their lectures
_SPEAKER = re.compile(r"(?:劳模|工匠|模范|榜样)[\u4e00-\u9fff]{0,2}?(?:说|讲|话|宣讲|故事)")


def tail_practice(name: str) -> str | None:
    """The taxonomy id a brand name's ending implies (川工之家 -> worker_home), if any; model workers as
    speakers (武侯工匠说) and a function keyword (维权, 枫桥, 就业 …) outrank the ending."""
    if _SPEAKER.search(name):
        return "model_worker_lecture"
    for word, pid in KEYWORD_PRACTICE:
        if word in _FUNCTION_FIRST and word in name:
            return pid
    for tail, pid in TAIL_PRACTICE:
        if name.endswith(tail):
            return pid
    for word, pid in KEYWORD_PRACTICE:
        if word in name:
            return pid
    return None


def keyword_practice(phrase: str) -> str | None:
    """The taxonomy id a function keyword of ``phrase`` implies (维权模式 -> legal_aid), if any."""
    for word, pid in KEYWORD_PRACTICE:
        if word in phrase:
            return pid
    return None


def theme_practice(name: str, themes: dict[str, str]) -> str | None:
    """The national theme a local variant extends (中国梦•劳动美•安徽篇章 -> its practice id)."""
    flat = _flat(name)
    best = max((p for p in themes if flat.startswith(p)), key=len, default=None)
    return themes[best] if best else None


@dataclass(frozen=True)
class BrandCandidate:
    name: str
    start: int  # offsets of the name (inside the quotes for a quoted one)
    end: int
    reason: str  # the BRAND rule that accepted it


def clean_name(name: str) -> str:
    """One spelling for a brand name: trimmed, middle dots unified, inner quotes dropped."""
    n = name.strip().replace("·", "•").replace("・", "•").replace("‘", "").replace("’", "")
    return n


def _is_motto(n: str) -> bool:
    parts = [p for p in _LIST_SEP.split(n) if p]
    return len(parts) >= 2 and all(len(p) >= 2 for p in parts)


_HARD_NUMBER = re.compile(
    rf"^(?:[{_NUMERAL}]+(?:个|大|项|型|种|类|条|张|支)|[{_NUMERAL}]+[{CJK}]$|[{_NUMERAL}]+$|[{_NUMERAL}]+[{CJK}]、)"
    rf"|\d+\s*[+＋]|^[\d\s•.]+$|^\d+(?!.*(?:圈|站|家)$)|[{_NUMERAL}]+五$"
)
# Single-character verbs that open both halves of four-character slogans of the genre (凝心铸魂,
# 强基赋能, 聚力攻坚, 建功立业): generic vocabulary, not names.
_SLOGAN_VERBS = frozenset("凝铸强赋聚筑育兴促助稳保固夯培树立创建提增优守护解暖惠聚汇启担展扬弘践铸连润")
_SOFT_NUMBER = re.compile(rf"[{_NUMERAL}]")
_CUE_AFTER = re.compile(
    r"^(?:[^，。；：]{0,14}?等(?:平台|品牌|工作品牌|服务项目|项目|阵地)|(?:建设(?!性)))|^[^，。；：“”、]{0,10}?(?:品牌|工程|行动|活动|计划|项目|模式|工作点|服务点|创建|竞赛|直播|政策|讲座|义诊|评选|慰问|研学|"
    r"平台|APP|App|小程序|公众号|驿站|服务|工作室|展览馆|培育|志愿|交友|联谊|相亲|读书会|文化节|艺术节|运动会|比武|工作法|专列|专场|"
    r"比赛|大赛|演讲|分享会|报告会|故事会|展演|沙龙|征文|晚会)"
)
# what a quote stands for when the words after it are a goal, a standard or a layout (“健康襄阳”建设目标,
# 按照“15分钟服务圈”布局, “六有”服务标准): a frame the work follows, not a programme of its own
_FRAME_AFTER = re.compile(r"^(?:建设|服务|工作|发展)?(?:目标|布局|标准|要求|理念|格局|思路|战略|定位|原则|方针)")
# a subject + one-character verb + object (百名劳模话初心, 工匠精神进校园): a sentence
_SVO = re.compile(rf"^[{CJK}]{{2,}}[进到上下走送话讲说颂赞唱看学做当争展建创][{CJK}]{{2,}}$")


def not_brand_reason(name: str, after: str = "", practice_names: frozenset[str] | set[str] = frozenset(),
                     honor_names: frozenset[str] | set[str] = frozenset(),
                     is_place: Callable[[str], bool] | None = None) -> str | None:
    """The HARD rule that makes a quoted name not a brand (None: none fires).  Pure; see the module rules.
    ``is_place(s)`` tells whether ``s`` is a place name of the report (without it, no place rule fires)."""
    n = clean_name(name)
    flat = n.replace("•", "")
    if n in _slogans() or flat in _slogans():
        return "lexicon"
    if _is_civic_campaign(n, is_place) and not _STRONG_AFTER.match(after):
        return "campaign"  # 健康襄阳, 平安中国: another body's campaign for a place, not a union programme
    if _POLITICAL.search(n):
        return "political"
    parts = [p for p in _LIST_SEP.split(n) if p]
    if len(parts) >= 2 and all(p in _slogans() for p in parts):
        return "lexicon"  # 匠心筑梦•技能报国: slogans joined by a dot are still slogans
    if _HARD_NUMBER.search(n):
        return "number"
    if re.search(r"[+＋]", n) and not _GONG_COINAGE.match(n) and not _COINED_END.search(n):
        return "formula"
    nums = [ch for ch in n if ch in _NUMERAL]
    if len(nums) >= 2 and len(set(nums)) < len(nums) and len(n) <= 6:
        return "number"  # 六讲六进, 四联四包, 两性两化: a repeated numeral marks a formula
    if len([p for p in _LIST_SEP.split(n) if p]) >= 3 or re.search(r"[，。！？,]", n) or _FIRST_PERSON.search(n):
        return "motto"  # three or more parallel clauses, a sentence, or first-person / exhortation
    if n in practice_names or flat in practice_names or _flat(n) in _long_names(practice_names) \
            or n in honor_names or _HONORISH.search(re.sub(r"（[^）]*）$", "", n)):
        return "practice"
    if len(n) == 4 and not _COINED_END.search(n) and not _GONG_COINAGE.match(n):
        if n[0] in _SLOGAN_VERBS and n[2] in _SLOGAN_VERBS:
            return "motto"  # verb-object + verb-object four-character parallel (凝心铸魂, 强基赋能, 育才兴业)
    core = re.sub(r"(?:工程|行动|计划)$", "", n)
    if len(core) == 4 and core != n and core[0] in _SLOGAN_VERBS and core[2] in _SLOGAN_VERBS:
        return "motto"  # the same pillar with its programme noun inside the quote (强基固本工程)
    if len(n) == 3 and n[0] in _ACTION_VERBS and n[1:] in common_words():
        return "word"  # a verb + object (上讲台, 下基层, 进车间): an activity, not a name
    if _is_action_phrase(n):
        return "word"  # two verbs: an action (结对共建, 返岗复工, 关爱服务), not a name
    if _CHAINED_VO.match(n) and len({n[i + 1] for i in range(0, len(n), 3)}) < len(n) // 3:
        return "motto"  # a chain of 3-character verb-objects sharing a character (下基层察民情解民忧暖民心)
    if _PRINCIPLE.match(n):
        return "motto"  # 应建尽建, 先服务后入会: a working principle or target, not a programme
    if _IDEAL_END.search(n):
        return "motto"  # an ideal (劳模精神, 工匠精神): a value to uphold, not a programme
    if _is_holiday(n):
        return "word"  # 元旦春节, 三八: when a programme runs, not its name
    if _is_generic_phrase(n):
        return "generic"  # beneficiary + care verb + programme noun (职工关爱行动): a description, not a name
    if _theme_clauses(n):
        return "theme"  # parallel exhortations (忆往昔岁月•看今朝变化): an activity theme
    if _THEME_AFTER_QUOTE.match(after) and _sentence_like(n):
        return "theme"  # “X”主题活动, “X”等主题活动: a sentence-like theme of an activity (a coined noun is a name)
    if _FRAME_AFTER.match(after):
        return "frame"  # “健康襄阳”建设目标, “15分钟服务圈”布局: a goal or standard the work follows
    if _is_union_kind(n, is_place):
        return "word"  # 项目工会, 楼宇工会, 活力工会: a kind or a quality of union, not a programme
    if (len(n) <= 2 and not (_PROVINCE_GONG.match(n) and n not in common_words())) or n in common_words() \
            or (len(n) <= 3 and _DESCRIPTIVE_END.search(n)) \
            or _WARM_WORD.match(n) or (after.startswith("的") and len(n) <= 5):
        return "word"  # ordinary words, 清单式-style modifiers, 温馨港湾-style phrases, “指尖上”的 modifiers
    return None


# the first, quoted item of a 、-list the text sums up as programmes (“X”、健康体检、送保险等系列关爱行动)
_LIST_CUE = re.compile(r"^、[^，。；：！？]{2,30}?等(?:系列|各类|一批)?[^，。；：、“”]{0,4}?(?:行动|活动|项目|品牌|服务)")
_ONE_EACH = re.compile(rf"^一[{CJK}]一[{CJK}]$")
_DOTTED = re.compile(rf"^[{CJK}]{{2,10}}•[{CJK}]{{2,10}}$")
_THEME_AFTER_QUOTE = re.compile(r"^(?:”)?等?(?:主题|为主题|为主线)")
_CLAUSE_SEP = re.compile(r"[、，,；;\s\u3000]+")
_STRONG_AFTER = re.compile(r"^[^，。；：“”、]{0,6}品牌")
_NAMING_VERB_BEFORE = re.compile(r"(?:打造|推出|叫响|擦亮|创建|创立|创办|首创|培育|打响)(?:了|出)?$")


@lru_cache(maxsize=1)
def _generic_vocab() -> dict[str, tuple[str, ...]]:
    """Generic vocabularies of loaders/lexicon/generic_phrases.toml, longest first."""
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in lexicon_toml("loaders.lexicon", "generic_phrases.toml").items()}


_GENERIC_RE: list[re.Pattern] = []


def _is_generic_phrase(n: str) -> bool:
    """A beneficiary, a care verb and a programme noun in either order (职工关爱行动, 关爱农民工专项行动):
    every report's union does this, so the phrase describes work and names no programme."""
    if not _GENERIC_RE:
        v = _generic_vocab()
        who, care, noun = ("|".join(map(re.escape, v[k])) for k in ("beneficiaries", "care_verbs", "programme_nouns"))
        _GENERIC_RE.append(re.compile(rf"^(?:(?:{who})(?:{care})|(?:{care})(?:{who}))(?:{noun})$"))
    return bool(_GENERIC_RE[0].match(n))


def _sentence_like(n: str) -> bool:
    """A theme written as a sentence: two clauses, a theme verb first (喜迎…, 礼赞…), a two-character verb
    (奋进中的劳动者, 劳动创造美好) or a subject + one-character verb + object (工匠精神进校园).  A coined
    noun phrase (医路芳华) is not."""
    flat = re.sub(r"[•\s、，]", "", n)
    return (_clause_list(n) or _is_motto(n) or n.startswith(_generic_vocab()["theme_verbs"])
            or _has_verb(flat) or bool(_SVO.match(flat)))


@lru_cache(maxsize=4096)
def _has_verb(s: str) -> bool:
    """Whether jieba's tagger reads a verb in ``s`` (书香润心田: 润/v; 医路芳华: nouns only)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return any(w.flag == "v" for w in jieba.posseg.cut(s))


def _is_union_kind(n: str, is_place: Callable[[str], bool] | None) -> bool:
    """X工会 where X is a generic kind or quality of union (generic_phrases.toml ``union_kinds``: 项目, 楼宇,
    活力 …) or, when places are known, an ordinary dictionary word that is not a place (长春工会, 北疆工会
    are a place's own)."""
    if not n.endswith("工会") or n.endswith("总工会"):
        return False
    x = n[:-2]
    if x in _generic_vocab()["union_kinds"]:
        return True
    # jieba's names (ns, nr, j: 北疆, 八桂, 齐鲁) may be places the gazetteer lacks: only ordinary words count
    return is_place is not None and x in common_words() and not is_place(x) and not _GONG_COINAGE.match(x) \
        and _word_tag(x) in ("n", "a", "an", "v", "vn", "b", "d")


def _word_tag(w: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word (None: not in the dictionary)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg.dt.word_tag_tab.get(w)


_CIVIC_PLACES = ("中国", "乡村", "城市", "城乡")


def _is_civic_campaign(n: str, is_place: Callable[[str], bool] | None) -> bool:
    """A civic word and a place, in either order (健康襄阳, 平安中国, 襄阳文明): a government campaign
    (generic_phrases.toml ``civic_campaigns``).  中国, 乡村, 城市 … count as places without a gazetteer."""
    if re.fullmatch(rf"[{CJK}]{{2}}强[省市区县州旗]", n):
        return True  # 教育强区, 制造强市: a government's development goal for its area
    words = _generic_vocab()["civic_campaigns"]
    for w in words:
        rest = n[len(w):] if n.startswith(w) else n[:-len(w)] if n.endswith(w) else None
        if rest and 2 <= len(rest) <= 4 and (rest in _CIVIC_PLACES or (is_place is not None and is_place(rest))):
            return True
    return False


def _place_test(text: str, region_name: Callable[[str], str | None]) -> Callable[[str], bool]:
    """Whether a string is a place of the report: a province or prefecture name or short form
    (``region_name``), or the stem of a county-level name the text writes in full (武侯 for 武侯区)."""
    stems = set()
    for m in re.finditer(rf"([{CJK}]{{2,3}})[区县旗]", text):
        for k in range(len(m.group(1)) - 1):
            stem = m.group(1)[k:]
            if region_name(stem + m.group(0)[-1]) == stem + m.group(0)[-1]:
                stems.add(stem)
                break

    def is_place(s: str) -> bool:
        return s in stems or region_name(s) == s

    return is_place


def _place_coinage(n: str, is_place: Callable[[str], bool] | None) -> bool:
    """A union programme word (:data:`KEYWORD_PRACTICE`, or a 工-coinage: 工惠, 工助) and a place of the
    report, in either order (书香武侯, 工助龙江); civic words (健康, 平安 …) are another body's campaigns."""
    if is_place is None or not 4 <= len(n) <= 7:
        return False
    civic = _generic_vocab()["civic_campaigns"]
    for k in range(2, len(n) - 1):
        for word, place in ((n[:k], n[k:]), (n[-k:], n[:-k])):
            if word in civic or not is_place(place):
                continue
            if re.fullmatch(rf"工[{CJK}]", word) or any(w == word for w, _ in KEYWORD_PRACTICE):
                return True
    return False


def _is_holiday(n: str) -> bool:
    """A name made only of holidays (元旦春节, 两节, 三八): a date."""
    days = _generic_vocab()["holidays"]
    rest = n.replace("•", "")
    while rest:
        day = next((d for d in days if rest.startswith(d)), None)
        if day is None:
            return False
        rest = rest[len(day):].lstrip("、")
    return True


def _theme_clauses(n: str) -> bool:
    """Two or more clauses (split at • — 、 ，or a space) that each open with a theme verb (忆往昔岁月•看今朝变化,
    建设新平凉•展示新风采): parallel exhortations are an activity theme.  A brand names a thing in at
    least one part (一瓶水•传递爱, 致敬劳动者•五一促消费)."""
    parts = [p for p in _LIST_SEP.split(n) if p]
    if len(parts) < 2:
        return False
    verbs = _generic_vocab()["theme_verbs"]
    return all(len(p) >= 3 and p.startswith(verbs) for p in parts)


def _clause_list(n: str) -> bool:
    """Two clauses joined by 、 ， or a space (劳动创造幸福、实干成就伟业): how themes and mottos are
    written; brands join their parts with • (一瓶水•传递爱)."""
    parts = [p for p in _CLAUSE_SEP.split(n) if p]
    return len(parts) == 2 and all(len(p) >= 2 for p in parts) and not re.search(r"[•·・—]", n)


_COUNTED_ACTION = re.compile(rf"^[{_NUMERAL}]([{CJK}])(?:行动|工程|活动|计划)$")
_ACTION_VERBS = frozenset("上下进送走访办帮解暖进入到")
_CHAINED_VO = re.compile(rf"^(?:[{CJK}]{{3}}){{3,}}$")


def _is_action_phrase(n: str) -> bool:
    """A four-character name made of two dictionary verbs (the second may be a verbal noun)."""
    if len(n) != 4 or _COINED_END.search(n) or _GONG_COINAGE.match(n):
        return False
    vw = verb_words()
    return n[:2] in vw and (n[2:] in vw or n[2:] + "/vn" in vw)


def soft_reason(name: str) -> str | None:
    """SOFT rules: forms that are brands only with a cue (numeral coinages 三师一室 vs 三会一课,
    two-clause names 抗疫有你•关爱有我, X工会 names, A+B names)."""
    n = clean_name(name)
    if _SOFT_NUMBER.search(n):
        return "number"
    if _is_motto(n):
        return "motto"
    if n.endswith("工会"):
        return "union"
    if re.search(r"[+＋]", n):
        return "formula"
    return None


def brand_reason(name: str, before: str, after: str) -> str | None:
    """Which cue supports a quoted name (None: none does).  A 杯 the text says was won (获得“昆仑杯”
    优质工程) is an award, not a programme."""
    n = clean_name(name)
    if n.endswith("杯") and _WON_BEFORE.search(before):
        return None
    joined = after[:1] in ("和", "与", "及", "或")  # “微阵地”和服务职工综合体: the noun after belongs to the other conjunct
    if (_BRANDED_AFTER.match(after) and not joined) or _BRAND_VERB_BEFORE.search(before):
        return "branded"
    if not joined and (_PROGRAM_AFTER.match(after) or _CUE_AFTER.match(after)):
        return "program"
    if _SETUP_VERB_BEFORE.search(before) and not after.startswith(("的", "等", "和", "与", "及")):
        return "program"  # 成立“X”, 启动“X”, 推广“X”: something set up or launched under that name
    if _COINED_END.search(n) or _GONG_COINAGE.match(n) or (len(n) >= 3 and _PROVINCE_GONG.match(n)):
        return "coined"
    m = _LIST_CUE.match(after)
    if m and "主题" not in m.group(0):
        return "listed"  # “春暖农民工”、健康体检…等系列关爱行动: the quoted item of a list of programmes
    return None


def _flat(s: str) -> str:
    return re.sub(r"[\s•·・、，,“”‘’]", "", s)


_LONG_CACHE: dict[int, tuple[object, tuple[str, ...]]] = {}


def _long_names(practice_names) -> tuple[str, ...]:
    """Practice names of five or more characters, flattened (cached per name set; the set is kept with
    its entry so that its id cannot be reused by another object)."""
    hit = _LONG_CACHE.get(id(practice_names))
    if hit is None or hit[0] is not practice_names:
        forms = set(practice_names) | {m.group(1) for p in practice_names for m in re.finditer(r"“([^”]+)”", p)}
        hit = (practice_names, tuple({_flat(p) for p in forms if len(_flat(p)) >= 5}))
        _LONG_CACHE[id(practice_names)] = hit
    return hit[1]


_THEME_CACHE: dict[int, tuple[object, tuple[str, ...]]] = {}


def _theme_forms(practice_names) -> tuple[str, ...]:
    """National themes written as slogans (aliases with • or a space: 中国梦•劳动美, 网聚职工正能量
    争做中国好网民), flattened, and their first segment when it has five or more characters."""
    out = set()
    forms = set(practice_names) | {m.group(1) for p in practice_names for m in re.finditer(r"“([^”]+)”", p)}
    for p in forms:
        if re.search(r"[•·・\s]", p.strip("“”")):
            out.add(_flat(p))
            first = re.split(r"[•·・\s]", p.strip("“”"))[0]
            if len(first) >= 5:
                out.add(first)
    return tuple(sorted(out))


def _theme_prefixes(practice_names) -> tuple[str, ...]:
    """:func:`_theme_forms`, cached per name set (kept with its entry, see :func:`_long_names`)."""
    hit = _THEME_CACHE.get(id(practice_names))
    if hit is None or hit[0] is not practice_names:
        hit = (practice_names, _theme_forms(practice_names))
        _THEME_CACHE[id(practice_names)] = hit
    return hit[1]


def _slogans() -> frozenset[str]:
    return frozenset(lexicon_lines("slogans.txt"))


def classify(name: str, before: str, after: str, practice_names=frozenset(), honor_names=frozenset(),
             is_place: Callable[[str], bool] | None = None) -> tuple[bool, str]:
    """(is_brand, reason) for a quoted name with the text just before and after its quotes.

    HARD rules reject; SOFT forms need a cue; any other quoted proper name is a brand
    (reports quote a programme's name to mark it as a name)."""
    n = clean_name(name)
    flat = _flat(n)
    if not _POLITICAL.search(n) and flat not in _long_names(practice_names) and any(flat.startswith(p) and len(flat) >= len(p) + 2 for p in _theme_prefixes(practice_names)):
        return True, "local variant"  # a national theme with a local suffix: 中国梦•劳动美•安徽篇章
    why_not = not_brand_reason(name, after, practice_names, honor_names, is_place)
    if why_not == "formula" and _NAMING_VERB_BEFORE.search(before) and len(re.split(r"[+＋]", n)) == 2 \
            and not re.search(r"[\dA-Za-z]", n):
        return True, "branded"  # 首创“媒体+工会”监督模式: a pair the text says it coined
    if why_not == "number" and _ONE_EACH.match(n) and _NAMING_VERB_BEFORE.search(before):
        return True, "branded"  # 推出“一县一品”: a one-per-unit scheme the text says it launched
    if why_not is not None:
        return False, why_not
    m = _COUNTED_ACTION.match(n)
    if m and before.endswith(m.group(1)):
        return False, "number"  # 塑心、聚心、暖心、知心“四心行动”: the count of the items just listed
    soft = soft_reason(name)
    why = brand_reason(name, before, after)
    if why is None and _place_coinage(n, is_place):
        why = "coined"  # 书香武侯, 工助龙江: a union programme word joined to a place names that place's programme
    if _clause_list(n) and not _STRONG_AFTER.match(after):
        return False, "theme"  # two clauses joined by 、 or ，: a theme unless the text calls it a 品牌
    if why is None and _DOTTED.match(n) and not _SOFT_NUMBER.search(n):
        return True, "dotted"  # 爽爽贵阳•劳动者驿站: the middle dot is how reports set a coined name
    if soft is not None:
        return (why is not None), (why or f"{soft} without cue")
    return (why is not None), (why or "no brand cue")


def find_brands(text: str, practice_names: set[str] | frozenset[str], honor_names: set[str] | frozenset[str] = frozenset(),
                region_name: Callable[[str], str | None] | None = None) -> list[BrandCandidate]:
    """Quoted names in ``text`` that pass the brand rules, and region craftsman titles.

    ``region_name(prefix)`` returns the region name ``prefix`` ends with (or None);
    it validates ``<region>工匠``.
    """
    out: list[BrandCandidate] = []
    taken: set[tuple[int, int]] = set()
    is_place = _place_test(text, region_name) if region_name is not None else None
    prev_end, prev_before = -1, ""
    for m in _QUOTE.finditer(text):
        name = clean_name(m.group("name"))
        if not re.search(rf"[{CJK}]", name):
            continue
        before = text[max(0, m.start() - 6): m.start()]
        if m.start() in (prev_end, prev_end + 1) and text[prev_end: m.start()] in ("", "、"):
            before = prev_before  # 探索“渔港枫桥”“电商枫桥”: a run of quotes shares the verb before it
        prev_end, prev_before = m.end(), before
        run_end = m.end()
        while True:  # “A”“B”、“C”等品牌: a run of quotes shares the cue after its last quote
            nxt = _QUOTE.match(text, run_end + (1 if text[run_end: run_end + 1] == "、" else 0))
            if nxt is None:
                break
            run_end = nxt.end()
        after = text[run_end: run_end + 40]
        if run_end != m.end() and after.startswith("等"):
            after = after[1:]
        elif run_end == m.end():  # “A”和长庆油田“B”两项竞赛: a pair the text counts shares the noun after it
            pair = _COUNTED_PAIR.match(text, m.end())
            if pair is not None:
                after = text[pair.end("count"): pair.end("count") + 40]
        if m.group("name").count("——") == 1:
            for cand in _dash_names(m, before, after, practice_names, honor_names, is_place):
                out.append(cand)
                taken.add((cand.start, cand.end))
            continue
        ok, why = classify(name, before, after, practice_names, honor_names, is_place)
        if ok:
            out.append(BrandCandidate(name, m.start("name"), m.end("name"), why))
            taken.add((m.start("name"), m.end("name")))
    # unquoted items of a list the text calls brands: “爱心早餐”、职工书屋、高原氧吧等品牌工作;
    # 巩固车城工匠、职工双创等传统品牌.  Practice names and slogans among them are not brands.
    for m in _LISTED_BRANDS.finditer(text):
        pos = m.start("items")
        for item in re.split(r"(、)", m.group("items")):
            s0 = pos
            pos += len(item)
            if item == "、":
                continue
            first = s0 == m.start("items")
            lead = _LIST_LEAD.match(item)
            if lead and first:
                item, s0 = item[lead.end():], s0 + lead.end()
            inner = list(_LEAD_VERB.finditer(item)) if first else []
            if inner:  # 市总工会打造X、Y等品牌: the first name starts after the verb
                cut = inner[-1].end()
                item, s0 = item[cut:], s0 + cut
            name = item.strip("“”")
            s1 = s0 + (1 if item.startswith("“") else 0)
            if len(name) < 3 or (s1, s1 + len(name)) in taken or any(a <= s1 < b for a, b in taken):
                continue
            if not_brand_reason(name, "", practice_names, honor_names) is not None:
                continue
            out.append(BrandCandidate(name, s1, s1 + len(name), "listed"))
            taken.add((s1, s1 + len(name)))
    # an unquoted coined 工程: a two-character non-word before 工程, set off as a list item (…的青蓝工程、师徒结对)
    for m in _COINED_PROJECT.finditer(text):
        x = m.group("x")
        s0, e0 = m.start("x"), m.end()
        if x in common_words() or re.search(rf"[{_NUMERAL}\d]", x) or any(a < e0 and s0 < b for a, b in taken):
            continue
        name = x + "工程"
        if not_brand_reason(name, "", practice_names, honor_names) is None and name not in common_words():
            out.append(BrandCandidate(name, s0, e0, "coined"))
            taken.add((s0, e0))
    # a union's named team (unquoted): a place + 工会 + its function + a team noun (武侯工会法律服务团)
    if is_place is not None:
        for m in _UNION_TEAM.finditer(text):
            for k in range(0, len(m.group("pre")) - 1):
                place = m.group("pre")[k:]
                if not is_place(place) or _TEAM_GAP_VERB.search(m.group("fn")):
                    continue
                s0, e0 = m.start("pre") + k, m.end()
                if not any(a < e0 and s0 < b for a, b in taken):
                    out.append(BrandCandidate(text[s0:e0], s0, e0, "team"))
                    taken.add((s0, e0))
                break
    # an unquoted 工-pun set up as a team or a station (组建浙里工讲职工宣讲团, 打造禾工暖心驿站)
    for m in _GONG_PUN.finditer(text):
        x = m.group("x")
        k = x.index("工")
        s0, e0 = m.start("x"), m.end("x")
        if x in common_words() or any(a < e0 and s0 < b for a, b in taken) \
                or x[k - 1: k + 1] in common_words() or x[k: k + 2] in common_words():
            continue  # 劳模工匠, 员工之家: ordinary words around 工, not a pun
        if not_brand_reason(x, "", practice_names, honor_names, is_place) is None:
            out.append(BrandCandidate(x, s0, e0, "coined"))
            taken.add((s0, e0))
    # a province coinage in brackets after the programme it names: 小额担保贷款（鄂工贷）
    for m in _BRACKET_COINAGE.finditer(text):
        s0, e0 = m.start("name"), m.end("name")
        if not any(a < e0 and s0 < b for a, b in taken) and m.group("name") not in common_words():
            out.append(BrandCandidate(m.group("name"), s0, e0, "alias"))
            taken.add((s0, e0))
    # a region-prefixed title the text says was selected: 评选“泉州市好师傅”700名
    if region_name is not None:
        for m in _QUOTE.finditer(text):
            name = clean_name(m.group("name"))
            s0, e0 = m.start("name"), m.end("name")
            if (s0, e0) in taken or not _SELECT_BEFORE.search(text[max(0, m.start() - 4): m.start()]) \
                    or _HONOR_HEAD.search(name) or _HONOR_WORD.search(name) or len(name) < 4:
                continue
            if not any(region_name(name[:k]) == name[:k] for k in range(2, min(len(name) - 1, 6) + 1)):
                continue
            if not_brand_reason(name, "", practice_names, honor_names) is None:
                out.append(BrandCandidate(name, s0, e0, "selected"))
                taken.add((s0, e0))
    # a region-prefixed institution name: 延安南泥湾劳模工匠学院, 曲靖经开区惠工中心
    if region_name is not None:
        for m in _INSTITUTION_NAME.finditer(text):
            for s in range(max(0, m.start() - 10), m.start() - 1):
                pre = text[s:m.start()]
                if not re.fullmatch(rf"[{CJK}]+", pre) or "首批" in pre or "第" in pre:
                    continue
                if any(region_name(pre[:k]) == pre[:k] for k in range(2, min(len(pre), 6) + 1)):
                    e = m.end()
                    if not any(a < e and s < b for a, b in taken):
                        out.append(BrandCandidate(text[s:e], s, e, "institution"))
                        taken.add((s, e))
                    break
    if region_name is not None:
        for m in re.finditer(rf"(?P<pre>[{CJK}]{{2,6}}){_CRAFTSMAN_SUFFIX}(?![学精人型之称])", text):
            region = region_name(m.group("pre"))
            if not region:
                continue
            s = m.end("pre") - len(region)
            e = m.end()
            if any(a <= s < b for a, b in taken):
                continue
            out.append(BrandCandidate(region + _CRAFTSMAN_SUFFIX, s, e, "craftsman"))
            taken.add((s, e))
    out.sort(key=lambda b: b.start)
    return out


def _dash_names(m: re.Match, before: str, after: str, practice_names, honor_names, is_place=None) -> list[BrandCandidate]:
    """A quote “A——B” pairs a head with a tail.  A local variant head is the name (“中国梦•劳动美•兵团好
    ——凝心铸魂…”); otherwise the tail is a name of its own (“心系三江黑土情暖边地职工——暖边绿境”) and
    the whole is one too unless the head is a long theme sentence (“五共同•一促进——中华传统文化进万家”)."""
    raw = m.group("name")
    k = raw.index("——")
    s0, e0 = m.start("name"), m.end("name")
    head, tail = clean_name(raw[:k]), clean_name(raw[k + 2:])
    head_ok, head_why = classify(head, before, after, practice_names, honor_names, is_place)
    if head_why == "local variant":
        return [BrandCandidate(head, s0, s0 + k, head_why)]
    if _flat(head) in _theme_prefixes(practice_names) and not _POLITICAL.search(tail) \
            and not_brand_reason(tail, "", practice_names, honor_names, is_place) is None:
        # the national theme with a local subtitle (“中国梦•劳动美——奋进共富路”): that place's edition of
        # the theme; a political subtitle (——永远跟党走) is the national slogan of the year
        return [BrandCandidate(clean_name(raw), s0, e0, "local variant")]
    out = []
    tail_ok, tail_why = classify(tail, "", after, practice_names, honor_names, is_place)
    if tail_ok:
        out.append(BrandCandidate(tail, s0 + k + 2, e0, tail_why))
    if head_ok and ("•" in head or len(head) < 8):
        out.append(BrandCandidate(clean_name(raw), s0, e0, head_why))
    return out


_LISTED_BRANDS = re.compile(
    rf"(?=[{CJK}“”、]*?等)"  # pre-check: the list's 等 ahead (same matches, faster scan)
    rf"(?P<items>(?:“?[{CJK}]{{2,12}}”?、)+“?[{CJK}]{{2,12}}”?)等(?:传统|特色|服务|工作|一批|[{CJK}]{{2,4}}服务)?(?:工作)?品牌")
_LIST_LEAD = re.compile(r"^(?:在|以|把|将|推动|巩固|打造|擦亮|叫响|培育|创建|持续|深化|提升|做强|做优|做实|开展|实施|围绕|依托|推出)+")
_LEAD_VERB = re.compile(r"(?:推动|巩固|打造|擦亮|叫响|培育|创建|深化|提升|做强|做优|做实|开展|实施|依托|推出)")
_COINED_PROJECT = re.compile(rf"(?:的|、|实施|开展|推进|启动)(?P<x>[{CJK}]{{2}})工程(?=[、，。；])")
_COUNTED_PAIR = re.compile(rf"(?:和|及|与)[{CJK}]{{0,8}}“[^”\n]{{2,28}}”(?P<count>[两二三四五六七八九十]+[项个大])")
_TEAM_NOUN = r"(?:志愿服务队|服务团|服务队|宣讲团|宣讲队|志愿队|律师团|讲师团|艺术团|小分队)"
_UNION_TEAM = re.compile(rf"(?P<pre>[{CJK}]{{2,4}})(?<!总)工会(?P<fn>[{CJK}]{{0,4}}?){_TEAM_NOUN}")
_TEAM_GAP_VERB = re.compile(r"组建|成立|建立|开展|组织|设立|的|和|与|及|联合")
_GONG_PUN = re.compile(rf"(?:组建|成立|打造|推出|创建|创办|建立|开通|上线)(?:了)?(?P<x>[{CJK}]{{2}}工[{CJK}]|[{CJK}]工[{CJK}]{{2}})"
                       rf"(?=(?:职工|劳动者)?(?:{_TEAM_NOUN[3:-1]}|驿站|讲堂|课堂|学堂|工作室|小程序|平台))")
_BRACKET_COINAGE = re.compile(rf"(?<=[{CJK}])（(?P<name>[{_PROVINCE_ABBR}]工[{CJK}e]{{1,3}})）")
_SELECT_BEFORE = re.compile(r"(?:评选|选树|评出|评定|命名|选出)(?:出|了)?$")
# honour heads: a region + one of these is an honour title (贵州省技术能手), not a programme
_HONOR_HEAD = re.compile(r"(?:能手|状元|标兵|明星|之星|先锋|模范|劳模|先进|英雄|红旗手|奖)$")
_HONOR_WORD = re.compile(r"模范|示范|先进|优秀|标兵|文明|五一|劳动奖")
_INSTITUTION_NAME = re.compile(r"(?:劳模工匠学院|工匠学院|劳模学院|惠工中心|创新工作室联盟)")

_SLOGAN_REASONS = ("lexicon", "political", "motto", "number")


def quoted_spans(text: str, practice_names=frozenset(), honor_names=frozenset()) -> list[tuple[int, int, str]]:
    """Every quote's inner span with the NOT rule it triggers ('' when none)."""
    out = []
    for m in _QUOTE.finditer(text):
        why = not_brand_reason(m.group("name"), text[m.end(): m.end() + 12], practice_names, honor_names)
        out.append((m.start("name"), m.end("name"), why or ""))
    return out


_PART_SEP = "、，,；;—－-‘’'\"•·・ "


def inside_slogan(quotes: list[tuple[int, int, str]], start: int, end: int, text: str | None = None) -> bool:
    """Whether [start, end) lies inside a quoted slogan without covering all of it: a practice
    alias inside “建功‘十四五’•奋进新征程” is part of the slogan, not a programme.

    With ``text``, a mention that fills one part of a list-like quote (between 、 • — or inner
    quotes) is an item of an enumeration, not a word of a slogan: “春送岗位、夏送清凉、金秋助学、
    冬送温暖”, “网聚职工正能量•争做中国好网民”, “中国梦•劳动美——永远跟党走”, “十大实事项目”.
    A mention of three characters or fewer stays part of the slogan."""
    import bisect

    i = bisect.bisect_right(quotes, (start, 10**12, "")) - 1
    if i < 0:
        return False
    s, e, why = quotes[i]
    if not (why in _SLOGAN_REASONS and s <= start and end <= e and (end - start) < (e - s)):
        return False
    if text is not None:
        ps, pe = start, end
        while ps > s and text[ps - 1] not in _PART_SEP:
            ps -= 1
        while pe < e and text[pe] not in _PART_SEP:
            pe += 1
        if end - start >= 4 and (end - start) >= 0.6 * (pe - ps):
            return False  # short words filling a motto part (办实事 in 走一线、亮身份、访职工、办实事) stay slogan
    return True


def theme_map(taxonomy) -> dict[str, str]:
    """Flattened national-theme forms -> practice id (for local variants)."""
    out: dict[str, str] = {}
    for p in taxonomy.practices:
        for form in _theme_forms(frozenset(p.surface_forms)):  # uncached: these sets are temporary
            out.setdefault(form, p.id)
    return out
