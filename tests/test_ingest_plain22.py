"""Twenty-second session (ingplain22): scraped text hard-wrapped at a fixed width (a text-mode browser's
dump, html2text, a mail client) has its paragraphs put together again before the cleaner reads its lines
(lines.unwrap), and a Markdown rendering is read as the text it shows (lines.markdown_read); any other
text is read as it was. Every page here is invented."""

from __future__ import annotations

import textwrap

import pytest

from dateline.ingest.clean import clean_text
from dateline.ingest.lines import markdown_read, text_lines, unwrap

MENU = ["Home", "News", "Sport", "Business", "Weather", "Contact us"]
HEADLINE = "Harbour trust delays the new ferry terminal"
PARAGRAPHS = [
    "The Port Ellis harbour trust has put off a decision on the new ferry terminal until the spring, its "
    "chair said on Tuesday, after members asked for a second survey of the seabed under the site.",
    "Engineers working for the trust found soft clay under part of the site last month, and the builders "
    "said they could not price the foundations until they knew how deep the clay went below the bay.",
    "The terminal was meant to open in two years and would let the larger island ferries dock at any tide, "
    "which the old pier, built for smaller boats a century ago, has never been able to do in winter.",
    "Local businesses said the delay would cost the town visitors next summer, when the old pier is closed "
    "for repairs and the island ferries will have to sail from the port across the bay instead.",
    "The trust will meet again in March, when the survey is due, and said it still expected the well-known "
    "architects it hired last year to finish their drawings for the terminal before the end of the year.",
]
FOOTER = ["Related stories", "Ferry fares to rise in April", "Island school gets a new roof",
          "Copyright 2024 Port Ellis Gazette. All rights reserved."]


def page(width: int | None, blank_between: bool = True) -> str:
    """The invented page as a scraper gives it: each paragraph on one line, or wrapped at ``width``
    (textwrap, which breaks at hyphens too), with a blank line between paragraphs or none."""
    body = [textwrap.fill(p, width) if width else p for p in PARAGRAPHS]
    joiner = "\n\n" if blank_between else "\n"
    return "\n".join(MENU) + "\n\n" + HEADLINE + "\n\n" + joiner.join(body) + "\n\n" + "\n".join(FOOTER) + "\n"


@pytest.mark.parametrize("width", [64, 70, 72, 78, 80, 100])
@pytest.mark.parametrize("blank_between", [True, False])
def test_wrapped_page_gives_the_unwrapped_article(width, blank_between):
    wrapped = clean_text(page(width, blank_between))
    if blank_between:
        assert wrapped.text == clean_text(page(None)).text
    # (without blank lines a paragraph whose last line happens to end at the width goes on with the next:
    # the article's words all there, in order)
    assert " ".join(p for p in wrapped.text.split("\n") if p) == " ".join(PARAGRAPHS)
    assert clean_text(page(None)).text.split("\n\n") == PARAGRAPHS
    assert wrapped.title == HEADLINE


def test_wrapped_lines_are_prose_again():
    lines = text_lines(page(78))
    texts = [line.text for line in lines]
    assert all(p in texts for p in PARAGRAPHS)
    assert all(line.prose for line in lines if line.text in PARAGRAPHS)


def test_hyphen_break_is_joined_without_a_space():
    # textwrap breaks "well-known" after its hyphen when the whole word does not fit
    wrapped = page(78)
    assert "well-\nknown" in wrapped or "well-known" in wrapped
    narrow = "\n\n".join(textwrap.fill(p, 60, break_on_hyphens=True) for p in PARAGRAPHS)
    joined = unwrap(narrow)
    assert "well-known" in joined and "well- known" not in joined


@pytest.mark.parametrize("text", [
    page(None),
    "\n".join(MENU + [HEADLINE] + PARAGRAPHS + FOOTER),
    # a list of short lines in lower case that happen to be of one length: no sentence goes on over a full line
    "\n".join(["apples and pears from the market", "oranges from the south of spain",
               "lemons for the fish on friday", "bread from the baker on the corner"] * 3),
    # a text cut at its links (a get_text rendering): the pieces going on lie anywhere on their lines
    "The council voted on\nthe budget\nafter a long debate about\nroad repairs\n, and the opposition walked out.\n" * 4,
])
def test_text_not_wrapped_comes_back_unchanged(text):
    assert unwrap(text) == text


def test_list_items_and_headings_are_never_put_on_the_line_above():
    item = "* " + "a list item that is long enough to be wrapped by the text-mode browser"
    text = "\n".join(textwrap.fill(p, 72) for p in PARAGRAPHS[:3]) + "\n" + item + "\n" + "## Next part"
    out = unwrap(text).split("\n")
    assert item in out and "## Next part" in out
    assert out[:3] == PARAGRAPHS[:3]


def test_narrow_lines_are_no_wrap():
    # a blog that writes a phrase a line, every line under WRAP_MIN_WIDTH characters: left alone
    lines = ["the rain came down on the hills", "and the river rose over the fields",
             "and we waited at the bridge", "until the boats came down"] * 4
    text = "\n".join(lines)
    assert unwrap(text) == text


def markdown_page() -> str:
    """The invented page as a Markdown scraper gives it: menus of links, the headline a heading, links and
    bold inside the paragraphs, an image, related links as a list."""
    menu = [f"* [{item}](https://gazette.example/{item.lower().replace(' ', '-')}/)" for item in MENU]
    body = list(PARAGRAPHS)
    body[1] = body[1].replace("soft clay", "[soft clay](https://gazette.example/clay-report \"Report\")")
    body[2] = body[2].replace("larger island ferries", "**larger island ferries**")
    related = [f"* [{title}](https://gazette.example/2024/03/{k}/)" for k, title in enumerate(FOOTER[1:3])]
    return "\n\n".join(menu + ["# " + HEADLINE, "![The old pier](https://gazette.example/pier.jpg)"] + body
                       + ["## Related stories"] + related + [FOOTER[3]]) + "\n"


def test_markdown_page_gives_the_article_as_text():
    found = clean_text(markdown_page())
    assert found.text.split("\n\n") == PARAGRAPHS
    assert "https" not in found.text and "**" not in found.text
    assert found.title == HEADLINE    # (the heading read without its "#")


def test_markdown_links_read_as_their_words():
    text = markdown_page()
    read = markdown_read(text)
    assert "* Home" in read and "https://gazette.example/news/" not in read
    assert "[soft clay]" not in read and "soft clay" in read
    assert "pier.jpg" not in read and "larger island ferries" in read and "**" not in read


@pytest.mark.parametrize("text", [
    page(None),
    # an article quoting a few Markdown links is no Markdown page
    PARAGRAPHS[0] + "\nWrite [a link](https://example.org) as shown, or [two](https://example.org/2).\n",
    "An array a[i](j) and b[k](l) in code, and **stars** in a sentence.\n" * 2,
])
def test_text_without_markdown_links_comes_back_unchanged(text):
    assert markdown_read(text) == text


# Review mend (plainmend22): a wrapped page's other blocks stay as they are, though the line above them
# is nearly full: a table, a quote and the reply under it, code, a sign-off.
WRAPPED = "\n\n".join(textwrap.fill(p, 72) for p in PARAGRAPHS)


def _block_after_wrapped(block: list[str]) -> list[str]:
    """The block under the wrapped paragraphs, as ``unwrap`` gives it back; each of its lines would have
    been put on the one above by the width alone (its first word does not fit under 72 columns)."""
    assert all(len(above.rstrip()) + 1 + len(below.split()[0]) > 72 >= len(above.rstrip())
               for above, below in zip(block, block[1:]) if below.strip() and len(above.rstrip()) > 60)
    out = unwrap(WRAPPED + "\n\n" + "\n".join(block) + "\n").split("\n")
    assert out[:len(PARAGRAPHS) * 2 - 1:2] == PARAGRAPHS    # (the paragraphs are still put together)
    return out[len(PARAGRAPHS) * 2:]


@pytest.mark.parametrize("block", [
    # columns: runs of spaces between words
    ["Final standings after the weekend, with the points and goal difference:",
     "Arsenal          played 20   won 15   drawn 3   lost 2   points 48 gd 30",
     "Liverpool        played 20   won 14   drawn 4   lost 2   points 46 gd 28",
     "Manchester City  played 20   won 13   drawn 5   lost 2   points 44 gd 21"],
    # rows mostly of numbers
    ["Arsenal 2 (Saka 12, Havertz 77) Chelsea 1 (Palmer 45 pen) att: 60,112",
     "Liverpool 0 Everton 0, a minute's silence before the kick-off att 52,001",
     "Leeds United 3 (Bamford 3, Rodrigo 55, 89) Burnley 1 (Barnes 30) att 36"],
    # a quote, the reply under it and its sign-off
    ["> I think the proposal which the council put forward last week is badly",
     "> flawed, and I would like to see the consultation period extended by a",
     "I agree with you, and I have written to the council leader to say so.",
     "Best,", "Anna"],
    # code under its block
    ["def handler(event):", "    for callback in callbacks:",
     "        result = callback(event) if callback is not None else previous",
     "    return result"],
    # a sign-off: short, capitalised, under a stop, a short line or the end under it
    ["We will publish the full minutes of the meeting later this week online.",
     "Jane Smith", "Press Office, City Council"],
])
def test_other_blocks_under_wrapped_paragraphs_stay_apart(block):
    assert _block_after_wrapped(block)[:len(block)] == block


def test_wrapped_lines_still_join_beside_the_mended_cases():
    # a list item's words hanging under it, and two spaces after a stop (a mail client's typing)
    item = textwrap.fill("the first point of the plan is to raise the budget for the roads and to train "
                         "the new inspectors before the winter", 72, initial_indent="  * ", subsequent_indent="    ")
    assert item.count("\n") >= 1
    assert _block_after_wrapped(item.split("\n"))[0] == "  * " + item.replace("\n    ", " ")[4:]
    spaced = textwrap.fill(PARAGRAPHS[0].replace(". ", ".  ").replace(", its chair said", ".  Its chair said"), 72)
    assert "\n" in spaced and unwrap(WRAPPED + "\n\n" + spaced).split("\n")[-1] == spaced.replace("\n", " ")


def test_one_long_line_on_a_short_text_is_no_wrap():
    # (on a few lines the width read is the longest line's: documented in unwrap)
    text = textwrap.fill(PARAGRAPHS[0], 72) + "\n" + PARAGRAPHS[1]
    assert unwrap(text) == text


@pytest.mark.parametrize("text", [
    # bracketed text before a parenthesis that is no address: prose's notes, code's calls
    " ".join(f"See note [{k}](p. {k * 10}) for details." for k in range(1, 7)) + "\n",
    "Some write brackets [like this](and this) in prose. " * 6 + "\n",
    "The handlers are called in order:\n" + "\n".join(f"  handlers[{k}](event); // call {k}" for k in range(6)) + "\n",
])
def test_bracketed_text_that_is_no_link_comes_back_unchanged(text):
    assert markdown_read(text) == text


def test_link_targets_read_as_addresses_and_nested_brackets():
    links = ["[Home](/)", "[Top](#top)", "[Next](./next.html)", "[Mail](mailto:desk@gazette.example)",
             "[Archive](www.gazette.example/archive)", "[Story](news/ferry.html \"The story\")"]
    text = " | ".join(links) + "\n\nThe trust [[1]](#cite_note-1) met [[Edit]](https://gazette.example/edit) in " \
        "__init__ and **kwargs of f(**opts), a **bold** word, [a note](p. 10).\n"
    read = markdown_read(text)
    assert read.split("\n")[0] == "Home | Top | Next | Mail | Archive | Story"
    assert "The trust [1] met [Edit] in" in read and "cite_note" not in read and "edit)" not in read
    assert "__init__ and **kwargs of f(**opts), a bold word, [a note](p. 10)." in read
