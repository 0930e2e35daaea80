"""Extraction speed: characters/second for the whole pipeline on the corpus and on a corpus
100x larger (the reports repeated under varied titles), and the ratio as a linearity check.

    python bench/extract.py [--factor 100]
"""
from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from loaders.pipeline import default_extractor, process_text
from loaders.splitting import split_compilation

CORPUS = Path(__file__).resolve().parents[1] / "data" / "reports" / "2023_union_work_reports.txt"


def enlarged(text: str, factor: int) -> str:
    """The compilation's reports repeated ``factor`` times, each copy's titles made unique,
    with a matching table of contents so the splitter sees distinct reports."""
    split = split_compilation(text)
    toc, bodies = ["汇编", "", "目　录", ""], []
    for k in range(factor):
        for r in split.reports:
            title = f"{r.title}（第{k + 1}辑）"
            toc.append(f"{title}　　{len(toc)}")
            body = r.text.split("\n", 1)
            bodies.append(title + "\n" + (body[1] if len(body) > 1 else ""))
    return "\n".join(toc) + "\n\n" + "\n".join(bodies)


def run(text: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    res = process_text(text, "bench")
    dt = time.perf_counter() - t0
    return len(text) / dt, len(res.fragments)


def best_of(text: str, n: int = 3) -> tuple[float, int]:
    runs = [run(text) for _ in range(n)]
    return max(r[0] for r in runs), runs[0][1]


def tenths(text: str) -> tuple[float, float]:
    """Throughput of the first and last tenth of the reports of one large run (per-report cost
    must not grow with what was processed before)."""
    from loaders.pipeline import prepare

    ex = default_extractor()
    reports = split_compilation(text).reports
    k = max(1, len(reports) // 10)
    out = []
    for part in (reports[:k], reports[-k:]):
        chars = sum(len(r.text) for r in part)
        t0 = time.perf_counter()
        for r in part:
            ex.extract(prepare(r, "bench"))
        out.append(chars / (time.perf_counter() - t0))
    return out[0], out[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--factor", type=int, default=100)
    args = ap.parse_args()
    text = CORPUS.read_text(encoding="utf-8")
    default_extractor()  # load dictionaries once, outside the timing
    process_text(text[:5000], "warmup")
    small, n_small = best_of(text)
    big_text = enlarged(text, args.factor)
    big, n_big = run(big_text)
    first, last = tenths(big_text)
    print(f"corpus      {len(text):>11,} chars  {n_small:>6} reports  {small:>12,.0f} chars/s (best of 3)")
    print(f"corpus x{args.factor:<3} {len(big_text):>11,} chars  {n_big:>6} reports  {big:>12,.0f} chars/s")
    print(f"ratio (large/small throughput): {big / small:.2f}  (1.0 = linear; includes memory of 100x fragments)")
    print(f"large corpus, first vs last tenth of reports: {first:,.0f} vs {last:,.0f} chars/s "
          f"(ratio {last / first:.2f}; machine load makes single runs noisy)")


if __name__ == "__main__":
    main()
