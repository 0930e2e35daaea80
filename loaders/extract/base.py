"""What every extractor shares: the prepared report and a builder for its fragment."""
from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from graph.model import Evidence, Fragment, Node, Relation
from loaders.repair import CleanText, Sentence
from schema import Label, Rel

CJK = r"\u4e00-\u9fff"
# Plan markers.  要 only as a modal (not 主要/重要/需要/要求), 将 not as the object marker (将X作为/纳入).
_PLAN = re.compile(
    r"(?:(?<![主重需只纲摘必概])要(?![求素点件的闻害务约])|(?<![即])将(?![^，。；]{0,16}(?:作为|纳入|列入|列为|融入|贯穿|相结合|结合起来|推选为|评选为|评为|命名为|授予))"
    r"|拟|(?<![动年作])计划(?!生育)|力争|未来五年|下一步|下一阶段|接下来|明年|今后|预计|努力实现|着眼未来)"
)
_PLAN_TITLE = re.compile(r"(展望|未来五年|工作思路|工作要点|规划|(?<![即])将(?:以|要|在|继续|进一步))")
_CLAUSE_BREAK = "，,；;。！？!?：:\n"
_CLAUSE_BREAK_RE = re.compile(f"[{re.escape(_CLAUSE_BREAK)}]")
# A sentence opening with a time and a subject announcing what it will do is a plan throughout:
# 今年，某工会将结合实际，增强…，抓实抓好X.
_SUBJECT_PLAN = re.compile(r"(?:今年|明年|今后|下一步|未来)[^。；]{0,3}，[^，。；]{2,14}(?:工会|我们|我[省市区县州])(?:还|也|仍|更)?"
                           r"(?:将|要|计划|拟|力争)(?:结合|继续|进一步|以|在|坚持|围绕|聚焦|全力|着力|持续|深入|大力|切实|不断|紧扣|立足)")


@dataclass
class ReportDoc:
    """A report ready for extraction: clean text, sentences and identity."""

    id: str
    title: str
    seq: int
    section: str | None
    source: str
    clean: CleanText
    sentences: list[Sentence]
    content_hash: str
    _starts: list[int] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        return self.clean.text

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing clean offset ``offset``."""
        if not self._starts:
            self._starts = [s.start for s in self.sentences]
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.sentences[i]


def clause_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the clause (between commas/semicolons) that contains ``pos``."""
    i = pos
    while i > floor and text[i - 1] not in _CLAUSE_BREAK:
        i -= 1
    return i


def clause_end(text: str, pos: int, ceil: int | None = None) -> int:
    ceil = len(text) if ceil is None else ceil
    if pos < ceil <= len(text):  # the loop below, done by a regex search
        m = _CLAUSE_BREAK_RE.search(text, pos, ceil)
        return ceil if m is None else m.start()
    i = pos
    while i < ceil and text[i] not in _CLAUSE_BREAK:
        i += 1
    return i


def is_plan_title(title: str) -> bool:
    """A report whose title announces an outlook (展望, 未来五年, X将以…推进) states plans throughout."""
    return bool(_PLAN_TITLE.search(title))


def is_planned(doc: ReportDoc, start: int) -> bool:
    """A mention is a plan when its clause (up to it) or the sentence opening says so."""
    s = doc.sentence_at(start)
    text = doc.text
    cs = clause_start(text, start, s.start)
    # matched on the whole clause so that the object-marker test (将X作为…) sees past the mention
    # (the first match decides: later ones start further right)
    head = (m := _PLAN.search(text[cs: clause_end(text, start, s.end)])) is not None and cs + m.start() < start
    opening = (m := _PLAN.search(text, s.start, s.end)) is not None and m.start() < min(s.start + 8, start)
    subject_plan = bool(_SUBJECT_PLAN.match(text, s.start, start))
    return bool(head or opening or subject_plan)


class FragmentBuilder:
    """Collects one report's nodes and relations, each relation with its evidence."""

    def __init__(self, doc: ReportDoc, report: Node) -> None:
        self.doc = doc
        self.report = report
        self.nodes: dict[str, Node] = {}
        self.relations: dict[str, Relation] = {}

    def add(self, node: Node) -> str:
        cur = self.nodes.get(node.id)
        if cur is None:
            self.nodes[node.id] = node
        else:
            cur.aliases = tuple(sorted(set(cur.aliases) | set(node.aliases)))
            for k, v in node.props.items():
                cur.props.setdefault(k, v)
        return node.id

    def evidence(self, start: int, end: int) -> Evidence:
        s = self.doc.sentence_at(start)
        return Evidence(report=self.doc.id, sentence=s.text, start=start, end=end)

    def relate(self, source: str, target: str, rel: Rel, start: int | None = None, end: int | None = None,
               **props: Any) -> None:
        ev = self.evidence(start, end) if start is not None and end is not None else None
        r = Relation(source, target, rel, ev, {k: v for k, v in props.items() if v is not None})
        self.relations.setdefault(r.key, r)

    def mention(self, nid: str, start: int, end: int) -> None:
        self.relate(self.report.id, nid, Rel.MENTIONS, start, end)

    def has(self, nid: str) -> bool:
        return nid in self.nodes

    def fragment(self) -> Fragment:
        return Fragment(report=self.report, nodes=list(self.nodes.values()), relations=list(self.relations.values()))


@lru_cache(maxsize=None)
def lexicon_lines(name: str) -> tuple[str, ...]:
    """Non-comment entries of a text lexicon in loaders/lexicon (whitespace separated)."""
    text = resources.files("loaders.lexicon").joinpath(name).read_text(encoding="utf-8")
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.extend(line.split())
    return tuple(out)


@lru_cache(maxsize=None)
def lexicon_toml(package: str, name: str) -> dict:
    return tomllib.loads(resources.files(package).joinpath(name).read_text(encoding="utf-8"))


def label_id(label: Label, key: str) -> str:
    from graph.model import node_id

    return node_id(label, key)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Two- to four-character words of jieba's dictionary, except rare ones tagged as names.

    jieba tags some common words as names (智慧, 幸福感), so a name tag only
    counts for rare entries."""
    out: set[str] = set()
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) >= 3 and 2 <= len(parts[0]) <= 4 and (parts[2] != "nr" or int(parts[1]) >= 50):
            out.add(parts[0])
    return frozenset(out)


@lru_cache(maxsize=1)
def verb_words() -> frozenset[str]:
    """Two-character words jieba's dictionary tags as verbs (v) or verbal nouns (vn)."""
    out: set[str] = set()
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) >= 3 and len(parts[0]) == 2 and parts[2] in ("v", "vn"):
            out.add(parts[0] + ("" if parts[2] == "v" else "/vn"))
    return frozenset(out)
