"""The caption and byline elements found in one walk of the tree are the ones the two XPath queries
find, in the same order (ingspeed21: a speed-up that must not change what is read)."""

from lxml.html import fragment_fromstring

from dateline.ingest.html import main_block, parse_html
from dateline.ingest.html_metadata import _BYLINE_XPATH, _CAPTION_XPATH, _caption_and_byline_elements, whole_document

PAGE = """<html><head><title>T</title></head><body class="author-page">
<!-- a comment with class="caption" in it -->
<article><h1>Harbour opens</h1>
<p class="byline">By Jane Doe</p><a rel="author" href="/jd">Jane Doe</a>
<span itemprop="author">Jane Doe</span><span itemprop="authors">not one</span><a rel="Author">not one</a>
<figure><img src="x.jpg"><figcaption>The harbour (Photo: Ann Lee / AP)</figcaption></figure>
<div class="image-caption credit">A ship <span class="photo-credit">Ann Lee</span></div>
<p class="Caption">upper case: no match</p><p class="">empty class</p>
<div class="post-author caption">both kinds</div></article></body></html>"""


def _tags(elements):
    return [(element.tag, element.get("class"), element.text) for element in elements]


def test_one_walk_finds_what_the_two_queries_find_in_order():
    tree = parse_html(PAGE)
    captioned, bylines = _caption_and_byline_elements(tree)
    assert captioned == _CAPTION_XPATH(tree) and bylines == _BYLINE_XPATH(tree)
    assert _tags(captioned) == [("figcaption", None, "The harbour (Photo: Ann Lee / AP)"),
                                ("div", "image-caption credit", "A ship "), ("span", "photo-credit", "Ann Lee"),
                                ("div", "post-author caption", "both kinds")]
    # the body's class names an author: it is read first, as the query reads it
    assert [tag for tag, _, _ in _tags(bylines)] == ["body", "p", "a", "span", "div"]


def test_an_element_below_the_root_keeps_the_queries_scope():
    # "//figcaption" reaches the whole document, the byline query only below the element
    inner = fragment_fromstring("<div><p class='byline'>By Jane Doe</p></div>", create_parent="section")
    element = inner[0]
    captioned, bylines = _caption_and_byline_elements(element)
    assert captioned == _CAPTION_XPATH(element) and bylines == _BYLINE_XPATH(element)
    assert [e.get("class") for e in bylines] == ["byline"]


def test_a_second_root_element_keeps_the_queries_scope():
    # libxml2 leaves a second <html> beside the first: "//" reaches it, a walk of the first does not
    tree = parse_html("<html><body><p class='byline'>By Jane Doe</p></body></html>"
                      "<html><figure><figcaption>A ship</figcaption></figure><div><p>Second text here.</p>"
                      "<p>And more text in the second one.</p></div></html>")
    assert [element.tag for element in tree.itersiblings()] == ["html"]
    assert not whole_document(tree) and whole_document(parse_html(PAGE))
    captioned, bylines = _caption_and_byline_elements(tree)
    assert captioned == _CAPTION_XPATH(tree) and [e.text for e in captioned] == ["A ship"]
    assert bylines == _BYLINE_XPATH(tree) and [e.get("class") for e in bylines] == ["byline"]
    block, chars = main_block(tree)
    assert block.tag == "div" and chars == len("Second text here.And more text in the second one.")


def test_main_block_is_the_same_with_or_without_the_walk():
    page = ("<html><body><div id='a'><p>One short line.</p></div><div id='b'><p>A longer paragraph of text here.</p>"
            "<p>And another paragraph of text.</p>Line one<br>Line two<br></div></body></html>")
    tree = parse_html(page)
    block, chars = main_block(tree)
    assert block.get("id") == "b" and chars == len("A longer paragraph of text here.") + len("And another paragraph of text.") + len("Line two")
    # below the root the query's scope is kept (the whole document's paragraphs, grouped by parent)
    assert main_block(tree[0]) == (block, chars)
