"""Neo4j schema statements derived from :mod:`schema.labels`.

Every node label gets a uniqueness constraint on ``id`` (MERGE needs it to be
fast and safe) and a range index on ``name``; every relationship type gets
a range index on ``report`` (replacing a report deletes its relations).  There
is deliberately no index on the relation ``key``: with one, the planner may
answer ``MERGE (a)-[r:T {key: ..}]->(b)`` by scanning the whole index per row
instead of expanding between the two already-found nodes.  One full-text index over ``name``/``aliases`` of all
entity labels uses the CJK analyzer, since names are Chinese and the default
analyzer would treat a whole name as one token.

Statements are built only from enum values, never from user text, and are all
``IF NOT EXISTS`` so they can run before every load.
"""
from __future__ import annotations

from schema.labels import Label, Rel

FULLTEXT_INDEX = "entity_names"
FULLTEXT_ANALYZER = "cjk"


def _snake(name: str) -> str:
    return name.lower()


def constraint_name(label: Label) -> str:
    return f"{_snake(label.value)}_id_unique"


def node_constraints() -> list[str]:
    """One uniqueness constraint on ``id`` per node label."""
    return [
        f"CREATE CONSTRAINT {constraint_name(lab)} IF NOT EXISTS "
        f"FOR (n:{lab.value}) REQUIRE n.id IS UNIQUE"
        for lab in Label
    ]


def name_indexes() -> list[str]:
    """A range index on ``name`` per node label (exact name look-ups)."""
    return [
        f"CREATE INDEX {_snake(lab.value)}_name IF NOT EXISTS FOR (n:{lab.value}) ON (n.name)"
        for lab in Label
    ]


def relationship_indexes() -> list[str]:
    """An index on ``report`` per relationship type (see the module docstring for ``key``)."""
    return [
        f"CREATE INDEX {_snake(rel.value)}_report IF NOT EXISTS FOR ()-[r:{rel.value}]-() ON (r.report)"
        for rel in Rel
    ]


def fulltext_index() -> str:
    """Full-text index over name and aliases of every entity label, CJK analyzer."""
    labels = "|".join(lab.value for lab in Label if lab is not Label.REPORT)
    return (
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS "
        f"FOR (n:{labels}) ON EACH [n.name, n.aliases] "
        f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{FULLTEXT_ANALYZER}'}}}}"
    )


def schema_statements() -> list[str]:
    """Every statement, in the order to run them (constraints first)."""
    return [*node_constraints(), *name_indexes(), *relationship_indexes(), fulltext_index()]
