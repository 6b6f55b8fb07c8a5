"""Full-width ＂ without spaces around it (Japanese, Chinese): ``boundaries.full_width_paired``
pairs the marks in order where ``marks.find_quoted`` left the quotation open (qmend20)."""

from __future__ import annotations

import pytest

from dateline.pipeline import Work
from dateline.quotes.boundaries import full_width_paired
from dateline.quotes.marks import find_quoted
from dateline.quotes.stage import find_quotes


def _paired(text: str) -> list[str]:
    return [text[q.start:q.end] for q in full_width_paired(text, find_quoted(text))]


def test_a_japanese_quotation_ends_at_its_closing_mark():
    text = "ＡＢＣ社は＂値上げはしない＂と述べた。"
    assert [text[q.start:q.end] for q in find_quoted(text)] == ["＂値上げはしない＂と述べた。"]  # marks.py alone
    assert _paired(text) == ["＂値上げはしない＂"]


def test_two_quotations_in_one_sentence_and_in_two_paragraphs():
    text = "ＡＢＣ社は＂値上げ＂と＂値下げ＂を比べた。\n\n社長は＂来年も＂同じだと話した。"
    assert _paired(text) == ["＂値上げ＂", "＂値下げ＂", "＂来年も＂"]
    pieces = full_width_paired(text, find_quoted(text))
    assert all(q.pieces == ((q.start, q.end),) for q in pieces)


def test_chinese_and_western_quotations_stay_as_marks_py_finds_them():
    chinese = "王部长说＂我们不会提价＂，并说＂谈判将继续＂。"
    western = "He said ＂we will not raise prices＂ and left. ＂It is final,＂ she added."
    for text in (chinese, western):
        assert full_width_paired(text, find_quoted(text)) == find_quoted(text)
    assert _paired(chinese) == ["＂我们不会提价＂", "＂谈判将继续＂"]


def test_an_unpaired_last_mark_runs_to_the_end_of_its_paragraph():
    text = "社長は＂来年も＂同じだと話し、＂再来年は未定\n次の段落。"
    assert _paired(text) == ["＂来年も＂", "＂再来年は未定"]
    alone = "社長は＂来年も同じだ"  # one mark, nothing to pair: left as marks.py reads it
    assert _paired(alone) == ["＂来年も同じだ"]


@pytest.mark.parametrize("text, quotation", [
    ("The company said: ＂値上げはしない＂と述べた。", "＂値上げはしない＂"),
    ("Tanaka said, ＂値上げはしない＂と述べた。 Prices rose.", "＂値上げはしない＂"),
    ("The minister said ＂we will not raise prices＂ on Monday.", "＂we will not raise prices＂"),
])
def test_the_stage_quotes_the_words_between_the_marks(nlp, text, quotation):
    # before qmend20 the stage gave the Japanese ones one direct quote from ＂ to the text's end
    work = Work(text=text, published=None, doc=nlp(text), actors=[])
    quotes = find_quotes(work)
    assert any(q.text == quotation for q in quotes)
    assert all(part.text == quotation for q in quotes for part in q.parts)
