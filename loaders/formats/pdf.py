"""Text-layer PDF to text with pdfminer.six, joined the way Chinese is written.

A PDF stores lines, not paragraphs.  Lines that run to the right edge of their
text block are wrapped paragraph lines and are joined -- with no space between
CJK characters, with one space between Latin words.  Text blocks end with a
newline, pages with a blank line; lone page numbers at the top or bottom of a
page are dropped.  Sentences split across pages are rejoined later by
``loaders.repair``.
"""
from __future__ import annotations

import re
from io import BytesIO

from loaders.formats import Extracted, FormatProblem
from loaders.formats.normalize import CJK, indent_paragraphs, join_wrapped

HINT_DAMAGED = "re-download it, or open and re-save (print to PDF) it, or export the report as .txt"
HINT_SCANNED = ("OCR it first, e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`, "
                "then load the OCR'd PDF (or its text as .txt)")
HINT_PASSWORD = "remove the password (open it and save an unprotected copy), then load that copy"

_PAGE_NUMBER = re.compile(r"^[\s\-—–·.]*(第\s*)?\d{1,4}(\s*页)?(\s*/\s*\d{1,4})?[\s\-—–·.]*$")
_CJK_SPACE = re.compile(f"(?<=[{CJK}]) +(?=[{CJK}])")
_SENTENCE_END = tuple("。！？；：…」』”")
# Fewer visible characters per page than this on average means there is no real text layer.
MIN_CHARS_PER_PAGE = 5


def pdf_to_text(data: bytes) -> Extracted:
    """Text and document info of a PDF; FormatProblem if damaged, encrypted or scanned."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect, PDFEncryptionError
        from pdfminer.pdfparser import PDFParser
    except ImportError:  # pragma: no cover - declared dependency
        raise FormatProblem("pdfminer.six is not installed", "pip install pdfminer.six") from None
    try:
        doc = PDFDocument(PDFParser(BytesIO(data)))
        meta = _info_meta(doc)
        pages = [_page_text(p) for p in extract_pages(BytesIO(data), laparams=LAParams())]
    except PDFPasswordIncorrect:
        raise FormatProblem("the PDF is password-protected", HINT_PASSWORD) from None
    except PDFEncryptionError as e:
        raise FormatProblem(f"the PDF is encrypted in a way that cannot be opened ({e})", HINT_PASSWORD) from None
    except Exception as e:  # pdfminer raises many unrelated types for broken files
        why = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        raise FormatProblem(f"the PDF is damaged ({why})", HINT_DAMAGED) from None
    if not pages:
        raise FormatProblem("the PDF has no pages (damaged or truncated?)", HINT_DAMAGED)
    visible = sum(len("".join("".join(ls).split())) for ls, _ in pages)
    if visible < MIN_CHARS_PER_PAGE * len(pages):
        raise FormatProblem("the PDF has no text layer (scanned?)", HINT_SCANNED)
    meta["pages"] = len(pages)
    # A page whose last line runs to the edge unfinished continues on the next
    # page: that first line stays flush so loaders.repair rejoins the sentence.
    out, cont = [], False
    for lines, wrapped in pages:
        if lines:
            out.append(indent_paragraphs("\n".join(lines), continues_first=cont))
            cont = wrapped
    return Extracted(text="\n\n".join(out), meta=meta)


def _page_text(page) -> tuple[list[str], bool]:
    """One page: its paragraphs in reading order (wrapped lines joined, page
    numbers dropped), and whether the last line runs on to the next page."""
    from pdfminer.layout import LTTextBox

    # Lines in reading order.  Text boxes are not paragraphs (pdfminer splits
    # 1.5-spaced lines into one box each), so wrapping is decided line by line.
    lines = [ln for box in page if isinstance(box, LTTextBox) for ln in box
             if hasattr(ln, "get_text") and ln.get_text().strip()]
    # Page numbers: the top-most or bottom-most line, if it is just a number.
    while lines:
        edge = [ln for ln in lines if ln.y0 <= min(x.y0 for x in lines) or ln.y1 >= max(x.y1 for x in lines)]
        numbers = [ln for ln in edge if _PAGE_NUMBER.match(ln.get_text().strip())]
        if not numbers:
            break
        lines = [ln for ln in lines if ln not in numbers]
    left = min((ln.x0 for ln in lines), default=0.0)
    # The text column's right edge: margins as wide on the right as on the left
    # (true of Word/WPS and official-document layouts).  Estimating it from the
    # widest line would take a long title on a contents page for a full line;
    # a line not joined here stays a paragraph of its own.
    widest = max((ln.x1 for ln in lines), default=0.0)
    at_widest = sum(ln.x1 >= widest - 1.5 * max(ln.height, 1.0) for ln in lines)
    # ...unless many lines end at the same place: that is the column's edge.
    right = widest if at_widest >= max(3, 0.3 * len(lines)) else max(widest, page.x1 - (left - page.x0))
    blocks: list[str] = []
    wrapped: list[bool] = []  # per block: its last line ran to the edge unfinished
    for ln in lines:
        t = _CJK_SPACE.sub("", ln.get_text().strip("\n").rstrip())
        if blocks and wrapped[-1]:
            blocks[-1] = join_wrapped(blocks[-1], t.lstrip())
        else:
            # Within a page, a line that does not run on from a full line above
            # starts a paragraph (or is a heading): only the text column's edge
            # tells a wrap from a paragraph end reliably; indentation and spacing
            # vary too much between documents.
            blocks.append(t.strip())
            wrapped.append(False)
        # A line that runs to the text column's right edge and does not end a
        # sentence is a wrapped paragraph line: it continues on the next line.
        wrapped[-1] = ln.x1 >= right - max(ln.height, 1.0) * 1.5 and not t.endswith(_SENTENCE_END)
    return blocks, bool(wrapped) and wrapped[-1]


def _info_meta(doc) -> dict:
    """Title and creation date from the PDF's document info, when present."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    meta: dict = {}
    for info in getattr(doc, "info", []) or []:
        info = resolve1(info)
        if not isinstance(info, dict):
            continue
        title = resolve1(info.get("Title"))
        if isinstance(title, bytes):
            title = _pdf_string(title, decode_text)
        if isinstance(title, str) and title.strip() and "title" not in meta:
            meta["title"] = title.strip()
        created = resolve1(info.get("CreationDate"))
        if isinstance(created, bytes):
            created = created.decode("latin-1", "replace")
        m = re.match(r"D?:?(\d{4})(\d{2})?(\d{2})?", created or "")
        if m and "date" not in meta:
            y, mo, d = m.group(1), m.group(2), m.group(3)
            meta["date"] = "-".join(x for x in (y, mo, d) if x)
    return meta


def _pdf_string(raw: bytes, decode_text) -> str:
    """PDF text strings are UTF-16BE with a BOM or PDFDocEncoding."""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    return decode_text(raw)
