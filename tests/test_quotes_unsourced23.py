"""``sources.unsourced`` (quospk23): an attribution cued by a raising verb ("seem", "appear") keeps
no source after the source step; others keep theirs; and through the stage's steps after the
models (``stage.after_models``), a raising-verb attribution the model gave a source comes out
without one."""

from __future__ import annotations

from dateline.quotes import stage
from dateline.quotes.reported import Attribution
from dateline.quotes.sources import unsourced

TEXT = "Mr. Trump seemed to overstay his welcome. Mr. Cruz said the debate was fair."


def _att(cue: str, content: str, source: str, lemma: str, pattern: str = "model") -> Attribution:
    c, s, k = TEXT.index(cue), TEXT.index(content), TEXT.index(source)
    return Attribution((c, c + len(cue)), (s, s + len(content)), (k, k + len(source)), k, pattern, lemma)


def test_a_raising_verb_keeps_no_source_a_speech_verb_keeps_its_own():
    seemed = _att("seemed", "Mr. Trump seemed to overstay his welcome", "Mr. Trump", "seem")
    said = _att("said", "the debate was fair", "Mr. Cruz", "say")
    out = unsourced(None, TEXT, [seemed, said])
    assert out[0].source is None and out[0].source_head is None
    assert out[0].content == seemed.content and out[0].cue == seemed.cue
    assert out[1] == said


def test_after_the_models_the_step_runs_last(nlp):
    doc = nlp(TEXT)
    seemed = _att("seemed", "Mr. Trump seemed to overstay his welcome", "Mr. Trump", "seem")
    said = _att("said", "the debate was fair", "Mr. Cruz", "say")
    out = stage.after_models(doc, TEXT, [seemed, said], [])
    by_lemma = {a.lemma: a for a in out}
    assert by_lemma["seem"].source is None
    assert by_lemma["say"].source is not None
    kept = stage.after_models(doc, TEXT, [seemed, said], [], without="unsourced")
    assert {a.lemma: a for a in kept}["seem"].source is not None  # the step is what drops it


def test_the_quoted_spans_are_named_spans():
    # (review of quospk23, mend23C: the step's last parameter, the quoted spans every step after the models
    # gets, was named "quoted"; callers name it as stage.after_models passes it)
    said = _att("said", "the debate was fair", "Mr. Cruz", "say")
    assert unsourced(None, TEXT, [said], spans=[(0, 5)]) == [said]
