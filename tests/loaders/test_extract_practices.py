"""Practices: variant forms resolve to one practice; short aliases never fire inside other words."""
from loaders.extract.practices import default_matcher, quantity_near


def ids(text):
    return [m.practice for m in default_matcher().find(text)]


def test_variant_forms_of_hui_zhan_jia():
    for t in ("推进“会站家”建设", "快递业“会、站、家”一体化建设品牌示范工程", "开展会站家一体化建设"):
        assert ids(t).count("hui_zhan_jia") == 1, t


def test_short_alias_inside_an_unrelated_word_does_not_fire():
    assert "industrial_worker_reform" not in ids("加强国有资产改革和管理")
    assert "industrial_worker_reform" in ids("深化产改工作")


def test_quantity_tied_to_a_practice():
    text = "建成市级以上劳模创新工作室96家，命名100家市级职工书屋。"
    found = {m.practice: quantity_near(text, m.start, m.end) for m in default_matcher().find(text)}
    assert found["innovation_studio"] == (96, "家")
    assert found["worker_reading_room"] == (100, "家")


def test_list_counts_do_not_leak_to_the_next_item():
    text = "产生创新型班组2010个、示范性劳模创新工作室7个"
    m = [m for m in default_matcher().find(text) if m.practice == "innovation_studio"][0]
    assert quantity_near(text, m.start, m.end) == (7, "个")
