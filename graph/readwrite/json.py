"""The JSON export contract: networkx node-link JSON with ``nodes`` and ``links``.

``generate_json`` / ``parse_json`` are pure; ``write_json`` / ``read_json``
wrap them with file I/O (as networkx's generate_graphml / write_graphml).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import networkx as nx

FORMAT_VERSION = 1


def generate_json(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Node-link data: every node has id/label/name/aliases, every link source/target/type/key."""
    data = nx.node_link_data(g, edges="links")
    data["graph"] = {**data.get("graph", {}), "format": "union-kg", "version": FORMAT_VERSION}
    data["nodes"].sort(key=lambda n: n["id"])
    data["links"].sort(key=lambda e: (e["source"], e["target"], e["type"], e["key"]))
    return data


def parse_json(data: dict[str, Any]) -> nx.MultiDiGraph:
    """The graph from node-link data; raises ValueError when it is not a union-kg graph."""
    if not isinstance(data, dict) or "nodes" not in data or "links" not in data:
        raise ValueError("not node-link JSON (no 'nodes' and 'links')")
    g = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    return g


def dumps(g: nx.MultiDiGraph) -> str:
    return json.dumps(generate_json(g), ensure_ascii=False, indent=1)


def write_json(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write atomically: a crash mid-write never leaves a half file behind."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_text(dumps(g), encoding="utf-8")
    os.replace(tmp, p)


def read_json(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    return parse_json(json.loads(Path(path).read_text(encoding="utf-8")))
