"""The last review's plain-text metadata nits (robust21): a » that stands alone makes a breadcrumb or
a post link of a line with a quoted title as well; a photo's credit to a wire agency ("AFP/Getty
Images") is no credit of the page's story; a degree no name ends with is cut from a name in capitals.
Invented pages (the story and page frame of test_ingest_plain_heads20)."""

from __future__ import annotations

import pytest

from dateline.ingest import patterns as P
from dateline.ingest.clean import clean_text
from dateline.ingest.metadata_text import byline_people, person_name

from test_ingest_plain_heads20 import HEADLINE, page


@pytest.mark.parametrize("line", [
    "Hem » Hamnen » »Strejken» vid hamnen »",     # a breadcrumb whose last part quotes
    "Hem » Kultur » »Bron»",
    "»Strejken» fortsätter i morgon »",           # a post link whose title quotes
    "Harbour workers vote on contract talks »",
    "Home » Sports » Pro Sports »",
])
def test_a_lone_guillemet_makes_a_post_link_or_a_breadcrumb(line):
    assert P.POST_LINK.search(line)


@pytest.mark.parametrize("line", [
    "Regeringen sänker skatten på bensin: »Ett nödvändigt steg»",
    "»Strejken» fortsätter: »Vi ger oss inte»",
    "Le port en grève : « Un pas nécessaire »",
])
def test_a_quotation_closing_the_line_is_no_post_link(line):
    assert not P.POST_LINK.search(line)


def test_a_breadcrumb_with_a_quoted_title_is_no_headline():
    assert clean_text(page("Hem » Hamnen » »Strejken» vid hamnen »", "June 10, 2025")).title is None


@pytest.mark.parametrize("credit", ["AFP/Getty Images", "AFP / Getty", "Reuters/Alamy Stock Photo", "AFP/File"])
def test_a_photo_credit_is_no_credit_of_the_story(credit):
    # a newspaper's own story with an agency's photo: "AFP:" before the headline is the headline's own
    text = page(f"AFP: {HEADLINE}", "By Ines Marlow", "June 10, 2025", tail=(credit.replace("Reuters", "AFP"),))
    assert clean_text(text).title == f"AFP: {HEADLINE}"


def test_the_story_credited_to_the_agency_still_loses_its_label():
    text = page(f"AFP: {HEADLINE}", "June 10, 2025", tail=("AFP/Getty Images", "AFP, Reuters"))
    assert clean_text(text).title == HEADLINE


@pytest.mark.parametrize("name, expected", [
    ("JOHN SMITH MD", "John Smith"),
    ("JANE DOE PH.D.", "Jane Doe"),
    ("JANE DOE PHD", "Jane Doe"),
    ("INES MARLOW RN", "Ines Marlow"),
    ("INES MARLOW MPH", "Ines Marlow"),
    ("YO YO MA", "Yo Yo Ma"),          # a degree's letters that end names: kept in capitals
    ("NGUYEN VAN DO", "Nguyen van Do"),
    ("NGUYEN THI BA", "Nguyen Thi Ba"),
])
def test_a_degree_no_name_ends_with_is_cut_from_a_name_in_capitals(name, expected):
    assert person_name(name) == expected


def test_a_byline_in_capitals_with_a_degree_on_a_page():
    assert byline_people("By INES MARLOW MD") == ["Ines Marlow"]
    assert clean_text(page(HEADLINE, "By INES MARLOW MD", "June 10, 2025")).authors == ["Ines Marlow"]
