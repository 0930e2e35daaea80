"""The practice taxonomy: generic programmes of Chinese union work.

Pure data layer over ``schema/practices.toml``.  Matching text against the
aliases / patterns is the extraction code's job; this module only loads,
validates and looks up.

    >>> tax = load_taxonomy()
    >>> tax.by_alias("职工书屋").id
    'worker_reading_room'
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator

TAXONOMY_FILE = "practices.toml"


class TaxonomyError(ValueError):
    """The taxonomy file is malformed; the message names the offending entry."""


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class PracticeDef:
    id: str
    zh: str
    en: str
    category: str
    aliases: tuple[str, ...]
    patterns: tuple[str, ...]
    definition: str
    definition_en: str

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The canonical name followed by the other aliases, without duplicates."""
        seen: dict[str, None] = {self.zh: None}
        for a in self.aliases:
            seen.setdefault(a, None)
        return tuple(seen)


@dataclass(frozen=True)
class Taxonomy:
    categories: tuple[Category, ...]
    practices: tuple[PracticeDef, ...]
    version: str  # first 12 hex chars of the sha1 of the source text
    _by_id: dict[str, PracticeDef] = field(init=False, repr=False, compare=False)
    _cat_by_id: dict[str, Category] = field(init=False, repr=False, compare=False)
    _by_alias: dict[str, PracticeDef] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {p.id: p for p in self.practices})
        object.__setattr__(self, "_cat_by_id", {c.id: c for c in self.categories})
        alias_map: dict[str, PracticeDef] = {}
        for p in self.practices:
            for a in p.surface_forms:
                alias_map.setdefault(a, p)
        object.__setattr__(self, "_by_alias", alias_map)

    def __len__(self) -> int:
        return len(self.practices)

    def __iter__(self) -> Iterator[PracticeDef]:
        return iter(self.practices)

    def __contains__(self, practice_id: object) -> bool:
        return practice_id in self._by_id

    def get(self, practice_id: str) -> PracticeDef:
        """Practice by id; KeyError if unknown."""
        try:
            return self._by_id[practice_id]
        except KeyError:
            raise KeyError(f"unknown practice id: {practice_id!r}") from None

    def category(self, category_id: str) -> Category:
        try:
            return self._cat_by_id[category_id]
        except KeyError:
            raise KeyError(f"unknown category id: {category_id!r}") from None

    def by_alias(self, alias: str) -> PracticeDef | None:
        """Practice whose canonical name or alias is exactly ``alias``."""
        return self._by_alias.get(alias)

    def aliases(self) -> dict[str, str]:
        """Every surface form -> practice id."""
        return {a: p.id for a, p in self._by_alias.items()}

    def in_category(self, category_id: str) -> tuple[PracticeDef, ...]:
        self.category(category_id)
        return tuple(p for p in self.practices if p.category == category_id)


_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_PRACTICE_FIELDS = ("id", "zh", "en", "category", "aliases", "patterns", "definition", "definition_en")


def _req_str(entry: dict[str, Any], key: str, where: str) -> str:
    val = entry.get(key)
    if not isinstance(val, str) or not val.strip():
        raise TaxonomyError(f"{where}: field {key!r} must be a non-empty string")
    return val


def _str_list(entry: dict[str, Any], key: str, where: str, *, required: bool) -> tuple[str, ...]:
    if key not in entry:
        if required:
            raise TaxonomyError(f"{where}: missing field {key!r}")
        return ()
    val = entry[key]
    if not isinstance(val, list) or not all(isinstance(x, str) and x for x in val):
        raise TaxonomyError(f"{where}: field {key!r} must be a list of non-empty strings")
    return tuple(val)


def parse_taxonomy(text: str) -> Taxonomy:
    """Parse and validate taxonomy TOML text.

    Raises :class:`TaxonomyError` naming the entry for: bad TOML, missing or
    empty fields, bad / duplicate ids, unknown categories, an alias claimed by
    two practices, and regexes that do not compile.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise TaxonomyError(f"taxonomy is not valid TOML: {e}") from e

    categories: list[Category] = []
    cat_ids: set[str] = set()
    for i, c in enumerate(data.get("category", [])):
        where = f"category #{i + 1} ({c.get('id', '?')!s})"
        cid = _req_str(c, "id", where)
        if not _ID_RE.match(cid):
            raise TaxonomyError(f"{where}: id {cid!r} is not ascii snake_case")
        if cid in cat_ids:
            raise TaxonomyError(f"{where}: duplicate category id {cid!r}")
        cat_ids.add(cid)
        categories.append(Category(id=cid, zh=_req_str(c, "zh", where), en=_req_str(c, "en", where)))
    if not categories:
        raise TaxonomyError("taxonomy defines no [[category]]")

    practices: list[PracticeDef] = []
    ids: set[str] = set()
    alias_owner: dict[str, str] = {}
    for i, p in enumerate(data.get("practice", [])):
        where = f"practice #{i + 1} ({p.get('id', '?')!s})"
        unknown = set(p) - set(_PRACTICE_FIELDS)
        if unknown:
            raise TaxonomyError(f"{where}: unknown field(s) {sorted(unknown)}")
        pid = _req_str(p, "id", where)
        if not _ID_RE.match(pid):
            raise TaxonomyError(f"{where}: id {pid!r} is not ascii snake_case")
        if pid in ids:
            raise TaxonomyError(f"{where}: duplicate practice id {pid!r}")
        ids.add(pid)
        cat = _req_str(p, "category", where)
        if cat not in cat_ids:
            raise TaxonomyError(f"{where}: unknown category {cat!r}")
        aliases = _str_list(p, "aliases", where, required=True)
        patterns = _str_list(p, "patterns", where, required=False)
        for rx in patterns:
            try:
                re.compile(rx)
            except re.error as e:
                raise TaxonomyError(f"{where}: pattern {rx!r} does not compile: {e}") from e
        pd = PracticeDef(
            id=pid,
            zh=_req_str(p, "zh", where),
            en=_req_str(p, "en", where),
            category=cat,
            aliases=aliases,
            patterns=patterns,
            definition=_req_str(p, "definition", where),
            definition_en=_req_str(p, "definition_en", where),
        )
        for a in pd.surface_forms:
            owner = alias_owner.get(a)
            if owner is not None and owner != pid:
                raise TaxonomyError(f"{where}: alias {a!r} already belongs to practice {owner!r}")
            alias_owner[a] = pid
        practices.append(pd)
    if not practices:
        raise TaxonomyError("taxonomy defines no [[practice]]")

    version = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return Taxonomy(categories=tuple(categories), practices=tuple(practices), version=version)


def taxonomy_text() -> str:
    """The packaged practices.toml source text."""
    return resources.files("schema").joinpath(TAXONOMY_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The packaged taxonomy, parsed and validated once."""
    return parse_taxonomy(taxonomy_text())


__all__ = [
    "Category",
    "PracticeDef",
    "Taxonomy",
    "TaxonomyError",
    "load_taxonomy",
    "parse_taxonomy",
    "taxonomy_text",
]
