"""The ``quotes`` stage: direct, indirect and mixed quotes with their speakers and cues.

0. ``learned``: the attribution model trained on PolNeAR train (cues, then each cue's content
   and source); by default its attributions join the rules' where no word would get two roles
   (``METHOD``, ``COMBINE``), and the rules' unquoted attributions whose cue it turns down are
   left out (``VETO``).
1. ``reported.find_reported``: cue verbs in the parse with their subject (speaker) and clausal
   complement (content), and "according to X".
2. ``marks.find_quoted``: quoted stretches in every typographic style.
3. ``direct.join_quotes``: contents widened to whole quotes, interrupted quotes joined, quotes
   without a parsed attribution given the speech verb of their sentence or of an "X said:".
4. ``speakers.resolve``: each speaker span to the actor whose mention covers its head.
"""

from __future__ import annotations

import dataclasses

from .. import nlp as nlp_module
from ..model import Quote, Speaker
from ..pipeline import Work, stage
from . import edges, learned, sources
from .boundaries import (carry_over, comma_closed, introduced, paragraph_cut, quoted_parts, raised,
                         settled, title_cut, whole_quotes)
from .cue_table import CUE_TABLE
from .direct import join_quotes, overlaps
from .lexicon import DIRECTIVE_VERBS, NARRATIVE_NOUNS, SPEECH_VERBS
from .marks import find_quoted
from .reported import Attribution, find_reported
from .speakers import (actor_for, antecedent, carry_pronoun_speakers, described, named_alike,
                       party_of, surnamed)

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
# How "combined" joins them (see ``combine``); None: the way the shipped model's meta.json names,
# chosen on the check part of PolNeAR train by training/quotes/train.py (best content exact +
# overlap F1 of the ways in ``combine``).
COMBINE: str | None = None
# "combined" leaves out a rule attribution without quote marks when the cue model gives its cue
# a probability under this (``vetoed``): chosen on the check part of PolNeAR train with the
# model fitted on the other part, from 0 / 0.05 / 0.1 / 0.15 / 0.2 / 0.3
# (``training/quotes/analyse.py --vetoes``; docs/quotes.md). 0 keeps them all.
VETO = 0.05


def quote_kind(text: str, content: tuple[int, int], parts: list[tuple[int, int]], doc=None,
               lemma: str = "") -> str:
    """direct: the content is quoted throughout (parts and what joins them); mixed: quoted words
    inside reported speech; indirect: no quotation marks; stance: no quotation marks, no speech
    verb and no clause — a position or act attributed to someone ("X criticised the deal",
    "X signed the bill"), which PolNeAR counts as an attribution but a reader would not call a
    quote (given a parse ``doc`` and the cue's ``lemma``)."""
    if not parts:
        return "stance" if doc is not None and _stance(doc, content, lemma) else "indirect"
    start, end = content
    # Between the pieces of an interrupted quote is only its attribution; before the first one
    # at most an introducing "that" ("said that “…”" is a direct quote).
    lead = text[start:parts[0][0]].strip(" \t\n.,;:")
    tail = text[parts[-1][1]:end].strip(" \t\n.,;:")
    if lead.lower() in ("", "that") and not tail:
        return "direct"
    return "mixed"


def _stance(doc, content: tuple[int, int], lemma: str) -> bool:
    if lemma in SPEECH_VERBS or lemma in DIRECTIVE_VERBS:
        return False
    span = doc.char_span(*content, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def to_quotes(work: Work, att: Attribution) -> list[Quote]:
    """The quote of an attribution; for a mixed one, also each quoted piece as a direct quote of
    the same speaker (the exact words, which is what "what did X say" searches want)."""
    text = work.text
    start, end = att.content
    speech = att.pattern in SPEECH_PATTERNS  # "according to X, 20 dead" is reported speech
    kind = quote_kind(text, att.content, att.parts, None if speech else work.doc, att.lemma)
    speaker = None
    if att.source:
        s, e = att.source
        actor = actor_for(work.actors, att.source, att.source_head)
        if actor is None and work.actors and work.doc is not None:
            noun = antecedent(work.doc, att.source)  # "X, who said …": the span stays "who"
            actor = actor_for(work.actors, noun[:2], noun[2]) if noun else None
            if actor is None and noun:  # "X, a developer, who said …": the one the noun describes
                named = described(work.doc, noun[2])
                actor = actor_for(work.actors, named[:2], named[2]) if named else None
        if actor is None:
            actor = (named_alike(work.actors, text[s:e], s) or surnamed(work.actors, text, att.source)
                     or party_of(work.actors, text, att.source))
        speaker = Speaker(s, e, text[s:e], actor)
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
    attributions = find_reported(doc, table, text)
    attributions = join_quotes(doc, text, attributions, quoted)
    return univocal([a for a in attributions if a.content is not None])


def rule_attributions(doc, text: str, quoted) -> list[Attribution]:
    """The rules' attributions the stage outputs (``find_attributions`` less ``narrated``)."""
    return [a for a in find_attributions(doc, text, quoted=quoted) if not narrated(doc, a)]


def decode_skip(rules: list[Attribution], way: str | None) -> list[tuple[int, int]]:
    """Character spans whose model cues are not decoded: the cues and contents of the rule
    attributions that come before the model's in the combination ``way`` (a model cue there
    would be left out anyway); none for the model alone (``way`` None)."""
    if way is None or way == "model-first":
        return []
    before = rules if way == "rules-first" else [a for a in rules if a.parts]
    return [span for a in before for span in (a.cue, a.content)]


def model_attributions(doc, quoted, rules: list[Attribution], skip=(), model=None,
                       threshold: float | None = None, rule_probs: dict | None = None) -> list[Attribution]:
    """The learned model's attributions (``learned.py``); none when the model is not shipped.
    The rules' content for a cue is one of the candidates (and a feature) the model ranks;
    ``skip``: ``decode_skip``. Quoted stretches inside a content become its ``parts`` (a mixed
    or direct quote). ``model``, ``threshold``: other than the shipped ones (training);
    ``rule_probs``: filled with the cue model's probability of the rules' cue heads (``vetoed``)."""
    model = model or learned.load()
    if model is None:
        return []
    found = []
    spans = [(q.start, q.end) for q in quoted]
    for _, att in learned.predict(model, doc, spans, threshold, rules=rules, skip=skip, rule_probs=rule_probs):
        if narrated(doc, att):
            continue
        att.parts = [(a, b) for a, b in spans if att.content[0] <= a and b <= att.content[1]]
        found.append(att)
    return found


def narrated(doc, att: Attribution) -> bool:
    """Whether ``att``'s content is (inside) the object of its cue that names a kind of telling
    ("She told [a bedtime story]", "told a joke about [the mayor]"): the act, not what was said,
    so not a quote. Quote marks or a clause in the content keep it ("told the story of how …")."""
    if att.parts:
        return False
    head = learned.cue_head(doc, *att.cue)
    span = doc.char_span(att.content[0], att.content[1], alignment_mode="expand")
    if head is None or span is None:
        return False
    told = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in NARRATIVE_NOUNS]
    if not told:
        return False
    obj = told[0]
    inside = obj.left_edge.i <= span.start and span.end <= obj.right_edge.i + 1
    return (inside or span.start <= obj.i < span.end) and not any(
        t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in span)


def attributions_of(doc, text: str) -> list[Attribution]:
    """What the stage outputs, by ``METHOD``: the rules, the model, or both (``combine``);
    attributions whose content only names a kind of telling (``narrated``) are left out. Each
    method's final attributions are ``redrawn`` the same way, then their contents' edges are
    looked at again by the edge model (``edges.redraw``, its contents ``settled`` again: whole
    quotations), the quotations a colon or comma introduces that none of them has a role in are
    added (``introduced``), and their sources are looked at by the source model
    (``sources.choose``), so the three compare as the stage would output them."""
    quoted = find_quoted(text)
    spans = [(q.start, q.end) for q in quoted]

    def final(attributions: list[Attribution]) -> list[Attribution]:
        return after_models(doc, text, redrawn(text, attributions, quoted), spans)

    rules = rule_attributions(doc, text, quoted)
    if METHOD == "rules":
        return final(rules)
    way = combine_way() if METHOD == "combined" else None
    probs: dict[int, float] = {}
    model = model_attributions(doc, quoted, rules, decode_skip(rules, way), rule_probs=probs)
    if METHOD == "model":
        return final(sorted(model, key=lambda a: a.content))
    return final(combine(rules, model, way, vetoed(doc, rules, probs)))


# The steps after the source step, in order (name, function(doc, text, attributions, quoted spans)):
# each was measured on the tune side and dev before it was kept (docs/quotes.md).
AFTER_SOURCES: tuple = (("unsourced", sources.unsourced),)


def after_models(doc, text: str, attributions: list[Attribution], spans: list[tuple[int, int]],
                 edge_model=None, source_model=None, without: str | None = None) -> list[Attribution]:
    """Every step after the combination's ``redrawn`` attributions: the edge model
    (``edges.redraw``), ``settled``, ``introduced``, the source model (``sources.choose``), then
    ``AFTER_SOURCES``. ``edge_model``, ``source_model``: other than the shipped ones (training's
    tune side); ``without``: the name of one ``AFTER_SOURCES`` step to leave out (measuring it)."""
    drawn = edges.redraw(doc, text, attributions, spans, edge_model)
    drawn = sources.choose(doc, introduced(doc, text, settled(text, drawn, spans), spans), source_model)
    for name, step in AFTER_SOURCES:
        if name != without:
            drawn = step(doc, text, drawn, spans)
    return drawn


def redrawn(text: str, attributions: list[Attribution], quoted) -> list[Attribution]:
    """The final attributions with their boundaries drawn as PolNeAR draws them
    (``boundaries.py``: after the combination, so no part of what the model is trained from)."""
    spans = [(q.start, q.end) for q in quoted]
    drawn = carry_over(text, quoted_parts(text, attributions, spans), spans)
    drawn = whole_quotes(text, title_cut(text, paragraph_cut(text, drawn)), spans)
    return comma_closed(text, raised(drawn), spans)


def vetoed(doc, rules: list[Attribution], probs: dict[int, float], veto: float | None = None) -> set[int]:
    """Indices in ``rules`` of the attributions without quote marks whose cue the cue model
    gives a probability under ``veto`` (None: ``VETO``; 0 keeps them all): the combination
    leaves them out. ``probs``: cue head token -> probability (``model_attributions``'
    ``rule_probs``); a cue the model does not read (its lemma never headed a cue in training,
    or it lies inside an attribution decoded before) has none and is kept."""
    veto = VETO if veto is None else veto
    if not veto:
        return set()
    out = set()
    for k, att in enumerate(rules):
        head = None if att.parts else learned.cue_head(doc, *att.cue)
        if head is not None and probs.get(head.i, 1.0) < veto:
            out.add(k)
    return out


def _clash(a: Attribution, k: Attribution) -> bool:
    """Whether two attributions give one word two roles (PolNeAR's univocality)."""
    return (overlaps(a.content, k.content) or overlaps(a.cue, k.content) or overlaps(a.cue, k.cue)
            or (a.source is not None and overlaps(a.source, k.content))
            or (k.source is not None and overlaps(a.content, k.source)))


def _with_rule_source(att: Attribution, rules: list[Attribution]) -> Attribution:
    """A model attribution without a source takes the source the rules give the same cue (the
    subject a participle inherits: "X rebuffed the call, saying …")."""
    if att.source is not None:
        return att
    for rule in rules:
        if rule.source is not None and overlaps(rule.cue, att.cue) and not overlaps(rule.source, att.content):
            return dataclasses.replace(att, source=rule.source, source_head=rule.source_head)
    return att


def combine_way() -> str:
    """``COMBINE``, else the shipped model's choice, else "rules-first"."""
    if COMBINE:
        return COMBINE
    model = learned.load()
    return (model.meta.get("combine") if model is not None else None) or "rules-first"


def combine(rules: list[Attribution], model: list[Attribution], how: str | None = None,
            vetoes: set[int] = frozenset()) -> list[Attribution]:
    """Rules and model together (``COMBINE``): "quotes": the rules' attributions of quoted words
    (content with quote-mark ``parts``: direct quotes, interrupted quotes as one span) and the
    model's for the rest; "rules-first": every rule attribution and the model's where they do not
    clash; "model-first": every model attribution and the rules' quoted ones where they do not;
    "layered": the rules' quoted attributions, then the model's, then the rules' other ones, each
    where it does not clash with those before it. ``vetoes``: indices in ``rules`` left out
    (``vetoed``; their sources still go to model attributions of the same cue)."""
    how = how or combine_way()
    model = [_with_rule_source(att, rules) for att in model]
    rules = [a for k, a in enumerate(rules) if k not in vetoes]
    quoted = [a for a in rules if a.parts]
    layers = {"model-first": (model, quoted), "rules-first": (rules, model), "quotes": (quoted, model),
              "layered": (quoted, model, [a for a in rules if not a.parts])}[how]
    out: list[Attribution] = []
    for layer in layers:  # each layer is univocal in itself; it gives way to the layers before it
        before = list(out)
        out += [att for att in layer if not any(_clash(att, k) for k in before)]
    return sorted(out, key=lambda a: a.content)


def find_quotes(work: Work) -> list[Quote]:
    """The quotes of ``work``; found on its text in English marks (``nlp.english_marks``), while
    every span written out is cut from ``work.text`` itself. ``nlp.parse`` parses that copy, so
    its Doc is only relabelled; a Doc made otherwise (``nlp(text)``) has the copy parsed again."""
    reading, doc = nlp_module.english_marks(work.text), work.doc
    if reading != work.text:
        if doc.user_data.get(nlp_module.READ_AS) == reading:
            doc = nlp_module.relabelled(doc, reading)
        else:
            doc = next(nlp_module.parse([reading], nlp=nlp_module.pipeline_of(doc)))
    quotes = [q for att in attributions_of(doc, reading) for q in to_quotes(work, att)]
    return carry_pronoun_speakers(quotes, work.text, doc)


def setup() -> None:
    """Load the attribution model, the edge model and the source model once (the stage's ``setup``)."""
    learned.load()
    edges.load()
    sources.load()


@stage("quotes", requires=("doc", "actors"), assigns=("quotes",), setup=setup)
def run(work: Work) -> None:
    work.quotes = find_quotes(work)
