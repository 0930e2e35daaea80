"""Brands: local named programs, usually quoted (“一瓶水•传递爱”), told apart from slogans.

A quoted string is a brand when it names something the union runs: the
sentence carries a taxonomy practice, or the quote is followed by a program
noun (品牌, 工程, 行动, 驿站 ...).  It is not a brand when it is a political
formula or motto (loaders/lexicon/slogans.txt), a number formula (“两个维护”,
“十四五”, “五型工会”), a practice name itself, or a full sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.base import CJK, lexicon_lines

_QUOTE = re.compile(r"[“\"「](?P<name>[^”\"」“\n]{2,16})[”\"」]")
# Number formulas: 两个维护, 四个意识, 十四五, 五型工会, 三大工程, 1+N, 五小
_NUMBER_FORMULA = re.compile(
    r"^(?:[一二三四五六七八九十百千两双\d]+(?:个|大|项|型|心|有|条|化|好|支|种|类|张|字|进|送|到|争|比|小|不|强|新|联|员|帮|服务)"
    r"|[一二三四五六七八九十]{2,4}$|\d+\s*\+\s*[\dNnXx]|.*[一二三四五六七八九十]+五$)"
)
_PROGRAM_NOUN = re.compile(
    r"^(?:品牌|工程|行动|活动|计划|项目|服务|平台|基地|驿站|之家|专项|系列|工作室|书屋|课堂|讲堂|学校|学院|大讲堂|竞赛|大赛|"
    r"比武|工作法|模式|机制|体系|中心|站|点|号|卡|APP|小程序|热线|基金|志愿服务队|宣讲团|主题|品牌活动|示范|"
    r"阵地|联盟|直通车|服务队|工作站|集市|大礼包)"
)
_POLITICAL = re.compile(r"(习近平|党中央|思想|主义|初心|使命|精神|总书记|新时代|二十大|十九大|党史|核心)")
_SENTENCE_LIKE = re.compile(rf"[，。；！？]|^[{CJK}]{{0,3}}(是|要|在|把|让)")


@dataclass(frozen=True)
class BrandCandidate:
    name: str
    start: int  # offsets of the name (inside the quotes)
    end: int


def _clean(name: str) -> str:
    return name.strip().replace("·", "•").replace("・", "•")


def is_slogan(name: str) -> bool:
    """Political formulas, mottos and number formulas are never brands."""
    n = _clean(name)
    return (
        n in set(lexicon_lines("slogans.txt"))
        or bool(_NUMBER_FORMULA.match(n))
        or bool(_POLITICAL.search(n))
    )


def find_brands(text: str, sentence_has_practice, practice_aliases: set[str]) -> list[BrandCandidate]:
    """Quoted names in ``text`` that pass the brand rules.

    ``sentence_has_practice(offset)`` says whether the sentence at an offset
    carries a taxonomy practice.
    """
    out = []
    for m in _QUOTE.finditer(text):
        name = _clean(m.group("name"))
        if name in practice_aliases or is_slogan(name) or _SENTENCE_LIKE.search(name):
            continue
        if not re.search(rf"[{CJK}]", name):
            continue
        after = text[m.end() : m.end() + 6]
        if _PROGRAM_NOUN.match(after) or sentence_has_practice(m.start()):
            out.append(BrandCandidate(name, m.start("name"), m.end("name")))
    return out
