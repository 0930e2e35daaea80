"""Whitespace rules shared by every format, and report identity by content.

Two levels:

* :func:`clean_layout` -- applied to every SourceDocument's text: one newline
  convention, no BOM/zero-width characters, no trailing spaces, at most one
  blank line in a row.  Paragraph structure (what splitting needs) is kept.
* :func:`canonical_text` / :func:`content_hash` -- identity: the same report
  read from .txt, .docx, .pdf or .html gives the same canonical text and hash,
  whatever the line wrapping, indentation or paragraph spacing.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

# Characters written without spaces between them: CJK ideographs, kana, hangul,
# and full-width punctuation (CJK symbols, full-width forms).
CJK = "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff" \
      "\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_CJK_RE = re.compile(f"[{CJK}]")
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
_NEWLINES = re.compile(r"\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_TRAILING = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_BLANKS = re.compile(r"\n[ \t\u00a0\u3000]*\n(?:[ \t\u00a0\u3000]*\n)+")
_SPACES = re.compile(r"[^\S\n]+")
_CJK_GAP = re.compile(f"(?<=[{CJK}]) (?=[{CJK}])")


def is_cjk(ch: str) -> bool:
    return bool(_CJK_RE.match(ch))


def join_wrapped(left: str, right: str) -> str:
    """Join a wrapped line to the next: no space where either side is CJK, else one space."""
    if not left or not right:
        return left + right
    a, b = left[-1], right[0]
    if left.endswith("-") and left[-2:-1].isascii() and left[-2:-1].isalpha() and b.islower():
        return left[:-1] + right  # hyphenated Latin word
    latin_a = a.isascii() and (a.isalnum() or a in ",.;:!?)")
    latin_b = b.isascii() and (b.isalnum() or b == "(")
    # A space only at a Latin word boundary; numbers ("3" | ".2万") and CJK join directly.
    if latin_a and latin_b and (a.isalpha() or b.isalpha() or a in ",;:!?)"):
        return left + " " + right
    return left + right


def clean_layout(text: str) -> str:
    """Uniform newlines, no invisible characters, no trailing spaces, <=1 blank line in a row."""
    text = _NEWLINES.sub("\n", text).translate(_INVISIBLE)
    text = _TRAILING.sub("", text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip("\n")


def canonical_text(text: str) -> str:
    """Layout-free form for identity: NFC, one paragraph per line, no indentation,
    single spaces, no spaces between CJK characters, no blank lines."""
    text = unicodedata.normalize("NFC", clean_layout(text))
    lines = []
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip(" \u3000")
        line = _CJK_GAP.sub("", line)
        if line:
            lines.append(line)
    return "\n".join(lines)


def content_hash(text: str) -> str:
    """Hash of a report's content, equal across formats and line wrappings.

    Line breaks are ignored entirely (PDFs wrap paragraphs where a .txt does
    not), so the hash is over the canonical text with all whitespace removed.
    """
    flat = "".join(canonical_text(text).split())
    return hashlib.sha256(flat.encode("utf-8")).hexdigest()


# Line endings after which a paragraph is complete (as loaders.repair judges it).
_TERMINAL = tuple("。！？!?；;：:”」』）)…")
INDENT = "\u3000\u3000"
HEADING_MAX = 40


def indent_paragraphs(text: str, continues_first: bool = False, continues: list[bool] | None = None) -> str:
    """Write paragraph-structured text (one paragraph per line, from .docx/.html/.pdf)
    the way the .txt reports are written: body paragraphs indented by two
    ideographic spaces, titles and headings flush.

    loaders.repair joins an unindented line to an unfinished line before it
    (that is how it mends page breaks), so without the indent a title would run
    into the first paragraph.  A short unfinished line after a finished one (or
    at the start) is a heading and stays flush, so the splitter finds report
    titles as in the .txt files.  ``continues_first``: the first line continues
    a sentence from the previous page (PDF) and must stay flush; ``continues[i]``:
    line ``i`` continues the paragraph before it (PDF layout says so) and stays flush.
    """
    out: list[str] = []
    prev_done = True
    first = True
    for i, line in enumerate(text.split("\n")):
        body = line.strip(" \t\u3000\u00a0")
        if not body:
            out.append("")
            continue
        heading = len(body) <= HEADING_MAX and not body.endswith(_TERMINAL)
        cont = continues is not None and i < len(continues) and continues[i] and not prev_done
        flush = (first and continues_first) or (heading and prev_done) or cont
        out.append(body if flush else INDENT + body)
        prev_done = body.endswith(_TERMINAL)
        first = False
    return "\n".join(out)
