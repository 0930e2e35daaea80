"""Flat, scalar-only attributes for the formats graph tools read (GraphML, GEXF).

Gephi and igraph want one scalar per attribute and no missing-value sentinel:
aliases are joined with ``;``, None is dropped, numbers keep one type per
attribute.  GEXF reserves ``label``, ``type``, ``start``, ``end`` and ``id``
(display label, edge direction, time interval), so the display label is the
node's name / relation type and the graph's own ``label``/``type``/offsets are
renamed.  Shared by :mod:`graph.readwrite.graphml` and :mod:`graph.readwrite.gexf`.
"""
from __future__ import annotations

from typing import Any

import networkx as nx

from schema import Label

ARRAY_DELIMITER = ";"
NODE_RENAME = {"label": "kind"}  # graph attr -> file attr
EDGE_RENAME = {"type": "relation", "start": "evidence_start", "end": "evidence_end"}
FLOAT_PROPS = {"lng", "lat", "value"}


def _scalar(k: str, v: Any) -> Any:
    if isinstance(v, (list, tuple, set)):
        return ARRAY_DELIMITER.join(str(x) for x in v)
    if k in FLOAT_PROPS and isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    if isinstance(v, (str, int, float, bool)):
        return v
    return str(v)


def flatten(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` with scalar attributes, display labels and GEXF-safe names."""
    out = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        attrs = {NODE_RENAME.get(k, k): _scalar(k, v) for k, v in d.items() if v is not None}
        attrs.setdefault("aliases", "")
        attrs["label"] = str(d.get("name") or n)  # what Gephi shows
        out.add_node(n, **attrs)
    for u, v, key, d in g.edges(keys=True, data=True):
        attrs = {EDGE_RENAME.get(k, k): _scalar(k, x) for k, x in d.items() if x is not None}
        attrs["label"] = str(d.get("type", ""))
        attrs["key"] = str(key)
        out.add_edge(u, v, key=key)
        out.edges[u, v, key].update(attrs)
    return out


def unflatten(flat: nx.Graph) -> nx.MultiDiGraph:
    """Inverse of :func:`flatten` on a graph read back from a file."""
    node_back = {v: k for k, v in NODE_RENAME.items()}
    edge_back = {v: k for k, v in EDGE_RENAME.items()}
    g = nx.MultiDiGraph()
    for n, d in flat.nodes(data=True):
        attrs = {node_back.get(k, k): v for k, v in d.items() if k != "label"}
        aliases = attrs.get("aliases") or ""
        attrs["aliases"] = [a for a in str(aliases).split(ARRAY_DELIMITER) if a]
        if attrs.get("label") not in {lab.value for lab in Label}:
            raise ValueError(f"node {n!r} has no valid 'kind' attribute")
        g.add_node(str(n), **attrs)
    edges = flat.edges(keys=True, data=True) if flat.is_multigraph() else ((u, v, None, d) for u, v, d in flat.edges(data=True))
    for u, v, key, d in edges:
        attrs = {edge_back.get(k, k): x for k, x in d.items() if k not in ("label", "key", "id")}
        k = g.add_edge(str(u), str(v), key=str(d.get("key", key)))
        g.edges[str(u), str(v), k].update(attrs)
    return g
