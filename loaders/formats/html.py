"""Saved web pages to article text: the report, not the site's navigation.

trafilatura does the main-content extraction (it knows boilerplate far better
than any heuristic here); if it is missing or finds nothing, a BeautifulSoup
fallback removes navigation chrome and keeps the main container's text.
Either way one paragraph ends up per line.  Charset: BOM, then the page's own
``<meta charset>`` declaration, then the plain-text decoding rules (Chinese
sites commonly declare gb2312 and actually use GBK, so GB names map to GB18030).
"""
from __future__ import annotations

import re

from loaders.formats import Extracted, FormatProblem
from loaders.formats.normalize import CJK, indent_paragraphs
from loaders.formats.text import decode_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_GB_NAMES = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "hz-gb-2312", "gb18030"}
_CHROME_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
                "template", "svg", "button", "select", "input", "textarea", "object", "embed"]
_CHROME_ATTR = re.compile(r"(^|[\s_\-])(nav|navbar|menu|footer|header|breadcrumbs?|crumb|sidebar|side|banner|share|"
                          r"comments?|copyright|toolbar|pagination|pager|related|recommend|ad|ads|login|search|"
                          r"topbar|bottom)($|[\s_\-])", re.IGNORECASE)
# Small bylines above or below the article ("来源：… 发布时间：…", editor, print buttons).
_BYLINE_ATTR = re.compile(r"(^|[\s_\-])(info|source|byline|author|meta|time|date|editor|print|tools?|fontsize)"
                          r"($|[\s_\-])", re.IGNORECASE)
_BLOCK_TAGS = ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
               "table", "tr", "blockquote", "pre", "dd", "dt", "dl", "figure", "figcaption", "center"]
_DATE_META = ("article:published_time", "publishdate", "pubdate", "publish_date", "date", "dc.date",
              "dc.date.issued", "dcterms.created", "firstpublishedtime", "og:published_time")
_TITLE_META = ("og:title", "articletitle", "dc.title", "title")
_CJK_GAP = re.compile(f"(?<=[{CJK}]) (?=[{CJK}])")
_TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜| - | — |－|--)\s*")

HINT_EMPTY = ("save the page after it has fully loaded (\"Web page, complete\"), "
              "or copy the report text into a .txt file")


def decode_html(data: bytes) -> tuple[str, str, list[str]]:
    """The page as a string: BOM, declared charset (GB names -> GB18030), else text rules."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:8192])
        if m:
            declared = m.group(1).decode("ascii", "replace").lower()
            enc = "gb18030" if declared in _GB_NAMES else declared
            try:
                return data.decode(enc), enc, []
            except (UnicodeDecodeError, LookupError):
                pass  # the declaration lies (common); fall through to detection
    ex = decode_bytes(data)
    return ex.text, ex.encoding or "utf-8", ex.warnings


def html_to_text(data: bytes) -> Extracted:
    """Article text and page metadata of a saved HTML page."""
    page, enc, warnings = decode_html(data)
    meta = _page_meta(page)
    text = _trafilatura_text(page)
    extractor = "trafilatura"
    if text:
        text = "\n".join(_CJK_GAP.sub("", ln) for ln in text.split("\n"))
    if not text or not text.strip():
        text, extractor = _fallback_text(page), "beautifulsoup"
    if not text.strip():
        raise FormatProblem("the HTML page has no article text (saved before it loaded, or a JavaScript-only page?)",
                            HINT_EMPTY)
    heading = _heading(page)
    if heading and heading not in text[: len(heading) + 200]:
        text = heading + "\n" + text  # extractors often drop the <h1>, but it is the report's title
    meta["html_extractor"] = extractor
    return Extracted(text=indent_paragraphs(text), encoding=enc, meta=meta, warnings=warnings)


def _trafilatura_text(page: str) -> str | None:
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        return trafilatura.extract(page, include_tables=True, include_comments=False, favor_precision=True,
                                   deduplicate=False, include_links=False, include_images=False)
    except Exception:  # trafilatura failing on odd markup is not the user's problem: use the fallback
        return None


def _soup(page: str):
    from bs4 import BeautifulSoup

    try:
        return BeautifulSoup(page, "lxml")
    except Exception:  # lxml missing -> the stdlib parser
        return BeautifulSoup(page, "html.parser")


def _fallback_text(page: str) -> str:
    """Drop chrome, pick the main container, one block element per line."""
    soup = _soup(page)
    for tag in soup.find_all(_CHROME_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or tag.name in ("html", "body"):
            continue
        attrs = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
        if attrs and (_CHROME_ATTR.search(attrs)
                      or (_BYLINE_ATTR.search(attrs) and len(tag.get_text(strip=True)) < 200)):
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"}) or _densest(soup) \
        or soup.body or soup
    from bs4 import NavigableString

    for s in root.find_all(string=True):
        if isinstance(s, NavigableString) and s.find_parent("pre") is None:
            s.replace_with(re.sub(r"\s+", " ", str(s)))  # source line breaks are not paragraph breaks
    for br in root.find_all("br"):
        br.replace_with("\n")
    for cell in root.find_all(["td", "th"]):
        cell.insert_after("\t")
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = []
    for line in root.get_text().split("\n"):
        cells = [_CJK_GAP.sub("", " ".join(c.split())) for c in line.split("\t")]
        line = "\t".join(c for c in cells if c)
        if line:
            lines.append(line)
    return "\n".join(lines)


def _densest(soup):
    """The element whose direct <p> children hold the most text (readability's core idea)."""
    best, score = None, 0
    for el in soup.find_all(["div", "td", "section"]):
        s = sum(len(p.get_text(strip=True)) for p in el.find_all("p", recursive=False))
        if s > score:
            best, score = el, s
    return best


def _heading(page: str) -> str | None:
    """The article's <h1> text, if any."""
    h1 = _soup(page[:200_000]).h1
    text = " ".join(h1.get_text(" ", strip=True).split()) if h1 else ""
    return _CJK_GAP.sub("", text) or None


def _page_meta(page: str) -> dict:
    """Title and date from <meta>, <title> and <h1>."""
    soup = _soup(page[:200_000])
    metas: dict[str, str] = {}
    for m in soup.find_all("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        val = (m.get("content") or "").strip()
        if key and val and key not in metas:
            metas[key] = val
    meta: dict = {}
    title = next((metas[k] for k in _TITLE_META if metas.get(k)), None)
    if not title and soup.title and soup.title.string:
        title = _TITLE_SPLIT.split(soup.title.string.strip())[0]
    if not title and soup.h1:
        title = soup.h1.get_text(" ", strip=True)
    if title:
        meta["title"] = " ".join(title.split())
    for k in _DATE_META:
        m = re.search(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", metas.get(k, ""))
        if m:
            meta["date"] = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
            break
    return meta
