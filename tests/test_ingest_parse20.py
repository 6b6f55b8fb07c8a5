"""ingest.html.parse_html: the same tree as trafilatura's load_html, without lxml.html's Python class lookup."""

import pytest
from lxml.html import HtmlElement, tostring
from trafilatura.utils import load_html

from dateline.ingest.html import extract_html, parse_html

PAGES = [
    "<html><head><title>T</title></head><body><article><p>One sentence here.</p></article></body></html>",
    # a form, inputs and a label: lxml.html gives them classes of their own
    "<html><body><form action='/s'><label for='q'>Search</label><input name='q'/><select><option>a</option>"
    "</select><textarea>x</textarea></form><p>Text after the form.</p></body></html>",
    # an encoding declaration in a string: lxml refuses the string, the bytes are parsed instead
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>Déclaré en UTF-8.</p></body></html>",
    "<!DOCTYPE html>\n<html lang='en'><body><!-- a comment --><p>After a comment.</p><?pi x?></body></html>",
    "<html/>\n<body><p>A self-closing html tag first.</p></body>",
    # no <html> at its start: kept only when it parses to more than one child
    "<div><p>A fragment</p></div>",
    "<head><title>x</title></head><body><p>Head and body, no html tag.</p></body>",
    "plain text with a < in it",
]


@pytest.mark.parametrize("html", PAGES)
def test_same_tree_as_load_html(html):
    ours, theirs = parse_html(html), load_html(html)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert tostring(ours, encoding="unicode") == tostring(theirs, encoding="unicode")


def test_every_element_is_an_html_element():
    tree = parse_html(PAGES[1])
    elements = list(tree.iter())
    assert {e.tag for e in elements} >= {"form", "input", "label", "select", "textarea"}
    assert all(type(e) is HtmlElement for e in elements)
    assert tree.xpath("//input")[0].text_content() == ""   # HtmlElement's methods are there


def test_extraction_reads_the_tree():
    page = ("<html><head><title>Rain in Riverside</title></head><body><nav><a href='/'>Home</a></nav>"
            "<article><h1>Rain in Riverside</h1><p>Heavy rain fell on the town of Riverside on Monday, and "
            "the river rose by two metres before the evening.</p><p>The council opened two shelters for the "
            "families who had to leave their homes near the water.</p></article></body></html>")
    found = extract_html(page)
    assert "Heavy rain fell" in found.text and "shelters" in found.text
    assert "Home" not in found.text
