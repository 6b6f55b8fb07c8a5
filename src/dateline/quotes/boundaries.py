"""Content boundaries drawn as PolNeAR draws them, on the stage's final attributions.

These run after the rules and the model are combined (``stage.attributions_of``), so they are
no part of what the model is trained from (``training/quotes/digest.py`` does not hash this
module): changing them needs no retraining. Each was measured on the check part of PolNeAR
train before it was kept (docs/quotes.md, "Fifth session").

- ``quoted_parts`` (first): a content without ``parts`` that is a whole quotation but for its
  quote marks and edge punctuation (the model trims them off) is that quotation, with it as its
  part, so the steps below treat it as the quoted attribution it is.
- ``carry_over``: a quotation interrupted by an attribution clause that runs on past its cue
  ("“…,” the senator said in an interview on the “Weekend Desk” program on Sunday. “…”") is one
  content from its first piece to the quote that resumes after the clause's sentence, as PolNeAR
  annotates it; the rules join the pieces only when nothing but punctuation, or a short stretch
  without quote marks, lies between (``direct.join_quotes``).
- ``paragraph_cut``: a quote the rules carried on into a later paragraph ends before that
  paragraph when the paragraph goes on after its quote ("“…,” said a second trader."): that
  quote has an attribution of its own.
- ``title_cut``: a short quoted piece after the cue that follows a word, not a comma ("…,''
  she told the hosts of ''Early Start.''"), is a title the clause names, not the quote resumed.
- ``whole_quotes``: a content that stops (or starts) inside a quotation it shares words with takes
  the whole quotation (the model's contents, ranked from syntactic units, can end at a sentence
  inside one: "“The best noodles are made on our street. [I love this town!]”").
- ``comma_closed``: a content that runs on past a quotation closed with a comma (``,”``) into
  words of the writer's own, a lower-case clause outside any quote marks ("… defeat them fast,"
  [referring to the Islamic State]; "“self-deportation,” [which is like …]"), ends with that
  quotation, when the attribution's cue and source come before it (not "“…,” he said, “…”").
- ``raised``: the subject of a raising verb ("seem", "appear") is part of its content, not its
  source ("[Mr. Putin seemed most concerned with …]"), as the rules' ``raising`` pattern draws
  it; the model can give such a subject the source role.

``settled`` runs three of them again after the edge model (``edges.redraw``), which moves each
content edge by itself and can leave a quotation half in a content, carry it into the next
paragraph's quote or onto a title after the cue (2026-12-06, fourteenth session).

``introduced`` (after ``settled``, the same session) adds what neither layer found: a quotation
with no role in any attribution that a colon or comma introduces ("Mr. Trump continued: ''…''",
"From Bush's Facebook post: “…”", "Hillary shot back, “…”") is an attribution of its own, its cue
the verb of the words before it, its source that verb's subject.
"""

from __future__ import annotations

import dataclasses
import re

from .direct import overlaps
from .lexicon import RAISING_VERBS
from .reported import Attribution, speaker_of

# The attribution clause between two pieces of one quotation: at most this many characters
# from the end of the clause's cue or source to the resumed quote.
CARRY_GAP = 250
# A quoted stretch inside that clause is a title or a term ("told NBC’s “Today”"), not a piece
# of the quote, when it has at most this many words.
TITLE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)]*\s*$")
_CLOSING = "”\"'’»"
_EDGES = " \t\n\"'`“”‘’«»„.,;:!?-—–"
_OPENING = "“\"«‘`"
_INNER_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘'`]*[A-Z])")


def _clause(att: Attribution) -> tuple[int, int]:
    spans = [att.cue] + ([att.source] if att.source else [])
    return min(s for s, _ in spans), max(e for _, e in spans)


def _taken(attributions, span: tuple[int, int], skip) -> bool:
    """Whether a word of ``span`` has a role in one of ``attributions`` (None: left out) whose
    index is not in ``skip``."""
    return any(j not in skip and o is not None and (
        overlaps(o.content, span) or overlaps(o.cue, span) or (o.source is not None and overlaps(o.source, span)))
        for j, o in enumerate(attributions))


def _trimmed_end(text: str, at: int) -> int:
    """The end of the text before ``at`` without its trailing white space (no copy of the text
    before it: this runs per attribution)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _after_word(text: str, at: int) -> bool:
    """Whether the last character before ``at`` that is not white space is a letter or digit."""
    end = _trimmed_end(text, at)
    return end > 0 and text[end - 1].isalnum()


def _words(text: str, span: tuple[int, int]) -> int:
    return len(text[span[0]:span[1]].split())


def _one_sentence_clause(gap: str, titles: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``gap`` (from the clause's end to the resumed quote) is the rest of the clause's
    own sentence: one paragraph, ending a sentence, no sentence end inside it (a title's inner
    punctuation aside)."""
    if "\n" in gap or not _SENTENCE_END.search(gap):
        return False
    masked = list(gap)
    for s, e in titles:  # "on ABC’s ''This Week.''": the title's full stop ends no sentence
        for k in range(max(s - offset, 0), min(e - offset, len(gap))):
            masked[k] = "x"
    body = "".join(masked).rstrip()
    body = re.sub(r"[.!?:][\"'”’)]*$", "", body)
    return not _INNER_END.search(body + " ")


def carry_over(text: str, attributions: list[Attribution], quoted: list[tuple[int, int]]) -> list[Attribution]:
    """Join to each quoted attribution whose clause follows its content the quote that resumes
    right after the clause's sentence (``CARRY_GAP``, ``TITLE_WORDS``), when no other
    attribution has a role in between or in that quote."""
    out = list(attributions)
    for k, att in enumerate(out):
        if att is None or not att.parts:
            continue
        clause = _clause(att)
        if clause[0] < att.content[1]:
            continue  # the clause is not after the content: "He said: “…”", or already joined
        after = [q for q in quoted if q[0] >= clause[1]]
        if not after:
            continue
        titles = []
        nxt = None
        for q in after:
            if q[0] - clause[1] > CARRY_GAP:
                break
            if _words(text, q) <= TITLE_WORDS and not _SENTENCE_END.search(text[clause[1]:q[0]]):
                titles.append(q)  # a title inside the clause ("told NBC’s “Today” on Monday")
                continue
            nxt = q
            break
        if nxt is None:
            continue
        gap = text[clause[1]:nxt[0]]
        if not _one_sentence_clause(gap, titles, clause[1]):
            continue
        inner = {j for j, o in enumerate(out) if j != k and o is not None and nxt[0] <= o.cue[0] and o.cue[1] <= nxt[1]}
        if _taken(out, nxt, inner | {k}):
            continue  # the resumed quote has a role in another attribution
        out[k] = dataclasses.replace(att, content=(att.content[0], nxt[1]), parts=list(att.parts) + [nxt])
        for j in inner:  # speech reported inside the resumed quote is part of it
            out[j] = None
    return [att for att in out if att is not None]


def paragraph_cut(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """End a quoted content carried on into a later paragraph before that paragraph when the
    paragraph goes on after the quote with words of its own ("…” said a second trader."):
    the quote there has an attribution of its own, which PolNeAR annotates apart, even when
    the parse found none for it."""
    out = []
    for att in attributions:
        start, end = att.content
        if not att.parts or "\n" not in text[start:end]:
            out.append(att)
            continue
        last = text.rfind("\n", start, end) + 1  # where the content's last paragraph starts
        line_end = text.find("\n", end)
        rest = text[end:len(text) if line_end < 0 else line_end]
        if att.cue[0] >= last or not rest.strip(" \t.,;:!?\"'”’»)"):
            out.append(att)
            continue
        cut = _trimmed_end(text, last)
        parts = [(s, min(e, cut)) for s, e in att.parts if s < cut]
        if not parts:
            out.append(att)
            continue
        if parts[-1][1] <= att.cue[0]:  # "“…,” X told a crowd in Y.": the quote ends the content
            cut = parts[-1][1]
        out.append(dataclasses.replace(att, content=(start, cut), parts=parts))
    return out


def title_cut(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Leave out of a quoted content the short quoted pieces after its cue that the
    attribution clause names ("…,'' she told the hosts of ''Early Start.''"): a piece that
    follows a word, not a comma or colon, and has at most ``TITLE_WORDS`` words is a title, not
    the quote resumed."""
    out = []
    for att in attributions:
        parts = list(att.parts)
        while len(parts) > 1 and parts[-1][0] >= att.cue[1] and _words(text, parts[-1]) <= TITLE_WORDS \
                and _after_word(text, parts[-1][0]) and att.content[1] == parts[-1][1]:
            parts.pop()
        if len(parts) == len(att.parts):
            out.append(att)
            continue
        end = parts[-1][1] if parts[-1][1] <= att.cue[0] else att.content[1]
        out.append(dataclasses.replace(att, content=(att.content[0], end), parts=parts))
    return out


def whole_quotes(text: str, attributions: list[Attribution], quoted: list[tuple[int, int]]) -> list[Attribution]:
    """Widen a content that ends (starts) inside a quoted stretch it shares words with to that
    stretch's end (start), when nothing there has a role in another attribution."""
    out = list(attributions)
    for k, att in enumerate(out):
        start, end = att.content
        for q in quoted:
            if q[0] < end < q[1] and start <= q[0] + 1 and text[end:q[1]].strip(" \t.,;:!?\"'”’»") :
                end = q[1]
            if q[0] < start < q[1] and end >= q[1] - 1 and text[q[0]:start].strip(" \t\"'“‘«,"):
                start = q[0]
        if (start, end) == att.content:
            continue
        new = (start, end)
        if _taken(out, new, {k}):
            continue
        if overlaps(att.cue, new) and not overlaps(att.cue, att.content):
            continue
        parts = [q for q in quoted if start <= q[0] and q[1] <= end]
        out[k] = dataclasses.replace(att, content=new, parts=parts)
    return out


def comma_closed(text: str, attributions: list[Attribution], quoted: list[tuple[int, int]]) -> list[Attribution]:
    """End a content at a quotation inside it that closes with a comma (``,”``) when what follows
    it in the content is a clause of the writer's own: on one line, starting with a lower-case
    word, with no quote mark opening again, and neither the cue nor the source after it."""
    out = list(attributions)
    for k, att in enumerate(out):
        start, end = att.content
        for q in quoted:
            if not (start <= q[0] + 1 and q[1] < end) or att.cue[0] >= q[1]:
                continue
            if att.source is not None and att.source[0] >= q[1]:
                continue
            if not text[q[0]:q[1]].rstrip(_CLOSING).rstrip().endswith(","):
                continue
            rest = text[q[1]:end]
            words = rest.strip()
            if not words or "\n" in rest or not words[0].islower() or any(m in rest for m in _OPENING):
                continue
            out[k] = dataclasses.replace(att, content=(start, q[1]), parts=[p for p in att.parts if p[1] <= q[1]])
            break
    return out


def raised(attributions: list[Attribution]) -> list[Attribution]:
    """An attribution whose cue is a raising verb with its source before the cue and its content
    after it ("[Mr. Putin] seemed [most concerned with …]") becomes one content from the source's
    start, with no source, unless the source is also another attribution's ("X seemed tired and
    said …")."""
    out = list(attributions)
    for k, att in enumerate(out):
        if att.lemma not in RAISING_VERBS or att.source is None or att.parts:
            continue
        if not (att.source[1] <= att.cue[0] and att.cue[1] <= att.content[0]):
            continue
        if _taken(out, att.source, {k}):
            continue
        out[k] = dataclasses.replace(att, content=(att.source[0], att.content[1]), source=None, source_head=None)
    return out


def quoted_parts(text: str, attributions: list[Attribution], quoted: list[tuple[int, int]]) -> list[Attribution]:
    """A content without ``parts`` that is a whole quotation but for its quote marks and edge
    punctuation (the model's contents are trimmed of them) is that quotation, with it as its
    part, as the rules draw a direct quote: the steps after it (``carry_over``, …) then treat it
    as the quoted attribution it is."""
    out = list(attributions)
    for k, att in enumerate(out):
        if att.parts:
            continue
        start, end = att.content
        for q in quoted:
            if q[0] <= start and end <= q[1] \
                    and not text[q[0]:start].strip(_EDGES) and not text[end:q[1]].strip(_EDGES):
                out[k] = dataclasses.replace(att, content=q, parts=[q])
                break
    return out


def settled(text: str, attributions: list[Attribution], quoted: list[tuple[int, int]]) -> list[Attribution]:
    """``paragraph_cut``, ``title_cut`` and ``whole_quotes`` once more, on the contents the edge
    model moved: it judges each edge by the words around it, so it can stop inside a quotation
    ("“Now, you famously said, in one of the first debates[,] …”"), which these steps make whole
    again, or run into the next paragraph's quote or a title."""
    return whole_quotes(text, title_cut(text, paragraph_cut(text, attributions)), quoted)


# A quotation this many words long or more can be introduced (shorter ones are titles and terms).
INTRODUCED_WORDS = 4
# How far back from a quotation's opening mark its introducing colon or comma is looked for.
_INTRO_REACH = 40
_INTRODUCER = re.compile(r"[:,]\s*$")


def introduced(doc, text: str, attributions: list[Attribution], quoted: list[tuple[int, int]]) -> list[Attribution]:
    """Add an attribution for each quotation of at least ``INTRODUCED_WORDS`` words that has no
    role in any attribution and comes right after a colon or a comma (white space and line breaks
    between allowed): "Mr. Trump continued: ''…''", "Hillary shot back, “…”". Its cue is the root
    of the colon's sentence when that is a verb before the colon, else the last verb before it,
    else the colon itself; its source the cue's subject (for a colon cue, the noun right before
    it: "Clinton: “…”"), when that has no role yet. PolNeAR annotates such quotations as
    attributions (on the fit part of PolNeAR train, 48 of the 61 quotations of this form that the
    stage left without a role are the content of a gold attribution whose cue comes before them)."""
    if doc is None or not doc.has_annotation("DEP"):  # no parse: no sentence, verb or subject to read
        return attributions
    out = list(attributions)
    for q in quoted:
        if _taken(out, q, set()) or _words(text, q) < INTRODUCED_WORDS:
            continue
        lead = _INTRODUCER.search(text, max(0, q[0] - _INTRO_REACH), q[0])
        if lead is None:
            continue
        marks = doc.char_span(lead.start(), lead.start() + 1, alignment_mode="expand")
        if marks is None:
            continue
        mark = marks[0]
        cue = _introducing_word(mark)
        cue_span = (cue.idx, cue.idx + len(cue))
        if _taken(out, cue_span, set()):
            continue
        source, head = _introducer_source(doc, cue, mark)
        if source is not None and _taken(out, source, set()):
            source = head = None
        out.append(Attribution(cue_span, q, source, head, "quote-intro", cue.lemma_.lower(), [q]))
    return sorted(out, key=lambda a: a.content)


def _introducing_word(mark):
    """The cue of a quotation introduced by ``mark`` (a colon or comma token)."""
    sent = mark.sent
    if sent.root.i < mark.i and sent.root.pos_ == "VERB":
        return sent.root
    verbs = [t for t in sent if t.i < mark.i and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    return verbs[-1] if verbs else mark


def _introducer_source(doc, cue, mark) -> tuple[tuple[int, int] | None, int | None]:
    """(source span, its head's offset) of an introduced quotation: a verb cue's speaker as
    ``reported.speaker_of`` draws it, or for a colon cue the noun right before it ("Clinton:
    “…”"); (None, None) when there is none. A speaker that runs on past the introducing mark (the
    parser hung the quotation on the subject) ends at its head word."""
    if cue.i != mark.i:
        span, head = speaker_of(doc, cue)
        if span is not None and span[1] > mark.idx:
            word = doc.char_span(head, head + 1, alignment_mode="expand")[0]
            span = (span[0], word.idx + len(word)) if word.i < mark.i else None
            head = head if span is not None else None
        return span, head
    if mark.i == mark.sent.start or doc[mark.i - 1].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None, None
    head = doc[mark.i - 1]
    start = head.left_edge if head.left_edge.i >= head.sent.start else head
    return (start.idx, head.idx + len(head)), head.idx

