"""Content boundaries redrawn after the combination (``dateline.quotes.boundaries``), on invented
sentences of the forms PolNeAR annotates."""

from __future__ import annotations

import dataclasses

import pytest

from dateline.pipeline import Work
from dateline.quotes import boundaries
from dateline.quotes.marks import find_quoted
from dateline.quotes.reported import Attribution
from dateline.quotes.stage import find_quotes


def _quoted(text):
    return [(q.start, q.end) for q in find_quoted(text)]


def _att(text, content, cue, source=None):
    """An attribution of the quoted stretch ``content`` with cue and source given by their words."""
    start = text.index(content)
    span = (start, start + len(content))
    c = text.index(cue)
    s = text.index(source) if source else None
    return Attribution((c, c + len(cue)), span, (s, s + len(source)) if source else None,
                       s, "paren", cue, [span])


def test_a_quote_resumes_after_a_long_attribution_clause():
    text = ("“The bridge will open in May,” the mayor said on Tuesday during a visit to the riverside "
            "works in the old town. “After that, the ferry stops.” The ferry has run since 1950.")
    att = _att(text, "“The bridge will open in May,”", "said", "the mayor")
    [out] = boundaries.carry_over(text, [att], _quoted(text))
    assert text[out.content[0]:out.content[1]] == text[:text.index(" The ferry has run")]
    assert len(out.parts) == 2 and text[out.parts[1][0]:out.parts[1][1]] == "“After that, the ferry stops.”"


def test_a_title_inside_the_clause_is_not_the_resumed_quote():
    text = ("“We are ready,” the coach told “Sports Tonight” on Friday. “The team has trained all "
            "winter.”")
    att = _att(text, "“We are ready,”", "told", "the coach")
    [out] = boundaries.carry_over(text, [att], _quoted(text))
    assert out.content == (0, len(text))
    assert text[out.parts[-1][0]:out.parts[-1][1]].startswith("“The team")


def test_no_carry_over_a_sentence_of_the_reporters_own():
    text = ("“We are ready,” the coach said. The team lost its first game on Sunday. “We will "
            "win the next one.”")
    att = _att(text, "“We are ready,”", "said", "the coach")
    [out] = boundaries.carry_over(text, [att], _quoted(text))
    assert out.content == att.content


def test_no_carry_over_a_paragraph_break_or_another_speakers_quote():
    text = "“We are ready,” the coach said after the game.\n\n“We will win the next one.”"
    att = _att(text, "“We are ready,”", "said", "the coach")
    assert boundaries.carry_over(text, [att], _quoted(text))[0].content == att.content
    text = "“We are ready,” the coach said after the game. “We are not,” the captain replied."
    first = _att(text, "“We are ready,”", "said", "the coach")
    second = _att(text, "“We are not,”", "replied", "the captain")
    assert [a.content for a in boundaries.carry_over(text, [first, second], _quoted(text))] == \
        [first.content, second.content]


def test_speech_reported_inside_the_resumed_quote_is_part_of_it():
    text = ("“We are ready,” the coach said after a long training session in the rain. “I think "
            "the team is stronger than last year.”")
    outer = _att(text, "“We are ready,”", "said", "the coach")
    start = text.index("the team is")
    inner = Attribution((text.index("think"), text.index("think") + 5), (start, len(text) - 2),
                        (text.index("I think"), text.index("I think") + 1), None, "ccomp", "think")
    [out] = boundaries.carry_over(text, [outer, inner], _quoted(text))
    assert out.cue == outer.cue and out.content == (0, len(text))


@pytest.mark.parametrize("method", ["rules", "combined"])
def test_the_stage_joins_the_resumed_quote(nlp, method, monkeypatch):
    from dateline.quotes import stage

    monkeypatch.setattr(stage, "METHOD", method)
    text = ("“The bridge will open in May,” the mayor said on Tuesday during a visit to the riverside "
            "works in the old town’s harbour district, where the new bridge stands. “After that, the ferry "
            "stops.”")
    quotes = find_quotes(Work(text=text, published=None, doc=nlp(text), actors=[]))
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1, quotes
    assert direct[0].start == 0 and direct[0].end == len(text) and len(direct[0].parts) == 2
    assert direct[0].speaker.text == "the mayor"


@pytest.mark.parametrize("method", ["rules", "model", "combined"])
def test_every_method_is_redrawn(nlp, method, monkeypatch):
    """The model alone is redrawn as the rules and the combination are, so the benchmark's
    "model alone" row is what the stage outputs with ``METHOD = "model"``."""
    from dateline.quotes import stage

    monkeypatch.setattr(stage, "METHOD", method)
    text = "The minister said the new bridge would open in May, after two years of delays."
    doc = nlp(text)
    assert stage.attributions_of(doc, text)
    monkeypatch.setattr(stage, "redrawn", lambda text, attributions, quoted: [])
    assert stage.attributions_of(doc, text) == []


def _two_pieces(text, first_end, second, cue):
    """A quoted attribution of two pieces: the first from the start to ``first_end`` (a string
    the piece ends before), ``second`` (start and end strings, None: the text's end)."""
    first = (0, text.index(first_end))
    piece = (text.index(second[0]), text.index(second[1]) if second[1] else len(text))
    c = text.index(cue)
    return first, Attribution((c, c + len(cue)), (0, piece[1]), None, None, "paren", cue, [first, piece])


def test_a_quote_carried_into_a_paragraph_with_its_own_attribution_ends_before_it():
    text = ("“The gap is too wide,” said one delegate.\n\n“She can still win,” added another "
            "delegate from the north.")
    first, att = _two_pieces(text, " said", ("“She", " added"), "said")
    [out] = boundaries.paragraph_cut(text, [att])
    assert out.content == first and out.parts == [first]


def test_a_whole_paragraph_quote_carried_on_stays():
    text = "“The gap is too wide,” said one delegate.\n\n“But she can still win in the spring.”"
    _, att = _two_pieces(text, " said", ("“But", None), "said")
    assert boundaries.paragraph_cut(text, [att]) == [att]


def test_a_title_after_the_cue_is_not_a_piece_of_the_quote():
    text = "“We will win,” the governor told the hosts of “Morning Show.” The show airs daily."
    first, att = _two_pieces(text, " the governor", ("“Morning", " The show"), "told")
    [out] = boundaries.title_cut(text, [att])
    assert out.content == first and out.parts == [first]


def test_a_quote_resumed_after_a_comma_stays():
    text = "“We will win,” the governor said, “next year.”"
    _, att = _two_pieces(text, " the governor", ("“next", None), "said")
    assert boundaries.title_cut(text, [att]) == [att]


def test_a_content_ending_inside_a_quotation_takes_the_whole_of_it():
    text = "“The bridge opens in May. The ferry stops then,” the mayor wrote."
    cue = text.index("wrote")
    end = text.index(" The ferry") - 1  # "“The bridge opens in May"
    att = Attribution((cue, cue + 5), (0, end), None, None, "model", "write")
    [out] = boundaries.whole_quotes(text, [att], _quoted(text))
    assert out.content == (0, text.index(" the mayor")) and out.parts == [out.content]


def test_a_content_inside_a_quotation_of_another_attribution_stays():
    text = "“The bridge opens in May. The ferry stops then,” the mayor wrote."
    cue = text.index("wrote")
    att = Attribution((cue, cue + 5), (0, text.index(" The ferry") - 1), None, None, "model", "write")
    other = Attribution((cue, cue), (text.index("The ferry"), text.index("then") + 4), None, None, "x", "x")
    assert boundaries.whole_quotes(text, [att, other], _quoted(text))[0] == att


def _span(text, words):
    start = text.index(words)
    return start, start + len(words)


def test_a_raising_verbs_subject_is_part_of_its_content():
    text = "The new mayor seemed eager to reopen the old bridge."
    att = Attribution(_span(text, "seemed"), _span(text, "eager to reopen the old bridge"),
                      _span(text, "The new mayor"), 0, "model", "seem")
    [out] = boundaries.raised([att])
    assert out.content == (0, text.index(".")) and out.source is None and out.cue == att.cue


def test_a_speech_verbs_source_and_a_shared_subject_stay():
    text = "The new mayor seemed eager and said the bridge would reopen."
    said = Attribution(_span(text, "said"), _span(text, "the bridge would reopen"),
                       _span(text, "The new mayor"), 0, "model", "say")
    seemed = Attribution(_span(text, "seemed"), _span(text, "eager"), said.source, 0, "model", "seem")
    assert boundaries.raised([said]) == [said]
    assert boundaries.raised([seemed, said]) == [seemed, said]


def test_a_content_ends_with_a_quotation_closed_by_a_comma_before_the_writers_own_clause():
    text = "The mayor said the bridge “will open in May,” referring to the works in the old town."
    content = "the bridge “will open in May,” referring to the works in the old town"
    att = Attribution(_span(text, "said"), _span(text, content), _span(text, "The mayor"), 0, "ccomp", "say",
                      [_span(text, "“will open in May,”")])
    [out] = boundaries.comma_closed(text, [att], _quoted(text))
    assert text[out.content[0]:out.content[1]] == "the bridge “will open in May,”"
    assert out.parts == att.parts and out.cue == att.cue and out.source == att.source


@pytest.mark.parametrize("text, content", [
    # the attribution interrupts the quote: its cue comes after the comma-closed piece
    ("“The bridge will open in May,” the mayor said, “and the ferry stops.”",
     "“The bridge will open in May,” the mayor said, “and the ferry stops.”"),
    # a quote opens again after the clause (another attribution's words)
    ("The mayor said the bridge “will open in May,” adding, “the ferry stops.”",
     "the bridge “will open in May,” adding, “the ferry stops.”"),
    # no comma closes the quotation: a mixed quote goes on
    ("The mayor said the bridge “will open” in May after the works.",
     "the bridge “will open” in May after the works"),
])
def test_a_content_past_a_quotation_stays_when_the_quote_goes_on(text, content):
    cue = _span(text, "said")
    att = Attribution(cue, _span(text, content), _span(text, "the mayor" if text.startswith("“") else "The mayor"),
                      0, "ccomp", "say")
    assert boundaries.comma_closed(text, [att], _quoted(text)) == [att]


def test_a_content_that_is_a_whole_quotation_but_its_marks_takes_the_quotation_as_its_part():
    text = "“The bridge will open in May,” the mayor said. “After that, the ferry stops.”"
    att = Attribution(_span(text, "said"), _span(text, "The bridge will open in May"), _span(text, "the mayor"), 0,
                      "model", "say")
    [out] = boundaries.quoted_parts(text, [att], _quoted(text))
    assert out.content == out.parts[0] == _span(text, "“The bridge will open in May,”")
    # so the quote resumed after "the mayor said." joins it, as for the rules' quoted attributions
    [joined] = boundaries.carry_over(text, [out], _quoted(text))
    assert joined.content == (0, len(text)) and len(joined.parts) == 2


@pytest.mark.parametrize("content", ["The bridge will open", "the mayor said"])
def test_a_content_that_is_part_of_a_quotation_or_outside_one_keeps_its_extent(content):
    text = "“The bridge will open in May,” the mayor said. “After that, the ferry stops.”"
    att = Attribution(_span(text, "said"), _span(text, content), None, None, "model", "say")
    assert boundaries.quoted_parts(text, [att], _quoted(text)) == [att]


def test_a_content_the_edge_model_stopped_inside_a_quotation_is_made_whole_again():
    text = "“Now, you said in the first debate that the emails did not matter. Has that changed?” the host asked."
    cue = text.index("asked")
    cut = text.index(" in the first debate")  # "“Now, you said": an edge inside the quotation
    att = Attribution((cue, cue + 5), (0, cut), None, None, "model", "ask")
    [out] = boundaries.settled(text, [att], _quoted(text))
    assert out.content == (0, text.index(" the host")) and out.parts == [out.content]


@pytest.mark.parametrize("method", ["rules", "model", "combined"])
def test_the_stage_settles_the_contents_after_the_edge_step(nlp, method, monkeypatch):
    """The edge model moves each edge by itself; a quotation it leaves half in a content is taken
    whole again before the source step."""
    from dateline.quotes import edges, stage

    monkeypatch.setattr(stage, "METHOD", method)
    text = "“The bridge opens in May. The ferry stops then,” the mayor said on Tuesday."
    doc = nlp(text)

    def cut_inside(doc, text, attributions, quoted, *args):
        end = text.index(" The ferry")
        return [dataclasses.replace(a, content=(a.content[0], end), parts=[]) for a in attributions]

    monkeypatch.setattr(edges, "redraw", cut_inside)
    atts = stage.attributions_of(doc, text)
    assert [a.content for a in atts] == [(0, text.index(" the mayor"))], atts


def test_a_quotation_a_colon_introduces_becomes_an_attribution(nlp):
    text = ("The senator spoke for an hour. Growing sharper, Mr. Smith continued: “The worst attack on "
            "this town happened on his watch.”")
    doc = nlp(text)
    quoted = _quoted(text)
    [att] = boundaries.introduced(doc, text, [], quoted)
    assert att.content == quoted[0] and att.parts == [quoted[0]]
    assert text[slice(*att.cue)] == "continued" and text[slice(*att.source)] == "Mr. Smith"


def test_an_introduced_quotation_s_source_ends_before_its_colon(nlp):
    """The source is the cue's speaker as ``reported.speaker_of`` draws it; where the parse hangs
    the quotation on the subject, the source still ends at its head word, before the colon."""
    from spacy.tokens import Doc

    words = ["The", "bias", "shows", "in", "the", "rating", ":", "“", "Youth", "is", "an", "example", ".", "”"]
    spaces = [True] * 6 + [True, False, True, True, True, False, False, False]
    # "bias" heads the quotation's clause (as the parse of a long article did)
    heads = [1, 2, 2, 2, 5, 3, 2, 9, 9, 1, 11, 9, 9, 9]
    deps = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "punct", "punct", "nsubj", "relcl", "det", "attr",
            "punct", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PUNCT", "NOUN", "AUX", "DET", "NOUN", "PUNCT",
           "PUNCT"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * 13)
    text = doc.text
    quoted = _quoted(text)
    [att] = boundaries.introduced(doc, text, [], quoted)
    assert text[slice(*att.cue)] == "shows" and text[slice(*att.source)] == "The bias"
    assert att.source_head == text.index("bias")


def test_a_quotation_with_a_role_or_a_short_title_is_not_introduced(nlp):
    text = "He named his favourite book, “War and Peace,” and left. She said: “The bridge opens in May.”"
    doc = nlp(text)
    quoted = _quoted(text)
    said = text.index("said")
    has_one = Attribution((said, said + 4), quoted[1], None, None, "quote-intro", "say", [quoted[1]])
    assert boundaries.introduced(doc, text, [has_one], quoted) == [has_one]
