"""The knowledge graph in a Neo4j 5 server, written in idempotent ``UNWIND $rows`` batches.

Semantics are those of :mod:`graph.model`: ``write`` replaces each report the
way :func:`graph.model.replace_report` does (its relations and Report node go,
then every node :func:`graph.model.supported_nodes` would drop), and merges
node properties like ``_merge_node`` (aliases = union minus the name, other
properties: first non-empty value wins).

Each replaced report is one transaction; consecutive reports the store does not
hold yet are grouped into one transaction.  Every statement is a MERGE keyed by
node ``id`` / relation ``key``, so a load killed midway and run again ends with
the same graph.

Cypher lives in the small functions below.  Labels and relationship types
cannot be query parameters, so the text is built only from ``schema`` enum
values; all data travels as parameters.
"""
from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator, Sequence

import networkx as nx

from graph.model import Fragment, Node, Relation, _merge_node, label_of
from graph.store.base import StoreError, WriteSummary
from schema import Label, Rel
from schema.constraints import schema_statements

DEFAULT_URI = "bolt://127.0.0.1:7687"
START_HINT = (
    "Start the dev server with `scripts/neo4j start`, or point NEO4J_URI / NEO4J_USER / "
    "NEO4J_PASSWORD / NEO4J_DATABASE at your own Neo4j 5 server."
)

# ---------------------------------------------------------------------------
# Cypher
# ---------------------------------------------------------------------------


@lru_cache(maxsize=None)
def merge_nodes_query(label: Label) -> str:
    """MERGE nodes of one label; new props fill only missing/empty ones; aliases = union - name.

    Aliases are kept as an unordered set here and sorted when read back.
    """
    return (
        "UNWIND $rows AS row\n"
        f"MERGE (n:{Label(label).value} {{id: row.id}})\n"
        "ON CREATE SET n += row.props, n.aliases = []\n"
        "WITH n, row\n"
        "FOREACH (k IN [k IN keys(row.props) WHERE row.props[k] <> '' AND (n[k] IS NULL OR n[k] = '')] |\n"
        "  SET n[k] = row.props[k])\n"
        "WITH n, row, coalesce(n.aliases, []) AS cur\n"
        "SET n.aliases = [a IN cur + [x IN row.aliases WHERE NOT x IN cur] WHERE a <> coalesce(n.name, '')]"
    )


@lru_cache(maxsize=None)
def merge_relations_query(rel: Rel, source: Label, target: Label) -> str:
    """MERGE relations of one type between two labels, identified by ``key``; props overwrite."""
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{Label(source).value} {{id: row.source}})\n"
        f"MATCH (b:{Label(target).value} {{id: row.target}})\n"
        f"MERGE (a)-[r:{Rel(rel).value} {{key: row.key}}]->(b)\n"
        "SET r += row.props\n"
        "RETURN count(r) AS merged"
    )


@lru_cache(maxsize=None)
def delete_report_relations_query(rel: Rel) -> str:
    """Relations of one type evidenced by a report (per type so the ``report`` index is used)."""
    return f"MATCH ()-[r:{Rel(rel).value}]->() WHERE r.report = $report DELETE r"


DELETE_REPORT_NODE = f"MATCH (n:{Label.REPORT.value} {{id: $report}}) DETACH DELETE n"

# graph.model.supported_nodes: keep Reports, what a Report MENTIONS, and PART_OF /
# LOCATED_IN ancestors of kept nodes; delete the rest.
_SUPPORT_RELS = f"{Rel.PART_OF.value}|{Rel.LOCATED_IN.value}"
GARBAGE_COLLECT = (
    "MATCH (n)\n"
    f"WHERE NOT n:{Label.REPORT.value}\n"
    f"  AND NOT EXISTS {{ MATCH (:{Label.REPORT.value})-[:{Rel.MENTIONS.value}]->(n) }}\n"
    f"  AND NOT EXISTS {{ MATCH (m)-[:{_SUPPORT_RELS}*1..]->(n)\n"
    f"                    WHERE m:{Label.REPORT.value} OR EXISTS {{ MATCH (:{Label.REPORT.value})-[:{Rel.MENTIONS.value}]->(m) }} }}\n"
    "DETACH DELETE n\n"
    "RETURN count(*) AS deleted"
)

REPORT_HASHES = f"MATCH (r:{Label.REPORT.value}) RETURN r.id AS id, r.fingerprint AS hash"
REPORTS_AMONG = f"UNWIND $ids AS id MATCH (r:{Label.REPORT.value} {{id: id}}) RETURN r.id AS id, r.fingerprint AS hash"
READ_NODES = "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id"
READ_RELATIONS = (
    "MATCH (a)-[r]->(b) RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props "
    "ORDER BY source, target, r.key"
)
WIPE = "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS"
COUNTS = "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships"

# ---------------------------------------------------------------------------
# Models -> rows (pure)
# ---------------------------------------------------------------------------


@dataclass
class Batch:
    """Rows for one transaction: nodes by label, relations by (type, source label, target label)."""

    nodes: dict[Label, list[dict[str, Any]]]
    relations: dict[tuple[Rel, Label, Label], list[dict[str, Any]]]

    def size(self) -> int:
        return sum(map(len, self.nodes.values())) + sum(map(len, self.relations.values()))


def node_row(nid: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """A merged networkx node as a row; None props are dropped (Neo4j has no null properties)."""
    props = {k: v for k, v in attrs.items() if k not in ("label", "aliases", "id") and v is not None}
    return {"id": nid, "props": props, "aliases": list(attrs.get("aliases", []))}


def fragments_to_batch(fragments: Sequence[Fragment]) -> Batch:
    """Rows for fragments written in order, pre-merged so each id/key is one row.

    Pre-merging uses graph.model's own node merge, so the server applies the same
    rule once against what it already holds.
    """
    g = nx.MultiDiGraph()
    labels: dict[str, Label] = {}
    for f in fragments:
        for n in (f.report, *f.nodes):
            _merge_node(g, n)
            labels.setdefault(n.id, n.label)
    rels: dict[str, tuple[Relation, dict[str, Any]]] = {}
    for f in fragments:
        for r in f.relations:
            if r.key in rels:
                rels[r.key][1].update(r.attrs())
            else:
                rels[r.key] = (r, r.attrs())
    nodes: dict[Label, list[dict[str, Any]]] = defaultdict(list)
    for nid, attrs in g.nodes(data=True):
        nodes[labels[nid]].append(node_row(nid, attrs))
    relations: dict[tuple[Rel, Label, Label], list[dict[str, Any]]] = defaultdict(list)
    for key, (r, attrs) in rels.items():
        src = labels.get(r.source) or label_of(r.source)
        tgt = labels.get(r.target) or label_of(r.target)
        props = {k: v for k, v in attrs.items() if k not in ("type", "key")}
        relations[(r.type, src, tgt)].append({"key": key, "source": r.source, "target": r.target, "props": props})
    return Batch(dict(nodes), dict(relations))


def chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _fragment_size(f: Fragment) -> int:
    return 1 + len(f.nodes) + len(f.relations)


def plan_writes(
    fragments: Sequence[Fragment], stored: dict[str, str | None], skip_unchanged: bool, tx_elements: int
) -> list[tuple[str, list[Fragment]]]:
    """Split a write into transactions: ('replace', [one fragment]) or ('load', [new fragments]).

    New reports are grouped (up to ``tx_elements`` nodes+relations); a report the store
    already holds is replaced in a transaction of its own, in input order.
    """
    plan: list[tuple[str, list[Fragment]]] = []
    pending: list[Fragment] = []
    pending_ids: set[str] = set()
    size = 0
    known = dict(stored)

    def flush() -> None:
        nonlocal pending, pending_ids, size
        if pending:
            plan.append(("load", pending))
        pending, pending_ids, size = [], set(), 0

    for f in fragments:
        rid = f.report_id
        new_hash = f.report.props.get("fingerprint")
        if rid in known or rid in pending_ids:
            flush()
            if skip_unchanged and new_hash and known.get(rid) == new_hash:
                plan.append(("unchanged", [f]))
            else:
                plan.append(("replace", [f]))
        else:
            if size and size + _fragment_size(f) > tx_elements:
                flush()
            pending.append(f)
            pending_ids.add(rid)
            size += _fragment_size(f)
        known[rid] = new_hash
    flush()
    return plan


def record_to_node(nid: str, labels: list[str], props: dict[str, Any]) -> dict[str, Any]:
    """Node attributes as the embedded store holds them."""
    attrs = {k: v for k, v in props.items() if k != "id"}
    attrs["label"] = labels[0] if labels else ""
    attrs["aliases"] = sorted(attrs.get("aliases") or [])
    attrs.setdefault("name", "")
    return attrs


# ---------------------------------------------------------------------------
# The store (I/O)
# ---------------------------------------------------------------------------


def _env(name: str, given: str | None, default: str | None = None) -> str | None:
    if given is not None:
        return given
    val = os.environ.get(name)
    return val if val else default


def _translate(exc: Exception, uri: str) -> StoreError:
    """A driver exception as a StoreError that says what to do."""
    from neo4j import exceptions as ne

    if isinstance(exc, ne.AuthError):
        return StoreError(
            f"Neo4j at {uri} refused the credentials ({exc.message if hasattr(exc, 'message') else exc}). "
            "Set NEO4J_USER and NEO4J_PASSWORD to a valid user (the dev server from `scripts/neo4j start` "
            "runs without auth unless NEO4J_DEV_PASSWORD was set when it started)."
        )
    if isinstance(exc, (ne.ServiceUnavailable, ne.SessionExpired, OSError)):
        return StoreError(f"Cannot reach Neo4j at {uri}: {exc}. {START_HINT}")
    if isinstance(exc, ne.ConfigurationError):
        return StoreError(f"Bad Neo4j configuration for {uri}: {exc}. {START_HINT}")
    if isinstance(exc, ne.Neo4jError):
        return StoreError(f"Neo4j at {uri} refused the request: {exc.message or exc}")
    if isinstance(exc, ne.DriverError):
        return StoreError(f"Neo4j driver error for {uri}: {exc}. {START_HINT}")
    return StoreError(f"Neo4j at {uri}: {exc}")


class Neo4jStore:
    """GraphStore backed by a Neo4j 5 server over Bolt.

    Config comes from the arguments or the env vars NEO4J_URI, NEO4J_USER,
    NEO4J_PASSWORD, NEO4J_DATABASE.  Without a password the driver connects
    without auth (the dev server).  ``batch_size`` is rows per UNWIND statement,
    ``tx_elements`` caps how many new nodes+relations share one transaction;
    ``max_retry_time`` is how long the driver retries a transaction that failed
    transiently (e.g. the server restarting) before giving up.
    """

    def __init__(
        self,
        uri: str | None = None,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        *,
        batch_size: int = 1000,
        tx_elements: int = 20000,
        skip_unchanged: bool = True,
        connect_timeout: float = 5.0,
        max_retry_time: float = 15.0,
    ) -> None:
        from neo4j import GraphDatabase

        self.uri = _env("NEO4J_URI", uri, DEFAULT_URI) or DEFAULT_URI
        self.user = _env("NEO4J_USER", user, "neo4j")
        self._password = _env("NEO4J_PASSWORD", password)
        self.database = _env("NEO4J_DATABASE", database)
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        self.batch_size = batch_size
        self.tx_elements = tx_elements
        self.skip_unchanged = skip_unchanged
        auth = (self.user, self._password) if self._password else None
        try:
            self.driver = GraphDatabase.driver(
                self.uri,
                auth=auth,
                connection_timeout=connect_timeout,
                max_transaction_retry_time=max_retry_time,
                notifications_min_severity="OFF",
            )
            self.driver.verify_connectivity()
            self._run_read(lambda tx: tx.run("RETURN 1").consume())
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001 - every driver failure becomes a StoreError
            try:
                self.driver.close()
            except Exception:  # noqa: BLE001
                pass
            raise _translate(exc, self.uri) from None
        self._schema_ready = False

    # -- plumbing -------------------------------------------------------
    def _session(self, read: bool = False):
        from neo4j import READ_ACCESS, WRITE_ACCESS

        return self.driver.session(database=self.database, default_access_mode=READ_ACCESS if read else WRITE_ACCESS)

    def _run(self, fn, *, read: bool):
        """Run ``fn`` in a managed transaction; driver and server errors become StoreError."""
        try:
            with self._session(read=read) as s:
                return s.execute_read(fn) if read else s.execute_write(fn)
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001
            from neo4j import exceptions as ne

            if isinstance(exc, (ne.DriverError, ne.Neo4jError, OSError)):
                raise _translate(exc, self.uri) from None
            raise

    def _run_read(self, fn):
        return self._run(fn, read=True)

    def _run_write(self, fn):
        return self._run(fn, read=False)

    def ensure_schema(self) -> None:
        """Constraints and indexes from schema.constraints (idempotent), created before writing."""
        if self._schema_ready:
            return
        try:
            with self._session() as s:
                for stmt in schema_statements():
                    s.run(stmt).consume()
                s.run("CALL db.awaitIndexes(120)").consume()
        except Exception as exc:  # noqa: BLE001
            raise _translate(exc, self.uri) from None
        self._schema_ready = True

    # -- GraphStore ------------------------------------------------------
    def write(self, fragments: Sequence[Fragment]) -> WriteSummary:
        """Replace each fragment's report (see graph.model.replace_report), in input order."""
        self.ensure_schema()
        ids = list(dict.fromkeys(f.report_id for f in fragments))
        stored = self._run_read(lambda tx: {r["id"]: r["hash"] for r in tx.run(REPORTS_AMONG, ids=ids)})
        summary = WriteSummary()
        for kind, frags in plan_writes(fragments, stored, self.skip_unchanged, self.tx_elements):
            if kind == "unchanged":
                summary.outcome[frags[0].report_id] = "unchanged"
                continue
            batch = fragments_to_batch(frags)
            replace = frags[0].report_id if kind == "replace" else None
            self._run_write(lambda tx, b=batch, r=replace: self._write_tx(tx, b, r))
            for f in frags:
                summary.outcome[f.report_id] = "replaced" if kind == "replace" else "loaded"
        return summary

    def _write_tx(self, tx, batch: Batch, replace: str | None) -> None:
        if replace is not None:
            for rel in Rel:
                tx.run(delete_report_relations_query(rel), report=replace).consume()
            tx.run(DELETE_REPORT_NODE, report=replace).consume()
            tx.run(GARBAGE_COLLECT).consume()
        for label in Label:
            for rows in chunks(batch.nodes.get(label, []), self.batch_size):
                tx.run(merge_nodes_query(label), rows=rows).consume()
        for (rel, src, tgt), all_rows in batch.relations.items():
            for rows in chunks(all_rows, self.batch_size):
                merged = tx.run(merge_relations_query(rel, src, tgt), rows=rows).single()["merged"]
                if merged != len(rows):
                    missing = self._missing_endpoints(tx, rows)
                    raise ValueError(f"relation {rel} refers to nodes not in the graph: {missing[:5]}")

    @staticmethod
    def _missing_endpoints(tx, rows: list[dict[str, Any]]) -> list[str]:
        ids = sorted({r["source"] for r in rows} | {r["target"] for r in rows})
        found = {r["id"] for r in tx.run("UNWIND $ids AS id MATCH (n {id: id}) RETURN n.id AS id", ids=ids)}
        return [i for i in ids if i not in found]

    def graph(self) -> nx.MultiDiGraph:
        """The whole graph as the embedded store holds it (aliases sorted, key = relation key)."""

        def read(tx):
            nodes = [(r["id"], r["labels"], r["props"]) for r in tx.run(READ_NODES)]
            rels = [(r["source"], r["target"], r["type"], r["props"]) for r in tx.run(READ_RELATIONS)]
            return nodes, rels

        nodes, rels = self._run_read(read)
        g = nx.MultiDiGraph()
        for nid, labels, props in nodes:
            g.add_node(nid, **record_to_node(nid, labels, props))
        for u, v, typ, props in rels:
            attrs = dict(props)
            key = attrs.pop("key", None)
            g.add_edge(u, v, key=key, type=typ, **attrs)
        return g

    def report_hashes(self) -> dict[str, str]:
        return self._run_read(lambda tx: {r["id"]: r["hash"] for r in tx.run(REPORT_HASHES)})

    def counts(self) -> tuple[int, int]:
        """(nodes, relationships) in the database."""
        rec = self._run_read(lambda tx: tx.run(COUNTS).single())
        return (rec["nodes"], rec["relationships"]) if rec else (0, 0)

    def wipe(self) -> None:
        """Delete every node and relationship (tests, benchmarks, `ukg build --fresh`)."""
        try:
            with self._session() as s:
                s.run(WIPE).consume()
        except Exception as exc:  # noqa: BLE001
            raise _translate(exc, self.uri) from None

    def location(self) -> str:
        return self.uri + (f" (database {self.database})" if self.database else "")

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> "Neo4jStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
