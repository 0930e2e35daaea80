"""Honors: titles from schema/honors.toml, with recipient and count where the text gives them."""
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
_NEEDS_LEVEL = {"工人先锋号", "最美职工", "全国优秀职工书屋"}
_RECEIVE = re.compile(r"(荣获|获得|获评|被评为|被授予|荣膺|被命名为|获|评为|授予|命名为)")


@dataclass(frozen=True)
class HonorMention:
    name: str
    level: str
    start: int
    end: int
    count: int | None


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

    def add(s: int, e: int, name: str, level: str) -> None:
        if any(taken[s:e]):
            return
        taken[s:e] = b"\x01" * (e - s)
        out.append(HonorMention(name, level, s, e, _count(text, s, e)))

    # generic phrases first: they give the title as written, with its level
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
            if qual in ("省", "市", "州", "省级", "市级") and context_name and "创新工作室" not in head:
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
_AND = re.compile(r"^[、和与及]$")


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
    before += [(u.start, u.end, u.node.id) for u in unions if clause_lo <= u.start and u.end <= h.start]
    before.sort()
    if "推荐" in text[clause_lo:h.start] or "推荐" in text[max(s_start, clause_lo - 12):clause_lo]:
        before = []  # nominated (推荐评选X等), not yet awarded
    elif not before and _RECEIVE.match(text[clause_lo:h.start].lstrip("并先后还也均")):
        # 潘从明获国家科技进步二等奖，被评为“大国工匠”: the sentence's person carries over to a clause
        # that opens with a receive verb
        earlier = [(pm.start, pm.end, node_id(Label.PERSON, pm.name)) for pm in people if s_start <= pm.start and pm.end <= clause_lo]
        if earlier:
            return [earlier[-1][2]]
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
    return list(dict.fromkeys(out))
