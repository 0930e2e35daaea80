"""Reading report files into text: format detection, decoding, clear errors.

``read_source`` turns one file into a :class:`SourceDocument` or raises
:class:`ReadError` naming the file, the problem and what to do; ``iter_sources``
walks paths and folders and yields one or the other per file, so one bad file
never stops the others.  This module is the only place that touches the file
system; the converters in ``loaders.formats`` are pure (bytes in, text out).

Decisions (see tests/loaders/test_bad_inputs.py, which pins each message):

* The content decides the format, not the extension.  A .txt/.html that is
  really a PDF or .docx is read as what it is, with a "wrong extension"
  warning.  A .pdf/.docx whose content is something else (typically an HTML
  error page saved by a failed download) is an error: loading it would put
  junk in the graph.
* Text cut mid-character at the very end is decoded without the partial
  character, with a warning in ``meta["warnings"]``.
* Files larger than ``max_bytes`` (default 64 MB, env ``UKG_MAX_FILE_MB``) are
  refused before reading: no union report is that large, and PDF/Word parsers
  would need several times that in memory.
* In a folder, hidden files and folders and Office lock files (``~$*``) are
  ignored; other unsupported files are yielded as :class:`Skipped` (a
  ReadError subclass with ``skipped = True``), not as errors.  A folder that
  yields no document gets its own ReadError.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from loaders.formats import Extracted, FormatProblem
from loaders.formats.meta import guess_metadata
from loaders.formats.normalize import clean_layout, content_hash
from loaders.formats.sniff import EXTENSIONS, FORMAT_NAMES, ole_is_encrypted, sniff, zip_kind
from loaders.formats.text import decode_bytes


@dataclass(frozen=True)
class SourceDocument:
    """A decoded file: its text as in the file (no repair yet) and how it was read.

    ``meta`` may hold: ``title``/``title_from``, ``year``/``year_from``,
    ``date`` (ISO), ``warnings`` (list of str), ``content_hash`` (see
    loaders.formats.normalize), ``size`` (bytes), ``pages`` (PDF).
    """

    path: str
    text: str
    format: str  # "txt", "docx", "pdf", "html"
    encoding: str | None = None
    meta: dict = field(default_factory=dict)


class ReadError(Exception):
    """A file that cannot be read: ``path``, the ``problem`` and what to do (``hint``)."""

    skipped = False

    def __init__(self, path: str | Path, problem: str, hint: str = "") -> None:
        self.path = str(path)
        self.problem = problem
        self.hint = hint
        super().__init__(f"{self.path}: {problem}" + (f" ({hint})" if hint else ""))


class Skipped(ReadError):
    """A file in a folder that is not a report format; reported, but not an error."""

    skipped = True


SUPPORTED_SUFFIXES = tuple(EXTENSIONS)
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_IGNORED_NAMES = {"thumbs.db", "desktop.ini"}
HINT_SUPPORTED = "supported: " + ", ".join(SUPPORTED_SUFFIXES)


def max_bytes_setting() -> int:
    """The size limit: ``UKG_MAX_FILE_MB`` if set to a positive number, else 64 MB."""
    raw = os.environ.get("UKG_MAX_FILE_MB", "")
    try:
        mb = float(raw)
    except ValueError:
        return DEFAULT_MAX_BYTES
    return int(mb * 1024 * 1024) if mb > 0 else DEFAULT_MAX_BYTES


def decode_text(data: bytes, path: str | Path) -> tuple[str, str]:
    """Decode bytes of a text file: BOM, UTF-8, GB18030 (a superset of GBK), then a guarded guess."""
    try:
        ex = decode_bytes(data)
    except FormatProblem as e:
        raise ReadError(path, e.problem, e.hint) from None
    return ex.text, ex.encoding or "utf-8"


def document_from_bytes(data: bytes, path: str | Path) -> SourceDocument:
    """Convert a file's bytes (no I/O): the format by content, the extension only as a cross-check."""
    p = Path(path)
    try:
        fmt, ex = _convert(data, p.suffix.lower())
    except FormatProblem as e:
        raise ReadError(p, e.problem, e.hint) from None
    text = clean_layout(ex.text)
    if not text.strip():
        raise ReadError(p, f"the {FORMAT_NAMES[fmt]} contains no text",
                        "the report may be an image or embedded object; export it as text-layer PDF or .txt")
    meta = {**ex.meta, **guess_metadata(text, p.name, ex.meta)}
    meta["size"] = len(data)
    meta["content_hash"] = content_hash(text)
    if ex.warnings:
        meta["warnings"] = list(ex.warnings)
    return SourceDocument(path=str(p), text=text, format=fmt, encoding=ex.encoding, meta=meta)


def _convert(data: bytes, suffix: str) -> tuple[str, Extracted]:
    """Pick the converter from the content; raise FormatProblem for anything unreadable."""
    from loaders.formats.docx import docx_to_text
    from loaders.formats.html import html_to_text
    from loaders.formats.pdf import pdf_to_text

    declared = EXTENSIONS.get(suffix)
    named = f"named {suffix}" if suffix else "without an extension"
    actual = sniff(data[:8192]) if data else "txt"
    if actual == "zip":
        actual = zip_kind(data)
        if actual == "corrupt":
            actual = "docx"  # PK header: a damaged .docx/.zip; the docx reader explains
    if actual == "zip":
        raise FormatProblem("the file is a ZIP archive, not a Word .docx",
                            "unzip it and load the folder, or save the document as .docx")
    if actual == "ole":
        if ole_is_encrypted(data):
            raise FormatProblem("the Word document is password-protected (encrypted)",
                                "open it in Word or WPS, remove the password, save it as .docx and load that")
        raise FormatProblem("the file is an old-format Word .doc (or another legacy Office file), not .docx",
                            "open it in Word/WPS and save as .docx, or run "
                            "`libreoffice --headless --convert-to docx FILE`")
    if actual == "rtf":
        raise FormatProblem("the file is an RTF document, which is not supported", "save it as .docx or .txt")
    if actual == "binary":
        raise FormatProblem("the file is binary (an image, archive or program), not a report",
                            "give a .txt, .docx, .pdf or .html report")
    if declared in ("pdf", "docx") and actual not in ("pdf", "docx"):
        what = "an HTML page (a failed download or login page?)" if actual == "html" else "not a " + FORMAT_NAMES[declared]
        looks_text = actual == "txt" and _decodes(data)
        hint = ("rename it to .txt if it is the report" if looks_text
                else "download the real file again" if actual == "html"
                else "the file is damaged or mislabelled; re-download or re-export it")
        raise FormatProblem(f"wrong extension: the file is {named} but is {what}"
                            + (" (it holds plain text)" if looks_text else ""), hint)
    converter = {"pdf": pdf_to_text, "docx": docx_to_text, "html": html_to_text}.get(actual)
    if declared == "html" and actual == "txt":
        actual, converter = "html", html_to_text  # a fragment without <html>: still markup
    ex = converter(data) if converter else decode_bytes(data)
    if declared is not None and declared != actual and actual in ("pdf", "docx", "html"):
        ex.warnings.insert(0, f"wrong extension: the file is {named} but is a {FORMAT_NAMES[actual]}; "
                              f"read as {actual}")
    return actual, ex


def _decodes(data: bytes) -> bool:
    try:
        decode_bytes(data[:65536])
    except FormatProblem:
        return False
    return True


def read_source(path: str | Path, *, max_bytes: int | None = None) -> SourceDocument:
    """Read one file (any supported format) or raise ReadError saying what is wrong and what to do."""
    p = Path(path)
    limit = max_bytes if max_bytes is not None else max_bytes_setting()
    try:
        st = p.stat()
    except FileNotFoundError:
        hint = "it is a broken symbolic link" if p.is_symlink() else "check the path and spelling"
        raise ReadError(p, "no such file or folder", hint) from None
    except OSError as e:
        raise ReadError(p, f"cannot be read: {e.strerror}", "check the path and its permissions") from None
    if p.is_dir():
        raise ReadError(p, "is a folder, not a file", "pass it to iter_sources / `ukg build` to load every report in it")
    if not p.is_file():
        raise ReadError(p, "is not a regular file (a device, pipe or socket)", "give a report file")
    if st.st_size > limit:
        raise ReadError(p, f"the file is {_mb(st.st_size)}, over the {_mb(limit)} limit",
                        "split it into smaller files, or raise the limit with UKG_MAX_FILE_MB")
    if not os.access(p, os.R_OK):
        raise ReadError(p, "no permission to read the file", "fix its permissions (e.g. chmod a+r) or copy it")
    try:
        with open(p, "rb") as f:
            data = f.read(limit + 1)  # bounded even if the file grows or lies about its size
    except PermissionError:
        raise ReadError(p, "no permission to read the file", "fix its permissions (e.g. chmod a+r) or copy it") from None
    except OSError as e:
        raise ReadError(p, f"cannot be read: {e.strerror or e}", "check the disk or copy the file elsewhere") from None
    if len(data) > limit:
        raise ReadError(p, f"the file is over the {_mb(limit)} limit",
                        "split it into smaller files, or raise the limit with UKG_MAX_FILE_MB")
    return document_from_bytes(data, p)


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def iter_sources(paths: Iterable[str | Path], *, max_bytes: int | None = None) -> Iterator[SourceDocument | ReadError]:
    """Each file under ``paths`` (folders recursively, sorted), read or with its error.

    The same file reached twice (e.g. a folder and a file inside it) is read once.
    """
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from _iter_folder(p, seen, max_bytes)
        else:
            key = _key(p)
            if key not in seen:
                seen.add(key)
                yield _try(p, max_bytes)


def _iter_folder(root: Path, seen: set[str], max_bytes: int | None) -> Iterator[SourceDocument | ReadError]:
    walk_errors: list[OSError] = []
    files: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=walk_errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        files.extend(Path(dirpath) / n for n in filenames if not _ignored(n))
    read = 0
    for e in walk_errors:
        yield ReadError(e.filename or root, f"folder cannot be listed: {e.strerror}", "check its permissions")
    for f in sorted(files, key=lambda f: f.relative_to(root).parts):
        key = _key(f)
        if key in seen:
            continue
        seen.add(key)
        if f.suffix.lower() not in SUPPORTED_SUFFIXES:
            kind = f"'{f.suffix}'" if f.suffix else "without an extension"
            yield Skipped(f, f"not a report file type ({kind})", HINT_SUPPORTED)
            continue
        item = _try(f, max_bytes)
        read += isinstance(item, SourceDocument)
        yield item
    if read == 0:
        yield ReadError(root, "the folder has no readable reports" if files else "the folder is empty",
                        HINT_SUPPORTED + " (hidden files are ignored)")


def _ignored(name: str) -> bool:
    return name.startswith((".", "~$")) or name.lower() in _IGNORED_NAMES


def _key(p: Path) -> str:
    try:
        return str(p.resolve())
    except OSError:
        return str(p.absolute())


def _try(p: Path, max_bytes: int | None) -> SourceDocument | ReadError:
    try:
        return read_source(p, max_bytes=max_bytes)
    except ReadError as e:
        return e
