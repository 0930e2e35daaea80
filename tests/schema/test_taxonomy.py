"""Pins the practice taxonomy: size, fields, validation, must-have practices."""
from __future__ import annotations

import re

import pytest

from schema.taxonomy import (
    Category,
    PracticeDef,
    Taxonomy,
    TaxonomyError,
    load_taxonomy,
    parse_taxonomy,
    taxonomy_text,
)


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return load_taxonomy()


def test_size(tax: Taxonomy) -> None:
    assert len(tax) >= 100
    assert len(tax.categories) >= 5


def test_core_categories(tax: Taxonomy) -> None:
    ids = {c.id for c in tax.categories}
    assert {"ideology", "contribution", "rights", "organization", "self_building"} <= ids
    zh = {c.zh for c in tax.categories}
    assert {"思想引领", "建功立业", "维权服务", "组织建设", "自身建设"} <= zh


def test_every_field_present(tax: Taxonomy) -> None:
    for p in tax:
        assert isinstance(p, PracticeDef)
        assert re.fullmatch(r"[a-z][a-z0-9_]*", p.id), p.id
        for f in (p.zh, p.en, p.category, p.definition, p.definition_en):
            assert isinstance(f, str) and f.strip(), p.id
        assert p.aliases, p.id
        assert p.category in {c.id for c in tax.categories}
        assert p.surface_forms[0] == p.zh
        for rx in p.patterns:
            re.compile(rx)


def test_aliases_unique_across_practices(tax: Taxonomy) -> None:
    owner: dict[str, str] = {}
    for p in tax:
        for a in p.surface_forms:
            assert owner.setdefault(a, p.id) == p.id, (a, owner[a], p.id)


def test_loaded_once_and_versioned(tax: Taxonomy) -> None:
    assert load_taxonomy() is tax
    assert re.fullmatch(r"[0-9a-f]{12}", tax.version)
    import hashlib

    assert tax.version == hashlib.sha1(taxonomy_text().encode("utf-8")).hexdigest()[:12]


def test_lookups(tax: Taxonomy) -> None:
    p = tax.get("worker_reading_room")
    assert p.zh == "职工书屋"
    assert tax.by_alias("职工书吧") is p
    assert tax.by_alias("没有这个做法") is None
    assert "worker_reading_room" in tax
    assert isinstance(tax.category(p.category), Category)
    assert p in tax.in_category(p.category)
    assert tax.aliases()["职工书屋"] == "worker_reading_room"
    with pytest.raises(KeyError):
        tax.get("nope")
    with pytest.raises(KeyError):
        tax.category("nope")


MUST_RESOLVE = {
    "会站家": "hui_zhan_jia",
    "会、站、家": "hui_zhan_jia",
    "户外劳动者服务站点": "outdoor_worker_station",
    "爱心驿站": "outdoor_worker_station",
    "工会驿站": "outdoor_worker_station",
    "户外劳动者驿站": "outdoor_worker_station",
    "职工书屋": "worker_reading_room",
    "劳模创新工作室": "innovation_studio",
    "劳模和工匠人才创新工作室": "innovation_studio",
    "职工创新工作室": "worker_innovation_studio",
    "金秋助学": "autumn_study_aid",
    "送温暖": "send_warmth",
    "安康杯": "safety_ankang_cup",
    "工资集体协商": "collective_wage_negotiation",
    "法院+工会": "court_union_mediation",
    "劳动争议诉调对接": "court_union_mediation",
    "12351": "hotline_12351",
    "县级工会加强年": "county_union_year",
    "新就业形态劳动者入会": "new_employment_organizing",
    "八大群体入会": "new_employment_organizing",
    "货车司机入会": "new_employment_organizing",
    "快递员入会": "new_employment_organizing",
    "网约车司机入会": "new_employment_organizing",
    "外卖送餐员入会": "new_employment_organizing",
    "智慧工会": "smart_union",
    "工会普惠服务": "inclusive_service",
    "产业工人队伍建设改革": "industrial_worker_reform",
    "两癌筛查": "two_cancer_screening",
    "社会化工会工作者": "social_union_worker",
    "职工疗休养": "worker_rest",
    "劳动和技能竞赛": "labor_skill_competition",
    "职业技能竞赛": "vocational_skill_contest",
    "职工技能培训": "worker_skills_training",
    "困难职工帮扶": "hardship_assistance",
    "职工互助保障": "mutual_insurance",
    "劳模工匠宣讲": "model_worker_lecture",
    "职工之家建设": "worker_home",
    "模范职工之家": "model_worker_home",
    "职工服务中心": "worker_service_center",
    "工会法律援助": "legal_aid",
    "劳动关系和谐企业": "harmonious_labor_relations",
    "根治欠薪": "wage_arrears",
    "夏送清凉": "summer_cool",
    "春送岗位": "employment_assistance",
    "就业援助": "employment_assistance",
    "春风行动": "employment_assistance",
    "职工文体活动": "worker_cultural_sports",
    "EAP": "psychological_service",
    "心理疏导": "psychological_service",
    "母婴关爱室": "mother_baby_room",
    "爱心妈咪小屋": "mother_baby_room",
    "暑期托管": "child_care",
    "厂务公开": "factory_affairs_openness",
    "职代会": "workers_congress",
    "工会会员实名制": "member_real_name",
    "消费帮扶": "consumption_assistance",
    "乡村振兴": "rural_revitalization",
    "“五小”": "five_small_activities",
    "合理化建议": "rationalization_proposal",
    "职工技术协会": "worker_tech_association",
    "工匠学院": "craftsman_academy",
    "首席技师": "chief_technician",
    "劳模疗休养": "model_worker_rest",
    "劳模关爱": "model_worker_care",
    "集体合同": "collective_contract",
    "劳动法律监督": "labor_law_supervision",
    "一函两书": "one_letter_two_books",
    "工会经费收缴": "fee_collection",
}


@pytest.mark.parametrize(("alias", "pid"), sorted(MUST_RESOLVE.items()))
def test_must_include_resolves(tax: Taxonomy, alias: str, pid: str) -> None:
    p = tax.by_alias(alias)
    assert p is not None, alias
    assert p.id == pid


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        ("“会、站、家”一体化建设", "hui_zhan_jia"),
        ("会，站，家", "hui_zhan_jia"),
        ("“法院+人社+工会”劳动争议调裁审", "court_union_mediation"),
        ("开展“两癌”筛查3000多人", "two_cancer_screening"),
        ("深化“五小”等群众性技术创新活动", "five_small_activities"),
        ("“12351”职工维权服务热线", "hotline_12351"),
        ("中国梦•劳动美", "china_dream_labor_beauty"),
    ],
)
def test_patterns_cover_variants(tax: Taxonomy, text: str, pid: str) -> None:
    assert any(re.search(rx, text) for rx in tax.get(pid).patterns)


def test_political_formulas_are_not_practices(tax: Taxonomy) -> None:
    for formula in ("两个维护", "四个意识", "四个自信", "两个确立", "不忘初心、牢记使命", "十四五"):
        assert tax.by_alias(formula) is None
        for p in tax:
            for rx in p.patterns:
                assert not re.fullmatch(rx, formula), (formula, p.id)


# --- validation errors --------------------------------------------------------

GOOD_CAT = '[[category]]\nid = "ideology"\nzh = "思想引领"\nen = "Ideology"\n'


def _practice(**over: object) -> str:
    fields: dict[str, object] = {
        "id": "worker_reading_room",
        "zh": "职工书屋",
        "en": "Reading rooms",
        "category": "ideology",
        "aliases": ["职工书屋"],
        "patterns": [],
        "definition": "书屋",
        "definition_en": "rooms",
    }
    fields.update(over)
    lines = ["[[practice]]"]
    for k, v in fields.items():
        if v is None:
            continue
        if isinstance(v, list):
            inner = ", ".join("'" + x + "'" for x in v)
            lines.append(f"{k} = [{inner}]")
        else:
            lines.append(f'{k} = "{v}"')
    return "\n".join(lines) + "\n"


def test_minimal_valid() -> None:
    t = parse_taxonomy(GOOD_CAT + _practice())
    assert len(t) == 1
    assert t.by_alias("职工书屋").id == "worker_reading_room"


def test_error_bad_toml() -> None:
    with pytest.raises(TaxonomyError, match="not valid TOML"):
        parse_taxonomy("[[practice]\nid=")


def test_error_duplicate_id() -> None:
    text = GOOD_CAT + _practice() + _practice(aliases=["书吧"], zh="书吧")
    with pytest.raises(TaxonomyError, match=r"practice #2 \(worker_reading_room\).*duplicate practice id"):
        parse_taxonomy(text)


def test_error_alias_shared() -> None:
    text = GOOD_CAT + _practice() + _practice(id="reading_bar", zh="职工书吧", aliases=["职工书屋"])
    with pytest.raises(TaxonomyError, match=r"reading_bar.*'职工书屋'.*worker_reading_room"):
        parse_taxonomy(text)


def test_error_canonical_name_clashes_with_alias() -> None:
    text = GOOD_CAT + _practice(aliases=["职工书屋", "书吧"]) + _practice(id="bar", zh="书吧", aliases=["职工书吧"])
    with pytest.raises(TaxonomyError, match=r"bar.*'书吧'"):
        parse_taxonomy(text)


def test_error_unknown_category() -> None:
    with pytest.raises(TaxonomyError, match=r"worker_reading_room.*unknown category 'nope'"):
        parse_taxonomy(GOOD_CAT + _practice(category="nope"))


def test_error_bad_regex() -> None:
    with pytest.raises(TaxonomyError, match=r"worker_reading_room.*pattern .* does not compile"):
        parse_taxonomy(GOOD_CAT + _practice(patterns=["会[、站"]))


@pytest.mark.parametrize("missing", ["zh", "en", "category", "definition", "definition_en"])
def test_error_missing_field(missing: str) -> None:
    with pytest.raises(TaxonomyError, match=rf"worker_reading_room.*{missing!r}"):
        parse_taxonomy(GOOD_CAT + _practice(**{missing: None}))


def test_error_missing_aliases() -> None:
    with pytest.raises(TaxonomyError, match="missing field 'aliases'"):
        parse_taxonomy(GOOD_CAT + _practice(aliases=None))


def test_error_bad_id() -> None:
    with pytest.raises(TaxonomyError, match="not ascii snake_case"):
        parse_taxonomy(GOOD_CAT + _practice(id="Worker-Reading"))


def test_error_unknown_field() -> None:
    with pytest.raises(TaxonomyError, match="unknown field"):
        parse_taxonomy(GOOD_CAT + _practice() + 'colour = "red"\n')


def test_error_no_categories() -> None:
    with pytest.raises(TaxonomyError, match="no \\[\\[category\\]\\]"):
        parse_taxonomy(_practice())


def test_error_duplicate_category() -> None:
    with pytest.raises(TaxonomyError, match="duplicate category id"):
        parse_taxonomy(GOOD_CAT + GOOD_CAT + _practice())


# --- the development gold set refers only to taxonomy practices ----------------


def test_dev_gold_uses_known_practices(tax: Taxonomy) -> None:
    import json
    from pathlib import Path

    gold_path = Path(__file__).resolve().parents[2] / "eval" / "gold" / "dev.json"
    if not gold_path.exists():
        pytest.skip("no eval/gold/dev.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert gold["split"] == "dev"
    for rep in gold["reports"]:
        assert rep["seq"] % 3 != 0, rep["seq"]  # held-out reports are never annotated
        for run in rep["runs"]:
            assert run["practice"] in tax, (rep["seq"], run["practice"])
            assert run["status"] in ("done", "planned")
            assert run["union"] in rep["unions"]
        for b in rep["brands"]:
            assert b["practice"] is None or b["practice"] in tax


def test_canonical_names_carry_no_quotation_marks():
    """Names are what users search and what other datasets match on: 会站家一体化建设, not “会站家”一体化建设.
    The quoted spellings stay as aliases."""
    from schema.taxonomy import load_taxonomy

    tax = load_taxonomy()
    for p in tax.practices:
        assert not any(q in p.zh for q in "“”‘’\"'"), p.zh
    hzj = next(p for p in tax.practices if p.id == "hui_zhan_jia")
    assert hzj.zh == "会站家一体化建设" and "“会站家”一体化建设" in hzj.aliases
