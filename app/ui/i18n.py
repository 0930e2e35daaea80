"""UI strings: Chinese by default, English with the sidebar toggle. Data stays in Chinese."""
from __future__ import annotations

import streamlit as st

from schema import Label

LANG_KEY = "lang_en"

T: dict[str, tuple[str, str]] = {
    "app_title": ("工会知识图谱", "Union knowledge graph"),
    "english": ("English", "English"),
    "store": ("数据来源", "Store"),
    "download_graph": ("下载图谱 JSON", "Download graph JSON"),
    "download_csv": ("下载 CSV", "Download CSV"),
    "no_graph": ("尚无图谱：请先运行 `ukg build`。", "No graph yet: run `ukg build` first."),
    # pages
    "p_overview": ("总览", "Overview"),
    "p_practice": ("实践探索", "Practice explorer"),
    "p_compare": ("地区比较", "Compare regions"),
    "p_peers": ("同类地区与推荐", "Peers & recommendations"),
    "p_network": ("关系网络", "Network"),
    "p_reader": ("报告阅读", "Report reader"),
    "p_search": ("搜索", "Search"),
    # overview
    "reports": ("报告", "Reports"),
    "entities": ("实体", "Entities"),
    "relations": ("关系", "Relations"),
    "practices": ("实践", "Practices"),
    "regions": ("地区", "Regions"),
    "unions": ("工会", "Unions"),
    "reports_by": ("按栏目与层级统计的报告", "Reports by section and level"),
    "counts_by_type": ("各类实体数量", "Counts by entity type"),
    "map_practices": ("各省报告所见实践数", "Practices shown by each province's reports"),
    "section": ("栏目", "Section"),
    "level": ("层级", "Level"),
    "count": ("数量", "Count"),
    "kind": ("类别", "Kind"),
    "name": ("名称", "Name"),
    # practice explorer
    "pick_practice": ("选择实践（可按名称或别名搜索）", "Pick a practice (search by name or alias)"),
    "filter": ("筛选", "Filter"),
    "regions_running": ("开展该实践的地区与工会", "Regions and unions running it"),
    "facts": ("事实", "Facts"),
    "brands": ("品牌", "Brands"),
    "quantity": ("数量", "Quantity"),
    "unit": ("单位", "Unit"),
    "evidence": ("原文证据", "Evidence sentences"),
    "open_reader": ("阅读原文", "Open in reader"),
    "diffusion": ("起源与扩散", "Origin and diffusion"),
    "role": ("角色", "Role"),
    "originated": ("首创", "originated"),
    "promoted": ("推广", "promoted"),
    "adopted": ("开展", "adopted"),
    "map_practice": ("开展该实践的省份", "Provinces running it"),
    "union": ("工会", "Union"),
    "region": ("地区", "Region"),
    "report": ("报告", "Report"),
    "status": ("状态", "Status"),
    "sentence": ("句子", "Sentence"),
    "via": ("经由", "Via"),
    # compare
    "pick_regions": ("选择两个或更多地区", "Pick two or more regions"),
    "region_level": ("地区层级", "Region level"),
    "measure": ("相似度", "Similarity measure"),
    "native": ("原始层级", "native level"),
    "province": ("省级", "province"),
    "prefecture": ("地市级", "prefecture"),
    "county": ("县级", "county"),
    "country": ("全国", "country"),
    "national": ("全国", "national"),
    "industry": ("产业", "industry"),
    "enterprise": ("企业", "enterprise"),
    "institution": ("机关事业单位", "institution"),
    "grassroots": ("基层", "grassroots"),
    "nationwide": ("全国", "nationwide"),
    "cosine_idf": ("IDF加权余弦", "IDF-weighted cosine"),
    "jaccard": ("Jaccard", "Jaccard"),
    "shared": ("共同实践数", "shared count"),
    "shared_practices": ("共同实践", "Shared practices"),
    "distinct_practices": ("独有实践", "Distinct practices"),
    "similarity": ("相似度", "Similarity"),
    "why_similar": ("相似的原因（各共同实践的贡献）", "Why similar (each shared practice's contribution)"),
    "weight": ("贡献", "Weight"),
    "region_a": ("地区A", "Region A"),
    "region_b": ("地区B", "Region B"),
    "practice_a": ("实践A", "Practice A"),
    "practice_b": ("实践B", "Practice B"),
    "source": ("起点", "Source"),
    "target": ("终点", "Target"),
    "id": ("ID", "ID"),
    "heatmap": ("地区相似度热力图", "Region similarity heat map"),
    "communities": ("地区社群（Louvain）", "Communities of regions (Louvain)"),
    "community": ("社群", "Community"),
    "cooccurrence": ("实践共现", "Practice co-occurrence"),
    "together": ("共同出现", "Together"),
    "lift": ("提升度", "Lift"),
    "basket": ("统计单位", "Counted over"),
    "pick_two": ("请至少选择两个地区。", "Pick at least two regions."),
    "no_shared": ("没有共同实践。", "No shared practices."),
    # peers
    "pick_region": ("选择地区", "Pick a region"),
    "peers_k": ("同类地区数", "Number of peers"),
    "peers": ("最相似的地区", "Most comparable regions"),
    "recommend": ("同类地区开展而本地区尚未开展的实践", "Practices peers run that this region does not"),
    "score": ("得分", "Score"),
    "score_doc": ("得分 = 开展该实践的同类地区与本地区相似度之和。",
                  "Score = sum of the similarities of the peers that run the practice."),
    "run_here": ("本地区已开展的实践", "Practices this region runs"),
    "no_peers": ("没有与之共享实践的地区。", "No region shares a practice with it."),
    # network
    "pick_entity": ("选择实体", "Pick an entity"),
    "depth": ("深度", "Depth"),
    "types": ("实体类型", "Entity types"),
    "nodes": ("节点", "Nodes"),
    "edges": ("边", "Edges"),
    "too_many": ("节点过多，仅显示前 {n} 个。", "Too many nodes; showing the first {n}."),
    # reader
    "pick_report": ("选择报告", "Pick a report"),
    "no_text": ("无法获取该报告全文，以下为其证据句。", "The report's text is unavailable; its evidence sentences follow."),
    "entities_in_report": ("报告中的实体", "Entities in this report"),
    "issuer": ("发布工会", "Issued by"),
    "relations_col": ("关系", "Relations"),
    # search
    "search_box": ("搜索所有实体", "Search all entities"),
    "results": ("结果", "Results"),
    "label": ("类型", "Type"),
    "nothing": ("无结果。", "Nothing found."),
    "open": ("打开", "Open"),
}


def en() -> bool:
    return bool(st.session_state.get(LANG_KEY, False))


def t(key: str, **fmt: object) -> str:
    """The UI string for ``key`` in the current language (the key itself if unknown)."""
    pair = T.get(key)
    s = key if pair is None else pair[1 if en() else 0]
    return s.format(**fmt) if fmt else s


LABEL_ZH: dict[str, str] = {
    Label.REPORT: "报告", Label.UNION: "工会", Label.REGION: "地区", Label.PRACTICE: "实践",
    Label.BRAND: "品牌", Label.PERSON: "人物", Label.HONOR: "荣誉", Label.ORGANIZATION: "单位",
}


def label_name(label: str) -> str:
    return label if en() else LABEL_ZH.get(label, label)
