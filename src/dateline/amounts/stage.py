"""The ``amounts`` stage: money, counts of people and things, and percentages.

An amount is found by a pattern over the text (``patterns.AMOUNT``: qualifier, currency, number,
scale, percent or currency word) and then read against the parse: a count needs the noun it
counts ("3.5 million Afghans"), money may name what it is ("$9.5 billion in assets"). Years,
dates, durations ("three decades"), ordinals and numbers inside names ("Boeing 747", "G20") are
not amounts.
"""

from __future__ import annotations

import re

from ..model import Amount
from ..pipeline import Work, stage
from . import lexicon
from .patterns import AMOUNT, read_number

# spaCy entity labels under which a number is part of a name or a date, not an amount.
NOT_AMOUNT_LABELS = frozenset({"DATE", "TIME", "ORDINAL", "ORG", "PRODUCT", "LAW", "WORK_OF_ART",
                               "FAC", "EVENT", "PERSON", "GPE", "LOC"})


def _blocked(work: Work, start: int, end: int, blocking) -> bool:
    """A number inside a timex or a date/name entity (``blocking``: the (start, end) characters
    of the entities with those labels, as ``_blocking_entities`` gives them)."""
    for timex in work.timexes:
        if timex.start < end and start < timex.end:
            return True
    for ent_start, ent_end in blocking:
        if ent_start < end and start < ent_end:
            return True
    return False


def _entities(doc) -> list[tuple[int, int, str, int, int]]:
    """The doc's entities as (start_char, end_char, label, start, end): read once per article,
    as each access to ``doc.ents`` walks every token and builds a Span per entity."""
    return [(e.start_char, e.end_char, e.label_, e.start, e.end) for e in doc.ents]


def _blocking_entities(entities) -> list[tuple[int, int]]:
    """The characters of the ``_entities`` whose labels make a number part of a name or date."""
    return [(s, e) for s, e, label, _, _ in entities if label in NOT_AMOUNT_LABELS]


def _counted_noun(doc, start: int, end: int):
    """The noun a count modifies ("3.5 million Afghans" -> Afghans), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span[-1]
    for _ in range(4):
        if token.i >= span.end and token.pos_ in ("NOUN", "PROPN"):
            return token
        if token.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and token.head.i > token.i:
            token = token.head
            continue
        # "thousands of people", "3.5 million of them"
        preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1]
        if preps:
            objects = [c for c in preps[0].children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN"):
                return objects[0]
        return None
    return None


def _object_text(doc, noun, after: int) -> tuple[str, int, int]:
    """The counted noun with the modifiers between the amount and it ("armoured vehicles")."""
    first = noun
    for token in doc[max(0, noun.i - 3):noun.i]:
        if token.idx >= after and token.dep_ in ("amod", "compound") and token.head.i == noun.i:
            first = token
            break
    return doc[first.i:noun.i + 1].text, first.idx, noun.idx + len(noun)


def _money_object(doc, start: int, end: int):
    """What a sum is: "$9.5 billion in assets", "a $5 million grant"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    nxt = doc[span.end]
    if nxt.lower_ in lexicon.MONEY_OBJECT_PREPS:
        for child in nxt.subtree:
            if child.dep_ == "pobj" and child.pos_ in ("NOUN", "PROPN"):
                return _object_text(doc, child, nxt.idx + len(nxt))[0]
        return None
    if nxt.pos_ == "NOUN":
        noun = nxt
        while noun.dep_ == "compound" and noun.i < noun.head.i <= noun.i + 3:
            noun = noun.head
        return doc[nxt.i:noun.i + 1].text
    return None


_UNIT_WORD = re.compile(r"\s?(square \w+|[^\W\d_]+|°|km/h)", re.UNICODE)


def _measure_unit(text: str, end: int) -> tuple[str, int] | None:
    """The unit of measurement right after a number ("700 miles", "75 m", "67.5°") and where
    it ends, if there is one."""
    match = _UNIT_WORD.match(text, end)
    if not match:
        return None
    word = match.group(1)
    unit = lexicon.MEASURE_UNITS.get(word) or lexicon.MEASURE_UNITS.get(word.lower())
    return (unit, match.end()) if unit else None


def _is_people(noun, entities) -> bool:
    """A noun that names people, or lies in a NORP entity (``entities``: as ``_entities``)."""
    if noun.lower_ in lexicon.PEOPLE_NOUNS or noun.lemma_.lower() in lexicon.PEOPLE_NOUNS:
        return True
    return any(label == "NORP" and start <= noun.i < end for _, _, label, start, end in entities)


def find_amounts(work: Work) -> list[Amount]:
    text, doc = work.text, work.doc
    amounts = []
    entities = None  # read from the doc once, when first needed
    blocking = None
    for m in AMOUNT.finditer(text):
        number = read_number(m)
        if number is None:
            continue
        value, approximate = number
        start, end = m.start(), m.end()
        start += len(m.group()) - len(m.group().lstrip())
        if end < len(text) and text[end] == "-" and text[end + 1:end + 2].isalpha():
            continue  # "a ten-storey building", "two-thirds": part of a compound word
        num_start = m.start("number")
        currency = m.group("currency")
        unit = None
        if currency:
            unit = lexicon.CURRENCY_PREFIXES.get(currency.strip()) or lexicon.CURRENCY_PREFIXES.get(currency.strip().upper())
        elif m.group("currency_word"):
            unit = lexicon.CURRENCY_WORDS.get(m.group("currency_word").lower().strip()) or \
                lexicon.CURRENCY_WORDS.get(m.group("currency_word").strip())
        elif m.group("percent"):
            unit = "percentage points" if "point" in m.group("percent").lower() else "percent"
        if unit is None and blocking is None:
            entities = _entities(doc)
            blocking = _blocking_entities(entities)
        if unit is None and _blocked(work, num_start, end, blocking):
            continue
        if unit is None and m.group("scale") is None \
                and m.group("digits") and len(m.group("digits")) == 4 and 1000 <= value <= 2100:
            continue  # a year
        obj = None
        if unit in ("percent", "percentage points"):
            pass
        elif unit:
            obj = _money_object(doc, num_start, end)
        else:
            measure = _measure_unit(text, end)
            if measure:
                unit, end = measure
            else:
                noun = _counted_noun(doc, num_start, end)
                if noun is None or noun.lower_ in lexicon.TIME_NOUNS or noun.lemma_.lower() in lexicon.TIME_NOUNS:
                    continue
                obj = _object_text(doc, noun, end)[0]
                # ``entities`` was read above: ``unit`` was None
                unit = "people" if _is_people(noun, entities) else "count"
        approximate = approximate or bool(m.group("approx")) or bool(m.group("suffix"))
        amounts.append(Amount(start, end, text[start:end], value, unit, approximate, obj))
    return amounts


@stage("amounts", requires=("doc",), assigns=("amounts",))
def run(work: Work) -> None:
    work.amounts = find_amounts(work)
