"""The union-kg explorer (``ukg app`` runs ``streamlit run`` on this file).

Multipage via st.navigation; each page is a ``render()`` in app/ui/pages.
Data comes only through app.data (one cached graph + named queries + analytics).
"""
from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run app/streamlit_app.py` puts app/ (not the project root) on sys.path.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import streamlit as st  # noqa: E402

from app import data  # noqa: E402
from app.ui.i18n import LANG_KEY, t  # noqa: E402
from app.ui.pages import compare, network, overview, peers, practice, reader, search  # noqa: E402

PAGES = (
    ("p_overview", overview.render, "overview"),
    ("p_practice", practice.render, "practice"),
    ("p_compare", compare.render, "compare"),
    ("p_peers", peers.render, "peers"),
    ("p_network", network.render, "network"),
    ("p_reader", reader.render, "reader"),
    ("p_search", search.render, "search"),
)


@st.cache_resource(show_spinner=False, max_entries=2)
def _graph_json(token: str) -> bytes:
    return data.graph_json().encode("utf-8")


def main() -> None:
    st.set_page_config(page_title="union-kg", layout="wide")  # no page_icon or page icons: material/emoji icons are fetched from a CDN
    with st.sidebar:
        st.toggle(t("english"), key=LANG_KEY)
    pages = [st.Page(fn, title=t(key), url_path=path, default=(path == "overview"))
             for key, fn, path in PAGES]
    nav = st.navigation(pages)
    try:
        snap = data.load_graph()
    except FileNotFoundError as exc:
        st.title(t("app_title"))
        st.error(f"{t('no_graph')}\n\n{exc}")
        return
    with st.sidebar:
        st.caption(f"{t('store')}：{snap.kind} · `{snap.location}` · "
                   f"{snap.graph.number_of_nodes()} / {snap.graph.number_of_edges()}")
        st.download_button(t("download_graph"), _graph_json(snap.token), file_name="union-kg.json",
                           mime="application/json", key="dl_graph")
    nav.run()


main()
