"""Honors: titles as written, with level, count and recipient."""
from loaders.extract.honors import find_honors


def region_name(captured):
    for suffix in ("甘肃省", "青海省", "拉萨市", "贵州省"):
        if captured.endswith(suffix):
            return suffix
    return None


def honors(text, ctx=None):
    return [(h.name, h.count) for h in find_honors(text, region_name, ctx)]


def test_distributed_qualifier_and_counts_from_the_corpus():
    got = honors("5年来，共表彰全国五一劳动奖状926个、奖章4026名、先锋号4119个，全国五一巾帼奖2200名。")
    assert got == [("全国五一劳动奖状", 926), ("全国五一劳动奖章", 4026), ("全国工人先锋号", 4119),
                   ("全国五一巾帼奖", 2200)]


def test_region_level_titles_and_bare_province_expanded():
    assert honors("表彰甘肃省劳动模范299名。") == [("甘肃省劳动模范", 299)]
    assert honors("评选省劳动模范和先进工作者217名", lambda lvl: "青海省" if lvl == "省" else None) == [
        ("青海省劳动模范和先进工作者", 217)]


def test_generic_titles_need_a_level():
    assert honors("开展工人先锋号创建活动。") == []
    assert honors("共发布50名全国“最美职工”。") == [("全国最美职工", 50)]


def test_counts_in_ten_thousands():
    assert honors("选树贵州省最美劳动者2.1万多名。") == [("贵州省最美劳动者", 21000)]
