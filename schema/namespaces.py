"""RDF vocabulary of the graph: namespaces, and how labels, relations and
properties map onto classes and predicates.

Declared once here (and described in ``schema/ontology.ttl``); the RDF export,
the SHACL shapes and the JSON-LD context all read these tables, so a label or
relation added to :mod:`schema.labels` fails the tests until it has a mapping.
Established vocabularies are reused where they fit (W3C ORG, SKOS, PROV-O,
schema.org, DCMI terms); ``ukg:`` declares only what they lack.
"""
from __future__ import annotations

from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD

from schema.labels import Label, Rel

#: Terms the project declares (classes and properties), see ontology.ttl.
UKG = Namespace("https://w3id.org/union-kg/ontology#")
#: Instances: every node, fact, category and the practice scheme.
UKGID = Namespace("https://w3id.org/union-kg/id/")
#: SHACL shapes.
UKGSH = Namespace("https://w3id.org/union-kg/shapes#")
SH = Namespace("http://www.w3.org/ns/shacl#")

#: Prefixes bound in every serialization (Turtle, JSON-LD context, SPARQL).
PREFIXES: dict[str, Namespace] = {
    "ukg": UKG,
    "ukgid": UKGID,
    "org": ORG,
    "skos": SKOS,
    "prov": PROV,
    "schema": SDO,
    "dcterms": DCTERMS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}

#: The class of each node label (always ``ukg:<Label>``) ...
LABEL_CLASS: dict[Label, URIRef] = {lab: UKG[lab.value] for lab in Label}
#: ... and the established classes its instances are also typed with, so that
#: consumers without RDFS reasoning still find unions via org:Organization etc.
LABEL_EXTRA_TYPES: dict[Label, tuple[URIRef, ...]] = {
    Label.REPORT: (SDO.Report, PROV.Entity),
    Label.UNION: (ORG.Organization,),
    Label.REGION: (SDO.AdministrativeArea,),
    Label.PRACTICE: (SKOS.Concept,),
    Label.BRAND: (SDO.Brand,),
    Label.PERSON: (SDO.Person,),
    Label.HONOR: (SDO.Thing,),
    Label.ORGANIZATION: (ORG.Organization, SDO.Organization),
}
#: IRI path segment of each label's instances: ``ukgid:<segment>/<key>``.
LABEL_SEGMENT: dict[Label, str] = {lab: lab.value.lower() for lab in Label}

# The reified fact: one node per relation, carrying its provenance.
FACT = UKG.Fact
FACT_SEGMENT = "fact"
CATEGORY_SEGMENT = "practice-category"
PRACTICE_SCHEME = UKGID["scheme/practices"]

#: Predicate of a relation, by (type, source label).  A relation type maps to
#: one predicate except PART_OF, which is ORG's sub-organization link between
#: unions and schema.org's containment between places.
REL_PREDICATE: dict[tuple[Rel, Label], URIRef] = {
    (Rel.ISSUED_BY, Label.REPORT): DCTERMS.publisher,
    (Rel.LOCATED_IN, Label.UNION): SDO.location,
    (Rel.PART_OF, Label.REGION): SDO.containedInPlace,
    (Rel.PART_OF, Label.UNION): ORG.subOrganizationOf,
    (Rel.RUNS, Label.UNION): UKG.runs,
    (Rel.INSTANCE_OF, Label.BRAND): UKG.instanceOf,
    (Rel.RECEIVED, Label.PERSON): UKG.received,
    (Rel.RECEIVED, Label.UNION): UKG.received,
    (Rel.RECEIVED, Label.ORGANIZATION): UKG.received,
    (Rel.MENTIONS, Label.REPORT): SDO.mentions,
    (Rel.AFFILIATED_WITH, Label.PERSON): SDO.affiliation,
    (Rel.ORIGINATED, Label.UNION): UKG.originated,
    (Rel.PROMOTED, Label.UNION): UKG.promoted,
}
#: Inverse of REL_PREDICATE (several predicates may share a relation type).
PREDICATE_REL: dict[URIRef, Rel] = {p: rel for (rel, _), p in REL_PREDICATE.items()}


def rel_predicate(rel: Rel, source: Label) -> URIRef:
    """The predicate of a ``rel`` relation leaving a ``source`` node.

    A source the schema does not allow still gets the relation's first
    predicate, so that SHACL validation reports the misplaced relation
    rather than the export failing on it.
    """
    if (rel, source) in REL_PREDICATE:
        return REL_PREDICATE[(rel, source)]
    return next(p for (r, _), p in REL_PREDICATE.items() if r is rel)


# Node properties.  The name and aliases are common to every label.
NAME = RDFS.label  # the display name, @zh
ALIAS = SKOS.altLabel  # each alias, @zh
NODE_ID = DCTERMS.identifier  # the graph's node id, for joins and round trips
#: Scalar node properties: (label, prop) -> (predicate, datatype or None for @zh text).
NODE_PROP: dict[tuple[Label, str], tuple[URIRef, URIRef | None]] = {
    (Label.REPORT, "seq"): (UKG.seq, XSD.integer),
    (Label.REPORT, "title"): (DCTERMS.title, None),
    (Label.REPORT, "section"): (UKG.section, XSD.string),
    (Label.REPORT, "source"): (UKG.sourceFile, XSD.string),
    (Label.REPORT, "content_hash"): (UKG.contentHash, XSD.string),
    (Label.REPORT, "fingerprint"): (UKG.fingerprint, XSD.string),
    (Label.REPORT, "text"): (SDO.text, XSD.string),
    (Label.REGION, "adcode"): (UKG.adcode, XSD.string),
    (Label.REGION, "level"): (UKG.regionLevel, XSD.string),
    (Label.UNION, "level"): (UKG.unionLevel, XSD.string),
    (Label.HONOR, "level"): (UKG.honorLevel, XSD.string),
}
#: Properties rendered structurally rather than as one literal.
GEO_PROPS = {"lng": SDO.longitude, "lat": SDO.latitude}  # on the region's schema:geo node
PRACTICE_PROPS = {
    "category": SKOS.broader,  # -> the category concept
    "name_en": SKOS.prefLabel,  # @en (the zh prefLabel is the name)
    "definition": SKOS.definition,
}

# Relation (fact) properties.
EVIDENCE_TEXT = UKG.evidenceText
START = UKG.start
END = UKG.end
#: Optional relation props: prop -> (predicate, datatype or None = as given).
EDGE_PROP: dict[str, tuple[URIRef, URIRef | None]] = {
    "status": (UKG.status, XSD.string),
    "value": (UKG.value, None),
    "unit": (UKG.unit, XSD.string),
}


def node_iri(label: Label, key: str, props: dict | None = None) -> URIRef:
    """Stable IRI of a node: regions by administrative code, practices by their
    taxonomy id, everything else by its percent-encoded key."""
    if label is Label.REGION and props and props.get("adcode"):
        key = str(props["adcode"])
    return UKGID[f"{LABEL_SEGMENT[label]}/{quote(key, safe='')}"]


def fact_iri(edge_key: str) -> URIRef:
    """IRI of a reified relation (the edge key is already a content hash)."""
    return UKGID[f"{FACT_SEGMENT}/{quote(str(edge_key), safe='')}"]


def category_iri(category: str) -> URIRef:
    return UKGID[f"{CATEGORY_SEGMENT}/{quote(category, safe='')}"]
