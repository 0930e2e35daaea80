"""Recognize a file's real format from its first bytes, whatever its name says.

Downloads lie: a ``.txt`` that is really a Word file, a ``.pdf`` that is an
HTML error page.  Reading trusts the content, not the extension.
"""
from __future__ import annotations

import re
import zipfile
from io import BytesIO

# Formats the reading layer can convert, and the extensions that name them.
EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

FORMAT_NAMES = {
    "txt": "plain text",
    "docx": "Word .docx document",
    "pdf": "PDF",
    "html": "HTML page",
    "ole": "legacy Office (OLE2) file",
    "zip": "ZIP archive",
    "rtf": "RTF document",
    "binary": "binary file",
}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)

# Well-known binary signatures that are certainly not reports.
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"BZh",
    b"\x7fELF", b"MZ", b"II*\x00", b"MM\x00*", b"OggS", b"ID3", b"fLaC", b"RIFF",
)


def sniff(head: bytes) -> str:
    """The format the first bytes (a few KB are enough) reveal.

    One of "pdf", "zip" (refined later by :func:`zip_kind`), "ole", "rtf",
    "html", "binary" or "txt" (anything else: decoding decides).
    """
    h = head.lstrip(b"\xef\xbb\xbf")
    if h.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if h.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if h.startswith(_OLE_MAGIC):
        return "ole"
    if h.startswith(b"{\\rtf"):
        return "rtf"
    if h.startswith(_BINARY_MAGIC) and not _looks_textual(h[:512]):
        return "binary"
    if _HTML_START.match(h[:4096]) or _HTML_START.match(_ascii_view(h[:4096])):
        return "html"
    return "txt"


def zip_kind(data: bytes) -> str:
    """For a ZIP: "docx" if it holds a Word document, else "zip"; "corrupt" if unreadable."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "corrupt"
    return "docx" if "word/document.xml" in names else "zip"


def ole_is_encrypted(data: bytes) -> bool:
    """A password-protected .docx is stored as an OLE2 file with an EncryptionInfo stream."""
    return "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data


def _looks_textual(b: bytes) -> bool:
    return bool(b) and sum(32 <= c < 127 or c in (9, 10, 13) for c in b) / len(b) > 0.95


def _ascii_view(b: bytes) -> bytes:
    """UTF-16 HTML has NULs between ASCII letters; drop them so the regex sees tags."""
    if b.startswith((b"\xff\xfe", b"\xfe\xff")):
        return b[2:].replace(b"\x00", b"")
    return b
