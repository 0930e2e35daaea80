"""A small graph touching every label, relation type and property, for the
linked-data and open-format tests (built through the model's public API)."""
from __future__ import annotations

import networkx as nx

from graph.model import Evidence, Fragment, Node, Relation, build_graph, node_id
from schema import Label, Rel

TEXT = "甘肃省总工会在全省推广“职工书屋”建设，建成职工书屋500家；张三荣获全国五一劳动奖章。金川集团荣获全国五一劳动奖状。"


def sample_graph() -> nx.MultiDiGraph:
    rep = Node(node_id(Label.REPORT, "甘肃省工会工作综述"), Label.REPORT, "甘肃省工会工作综述",
               props={"seq": 2, "title": "甘肃省工会第十二次代表大会以来工作综述", "section": "各级工会",
                      "source": "2023_union_work_reports.txt", "content_hash": "ab12cd34"})
    cn = Node(node_id(Label.REGION, "100000"), Label.REGION, "中国", props={"adcode": "100000", "level": "country"})
    gs = Node(node_id(Label.REGION, "620000"), Label.REGION, "甘肃省", ("甘肃",),
              props={"adcode": "620000", "level": "province", "lng": 103.82, "lat": 36.06})
    acftu = Node(node_id(Label.UNION, "中华全国总工会"), Label.UNION, "中华全国总工会", ("全总",), props={"level": "national"})
    gsu = Node(node_id(Label.UNION, "甘肃省总工会"), Label.UNION, "甘肃省总工会", ("甘肃省工会",), props={"level": "province"})
    pr = Node(node_id(Label.PRACTICE, "worker_reading_room"), Label.PRACTICE, "职工书屋", ("书屋",),
              props={"category": "culture", "name_en": "Worker reading room", "definition": "为职工提供阅读的场所"})
    br = Node(node_id(Label.BRAND, "陇原书香"), Label.BRAND, "陇原书香")
    pe = Node(node_id(Label.PERSON, "张三"), Label.PERSON, "张三")
    ho = Node(node_id(Label.HONOR, "全国五一劳动奖章"), Label.HONOR, "全国五一劳动奖章", props={"level": "national"})
    og = Node(node_id(Label.ORGANIZATION, "金川集团"), Label.ORGANIZATION, "金川集团")
    hs = Node(node_id(Label.HONOR, "全国五一劳动奖状"), Label.HONOR, "全国五一劳动奖状", props={"level": "national"})

    def ev(s: int, e: int) -> Evidence:
        return Evidence(rep.id, TEXT, s, e)

    rels = [
        Relation(rep.id, gsu.id, Rel.ISSUED_BY, ev(0, 6)),
        Relation(gsu.id, gs.id, Rel.LOCATED_IN, ev(0, 6)),
        Relation(gs.id, cn.id, Rel.PART_OF),
        Relation(gsu.id, acftu.id, Rel.PART_OF),
        Relation(gsu.id, pr.id, Rel.RUNS, ev(7, 20), {"status": "done", "value": 500, "unit": "家"}),
        Relation(gsu.id, pr.id, Rel.RUNS, ev(21, 30), {"status": "planned"}),  # parallel edge
        Relation(gsu.id, br.id, Rel.RUNS, ev(7, 20)),
        Relation(br.id, pr.id, Rel.INSTANCE_OF, ev(7, 20)),
        Relation(pe.id, ho.id, Rel.RECEIVED, ev(31, 45)),
        Relation(gsu.id, ho.id, Rel.RECEIVED, ev(31, 45)),
        Relation(og.id, hs.id, Rel.RECEIVED, ev(44, 58)),
        Relation(pe.id, gsu.id, Rel.AFFILIATED_WITH, ev(31, 45)),
        Relation(gsu.id, pr.id, Rel.ORIGINATED, ev(7, 20)),
        Relation(acftu.id, pr.id, Rel.PROMOTED, ev(7, 20)),
    ]
    rels += [Relation(rep.id, n.id, Rel.MENTIONS, ev(0, 6)) for n in (gs, gsu, pr, br, pe, ho, acftu, og, hs)]
    frag = Fragment(rep, [cn, gs, acftu, gsu, pr, br, pe, ho, og, hs], rels)
    return build_graph([frag])


def counts(g: nx.MultiDiGraph) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes per label and relations per type."""
    nodes: dict[str, int] = {}
    for _, d in g.nodes(data=True):
        nodes[d["label"]] = nodes.get(d["label"], 0) + 1
    edges: dict[str, int] = {}
    for *_, d in g.edges(data=True):
        edges[d["type"]] = edges.get(d["type"], 0) + 1
    return nodes, edges
