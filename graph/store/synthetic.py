"""Synthetic report fragments for store tests and benchmarks.

Shaped like the extraction output (regions with a PART_OF tree, unions located
in them, practices, brands, people, honors, MENTIONS from each report, evidence
on every stated relation) and deliberately awkward for a store: entities shared
between reports with conflicting or empty properties, aliases that equal a
name, props that are None, relations without evidence.  Deterministic per seed.
"""
from __future__ import annotations

import random

import networkx as nx

from graph.model import Evidence, Fragment, Node, Relation, fingerprint, node_id
from schema import Label, Rel, RegionLevel, Status, UnionLevel

_PROVINCES = ["北京", "上海", "浙江", "广东", "四川", "湖北", "山东", "河南"]
_PRACTICES = ["职工之家", "劳模创新工作室", "困难职工帮扶", "工会驿站", "集体协商", "职工书屋", "法律援助", "心理关爱"]


def stamped(frag: Fragment) -> Fragment:
    """Give a fragment its fingerprint, as the load pipeline does."""
    frag.report.props["fingerprint"] = fingerprint(frag)
    return frag


def _region_nodes(rng: random.Random, n_prov: int, n_pref: int) -> tuple[list[Node], list[Relation]]:
    country = Node(node_id(Label.REGION, "100000"), Label.REGION, "中国", (), {"adcode": "100000", "level": RegionLevel.COUNTRY.value})
    nodes, rels = [country], []
    for p in range(n_prov):
        pname = _PROVINCES[p % len(_PROVINCES)] + ("" if p < len(_PROVINCES) else str(p))
        pid = node_id(Label.REGION, f"{p + 11:02d}0000")
        nodes.append(
            Node(pid, Label.REGION, pname + "省", (pname, pname + "省"), {"adcode": f"{p + 11:02d}0000", "level": RegionLevel.PROVINCE.value, "lng": 100.0 + p, "lat": 30.5})
        )
        rels.append(Relation(pid, country.id, Rel.PART_OF))
        for c in range(n_pref):
            cid = node_id(Label.REGION, f"{p + 11:02d}{c + 1:02d}00")
            nodes.append(Node(cid, Label.REGION, f"{pname}第{c + 1}市", (), {"adcode": f"{p + 11:02d}{c + 1:02d}00", "level": RegionLevel.PREFECTURE.value}))
            rels.append(Relation(cid, pid, Rel.PART_OF))
    return nodes, rels


def make_fragments(n_reports: int = 12, seed: int = 0, entities_per_report: int = 12) -> list[Fragment]:
    """``n_reports`` fragments over a shared pool of entities (about 10 + 6*entities nodes and rels each)."""
    rng = random.Random(seed)
    n_prov = max(2, min(30, n_reports // 4 + 2))
    regions, region_rels = _region_nodes(rng, n_prov, 4)
    leaf_regions = [r for r in regions if r.props.get("level") == RegionLevel.PREFECTURE.value]
    n_unions = max(4, n_reports * 2)
    unions = []
    for i in range(n_unions):
        reg = leaf_regions[i % len(leaf_regions)]
        level = rng.choice([UnionLevel.PREFECTURE.value, UnionLevel.ENTERPRISE.value, "", None])
        unions.append((Node(node_id(Label.UNION, f"u{i}"), Label.UNION, f"{reg.name}第{i}工会", (f"U{i}", f"{reg.name}第{i}工会"), {"level": level}), reg))
    practices = [
        Node(node_id(Label.PRACTICE, f"p{i}"), Label.PRACTICE, name, (name + "建设",), {"category": rng.choice(["服务", "维权", ""]), "name_en": None})
        for i, name in enumerate(_PRACTICES)
    ]
    n_brands = max(3, n_reports)
    brands = [Node(node_id(Label.BRAND, f"b{i}"), Label.BRAND, f"“品牌{i}”", (f"品牌{i}",), {}) for i in range(n_brands)]
    brand_practice = {b.id: rng.sample(practices, rng.choice([1, 1, 2])) for b in brands}
    honors = [Node(node_id(Label.HONOR, f"h{i}"), Label.HONOR, f"全国五一劳动奖状{i}", (), {"level": "national"}) for i in range(5)]

    frags = []
    for r in range(n_reports):
        rid = node_id(Label.REPORT, f"r{r:04d}")
        issuer, issuer_region = unions[r % n_unions]
        report = Node(rid, Label.REPORT, f"{issuer.name}工作报告{r}", (), {"seq": r + 1, "title": f"{issuer.name}工作报告{r}", "section": "各级工会", "source": "synthetic.txt", "content_hash": f"h{seed}-{r}"})
        nodes: dict[str, Node] = {}
        rels: list[Relation] = []
        pos = 0

        def ev(sentence: str) -> Evidence:
            nonlocal pos
            pos += len(sentence) + 1
            return Evidence(rid, sentence, pos - len(sentence) - 1, pos - 1)

        def add(n: Node, variant: bool = True) -> None:
            if variant and rng.random() < 0.3:  # this report spells it differently / knows less
                props = {k: (rng.choice(["", None, v]) if isinstance(v, str) else v) for k, v in n.props.items()}
                n = Node(n.id, n.label, n.name, tuple(rng.sample(n.aliases, len(n.aliases) // 2)) + (f"别名{rng.randint(0, 3)}",), props)
            nodes.setdefault(n.id, n)

        add(issuer)
        rels.append(Relation(rid, issuer.id, Rel.ISSUED_BY))
        parent = {rel.source: rel.target for rel in region_rels}
        by_id = {x.id: x for x in regions}
        chain = [issuer_region]
        while chain[-1].id in parent:
            chain.append(by_id[parent[chain[-1].id]])
        for reg in chain:
            add(reg, variant=False)
        for rel in region_rels:
            if rel.source in {c.id for c in chain}:
                rels.append(rel)
        rels.append(Relation(issuer.id, issuer_region.id, Rel.LOCATED_IN, ev(f"{issuer.name}位于{issuer_region.name}。")))
        for _ in range(entities_per_report):
            kind = rng.random()
            u, ureg = rng.choice(unions)
            add(u)
            add(ureg, variant=False)
            rels.append(Relation(u.id, ureg.id, Rel.LOCATED_IN))
            if kind < 0.4:
                p = rng.choice(practices)
                add(p)
                status = rng.choice([Status.DONE.value, Status.PLANNED.value, None])
                rels.append(Relation(u.id, p.id, Rel.RUNS, ev(f"{u.name}开展{p.name}。"), {"status": status} if status else {}))
            elif kind < 0.75:
                b = rng.choice(brands)
                add(b)
                rels.append(Relation(u.id, b.id, Rel.RUNS, ev(f"{u.name}打造{b.name}品牌。"), {"status": Status.DONE.value}))
                for p in brand_practice[b.id]:
                    add(p)
                    rels.append(Relation(b.id, p.id, Rel.INSTANCE_OF, ev(f"{b.name}是{p.name}的品牌。")))
                if rng.random() < 0.2:
                    rels.append(Relation(u.id, b.id, Rel.ORIGINATED, ev(f"{u.name}首创{b.name}。")))
            elif kind < 0.9:
                h = rng.choice(honors)
                add(h)
                rels.append(Relation(u.id, h.id, Rel.RECEIVED, ev(f"{u.name}荣获{h.name}。")))
            else:
                pid = node_id(Label.PERSON, f"{u.id}-劳模")
                person = Node(pid, Label.PERSON, f"张{rng.randint(0, 9)}", (), {})
                h = rng.choice(honors)
                add(person)
                add(h)
                rels.append(Relation(pid, u.id, Rel.AFFILIATED_WITH, ev(f"{person.name}是{u.name}职工。")))
                rels.append(Relation(pid, h.id, Rel.RECEIVED, ev(f"{person.name}荣获{h.name}。")))
        for n in nodes.values():
            rels.append(Relation(rid, n.id, Rel.MENTIONS, Evidence(rid, n.name, 0, len(n.name))))
        frags.append(stamped(Fragment(report, list(nodes.values()), rels)))
    return frags


def edited(frag: Fragment, seed: int = 1) -> Fragment:
    """The same report re-extracted differently: some relations dropped, a new practice, a new hash."""
    rng = random.Random(seed)
    keep = [r for r in frag.relations if r.type is Rel.MENTIONS or rng.random() < 0.6]
    new_p = Node(node_id(Label.PRACTICE, f"new-{frag.report_id}"), Label.PRACTICE, "新做法" + frag.report_id[-4:], ("新做法",), {"category": "服务"})
    issuer = next(r.target for r in frag.relations if r.type is Rel.ISSUED_BY)
    used = {r.source for r in keep} | {r.target for r in keep}
    nodes = [n for n in frag.nodes if n.id in used] + [new_p]
    keep += [
        Relation(issuer, new_p.id, Rel.RUNS, Evidence(frag.report_id, "新做法。", 900, 904), {"status": Status.PLANNED.value}),
        Relation(frag.report_id, new_p.id, Rel.MENTIONS, Evidence(frag.report_id, "新做法", 900, 903)),
    ]
    props = dict(frag.report.props, content_hash=str(frag.report.props.get("content_hash")) + "-edited")
    report = Node(frag.report.id, frag.report.label, frag.report.name, frag.report.aliases, props)
    return stamped(Fragment(report, nodes, keep))


def comparable(g: nx.MultiDiGraph) -> tuple[dict, dict]:
    """A graph as plain dicts, for equality between stores.

    Neo4j has no null properties, so attributes whose value is None are left out
    on both sides; everything else (ids, labels, names, sorted aliases, props,
    relation keys, types, evidence) must match exactly.
    """
    nodes = {n: {k: v for k, v in d.items() if v is not None} for n, d in g.nodes(data=True)}
    edges = {(u, v, k): {a: x for a, x in d.items() if x is not None} for u, v, k, d in g.edges(keys=True, data=True)}
    return nodes, edges
