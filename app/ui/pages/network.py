"""Network: an entity's neighbourhood as an interactive graph (ECharts, bundled offline)."""
from __future__ import annotations

import streamlit as st

from app import data
from app.ui.common import echart, qp, table
from app.ui.i18n import label_name, t
from schema import Label

MAX_NODES = 300
COLORS: dict[str, str] = {Label.REPORT: "#8c8c8c", Label.UNION: "#1f77b4", Label.REGION: "#2ca02c",
                          Label.PRACTICE: "#d62728", Label.BRAND: "#ff7f0e", Label.PERSON: "#9467bd",
                          Label.HONOR: "#bcbd22", Label.ORGANIZATION: "#17becf"}


def render() -> None:
    st.header(t("p_network"))
    needle = st.text_input(t("search_box"), value="", key="net_search").strip()
    wanted = qp("node")
    if needle:
        options = [h["id"] for h in data.q("search", needle, limit=200)]
    else:
        options = data.nodes_of(Label.PRACTICE) + data.nodes_of(Label.REGION) + data.nodes_of(Label.UNION)
    if wanted and wanted not in options and data.node(wanted):
        options = [wanted] + options
    if not options:
        st.info(t("nothing"))
        return
    c1, c2, c3 = st.columns([3, 1, 3])
    with c1:
        node = st.selectbox(t("pick_entity"), options, index=options.index(wanted) if wanted in options else 0,
                            format_func=lambda n: f"{data.name(n)} · {label_name(data.node(n).get('label', ''))}",
                            key=f"net_node_{needle}")
    with c2:
        depth = st.slider(t("depth"), 1, 3, 1, key="net_depth")
    with c3:
        all_labels = [lab.value for lab in Label]
        labels = st.multiselect(t("types"), all_labels, default=[x for x in all_labels if x != Label.REPORT],
                                format_func=label_name, key="net_labels")
    hood = data.q("neighbourhood", node, depth=depth, labels=tuple(labels) if labels else None)
    nodes = hood["nodes"]
    if len(nodes) > MAX_NODES:
        st.warning(t("too_many", n=MAX_NODES))
        keep = {node} | {n["id"] for n in nodes[:MAX_NODES]}
        nodes = [n for n in nodes if n["id"] in keep]
    ids = {n["id"] for n in nodes}
    edges = [e for e in hood["edges"] if e["source"] in ids and e["target"] in ids]
    cats = sorted({n["label"] for n in nodes})
    echart(
        {
            "tooltip": {},
            "legend": [{"data": [label_name(c) for c in cats]}],
            "series": [{
                "type": "graph", "layout": "force", "roam": True, "draggable": True,
                "label": {"show": True, "position": "right", "fontSize": 11},
                "force": {"repulsion": 160, "edgeLength": 90},
                "categories": [{"name": label_name(c), "itemStyle": {"color": COLORS.get(c, "#999")}} for c in cats],
                "data": [{"id": n["id"], "name": n["name"] or n["id"], "category": cats.index(n["label"]),
                          "symbolSize": 28 if n["id"] == node else 14} for n in nodes],
                "links": [{"source": e["source"], "target": e["target"], "value": e["type"]} for e in edges],
                "edgeSymbol": ["none", "arrow"], "edgeSymbolSize": 6,
                "lineStyle": {"opacity": 0.6, "curveness": 0.1},
            }],
        },
        height=560, key=f"net_{node}_{depth}_{len(labels)}",
    )
    c1, c2 = st.columns(2)
    with c1:
        table([{**n, "label": label_name(n["label"])} for n in nodes], f"nodes_{data.name(node)}",
              {"name": "name", "label": "label", "id": "id"})
    with c2:
        table([{"source": data.name(e["source"]), "type": e["type"], "target": data.name(e["target"])} for e in edges],
              f"edges_{data.name(node)}", {"source": "source", "type": "label", "target": "target"})
