"""The publisher's own article body, as evidence about the extracted one (twenty-third session, issue 20).

Recent news pages very often print their article's text a second time for search engines: the JSON-LD
``articleBody`` of the page's NewsArticle (Article, ReportageNewsArticle …) object. It is the publisher's
word on what the article is, so a paragraph of the page whose text lies inside it is article text, even
where the extractor cut it (an ad's <div> between two paragraphs, a paragraph trafilatura took for a
teaser). It is no body to print as it stands: it comes truncated (a paywall's teaser ending in "…"), as a
one-line summary, with HTML markup or entities in it, with its paragraphs run together.

- ``publisher_body``: the articleBody of the page's own article object (the only one that has one, or
  the one whose address or headline is the page's), as plain text (entities decoded, markup removed,
  a line per paragraph where it marks them); None when there is none or the choice is unsure.
- ``page_paragraphs``: the page's paragraphs (<p> elements) in page order, each marked when its text
  lies inside the publisher's body.
- ``with_publisher_paragraphs``: a body with the marked paragraphs it lacks put back in page order.
- ``complete``, ``coverage`` and ``closeness``: whether the publisher's body is a whole article (no
  teaser), how much of it a body holds, and how close a body is to it (the full-mode body is weighed
  against the fast one by it where the fast one holds too little of it: html.extract_stage).
"""

from __future__ import annotations

import html as html_module
import re
from urllib.parse import urlsplit

from lxml.etree import XPath

from . import patterns as P
from .html_evidence import article_objects
from .lines import word_count

# a paragraph of the page, not one of a caption (a figure's or an element classed so), a pull-out box, a footer
# or a menu (an articleBody can hold the captions of its pictures)
_PARAGRAPH = XPath("//p[not(ancestor::figure or ancestor::figcaption or ancestor::aside or ancestor::footer "
                   "or ancestor::nav or ancestor-or-self::*[contains(@class, 'caption')])]")
_WORD = re.compile(r"\w+")
# markup inside an articleBody: elements whose text is no article text, block elements (a paragraph
# break), any other tag
_NOT_TEXT = re.compile(r"<(script|style|figure|figcaption|iframe|noscript|svg)\b[^>]*>.*?</\1\s*>",
                       re.IGNORECASE | re.DOTALL)
_BREAK = re.compile(r"</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|section|table|tr|pre)\b[^>]*>", re.IGNORECASE)
# a tag: of an HTML element, or any name with attributes (<o:p style="…">), not text between angle
# brackets ("x<y and z>w")
_ELEMENTS = ("a|abbr|acronym|address|area|article|aside|audio|b|bdi|bdo|big|blockquote|body|br|button|canvas|"
             "caption|center|cite|code|col|colgroup|data|dd|del|details|dfn|div|dl|dt|em|embed|fieldset|figcaption|"
             "figure|font|footer|form|h[1-6]|head|header|hgroup|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|"
             "link|main|map|mark|meta|nav|nobr|noscript|object|ol|option|p|param|picture|pre|q|s|samp|script|"
             "section|select|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|"
             "tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr")
# (a custom element's name holds a hyphen: <cms-embed>)
_TAG = re.compile(rf"</?(?:{_ELEMENTS}|[A-Za-z][\w.]*-[\w.-]*)(?=[\s/>])[^>]*>"
                  r"|<[A-Za-z][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))+\s*/?>"
                  r"|</[A-Za-z][\w:.-]*\s*>", re.IGNORECASE)


def publisher_body(objects: list[dict], url: str | None, title: str | None) -> str | None:
    """The page's own JSON-LD articleBody as plain text (see the module docstring), or None."""
    found = [o for o in article_objects(objects) if isinstance(o.get("articleBody"), str) and o["articleBody"].strip()]
    if not found:
        return None
    if len({o["articleBody"] for o in found}) > 1:
        own = [o for o in found if _same_page(o, url) or _same_headline(o, title)]
        if len({o["articleBody"] for o in own}) != 1:
            return None   # several articles (a live blog's posts, a list of teasers): not sure which
        found = own
    return body_text(found[0]["articleBody"])


def body_text(value: str) -> str:
    """An articleBody value as plain text: HTML entities decoded (twice escaped ones too), markup removed
    (a line break at each block element), white space collapsed, a line per paragraph."""
    for _ in range(2):   # ("&lt;p&gt;" and "&amp;amp;": markup and entities escaped once more)
        if "&" not in value:
            break
        value = html_module.unescape(value)
    if "<" in value:
        value = _TAG.sub("", _BREAK.sub("\n", _NOT_TEXT.sub("", value)))
    lines = (" ".join(line.split()) for line in value.split("\n"))
    return "\n".join(line for line in lines if line)


def _same_page(obj: dict, url: str | None) -> bool:
    page = _address_key(url)
    if not page:
        return False
    values = [obj.get("url"), obj.get("@id"), obj.get("mainEntityOfPage")]
    values += [v.get("@id") or v.get("url") for v in values if isinstance(v, dict)]
    return any(isinstance(v, str) and _address_key(v) == page for v in values)


def _address_key(url: str | None) -> str:
    """An address without its scheme, "www.", query, fragment and trailing slash."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return host + parts.path.rstrip("/") if host else ""


def _same_headline(obj: dict, title: str | None) -> bool:
    headline = obj.get("headline")
    return bool(title and isinstance(headline, str) and words_key(headline) == words_key(title))


def words_key(text: str) -> str:
    """The words of ``text``, lower-cased, one space between them (how texts are compared here)."""
    return " ".join(_WORD.findall(text.lower()))


def page_paragraphs(tree, body: str) -> list[tuple[str, bool]]:
    """The page's paragraphs (<p> elements, white space collapsed, empty ones left out) in page order,
    each with whether it lies inside ``body`` (the publisher's, words_key compared) and has
    P.PUBLISHER_PARAGRAPH_WORDS words or more."""
    inside = _Words(words_key(body))
    found = []
    for element in _PARAGRAPH(tree)[:P.PUBLISHER_PARAGRAPHS]:
        text = " ".join(element.text_content().split())
        if not text:
            continue
        own = words_key(text)
        # (words counted by spaces; a paragraph in Chinese or Japanese as lines.word_count counts them)
        words = own.count(" ") + 1
        if words < P.PUBLISHER_PARAGRAPH_WORDS and not text.isascii():
            words = word_count(text)
        found.append((text, words >= P.PUBLISHER_PARAGRAPH_WORDS and bool(own) and inside.holds(own.split(" "))))
    return found


def with_publisher_paragraphs(text: str, paragraphs: list[tuple[str, bool]]) -> str:
    """``text`` with each marked paragraph (page_paragraphs) it lacks put back, once (a paragraph the
    page prints twice, a mobile copy beside it, comes back once): after the line holding the nearest
    paragraph before it that ``text`` has, else before the line of the nearest one after it; a
    paragraph with neither is left out. A paragraph ``text`` holds part of (its start or its end) is no
    paragraph it lacks. Only a paragraph of P.PUBLISHER_KEY_WORDS words or more is found inside a line;
    a shorter one (a subhead: "The vote") only as a line of its own, its words all the line's."""
    lines = text.split("\n")
    keys = [words_key(line) for line in lines]
    # (an empty line is one empty word: no run of words goes across it)
    flat = _Words(" ".join(keys), [len(k.split(" ")) for k in keys])
    whole_lines: dict[str, int] = {}
    for i, key in enumerate(keys):
        whole_lines.setdefault(key, i)
    paragraph_words = [words_key(paragraph).split(" ") for paragraph, _ in paragraphs]
    where: list[int | None] = []   # the line each paragraph is on, None when text lacks it
    for words in paragraph_words:
        if words == [""]:
            where.append(None)
        elif len(words) < P.PUBLISHER_KEY_WORDS:
            where.append(whole_lines.get(" ".join(words)))
        else:
            where.append(flat.line_holding(words[-P.PUBLISHER_KEY_WORDS:]))
    before: list[int | None] = []   # the line of the nearest paragraph before each that text has
    last = None
    for at in where:
        before.append(last)
        last = at if at is not None else last
    after: list[int | None] = [None] * len(where)   # and after it
    last = None
    for index in range(len(where) - 1, -1, -1):
        after[index] = last
        last = where[index] if where[index] is not None else last
    inserted: list[tuple[int, int, str]] = []   # (line to insert before, paragraph order, paragraph)
    put_back: set[str] = set()
    for index, (paragraph, marked) in enumerate(paragraphs):
        words = paragraph_words[index]
        key = " ".join(words)
        if not marked or where[index] is not None or key in put_back or _partly_in(flat, words):
            continue
        if before[index] is not None:
            inserted.append((before[index] + 1, index, paragraph))
        elif after[index] is not None:
            inserted.append((after[index], index, paragraph))
        else:
            continue
        put_back.add(key)
    for at, _, paragraph in sorted(inserted, reverse=True):
        lines.insert(at, paragraph)
    return "\n".join(lines)


class _Words:
    """A text's words (words_key split), indexed by runs of up to P.PUBLISHER_KEY_WORDS words, so
    that a paragraph is looked up in it without scanning the whole text (a page of thousands of
    paragraphs); ``lengths``, the words of each line, place a run on a line."""

    def __init__(self, key: str, lengths: list[int] | None = None):
        self.words = key.split(" ") if key else []
        self.starts: dict[int, dict[tuple[str, ...], list[int]]] = {}
        self.line_of: list[int] = []   # the line each word is on
        for line, n in enumerate(lengths or []):
            self.line_of += [line] * n

    def _runs(self, n: int) -> dict[tuple[str, ...], list[int]]:
        if n not in self.starts:
            runs: dict[tuple[str, ...], list[int]] = {}
            for i, run in enumerate(zip(*(self.words[k:] for k in range(n)))):
                runs.setdefault(run, []).append(i)
            self.starts[n] = runs
        return self.starts[n]

    def found(self, words: list[str]):
        """Where ``words`` (a run of them, in order) begin in the text, first to last."""
        n = min(len(words), P.PUBLISHER_KEY_WORDS)
        for i in self._runs(n).get(tuple(words[:n]), ()):
            if len(words) == n or self.words[i:i + len(words)] == words:
                yield i

    def holds(self, words: list[str]) -> bool:
        return next(self.found(words), None) is not None

    def line_holding(self, words: list[str]) -> int | None:
        """The first line whose words hold ``words`` (a paragraph's last words, as a paragraph run over
        two lines ends on the second), or None when no line does."""
        return next((self.line_of[i] for i in self.found(words)
                     if self.line_of[i] == self.line_of[i + len(words) - 1]), None)


def _partly_in(flat: _Words, words: list[str]) -> bool:
    """Whether the text's words hold the first or the last words of a paragraph's."""
    return any(flat.holds(part) for part in (words[:P.PUBLISHER_KEY_WORDS], words[-P.PUBLISHER_KEY_WORDS:]))


def complete(body: str) -> bool:
    """Whether the publisher's body reads as a whole article: P.PUBLISHER_COMPLETE_WORDS words or more,
    not ending in an ellipsis (a teaser cut for a paywall or a feed: "… sources of…", "… [...]")."""
    tail = body.rstrip().rstrip("])").rstrip()[-4:]   # (and "[…]", "[...]": a feed's teaser)
    return "…" not in tail and not tail.endswith("...") and len(_WORD.findall(body)) >= P.PUBLISHER_COMPLETE_WORDS


def shingles(text: str) -> set[str]:
    """The text's runs of four words (words_key), as the extraction scorer counts overlap."""
    words = words_key(text).split(" ")
    return {" ".join(words[i:i + 4]) for i in range(max(len(words) - 3, 1))} if words != [""] else set()


def coverage(text: str, published: set[str]) -> float:
    """The share of the publisher's body's shingles (``published``) that ``text`` holds."""
    return len(shingles(text) & published) / len(published) if published else 1.0


def closeness(text: str, published: set[str]) -> float:
    """F1 of ``text``'s shingles against the publisher's body's."""
    own = shingles(text)
    common = len(own & published)
    return 2 * common / (len(own) + len(published)) if common else 0.0
