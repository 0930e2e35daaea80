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


def test_surface_variants_added_in_the_third_pass():
    cases = {
        "组织劳模职工省内外疗、休养": "model_worker_rest",
        "实名制录入新就业形态工会会员2.2万人": "member_real_name",
        "依法严格工会经费的收管用": "fee_collection",
        "建成全省首家工运展览馆": "patriotic_education_base",
        "开发省工会App": "smart_union",
        "向农民工提供了法律咨询": "legal_aid",
        "曲靖温泉职工疗养院提升改造": "worker_rest",
        "积极参与《城乡医疗救助实施细则》修订": "source_participation",
        "开展劳动竞赛和技能竞赛": "vocational_skill_contest",
        "推动长春工匠和高技能人才的培养选树": "craftsman_selection",
        "专兼职工会干部轮训全覆盖": "cadre_training",
        "举办线上线下宣讲活动": "political_theory_study",
        "开展“三个精神”进企业、进社区宣讲活动": "model_worker_lecture",
        "举办“民族团结一家亲”文艺展演": "ethnic_unity",
    }
    for text, pid in cases.items():
        assert pid in ids(text), text


def test_coordinated_items_keep_both_practices():
    found = ids("开展农民工和新就业形态劳动者入会集中行动")
    assert "migrant_worker_organizing" in found and "new_employment_organizing" in found


def test_x_style_team_names_a_team_practice():
    assert "team_building" in ids("8个企业班组被命名为“梦桃式班组”")
