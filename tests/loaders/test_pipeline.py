"""The pipeline on the bundled corpus: every report, its issuer and every entity type."""
from collections import Counter

from loaders.pipeline import process_text, report_id
from schema import Label, Rel


def test_every_report_becomes_a_fragment(corpus_result, corpus_text):
    from loaders.splitting import split_compilation

    assert corpus_result.problems == []
    assert len(corpus_result.fragments) == 34
    assert len({f.report_id for f in corpus_result.fragments}) == 34
    titles = [r.title for r in split_compilation(corpus_text).reports]
    assert [f.report.name for f in corpus_result.fragments] == titles


def test_issuer_and_region_for_reports_that_name_one(corpus_result):
    issuers = {}
    for f in corpus_result.fragments:
        names = {n.id: n for n in f.nodes}
        issued = [r for r in f.relations if r.type is Rel.ISSUED_BY]
        if issued:
            union = names[issued[0].target]
            region = [r.target for r in f.relations if r.type is Rel.LOCATED_IN and r.source == union.id]
            issuers[f.report.props["seq"]] = (union.name, names[region[0]].name if region else None)
    assert issuers[1] == ("中华全国总工会", None)
    assert issuers[2] == ("甘肃省总工会", "甘肃省")
    assert issuers[11][0] == "新疆生产建设兵团工会"
    assert issuers[18] == ("淮北市总工会", "淮北市")
    assert issuers[27] == ("滨海新区总工会", "滨海新区")
    assert issuers[29] == ("昌吉州教育工会", "昌吉回族自治州")
    assert issuers[30] == ("讷河市财政局工会", "讷河市")
    # every local report (各级工会 / 单位工会) names its issuer with a region
    for seq in range(2, 31):
        assert seq in issuers and issuers[seq][1], seq


def test_every_label_is_present(corpus_graph):
    labels = Counter(d["label"] for _, d in corpus_graph.nodes(data=True))
    for lab in Label:
        assert labels[lab.value] > 0, lab


def test_every_relation_from_a_report_has_evidence_inside_its_report(corpus_result):
    for f in corpus_result.fragments:
        for r in f.relations:
            if r.evidence is None:
                continue
            ev = r.evidence
            assert ev.report == f.report_id
            assert 0 <= ev.start <= ev.end
            assert ev.sentence


def test_generic_union_names_resolve_per_report():
    text = (
        "汇编\n\n目　录\n\n一、各级工会\n\n1：淮北市工会工作综述　　1\n\n遵义市工会工作综述　　2\n\n"
        "淮北市工会工作综述\n\n　　市总工会建成职工书屋10家。\n\n"
        "遵义市工会工作综述\n\n　　市总工会建成职工书屋20家。\n"
    )
    result = process_text(text, "t.txt")
    runs = {}
    for f in result.fragments:
        names = {n.id: n.name for n in f.nodes}
        for r in f.relations:
            if r.type is Rel.RUNS:
                runs[f.report.name] = (names[r.source], r.props.get("value"))
    assert runs == {"淮北市工会工作综述": ("淮北市总工会", 10), "遵义市工会工作综述": ("遵义市总工会", 20)}


def test_report_ids_are_by_normalized_title():
    assert report_id("某市　工会 综述") == report_id("某市工会综述")
