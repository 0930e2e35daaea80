"""How fast the app's named queries and analytics are, on the corpus and on a 100x graph.

Usage: python bench/app_queries.py [--store .ukg/graph.json] [--scale 100] [--repeat 3] [--no-pages]

Prints ms per call (best of ``--repeat``) for every named query and analytic,
on the corpus graph (run ``ukg build`` first) and on a synthetic graph made by
cloning the corpus ``--scale`` times: each clone copies every Union, Report
and Brand (new ids), keeps Regions and Practices shared, relocates a third of
the cloned unions to another region of the same level and drops a tenth of
their RUNS facts, so profiles differ across clones.  Then the server-side time
of each app page, cold and with warm caches (Streamlit AppTest, corpus graph):
the "interaction" cost a user waits for.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path
from typing import Any, Callable

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph import analytics as A  # noqa: E402
from graph import queries as Q  # noqa: E402
from schema import Label, Rel  # noqa: E402

CLONED = {Label.UNION.value, Label.REPORT.value, Label.BRAND.value}


def scaled(g: nx.MultiDiGraph, times: int, seed: int = 0) -> nx.MultiDiGraph:
    """``times`` perturbed copies of the corpus's unions/reports/brands over shared regions/practices."""
    rnd = random.Random(seed)
    by_level: dict[Any, list[str]] = {}
    for n, d in g.nodes(data=True):
        if d.get("label") == Label.REGION.value:
            by_level.setdefault(d.get("level"), []).append(n)
    for v in by_level.values():
        v.sort()
    out = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        if d.get("label") not in CLONED:
            out.add_node(n, **d)
    for i in range(times):
        ren = {n: (f"{n}#{i}" if d.get("label") in CLONED else n) for n, d in g.nodes(data=True)}
        for n, d in g.nodes(data=True):
            if d.get("label") in CLONED:
                attrs = dict(d)
                if d.get("label") == Label.REPORT.value and isinstance(d.get("seq"), int):
                    attrs["seq"] = d["seq"] + 1000 * i
                out.add_node(ren[n], **attrs)
        for u, v, k, d in g.edges(keys=True, data=True):
            t = d.get("type")
            if i and t == Rel.LOCATED_IN.value and rnd.random() < 1 / 3:
                v = rnd.choice(by_level.get(g.nodes[v].get("level"), [v]))
            elif i and t == Rel.RUNS.value and rnd.random() < 0.1:
                continue
            dd = dict(d)
            if dd.get("report") in ren:
                dd["report"] = ren[dd["report"]]
            out.add_edge(ren[u], ren.get(v, v), key=f"{k}#{i}", **dd)
    return out


def timeit(fn: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def subjects(g: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], str, Any, list[str]]:
    """What the timed calls ask about: the links, the busiest practice, prefecture profiles and
    the prefectures by number of practices (busiest first)."""
    links = Q.practice_links(g)
    counts: dict[str, int] = {}
    for r in links:
        counts[r["practice"]] = counts.get(r["practice"], 0) + 1
    practice = max(sorted(counts), key=lambda p: counts[p])
    prof = A.region_profiles(g, "prefecture")
    regs = sorted(prof.practices, key=lambda r: (-len(prof.practices[r]), r))
    return links, practice, prof, regs


def cases(g: nx.MultiDiGraph) -> list[tuple[str, Callable[[], Any]]]:
    links, practice, prof, regs = subjects(g)
    region, other = regs[0], regs[1]
    report = min(n for n, d in g.nodes(data=True) if d.get("label") == Label.REPORT.value)
    union = next(r["union"] for r in links if r["practice"] == practice)
    return [
        ("q.practice_links", lambda: Q.practice_links(g)),
        ("q.practices_of_region", lambda: Q.practices_of_region(g, region)),
        ("q.regions_of_practice", lambda: Q.regions_of_practice(g, practice)),
        ("q.region_practice_matrix(province)", lambda: Q.region_practice_matrix(g, "province")),
        ("q.neighbourhood(depth=2)", lambda: Q.neighbourhood(g, region, depth=2)),
        ("q.search", lambda: Q.search(g, "职工")),
        ("q.evidence", lambda: Q.evidence(g, union, practice)),
        ("q.entity_counts", lambda: Q.entity_counts(g)),
        ("q.reports_overview", lambda: Q.reports_overview(g)),
        ("q.practice_facts", lambda: Q.practice_facts(g, practice)),
        ("q.report_spans", lambda: Q.report_spans(g, report)),
        ("a.region_profiles(prefecture)", lambda: A.region_profiles(g, "prefecture")),
        ("a.practice_counts_by_region(province)", lambda: A.practice_counts_by_region(g, "province")),
        ("a.region_similarity [profiles given]", lambda: A.region_similarity(g, region, other, "prefecture", profiles=prof)),
        ("a.similarity_matrix [profiles given]", lambda: A.similarity_matrix(g, "prefecture", profiles=prof)),
        ("a.similar_regions [profiles given]", lambda: A.similar_regions(g, region, "prefecture", profiles=prof)),
        ("a.recommend_practices [profiles given]", lambda: A.recommend_practices(g, region, "prefecture", profiles=prof)),
        ("a.recommend_practices (from graph)", lambda: A.recommend_practices(g, region, "prefecture")),
        ("a.practice_cooccurrence(region) [given]", lambda: A.practice_cooccurrence(g, "prefecture", profiles=prof)),
        ("a.practice_cooccurrence(report)", lambda: A.practice_cooccurrence(g, by="report")),
        ("a.region_communities [profiles given]", lambda: A.region_communities(g, "prefecture", profiles=prof)),
        ("a.practice_diffusion", lambda: A.practice_diffusion(g, practice)),
    ]


def _scan_practices_of_region(g: nx.MultiDiGraph, region: str) -> list[dict[str, Any]]:
    """Baseline: the view defined as a filter over every fact (how it was computed before)."""
    agg: dict[str, set[str]] = {}
    inside: dict[str, bool] = {}
    for r in Q.practice_links(g):
        if r["region"] is None:
            continue
        if r["region"] not in inside:
            inside[r["region"]] = region in Q.region_ancestors(g, r["region"])
        if inside[r["region"]]:
            agg.setdefault(r["practice"], set()).add(r["union"])
    return [{"practice": p, "unions": sorted(u)} for p, u in sorted(agg.items())]


def _scan_regions_of_practice(g: nx.MultiDiGraph, practice: str) -> list[dict[str, Any]]:
    agg: dict[Any, set[str]] = {}
    for r in Q.practice_links(g):
        if r["practice"] == practice:
            agg.setdefault(r["region"], set()).add(r["union"])
    return [{"region": k, "unions": sorted(v)} for k, v in agg.items()]


def baselines(g: nx.MultiDiGraph, repeat: int) -> None:
    """Local walks vs the full scan over practice_links they replaced, in the same run."""
    _links, practice, _prof, regs = subjects(g)
    region = regs[0]
    pairs = [
        ("practices_of_region", lambda: Q.practices_of_region(g, region), lambda: _scan_practices_of_region(g, region)),
        ("regions_of_practice", lambda: Q.regions_of_practice(g, practice),
         lambda: _scan_regions_of_practice(g, practice)),
    ]
    for name, local, scan in pairs:
        a, b = timeit(local, repeat), timeit(scan, repeat)
        print(f"{name:28s} local {a:9.1f} ms   full-scan baseline {b:9.1f} ms   speed-up {b / a:7.1f}x", flush=True)


def run(label: str, g: nx.MultiDiGraph, repeat: int) -> None:
    print(f"\n## {label}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges  (ms per call, best of {repeat})")
    for name, fn in cases(g):
        print(f"{name:45s} {timeit(fn, repeat):10.1f}", flush=True)
    baselines(g, repeat)


def pages(store: Path, repeat: int) -> None:
    """Server-side script time of each page, cold and with warm caches (what an interaction costs)."""
    from streamlit.testing.v1 import AppTest

    os.environ["UKG_STORE"] = "embedded"
    os.environ["UKG_STORE_PATH"] = str(store)
    print(f"\n## app pages on {store} (AppTest script run, ms; cold = first run, warm = best of {repeat})")
    for name in ("overview", "practice", "compare", "peers", "network", "reader", "search"):
        at = AppTest.from_string(f"from app.ui.pages import {name}\n{name}.render()\n", default_timeout=300)
        if name == "search":
            at.query_params["q"] = "职工"
        t0 = time.perf_counter()
        at.run()
        cold = (time.perf_counter() - t0) * 1000
        warm = timeit(at.run, repeat)
        err = "  EXCEPTION" if at.exception else ""
        print(f"page {name:12s} cold {cold:9.1f}   warm {warm:9.1f}{err}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", default=str(ROOT / ".ukg" / "graph.json"))
    ap.add_argument("--scale", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-pages", action="store_true")
    args = ap.parse_args()
    from graph.store import open_store

    store = Path(args.store)
    if not store.exists():
        print(f"no graph at {store}: run `ukg build` first", file=sys.stderr)
        return 2
    g = open_store("embedded", store).graph()
    run("corpus", g, args.repeat)
    if not args.no_pages:
        pages(store, args.repeat)
    if args.scale > 1:
        t0 = time.perf_counter()
        big = scaled(g, args.scale)
        print(f"\n(built the {args.scale}x graph in {time.perf_counter() - t0:.1f} s)")
        run(f"{args.scale}x synthetic", big, max(1, args.repeat - 2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
