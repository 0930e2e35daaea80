"""``ukg eval``: extract the corpus and score it against the gold files present.

A gold file may name its own compilation (``"corpus"``) and divide its reports
into parts (``"splits": {"dev": [seqs], "heldout": [seqs]}``); each part is then
scored separately, as ``<file>-<part>``.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

DEFAULT_CORPUS = "data/reports/2023_union_work_reports.txt"
DEFAULT_GOLD = ("eval/gold/dev.json", "eval/gold/heldout.json", "eval/gold/synthetic.json")


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--gold", action="append",
                    help="gold file(s); default: every one of " + ", ".join(DEFAULT_GOLD) + " present")
    ap.add_argument("--corpus", default=None,
                    help=f"compilation the gold seq numbers refer to (default: the gold's \"corpus\", else {DEFAULT_CORPUS})")
    ap.add_argument("--split", help="score only this part of a gold file that has splits (e.g. dev)")
    ap.add_argument("--errors", action="store_true", help="also print misses, false hits and slogan examples (do not use on held-out data while tuning)")


def gold_parts(name: str, data: dict, only: str | None = None) -> list[tuple[str, set[int] | None]]:
    """The parts of a gold file to score: the whole file, or each of its declared splits."""
    splits = data.get("splits") if isinstance(data, dict) else None
    if not splits:
        return [(name, None)]
    return [(f"{name}-{part}", set(seqs)) for part, seqs in splits.items() if only in (None, part)]


def run(args: argparse.Namespace) -> int:
    from loaders.evaluation import evaluate, format_table, load_gold, predicted_from_fragments
    from loaders.pipeline import process_document
    from loaders.reading import read_source

    golds = args.gold or [g for g in DEFAULT_GOLD if Path(g).exists()]
    if not golds:
        print("no gold file found (looked for " + ", ".join(DEFAULT_GOLD) + ")")
        return 2
    predicted: dict[str, dict] = {}  # corpus path -> predictions, extracted once
    for g in golds:
        text = Path(g).read_text(encoding="utf-8")
        data = json.loads(text)
        corpus = args.corpus or (data.get("corpus") if isinstance(data, dict) else None) or DEFAULT_CORPUS
        if corpus not in predicted:
            predicted[corpus] = predicted_from_fragments(process_document(read_source(corpus)).fragments)
        gold = load_gold(text)
        for label, seqs in gold_parts(Path(g).stem, data, args.split):
            part = {s: r for s, r in gold.items() if seqs is None or s in seqs}
            ev = evaluate(predicted[corpus], part)
            print(format_table(label, ev, examples=args.errors))
            if args.errors:
                for m, errs in ev.errors.items():
                    for e in errs:
                        print(f"  [{m}] {e}")
    return 0


def eval_command(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="ukg eval", description=__doc__)
    add_arguments(ap)
    return run(ap.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(eval_command())
