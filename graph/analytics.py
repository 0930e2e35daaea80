"""Analytics over the knowledge graph: how practices spread and cluster across regions.

Everything here is a pure function of a networkx graph (the one any store's
``graph()`` returns) and is built on the named queries in :mod:`graph.queries`,
so results are the same whichever store the graph came from.  Rows are plain
dicts in a deterministic order; every row that makes a claim carries the
report sentence(s) it rests on.

Vocabulary: a region's *profile* is the set of practices run by unions located
in it (rolled up to a chosen administrative level).  A union running a brand
counts as running the brand's practice(s), as in ``queries.practice_links``.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Iterable

import networkx as nx

from graph import queries
from schema import Label, Rel

Row = dict[str, Any]

MEASURES: tuple[str, ...] = ("cosine_idf", "jaccard", "shared")
"""Similarity measures: IDF-weighted cosine (rare shared practices count more),
Jaccard (share of the union of both profiles), and the raw shared-practice count."""


def _name(g: nx.MultiDiGraph, n: str | None) -> str | None:
    if n is None or n not in g:
        return None
    return g.nodes[n].get("name")


def _seq(g: nx.MultiDiGraph, report: str | None) -> int:
    """A report's position in its compilation; unknown reports sort last."""
    if report is None or report not in g:
        return 1 << 30
    s = g.nodes[report].get("seq")
    return int(s) if isinstance(s, (int, float)) else 1 << 30


def _evidence_row(g: nx.MultiDiGraph, link: Row) -> Row:
    """The traceable part of a practice link: who said what, where."""
    return {
        "union": link["union"],
        "union_name": _name(g, link["union"]),
        "via": link["via"],
        "via_name": _name(g, link["via"]),
        "report": link["report"],
        "report_title": g.nodes[link["report"]].get("title") if link["report"] in g else None,
        "evidence": link["evidence"],
        "start": link["start"],
        "end": link["end"],
        "status": link.get("status"),
    }


def _evidence_key(g: nx.MultiDiGraph, link: Row) -> tuple:
    return (_seq(g, link["report"]), link["report"] or "", link["start"] or 0, link["union"], link["via"])


@dataclass(frozen=True)
class RegionProfiles:
    """Which practices each region runs at one level, with the links behind each cell.

    Computing this once and passing it to the functions below avoids re-reading
    the graph when several analytics are asked of the same level.
    """

    level: str | None
    practices: dict[str, frozenset[str]]
    links: dict[tuple[str, str], list[Row]] = field(repr=False)

    @property
    def regions(self) -> list[str]:
        return sorted(self.practices)

    def document_frequency(self) -> Counter:
        """Practice -> number of regions running it."""
        df: Counter = Counter()
        for ps in self.practices.values():
            df.update(ps)
        return df

    def idf(self) -> dict[str, float]:
        """Smoothed inverse document frequency, ``1 + ln((1+N)/(1+df))``.

        Always positive, so a region whose practices are all common still has a
        non-zero vector; a practice every region runs weighs 1, a rarer one more.
        """
        n = len(self.practices)
        return {p: 1.0 + math.log((1 + n) / (1 + d)) for p, d in self.document_frequency().items()}


def region_profiles(
    g: nx.MultiDiGraph, level: str | None = None, statuses: Iterable[str | None] | None = None
) -> RegionProfiles:
    """Region -> practices, rolling each union's region up to ``level`` (None = the union's own region).

    ``statuses`` keeps only links with those ``status`` values (e.g. ``{"done", None}``
    to leave out plans); None keeps all.
    """
    allowed = set(statuses) if statuses is not None else None
    prac: dict[str, set[str]] = defaultdict(set)
    links: dict[tuple[str, str], list[Row]] = defaultdict(list)
    rollup: dict[str, str | None] = {}
    for link in queries.practice_links(g):
        reg = link["region"]
        if reg is None or (allowed is not None and link.get("status") not in allowed):
            continue
        if reg not in rollup:
            rollup[reg] = queries.region_at_level(g, reg, level)
        top = rollup[reg]
        if top is None:
            continue
        prac[top].add(link["practice"])
        links[(top, link["practice"])].append(link)
    for k in links:
        links[k].sort(key=lambda lk: _evidence_key(g, lk))
    return RegionProfiles(level, {r: frozenset(ps) for r, ps in prac.items()}, dict(links))


def _profiles(g: nx.MultiDiGraph, level: str | None, profiles: RegionProfiles | None) -> RegionProfiles:
    if profiles is not None:
        if profiles.level != level:
            raise ValueError(f"profiles were computed at level {profiles.level!r}, not {level!r}")
        return profiles
    return region_profiles(g, level)


def region_practice_table(
    g: nx.MultiDiGraph, level: str | None = None, profiles: RegionProfiles | None = None
) -> list[Row]:
    """The region x practice matrix as long rows (region, practice, facts, unions), named."""
    prof = _profiles(g, level, profiles)
    rows = []
    for (reg, p), lks in sorted(prof.links.items()):
        rows.append(
            {
                "region": reg,
                "region_name": _name(g, reg),
                "practice": p,
                "practice_name": _name(g, p),
                "facts": len(lks),
                "unions": sorted({lk["union"] for lk in lks}),
            }
        )
    return rows


def practice_counts_by_region(
    g: nx.MultiDiGraph, level: str | None = "province", profiles: RegionProfiles | None = None
) -> list[Row]:
    """How many distinct practices each region's unions run (the overview map's colour)."""
    prof = _profiles(g, level, profiles)
    rows = [
        {
            "region": r,
            "region_name": _name(g, r),
            "adcode": g.nodes[r].get("adcode") if r in g else None,
            "practices": len(ps),
            "facts": sum(len(prof.links[(r, p)]) for p in ps),
        }
        for r, ps in prof.practices.items()
    ]
    rows.sort(key=lambda r: (-r["practices"], r["region"]))
    return rows


# --- similarity -------------------------------------------------------------


def _contributions(
    a: frozenset[str], b: frozenset[str], measure: str, idf: dict[str, float]
) -> dict[str, float]:
    """Each shared practice's share of sim(a, b); the shares sum to the similarity."""
    shared = a & b
    if not shared:
        return {}
    if measure == "shared":
        return {p: 1.0 for p in shared}
    if measure == "jaccard":
        u = len(a | b)
        return {p: 1.0 / u for p in shared}
    if measure == "cosine_idf":
        na = math.sqrt(sum(idf[p] ** 2 for p in a))
        nb = math.sqrt(sum(idf[p] ** 2 for p in b))
        return {p: idf[p] ** 2 / (na * nb) for p in shared}
    raise ValueError(f"unknown measure {measure!r}; expected one of {MEASURES}")


def _sim(a: frozenset[str], b: frozenset[str], measure: str, idf: dict[str, float]) -> float:
    return float(sum(_contributions(a, b, measure, idf).values()))


def region_similarity(
    g: nx.MultiDiGraph,
    a: str,
    b: str,
    level: str | None = None,
    measure: str = "cosine_idf",
    profiles: RegionProfiles | None = None,
) -> Row:
    """How similar two regions' practice profiles are, and why.

    Returns the score, the shared practices with their contribution (weights sum
    to the score), and the practices only one of them runs.
    """
    prof = _profiles(g, level, profiles)
    pa = prof.practices.get(a, frozenset())
    pb = prof.practices.get(b, frozenset())
    idf = prof.idf()
    contrib = _contributions(pa, pb, measure, idf)
    shared = [
        {
            "practice": p,
            "practice_name": _name(g, p),
            "weight": w,
            "idf": idf.get(p),
            "evidence_a": _evidence_row(g, prof.links[(a, p)][0]),
            "evidence_b": _evidence_row(g, prof.links[(b, p)][0]),
        }
        for p, w in sorted(contrib.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return {
        "a": a,
        "b": b,
        "measure": measure,
        "score": float(sum(contrib.values())),
        "shared": shared,
        "only_a": sorted(pa - pb),
        "only_b": sorted(pb - pa),
    }


def similarity_matrix(
    g: nx.MultiDiGraph,
    level: str | None = None,
    measure: str = "cosine_idf",
    regions: Iterable[str] | None = None,
    profiles: RegionProfiles | None = None,
) -> list[Row]:
    """All ordered region pairs (including a region with itself) with their similarity."""
    prof = _profiles(g, level, profiles)
    regs = sorted(regions) if regions is not None else prof.regions
    idf = prof.idf()
    rows = []
    for a in regs:
        for b in regs:
            s = _sim(prof.practices.get(a, frozenset()), prof.practices.get(b, frozenset()), measure, idf)
            rows.append({"a": a, "b": b, "score": s})
    return rows


def similar_regions(
    g: nx.MultiDiGraph,
    region: str,
    level: str | None = None,
    measure: str = "cosine_idf",
    k: int = 5,
    profiles: RegionProfiles | None = None,
) -> list[Row]:
    """The ``k`` regions most similar to ``region`` (score > 0), best first, with shared practices."""
    prof = _profiles(g, level, profiles)
    mine = prof.practices.get(region, frozenset())
    idf = prof.idf()
    rows = []
    for other, ps in prof.practices.items():
        if other == region:
            continue
        s = _sim(mine, ps, measure, idf)
        if s <= 0:
            continue
        rows.append(
            {
                "region": other,
                "region_name": _name(g, other),
                "score": s,
                "shared": sorted(mine & ps),
                "only_peer": sorted(ps - mine),
            }
        )
    rows.sort(key=lambda r: (-r["score"], r["region"]))
    return rows[:k]


def recommend_practices(
    g: nx.MultiDiGraph,
    region: str,
    level: str | None = None,
    measure: str = "cosine_idf",
    k: int = 5,
    limit: int | None = None,
    profiles: RegionProfiles | None = None,
) -> list[Row]:
    """Practices the ``k`` most similar regions run and ``region`` does not.

    score(p) = sum of sim(region, peer) over the peers running p: a practice
    that several close peers share ranks above one a single distant peer runs.
    Ties go to the practice more peers run, then by id.  Each row carries one
    evidence sentence per peer running it.
    """
    prof = _profiles(g, level, profiles)
    mine = prof.practices.get(region, frozenset())
    peers = similar_regions(g, region, level, measure, k, profiles=prof)
    score: dict[str, float] = defaultdict(float)
    by: dict[str, list[Row]] = defaultdict(list)
    for peer in peers:
        for p in prof.practices[peer["region"]] - mine:
            score[p] += peer["score"]
            by[p].append(peer)
    rows = []
    for p in score:
        rows.append(
            {
                "practice": p,
                "practice_name": _name(g, p),
                "score": score[p],
                "peers": [pr["region"] for pr in by[p]],
                "peer_names": [pr["region_name"] for pr in by[p]],
                "evidence": [
                    {"region": pr["region"], "region_name": pr["region_name"], "similarity": pr["score"],
                     **_evidence_row(g, prof.links[(pr["region"], p)][0])}
                    for pr in by[p]
                ],
            }
        )
    rows.sort(key=lambda r: (-r["score"], -len(r["peers"]), r["practice"]))
    return rows[:limit] if limit is not None else rows


# --- co-occurrence and communities -------------------------------------------


def practice_cooccurrence(
    g: nx.MultiDiGraph,
    level: str | None = None,
    by: str = "region",
    min_together: int = 1,
    profiles: RegionProfiles | None = None,
) -> list[Row]:
    """Which practices go together, over regions (at ``level``) or over reports (``by="report"``).

    For each pair: how many baskets hold both, Jaccard of their basket sets, and
    lift = P(a and b) / (P(a) P(b)) (above 1: together more often than chance).
    Sorted by baskets together, then lift, then ids.
    """
    baskets: dict[str, set[str]]
    if by == "region":
        baskets = {r: set(ps) for r, ps in _profiles(g, level, profiles).practices.items()}
    elif by == "report":
        baskets = defaultdict(set)
        for lk in queries.practice_links(g):
            if lk["report"] is not None:
                baskets[lk["report"]].add(lk["practice"])
    else:
        raise ValueError("by must be 'region' or 'report'")
    n = len(baskets)
    holders: dict[str, set[str]] = defaultdict(set)
    for b, ps in baskets.items():
        for p in ps:
            holders[p].add(b)
    rows = []
    for a, b in combinations(sorted(holders), 2):
        both = len(holders[a] & holders[b])
        if both < max(min_together, 1):
            continue
        ca, cb = len(holders[a]), len(holders[b])
        rows.append(
            {
                "a": a,
                "a_name": _name(g, a),
                "b": b,
                "b_name": _name(g, b),
                "together": both,
                "count_a": ca,
                "count_b": cb,
                "jaccard": both / len(holders[a] | holders[b]),
                "lift": both * n / (ca * cb),
            }
        )
    rows.sort(key=lambda r: (-r["together"], -r["lift"], r["a"], r["b"]))
    return rows


def similarity_graph(
    g: nx.MultiDiGraph,
    level: str | None = None,
    measure: str = "cosine_idf",
    min_score: float = 0.0,
    profiles: RegionProfiles | None = None,
) -> nx.Graph:
    """Undirected region graph, edge weight = similarity (pairs scoring <= ``min_score`` left out)."""
    prof = _profiles(g, level, profiles)
    idf = prof.idf()
    sg = nx.Graph()
    sg.add_nodes_from(prof.regions)
    for a, b in combinations(prof.regions, 2):
        s = _sim(prof.practices[a], prof.practices[b], measure, idf)
        if s > min_score:
            sg.add_edge(a, b, weight=s)
    return sg


def region_communities(
    g: nx.MultiDiGraph,
    level: str | None = None,
    measure: str = "cosine_idf",
    seed: int = 7,
    resolution: float = 1.0,
    min_score: float = 0.0,
    profiles: RegionProfiles | None = None,
) -> list[Row]:
    """Communities of regions with similar practice profiles (Louvain, fixed seed), with reasons.

    A community's reason: the practices at least two members run (most widely
    shared first), each with one evidence sentence.  Largest communities first.
    """
    prof = _profiles(g, level, profiles)
    sg = similarity_graph(g, level, measure, min_score, profiles=prof)
    if sg.number_of_nodes() == 0:
        return []
    comms = nx.community.louvain_communities(sg, weight="weight", seed=seed, resolution=resolution)
    ordered = sorted((sorted(c) for c in comms), key=lambda c: (-len(c), c[0]))
    rows = []
    for i, members in enumerate(ordered):
        count: Counter = Counter()
        for m in members:
            count.update(prof.practices[m])
        shared = [p for p, c in sorted(count.items(), key=lambda kv: (-kv[1], kv[0])) if c >= 2]
        reasons = []
        for p in shared:
            holders = [m for m in members if p in prof.practices[m]]
            first = min((lk for m in holders for lk in prof.links[(m, p)]), key=lambda lk: _evidence_key(g, lk))
            reasons.append(
                {"practice": p, "practice_name": _name(g, p), "regions": holders, **_evidence_row(g, first)}
            )
        rows.append(
            {
                "community": i,
                "regions": members,
                "region_names": [_name(g, m) for m in members],
                "shared": reasons,
            }
        )
    return rows


# --- diffusion ---------------------------------------------------------------

_ROLE = {Rel.ORIGINATED.value: "originated", Rel.PROMOTED.value: "promoted", Rel.RUNS.value: "adopted"}
_ROLE_ORDER = {"originated": 0, "promoted": 1, "adopted": 2}


def practice_diffusion(g: nx.MultiDiGraph, practice: str) -> list[Row]:
    """Who originated, promoted and adopted a practice (or one of its brands), ordered by report.

    Rows come from ORIGINATED / PROMOTED / RUNS edges into the practice or its
    brands; order is report sequence, then originators before promoters before
    adopters, then position in the report.
    """
    if practice not in g:
        return []
    targets = [practice] + sorted(
        u for u, _, d in g.in_edges(practice, data=True)
        if d.get("type") == Rel.INSTANCE_OF.value and g.nodes[u].get("label") == Label.BRAND.value
    )
    rows = []
    for t in targets:
        for u, _, d in g.in_edges(t, data=True):
            role = _ROLE.get(d.get("type"))
            if role is None:
                continue
            region = queries._union_region(g, u)
            rows.append(
                {
                    "role": role,
                    "union": u,
                    "union_name": _name(g, u),
                    "region": region,
                    "region_name": _name(g, region),
                    "via": t,
                    "via_name": _name(g, t),
                    "report": d.get("report"),
                    "report_seq": _seq(g, d.get("report")) if d.get("report") in g else None,
                    "report_title": g.nodes[d["report"]].get("title") if d.get("report") in g else None,
                    "evidence": d.get("evidence"),
                    "start": d.get("start"),
                    "end": d.get("end"),
                    "status": d.get("status"),
                }
            )
    rows.sort(
        key=lambda r: (_seq(g, r["report"]), r["report"] or "", _ROLE_ORDER[r["role"]], r["start"] or 0, r["union"], r["via"])
    )
    return rows
