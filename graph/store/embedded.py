"""The embedded store: the graph as a networkx MultiDiGraph persisted to one JSON file.

The default, so the project runs on a fresh machine with no server.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import networkx as nx

from graph.model import Fragment, replace_report
from graph.readwrite.json import read_json, write_json
from graph.store.base import StoreError, WriteSummary
from schema import Label


class EmbeddedStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.exists():
            try:
                self._g = read_json(self.path)
            except (ValueError, json.JSONDecodeError, KeyError, TypeError) as e:
                raise StoreError(
                    f"{self.path}: the embedded store file is damaged ({e}); move it away and run `ukg build` again"
                ) from None
        else:
            self._g = nx.MultiDiGraph()

    def write(self, fragments: Sequence[Fragment]) -> WriteSummary:
        """Replace each fragment's report; save once, atomically, only if something changed."""
        summary = WriteSummary()
        hashes = self.report_hashes()
        changed = False
        for f in fragments:
            old = hashes.get(f.report_id)
            new = f.report.props.get("fingerprint")
            if old is not None and old == new:
                summary.outcome[f.report_id] = "unchanged"
                continue
            replace_report(self._g, f)
            summary.outcome[f.report_id] = "replaced" if old is not None else "loaded"
            changed = True
        if changed:
            write_json(self._g, self.path)
        return summary

    def graph(self) -> nx.MultiDiGraph:
        return self._g

    def report_hashes(self) -> dict[str, str]:
        return {
            n: d.get("fingerprint", "")
            for n, d in self._g.nodes(data=True)
            if d.get("label") == Label.REPORT.value
        }

    def location(self) -> str:
        return str(self.path)

    def close(self) -> None:
        pass
