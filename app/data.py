"""The app's single way to its data: one cached graph from the configured store.

The store is chosen by environment (``ukg app --store ...`` sets them):

- ``UKG_STORE``: ``embedded`` (default) or ``neo4j``
- ``UKG_STORE_PATH``: the embedded store's file (default ``.ukg/graph.json``);
  the Neo4j store reads its own ``NEO4J_*`` settings.

The graph is read once and kept (st.cache_resource); named queries and
analytics on it are cached per (graph version, arguments), so an interaction
after the first only looks results up.  Results are shared between sessions:
callers must not mutate them.
"""
from __future__ import annotations

import inspect
import json
import os
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import networkx as nx
import streamlit as st

from graph import analytics, queries
from graph.store.dispatch import queries_for
from graph.store import default_store_path, open_store, store_kind
from schema import Label

ASSETS = Path(__file__).parent / "assets"


@dataclass(frozen=True)
class Snapshot:
    """A loaded graph and the token that identifies its version in caches."""

    token: str
    graph: nx.MultiDiGraph
    location: str
    kind: str
    load_ms: float


def store_config() -> tuple[str, str]:
    """(kind, location) of the configured store: env ``UKG_STORE`` / ``UKG_STORE_PATH``."""
    kind = store_kind()
    if kind == "neo4j":
        return kind, os.environ.get("NEO4J_URI", "bolt://localhost:7687")
    return kind, str(default_store_path())


def read_graph(kind: str, location: str) -> nx.MultiDiGraph:
    """The whole graph of the store, as networkx (analytics run on it, whichever the store)."""
    if kind != "neo4j" and not Path(location).exists():
        raise FileNotFoundError(f"no graph at {location}: run `ukg build` first, or set UKG_STORE_PATH")
    store = open_store(kind, None if kind == "neo4j" else location)
    try:
        return store.graph()
    finally:
        store.close()


def _version(kind: str, location: str) -> str:
    if kind == "neo4j":
        return f"neo4j|{location}"
    p = Path(location)
    try:
        st_ = p.stat()
        return f"file|{p.resolve()}|{st_.st_mtime_ns}|{st_.st_size}"
    except OSError:
        return f"file|{p}|missing"


@st.cache_resource(show_spinner="Loading graph…", max_entries=4)
def _load(token: str, kind: str, location: str) -> Snapshot:
    t0 = time.perf_counter()
    g = read_graph(kind, location)
    return Snapshot(token, g, location, kind, (time.perf_counter() - t0) * 1000)


def load_graph() -> Snapshot:
    """The current graph of the configured store (re-read when the file changes)."""
    kind, loc = store_config()
    return _load(_version(kind, loc), kind, loc)


@st.cache_resource(show_spinner=False)
def _server_queries(location: str) -> Any:
    """Named queries answered by the Neo4j server itself (Cypher), one connection per app."""
    return queries_for(open_store("neo4j"))


@st.cache_resource(show_spinner=False, max_entries=2048)
def _cached(token: str, module: str, name: str, args: tuple, kwargs: tuple) -> Any:
    snap = _SNAPSHOTS[token]
    kw = dict(kwargs)
    if module == "q" and snap.kind == "neo4j":
        return getattr(_server_queries(snap.location), name)(*args, **kw)
    fn: Callable = getattr(queries if module == "q" else analytics, name)
    if module == "a" and "level" in kw and "profiles" in inspect.signature(fn).parameters:
        kw.setdefault("profiles", _profiles(token, kw["level"]))
    return fn(snap.graph, *args, **kw)


_SNAPSHOTS: dict[str, Snapshot] = {}


def _snap() -> Snapshot:
    s = load_graph()
    _SNAPSHOTS[s.token] = s
    return s


def q(name: str, *args: Any, **kwargs: Any) -> Any:
    """A named query (graph.queries) on the current graph, cached."""
    if name not in queries.NAMED_QUERIES:
        raise KeyError(f"{name} is not a named query")
    s = _snap()
    return _cached(s.token, "q", name, tuple(args), tuple(sorted(kwargs.items())))


def a(name: str, *args: Any, **kwargs: Any) -> Any:
    """An analytic (graph.analytics) on the current graph, cached."""
    s = _snap()
    return _cached(s.token, "a", name, tuple(args), tuple(sorted(kwargs.items())))


@st.cache_resource(show_spinner=False, max_entries=16)
def _profiles(token: str, level: str | None) -> analytics.RegionProfiles:
    return analytics.region_profiles(_SNAPSHOTS[token].graph, level)


def profiles(level: str | None) -> analytics.RegionProfiles:
    s = _snap()
    return _profiles(s.token, level)


# --- lookups the pages need ---------------------------------------------------


@st.cache_resource(show_spinner=False, max_entries=8)
def _index(token: str) -> dict[str, Any]:
    g = _SNAPSHOTS[token].graph
    by_label: dict[str, list[str]] = {}
    for n, d in g.nodes(data=True):
        by_label.setdefault(d.get("label", ""), []).append(n)
    for lab in by_label:
        by_label[lab].sort(key=lambda n: (g.nodes[n].get("name") or "", n))
    return {"by_label": by_label}


def nodes_of(label: str | Label) -> list[str]:
    s = _snap()
    return _index(s.token)["by_label"].get(str(label), [])


def node(n: str | None) -> dict[str, Any]:
    if n is None:
        return {}
    g = _snap().graph
    return g.nodes[n] if n in g else {}


def name(n: str | None) -> str:
    if n is None:
        return "—"
    return node(n).get("name") or n


def label_with_aliases(n: str) -> str:
    d = node(n)
    al = [a for a in d.get("aliases", []) if a]
    return f"{d.get('name', n)}（{'、'.join(al)}）" if al else d.get("name", n)


def regions_at(level: str | None) -> list[str]:
    """Regions that run at least one practice at ``level`` (the ones worth comparing)."""
    prof = profiles(level)
    g = _snap().graph
    return sorted(prof.practices, key=lambda r: (g.nodes[r].get("adcode") or "", r))


@st.cache_resource(show_spinner=False, max_entries=64)
def _report_text(token: str, report: str) -> str | None:
    g = _SNAPSHOTS[token].graph
    d = g.nodes.get(report, {})
    return d.get("text") or None


def report_text(report: str) -> str | None:
    s = _snap()
    return _report_text(s.token, report)


def graph_json() -> str:
    """The current graph in the export contract's JSON (for download)."""
    g = _snap().graph
    from graph.readwrite.json import dumps

    return dumps(g)


@lru_cache(maxsize=1)
def china_geojson() -> dict[str, Any]:
    return json.loads((ASSETS / "china_provinces.geojson").read_text(encoding="utf-8"))
