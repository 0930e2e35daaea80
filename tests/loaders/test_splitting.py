from loaders.splitting import split_compilation
from schema import Section


def test_corpus_splits_into_34_reports_in_toc_order(corpus_text):
    result = split_compilation(corpus_text)
    assert result.problems == []
    assert len(result.reports) == 34
    assert [r.seq for r in result.reports] == list(range(1, 35))
    assert result.compilation_title.startswith("2023年工会工作总结")


def test_titles_and_sections(corpus_text):
    reports = split_compilation(corpus_text).reports
    by_seq = {r.seq: r for r in reports}
    assert by_seq[1].title == "中国工会第十七次全国代表大会以来工作综述"
    # the TOC entry is cut short with "…"; the body title is the full one
    assert by_seq[18].title == "淮北市总工会着力打造新时代“五型工会”"
    # the TOC numbers this entry "24："; the title does not carry the number
    assert by_seq[24].title == "来宾市工会亮点工作扫描"
    assert by_seq[34].title == "以党建引领工会创新，激发企业职工群众的创造活力"
    sections = {r.seq: r.section for r in reports}
    assert sections[28] == Section.LEVELS.value
    assert sections[29] == sections[30] == Section.UNITS.value
    assert sections[31] == sections[34] == Section.ENTERPRISES.value


def test_reports_tile_the_body_without_overlap(corpus_text):
    reports = split_compilation(corpus_text).reports
    for a, b in zip(reports, reports[1:]):
        assert a.source_start + len(a.text) == b.source_start
        assert corpus_text[a.source_start : a.source_start + len(a.text)] == a.text
        assert a.text.splitlines()[0].strip() == a.title.replace("\u3000", "")


def test_file_without_toc_is_one_report():
    text = "某市总工会2023年工作总结\n\n　　今年以来，市总工会建成职工书屋10家。\n"
    result = split_compilation(text)
    assert len(result.reports) == 1
    assert result.reports[0].title == "某市总工会2023年工作总结"
    assert result.reports[0].seq == 1


def test_toc_entry_missing_from_body_is_reported():
    text = (
        "汇编\n\n目　录\n\n一、各级工会\n\n甲市工会工作综述　　1\n\n乙市工会工作综述　　3\n\n"
        "甲市工会工作综述\n\n　　甲市总工会建成职工书屋。\n"
    )
    result = split_compilation(text)
    assert [r.title for r in result.reports] == ["甲市工会工作综述"]
    assert len(result.problems) == 1 and "乙市工会工作综述" in result.problems[0]


def test_empty_text_has_a_problem_not_an_exception():
    result = split_compilation("  \n\n")
    assert result.reports == [] and result.problems
