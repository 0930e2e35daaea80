"""Shared fixtures: the bundled corpus and its extraction (computed once per session), and a real
Neo4j server at NEO4J_URI (default bolt://127.0.0.1:7687).

Unreachable server: with CI=true a Neo4j test fails (never silently skipped); otherwise it is
skipped with a message saying how to start one.
"""
from __future__ import annotations

import os
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


DEFAULT_URI = "bolt://127.0.0.1:7687"


def _unavailable(msg: str) -> None:
    text = f"Neo4j not available: {msg}"
    if "scripts/neo4j start" not in text:
        text += " Start one with `scripts/neo4j start` (or set NEO4J_URI)."
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(text, pytrace=False)
    pytest.skip(text)


@pytest.fixture(scope="session")
def neo4j_session_store():
    """One connection for the whole test session."""
    from graph.store.base import StoreError
    from graph.store.neo4j import Neo4jStore

    try:
        store = Neo4jStore(uri=os.environ.get("NEO4J_URI") or DEFAULT_URI)
    except StoreError as e:
        _unavailable(str(e))
    yield store
    store.close()


@pytest.fixture
def neo4j_store(neo4j_session_store):
    """The store, wiped before the test: every test starts from an empty database."""
    neo4j_session_store.wipe()
    neo4j_session_store.skip_unchanged = True
    return neo4j_session_store
