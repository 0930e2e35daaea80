"""From a source document to report fragments: split, repair, extract.

Pure: text in, :class:`graph.model.Fragment` out.  File reading lives in
loaders.reading and writing in graph.store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from graph.model import Fragment, Node, node_id
from loaders.extract.base import FragmentBuilder, ReportDoc, is_planned
from loaders.extract.brands import find_brands
from loaders.extract.gazetteer import Gazetteer, Region, load_gazetteer
from loaders.extract.honors import find_honors, receives_between
from loaders.extract.people import find_people
from loaders.extract.practices import PracticeMatcher, default_matcher, quantity_near
from loaders.extract.unions import UnionFinder, UnionMention
from loaders.formats.normalize import content_hash
from loaders.reading import SourceDocument
from loaders.repair import repair, split_sentences
from loaders.splitting import RawReport, split_compilation
from schema import Label, Rel, Status

_ORIGIN = re.compile(r"(首创|率先|首家|发起|源起|开创)")
_PROMOTE = re.compile(r"(在全国推广|全国推广|向全国推广|全国复制推广|在全国范围内推广|推广经验)")
_SUBJECT_BEFORE = set("，,；;：:。！？\n") | {""}


@dataclass
class DocumentResult:
    """What one source document gave: its reports' fragments and any problems."""

    path: str
    fragments: list[Fragment] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def normalize_title(title: str) -> str:
    return re.sub(r"[\s\u3000]+", "", title).strip("…. ")


def report_id(title: str) -> str:
    """Reports are identified by their normalized title: the same report from two files is one node."""
    return node_id(Label.REPORT, normalize_title(title))


def prepare(raw: RawReport, source: str) -> ReportDoc:
    clean = repair(raw.text, raw.source_start)
    title = clean.text.split("\n", 1)[0].strip() or raw.title
    return ReportDoc(
        id=report_id(title),
        title=title,
        seq=raw.seq,
        section=raw.section,
        source=source,
        clean=clean,
        sentences=split_sentences(clean.text),
        content_hash=content_hash(clean.text),
    )


class Extractor:
    """Runs every extractor over a report; holds the process-wide dictionaries."""

    def __init__(self, gaz: Gazetteer | None = None, practices: PracticeMatcher | None = None) -> None:
        self.gaz = gaz or load_gazetteer()
        self.unions = UnionFinder(self.gaz)
        self.practices = practices or default_matcher()
        self._practice_aliases = {a for p in self.practices.taxonomy.practices for a in (p.zh, *p.aliases)}

    # -- nodes for regions and unions, with their hierarchies --------------
    def region_node(self, b: FragmentBuilder, region: Region) -> str:
        chain = self.gaz.ancestors(region.adcode)
        ids = []
        for r in chain:
            ids.append(
                b.add(
                    Node(
                        node_id(Label.REGION, r.adcode),
                        Label.REGION,
                        r.name,
                        r.short,
                        {"adcode": r.adcode, "level": r.level.value, "lng": r.lng, "lat": r.lat},
                    )
                )
            )
        for child, parent in zip(ids, ids[1:]):
            b.relate(child, parent, Rel.PART_OF)
        return ids[0]

    def union_node(self, b: FragmentBuilder, u: UnionMention) -> str:
        uid = b.add(u.node)
        b.mention(uid, u.start, u.end)
        if u.region is not None:
            rid = self.region_node(b, u.region)
            b.relate(uid, rid, Rel.LOCATED_IN, u.start, u.end)
            self._union_parents(b, uid, u)
        elif u.node.props.get("level") == "industry":
            b.relate(uid, self._acftu(b), Rel.PART_OF)
        return uid

    def _acftu(self, b: FragmentBuilder) -> str:
        return b.add(self.unions.fixed_node(self.unions.fixed["中华全国总工会"]))

    def _union_parents(self, b: FragmentBuilder, uid: str, u: UnionMention) -> None:
        """Federations form a tree along the regions; other unions sit under their region's federation."""
        assert u.region is not None
        chain = self.gaz.ancestors(u.region.adcode)
        is_federation = u.node.id == self.unions.federation(u.region).id
        parents = chain[1:] if is_federation else chain
        cur = uid
        for r in parents:
            fed = self.unions.federation(r)
            fid = b.add(fed)
            if fid == cur:
                continue
            b.relate(cur, fid, Rel.PART_OF)
            rid = self.region_node(b, r)
            b.relate(fid, rid, Rel.LOCATED_IN)
            cur = fid
        if cur != self._acftu(b):
            b.relate(cur, self._acftu(b), Rel.PART_OF)

    # -- the report --------------------------------------------------------
    def extract(self, doc: ReportDoc) -> Fragment:
        report = Node(
            doc.id,
            Label.REPORT,
            doc.title,
            (),
            {"seq": doc.seq, "title": doc.title, "section": doc.section, "source": doc.source,
             "content_hash": doc.content_hash},
        )
        b = FragmentBuilder(doc, report)
        text = doc.text
        issuer = self.unions.issuer(text, doc.section)
        issuer_id = None
        context = issuer.region if issuer else None
        if issuer is not None:
            issuer_id = self.union_node(b, issuer)
            b.relate(doc.id, issuer_id, Rel.ISSUED_BY, issuer.start, issuer.end)

        unions = self.unions.find(text, context)
        for u in unions:
            self.union_node(b, u)
        for s, e, region in self._region_mentions(text, context):
            b.mention(self.region_node(b, region), s, e)

        practices = self.practices.find(text)
        sentence_of = doc.sentence_at
        practice_sentences = {sentence_of(p.start).index for p in practices}
        for p in practices:
            pid = b.add(self.practices.node(p.practice))
            b.mention(pid, p.start, p.end)
            actor = self._actor(doc, unions, p.start, issuer_id)
            if actor is None:
                continue
            qty = quantity_near(text, p.start, p.end)
            status = Status.PLANNED if is_planned(doc, p.start) else Status.DONE
            b.relate(actor, pid, Rel.RUNS, p.start, p.end, status=status.value,
                     value=qty[0] if qty else None, unit=qty[1] if qty else None)
            self._diffusion(b, doc, unions, actor, pid, p.start, p.end)

        brands = find_brands(text, lambda off: sentence_of(off).index in practice_sentences, self._practice_aliases)
        for br in brands:
            bid = b.add(Node(node_id(Label.BRAND, br.name), Label.BRAND, br.name))
            b.mention(bid, br.start, br.end)
            sent = sentence_of(br.start)
            near = [p for p in practices if sent.start <= p.start < sent.end]
            if near:
                p = min(near, key=lambda p: abs(p.start - br.start))
                b.relate(bid, b.add(self.practices.node(p.practice)), Rel.INSTANCE_OF, br.start, br.end)
            actor = self._actor(doc, unions, br.start, issuer_id)
            if actor is not None:
                status = Status.PLANNED if is_planned(doc, br.start) else Status.DONE
                b.relate(actor, bid, Rel.RUNS, br.start, br.end, status=status.value)
                self._diffusion(b, doc, unions, actor, bid, br.start, br.end)

        people = find_people(text)
        for pm in people:
            pid = b.add(Node(node_id(Label.PERSON, pm.name), Label.PERSON, pm.name))
            b.mention(pid, pm.start, pm.end)

        region_name = self._honor_region(context)
        for h in find_honors(text, region_name):
            hid = b.add(Node(node_id(Label.HONOR, h.name), Label.HONOR, h.name, (), {"level": h.level}))
            b.mention(hid, h.start, h.end)
            sent = sentence_of(h.start)
            recipient = None
            before_people = [pm for pm in people if sent.start <= pm.start and pm.end <= h.start]
            before_unions = [u for u in unions if sent.start <= u.start and u.end <= h.start]
            if before_people and receives_between(text[before_people[-1].end : h.start]):
                recipient = node_id(Label.PERSON, before_people[-1].name)
            elif before_unions and receives_between(text[before_unions[-1].end : h.start]):
                recipient = before_unions[-1].node.id
            if recipient is not None:
                b.relate(recipient, hid, Rel.RECEIVED, h.start, h.end, count=h.count)
        return b.fragment()

    def _honor_region(self, context: Region | None):
        gaz = self.gaz

        def region_name(captured: str) -> str | None:
            for i in range(len(captured) - 1):
                tail = captured[i:]
                cands = gaz.candidates(tail)
                if cands:
                    return tail
            return None

        return region_name

    def _region_mentions(self, text: str, context: Region | None):
        """Full region names in the text (short forms are too ambiguous to count as mentions)."""
        out = []
        last_end = -1
        for end_idx, name in sorted(self.unions._auto.iter(text), key=lambda t: (t[0] - len(t[1]), -len(t[1]))):
            s = end_idx - len(name) + 1
            if s < last_end:
                continue
            region = self.gaz.resolve(name, context.adcode if context else None)
            if region is None or region.name != name or len(name) < 3:
                continue
            out.append((s, end_idx + 1, region))
            last_end = end_idx + 1
        return out

    def _actor(self, doc: ReportDoc, unions: list[UnionMention], pos: int, issuer_id: str | None) -> str | None:
        """The union a sentence says carries out what is mentioned at ``pos``: a union named as the
        subject of its clause earlier in the sentence, else the report's issuer."""
        sent = doc.sentence_at(pos)
        text = doc.text
        for u in reversed([u for u in unions if sent.start <= u.start and u.end <= pos]):
            prev = text[u.start - 1] if u.start > sent.start else ""
            nxt = text[u.end : u.end + 1]
            if (u.start == sent.start or prev in _SUBJECT_BEFORE) and nxt not in ("的", "和", "与", "、"):
                return u.node.id
        return issuer_id

    def _diffusion(self, b: FragmentBuilder, doc: ReportDoc, unions: list[UnionMention], actor: str, target: str,
                   start: int, end: int) -> None:
        sent = doc.sentence_at(start)
        if _ORIGIN.search(sent.text):
            b.relate(actor, target, Rel.ORIGINATED, start, end)
        if _PROMOTE.search(sent.text):
            promoter = next((u.node.id for u in unions if sent.start <= u.start < sent.end
                             and u.node.props.get("level") == "national"), actor)
            b.relate(promoter, target, Rel.PROMOTED, start, end)


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def process_text(text: str, source: str, extractor: Extractor | None = None) -> DocumentResult:
    """Split a document's text into reports and extract each one."""
    ex = extractor or default_extractor()
    split = split_compilation(text)
    result = DocumentResult(path=source, problems=list(split.problems))
    seen: set[str] = set()
    for raw in split.reports:
        doc = prepare(raw, source)
        if doc.id in seen:
            result.problems.append(f"report “{doc.title}” appears twice; the first is kept")
            continue
        seen.add(doc.id)
        result.fragments.append(ex.extract(doc))
    if not result.fragments and not result.problems:
        result.problems.append("no report text found")
    return result


def process_document(doc: SourceDocument, extractor: Extractor | None = None) -> DocumentResult:
    return process_text(doc.text, doc.path, extractor)
