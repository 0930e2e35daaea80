"""Shared fixtures: the bundled corpus and its extraction, computed once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "reports" / "2023_union_work_reports.txt"


@pytest.fixture(scope="session")
def corpus_text() -> str:
    return CORPUS.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus_result(corpus_text):
    from loaders.pipeline import process_text

    return process_text(corpus_text, str(CORPUS))


@pytest.fixture(scope="session")
def corpus_graph(corpus_result):
    from graph.model import build_graph

    return build_graph(corpus_result.fragments)
