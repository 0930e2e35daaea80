"""The explorer on the Neo4j store: its named queries run as Cypher on the server."""
from __future__ import annotations

import streamlit as st

from tests.app.sample_graph import fragments
from tests.app.test_pages import no_exception, page, texts


def test_practice_explorer_reads_from_neo4j(neo4j_store, monkeypatch):
    neo4j_store.write(fragments())
    monkeypatch.setenv("UKG_STORE", "neo4j")
    monkeypatch.setenv("NEO4J_URI", neo4j_store.uri)
    st.cache_resource.clear()
    try:
        at = page("practice", practice="practice:会站家一体化建设")
        no_exception(at)
        out = texts(at)
        for region in ("淮北市", "遵义市", "铜仁市"):
            assert region in out
        assert "建成会站家一体化阵地96家" in out
    finally:
        st.cache_resource.clear()
