"""Word .docx to text: body paragraphs and tables in document order.

Headers, footers and comments are left out: they repeat on every page and are
not part of the report.  Table rows become one line each, cells separated by
a tab, so tabular facts stay on one line for extraction.
"""
from __future__ import annotations

import zipfile
from io import BytesIO

from loaders.formats import Extracted, FormatProblem
from loaders.formats.normalize import indent_paragraphs

# A .docx whose parts unpack to more than this is refused (zip bomb / not a report).
MAX_UNPACKED_BYTES = 512 * 1024 * 1024

HINT_DAMAGED = "open it in Word or WPS and save it again as .docx, or export it as .txt"


def docx_to_text(data: bytes) -> Extracted:
    """Text and core properties of a .docx; FormatProblem if it is damaged."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            infos = z.infolist()
            bad = z.testzip()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise FormatProblem("the .docx is damaged (not a readable ZIP archive; truncated download?)",
                            HINT_DAMAGED) from None
    if bad is not None:
        raise FormatProblem(f"the .docx is damaged (part {bad} fails its checksum)", HINT_DAMAGED)
    if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise FormatProblem("the .docx unpacks to more than 512 MB; refusing to open it",
                            "split the document or export it as .txt")
    try:
        import docx  # python-docx
        document = docx.Document(BytesIO(data))
        blocks = [_block_text(b) for b in document.iter_inner_content()]
    except ImportError:  # pragma: no cover - declared dependency
        raise FormatProblem("python-docx is not installed", "pip install python-docx") from None
    except Exception as e:  # python-docx/lxml raise many unrelated types for broken parts
        raise FormatProblem(f"the .docx is damaged ({type(e).__name__}: {e})", HINT_DAMAGED) from None
    text = indent_paragraphs("\n".join(b for b in blocks if b is not None))
    return Extracted(text=text, meta=_core_meta(document))


def _block_text(block) -> str | None:
    """A paragraph's text, or a table as tab-separated rows."""
    from docx.table import Table

    if isinstance(block, Table):
        rows = []
        for row in block.rows:
            seen: list = []
            cells: list[str] = []
            for cell in row.cells:
                if any(cell._tc is s for s in seen):  # merged cells repeat; keep one
                    continue
                seen.append(cell._tc)
                cells.append(" ".join(cell.text.split()))
            if any(cells):
                rows.append("\t".join(cells))
        return "\n".join(rows)
    return block.text


def _core_meta(document) -> dict:
    """Title and dates from the core properties, when the author filled them in."""
    meta: dict = {}
    cp = document.core_properties
    title = (cp.title or "").strip()
    if title.lower().startswith("microsoft word - "):
        title = title[len("microsoft word - "):]
    if title:
        meta["title"] = title
    dates = [d for d in (cp.created, cp.modified) if d is not None]
    if dates:
        meta["date"] = dates[0].date().isoformat()
    if cp.author:
        meta["author"] = cp.author
    return meta
