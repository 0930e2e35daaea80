"""Scan patterns that open with a pre-check lookahead (a speed-up: it only skips start positions where
no match can start) find exactly what they find without it.  A rule that widens a pattern (a longer
name, a new word) must widen its pre-check too; this test says so."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders.extract import brands, honors, people, unions
from loaders.reading import read_source

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [ROOT / "data" / "reports" / "2023_union_work_reports.txt", *sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))]


def _patterns() -> dict[str, re.Pattern[str]]:
    out = {f"unions.{k}": getattr(unions, k) for k in ("_ORG_UNION", "_FOUNDED", "_SHARED_TAIL", "_ETC_TAIL", "_REGIMENT")}
    out |= {f"honors.{k}": getattr(honors, k) for k in ("_STAR", "_STATE_AWARD")}
    out["brands._LISTED_BRANDS"] = brands._LISTED_BRANDS
    out["people._LIST"] = people._LIST
    out["people._clause_start"] = people._clause_start()
    out |= {f"people._patterns[{i}]": p for i, p in enumerate(people._patterns())}
    out |= {f"people._context_patterns[{i}]": p for i, p in enumerate(people._context_patterns())}
    return {k: p for k, p in out.items() if p.pattern.startswith("(?=")}


def _without_precheck(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without its leading ``(?=…)`` pre-check (None when it has none)."""
    p = rx.pattern
    if not p.startswith("(?="):
        return None
    depth, i = 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # skip a character class
            i += 1
            while p[i] != "]" or p[i - 1] == "\\":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return re.compile(p[i + 1:], rx.flags)
        i += 1
    raise AssertionError(f"unbalanced pattern {p[:40]}")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [read_source(str(p)).text for p in TEXTS]


@pytest.mark.parametrize("name", sorted(_patterns()))
def test_precheck_changes_no_match(name, texts):
    rx = _patterns()[name]
    bare = _without_precheck(rx)
    for t in texts:
        got = [(m.span(), m.groups()) for m in rx.finditer(t)]
        assert got == [(m.span(), m.groups()) for m in bare.finditer(t)], name
