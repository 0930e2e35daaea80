"""Honors: titles from schema/honors.toml, with recipient and count where the text gives them."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.extract.base import CJK, lexicon_toml

_COUNT_AFTER = re.compile(r"^(?:称号|荣誉)?(?P<num>\d+)(?:余|多)?(?P<unit>个|名|人|项|家|次|位|支)")
_COUNT_BEFORE = re.compile(r"(?P<num>\d+)(?:余|多)?(?P<unit>个|名|人|项|家|次|位|支)(?:[^，。；\d]{0,4})$")
_RECEIVE = re.compile(r"(荣获|获得|获评|被评为|被授予|荣膺|获|评为|授予|命名为)")


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


def find_honors(text: str, region_name=None) -> list[HonorMention]:
    """Honor mentions; ``region_name(captured) -> str | None`` validates region-prefixed titles
    (it returns the region name the captured prefix ends with, or None to reject)."""
    literal, patterns = _lexicon()
    taken = bytearray(len(text) + 1)
    out: list[HonorMention] = []

    def add(s: int, e: int, name: str, level: str) -> None:
        if any(taken[s:e]):
            return
        taken[s:e] = b"\x01" * (e - s)
        m = _COUNT_AFTER.match(text[e : e + 12]) or _COUNT_BEFORE.search(text[max(0, s - 10) : s])
        out.append(HonorMention(name, level, s, e, int(m.group("num")) if m else None))

    for alias, name, level in literal:
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
