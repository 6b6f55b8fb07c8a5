"""Article body and metadata from HTML: trafilatura (body, metadata) and htmldate (date), plus what
they miss — image captions and credits, the page language, a publisher from the copyright
footer, and the boilerplate lines trafilatura leaves in the body (captions, share prompts,
"Related:" links, footers), removed by the same rules as scraped plain text.

Bad input never raises: binary data, a page that does not parse and a page with no article give
an empty body with the reason in ``problems``; an oversized page is cut down and warned about.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from lxml.etree import XPath

from ..errors import problem
from ..model import Boilerplate
from . import patterns as P
from .encoding import repair
from .extracted import Extracted
from .html_metadata import page_metadata, whole_document
from .html_publisher import closeness, complete, coverage, page_paragraphs, shingles, with_publisher_paragraphs
from .lines import Line, split_lines, tag_lines, word_count

# Kinds of lines dropped from trafilatura's body (it keeps share prompts and bylines now and then);
# of the widget lines, only the recent pages' furniture (patterns.WIDGET_FURNITURE).
# Dropping caption and credit lines, and cutting the body at a footer or comment thread, were
# removed: they lost F1 on the check halves of the dev sets (docs/ingest.md, ablation).
_DROPPED_FROM_BODY = frozenset({"share", "related", "copyright", "adapted", "comments", "published", "byline", "ad",
                                "prompt"})
# The post-processing rules, each of which the benchmark's ablation can switch off.
RULES = tuple([f"drop-{kind}" for kind in sorted(_DROPPED_FROM_BODY | {"widget"})]
              + ["headline", "glued-headline", "link-list", "fallback", "no-sentence", "full-shorter", "layout-table",
                 "table-rows", "main-block", "loose-prose", "publisher-paragraphs", "publisher-closer"])
# Scripts (but JSON-LD metadata), styles, inline SVG and data URIs: what makes most oversized pages
# big. Removed only from oversized pages (on dev pages removing them first saves no time).
_SCRIPT_LIKE = re.compile(r"<(script(?![^>]*ld\+json)|style|svg|noscript|template)\b[^>]*>.*?</\1\s*>",
                          re.IGNORECASE | re.DOTALL)
_JSON_LD_BLOCK = re.compile(r"<script\b[^>]*ld\+json[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)
_DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]{200,}")
_PARAGRAPHS = XPath("//p | //br")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")

# trafilatura logs every page it discards at WARNING/ERROR; dateline reports E201 itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def extract_html(html: str, url: str | None = None, off: frozenset[str] = frozenset(),
                 now: datetime | None = None) -> Extracted:
    """Body text and metadata of one HTML page (see the module docstring).

    ``off`` names post-processing rules to skip (``RULES``); only the benchmark's ablation uses it.
    ``now``, the time the page was fetched when the caller knows it, dates a relative "Published
    3 hours ago" line after the headline.
    """
    stage = extract_stage(html, url, now)
    return stage if isinstance(stage, Extracted) else finish(stage, off)


@dataclass(slots=True)
class Stage:
    """What trafilatura gave for one page, before dateline's post-processing."""
    found: Extracted
    raw: str | None
    tree: object
    title: str | None
    fuller: str | None = None   # the fallback extractors' body when the fast one looked truncated
    full: str | None = None     # trafilatura's full-mode body when the fast one had no sentence
    shorter: str | None = None  # its full-mode body, shorter, where the fast one showed a weak pick
    block: str | None = None    # the main text block's own lines when trafilatura found no sentence at all
    closer: str | None = None   # its full-mode body, closer to the publisher's own body (html_publisher)
    loose: list = field(default_factory=list)   # the main block's prose outside any element (loose_prose)
    # the page's paragraphs, each marked when it lies inside the publisher's own body (html_publisher)
    published: list = field(default_factory=list)
    # trafilatura's full-mode body where a step above asked for it ("" when it gave none), so that no
    # later step asks again (_closer_to_publisher)
    full_mode: str | None = None

    def source(self, off: frozenset[str] = frozenset()) -> str:
        """The body finish starts from, the rules named in ``off`` left out (before the main block's
        loose sentences)."""
        if self.block and "main-block" not in off:
            return self.block
        if self.closer and "publisher-closer" not in off:
            return self.closer
        if self.fuller and "fallback" not in off:
            return self.fuller
        if self.full and "no-sentence" not in off:
            return self.full
        if self.shorter and "full-shorter" not in off:
            return self.shorter
        return self.raw or ""


def extract_stage(html: str, url: str | None = None, now: datetime | None = None) -> Stage | Extracted:
    """Parse, read metadata and run trafilatura; an Extracted when the page is unusable."""
    problems = []
    reason = _unusable(html)
    if reason:
        return Extracted(text="", url=url, problems=[problem("E202", detail=reason)])
    if len(html) > P.HTML_MAX_CHARS:
        html = _DATA_URI.sub("", _SCRIPT_LIKE.sub("", html))
        if len(html) > P.HTML_MAX_CHARS:
            problems.append(problem("W206", length=len(html), limit=P.HTML_MAX_CHARS))
            cut = html.rfind("<", 0, P.HTML_MAX_CHARS)
            cut = cut if cut > 0 else P.HTML_MAX_CHARS
            # the JSON-LD blocks of the part cut off go along (a large page can print its metadata
            # at its end, as Wikipedia does): the evidence readers find them anywhere in the tree
            html = html[:cut] + "".join(_JSON_LD_BLOCK.findall(html, cut))[:P.HTML_MAX_CHARS // 10]
    from trafilatura import bare_extraction

    tree = parse_html(_close_title(html))
    if tree is None:
        return Extracted(text="", url=url, problems=problems + [problem("E202", detail="not parseable as HTML")])
    try:
        meta = page_metadata(tree, url, now)
        # fast: no second-opinion extractors (jusText, readability); same F1 on dev, twice as fast
        doc = bare_extraction(tree, url=meta.url, fast=True, include_comments=False, with_metadata=False)
    except Exception as exc:  # trafilatura or lxml on a hostile page: report it, never crash the batch
        return Extracted(text="", url=url, problems=problems + [problem("E202", detail=f"extractor failed: {exc}")])
    found = Extracted(text="", title=meta.title, published=meta.published, publisher=meta.publisher,
                      authors=meta.authors, language=meta.language, url=meta.url, credits=meta.credits,
                      boilerplate=[Boilerplate(kind="caption", text=c) for c in meta.captions],
                      problems=problems)
    # (no body at all is a short body: the fallbacks below may still find the article)
    raw = _text_of(doc) or ""
    stage = Stage(found=found, raw=raw, tree=tree, title=meta.title)
    block, block_chars = main_block(tree)
    if len(raw) < P.TRUNCATED_SHARE * block_chars:
        # the fast body is much shorter than the page's main text block: ask trafilatura again with
        # its fallback extractors (jusText, readability), and keep the longer body
        fuller = stage.full_mode = _full_mode(tree, meta.url) or ""
        if fuller and len(fuller) > len(raw):
            stage.fuller = fuller
    elif not _has_prose(raw):
        # no sentence at all (the fast mode picked a contact box or a menu of a 2008 table layout):
        # trafilatura's full mode, which weighs its own result against jusText's and readability's,
        # decides instead
        full = stage.full_mode = _full_mode(tree, meta.url) or ""
        # (taken only with a sentence in it: on a page of menus the full mode's last resort is the
        # page's text run together)
        if full and any(_quick_sentence(line) for line in full.split("\n")):
            stage.full = full
    elif _weak_pick(getattr(doc, "body", None), raw, block_chars):
        # trafilatura's own sign of a weak pick in the fast body: its full mode, which weighs readability's
        # and jusText's output against its own, is asked; where its body differs it is mostly the better one
        # when shorter (menus and teasers beside a 2008 story left out), a coin toss when longer
        full = stage.full_mode = _full_mode(tree, meta.url) or ""
        if full and full != raw and len(full) < P.FULL_SHORTER_SHARE * len(raw) and _has_prose(full):
            stage.shorter = full
    if block is not None and not _has_prose(stage.fuller or stage.full or raw):
        # trafilatura found no prose in any mode, but the page's main text block holds a sentence (a
        # 2008 wire story in a <p> of <br>-separated lines inside a layout table): its own lines.
        # (A sentence, not a long line: a post's line of twenty category links is no article.)
        lines = block_lines(block)
        if any(_quick_sentence(line) for line in lines.split("\n")):
            stage.block = lines
    if block is not None and stage.block is None:
        stage.loose = loose_prose(block)
    if meta.article_body:
        stage.published = page_paragraphs(tree, meta.article_body)
        if stage.block is None and complete(meta.article_body):
            stage.closer = _closer_to_publisher(stage, meta.article_body, meta.url)
    return stage


def _closer_to_publisher(stage: Stage, published: str, url: str | None) -> str | None:
    """trafilatura's full-mode body where the body so far (with the publisher's paragraphs put back) holds
    less than P.PUBLISHER_COVERAGE of the publisher's own body and the full-mode one is closer to it by
    P.PUBLISHER_CLOSER or more (html_publisher.closeness); else None."""
    own = shingles(published)
    body = with_publisher_paragraphs(stage.source(), stage.published)
    if coverage(body, own) >= P.PUBLISHER_COVERAGE:
        return None
    full = stage.full_mode if stage.full_mode is not None else _full_mode(stage.tree, url)
    if not full or full == body:
        return None
    full_body = with_publisher_paragraphs(full, stage.published)
    return full if closeness(full_body, own) >= closeness(body, own) + P.PUBLISHER_CLOSER else None


def parse_html(html: str):
    """The lxml.html tree of ``html`` as trafilatura's ``load_html`` builds it from a string (its repairs,
    its parser's options, the same fallbacks), or None when it is not HTML.

    One difference, which changes no result: every element is an ``HtmlElement`` chosen by lxml's own
    class lookup, where lxml.html's parser calls a Python method for each element the code touches
    to give <form>, <input>, <label> … classes of their own (form handling that neither trafilatura,
    htmldate nor dateline uses; those calls were about a tenth of the extraction time in cProfile).
    """
    from lxml.html import fromstring
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    start = html[:50].lower()
    html = repair_faulty_html(html, start)
    tree, as_bytes = None, False
    try:
        tree = fromstring(html, parser=_parser())
    except ValueError:   # a string with an encoding declaration: lxml takes its bytes instead
        as_bytes = True
        tree = _from_bytes(html)
    except Exception:   # (lxml on a hostile page)
        tree = None
    if (tree is None or len(tree) < 1) and not as_bytes:
        tree = _from_bytes(html)
    if tree is not None and is_dubious_html(start) and len(tree) < 2:
        return None   # no <html> at its start and next to nothing parsed: not a page
    return tree


def _from_bytes(html: str):
    from lxml.html import fromstring

    try:
        return fromstring(html.encode("utf8", "surrogatepass"), parser=_parser())
    except Exception:
        return None


@functools.cache
def _parser():
    """trafilatura's HTML parser options with lxml's C class lookup (parse_html)."""
    from lxml.etree import ElementDefaultClassLookup, HTMLParser
    from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction

    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                        remove_pis=True)
    parser.set_element_class_lookup(ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    return parser


def _close_title(html: str) -> str:
    """``html`` with a <title> that is never closed closed at its first tag or line end.

    A title's text runs to its end tag (for lxml's parser as for a browser's), so a page whose
    crawled <title> lost its end tag ("<title>Gale to drive Nation'?' + OAS_query + …") is all
    title: no body, nothing for trafilatura to find.
    """
    opened = _TITLE_OPEN.search(html, 0, P.TITLE_SEARCH_CHARS)
    if opened is None or _TITLE_CLOSE.search(html, opened.end()):
        return html
    ends = [i for i in (html.find("<", opened.end()), html.find("\n", opened.end())) if i >= 0]
    cut = min(ends) if ends else len(html)
    return html[:cut] + "</title>" + html[cut:]


_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)


def _full_mode(tree, url: str | None) -> str | None:
    """trafilatura's body in its full mode (its own extraction weighed against jusText's and
    readability's), or None (trafilatura works on its own copy of the tree)."""
    from trafilatura import bare_extraction

    try:
        return _text_of(bare_extraction(tree, url=url, fast=False, include_comments=False, with_metadata=False))
    except Exception:  # the fast body stands
        return None


def _weak_pick(body, raw: str, block_chars: int) -> bool:
    """Whether trafilatura's fast body (its ``body`` element, its text ``raw``) shows a sign of a weak pick
    (patterns.SECOND_OPINION_TABLES): many more tables than paragraphs (a page-layout table), or one
    paragraph at most holding many times the page's main text block (its last resort's dump)."""
    if body is None:
        return False
    paragraphs = len(body.findall(".//p"))
    if len(body.findall(".//table")) > P.SECOND_OPINION_TABLES * paragraphs:
        return True
    # (no main block at all, block_chars 0: nothing to measure a dump against; twenty-second session)
    return paragraphs <= 1 and block_chars > 0 and len(raw) > P.SECOND_OPINION_DUMP * block_chars


def _quick_prose(line: str) -> bool:
    """is_prose by a quick look (words counted by spaces): it runs on every page's body."""
    words = _quick_words(line)
    return words >= P.PROSE_WORDS_LOOSE or _quick_sentence(line, words)


def _quick_sentence(line: str, words: float | None = None) -> bool:
    """A sentence by the same quick look: PROSE_WORDS words or more and a final stop."""
    words = _quick_words(line) if words is None else words
    return words >= P.PROSE_WORDS and P.SENTENCE_END.search(line) is not None


def _quick_words(line: str) -> float:
    """Words counted by spaces; in a line of Chinese, Japanese or Korean (no spaces between
    words, or between them all) as lines.word_count counts them."""
    words = line.count(" ") + 1
    if words < P.PROSE_WORDS_LOOSE and not line.isascii() and P.CJK.search(line):
        return word_count(line)
    return words


def _has_prose(text: str) -> bool:
    return any(_quick_prose(line) for line in text.split("\n"))


def _text_of(doc) -> str | None:
    if doc is None:
        return None
    return doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)


def main_block_chars(tree) -> int:
    """Characters of the page's main text block: the element whose <p> children and <br>-separated
    lines hold the most text."""
    return main_block(tree)[1]


def main_block(tree) -> tuple[object | None, int]:
    """The page's main text block (see main_block_chars) and its characters; (None, 0) when none."""
    sums: dict = {}
    # (a walk in Python finds the query's elements a third quicker where it sees the whole document)
    found = islice(tree.iter("p", "br"), 3000) if whole_document(tree) else _PARAGRAPHS(tree)[:3000]
    for element in found:
        if element.tag == "p":
            size = len(" ".join(element.text_content().split()))
        else:
            size = len((element.tail or "").strip())
        parent = element.getparent()
        sums[parent] = sums.get(parent, 0) + size
    if not sums:
        return None, 0
    block = max(sums, key=sums.get)
    return block, sums[block]


def block_lines(element) -> str:
    """The text of ``element`` one line per paragraph, <br>-separated line and block element
    (scripts and styles left out), white space inside each line collapsed."""
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _NOT_TEXT or not tag:   # (a comment or processing instruction: its tail only)
            parts.append(node.tail or "")
            return
        newline = tag in _LINE_BREAKING
        parts.append("\n" if newline else "")
        parts.append(node.text or "")
        for child in node:
            walk(child)
        parts.append(("\n" if newline else "") + (node.tail or ""))

    parts.append(element.text or "")
    for child in element:
        walk(child)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def loose_prose(block) -> list[tuple[str, str, str]]:
    """The sentences of the main block that stand outside any element: its own text and its
    children's tails ("<span>SAN FRANCISCO (AP) —</span> One of the three …", a paragraph after an
    ad's <div>), which trafilatura can leave out. Each as (the text of the nearest piece before it,
    the nearest after it, the sentence), for placing it among the body's lines (with_loose_prose)."""
    if not any(_loose_sentence(text) for text in [block.text, *(child.tail for child in block)]):
        return []   # (most pages: their main block's tails are white space; no text_content read)
    pieces: list[tuple[bool, str]] = []   # (loose?, text) in document order
    for child in [None, *block]:
        if child is not None and isinstance(child.tag, str) and child.tag not in _NOT_TEXT:
            pieces.append((False, " ".join(child.text_content().split())))
        tail = block.text if child is None else child.tail
        tail = " ".join((tail or "").split())
        if tail:
            pieces.append((_loose_sentence(tail), tail))
    found = []
    for index, (loose, text) in enumerate(pieces):
        if loose:
            before = next((t for is_loose, t in reversed(pieces[:index]) if not is_loose and t), "")
            after = next((t for is_loose, t in pieces[index + 1:] if not is_loose and t), "")
            found.append((before, after, text))
    return found


def _loose_sentence(text: str | None) -> bool:
    """A sentence by the quick look (_quick_sentence); most tails, white space, fail the first test."""
    if not text or len(text) < P.PROSE_WORDS * 2:
        return False
    return _quick_sentence(" ".join(text.split()))


def with_loose_prose(text: str, loose: list[tuple[str, str, str]]) -> str:
    """``text`` with each loose sentence it lacks put after the line of the piece before it (or before
    the line of the piece after it); one whose neighbours are not in ``text`` is left out."""
    lines = text.split("\n")
    keys = [" ".join(line.split()) for line in lines]
    for before, after, sentence in loose:
        if any(sentence[:P.LOOSE_PROSE_KEY] in key for key in keys):
            continue
        at = _line_of(keys, before[-P.LOOSE_PROSE_KEY:], last=True)
        if at is not None:
            at += 1
        else:
            at = _line_of(keys, after[:P.LOOSE_PROSE_KEY], last=False)
        if at is None:
            continue
        lines.insert(at, sentence)
        keys.insert(at, sentence)
    return "\n".join(lines)


def _line_of(keys: list[str], piece: str, last: bool) -> int | None:
    if len(piece) < P.LOOSE_PROSE_KEY // 2:
        return None
    found = [i for i, key in enumerate(keys) if key and piece in key]
    return (found[-1] if last else found[0]) if found else None


_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})
_LINE_BREAKING = frozenset("""address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2
h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul""".split())


def finish(stage: Stage, off: frozenset[str] = frozenset()) -> Extracted:
    """dateline's post-processing of trafilatura's body (a copy: ``stage`` can be finished again)."""
    base = stage.found
    found = Extracted(text="", title=base.title, published=base.published, publisher=base.publisher,
                      authors=list(base.authors), language=base.language, url=base.url,
                      credits=list(base.credits), boilerplate=list(base.boilerplate), problems=list(base.problems))
    source = stage.source(off)
    if stage.loose and "loose-prose" not in off and not (stage.block and "main-block" not in off):
        source = with_loose_prose(source, stage.loose)
    if stage.published and "publisher-paragraphs" not in off and source:
        source = with_publisher_paragraphs(source, stage.published)
    if not source:
        return found
    table = layout_table_article(source) if "layout-table" not in off else None
    if table:
        source = table
    cells: frozenset[str] = frozenset()
    if not table and "table-rows" not in off:
        split, cells = _split_rows(source)
        source = split or source
    text, repaired = repair(source)
    found.problems += repaired
    body, kept, removed = tidy_body(text, stage.title, off, cells)
    found.boilerplate += removed
    if "link-list" not in off and looks_like_link_list(kept):
        # trafilatura's last-resort fallback returns all page text; a page of menus has no article
        found.boilerplate.append(Boilerplate(kind="navigation", text=body))
        return found
    found.text = body
    return found


def layout_table_article(text: str) -> str | None:
    """The article inside a body that is a page-layout table, or None when the body is not one.

    On table-layout pages (most 2008-era sites) trafilatura's fast mode returns the whole layout
    table as rows ("| Top Stories | | 2199 Articles |", "| Posted on: … Boston - Rosie … |"): menus,
    teasers and the article in one cell. Split into cells, one a line, the plain-text cleaner finds
    the article among them the way it does in a scraped page.
    """
    # (a row can come indented: the full mode's readability body keeps the page's white space)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    rows = [line for line in lines if line.startswith("|")]
    if not lines or len(rows) < P.LAYOUT_TABLE_SHARE * len(lines) or any(_HEADER_RULE.match(r) for r in rows):
        return None   # (a header rule "|---|---|" marks a data table: a poll's results, a roster)
    cells: list[str] = []
    prose_cell = False
    for line in lines:
        if not line.startswith("|"):
            cells.append(line)
            continue
        # (trafilatura escapes a pipe inside a cell: "Canada \\| World")
        row = [cell.replace("\\|", "|").strip() for cell in _CELL_SPLIT.split(line) if cell.strip()]
        prose_cell = prose_cell or any(cell.count(" ") + 1 >= P.PROSE_WORDS_LOOSE for cell in row)
        cells.extend(row)
    if not prose_cell:   # the article sits in a cell of a layout table, not only short data cells
        return None
    from .clean import article_text   # (clean imports the line tagger this module uses too)

    # (without the line classifier: on the tune halves it changed nothing here but cost time)
    return article_text("\n".join(cells), frozenset({"line-model"}), P.LAYOUT_CELL_ARTICLE_WORDS) or None


_CELL_SPLIT = re.compile(r"(?<!\\)\|")
# (a rule of dashes alone: "| ------- ------- RELATED BBC SITES |", a layout's text, is none)
_HEADER_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def split_layout_rows(text: str) -> str | None:
    """``text`` with each lone layout row, and each run of rows that holds a prose cell, split into its cells,
    one a line, or None when it has none (twenty-second session, review21B; mended after review22A).

    A body too few of whose lines are rows for layout_table_article still carries a page-layout table's
    rows now and then, at its start most often: "| | | | Holders Egypt … Nations Cup Written by: AFP | | |
    Egypt's Mohamed …" (headline, byline and lede glued in one line behind empty cells), "| 1/10/2008,
    3:50 a.m. EST By MARK SHERMAN The Associated Press | | |", "| | |". Cut into cells, the headline, byline
    and date lines stand alone, where the post-processing rules and every later reader (dates, quotes,
    events) see them, and empty rows go. A data table (_data_table) stays, and so does a lone row that
    reads as one of a data table's (_layout_row).
    """
    return _split_rows(text)[0]


def _split_rows(text: str) -> tuple[str | None, frozenset[str]]:
    """split_layout_rows' text, and the cells it made lines of (tidy_body judges none of them alone as a
    share prompt or a widget: a header row's "| Candidate | Votes | Share |" is a table's, not a button's)."""
    lines = text.split("\n")
    out: list[str] = []
    made: set[str] = set()
    index = 0
    while index < len(lines):
        if not lines[index].lstrip().startswith("|"):
            out.append(lines[index])
            index += 1
            continue
        end = index
        while end < len(lines) and lines[end].lstrip().startswith("|"):
            end += 1
        run = [line.strip() for line in lines[index:end]]
        cells = [cell.replace("\\|", "|").strip() for row in run for cell in _CELL_SPLIT.split(row) if cell.strip()]
        # (several rows are split only with a prose cell among them: rows of short cells, a checklist's
        # or a commit graph's "| @ 4:cbdf (alice)", stay as they came)
        if _layout_row(run[0]) if len(run) == 1 else (
                not _data_table(run) and any(cell.count(" ") + 1 >= P.PROSE_WORDS_LOOSE for cell in cells)):
            out.extend(cells)
            made.update(cells)
        else:
            out.extend(lines[index:end])
        index = end
    return ("\n".join(out) if made or len(out) != len(lines) else None), frozenset(made)


def _row_cells(row: str) -> list[str]:
    """A row's cells between its borders, empty ones too ("| a | | b |" has three)."""
    parts = [part.strip() for part in _CELL_SPLIT.split(row.strip())][1:]
    return parts[:-1] if parts and not parts[-1] else parts


def _data_table(rows: list[str]) -> bool:
    """Whether a run of table rows is a data table: a header rule ("|---|"), or two rows or more, most of
    which have the same number of cells (a results table's "| Total goals | 7 |" under rows of four is
    still one; a layout table's rows hold a few cells here, many empty ones there)."""
    if any(_HEADER_RULE.match(row) for row in rows):
        return True
    if len(rows) < 2:
        return False
    counts = [len(_CELL_SPLIT.split(row)) for row in rows]
    return 2 * max(counts.count(count) for count in set(counts)) > len(rows)


def _layout_row(row: str) -> bool:
    """Whether a lone table row is a page layout's: it has one cell, or an empty cell between two borders, or a prose
    cell (P.LAYOUT_ROW_PROSE_WORDS or more) beside short cells none of which is a figure. A lone row of
    short cells is a data table's header or a row of one ("| Candidate | Votes | Share |"), and so is a
    row whose short cells hold figures ("| Yes | 149 | 74% | the motion passed … |")."""
    cells = _row_cells(row)
    if len(cells) < 2:
        return True   # (a row of one cell, "| FACTBOX |", is a layout's line; an empty one, "|", goes)
    if any(not cell for cell in cells):
        return True
    short = [cell for cell in cells if word_count(cell) < P.LAYOUT_ROW_PROSE_WORDS]
    return len(short) < len(cells) and not any(_FIGURE.search(cell) for cell in short)


_FIGURE = re.compile(r"\d")


def looks_like_link_list(lines: list[Line]) -> bool:
    """No sentence anywhere and lines of a few words each: menus, not an article."""
    if not lines or any(line.prose for line in lines):
        return False
    return sum(line.words for line in lines) / len(lines) < P.LINK_LIST_MEAN_WORDS


def _unusable(html: str) -> str | None:
    """Why ``html`` can't be a page (binary data, no markup), or None."""
    sample = html[:8192]
    if not sample.strip():
        return "the page is empty"
    if "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) * 0.05:
        return "binary data, not HTML"
    if "<" not in sample:
        return "no HTML markup"
    return None


def tidy_body(text: str, title: str | None, off: frozenset[str] = frozenset(), cells: frozenset[str] = frozenset()
              ) -> tuple[str, list[Line], list[Boilerplate]]:
    """trafilatura's body without the caption, credit, share and footer lines it kept (``cells``: lines
    split_layout_rows cut out of a table row, which are no share prompt or widget on their own)."""
    if "glued-headline" not in off:
        text = split_glued_headline(text, title)
    lines = split_lines(text)
    tag_lines(lines)
    kept: list[Line] = []
    removed: list[Boilerplate] = []
    title_key = " ".join(re.findall(r"\w+", (title or "").lower()))
    for index, line in enumerate(lines):
        if (line.kind in _DROPPED_FROM_BODY or line.kind == "widget" and P.WIDGET_FURNITURE.match(line.text)) \
                and f"drop-{line.kind}" not in off and not (line.kind in ("share", "widget") and line.text in cells):
            removed.append(Boilerplate(kind=line.kind, text=line.text))
        elif index == 0 and title_key and line.key == title_key and "headline" not in off:
            removed.append(Boilerplate(kind="headline", text=line.text))
        else:
            kept.append(line)
    parts: list[str] = []
    for i, line in enumerate(kept):
        if i:
            parts.append("\n" if line.number == kept[i - 1].number + 1 and not line.blank_before else "\n\n")
        parts.append(line.text)
    return "".join(parts), kept, removed


def split_glued_headline(text: str, title: str | None) -> str:
    """``text`` with its first line split after the page's title when it begins with the title and a new
    sentence starts right after it (twenty-second session, review21B; mended after review22A).

    A page-layout table's cell, or trafilatura's body of one, can print the headline and the lede as one
    line: the headline's words, then the lede's first sentence with no stop between them (a sports page's
    "<headline> <Club> manager <Name> is likely to …"). The parser starts no sentence there, so the headline
    would be read as the lede's first words. Split off, the headline is the first line, which tidy_body's
    headline rule drops as it drops any headline line. The title is matched word for word (\\w+, case aside)
    and must have at least three words. A news lede often repeats its headline and goes on ("<title> in 2024
    if …", "<title>, said the force …", "<title> on Monday night …"), so the line is split only where what
    follows the title opens a sentence (_opens_sentence).
    """
    if not title:
        return text
    wanted = _WORD.findall(title.lower())
    if len(wanted) < P.GLUED_TITLE_MIN_WORDS:
        return text
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return text
    line = lines[first]
    if line.lstrip().startswith("|"):
        return text   # (a table row: its cells are split_layout_rows' to part)
    words = list(islice(_WORD.finditer(line), len(wanted) + P.PROSE_WORDS))
    if len(words) < len(wanted) + P.PROSE_WORDS or [w.group().lower() for w in words[:len(wanted)]] != wanted:
        return text
    cut = words[len(wanted) - 1].end()
    while cut < len(line) and not line[cut].isspace() and not line[cut].isalnum():
        cut += 1   # (the title's closing mark, "?" or a quote, stays with it)
    if not _opens_sentence(line[cut:]):
        return text
    lines[first:first + 1] = [line[:cut].strip(), line[cut:].strip()]
    return "\n".join(lines)


def _opens_sentence(rest: str) -> bool:
    """Whether the text after a title opens a sentence: nothing but white space before its first word, which
    is capitalised and no weekday's or month's name, and a verb in its first sentence (P.SENTENCE_VERB) or a
    pronoun to open it; or a full date (a dateline's "Saturday, January 19, 2008 …", no lede's "on Monday")."""
    if not rest[:1].isspace():
        return False
    rest = rest.strip()
    if P.DATE_FIRST.match(rest):
        return True
    first = _WORD.match(rest)
    if not first or not first.group()[0].isupper() or P.CALENDAR_WORD.match(first.group()):
        return False
    if P.SENTENCE_PRONOUN.match(first.group()):
        return True
    sentence = P.GLUED_SENTENCE_SPLIT.split(rest, maxsplit=1)[0]
    return bool(P.SENTENCE_VERB.search(sentence))


_WORD = re.compile(r"\w+")
