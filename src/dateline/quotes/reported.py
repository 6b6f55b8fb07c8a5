"""Attributions found in the dependency parse: a cue word, its subject (the speaker) and its
complement (the content), plus "according to X, …".

Each candidate is named by its cue lemma and the *pattern* linking cue and content:

- ``ccomp``  "X said (that) Y"            content = the clausal complement after the cue
- ``paren``  "Y, X said." / "Y, said X."  content = the clause the cue interrupts or follows
- ``raising`` "Y appears to Z"            content = the whole clause, with no source
- ``xcomp``  "X vowed to Y"               content = the infinitive complement
- ``dobj``   "X denounced Y"              content = the direct object
- ``prep``   "X called for Y"             content = the object of the cue's preposition
- ``according``  "according to X, Y"
- ``noun-that`` "X's claim that Y"        content = the that-clause of a speech noun
- ``noun-prep`` "X's call for Y"          content = the object of the noun's preposition

Which (pattern, lemma) pairs count as attributions is data: ``cue_table.CUE_TABLE``, calibrated
on PolNeAR train. Direct quotation marks are dealt with afterwards (``direct.py``), which widens
contents to whole quotes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from . import lexicon
from .marks import GUILLEMETS, mark_role

_EDGE_TOKENS = set(",;:—–-")


@dataclass(slots=True)
class Attribution:
    """One attribution under construction: character offsets into the text."""

    cue: tuple[int, int]
    content: tuple[int, int] | None
    source: tuple[int, int] | None = None
    source_head: int | None = None  # character offset of the source's head token
    pattern: str = ""  # which rule found it (see the module docstring)
    lemma: str = ""
    parts: list[tuple[int, int]] = field(default_factory=list)


def _trim(doc, start_tok: int, end_tok: int) -> tuple[int, int] | None:
    """Character span of tokens [start_tok, end_tok) without edge punctuation and spaces, nor a
    leading date that belongs to the cue ("said Tuesday [his actions are …]")."""
    while start_tok < end_tok and doc[start_tok].ent_type_ in ("DATE", "TIME") and _date_adverb(doc[start_tok]):
        start_tok += 1
    while start_tok < end_tok and (doc[start_tok].is_space or doc[start_tok].text in _EDGE_TOKENS):
        start_tok += 1
    while end_tok > start_tok and (doc[end_tok - 1].is_space or doc[end_tok - 1].text in _EDGE_TOKENS
                                   or doc[end_tok - 1].text in ("(", ".") or doc[end_tok - 1].dep_ == "cc"):
        end_tok -= 1
    if end_tok <= start_tok:
        return None
    return doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1])


def _after_last_break(doc, start: int, end: int) -> int:
    """Where a content that ends at its cue clause starts: after the last colon, semicolon or
    dash before it ("At the same time, the tax has not hurt: [London was …], according to"), not
    one inside a quotation. A guillemet closes or opens as ``marks.mark_role`` reads it (» opens
    German and Polish quotations, closes French ones)."""
    depth = 0
    for i in range(end - 1, start, -1):
        token = doc[i]
        text = token.text
        if text in ("”", "“") or text in GUILLEMETS:
            role = "close" if text == "”" else "open" if text == "“" else \
                mark_role(doc.text, token.idx, token.idx + len(text), text)
            depth += 1 if role == "close" else -1
        elif depth == 0 and text in lexicon.CLAUSE_BREAKS:
            return i + 1
    return start


def _date_adverb(token) -> bool:
    """Whether ``token`` is part of a bare date used as an adverb ("Tuesday", "last week")."""
    for _ in range(3):
        if token.dep_ == "npadvmod":
            return True
        if token.head.i == token.i or token.head.ent_type_ not in ("DATE", "TIME"):
            return False
        token = token.head
    return False


def _subtree_span(doc, token) -> tuple[int, int] | None:
    return _trim(doc, token.left_edge.i, token.right_edge.i + 1)


def _cut_at(doc, token) -> int | None:
    """Where the content headed by ``token`` ends when its right side carries something that is
    not content: a second attribution verb the parser hung on it ("…, and called on X").
    (Cutting non-restrictive tails such as ", which …" was tried and lost exact matches on
    PolNeAR train: its contents keep them.)"""
    cut = None
    for d in token.subtree:
        if d.i <= token.i or (cut is not None and d.i >= cut):
            continue
        if d.dep_ == "conj" and d.pos_ in ("VERB", "AUX") and d.lemma_.lower() in lexicon.CUT_CONJ_VERBS \
                and not any(c.dep_ in lexicon.SUBJECT_DEPS for c in d.children):
            start = d.left_edge.i
            while start > token.i and doc[start - 1].dep_ in ("cc", "punct"):
                start -= 1
            cut = start
    return cut


def _content_span(doc, token) -> tuple[int, int] | None:
    """The content headed by ``token``: its subtree, cut before a non-content tail."""
    end = token.right_edge.i + 1
    cut = _cut_at(doc, token)
    if cut is not None and cut > token.left_edge.i:
        end = cut
    return _trim(doc, token.left_edge.i, end)


def _subject(token):
    """The subject of ``token``, inherited through participles and coordination."""
    for _ in range(4):
        for child in token.children:
            if child.dep_ in lexicon.SUBJECT_DEPS:
                return child
        if token.dep_ in lexicon.INHERIT_SUBJECT_DEPS and token.head.i != token.i:
            token = token.head
            continue
        return None
    return None


def speaker_of(doc, verb) -> tuple[tuple[int, int] | None, int | None]:
    subject = _subject(verb)
    if subject is None or subject.dep_ == "nsubjpass":
        return None, None
    if subject.lower_ in ("it", "there") and subject.head.i == verb.i and verb.lemma_ in ("seem", "appear"):
        return None, None
    start = subject.left_edge.i
    # "… with the Taliban, State Department spokesman Ned Price said": the parser may hang
    # words before a comma on the speaker; the speaker starts after the last comma before its head.
    for i in range(subject.i - 1, start - 1, -1):
        if doc[i].text == ",":
            start = i + 1
            break
    return _trim(doc, start, subject.right_edge.i + 1), subject.idx


def cue_span(doc, verb, last=None) -> tuple[int, int]:
    """The cue: the verb, with its particle ("pointed out") or ``last`` (a preposition)."""
    end = verb
    for child in verb.children:
        if child.dep_ == "prt" and child.i == end.i + 1:
            end = child
    if last is not None and last.i > end.i and last.i - end.i <= 2:
        end = last
    return verb.idx, end.idx + len(end)


def find_reported(doc, table: Mapping[str, frozenset[str]] | None, text: str | None = None) -> list[Attribution]:
    """Candidate attributions whose (pattern, cue lemma) is in ``table``; every candidate when
    ``table`` is None (used to calibrate the table). ``text``: the doc's text, when at hand
    (``Doc.text`` is rebuilt from the tokens on every call)."""

    # Each finder with the cue lemmas its pattern allows (None: any), looked up once per document
    # rather than once per word and pattern.
    def allowing(finders):
        return [(pattern, finder, None if table is None else table.get(pattern, ()))
                for pattern, finder in finders]

    noun_finders, verb_finders = allowing(_NOUN_FINDERS), allowing(_FINDERS)
    found: list[Attribution] = []
    text = doc.text if text is None else text
    for i in _cue_words(doc, noun_finders, verb_finders):
        verb = doc[i]
        if verb.lower_ == "according" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to":
            att = _according_to(doc, verb)
            if att:
                found.append(att)
            continue
        pos = verb.pos_
        if pos == "NOUN":
            finders = noun_finders
        elif pos in ("VERB", "AUX"):
            finders = verb_finders
        else:
            continue
        lemma = verb.lemma_.lower()
        for pattern, finder, lemmas in finders:
            if lemmas is None or lemma in lemmas:
                att = finder(doc, verb)
                if att:
                    att.pattern, att.lemma = pattern, lemma
                    found.append(att)
                    break
    return [att for att in (_within_paragraph(text, att) for att in found) if att.content]


def _cue_words(doc, noun_finders, verb_finders) -> list[int]:
    """The indices of the words ``find_reported`` may take as a cue, read from one
    ``Doc.to_array`` (a spaCy ``Token`` costs more to make than these tests): "according" before
    "to", and the nouns and verbs whose lower-cased lemma some finder of their kind allows."""
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.strings import get_string_id
    from spacy.symbols import AUX, NOUN, VERB

    if not len(doc):
        return []
    lower, pos, lemma = doc.to_array([LOWER, POS, LEMMA]).T
    according = lower == np.uint64(get_string_id("according"))
    according[:-1] &= lower[1:] == np.uint64(get_string_id("to"))
    according[-1] = False
    strings = doc.vocab.strings
    wanted = according
    for kind, finders in ((pos == NOUN, noun_finders), ((pos == VERB) | (pos == AUX), verb_finders)):
        if not kind.any():
            continue
        allowed = [lemmas for _, _, lemmas in finders]
        if any(lemmas is None for lemmas in allowed):
            wanted = wanted | kind
            continue
        allowed = set().union(*allowed)
        ids = [x for x in set(lemma[kind].tolist()) if strings[x].lower() in allowed]
        wanted = wanted | (kind & np.isin(lemma, np.array(ids, dtype=np.uint64)))
    return np.flatnonzero(wanted).tolist()


def _within_paragraph(text: str, att: Attribution) -> Attribution:
    """Clip content and source to the cue's paragraph: the parser sometimes runs a sentence on
    over a line break (quotes that do continue into the next paragraph are joined later, from
    their quotation marks)."""
    para_start = text.rfind("\n", 0, att.cue[0]) + 1
    para_end = text.find("\n", att.cue[1])
    para_end = len(text) if para_end < 0 else para_end
    start, end = max(att.content[0], para_start), min(att.content[1], para_end)
    att.content = (start, end) if end > start else None
    if att.source:
        s, e = max(att.source[0], para_start), min(att.source[1], para_end)
        att.source = (s, e) if e > s else None
    return att


def _predicate_span(doc, verb, first) -> tuple[int, int] | None:
    """The content of an object-taking cue: from its first complement (``first`` or an earlier
    object) through the complements that follow it, up to a comma, conjunction or clause
    ("told [Jeb Bush to quiet down]", "endorsed [Jeb Bush in the GOP race]")."""
    start = first.left_edge.i
    for child in verb.rights:
        if child.dep_ in ("dobj", "dative") and child.i < first.i:
            start = min(start, child.left_edge.i)
    end = first.right_edge.i + 1
    for child in verb.rights:
        if child.i <= first.i or child.left_edge.i < end:
            continue
        if child.dep_ == "punct" and child.text not in lexicon.CLAUSE_PUNCT:
            continue
        if child.dep_ not in lexicon.PREDICATE_DEPS or child.left_edge.i > end + 1:
            break
        end = child.right_edge.i + 1
    cut = _cut_at(doc, first)
    if cut is not None and start < cut < end:
        end = cut
    return _trim(doc, start, end)


def _with_source(doc, verb, content, cue=None, need_source=False) -> Attribution | None:
    if content is None:
        return None
    source, head = speaker_of(doc, verb)
    if need_source and source is None:
        return None
    return Attribution(cue or cue_span(doc, verb), content, source, head)


def _ccomp(doc, verb) -> Attribution | None:
    """"X said (that) Y": the clausal complement after the cue."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            return _with_source(doc, verb, _content_span(doc, child))
    return None


def _raising(doc, verb) -> Attribution | None:
    """"Support for the mayor appears to have collapsed": the whole clause, subject and cue
    included, is the content (PolNeAR's convention), and nobody is its source."""
    if verb.lemma_.lower() not in lexicon.RAISING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i:
            subject = _subject(verb)
            start = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
            return Attribution(cue_span(doc, verb), _trim(doc, start, child.right_edge.i + 1))
    return None


def _xcomp(doc, verb) -> Attribution | None:
    """"X vowed to Y": the infinitive complement (with its "to")."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return _with_source(doc, verb, _predicate_span(doc, verb, child))
    return None


def _dobj(doc, verb) -> Attribution | None:
    """"X denounced Y": the direct object."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.i > verb.i:
            return _with_source(doc, verb, _predicate_span(doc, verb, child), need_source=True)
    return None


def _prep(doc, verb) -> Attribution | None:
    """"X called for Y": the object of the cue's own preposition."""
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i and child.i - verb.i <= 2:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    return _with_source(doc, verb, _content_span(doc, obj), cue_span(doc, verb, child),
                                        need_source=True)
            return None
    return None


def _paren(doc, verb) -> Attribution | None:
    """"Y, X said." / "Y, said X.": the cue clause attached to (or heading) the content clause."""
    # spaCy parses "Y, he said" either with "said" as root and Y its ccomp (before it) ...
    for child in verb.children:
        if child.dep_ in ("ccomp", "parataxis") and child.i < verb.i:
            start, end = child.left_edge.i, child.right_edge.i + 1
            start = _after_last_break(doc, start, end)
            return _with_source(doc, verb, _trim(doc, start, end), need_source=True)
    # ... or with Y's verb as root and "said" a parataxis/ccomp child after it.
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        if any(t.dep_ == "mark" for t in verb.children):
            return None
        head = verb.head
        end = verb.left_edge.i
        start = head.left_edge.i
        if head.right_edge.i > verb.right_edge.i + 1:  # "Y, he said, Z": content runs on
            end = head.right_edge.i + 1
        else:
            start = _after_last_break(doc, start, end)
        return _with_source(doc, verb, _trim(doc, start, end), need_source=True)
    return None


def _noun_source(doc, noun) -> tuple[tuple[int, int] | None, int | None]:
    """Whose claim: the possessor ("his call for"), else the subject of the verb the noun is
    the object of ("made the claim that")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return _subtree_span(doc, child), child.idx
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        return speaker_of(doc, noun.head)
    return None, None


def _noun_clause(doc, noun) -> Attribution | None:
    """"the claim that Y": a that-clause hanging on a speech noun."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "appos") and child.i > noun.i and \
                any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            content = _content_span(doc, child)
            source, head = _noun_source(doc, noun)
            return Attribution(cue_span(doc, noun), content, source, head) if content else None
    return None


def _noun_prep(doc, noun) -> Attribution | None:
    """"his call for Y", "her criticism of Y": the object of the noun's preposition; the
    possessor (or the subject of the verb the noun is the object of) is the source."""
    for child in noun.children:
        if child.dep_ == "prep" and child.i == noun.i + 1:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    source, head = _noun_source(doc, noun)
                    if source is None:
                        return None
                    return Attribution(cue_span(doc, noun, child), _content_span(doc, obj), source, head)
            return None
    return None


_NOUN_FINDERS = (("noun-that", _noun_clause), ("noun-prep", _noun_prep))

_FINDERS = (("ccomp", _ccomp), ("paren", _paren), ("raising", _raising), ("xcomp", _xcomp), ("dobj", _dobj),
            ("prep", _prep))


def _according_to(doc, according) -> Attribution | None:
    """"According to X, Y" and "Y, according to X"."""
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = _subtree_span(doc, objects[0])
    phrase_start, phrase_end = according.i, objects[0].right_edge.i + 1
    sent = according.sent
    lead = doc[sent.start:phrase_start].text.strip(" \"“‘'")
    if not lead:
        content = _trim(doc, phrase_end, sent.end)
    else:
        content = _trim(doc, _after_last_break(doc, sent.start, phrase_start), phrase_start)
        if phrase_end < sent.end - 1 and not doc[phrase_end].is_punct:
            content = None
    if content is None:
        return None
    return Attribution((according.idx, to.idx + len(to)), content, source, objects[0].idx,
                       "according", "according to")
