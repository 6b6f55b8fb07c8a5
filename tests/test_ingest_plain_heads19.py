"""Invented scraped page heads and tails (nineteenth session of 2026-12-07, issue 20, ingmeta19): the
publication date and the title of plain text, in the forms a whole-page scraper, a get_text copy (a
line per text node) and a reader-mode copy print them. Every page here was written for this test
before the code it checks (no dev page's text); each asserts what the cleaner reads, or that it reads
nothing where the text gives no date."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from dateline.ingest.clean import clean_text

STORY = [
    "The county board voted on Monday to close two rural libraries after a year of falling visits and rising costs.",
    "Library staff said the remaining branches would extend their hours and run a weekly book bus to the villages.",
    "Parents at the meeting asked the board to keep the reading clubs that meet in the two buildings on Saturdays.",
    "The board chair said the buildings would be offered to community groups before any decision on selling them.",
]
BODY = "\n".join(STORY)
MENU = "Home\nLocal\nSchools\nBusiness\nOpinion\nObituaries"
FOOTER = "About us\nContact\nAdvertise\nPrivacy policy"
HEADLINE = "County board votes to close two rural libraries"
FETCHED = datetime(2024, 3, 6, 15, 30, tzinfo=timezone.utc)


def page(*head: str, body: str = BODY, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([MENU, *head, body, *tail, FOOTER])


# (name, text, expected date); every page's title is HEADLINE
DATES = [
    # a wire dateline opens the story; its year comes from the page's own dates (the copyright year here)
    ("wire dateline", page(HEADLINE, body="MILLBROOK, March 4 (Reuters) - " + BODY, tail=("© 2024 County Courier",)),
     "2024-03-04"),
    # "Posted on" in the last lines, the only date the page prints
    ("posted on in the tail", page(HEADLINE, tail=("Posted on March 4, 2024 in Local News",)), "2024-03-04"),
    # a numeric date under the byline (month first in English)
    ("numeric date", page(HEADLINE, "By Odile Brennan", "3/4/2024"), "2024-03-04"),
    # a month abbreviation with a full stop, as AP style writes it
    ("sept. abbreviation", page(HEADLINE, "By Odile Brennan", "Sept. 4, 2024"), "2024-09-04"),
    # the page's address printed over the article
    ("address line", page("https://www.countycourier.example/2024/03/04/libraries-close/", HEADLINE),
     "2024-03-04"),
    # a date in another language under the headline
    ("german date", page(HEADLINE, "Von Odile Brennan", "4. März 2024, 10:15 Uhr"), "2024-03-04T10:15:00"),
    ("spanish date", page(HEADLINE, "Por Odile Brennan", "4 de marzo de 2024"), "2024-03-04"),
    # a time with its zone: the local time with its offset, the same instant the page states
    ("zoned time", page(HEADLINE, "By Odile Brennan", "March 4, 2024 11:03 PM PST"), "2024-03-04T23:03:00-08:00"),
    # a local time without a zone stays as the page prints it (no zone is guessed)
    ("local time, no zone", page(HEADLINE, "Reuters", "March 4, 2024 11:03 PM"), "2024-03-04T23:03:00"),
    # only a copyright year: no date
    ("copyright year only", page(HEADLINE, tail=("© 2024 County Courier. All rights reserved.",)), None),
    # an embedded post's signature dates the post, not the article
    ("embedded post only", page(HEADLINE, tail=("— Millbrook Library (@millbrooklib) March 2, 2024",)), None),
    # a time ago with no fetch time known: no date
    ("time ago, no fetch time", page(HEADLINE, "Odile Brennan / 2 days"), None),
    # a get_text copy: the date line cut at its nodes ("Mar." / "March" / "4, 2024" / "9:15 AM")
    ("date cut at its nodes", page(HEADLINE, "LOCAL", "/", "Mar.", "March", "4, 2024", "9:15 AM", "By",
                                   "Odile Brennan"), "2024-03-04T09:15:00"),
    ("month / day / year nodes", page("Mar", "04", "2024", HEADLINE, "By Odile Brennan"), "2024-03-04"),
    # a blog's calendar badge over the headline ("Mar" / "04"): the year from the page's own dates (here
    # its copyright line), never from a comment under the article; with neither, no date
    ("calendar badge", page("Mar", "04", HEADLINE, "Posted by Odile Brennan", tail=("© 2024 County Courier",)),
     "2024-03-04"),
    ("calendar badge, year only in comments", page(
        "Mar", "04", HEADLINE, "Posted by Odile Brennan",
        tail=("Comments", "Wendy says:", "March 9, 2024 at 8:12 pm", "Thanks for the update.")), None),
]


@pytest.mark.parametrize("name, text, expected", DATES, ids=[d[0] for d in DATES])
def test_invented_dates(name, text, expected):
    found = clean_text(text)
    assert found.title == HEADLINE
    assert found.published == expected


def test_time_ago_against_the_fetch_time():
    """"Updated 3 hours ago" is read only against the time the page was fetched."""
    text = page(HEADLINE, "By Odile Brennan", "Updated 3 hours ago")
    assert clean_text(text).published is None
    assert clean_text(text, now=FETCHED).published == "2024-03-06T12:30:00+00:00"


def test_a_month_alone_is_no_date():
    """A month's name alone in a menu ("March" / "April" archive links, a line "May" over a story's
    "2 people were hurt") is no date: only a day, a year or a clock time right under it makes one."""
    text = page("Archives", "March", "April", "2 comments", HEADLINE, "By Odile Brennan")
    assert clean_text(text).published is None
    # a concert list's month heading over its dates is far from the headline and dates nothing
    text = page(HEADLINE, "By Odile Brennan", tail=("Tour dates", "MAY", "12 Dublin, Olympia", "14 Belfast, Ulster Hall"))
    assert clean_text(text).published is None


# (name, text): the title is HEADLINE
TITLES = [
    ("site name after a bar", "County Courier | " + HEADLINE + "\n" + page(HEADLINE, "By Odile Brennan")),
    ("page title with site name first", HEADLINE + " - County Courier\n" + page(HEADLINE, "By Odile Brennan")),
    ("section kicker", page("LIBRARIES", HEADLINE, "By Odile Brennan", "March 4, 2024")),
    ("breadcrumb above", page("Home / Local / Libraries", HEADLINE, "By Odile Brennan", "March 4, 2024")),
    # a get_text copy: the page's <title> first, its site's name printed again in the masthead far above
    # the headline; the copy of a part of the <title> nearest the article is the headline
    ("get_text title with the site's name in the masthead", HEADLINE + " - The County Courier Online\n"
     "The County Courier Online\n" + page(HEADLINE, "By Odile Brennan", "March 4, 2024")),
    ("related stories under the byline", page(
        HEADLINE, "By Odile Brennan", "March 4, 2024", "Related Stories",
        "Board to vote on rural library hours", "Library budget cut by a fifth")),
]


@pytest.mark.parametrize("name, text", TITLES, ids=[t[0] for t in TITLES])
def test_invented_titles(name, text):
    assert clean_text(text).title == HEADLINE


def test_reader_copy_title_with_section_and_site():
    """A reader-mode copy of a page without an <h1> heads the story with the page's <title>: the
    section's and the site's short parts after the headline are cut, however many ("Headline –
    Local News – County Courier"); a headline whose own words hold a dash keeps them."""
    story = "\n\n".join(STORY)
    for heading in (f"{HEADLINE} – Local News – County Courier", f"{HEADLINE} - Local - The County Courier Online",
                    f"{HEADLINE} - County Courier"):
        assert clean_text(f"{heading}\nBy Odile Brennan\nMarch 4, 2024\n\n{story}").title == HEADLINE
    dashed = "Library closures - what the county board decided and why it matters"
    assert clean_text(f"{dashed}\nBy Odile Brennan\n\n{story}").title == dashed


def test_site_name_between_byline_and_story_is_no_title():
    """A get_text copy whose <title> is "Headline | Site" and whose page prints the site's name again
    between the byline and the story (a paper's name under its reporter's): the copy of the <title>'s
    first part, the headline's usual place, is the title, however near the story the site's name stands
    (review of 2026-12-07, ingmend19: the nearest copy was taken, and it was the site's name)."""
    site = "The County Courier Online"
    for head in (f"{HEADLINE} | {site}", f"{HEADLINE} - {site} - Your Local News Source"):
        text = f"{head}\n{HEADLINE}\nBy Odile Brennan\n{site}\n{BODY}\n{FOOTER}"
        assert clean_text(text).title == HEADLINE
    # the site's name first in the <title> and never printed alone: the headline's copy, though it is not
    # the first part's
    text = f"{site} Local News | {HEADLINE}\n{site}\n{MENU}\n{HEADLINE}\nBy Odile Brennan\nMarch 4, 2024\n{BODY}\n{FOOTER}"
    assert clean_text(text).title == HEADLINE


# a <title>'s last parts: (text, title_text's reading); the site's name is cut, and a middle part only when
# every word in it is capitalised, as a section's or a site's name is ("Local News", "Markets"), and it is
# not a headline's Title Case clause ("Here's Why", "Day 300")
TITLE_PARTS = [
    (f"{HEADLINE} - what it means - County Courier", f"{HEADLINE} - what it means"),
    ("Library closes on Friday - and the pool too - County Courier", "Library closes on Friday - and the pool too"),
    ("Library closes on Friday — and the pool too | County Courier", "Library closes on Friday — and the pool too"),
    ("Live: library vote - day 3 - County Courier", "Live: library vote - day 3"),
    ("Library budget cut after vote - fees up 30 - County Courier", "Library budget cut after vote - fees up 30"),
    (f"{HEADLINE} - Local News - County Courier", HEADLINE),
    (f"{HEADLINE} | Libraries | Local | The County Courier", HEADLINE),
    (f"{HEADLINE} - Markets - County Courier", HEADLINE),
    (f"{HEADLINE} - County Courier", HEADLINE),
    # a Title Case headline's own clauses: a contraction or a word and a bare number is no section's name
    # (keymend19); a blog's three-word name, or one with a number, still is
    ("Ukraine War Live - Day 300 - The Guardian", "Ukraine War Live - Day 300"),
    ("Fed Raises Rates Again - Here's Why - CNBC", "Fed Raises Rates Again - Here's Why"),
    ("Mortgage Rates Climb - Week 12 - Bankrate", "Mortgage Rates Climb - Week 12"),
    ("Museum opens new wing downtown - Smart News - Smithsonian", "Museum opens new wing downtown"),
    (f"{HEADLINE} - Real Time Brussels - WSJ", HEADLINE),
    (f"{HEADLINE} - Remember 80/90 - Blog", HEADLINE),
]


@pytest.mark.parametrize("text, expected", TITLE_PARTS, ids=[t[1][:40] + "/" + t[0][-30:] for t in TITLE_PARTS])
def test_title_text_cuts_only_name_parts(text, expected):
    from dateline.ingest.metadata_text import title_text
    assert title_text(text, []) == expected
