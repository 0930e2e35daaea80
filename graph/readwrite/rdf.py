"""RDF serialization of the knowledge graph (Turtle, JSON-LD, N-Triples).

Every node becomes a resource typed with its ``ukg:`` class and the established
class it specializes; every relation becomes a direct triple (for simple
SPARQL) *and* a ``ukg:Fact`` node (rdf:Statement reification, no RDF-star) that
carries its provenance: ``prov:wasDerivedFrom`` the report, the sentence and
the character offsets.  Parallel relations (same fact read twice) stay
distinct facts, so the export loses nothing and can be read back
(:func:`graph_from_rdf`).  The practice taxonomy is exported whole as a SKOS
concept scheme.  The vocabulary lives in :mod:`schema.namespaces`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import unquote

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SDO, SKOS, XSD

from graph.model import label_of
from schema import Label, Rel
from schema.namespaces import (
    ALIAS,
    CATEGORY_SEGMENT,
    EDGE_PROP,
    END,
    EVIDENCE_TEXT,
    FACT,
    GEO_PROPS,
    LABEL_CLASS,
    LABEL_EXTRA_TYPES,
    NAME,
    NODE_ID,
    NODE_PROP,
    PRACTICE_PROPS,
    PRACTICE_SCHEME,
    PREDICATE_REL,
    PREFIXES,
    START,
    category_iri,
    fact_iri,
    node_iri,
    rel_predicate,
)

#: Serialization formats: CLI name -> (rdflib format, file suffix).
FORMATS: dict[str, tuple[str, str]] = {
    "ttl": ("turtle", ".ttl"),
    "jsonld": ("json-ld", ".jsonld"),
    "nt": ("nt", ".nt"),
}
LANG = "zh"


# --- the practice taxonomy, as this module needs it -------------------------


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    zh: str
    en: str = ""
    aliases: tuple[str, ...] = ()
    definition: str = ""
    definition_en: str = ""
    category: str = ""  # empty for a category itself


@dataclass(slots=True)
class Taxonomy:
    categories: list[Concept] = field(default_factory=list)
    practices: list[Concept] = field(default_factory=list)


def _get(obj: Any, *names: str, default: Any = "") -> Any:
    for n in names:
        if isinstance(obj, dict) and n in obj:
            return obj[n]
        if hasattr(obj, n):
            return getattr(obj, n)
    return default


def _concept(obj: Any, key: str = "", category: str = "") -> Concept:
    aliases = _get(obj, "aliases", default=()) or ()
    return Concept(
        id=str(_get(obj, "id", "key", default=key)),
        zh=str(_get(obj, "zh", "name", "name_zh", default="")),
        en=str(_get(obj, "en", "name_en", default="") or ""),
        aliases=tuple(str(a) for a in aliases),
        definition=str(_get(obj, "definition", default="") or ""),
        definition_en=str(_get(obj, "definition_en", default="") or ""),
        category=str(_get(obj, "category", default=category) or category),
    )


def _items(coll: Any) -> Iterable[tuple[str, Any]]:
    if isinstance(coll, dict):
        return coll.items()
    return (("", c) for c in coll or ())


def project_taxonomy() -> Taxonomy | None:
    """The project's practice taxonomy (schema.taxonomy), or None if not available."""
    try:
        from schema.taxonomy import load_taxonomy  # type: ignore[import-not-found]
    except ImportError:
        return None
    raw = load_taxonomy()
    tax = Taxonomy()
    for key, c in _items(_get(raw, "categories", default=())):
        tax.categories.append(_concept(c, key))
    for key, p in _items(_get(raw, "practices", default=())):
        tax.practices.append(_concept(p, key))
    return tax


# --- graph -> RDF ------------------------------------------------------------


def _key(nid: str) -> str:
    return nid.split(":", 1)[1] if ":" in nid else nid


def _iri(g: nx.MultiDiGraph, nid: str) -> URIRef:
    d = g.nodes[nid]
    return node_iri(Label(d["label"]), _key(nid), d)


def _zh(text: str) -> Literal:
    return Literal(text, lang=LANG)


def _literal(v: Any, dtype: URIRef | None) -> Literal:
    """A property value as a literal of its declared type.

    None = Chinese text; xsd:string = plain literal (the same in RDF 1.1).  A
    value of the wrong Python type is written as it is (not coerced), so that
    SHACL validation reports it instead of the export hiding it.
    """
    if dtype is None:
        return _zh(str(v))
    if dtype == XSD.string:
        return Literal(str(v))
    if dtype == XSD.integer and isinstance(v, int) and not isinstance(v, bool):
        return Literal(v, datatype=XSD.integer)
    if dtype == XSD.double and isinstance(v, (int, float)) and not isinstance(v, bool):
        return Literal(float(v), datatype=XSD.double)
    return Literal(v)


def _bind(out: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns, override=True)


def _add_node(out: Graph, g: nx.MultiDiGraph, nid: str) -> None:
    d = g.nodes[nid]
    label = Label(d["label"])
    s = _iri(g, nid)
    out.add((s, RDF.type, LABEL_CLASS[label]))
    for t in LABEL_EXTRA_TYPES[label]:
        out.add((s, RDF.type, t))
    out.add((s, NODE_ID, Literal(nid)))
    if d.get("name") not in (None, ""):
        out.add((s, NAME, _zh(str(d["name"]))))
    for a in d.get("aliases") or ():
        out.add((s, ALIAS, _zh(str(a))))
    for (lab, prop), (pred, dtype) in NODE_PROP.items():
        v = d.get(prop)
        if lab is label and v not in (None, ""):
            out.add((s, pred, _literal(v, dtype)))
    if label is Label.REGION and any(d.get(p) is not None for p in GEO_PROPS):
        geo = URIRef(f"{s}#geo")
        out.add((s, SDO.geo, geo))
        out.add((geo, RDF.type, SDO.GeoCoordinates))
        for prop, pred in GEO_PROPS.items():
            if d.get(prop) is not None:
                out.add((geo, pred, _literal(d[prop], XSD.double)))
    if label is Label.PRACTICE:
        out.add((s, SKOS.inScheme, PRACTICE_SCHEME))
        if d.get("name"):
            out.add((s, SKOS.prefLabel, _zh(str(d["name"]))))
        if d.get("name_en"):
            out.add((s, PRACTICE_PROPS["name_en"], Literal(str(d["name_en"]), lang="en")))
        if d.get("category"):
            out.add((s, PRACTICE_PROPS["category"], category_iri(str(d["category"]))))
        if d.get("definition"):
            out.add((s, PRACTICE_PROPS["definition"], _zh(str(d["definition"]))))


def _add_edge(out: Graph, g: nx.MultiDiGraph, u: str, v: str, key: str, d: dict) -> None:
    rel = Rel(d["type"])
    s, o = _iri(g, u), _iri(g, v)
    p = rel_predicate(rel, Label(g.nodes[u]["label"]))
    out.add((s, p, o))
    f = fact_iri(key)
    out.add((f, RDF.type, FACT))
    out.add((f, RDF.subject, s))
    out.add((f, RDF.predicate, p))
    out.add((f, RDF.object, o))
    if d.get("report") and d["report"] in g:
        out.add((f, PROV.wasDerivedFrom, _iri(g, d["report"])))
    if d.get("evidence"):
        out.add((f, EVIDENCE_TEXT, _zh(str(d["evidence"]))))
    for prop, pred in (("start", START), ("end", END)):
        if d.get(prop) is not None:
            out.add((f, pred, _literal(d[prop], XSD.integer)))
    for prop, (pred, dtype) in EDGE_PROP.items():
        val = d.get(prop)
        if val not in (None, ""):
            out.add((f, pred, Literal(val) if dtype in (None, XSD.string) else Literal(val, datatype=dtype)))


def _add_taxonomy(out: Graph, tax: Taxonomy, g: nx.MultiDiGraph) -> None:
    """The whole practice taxonomy as a SKOS scheme (practices not in the graph too)."""
    out.add((PRACTICE_SCHEME, RDF.type, SKOS.ConceptScheme))
    out.add((PRACTICE_SCHEME, NAME, Literal("工会工作实践分类", lang=LANG)))
    out.add((PRACTICE_SCHEME, NAME, Literal("Trade-union practice taxonomy", lang="en")))
    for c in tax.categories:
        s = category_iri(c.id)
        out.add((s, RDF.type, SKOS.Concept))
        out.add((s, SKOS.inScheme, PRACTICE_SCHEME))
        out.add((s, SKOS.topConceptOf, PRACTICE_SCHEME))
        out.add((PRACTICE_SCHEME, SKOS.hasTopConcept, s))
        out.add((s, SKOS.notation, Literal(c.id)))
        if c.zh:
            out.add((s, SKOS.prefLabel, _zh(c.zh)))
        if c.en:
            out.add((s, SKOS.prefLabel, Literal(c.en, lang="en")))
        if c.definition:
            out.add((s, SKOS.definition, _zh(c.definition)))
    # Categories practice nodes refer to that the taxonomy lacks: declare them minimally.
    known = {c.id for c in tax.categories}
    for _, d in g.nodes(data=True):
        cat = d.get("category")
        if d.get("label") == Label.PRACTICE.value and cat and str(cat) not in known:
            known.add(str(cat))
            s = category_iri(str(cat))
            out.add((s, RDF.type, SKOS.Concept))
            out.add((s, SKOS.inScheme, PRACTICE_SCHEME))
            out.add((s, SKOS.topConceptOf, PRACTICE_SCHEME))
            out.add((PRACTICE_SCHEME, SKOS.hasTopConcept, s))
            out.add((s, SKOS.notation, Literal(str(cat))))
            out.add((s, SKOS.prefLabel, Literal(str(cat), lang="en")))
    for p in tax.practices:
        s = node_iri(Label.PRACTICE, p.id)
        out.add((s, RDF.type, SKOS.Concept))
        out.add((s, SKOS.inScheme, PRACTICE_SCHEME))
        out.add((s, SKOS.notation, Literal(p.id)))
        if p.category and (s, SKOS.broader, None) not in out:  # the graph node's category wins
            out.add((s, SKOS.broader, category_iri(p.category)))
        # The graph node (if any) already gave its zh prefLabel; SKOS allows one per language.
        if p.zh and not any(l.language == LANG for l in out.objects(s, SKOS.prefLabel)):
            out.add((s, SKOS.prefLabel, _zh(p.zh)))
        if p.en and not any(l.language == "en" for l in out.objects(s, SKOS.prefLabel)):
            out.add((s, SKOS.prefLabel, Literal(p.en, lang="en")))
        for a in p.aliases:
            out.add((s, SKOS.altLabel, _zh(a)))
        defs = {getattr(lit, "language", None) for lit in out.objects(s, SKOS.definition)}
        if p.definition and LANG not in defs:
            out.add((s, SKOS.definition, _zh(p.definition)))
        if p.definition_en and "en" not in defs:
            out.add((s, SKOS.definition, Literal(p.definition_en, lang="en")))


def generate_rdf(g: nx.MultiDiGraph, taxonomy: Taxonomy | None | bool = True) -> Graph:
    """The knowledge graph as an rdflib Graph.

    ``taxonomy``: True = add the project's practice taxonomy (if installed),
    a :class:`Taxonomy` = add that one, False/None = graph only.
    """
    out = Graph()
    _bind(out)
    for nid in g.nodes:
        _add_node(out, g, nid)
    for u, v, key, d in g.edges(keys=True, data=True):
        _add_edge(out, g, u, v, key, d)
    tax = project_taxonomy() if taxonomy is True else (taxonomy or None)
    _add_taxonomy(out, tax or Taxonomy(), g)
    return out


def load_context() -> dict[str, Any]:
    """The shipped JSON-LD context (schema/context.jsonld), as a dict."""
    text = resources.files("schema").joinpath("context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]


def serialize(rdf: Graph, fmt: str) -> str:
    """Text of ``rdf`` in a CLI format name (ttl, jsonld, nt)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rdflib_fmt = FORMATS[fmt][0]
    if fmt == "jsonld":
        return rdf.serialize(format=rdflib_fmt, context=load_context(), auto_compact=True)
    return rdf.serialize(format=rdflib_fmt)


def write_rdf(
    g: nx.MultiDiGraph, path: str | Path, fmt: str | None = None, taxonomy: Taxonomy | None | bool = True
) -> Path:
    """Write the graph as RDF; the format defaults to the file's suffix."""
    path = Path(path)
    fmt = fmt or guess_format(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(serialize(generate_rdf(g, taxonomy), fmt), encoding="utf-8")
    return path


def guess_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    for name, (_, suf) in FORMATS.items():
        if suffix == suf or suffix == f".{name}":
            return name
    if suffix == ".json":
        return "jsonld"
    raise ValueError(f"cannot tell the RDF format of {str(path)!r}; use .ttl, .jsonld or .nt")


def parse_rdf(path: str | Path, fmt: str | None = None) -> Graph:
    """Parse an exported RDF file (JSON-LD uses the context embedded in it)."""
    fmt = fmt or guess_format(path)
    out = Graph()
    out.parse(str(path), format=FORMATS[fmt][0])
    return out


# --- RDF -> graph (round trips) ----------------------------------------------


def _py(lit: Any) -> Any:
    return lit.toPython() if isinstance(lit, Literal) else lit


def graph_from_rdf(rdf: Graph) -> nx.MultiDiGraph:
    """Rebuild the networkx graph from an export (nodes by dcterms:identifier,
    relations from the ukg:Fact nodes).  Inverse of :func:`generate_rdf`."""
    g = nx.MultiDiGraph()
    ids: dict[URIRef, str] = {}
    for s, nid in rdf.subject_objects(NODE_ID):
        nid = str(nid)
        label = label_of(nid)
        if (s, RDF.type, LABEL_CLASS[label]) not in rdf:
            continue
        ids[s] = nid
        attrs: dict[str, Any] = {"label": label.value, "name": str(rdf.value(s, NAME) or "")}
        attrs["aliases"] = sorted(str(a) for a in rdf.objects(s, ALIAS))
        for (lab, prop), (pred, _) in NODE_PROP.items():
            if lab is label and (val := rdf.value(s, pred)) is not None:
                attrs[prop] = _py(val) if prop != "title" else str(val)
        if label is Label.REGION and (geo := rdf.value(s, SDO.geo)) is not None:
            for prop, pred in GEO_PROPS.items():
                if (val := rdf.value(geo, pred)) is not None:
                    attrs[prop] = float(val)
        if label is Label.PRACTICE:
            for lit in rdf.objects(s, SKOS.prefLabel):
                if getattr(lit, "language", None) == "en":
                    attrs["name_en"] = str(lit)
            if (cat := rdf.value(s, SKOS.broader)) is not None:
                attrs["category"] = unquote(str(cat).rsplit(f"{CATEGORY_SEGMENT}/", 1)[-1])
            for df in rdf.objects(s, SKOS.definition):
                if getattr(df, "language", None) == LANG:
                    attrs["definition"] = str(df)
        g.add_node(nid, **attrs)
    for f in rdf.subjects(RDF.type, FACT):
        s, p, o = rdf.value(f, RDF.subject), rdf.value(f, RDF.predicate), rdf.value(f, RDF.object)
        if s not in ids or o not in ids or p not in PREDICATE_REL:
            raise ValueError(f"fact {f} does not join two exported nodes with a known predicate")
        attrs = {"type": PREDICATE_REL[p].value}
        if (rep := rdf.value(f, PROV.wasDerivedFrom)) is not None:
            attrs["report"] = ids.get(rep, str(rep))
        if (ev := rdf.value(f, EVIDENCE_TEXT)) is not None:
            attrs["evidence"] = str(ev)
        for prop, pred in (("start", START), ("end", END)):
            if (val := rdf.value(f, pred)) is not None:
                attrs[prop] = int(val)
        for prop, (pred, _) in EDGE_PROP.items():
            if (val := rdf.value(f, pred)) is not None:
                attrs[prop] = _py(val)
        key = unquote(str(f).rsplit("/", 1)[-1])
        g.add_edge(ids[s], ids[o], key=key, **attrs)
    return g


__all__ = [
    "FORMATS",
    "Concept",
    "Taxonomy",
    "generate_rdf",
    "graph_from_rdf",
    "guess_format",
    "load_context",
    "parse_rdf",
    "project_taxonomy",
    "serialize",
    "write_rdf",
]
