"""CSV export in the layout ``neo4j-admin database import`` reads.

A folder with one nodes file per label (``nodes_<Label>.csv``) and one
relationships file per type (``relationships_<TYPE>.csv``).  Headers carry
Neo4j's import types: ``id:ID``, ``:LABEL``, ``seq:int``, ``aliases:string[]``
(``;``-delimited), ``:START_ID``, ``:END_ID``, ``:TYPE``.  The same folder
loads into pandas / R (``read.csv``) as plain tables.  ``import.sh`` holds the
exact import command.
"""
from __future__ import annotations

import csv
import shlex
from pathlib import Path
from typing import Any

import networkx as nx

from schema import EVIDENCE_PROPS, NODE_BASE_PROPS, NODE_EXTRA_PROPS, Label, Rel

ARRAY_DELIMITER = ";"
#: Neo4j import types of known properties; other properties are inferred.
PROP_TYPES: dict[str, str] = {
    "aliases": "string[]",
    "seq": "int",
    "lng": "double",
    "lat": "double",
    "start": "int",
    "end": "int",
    "value": "double",
}
EDGE_FIXED = ("key", *EVIDENCE_PROPS)


def nodes_file(label: Label | str) -> str:
    return f"nodes_{Label(label).value}.csv"


def relationships_file(rel: Rel | str) -> str:
    return f"relationships_{Rel(rel).value}.csv"


def _infer(values: list[Any]) -> str:
    vals = [v for v in values if v is not None and v != ""]
    if vals and all(isinstance(v, bool) for v in vals):
        return "boolean"
    if vals and all(isinstance(v, int) and not isinstance(v, bool) for v in vals):
        return "int"
    if vals and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals):
        return "double"
    if vals and all(isinstance(v, (list, tuple)) for v in vals):
        return "string[]"
    return "string"


def _cell(v: Any, typ: str) -> str:
    if v is None:
        return ""
    if typ.endswith("[]"):
        # The array delimiter cannot be escaped in neo4j-admin: use the full-width semicolon.
        return ARRAY_DELIMITER.join(str(x).replace(ARRAY_DELIMITER, "；") for x in v)
    if typ == "boolean":
        return "true" if v else "false"
    return str(v)


def _columns(props: list[str], rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(p, PROP_TYPES.get(p) or _infer([r.get(p) for r in rows])) for p in props]


def generate_csv(g: nx.MultiDiGraph) -> dict[str, list[list[str]]]:
    """File name -> rows (header first) of the import folder."""
    files: dict[str, list[list[str]]] = {}
    for label in Label:
        nodes = sorted((n, d) for n, d in g.nodes(data=True) if d.get("label") == label.value)
        if not nodes:
            continue
        fixed = [p for p in (*NODE_BASE_PROPS, *NODE_EXTRA_PROPS[label]) if p not in ("id", "label")]
        extra = sorted({k for _, d in nodes for k in d} - set(fixed) - {"label"})
        cols = _columns([*fixed, *extra], [d for _, d in nodes])
        header = ["id:ID", ":LABEL"] + [p if t == "string" else f"{p}:{t}" for p, t in cols]
        rows = [[n, label.value] + [_cell(d.get(p), t) for p, t in cols] for n, d in nodes]
        files[nodes_file(label)] = [header, *rows]
    for rel in Rel:
        edges = sorted(
            ((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if d.get("type") == rel.value),
            key=lambda e: (e[0], e[1], str(e[2])),
        )
        if not edges:
            continue
        extra = sorted({k for *_, d in edges for k in d} - set(EDGE_FIXED) - {"type"})
        cols = _columns([*EDGE_FIXED, *extra], [{"key": k, **d} for _, _, k, d in edges])
        header = [":START_ID", ":END_ID", ":TYPE"] + [p if t == "string" else f"{p}:{t}" for p, t in cols]
        rows = [
            [u, v, rel.value] + [_cell({"key": k, **d}.get(p), t) for p, t in cols] for u, v, k, d in edges
        ]
        files[relationships_file(rel)] = [header, *rows]
    return files


def import_args(files: list[str], database: str = "neo4j") -> list[str]:
    """Arguments of ``neo4j-admin database import full`` for the folder's files.

    The database name comes first: ``--nodes``/``--relationships`` take several
    values, so a trailing name would be read as one more file.
    """
    args = [database, f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true", "--overwrite-destination=true"]
    args += [f"--nodes={f}" for f in files if f.startswith("nodes_")]
    args += [f"--relationships={f}" for f in files if f.startswith("relationships_")]
    return args


def import_command(files: list[str], database: str = "neo4j") -> str:
    """The neo4j-admin (Neo4j 5) command that loads the folder into an empty database."""
    quoted = [shlex.quote(a) for a in import_args(files, database)]
    return "neo4j-admin database import full " + " \\\n  ".join(quoted) + "\n"


def write_csv(g: nx.MultiDiGraph, folder: str | Path) -> Path:
    """Write the import folder (and ``import.sh``); returns the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files = generate_csv(g)
    for old in list(folder.glob("nodes_*.csv")) + list(folder.glob("relationships_*.csv")):
        old.unlink()  # a label no longer present must not leave a stale file
    for name, rows in files.items():
        with open(folder / name, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, lineterminator="\n").writerows(rows)
    (folder / "import.sh").write_text(
        "#!/bin/sh\n# Run from this folder, with Neo4j stopped.\n" + import_command(sorted(files)),
        encoding="utf-8",
    )
    return folder


def _parse(cell: str, typ: str) -> Any:
    if typ.endswith("[]"):
        return [x for x in cell.split(ARRAY_DELIMITER) if x] if cell else []
    if cell == "":
        return None
    if typ in ("int", "long"):
        return int(cell)
    if typ in ("double", "float"):
        return float(cell)
    if typ == "boolean":
        return cell == "true"
    return cell


def _split(col: str) -> tuple[str, str]:
    name, _, typ = col.partition(":")
    return name, typ or "string"


def read_csv(folder: str | Path) -> nx.MultiDiGraph:
    """Read an import folder back into a graph (round trips, pandas-free)."""
    folder = Path(folder)
    g = nx.MultiDiGraph()
    for path in sorted(folder.glob("nodes_*.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        for row in rows:
            attrs: dict[str, Any] = {}
            nid = ""
            for col, cell in zip(header, row):
                if col == "id:ID":
                    nid = cell
                elif col == ":LABEL":
                    attrs["label"] = cell
                else:
                    name, typ = _split(col)
                    if (val := _parse(cell, typ)) is not None:
                        attrs[name] = val
            g.add_node(nid, **attrs)
    for path in sorted(folder.glob("relationships_*.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        for row in rows:
            cells = dict(zip(header, row))
            attrs = {}
            for col, cell in cells.items():
                if col.startswith(":"):
                    continue
                name, typ = _split(col)
                if (val := _parse(cell, typ)) is not None:
                    attrs[name] = val
            key = attrs.pop("key", None)
            k = g.add_edge(cells[":START_ID"], cells[":END_ID"], key=key)
            g.edges[cells[":START_ID"], cells[":END_ID"], k].update(type=cells[":TYPE"], **attrs)
    return g
