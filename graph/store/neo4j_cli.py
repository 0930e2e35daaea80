"""``ukg cypher "MATCH ..."``: a read-only Cypher console on the Neo4j store.

The query runs in a READ transaction, so the server itself refuses writes; the
console never has to guess what a query does.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import Any, Sequence

from graph.store.base import StoreError

READ_ONLY_HINT = (
    "the cypher console is read-only: the server refused to write in a READ transaction. "
    "Change the graph with `ukg build --store neo4j` instead."
)


def _width(s: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False, default=str)


def format_table(keys: Sequence[str], rows: Sequence[dict[str, Any]], max_width: int = 60) -> str:
    """Rows as an aligned text table (long cells cut with an ellipsis)."""

    def cut(s: str) -> str:
        s = s.replace("\n", " ")
        if _width(s) <= max_width:
            return s
        out, w = "", 0
        for c in s:
            w += _width(c)
            if w > max_width - 1:
                break
            out += c
        return out + "…"

    cells = [[cut(_cell(r.get(k))) for k in keys] for r in rows]
    widths = [max([_width(k)] + [_width(row[i]) for row in cells]) for i, k in enumerate(keys)]

    def line(vals: Sequence[str]) -> str:
        return " | ".join(v + " " * (w - _width(v)) for v, w in zip(vals, widths)).rstrip()

    sep = "-+-".join("-" * w for w in widths)
    return "\n".join([line(keys), sep, *(line(r) for r in cells)])


def _param(text: str) -> tuple[str, Any]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"--param wants NAME=VALUE, got {text!r}")
    name, raw = text.split("=", 1)
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return name, value


def add_parser(sub: Any) -> argparse.ArgumentParser:
    """Register ``cypher`` on the ukg sub-command parser."""
    p = sub.add_parser(
        "cypher",
        help="run a read-only Cypher query on the Neo4j store",
        description="Run one Cypher query on the Neo4j store (NEO4J_URI, default bolt://127.0.0.1:7687) "
        "in a READ transaction and print the rows as a table. Writes are refused.",
    )
    p.add_argument("query", help='e.g. "MATCH (u:Union)-[:RUNS]->(p:Practice) RETURN u.name, p.name LIMIT 10"')
    p.add_argument("--param", "-p", action="append", type=_param, default=[], metavar="NAME=VALUE",
                   help="query parameter (VALUE is JSON if it parses, else a string); repeatable")
    p.add_argument("--json", action="store_true", help="print rows as JSON lines")
    p.add_argument("--limit", type=int, default=1000, help="print at most this many rows (default 1000)")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    """Run the query; 0 on success, 1 if the server refused it, 2 if the store is unreachable."""
    from neo4j import exceptions as ne

    from graph.store.neo4j import Neo4jStore

    try:
        store = Neo4jStore()
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    params = dict(args.param)

    def work(tx):
        result = tx.run(args.query, **params)
        keys = list(result.keys())
        rows, total = [], 0
        for rec in result:
            total += 1
            if total <= args.limit:
                rows.append(rec.data())
        return keys, rows, total

    try:
        from neo4j import READ_ACCESS

        with store.driver.session(database=store.database, default_access_mode=READ_ACCESS) as s:
            keys, rows, total = s.execute_read(work)
    except ne.ClientError as e:
        code = e.code or ""
        if "AccessMode" in code or "ForbiddenOnReadOnlyDatabase" in code:
            print(f"error: {READ_ONLY_HINT}", file=sys.stderr)
        else:
            print(f"error: the server refused the query ({code}): {e.message}", file=sys.stderr)
        return 1
    except (ne.Neo4jError, ne.DriverError, OSError) as e:
        from graph.store.neo4j import _translate

        print(f"error: {_translate(e, store.uri)}", file=sys.stderr)
        return 2
    finally:
        store.close()
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, default=str))
    else:
        if keys:
            print(format_table(keys, rows))
        more = f" (showing {len(rows)})" if total > len(rows) else ""
        print(f"{total} row{'s' if total != 1 else ''}{more}", file=sys.stderr)
    return 0


def cypher_command(argv: Sequence[str]) -> int:
    """Stand-alone entry point: ``python -m graph.store.neo4j_cli "MATCH ..."``."""
    parser = argparse.ArgumentParser(prog="ukg")
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser(sub)
    args = parser.parse_args(["cypher", *argv])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(cypher_command(sys.argv[1:]))
