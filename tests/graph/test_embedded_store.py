"""The embedded store: idempotent writes, and re-extraction when only the extraction changed."""
from graph.model import Evidence, Fragment, Node, Relation, fingerprint, node_id
from graph.store.embedded import EmbeddedStore
from schema import Label, Rel


def _frag(practice: str) -> Fragment:
    rid = node_id(Label.REPORT, "r1")
    report = Node(rid, Label.REPORT, "r1", (), {"seq": 1, "title": "r1", "content_hash": "same-text"})
    prac = Node(node_id(Label.PRACTICE, practice), Label.PRACTICE, practice)
    frag = Fragment(report, [prac], [Relation(rid, prac.id, Rel.MENTIONS, Evidence(rid, "句子。", 0, 2))])
    frag.report.props["fingerprint"] = fingerprint(frag)
    return frag


def test_same_fragment_twice_is_unchanged_and_file_identical(tmp_path):
    path = tmp_path / "g.json"
    assert EmbeddedStore(path).write([_frag("a")]).outcome == {"report:r1": "loaded"}
    before = path.read_bytes()
    assert EmbeddedStore(path).write([_frag("a")]).outcome == {"report:r1": "unchanged"}
    assert path.read_bytes() == before


def test_new_extraction_of_the_same_text_replaces_the_report(tmp_path):
    """A better extractor or taxonomy must reach the store even though the text is unchanged."""
    path = tmp_path / "g.json"
    EmbeddedStore(path).write([_frag("a")])
    assert EmbeddedStore(path).write([_frag("b")]).outcome == {"report:r1": "replaced"}
    names = {d["name"] for _, d in EmbeddedStore(path).graph().nodes(data=True) if d["label"] == "Practice"}
    assert names == {"b"}


def test_fingerprint_ignores_its_own_value_and_sees_every_relation():
    a, b = _frag("a"), _frag("a")
    assert a.report.props["fingerprint"] == fingerprint(b)
    b.relations[0].props["status"] = "planned"
    assert fingerprint(b) != a.report.props["fingerprint"]
