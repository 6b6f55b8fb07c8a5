"""Plain-text titles by the header's evidence (twenty-third session, ingmeta23): a byline or date line the
taggers leave untagged still marks the header (the headline stands over it, a subheading or a caption
under it), a standfirst sentence between the headline and its byline, a headline printed twice under
a related-links label, the <title>'s copy printed exactly as the <title> prints it, a headline holding
"credit card" or ending with an initialism. Invented pages (the story and page frame of
test_ingest_plain_heads20)."""

from __future__ import annotations

import pytest

from dateline.ingest.clean import clean_text

from test_ingest_plain_heads20 import BODY, FOOTER, HEADLINE, MENU, page

# a subheading of the story, which its opening echoes more than the headline
SUBHEAD = "Why harbour workers walked off the job"
# a standfirst the opening echoes more than the headline (no final stop: it reads like a headline)
STANDFIRST = "Harbour workers walked off the job after talks on a new contract broke down late on Monday"


@pytest.mark.parametrize("header", [
    ("Ines Marlow", "Follow", "Jun 10, 2025 · 6 min read"),           # a bare name, its button, the date
    # (read before as well, in this frame: kept as guards)
    ("Par Ines Marlow — 10 juin 2025 à 18:42",),                       # another language's "By"
    ("On 6/10/2025 by @imarlow",),
    ("Updated Jun 11, 9:41 AM;Posted Jun 10, 8:19 PM", "By Ines Marlow | Harbour Times"),
])
def test_a_subheading_under_an_untagged_header_line_is_no_title(header):
    # the line under the byline or date is the story's subheading, however well the opening echoes it
    assert clean_text(page(HEADLINE, *header, SUBHEAD)).title == HEADLINE


@pytest.mark.parametrize("headline", ["Harbour strike enters its second week",
                                      "Ships wait offshore as the harbour strike goes on"])
def test_a_short_name_over_an_untagged_date_is_no_headline(headline):
    # three words over a date only the date reading finds: an outlet's or a section's name as likely
    # ("CanWest News Service" / "Published: …"), so the headline over the teaser keeps the title
    text = page(headline, "One ferry was cancelled and a second delayed when the storm hit the coast on...",
                "Harbour News Service", "Jun 10, 2025 · 6 min read")
    assert clean_text(text).title == headline


def test_a_standfirst_sentence_between_the_headline_and_its_byline():
    standfirst = ("Harbour workers walked off the job on Tuesday, and the union says the picket will last "
                  "until the port authority returns to the table.")
    text = page(HEADLINE, standfirst, "On 6/10/2025 by @imarlow", SUBHEAD, "Talks on a new contract broke down")
    assert clean_text(text).title == HEADLINE


def test_a_menu_line_between_is_no_standfirst():
    # a site's name over a menu over the date is no header: the headline under the date stands
    text = page("Harbour Times News Blog", "News Categories: Local • Business • Sport • Weather • Opinion • Archives",
                "06/10/25", HEADLINE)
    assert clean_text(text).title == HEADLINE


def test_a_headline_printed_twice_under_a_related_label_over_its_standfirst():
    text = page("Up next:", HEADLINE, HEADLINE, STANDFIRST, "by Ines Marlow @imarlow",
                "Jun 10, 2025 at 9:24 pm ET • 2 min read")
    assert clean_text(text).title == HEADLINE


@pytest.mark.parametrize("headline", [
    "Week Ahead: June 10 to June 14",                           # a date beside few words
    "Harbour workers strike. They just might win.",            # a final stop
    "Harbour workers strike over the credit card sized pay rise",
])
def test_the_titles_copy_printed_as_the_title_prints_it(headline):
    # a get_text copy: the <title> first, the headline again over the story's date and a subheading
    text = "\n".join([f"{headline} - Harbour Times", MENU, headline, "June 10, 2025, 11:56 AM", "Article",
                      SUBHEAD, BODY, FOOTER])
    assert clean_text(text).title == headline


def test_a_copy_in_other_letters_must_read_like_a_headline():
    copy = HEADLINE.lower() + "."
    text = "\n".join([f"{HEADLINE} - Harbour Times", MENU, copy, "June 10, 2025, 11:56 AM", SUBHEAD, BODY, FOOTER])
    assert clean_text(text).title != copy


@pytest.mark.parametrize("headline, title", [
    ("Banks cut credit card fees for striking harbour workers", True),
    ("Harbour workers strike across N.Y.C.", True),
    ("Photo credit: Ines Marlow for the Harbour Times", False),
    ("Harbour workers strike in the U.S.", False),     # "U.S." ends a caption's sentence as often
])
def test_headline_words(headline, title):
    found = clean_text(page(headline, "By Ines Marlow", "June 10, 2025")).title
    assert (found == headline) is title


@pytest.mark.parametrize("title_line", [
    "Harbour strike - Day three: pickets hold the main gate - Harbour Times",
    "Harbour Times - Harbour strike - Day three: pickets hold the main gate",
])
def test_a_headline_holding_the_titles_separator(title_line):
    # no part of the <title> is printed alone; the <title> without the site's name is
    headline = "Harbour strike - Day three: pickets hold the main gate"
    text = "\n".join([title_line, MENU, headline, SUBHEAD, BODY, FOOTER])
    assert clean_text(text).title == headline


def test_a_part_printed_alone_comes_before_the_title_without_its_site():
    # a part printed alone is the headline; the <title> without its site's name only when none is (here the
    # nearer line, with the date the <title> carries)
    text = "\n".join(["Harbour Times - Harbour strike enters its second week - November 1, 2025", MENU,
                      "Harbour strike enters its second week", "Harbour strike enters its second week - November 1, 2025",
                      SUBHEAD, BODY, FOOTER])
    assert clean_text(text).title == "Harbour strike enters its second week"


# Review mends of ingmeta23 (mend23C)
LIBRARIES = "Council votes to close two branch libraries"


@pytest.mark.parametrize("title_line, crumb", [
    ("Local News - City Hall - Harbour Times", "Local News - City Hall"),
    ("Harbour Times | Local News | City Hall", "Harbour Times | Local News"),
])
def test_a_title_of_section_names_leaves_the_breadcrumb_no_title(title_line, crumb):
    # the <title> without its site's name is the section's breadcrumb, printed over the headline: the
    # separators are no words, and the crumb is no headline the opening echoes
    text = "\n".join([title_line, MENU, crumb, LIBRARIES, "By Sam Ortiz", BODY, FOOTER])
    assert clean_text(text).title == LIBRARIES


def test_a_short_piece_holding_the_separator_is_the_headline_the_opening_echoes():
    # (a guard: "Harbour strike - Day three" has no long run of words, but the story's opening echoes it)
    text = "\n".join(["Harbour strike - Day three - Harbour Times", MENU, "Harbour strike - Day three", SUBHEAD,
                      BODY, FOOTER])
    assert clean_text(text).title == "Harbour strike - Day three"


def test_a_caption_ending_with_an_initialism_is_no_title():
    # with no headline, a caption's sentence ending "in the U.S.A." is no title (an initialism ends a
    # headline only over the header's byline or date, or where the opening echoes it: test_headline_words)
    caption = "Library users wait outside the Eastgate branch in the U.S.A."
    assert clean_text("\n".join([caption, BODY])).title != caption
