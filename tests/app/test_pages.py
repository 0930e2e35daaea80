"""Each page under Streamlit's AppTest: widgets present, a selection changes the result, no exception."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.conftest import ROOT

TIMEOUT = 60


def page(name: str, **params: str) -> AppTest:
    at = AppTest.from_string(f"from app.ui.pages import {name}\n{name}.render()\n", default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [h.value for h in at.header] + [h.value for h in at.subheader]
    parts += [e.label for e in at.expander]
    for df in at.dataframe:
        parts.append(df.value.to_csv())
    return "\n".join(str(p) for p in parts)


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def test_entry_point_runs_overview(app_env):
    at = AppTest.from_file(str(ROOT / "app" / "streamlit_app.py"), default_timeout=TIMEOUT).run()
    no_exception(at)
    assert at.toggle, "the English toggle is in the sidebar"
    assert "总览" in texts(at)
    at.toggle[0].set_value(True).run()
    no_exception(at)
    assert "Overview" in texts(at)


def test_entry_point_without_graph_explains(monkeypatch, tmp_path):
    monkeypatch.setenv("UKG_STORE_PATH", str(tmp_path / "missing.json"))
    at = AppTest.from_file(str(ROOT / "app" / "streamlit_app.py"), default_timeout=TIMEOUT).run()
    no_exception(at)
    assert any("ukg build" in e.value for e in at.error)


def test_overview(app_env):
    at = page("overview")
    no_exception(at)
    assert [m.value for m in at.metric][:1] == ["6"]  # six reports
    assert "各级工会" in texts(at)


def test_practice_explorer_selection_changes_regions(app_env):
    at = page("practice")
    no_exception(at)
    sb = at.selectbox[0]
    assert "practice:会站家一体化建设" in sb.options or any("会站家一体化建设" in o for o in sb.options)
    sb.set_value("practice:会站家一体化建设").run()
    no_exception(at)
    out = texts(at)
    for region in ("淮北市", "遵义市", "铜仁市", "贵州省"):
        assert region in out
    assert "建成会站家一体化阵地96家" in out and "96家" in out
    assert "reader?report=report%3A2023-01" in out  # evidence links into the reader
    assert "首创" in out  # diffusion: 遵义 originated it
    at.selectbox[0].set_value("practice:职工之家").run()
    out = texts(at)
    assert "平凉市" in out and "淮北市" not in out


def test_practice_explorer_search_by_alias_and_query_param(app_env):
    at = page("practice", practice="practice:职工书屋")
    assert at.selectbox[0].value == "practice:职工书屋"
    at.text_input[0].set_value("爱心驿站").run()
    no_exception(at)
    assert at.selectbox[0].options and all("户外劳动者服务站点" in o for o in at.selectbox[0].options)
    assert "一瓶水•传递爱" in texts(at)


def test_compare_two_regions(app_env):
    at = page("compare", regions="region:340600,region:520300")
    no_exception(at)
    out = texts(at)
    assert "淮北市 ↔ 遵义市" in out
    assert "会站家一体化建设" in out and "职工书屋" in out
    before = at.expander[0].label
    at.selectbox[1].set_value("jaccard").run()  # measure
    no_exception(at)
    # 淮北 {会站家, 书屋, 服务站点} vs 遵义 {会站家, 工作室, 书屋}: Jaccard 2/4
    assert at.expander[0].label != before and "0.500" in at.expander[0].label
    at.selectbox[0].set_value("province").run()
    no_exception(at)
    assert "安徽省" in at.multiselect[0].options and "淮北市" not in at.multiselect[0].options


def test_peers_recommend_with_evidence(app_env):
    at = page("peers", region="region:340600")
    no_exception(at)
    out = texts(at)
    assert "遵义市" in out and "劳模工匠创新工作室" in out
    assert "建成劳模工匠创新工作室30个。" in out
    at.selectbox[-1].set_value("region:620800").run()  # 平凉
    no_exception(at)
    out = texts(at)
    assert "许昌市" in out


def test_network_depth_changes_graph(app_env):
    at = page("network", node="practice:会站家一体化建设")
    no_exception(at)
    n1 = len(at.dataframe[0].value)
    at.slider[0].set_value(2).run()
    no_exception(at)
    assert len(at.dataframe[0].value) > n1


def test_reader_highlights_entities(app_env):
    at = page("reader", report="report:2023-01", start="0", end="31")
    no_exception(at)
    html_ = "\n".join(m.value for m in at.markdown)
    assert "ukg-ent" in html_ and "ukg-hl" in html_
    assert "practice?practice=practice%3A" in html_
    at.selectbox[0].set_value("report:2023-04").run()
    assert "平凉市总工会" in "\n".join(m.value for m in at.markdown)


def test_search(app_env):
    at = page("search")
    no_exception(at)
    at.text_input[0].set_value("书屋").run()
    no_exception(at)
    assert "职工书屋" in texts(at)
    at.multiselect[0].set_value(["Region"]).run()
    assert "职工书屋" not in texts(at)


def test_every_label_has_a_name_and_colours():
    """A label added to the schema (Organization) must show in the pages: zh name, network and reader colours."""
    from app.ui.i18n import LABEL_ZH
    from app.ui.pages import network, reader
    from schema import Label

    for lab in Label:
        assert lab.value in LABEL_ZH and lab.value in network.COLORS and lab.value in reader.COLORS, lab
    assert LABEL_ZH["Organization"] == "单位"
