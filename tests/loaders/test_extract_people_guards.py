"""Round-2 guards of loaders/extract/people.py (rules 16-19 and the 这样说 cue): ordinary text
must not yield people.  Sentences are written for the test; synthetic development reports
(seq 1, 3, 5, 7) supply the second example where one exists."""
from loaders.extract.people import find_people, weak_context_ok


def names(text):
    return [p.name for p in find_people(text)]


NEGATIVES = [
    "实现入会、转会、普惠等业务一网通办。",  # synthetic report 1
    "为会员提供线上普惠服务。",
    "收集合理化建议210条。全系统1人获湖北省五一劳动奖章。",  # synthetic report 7
    "。全流程5人参与审核。",
    "开展送医、送药、普法等活动。",
    "涉及工资、工时、安康等事项。",
    "，全行业3名职工获奖。",
    "，杨柳青年画展览开幕。",
    "，钟点工、保姆等家政人员。",
    "包括房地产、物业等行业。",
    "，向全体职工发出倡议。",
    "。时间紧、任务重。",
    "，全员培训等工作有序推进。",
    "推动职工之家、职工书屋、爱心驿站等阵地建设。",
]


def test_ordinary_text_has_no_people():
    for s in NEGATIVES:
        assert names(s) == [], s


def test_rare_surname_needs_a_strong_context():
    # rule 16: 普 and 全 are surnames, but rare ones
    assert not weak_context_ok("普惠")
    assert not weak_context_ok("全系统")
    assert weak_context_ok("王进")
    assert names("，和平等协商。") == []
    # a role word before the name is a strong context
    assert names("劳模全红卫说，要把技术传下去。") == ["全红卫"]


def test_given_part_that_is_an_ordinary_word():
    # rule 17
    assert names("。全系统共有12人获奖。") == []
    assert names("，邵建华等3人获奖。") == ["邵建华"]


def test_list_items_are_homogeneous():
    # rule 18: the item before 、 is no name
    assert names("涵盖培训、维权、惠民等方面。") == []
    assert names("，孙国强、卢玉芬等劳模参加。") == ["孙国强", "卢玉芬"]


def test_boundary_prefers_the_full_surname_and_given_split():
    # rule 19
    assert names("邀请全国劳动模范、某医院主任医师孙国平作先进事迹报告会。") == ["孙国平"]  # synthetic report 7
    assert names("会上，邀请高级技师刘国安作了先进事迹报告。") == ["刘国安"]
    assert names("学习冯建华作先进事迹报告的精神。") == ["冯建华"]


def test_pronoun_speech_cue():
    assert names("“现在有了驿站，能热饭。”外卖骑手王建军这样说。") == ["王建军"]  # synthetic report 3
    assert names("环卫工人李秀梅这么说。") == ["李秀梅"]


def test_word_plus_particle_and_preposition_plus_word_are_no_names():
    # rule 20: role word + speech verb contexts that hold no name
    assert names("外卖骑手高兴地说，驿站很方便。") == []
    assert names("快递员向记者介绍，现在休息有了去处。") == []
    assert names("环卫工人激动得说不出话。") == []
    # a real name after the same role words is kept
    assert names("外卖骑手周志成高兴地说，驿站很方便。") == ["周志成"]


def test_dictionary_words_tagged_as_names_before_document_verbs():
    # rule 21
    assert names("总书记的贺信指出，要发挥工人阶级主力军作用。") == []
    assert names("，雷锋同志的精神代代相传。") == ["雷锋"]


def test_four_character_list_items_must_be_transliterations():
    # rule 22
    assert names("。劳模李明、王芳、张伟等参加座谈。") == ["李明", "王芳", "张伟"]
