"""The named queries the app and CLI ask, answered from a networkx graph.

Each function is pure (graph in, plain rows out) and returns rows in a
deterministic order, so the Neo4j implementation (graph/store/neo4j_queries.py)
can be checked against it row for row.  Rows are plain dicts of str/int/float/
list values -- no networkx or driver objects leak out.
"""
from __future__ import annotations

from typing import Any, Iterable

import networkx as nx

from schema import Label, Rel

Row = dict[str, Any]

# Relation types that say "a union carries out this practice/brand".
PRACTICE_RELS: tuple[str, ...] = (Rel.RUNS.value,)


def _label(g: nx.MultiDiGraph, n: str) -> str:
    return g.nodes[n].get("label", "")


def _name(g: nx.MultiDiGraph, n: str) -> str:
    return g.nodes[n].get("name", "")


_LOCATED_IN = Rel.LOCATED_IN.value


def _union_region(g: nx.MultiDiGraph, union: str) -> str | None:
    """Where a union is; with several LOCATED_IN edges the smallest region id, so the
    answer does not depend on insertion order (the Cypher version does the same)."""
    regions = [t for _, t, d in g.out_edges(union, data=True) if d.get("type") == _LOCATED_IN]
    return min(regions) if regions else None


def region_ancestors(g: nx.MultiDiGraph, region: str) -> list[str]:
    """The region and its PART_OF ancestors, nearest first."""
    out = [region]
    seen = {region}
    cur = region
    while True:
        nxt = [t for _, t, d in g.out_edges(cur, data=True) if d.get("type") == Rel.PART_OF.value and t not in seen]
        if not nxt:
            return out
        cur = sorted(nxt)[0]
        seen.add(cur)
        out.append(cur)


def _practice_of(g: nx.MultiDiGraph, target: str) -> list[str]:
    """Practices a RUNS target stands for: the practice itself, or a brand's practices."""
    lab = _label(g, target)
    if lab == Label.PRACTICE.value:
        return [target]
    if lab == Label.BRAND.value:
        return sorted(
            {t for _, t, d in g.out_edges(target, data=True) if d.get("type") == Rel.INSTANCE_OF.value}
        )
    return []


def practice_links(g: nx.MultiDiGraph) -> list[Row]:
    """Every (union, region, practice) fact with its evidence: the base of the region views.

    A union running a brand counts as running the brand's practice(s).
    """
    rows: list[Row] = []
    where: dict[str, str | None] = {}  # union -> region, looked up once per union
    for u, t, d in g.edges(data=True):
        if d.get("type") not in PRACTICE_RELS or _label(g, u) != Label.UNION.value:
            continue
        if u not in where:
            where[u] = _union_region(g, u)
        region = where[u]
        for p in _practice_of(g, t):
            rows.append(
                {
                    "union": u,
                    "region": region,
                    "practice": p,
                    "via": t,
                    "report": d.get("report"),
                    "evidence": d.get("evidence"),
                    "start": d.get("start"),
                    "end": d.get("end"),
                    "status": d.get("status"),
                }
            )
    rows.sort(key=lambda r: (r["practice"], r["region"] or "", r["union"], r["via"], r["report"] or "", r["start"] or 0,
                             r["end"] or 0))
    return rows


def _union_runs(g: nx.MultiDiGraph, union: str) -> Iterable[tuple[str, dict[str, Any]]]:
    """A union's RUNS edges as (target, edge data): the local form of :func:`practice_links`."""
    for _, t, d in g.out_edges(union, data=True):
        if d.get("type") in PRACTICE_RELS:
            yield t, d


def _regions_within(g: nx.MultiDiGraph, region: str) -> list[str]:
    """``region`` and every region whose ancestor chain (:func:`region_ancestors`) passes through it.

    Walks PART_OF edges backwards from ``region`` instead of scanning every fact,
    so a region view costs its own subtree, not the whole graph.
    """
    if region not in g:
        return []
    seen = {region}
    stack = [region]
    while stack:
        cur = stack.pop()
        for u, _, d in g.in_edges(cur, data=True):
            if d.get("type") == Rel.PART_OF.value and u not in seen and _label(g, u) == Label.REGION.value:
                seen.add(u)
                stack.append(u)
    # A region with several parents follows only its first one (region_ancestors).
    return sorted(r for r in seen if region in region_ancestors(g, r))


def practices_of_region(g: nx.MultiDiGraph, region: str) -> list[Row]:
    """Practices run by unions located in ``region`` or any region PART_OF it.

    One row per practice: id, name, number of supporting facts, and the unions.
    The same rows as filtering :func:`practice_links`, found from the region's subtree.
    """
    agg: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for reg in _regions_within(g, region):
        located = {u for u, _, d in g.in_edges(reg, data=True) if d.get("type") == _LOCATED_IN}
        for u in sorted(located):
            if _label(g, u) != Label.UNION.value or _union_region(g, u) != reg:
                continue
            for t, _d in _union_runs(g, u):
                for p in _practice_of(g, t):
                    agg.setdefault(p, set()).add(u)
                    counts[p] = counts.get(p, 0) + 1
    return [
        {"practice": p, "name": _name(g, p), "facts": counts[p], "unions": sorted(agg[p])}
        for p in sorted(agg, key=lambda p: (-counts[p], p))
    ]


def regions_of_practice(g: nx.MultiDiGraph, practice: str) -> list[Row]:
    """Regions whose unions run ``practice`` (directly or through a brand), with the unions and brands.

    Starts from the practice and its brands (INSTANCE_OF) rather than scanning every fact.
    """
    if practice not in g:
        return []
    targets = {practice} | {
        u for u, _, d in g.in_edges(practice, data=True)
        if d.get("type") == Rel.INSTANCE_OF.value and _label(g, u) == Label.BRAND.value
    }
    agg: dict[str | None, dict[str, set[str] | int]] = {}
    where: dict[str, str | None] = {}
    for t in sorted(targets):
        if practice not in _practice_of(g, t):
            continue
        for u, _, d in g.in_edges(t, data=True):
            if d.get("type") not in PRACTICE_RELS or _label(g, u) != Label.UNION.value:
                continue
            if u not in where:
                where[u] = _union_region(g, u)
            a = agg.setdefault(where[u], {"unions": set(), "brands": set(), "facts": 0})
            a["unions"].add(u)  # type: ignore[union-attr]
            if t != practice:
                a["brands"].add(t)  # type: ignore[union-attr]
            a["facts"] += 1  # type: ignore[operator]
    out = []
    for reg, a in agg.items():
        out.append(
            {
                "region": reg,
                "name": _name(g, reg) if reg else None,
                "unions": sorted(a["unions"]),  # type: ignore[arg-type]
                "brands": sorted(a["brands"]),  # type: ignore[arg-type]
                "facts": a["facts"],
            }
        )
    out.sort(key=lambda r: (-r["facts"], r["region"] or ""))
    return out


def region_at_level(g: nx.MultiDiGraph, region: str, level: str | None) -> str | None:
    """The ancestor of ``region`` at ``level`` (None = the region itself)."""
    if level is None:
        return region
    for a in region_ancestors(g, region):
        if g.nodes[a].get("level") == level:
            return a
    return None


def region_practice_matrix(g: nx.MultiDiGraph, level: str | None = None) -> list[Row]:
    """(region, practice, facts) triples; regions rolled up to ``level`` if given.

    Visits unions and their RUNS edges only (not every edge, and no per-fact rows).
    """
    cells: dict[tuple[str, str], int] = {}
    up: dict[str, str | None] = {}  # union region -> its ancestor at ``level``
    for u, lab in g.nodes(data="label"):
        if lab != Label.UNION.value:
            continue
        runs = list(_union_runs(g, u))
        if not runs:
            continue
        region = _union_region(g, u)
        if region is None:
            continue
        if region not in up:
            up[region] = region_at_level(g, region, level)
        reg = up[region]
        if reg is None:
            continue
        for t, _d in runs:
            for p in _practice_of(g, t):
                cells[(reg, p)] = cells.get((reg, p), 0) + 1
    return [{"region": k[0], "practice": k[1], "facts": v} for k, v in sorted(cells.items())]


def neighbourhood(
    g: nx.MultiDiGraph, node: str, depth: int = 1, labels: Iterable[str] | None = None
) -> Row:
    """Nodes within ``depth`` hops of ``node`` (either direction), optionally only of some labels.

    Returns {"nodes": [node rows], "edges": [edge rows]} sorted by id.
    """
    if node not in g:
        return {"nodes": [], "edges": []}
    allowed = set(labels) if labels else None
    seen = {node}
    frontier = {node}
    for _ in range(depth):
        nxt: set[str] = set()
        for n in frontier:
            for m in set(g.successors(n)) | set(g.predecessors(n)):
                if m in seen or (allowed is not None and _label(g, m) not in allowed):
                    continue
                nxt.add(m)
        seen |= nxt
        frontier = nxt
    nodes = [{"id": n, "label": _label(g, n), "name": _name(g, n)} for n in sorted(seen)]
    edges = [
        {"source": u, "target": v, "type": d.get("type"), "key": k}
        for u, v, k, d in g.edges(keys=True, data=True)
        if u in seen and v in seen
    ]
    edges.sort(key=lambda e: (e["source"], e["target"], e["type"], e["key"]))
    return {"nodes": nodes, "edges": edges}


def search(g: nx.MultiDiGraph, text: str, labels: Iterable[str] | None = None, limit: int = 50) -> list[Row]:
    """Entities whose name or an alias contains ``text``; exact name matches first."""
    text = text.strip()
    if not text:
        return []
    allowed = set(labels) if labels else None
    hits = []
    for n, d in g.nodes(data=True):
        if allowed is not None and d.get("label") not in allowed:
            continue
        names = [d.get("name", "")] + list(d.get("aliases", []))
        if any(text in s for s in names if s):
            rank = 0 if d.get("name") == text else (1 if text in names else 2)
            hits.append({"id": n, "label": d.get("label"), "name": d.get("name"), "rank": rank})
    hits.sort(key=lambda h: (h["rank"], len(h["name"] or ""), h["id"]))
    return hits[:limit]


def evidence(g: nx.MultiDiGraph, source: str, target: str, rel_type: str | None = None) -> list[Row]:
    """The report sentences behind every relation from ``source`` to ``target``."""
    if source not in g or target not in g:
        return []
    rows = []
    for k, d in (g.get_edge_data(source, target) or {}).items():
        if rel_type and d.get("type") != rel_type:
            continue
        if d.get("report") is None:
            continue
        rows.append(
            {
                "type": d.get("type"),
                "report": d.get("report"),
                "report_title": g.nodes[d["report"]].get("title") if d["report"] in g else None,
                "evidence": d.get("evidence"),
                "start": d.get("start"),
                "end": d.get("end"),
            }
        )
    rows.sort(key=lambda r: (r["type"], r["report"], r["start"], r["end"]))
    return rows


NAMED_QUERIES = (
    "practices_of_region",
    "regions_of_practice",
    "region_practice_matrix",
    "neighbourhood",
    "search",
    "evidence",
)


# --- named queries the app pages ask (added for the explorer) ---------------


def entity_counts(g: nx.MultiDiGraph) -> list[Row]:
    """Number of nodes per label and of edges per type, sorted by kind then name."""
    nodes: dict[str, int] = {}
    for _, d in g.nodes(data=True):
        nodes[d.get("label", "")] = nodes.get(d.get("label", ""), 0) + 1
    edges: dict[str, int] = {}
    for _, _, d in g.edges(data=True):
        edges[d.get("type", "")] = edges.get(d.get("type", ""), 0) + 1
    rows = [{"kind": "node", "name": k, "count": v} for k, v in sorted(nodes.items())]
    rows += [{"kind": "edge", "name": k, "count": v} for k, v in sorted(edges.items())]
    return rows


def reports_overview(g: nx.MultiDiGraph) -> list[Row]:
    """Every report with its section and the issuing union, its level and region; by seq then id."""
    rows = []
    for n, d in g.nodes(data=True):
        if d.get("label") != Label.REPORT.value:
            continue
        issuers = sorted(t for _, t, e in g.out_edges(n, data=True) if e.get("type") == Rel.ISSUED_BY.value)
        union = issuers[0] if issuers else None
        region = _union_region(g, union) if union else None
        rows.append(
            {
                "report": n,
                "seq": d.get("seq"),
                "title": d.get("title") or d.get("name"),
                "section": d.get("section"),
                "union": union,
                "union_name": _name(g, union) if union else None,
                "union_level": g.nodes[union].get("level") if union else None,
                "region": region,
                "region_name": _name(g, region) if region else None,
            }
        )
    rows.sort(key=lambda r: (r["seq"] if isinstance(r["seq"], int) else 1 << 30, r["report"]))
    return rows


def practice_facts(g: nx.MultiDiGraph, practice: str) -> list[Row]:
    """Every RUNS fact behind ``practice`` (direct or via a brand), named, with quantities.

    Like :func:`practice_links` for one practice, plus names, the report title and
    the edge's ``value``/``unit`` (e.g. 96 家) where the report gives one.
    """
    if practice not in g:
        return []
    targets = {practice} | {
        u for u, _, d in g.in_edges(practice, data=True)
        if d.get("type") == Rel.INSTANCE_OF.value and _label(g, u) == Label.BRAND.value
    }
    rows = []
    for t in targets:
        for u, _, d in g.in_edges(t, data=True):
            if d.get("type") not in PRACTICE_RELS or _label(g, u) != Label.UNION.value:
                continue
            region = _union_region(g, u)
            rep = d.get("report")
            rows.append(
                {
                    "union": u,
                    "union_name": _name(g, u),
                    "region": region,
                    "region_name": _name(g, region) if region else None,
                    "via": t,
                    "via_name": _name(g, t),
                    "brand": t if t != practice else None,
                    "value": d.get("value"),
                    "unit": d.get("unit"),
                    "status": d.get("status"),
                    "report": rep,
                    "report_title": g.nodes[rep].get("title") if rep in g else None,
                    "evidence": d.get("evidence"),
                    "start": d.get("start"),
                    "end": d.get("end"),
                }
            )
    rows.sort(key=lambda r: (r["region"] or "", r["union"], r["via"], r["report"] or "", r["start"] or 0, r["end"] or 0))
    return rows


def report_spans(g: nx.MultiDiGraph, report: str) -> list[Row]:
    """Entity spans of one report: every relation it evidences that has a character span.

    ``entity`` is the relation's target (for MENTIONS the mentioned entity); rows
    sorted by start, end, type, entity, source.
    """
    rows = []
    for u, v, d in g.edges(data=True):
        if d.get("report") != report or d.get("start") is None or d.get("end") is None:
            continue
        rows.append(
            {
                "type": d.get("type"),
                "source": u,
                "entity": v,
                "label": _label(g, v),
                "name": _name(g, v),
                "start": d.get("start"),
                "end": d.get("end"),
                "evidence": d.get("evidence"),
            }
        )
    rows.sort(key=lambda r: (r["start"], r["end"], r["type"], r["entity"], r["source"]))
    return rows


NAMED_QUERIES = NAMED_QUERIES + ("entity_counts", "reports_overview", "practice_facts", "report_spans")
