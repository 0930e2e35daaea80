"""A store built from the sample graph, and the environment pointing the app at it."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from tests.app.sample_graph import fragments, sample_graph

ROOT = Path(__file__).resolve().parents[2]


def write_store(path: Path) -> Path:
    """Write the sample graph where the embedded store keeps its graph."""
    try:
        from graph.store.embedded import EmbeddedStore  # type: ignore[import-not-found]
    except ImportError:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(nx.node_link_data(sample_graph(), edges="edges"), ensure_ascii=False), "utf-8")
        return path
    store = EmbeddedStore(str(path))
    try:
        store.write(fragments())
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    return write_store(tmp_path_factory.mktemp("store") / "graph.json")


@pytest.fixture
def app_env(store_path, monkeypatch) -> Path:
    monkeypatch.setenv("UKG_STORE", "embedded")
    monkeypatch.setenv("UKG_STORE_PATH", str(store_path))
    return store_path
