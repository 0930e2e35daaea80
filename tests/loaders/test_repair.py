from loaders.repair import repair, split_sentences
from loaders.splitting import split_compilation


def test_page_broken_sentences_are_rejoined():
    raw = "　　推动党的创新理\n\n论深入人心。\n\n　　定期召开庆祝“五\n\n一”国际劳动节大会。\n"
    clean = repair(raw)
    assert "推动党的创新理论深入人心。" in clean.text
    assert "庆祝“五一”国际劳动节大会。" in clean.text


def test_headings_and_indented_paragraphs_stay_separate():
    raw = "　　第一段结束。\n\n一、第二部分\n\n　　第二段开始，1.5万名职工参加\n\n1.5万次活动。\n"
    clean = repair(raw)
    lines = clean.text.split("\n")
    assert lines[0] == "第一段结束。"
    assert lines[1] == "一、第二部分"
    assert lines[2] == "第二段开始，1.5万名职工参加1.5万次活动。"


def test_full_width_spaces_are_normalized():
    clean = repair("　　中国梦　劳动美\n")
    assert clean.text == "中国梦 劳动美"


def test_offsets_map_back_to_the_source(corpus_text):
    for raw in split_compilation(corpus_text).reports[:6]:
        clean = repair(raw.text, raw.source_start)
        assert len(clean.origin) == len(clean.text) + 1
        for i, ch in enumerate(clean.text):
            if ch in " \n":
                continue
            assert corpus_text[clean.to_source(i)] == ch


def test_corpus_examples_are_repaired_with_offsets(corpus_text):
    reports = split_compilation(corpus_text).reports
    clean = repair(reports[0].text, reports[0].source_start)
    for phrase in ("推动党的创新理论深入人心", "庆祝“五一”国际劳动节大会"):
        i = clean.text.index(phrase)
        j = i + len(phrase)
        src = corpus_text[clean.to_source(i) : clean.to_source(j - 1) + 1]
        assert src.replace("\n", "") == phrase and "\n" in src  # the source had the page break


def test_sentences_cover_the_text_and_keep_closing_quotes():
    text = "他说：“好！”我们走。\n新段落"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["他说：“好！”", "我们走。", "新段落"]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_a_title_line_is_never_joined_to_the_first_sentence():
    raw = "某省工会五年工作综述\n\n劳动创造幸福，奋斗铸就伟大。\n\n　　五年来……\n"
    assert repair(raw).text.startswith("某省工会五年工作综述劳动创造幸福")  # without the hint: one line
    clean = repair(raw, title_first=True)
    assert clean.text.split("\n")[:2] == ["某省工会五年工作综述", "劳动创造幸福，奋斗铸就伟大。"]
