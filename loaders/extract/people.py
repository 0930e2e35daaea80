"""People: named individuals the report is about, found by context, not by a tagger alone.

Rules (each one exists because of a class of errors it removes):

1. A candidate is a surname (loaders/lexicon/surnames.txt) plus one or two
   given characters.
2. It must sit in a person context (an *anchor*): right after a role or honor
   word (劳模, 工匠, 主席, 班长, 环卫工人 ...), or right before a speech/honor
   verb (说, 表示, 荣获, 等一批 ...) with a clause boundary or role word before it.
3. It must not be an ordinary word: jieba's bundled dictionary (a generic
   lexicon, used only as a word list) rejects 文化宫, 权益, 幸福, 董事 ...
   unless the dictionary itself tags the word as a person name (nr).
4. Names inside fixed political formulas (习近平新时代中国特色社会主义思想,
   以习近平同志为核心的党中央) are not people the report is about.
5. A list of names joined by 、/和 next to an anchored name (韩玉龙、马青云等)
   yields every member: enumerations share their anchor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.extract.base import CJK, common_words, lexicon_lines

_ROLE_BEFORE = (
    "全国劳动模范|劳动模范|全国劳模|劳模|大国工匠|工匠|技能大师|首席技师|高级技师|技师|工程师|"
    "党组书记|副书记|书记|副主席|主席|副主任|主任|局长|厂长|总经理|经理|董事长|院士|教授|院长|校长|医生|教师|老师|"
    "职工|工人|员工|农民工|快递员|外卖员|快递小哥|骑手|司机|环卫工|队长|班长|组长|师傅|同志|获得者|标兵|冠军|选手|"
    "志愿者|讲师|宣讲员|管护员|负责人|站长|所长|会长|代表|焊接工|焊工|钳工|电工|车工|技术员|操作工|"
    "省长|副省长|市长|副市长|县长|区长|部长|厅长|处长|科长|秘书长|常委|委员|总工程师|护士|民警|牧民|农民|"
    "快递小哥|外卖小哥|货车司机|网约车司机|环卫工人|一线职工|新就业形态劳动者|工会干部|班组长"
)
_VERB_AFTER = (
    "说|表示|介绍|坦言|感慨|告诉|回忆|谈到|笑着说|动情地说|激动地说|自豪地说|深有感触|同志|荣获|获得|获评|被评为|被授予|当选|带领|领衔|牵头|创办|发明|研发|攻克|"
    "劳模创新工作室|技能大师工作室|创新工作室|工作室|等"
)
# Weak right contexts: only after a role word (职工潘从明获…, 讲师陈江兰的…, 司机曾华给…).
_WEAK_AFTER = "获|成为|加入|正在|走上|深有|拿回|亲临|先后|不断|高兴|向|给|的|在"
_BOUNDARY = "，。、；：“”（(）)\n "
_FORMULA_AFTER = re.compile(
    r"^(新时代|总书记|同志为核心|同志为|经济思想|法治思想|生态文明思想|强军思想|外交思想|文化思想|主席|关于|重要)"
)
_NOT_GIVEN = set(
    "省市县区镇乡村局厅委会部院校所站队组和与及的了在是为等年月日个名项家次把被将对向于也都就还"
    "工职劳模匠师长员代表说获各全共新党"
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
    before = re.compile(rf"(?:{_ROLE_BEFORE})[、，]?{name}(?=[{_BOUNDARY}和与]|{_VERB_AFTER}|{_WEAK_AFTER})")
    after = re.compile(rf"(?:(?<=[{_BOUNDARY}])|^){name}(?=(?:{_VERB_AFTER}))")
    return before, after


def is_name(cand: str) -> bool:
    """A surname + 1-2 given characters that is not an ordinary word."""
    single, compound = _surnames()
    if not (cand[:1] in single or cand[:2] in compound or cand[:3] in compound) or not 2 <= len(cand) <= 5:
        return False
    if len(cand) == 5 and cand[:3] not in compound:
        return False
    if any(ch in _NOT_GIVEN for ch in cand[1:]):
        return False
    words = common_words()
    return cand not in words and not (len(cand) == 3 and cand[:2] in words and cand[1:] in words)


def _list_member(chunk: str, ends_at: int) -> tuple[str, int] | None:
    """The name a list item ``chunk`` ends with (lengths 3, 4, 2 tried in that order)."""
    for n in (3, 4, 2):
        if len(chunk) >= n:
            cand = chunk[-n:]
            if (is_name(cand) or (n == 4 and cand == chunk and not cand in common_words())) and re.fullmatch(
                    rf"[{CJK}]+", cand):
                return cand, ends_at - n
    return None


def find_people(text: str) -> list[PersonMention]:
    """Person mentions in ``text``, left to right, deduplicated by span."""
    before, after = _patterns()
    spans: dict[tuple[int, int], str] = {}
    for rx in (before, after):
        for m in rx.finditer(text):
            s = m.start("name")
            name = m.group("name")
            e = m.end("name")
            if _FORMULA_AFTER.match(text[e: e + 6]) or not is_name(name):
                continue
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
