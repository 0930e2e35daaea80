from graph.model import Evidence, Fragment, Node, Relation, build_graph, node_id, replace_report
from schema import Label, Rel


def _frag(title: str, practice: str, region: str = "340600") -> Fragment:
    rid = node_id(Label.REPORT, title)
    report = Node(rid, Label.REPORT, title, (), {"seq": 1, "title": title})
    union = Node(node_id(Label.UNION, "淮北市总工会"), Label.UNION, "淮北市总工会", ("淮北总工会",))
    reg = Node(node_id(Label.REGION, region), Label.REGION, "淮北市", (), {"adcode": region, "level": "prefecture"})
    prac = Node(node_id(Label.PRACTICE, practice), Label.PRACTICE, practice)
    ev = Evidence(rid, "市总工会建成职工书屋。", 0, 4)
    rels = [
        Relation(rid, union.id, Rel.ISSUED_BY, ev),
        Relation(union.id, reg.id, Rel.LOCATED_IN),
        Relation(union.id, prac.id, Rel.RUNS, ev),
        Relation(rid, prac.id, Rel.MENTIONS, ev),
        Relation(rid, union.id, Rel.MENTIONS, ev),
    ]
    return Fragment(report, [union, reg, prac], rels)


def test_building_twice_is_idempotent():
    f = _frag("r1", "reading_room")
    g1 = build_graph([f])
    g2 = build_graph([f, f])
    assert sorted(g1.nodes(data=True)) == sorted(g2.nodes(data=True))
    assert sorted(g1.edges(keys=True)) == sorted(g2.edges(keys=True))


def test_the_same_entity_from_two_reports_is_one_node():
    g = build_graph([_frag("r1", "a"), _frag("r2", "b")])
    assert sum(1 for _, d in g.nodes(data=True) if d["label"] == "Union") == 1
    assert g.nodes[node_id(Label.UNION, "淮北市总工会")]["aliases"] == ["淮北总工会"]


def test_replacing_a_report_removes_what_only_it_supported():
    g = build_graph([_frag("r1", "a"), _frag("r2", "b")])
    replace_report(g, _frag("r1", "c"))
    practices = {d["name"] for _, d in g.nodes(data=True) if d["label"] == "Practice"}
    assert practices == {"b", "c"}
    assert node_id(Label.REPORT, "r2") in g  # the other report is untouched
