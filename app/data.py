"""The app's one way to get data: the store chosen by env (UKG_STORE, UKG_STORE_PATH), cached."""
from __future__ import annotations

import networkx as nx
import streamlit as st

from graph.store import open_store


@st.cache_resource(show_spinner="Loading the graph…")
def load_graph() -> nx.MultiDiGraph:
    store = open_store()
    try:
        return store.graph()
    finally:
        store.close()
