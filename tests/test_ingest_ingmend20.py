"""The review of 2026-12-07's findings on the twentieth session's plain-text metadata rules (ingmend20):
a degree after a name is cut from a name in other case only, never the last part of a name in capitals;
a wire agency's label before a headline is cut only where the page credits that agency; a headline that
ends in a Swedish, Finnish or Danish quotation »…» is no link to a blog's next post. Invented pages (the
story and page frame of test_ingest_plain_heads20)."""

from __future__ import annotations

import pytest

from dateline.ingest.clean import clean_text
from dateline.ingest.metadata_text import byline_people, person_name

from test_ingest_plain_heads20 import BODY, FOOTER, HEADLINE, page


# a name in capitals whose last part is also a degree's letters keeps it (Vietnamese, Chinese names)
@pytest.mark.parametrize("byline, expected", [
    ("By NGUYEN VAN DO", ["Nguyen van Do"]),
    ("By YO YO MA", ["Yo Yo Ma"]),
    ("By NGUYEN THI BA", ["Nguyen Thi Ba"]),
    ("By MARIA JOSE MA", ["Maria Jose Ma"]),
    ("By DO ANH TUAN", ["Do Anh Tuan"]),
])
def test_name_in_capitals_keeps_its_last_part(byline, expected):
    assert byline_people(byline) == expected


@pytest.mark.parametrize("name, expected", [
    ("Ines Marlow MD", "Ines Marlow"),
    ("Ines A. Marlow PhD", "Ines A. Marlow"),
    ("Ines Marlow RN", "Ines Marlow"),
    ("INES MARLOW, MD", "Ines Marlow"),    # after a comma, a name in capitals loses its degree too
    ("Md Abdur Rahman", "Md Abdur Rahman"),
    ("ANH DO", "Anh Do"),
])
def test_degree_after_a_name_in_other_case_is_cut(name, expected):
    assert person_name(name) == expected


def test_name_in_capitals_on_a_page():
    text = page(HEADLINE, "By NGUYEN VAN DO", "June 10, 2025")
    assert clean_text(text).authors == ["Nguyen van Do"]
    text = page(HEADLINE, "By Ines Marlow MD", "June 10, 2025")
    assert clean_text(text).authors == ["Ines Marlow"]


# an agency's label before the headline, and whether the page credits that agency elsewhere
LABELLED = [
    ("credit line", page(f"AFP: {HEADLINE}", "By AFP", "June 10, 2025"), HEADLINE),
    ("dateline", page(f"AFP: {HEADLINE}", "June 10, 2025",
                      "PARIS (AFP) - Harbour workers walked off the job on Tuesday."), HEADLINE),
    ("copyright line", page(f"AFP: {HEADLINE}", "June 10, 2025", tail=("Copyright © 2025 AFP. All rights reserved.",)),
     HEADLINE),
    ("agency's other name", page(f"Associated Press: {HEADLINE}", "June 10, 2025", "Source: AP"), HEADLINE),
    ("no credit", page(f"AFP: {HEADLINE}", "By Ines Marlow", "June 10, 2025"), f"AFP: {HEADLINE}"),
    ("another agency credited", page(f"Reuters: {HEADLINE}", "By AFP", "June 10, 2025"), f"Reuters: {HEADLINE}"),
    ("wire agency as the subject", page("AP: Trump wins Iowa caucuses by a wide margin", "By Ines Marlow",
                                        "June 10, 2025"), "AP: Trump wins Iowa caucuses by a wide margin"),
    # no wire service: a regulator, a region, a broadcaster named before the colon
    ("regulator", page("EPA: Power plants must cut their emissions by half", "By Ines Marlow", "June 10, 2025"),
     "EPA: Power plants must cut their emissions by half"),
    ("region", page("MENA: startups raise record sums as rates fall", "June 10, 2025"),
     "MENA: startups raise record sums as rates fall"),
    ("broadcaster credited", page("CNN: Poll shows voters split on the harbour strike", "June 10, 2025",
                                  "WASHINGTON (CNN) - Voters are split on the strike."),
     "CNN: Poll shows voters split on the harbour strike"),
]


@pytest.mark.parametrize("name, text, expected", LABELLED, ids=[t[0] for t in LABELLED])
def test_agency_label_cut_only_where_the_page_credits_it(name, text, expected):
    assert clean_text(text).title == expected


def test_get_text_copy_with_agency_label_and_no_credit():
    """A get_text copy whose <title> carries the label and whose page prints the bare headline: the title
    is the headline the page prints, credit or not."""
    text = "\n".join([f"AFP: {HEADLINE}", "Go to the news front page", HEADLINE, "5 days ago", BODY, FOOTER])
    assert clean_text(text).title == HEADLINE


# a headline that ends in a quotation »…» (Swedish, Finnish, Danish) is a headline; a line ending in a »
# that opens no quotation is a post link (or a breadcrumb)
@pytest.mark.parametrize("headline", [
    "Regeringen sänker skatten på bensin: »Ett nödvändigt steg»",
    "Hallitus laskee bensiinin veroa: »Välttämätön askel»",
])
def test_headline_ending_in_a_quotation_is_the_title(headline):
    assert clean_text(page(headline, "By Ines Marlow", "June 10, 2025")).title == headline


def test_post_link_opens_no_quotation():
    from dateline.ingest import patterns as P
    assert P.POST_LINK.search("Harbour workers vote on contract talks »")
    assert P.POST_LINK.search("« Harbour pay offer: the union's reply")
    assert not P.POST_LINK.search("Regeringen sänker skatten på bensin: »Ett nödvändigt steg»")
    assert not P.POST_LINK.search("Le port en grève : « Un pas nécessaire »")
    assert P.POST_LINK.search("Home » Sports » Pro Sports »")    # a breadcrumb is no headline either
