"""Full-width ＂ without spaces around it (Japanese, Chinese): ``marks.find_quoted`` pairs such
marks in order (quotes21; qmend20 did it after the fact in the stage, ``boundaries.full_width_paired``,
now gone), and the stage quotes the words between them."""

from __future__ import annotations

import pytest

from dateline.pipeline import Work
from dateline.quotes import edges
from dateline.quotes.marks import find_quoted, mark_role
from dateline.quotes.stage import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_a_mark_between_two_letters_is_placed_by_the_open_quotation():
    text = "ＡＢＣ社は＂値上げはしない＂と述べた。"
    first, second = text.index("＂"), text.rindex("＂")
    assert mark_role(text, first, first + 1, "＂") == mark_role(text, second, second + 1, "＂") == "either"
    assert quoted(text) == ["＂値上げはしない＂"]
    # a straight quote there still opens (only ＂ is written without spaces by whole languages)
    assert mark_role('a"b', 1, 2, '"') == "open"


def test_two_quotations_in_one_sentence_and_in_two_paragraphs():
    text = "ＡＢＣ社は＂値上げ＂と＂値下げ＂を比べた。\n\n社長は＂来年も＂同じだと話した。"
    assert quoted(text) == ["＂値上げ＂", "＂値下げ＂", "＂来年も＂"]
    assert all(q.pieces == ((q.start, q.end),) for q in find_quoted(text))


def test_chinese_and_western_quotations():
    assert quoted("王部长说＂我们不会提价＂，并说＂谈判将继续＂。") == ["＂我们不会提价＂", "＂谈判将继续＂"]
    western = "He said ＂we will not raise prices＂ and left. ＂It is final,＂ she added."
    assert quoted(western) == ["＂we will not raise prices＂", "＂It is final,＂"]


def test_a_quotation_running_over_a_paragraph_break_is_one_quotation_in_two_pieces():
    # the newspaper convention: the next paragraph opens with a mark, the quotation goes on
    text = "社長は＂来年も同じだ。\n＂再来年も同じだ＂と話した。"
    (q,) = find_quoted(text)
    assert text[q.start:q.end] == "＂来年も同じだ。\n＂再来年も同じだ＂"
    assert [text[a:b] for a, b in q.pieces] == ["＂来年も同じだ。", "＂再来年も同じだ＂"]
    # (boundaries.full_width_paired cut this one into "＂来年も同じだ。" and "＂再来年も同じだ＂")
    # no mark opens the next paragraph: the open quotation ends with its paragraph, and the next
    # paragraph's marks pair among themselves
    text = "社長は＂来年も同じだ。\n再来年は＂未定＂と話した。"
    assert quoted(text) == ["＂来年も同じだ。", "＂未定＂"]


def test_mixed_with_corner_brackets_and_straight_quotes():
    text = "社長は「来年も」と話し、＂再来年は未定＂とした。"
    assert quoted(text) == ["＂再来年は未定＂"]  # 「…」 is no mark here and does not disturb the pair
    nested = '彼は＂私は"はい"と言った＂と述べた。'
    assert quoted(nested) == ['＂私は"はい"と言った＂']
    both = '彼は＂はい＂と言い、"No," she said.'
    assert quoted(both) == ["＂はい＂", '"No,"']
    # a ＂ pair inside guillemets is nested in them
    assert quoted("«Il a dit ＂non＂ hier», a-t-il dit.") == ["«Il a dit ＂non＂ hier»"]


def test_an_unpaired_last_mark_runs_to_the_end_of_its_paragraph():
    text = "社長は＂来年も＂同じだと話し、＂再来年は未定\n次の段落。"
    assert quoted(text) == ["＂来年も＂", "＂再来年は未定"]
    assert quoted("社長は＂来年も同じだ") == ["＂来年も同じだ"]


def test_a_full_width_mark_token_is_a_quote_mark_for_the_edge_features(nlp):
    text = "The minister said ＂ we will not raise prices ＂ on Monday."
    doc = nlp(text)
    t = edges.tokens(doc, text)
    marks = [i for i, token in enumerate(doc) if token.text == "＂"]
    assert marks and all(t.quote[i] and t.edge[i] for i in marks)
    assert not t.quote[[i for i, token in enumerate(doc) if token.text == "minister"][0]]


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
