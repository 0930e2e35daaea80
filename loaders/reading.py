"""Reading report files into text: decoding, format detection, clear errors.

``read_source`` turns one file into a :class:`SourceDocument` or raises
:class:`ReadError` naming the file and the problem; ``iter_sources`` walks
paths and folders and yields one or the other per file, so one bad file never
stops the others.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator


@dataclass(frozen=True)
class SourceDocument:
    """A decoded file: its text as in the file (no repair yet) and how it was read."""

    path: str
    text: str
    format: str  # "txt", "docx", "pdf", "html"
    encoding: str | None = None
    meta: dict = field(default_factory=dict)


class ReadError(Exception):
    """A file that cannot be read: ``path``, the ``problem`` and what to do (``hint``)."""

    def __init__(self, path: str | Path, problem: str, hint: str = "") -> None:
        self.path = str(path)
        self.problem = problem
        self.hint = hint
        super().__init__(f"{self.path}: {problem}" + (f" ({hint})" if hint else ""))


SUPPORTED_SUFFIXES = (".txt",)


def decode_text(data: bytes, path: str | Path) -> tuple[str, str]:
    """Decode bytes of a text file: BOM, UTF-8, then GB18030 (a superset of GBK)."""
    if not data.strip():
        raise ReadError(path, "the file is empty", "nothing to load")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(path, "the file is binary, not text", "give a .txt, .docx, .pdf or .html report")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ReadError(path, "the text is neither UTF-8 nor GB18030/GBK", "re-save it as UTF-8")


def read_source(path: str | Path) -> SourceDocument:
    p = Path(path)
    if not p.exists():
        raise ReadError(p, "no such file or folder")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(p, f"cannot be read: {e.strerror}") from None
    text, enc = decode_text(data, p)
    return SourceDocument(path=str(p), text=text, format="txt", encoding=enc)


def iter_sources(paths: Iterable[str | Path]) -> Iterator[SourceDocument | ReadError]:
    """Each file under ``paths`` (folders recursively), read or with its error."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield _try(f)
        else:
            yield _try(p)


def _try(p: Path) -> SourceDocument | ReadError:
    try:
        return read_source(p)
    except ReadError as e:
        return e
