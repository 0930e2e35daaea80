"""Peers & recommendations: regions like mine, what they do that we don't, and the sentence that says so."""
from __future__ import annotations

import streamlit as st

from app import data
from app.ui.common import evidence_list, pick_level, pick_measure, qp, table
from app.ui.i18n import t


def render() -> None:
    st.header(t("p_peers"))
    c1, c2, c3 = st.columns([2, 2, 1])
    with c1:
        level = pick_level("peer_level", default=qp("level") or "prefecture")
    with c2:
        measure = pick_measure("peer_measure")
    with c3:
        k = st.number_input(t("peers_k"), min_value=1, max_value=20, value=5, step=1, key="peer_k")
    options = data.regions_at(level)
    if not options:
        st.info(t("nothing"))
        return
    wanted = qp("region")
    region = st.selectbox(t("pick_region"), options, index=options.index(wanted) if wanted in options else 0,
                          format_func=data.name, key=f"peer_region_{level}")
    mine = data.profiles(level).practices.get(region, frozenset())
    st.caption(t("run_here") + "：" + "、".join(sorted(data.name(p) for p in mine)))

    peers = data.a("similar_regions", region, level=level, measure=measure, k=int(k))
    st.subheader(t("peers"))
    if not peers:
        st.info(t("no_peers"))
        return
    table([{"region": p["region_name"], "score": round(p["score"], 4), "shared": [data.name(x) for x in p["shared"]],
            "only": [data.name(x) for x in p["only_peer"]]} for p in peers], f"peers_{data.name(region)}",
          {"region": "region", "score": "similarity", "shared": "shared_practices", "only": "distinct_practices"})

    recs = data.a("recommend_practices", region, level=level, measure=measure, k=int(k))
    st.subheader(t("recommend"))
    st.caption(t("score_doc"))
    table([{"practice": r["practice_name"], "score": round(r["score"], 4), "peers": r["peer_names"]} for r in recs],
          f"recommendations_{data.name(region)}", {"practice": "practices", "score": "score", "peers": "peers"})
    for i, r in enumerate(recs):
        with st.expander(f"{i + 1}. {r['practice_name']} — {t('score')} {r['score']:.3f}", expanded=i < 3):
            evidence_list(r["evidence"], who="union_name")
            st.markdown(f"[{t('p_practice')} →](practice?practice={r['practice']})")
