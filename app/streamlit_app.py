"""union-kg explorer (first version): overview, practice -> regions, region -> practices, with evidence."""
from __future__ import annotations

from collections import Counter

import pandas as pd
import streamlit as st

from app.data import load_graph
from graph import queries
from schema import Label

st.set_page_config(page_title="union-kg 工会知识图谱", layout="wide")
g = load_graph()
st.title("工会知识图谱 union-kg")
if g.number_of_nodes() == 0:
    st.warning("The graph is empty: run `ukg build` first.")
    st.stop()

counts = Counter(d.get("label") for _, d in g.nodes(data=True))
cols = st.columns(len(Label))
for col, lab in zip(cols, Label):
    col.metric(lab.value, counts.get(lab.value, 0))

names = {n: d.get("name", n) for n, d in g.nodes(data=True)}
links = queries.practice_links(g)

st.header("做法 → 地区 Practice → regions")
practices = sorted({r["practice"] for r in links}, key=lambda p: names[p])
pick = st.selectbox("做法 Practice", practices, format_func=lambda p: names[p], key="practice")
rows = [r for r in links if r["practice"] == pick]
st.dataframe(
    pd.DataFrame(
        [{"地区 region": names.get(r["region"], "") if r["region"] else "", "工会 union": names[r["union"]],
          "via": names[r["via"]], "证据 evidence": r["evidence"]} for r in rows]
    ),
    use_container_width=True,
)

st.header("地区 → 做法 Region → practices")
regions = sorted({r["region"] for r in links if r["region"]}, key=lambda x: names[x])
rpick = st.selectbox("地区 Region", regions, format_func=lambda x: names[x], key="region")
rrows = queries.practices_of_region(g, rpick)
ev = {}
for r in links:
    if r["region"] and rpick in queries.region_ancestors(g, r["region"]):
        ev.setdefault(r["practice"], r["evidence"])
st.dataframe(
    pd.DataFrame(
        [{"做法 practice": x["name"], "facts": x["facts"], "工会 unions": "、".join(names[u] for u in x["unions"]),
          "证据 evidence": ev.get(x["practice"], "")} for x in rrows]
    ),
    use_container_width=True,
)
