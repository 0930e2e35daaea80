"""Graph stores behind one interface: the embedded file (default) and a Neo4j server."""
from __future__ import annotations

import os
from pathlib import Path

from graph.store.base import GraphStore, StoreError, WriteSummary

STORE_KINDS = ("embedded", "neo4j")
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def default_store_path() -> Path:
    """``UKG_STORE_PATH``, else ``.ukg/graph.json`` in the project folder."""
    env = os.environ.get("UKG_STORE_PATH")
    return Path(env) if env else PROJECT_ROOT / ".ukg" / "graph.json"


def store_kind(kind: str | None = None) -> str:
    kind = kind or os.environ.get("UKG_STORE") or "embedded"
    if kind not in STORE_KINDS:
        raise StoreError(f"unknown store {kind!r}: choose one of {', '.join(STORE_KINDS)}")
    return kind


def open_store(kind: str | None = None, path: str | Path | None = None) -> GraphStore:
    """The store to use: ``kind`` or env ``UKG_STORE`` ('embedded' | 'neo4j')."""
    kind = store_kind(kind)
    if kind == "neo4j":
        from graph.store.neo4j import Neo4jStore

        return Neo4jStore()
    from graph.store.embedded import EmbeddedStore

    return EmbeddedStore(path or default_store_path())


__all__ = ["GraphStore", "StoreError", "WriteSummary", "open_store", "default_store_path", "store_kind", "STORE_KINDS"]
