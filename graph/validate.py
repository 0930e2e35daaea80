"""SHACL validation of the RDF export (pyshacl, offline), with readable results.

pyshacl's own report is an RDF graph; researchers and the CLI need lines like
``union:甘肃省总工会  ukg:runs  Union --ukg:runs--> must point to a Practice or Brand.``
so each violation is flattened into a :class:`Violation` naming the focus node
by its graph id where it has one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import unquote

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from schema.namespaces import NODE_ID, PREFIXES, SH, UKGSH
from schema.shapes import load_shapes


@dataclass(frozen=True, slots=True)
class Violation:
    focus: str  # node id (``union:...``) or compact IRI of the offending node
    path: str  # compact IRI of the property, or "" for node-level constraints
    message: str
    value: str = ""  # the offending value, if any
    severity: str = "Violation"
    shape: str = ""

    def __str__(self) -> str:
        val = f"  (value: {self.value})" if self.value else ""
        path = self.path or "-"
        return f"[{self.severity}] {self.focus}  {path}  {self.message}{val}"


@dataclass(slots=True)
class ValidationResult:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def text(self) -> str:
        if self.conforms:
            return "conforms: no SHACL violations"
        lines = [f"{len(self.violations)} SHACL violation(s):"]
        lines += [str(v) for v in self.violations]
        return "\n".join(lines)


def _compact(g: Graph, term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        dt = f"^^{_compact(g, term.datatype)}" if term.datatype else ""
        lang = f"@{term.language}" if term.language else ""
        return f'"{term}"{lang}{dt}'
    if isinstance(term, URIRef):
        for prefix, ns in PREFIXES.items():
            if str(term).startswith(str(ns)) and len(str(term)) > len(str(ns)):
                return f"{prefix}:{unquote(str(term)[len(str(ns)):])}"
        return f"<{term}>"
    return "[]"  # blank node or a path expression


def _focus_name(data: Graph, focus: Node) -> str:
    nid = data.value(focus, NODE_ID)
    return str(nid) if nid is not None else _compact(data, focus)


def _value_name(data: Graph, value: Node | None) -> str:
    if isinstance(value, URIRef) and (nid := data.value(value, NODE_ID)) is not None:
        return str(nid)
    return _compact(data, value)


def validate_rdf(data: Graph, shapes: Graph | None = None) -> ValidationResult:
    """Validate an RDF graph against the shipped shapes (or ``shapes``)."""
    from pyshacl import validate  # imported late: it is slow to import

    shapes = load_shapes() if shapes is None else shapes
    conforms, report, _ = validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    out: list[Violation] | set[Violation] = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        msgs = sorted(str(m) for m in report.objects(r, SH.resultMessage))
        shape = report.value(r, SH.sourceShape)
        out.append(
            Violation(
                focus=_focus_name(data, focus) if focus is not None else "",
                path=_compact(data, report.value(r, SH.resultPath)),
                message="; ".join(msgs),
                value=_value_name(data, report.value(r, SH.value)),
                severity=str(report.value(r, SH.resultSeverity) or "").rsplit("#", 1)[-1],
                shape=str(shape).removeprefix(str(UKGSH)) if isinstance(shape, URIRef) else "",
            )
        )
    out = sorted(set(out), key=lambda v: (v.focus, v.path, v.message, v.value))
    return ValidationResult(conforms=bool(conforms), violations=out)


def validate_graph(g: nx.MultiDiGraph) -> ValidationResult:
    """Export ``g`` to RDF in memory and validate it."""
    from graph.readwrite.rdf import generate_rdf

    return validate_rdf(generate_rdf(g))
