"""A small hand-made graph in the shape the loaders produce, for app and analytics tests.

Built as report fragments (graph.model), so it can go through a store's
``write`` exactly like extracted reports.  Texts are short invented reports;
every relation's evidence is a real sentence of its report's text with the
sentence's offsets.
"""
from __future__ import annotations

import networkx as nx

from graph.model import Evidence, Fragment, Node, Relation, build_graph, node_id
from schema import Label, Rel

R = Label.REGION
P = Label.PRACTICE

REGIONS = {
    # adcode: (name, level, parent adcode, lng, lat)
    "340000": ("安徽省", "province", None, 117.28, 31.86),
    "340600": ("淮北市", "prefecture", "340000", 116.79, 33.96),
    "520000": ("贵州省", "province", None, 106.71, 26.58),
    "520300": ("遵义市", "prefecture", "520000", 106.93, 27.73),
    "520600": ("铜仁市", "prefecture", "520000", 109.19, 27.72),
    "620000": ("甘肃省", "province", None, 103.82, 36.06),
    "620800": ("平凉市", "prefecture", "620000", 106.68, 35.54),
    "410000": ("河南省", "province", None, 113.67, 34.76),
    "411000": ("许昌市", "prefecture", "410000", 113.83, 34.03),
}
PRACTICES = {
    "会站家一体化建设": ("会站家一体化",),
    "职工书屋": (),
    "户外劳动者服务站点": ("爱心驿站",),
    "劳模工匠创新工作室": (),
    "职工之家": (),
    "困难职工帮扶": (),
}

# report key: (seq, title, section, union name, union level, region adcode, [(sentence, relations)])
# a relation: (type, target kind, target name, props)
REPORTS = [
    (1, "淮北市总工会着力打造新时代“五型工会”", "各级工会", "淮北市总工会", "prefecture", "340600", [
        ("淮北市总工会推进会站家一体化建设，建成会站家一体化阵地96家。",
         [("RUNS", "practice", "会站家一体化建设", {"value": 96, "unit": "家", "status": "done"})]),
        ("全市建成职工书屋120家。", [("RUNS", "practice", "职工书屋", {"status": "done"})]),
        ("打造“一瓶水•传递爱”品牌，建成户外劳动者服务站点50个。",
         [("RUNS", "brand", "一瓶水•传递爱", {}), ("RUNS", "practice", "户外劳动者服务站点", {"value": 50, "unit": "个"})]),
    ]),
    (2, "遵义市工会五年工作综述", "各级工会", "遵义市总工会", "prefecture", "520300", [
        ("遵义市总工会率先开展会站家一体化建设。",
         [("ORIGINATED", "practice", "会站家一体化建设", {}), ("RUNS", "practice", "会站家一体化建设", {})]),
        ("建成劳模工匠创新工作室30个。", [("RUNS", "practice", "劳模工匠创新工作室", {"value": 30, "unit": "个"})]),
        ("全市职工书屋覆盖率持续提升。", [("RUNS", "practice", "职工书屋", {})]),
    ]),
    (3, "铜仁市工会五年工作综述", "各级工会", "铜仁市总工会", "prefecture", "520600", [
        ("铜仁市总工会深化会站家一体化建设。", [("RUNS", "practice", "会站家一体化建设", {})]),
        ("建设劳模工匠创新工作室。", [("RUNS", "practice", "劳模工匠创新工作室", {})]),
        ("开展困难职工帮扶。", [("RUNS", "practice", "困难职工帮扶", {})]),
    ]),
    (4, "平凉市总工会奋力开创新局面", "各级工会", "平凉市总工会", "prefecture", "620800", [
        ("平凉市总工会建成职工之家200个。", [("RUNS", "practice", "职工之家", {"value": 200, "unit": "个"})]),
        ("开展困难职工帮扶。", [("RUNS", "practice", "困难职工帮扶", {})]),
    ]),
    (5, "许昌市工会六次代表大会以来工作综述", "各级工会", "许昌市总工会", "prefecture", "411000", [
        ("许昌市总工会建成职工之家150个。", [("RUNS", "practice", "职工之家", {})]),
        ("推进困难职工帮扶。", [("RUNS", "practice", "困难职工帮扶", {})]),
        ("将建设职工书屋。", [("RUNS", "practice", "职工书屋", {"status": "planned"})]),
    ]),
    (6, "贵州省工会做优“工”字品牌", "各级工会", "贵州省总工会", "province", "520000", [
        ("贵州省总工会在全省推广会站家一体化建设。",
         [("PROMOTED", "practice", "会站家一体化建设", {}), ("RUNS", "practice", "会站家一体化建设", {})]),
    ]),
]


def _region_nodes() -> dict[str, Node]:
    out = {}
    for code, (name, level, _parent, lng, lat) in REGIONS.items():
        out[code] = Node(node_id(R, code), R, name, props={"adcode": code, "level": level, "lng": lng, "lat": lat})
    return out


def fragments() -> list[Fragment]:
    """One fragment per report, each self-contained (it carries every node it links)."""
    regions = _region_nodes()
    frags = []
    for seq, title, section, uname, ulevel, code, sentences in REPORTS:
        text = "\n".join(s for s, _ in sentences)
        rep = Node(node_id(Label.REPORT, f"2023-{seq:02d}"), Label.REPORT, title,
                   props={"seq": seq, "title": title, "section": section, "text": text,
                          "content_hash": f"h{seq}"})
        union = Node(node_id(Label.UNION, uname), Label.UNION, uname, props={"level": ulevel})
        nodes = {union.id: union}
        rels = [Relation(rep.id, union.id, Rel.ISSUED_BY)]
        # the union's region and its ancestors
        cur = code
        rels.append(Relation(union.id, regions[code].id, Rel.LOCATED_IN))
        while cur is not None:
            nodes[regions[cur].id] = regions[cur]
            parent = REGIONS[cur][2]
            if parent is not None:
                rels.append(Relation(regions[cur].id, regions[parent].id, Rel.PART_OF))
            cur = parent
        pos = 0
        for sent, facts in sentences:
            start = text.index(sent, pos)
            end = start + len(sent)
            pos = end
            ev = Evidence(rep.id, sent, start, end)
            for rtype, kind, name, props in facts:
                if kind == "practice":
                    tgt = Node(node_id(P, name), P, name, aliases=PRACTICES[name])
                else:
                    tgt = Node(node_id(Label.BRAND, name), Label.BRAND, name)
                    prac = Node(node_id(P, "户外劳动者服务站点"), P, "户外劳动者服务站点",
                                aliases=PRACTICES["户外劳动者服务站点"])
                    nodes[prac.id] = prac
                    rels.append(Relation(tgt.id, prac.id, Rel.INSTANCE_OF, ev))
                nodes[tgt.id] = tgt
                rels.append(Relation(union.id, tgt.id, Rel(rtype), ev, dict(props)))
                rels.append(Relation(rep.id, tgt.id, Rel.MENTIONS, ev))
            rels.append(Relation(rep.id, union.id, Rel.MENTIONS, ev))
        frags.append(Fragment(rep, list(nodes.values()), rels))
    return frags


def sample_graph() -> nx.MultiDiGraph:
    return build_graph(fragments())
