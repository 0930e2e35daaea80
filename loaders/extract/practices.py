"""Practices: taxonomy aliases and patterns found in text, attached to the union that runs them.

The taxonomy (schema/practices.toml) is the only source of practice names;
nothing here knows a particular report.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from graph.model import Node, node_id
from loaders.extract.base import common_words
from schema import Label


@dataclass(frozen=True)
class PracticeMention:
    practice: str  # taxonomy id
    start: int
    end: int


class PracticeMatcher:
    """Finds taxonomy practices in text: literal aliases (Aho-Corasick) and regex variants."""

    def __init__(self, taxonomy) -> None:
        self.taxonomy = taxonomy
        self._auto = ahocorasick.Automaton()
        self._patterns: list[tuple[re.Pattern[str], str]] = []
        for p in taxonomy.practices:
            for a in {p.zh, *p.aliases}:
                self._auto.add_word(a, (a, p.id))
            for rx in p.patterns:
                self._patterns.append((re.compile(rx), p.id))
        self._auto.make_automaton()
        self.by_id = {p.id: p for p in taxonomy.practices}

    def find(self, text: str) -> list[PracticeMention]:
        """Non-overlapping mentions, longest first, left to right."""
        cands: list[tuple[int, int, str]] = []
        for end_idx, (alias, pid) in self._auto.iter(text):
            cands.append((end_idx - len(alias) + 1, end_idx + 1, pid))
        for rx, pid in self._patterns:
            cands.extend((m.start(), m.end(), pid) for m in rx.finditer(text) if m.end() > m.start())
        cands = [c for c in cands if not self._crosses_word(text, c[0], c[1])]
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken = bytearray(len(text) + 1)
        out = []
        for s, e, pid in cands:
            if any(taken[s:e]):
                continue
            taken[s:e] = b"\x01" * (e - s)
            out.append(PracticeMention(pid, s, e))
        out.sort(key=lambda m: m.start)
        return out

    @staticmethod
    def _crosses_word(text: str, s: int, e: int) -> bool:
        """A short alias (<= 3 chars) inside an unrelated word: some dictionary word straddles
        one of its edges (产改 in 资产改革, 建家 in 建家园, 经审 in 经审查)."""
        if e - s > 3:
            return False
        words = common_words()
        for n in (2, 3):
            for i in range(s - n + 1, s):  # words crossing the left edge
                if i >= 0 and i + n <= len(text) and i + n < e + 1 and text[i:i + n] in words and i + n > s:
                    return True
            for i in range(s + 1, e):  # words crossing the right edge
                if i + n > e and i + n <= len(text) and text[i:i + n] in words:
                    return True
        return False

    def node(self, pid: str) -> Node:
        p = self.by_id[pid]
        aliases = tuple(sorted(set(p.aliases) - {p.zh}))
        props = {"category": p.category, "name_en": p.en, "definition": p.definition}
        return Node(node_id(Label.PRACTICE, pid), Label.PRACTICE, p.zh, aliases, props)


@lru_cache(maxsize=1)
def default_matcher() -> PracticeMatcher:
    from schema.taxonomy import load_taxonomy

    return PracticeMatcher(load_taxonomy())


# Numbers tied to a practice: 建成劳模创新工作室96家 / 命名100家职工书屋.
_NUM = r"(?P<num>\d+(?:\.\d+)?)(?P<wan>万|亿)?(?:余|多)?"
_UNIT = r"(?P<unit>家|个|所|座|处|支|项|场|次|期|批|名|人次|人|万元|元|条|间|块)"
_AFTER = re.compile(rf"^[^，,；;。！？]{{0,6}}?{_NUM}{_UNIT}")
_BEFORE = re.compile(rf"{_NUM}{_UNIT}(?:[^，,；;。！？、\d]{{0,8}})$")


def quantity_near(text: str, start: int, end: int) -> tuple[float, str] | None:
    """A count stated right after (or just before) a mention, within its clause."""
    m = _AFTER.match(text[end : end + 24])
    if m is None:
        m = _BEFORE.search(text[max(0, start - 14) : start])
    if m is None:
        return None
    value = float(m.group("num"))
    if m.group("wan") == "万":
        value *= 10_000
    elif m.group("wan") == "亿":
        value *= 100_000_000
    unit = m.group("unit")
    value = round(value, 2)
    return (int(value) if float(value).is_integer() else value), unit
