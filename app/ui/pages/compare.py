"""Compare regions: shared and distinct practices, similarity with its explanation, clusters."""
from __future__ import annotations

from itertools import combinations

import streamlit as st

from app import data
from app.ui.common import echart, evidence_list, pick_level, pick_measure, qp, table
from app.ui.i18n import t

HEATMAP_MAX = 40


def _defaults(options: list[str]) -> list[str]:
    wanted = [r for r in (qp("regions") or "").split(",") if r in options]
    return wanted or options[:2]


def render() -> None:
    st.header(t("p_compare"))
    c1, c2 = st.columns(2)
    with c1:
        level = pick_level("cmp_level", default="prefecture" if not qp("level") else qp("level"))
    with c2:
        measure = pick_measure("cmp_measure")
    options = data.regions_at(level)
    chosen = st.multiselect(t("pick_regions"), options, default=_defaults(options), format_func=data.name,
                            key=f"cmp_regions_{level}")
    prof = data.profiles(level)
    if len(chosen) < 2:
        st.info(t("pick_two"))
    else:
        sets = {r: prof.practices.get(r, frozenset()) for r in chosen}
        common = frozenset.intersection(*sets.values())
        st.subheader(t("shared_practices"))
        st.write("、".join(data.name(p) for p in sorted(common, key=data.name)) or t("no_shared"))
        st.subheader(t("distinct_practices"))
        rows = []
        for r in chosen:
            others = frozenset().union(*(sets[o] for o in chosen if o != r))
            rows.append({"region": data.name(r), "practices": sorted(data.name(p) for p in sets[r] - others),
                         "count": len(sets[r] - others)})
        table(rows, "distinct", {"region": "region", "practices": "distinct_practices", "count": "count"})

        st.subheader(t("similarity"))
        for i, (a, b) in enumerate(combinations(chosen, 2)):
            sim = data.a("region_similarity", a, b, level=level, measure=measure)
            with st.expander(f"{data.name(a)} ↔ {data.name(b)}：{t('similarity')} = {sim['score']:.3f}",
                             expanded=i == 0):
                st.caption(t("why_similar"))
                table([{"practice": s["practice_name"], "weight": round(s["weight"], 4)} for s in sim["shared"]],
                      f"why_{i}", {"practice": "practices", "weight": "weight"})
                evidence_list([s["evidence_a"] for s in sim["shared"]] + [s["evidence_b"] for s in sim["shared"]])

    st.subheader(t("heatmap"))
    regs = sorted(options, key=lambda r: (-len(prof.practices.get(r, ())), r))[:HEATMAP_MAX]
    regs.sort(key=lambda r: data.node(r).get("adcode") or r)
    mat = data.a("similarity_matrix", level=level, measure=measure, regions=tuple(regs))
    pos = {r: i for i, r in enumerate(regs)}
    cells = [[pos[m["a"]], pos[m["b"]], round(m["score"], 3)] for m in mat]
    names = [data.name(r) for r in regs]
    vmax = max([c[2] for c in cells if c[0] != c[1]] + [1e-9])
    echart(
        {
            "tooltip": {"position": "top"},
            "grid": {"left": 90, "bottom": 90, "top": 10, "right": 20},
            "xAxis": {"type": "category", "data": names, "axisLabel": {"rotate": 60, "interval": 0}},
            "yAxis": {"type": "category", "data": names, "axisLabel": {"interval": 0}},
            "visualMap": {"min": 0, "max": vmax, "calculable": True, "orient": "horizontal", "left": "center",
                          "bottom": 0, "show": False},
            "series": [{"type": "heatmap", "data": cells, "emphasis": {"itemStyle": {"borderColor": "#333"}}}],
        },
        height=max(360, 22 * len(regs) + 120), key=f"heat_{level}_{measure}",
    )
    with st.expander(t("similarity")):
        table([{"a": data.name(m["a"]), "b": data.name(m["b"]), "score": m["score"]} for m in mat if m["a"] < m["b"]],
              f"similarity_{level}_{measure}", {"a": "region_a", "b": "region_b", "score": "similarity"})

    tab1, tab2 = st.tabs([t("communities"), t("cooccurrence")])
    with tab1:
        comms = data.a("region_communities", level=level, measure=measure)
        for c in comms:
            st.markdown(f"**{t('community')} {c['community'] + 1}**：{'、'.join(c['region_names'])}")
            if c["shared"]:
                st.caption(t("shared_practices") + "：" + "、".join(
                    f"{s['practice_name']}（{len(s['regions'])}）" for s in c["shared"]))
                evidence_list(c["shared"], limit=5)
        table([{"community": c["community"] + 1, "regions": c["region_names"],
                "practices": [s["practice_name"] for s in c["shared"]]} for c in comms],
              f"communities_{level}_{measure}", {"community": "community", "regions": "regions",
                                                 "practices": "shared_practices"})
    with tab2:
        by = st.radio(t("basket"), ("region", "report"), format_func=lambda v: t("regions" if v == "region" else "reports"),
                      horizontal=True, key="cmp_by")
        rows = data.a("practice_cooccurrence", level=level, by=by)
        table(rows[:500], f"cooccurrence_{by}", {"a_name": "practice_a", "b_name": "practice_b", "together": "together",
                                                  "jaccard": "jaccard", "lift": "lift"})
