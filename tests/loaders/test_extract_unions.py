"""Unions: full and short forms resolved in the report's context; enterprise and sector unions."""
import pytest

from loaders.extract.gazetteer import load_gazetteer
from loaders.extract.unions import UnionFinder


@pytest.fixture(scope="module")
def finder():
    return UnionFinder(load_gazetteer())


def names(finder, text, ctx=None):
    gaz = load_gazetteer()
    return [u.node.name for u in finder.find(text, gaz.resolve(ctx) if ctx else None)]


def test_generic_forms_resolve_in_context(finder):
    assert names(finder, "在省委和全总的坚强领导下，省总工会深入开展调研。", "甘肃省") == ["中华全国总工会", "甘肃省总工会"]
    assert names(finder, "市总工会牵头出台系列文件。", "曲靖市") == ["曲靖市总工会"]


def test_no_placeholder_region_union(finder):
    assert all(n != "县总工会" for n in names(finder, "各市州县总工会积极行动。", "青海省"))


def test_enterprise_and_sector_unions_in_text(finder):
    got = names(finder, "衡阳市货运司机曾华给衡阳市道路货物运输行业工会联合会送来锦旗。湖南机场集团工会以劳动竞赛为抓手。", "湖南省")
    assert "衡阳市道路货物运输行业工会联合会" in got and "湖南机场集团工会" in got
    assert names(finder, "省交通物流行业工会联合会相关负责人介绍说。", "青海省") == ["青海省交通物流行业工会联合会"]


def test_industrial_unions(finder):
    assert names(finder, "中国国防邮电工会和快递业各级工会全力打造") == ["中国国防邮电工会"]


def test_list_sharing_one_union_tail():
    """铁路、民航、金融工会 / 河北、山东两省工会 / A县、B县总工会: every item is a union."""
    from loaders.extract.gazetteer import load_gazetteer
    from loaders.extract.unions import UnionFinder

    uf = UnionFinder(load_gazetteer())
    names = lambda t: [u.node.name for u in uf.find(t)]
    assert {"中国铁路工会", "中国民航工会", "中国金融工会"} <= set(names("来自各地工会和铁路、民航、金融工会的代表"))
    assert {"河北省总工会", "山东省总工会"} <= set(names("五年来，河北、山东两省工会累计投入资金"))
    got = names("市总工会和印江自治县、石阡县、思南县总工会服务中心")
    assert {"印江土家族苗族自治县总工会", "石阡县总工会", "思南县总工会"} <= set(got)
    # an item that is neither a place nor an industry stops the list
    assert "中国金融工会" not in names("帮扶、救助、金融工会")
