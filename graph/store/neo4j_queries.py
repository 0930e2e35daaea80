"""The named queries of :mod:`graph.queries`, answered in Cypher by a Neo4j server.

Same names, same arguments, same rows in the same order as the networkx
functions (tests/graph/test_neo4j_parity.py checks it).  User input only ever
travels as query parameters; the little query text that varies (labels,
relationship types, the hop count) comes from schema enums or validated ints.

Notes on matching the networkx contract exactly:
- a union's region is its LOCATED_IN target with the smallest id;
- a region's ancestors follow, at each step, the PART_OF parent with the
  smallest id (graph.queries.region_ancestors); the quantified path below
  keeps only those steps;
- string order and ``size()`` are by code point in Neo4j, as in Python.
"""
from __future__ import annotations

from typing import Any, Iterable

from graph.model import label_of
from graph.queries import Row
from schema import Label, Rel

_U, _P, _B, _R = Label.UNION.value, Label.PRACTICE.value, Label.BRAND.value, Label.REPORT.value
_RUNS, _LOC, _PART, _INST = Rel.RUNS.value, Rel.LOCATED_IN.value, Rel.PART_OF.value, Rel.INSTANCE_OF.value

# One row per (union, RUNS relation, practice): graph.queries.practice_links before sorting.
# Binds u (union), r (RUNS), t (target: practice or brand), p (practice), reg (region or null).
_LINKS = f"""
MATCH (u:{_U})-[r:{_RUNS}]->(t)
WHERE t:{_P} OR t:{_B}
WITH u, r, t, head(COLLECT {{ MATCH (u)-[:{_LOC}]->(x) RETURN x ORDER BY x.id LIMIT 1 }}) AS reg
OPTIONAL MATCH (t:{_B})-[:{_INST}]->(bp)
WITH u, r, t, reg, CASE WHEN t:{_P} THEN [t] ELSE collect(DISTINCT bp) END AS ps
UNWIND ps AS p
"""

# From a bound node `reg`: `anc` is reg or one of its ancestors, `path` the path to it.
_ANCESTORS = f"""
MATCH path = (reg) ((s)-[:{_PART}]->(e) WHERE NOT EXISTS {{ (s)-[:{_PART}]->(x) WHERE x.id < e.id }})* (anc)
"""

PRACTICE_LINKS = (
    _LINKS
    + """
RETURN u.id AS union, reg.id AS region, p.id AS practice, t.id AS via, r.report AS report,
       r.evidence AS evidence, r.start AS start, r.end AS end, r.status AS status
ORDER BY practice, coalesce(region, ''), union, via, coalesce(report, ''), coalesce(start, 0), coalesce(end, 0)
"""
)

PRACTICES_OF_REGION = (
    _LINKS
    + "WITH u, p, reg WHERE reg IS NOT NULL\n"
    + "CALL { WITH reg\n"
    + _ANCESTORS
    + "  WITH anc WHERE anc.id = $region RETURN count(*) > 0 AS inside }\n"
    + """WITH u, p, inside WHERE inside
WITH p, collect(u.id) AS us, count(*) AS facts
RETURN p.id AS practice, coalesce(p.name, '') AS name, facts,
       COLLECT { UNWIND us AS x WITH DISTINCT x RETURN x ORDER BY x } AS unions
ORDER BY facts DESC, practice
"""
)

REGIONS_OF_PRACTICE = (
    _LINKS
    + """WITH u, t, p, reg WHERE p.id = $practice
WITH reg, collect(u.id) AS us, collect(CASE WHEN t.id <> $practice THEN t.id END) AS bs, count(*) AS facts
RETURN reg.id AS region,
       CASE WHEN reg IS NULL OR reg.id = '' THEN null ELSE coalesce(reg.name, '') END AS name,
       COLLECT { UNWIND us AS x WITH DISTINCT x RETURN x ORDER BY x } AS unions,
       COLLECT { UNWIND bs AS x WITH DISTINCT x WHERE x IS NOT NULL RETURN x ORDER BY x } AS brands,
       facts
ORDER BY facts DESC, coalesce(region, '')
"""
)

REGION_PRACTICE_MATRIX = (
    _LINKS
    + "WITH p, reg WHERE reg IS NOT NULL\n"
    + "CALL { WITH reg\n"
    + _ANCESTORS
    + "  WITH anc, path WHERE ($level IS NULL AND length(path) = 0) OR ($level IS NOT NULL AND anc.level = $level)\n"
    + "  RETURN anc AS cell ORDER BY length(path) LIMIT 1 }\n"
    + """RETURN cell.id AS region, p.id AS practice, count(*) AS facts
ORDER BY region, practice
"""
)

NEIGHBOURS = """
MATCH (n) WHERE elementId(n) IN $frontier
MATCH (n)--(m)
WHERE NOT elementId(m) IN $seen AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
RETURN DISTINCT elementId(m) AS eid
"""

SUBGRAPH = """
MATCH (n) WHERE elementId(n) IN $ids
RETURN n.id AS id, coalesce(labels(n)[0], '') AS label, coalesce(n.name, '') AS name
ORDER BY id
"""

SUBGRAPH_EDGES = """
MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids
RETURN a.id AS source, b.id AS target, type(r) AS type, r.key AS key
ORDER BY source, target, type, key
"""

SEARCH = """
MATCH (n)
WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  AND (coalesce(n.name, '') CONTAINS $text OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $text))
WITH n, CASE WHEN n.name = $text THEN 0 WHEN n.name = $text OR $text IN coalesce(n.aliases, []) THEN 1 ELSE 2 END AS rank
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, rank
ORDER BY rank, size(coalesce(n.name, '')), id
LIMIT $limit
"""


ENTITY_COUNTS = """
CALL {
  MATCH (n) RETURN 'node' AS kind, coalesce(labels(n)[0], '') AS name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'edge' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY CASE kind WHEN 'node' THEN 0 ELSE 1 END, name
"""

REPORTS_OVERVIEW = f"""
MATCH (n:{_R})
WITH n, head(COLLECT {{ MATCH (n)-[:{Rel.ISSUED_BY.value}]->(x) RETURN x ORDER BY x.id LIMIT 1 }}) AS u
WITH n, u, head(COLLECT {{ MATCH (u)-[:{_LOC}]->(x) RETURN x ORDER BY x.id LIMIT 1 }}) AS reg
RETURN n.id AS report, n.seq AS seq,
       CASE WHEN n.title IS NULL OR n.title = '' THEN n.name ELSE n.title END AS title,
       n.section AS section, u.id AS union,
       CASE WHEN u IS NULL THEN null ELSE coalesce(u.name, '') END AS union_name,
       u.level AS union_level, reg.id AS region,
       CASE WHEN reg IS NULL THEN null ELSE coalesce(reg.name, '') END AS region_name
ORDER BY CASE WHEN valueType(n.seq) STARTS WITH 'INTEGER' THEN n.seq ELSE 1073741824 END, report
"""


def practice_facts_query(practice: str) -> str:
    return f"""
MATCH {node_match('p', 'practice', practice)}
CALL {{ WITH p RETURN p AS t
       UNION
       WITH p MATCH (t:{_B})-[:{_INST}]->(p) RETURN t }}
MATCH (u:{_U})-[r:{_RUNS}]->(t)
WITH p, t, u, r, head(COLLECT {{ MATCH (u)-[:{_LOC}]->(x) RETURN x ORDER BY x.id LIMIT 1 }}) AS reg
OPTIONAL MATCH (rep:{_R} {{id: r.report}})
RETURN u.id AS union, coalesce(u.name, '') AS union_name, reg.id AS region,
       CASE WHEN reg IS NULL THEN null ELSE coalesce(reg.name, '') END AS region_name,
       t.id AS via, coalesce(t.name, '') AS via_name, CASE WHEN t.id <> p.id THEN t.id END AS brand,
       r.value AS value, r.unit AS unit, r.status AS status, r.report AS report, rep.title AS report_title,
       r.evidence AS evidence, r.start AS start, r.end AS end
ORDER BY coalesce(region, ''), union, via, coalesce(report, ''), coalesce(start, 0), coalesce(end, 0)
"""


# One branch per relationship type, so each uses that type's ``report`` index.
REPORT_SPANS = (
    "CALL {\n"
    + "\n  UNION ALL\n".join(
        f"  MATCH (a)-[r:{rel.value}]->(b) WHERE r.report = $report AND r.start IS NOT NULL AND r.end IS NOT NULL"
        " RETURN a, r, b"
        for rel in Rel
    )
    + """
}
RETURN type(r) AS type, a.id AS source, b.id AS entity, coalesce(labels(b)[0], '') AS label,
       coalesce(b.name, '') AS name, r.start AS start, r.end AS end, r.evidence AS evidence
ORDER BY start, end, type, entity, source
"""
)


def node_match(var: str, param: str, nid: str) -> str:
    """`(var:Label {id: $param})` with the label read from the id (schema enum), or no label."""
    try:
        return f"({var}:{label_of(nid).value} {{id: ${param}}})"
    except ValueError:
        return f"({var} {{id: ${param}}})"


def evidence_query(source: str, target: str) -> str:
    return f"""
MATCH {node_match('a', 'source', source)}-[r]->{node_match('b', 'target', target)}
WHERE ($type IS NULL OR type(r) = $type) AND r.report IS NOT NULL
OPTIONAL MATCH (rep:{_R} {{id: r.report}})
RETURN type(r) AS type, r.report AS report, rep.title AS report_title, r.evidence AS evidence,
       r.start AS start, r.end AS end
ORDER BY type, report, start, end
"""


def start_query(nid: str) -> str:
    return f"MATCH {node_match('n', 'node', nid)} RETURN elementId(n) AS eid LIMIT 1"


class Neo4jQueries:
    """The named queries over a Neo4j server; every call is a read transaction."""

    def __init__(self, driver: Any, database: str | None = None) -> None:
        self.driver = driver
        self.database = database

    def _read(self, query: str, **params: Any) -> list[Row]:
        from neo4j import READ_ACCESS

        with self.driver.session(database=self.database, default_access_mode=READ_ACCESS) as s:
            return s.execute_read(lambda tx: [r.data() for r in tx.run(query, **params)])

    def practice_links(self) -> list[Row]:
        return self._read(PRACTICE_LINKS)

    def practices_of_region(self, region: str) -> list[Row]:
        return self._read(PRACTICES_OF_REGION, region=region)

    def regions_of_practice(self, practice: str) -> list[Row]:
        return self._read(REGIONS_OF_PRACTICE, practice=practice)

    def region_practice_matrix(self, level: str | None = None) -> list[Row]:
        return self._read(REGION_PRACTICE_MATRIX, level=level)

    def neighbourhood(self, node: str, depth: int = 1, labels: Iterable[str] | None = None) -> Row:
        depth = int(depth)
        allowed = sorted(set(labels)) if labels else None
        from neo4j import READ_ACCESS

        def work(tx) -> Row:
            start = [r["eid"] for r in tx.run(start_query(node), node=node)]
            if not start:
                return {"nodes": [], "edges": []}
            seen, frontier = list(start), list(start)
            for _ in range(depth):
                if not frontier:
                    break
                frontier = [r["eid"] for r in tx.run(NEIGHBOURS, frontier=frontier, seen=seen, labels=allowed)]
                seen += frontier
            nodes = [r.data() for r in tx.run(SUBGRAPH, ids=seen)]
            edges = [r.data() for r in tx.run(SUBGRAPH_EDGES, ids=seen)]
            return {"nodes": nodes, "edges": edges}

        with self.driver.session(database=self.database, default_access_mode=READ_ACCESS) as s:
            return s.execute_read(work)

    def search(self, text: str, labels: Iterable[str] | None = None, limit: int = 50) -> list[Row]:
        text = text.strip()
        if not text:
            return []
        allowed = sorted(set(labels)) if labels else None
        return self._read(SEARCH, text=text, labels=allowed, limit=int(limit))

    def evidence(self, source: str, target: str, rel_type: str | None = None) -> list[Row]:
        return self._read(evidence_query(source, target), source=source, target=target, type=rel_type or None)

    def entity_counts(self) -> list[Row]:
        return self._read(ENTITY_COUNTS)

    def reports_overview(self) -> list[Row]:
        return self._read(REPORTS_OVERVIEW)

    def practice_facts(self, practice: str) -> list[Row]:
        return self._read(practice_facts_query(practice), practice=practice)

    def report_spans(self, report: str) -> list[Row]:
        return self._read(REPORT_SPANS, report=report)
