"""Practice explorer: who runs a practice, where, how much, and the sentences that say so."""
from __future__ import annotations

from collections import defaultdict

import streamlit as st

from app import data
from app.ui.common import choropleth, evidence_list, province_of, qp, table
from app.ui.i18n import t
from schema import Label


def render() -> None:
    st.header(t("p_practice"))
    practices = data.nodes_of(Label.PRACTICE)
    if not practices:
        st.info(t("nothing"))
        return
    wanted = qp("practice")
    idx = practices.index(wanted) if wanted in practices else 0
    needle = st.text_input(t("filter"), key="pr_filter").strip()
    if needle:
        hits = [h["id"] for h in data.q("search", needle, labels=(Label.PRACTICE.value,), limit=500)]
        options = hits or practices
        idx = 0
    else:
        options = practices
    practice = st.selectbox(t("pick_practice"), options, index=idx, format_func=data.label_with_aliases,
                            key=f"pr_pick_{needle}")
    d = data.node(practice)
    if d.get("definition"):
        st.caption(d["definition"])

    regions = data.q("regions_of_practice", practice)
    facts = data.q("practice_facts", practice)
    st.subheader(t("regions_running"))
    rows = [
        {"region": data.name(r["region"]) if r["region"] else t("nationwide"), "unions": [data.name(u) for u in r["unions"]],
         "brands": [data.name(b) for b in r["brands"]], "facts": r["facts"]}
        for r in regions
    ]
    table(rows, f"regions_{d.get('name', practice)}",
          {"region": "region", "unions": "unions", "brands": "brands", "facts": "facts"})

    left, right = st.columns([3, 2])
    with left:
        by_prov: dict[str, int] = defaultdict(int)
        for f in facts:
            code = province_of(f["region"])
            if code:
                by_prov[code] += 1
        choropleth(dict(by_prov), t("map_practice"), key=f"pr_map_{practice}", height=380)
    with right:
        qty = [f for f in facts if f.get("value") is not None]
        st.subheader(t("quantity"))
        table([{"union": f["union_name"], "via": f["via_name"], "quantity": f"{f['value']}{f.get('unit') or ''}",
                "status": f.get("status")} for f in qty], f"quantities_{practice}",
              {"union": "union", "via": "via", "quantity": "quantity", "status": "status"})

    st.subheader(t("evidence"))
    evidence_list(facts)
    table(facts, f"facts_{practice}", {"region_name": "region", "union_name": "union", "via_name": "via",
                                      "value": "quantity", "unit": "unit", "status": "status",
                                      "report_title": "report", "evidence": "sentence"})

    diff = data.a("practice_diffusion", practice)
    if diff:
        st.subheader(t("diffusion"))
        table([{**r, "role": t(r["role"])} for r in diff], f"diffusion_{practice}",
              {"role": "role", "union_name": "union", "region_name": "region", "via_name": "via",
               "report_title": "report", "evidence": "sentence"})
