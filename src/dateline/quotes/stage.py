"""The ``quotes`` stage: direct, indirect and mixed quotes with their speakers and cues.

0. ``learned``: the attribution model trained on PolNeAR train (cues, then each cue's content
   and source); by default its attributions join the rules' where no word would get two roles
   (``METHOD``, ``COMBINE``).
1. ``reported.find_reported``: cue verbs in the parse with their subject (speaker) and clausal
   complement (content), and "according to X".
2. ``marks.find_quoted``: quoted stretches in every typographic style.
3. ``direct.join_quotes``: contents widened to whole quotes, interrupted quotes joined, quotes
   without a parsed attribution given the speech verb of their sentence or of an "X said:".
4. ``speakers.resolve``: each speaker span to the actor whose mention covers its head.
"""

from __future__ import annotations

from ..model import Quote, Speaker
from ..pipeline import Work, stage
from . import learned
from .cue_table import CUE_TABLE
from .direct import join_quotes, overlaps
from .marks import find_quoted
from .reported import Attribution, find_reported
from .speakers import actor_for, carry_pronoun_speakers

# Also list the quoted pieces of a mixed quote as direct quotes of their own (the speaker's
# exact words). PolNeAR annotates one attribution per clause and no nesting, so its benchmark
# reports the score with and without them (benchmarks/bench_quotes.py).
VERBATIM_PIECES = True
# Only in reported speech ("said the problem "must be resolved""): quote marks inside an object
# or infinitive content more often mark a title or a term ("watched “Today”") than words said.
SPEECH_PATTERNS = frozenset({"ccomp", "paren", "according", "noun-that"})
# Which attributions the stage outputs: "rules" (the parse patterns and quote marks), "model"
# (the learned model, learned.py) or "combined": the rules' quotes in quote marks and the
# model's attributions for the rest (see docs/quotes.md for the three on PolNeAR dev).
METHOD = "combined"
# How "combined" joins them (see ``combine``): chosen on the check part of PolNeAR train by
# training/quotes/train.py (best content exact + overlap F1 of the three ways).
COMBINE = "rules-first"


def quote_kind(text: str, content: tuple[int, int], parts: list[tuple[int, int]]) -> str:
    """direct: the content is quoted throughout (parts and what joins them); mixed: quoted words
    inside reported speech; indirect: no quotation marks."""
    if not parts:
        return "indirect"
    start, end = content
    # Between the pieces of an interrupted quote is only its attribution; before the first one
    # at most an introducing "that" ("said that “…”" is a direct quote).
    lead = text[start:parts[0][0]].strip(" \t\n.,;:")
    tail = text[parts[-1][1]:end].strip(" \t\n.,;:")
    if lead.lower() in ("", "that") and not tail:
        return "direct"
    return "mixed"


def to_quotes(work: Work, att: Attribution) -> list[Quote]:
    """The quote of an attribution; for a mixed one, also each quoted piece as a direct quote of
    the same speaker (the exact words, which is what "what did X say" searches want)."""
    text = work.text
    start, end = att.content
    kind = quote_kind(text, att.content, att.parts)
    speaker = None
    if att.source:
        s, e = att.source
        speaker = Speaker(s, e, text[s:e], actor_for(work.actors, att.source, att.source_head))
    cue = work.span(*att.cue)
    if kind == "direct":
        parts = tuple(work.span(s, e) for s, e in att.parts) if len(att.parts) > 1 else ()
        return [Quote(start, end, text[start:end], kind, speaker, cue, parts)]
    parts = tuple(work.span(s, e) for s, e in att.parts)
    quotes = [Quote(start, end, text[start:end], kind, speaker, cue, parts)]
    if VERBATIM_PIECES and att.pattern in SPEECH_PATTERNS:
        quotes += [Quote(p.start, p.end, p.text, "direct", speaker, cue) for p in parts]
    return quotes


def univocal(attributions: list[Attribution]) -> list[Attribution]:
    """At most one role per word, as PolNeAR annotates: an attribution whose cue lies inside
    another's content ("He said [she thinks …]") is part of that content, not a quote of its
    own; of two attributions with overlapping contents the longer one stays. (Ending the outer
    content before an inner attribution with its own speaker was tried: no gain on PolNeAR train.)"""
    kept: list[Attribution] = []
    for att in sorted(attributions, key=lambda a: a.content[0] - a.content[1]):
        if any(overlaps(att.cue, k.content) or overlaps(att.content, k.content)
               or overlaps(att.content, k.cue) for k in kept):
            continue
        kept.append(att)
    return sorted(kept, key=lambda a: a.content)


def find_attributions(doc, text: str, table=CUE_TABLE, quoted=None) -> list[Attribution]:
    """Every attribution of ``doc`` the rules find; ``table=None`` proposes every candidate
    (calibration)."""
    quoted = find_quoted(text) if quoted is None else quoted
    attributions = find_reported(doc, table)
    attributions = join_quotes(doc, text, attributions, quoted)
    return univocal([a for a in attributions if a.content is not None])


def model_attributions(doc, text: str, quoted, rules: list[Attribution], skip_rules: bool = False) -> list[Attribution]:
    """The learned model's attributions (``learned.py``); none when the model is not shipped.
    The rules' content for a cue is one of the candidates (and a feature) the model ranks.
    Quoted stretches inside a content become its ``parts`` (a mixed or direct quote)."""
    model = learned.load()
    if model is None:
        return []
    found = []
    # Rules first: a model cue on a rule's cue or inside its content would be left out anyway.
    skip = [span for a in rules for span in (a.cue, a.content)] if skip_rules else ()
    for _, att in learned.predict(model, doc, [(q.start, q.end) for q in quoted], rules=rules, skip=skip):
        att.parts = [(q.start, q.end) for q in quoted if att.content[0] <= q.start and q.end <= att.content[1]]
        found.append(att)
    return found


def attributions_of(doc, text: str) -> list[Attribution]:
    """What the stage outputs, by ``METHOD``: the rules, the model, or both (``combine``)."""
    quoted = find_quoted(text)
    rules = find_attributions(doc, text, quoted=quoted)
    if METHOD == "rules":
        return rules
    model = model_attributions(doc, text, quoted, rules,
                               skip_rules=METHOD == "combined" and COMBINE == "rules-first")
    if METHOD == "model":
        return sorted(model, key=lambda a: a.content)
    return combine(rules, model)


def _clash(a: Attribution, k: Attribution) -> bool:
    """Whether two attributions give one word two roles (PolNeAR's univocality)."""
    return (overlaps(a.content, k.content) or overlaps(a.cue, k.content) or overlaps(a.cue, k.cue)
            or (a.source is not None and overlaps(a.source, k.content))
            or (k.source is not None and overlaps(a.content, k.source)))


def combine(rules: list[Attribution], model: list[Attribution], how: str | None = None) -> list[Attribution]:
    """Rules and model together (``COMBINE``): "quotes": the rules' attributions of quoted words
    (content with quote-mark ``parts``: direct quotes, interrupted quotes as one span) and the
    model's for the rest; "rules-first": every rule attribution and the model's where they do not
    clash; "model-first": every model attribution and the rules' quoted ones where they do not."""
    how = how or COMBINE
    if how == "model-first":
        first, second = model, [a for a in rules if a.parts]
    elif how == "rules-first":
        first, second = rules, model
    else:
        first, second = [a for a in rules if a.parts], model
    out = list(first)
    for att in second:
        if not any(_clash(att, k) for k in first):
            out.append(att)
    return sorted(out, key=lambda a: a.content)


def find_quotes(work: Work) -> list[Quote]:
    quotes = [q for att in attributions_of(work.doc, work.text) for q in to_quotes(work, att)]
    return carry_pronoun_speakers(quotes, work.text)


@stage("quotes", requires=("doc", "actors"), assigns=("quotes",), setup=learned.load)
def run(work: Work) -> None:
    work.quotes = find_quotes(work)
