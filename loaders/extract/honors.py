"""Honors: titles from schema/honors.toml, with recipient and count where the text gives them.

Rules added for unit titles (the genre lists a union's honours after one receive verb):
* items of a list governed by 荣获/获评/被评为 … that end in a unit-title head (先进集体, 先进单位,
  示范点, 优秀组织单位, 示范性工人文化宫 …) are titles; an issuing body before a quoted title and
  leading 全省唯一/第一批 are dropped (:func:`conferred_titles`);
* the recipient of a later list item is the recipient of the list; a union right after 被/由 is
  the awarder, a union modifying a unit (…总工会服务职工中心) is not the recipient, and a clause
  opening with a receive verb inherits the sentence's union subject (:func:`honor_recipients`);
* a levelled title with neither count nor recipient is kept only when conferred (:func:`awarded`):
  全国劳模表彰大会 names a meeting, not an award.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.extract.base import CJK, lexicon_toml

_N = r"(?P<num>\d+(?:\.\d+)?)(?P<wan>万)?(?:余|多)?"
_COUNT_AFTER = re.compile(rf"^[”」]?(?:称号|荣誉)?(?:共|达)?{_N}(?P<unit>个|名|人|项|家|次|位|支|所)")
_COUNT_BEFORE = re.compile(rf"{_N}(?P<unit>个|名|人|项|家|次|位|支|所)(?:[^，。；、\d]{{0,4}})$")
# Generic honor phrases: level qualifiers + an honor head, as written (全国及省五一劳动奖状,
# 自治区和兵团级劳动模范和先进工作者, 全国“最美职工”).  Heads are generic vocabulary of labour honors.
_HEADS = (
    "劳动模范和先进工作者|劳模和先进工作者|劳动模范|先进工作者|五一劳动奖状|五一劳动奖章|五一巾帼标兵岗|五一巾帼标兵|"
    "五一巾帼奖|工人先锋号|先进集体|模范集体|模范职工之家|模范职工小家|先进职工之家|先进职工小家|最美职工|最美劳动者|"
    "技术能手|技术状元|工人技术明星|三好职工|劳动关系和谐企业|职工爱国主义教育基地|"
    "示范性劳模(?:和工匠人才|（职工）|职工)?创新工作室|劳模(?:和工匠人才|（职工）|职工|工匠职工)?创新工作室|"
    "劳模(?![和、（创工精])"
)
_QUAL_TOKEN = r"(?:全国|国家级|省级|市级|县级|区级|州级|区州级|师市级|自治区|自治州|兵团级|兵团|示范性|省|市|州)"
_HONOR_PHRASE = re.compile(
    rf"(?P<qual>(?:{_QUAL_TOKEN}|(?P<region>[{CJK}]{{2,7}}?(?:省|市|自治区|自治州|州|县|区)))"
    rf"(?:(?:[、及和]|以及){_QUAL_TOKEN})*)[“]?(?P<head>{_HEADS})[”]?"
)
_ELLIPSIS = re.compile(
    rf"^[、，,](?P<q>[“]?)(?P<head>{_HEADS}|奖章|奖状|先锋号|巾帼标兵岗|巾帼标兵)[”]?(?P<num>\d+)(?:余|多)?(?:个|名|人|家)")
_ELLIPSIS_FULL = {"奖章": "五一劳动奖章", "奖状": "五一劳动奖状", "先锋号": "工人先锋号", "巾帼标兵岗": "五一巾帼标兵岗",
                  "巾帼标兵": "五一巾帼标兵", "劳模": "劳动模范"}
# Honors only counted with a level: alone they name the practice or the generic title.
_CRAFTSMAN = re.compile(rf"(?P<pre>[{CJK}]{{2,6}})工匠(?![学精人型之称工])")
_QUOTED_CRAFTSMAN = re.compile(rf"“(?P<t>[{CJK}]{{2,4}}工匠)”")
_COUNTED_CRAFTSMAN = re.compile(rf"\d+(?:名|位)(?P<t>(?P<pre>[{CJK}]{{2,3}})工匠)(?![学精人型之称工])")
_NEEDS_LEVEL = {"工人先锋号", "最美职工", "全国优秀职工书屋"}
_RECEIVE = re.compile(r"(荣获|获得(?!者)|获评|被评为|被授予|荣膺|被命名为|获(?!得者)|评为|授予|命名为)")  # 获得者 is a holder noun


@dataclass(frozen=True)
class HonorMention:
    name: str
    level: str
    start: int
    end: int
    count: int | None
    verb_end: int | None = None  # for a title in a list governed by a receive verb: where the verb ends


@lru_cache(maxsize=1)
def _lexicon() -> tuple[list[tuple[str, str, str]], list[tuple[re.Pattern[str], str, str]]]:
    data = lexicon_toml("schema", "honors.toml")
    literal = [(a, h["name"], h["level"]) for h in data["honor"] for a in h["aliases"]]
    literal.sort(key=lambda t: len(t[0]), reverse=True)
    patterns = [(re.compile(p["regex"]), p["name"], p["level"]) for p in data.get("pattern", [])]
    return literal, patterns


def _count(text: str, s: int, e: int) -> int | None:
    m = _COUNT_AFTER.match(text[e: e + 14]) or _COUNT_BEFORE.search(text[max(0, s - 12): s])
    if m is None:
        return None
    v = float(m.group("num")) * (10_000 if m.group("wan") else 1)
    return int(round(v))


def find_honors(text: str, region_name=None, context_name=None) -> list[HonorMention]:
    """Honor mentions; ``region_name(captured) -> str | None`` validates region-prefixed titles
    (it returns the region name the captured prefix ends with, or None to reject)."""
    literal, patterns = _lexicon()
    taken = bytearray(len(text) + 1)
    out: list[HonorMention] = []

    def add(s: int, e: int, name: str, level: str, verb_end: int | None = None) -> None:
        if any(taken[s:e]):
            return
        taken[s:e] = b"\x01" * (e - s)
        out.append(HonorMention(name, level, s, e, _count(text, s, e), verb_end))

    # titles listed after a receive verb first: unit titles are open-ended (贵州省普法工作先进单位)
    for s, e, name, v in conferred_titles(text):
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
            if context_name and (qual in ("省", "市", "州") or (qual in ("省级", "市级") and "创新工作室" not in head)):
                qual = context_name(qual[0]) or qual  # 省/省级劳动模范 in a Heilongjiang report: 黑龙江省劳动模范
        if qual in ("示范性",) and head.startswith("示范性"):
            continue
        name = qual + _ELLIPSIS_FULL.get(head, head) if head == "劳模" else qual + head
        level = "national" if qual.startswith("全国") or qual == "国家级" else "regional"
        add(start, m.end(), name, level)
        end = m.end()
        end = m.end()
        while True:  # a qualifier distributes over its list: 全国五一劳动奖状926个、奖章4026名、先锋号4119个
            c = _COUNT_AFTER.match(text[end: end + 16])
            if not c:
                break
            nxt = _ELLIPSIS.match(text[end + c.end(): end + c.end() + 24])
            if not nxt:
                break
            hs = end + c.end() + 1 + len(nxt.group("q"))
            he = hs + len(nxt.group("head"))
            if not any(taken[hs:he]):
                taken[hs:he] = b"\x01" * (he - hs)
                out.append(HonorMention(qual + _ELLIPSIS_FULL.get(nxt.group("head"), nxt.group("head")), level, hs, he,
                                        int(nxt.group("num"))))
            end = he + (1 if text[he: he + 1] == "”" else 0)

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
    out.sort(key=lambda h: h.start)
    return out


def receives_between(text: str) -> bool:
    """Whether a stretch of text between a recipient and an honor says 'received'."""
    return bool(_RECEIVE.search(text))


def honor_names() -> frozenset[str]:
    """Every literal honor title (for telling honors from brands)."""
    literal, _ = _lexicon()
    return frozenset(a for a, _, _ in literal)


_HOLDER_AFTER = re.compile(r"^[”\"」]?(?:获得者|得主)")
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


def honor_recipients(text: str, s_start: int, s_end: int, h: HonorMention, people, unions) -> list[str]:
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
               and not _OWNED.match(text[_list_end(u, unions, text): _list_end(u, unions, text) + 8])]
    # a body inside the title stretch after the last receive verb issues the title (荣获全国总工会“…示范点”)
    verbs = [m.end() for m in _RECEIVE.finditer(text, clause_lo, h.start)]
    if verbs:
        before = [b for b in before if b[1] <= verbs[-1]]
    before.sort()
    if "推荐" in text[clause_lo:h.start] or "推荐" in text[max(s_start, clause_lo - 12):clause_lo]:
        before = []  # nominated (推荐评选X等), not yet awarded
    elif not before and _RECEIVE.match(text[clause_lo:h.start].lstrip("并先后还也均")):
        # 潘从明获国家科技进步二等奖，被评为“大国工匠”: the sentence's person carries over to a clause
        # that opens with a receive verb
        earlier = [(pm.start, pm.end, node_id(Label.PERSON, pm.name)) for pm in people if s_start <= pm.start and pm.end <= clause_lo]
        if earlier:
            return [earlier[-1][2]]
        # the same for a union that is the sentence's subject (遵义市总工会获评…，先后荣获…)
        subject = [u for u in unions if u.start == s_start or (s_start <= u.start < clause_lo and text[u.start - 1] in "，,：:")]
        if subject and receives_between(text[subject[0].end: clause_lo]):
            return [subject[0].node.id]
    if before:
        last = before[-1]
        if receives_between(text[last[1]: h.start]):
            # X、Y等N人荣获: all names of the list
            group = [last]
            for cand in reversed(before[:-1]):
                if _AND.match(text[cand[1]: group[0][0]] or "x"):
                    group.insert(0, cand)
                else:
                    break
            out.extend(g[2] for g in group)
    after_people = [pm for pm in people if h.end <= pm.start < s_end]
    if after_people:
        first = after_people[0]
        gap = text[h.end: first.start]
        if gap == "" or _HOLDER_AFTER.match(gap):
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
        return honor_recipients(text, s_start, s_end, at, people, unions)
    return list(dict.fromkeys(out))


_TITLE_AFTER = re.compile(r"^[”」]?(?:等)?(?:荣誉)?称号|^[”」]?(?:等)?荣誉")


def awarded(text: str, s_start: int, h: HonorMention) -> bool:
    """Whether the text says title ``h`` was conferred: a receive verb earlier in its clause
    (获评/荣获/被评为/被命名为 …, across the 、 of a list) or 称号/荣誉 after it.  A levelled
    title used as a modifier (全国劳模表彰大会, 省劳模推荐评选工作) is not an award."""
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
    rf"(?:(?:先进|优秀|模范|示范|标兵|文明|试点|星级|贡献)[{CJK}（）]{{0,7}}|集体|单位|示范点|示范基地|教育基地)$")
_LIST_VERB = re.compile(r"(?:荣获|获评|被评为|被授予|荣膺|被命名为|获得|评选为|命名为|评为|获)")
_ISSUER_PREFIX = re.compile(rf"^[{CJK}]{{1,10}}?(?:总工会|工会|人民政府|政府|委员会)(?=“)")
_LEAD_MODIFIER = re.compile(r"^(?:全[国省市区州](?:唯一|首家|首批|首个)|第[一二三四五六七八九十\d]+批|首批)")
_LIST_STOP = re.compile(r"[。；;！？]")


def conferred_titles(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, title) of unit titles in lists after a receive verb:
    遵义市总工会获评贵州省脱贫攻坚先进集体、贵州省普法工作先进单位，先后荣获全国总工会“提升职工生活品质
    示范点”和“…先进单位”…等称号.  The list runs to 称号/荣誉 when the sentence has it, else to the
    clause end; items split on 、, ”和“ and ，; an issuing body before a quoted title is dropped."""
    out: list[tuple[int, int, str, int]] = []
    seen: set[int] = set()
    for v in _LIST_VERB.finditer(text):
        lo = v.end()
        stop = _LIST_STOP.search(text, lo)
        hi = stop.start() if stop else len(text)
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
            name = raw.strip("“”")
            end = start + len(raw)
            if not 5 <= len(name) <= 32 or re.search(r"[\d%]", name) or not re.fullmatch(rf"[{CJK}（）“”]+", name):
                continue
            if "的" in name or name.endswith(("典型", "人物")):
                continue  # a description (…的员工), or people rather than a title
            if start not in seen and _UNIT_TITLE.search(name.replace("（", "").replace("）", "")):
                seen.add(start)
                out.append((start, end, name, v.end()))
    return out
