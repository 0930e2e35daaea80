"""The linked-data part of the ``ukg`` CLI: RDF/GraphML/GEXF/CSV exporters,
``ukg validate`` (SHACL) and ``ukg sparql``.

Kept apart from app/cli.py so that file only registers these (``EXPORTERS``
and :func:`add_commands`).  Every failure is a one-line message and a
non-zero exit code.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable, Sequence
from urllib.parse import unquote

import networkx as nx
from rdflib import Graph, Literal, URIRef

from schema.namespaces import PREFIXES

QUERIES_DIR = Path(__file__).resolve().parent.parent / "schema" / "queries"


# -- export ------------------------------------------------------------------
def _rdf_exporter(fmt: str) -> Callable[[nx.MultiDiGraph, str | None], None]:
    def export(g: nx.MultiDiGraph, out: str | None) -> None:
        from graph.readwrite.rdf import generate_rdf, serialize

        text = serialize(generate_rdf(g), fmt)
        if out in (None, "-"):
            sys.stdout.write(text)
        else:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            Path(out).write_text(text, encoding="utf-8")

    return export


def _file_exporter(module: str, name: str, default: str) -> Callable[[nx.MultiDiGraph, str | None], None]:
    def export(g: nx.MultiDiGraph, out: str | None) -> None:
        import importlib

        mod = importlib.import_module(f"graph.readwrite.{module}")
        if out in (None, "-"):
            if module == "csv":
                out = default  # a folder cannot go to stdout
                print(f"csv export needs a folder: writing {out}/", file=sys.stderr)
            else:
                sys.stdout.write(getattr(mod, f"generate_{name}")(g))
                return
        getattr(mod, f"write_{name}")(g, out)

    return export


#: Export formats this module adds to ``ukg export --format``.
EXPORTERS: dict[str, Callable[[nx.MultiDiGraph, str | None], None]] = {
    "ttl": _rdf_exporter("ttl"),
    "jsonld": _rdf_exporter("jsonld"),
    "nt": _rdf_exporter("nt"),
    "graphml": _file_exporter("graphml", "graphml", "union-kg.graphml"),
    "gexf": _file_exporter("gexf", "gexf", "union-kg.gexf"),
    "csv": _file_exporter("csv", "csv", "union-kg-csv"),
}


# -- loading the RDF to validate / query ---------------------------------------
class CliError(Exception):
    """A user-facing failure: message printed as ``error: ...``, exit code 2."""


def _store_graph(args: argparse.Namespace) -> nx.MultiDiGraph:
    from graph.store import open_store

    store = open_store(getattr(args, "store", None), getattr(args, "store_path", None))
    try:
        g = store.graph()
    finally:
        store.close()
    if g.number_of_nodes() == 0:
        raise CliError("the store is empty; run `ukg build` first (or pass an exported RDF file)")
    return g


def _load_rdf(args: argparse.Namespace) -> Graph:
    """The RDF of ``args.file`` if given, else the store's graph exported in memory."""
    from graph.readwrite.rdf import generate_rdf, parse_rdf

    if getattr(args, "file", None):
        path = Path(args.file)
        if not path.is_file():
            raise CliError(f"no such file: {path}")
        try:
            return parse_rdf(path)
        except ValueError as e:  # unknown suffix
            raise CliError(str(e)) from None
        except Exception as e:  # rdflib parser errors have many types
            raise CliError(f"cannot parse {path} as RDF: {e}") from None
    return generate_rdf(_store_graph(args))


# -- validate ----------------------------------------------------------------
def cmd_validate(args: argparse.Namespace) -> int:
    from graph.validate import validate_rdf

    result = validate_rdf(_load_rdf(args))
    if args.json:
        from dataclasses import asdict

        print(json.dumps({"conforms": result.conforms, "violations": [asdict(v) for v in result.violations]},
                         ensure_ascii=False, indent=1))
    else:
        print(result.text())
    return 0 if result.conforms else 1


# -- sparql ------------------------------------------------------------------
def _cell(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    if isinstance(term, URIRef):
        s = str(term)
        for prefix, ns in PREFIXES.items():
            if s.startswith(str(ns)):
                return f"{prefix}:{unquote(s[len(str(ns)):])}"
        return s
    return str(term)


def format_table(header: list[str], rows: list[list[str]]) -> str:
    """A plain-text table (East Asian wide characters count double)."""
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths)).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def _query_text(q: str) -> str:
    """The query itself, a .rq file, or the name of a shipped query (schema/queries/NAME.rq)."""
    path = Path(q)
    if q.endswith(".rq") and path.is_file():
        return path.read_text(encoding="utf-8")
    named = QUERIES_DIR / f"{q}.rq"
    if "\n" not in q and " " not in q.strip() and named.is_file():
        return named.read_text(encoding="utf-8")
    if q.endswith(".rq"):
        raise CliError(f"no such query file: {q}")
    return q


def run_sparql(rdf: Graph, query: str) -> tuple[list[str], list[list[str]]]:
    """Run a SELECT/ASK query; prefixes of the vocabulary are predeclared."""
    from pyparsing import ParseException

    try:
        res = rdf.query(query, initNs=dict(PREFIXES))
    except ParseException as e:
        raise CliError(f"bad SPARQL query: {e.msg} at line {e.lineno}, column {e.col}") from None
    except Exception as e:  # rdflib raises many types for unknown prefixes, functions ...
        raise CliError(f"bad SPARQL query: {type(e).__name__}: {e}") from None
    if res.type == "ASK":
        return ["ask"], [[str(bool(res.askAnswer)).lower()]]
    if res.type != "SELECT":
        raise CliError("only SELECT and ASK queries print a table; use `ukg export` for the whole graph")
    header = [str(v) for v in res.vars]
    return header, [[_cell(row[i]) for i in range(len(header))] for row in res]


def cmd_sparql(args: argparse.Namespace) -> int:
    query = _query_text(args.query)
    rdf = _load_rdf(args)
    header, rows = run_sparql(rdf, query)
    if args.json:
        print(json.dumps([dict(zip(header, r)) for r in rows], ensure_ascii=False, indent=1))
    elif args.csv:
        import csv

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerows([header, *rows])
    else:
        print(format_table(header, rows))
        print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", file=sys.stderr)
    return 0


# -- registration ------------------------------------------------------------
def _guard(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except CliError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2

    return run


def add_commands(sub: Any, store_args: Callable[[argparse.ArgumentParser], None] | None = None) -> None:
    """Add ``validate`` and ``sparql`` to the ``ukg`` subparsers."""
    p = sub.add_parser("validate", help="check the RDF export against the SHACL shapes",
                       description="Validate an exported RDF file (.ttl, .jsonld, .nt), or by default the "
                                   "store's graph exported in memory, against schema/shapes.ttl. Prints each "
                                   "violation (focus node, property, message); exit code 1 if any.")
    p.add_argument("file", nargs="?", help="RDF file to validate (default: the store's graph)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    if store_args:
        store_args(p)
    p.set_defaults(func=_guard(cmd_validate))

    p = sub.add_parser("sparql", help="run a SPARQL query on the RDF graph and print a table",
                       description="Run a SPARQL SELECT/ASK query on the store's graph exported to RDF (or on "
                                   "--file). QUERY is the query text, a .rq file, or the name of a shipped query "
                                   f"({', '.join(sorted(p.stem for p in QUERIES_DIR.glob('*.rq')))}). "
                                   "Prefixes ukg, ukgid, org, skos, prov, schema, dcterms, rdf, rdfs, xsd are "
                                   "predeclared.")
    p.add_argument("query", help="query text, a .rq file or a shipped query name")
    p.add_argument("--file", help="query this RDF file instead of the store")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="rows as JSON objects")
    fmt.add_argument("--csv", action="store_true", help="rows as CSV")
    if store_args:
        store_args(p)
    p.set_defaults(func=_guard(cmd_sparql))


def _standalone(name: str, argv: Sequence[str] | None) -> int:
    parser = argparse.ArgumentParser(prog="ukg")
    sub = parser.add_subparsers(dest="command", required=True)
    add_commands(sub, _store_args_fallback)
    args = parser.parse_args([name, *(sys.argv[1:] if argv is None else argv)])
    return args.func(args)


def _store_args_fallback(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", default=None)
    p.add_argument("--store-path", default=None)


def validate_command(argv: Sequence[str] | None = None) -> int:
    """``ukg validate`` without the main CLI."""
    return _standalone("validate", argv)


def sparql_command(argv: Sequence[str] | None = None) -> int:
    """``ukg sparql`` without the main CLI."""
    return _standalone("sparql", argv)
