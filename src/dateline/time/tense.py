"""The tense of the clause a temporal expression belongs to, read from the spaCy parse.

A bare weekday or month is resolved by it: "said on Friday" is the Friday before publication,
"will meet on Friday" the one after. The governing verb is the nearest verb above the expression
in the dependency tree; its auxiliaries and tag decide:

- ``future``: will/shall/'ll, "going to", a modal (would, could, may, might, should), an
  infinitive ("plans to meet on Friday"), a present progressive ("is meeting Friday"), or a
  present-tense scheduling verb ("is scheduled for", "is due", "begins");
- ``past``: a past-tense verb or auxiliary, a present perfect, a modal perfect ("may have
  met"; not one of obligation, "must have completed it by March 1", a deadline), or a date that
  qualifies a noun under a past or tenseless clause ("the Oct. 23 slaying", as "Tuesday's
  ruling"; under a present or future one it takes that tense: "will decide the March 3 vote");
- ``present``: other present tenses; ``None`` when no verb governs the expression.
"""

from __future__ import annotations

from bisect import bisect_right

from ..nlp import SAYING_VERBS

# Not "could" ("could not be located Wednesday" is past) nor "can".
FUTURE_AUX = {"will", "'ll", "ll", "shall", "wo", "would", "may", "might", "should", "must", "'d"}
# The auxiliaries of a future perfect ("will have left by Friday"); with another modal, "have"
# and a past participle tell the past ("may have met on Friday").
FUTURE_PERFECT_AUX = {"will", "'ll", "ll", "shall", "wo"}
# Modals of obligation, whose perfect is a deadline, not the past ("must have completed the
# review by March 1", "should have removed them by February 10").
OBLIGATION_AUX = {"must", "should"}
# Verbs whose object is a future event whatever their own tense.
SCHEDULING_VERBS = {"schedule", "plan", "slate"}
# Governors of an infinitive that make it future: "expects to sign Friday".
FUTURE_GOVERNORS = {"plan", "expect", "schedule", "hope", "want", "intend", "aim", "agree",
                    "decide", "promise", "vow", "prepare", "threaten", "seek", "try", "set",
                    "due", "likely", "ready", "about", "go"}
# Modals that look forward from the anchor only when the clause is not in a reported past
# ("said it would meet Friday" is after the saying, usually after publication too).
PAST_AUX_TAGS = {"VBD"}
SCHEDULE_WORDS = {"schedule", "due", "set", "expect", "plan", "slate", "begin", "start", "open",
                  "close", "end", "resume", "meet", "arrive", "leave", "visit", "take", "hold"}
# How far up the tree to look for a governing verb; past four heads the verb rarely governs
# the expression (measured on TimeBank weekdays: no gain beyond 4). The verb four heads up is
# read too ("shot on the night of Oct. 23": Oct. <- of <- night <- on <- shot; until the
# twelfth session of 2026-12-06 the loop stopped one head short of it).
MAX_HOPS = 4
# How a time hangs on a noun it qualifies: "the November 27 agreement" (nmod or compound),
# "Tuesday's threats" (poss), "the 2018 elections" (nummod).
NOUN_MODIFIER_DEPS = frozenset({"poss", "compound", "nmod", "amod", "nummod"})


def qualified_noun(token, of_phrase: bool = False):
    """The noun that the time whose head is ``token`` names which thing it is ("the November 27
    agreement", "Tuesday's threats", "the 2018 elections"; with ``of_phrase`` also "the Tenure
    of Office Act of 1867"), else None. The one reading of "a date qualifies a noun" for the
    tense of a date (:meth:`TenseReader.modifies_noun`) and for the date of an event
    (``events.anchoring.qualifies_noun``, ``lone_day``)."""
    noun = token.head
    if of_phrase and token.dep_ == "pobj" and noun.lower_ == "of" and noun.dep_ == "prep":
        noun = noun.head
    elif token.dep_ not in NOUN_MODIFIER_DEPS:
        return None
    return noun if noun.i != token.i and noun.pos_ in ("NOUN", "PROPN") else None


class TenseReader:
    """Tense lookups for character spans of one parsed document."""

    def __init__(self, doc):
        self.doc = doc
        self._starts: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        """Each token's first character, read on the first lookup (most articles need none or a
        few) from the Doc's array, without making a Token object per word."""
        if self._starts is None:
            self._starts = [] if self.doc is None else self.doc.to_array("IDX").tolist()
        return self._starts

    def token_at(self, char: int):
        if not self.starts:
            return None
        i = bisect_right(self.starts, char) - 1
        return self.doc[max(i, 0)]

    def head(self, start: int, end: int):
        """The token of the span [start, end) whose head lies outside it (else its last token),
        or None without a parse."""
        if self.doc is None or not self.starts:
            return None
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, max(start, end - 1)) - 1
        tokens = [self.doc[i] for i in range(max(first, 0), max(last, 0) + 1)]
        return next((t for t in tokens if not (tokens[0].i <= t.head.i <= tokens[-1].i)
                     or t.head.i == t.i), tokens[-1])

    def modifies_noun(self, start: int, end: int) -> bool:
        """Whether the expression at [start, end) qualifies a noun after it instead of timing a
        clause: "the November 27 border agreement", "the March 3 ceasefire"; not a possessive
        ("Tuesday's vote"), nor "on November 27", nor "November 27, 2019"."""
        head = self.head(start, end)
        noun = None if head is None else qualified_noun(head)
        return noun is not None and noun.i > head.i and head.dep_ not in ("poss", "nummod") \
            and not any(c.dep_ == "case" for c in head.children)

    def day_not_count(self, start: int, end: int) -> bool | None:
        """Whether the number at [start, end), joined to a day ("on April 24 and 25"), is a day:
        False where it counts a noun after it ("on March 3 and 4 soldiers died"), True where a
        verb follows it ("on April 24 and 25 met"), else None (the parse does not say)."""
        token = self.head(start, end)
        if token is None:
            return None
        if token.dep_ == "nummod" and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN"):
            return False
        after = token.nbor(1) if token.i + 1 < len(self.doc) else None
        if after is not None and after.pos_ in ("VERB", "AUX") and after.tag_ != "VBG" \
                and after.dep_ not in ("amod", "compound"):
            return True
        return None

    def tense(self, start: int, end: int) -> str | None:
        head = self.head(start, end)
        if head is None:
            return None
        if any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in head.children):
            return "past"  # "Tuesday's declaration": news names past events by their day
        saying = self.saying_before(start, head)
        if saying is not None:
            return verb_tense(saying)
        qualifies = self.modifies_noun(start, end)
        verb = head
        for _ in range(MAX_HOPS + 1):
            if verb.pos_ in ("VERB", "AUX") and verb.tag_ != "MD":
                break
            if verb.head.i == verb.i:
                break
            verb = verb.head
        else:
            return "past" if qualifies else None
        if verb.pos_ not in ("VERB", "AUX"):
            return "past" if qualifies else None
        tense = verb_tense(verb)
        if qualifies and tense is None:
            # "the Oct. 23 slaying" under a past or tenseless clause names an occurrence; under
            # a present or future one it may be upcoming ("will decide the March 3 election")
            return "past"
        return tense

    def saying_before(self, start: int, head):
        """The past verb of saying right before the expression at ``start`` ("said on Monday he
        will resign", "said Tuesday morning the talks will resume", "told reporters on Monday
        she will resign": the verb's object may stand between), when the parse hangs the
        expression on the clause the verb reports instead: news writes the saying's day right
        after its verb, so that day is the saying's, whatever the reported clause's tense."""
        i = self.token_at(start).i - 1
        if i >= 0 and self.doc[i].lower_ == "on":
            i -= 1
        if i >= 1 and self.doc[i].dep_ in ("dobj", "dative") and self.doc[i].head.i == i - 1:
            i -= 1
        if i < 0:
            return None
        verb = self.doc[i]
        if verb.lemma_ not in SAYING_VERBS or verb.tag_ not in ("VBD", "VBN"):
            return None
        above = head
        for _ in range(MAX_HOPS + 1):
            if above.head.i == verb.i:
                return verb if above.dep_ == "ccomp" else None
            if above.head.i == above.i:
                break
            above = above.head
        return None


def verb_tense(verb, depth: int = 0) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if verb.lemma_ in SCHEDULING_VERBS:
        return "future"  # "has called a press briefing Thursday", "planned a march Saturday"
    if verb.tag_ == "VBN" and "have" in words and \
            not words & (FUTURE_PERFECT_AUX | OBLIGATION_AUX):
        return "past"  # "might have encouraged", "would have voted": a modal of the past
    if words & FUTURE_AUX:
        return "future"
    if any(a.lower_ == "to" for a in auxes) or (verb.dep_ == "xcomp" and verb.tag_ == "VB"):
        # an infinitive looks forward from its governor: "plans to meet Friday" (future),
        # "staged celebrations to mark the entry on Friday" (past, as "staged")
        head = verb.head
        for _ in range(MAX_HOPS):  # through "made it difficult to meet": to the verb above
            if head.lemma_ in FUTURE_GOVERNORS or head.lower_ == "going":
                return "future"
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX") and depth < 2:
            return verb_tense(head, depth + 1)
        return "future"
    if any(a.tag_ in PAST_AUX_TAGS for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and words & {"has", "have", "'ve", "'s"}:
        return "past"
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'re", "'m"}:
        return "future"
    if verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and words & {"is", "are"}):
        if verb.lemma_ in SCHEDULE_WORDS:
            return "future"
        return "present"
    if verb.tag_ == "VBN":
        return "past"  # reduced relative: "the talks held on Friday"
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "advcl" and depth < 2 and \
            verb.head.pos_ in ("VERB", "AUX"):
        # a participle clause takes the time of its clause: "Speaking on Tuesday, he said ..."
        return verb_tense(verb.head, depth + 1)
    return None
