"""Splitting a compilation into its reports, guided by its table of contents (目录).

A compilation starts with a title, then 目录, section headings (一、各级工会)
and entries ``title<spaces or dots>page``.  Each entry's title recurs in the
body as a line of its own where that report starts.  A file without a
table of contents is one report whose title is its first line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from schema import Section

_TOC_HEADING = re.compile(r"^\s*目\s*录\s*$")
_SECTION = re.compile(r"^\s*[一二三四五六七八九十]+[、.．]\s*(?P<name>\S{2,12}工会)\s*$")
# "title　　12", "title………101", "title…　　78", optional "24：" numbering in front.
_ENTRY = re.compile(r"^\s*(?:\d{1,3}\s*[：:、.．]\s*)?(?P<title>.+?)[\s\u3000.…·]*(?P<page>\d{1,4})\s*$")
_TRAILING = re.compile(r"[\s\u3000.…·]+$")
_NUMBER_PREFIX = re.compile(r"^\s*\d{1,3}\s*[：:、.．]\s*")


@dataclass(frozen=True)
class RawReport:
    """One report's text as it stands in the source, and where it stands."""

    title: str
    seq: int  # 1-based position in the compilation (1 for a single report)
    section: str | None
    text: str  # the report from its title line on
    source_start: int  # offset of ``text`` in the source document's text


@dataclass
class SplitResult:
    compilation_title: str | None
    reports: list[RawReport]
    problems: list[str] = field(default_factory=list)  # e.g. TOC entries not found in the body


@dataclass(frozen=True)
class _Entry:
    title: str
    section: str | None


def _norm(s: str) -> str:
    return re.sub(r"[\s\u3000]+", "", s)


def _parse_toc(lines: list[str], start: int) -> tuple[list[_Entry], int]:
    """Entries after the 目录 line at ``start``; returns them and the index where the body begins."""
    entries: list[_Entry] = []
    section: str | None = None
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        m = _SECTION.match(line)
        if m and not _ENTRY.match(line):
            name = m.group("name")
            section = next((s.value for s in Section if s.value == name), name)
            i += 1
            continue
        m = _ENTRY.match(line)
        if not m:
            break
        title = _NUMBER_PREFIX.sub("", _TRAILING.sub("", m.group("title")).strip())
        entries.append(_Entry(title=title, section=section))
        i += 1
    return entries, i


def split_compilation(text: str) -> SplitResult:
    """Split ``text`` into reports; never raises on odd input (problems are listed instead)."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln))
    toc_at = next((i for i, ln in enumerate(lines[:200]) if _TOC_HEADING.match(ln)), None)
    if toc_at is None:
        return _single(text, lines, offsets)
    comp_title = next((ln.strip() for ln in lines[:toc_at] if ln.strip()), None)
    entries, body_at = _parse_toc(lines, toc_at)
    if not entries:
        return _single(text, lines, offsets)

    # Locate each title, in order, as a line of its own in the body.
    found: list[tuple[_Entry, int]] = []
    problems: list[str] = []
    cursor = body_at
    stripped = [_norm(ln) for ln in lines]
    for e in entries:
        key = _norm(e.title)  # a TOC title may be cut short ("…"): a body line may extend it
        hit = None
        for j in range(cursor, len(lines)):
            s = stripped[j]
            if not s:
                continue
            if s == key or (len(key) >= 6 and s.startswith(key) and len(s) <= len(key) + 30
                            and not lines[j].startswith(("\u3000", " "))):
                hit = j
                break
        if hit is None:
            problems.append(f"the table of contents lists “{e.title}” but no report with that title follows")
            continue
        found.append((e, hit))
        cursor = hit + 1

    reports: list[RawReport] = []
    for n, (e, j) in enumerate(found):
        end_line = found[n + 1][1] if n + 1 < len(found) else len(lines)
        start = offsets[j]
        end = offsets[end_line]
        title = lines[j].strip().replace("\u3000", "")
        seq = entries.index(e) + 1
        reports.append(RawReport(title=title, seq=seq, section=e.section, text=text[start:end], source_start=start))
    return SplitResult(compilation_title=comp_title, reports=reports, problems=problems)


def _single(text: str, lines: list[str], offsets: list[int]) -> SplitResult:
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        return SplitResult(None, [], ["the text is empty"])
    title = lines[first].strip().replace("\u3000", "")
    if len(title) > 80:  # no title line: the report starts right away
        return SplitResult(None, [RawReport(title=title[:40], seq=1, section=None, text=text, source_start=0)])
    start = offsets[first]
    return SplitResult(None, [RawReport(title=title, seq=1, section=None, text=text[start:], source_start=start)])
