"""People: named individuals the report is about, found by context, not by a tagger alone.

A candidate is a surname (loaders/lexicon/surnames.txt) plus one or two given
characters, accepted only in a person context: after a role or honor word
(劳模, 工匠, 主席, 职工 ...) or before a speech/honor verb (说, 荣获, 带领 ...).
Names inside fixed political formulas (习近平新时代中国特色社会主义思想,
以习近平同志为核心的党中央) are not people the report is about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.extract.base import CJK, lexicon_lines

_ROLE_BEFORE = (
    "劳动模范|全国劳模|劳模|工匠|大国工匠|技能大师|首席技师|技师|高级技师|工程师|主席|副主席|书记|副书记|党组书记|"
    "主任|副主任|局长|厂长|经理|总经理|董事长|院士|教授|医生|教师|老师|职工|工人|员工|农民工|快递员|外卖员|骑手|司机|"
    "环卫工|队长|班长|组长|师傅|代表|同志|获得者|标兵|先进个人|冠军|选手|志愿者|讲师|宣讲员|负责人|站长|所长|会长"
)
_VERB_AFTER = (
    "说|表示|介绍|坦言|感慨|告诉|回忆|讲|同志|荣获|获得|获评|被评为|被授予|当选|带领|领衔|牵头|创办|发明|研发|攻克|"
    "劳模创新工作室|技能大师工作室|创新工作室|工作室|等|作为|是|在|从|把|用|为"
)
_FORMULA_AFTER = re.compile(r"^(新时代|总书记|同志为核心|同志为|经济思想|法治思想|生态文明思想|强军思想|外交思想|文化思想|主席)")
_NOT_GIVEN = set("省市县区镇乡村局厅委会部院校所站队组和与及的了在是为等年月日个名项家次把被将从对向于同也都就还")


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
    name = rf"(?P<name>{sur}[{CJK}]{{1,2}})"
    before = re.compile(rf"(?:{_ROLE_BEFORE})[、，]?{name}(?=[，。、；：“（(]|{_VERB_AFTER})")
    after = re.compile(rf"(?:^|(?<=[，。、；：“（(\s])){name}(?=(?:{_VERB_AFTER}))")
    return before, after


def find_people(text: str) -> list[PersonMention]:
    """Person mentions in ``text``, left to right, deduplicated by span."""
    before, after = _patterns()
    spans: dict[tuple[int, int], str] = {}
    for rx in (before, after):
        for m in rx.finditer(text):
            name = m.group("name")
            s, e = m.start("name"), m.end("name")
            if _FORMULA_AFTER.match(text[e : e + 6]):
                continue
            if any(ch in _NOT_GIVEN for ch in name[1:]):
                continue
            # prefer a two-character name when the third char starts the verb (王强说 vs 王强说X)
            spans.setdefault((s, e), name)
    # drop a span contained in another
    keep = []
    for (s, e), name in sorted(spans.items()):
        if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for (s2, e2) in spans):
            continue
        keep.append(PersonMention(name, s, e))
    return keep
