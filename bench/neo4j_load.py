"""Load speed of the Neo4j store: batched UNWIND writer vs a naive one-MERGE-per-element writer.

Same server, same run: the corpus graph and a synthetic graph ~50x larger, each
loaded into an empty database by both writers.  Prints elements/s (an element
is a node or relation as the fragments state it) and the batched/naive ratio.
The naive writer gets a time budget per graph; its rate is measured on the
elements it managed in that time.

    scripts/neo4j start && .venv/bin/python bench/neo4j_load.py [--scale 50] [--naive-budget 60]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.model import Fragment, _merge_node  # noqa: E402
from graph.store.base import StoreError  # noqa: E402
from graph.store.neo4j import Neo4jStore, merge_nodes_query, merge_relations_query, node_row  # noqa: E402
from graph.store.synthetic import comparable, make_fragments  # noqa: E402
from graph.model import label_of  # noqa: E402

CORPUS = ROOT / "data" / "reports" / "2023_union_work_reports.txt"


def elements(frags: list[Fragment]) -> int:
    return sum(1 + len(f.nodes) + len(f.relations) for f in frags)


def corpus_fragments() -> list[Fragment]:
    from loaders.pipeline import process_text

    return process_text(CORPUS.read_text(encoding="utf-8"), str(CORPUS)).fragments


def synthetic(target: int) -> list[Fragment]:
    """Synthetic fragments with about ``target`` elements."""
    per = elements(make_fragments(20, seed=1)) / 20
    return make_fragments(max(1, round(target / per)), seed=1, entities_per_report=12)


def batched(store: Neo4jStore, frags: list[Fragment]) -> tuple[int, float]:
    store.wipe()
    t = time.perf_counter()
    store.write(frags)
    return elements(frags), time.perf_counter() - t


def naive(store: Neo4jStore, frags: list[Fragment], budget: float) -> tuple[int, float]:
    """One MERGE per node and per relation, each its own auto-commit transaction."""
    import networkx as nx

    store.wipe()
    done = 0
    t = time.perf_counter()
    with store.driver.session(database=store.database) as s:
        for f in frags:
            for n in (f.report, *f.nodes):
                g = nx.MultiDiGraph()
                _merge_node(g, n)
                s.run(merge_nodes_query(n.label), rows=[node_row(n.id, g.nodes[n.id])]).consume()
                done += 1
            for r in f.relations:
                props = {k: v for k, v in r.attrs().items() if k != "type"}
                row = {"key": r.key, "source": r.source, "target": r.target, "props": props}
                s.run(merge_relations_query(r.type, label_of(r.source), label_of(r.target)), rows=[row]).consume()
                done += 1
            if time.perf_counter() - t > budget:
                break
    return done, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, default=50, help="synthetic graph size as a multiple of the corpus")
    ap.add_argument("--naive-budget", type=float, default=60.0, help="seconds the naive writer may run per graph")
    ap.add_argument("--batch-size", type=int, default=1000)
    args = ap.parse_args()
    try:
        store = Neo4jStore(batch_size=args.batch_size)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    store.ensure_schema()
    corpus = corpus_fragments()
    n_corpus = elements(corpus)
    big = synthetic(n_corpus * args.scale)
    print(f"server: {store.location()}  batch_size={store.batch_size}  tx_elements={store.tx_elements}")
    print(f"{'graph':<22}{'elements':>10}{'writer':>10}{'written':>10}{'seconds':>10}{'elem/s':>10}")
    results = {}
    for name, frags in [("corpus", corpus), (f"synthetic x{args.scale}", big)]:
        for writer in ("naive", "batched"):
            done, secs = naive(store, frags, args.naive_budget) if writer == "naive" else batched(store, frags)
            rate = done / secs if secs else float("inf")
            results[(name, writer)] = rate
            print(f"{name:<22}{elements(frags):>10}{writer:>10}{done:>10}{secs:>10.2f}{rate:>10.0f}")
        print(f"{name:<22} batched/naive = {results[(name, 'batched')] / results[(name, 'naive')]:.1f}x")
    # reloads of the corpus: unchanged (hash skip) and forced replacement of every report
    store.wipe()
    store.write(corpus)
    before = comparable(store.graph())
    for label, skip in (("reload unchanged", True), ("reload replace-all", False)):
        store.skip_unchanged = skip
        t = time.perf_counter()
        store.write(corpus)
        secs = time.perf_counter() - t
        same = comparable(store.graph()) == before
        print(f"corpus {label:<20}{secs:>8.2f}s  graph unchanged: {same}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
