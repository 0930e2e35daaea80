"""Search across all entities, with links to the page that explains each."""
from __future__ import annotations

import html
from urllib.parse import urlencode

import streamlit as st

from app import data
from app.ui.common import qp, table
from app.ui.i18n import label_name, t
from app.ui.pages.reader import entity_href
from schema import Label


def render() -> None:
    st.header(t("p_search"))
    c1, c2 = st.columns([3, 2])
    with c1:
        text = st.text_input(t("search_box"), value=qp("q") or "", key="s_text")
    with c2:
        labels = st.multiselect(t("types"), [lab.value for lab in Label], format_func=label_name, key="s_labels")
    if not text.strip():
        return
    hits = data.q("search", text, labels=tuple(labels) if labels else None, limit=200)
    st.subheader(f"{t('results')}：{len(hits)}")
    if not hits:
        st.info(t("nothing"))
        return
    items = []
    for h in hits[:50]:
        href = ("reader?" + urlencode({"report": h["id"]})) if h["label"] == Label.REPORT else entity_href(h["id"], h["label"])
        items.append(f"<li><a href='{html.escape(href)}' target='_self'>{html.escape(h['name'] or h['id'])}</a>"
                     f" <small>{html.escape(label_name(h['label'] or ''))}</small></li>")
    st.markdown("<ul>" + "".join(items) + "</ul>", unsafe_allow_html=True)
    table([{**h, "label": label_name(h["label"] or "")} for h in hits], "search",
          {"name": "name", "label": "label", "id": "id"})
