"""The interface both stores (embedded networkx file, Neo4j server) implement."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence

import networkx as nx

from graph.model import Fragment


@dataclass
class WriteSummary:
    """What a write did, per report id: 'loaded', 'replaced' or 'unchanged'."""

    outcome: dict[str, str] = field(default_factory=dict)


class StoreError(Exception):
    """A store cannot be reached or used; the message says what to do."""


class GraphStore(Protocol):
    """A persistent knowledge graph, written report by report.

    ``write`` replaces each given report's facts (same id -> old facts removed,
    entities nothing supports any more deleted) and leaves other reports alone.
    Writing the same fragments twice changes nothing.
    """

    def write(self, fragments: Sequence[Fragment]) -> WriteSummary: ...

    def graph(self) -> nx.MultiDiGraph:
        """The whole graph, read back as networkx (for export and analytics)."""
        ...

    def report_hashes(self) -> dict[str, str]:
        """Report id -> fingerprint (graph.model.fingerprint) of every stored report."""
        ...

    def location(self) -> str:
        """Where the graph lives (a file path or a Bolt URI)."""
        ...

    def close(self) -> None: ...
