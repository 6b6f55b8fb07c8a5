"""Joining quotation marks with attributions: direct quotes, interrupted quotes, mixed quotes.

An attribution from the parse whose content touches a quoted stretch is widened to the whole
quote (the parser splits multi-sentence quotes into sentences). A quote interrupted by its
attribution ("“We will talk,” he said, “but not now.”") becomes one content running from the first
piece to the last, with the pieces kept as ``parts``. A quote that the parse left without a cue
takes the cue verb of its own sentence, or of an "X said:" that introduces it.
"""

from __future__ import annotations

import re

from . import lexicon
from .marks import Quoted
from .reported import Attribution, cue_span, speaker_of

# Between the first piece of an interrupted quote and the attribution, and between the
# attribution and the second piece: only punctuation and spaces (no line break, no words).
_JOINER = re.compile(r"[\s,.;:—–-]*")
# Between "X said" and the quote it introduces: a short stretch ending in a colon or comma
# ("said in a statement:"), on the same line or the line before.
_INTRO_GAP = re.compile(r"[^\"“”«»\n]{0,40}?[:,]\s*")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _clause(att: Attribution) -> tuple[int, int]:
    """The attribution clause: cue and source together."""
    spans = [att.cue] + ([att.source] if att.source else [])
    return min(s for s, _ in spans), max(e for _, e in spans)


def join_quotes(doc, text: str, attributions: list[Attribution], quoted: list[Quoted]) -> list[Attribution]:
    claimed: set[int] = set()
    spans = [(q.start, q.end) for q in quoted]

    # 1. Widen contents that touch a quote to the whole quote (not quotes that contain the cue:
    #    speech reported inside a quotation stays inside it).
    for att in attributions:
        if att.content is None:
            continue
        start, end = att.content
        touched = []
        for i, q in enumerate(spans):
            if overlaps(q, att.content) and not _inside(att.cue, q):
                touched.append(i)
                start, end = min(start, q[0]), max(end, q[1])
        if touched:
            att.content = (start, end)
            att.parts = [spans[i] for i in touched]
            claimed.update(touched)

    # 2. Interrupted quotes: piece, attribution, piece.
    for att in attributions:
        if not att.parts:
            continue
        clause = _clause(att)
        first, last = att.parts[0], att.parts[-1]
        if last[1] <= clause[0]:  # quote before the clause: look for a second piece after it
            for i, q in enumerate(spans):
                if i in claimed or q[0] < clause[1]:
                    continue
                if _JOINER.fullmatch(text[clause[1]:q[0]]) and "\n" not in text[clause[1]:q[0]]:
                    att.parts.append(q)
                    att.content = (att.content[0], q[1])
                    claimed.add(i)
                break
        elif first[0] >= clause[1]:  # quote after the clause: look for a first piece before it
            for i in range(len(spans) - 1, -1, -1):
                q = spans[i]
                if q[1] > clause[0]:
                    continue
                if i not in claimed and _JOINER.fullmatch(text[q[1]:clause[0]]) and "\n" not in text[q[1]:clause[0]]:
                    att.parts.insert(0, q)
                    att.content = (q[0], att.content[1])
                    claimed.add(i)
                break

    # 3. Quotes still without an attribution: a cue verb of their own sentence, or "X said:".
    used_cues = {att.cue for att in attributions}
    for i, q in enumerate(spans):
        if i in claimed:
            continue
        att = _cue_for_quote(doc, text, q, used_cues)
        if att:
            attributions.append(att)
            used_cues.add(att.cue)
            claimed.add(i)

    # 4. Quotes that carry on after their attribution without one of their own: the rest of the
    #    paragraph ("“…,” he said outside. “But …”") and whole-paragraph quotes right after it.
    for att in sorted(attributions, key=lambda a: a.content[0] if a.content else 0):
        if not att.parts or att.content is None:
            continue
        clause = _clause(att)
        end = max(att.content[1], clause[1])
        for i, q in enumerate(spans):
            if q[0] < end:
                continue
            if i in claimed or not _continues(text, end, q):
                break
            att.parts.append(q)
            att.content = (att.content[0], q[1])
            claimed.add(i)
            end = q[1]
    return attributions


def _continues(text: str, end: int, q: tuple[int, int]) -> bool:
    """Whether quote ``q`` carries on the quote that (with its attribution) ends at ``end``:
    only the rest of that sentence lies between them, within the paragraph or up to its end,
    and ``q`` starts a paragraph or follows in the same one."""
    gap = text[end:q[0]]
    if any(c in lexicon.QUOTE_CHARS for c in gap) or len(gap) > lexicon.CONTINUATION_GAP:
        return False
    if gap.strip() and text[:end].rstrip(lexicon.QUOTE_CHARS + " ").endswith((".", "!", "?")):
        return False  # a sentence of the reporter's own comes between: "…45.” She is 45. “You …"
    if "\n" not in gap:
        return True
    before, _, after = gap.partition("\n")
    return not after.strip() and bool(re.fullmatch(r"[^.!?]*[.!?]?\s*", before))


def _cue_for_quote(doc, text: str, q: tuple[int, int], used_cues) -> Attribution | None:
    span = doc.char_span(q[0], q[1], alignment_mode="expand")
    if span is None:
        return None
    lemmas = lexicon.SPEECH_VERBS
    # "…,” he said." / "…,” said the minister.": a speech verb right after the quote.
    after = doc[span.end:min(len(doc), span.end + 8)]
    for token in after:
        if token.text in ("“", "\"", "«") or "\n" in token.text:
            break
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lemmas:
            cue = cue_span(doc, token)
            if cue in used_cues:
                return None
            source, head = speaker_of(doc, token)
            if source is None or overlaps(source, q):
                return None
            return Attribution(cue, q, source, head, "quote-after", token.lemma_.lower(), [q])
    # "X said: “…”" (possibly in the paragraph before).
    before_start = max(0, text.rfind("\n", 0, max(0, q[0] - 2)))
    window = text[before_start:q[0]]
    colon = window.rstrip().endswith(":") or window.rstrip().endswith(",")
    if not colon:
        return None
    prev = doc.char_span(before_start, q[0], alignment_mode="contract")
    if prev is None:
        return None
    for token in reversed(list(prev)):
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lemmas:
            if not _INTRO_GAP.fullmatch(text[token.idx + len(token):q[0]]):
                return None
            cue = cue_span(doc, token)
            if cue in used_cues:
                return None
            source, head = speaker_of(doc, token)
            return Attribution(cue, q, source, head, "quote-intro", token.lemma_.lower(), [q])
    return None
