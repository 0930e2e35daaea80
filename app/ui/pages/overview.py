"""Overview: what the corpus holds and where its practices are."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from app import data
from app.ui.common import choropleth, table
from app.ui.i18n import label_name, t
from schema import Label


def render() -> None:
    st.header(t("p_overview"))
    counts = data.q("entity_counts")
    nodes = {r["name"]: r["count"] for r in counts if r["kind"] == "node"}
    cols = st.columns(5)
    for col, lab, key in zip(cols, (Label.REPORT, Label.PRACTICE, Label.REGION, Label.UNION, Label.BRAND),
                             ("reports", "practices", "regions", "unions", "brands")):
        col.metric(t(key), nodes.get(lab, 0))

    left, right = st.columns([3, 2])
    with left:
        prov = data.a("practice_counts_by_region", level="province")
        choropleth({r["adcode"]: r["practices"] for r in prov if r["adcode"]}, t("map_practices"), key="ov_map")
    with right:
        st.subheader(t("counts_by_type"))
        rows = [{"kind": t("entities") if r["kind"] == "node" else t("relations"),
                 "name": label_name(r["name"]) if r["kind"] == "node" else r["name"], "count": r["count"]}
                for r in counts]
        table(rows, "entity_counts", {"kind": "kind", "name": "name", "count": "count"}, height=300)

    st.subheader(t("reports_by"))
    reps = pd.DataFrame(data.q("reports_overview"))
    if not reps.empty:
        reps["section"] = reps["section"].fillna("—")
        reps["union_level"] = reps["union_level"].map(lambda v: t(v) if v else "—")
        pivot = reps.pivot_table(index="section", columns="union_level", values="report", aggfunc="count",
                                 fill_value=0).reset_index()
        pivot.columns.name = None
        table(pivot.rename(columns={"section": t("section")}), "reports_by_section_level")
        with st.expander(t("reports")):
            table(reps, "reports", {"seq": "report", "title": "name", "section": "section",
                                    "union_name": "union", "union_level": "level", "region_name": "region"})
