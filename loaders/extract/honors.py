"""Honors: titles from schema/honors.toml, with recipient and count where the text gives them."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.extract.base import lexicon_toml

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
