"""Quotation marks: pairing them into quoted stretches of text, in every typographic style.

Handles curly (“…”), low-high („…“, „…”), guillemets («…» with or without spaces inside, and »…«
as German and Polish write them: each keeps its usual side unless the characters around it clearly
say otherwise), straight ("…") and full-width (＂…＂), doubled apostrophes
(''…'', as some wire copy writes them), TeX-style (``…''), and single curly quotes (‘…’) when they
are not apostrophes. A quote left open at the end of a paragraph continues when the next paragraph
opens with a quote mark (the newspaper convention for multi-paragraph quotations); otherwise it
ends with its paragraph. A quotation in the other family of marks nested inside a quotation
(»…« inside „…“, “…” inside «…») stays inside it. Full-width ＂ with no space before it and a
letter or digit after it (Japanese and Chinese write no spaces around marks: "ＡＢＣ社は＂値上げは
しない＂と述べた。") cannot be placed by its neighbours: such marks pair in order, each opening a
quotation when none is open and closing the open one otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import CLOSING_MARKS, DOUBLE_AMBIGUOUS, OPENING_MARKS, SINGLE_CLOSE, SINGLE_OPEN

GUILLEMETS = ("«", "»")
FULL_WIDTH = "＂"
# One regex alternation over every mark, two-character marks first so '' is not read as two '.
_MARK = re.compile("|".join(re.escape(m) for m in sorted(
    set(OPENING_MARKS) | set(CLOSING_MARKS) | set(DOUBLE_AMBIGUOUS) | set(SINGLE_OPEN) |
    set(SINGLE_CLOSE), key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted stretch ``text[start:end]``, marks included; ``pieces`` are its paragraphs."""

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]


def mark_role(text: str, start: int, end: int, mark: str) -> str | None:
    """"open", "close", "either" (a full-width ＂ that its neighbours do not place: ``find_quoted``
    pairs those in order) or None (an apostrophe, or a mark we cannot place)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if mark in GUILLEMETS:
        # «…» (French, Russian, with or without spaces inside) or »…« (German, Danish, Polish): each
        # guillemet keeps its usual side unless the characters around it clearly say otherwise —
        # » opens only before a letter, after a space, a bracket, a dash or the text's start;
        # « closes only after a letter, a digit or sentence punctuation and not before a letter.
        # (A » after a space and before a comma, "« Nous viendrons », a-t-il dit", closes.)
        if mark == "»":
            opens = (before.isspace() or before in "([{—–-/" or start == 0) and after.isalpha()
            return "open" if opens else "close"
        closes = (before.isalnum() or before in ".,!?;:…") and not after.isalnum()
        return "close" if closes else "open"
    if mark in OPENING_MARKS:
        return "open"
    if mark in CLOSING_MARKS:
        return "close"
    if mark in DOUBLE_AMBIGUOUS:
        if before.isspace() or before in "([{—–-/" or start == 0:
            return "open"
        if after.isspace() or not after.isalnum():
            return "close"
        return "either" if mark == FULL_WIDTH else "open"
    if mark in SINGLE_OPEN:  # ‘ or ' at the start of a word
        if (before.isspace() or before in "([{—–\"“") and after.isalnum():
            return "open_single"
        return None
    if mark in SINGLE_CLOSE:  # ’ or ' at the end of a word, not inside one (don’t) or a plural (states’)
        if before.isalnum() and after.isalnum():
            return None
        if before not in ".,!?;:" and not before.isalnum():
            return None
        return "close_single"
    return None


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text``, in order; nested single quotes stay inside their double."""
    marks = []
    for m in _MARK.finditer(text):
        role = mark_role(text, m.start(), m.end(), m.group())
        if role:
            marks.append((m.start(), m.end(), role))
    spans: list[Quoted] = []
    open_at: int | None = None
    single_at: int | None = None
    pieces: list[tuple[int, int]] = []
    piece_start = 0
    # A quotation in the other family of marks nested inside the open one (guillemets inside
    # „…“ or "…", curly or straight quotes inside «…» or »…«): how many are open. Their closing
    # mark closes them, not the outer quotation; the outer quotation's own family always closes it.
    outer_guillemet = False
    nested = 0
    for s, e, role in marks:
        if role == "either" and (open_at is None or "\n" in text[piece_start:s]):
            role = "open"  # none open, or the open one ends with its paragraph (below): this one opens
        if open_at is not None:
            # An unclosed quote at a paragraph break: continue if the next paragraph opens a quote.
            gap = text[piece_start:s]
            if "\n" in gap:
                nested = 0
                para_end = piece_start + gap.index("\n")
                rest = text[para_end:s]
                if role in ("open",) and rest.strip() == "":
                    pieces.append((piece_start, para_end))
                    piece_start = s
                    continue
                pieces.append((piece_start, para_end))
                spans.append(Quoted(open_at, para_end, tuple(pieces)))
                open_at, pieces = None, []
        if open_at is None:
            if role == "open":
                open_at, piece_start, pieces = s, s, []
                single_at = None
                outer_guillemet, nested = text[s:e] in GUILLEMETS, 0
            elif role == "open_single":
                single_at = s
            elif role == "close_single" and single_at is not None:
                if "\n" not in text[single_at:e]:
                    spans.append(Quoted(single_at, e, ((single_at, e),)))
                single_at = None
            continue
        other_family = (text[s:e] in GUILLEMETS) != outer_guillemet
        if role == "either":  # ＂ placed by the open quotation: it closes it (or its nested one)
            role = "open" if other_family and not nested else "close"
        if role == "open" and other_family:
            nested += 1
        elif role == "close" and other_family and nested:
            nested -= 1
        elif role == "close":
            pieces.append((piece_start, e))
            spans.append(Quoted(open_at, e, tuple(pieces)))
            open_at, pieces = None, []
    if open_at is not None:
        end = text.find("\n", piece_start)
        end = len(text) if end < 0 else end
        pieces.append((piece_start, end))
        spans.append(Quoted(open_at, end, tuple(pieces)))
    return [q for q in spans if q.end - q.start > 2]
