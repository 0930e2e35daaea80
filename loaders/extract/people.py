"""People: named individuals the report is about, found by context, not by a tagger alone.

Rules (each one exists because of a class of errors it removes):

1. A candidate is a surname (loaders/lexicon/surnames.txt) plus one or two
   given characters.
2. It must sit in a person context (an *anchor*): right after a role or honor
   word (劳模, 工匠, 主席, 班长, 环卫工人, “大国工匠” in quotes, 楷模, 红旗手 ...), or
   right before a speech/honor verb (说, 表示, 荣获, 等一批 ...) with a clause
   boundary or role word before it.
3. It must not be an ordinary word: jieba's bundled dictionary (a generic
   lexicon, used only as a word list) rejects 文化宫, 权益, 幸福, 董事 ...
   unless the dictionary itself tags the word as a person name (nr); a
   surname plus a form of address (谭经理, 王大姐, 刘阿姨, 李奶奶) is a nickname, not
   a name, and a byline (本报记者 张三 通讯员 …) names the writer, not a person the
   report is about.
4. Names inside fixed political formulas (习近平新时代中国特色社会主义思想,
   以习近平同志为核心的党中央, 习近平同志关于…) are not people the report is about.
5. A list of names joined by 、/和 next to an anchored name (韩玉龙、马青云等)
   yields every member: enumerations share their anchor.

People introduced without a role word next to the name (generic cue words in
loaders/lexicon/person_cues.toml):

6. A trigger before the name (以…为代表, 涌现出, 如, 据…介绍, 向, 学习, 推荐 ...)
   or a clause boundary, and a verb, 为代表, a head count (等6人, 3名) or a
   speech verb after it; after 的 only with a strong right context
   (来自工地的张三说, 今年52岁的张三，是一名…).
7. A title after the name: 张三副主席作报告, 李四书记在… (not 主席团/书记处;
   bare 主席 stays a formula word because of 习近平主席).
8. A profile or a photo position: 张三，男，汉族…; 张三（右二）; a role in
   parentheses after the name: 张三（全国劳动模范）.
9. A clause opened by a three-character name and a story verb (，张三扎根一线,
   张三作了…报告) or any verb or adverb (，张三一举夺得…); not when the candidate
   opens with an ordinary word (强化|职工) or ends with one that is no given name
   (全|过程; 红梅 and 建国 are given names: lexicon ``given_chars``).
10. A unit word instead of a role word (某供电公司张三、某矿李四荣获…), unless the
    unit character belongs to a word with the next one (队|伍建设).
11. An election or nomination: 选举张三为主席, 推荐李四为….
12. Right contexts strong enough on their own, whatever precedes the name:
    同志, (的)先进事迹, 劳模创新工作室/技能大师工作室, 等N名/等劳模; the name is three
    characters unless its first one belongs to the word before (建成|张三工作室) or is a
    preposition before a two-character name (向|王进同志).
13. A role word followed by a name and any verb, adverb or one-character
    preposition (时代楷模沈国栋走进企业, 全国劳模易建军为学生…):
    the word after the name decides its length; nothing when the last character
    glues to the next word (孔德胜出席 is not 孔德|胜出) or the role word ends inside a
    longer word (老师|傅 is 老|师傅).
14. A 、-list of at least three person-shaped items (推荐张三、李四、王五为…),
    whatever governs it; places and programmes fail the name check, and 等地/等单位
    after a list marks places or units, not people.
15. Names without a Han surname: two Tibetan name elements (次仁多吉), and
    transliterated names with a middle dot whose characters are all
    transliteration characters (阿卜杜·热合曼, 买买提·吐尔逊).

Given-name characters that usually glue a surname-like character to a word (新, 长,
家, 全 …) are admitted only in strong contexts (a role before, a title after).

Guards for the weak contexts (rules 6, 9, 10 and 6b: no role word before, no title or strong
verb after; round 2, from reports the rules were not written on):

16. A rare surname (beyond the 200 most frequent of surnames.txt, which is in frequency order:
    普, 全, 国, 和 …) starts a two-character name only in a strong context (…普惠等业务 is no
    name), and a three-character one only when its given part looks like a name.
17. A three-character candidate whose given part is an ordinary word that looks like no given
    name (全|系统, 全|流程) is no name in a weak context, whatever follows (1人获…).
18. A candidate right after 、 needs a person-shaped item before it: lists are homogeneous
    (入会、转会、普惠等 lists services, not people).
19. Boundary preference: a three-character reading whose last character is a verb or
    preposition (作, 在, 为, 是 …) loses to the full surname+given reading one character to the
    left (医师孙国平作报告 is 孙国平, not 国平作), whatever rule found it.
20. In every context: an ordinary word plus a particle (高兴|地, 感动|得) and a preposition-surname
    before an ordinary word that looks like no given name (向|记者, 为|职工) are no names.
21. A two-character dictionary word that jieba tags as a person name (贺信, 金秋, 安康) is a name
    only before a verb that documents do not take: 贺信指出 is no person, 雷锋同志 is one.
22. A four-character item standing alone in a list is a name only if it is transliteration-shaped
    (冶则乃拜); 劳模李明、王芳 gives 李明, not 劳模李明.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.extract.base import CJK, common_words, lexicon_lines, lexicon_toml

_ROLE_BEFORE = (
    "全国劳动模范|劳动模范|全国劳模|劳模|大国工匠|工匠|技能大师|首席技师|高级技师|技师|工程师|"
    "党组书记|副书记|书记|副主席|主席|副主任|主任|局长|厂长|总经理|经理|董事长|院士|教授|院长|校长|医生|教师|老师|"
    "职工|工人|员工|农民工|快递员|外卖员|快递小哥|骑手|司机|环卫工|队长|班长|组长|师傅|同志|获得者|标兵|冠军|选手|"
    "志愿者|讲师|宣讲员|管护员|负责人|站长|所长|会长|代表|焊接工|焊工|钳工|电工|车工|技术员|操作工|"
    "省长|副省长|市长|副市长|县长|区长|部长|厅长|处长|科长|秘书长|常委|委员|总工程师|护士|民警|牧民|农民|"
    "快递小哥|外卖小哥|货车司机|网约车司机|环卫工人|一线职工|新就业形态劳动者|工会干部|班组长|"
    # occupations and titles the genre puts before a named worker (generic vocabulary)
    "先进工作者|劳模工匠|技术能手|技术状元|首席员工|带头人|创始人|专家|博士|科学家|教练|运动员|裁判员|作家|记者|律师|"
    "法官|调解员|网格员|社工|村民|工长|机长|船长|列车长|驾驶员|乘务员|调度员|巡线工|维修工|装配工|钻井工|采煤工|矿工|"
    "护林员|巡护员|保洁员|营业员|收费员|邮递员|投递员|配送员|安装工|管道工|电焊工|木工|瓦工|钢筋工|架子工|油漆工|"
    "领衔人|得主|小伙|姑娘|党员|厨师|面点师|主持人|医师|护士长|人物|红旗手|能手|楷模|模范|好人|奋斗者|劳动者|建设者|"
    "之星|达人|先进个人|优秀个人|"
    "列车员|售票员|质检员|检验员|化验员|操作员|研究员|设计师|工艺师|药师|教授级高工|高工|党委书记|董事|理事长|主任委员"
)
_VERB_AFTER = (
    "说|表示|介绍|坦言|感慨|告诉|回忆|谈到|笑着说|动情地说|激动地说|自豪地说|深有感触|同志|荣获|获得|获评|被评为|被授予|当选|带领|领衔|牵头|创办|发明|研发|攻克|"
    "劳模创新工作室|技能大师工作室|创新工作室|工作室|等(?!地|市|县|区|省|州|盟|旗|乡|镇|村|国|单位|企业|部门|行业|城市|地区|领域|方面|项目|活动|平台)|作事迹报告|作报告|作(?:了)?(?:先进|感人)?事迹报告|发言|讲述|分享|带队|加入"
)
# Weak right contexts: only after a role word (职工潘从明获…, 讲师陈江兰的…, 司机曾华给…).
_WEAK_AFTER = "获|成为|加入|正在|走上|深有|拿回|亲临|先后|不断|高兴|向|给|的|在"
_BOUNDARY = "，。、；：“”（(）)\n "
_FORMULA_AFTER = re.compile(
    r"^(新时代|总书记|同志为核心|同志为|同志关于|思想|理论|经济思想|法治思想|生态文明思想|强军思想|外交思想|文化思想|主席|关于|重要)"
)
_NOT_GIVEN = set(
    "省市县区镇乡村局厅委会部院校所站队组和与及的了在是为等年月日个名项家次把被将对向于也都就还"
    "工职劳模匠师长员代表说获各全共新党族"
)


@dataclass(frozen=True)
class PersonMention:
    name: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    words = lexicon_lines("surnames.txt")
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    single, compound = _surnames()
    sur = "(?:" + "|".join(sorted(compound, key=len, reverse=True) + sorted(single)) + ")"
    name = rf"(?P<name>{sur}[{CJK}]{{1,2}})"  # compound entries (扎西, 买买提) take 1-2 more characters
    # a short descriptor may stand between the role and the name: 钳工、“95后”杨准正
    strong = _alt(_cues()["strong_after"])
    before = re.compile(rf"(?:{_ROLE_BEFORE})[”」』]?[、，：:]?(?:“[^”\n]{{1,8}}”)?{name}"
                        rf"(?=[{_BOUNDARY}和与]|{_VERB_AFTER}|{_WEAK_AFTER}|{strong})")
    after = re.compile(rf"{_first(single, compound)}(?:(?<=[{_BOUNDARY}])|^){name}(?=(?:{_VERB_AFTER}))")
    return before, after


_STRONG_AFTER = "说|表示|介绍|告诉|坦言|感慨|加入|荣获|获得|被评为|当选"


@lru_cache(maxsize=1)
def _transliterated() -> re.Pattern[str]:
    """Four-character names without a Han surname (Tibetan, Uyghur, Mongolian transliterations:
    管护员香巴求培加入工会后说): only between a role word and a strong verb."""
    return re.compile(rf"(?:{_ROLE_BEFORE})(?P<name>[{CJK}]{{4}})(?=(?:{_STRONG_AFTER}))")


def _is_transliterated(cand: str) -> bool:
    words = common_words()
    return (not any(ch in _NOT_GIVEN for ch in cand) and cand not in words
            and cand[:2] not in words and cand[2:] not in words and cand[1:3] not in words)


@lru_cache(maxsize=1)
def _cues() -> dict:
    """Generic context vocabularies (loaders/lexicon/person_cues.toml)."""
    return lexicon_toml("loaders.lexicon", "person_cues.toml")


def _alt(words) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


def _first(*word_lists) -> str:
    """A lookahead on the first character of a match that starts with one of the words: a pre-check
    that only skips positions where no match starts (same matches, faster scans); empty when a word
    is not plain text."""
    words = [w for ws in word_lists for w in ws]
    if not all(w and re.escape(w) == w for w in words):
        return ""
    return "(?=[" + "".join(sorted({w[0] for w in words})) + "])"


# Given-name characters that are common in real names (王家明, 刘新华, 李长青, 张和平) but also glue
# a surname-like character to the next word (工会新, 省市长): allowed only in strong contexts.
_RARE_GIVEN = set("新长家月全和会为年日")


@lru_cache(maxsize=1)
def _surname_rank() -> dict[str, int]:
    """Rank of each single-character surname in surnames.txt (most frequent first)."""
    single, _ = _surnames()
    out: dict[str, int] = {}
    for w in lexicon_lines("surnames.txt"):
        if len(w) == 1 and w not in out:
            out[w] = len(out)
    return out


_RARE_SURNAME_RANK = 200
# verbs whose subject is as often a document as a person (贺信指出, 通知强调)
_DOCUMENT_VERB = re.compile(r"指出|强调|提出|要求|明确|写道|号召|勉励|鼓励")
# particles that end an adverbial or a verb phrase, never a name after a two-character word (高兴|地)
_ADVERBIAL_FINAL = set("地得着了过们")
# last characters that end a clause's subject rather than a given name (孙国平|作报告, 张三|在会上)
_VERB_FINAL = set("作在为是将把被给对向从到于")


def weak_context_ok(cand: str) -> bool:
    """Rules 16-17: a candidate found only in a weak context (no role before, no title or strong
    verb after) must not start with a rare surname unless it is three characters with a
    name-like given part, nor be a surname glued to an ordinary word (全|系统)."""
    single, compound = _surnames()
    if cand[:2] in compound or cand[:3] in compound:
        return True
    rare = _surname_rank().get(cand[0], 0) >= _RARE_SURNAME_RANK
    if rare and (len(cand) == 2 or not given_looks_like_name(cand)):
        return False
    if len(cand) == 3 and cand[1:] in common_words() and not given_looks_like_name(cand):
        return False
    return True


def _list_neighbour_ok(text: str, s: int) -> bool:
    """Rule 18: a candidate right after 、 follows a person-shaped list item."""
    if s == 0 or text[s - 1] != "、":
        return True
    lo = s - 1
    while lo > 0 and re.match(rf"[{CJK}]", text[lo - 1]) and s - 1 - lo < 12:
        lo -= 1
    prev = text[lo: s - 1]
    return any(len(prev) >= n and is_name(prev[-n:], False) for n in (3, 2, 4))


def _prefer_full_split(text: str, s: int, e: int, name: str) -> tuple[int, int, str]:
    """Rule 19: 孙国平作 read as 国平作 becomes 孙国平 when the character before is a surname, the
    last character a verb or preposition, and the left reading a name."""
    if len(name) in (2, 3) and s > 0 and name[-1] in _VERB_FINAL:
        rank = _surname_rank()
        for n in (3, 2):
            left = text[max(0, e - 1 - n): e - 1]
            if (len(left) == n and left[0] != name[0] and re.fullmatch(rf"[{CJK}]+", left) and is_name(left, False)
                    and rank.get(left[0], 999) <= rank.get(name[0], 999)):
                return e - 1 - n, e - 1, left
    return s, e, name


def is_name(cand: str, strict: bool = True, known: bool = False) -> bool:
    """A surname + 1-2 given characters that is not an ordinary word or a form of address.

    ``strict=False`` (a role word before, a title or profile after) admits the given-name
    characters of _RARE_GIVEN; ``known=True`` (a speech verb, 同志 or 事迹 after it) admits
    person names of jieba's dictionary that common_words() counts as words (焦裕禄, 李强)."""
    single, compound = _surnames()
    if not (cand[:1] in single or cand[:2] in compound or cand[:3] in compound) or not 2 <= len(cand) <= 5:
        return False
    if len(cand) == 5 and cand[:3] not in compound:
        return False
    if any(ch in _NOT_GIVEN and (strict or ch not in _RARE_GIVEN) for ch in cand[1:]):
        return False
    if cand[1:] in _cues()["address_suffixes"]:
        return False  # 谭经理, 王大姐, 刘阿姨: a surname and a form of address is no full name
    if len(cand) == 3 and cand[-1] in _ADVERBIAL_FINAL and cand[:2] in common_words():
        return False  # rule 20: 骑手高兴地说 (高兴|地), not a name ending in 地
    if len(cand) == 3 and cand[0] in _PREP and cand[1:] in common_words() and not given_looks_like_name(cand):
        return False  # rule 20: 快递员向记者介绍 (向|记者): a preposition before a word
    words = common_words()
    if known and cand in _dictionary_people() and cand not in _frequent_words():
        return True  # a dictionary person name (焦裕禄, 李强) in a strong person context
    return cand not in words and not (len(cand) == 3 and cand[:2] in words and cand[1:] in words)


@lru_cache(maxsize=1)
def _two_char_tags() -> dict[str, str]:
    """Part-of-speech tag of each two-character entry of jieba's dictionary."""
    from importlib import resources

    out: dict[str, str] = {}
    for line in resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 3 and len(parts[0]) == 2:
            out[parts[0]] = parts[2]
    return out


def _word_tag(word: str) -> str:
    """jieba's tag for a two-character word, "" when it is none (魏国 is a place name, 强化 a verb)."""
    return _two_char_tags().get(word, "")


@lru_cache(maxsize=1)
def _frequent_words() -> frozenset[str]:
    """Person-tagged dictionary entries frequent enough to be ordinary words (智慧, 幸福感 … as nr)."""
    from importlib import resources

    out: set[str] = set()
    for line in resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 3 and parts[2].startswith("nr") and int(parts[1]) >= 500:
            out.add(parts[0])
    return frozenset(out)


@lru_cache(maxsize=1)
def _dictionary_people() -> frozenset[str]:
    """Entries jieba's dictionary tags as person names (nr, nrfg, nrt); common_words() keeps the
    frequent ones as ordinary words because some are (智慧, 幸福感), so they count only in strong contexts."""
    from importlib import resources

    out: set[str] = set()
    for line in resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 3 and 2 <= len(parts[0]) <= 4 and parts[2] in ("nr", "nrfg", "nrt"):
            out.add(parts[0])
    return frozenset(out)


def _list_member(chunk: str, ends_at: int) -> tuple[str, int] | None:
    """The name a list item ``chunk`` ends with (lengths 3, 4, 2 tried in that order)."""
    for n in (3, 4, 2):
        if len(chunk) >= n:
            cand = chunk[-n:]
            # an item standing alone between separators may use the rarer given characters (温立新、钟华)
            if (is_name(cand, cand != chunk) or (n == 4 and cand == chunk and _is_transliterated(cand))) and re.fullmatch(
                    rf"[{CJK}]+", cand):
                return cand, ends_at - n
    return None


_NUM_PEOPLE = r"等?[0-9０-９一二三四五六七八九十两百]+(?:名|人|位)"
# prepositions and conjunctions that are also surnames: 向张三同志学习 is 张三, not 向张三
_PREP = set("向和与及为以由同把被给对将从在跟让请于")
# the rarer surnames among them, split off a clause-initial name too (，和王进说); 向, 于 stay (于海波)
_PREP_AT_BOUNDARY = _PREP - set("向于")
# right contexts strong enough to find a name whatever stands before it
_BARE_RIGHT = re.compile(r"同志|的先进事迹|先进事迹|的感人事迹|的事迹|劳模创新工作室|技能大师工作室|大师工作室|创新工作室"
                         r"|等(?=[0-9０-９一二三四五六七八九十两百]+(?:名|人|位)|一批|一大批|劳模|先进|同志|人)")


@lru_cache(maxsize=1)
def _context_patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns for people introduced without a role word (module docstring, rules 6-11)."""
    single, compound = _surnames()
    cues = _cues()
    sur = "(?:" + "|".join(sorted(compound, key=len, reverse=True) + sorted(single)) + ")"
    name = rf"(?P<name>{sur}[{CJK}]{{1,2}})"
    left = _alt(cues["left_triggers"])
    strong = _alt(cues["strong_after"])
    # a clause boundary; not a plain space, which the source also leaves inside words (安  全生产)
    bound = r"(?:(?<=[，。、；：“”（(）)\n　])|^)"
    # 6. a trigger (以, 如, 涌现出, 据, 向 …) or a boundary before, a verb, list end or head count after
    trig = re.compile(rf"{_first(single, compound, cues['left_triggers'])}(?:{bound}|{left}){name}(?=(?:{_VERB_AFTER}|{strong}|{_NUM_PEOPLE}))")
    # 6b. 来自某公司的张三说: after 的 only with a strong right context
    story_after = _alt(cues["story_after"])
    de = re.compile(rf"的{name}(?=(?:{strong})|[，,](?:{story_after}|现任|今年))")
    # 7. a title after the name: 张三主席出席…, 李四书记在…
    title = re.compile(rf"{_first(single, compound, cues['left_triggers'])}(?:{bound}|{left}){name}(?:{_alt(cues['titles_after'])})(?![团处台室会长员们办级])")
    # 8. a personal profile or a photo position: 张三，男，汉族…; 张三（右二）
    profile = re.compile(rf"{_first(single, compound)}{bound}{name}(?=[，,][男女][，,、（(]|[（(](?:左|右|中|前排|后排))")
    # 9. a clause opened by a three-character name and a story verb: ，张三扎根一线二十年
    story = re.compile(rf"{_first(single, compound)}{bound}(?P<name>{sur}[{CJK}]{{2}})(?=[，,]?(?:{story_after}))")
    # 10. a unit word instead of a role word: 某供电公司张三、某矿李四荣获…
    org = re.compile(rf"(?:{_alt(cues['org_before'])}){name}(?=[、，。；和与]|{_VERB_AFTER}|{strong})")
    # 11. an election or nomination: 选举张三为主席, 推荐李四为全国劳模候选人
    elect = re.compile(rf"(?:(?:选举|推选|任命|推荐|评选|选树|表彰)(?={sur}[{CJK}]{{1,2}}为)|他叫|她叫|名叫|叫做)"
                       rf"{name}(?=为|的|[，。；,])")
    # 12. a role in parentheses after the name: 张三（全国劳动模范）
    paren = re.compile(rf"{_first(single, compound)}{bound}{name}(?=[（(][^（）()\n]{{0,15}}(?:{_ROLE_BEFORE})[^（）()\n]{{0,6}}[）)])")
    return trig, de, title, profile, story, org, elect, paren


@lru_cache(maxsize=1)
def _strong_right() -> re.Pattern[str]:
    return re.compile(_alt(_cues()["strong_after"]))


def _name_ending_at(text: str, e: int) -> tuple[str, int] | None:
    """The name that ends at ``e`` when nothing but a strong right context marks it (学习黄大年同志):
    three characters unless the first belongs to the word before it (建成|张三工作室) or is a
    preposition before a two-character name (向|王进同志)."""
    words = common_words()
    c3, c2 = text[max(0, e - 3):e], text[max(0, e - 2):e]
    if (len(c3) == 3 and re.fullmatch(rf"[{CJK}]+", c3) and is_name(c3, False, True) and text[max(0, e - 4):e - 2] not in words
            and not (c3[0] in _PREP and is_name(c2))):
        return c3, e - 3
    if len(c2) == 2 and re.fullmatch(rf"[{CJK}]+", c2) and is_name(c2, False, True):
        return c2, e - 2
    return None


@lru_cache(maxsize=1)
def _dotted() -> re.Pattern[str]:
    """Transliterated names with a middle dot (阿卜杜·热合曼): both parts made of transliteration characters."""
    chars = "".join(sorted(set(_cues()["transliteration_chars"]) - set(" \n")))
    return re.compile(rf"(?<![{chars}])(?P<name>[{chars}]{{2,6}}[·•・.][{chars}]{{2,8}})(?![{chars}])")


def _tibetan(text: str) -> list[tuple[int, int, str]]:
    """Four-character names made of two Tibetan name elements (次仁多吉), in any context."""
    parts = set(_cues()["tibetan_parts"])
    return [(i, i + 4, text[i:i + 4]) for i in range(len(text) - 3)
            if text[i:i + 2] in parts and text[i + 2:i + 4] in parts]


_LIST = re.compile(rf"(?=[{CJK}]{{2,8}}?、)[{CJK}]{{2,8}}(?:、[{CJK}]{{2,4}})+、[{CJK}]{{2,4}}")


_PLACE_LIST_END = re.compile(r"等?(?:地|市|县|区|州|盟|旗|乡|镇|村|省|国|单位|企业|部门|行业|城市|地区)")


def _name_lists(text: str) -> list[tuple[int, int, str]]:
    """Members of a 、-list of at least three names (张三、李四、王五分获…): three person-shaped items in
    a row are evidence enough, whatever governs the list (推荐, 涌现出, a far-away 劳模)."""
    out: list[tuple[int, int, str]] = []
    strong = _strong_right()
    for m in _LIST.finditer(text):
        items = m.group().split("、")
        pos = m.start()
        found: list[tuple[int, int, str]] = []
        first = _list_member(items[0], pos + len(items[0]))
        if first is None:
            continue
        found.append((first[1], pos + len(items[0]), first[0]))
        pos += len(items[0]) + 1
        ok = True
        for item in items[1:-1]:
            if not ((is_name(item) and not _starts_with_word(item)) or _is_transliterated_item(item)):
                ok = False
                break
            found.append((pos, pos + len(item), item))
            pos += len(item) + 1
        if not ok:
            continue
        last = items[-1]
        tail = text[pos:]
        if _PLACE_LIST_END.match(text, m.end()) or _PLACE_LIST_END.match(last, 2):
            continue  # 石阡、印江、德江等地 / 等县: a list of places
        for n in (3, 2):
            cand = last[:n]
            if len(cand) == n and is_name(cand) and not (n == 3 and (strong.match(tail, 2) or re.match(
                    rf"(?:{_VERB_AFTER}|{_WEAK_AFTER})", tail[2:]))):
                found.append((pos, pos + n, cand))
                break
        else:
            continue
        out.extend(found)
    return out


def _is_transliterated_item(item: str) -> bool:
    """A four-character list item without a Han surname (冶则乃拜) between names."""
    return len(item) == 4 and _is_transliterated(item)


@lru_cache(maxsize=1)
def _given_chars() -> frozenset[str]:
    return frozenset(_cues()["given_chars"]) - frozenset(" \n")


def given_looks_like_name(cand: str) -> bool:
    """Every given-name character is a common given-name character (红梅, 建国; not 过程, 基层)."""
    single, compound = _surnames()
    given = cand[2:] if cand[:2] in compound else cand[1:]
    return bool(given) and all(ch in _given_chars() for ch in given)


def _starts_with_word(cand: str) -> bool:
    """强化职, 全过程: a three-character candidate that opens with an ordinary word (a place name
    like 魏国 is fine), or ends with one that is no given name (过程; 建国 may be)."""
    words = common_words()
    return len(cand) == 3 and ((cand[:2] in words and _word_tag(cand[:2]) != "ns")
                               or (cand[1:] in words and not given_looks_like_name(cand)))


@lru_cache(maxsize=1)
def _role_open() -> re.Pattern[str]:
    single, compound = _surnames()
    sur = "(?:" + "|".join(sorted(compound, key=len, reverse=True) + sorted(single)) + ")"
    return re.compile(rf"(?:{_ROLE_BEFORE})[”」』]?[、，：:]?(?:“[^”\n]{{1,8}}”)?(?P<name>{sur}[{CJK}]{{1,2}})")


_BYLINE = re.compile(r"(?:记者|通讯员|编辑|撰稿)$")
_VERBISH = ("v", "d", "p", "c", "ad", "vd")
# one-character prepositions and verbs a name is often followed by (易建军为学生…, 邹立明对工会…)
_ONE_CHAR_AFTER = set("为对向给把被从用是也就还又都已曾正")


def _role_then_word(text: str) -> list[tuple[int, int, str]]:
    """A role word, a name and then any verb, adverb or preposition (时代楷模沈国栋走进企业): the
    word after the name decides its length (沈国栋|走进, not 沈国|栋走)."""
    out = []
    for m in _role_open().finditer(text):
        s = m.start("name")
        got = _name_before_word(text, s)
        if got is None or got[1][0] in "和与及" or text[s - 1: s + 1] in common_words():
            continue
        name = got[1]
        if len(name) == 3 and name[0] in _PREP and is_name(name[1:]):
            s, name = s + 1, name[1:]  # 职工向王进学习
        out.append((s, s + len(name), name))
    return out


def _name_before_word(text: str, s: int, strict: bool = False) -> tuple[int, str] | None:
    """A three- or two-character name at ``s`` followed by a verb, adverb or preposition; when the
    three-character reading glues to the next word (孔德胜|出席 read as 孔德|胜出) nothing is returned."""
    for n in (3, 2):
        cand = text[s:s + n]
        if len(cand) != n or not re.fullmatch(rf"[{CJK}]+", cand) or not is_name(cand, strict):
            continue
        if text[s + n - 1: s + n + 1] in common_words() or _starts_with_word(cand):
            return None
        nxt = text[s + n: s + n + 2]
        if (_word_tag(nxt) in _VERBISH or nxt[:1] in _ONE_CHAR_AFTER or re.fullmatch(rf"[{CJK}][了着过]", nxt)) \
                and not _FORMULA_AFTER.match(text[s + n: s + n + 6]):
            return n, cand
    return None


@lru_cache(maxsize=1)
def _clause_start() -> re.Pattern[str]:
    single, compound = _surnames()
    sur = "(?:" + "|".join(sorted(compound, key=len, reverse=True) + sorted(single)) + ")"
    return re.compile(rf"{_first(single, compound)}(?:(?<=[，。；：“”）)\n　])|^)(?={sur}[{CJK}]{{2}})")


def _clause_openers(text: str) -> list[tuple[int, int, str]]:
    """A clause opened by a three-character name and a verb or adverb (，蓝天宇一举夺得金牌;
    姚立波至今还记得…): the weakest context, so the given name must look like one too."""
    out = []
    for m in _clause_start().finditer(text):
        s = m.start()
        got = _name_before_word(text, s, strict=True)
        if got is not None and got[0] == 3 and given_looks_like_name(got[1]) and got[1][0] not in _PREP:
            out.append((s, s + 3, got[1]))
    return out


def find_people(text: str) -> list[PersonMention]:
    """Person mentions in ``text``, left to right, deduplicated by span."""
    before, after = _patterns()
    spans: dict[tuple[int, int], str] = {}
    trig, de, title, profile, story, org, elect, paren = _context_patterns()
    strong = _strong_right()
    for rx in (before, after, trig, de, title, profile, story, org, elect, paren):
        for m in rx.finditer(text):
            s = m.start("name")
            name = m.group("name")
            e = m.end("name")
            known = bool(strong.match(text, e))
            strict = rx not in (before, title, profile, paren, elect) and not known
            if rx is org and (text[s - 1: s + 1] in common_words() or name[:2] in common_words()
                              or _starts_with_word(name)):
                continue  # 队|伍建设, 站|成立后: the unit character is part of a word, no unit before a name
            if rx is story and _starts_with_word(name):
                continue  # 强化|职工, 向|基层: a clause opening with a word, not a name
            if rx is before and _BYLINE.search(text[max(0, s - 6): s]) and re.match(r"[\s）)、，]|通讯员|摄", text[e: e + 3]):
                continue  # （本报记者 张三 通讯员 李四）: the writer of the article, not a person it is about
            if rx is before and text[s - 1: s + 1] in common_words():
                continue  # 老师|傅教: the role word ends inside a longer word (师傅), no name follows it
            if rx is before and name[0] in "和与及":
                continue  # 劳动模范和先进工作者: a conjunction between role words, not the surname 和
            if len(name) == 3 and is_name(name[1:]) and (
                    name[0] in _PREP_AT_BOUNDARY if rx is not before else name[0] in _PREP and not re.match(_STRONG_AFTER, text[e:])):
                # ，和王进同志…, 职工向王进同志学习: the preposition is no surname here (主席向海波表示 keeps it)
                s, name = s + 1, name[1:]
            if _FORMULA_AFTER.match(text[e: e + 6]) or not is_name(name, strict, known):
                continue
            if len(name) == 2 and name in common_words() and _DOCUMENT_VERB.match(text, e):
                continue  # rule 21: 贺信指出 (jieba tags 贺信 nr): documents 指出/强调 too, people 说/表示
            if strict and not (weak_context_ok(name) and _list_neighbour_ok(text, s)):
                continue  # rules 16-18: 普惠等业务, 全系统1人, 转会、普惠等
            s, e, name = _prefer_full_split(text, s, e, name)
            spans.setdefault((s, e), name)
    for m in _BARE_RIGHT.finditer(text):
        got = _name_ending_at(text, m.start())
        if got is not None and not _FORMULA_AFTER.match(text[m.start(): m.start() + 6]):
            s, e, name = _prefer_full_split(text, got[1], m.start(), got[0])
            spans.setdefault((s, e), name)
    for m in _dotted().finditer(text):
        parts = re.split(r"[·•・.]", m.group("name"))
        if not all(p in common_words() for p in parts):  # 美丽·阳光, 天山·和田: two ordinary words
            spans.setdefault((m.start("name"), m.end("name")), m.group("name"))
    for s, e, name in _tibetan(text):
        for a, b in [k for k in spans if k[0] < e and s < k[1]]:
            del spans[(a, b)]  # 次仁多 (a compound surname plus one character) inside 次仁多吉
        spans[(s, e)] = name
    for m in _transliterated().finditer(text):
        s, e, name = m.start("name"), m.end("name"), m.group("name")
        if not any(a < e and s < b for a, b in spans) and _is_transliterated(name):
            spans.setdefault((s, e), name)
    for s, e, name in _role_then_word(text):
        spans.setdefault((s, e), name)
    for s, e, name in _clause_openers(text):
        if weak_context_ok(name):
            spans.setdefault((s, e), name)
    for s, e, name in _name_lists(text):
        spans.setdefault((s, e), name)
    # enumerations around anchored names: X、Y和Z等
    for (s, e), name in list(spans.items()):
        cur = s
        while cur > 0 and text[cur - 1] in "、和":
            lo = cur - 1
            while lo > 0 and re.match(rf"[{CJK}]", text[lo - 1]) and cur - 1 - lo < 8:
                lo -= 1
            chunk = text[lo: cur - 1]
            got = _list_member(chunk, cur - 1)
            if got is None:
                break
            spans.setdefault((got[1], cur - 1), got[0])
            cur = got[1]
        cur = e
        while cur < len(text) and text[cur] in "、和":
            m = re.match(rf"[{CJK}]{{2,4}}?(?=[、和等，。；])", text[cur + 1:])
            if not m or not is_name(m.group()):
                break
            spans.setdefault((cur + 1, cur + 1 + len(m.group())), m.group())
            cur = cur + 1 + len(m.group())
    keep = []
    for (s, e), name in sorted(spans.items()):
        if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for (s2, e2) in spans):
            continue
        keep.append(PersonMention(name, s, e))
    return keep


_ROLE_GAP = re.compile(rf"^[{CJK}、]{{0,14}}$")


def affiliation(text: str, unions, start: int, floor: int):
    """The union a person holds office in: a union named just before the name, with only
    role words between (贵州省总工会党组书记、副主席向忠雄)."""
    best = None
    for u in unions:
        if floor <= u.start and u.end <= start and start - u.end <= 14:
            gap = text[u.end: start]
            if _ROLE_GAP.match(gap) and re.search(_ROLE_BEFORE, gap):
                best = u
    return best
