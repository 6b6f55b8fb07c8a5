"""Lines of scraped text, each tagged with the kind of boilerplate it is (or none).

A line here is one non-empty input line, white space tidied. ``kind`` is None for lines that may
be article text, else one of: published, dateline, byline, caption, credit, adapted, copyright,
related, share, ad, widget, prompt (set by :func:`tag_lines`), later headline, standfirst, navigation, trailer,
repeat, repeated_lede (set by clean.py for lines left out of the article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import patterns as P
from .encoding import tidy_line
from .language import STOPWORDS

_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"(?:19|20)\d{2}")   # (patterns.DATE's year: each of its forms holds one)


@dataclass(slots=True)
class Line:
    number: int          # index among non-empty lines
    text: str
    blank_before: bool   # a blank line separates it from the previous non-empty line
    words: float = 0.0
    prose: bool = False
    kind: str | None = None
    dropped: bool = False
    credit: str | None = None
    authors: list[str] = field(default_factory=list)
    date_text: str | None = None
    barrier: bool = False    # the article does not go on past this line (footer, related heading)
    key: str = ""            # lower-cased words, for finding repeats


def key_of(text: str) -> str:
    """Lower-cased words of ``text`` joined by single spaces: a line's ``key``, for finding repeats."""
    return " ".join(_WORD.findall(text.lower()))


def word_count(text: str) -> float:
    """Words in ``text``; CJK characters count as a fraction of a word each (no spaces there): a
    half in Japanese and Korean, two thirds in Chinese (no kana or hangul on the line)."""
    cjk = len(P.CJK.findall(text))
    if not cjk:
        return float(len(_WORD.findall(text)))
    rest = P.CJK.sub(" ", text)
    per_word = P.CJK_CHARS_PER_WORD if P.KANA_OR_HANGUL.search(text) else P.HAN_CHARS_PER_WORD
    return cjk / per_word + len(_WORD.findall(rest))


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    blank = False
    for raw in text.split("\n"):
        tidy = tidy_line(raw)
        if not tidy:
            blank = True
            continue
        line = Line(number=len(lines), text=tidy, blank_before=blank)
        if tidy.isascii():
            # (no CJK, and lower-casing ASCII moves no word boundary: one scan gives both)
            found = _WORD.findall(tidy)
            line.words = float(len(found))
            line.key = " ".join(found).lower()
        else:
            line.words = word_count(tidy)
            line.key = key_of(tidy)
        line.prose = is_prose(tidy, line.words)
        lines.append(line)
        blank = False
    return lines


_CONTINUES = re.compile(r"^(?:[,;.:!?)\]”’]|[^\W\d_A-Z])")   # a closing mark, or a letter not a capital
_CLOSING = frozenset(",;.:!?)]”’")   # (not "»": English pages open teaser links with it)
# A byline cut before each linked name: "By" / "Jane Doe" / "and" / "John Roe" (the label alone, or
# the byline so far ending in "and", "&" or a comma): the next line is put on it
_BYLINE_OPEN = re.compile(r"(?i:by|von|par|por|door|di|af|av|przez|autor|author|words)\s*:?$"
                          r"|(?i:by|von|par|por|door|di|af|av|przez|autor|author|words)\b.*(?:\s(?:and|und|et|y|e|en|og|och|i)|&|,)$")
_BY = re.compile(r"by\b", re.IGNORECASE)
# the words a sentence cut before a link's words may end on ("… now available on" / "Android")
_FUNCTION_WORDS = frozenset().union(*STOPWORDS.values())
_LONGEST_FUNCTION_WORD = max(map(len, _FUNCTION_WORDS))
# a byline's role after the name: ", Senior Political Correspondent", ", Paris correspondent for the Gazette"
_NAME_ROLE = re.compile(rf"^[,|–—-]\s*(?:\S+\s+){{0,3}}?(?:{P.ROLE_NOUNS})s?\b", re.IGNORECASE)
# ... or with no mark, a short line in lower case: "Jane Doe" / "senior political correspondent"
_BARE_ROLE = re.compile(rf"^(?:\S+\s+){{0,2}}?(?:{P.ROLE_NOUNS})s?\b", re.IGNORECASE)
# a separator alone between two pieces of one byline or date line ("Jane Doe" / "-" / "Nov 19, 2019"),
# and a line that ends with one: the pieces around it go on one line
_SEPARATOR_ALONE = re.compile(r"(?:^|\s)[-–—|/·•]$")
_OPEN_END = re.compile(r"[.!?…:;\"”’'»。！？．]\s*$")


def _continues(previous: str | _Built, line: str) -> bool:
    """``line`` goes on the sentence ``previous`` left open: it starts with a closing mark or a
    lower-case letter, and ``previous`` ends with no stop, colon or closing quote."""
    first = line[:1]
    if not _CONTINUES.match(first) or first.isalpha() and not first.islower() or _BY.match(line):
        return False   # ("by Jane Doe" under a headline is a byline of its own)
    if type(previous) is _Built:
        return not previous.ends(_OPEN_END)
    return _OPEN_END.search(previous) is None


# What a line being put together keeps of its end: longer than any function word, so that its last
# word is read from it whenever that word could be one
_TAIL = 64


class _Built:
    """A line ``rejoin_fragments`` puts together from pieces (a line becomes one when its first piece
    is put on: the others stay strings, at no cost), with what the joints' tests read of it
    kept up as pieces are put on: its end (the last _TAIL characters), and once asked its word count
    and capitalised words (``capital_counts``); its text joined only when a test reads the whole of
    it. A joint costs the piece's length, not the line's. (Nineteenth session, robust19: each joint
    split, searched and copied the whole line so far, quadratic on a cut text that never stops —
    0.93 MB took 53 s.)"""

    __slots__ = ("parts", "length", "tail", "n_words", "capitals")

    def __init__(self, text: str):
        self.parts, self.length, self.tail = [text], len(text), text[-_TAIL:]
        self.n_words: int | None = None                 # len(text.split()), once asked
        self.capitals: tuple[int, int] | None = None    # capital_counts(text), once asked

    def add(self, separator: str, piece: str) -> None:
        """Put ``piece`` on the line after ``separator`` ("" or " ")."""
        # the piece's first word goes on the line's last when nothing parts them ("… Android" + ",":
        # one word, which starts as the line's last did)
        glued = not separator and piece[:1].strip() and self.tail[-1:].strip()
        if self.n_words is not None:
            self.n_words += len(piece.split()) - (1 if glued else 0)
        if self.capitals is not None:
            capitalised, lettered = capital_counts(piece)
            if glued and piece[0].isalpha():
                capitalised, lettered = capitalised - piece[0].isupper(), lettered - 1
            self.capitals = (self.capitals[0] + capitalised, self.capitals[1] + lettered)
        self.parts += (separator, piece)
        self.length += len(separator) + len(piece)
        self.tail = (self.tail + separator + piece[-_TAIL:])[-_TAIL:]

    def text(self) -> str:
        if len(self.parts) > 1:
            self.parts = ["".join(self.parts)]
        return self.parts[0]

    def words(self) -> int:
        """``len(text.split())``."""
        if self.n_words is None:
            self.n_words = len(self.text().split())
        return self.n_words

    def ends(self, pattern: re.Pattern) -> bool:
        """``pattern`` (one that matches a mark and white space to the end) found at the line's end."""
        if self.length > _TAIL and not self.tail.strip():
            return pattern.search(self.text()) is not None   # (the tail all white space)
        return pattern.search(self.tail) is not None

    def looks_like_title(self) -> bool:
        """``looks_like_title`` of the line."""
        if self.capitals is None:
            self.capitals = capital_counts(self.text())
        capitalised, lettered = self.capitals
        if lettered < 4 or self.ends(P.SENTENCE_END):
            return False
        return capitalised >= P.TITLE_CASE_SHARE * lettered

    def ends_on_function_word(self) -> bool:
        """``_ends_on_function_word`` of the line."""
        tail = self.tail.rstrip()
        if self.length > _TAIL and not any(ch.isspace() for ch in tail):
            if len(tail) > _LONGEST_FUNCTION_WORD:
                return False    # its last word is longer than any function word
            return _ends_on_function_word(self.text())
        return _ends_on_function_word(tail)


def _built(text: str | _Built) -> _Built:
    return text if type(text) is _Built else _Built(text)


def _put_on(out: list[str | _Built], separator: str, piece: str) -> _Built:
    """``piece`` put on the last line of ``out`` (made a _Built at its first piece); that line."""
    line = out[-1] = _built(out[-1])
    line.add(separator, piece)
    return line


def rejoin_fragments(text: str) -> str:
    """A text whose sentences a scraper cut at every link and inline tag (get_text with a newline
    between text nodes: "… a long debate about" / "road repairs" / ", and the opposition …") with
    its pieces joined again: when at least NODE_SPLIT_MARKS of its lines go on with the sentence
    the line before left open by starting with a comma, full stop or other closing mark (a block
    flattened to a line never starts so), each line that goes on with the one before
    (``_continues``: a closing mark or a lower-case letter) is put back on it. In any text, a
    byline or date line cut at its links is put together too (``_cut_byline``: "By" / "Jane Doe",
    "Jane Doe" / "-" / "Nov 19, 2019", "Jane Doe" / "@janedoe"). A text with nothing to join comes
    back unchanged; no line is joined across a blank line. (Fifteenth session of 2026-12-06: on
    such renderings every piece was a short line, not prose, and most of the article was cut.)

    Sixteenth session of 2026-12-07: a piece of a link's words that starts with a capital is put back
    too when the line after it goes on with a closing mark (``_bridges``: "… now available on" /
    "Android" / ", making it …"); and a copy with a blank line after every piece (a reader mode's
    paragraphs cut at their links) is joined across its blank lines when SPACED_SPLIT_MARKS of its
    pieces go on, across a blank line, with a closing mark."""
    raw = text.split("\n")
    stripped = [line.strip() for line in raw]
    marks, across = _closing_pieces(stripped)
    split = marks >= P.NODE_SPLIT_MARKS
    # a copy whose paragraphs a reader mode cut at its links, a blank line after each piece ("… is now
    # available on" / "" / "Android" / "" / ", making it …"): pieces are joined across blank lines too
    spaced = not split and across >= P.SPACED_SPLIT_MARKS
    # in a text not cut throughout, a sentence cut at its links all the same ("… led to" / "widespread
    # problems" / "last week when the …" / "launched Disney+" / "."): its pieces are joined when together
    # they end like a sentence and are long enough to be one (``_sentence_chains``)
    following = _next_pieces(stripped)
    chained = frozenset() if split or spaced else _sentence_chains(stripped, following)
    out: list[str | _Built] = []
    previous: str | _Built | None = None    # the last line (out[-1]), None after a blank line
    joined = False
    separator = _NO_SEPARATOR    # whether the line so far has a separator put on it, and the piece after it
    blanks: list[str] = []
    for index, line in enumerate(raw):
        tidy = stripped[index]
        if not tidy:
            if spaced and previous is not None:
                blanks.append(line)    # (held back: the next piece may go on the line before them)
                continue
            out.append(line)
            previous = None
            continue
        if blanks:
            # (across a blank line only a piece that opens with a closing mark, a link's words between
            # two pieces, or a word all in lower case after a function word ("… at the" / "town hall"):
            # "What we know so far" / "" / "eBay and other sellers …" stay apart)
            continues = _continues(previous, tidy)
            if (_closes(tidy) and continues
                    or _bridges(previous, tidy, following[index])
                    or continues and _ends_on_function_word(previous)
                    and tidy[:1].isalpha() and tidy.split(None, 1)[0].islower()):
                previous = _put_on(out, "" if tidy[0] in _CLOSING else " ", tidy)
                joined, blanks = True, []
                continue
            out.extend(blanks)
            blanks, previous = [], None
        if _SEPARATOR_ALONE.match(tidy) and (_in_menu(stripped, index) or not _dated_after(stripped, index)):
            # "LAT Home" / "|" / "My LATimes" / "|" …: a menu's separators; "Related Stories" / "-" /
            # a headline: only a byline's name and date ("Jane Doe" / "-" / "Nov 19, 2019") are put together
            out.append(tidy)
            previous, separator = tidy, _NO_SEPARATOR
            continue
        if previous is not None and separator == _SEPARATOR_OPEN and len(tidy.split()) <= P.CUT_BYLINE_MAX_WORDS:
            previous = _put_on(out, " ", tidy)      # "Jane Doe -" then "Nov 19, 2019": one separator a line
            separator = _SEPARATOR_USED
            continue
        if previous is not None and ((split and (_continues(previous, tidy) or _bridges(previous, tidy, following[index])))
                                     or index in chained or _cut_byline(previous, tidy)):
            previous = _put_on(out, "" if tidy[0] in _CLOSING else " ", tidy)
            if _SEPARATOR_ALONE.match(tidy):
                separator = _SEPARATOR_OPEN if separator == _NO_SEPARATOR else _SEPARATOR_USED
            joined = True
            continue
        out.append(tidy)
        previous, separator = tidy, _NO_SEPARATOR
    out.extend(blanks)
    # (the lines put together are _Built, the others as they were)
    return "\n".join(part if type(part) is str else part.text() for part in out) if joined else text


# the state of a line being put together around a separator ("Jane Doe" / "-" / "Nov 19, 2019"): none put
# on it yet; one put on, its piece to come; done (a second separator opens none)
_NO_SEPARATOR, _SEPARATOR_OPEN, _SEPARATOR_USED = range(3)


def _closing_pieces(stripped: list[str]) -> tuple[int, int]:
    """Lines that go on the sentence the line before left open by starting with a closing mark
    (``_continues``), counted up to NODE_SPLIT_MARKS: (those right under it, those across a blank
    line that open with a closing mark but not an ellipsis)."""
    marks = across = 0
    previous = None
    blank = False
    for line in stripped:
        if not line:
            blank = True
            continue
        if previous is not None and line[0] in _CLOSING and _continues(previous, line):
            if not blank:
                marks += 1
                if marks >= P.NODE_SPLIT_MARKS:
                    break
            elif _closes(line):
                across += 1
            # (else "9:40 am" / "" / "...the coastguard says": a live blog's entry, no piece)
        previous, blank = line, False
    return marks, across


def text_lines(text: str, rejoin: bool = True) -> list[Line]:
    """The lines of a scraped text as the cleaner reads them: a page's HTML source read as markup
    (``markup_read``), cut pieces put together again (``rejoin_fragments``, unless ``rejoin`` is
    False: the ablation's rule "rejoin"), then split. The plain-text line classifier is trained on
    these very lines (training/ingest/train.py; sixteenth session of 2026-12-07: before, it read the
    lines without the rejoining)."""
    text = markdown_read(unwrap(markup_read(text)))
    return split_lines(rejoin_fragments(text) if rejoin else text)


# Markdown's inline links and images ("[text](https://… "title")", "![alt](/img.png)"), and its bold marks.
# A link's target must look like an address (review mend, plainmend22): one opening with a scheme
# ("https://", "javascript:", "mailto:"), "/", "#", "./", "www." or "?" (then anything in balanced brackets:
# scrapers print an address's spaces as they are), or a word holding "/", ".", "?", "=", "&" or "+" and no
# space ("page.html", "news/today", "Special+Reports"), a quoted title after it. Prose's "[1](p. 10)",
# "[like this](and this)" and code's "handlers[0](event)" are no links. The link's text may hold one level
# of brackets ("[[1]](#cite_note-1)").
_MD_TARGET = (r"\([ \t]*(?:(?:[a-zA-Z][\w+.-]*:(?=\S)|/|#|\.{1,2}/|www\.|\?)(?:[^()\n]|\([^()\n]*\))*"
              r"|[\w%~+-]+[/.?=&+](?:[^\s()]|\([^\s()]*\))*(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'))?[ \t]*)\)")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]" + _MD_TARGET)
_MD_LINK = re.compile(r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]" + _MD_TARGET)
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)", re.MULTILINE)
# (only "**bold**", as html2text and markdownify write it, with no word or star right outside: "__init__"
# and "f(**kwargs) or g(**opts)" stay as they are)
_MD_BOLD = re.compile(r"(?<![\w*])\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*(?![\w*])")


def markdown_read(text: str) -> str:
    """A scraper's Markdown (html2text, markdownify, a reader service: at least MARKDOWN_MIN_LINKS inline
    links) read as the text it shows: a link is its words ("[Home](https://…)" → "Home"), an image
    nothing, "**bold**" its words, a heading its words without its "#" marks; list items keep their
    "*", as a scraper's text prints them. Any other text comes back unchanged. (Twenty-second session of 2026-12-07: on the tune pages
    rendered as Markdown, the links' addresses made menus read as long lines and every kept line carried
    its addresses: human sets 0.767 against 0.922 flattened.)"""
    if text.count("](") < P.MARKDOWN_MIN_LINKS or len(_MD_LINK.findall(text)) < P.MARKDOWN_MIN_LINKS:
        return text
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(lambda m: m.group(1).strip(), text)
    text = _MD_HEADING.sub("", text)
    return _MD_BOLD.sub(r"\1", text)


# a list item or a heading of a text-mode rendering ("* item", "- item", "1. item", "## Heading", "> quote"):
# the line above it is never continued by it
_BLOCK_MARK = re.compile(r"^\s*(?:[-*+•#>]+|\d{1,3}[.)])\s")
_HYPHEN_BREAK = re.compile(r"[^\W\d_]-$")
_SENTENCE_STOP = re.compile(r"[.!?…:;。！？]['\"”’)»]*$")


def _wrap_width(raw: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at (patterns.WRAP_*), or None when it reads as not
    wrapped: where a line goes on with the sentence of a long line above it (over half the width,
    ``_goes_on``), the line above mostly had no room left for its first word."""
    lengths = sorted(len(line.rstrip()) for line in raw if " " in line.strip())
    if len(lengths) < P.WRAP_MIN_FITTED:
        return None
    # (the longest line within WRAP_SLACK of the length only WRAP_OVER_SHARE of them pass: a page's few
    # unwrapped lines left over, and no wrapped line cut short of the width)
    usual = lengths[min(len(lengths) - 1, int(len(lengths) * (1 - P.WRAP_OVER_SHARE)))]
    width = max(length for length in lengths if length <= usual + P.WRAP_SLACK)
    if width < P.WRAP_MIN_WIDTH:
        return None
    going_on = fitted = 0
    for line, below in zip(raw, raw[1:]):
        length = len(line.rstrip())
        if length > width / 2 and below.strip() and _goes_on(line, below):
            going_on += 1
            fitted += length <= width < length + 1 + len(below.split(None, 1)[0])
    if fitted < P.WRAP_MIN_FITTED or fitted < P.WRAP_FITTED_SHARE * going_on:
        return None
    return width


def _goes_on(line: str, below: str) -> bool:
    """``below`` goes on with the sentence of ``line``: it opens in lower case, or with a letter of a
    script without case and ``line`` has no final stop."""
    first = below.lstrip()[0]
    if first.islower():
        return True
    return first.isalpha() and first.upper() == first.lower() and not _SENTENCE_STOP.search(line.rstrip())


def unwrap(text: str) -> str:
    """A text hard-wrapped at a fixed width (a text-mode browser's dump, html2text, a mail client: each
    paragraph cut into lines of at most 70-80 characters) with its paragraphs put together again: a line
    goes on the one above it when its first word would not have fitted there (the wrap moved it down), and
    it opens no list item or heading and is no other block's line (``_joins``: a quote, code, a table's
    row, a sign-off). A word broken at its hyphen ("well-" / "known") is joined without a space. Any other
    text comes back unchanged; so does a short text with one long line in it (on a few lines the width
    read is the longest line's). (Twenty-second session of 2026-12-07: the tune pages wrapped at 78-80
    columns, each line short and without a stop, kept 0.17 of their F1: no line was prose.)"""
    if text.count("\n") < P.WRAP_MIN_FITTED:
        return text
    raw = text.split("\n")
    width = _wrap_width(raw)
    if width is None:
        return text
    out: list[str] = []
    previous = None    # the last line as printed (its own, not the paragraph's so far), None after a blank
    for index, line in enumerate(raw):
        stripped = line.strip()
        if stripped and previous is not None and len(previous) <= width \
                and len(previous) + 1 + len(stripped.split(None, 1)[0]) > width and not _BLOCK_MARK.match(line) \
                and _joins(previous, line, raw[index + 1] if index + 1 < len(raw) else "", width):
            last = out[-1].rstrip()
            glue = "" if _HYPHEN_BREAK.search(last) and stripped[0].islower() else " "
            out[-1] = last + glue + stripped
        else:
            out.append(line)
        previous = line.rstrip() if stripped else None
    return "\n".join(out)


_QUOTE_INDENT = re.compile(r"^[ \t]*(?:>+(?:[ \t]+|$))*")    # (">2008 Auburn…", a markup's text, quotes nothing)
_ROW_END = re.compile(r"[\d)]\s*$")
_COLUMN_GAP = re.compile(r"[^\s.!?:;] {2,}\S|\S {3,}\S|\t")


def _joins(above: str, line: str, after: str, width: int) -> bool:
    """``line``, whose first word would not have fitted on ``above``, goes on it as a wrapped paragraph's
    next line (review mend, plainmend22): both have the same quote marks and indentation (an unquoted reply
    under a quote, code's "    return result" under its block are no paragraph's lines), or ``line`` hangs
    under a list item's words; neither has columns (a run of spaces between words, not after a stop: a
    standings table); they are no table's rows (both WRAP_NUMBER_SHARE of their words with a digit, the
    upper ending with a number, the lower a long line opening with a capital: "… att: 60,112" / "Liverpool 0
    Everton 0 …"; a citation's "Retrieved 27" / "November 2016." and a list of scorers' "… Burgher 10" /
    "points. …" go on); and ``line`` is no sign-off: short (WRAP_SIGNOFF_WORDS), capitalised, with no stop
    of its own, under a line ending with one, a blank line, the end or another short line under it ("Jane
    Smith", "Best,"; "Not enough." ends its paragraph)."""
    lead, below = _QUOTE_INDENT.match(above).group(), _QUOTE_INDENT.match(line).group()
    if lead != below:
        item = _BLOCK_MARK.match(above)
        if not (item and ">" not in below and len(below) == item.end() and not above.lstrip().startswith((">", "#"))):
            return False
    if _COLUMN_GAP.search(above.strip()) or _COLUMN_GAP.search(line.strip()):
        return False
    if _number_share(above) >= P.WRAP_NUMBER_SHARE and _number_share(line) >= P.WRAP_NUMBER_SHARE \
            and _ROW_END.search(above) and line.lstrip()[0].isupper() and len(line.rstrip()) > width / 2:
        return False
    words = line.split()
    return not (words[0][0].isupper() and len(words) <= P.WRAP_SIGNOFF_WORDS and not _SENTENCE_STOP.search(line)
                and _SENTENCE_STOP.search(above.rstrip()) and len(after.rstrip()) <= width / 2)


def _number_share(line: str) -> float:
    words = line.split()
    return sum(any(c.isdigit() for c in word) for word in words) / len(words)


_TAG = re.compile(r"</?[a-zA-Z][\w:-]*(?:\s[^<>]{0,500})?/?>")


def markup_read(text: str) -> str:
    """A "text" that is most of a page's HTML source (at least MARKUP_TEXT_MIN_TAGS tags, making up
    MARKUP_TEXT_SHARE of its characters: a scraper that read a page whose <title> is never closed
    took the rest of the page as the title's text) read as the markup it is: a line per block
    element, scripts and styles left out (html.block_lines); any other text as it is. (Seventeenth
    session of 2026-12-07: three 2008 pages of l3s-gn1 came out as one line of tags and script, the
    whole of it kept as the article.)"""
    if text.count("<") < P.MARKUP_TEXT_MIN_TAGS:
        return text
    tags = _TAG.findall(text)
    if len(tags) < P.MARKUP_TEXT_MIN_TAGS or sum(map(len, tags)) < P.MARKUP_TEXT_SHARE * len(text):
        return text
    import lxml.html

    from .html import block_lines    # (html imports this module)

    try:
        root = lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return text
    return block_lines(root)


def _sentence_chains(stripped: list[str], following: list[str | None]) -> frozenset[int]:
    """Indices of the lines to put on the line before them: runs of pieces with no blank line between,
    each going on the sentence the one before left open (``_continues``, ``_bridges``), that together
    end like a sentence (patterns.SENTENCE_END) and hold at least CHAIN_MIN_WORDS words; at least
    CHAIN_MIN_PIECES pieces (a link inside a sentence: the words before it, its own, those after), or
    two when the second goes on with a closing mark. Each joint has a link's short piece on one side
    (BRIDGE_MAX_WORDS) or a closing mark after it: two long lines, the second in lower case, are items
    of a list without stops, not a sentence. (Two pieces alone are mostly a header over its
    text: "By jane AT 01/08/08 05:44 PM" / "... so that was the worst", "Hi Gemma," / "thanks again".)"""
    chosen: list[int] = []
    run: list[int] = []

    def close() -> None:
        if len(run) >= P.CHAIN_MIN_PIECES or len(run) > 1 and stripped[run[1]][0] in _CLOSING:
            text = " ".join(stripped[k] for k in run)
            if len(text.split()) >= P.CHAIN_MIN_WORDS and P.SENTENCE_END.search(text):
                chosen.extend(run[1:])

    for index, line in enumerate(stripped):
        if not line:
            close()
            run = []
            continue
        before = stripped[index - 1] if index else ""
        if run and run[-1] == index - 1 and (_continues(before, line) or _bridges(before, line, following[index])) \
                and (line[0] in _CLOSING or min(len(before.split()), len(line.split())) <= P.BRIDGE_MAX_WORDS):
            run.append(index)
            continue
        close()
        run = [index]
    close()
    return frozenset(chosen)


def _next_pieces(stripped: list[str]) -> list[str | None]:
    """For each line, the next non-empty line after it, or None: read in one pass from the end
    (eighteenth session: looking each one up by scanning the rest of the text made the chains'
    search quadratic, 4 of a 2 MB text's 11 s of cleaning)."""
    following: list[str | None] = [None] * len(stripped)
    ahead: str | None = None
    for index in range(len(stripped) - 1, -1, -1):
        following[index] = ahead
        if stripped[index]:
            ahead = stripped[index]
    return following


def _bridges(previous: str | _Built, line: str, following: str | None) -> bool:
    """A short piece that is a link's words inside a sentence: the line before left the sentence open
    on a word in lower case, the piece is at most BRIDGE_MAX_WORDS words (a name or a title,
    capitalised: "Android", "President Emmanuel Macron"), and the line after it goes on with a closing
    mark (``_closes``) and at least BRIDGE_AFTER_WORDS words ("… now available on" / "Android" / ",
    making it …"), the line before ending on a function word ("… available on", "… a report by the")
    or prose-long (PROSE_WORDS) and no headline (``looks_like_title``); or
    the piece is a name, every word capitalised, and the line after goes on in lower case with
    BRIDGE_AFTER_LOWER_WORDS words or more ("… designated utility player" / "Brian Bixler" / "for
    assignment …"; sixteenth session of 2026-12-07, plain16), neither it nor the line before being
    furniture (``_furniture``: "Print this article" / "W" / "hile Anglophiles …", "Jane Doe / 2 days" /
    "WeWork" / "is reportedly …"; nor with the line after it: "You" / "may also like"). An advertisement's marker inside a sentence ("… going to break" /
    "Advertisement" / "the mold …") is no piece of it.
    A list of links with commas between them ("Democrats" / "," / "Equality" / ","), a name over its
    handle ("Jane Doe" / ", @janedoe") are no sentence; nor a name over its role (``_NAME_ROLE``:
    "Jane Doe" / ", Senior Political Correspondent" under a headline; mend after the sixteenth
    session's review: a headline ending in lower case took the byline on)."""
    if following is None or len(line.split()) > P.BRIDGE_MAX_WORDS:
        return False
    after = len(following.split())
    last = previous.tail[-1:] if type(previous) is _Built else previous[-1:]
    if not (last.islower() and not _BY.match(line) and _continues(line, following)):
        return False
    if _role_after(following):
        return False    # a headline over its byline's name and role ("… after long debate" / "Jane Doe" / ", Senior …")
    previous = _built(previous)    # (what is read of it kept up as it grows: _Built)
    if following[0] in _CLOSING:
        return (_closes(following) and after > P.BRIDGE_AFTER_WORDS and not P.AD_MARKER.match(line)
                and (_ends_on_function_word(previous)
                     or previous.words() >= P.PROSE_WORDS and not previous.looks_like_title()))
    return (after >= P.BRIDGE_AFTER_LOWER_WORDS and _all_capitalised(line) and not previous.looks_like_title()
            and not _furniture(previous.text()) and not _furniture(line) and not _furniture(line + " " + following))


def _role_after(following: str) -> bool:
    """``following`` is a byline's role after a name (``_NAME_ROLE``: ", Senior Political Correspondent";
    ``_BARE_ROLE`` on a line of at most BRIDGE_MAX_WORDS words: "senior political correspondent",
    "staff writer at the Gazette")."""
    return bool(_NAME_ROLE.match(following)
                or len(following.split()) <= P.BRIDGE_MAX_WORDS and _BARE_ROLE.match(following))


def _furniture(text: str) -> bool:
    """A line the rules tag (``tag_line``: "Print this article", "You may also like", an ad's marker)
    or one that states a date or a time ("2 days", "Nov 19, 2019")."""
    return _states_date(text) or tag_line(split_lines(text)[0]) is not None


def _all_capitalised(text: str) -> bool:
    """Every word that starts with a letter starts with a capital: a name ("Brian Bixler", "St. Louis
    Cardinals"), not a clause ("Residents can read it at the")."""
    capitalised, words = capital_counts(text)
    return words > 0 and capitalised == words


def _ends_on_function_word(previous: str | _Built) -> bool:
    """``previous`` ends on a function word of any language (``language.STOPWORDS``): "… available on",
    "… a report by the", "The Spectacular Story Of" (a headline cut at its own link)."""
    if type(previous) is _Built:
        return previous.ends_on_function_word()
    return previous.rsplit(None, 1)[-1].lower() in _FUNCTION_WORDS


def _closes(line: str) -> bool:
    """``line`` opens with a closing mark: a comma, a full stop, a closing bracket or quote, not an
    ellipsis ("...the coastguard says …" under a live blog's time opens an entry)."""
    return line[0] in _CLOSING and not line.startswith("..")


def _dated_after(stripped: list[str], index: int) -> bool:
    """Whether the line after ``index`` states a date or a time (``metadata_text.states_date``; before
    the sixteenth session of 2026-12-07, any line with a digit: a share count "0" or "651" under a
    separator joined it to the line before)."""
    return index + 1 < len(stripped) and _states_date(stripped[index + 1])


def _states_date(text: str) -> bool:
    from .metadata_text import states_date   # (metadata_text imports this module)

    return len(text.split()) <= P.CUT_BYLINE_MAX_WORDS and states_date(text)


def _in_menu(stripped: list[str], index: int) -> bool:
    """Whether the separator alone at ``index`` has another two lines before or after it."""
    return any(0 <= k < len(stripped) and _SEPARATOR_ALONE.match(stripped[k]) for k in (index - 2, index + 2))


def _cut_byline(previous: str | _Built, line: str) -> bool:
    """``line`` goes on a byline or date line that a scraper cut at its links: the line before is a
    byline label alone or a byline so far ending in "and", "&" or a comma (``_BYLINE_OPEN``); or
    ``line`` is a separator alone (once a line: the piece after it is put on too, by the caller;
    "LAT Home" / "|" / "My LATimes" / "|" … stays a menu of lines), or a handle ("@janedoe") under a
    line with no digit (a name, not the date line it would spoil); or the line before is a date
    label alone (``patterns.DATE_LABEL_ALONE``: "Updated:", "| PUBLISHED:", "Veröffentlicht am") and
    ``line`` states a date or a time (sixteenth session of 2026-12-07). Both
    lines are short (CUT_BYLINE_MAX_WORDS): a paragraph is no piece."""
    built = type(previous) is _Built
    if (previous.words() if built else len(previous.split())) > P.CUT_BYLINE_MAX_WORDS \
            or len(line.split()) > P.CUT_BYLINE_MAX_WORDS:
        return False    # (a paragraph is never a piece of one)
    if built:
        previous = previous.text()    # (of ten words at most)
    if P.DATE_LABEL_ALONE.match(previous):
        return _states_date(line)    # "Updated:" / "18 Nov 2019 9:38 pm"; "Posted on:" / "WWD" stay apart
    return bool(_BYLINE_OPEN.match(previous) or _SEPARATOR_ALONE.match(line) and not _SEPARATOR_ALONE.search(previous)
                or line[0] == "@" and " " not in line and not any(ch.isdigit() for ch in previous))


def is_prose(text: str, words: float) -> bool:
    """Sentence-like: long enough, and ending like a sentence or too long to be a heading."""
    segments = P.LINK_SEPARATORS.split(text)
    if len(segments) >= P.LINK_ROW_MIN_SEGMENTS and words / len(segments) < P.LINK_ROW_SEGMENT_WORDS:
        return False   # "Home | World | Sport | …": a row of links, however long
    if words >= P.PROSE_WORDS_LOOSE:
        # a long run of capitalised words without a final stop is a menu flattened onto one line
        # ("Business & Finance Dealing with Clients Finding Work Freebies …"), not a paragraph
        return P.SENTENCE_END.search(text) is not None or not _mostly_capitalised(text)
    if words < P.PROSE_WORDS or P.SENTENCE_END.search(text) is None:
        return False
    return True


def _mostly_capitalised(text: str) -> bool:
    capitalised, words = capital_counts(text)
    return bool(words) and capitalised >= P.MENU_CAPITALISED_SHARE * words


def capital_counts(text: str) -> tuple[int, int]:
    """(words that start with a capital, words that start with a letter) of ``text``."""
    firsts = [t[0] for t in text.split() if t[0].isalpha()]
    return sum(map(str.isupper, firsts)), len(firsts)


def looks_like_title(text: str) -> bool:
    """Most words capitalised and no final stop: a headline or a link to another article."""
    capitalised, words = capital_counts(text)
    if words < 4 or P.SENTENCE_END.search(text):
        return False
    return capitalised >= P.TITLE_CASE_SHARE * words


def related_heading(text: str, words: float) -> bool:
    """Whether a line is a related-links heading: "You may also like", "Most read", "Related stories"."""
    return words <= 8 and (text.lower().rstrip(":.!»> ") in P.RELATED_HEADINGS
                           or (words <= P.RELATED_WORD_HEADING_MAX_WORDS and P.RELATED_WORD_HEADING.match(text)))


def tag_lines(lines: list[Line]) -> None:
    """Set ``kind`` (and credit, authors, date) on every line a rule recognises."""
    in_related = False
    for index, line in enumerate(lines):
        kind = tag_line(line)
        if kind == "related_heading":
            line.kind, in_related = "related", True
            line.barrier = line.text.lower().rstrip(":.!»> ") in P.END_OF_ARTICLE_HEADINGS
            continue
        if kind == "copyright":
            line.barrier = True
        if in_related:
            # the link list under a "You may also like" heading: short lines, until prose resumes
            if kind is None and not line.prose:
                line.kind = "related"
                continue
            if kind == "prompt":
                line.kind = kind   # "Privacy Settings" among a footer's links does not end them
                continue
            in_related = False
        line.kind = kind
        previous = lines[index - 1] if index else None
        if kind in ("credit", "caption") and P.PHOTO_CREDIT_ALONE.match(line.text) and previous is not None \
                and previous.kind is None and previous.words <= P.CAPTION_MAX_WORDS:
            # "A model of the lunar greenhouse." then "(Image credit: Northfield Aerospace)"
            previous.kind = "caption"
    mark_repeats(lines)


def mark_repeats(lines: list[Line]) -> None:
    """Tag "repeat" on a line whose word 4-grams mostly appeared in earlier lines already: a page
    that prints the article twice, or a summary stitched from its paragraphs. A fuller copy of
    one earlier line (the lede printed twice) is not a repeat: clean.py keeps it, not the short one.
    """
    first_seen: dict[tuple[str, ...], int] = {}
    for index, line in enumerate(lines):
        words = line.key.split()
        grams = list(zip(words, words[1:], words[2:], words[3:]))
        if line.kind is None and len(grams) >= P.REPEAT_MIN_GRAMS:
            sources = [first_seen[g] for g in grams if g in first_seen]
            if len(sources) >= P.REPEAT_COVERAGE * len(grams):
                owners = set(sources)
                only = lines[next(iter(owners))] if len(owners) == 1 else None
                if only is None or only.key == line.key or only.key not in line.key:
                    line.kind = "repeat"
                    continue
        if grams:
            # (every gram not seen before is first seen here: one set difference, not a call per gram)
            first_seen.update(dict.fromkeys(set(grams).difference(first_seen), index))


def tag_line(line: Line) -> str | None:
    """The boilerplate kind of one line by the rules in patterns.py, or None."""
    text, words = line.text, line.words
    if words <= P.COPYRIGHT_MAX_WORDS and (P.COPYRIGHT.match(text) and _copyright_like(text)
                                           or P.ALL_RIGHTS.search(text)):
        return "copyright"
    if P.ADAPTED.match(text) or P.RIGHTS_NOTICE.match(text):
        return "adapted"
    if words <= 60 and P.CONTRIBUTORS_LINE.match(text):
        from .metadata_text import wire_reporters

        line.authors = wire_reporters(text)   # "Reporting by Jane Doe; Editing by …" closing a wire story
        return "byline"
    if words <= 40 and "@" in text and P.CONTACT_LINE.match(text):
        return "byline"
    if words <= 6 and P.GALLERY_COUNTER.match(text):
        return "caption"
    # (a labelled line may be long: "PUBLISHED: November 19, 2019 at 6:00 a.m. | UPDATED: November 19,
    # 2019 at 6:01 a.m." is 18 words)
    # every date these three patterns read has its year in four digits: a line without one is none
    # of them (the quick test spares their long patterns on most lines)
    dated = words <= 30 and _YEAR.search(text) is not None
    if dated and words <= P.PUBLISHED_LINE_MAX_WORDS:
        match = P.PUBLISHED_LINE.match(text)
        if match:
            line.date_text = text
            return "published"
    if dated and words <= 16:
        match = P.DATE_ONLY_LINE.match(text)
        if match:
            line.date_text = text
            return "dateline"
    if dated:
        match = P.POSTED_BY.match(text)
        if match:
            line.date_text = text
            line.authors = split_names(match.group("names"))
            return "published"
    # (a commenter's header ends with its colon, "Jane Doe says:": the long pattern only then)
    if words <= 40 and (P.COMMENTS_START.match(text) or text.endswith(":") and P.COMMENT_HEADER.match(text)):
        return "comments"
    if words <= P.COMMENT_NOTICE_MAX_WORDS and P.COMMENT_NOTICE.match(text):
        return "comments"   # "Comments are closed.", "Your email address will not be published. …"
    if words <= P.BYLINE_MAX_WORDS:
        match = P.BYLINE.match(text)
        if match:
            line.authors = split_names(P.BYLINE_HANDLE.sub("", match.group("names")))
            return "byline"
    if words <= P.CREDIT_MAX_WORDS:
        match = P.CREDIT_LINE.match(text)
        if match:
            line.credit = (match.group("credit") or match.group("alone") or "").strip(" .")
            return "credit"
    match = P.CAPTION_CREDIT.search(text) if text.endswith(")") else None
    if match:
        line.credit = (match.group("credit") or match.group("agency_credit") or "").strip(" .")
        return "caption"
    match = P.CAPTION_CREDIT_TAIL.search(text) if ":" in text and ("redit" in text or words <= 40) else None
    if match:
        line.credit = match.group("credit").strip(" .")
        return "caption"
    if words <= 40 and (P.CAPTION_LINE.match(text) or P.FILE_LINE.match(text)):
        return "caption"
    if related_heading(text, words):
        return "related_heading"
    if words <= 30 and P.RELATED_PREFIX.match(text) or words <= P.TEASER_MAX_WORDS and P.TEASER_LINK_END.search(text):
        return "related"
    if words <= 5 and P.AD_MARKER.match(text):
        return "ad"
    if words <= P.WIDGET_MAX_WORDS and P.WIDGET_LINE.match(text) or text[0] == "<" and P.MARKUP_LINE.match(text):
        return "widget"
    if words <= P.PROMPT_MAX_WORDS and P.SHARE_PROMPT.match(text):
        return "share"
    if words <= P.PROMPT_MAX_LINE_WORDS and P.PROMPT_LINE.match(text):
        return "prompt"   # "Sign in to continue reading", "Accept all cookies", "1.2K shares"
    return None


def _copyright_like(text: str) -> bool:
    # "© 2022 Press TV" or "Copyright 2022 …" — not a sentence that starts with "Copyright law …"
    return bool(re.match(r"^(?:©|\(c\)|&copy;|copyright\s*(?:©|\(c\)|(?:19|20)\d{2}))", text, re.IGNORECASE))


def split_names(names: str) -> list[str]:
    """Person names of a byline; news agencies and outlets ("Reuters", "BBC News") left out."""
    from .metadata_text import people_of

    return people_of(re.split(r"\s*(?:,|\b(?i:and)\b|&)\s*", names))
