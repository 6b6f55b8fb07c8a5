"""When and where: the timex and the place that govern an event's clause.

A timex or toponym governs an event when the first clause word above it in the parse (a verb, or
an event noun that is itself a trigger) is the event's clause verb or trigger: in "West met
representatives of the Taliban on a visit to Pakistan last month", "last month" and "Pakistan"
both climb to "met". A clause no timex governs takes the date of the nearest clause above it in
its sentence that one governs (basis "sentence": "X said on Tuesday that Y attacked" dates the
attack Tuesday, but "that Y had attacked" does not), else that of an earlier telling of the same
occurrence (basis "context"), else the publication date.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from datetime import date, timedelta
from types import SimpleNamespace

from ..model import EventPlace
from ..time.calendar import is_day
from ..time.tense import NOUN_MODIFIER_DEPS, qualified_noun
from . import cues
from .lexicon import infinitival

DATED_TYPES = frozenset({"DATE", "TIME"})

# GeoNames feature codes from most to least specific; a clause naming "Qatar's capital, Doha"
# happened in Doha.
SPECIFICITY = ("PPL", "ADM4", "ADM3", "ADM2", "ADM1", "PCL")


HEADS_KEY = "dateline.events.token_at"  # doc.user_data: (start, end) -> head token index


def token_at(doc, start: int, end: int):
    """The head token of the character span [start, end) of ``doc``, or None. The same spans
    (timexes, places) are asked for again by every event of an article: each span's head is
    found once per document and kept by index (``Doc.char_span`` and ``Span.root`` make new
    Token objects on every call)."""
    heads = doc.user_data.get(HEADS_KEY)
    if heads is None:
        heads = doc.user_data[HEADS_KEY] = {}
    key = (start, end)
    if key not in heads:
        span = doc.char_span(start, end, alignment_mode="expand")
        heads[key] = None if span is None or len(span) == 0 else span.root.i
    index = heads[key]
    return None if index is None else doc[index]


def governor(token, triggers: set[int]):
    """The first verb (or trigger noun) above ``token``."""
    current = token
    for _ in range(12):
        head = current.head
        if head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = head
        if current.i in triggers or current.pos_ in ("VERB", "AUX"):
            return current
    return None


def governed(items, doc, heads_of_event: set[int], triggers: set[int]) -> list:
    """The items (spans with start/end) whose governor is one of ``heads_of_event``."""
    return [item for item, gov in governors(items, doc, triggers) if gov.i in heads_of_event]


def governors(items, doc, triggers: set[int]) -> list[tuple]:
    """Each item (a span with start/end) that has a governor, with it: (item, governing token)."""
    out = []
    for item in items:
        token = token_at(doc, item.start, item.end)
        if token is None:
            continue
        gov = governor(token, triggers)
        if gov is not None:
            out.append((item, gov))
    return out


def timex_governors(dated, doc, triggers, anchor) -> list[tuple]:
    """:func:`governors` of the timexes ``dated`` (:func:`dated_timexes`) that may date an
    event's clause, found once per event: not a deadline (:func:`deadline`: "given them until
    Thursday to leave" dates neither its clause nor the clauses below it), nor the day of another
    occurrence (:func:`other_occasion`), nor a wire dateline's day (:func:`in_dateline`); a
    time placed between a reporting verb and the subject of the clause it reports is the
    report's (:func:`reported_from`)."""
    out = []
    for item, gov in governors(dated, doc, triggers):
        if deadline(item, doc, anchor) or other_occasion(item, gov, doc) or \
                in_dateline(item, doc):
            continue
        out.append((item, reported_from(item, gov, doc)))
    return out


def reported_from(item, gov, doc):
    """The verb that the timex ``item`` belongs to when the parse hangs it, as an adverbial, on
    the clause that verb reports without "that": "Israel said on Monday it had killed a
    commander" (the parse takes "on Monday" for the killing's, though it comes before the
    killing's subject "it"); else ``gov``. Not a time inside that subject ("found
    unconstitutional a 2005 law permitting ...")."""
    if gov.dep_ != "ccomp" or gov.head.pos_ not in ("VERB", "AUX"):
        return gov
    token = token_at(doc, item.start, item.end)
    subject = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if token is None or subject is None or not gov.head.i < token.i < subject.i or any(
            c.dep_ == "mark" for c in gov.children) or not _adverbial_of(token, gov) or any(
            t.is_punct for t in doc[gov.head.i + 1:token.i]):
        return gov  # 'saying, "Today, I signed ...': the quotation's own time
    return gov.head


def event_date(governing, heads_of_event, doc=None, triggers=frozenset()):
    """The first timex whose governor is one of ``heads_of_event``, else None; of several, the
    first that does not name which thing a noun is (:func:`qualifies_noun`: "ahead of the 2018
    elections, the army moved on November 15, 2017" is November 15, 2017). ``governing``:
    :func:`governors` of the timexes :func:`dated_timexes` keeps, found once per event."""
    found = [item for item, gov in governing if gov.i in heads_of_event]
    if len(found) > 1 and doc is not None:
        first = next((item for item in found if not qualifies_noun(item, doc, triggers)),
                     found[0])
        return finest_within(first, found)
    return found[0] if found else None


def finest_within(first, found: list):
    """The time of ``found`` that lies inside ``first`` and is the narrowest of them, else
    ``first``: a clause dated twice, by a year and by a month or day of it ("In 2016, the rebels
    seized the town in June"), happened in the month. Times outside ``first`` are other
    readings (a noun's day, a bound) and do not replace it."""
    outer = value_range((first.value or "").split("T")[0])
    if outer is None:
        return first
    best, best_span = first, outer[1] - outer[0]
    for item in found:
        inner = value_range((item.value or "").split("T")[0])
        if inner is not None and outer[0] <= inner[0] and inner[1] <= outer[1] and \
                inner[1] - inner[0] < best_span:
            best, best_span = item, inner[1] - inner[0]
    return best


# A wire dateline before the lede on its line: "GAZA CITY, Dec 5 (Reuters) - ", "JERUSALEM,
# Dec. 5 (AP) — " (the place in capitals, the filing day, the agency, a dash).
DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'-]+(?:,[ \t]+[A-Z][A-Za-z .'-]+)?,[ \t]*$")
DATELINE_AFTER = re.compile(r",?[ \t]*(?:\d{4}[ \t]*)?(?:\([A-Za-z .&-]+\)[ \t]*)?[-–—]")


def in_dateline(item, doc) -> bool:
    """Whether the timex ``item`` is the filing day of a wire dateline that begins the line of
    the lede ("GAZA CITY, Dec 5 (Reuters) - Israeli warplanes bombed the city, residents said
    yesterday"): like a dateline on a line of its own it dates no clause (the parse hangs the
    place on the lede's verb); the lede's events take their own times, else the sentence's
    (:func:`lone_day`: the filing day before publication), else the publication date. Kept
    per document with the spans' heads (:func:`token_at`)."""
    heads = doc.user_data.setdefault(HEADS_KEY, {})
    key = ("dateline", item.start, item.end)
    if key not in heads:
        text = doc.text
        heads[key] = bool(DATELINE_BEFORE.search(text, max(0, item.start - 60), item.start)) \
            and bool(DATELINE_AFTER.match(text, item.end))
    return heads[key]


def subject_date(governing, clause, triggers):
    """The timex of the event noun that is the subject (or the agent) of the event's clause, when
    the clause has none of its own: "Tuesday's strike killed 12 people", "were killed by
    Sunday's shelling" -- the killing came in the strike. ``governing`` as for
    :func:`event_date`; ``triggers``: the token indices of the sentence's event words."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] + [
        o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    nouns = {s.i for s in subjects if s.i in triggers and s.pos_ in ("NOUN", "PROPN")}
    return next((item for item, gov in governing if gov.i in nouns), None)


# The prepositions of a deadline: "had given the government until Thursday to withdraw it",
# "ordered the accused remain in custody until April 5"; "by" on a demand ("demanded the
# release of the prisoners by Friday": the release is due Friday, the demand is the story's).
DEADLINE_WORDS = frozenset({"until", "till"})
DEMAND_VERBS = cues.REQUEST_VERBS | frozenset({"order", "give", "set", "issue", "tell"})


def deadline(item, doc, anchor) -> bool:
    """Whether the timex ``item`` is a deadline after ``anchor``, "until Thursday" (or "by
    Friday" on a demand): the end of what its clause tells (a demand, an order, a stay), not its
    time; the clause happened by the day of the telling (eleventh session of 2026-12-06: on the
    Wikinews labels' tune half every such clause is dated by the story, never by the deadline).
    Not a negated clause, whose event comes on the day ("did not endorse her until July"), nor
    a past bound ("until 1997"). The demanded act keeps a deadline of its own clause ("demanded
    that Israel withdraw by Friday": the withdrawal, requested, is Friday's)."""
    token = token_at(doc, item.start, item.end)
    if token is None or not is_future(item.value, anchor):
        return False
    preposition = token.head
    if token.dep_ != "pobj" or not (preposition.lower_ in DEADLINE_WORDS or (
            preposition.lower_ == "by" and preposition.head.lemma_.lower() in DEMAND_VERBS)):
        return False
    before = doc[preposition.i - 1] if preposition.i > 0 else None
    return not (before is not None and before.lower_ == "not") and not any(
        c.dep_ == "neg" for c in preposition.head.children)


# The prepositions whose object's time is the clause's: "were killed in Tuesday's attack",
# "walked out during Monday's session"; not "ahead of the 2018 elections", "for the 1968
# assassination", "before yesterday's announcements".
CO_TEMPORAL_PREPOSITIONS = frozenset({"in", "during", "at", "on", "amid", "amidst", "throughout"})


def qualifies_noun(item, doc, triggers) -> bool:
    """Whether the timex ``item`` names which thing a noun is ("the 2018 elections", "the 1968
    assassination", "yesterday's announcements", "the Tenure of Office Act of 1867") rather than
    when its clause happened: a modifier of a noun that is no trigger, unless the noun is the
    object of a preposition of the same time ("killed in Tuesday's attack")."""
    token = token_at(doc, item.start, item.end)
    noun = None if token is None else qualified_noun(token, of_phrase=True)
    if noun is None or noun.i in triggers:
        return False
    return not (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and
                noun.head.lower_ in CO_TEMPORAL_PREPOSITIONS)


# The words that place a clause before or after another occurrence: "vowed to destroy Hamas
# after the Oct. 7 attack", "arrested 30 suspects before Tuesday's vote", "ahead of Sunday's
# election", "following the Oct. 17 blast".
SEQUENCE_WORDS = frozenset({"after", "before", "following", "ahead", "prior"})


def other_occasion(item, gov, doc) -> bool:
    """Whether the timex ``item`` gives the day of another occurrence that the clause of its
    governor ``gov`` is told before or after: a day (not a month or a year: "after his 2016
    arrest" is 2016 for the labels too) naming a noun's occurrence, or in a phrase on that noun,
    under one of SEQUENCE_WORDS on the way up to ``gov`` ("after the riots on Nov. 23"; "after
    Tuesday's vote"). Not a time that is itself the object of the word ("just after midnight",
    "shortly before 10 a.m.": the clause is of that day), nor a noun the governor is (the
    occurrence the day names: "the Oct. 7 attack" dates the attack)."""
    if not is_day((item.value or "")[:10]):
        return False
    token = token_at(doc, item.start, item.end)
    if token is None or token.dep_ == "pobj" and token.head.lower_ in SEQUENCE_WORDS:
        return False
    current = token
    for _ in range(12):
        if current.i == gov.i or current.head.i == current.i:
            break
        current = current.head
        if current.lower_ in SEQUENCE_WORDS and current.dep_ in ("prep", "advmod"):
            return True
    return False


def measured_date(trigger, clause, governing, heads_of_event, doc, timexes):
    """The day of an event noun that a measured time places before or after the day of its
    clause (one of SEQUENCE_WORDS with a duration: "launched its offensive on Nov. 2, four weeks
    after the Hamas attack" is October 5; "hours after the attack" the clause's day), as an
    object with the ISO day as ``value``; else None. Not a noun a time of its own dates ("after
    the Oct. 7 attack"). Without a measure the clause's day stands: the labels date "sworn in on
    August 2 following Rosselló's resignation" August 2 (thirteenth session of 2026-12-06).
    ``governing`` as for :func:`event_date`."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.i == clause.i or any(
            gov.i == trigger.i for _, gov in governing):
        return None
    word = trigger
    for _ in range(12):
        if word.head.i == word.i or word.i == clause.i:
            return None
        word = word.head
        if word.lower_ in SEQUENCE_WORDS and word.dep_ in ("prep", "advmod"):
            break
    else:
        return None
    measure = next((c for c in word.children if c.dep_ == "npadvmod"), None)
    clause_day = event_date(governing, heads_of_event)
    if measure is None or clause_day is None or not is_day(clause_day.value[:10]):
        return None
    value = next((t.value for t in timexes if t.type == "DURATION" and t.value and
                  (token := token_at(doc, t.start, t.end)) is not None and token.i == measure.i),
                 None)
    m = re.fullmatch(r"P(\d+)([DW])|PT.*", value or "")
    if m is None:
        return None
    days = 0 if value.startswith("PT") else int(m[1]) * (7 if m[2] == "W" else 1)
    day = date.fromisoformat(clause_day.value[:10])
    day += timedelta(days=-days if word.lower_ in ("after", "following") else days)
    return SimpleNamespace(value=day.isoformat())


def dated_timexes(timexes, text: str, at: int | None) -> list:
    """The timexes that can date an event: DATE or TIME with a calendar value (not a duration,
    a vague reference or a decade: not "194" from "in his forties") on the line of the position
    ``at`` (a dateline the parser joined to the lede does not date the lede's events). ``text``
    is the document's text (``Doc.text`` joins every token's text anew on each call)."""
    return [t for t in timexes if t.type in DATED_TYPES and t.value and not
            t.value.startswith("P") and t.value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
            and not re.fullmatch(r"\d{2,3}", t.value)
            and (at is None or "\n" not in text[min(at, t.start):max(at, t.end)])]


def _perfect(verb) -> bool:
    """"had shot down", "has been killed": the clause is told as before the time of the clause
    above it (not the infinitive "was reported to have killed")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" and
               c.tag_ in ("VBD", "VBP", "VBZ") for c in verb.children)


def sentence_date(governing, trigger, triggers):
    """The timex of the nearest clause above the event's trigger that one governs, else None: the
    sentence's date for an event its own clause leaves undated ("On Tuesday, crowds gathered
    at the ministry, blocking its gates as they chanted slogans": the chanting is Tuesday's;
    "Yesterday, the assembly voted on a motion to expel the envoy"). Not past a clause in the perfect
    ("On Saturday, Iran acknowledged it had shot down the jet": the shooting came before).
    ``governing`` as for :func:`event_date`."""
    if not governing:
        return None
    current = trigger
    for _ in range(12):
        if _perfect(current) or current.head.i == current.i:
            return None
        current = current.head
        if current.i in triggers or current.pos_ in ("VERB", "AUX"):
            found = next((item for item, gov in governing if gov.i == current.i), None)
            if found is not None:
                return found
    return None


def report_date(governing, clause, doc):
    """The day of the report for a past or perfect clause it reports without "that" when the
    parse hangs the report's time on that clause ("Russia said on Thursday it had expelled two
    diplomats": :func:`reported_from` makes Thursday the saying's) and the clause has no time of
    its own: a reported past is not later than its report, so it keeps the report's day, as
    before :func:`reported_from`, rather than the publication date. Not "said on Thursday that
    it had expelled" nor a time the parse gives the report itself: the labels leave those
    undated more often than not (tune half, 2026-12-06). ``governing`` as for
    :func:`event_date`; else None."""
    from .modality import cue_lemma
    report = clause.head
    if clause.dep_ != "ccomp" or report.pos_ not in ("VERB", "AUX") or \
            cue_lemma(report) not in cues.REPORTING_VERBS:
        return None
    if not (_perfect(clause) or clause.tag_ == "VBD" or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lemma_.lower() != "have"
            for c in clause.children)):
        return None
    for item, gov in governing:
        token = token_at(doc, item.start, item.end)
        if gov.i == report.i and token is not None and _adverbial_of(token, clause) and \
                is_day((item.value or "")[:10]):
            return item
    return None


# How a timex phrase hangs on the verb of the clause below the event: "in 2016", "on Wednesday"
# (prep + pobj), "Wednesday" (npadvmod, tmod).
ADVERBIAL_DEPS = frozenset({"npadvmod", "tmod", "advmod"})


# Words that make a time a bound, not the time of the event: "remained a secret until 1997",
# "the investigation started after Ford disclosed the matter on February 21".
BOUND_WORDS = frozenset({"until", "till", "since", "after", "by", "through", "once"})


def _adverbial_of(token, verb) -> bool:
    """Whether the timex head ``token`` is an adverbial of ``verb``: "crashed on Wednesday",
    "strangling her in 2016", not a noun's modifier ("citing the 2016 scandal") nor a bound
    ("until 1997")."""
    if token.head.i == verb.i:
        return token.dep_ in ADVERBIAL_DEPS
    return token.dep_ == "pobj" and token.head.dep_ == "prep" and \
        token.head.head.i == verb.i and token.head.lower_ not in BOUND_WORDS


# What a party tells an event in, whose day is the telling's ("In a statement issued on
# Tuesday, X condemned Y"): written texts, and spoken or broadcast occasions; named after one of
# TOLD_IN_PREPOSITIONS. Not a law or a ruling ("condemned Y over a law passed on Tuesday").
TOLD_IN = cues.REPORT_NOUNS | frozenset({
    "statement", "letter", "message", "communique", "communiqué", "declaration", "note", "memo",
    "tweet", "post", "op-ed", "editorial", "release", "video", "interview", "speech", "address",
    "broadcast", "briefing", "conference", "announcement", "appearance"})
TOLD_IN_PREPOSITIONS = frozenset({"in", "during", "at", "through", "via"})


def _told_in(noun) -> bool:
    """Whether ``noun`` names, after one of TOLD_IN_PREPOSITIONS, what a party told the event in
    ("in a statement", "in a press release", "during an interview")."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
        noun.head.lower_ in TOLD_IN_PREPOSITIONS and noun.lemma_.lower() in TOLD_IN


def _telling_participle(gov):
    """The clause word ``gov``, a participle that dates the telling of the clause it hangs on,
    is on: "In a press release issued the following day, the ministry denounced ...": "issued"
    qualifies "release" (acl: issued <- release <- in <- denounced), or, as the parser also
    reads it, is a subjectless complement of "denounced" that the phrase hangs on (ccomp, "in"
    <- issued). Else None."""
    if gov.dep_ == "acl" and _told_in(gov.head):
        return gov.head.head.head
    if gov.dep_ == "ccomp" and gov.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in gov.children) and any(
            c.dep_ == "prep" and c.i < gov.i and any(_told_in(o) for o in c.children)
            for c in gov.children):
        return gov.head
    return None


# The verbs by which a clause on a noun tells when that occurrence took place: "killed in a
# suicide bombing that happened on June 27", "detained 40 people at a rally held on Saturday". Not
# the start of something that lasts ("killed in a war that began in 2011", "broke out", "was
# launched"): its day is not the clause's.
OCCASION_VERBS = frozenset({"happen", "occur", "take", "hold", "stage", "carry", "conduct",
                            "organise", "organize", "unfold"})

# The participles by which a speaker's own occasion is told on the subject of the statement:
# "The minister, speaking to reporters on Monday, condemned the attack".
SPEAKING_VERBS = frozenset({"speak", "talk", "address", "write", "testify", "appear"})


def _occasion_of(gov, heads: set[int]):
    """The event's clause word or trigger (one of ``heads``) whose occasion the clause word
    ``gov`` dates, else None: a clause telling when a noun of the same time took place ("were
    killed in a suicide bombing that happened on June 27": the bombing, after one of
    CO_TEMPORAL_PREPOSITIONS, and the killing with it; the bombing itself when it is the
    trigger), or a speaking participle on the subject of the event's clause ("The minister,
    speaking on Monday, condemned the attack")."""
    noun = gov.head
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in gov.children):
        return None  # "during a ceremony that will take place on Friday"
    if gov.dep_ in ("relcl", "acl") and gov.lemma_.lower() in OCCASION_VERBS:
        if noun.i in heads:
            return noun
        if noun.dep_ == "pobj" and noun.head.lower_ in CO_TEMPORAL_PREPOSITIONS and \
                noun.head.dep_ == "prep" and noun.head.head.i in heads:
            return noun.head.head
    if gov.dep_ == "acl" and gov.tag_ == "VBG" and gov.lemma_.lower() in SPEAKING_VERBS and \
            noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i in heads:
        return noun.head
    return None


def below_date(governing, doc, trigger, clause):
    """The timex of an adverbial clause right below the event's trigger or clause, when nothing
    above dates it: "Beginning in 2010, he murdered ...", "killing his sister by strangling her
    in 2016", "A few hours before the jet crashed on Wednesday, Iran launched missiles"; or of
    the participle that dates the text the event is told in ("In a press release issued the
    following day, the ministry denounced ..."); or of a clause that tells when the event's
    occasion took place, or the speaker's (:func:`_occasion_of`). Not a purpose clause ("went to Paris to meet
    them on Friday"), a clause in the perfect, a bound ("after Ford disclosed it on February
    21", "until 1997"). ``governing`` as for :func:`event_date`."""
    heads = {trigger.i, clause.i}
    for item, gov in governing:
        below, told = gov.head, None
        if gov.dep_ == "pcomp" and below.dep_ == "prep":
            below = below.head  # "by strangling her": strangling <- by <- killing
        elif (told := _telling_participle(gov)) is not None:
            below = told
        elif (occasion := _occasion_of(gov, heads)) is not None:
            below = occasion
        elif gov.dep_ != "advcl":
            continue
        if below.i not in heads or _perfect(gov) or infinitival(gov) or any(
                c.dep_ == "mark" and c.lower_ in BOUND_WORDS for c in gov.children):
            continue
        token = token_at(doc, item.start, item.end)
        if token is not None and (_adverbial_of(token, gov) or told is not None and
                                  token.dep_ == "dobj" and token.head.i == gov.i):
            # "issued the following day": the parser takes the day for the participle's object
            return item
    return None


def _no_calendar_time(timex) -> bool:
    """Whether ``timex`` names no time of the calendar: a duration ("in the sixteen weeks of
    protests", "for seven years") or the present ("now 22"). Such a time beside a day does not
    make the day one of several (:func:`lone_day`)."""
    return timex.type == "DURATION" or timex.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def _within(trigger, timex) -> bool:
    """Whether the event word ``trigger`` is in the phrase of ``timex``'s head ("the sixteen
    weeks of protests")."""
    head = token_at(trigger.doc, timex.start, timex.end)
    return head is not None and head.left_edge.i <= trigger.i <= head.right_edge.i


def lone_day(timexes, dated, sent, clause, anchor, trigger=None):
    """The one calendar time its sentence names on the event's line (a date line the parser
    joined to the lede does not count, nor a duration or "now" beside it,
    but for an event ``trigger`` inside the duration's phrase: "For the first time in sixteen
    weeks of protests, police fired and landed a live round on a protester yesterday" dates the
    firing, not the protests), when it is a day before ``anchor`` that dates no clause
    of the event (the parse ties it elsewhere: "Erdogan said, '...', while addressing the press
    yesterday"; "announced on Facebook on Tuesday there were suspects in custody"), else None.
    Not when the event's clause is in the perfect (told as earlier), nor a bound ("started on
    some date after Ford disclosed it on February 21"), nor a noun's modifier outside a
    prepositional phrase ("citing Tuesday's threats"; "during Monday's session" counts), nor the
    time of a clause in the perfect, of one that qualifies a noun other than a text told in
    ("over a law passed on Tuesday", "which it had warned on Tuesday"), or of one told as
    future or under a modal ("the polls will be closed tomorrow")."""
    inside = [t for t in timexes if sent.start_char <= t.start < sent.end_char]
    # a date line the parser joined to the lede ("Wednesday, October 2, 2019\n\nFor the first
    # time ..."): a calendar time on another line than the event's is not one of its sentence's
    inside = [t for t in inside if t in dated or t not in dated_timexes(inside, "", None)]
    if trigger is not None and not any(_no_calendar_time(t) and _within(trigger, t)
                                       for t in inside):
        # a duration counts only for an event inside it ("in the sixteen weeks of protests")
        inside = [t for t in inside if t in dated or not _no_calendar_time(t)]
    if len(inside) != 1 or anchor is None or _perfect(clause) or inside[0] not in dated:
        return None
    timex = inside[0]
    if not (is_day(timex.value[:10]) and timex.value[:10] < anchor.isoformat()):
        return None
    if in_dateline(timex, clause.doc):
        return timex  # "GAZA CITY, Dec 5 (Reuters) - Israeli warplanes bombed the Strip"
    token = token_at(clause.doc, timex.start, timex.end)
    if token is None or token.dep_ == "pobj" and token.head.lower_ in BOUND_WORDS:
        return None
    if token.dep_ in NOUN_MODIFIER_DEPS and token.head.dep_ != "pobj":
        return None  # "citing Tuesday's threats", not "during Monday's session"
    verb = governor(token, set())
    if verb is None:
        return timex
    if other_occasion(timex, verb, clause.doc):
        return None  # "vowed to destroy Hamas after the Oct. 7 attack"
    if _perfect(verb) or verb.dep_ in ("relcl", "acl") and not _told_in(verb.head):
        return None  # "which it had warned on Tuesday", "over a law passed on Tuesday"
    if any(c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in BOUND_WORDS
           for c in verb.children):
        return None
    return timex



def _specificity(place) -> int:
    feature = (place.feature or "").upper()
    for rank, prefix in enumerate(SPECIFICITY):
        if feature.startswith(prefix):
            return rank
    return len(SPECIFICITY)


# Verbs whose direct object is where the event happens ("visited Pakistan").
PLACE_OBJECT_VERBS = frozenset({"visit", "tour", "enter", "invade", "reach"})


def _located(place, doc, triggers) -> bool:
    """Whether a toponym says where something happens ("in Doha", "on a visit to Pakistan"), not
    whose or what it is ("the US delegation", "safe passage out of Afghanistan"): a chain of
    prepositional phrases from it up to the clause word, or the object of a verb of visiting."""
    current = token_at(doc, place.start, place.end)
    in_preposition = False
    for _ in range(12):
        head = current.head
        if current.dep_ in ("prep", "agent"):
            in_preposition = True
        if head.i == current.i or head.i in triggers or head.pos_ in ("VERB", "AUX"):
            return in_preposition or current.dep_ == "npadvmod" or (
                current.dep_ in ("dobj", "obj") and head.lemma_.lower() in PLACE_OBJECT_VERBS)
        if in_preposition and current.dep_ not in ("prep", "agent", "pobj"):
            return False
        if not in_preposition and current.dep_ not in ("pobj", "appos", "conj", "compound",
                                                       "prep", "agent"):
            return False  # "Afghanistan's economy": the place qualifies a thing
        current = head
    return False


def clause_place(places, doc, heads_of_event, triggers, arguments=frozenset()) -> EventPlace | None:
    """The most specific located toponym governed by the event's clause; not one that is an
    argument of the event ("called on Turkey to": Turkey is the addressee, token indices in
    ``arguments``)."""
    found = [p for p in governed(places, doc, heads_of_event, triggers)
             if p.geonameid and _located(p, doc, triggers) and
             token_at(doc, p.start, p.end).i not in arguments]
    if not found:
        return None
    best = min(found, key=lambda p: (_specificity(p), -p.start))
    return EventPlace(best.geonameid, best.name, best.country, best.lat, best.lon, "clause")


# How far back an undated asserted event looks for an earlier telling of the same occurrence
# (inherit_dates); set on the Wikinews labels' tune half (docs/events.md, "Dates").
CONTEXT_WINDOW_SENTENCES = 6


# An event told as not happening is told of the same day as well: "On Monday the president
# spoke of the election. He did not concede it." (ninth session of 2026-12-06, tune half).
INHERITING_MODALITIES = frozenset({"asserted", "negated"})


def inherit_dates(drafts, anchor) -> None:
    """An asserted (or negated) event that no timex of its sentence dates takes the date of the last event of
    its type that its own clause or sentence dated a few sentences before it (basis "context"): an
    occurrence told again ("Yesterday, the minister was stabbed. ... He suffered two deep wounds
    in the attack"). Another type's date does not pass on: "Yesterday, police fired at
    protesters. Police said they appreciate the support." -- most events after a dated one that
    are not a retelling of it are undated in the text. Only past dates pass on."""
    last: dict[str, tuple[int, str]] = {}  # type -> (sentence, date value)
    for draft in drafts:
        if draft.date_basis in ("clause", "sentence"):
            if draft.modality == "asserted" and is_past(draft.date, anchor):
                last[draft.type] = (draft.sentence, draft.date)
            continue
        found = last.get(draft.type)
        if found is None or draft.date_basis != "publication" or draft.modality not in \
                INHERITING_MODALITIES or draft.sentence - found[0] > CONTEXT_WINDOW_SENTENCES:
            continue
        draft.date, draft.date_basis = found[1], "context"


def told_in_past(verb) -> bool:
    """Whether the clause of ``verb`` is told in the simple past or the pluperfect ("shot",
    "was injured", "had gathered"), not the present perfect ("has used force before"), the
    present or a modal."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                     for c in verb.children)


# The types of a violent or contentious occurrence: in a report of one, the article retells the
# occurrence of its lede in the past tense without naming its day again ("Police shot a protester
# on Tuesday. ... The shooting took place in the Tsuen Wan district. ... He fired at the
# attacker"). Set on the Wikinews labels' tune half (docs/events.md, "Tenth session of
# 2026-12-06: dates"): undated past-tense ASSAULT and PROTEST events after a lede that names a
# past day are dated by it in the labels 26 times against 9 undated; the verbal and other
# material types are not (ACCUSE 12 against 68, SUPPORT 7 against 37, COERCE 8 against 11).
CONTENTIOUS_TYPES = frozenset({"ASSAULT", "PROTEST"})

# The sentences of an article that make its lede (a dateline line the parser joined to the
# first sentence counts in it).
LEDE_SENTENCES = 3


def lede_day(timexes, sentences, anchor) -> tuple[int, str] | None:
    """(sentence number, day) of the first calendar day before ``anchor`` that a DATE or TIME
    timex of the article's first ``LEDE_SENTENCES`` sentences names ("Police shot a protester on
    Tuesday"), else None. A dateline naming the publication day is not one."""
    if anchor is None:
        return None
    in_order = sorted(timexes, key=lambda t: t.start)
    for number, sent in enumerate(sentences[:LEDE_SENTENCES]):
        for timex in in_order:
            if sent.start_char <= timex.start < sent.end_char and timex.type in DATED_TYPES \
                    and timex.value and is_day(timex.value[:10]) and \
                    timex.value[:10] < anchor.isoformat():
                return number, timex.value[:10]
    return None


def inherit_lede_date(drafts, timexes, sentences, anchor) -> None:
    """An asserted ASSAULT or PROTEST told in the past tense after the lede, in a sentence that
    names no time of its own and that nothing dated, takes the day the lede names (basis
    "context"): the article retells the occurrence it reports ("On Tuesday, police shot a
    protester ... The shooting took place in the Tsuen Wan district."). ``drafts`` carry
    ``past`` (:func:`told_in_past` of their clause)."""
    lede = lede_day(timexes, sentences, anchor)
    if lede is None:
        return
    starts = [sent.start_char for sent in sentences]
    timed = {bisect_right(starts, t.start) - 1 for t in timexes if t.type in DATED_TYPES}
    for draft in drafts:
        if draft.date_basis == "publication" and draft.type in CONTENTIOUS_TYPES and \
                draft.modality == "asserted" and draft.past and draft.sentence > lede[0] and \
                draft.sentence not in timed:
            draft.date, draft.date_basis = lede[1], "context"


# The words by which a quoted speaker names the day of the statement ("Today, I am asking ...").
STATEMENT_DAY_WORDS = frozenset({"today", "tonight", "today's", "tonight's"})


# Text between two quotations of one statement: an attribution ("…," he said, "…").
STATEMENT_GAP_CHARS = 30


def statements(quotes, text: str) -> list[tuple[int, int]]:
    """The extents of the quoted statements: quotations that overlap or that only a short
    attribution on the same line separates ("'While we await …,' he said, 'we strongly urge
    …'") are one statement."""
    extents: list[list[int]] = []
    for quote in sorted(quotes, key=lambda q: q.start):
        if extents and quote.start <= extents[-1][1] + STATEMENT_GAP_CHARS and \
                "\n" not in text[extents[-1][1]:quote.start]:
            extents[-1][1] = max(extents[-1][1], quote.end)
        else:
            extents.append([quote.start, quote.end])
    return [(start, end) for start, end in extents]


def quoted_statement_dates(drafts, quotes, timexes, text: str, anchor) -> None:
    """An asserted (or negated) event of a quotation that no timex of its sentence dates takes
    the day of the statement when the quotation names it: the timexes stage counts a quoted
    "today" of a statement reported in the past from the day the story names for it
    (``time.context.statement_day``), and the events the speaker tells in the same statement
    happened that day ("On Monday, Sanders endorsed Biden. ... Sanders said: 'Today, I am
    asking all Americans ... I'm asking every Democrat to come together'": both askings are
    Monday's; basis "context"). A quoted "today" of the publication day changes nothing."""
    if anchor is None:
        return
    days = [t for t in timexes if t.text.lower() in STATEMENT_DAY_WORDS and t.value and
            is_day(t.value[:10]) and t.value[:10] < anchor.isoformat()]
    if not days:
        return
    extents = statements(quotes, text)
    for draft in drafts:
        if draft.date_basis != "publication" or draft.modality not in INHERITING_MODALITIES:
            continue
        at = draft.trigger.start
        extent = next(((s, e) for s, e in extents if s <= at < e), None)
        day = extent and next((t for t in days if extent[0] <= t.start < extent[1]), None)
        if day is not None:
            draft.date, draft.date_basis = day.value[:10], "context"


# --- comparing TIMEX3 values with the publication date -------------------------------------

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 12)}


def value_range(value: str) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 date value covers (None when it is not a calendar date)."""
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T.*)?", value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
            first = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return first, first + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value):
            first, last = _SEASON_MONTHS[m[2]]
            year = int(m[1])
            return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
        if m := re.fullmatch(r"(\d{4})", value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


# Words that make a month or a day written without a year a past one whatever the tense ("last
# February", "earlier in March").
_PAST_WORDS = re.compile(r"\b(last|past|previous|ago|earlier|recent|recently)\b", re.IGNORECASE)
_WEEKDAYS = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def ahead(timex, anchor: date | None) -> str:
    """The value of ``timex``, a month or a day written without a year ("in February", "on March
    3", "on Monday"), for an event its clause tells as future ("will protest"): its next
    occurrence after ``anchor`` where the time stage took the one gone. The time stage reaches
    forward only 300 days for a future tense (docs/time.md: "will protest in February" in a
    March article is the February gone, which is right for most future clauses' times, not for
    the date of the event told as future). A weekday written with its date ("on Monday, March 2")
    and any other timex keep their value."""
    found = value_range(timex.value) if anchor is not None else None
    if found is None or found[1] >= anchor or re.search(r"\d{4}|'\d\d", timex.text) or \
            _PAST_WORDS.search(timex.text):
        return timex.value
    if _WEEKDAYS.search(timex.text) and re.search(r"\d", timex.text):
        return timex.value  # "on Monday, March 2": the weekday and the date agree on the day gone
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value) and _WEEKDAYS.search(timex.text):
        day = found[0]
        while day < anchor:
            day += timedelta(days=7)
        return day.isoformat()
    m = re.fullmatch(r"(\d{4})(-\d{2}(?:-\d{2})?)", timex.value)
    if m is None:
        return timex.value
    value = f"{int(m[1]) + 1}{m[2]}"
    return value if value_range(value) is not None else timex.value  # "February 29"


def ends_before(value: str, anchor: date | None) -> bool:
    """Whether the date ``value`` ends before the day ``anchor`` ("last month", "on January 20"
    in a March article; not the anchor's own day)."""
    found = value_range(value.split("T")[0]) if anchor is not None and value else None
    return bool(found) and found[1] < anchor


def is_past(value: str, anchor: date | None) -> bool:
    """Whether the date ``value`` ends on or before ``anchor``."""
    found = value_range(value) if anchor is not None else None
    return bool(found) and found[1] <= anchor


def is_future(value: str, anchor: date | None) -> bool:
    """Whether the date ``value`` lies wholly after ``anchor``."""
    if anchor is None:
        return False
    found = value_range(value)
    return bool(found) and found[0] > anchor


# Dependencies that start a clause of its own inside the event's clause: its places are not the
# event's ("warned diplomats that fighting in Kabul ..." is not an event in Kabul).
EMBEDDED_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj",
                                  "conj", "xcomp", "pcomp"})


def embedded_clause(token) -> bool:
    """Whether ``token`` heads a clause of its own inside another (``EMBEDDED_CLAUSE_DEPS``)."""
    return token.dep_ in EMBEDDED_CLAUSE_DEPS and token.pos_ in ("VERB", "AUX")


def clause_extent(clause, trigger, embedded=embedded_clause) -> tuple[int, int]:
    """Character offsets of the event's own clause: the tokens of the clause verb's subtree that
    are not inside an ``embedded`` clause, as the contiguous run around the trigger."""
    own: set[int] = set()
    stack = [clause]
    while stack:
        token = stack.pop()
        own.add(token.i)
        stack.extend(c for c in token.children if c.i == trigger.i or not embedded(c))
    centre = trigger.i if trigger.i in own else clause.i
    low = high = centre
    while low - 1 in own:
        low -= 1
    while high + 1 in own:
        high += 1
    doc = clause.doc
    return doc[low].idx, doc[high].idx + len(doc[high].text)


def own_clause_place(place, places, doc, extent, triggers, arguments) -> bool:
    """Whether ``place`` (an EventPlace the places stage found inside ``extent``) says where the
    event happened: located by a preposition ("in Doha") or visited, and no argument of it."""
    for candidate in places:
        if candidate.geonameid == place.geonameid and extent[0] <= candidate.start and \
                candidate.end <= extent[1]:
            token = token_at(doc, candidate.start, candidate.end)
            if token is not None and token.i not in arguments and \
                    _located(candidate, doc, triggers):
                return True
    return False
