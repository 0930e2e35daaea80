"""Report year and title from what the source offers, most trustworthy first.

The year a report is *about* is best read from its own title ("2023年工作总结"),
then the file name, then the opening text; document dates (creation, publish
date) come last because a 2023 report is often written or posted in 2024.
"""
from __future__ import annotations

import re
from collections import Counter

_YEAR_NIAN = re.compile(r"((?:19|20)\d{2})\s*年")
_YEAR_BARE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_DATE = re.compile(r"((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})")
MIN_YEAR, MAX_YEAR = 1949, 2100
# How much of the body is scanned for a year: the opening says what period it covers.
HEAD_CHARS = 3000


def _plausible(y: str) -> int | None:
    n = int(y)
    return n if MIN_YEAR <= n <= MAX_YEAR else None


def year_in(text: str, bare: bool = False) -> int | None:
    """The first plausible year in ``text`` ("2023年"; bare "2023" only if ``bare``)."""
    for m in (_YEAR_BARE if bare else _YEAR_NIAN).finditer(text or ""):
        if (y := _plausible(m.group(1))) is not None:
            return y
    return None


def first_line_title(text: str, max_len: int = 60) -> str | None:
    """The first non-empty line, if short enough to be a heading."""
    for line in text.split("\n"):
        line = line.strip(" \t\u3000")
        if line:
            return line if len(line) <= max_len else None
    return None


def guess_metadata(text: str, file_name: str, source_meta: dict) -> dict:
    """``title``/``year``/``date`` (+ ``*_from`` saying where each came from)."""
    out: dict = {}
    title = source_meta.get("title")
    if title and not _junk_title(title):
        out["title"], out["title_from"] = title, "document"
    elif (t := first_line_title(text)) is not None:
        out["title"], out["title_from"] = t, "first line"
    if source_meta.get("date"):
        out["date"] = source_meta["date"]
    else:
        m = _DATE.search(text[:HEAD_CHARS]) or _DATE.search(text[-HEAD_CHARS:])
        if m and _plausible(m.group(1)) and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            out["date"] = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    candidates = [
        ("title", year_in(out.get("title", ""))),
        ("file name", year_in(file_name) or year_in(file_name, bare=True)),
        ("text", _common_year(text[:HEAD_CHARS])),
        ("date", year_in(out.get("date", ""), bare=True)),
    ]
    for where, y in candidates:
        if y is not None:
            out["year"], out["year_from"] = y, where
            break
    return out


_JUNK_TITLES = {"untitled", "untitled document", "无标题", "无标题文档", "document", "文档", "microsoft word"}


def _junk_title(title: str) -> bool:
    """Titles that tools fill in by themselves, or a file name instead of a title."""
    t = title.strip().lower()
    return t in _JUNK_TITLES or t.endswith((".doc", ".docx", ".pdf", ".txt", ".wps", ".htm", ".html"))


def _common_year(head: str) -> int | None:
    years = [y for m in _YEAR_NIAN.finditer(head) if (y := _plausible(m.group(1))) is not None]
    if not years:
        return None
    counts = Counter(years)
    top = max(counts.values())
    return next(y for y in years if counts[y] == top)  # ties: the earliest mentioned
