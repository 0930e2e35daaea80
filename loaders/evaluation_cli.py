"""``ukg eval``: extract the corpus and score it against the gold files present."""
from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_CORPUS = "data/reports/2023_union_work_reports.txt"
DEFAULT_GOLD = ("eval/gold/dev.json", "eval/gold/heldout.json")


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--gold", action="append", help="gold file(s); default: every one of eval/gold/{dev,heldout}.json present")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="compilation the gold seq numbers refer to")
    ap.add_argument("--errors", action="store_true", help="also print misses, false hits and slogan examples (do not use on held-out data while tuning)")


def run(args: argparse.Namespace) -> int:
    from loaders.evaluation import evaluate, format_table, load_gold, predicted_from_fragments
    from loaders.pipeline import process_document
    from loaders.reading import read_source

    golds = args.gold or [g for g in DEFAULT_GOLD if Path(g).exists()]
    if not golds:
        print("no gold file found (looked for " + ", ".join(DEFAULT_GOLD) + ")")
        return 2
    result = process_document(read_source(args.corpus))
    pred = predicted_from_fragments(result.fragments)
    for g in golds:
        ev = evaluate(pred, load_gold(Path(g).read_text(encoding="utf-8")))
        print(format_table(Path(g).stem, ev, examples=args.errors))
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
