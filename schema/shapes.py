"""SHACL shapes of the RDF export, generated from the schema tables.

``schema/shapes.ttl`` is the shipped, readable output of this module (run
``python -m schema.shapes`` after changing :mod:`schema.labels` or
:mod:`schema.namespaces`; a test fails while the file is stale).  Generating the
shapes from ``REL_ENDPOINTS`` keeps relation constraints declared once.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV, RDF, SDO, SKOS, XSD

from schema.labels import REL_ENDPOINTS, Label, RegionLevel, Status, UnionLevel
from schema.namespaces import (
    ALIAS,
    EDGE_PROP,
    END,
    EVIDENCE_TEXT,
    FACT,
    GEO_PROPS,
    LABEL_CLASS,
    LABEL_SEGMENT,
    NAME,
    NODE_ID,
    NODE_PROP,
    PREFIXES,
    REL_PREDICATE,
    SH,
    START,
    UKGSH,
    rel_predicate,
)

# Node properties a node of the label must have (beyond id and name).
REQUIRED: dict[Label, tuple[str, ...]] = {
    Label.REPORT: ("seq", "title"),
    Label.REGION: ("adcode",),
}
# Closed value sets of node properties.
ENUMS: dict[tuple[Label, str], tuple[str, ...]] = {
    (Label.REGION, "level"): tuple(v.value for v in RegionLevel),
    (Label.UNION, "level"): tuple(v.value for v in UnionLevel),
}
PATTERNS: dict[tuple[Label, str], str] = {
    (Label.REGION, "adcode"): r"^[0-9]{6}$",
}


class _Builder:
    def __init__(self) -> None:
        self.g = Graph()
        for prefix, ns in PREFIXES.items():
            self.g.bind(prefix, ns)
        self.g.bind("sh", SH)
        self.g.bind("ukgsh", UKGSH)

    def list(self, items: list) -> BNode:
        head = BNode()
        Collection(self.g, head, items)
        return head

    def prop(self, shape: URIRef, path: URIRef, **kw: object) -> BNode:
        """Add a property shape; keyword names are SHACL terms (min_count -> sh:minCount)."""
        ps = BNode()
        self.g.add((shape, SH.property, ps))
        self.g.add((ps, SH.path, path))
        for k, v in kw.items():
            head, *rest = k.split("_")
            term = SH[head + "".join(w.capitalize() for w in rest)]
            if isinstance(v, list):
                v = self.list(v)
            elif isinstance(v, (bool, int, str)) and not isinstance(v, (URIRef, Literal)):
                v = Literal(v)
            self.g.add((ps, term, v))  # type: ignore[arg-type]
        return ps

    def classes(self, shape: URIRef, path: URIRef, targets: list[Label], message: str) -> None:
        if len(targets) == 1:
            self.prop(shape, path, class_=LABEL_CLASS[targets[0]], message=message)
            return
        alts = []
        for t in targets:
            alt = BNode()
            self.g.add((alt, SH["class"], LABEL_CLASS[t]))
            alts.append(alt)
        self.prop(shape, path, or_=alts, message=message)


def generate_shapes() -> Graph:
    """The SHACL shapes graph: one closed node shape per label, one for facts."""
    b = _Builder()
    g = b.g
    outgoing: dict[Label, dict[URIRef, list[Label]]] = defaultdict(lambda: defaultdict(list))
    for rel, pairs in REL_ENDPOINTS.items():
        for src, tgt in pairs:
            outgoing[src][rel_predicate(rel, src)].append(tgt)

    for label in Label:
        shape = UKGSH[f"{label.value}Shape"]
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, SH.targetClass, LABEL_CLASS[label]))
        g.add((shape, SH.closed, Literal(True)))
        g.add((shape, SH.ignoredProperties, b.list([RDF.type])))
        prefix = LABEL_SEGMENT[label]
        b.prop(shape, NODE_ID, min_count=1, max_count=1, datatype=XSD.string, pattern=f"^{prefix}:.+",
               message=f"A {label.value} needs exactly one node id starting with '{prefix}:'.")
        b.prop(shape, NAME, min_count=1, max_count=1, datatype=RDF.langString,
               message=f"A {label.value} needs exactly one name (rdfs:label, a language-tagged string).")
        b.prop(shape, ALIAS, datatype=RDF.langString, message="Aliases are language-tagged strings.")
        for (lab, prop), (pred, dtype) in NODE_PROP.items():
            if lab is not label:
                continue
            kw: dict[str, object] = {"max_count": 1, "datatype": dtype or RDF.langString}
            if prop in REQUIRED.get(label, ()):
                kw["min_count"] = 1
            if (label, prop) in ENUMS:
                kw["in_"] = [Literal(v) for v in ENUMS[(label, prop)]]
            if (label, prop) in PATTERNS:
                kw["pattern"] = PATTERNS[(label, prop)]
            if dtype == XSD.integer:
                kw["min_inclusive"] = 1
            kw["message"] = f"{label.value} {prop}: {'required, ' if 'min_count' in kw else ''}at most one value of the declared type."
            b.prop(shape, pred, **kw)
        if label is Label.REGION:
            b.prop(shape, SDO.geo, max_count=1, class_=SDO.GeoCoordinates,
                   message="A region has at most one schema:geo, a schema:GeoCoordinates.")
        if label is Label.PRACTICE:
            b.prop(shape, SKOS.prefLabel, min_count=1, unique_lang=True, datatype=RDF.langString,
                   message="A practice needs a skos:prefLabel, at most one per language.")
            b.prop(shape, SKOS.definition, datatype=RDF.langString)
            b.prop(shape, SKOS.broader, max_count=1, class_=SKOS.Concept,
                   message="A practice has at most one category (skos:broader, a skos:Concept).")
            b.prop(shape, SKOS.inScheme, min_count=1, class_=SKOS.ConceptScheme)
            b.prop(shape, SKOS.altLabel, datatype=RDF.langString)
            b.prop(shape, SKOS.notation, max_count=1)
        for pred, targets in outgoing[label].items():
            names = " or ".join(t.value for t in targets)
            b.classes(shape, pred, targets, f"{label.value} --{g.qname(pred)}--> must point to a {names}.")

    # Coordinates of regions.
    geo = UKGSH.GeoCoordinatesShape
    g.add((geo, RDF.type, SH.NodeShape))
    g.add((geo, SH.targetObjectsOf, SDO.geo))
    for prop, pred in GEO_PROPS.items():
        lo, hi = (-180, 180) if prop == "lng" else (-90, 90)
        b.prop(geo, pred, min_count=1, max_count=1, datatype=XSD.double, min_inclusive=Literal(float(lo)),
               max_inclusive=Literal(float(hi)), message=f"{prop}: one xsd:double in [{lo}, {hi}].")

    # SKOS concepts of the taxonomy.
    concept = UKGSH.ConceptShape
    g.add((concept, RDF.type, SH.NodeShape))
    g.add((concept, SH.targetClass, SKOS.Concept))
    b.prop(concept, SKOS.prefLabel, min_count=1, unique_lang=True, datatype=RDF.langString,
           message="A concept needs a skos:prefLabel, at most one per language.")
    b.prop(concept, SKOS.inScheme, min_count=1, class_=SKOS.ConceptScheme)
    b.prop(concept, SKOS.broader, class_=SKOS.Concept)

    # Reified relations (facts) and their provenance.
    fact = UKGSH.FactShape
    g.add((fact, RDF.type, SH.NodeShape))
    g.add((fact, SH.targetClass, FACT))
    g.add((fact, SH.closed, Literal(True)))
    g.add((fact, SH.ignoredProperties, b.list([RDF.type])))
    preds = sorted(set(REL_PREDICATE.values()))
    b.prop(fact, RDF.subject, min_count=1, max_count=1, node_kind=SH.IRI, message="A fact has one IRI subject.")
    b.prop(fact, RDF.predicate, min_count=1, max_count=1, in_=list(preds),
           message="A fact's predicate is one of the graph's relation predicates.")
    b.prop(fact, RDF.object, min_count=1, max_count=1, node_kind=SH.IRI, message="A fact has one IRI object.")
    b.prop(fact, PROV.wasDerivedFrom, max_count=1, class_=LABEL_CLASS[Label.REPORT],
           message="A fact is derived from at most one report, a ukg:Report.")
    b.prop(fact, EVIDENCE_TEXT, max_count=1, datatype=RDF.langString,
           message="Evidence is one language-tagged sentence.")
    b.prop(fact, START, max_count=1, datatype=XSD.integer, min_inclusive=0, less_than_or_equals=END,
           message="start: one xsd:integer >= 0 and <= end.")
    b.prop(fact, END, max_count=1, datatype=XSD.integer, min_inclusive=0,
           message="end: one xsd:integer >= 0.")
    for prop, (pred, dtype) in EDGE_PROP.items():
        if prop == "status":
            b.prop(fact, pred, max_count=1, in_=[Literal(s.value) for s in Status],
                   message=f"status is one of {', '.join(s.value for s in Status)}.")
        elif dtype is None:
            alts = []
            for dt in (XSD.integer, XSD.decimal, XSD.double):
                alt = BNode()
                g.add((alt, SH.datatype, dt))
                alts.append(alt)
            b.prop(fact, pred, max_count=1, or_=alts, message=f"{prop}: one number.")
        else:
            b.prop(fact, pred, max_count=1, datatype=dtype, message=f"{prop}: one {g.qname(dtype)}.")
    # Each fact's triple must be asserted.  One query for all facts (focus: the
    # class ukg:Fact, value: the offending fact): per-fact SPARQL takes minutes.
    triples = UKGSH.FactTripleShape
    g.add((triples, RDF.type, SH.NodeShape))
    g.add((triples, SH.targetNode, FACT))
    sparql = BNode()
    g.add((triples, SH.sparql, sparql))
    g.add((sparql, SH.message, Literal("The fact's triple (rdf:subject, rdf:predicate, rdf:object) is not asserted.")))
    g.add((sparql, SH.select, Literal(
        "SELECT $this ?value WHERE {\n"
        "  ?value a $this ;\n"
        "    <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s ;\n"
        "    <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p ;\n"
        "    <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o .\n"
        "  FILTER NOT EXISTS { ?s ?p ?o }\n"
        "}")))
    return g


def shapes_path() -> Path:
    return Path(str(resources.files("schema").joinpath("shapes.ttl")))


def load_shapes() -> Graph:
    """The shipped shapes graph (schema/shapes.ttl)."""
    return Graph().parse(shapes_path(), format="turtle")


HEADER = (
    "# SHACL shapes of the union-kg RDF export.\n"
    "# GENERATED by `python -m schema.shapes` from schema/labels.py and schema/namespaces.py;\n"
    "# edit those, not this file.\n"
)


def shapes_turtle() -> str:
    """The shapes as Turtle with canonical blank-node labels, so regenerating gives the same bytes."""
    from rdflib.compare import to_canonical_graph

    g = generate_shapes()
    canon = Graph()
    for prefix, ns in g.namespaces():
        canon.bind(prefix, ns)
    for t in to_canonical_graph(g):
        canon.add(t)
    return HEADER + canon.serialize(format="turtle")


def main() -> int:
    path = shapes_path()
    path.write_text(shapes_turtle(), encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
