"""Node labels, relation types and the fixed value sets of the graph.

Declared once here; every other module (extraction, stores, exports, app)
imports these names instead of retyping label strings.
"""
from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    """Node labels. The value is the Neo4j label and the export's ``label``."""

    REPORT = "Report"
    UNION = "Union"
    REGION = "Region"
    PRACTICE = "Practice"
    BRAND = "Brand"
    PERSON = "Person"
    HONOR = "Honor"
    #: A work unit that is not a union (enterprise, team/班组, workshop, site, school, hospital,
    #: agency): honors such as 全国五一劳动奖状 or 工人先锋号 go to units, not only to people and unions.
    ORGANIZATION = "Organization"


class Rel(StrEnum):
    """Relation types. The value is the Neo4j relationship type and the export's ``type``."""

    ISSUED_BY = "ISSUED_BY"  # Report -> Union
    LOCATED_IN = "LOCATED_IN"  # Union -> Region
    PART_OF = "PART_OF"  # Region -> Region, Union -> Union
    RUNS = "RUNS"  # Union -> Practice | Brand
    INSTANCE_OF = "INSTANCE_OF"  # Brand -> Practice
    RECEIVED = "RECEIVED"  # Person | Union | Organization -> Honor
    MENTIONS = "MENTIONS"  # Report -> any entity
    AFFILIATED_WITH = "AFFILIATED_WITH"  # Person -> Union
    ORIGINATED = "ORIGINATED"  # Union -> Practice | Brand (首创/率先/发起)
    PROMOTED = "PROMOTED"  # Union -> Practice | Brand (在全国推广)


# Which (source label, target label) pairs each relation type may connect.
# Stores, SHACL shapes and tests read this instead of re-declaring it.
REL_ENDPOINTS: dict[Rel, tuple[tuple[Label, Label], ...]] = {
    Rel.ISSUED_BY: ((Label.REPORT, Label.UNION),),
    Rel.LOCATED_IN: ((Label.UNION, Label.REGION),),
    Rel.PART_OF: ((Label.REGION, Label.REGION), (Label.UNION, Label.UNION)),
    Rel.RUNS: ((Label.UNION, Label.PRACTICE), (Label.UNION, Label.BRAND)),
    Rel.INSTANCE_OF: ((Label.BRAND, Label.PRACTICE),),
    Rel.RECEIVED: ((Label.PERSON, Label.HONOR), (Label.UNION, Label.HONOR), (Label.ORGANIZATION, Label.HONOR)),
    Rel.MENTIONS: tuple((Label.REPORT, lab) for lab in Label if lab is not Label.REPORT),
    Rel.AFFILIATED_WITH: ((Label.PERSON, Label.UNION),),
    Rel.ORIGINATED: ((Label.UNION, Label.PRACTICE), (Label.UNION, Label.BRAND)),
    Rel.PROMOTED: ((Label.UNION, Label.PRACTICE), (Label.UNION, Label.BRAND)),
}


class Section(StrEnum):
    """Sections of a compilation's table of contents."""

    LEVELS = "各级工会"  # unions at every administrative level
    UNITS = "单位工会"  # unions of institutions / public units
    ENTERPRISES = "企业工会"  # enterprise unions


class RegionLevel(StrEnum):
    COUNTRY = "country"
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"


class UnionLevel(StrEnum):
    NATIONAL = "national"
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"
    INDUSTRY = "industry"  # industrial / sectoral unions (中国农林水利气象工会, 教育工会)
    ENTERPRISE = "enterprise"
    INSTITUTION = "institution"  # public institutions and agencies (财政局工会)
    GRASSROOTS = "grassroots"  # township, street, park, village unions


class Status(StrEnum):
    """Whether a relation reports work done or a plan (将, 要, 未来五年)."""

    DONE = "done"
    PLANNED = "planned"


# Properties every exported node carries, and the extra ones per label.
NODE_BASE_PROPS: tuple[str, ...] = ("id", "label", "name", "aliases")
NODE_EXTRA_PROPS: dict[Label, tuple[str, ...]] = {
    Label.REPORT: ("seq", "title", "section", "source", "content_hash", "fingerprint", "text"),
    Label.REGION: ("adcode", "level", "lng", "lat"),
    Label.UNION: ("level",),
    Label.PRACTICE: ("category", "name_en", "definition"),
    Label.BRAND: (),
    Label.PERSON: (),
    Label.HONOR: ("level",),
    Label.ORGANIZATION: (),
}
# Properties of a relation that comes from a report (its evidence).
EVIDENCE_PROPS: tuple[str, ...] = ("report", "evidence", "start", "end")
