"""Repairing report text: rejoin sentences broken across pages, normalize spaces, split sentences.

The clean text keeps a map back to the source, so every extracted fact can
point at the exact characters of the original file.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

# A paragraph in these reports starts with an indent (two full-width spaces).
_INDENT = ("\u3000", " ", "\t")
# Characters that end a paragraph or heading; a line ending otherwise continues on the next line.
_TERMINAL = set("。！？!?；;：:”」』）)…")
_SENTENCE_END = set("。！？!?")
_CLOSERS = set("”’」』）)")
_HEADING = re.compile(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+[.．、](?!\d)")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offsets in the clean text
    end: int
    text: str


@dataclass
class CleanText:
    """Repaired text plus ``origin[i]``: the source offset of clean character ``i``."""

    text: str
    origin: array

    def to_source(self, i: int) -> int:
        """Source offset of clean offset ``i`` (``i == len(text)`` maps past the last char)."""
        return self.origin[i]


def repair(raw: str, base: int = 0, *, title_first: bool = False) -> CleanText:
    """Join page-broken lines and drop indentation; ``base`` is ``raw``'s offset in the source.

    With ``title_first`` the first line is a title: it stays a line of its own even
    though it ends without punctuation and the next line is not indented.
    """
    out: list[str] = []
    origin = array("q")
    pos = 0
    prev_open = False  # the last kept line ended mid-sentence
    kept = 0  # lines kept so far
    for line in raw.splitlines(keepends=True):
        start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        stripped = body.strip(" \t\u3000\ufeff")
        if not stripped:
            continue
        indented = body.startswith(_INDENT)
        lead = len(body) - len(body.lstrip(" \t\u3000\ufeff"))
        continuing = prev_open and not indented and not _HEADING.match(stripped) and not (title_first and kept == 1)
        if out and not continuing:
            out.append("\n")
            origin.append(base + start - 1 if start else base)
        out.append(stripped.replace("\u3000", " ").replace("\xa0", " "))  # one char for one char
        origin.extend(range(base + start + lead, base + start + lead + len(stripped)))
        prev_open = stripped[-1] not in _TERMINAL
        kept += 1
    origin.append(base + pos)
    return CleanText(text="".join(out), origin=origin)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences end at 。！？ (with closing quotes kept) and at paragraph ends."""
    out: list[Sentence] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            _emit(out, text, start, i)
            start = i + 1
        elif ch in _SENTENCE_END:
            j = i + 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            _emit(out, text, start, j)
            start = j
            i = j - 1
        i += 1
    _emit(out, text, start, n)
    return out


def _emit(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n":
        end -= 1
    if end > start:
        out.append(Sentence(index=len(out), start=start, end=end, text=text[start:end]))
