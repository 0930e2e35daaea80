"""GEXF 1.2 export, Gephi's native format: nodes show their name, carry
``kind`` (the label) and scalar properties; edges show their relation type.
GEXF reserves ``type``/``start``/``end``, so those are renamed (see
:mod:`graph.readwrite._flat`)."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

import networkx as nx

from graph.readwrite._flat import flatten, unflatten


def generate_gexf(g: nx.MultiDiGraph) -> str:
    """GEXF text of the graph (edge ids are the graph's relation keys)."""
    return "\n".join(nx.generate_gexf(_flat(g), version="1.2draft"))


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    flat = flatten(g)
    for _, _, d in flat.edges(data=True):
        d["id"] = d["key"]
    return flat


def write_gexf(g: nx.MultiDiGraph, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(_flat(g), path, encoding="utf-8", version="1.2draft")
    return path


def read_gexf(path: str | Path) -> nx.MultiDiGraph:
    """Read a GEXF export back into the graph's own attribute names."""
    flat = nx.read_gexf(BytesIO(Path(path).read_bytes()), node_type=str, version="1.2draft")
    return unflatten(flat)
