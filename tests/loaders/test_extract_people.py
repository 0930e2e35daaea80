"""People: context-anchored names; ordinary words and formula names are not people."""
from loaders.extract.people import find_people, is_name


def names(text):
    return [p.name for p in find_people(text)]


def test_officials_and_quoted_workers_from_the_corpus():
    assert names("贵州省总工会党组书记、副主席向忠雄表示，全省各级工会将高标准履行工会使命。") == ["向忠雄"]
    assert names("“午休喝水热饭很方便。”环卫工人刘爱琴说。") == ["刘爱琴"]
    assert names("省总工会党组书记刘扬表示，湖南工会五年来成绩显著。") == ["刘扬"]


def test_lists_share_their_anchor():
    got = names("推荐评选韩木海买、韩玉龙、冶则乃拜、马青云等优秀拉面从业人员获得全国劳动模范。")
    assert got == ["韩木海买", "韩玉龙", "冶则乃拜", "马青云"]
    assert names("“全国五一劳动奖章”获得者周敬余和吴树清等先进典型") == ["周敬余", "吴树清"]


def test_junk_words_are_not_people():
    for w in ("权益", "文化宫", "幸福感", "智慧", "董事", "宣讲团"):
        assert not is_name(w), w
    assert names("切实维护职工权益，职工文化宫免费开放，劳模和工匠表示感谢。") == []


def test_names_inside_political_formulas_are_not_people():
    assert names("坚持以习近平新时代中国特色社会主义思想为指导，在以习近平同志为核心的党中央领导下。") == []
