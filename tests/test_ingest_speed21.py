"""The caption and byline elements found in one walk of the tree are the ones the two XPath queries
find, in the same order (ingspeed21: a speed-up that must not change what is read)."""

from lxml.html import fragment_fromstring

from dateline.ingest.html import parse_html
from dateline.ingest.html_metadata import _BYLINE_XPATH, _CAPTION_XPATH, _caption_and_byline_elements

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
