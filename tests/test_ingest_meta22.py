"""Plain-text dates and bylines in forms the readers missed (twenty-second session, ingmeta22): an
ordinal day joined to its month by "of", a comma printed after a space, a numeric date with hyphens
(read only where its order is certain), a wire story's reporters each with their city, a job title
whose beat is a proper noun, the Swedish and Danish "by" and the other languages' "Text:" /
"Autor:" fields. Invented pages (the story and page frame of test_ingest_plain_heads20)."""

from __future__ import annotations

import pytest

from dateline.ingest.clean import clean_text
from dateline.ingest.metadata_text import byline_people, line_date, person_name

from test_ingest_plain_heads20 import HEADLINE, page


@pytest.mark.parametrize("text, expected", [
    ("2nd of March 2023", "2023-03-02"),
    ("Published: 2nd of March, 2023", "2023-03-02"),
    ("On the 21st of June 2024 at 9:15 AM", "2024-06-21T09:15:00"),
    ("Monday , December 31 , 2007", "2007-12-31"),
    ("Posted on: 07-28-2008", "2008-07-28"),      # month first: 28 is no month
    ("Posted on: 31-12-2007", "2007-12-31"),      # day first: 31 is no month
    ("Jane Doe - 13-05-2019", "2019-05-13"),
])
def test_forms_read(text, expected):
    assert line_date(text) == expected


@pytest.mark.parametrize("text", [
    "Posted on 11-7-2008",            # either order: dates nothing
    "Posted on 05-06-2023",
    "Call 555-12-2008 today",         # part of a longer number
    "Order 2-30-2008",                # no such day
    "A 2nd of many tries in March",   # no date
])
def test_forms_not_read(text):
    assert line_date(text) is None


def test_an_update_label_before_a_hyphenated_date():
    # under an update label the date is taken only when asked for updates
    assert line_date("Updated 07-28-2008") == "2008-07-28"
    assert line_date("Updated 07-28-2008", updated=False) is None


@pytest.mark.parametrize("lines, expected", [
    (("By Ines Marlow", "Published: 2nd of March, 2023"), "2023-03-02"),
    (("Posted on: 07-28-2008 With: 3 Comments",), "2008-07-28"),
    (("By Ines Marlow", "Posted on 05-06-2023"), None),
])
def test_page_dates(lines, expected):
    assert clean_text(page(HEADLINE, *lines)).published == expected


@pytest.mark.parametrize("text, expected", [
    # wire credits: the reporters are the authors, each with the city they filed from; editors and
    # writers of the wire's desk are not
    ("Reporting by Jane Doe in London and John Roe in Paris; Editing by Mark Poe", ["Jane Doe", "John Roe"]),
    ("Reporting by Jane Doe; Writing by John Roe; Editing by Mark Poe", ["Jane Doe"]),
    # a job title between commas is no person, however capitalised its beat
    ("By Jane Doe, Chief Washington Correspondent, and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, Senior Europe Editor", ["Jane Doe"]),
    ("By Nora Feld Staff Writer", ["Nora Feld"]),
    # the "by" of other languages, and their author fields
    ("Av Ines Marlow", ["Ines Marlow"]),
    ("Af Ines Marlow", ["Ines Marlow"]),
    ("Text: Ines Marlow, Fotos: Jan Berg", ["Ines Marlow"]),
    ("Autor: Ines Marlow", ["Ines Marlow"]),
])
def test_bylines(text, expected):
    assert byline_people(text) == expected


@pytest.mark.parametrize("text", ["Editing by Mark Poe", "Text: Larger | Smaller", "Door Prizes Available"])
def test_no_byline(text):
    assert byline_people(text) == []


def test_a_rank_word_leaves_a_name_alone_when_no_title_was_cut():
    assert person_name("Chief Washington Correspondent") is None
    assert person_name("Senior Correspondent") is None
    assert person_name("Jane Chiefton") == "Jane Chiefton"


def test_page_authors():
    found = clean_text(page(HEADLINE, "By Ines Marlow, Chief Harbour Correspondent, and Jan Berg", "June 10, 2025"))
    assert found.authors == ["Ines Marlow", "Jan Berg"]
    found = clean_text(page(HEADLINE, "Av Ines Marlow", "10 juni 2025"))
    assert found.authors == ["Ines Marlow"] and found.published == "2025-06-10"


@pytest.mark.parametrize("text", [
    '^ "Harbour traffic". Port Statistics Office. Retrieved 14 June 2015.',
    "Archived from the original on 2 May 2019. Retrieved 3 May 2019.",
    "Accessed: March 2, 2023",
])
def test_a_reference_access_date_dates_nothing(text):
    assert line_date(text) is None


def test_a_dated_line_beside_a_reference_still_dates():
    assert line_date("Published March 2, 2023") == "2023-03-02"


# a standfirst the article's opening echoes more than the headline, under a blog's date-and-byline line
STANDFIRST = "Harbour workers walked off the job after talks on a new contract broke down late on Monday"
HEADER = ("June 10, 2025 at 9:02 am by Ines Marlow 1 Comment", "Share this:", STANDFIRST)


@pytest.mark.parametrize("trail", [
    f"You are here: Home / Business / {HEADLINE}",
    f"Harbour Times Home > Business > News > {HEADLINE}",
])
def test_the_headline_a_breadcrumb_names(trail):
    # the trail's last part is printed again as a line of its own: that line is the title, not the
    # standfirst under the byline that the article's opening echoes more
    assert clean_text(page(HEADLINE, *HEADER)).title == STANDFIRST    # (what is read without the trail)
    assert clean_text(page(trail, HEADLINE, *HEADER)).title == HEADLINE


def test_a_breadcrumb_naming_no_line_leaves_the_title_alone():
    plain = clean_text(page(HEADLINE, "By Ines Marlow", "June 10, 2025"))
    trail = clean_text(page("Home / Business / Port strike talks resume next week", HEADLINE, "By Ines Marlow",
                            "June 10, 2025"))
    assert trail.title == plain.title == HEADLINE
