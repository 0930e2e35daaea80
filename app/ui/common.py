"""Widgets every page uses: tables with CSV download, evidence with reader links, charts."""
from __future__ import annotations

import html
from typing import Any, Iterable, Sequence
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from app import data
from app.ui.i18n import t

LEVELS: tuple[str | None, ...] = ("province", "prefecture", None)


def level_label(level: str | None) -> str:
    return t("native") if level is None else t(level)


def table(rows: Sequence[dict[str, Any]] | pd.DataFrame, key: str, columns: dict[str, str] | None = None,
          height: int | None = None) -> pd.DataFrame:
    """Show rows as a table with a CSV download; ``columns`` maps row keys to header i18n keys."""
    df = rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
    if columns:
        keep = [c for c in columns if c in df.columns]
        df = df[keep].rename(columns={c: t(columns[c]) for c in keep})
    for c in df.columns:
        if df[c].map(lambda v: isinstance(v, (list, tuple))).any():
            df[c] = df[c].map(lambda v: "、".join(str(x) for x in v) if isinstance(v, (list, tuple)) else v)
    kw = {"height": height} if height else {}
    st.dataframe(df, hide_index=True, width="stretch", **kw)
    st.download_button(
        t("download_csv"), df.to_csv(index=False).encode("utf-8-sig"), file_name=f"{key}.csv",
        mime="text/csv", key=f"dl_{key}",
    )
    return df


def reader_href(report: str | None, start: int | None = None, end: int | None = None) -> str:
    params: dict[str, Any] = {"report": report}
    if start is not None and end is not None:
        params["start"], params["end"] = start, end
    return "reader?" + urlencode(params)


def evidence_list(rows: Iterable[dict[str, Any]], who: str = "union_name", limit: int = 200) -> None:
    """Evidence sentences, each with its source and a link into the report reader."""
    out = []
    for i, r in enumerate(rows):
        if i >= limit:
            break
        if not r.get("evidence"):
            continue
        who_s = html.escape(str(r.get(who) or r.get("union_name") or ""))
        title = html.escape(str(r.get("report_title") or data.name(r.get("report"))))
        href = html.escape(reader_href(r.get("report"), r.get("start"), r.get("end")))
        qty = ""
        if r.get("value") is not None:
            qty = f" <b>{html.escape(str(r['value']))}{html.escape(str(r.get('unit') or ''))}</b>"
        out.append(
            f"<li class='ukg-ev'>“{html.escape(r['evidence'])}”{qty}<br/>"
            f"<small>{who_s} · 《{title}》 · <a href='{href}' target='_self'>{t('open_reader')}</a></small></li>"
        )
    if out:
        st.markdown("<ul>" + "".join(out) + "</ul>", unsafe_allow_html=True)


def echart(options: dict[str, Any], height: int = 420, key: str | None = None, geo: bool = False) -> None:
    """Render an ECharts option offline (streamlit-echarts bundles echarts in its wheel)."""
    from streamlit_echarts import Map, st_echarts

    m = Map("china", data.china_geojson()) if geo else None
    st_echarts(options=options, height=f"{height}px", map=m, key=key)


def choropleth(values: dict[str, float], title: str, key: str, height: int = 460) -> None:
    """China by province, coloured by ``values`` (province adcode -> number)."""
    feats = data.china_geojson()["features"]
    by_code = {f["properties"]["adcode"]: f["properties"]["name"] for f in feats}
    series = [{"name": by_code[c], "value": v} for c, v in sorted(values.items()) if c in by_code]
    vmax = max([v for v in values.values()] + [1])
    st.caption(title)
    echart(
        {
            "tooltip": {"trigger": "item", "formatter": "{b}: {c}"},
            "visualMap": {"min": 0, "max": vmax, "left": "left", "top": "bottom", "calculable": True,
                          "inRange": {"color": ["#f2f0f7", "#9e9ac8", "#54278f"]}},
            "series": [{"type": "map", "map": "china", "roam": True, "data": series,
                        "emphasis": {"label": {"show": True}}}],
        },
        height=height, key=key, geo=True,
    )


def province_of(region: str | None) -> str | None:
    """The province adcode a region rolls up to (None if unknown)."""
    if region is None:
        return None
    from graph import queries

    g = data.load_graph().graph
    top = queries.region_at_level(g, region, "province")
    return g.nodes[top].get("adcode") if top else None


def pick_level(key: str, default: str | None = "prefecture") -> str | None:
    return st.selectbox(t("region_level"), LEVELS, index=LEVELS.index(default), format_func=level_label, key=key)


def pick_measure(key: str) -> str:
    from graph.analytics import MEASURES

    return st.selectbox(t("measure"), MEASURES, format_func=t, key=key)


def qp(name: str) -> str | None:
    v = st.query_params.get(name)
    return v or None
