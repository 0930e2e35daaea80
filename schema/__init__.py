"""The graph's schema: labels, relation types, taxonomy, ontology and constraints."""
from schema.labels import (
    EVIDENCE_PROPS,
    NODE_BASE_PROPS,
    NODE_EXTRA_PROPS,
    REL_ENDPOINTS,
    Label,
    RegionLevel,
    Rel,
    Section,
    Status,
    UnionLevel,
)

__all__ = [
    "EVIDENCE_PROPS",
    "NODE_BASE_PROPS",
    "NODE_EXTRA_PROPS",
    "REL_ENDPOINTS",
    "Label",
    "RegionLevel",
    "Rel",
    "Section",
    "Status",
    "UnionLevel",
]
