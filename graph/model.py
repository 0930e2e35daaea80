"""Typed nodes and relations, and how extraction results become one networkx graph.

A report's extraction is a :class:`Fragment`: the nodes it names and the
relations it states, each relation with its evidence.  The knowledge graph is
the merge of fragments; merging is order-independent and idempotent, so loading
the same reports twice changes nothing.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Iterable

import networkx as nx

from schema import Label, Rel


def node_id(label: Label, key: str) -> str:
    """Stable id of an entity: the label and a key that identifies it across reports."""
    return f"{label.value.lower()}:{key}"


def label_of(nid: str) -> Label:
    """The label encoded in a node id."""
    prefix = nid.split(":", 1)[0]
    for lab in Label:
        if lab.value.lower() == prefix:
            return lab
    raise ValueError(f"not a node id: {nid!r}")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the report, its sentence and the character span.

    ``start``/``end`` index the report's clean text (see loaders.repair).
    """

    report: str
    sentence: str
    start: int
    end: int


@dataclass(slots=True)
class Node:
    id: str
    label: Label
    name: str
    aliases: tuple[str, ...] = ()
    props: dict[str, Any] = field(default_factory=dict)

    def attrs(self) -> dict[str, Any]:
        return {"label": self.label.value, "name": self.name, "aliases": list(self.aliases), **self.props}


@dataclass(slots=True)
class Relation:
    source: str
    target: str
    type: Rel
    evidence: Evidence | None = None
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """Deterministic relation id: same fact from the same place -> same key."""
        ev = self.evidence
        raw = f"{self.type._value_}|{self.source}|{self.target}"  # _value_: .value without the descriptor (hot)
        if ev is not None:
            raw += f"|{ev.report}|{ev.start}|{ev.end}"
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    def attrs(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type.value, **self.props}
        if self.evidence is not None:
            out.update(
                report=self.evidence.report,
                evidence=self.evidence.sentence,
                start=self.evidence.start,
                end=self.evidence.end,
            )
        return out


@dataclass(slots=True)
class Fragment:
    """Everything one report contributes to the graph."""

    report: Node
    nodes: list[Node] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    @property
    def report_id(self) -> str:
        return self.report.id


def fingerprint(frag: Fragment) -> str:
    """Hash of everything a fragment writes: its text *and* what was extracted from it.

    Stores skip a report whose fingerprint is unchanged; a new extractor or taxonomy
    changes fingerprints, so rebuilding re-extracts even when the text did not change.
    """
    report = {k: v for k, v in frag.report.attrs().items() if k != "fingerprint"}
    nodes = sorted((n.id, n.attrs()) for n in frag.nodes)
    rels = sorted((r.key, r.attrs()) for r in frag.relations)
    blob = json.dumps([frag.report.id, report, nodes, rels], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()[:16]


def _merge_node(g: nx.MultiDiGraph, node: Node) -> None:
    attrs = node.attrs()
    if node.id in g:
        cur = g.nodes[node.id]
        aliases = set(cur.get("aliases", ())) | set(attrs["aliases"])
        for k, v in attrs.items():
            if v is None or v == "" or k == "aliases":
                continue
            if k not in cur or cur[k] in (None, ""):
                cur[k] = v
        cur["aliases"] = sorted(aliases - {cur["name"]})
    else:
        attrs["aliases"] = sorted(set(attrs["aliases"]) - {attrs["name"]})
        g.add_node(node.id, **attrs)


def add_fragment(g: nx.MultiDiGraph, frag: Fragment) -> None:
    """Merge a fragment into ``g`` in place (idempotent)."""
    _merge_node(g, frag.report)
    for n in frag.nodes:
        _merge_node(g, n)
    for r in frag.relations:
        if r.source not in g or r.target not in g:
            raise ValueError(f"relation {r.type} {r.source}->{r.target} refers to a node not in its fragment")
        g.add_edge(r.source, r.target, key=r.key, **r.attrs())


def build_graph(fragments: Iterable[Fragment]) -> nx.MultiDiGraph:
    """The knowledge graph of a set of report fragments."""
    g = nx.MultiDiGraph()
    for f in fragments:
        add_fragment(g, f)
    return g


def supported_nodes(g: nx.MultiDiGraph) -> set[str]:
    """Nodes some report still supports: Reports, everything a Report MENTIONS,
    and the ancestors (PART_OF) of supported nodes."""
    keep: set[str] = set()
    for n, d in g.nodes(data=True):
        if d.get("label") == Label.REPORT.value:
            keep.add(n)
            for _, t, ed in g.out_edges(n, data=True):
                if ed.get("type") == Rel.MENTIONS.value:
                    keep.add(t)
    frontier = list(keep)
    while frontier:
        n = frontier.pop()
        for _, t, ed in g.out_edges(n, data=True):
            if ed.get("type") in (Rel.PART_OF.value, Rel.LOCATED_IN.value) and t not in keep:
                keep.add(t)
                frontier.append(t)
    return keep


def remove_report(g: nx.MultiDiGraph, report_id: str) -> None:
    """Remove a report, every relation it evidences, and entities nothing supports any more."""
    if report_id not in g:
        return
    doomed = [(u, v, k) for u, v, k, d in g.edges(keys=True, data=True) if d.get("report") == report_id]
    g.remove_edges_from(doomed)
    g.remove_node(report_id)
    keep = supported_nodes(g)
    g.remove_nodes_from([n for n in list(g.nodes) if n not in keep])


def replace_report(g: nx.MultiDiGraph, frag: Fragment) -> None:
    """Replace a report's facts with a new fragment, leaving other reports untouched."""
    remove_report(g, frag.report_id)
    add_fragment(g, frag)
