"""GraphML export (Gephi, yEd, igraph, Cytoscape): nodes show their name, carry
``kind`` (the label) and scalar properties; edges show their relation type.
See :mod:`graph.readwrite._flat` for how attributes are flattened."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

import networkx as nx

from graph.readwrite._flat import flatten, unflatten


def generate_graphml(g: nx.MultiDiGraph) -> str:
    """GraphML text of the graph."""
    return "\n".join(nx.generate_graphml(flatten(g), named_key_ids=True, edge_id_from_attribute="key"))


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # nx.write_graphml writes UTF-8 text; generate_graphml's str uses character references.
    nx.write_graphml(flatten(g), path, encoding="utf-8", named_key_ids=True, edge_id_from_attribute="key")
    return path


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """Read a GraphML export back into the graph's own attribute names."""
    data = Path(path).read_bytes()
    flat = nx.read_graphml(BytesIO(data), force_multigraph=True)
    return unflatten(flat)
