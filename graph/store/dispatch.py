"""One query interface over either store.

Callers (CLI, app) ask ``queries_for(store)`` and get an object with the named
queries of graph.queries as methods; for the embedded store they run on the
networkx graph, for Neo4j they run as Cypher on the server.
"""
from __future__ import annotations

from typing import Any, Iterable, Protocol

import networkx as nx

from graph import queries as q
from graph.queries import Row


class Queries(Protocol):
    """The named queries (graph.queries.NAMED_QUERIES) plus their base, practice_links."""

    def practice_links(self) -> list[Row]: ...
    def practices_of_region(self, region: str) -> list[Row]: ...
    def regions_of_practice(self, practice: str) -> list[Row]: ...
    def region_practice_matrix(self, level: str | None = None) -> list[Row]: ...
    def neighbourhood(self, node: str, depth: int = 1, labels: Iterable[str] | None = None) -> Row: ...
    def search(self, text: str, labels: Iterable[str] | None = None, limit: int = 50) -> list[Row]: ...
    def evidence(self, source: str, target: str, rel_type: str | None = None) -> list[Row]: ...
    def entity_counts(self) -> list[Row]: ...
    def reports_overview(self) -> list[Row]: ...
    def practice_facts(self, practice: str) -> list[Row]: ...
    def report_spans(self, report: str) -> list[Row]: ...


class EmbeddedQueries:
    """The named queries over an in-memory networkx graph (graph.queries itself)."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph

    def practice_links(self) -> list[Row]:
        return q.practice_links(self.graph)

    def practices_of_region(self, region: str) -> list[Row]:
        return q.practices_of_region(self.graph, region)

    def regions_of_practice(self, practice: str) -> list[Row]:
        return q.regions_of_practice(self.graph, practice)

    def region_practice_matrix(self, level: str | None = None) -> list[Row]:
        return q.region_practice_matrix(self.graph, level)

    def neighbourhood(self, node: str, depth: int = 1, labels: Iterable[str] | None = None) -> Row:
        return q.neighbourhood(self.graph, node, depth, labels)

    def search(self, text: str, labels: Iterable[str] | None = None, limit: int = 50) -> list[Row]:
        return q.search(self.graph, text, labels, limit)

    def evidence(self, source: str, target: str, rel_type: str | None = None) -> list[Row]:
        return q.evidence(self.graph, source, target, rel_type)

    def entity_counts(self) -> list[Row]:
        return q.entity_counts(self.graph)

    def reports_overview(self) -> list[Row]:
        return q.reports_overview(self.graph)

    def practice_facts(self, practice: str) -> list[Row]:
        return q.practice_facts(self.graph, practice)

    def report_spans(self, report: str) -> list[Row]:
        return q.report_spans(self.graph, report)


def queries_for(store: Any) -> Queries:
    """Cypher queries for a Neo4jStore, networkx queries for anything else with ``graph()``."""
    from graph.store.neo4j import Neo4jStore
    from graph.store.neo4j_queries import Neo4jQueries

    if isinstance(store, Neo4jStore):
        return Neo4jQueries(store.driver, store.database)
    if isinstance(store, nx.MultiDiGraph):
        return EmbeddedQueries(store)
    return EmbeddedQueries(store.graph())
