"""The ``ukg`` command line: build, stats, export, app (and the commands other modules register).

Every user-facing failure becomes a one-line message and a non-zero exit
code, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Sequence

import networkx as nx

from app.cli_linked import EXPORTERS as LINKED_EXPORTERS
from app.cli_linked import add_commands as add_linked_commands
from graph.model import Fragment
from graph.store import STORE_KINDS, PROJECT_ROOT, StoreError, default_store_path, open_store, store_kind

BUNDLED_CORPUS = PROJECT_ROOT / "data" / "reports"
STREAMLIT_APP = Path(__file__).resolve().parent / "streamlit_app.py"


def _display_path(path: str) -> str:
    """Paths inside the project are kept relative, so the graph does not carry this machine's layout."""
    try:
        return str(Path(path).resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return path


def _store_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", choices=STORE_KINDS, default=None,
                   help="where the graph lives (default: env UKG_STORE or 'embedded')")
    p.add_argument("--store-path", default=None,
                   help=f"embedded store file (default: env UKG_STORE_PATH or {default_store_path()})")


def _counts(g: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    nodes = Counter(d.get("label", "?") for _, d in g.nodes(data=True))
    rels = Counter(d.get("type", "?") for _, _, d in g.edges(data=True))
    return {"nodes": dict(sorted(nodes.items())), "relations": dict(sorted(rels.items()))}


def _print_counts(counts: dict[str, dict[str, int]]) -> None:
    print("entities: " + ", ".join(f"{k} {v}" for k, v in counts["nodes"].items()))
    print("relations: " + ", ".join(f"{k} {v}" for k, v in counts["relations"].items()))


# -- build ---------------------------------------------------------------------
def cmd_build(args: argparse.Namespace) -> int:
    from loaders.pipeline import process_text
    from loaders.reading import ReadError, iter_sources

    paths = args.paths or [str(BUNDLED_CORPUS)]
    quiet = args.json
    files: list[dict[str, Any]] = []
    fragments: dict[str, Fragment] = {}
    owner: dict[str, int] = {}
    sources = list(iter_sources(paths, max_bytes=int(args.max_file_mb * 1024 * 1024)))
    bar = None
    if not quiet:
        from tqdm import tqdm

        bar = tqdm(total=len(sources), desc="reading reports", unit="file", file=sys.stderr,
                   disable=not sys.stderr.isatty())
    for item in sources:
        if bar is not None:
            bar.update(1)
        if isinstance(item, ReadError):
            status = "skipped" if getattr(item, "skipped", False) else "failed"
            files.append({"path": item.path, "status": status, "reason": item.problem, "hint": item.hint, "reports": {}})
            continue
        entry: dict[str, Any] = {"path": item.path, "status": "read", "reports": {}, "warnings": []}
        try:
            result = process_text(item.text, _display_path(item.path))
        except Exception as e:  # extraction must never lose the other files
            entry.update(status="failed", reason=f"could not extract reports ({type(e).__name__}: {e})")
            files.append(entry)
            continue
        entry["warnings"] = list(item.meta.get("warnings", [])) + list(result.problems)
        for frag in result.fragments:
            if frag.report_id in fragments:
                first = files[owner[frag.report_id]]["path"]
                entry["reports"][frag.report.name] = f"duplicate of the report in {first}"
                continue
            fragments[frag.report_id] = frag
            owner[frag.report_id] = len(files)
            entry["reports"][frag.report.name] = "pending"
        if not result.fragments:
            entry.update(status="failed", reason="; ".join(result.problems) or "no report found")
        files.append(entry)
    if bar is not None:
        bar.close()

    try:
        store = open_store(args.store, args.store_path)
        summary = store.write(list(fragments.values())) if fragments else None
        counts = _counts(store.graph())
        location = store.location()
        store.close()
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    id_of = {f.report.name: rid for rid, f in fragments.items()}
    for entry in files:
        for title, state in list(entry["reports"].items()):
            if state == "pending" and summary is not None:
                entry["reports"][title] = summary.outcome.get(id_of[title], "loaded")
        if entry["status"] == "read":
            entry["status"] = "loaded"

    usable = bool(fragments)
    if args.json:
        print(json.dumps({"store": location, "files": files, "graph": counts}, ensure_ascii=False, indent=1))
    else:
        for entry in files:
            if entry["status"] in ("failed", "skipped"):
                hint = f" — {entry['hint']}" if entry.get("hint") else ""
                print(f"{entry['status']}: {entry['path']}: {entry['reason']}{hint}")
                continue
            states = Counter(entry["reports"].values())
            desc = ", ".join(f"{n} {s}" for s, n in sorted(states.items()))
            print(f"loaded: {entry['path']}: {len(entry['reports'])} reports ({desc})")
            for w in entry.get("warnings", []):
                print(f"  warning: {w}")
        print(f"store: {location}")
        print(f"reports in store: {counts['nodes'].get('Report', 0)}")
        _print_counts(counts)
    if not usable:
        print("error: nothing usable was read; the store is unchanged", file=sys.stderr)
        return 1
    return 0


# -- stats ---------------------------------------------------------------------
def cmd_stats(args: argparse.Namespace) -> int:
    try:
        store = open_store(args.store, args.store_path)
        counts = _counts(store.graph())
        print(f"store: {store_kind(args.store)} at {store.location()}")
        store.close()
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=1))
    else:
        print(f"reports: {counts['nodes'].get('Report', 0)}")
        _print_counts(counts)
    return 0


# -- export --------------------------------------------------------------------
def _export_json(g: nx.MultiDiGraph, out: str | None) -> None:
    from graph.readwrite.json import dumps, write_json

    if out in (None, "-"):
        print(dumps(g))
    else:
        write_json(g, out)


# Format name -> function(graph, output path or None for stdout).  Serializer
# modules register here; the CLI has one export command for all of them.
EXPORTERS: dict[str, Callable[[nx.MultiDiGraph, str | None], None]] = {"json": _export_json}
EXPORTERS.update(LINKED_EXPORTERS)  # ttl, jsonld, nt, graphml, gexf, csv


def cmd_export(args: argparse.Namespace) -> int:
    try:
        store = open_store(args.store, args.store_path)
        g = store.graph()
        store.close()
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if g.number_of_nodes() == 0:
        print("error: the store is empty; run `ukg build` first", file=sys.stderr)
        return 1
    try:
        EXPORTERS[args.format](g, args.output)
    except OSError as e:
        print(f"error: cannot write {args.output}: {e.strerror}", file=sys.stderr)
        return 2
    if args.output not in (None, "-"):
        print(f"wrote {args.format} to {args.output} ({g.number_of_nodes()} nodes, {g.number_of_edges()} relations)",
              file=sys.stderr)
    return 0


# -- app -----------------------------------------------------------------------
def cmd_app(args: argparse.Namespace, extra: Sequence[str]) -> int:
    env = dict(os.environ)
    kind = store_kind(args.store)
    env["UKG_STORE"] = kind
    if kind == "embedded":
        path = Path(args.store_path) if args.store_path else default_store_path()
        env["UKG_STORE_PATH"] = str(path)
        if not path.exists():
            print(f"the store {path} is empty: building the bundled corpus first", file=sys.stderr)
            rc = cmd_build(argparse.Namespace(paths=[], store=kind, store_path=str(path), json=False, max_file_mb=64.0))
            if rc != 0:
                return rc
    cmd = [sys.executable, "-m", "streamlit", "run", str(STREAMLIT_APP), "--browser.gatherUsageStats", "false", *extra]
    try:
        return subprocess.call(cmd, env=env)
    except KeyboardInterrupt:
        return 0


# -- main ----------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ukg", description="union-kg: a knowledge graph of Chinese trade unions from their work reports."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="read reports and load them into the store",
                       description="Read report files or folders (default: the bundled corpus), extract the "
                                   "graph and load it. Loading the same reports again changes nothing.")
    p.add_argument("paths", nargs="*", help="report files or folders (.txt, .docx, .pdf, .html; folders recursively)")
    p.add_argument("--json", action="store_true", help="print what was done per file as JSON")
    p.add_argument("--max-file-mb", type=float, default=64.0, help="refuse files larger than this (default 64)")
    _store_args(p)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("stats", help="where the store is and what it holds")
    p.add_argument("--json", action="store_true")
    _store_args(p)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("export", help="write the graph in an open format")
    p.add_argument("--format", choices=sorted(EXPORTERS), default="json")
    p.add_argument("-o", "--output", default=None, help="output file (or folder for csv); default stdout")
    _store_args(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("eval", help="score extraction against the gold files (precision/recall/F1)",
                       description="Extract the corpus and score it against eval/gold/*.json (default: every gold file "
                                   "present; files with splits are scored per split).")
    from loaders.evaluation_cli import add_arguments as _eval_args, run as _eval_run

    _eval_args(p)
    p.set_defaults(func=_eval_run)

    add_linked_commands(sub, _store_args)  # validate, sparql

    p = sub.add_parser("app", help="open the explorer (Streamlit); extra options go to Streamlit",
                       description="Start the Streamlit explorer. Options this command does not know, such as "
                                   "--server.port 8600, are passed to `streamlit run`.")
    _store_args(p)
    p.set_defaults(func=None)

    from graph.store.neo4j_cli import add_parser as add_cypher_parser

    add_cypher_parser(sub)  # `ukg cypher "MATCH ..."`: read-only console on the Neo4j store
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if argv and argv[0] == "app":
        args, extra = parser.parse_known_args(argv)
        try:
            return cmd_app(args, extra)
        except StoreError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
