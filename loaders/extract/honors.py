"""Honors: titles from schema/honors.toml, with recipient and count where the text gives them.

Rules added for unit titles (the genre lists a union's honours after one receive verb):
* items of a list governed by 荣获/获评/被评为 … that end in a unit-title head (先进集体, 先进单位,
  示范点, 优秀组织单位, 优胜班组, 示范性工人文化宫 …) are titles; an issuing body before a quoted title and
  leading 全省唯一/第一批 are dropped; counted items (全国双爱双评先进企业工会1个) are read last, as gap
  fillers (:func:`conferred_titles`);
* the recipient of a later list item is the recipient of the list; a union right after 被/由 is
  the awarder, a union modifying a unit (…总工会服务职工中心) is not the recipient, and a clause
  opening with a receive verb inherits the sentence's union subject (:func:`honor_recipients`);
* a levelled title with neither count nor recipient is kept only when conferred (:func:`awarded`):
  全国劳模表彰大会 names a meeting, not an award.

Rules of the third pass (recall on unseen reports, unit recipients):
* work units are recipients (Organization nodes): a name ending in a unit head (公司, 班组, 车间, 学院,
  医院, 旧址 …) or a list of them as the subject of a receive verb; 该公司X is a part of the unit named
  before; a name ending in 工会 is a union; a list with an item that names nothing is not read
  (:func:`find_units`);
* a quoted title after a verb of conferral or selection is a title whatever it holds when 称号 or a
  count follows, or when a conferring verb (荣获, 被命名为, 成为 …) puts it at the end of its clause
  and it has honor vocabulary; a level before the quote is kept, a year or 首批/全省唯一 is not;
  quoted titles sharing one count are one title; figures of speech (…的“温暖小家”), moral honors
  (中国好人) and competition rankings (一等奖) are not titles (``_QUOTED_TITLE``);
* counts: the counted subject of the receive verb (7名…获评, 杨步浩等6人荣获), counts in words (百余个),
  各N个 after a list; 次 counts events; a title counted before it and followed by another action
  (组织30名全国劳模参加疗休养) is not an award (:func:`_count`, :func:`_counted_subject`);
* round 2 (blind synthetic reports): a quoted title after a passive naming its awarder (被中华全国总工会
  授予/评为“X”。) is conferred; a clause that is such a passive (…，被全国总工会命名为X) gives X to the
  sentence's union or unit subject; a quoted name inside a unit name (集运“远洋之星”轮船员班组) belongs to
  the unit; 模范劳动关系和谐企业 is a head; an unlevelled 示范性 title right after a building verb
  (建成示范性…工作室186个) counts facilities, not titles;
* heads: 劳动模范先进工作者 without 和, 劳模工匠（职工）创新工作室, “五一”劳动奖状 with inner quotes,
  qualifiers 市级以上; 称号 before the count and 小家 after X之家 continue an elliptical list; a count
  before each qualifier of one head (5个全国示范性、110个省级…工作室); bare 技术状元/技术能手 counted after
  涌现/评选; star ratings (三星街道 25个, “五星级”…单位 18家); state science awards (国家科技进步二等奖);
* a levelled title before 推荐评选/表彰大会 names the selection; 劳模 is a head only as a title (not
  劳模疗休养基地); titles in a plan (下一步, 力争, an outlook report) are not honors (pipeline);
* persons: a title in apposition before the person's unit and post (全国劳模、XX公司副主任姜辉; also after
  an exemplar or invitation governor: 以全国劳模、XX公司技师张三为代表, 邀请全国劳模、…李四作报告; and after a
  holder noun: 全国五一劳动奖章获得者、XX集团高级技师张三), a holder
  after 荣获X的 (荣获全国五一劳动奖章的钳工赵德胜), the indirect object of 授予 (授予焊工刘建华“…”称号, also
  units), a copula (陈立东同志是全国劳动模范), a clause that is only the title after a name (王志刚，全国
  五一劳动奖章获得者，…); 推荐X成为/经推荐，X获评 are awards, not nominations; the agent of 将/把 (X工会将
  4名先进典型推选为…) is no recipient.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.extract.base import CJK, clause_start, lexicon_toml

_N = r"(?:(?P<num>\d+(?:\.\d+)?)|(?P<cn>[一二两三四五六七八九十百千]+))(?P<wan>万)?(?:余|多)?"
_UNIT = r"(?P<unit>个|名|人|项|家|位|支|所|座)"  # not 次: 推荐评选表彰1次 counts events, not titles
_COUNT_AFTER = re.compile(rf"^[”」]?(?:称号|荣誉)?(?:共计|累计|合计|共|达|各)?{_N}{_UNIT}")
# 各N个 after a list of titles counts every item: 全国五一劳动奖状、全国工人先锋号各1个
_COUNT_EACH = re.compile(rf"^[”」]?(?:[、和及与][^，。；、]{{2,24}}?)+各{_N}{_UNIT}")
_COUNT_BEFORE = re.compile(rf"(?<![\d.]){_N}{_UNIT}(?:[^，。；、\d]{{0,4}})$")
# a counted subject of a receive verb: 7名新就业形态劳动者获评…, 25个项目被评定为“…”, 杨步浩等6人荣获“…”
_COUNT_SUBJECT = re.compile(
    rf"(?<![\d.]){_N}{_UNIT}[^，。；、\d“”]{{0,14}}?(?:荣获|获评|获得|获命名|被评为|被评定为|被命名为|被授予|被认定为|推选为|获)"
    rf"[^，。；、\d]{{0,8}}$")
_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def _cn_number(s: str) -> int | None:
    """一百二十 -> 120, 百 -> 100, 十五 -> 15 (counts in words: 百余个 -> 100)."""
    total, cur = 0, None
    for ch in s:
        if ch in _CN_DIGIT:
            if cur is not None:
                return None
            cur = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            total += (1 if cur is None else cur) * _CN_UNIT[ch]
            cur = None
        else:
            return None
    return total + (cur or 0) or None


# Generic honor phrases: level qualifiers + an honor head, as written (全国及省五一劳动奖状,
# 自治区和兵团级劳动模范和先进工作者, 全国“最美职工”).  Heads are generic vocabulary of labour honors.
# 五一 may carry its own quotes (“五一”劳动奖状); 劳模/劳动模范 and 先进工作者 may be juxtaposed without 和
_HEADS = (
    "劳动模范和先进工作者|劳模和先进工作者|劳动模范先进工作者|劳动模范|先进工作者|五一”?劳动奖状|五一”?劳动奖章|"
    "五一巾帼标兵岗|五一巾帼标兵|五一巾帼奖|工人先锋号|先进集体|模范集体|模范职工之家|模范职工小家|先进职工之家|"
    "先进职工小家|职工之家（小家）|最美职工|最美劳动者|技术能手|技术状元|工人技术明星|三好职工|模范劳动关系和谐企业|劳动关系和谐企业|"
    "职工爱国主义教育基地|优秀农民工|优秀工会工作者|优秀工会积极分子|先进女职工集体|巾帼建功标兵|巾帼文明岗|"
    "(?:示范性)?劳模(?:和工匠人才|和工匠|工匠)?(?:（职工）|职工)?创新(?:创业)?工作室|职工之家|职工小家|"
    "劳模(?=称号|荣誉|等|[^、和（\u4e00-\u9fff]|$)"  # not 劳模疗休养基地, 劳模精神, 劳模、工匠
)
_QUAL_TOKEN = (r"(?:(?:全国|国家级|省部级|省级|市级|县级|区级|州级|区州级|区市级|师市级|自治区级)(?:以上)?|自治区|自治州|兵团级|兵团|示范性"
               r"|省|市|州)")
_HONOR_PHRASE = re.compile(
    rf"(?P<qual>(?:{_QUAL_TOKEN}|(?P<region>[{CJK}]{{2,7}}?(?:省|市|自治区|自治州|州|县|区)))"
    rf"(?:(?:[、及和]|以及){_QUAL_TOKEN})*)[“]?(?P<head>{_HEADS})[”]?"
)
# a count before each qualifier of one head: 命名5个全国示范性、110个省级劳模（职工）创新工作室
_COUNT_FIRST = re.compile(
    rf"(?P<n1>\d+)(?:个|家|名)(?P<q1>{_QUAL_TOKEN}+)、\d+(?:个|家|名)(?P<q2>{_QUAL_TOKEN}+)[“]?(?P<head>{_HEADS})")
# titles that need no level when counted right after a verb of selection (涌现出400名技术状元)
_BARE_COUNTED = re.compile(
    rf"(?:涌现出?|评选出?|评出|选树|表彰|命名|推出|产生|培育出?|获评|荣获)[^，。；]{{0,12}}?(?<![\d.])(?P<n>\d+)(?:余|多)?"
    rf"(?:名|个|人)[“]?(?P<t>技术状元|技术能手|工人技术明星|岗位能手)[”]?")
# a building verb right before a title that has no level (建成示范性劳模创新工作室186个) counts facilities;
# with a level (建成市级示范性…100个) the genre counts titles
_BUILT_BEFORE = re.compile(r"(?:建成|新建|建设|创建|打造|建立)了?$")
# a levelled title right before these names the selection or the meeting, not a title conferred
_EVENT_AFTER = re.compile(r"^[”]?(?:推荐评选|评选表彰|推荐表彰|表彰大会|评选工作|推荐工作|候选人|推荐对象)")
_ELLIPSIS = re.compile(
    rf"^[、，,](?P<q>[“]?)(?P<head>{_HEADS}|奖章|奖状|先锋号|巾帼标兵岗|巾帼标兵|小家)[”]?(?:称号)?(?P<num>\d+)(?:余|多)?"
    r"(?:个|名|人|家)")
_ELLIPSIS_FULL = {"奖章": "五一劳动奖章", "奖状": "五一劳动奖状", "先锋号": "工人先锋号", "巾帼标兵岗": "五一巾帼标兵岗",
                  "巾帼标兵": "五一巾帼标兵", "劳模": "劳动模范", "劳动模范先进工作者": "劳动模范和先进工作者"}


def _head_name(head: str, prev: str | None = None) -> str:
    """The title a head stands for: quotes dropped, elliptical heads completed (小家 after X之家 is X小家)."""
    head = head.replace("”", "").replace("“", "")
    if head == "小家":
        return prev[:-2] + "小家" if prev and prev.endswith("之家") else "职工小家"
    return _ELLIPSIS_FULL.get(head, head)


# Honors only counted with a level: alone they name the practice or the generic title.
_CRAFTSMAN = re.compile(rf"(?P<pre>[{CJK}]{{2,6}})工匠(?![学精人型之称工])")
_QUOTED_CRAFTSMAN = re.compile(rf"“(?P<t>[{CJK}]{{2,4}}工匠)”")
_COUNTED_CRAFTSMAN = re.compile(rf"\d+(?:名|位)(?P<t>(?P<pre>[{CJK}]{{2,3}})工匠)(?![学精人型之称工])")
_NEEDS_LEVEL = {"工人先锋号", "最美职工", "全国优秀职工书屋"}
_RECEIVE = re.compile(r"(荣获|获得(?!者)|获评|被评为|被授予|荣膺|被命名为|获(?!得者)|评为|授予|命名为|评选为|评定为|认定为|"
                      r"被列为|推选为)")  # 获得者 is a holder noun


# A quoted title after a verb of conferral or selection, followed by 称号 or a count: whatever the quotes
# hold is the title (杨步浩等6人荣获“最美劳动者——…劳动模范”称号; 命名“泉州市职工思想教育基地”19个;
# 8个企业班组被命名为“梦桃式班组”).  The words between the verb and the quote are a level (kept) or a
# modifier (全省唯一, 首批, 青海首位: dropped); unquoted words right after the quote belong to the title
# (“昆仑杯”优质工程).
_CONFER_VERB = (r"荣获|获评|获得|获命名|荣膺|被评为|被评定为|被评选为|被命名为|被授予|被认定为|评选为|评定为|命名为|"
                r"授予|评为|成为|命名|评选|评出|选树|推出|确认|获")
_QUOTED_TITLE = re.compile(
    rf"(?:{_CONFER_VERB})(?P<mod>[^，。；;：:、“”]{{0,10}}?)“(?P<q>[^“”，。；]{{2,40}})”"
    rf"(?P<tail>(?:(?!之一)[{CJK}（）]){{0,10}}?(?:[及和]“[{CJK}（）]{{2,20}}”)?)"
    rf"(?=(?P<title_word>(?:等)?(?:荣誉)?称号)|(?:共|达)?\d+(?:\.\d+)?万?(?:余|多)?(?:个|名|人|项|家|位|支|所|座)"
    rf"|(?P<clause_end>[，,。；;！]|$)|之一)"
)
# a passive with its awarder before the verb (被中华全国总工会授予/评为“X”。) confers as strongly as 被授予
_PASSIVE_AWARDER = re.compile(rf"被[{CJK}（）]{{2,16}}$")
# a clause that is a passive with its awarder (…，被中华全国总工会命名为全国模范职工之家)
_PASSIVE_CLAUSE = re.compile(rf"被[{CJK}（）]{{2,16}}?(?:授予|命名为|评为|评选为|评定为|认定为|表彰为)")
# verbs that confer by themselves: a quoted title after them ends its clause without 称号 or count
_STRONG_VERB = re.compile(r"荣获|获评|获得|获命名|荣膺|被评为|被评定为|被评选为|被命名为|被授予|被认定为|评选为|评定为|命名为|成为")
# what a quoted title conferred without 称号 is made of: labour and unit honor vocabulary
# (中国好人, a moral honor, is none: the genre's honors are labour honors)
_HONORISH = re.compile(
    r"奖|先进|模范|劳模|优秀|示范|标兵|先锋|工匠|最美|明星|能手|状元|集体|之家|小家|红旗|文明|巾帼|杯|星级|人物|"
    r"基地|站点|驿站|班组|单位|企业|学院|工程|工地|试点|师傅")
# star ratings of units, counted: 创建陕西省三星街道（镇乡）25个, 确认“四星级”厂务公开职代会单位26家
_STAR = re.compile(
    rf"(?=[{CJK}“1-5]{{1,13}}?星)"  # pre-check: the 星 within reach (same matches, faster scan)
    rf"(?P<pre>[{CJK}]{{2,8}}?(?:省|市|自治区|州|县|区)|全国|省级|市级)?[“]?(?P<star>[一二三四五1-5]星级?)[”]?"
    rf"(?P<noun>[{CJK}（）“”]{{2,24}}?)(?=(?:共|达)?\d+(?:余|多)?(?:个|家|所|名))"
)
# competition rankings (一等奖, 第一名, 金奖) are results, not titles (README: not honors)
_RANKING = re.compile(r"[一二三特]等奖$|第[一二三四五六七八九十\d]+名$|冠军$|亚军$|季军$|[金银铜]奖$|优胜奖$|优秀奖$|名次$")
_NOT_TITLE_QUOTE = re.compile(r"精神|工程$|行动$|活动$|计划$|竞赛$|大赛$|论坛$|^[^奖]*会$")
# state science and technology awards (a generic vocabulary of named awards, any grade)
_STATE_AWARD = re.compile(
    rf"(?=[{CJK}]{{0,12}}?[科技自])"  # pre-check: the award's name within reach (same matches, faster scan)
    rf"(?P<region>[{CJK}]{{2,6}}?(?:省|自治区|市))?(?:国家|省部级|省级|省|自治区|市)?"
    r"(?:科学技术进步|科技进步|技术发明|自然科学)(?:[一二三特]等)?奖")
_ORDINAL_MOD = re.compile(r"首位|首批|首个|首家|唯一|第[一二三四五六七八九十\d]+批")


def _title_prefix(mod: str, region_name, context_name) -> str:
    """The part of the words between a verb and a quoted title that belongs to the title: a level
    (全国, 省级, a region) does; a year, an ordinal or a superlative (全省唯一, 青海首位) does not."""
    mod = re.sub(r"^(?:\d{4}年度?|今年|去年)", "", mod)
    if not mod or _ORDINAL_MOD.search(mod):
        return ""
    if re.fullmatch(_QUAL_TOKEN, mod):
        if context_name and mod in ("省", "市", "省级", "市级"):
            return context_name(mod[0]) or mod
        return mod
    if region_name and region_name(mod) == mod:
        return mod
    return ""


@dataclass(frozen=True)
class HonorMention:
    name: str
    level: str
    start: int
    end: int
    count: int | None
    verb_end: int | None = None  # for a title read as the object of its verb (a conferred list, a quoted title)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[list[tuple[str, str, str]], list[tuple[re.Pattern[str], str, str]]]:
    data = lexicon_toml("schema", "honors.toml")
    literal = [(a, h["name"], h["level"]) for h in data["honor"] for a in h["aliases"]]
    literal.sort(key=lambda t: len(t[0]), reverse=True)
    patterns = [(re.compile(p["regex"]), p["name"], p["level"]) for p in data.get("pattern", [])]
    return literal, patterns


def _count_value(m: re.Match[str]) -> int | None:
    base = float(m.group("num")) if m.group("num") else _cn_number(m.group("cn"))
    if base is None:
        return None
    return int(round(base * (10_000 if m.group("wan") else 1)))


def _count(text: str, s: int, e: int) -> int | None:
    """The number stated with a title: after it (…奖状926个), right before it (35名全国劳模) or as the
    counted subject of the receive verb before it (7名新就业形态劳动者获评…)."""
    lo = max(0, s - 12)
    while lo > 0 and text[lo - 1].isdigit():
        lo -= 1  # never start inside a number (1716 read as 716)
    m = _COUNT_AFTER.match(text[e: e + 14]) or _COUNT_BEFORE.search(text[lo: s]) or _COUNT_EACH.match(text[e: e + 60])
    if m is None:
        lo = max(0, s - 36)
        while lo > 0 and text[lo - 1].isdigit():
            lo -= 1
        m = _COUNT_SUBJECT.search(text[lo: s])
    return _count_value(m) if m is not None else None


_AFTER_TITLE_OK = re.compile(rf"^(?:[^{CJK}]|称号|荣誉|等|和|及|与|的|之一|获得者|得主|受到表彰|受表彰|$)")


def _counted_subject(text: str, s: int, e: int) -> bool:
    """A title counted before it and followed by more of its clause is the subject or object of another
    action (推动17家全国、省级模范职工之家结对帮扶…; 组织35名全国劳模参加疗休养), not a title conferred."""
    if _COUNT_AFTER.match(text[e: e + 14]):
        return False
    lo = max(0, s - 12)
    while lo > 0 and text[lo - 1].isdigit():
        lo -= 1
    return bool(_COUNT_BEFORE.search(text[lo: s])) and not _AFTER_TITLE_OK.match(text[e: e + 4])


def find_honors(text: str, region_name=None, context_name=None) -> list[HonorMention]:
    """Honor mentions; ``region_name(captured) -> str | None`` validates region-prefixed titles
    (it returns the region name the captured prefix ends with, or None to reject)."""
    literal, patterns = _lexicon()
    taken = bytearray(len(text) + 1)
    out: list[HonorMention] = []

    def add(s: int, e: int, name: str, level: str, verb_end: int | None = None, counted: bool = True) -> None:
        if any(taken[s:e]) or _counted_subject(text, s, e):
            return
        name = re.sub(r"\s+", "", name)  # a title broken across lines of the source
        taken[s:e] = b"\x01" * (e - s)
        out.append(HonorMention(name, level, s, e, _count(text, s, e) if counted else None, verb_end))

    def province(name: str) -> str:
        """省/省级 at the head of a title read in a provincial context is that province (省级服务职工综合体
        示范单位 in a Guizhou report: 贵州省服务职工综合体示范单位)."""
        m = re.match(r"省级|省(?![级部委直属会])", name)
        if m is None or context_name is None:
            return name
        return (context_name("省") or m.group()) + name[m.end():]

    # titles listed after a receive verb first: unit titles are open-ended (贵州省普法工作先进单位)
    for s, e, name, v in conferred_titles(text):
        name = province(name)
        level = "national" if name.startswith(("全国", "国家")) else "regional"
        add(s, e, name, level, v)

    # generic phrases: they give the title as written, with its level
    pos = 0
    while True:
        m = _HONOR_PHRASE.search(text, pos)
        if m is None:
            break
        pos = m.end()
        qual, head = m.group("qual"), m.group("head")
        if m.group("region"):
            rn = region_name(m.group("region")) if region_name else None
            if not rn:
                pos = m.start() + 1  # not a region: the phrase may start later (评选省劳动模范)
                continue
            qual = qual[len(m.group("region")) - len(rn):]
            start = m.start("qual") + len(m.group("region")) - len(rn)
        else:
            start = m.start("qual")
            if context_name and (qual in ("省", "市", "州", "省级") or (qual == "市级" and "创新工作室" not in head)):
                qual = context_name(qual[0]) or qual  # 省/省级劳动模范 in a Heilongjiang report: 黑龙江省劳动模范
        if qual in ("示范性",) and head.startswith("示范性"):
            continue
        if _EVENT_AFTER.match(text[m.end(): m.end() + 6]):
            continue  # 拉萨市劳动模范和先进工作者推荐评选表彰1次: the selection, not a title conferred
        if qual == "示范性" and _BUILT_BEFORE.search(text, max(0, start - 8), start):
            continue  # 推动建成示范性…工作室186个: facilities built, no level, so no title conferred
        qual = qual.replace("“", "")
        name = qual + _head_name(head)
        level = "national" if qual.startswith("全国") or qual == "国家级" else "regional"
        add(start, m.end(), name, level)
        end = m.end()
        prev = _head_name(head)
        while True:  # a qualifier distributes over its list: 全国五一劳动奖状926个、奖章4026名、先锋号4119个
            c = _COUNT_AFTER.match(text[end: end + 16])
            if not c:
                break
            nxt = _ELLIPSIS.match(text[end + c.end(): end + c.end() + 24])
            if not nxt:
                break
            hs = end + c.end() + 1 + len(nxt.group("q"))
            he = hs + len(nxt.group("head"))
            full = _head_name(nxt.group("head"), prev)
            if not any(taken[hs:he]):
                taken[hs:he] = b"\x01" * (he - hs)
                out.append(HonorMention(qual + full, level, hs, he, int(nxt.group("num"))))
            prev = full
            end = he + (1 if text[he: he + 1] == "”" else 0)

    for m in _COUNT_FIRST.finditer(text):
        q1 = m.group("q1")
        if context_name and (q1 in ("省", "市", "省级") or (q1 == "市级" and "创新工作室" not in m.group("head"))):
            q1 = context_name(q1[0]) or q1
        name = q1 + _head_name(m.group("head"))
        if not any(taken[m.start("q1"): m.end("q1")]):
            taken[m.start("q1"): m.end("q1")] = b"\x01" * (m.end("q1") - m.start("q1"))
            out.append(HonorMention(name, "national" if q1.startswith("全国") else "regional",
                                    m.start("q1"), m.end("q1"), int(m.group("n1"))))
    for m in _BARE_COUNTED.finditer(text):
        add(m.start("t"), m.end("t"), m.group("t"), "unspecified")

    # star ratings, counted (陕西省三星街道（镇乡）25个)
    for m in _STAR.finditer(text):
        pre = m.group("pre") or ""
        start = m.start("star") if not pre else m.start("pre")
        if pre and pre not in ("全国", "省级", "市级"):
            rn = region_name(pre) if region_name else None
            if not rn:
                pre, start = "", m.start("star")
            else:
                start, pre = m.end("pre") - len(rn), rn
        name = province((pre + m.group("star") + m.group("noun")).replace("“", "").replace("”", ""))
        if re.search(r"[级。，]$", name) or len(m.group("noun").strip("“”")) < 2:
            continue
        add(start, m.end(), name, "national" if pre == "全国" else "regional")

    # a quoted title conferred (…“X”称号) or counted after a verb of selection (命名“X”19个)
    for m in _QUOTED_TITLE.finditer(text):
        q, tail = m.group("q"), m.group("tail")
        if not m.group("title_word") and not _HONORISH.search(q + tail):
            continue
        if m.group("clause_end") is not None and not (_STRONG_VERB.match(text, m.start())
                                                      or _PASSIVE_AWARDER.search(text, max(0, m.start() - 18), m.start())):
            continue  # 推出“X”。: a programme launched, not a title conferred
        if _NOT_TITLE_QUOTE.search(q) or "的" in m.group("mod") or _RANKING.search(q + tail):
            continue  # 成为户外劳动者的“温暖小家”: a figure of speech, not a title
        prefix = _title_prefix(m.group("mod"), region_name, context_name)
        name = province((prefix + q + tail).replace("“", "").replace("”", ""))
        start = m.end("mod") - len(prefix) if prefix and prefix == m.group("mod")[-len(prefix):] else m.start("q") - 1
        level = "national" if name.startswith(("全国", "国家")) else "regional"
        # 成为全省首批4家“工匠学院”之一: one of them, the number counts the others
        add(start, m.end(), name, level, m.start("mod"), counted=not text.startswith("之一", m.end()))

    for m in _STATE_AWARD.finditer(text):
        start = m.start()
        if m.group("region"):
            rn = region_name(m.group("region")) if region_name else None
            start = m.end("region") - len(rn) if rn else m.end("region")
        name = text[start: m.end()]
        if name[:2] in ("科学", "科技", "技术", "自然"):
            continue  # no level: an ordinary prize
        if _RECEIVE.search(text[max(0, start - 4): start]):
            add(start, m.end(), name, "national" if name.startswith("国家") else "regional")

    # a region's craftsman title counted or awarded (评选命名铜仁工匠30人) is an honor as well as a brand
    for m in _CRAFTSMAN.finditer(text):
        rn = region_name(m.group("pre")) if region_name else None
        if not rn:
            continue
        s0 = m.end("pre") - len(rn)
        cnt = _count(text, s0, m.end())
        if cnt is not None or _RECEIVE.search(text[max(0, s0 - 6): s0]):
            add(s0, m.end(), rn + "工匠", "regional")

    # a quoted craftsman title counted or conferred, named by a place nickname (“龙江工匠”25人,
    # “筑城工匠”10人, “西藏工匠”荣誉称号), and N名X工匠 (7名龙江工匠): honors whatever the prefix
    for m in _QUOTED_CRAFTSMAN.finditer(text):
        s0, e0 = m.start("t"), m.end("t")
        if _count(text, m.start(), m.end()) is not None or re.match(r"^(?:等)?(?:荣誉)?称号", text[m.end(): m.end() + 6]):
            add(s0, e0, m.group("t"), "regional")
    for m in _COUNTED_CRAFTSMAN.finditer(text):
        add(m.start("t"), m.end("t"), m.group("t"), "regional")

    for alias, name, level in literal:
        if name in _NEEDS_LEVEL:
            continue
        for m in re.finditer(re.escape(alias), text):
            add(m.start(), m.end(), name, level)
    for rx, template, level in patterns:
        for m in rx.finditer(text):
            groups = dict(m.groupdict())
            start = m.start()
            if "region" in groups:
                region = region_name(groups["region"]) if region_name else groups["region"]
                if not region:
                    continue
                start = m.start("region") + len(groups["region"]) - len(region)
                groups["region"] = region
            add(start, m.end(), template.format(**groups), level)
    # counted items of a conferred list that no other rule read (全国双爱双评先进企业工会1个)
    for s0, e0, name, v in conferred_titles(text, counted=True):
        if len(re.sub(rf"^{_QUAL_TOKEN}", "", name)) < 4:
            continue  # 省级示范点36个 after another title: elliptical, the full title is not written
        name = province(name)
        add(s0, e0, name, "national" if name.startswith(("全国", "国家")) else "regional", v)
    out.sort(key=lambda h: h.start)
    return out


def receives_between(text: str) -> bool:
    """Whether a stretch of text between a recipient and an honor says 'received'."""
    return bool(_RECEIVE.search(text))


def honor_names() -> frozenset[str]:
    """Every literal honor title (for telling honors from brands)."""
    literal, _ = _lexicon()
    return frozenset(a for a, _, _ in literal)


@dataclass(frozen=True)
class UnitMention:
    """A work unit that is not a union (enterprise, team, site, school …) named as a recipient."""

    name: str
    start: int
    end: int

    @property
    def id(self) -> str:
        from graph.model import node_id
        from schema import Label

        return node_id(Label.ORGANIZATION, self.name)


# Heads of unit names: what a work unit that receives a title is called (generic vocabulary).
_UNIT_SUFFIX = (
    r"(?:有限责任公司|股份有限公司|有限公司|分公司|子公司|公司|集团|厂|矿|车间|班组|班|工区|项目部|作业区|队|"
    r"站|所|中心|学校|学院|大学|中学|小学|幼儿园|医院|卫生院|银行|支行|分行|局|协会|馆|宫|旧址|社区|村|园区|"
    r"工作室|团队)"
)
_UNIT_NAME = re.compile(rf"[{CJK}（）()\d]{{2,40}}?{_UNIT_SUFFIX}")  # 2号线乘务中心
_UNIT_VERB = re.compile(rf"(?:也|还|均|先后|分别|都|已|曾|再次|连续[{CJK}]{{1,3}})*"
                        rf"(?:被[{CJK}（）]{{2,16}}?(?:授予|命名为|评为|评选为|评定为|认定为|表彰为)|"
                        r"荣获|获评|获得|获命名|荣膺|被评为|被评定为|被评选为|被命名为|被授予|被认定为|被列为|成为)")
_UNIT_LEAD = re.compile(r"^(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|今年|去年|近年来|同年|此外|其中|另外|目前|经推荐|如|例如|比如|"
                        r"包括|像)+")
_UNIT_TRAIL = re.compile(rf"等(?:\d+|[一二三四五六七八九十百]+)(?:余|多)?(?:家|个|所|支)[{CJK}]{{0,4}}$")
# not names: collective or generic nouns that end like one (全市企业, 各基层单位, 该公司, 企业班组)
# a unit named only by its kind (集团公司, 本单位, 分公司) is the report's own, not a name
_UNIT_KIND_ONLY = re.compile(r"(?:集团|总|分|子|本|该|我|各|下属|所属)?(?:公司|集团|企业|单位|班组|车间|学校|医院|集团公司|中心|站)")
_UNIT_GENERIC = re.compile(r"^(?:全[国省市区州县]|各|该|其|本|我|多|一批|一些|部分|所有|这|那|有关|相关|基层|企业|企事业|"
                           r"单位|职工|工会|优秀|先进|示范)")


# words no name holds: a clause, not a name, ends in the suffix (他们有所获得, 工作是…中心)
_NOT_NAME = re.compile(r"[的了着是在把将被使让]|我们|他们|大家|有所|通过|进行|开展|实现")
_UNIT_ANAPHOR = re.compile(r"^[该其](?P<kind>公司|集团|厂|医院|学校|学院|单位|中心|局)")


def _unit_items(seg: str, offset: int) -> list[tuple[int, str]]:
    """Items of a list of unit names: split on 、, and on 和/及/与 only after a complete name
    (世纪颐和物业服务有限公司 is one name; A公司和B公司 are two)."""
    out: list[tuple[int, str]] = []
    pos = offset
    for piece in re.split(r"(、)", seg):
        start = pos
        pos += len(piece)
        if piece in ("、", ""):
            continue
        cut = 0
        for m in re.finditer(r"[和及与]", piece):
            left = piece[cut: m.start()]
            if (_UNIT_NAME.fullmatch(left) or left.endswith("工会")) and re.match(rf"[{CJK}]{{2}}", piece[m.end():]):
                out.append((start + cut, piece[cut: m.start()]))
                cut = m.end()
        out.append((start + cut, piece[cut:]))
    return out


# the last item of a list carries the unit head for all (市总工会和A县、B县总工会服务职工中心)
_SHARED_HEAD = re.compile(
    rf"^(?P<place>[{CJK}]{{1,8}}?(?:自治县|县|市|区|州|旗))(?P<tail>(?P<union>总工会|工会)?[{CJK}]{{0,10}}{_UNIT_SUFFIX})$")
_PLACE = re.compile(rf"[{CJK}]{{1,8}}?(?:自治县|县|市|区|州|旗)")


_GRANT_UNIT = re.compile(rf"(?<!被)授予(?P<name>[{CJK}（）()\d]{{2,40}}?{_UNIT_SUFFIX})(?=“|全国|国家|中华)")


def _shared_head(items: list[tuple[int, str]], unions) -> list[UnitMention]:
    """Units of a list whose last item carries the head shared by all: places get the head (A县 ->
    A县总工会服务职工中心), a union named in the list gets it after its full name (市总工会 -> 铜仁市总工会
    服务职工中心).  Nothing when an item is neither."""
    last = _SHARED_HEAD.match(items[-1][1]) if items else None
    if last is None or len(items) < 2:
        return []
    tail, union_word = last.group("tail"), last.group("union")
    out = []
    for start, item in items[:-1]:
        end = start + len(item)
        u = next((u for u in unions if u.start == start and u.end == end), None)
        if _PLACE.fullmatch(item):  # the place as written (松桃自治县), not the union's canonical name
            out.append(UnitMention(item + tail, start, end))
        elif u is not None and union_word and u.node.name.endswith(union_word):
            out.append(UnitMention(u.node.name + tail[len(union_word):], start, end))
        else:
            return []
    start, item = items[-1]
    return out + [UnitMention(item, start, start + len(item))]


def find_units(text: str, unions=(), own: str | None = None) -> list[UnitMention]:
    """Work units written as the subject of a receive verb (XX公司荣获全国五一劳动奖状; A公司、B公司获评…;
    …旧址被全国总工会命名为…).  A list item ending in 工会 is a union (the union finder's), a counted or
    collective subject (5个企业班组, 全市企业) is no name.  ``own`` is the reporting enterprise (an
    enterprise union's report): a subject named only by its kind (集团, 公司) is that enterprise."""
    out: list[UnitMention] = []
    union_spans = [(u.start, u.end) for u in unions]
    for v in _UNIT_VERB.finditer(text):
        lo = v.start()
        while lo > 0:
            if text[lo - 1] == "”" and lo < v.start() and re.match(rf"[{CJK}]", text[lo]):
                # a quoted name inside a unit name: 中远海运集运“远洋之星”轮船员班组
                q = text.rfind("“", max(0, lo - 14), lo - 1)
                if q > 0 and re.match(rf"[{CJK}]", text[q - 1]) and re.fullmatch(rf"“[{CJK}\d]{{2,12}}”", text[q:lo]):
                    lo = q - 1
                    continue
            if text[lo - 1] in "，,；;。！？：:\n“”":
                break
            lo -= 1
        seg_start = lo
        seg = text[lo: v.start()]
        lead = _UNIT_LEAD.match(seg)
        if lead:
            seg, seg_start = seg[lead.end():], seg_start + lead.end()
        trail = _UNIT_TRAIL.search(seg)
        if trail:
            seg = seg[: trail.start()]
        found: list[UnitMention] = []
        items = _unit_items(seg, seg_start)
        shared = _shared_head(items, unions)
        if shared:
            out.extend(shared)
            continue
        if own and len(items) == 1 and _UNIT_KIND_ONLY.fullmatch(items[0][1]) and items[0][1].lstrip("本我该") in (
                "集团", "集团公司", "公司", "企业") and own.endswith(("集团", "公司")):
            out.append(UnitMention(own, items[0][0], items[0][0] + len(items[0][1])))
            continue
        for start, item in items:
            ana = _UNIT_ANAPHOR.match(item)
            if ana and len(item) > ana.end() + 1:
                # 该公司隧道一队盾构班: a part of the unit named last (…有限公司隧道一队盾构班)
                kind = ana.group("kind")
                prev = [u for u in out if u.end <= start and start - u.end < 300 and u.name.endswith(kind)]
                if prev:
                    found.append(UnitMention(prev[-1].name + item[ana.end():], start, start + len(item)))
                continue
            if item.endswith(("工会", "工会委员会", "工会联合会", "工联会")):
                continue  # a union: the union finder's
            end = start + len(item)
            item = item.replace("“", "").replace("”", "")  # 集运“远洋之星”轮船员班组: the name without quotes
            if (not _UNIT_NAME.fullmatch(item) or re.match(r"\d", item) or re.search(r"\d+(?:余|多)?[个名家项人支所]", item)
                    or _UNIT_GENERIC.match(item) or _UNIT_KIND_ONLY.fullmatch(item) or _NOT_NAME.search(item)):
                found = []
                break  # a list with an item that names no unit (松桃自治县、…中心) is not understood
            if not any(s <= start and end <= e for s, e in union_spans):
                found.append(UnitMention(item, start, end))
        out.extend(found)
    # the indirect object of 授予 (授予某某有限公司全国五一劳动奖状)
    for m in _GRANT_UNIT.finditer(text):
        name = m.group("name")
        if not (_UNIT_GENERIC.match(name) or _UNIT_KIND_ONLY.fullmatch(name) or name.endswith("工会")):
            out.append(UnitMention(name, m.start("name"), m.end("name")))
    return out


_COPULA = re.compile(r"(?:同志)?(?:是|系|作为|身为)(?:一名|一位)?[“]?")
_NOMINATED = re.compile(r"推荐(?:评选|参评|申报|为|候选)|候选")
_HOLDER_AFTER = re.compile(r"^[”\"」]?(?:(?:荣誉)?称号)?(?:获得者|得主)")
# a title, then the person's unit and post, then the name (全国劳模、巴陵石化公司…副主任姜辉): an apposition
_APPOSITION = re.compile(rf"^[”]?(?:(?:荣誉)?称号)?(?:获得者|得主)?、[{CJK}（）“”\w]{{2,30}}$")
# what may open the clause before such an apposition: an exemplar or invitation governor
# (以全国劳模、XX公司技师张三为代表; 邀请全国劳模、XX医院主任医师李四作报告)
_APPOSITION_LEAD = re.compile(r"(?:以|邀请|特邀|聘请|请|由|如|像|组织|其中|包括|并邀请)?")
# a union name that modifies a unit (…总工会服务职工中心荣获, 市总工会机关获评): the unit is the recipient
_OWNED = re.compile(rf"^(?:的|机关|所属|下属|[{CJK}]{{0,5}}(?:中心|站|宫|馆|室|所|队|部))")
_AWARDER = re.compile(r"(?:被|由|经)$")
_AND = re.compile(r"^[、和与及]$")


def _list_end(u, unions, text: str) -> int:
    """Where the list of unions ``u`` belongs to ends (A、B、C总工会服务中心: after C总工会)."""
    end = u.end
    starts = {x.start: x for x in unions}
    while text[end: end + 1] in ("、", "和", "及") and end + 1 in starts:
        end = starts[end + 1].end
    return end


def honor_recipients(text: str, s_start: int, s_end: int, h: HonorMention, people, unions,
                     units: list[UnitMention] = ()) -> list[str]:
    """Node ids of who received honor ``h`` in its sentence.

    * person/union before the honor, a receive verb between them, no clause break
      (杨步浩等6人荣获“最美劳动者”; 青海省总工会荣获全国五一劳动奖状);
    * the honor as a title right before a name (全国劳模冷朝刚);
    * 「honor」获得者 X和Y: every name of the list after it.
    """
    from graph.model import node_id
    from schema import Label

    out: list[str] = []
    clause_lo = h.start
    while clause_lo > s_start and text[clause_lo - 1] not in "，,；;。！？：:":
        clause_lo -= 1
    before = [(pm.start, pm.end, node_id(Label.PERSON, pm.name)) for pm in people if clause_lo <= pm.start and pm.end <= h.start]
    before += [(u.start, u.end, u.node.id) for u in unions if clause_lo <= u.start and u.end <= h.start
               and not _AWARDER.search(text[max(s_start, u.start - 2): u.start])
               and not _OWNED.match(text[_list_end(u, unions, text): _list_end(u, unions, text) + 8])
               and not any(o.start <= u.start and u.end <= o.end for o in units)]  # 陕甘宁边区总工会 inside …旧址
    before += [(o.start, o.end, o.id) for o in units if clause_lo <= o.start and o.end <= h.start]
    # a body inside the title stretch after the last receive verb issues the title (荣获全国总工会“…示范点”)
    verbs = [m.end() for m in _RECEIVE.finditer(text, clause_lo, h.start)]
    if verbs:
        before = [b for b in before if b[1] <= verbs[-1]]
    before.sort()
    if _NOMINATED.search(text[max(s_start, clause_lo - 12):h.start]):
        before = []  # nominated (推荐评选X等), not yet awarded; 经推荐，A获评… and 推荐X成为… were awarded
    elif not before and h.count is None and (_RECEIVE.match(text[clause_lo:h.start].lstrip("并先后还也均"))
                         or _STRONG_VERB.match(text[clause_lo:h.start].lstrip("并先后还也均"))
                         or _PASSIVE_CLAUSE.match(text[clause_lo:h.start].lstrip("并先后还也均"))):
        passive = _PASSIVE_CLAUSE.match(text[clause_lo:h.start].lstrip("并先后还也均")) is not None
        # 潘从明获国家科技进步二等奖，被评为“大国工匠”: the sentence's person carries over to a clause
        # that opens with a receive verb
        earlier = [(pm.start, pm.end, node_id(Label.PERSON, pm.name)) for pm in people if s_start <= pm.start and pm.end <= clause_lo]
        if earlier:
            return [earlier[-1][2]]
        # the same for a union that is the sentence's subject (遵义市总工会获评…，先后荣获…)
        subject = [u for u in unions if (u.start == s_start or (s_start <= u.start < clause_lo and text[u.start - 1] in "，,：:"))
                   and not any(o.start <= u.start and u.end <= o.end for o in units)]
        # a passive naming its awarder (…，被中华全国总工会命名为…) says of the subject that it received
        if subject and (receives_between(text[subject[0].end: clause_lo]) or passive):
            return [subject[0].node.id]
        # and for a unit (某学院被命名为…，成为全省首批“工匠学院”之一)
        unit_subject = [o for o in units if o.start == s_start or (s_start <= o.start < clause_lo and text[o.start - 1] in "，,：:")]
        if unit_subject and (receives_between(text[unit_subject[0].end: clause_lo]) or passive):
            return [unit_subject[0].id]
    # 授予焊工刘建华“湖北省劳动模范”称号 / 授予某某有限公司全国五一劳动奖状: the recipient is the indirect
    # object, between 授予 and the title
    grant = list(re.finditer(r"(?<!被)授予", text[clause_lo:h.start]))
    if grant:
        g_end = clause_lo + grant[-1].end()
        dative = [(pm.start, pm.end, node_id(Label.PERSON, pm.name)) for pm in people if g_end <= pm.start and pm.end <= h.start]
        dative += [(o.start, o.end, o.id) for o in units if g_end <= o.start and o.end <= h.start]
        dative = [d for d in dative if re.fullmatch(r"(?:同志)?[“]?", text[d[1]: h.start])]
        if dative:
            return [d[2] for d in dative]
    if before and re.search(r"[将把]", text[before[-1][1]: h.start]):
        before = []  # 北方集团工会将4名先进典型推选为…: the agent who put others forward, not a recipient
    if before:
        last = before[-1]
        # 张三是全国劳动模范 / 李四系全国五一劳动奖章获得者: a person who holds the title
        holds = last[2].startswith(node_id(Label.PERSON, "")) and _COPULA.fullmatch(text[last[1]: h.start])
        if receives_between(text[last[1]: h.start]) or (h.verb_end is not None and last[1] <= h.verb_end) or holds:
            # X、Y等N人荣获: all names of the list
            group = [last]
            for cand in reversed(before[:-1]):
                if _AND.match(text[cand[1]: group[0][0]] or "x"):
                    group.insert(0, cand)
                else:
                    break
            out.extend(g[2] for g in group)
    if not out and clause_lo > s_start and text[clause_lo - 1] in "，,":
        # 王进喜，全国劳动模范，…: a clause that is only the title describes the person just named
        if re.fullmatch(r"[“”]?", text[clause_lo: h.start]) and re.match(r"[”]?(?:获得者|得主)?(?:[，,。；]|$)", text[h.end: h.end + 5]):
            named = [pm for pm in people if pm.end == clause_lo - 1 and pm.start >= s_start]
            if named:
                out.append(node_id(Label.PERSON, named[-1].name))
    after_people = [pm for pm in people if h.end <= pm.start < s_end]
    if after_people:
        first = after_people[0]
        gap = text[h.end: first.start]
        apposition = (_APPOSITION.match(gap) and not _RECEIVE.search(gap) and "、" not in gap[2:]
                      and _APPOSITION_LEAD.fullmatch(text[clause_start(text, h.start, s_start): h.start]) is not None)
        # 荣获全国五一劳动奖章的赵德胜: a holder named after the title its clause confers
        holder_of = (re.fullmatch(rf"[”]?(?:(?:荣誉)?称号)?的[{CJK}]{{0,6}}", gap) is not None
                     and _RECEIVE.search(text[clause_start(text, h.start, s_start): h.start]) is not None)
        if gap == "" or _HOLDER_AFTER.match(gap) or apposition or holder_of:
            out.append(node_id(Label.PERSON, first.name))
            prev_end = first.end
            for pm in after_people[1:]:
                if _AND.match(text[prev_end: pm.start] or "x"):
                    out.append(node_id(Label.PERSON, pm.name))
                    prev_end = pm.end
                else:
                    break
    if not out and h.verb_end is not None and h.verb_end < h.start:
        # a later item of a conferred list: whoever received the list's first item
        at = HonorMention(h.name, h.level, h.verb_end, h.verb_end, h.count)
        return honor_recipients(text, s_start, s_end, at, people, unions, units)
    return list(dict.fromkeys(out))


_TITLE_AFTER = re.compile(r"^[”」]?(?:等)?(?:荣誉)?称号|^[”」]?(?:等)?荣誉")


def awarded(text: str, s_start: int, h: HonorMention) -> bool:
    """Whether the text says title ``h`` was conferred: a receive verb earlier in its clause
    (获评/荣获/被评为/被命名为 …, across the 、 of a list) or 称号/荣誉 after it.  A levelled
    title used as a modifier (全国劳模表彰大会, 省劳模推荐评选工作) is not an award."""
    if h.verb_end is not None:
        return True  # found as the object of its verb (a conferred list, a quoted title)
    lo = h.start
    while lo > s_start and text[lo - 1] not in "，,；;。！？：:":
        lo -= 1
    if _RECEIVE.search(text[lo:h.start]):
        return True
    tail = text[h.end: h.end + 40]
    m = re.match(r"^[^，,；;。]*?(?:称号|荣誉)", tail)
    return bool(m and not re.search(r"[表评推]", m.group()[:-2]))


# Unit titles conferred on organizations end in a small set of generic heads: 先进集体/先进单位/
# 示范点/试点单位/优秀组织单位/先进基层党组织/重要贡献集体/示范性工人文化宫 …  They are recognized
# only as items of a list governed by a receive verb (荣获/获评/被评为 …), where the genre names them.
_UNIT_TITLE = re.compile(
    rf"(?:(?:先进|优秀|优胜|模范|示范|标兵|文明|试点|星级|贡献)[{CJK}（）]{{0,7}}|集体|单位|示范点|示范基地|教育基地|"
    rf"(?:专项行动|试点|示范|标杆)企业)$")
_LIST_VERB = re.compile(r"(?:荣获|获评|被评为|被授予|荣膺|被命名为|获得|评选为|命名为|评为|被列为|获)")
_ISSUER_PREFIX = re.compile(rf"^[{CJK}]{{1,10}}?(?:总工会|工会|人民政府|政府|委员会)(?=“)")
_LEAD_MODIFIER = re.compile(r"^(?:全[国省市区州](?:唯一|首家|首批|首个)|第[一二三四五六七八九十\d]+批|首批)")
_LIST_STOP = re.compile(r"[。；;！？]")


def conferred_titles(text: str, counted: bool = False) -> list[tuple[int, int, str, int]]:
    """(start, end, title, verb end) of unit titles in lists after a receive verb:
    遵义市总工会获评贵州省脱贫攻坚先进集体、贵州省普法工作先进单位，先后荣获全国总工会“提升职工生活品质
    示范点”和“…先进单位”…等称号.  The list runs to 称号/荣誉 when the sentence has it, else to the
    clause end; items split on 、, ”和“ and ，; an issuing body before a quoted title is dropped.
    With ``counted``, the items that carry a count instead (推荐获评…、全国双爱双评先进企业工会1个)."""
    out: list[tuple[int, int, str, int]] = []
    seen: set[int] = set()
    for v in _LIST_VERB.finditer(text):
        lo = v.end()
        stop = _LIST_STOP.search(text, lo)
        hi = stop.start() if stop else len(text)
        nxt = _LIST_VERB.search(text, lo, hi)
        if nxt is not None:  # 荣获A，焊工B荣获C称号: the second verb starts another list
            hi = max(lo, text.rfind("，", lo, nxt.start()), text.rfind(",", lo, nxt.start()))
            hi = hi if hi > lo else nxt.start()
        seg = text[lo:hi]
        t = re.search(r"(?:等)?(?:荣誉)?称号|等荣誉", seg)
        if t:
            seg = seg[: t.start()]
        else:
            c = re.search(r"[，,]", seg)
            if c:
                seg = seg[: c.start()]
        pos = lo
        for item in re.split(r"(、|”和“|”及“|[，,])", seg):
            start = pos
            pos += len(item)
            if item in ("、", "”和“", "”及“", "，", ","):
                continue
            raw = item
            if raw.startswith("”"):
                raw, start = raw[1:], start + 1
            m = _ISSUER_PREFIX.match(raw)
            if m:
                raw, start = raw[m.end():], start + m.end()
            lead = _LEAD_MODIFIER.match(raw)
            if lead:
                raw, start = raw[lead.end():], start + lead.end()
            num = re.search(r"[”]?\d+(?:余|多)?(?:个|名|人|家|项)$", raw)
            if counted != bool(num):
                continue
            if num:
                raw = raw[: num.start()]
            name = raw.replace("“", "").replace("”", "")
            end = start + len(raw)
            if not 5 <= len(name) <= 32 or re.search(r"[\d%]", name) or not re.fullmatch(rf"[{CJK}（）“”]+", name):
                continue
            if "的" in name or name.endswith(("典型", "人物")):
                continue  # a description (…的员工), or people rather than a title
            if start not in seen and _UNIT_TITLE.search(name.replace("（", "").replace("）", "")):
                seen.add(start)
                out.append((start, end, name, v.end()))
    return out
