"""Report reader: a report's text with its entities highlighted and linked."""
from __future__ import annotations

import html
from typing import Any
from urllib.parse import urlencode

import streamlit as st

from app import data
from app.ui.common import qp, table
from app.ui.i18n import label_name, t
from schema import Label

COLORS: dict[str, str] = {Label.UNION: "#dbeafe", Label.REGION: "#dcfce7", Label.PRACTICE: "#fee2e2",
                          Label.BRAND: "#ffedd5", Label.PERSON: "#ede9fe", Label.HONOR: "#fef9c3",
                          Label.REPORT: "#eeeeee", Label.ORGANIZATION: "#cffafe"}


def entity_href(n: str, label: str) -> str:
    if label == Label.PRACTICE:
        return "practice?" + urlencode({"practice": n})
    if label == Label.REGION:
        return "peers?" + urlencode({"region": n})
    return "network?" + urlencode({"node": n})


def mention_marks(text: str, spans: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    """Non-overlapping (start, end, span) marks of entity names inside each relation's span.

    A span may cover the entity's mention or its whole sentence: the mark is the
    first occurrence of the entity's name (or an alias) inside the span, else
    the span itself when it is short (a mention).
    """
    marks = []
    for s in spans:
        st_, en = s["start"], s["end"]
        if not (0 <= st_ < en <= len(text)) or s.get("label") == Label.REPORT:
            continue
        seg = text[st_:en]
        d = data.node(s["entity"])
        names = [d.get("name") or ""] + list(d.get("aliases") or [])
        found = None
        for nm in sorted((x for x in names if x), key=len, reverse=True):
            i = seg.find(nm)
            if i >= 0:
                found = (st_ + i, st_ + i + len(nm))
                break
        if found is None and en - st_ <= 30:
            found = (st_, en)
        if found:
            marks.append((found[0], found[1], s))
    marks.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[tuple[int, int, dict[str, Any]]] = []
    last = -1
    for m in marks:
        if m[0] >= last:
            out.append(m)
            last = m[1]
    return out


_ENDS = set("。！？!?\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]`` (a link may point at a mention, not its sentence)."""
    a = start
    while a > 0 and text[a - 1] not in _ENDS:
        a -= 1
    b = end
    while b < len(text) and text[b - 1] not in _ENDS:
        b += 1
    return a, b


def render_html(text: str, marks: list[tuple[int, int, dict[str, Any]]], hl: tuple[int, int] | None) -> str:
    bounds = {0, len(text)} | {m[0] for m in marks} | {m[1] for m in marks}
    if hl:
        bounds |= {max(0, min(hl[0], len(text))), max(0, min(hl[1], len(text)))}
    pts = sorted(bounds)
    parts = []
    mi = 0
    for a, b in zip(pts, pts[1:]):
        while mi < len(marks) and marks[mi][1] <= a:
            mi += 1
        seg = html.escape(text[a:b])
        m = marks[mi] if mi < len(marks) and marks[mi][0] <= a < marks[mi][1] else None
        if m:
            s = m[2]
            seg = (f"<a class='ukg-ent' href='{html.escape(entity_href(s['entity'], s['label']))}' target='_self' "
                   f"title='{html.escape(label_name(s['label']))} · {html.escape(s['type'])}' "
                   f"style='background:{COLORS.get(s['label'], '#eee')};text-decoration:none;color:inherit;"
                   f"border-radius:3px;padding:0 1px'>{seg}</a>")
        if hl and hl[0] <= a < hl[1]:
            seg = f"<span class='ukg-hl' style='outline:2px solid #f59e0b;background:#fef3c7'>{seg}</span>"
        parts.append(seg)
    return ("<div class='ukg-reader' style='white-space:pre-wrap;line-height:1.9;font-size:1.02rem'>"
            + "".join(parts) + "</div>")


def render() -> None:
    st.header(t("p_reader"))
    reps = data.q("reports_overview")
    if not reps:
        st.info(t("nothing"))
        return
    ids = [r["report"] for r in reps]
    wanted = qp("report")
    rep = st.selectbox(t("pick_report"), ids, index=ids.index(wanted) if wanted in ids else 0,
                       format_func=lambda r: f"{data.node(r).get('seq', '')}. {data.node(r).get('title') or data.name(r)}",
                       key="rd_report")
    row = next(r for r in reps if r["report"] == rep)
    st.caption(f"{t('section')}：{row['section'] or '—'} · {t('issuer')}：{row['union_name'] or '—'}"
               f" · {t('region')}：{row['region_name'] or '—'}")
    hl = None
    if rep == wanted and qp("start") and qp("end"):
        try:
            hl = (int(qp("start")), int(qp("end")))
        except ValueError:
            hl = None
    spans = data.q("report_spans", rep)
    text = data.report_text(rep)
    if text:
        if hl and 0 <= hl[0] < hl[1] <= len(text):
            a, b = sentence_around(text, *hl)
            st.markdown(f"> {html.escape(text[a:b])}")
        st.markdown(render_html(text, mention_marks(text, spans), hl), unsafe_allow_html=True)
    else:
        st.info(t("no_text"))
        seen = set()
        for s in spans:
            if s.get("evidence") and s["evidence"] not in seen:
                seen.add(s["evidence"])
                st.markdown(f"- {s['evidence']}")
    st.subheader(t("entities_in_report"))
    ents: dict[str, dict[str, Any]] = {}
    for s in spans:
        e = ents.setdefault(s["entity"], {"name": s["name"], "label": label_name(s["label"]), "count": 0, "types": set()})
        e["count"] += 1
        e["types"].add(s["type"])
    table([{**e, "types": sorted(e["types"])} for e in sorted(ents.values(), key=lambda e: (-e["count"], e["name"] or ""))],
          f"entities_{rep}", {"name": "name", "label": "label", "types": "relations_col", "count": "count"})
