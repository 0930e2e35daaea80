"""Decoding plain-text bytes: BOMs, UTF-8, GB18030/GBK, then a guarded guess.

Chinese reports are mostly UTF-8 or GBK.  Strict UTF-8 is tried first because
GBK text essentially never decodes as valid UTF-8, while the reverse is not
true; GB18030 (a superset of GBK and GB2312) comes next.  charset-normalizer
is only a last resort, and its guesses are rejected when they look binary.

Truncated files (cut mid-character at the very end, typical of interrupted
downloads) are *decoded*: the partial last character is dropped and a warning
is recorded, because everything before it is intact.
"""
from __future__ import annotations

import unicodedata

from loaders.formats import Extracted, FormatProblem

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_ALLOWED_CONTROLS = set("\t\n\r\f\v\x1c\x1d\x1e\x85")
# Share of control / replacement characters above which decoded "text" is really binary.
_MAX_JUNK_RATIO = 0.01
# Share of invalid bytes up to which a mostly-UTF-8 file is taken as damaged UTF-8.
_MAX_BAD_UTF8_RATIO = 0.002

HINT_BINARY = "give a .txt, .docx, .pdf or .html report"
HINT_REENCODE = "re-save it as UTF-8"


def decode_bytes(data: bytes) -> Extracted:
    """Decode a text file's bytes; raise FormatProblem for empty, binary or undecodable data."""
    if not data:
        raise FormatProblem("the file is empty (0 bytes)", "nothing to load; re-download or re-export it")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            base = "utf-8" if enc == "utf-8-sig" else enc
            text, warnings = _decode_tolerating_tail(body, base)
            if text is None:
                raise FormatProblem(f"the file starts with a {enc.upper()} byte-order mark but is not valid {enc.upper()}",
                                    HINT_REENCODE)
            return _checked(Extracted(text=text, encoding=enc, warnings=warnings))
    if b"\x00" in data[:4096]:
        raise FormatProblem("the file is binary, not text", HINT_BINARY)
    for enc in ("utf-8", "gb18030"):
        text, warnings = _decode_tolerating_tail(data, enc)
        if text is not None:
            return _checked(Extracted(text=text, encoding=enc, warnings=warnings))
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return _checked(damaged)
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    raise FormatProblem("the text is neither UTF-8 nor GB18030/GBK and its encoding cannot be recognized",
                        HINT_REENCODE)


def _decode_tolerating_tail(data: bytes, enc: str) -> tuple[str | None, list[str]]:
    """Strict decode; if only the last character is cut off, drop it and say so."""
    try:
        return data.decode(enc), []
    except UnicodeDecodeError as e:
        tail_cut = e.reason in ("unexpected end of data", "incomplete multibyte sequence", "truncated data") \
            and e.start >= len(data) - 4
        if not tail_cut:
            return None, []
        try:
            text = data[: e.start].decode(enc)
        except UnicodeDecodeError:
            return None, []
        n = len(data) - e.start
        return text, [f"the file ends in the middle of a character (truncated download?); "
                      f"the last {n} byte(s) were dropped"]


def _damaged_utf8(data: bytes) -> Extracted | None:
    """Mostly valid UTF-8 with a few bad bytes: decode with U+FFFD and warn, instead of mojibake."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = sum(ord(c) > 127 for c in text) - bad
    if bad <= 0 or non_ascii < 20 or bad > max(1, int(len(data) * _MAX_BAD_UTF8_RATIO)):
        return None
    return Extracted(text=text, encoding="utf-8",
                     warnings=[f"{bad} invalid UTF-8 byte sequence(s) were replaced by U+FFFD (damaged file?)"])


# Encodings worth guessing for Chinese reports once UTF-8 and GB18030 have failed.
_GUESSABLE = ["big5", "cp950", "big5hkscs", "utf_16_le", "utf_16_be"]
# Share of Chinese ideographs a guessed decoding must show to be believed.
_MIN_CJK_SHARE = 0.3


def _guess(data: bytes) -> Extracted | None:
    """charset-normalizer's best guess among Chinese encodings, accepted only if it reads as Chinese."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: without it we simply cannot guess
        return None
    best = from_bytes(data[: 1 << 20], cp_isolation=_GUESSABLE).best()
    if best is None or best.encoding is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    visible = [c for c in text[:100_000] if not c.isspace()]
    if not visible or sum(1 for c in visible if "\u3400" <= c <= "\u9fff") / len(visible) < _MIN_CJK_SHARE:
        return None
    try:
        return _checked(Extracted(text=text, encoding=best.encoding,
                                  warnings=[f"encoding guessed as {best.encoding}; check the text if it looks garbled"]))
    except FormatProblem:
        return None


def _checked(ex: Extracted) -> Extracted:
    """Reject decodings that are really binary data or hold no visible text."""
    text = ex.text
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:200_000]
    junk = sum(1 for c in sample if (unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS) or c == "\ufffd")
    if sample and junk / len(sample) > _MAX_JUNK_RATIO:
        raise FormatProblem("the file is binary, not text", HINT_BINARY)
    if not text.strip():
        raise FormatProblem("the file contains only whitespace", "nothing to load; re-download or re-export it")
    ex.text = text
    return ex

