"""Character-level repair before any offsets exist: mojibake, odd white space, odd quote marks.

Everything here runs on the whole input *before* the clean text is assembled, so the offsets of
every later annotation point into the repaired text and never move.
"""

from __future__ import annotations

import re

from functools import lru_cache

from ..errors import problem
from ..model import Problem
from .patterns import QUOTE_VARIANTS, SPACE_VARIANTS, ZERO_WIDTH

# Only the encoding repairs: quote marks keep their direction (curly quotes are not uncurled),
# full-width letters and ligatures are left to the author, and HTML entities are not touched in
# plain text (an article about HTML may quote "&amp;" on purpose). ftfy is imported on first use
# (150 ms of start-up): most articles never reach it (see fix_mojibake).
@lru_cache(maxsize=1)
def _mojibake_only():
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=True, fix_encoding=True, restore_byte_a0=True,
        replace_lossy_sequences=True, decode_inconsistent_utf8=True, fix_c1_controls=True,
        fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False, fix_line_breaks=True,
        fix_surrogates=True, remove_control_chars=True, normalization="NFC", explain=False)

_UTF8_AS_LATIN = re.compile(
    "[\xc2-\xef][\x80-\xbf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
    "\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]")
_C1_OR_SURROGATE = re.compile("[\x80-\x9f\ud800-\udfff]")
_SPACES = re.compile("[" + "".join(SPACE_VARIANTS) + "]")
_ZERO_WIDTH = re.compile("[" + "".join(ZERO_WIDTH) + "]")
_QUOTES = str.maketrans(QUOTE_VARIANTS)
_QUOTE_VARIANT = re.compile("[" + "".join(QUOTE_VARIANTS) + "]")   # (rare: most texts need no translate)
_RUNS_OF_SPACE = re.compile(r"[ \t]+")


def fix_mojibake(text: str) -> tuple[str, list[Problem]]:
    """Text with mojibake repaired by ftfy, and a W204 warning when anything changed."""
    # Fixing costs ~40 ms a page and ftfy's own test ~10 ms; UTF-8 read as Latin-1 / Windows-1252
    # always leaves a lead byte (Â-ï) before a continuation byte, so look for that pair first.
    if text.isascii() or not (_UTF8_AS_LATIN.search(text) or _C1_OR_SURROGATE.search(text)):
        return text, []
    import ftfy
    from ftfy.badness import is_bad

    if not is_bad(text) and not _C1_OR_SURROGATE.search(text):
        return text, []
    fixed = ftfy.fix_text(text, config=_mojibake_only())
    if fixed != text and _changed_more_than_line_breaks(text, fixed):
        return fixed, [problem("W204")]
    return fixed, []


def _changed_more_than_line_breaks(before: str, after: str) -> bool:
    return before.replace("\r\n", "\n").replace("\r", "\n") != after


def normalise_characters(text: str) -> str:
    """Unusual white space to plain spaces, zero-width marks removed, quote variants unified."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    return text.translate(_QUOTES) if _QUOTE_VARIANT.search(text) else text


def tidy_line(line: str) -> str:
    """One line with runs of spaces and tabs collapsed and its ends stripped."""
    if "  " not in line and "\t" not in line:
        return line.strip()    # (no run to collapse: the common line)
    return _RUNS_OF_SPACE.sub(" ", line).strip()


def repair(text: str) -> tuple[str, list[Problem]]:
    """Mojibake repair then character normalisation: the text every later step works on."""
    fixed, problems = fix_mojibake(text)
    return normalise_characters(fixed), problems
