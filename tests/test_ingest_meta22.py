"""Plain-text dates and bylines in forms the readers missed (twenty-second session, ingmeta22): an
ordinal day joined to its month by "of", a comma printed after a space, a numeric date with hyphens
(read only where its order is certain), a wire story's reporters each with their city, a job title
whose beat is a proper noun, the Swedish and Danish "by" and the other languages' "Text:" /
"Autor:" fields. Invented pages (the story and page frame of test_ingest_plain_heads20)."""

from __future__ import annotations

import pytest

from dateline.ingest.clean import clean_text
from dateline.ingest.metadata_text import byline_people, line_date, person_name

from test_ingest_plain_heads19 import page as page19
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
    # the other languages' author fields ("Text:" beside a second credit field on its line)
    ("Text: Ines Marlow, Fotos: Jan Berg", ["Ines Marlow"]),
    ("Tekst: Ines Marlow | Foto: Jan Berg", ["Ines Marlow"]),
    ("Autor: Ines Marlow", ["Ines Marlow"]),
])
def test_bylines(text, expected):
    assert byline_people(text) == expected


# the labels that are English words too: read on a page not in English (``foreign``), "Av"/"Af" also
# where a byline stands (``placed``), never from the line alone (review22A, metamend22)
@pytest.mark.parametrize("text, foreign, placed, expected", [
    ("Av Ines Marlow", True, False, ["Ines Marlow"]),
    ("Af Ines Marlow", False, True, ["Ines Marlow"]),
    ("Av Ines Marlow", False, False, []),
    ("Text: Ines Marlow", True, False, ["Ines Marlow"]),
    ("Texte: Ines Marlow", False, True, []),     # (no byline's place makes "Text:" alone a byline)
    ("Av the harbour office", True, False, []),   # (no person after the label)
])
def test_other_languages_labels(text, foreign, placed, expected):
    assert byline_people(text, foreign=foreign, placed=placed) == expected


@pytest.mark.parametrize("text", [
    "Editing by Mark Poe", "Text: Larger | Smaller", "Door Prizes Available",
    # review22A's English lines under "Text:", "Av", "Af"
    "Text: Full Speech Transcript", "Text: Read The Full Statement", "Text: President Biden",
    "Av Gud Och Land", "Af Pak Policy Review", "Text: Ines Marlow",
])
def test_no_byline(text):
    assert byline_people(text) == []


def test_a_rank_word_leaves_a_name_alone_when_no_title_was_cut():
    assert person_name("Chief Washington Correspondent") is None
    assert person_name("Senior Correspondent") is None
    assert person_name("Jane Chiefton") == "Jane Chiefton"


def test_page_authors():
    found = clean_text(page(HEADLINE, "By Ines Marlow, Chief Harbour Correspondent, and Jan Berg", "June 10, 2025"))
    assert found.authors == ["Ines Marlow", "Jan Berg"]
    # "Av" under the headline and over the date: a byline's place, on an English page too
    found = clean_text(page(HEADLINE, "Av Ines Marlow", "10 juni 2025"))
    assert found.authors == ["Ines Marlow"] and found.published == "2025-06-10"


# a Swedish story (invented), for the labels read on a page not in English
SWEDISH_HEADLINE = "Hamnarbetare strejkar efter att avtalsförhandlingarna brutit samman"
SWEDISH_BODY = "\n".join([
    "Hamnarbetarna i staden lade ned arbetet på måndagen efter att förhandlingarna om ett nytt avtal hade "
    "brutit samman sent på kvällen, och inga fartyg har lossats sedan dess.",
    "Facket säger att det inte har fått något svar på sina krav om kortare pass och högre löner, och att "
    "strejken fortsätter tills arbetsgivarna kommer tillbaka till bordet med ett nytt bud.",
    "Hamnens ledning säger att den är beredd att mötas igen men att kraven är för dyra för en hamn som "
    "redan har förlorat trafik till grannstäderna under de senaste åren.",
    "Flera rederier har redan börjat leda om sina fartyg till andra hamnar längs kusten, och handlarna i "
    "staden oroar sig för att varorna ska ta slut före helgen om strejken drar ut på tiden.",
])


@pytest.mark.parametrize("byline", ["Text: Ines Marlow", "Av Ines Marlow"])
def test_a_page_not_in_english_reads_its_labels(byline):
    # above the headline, beside no date: read because the page is Swedish
    found = clean_text(page19(byline, SWEDISH_HEADLINE, body=SWEDISH_BODY))
    assert found.authors == ["Ines Marlow"]


@pytest.mark.parametrize("line", ["Text: Full Speech Transcript", "Text: President Biden", "Av Gud Och Land",
                                  "Af Pak Policy Review"])
def test_an_english_page_reads_no_byline_in_english_words(line):
    # a kicker over the headline, and a "Text:" label beside the date: no author on an English page
    assert clean_text(page(line, HEADLINE, STANDFIRST)).authors == []
    if line.startswith("Text"):
        assert clean_text(page(HEADLINE, line, "June 10, 2025")).authors == []


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
    # (since ingmeta23 the header's untagged date-and-byline line marks the headline over it without the
    # trail too: HEADER's own title is HEADLINE; without that line the standfirst is read, the trail mends it)
    assert clean_text(page(HEADLINE, *HEADER)).title == HEADLINE
    undated = HEADER[1:]
    assert clean_text(page(HEADLINE, *undated)).title == STANDFIRST    # (what is read without the trail)
    assert clean_text(page(trail, HEADLINE, *undated)).title == HEADLINE
    assert clean_text(page(trail, HEADLINE, *HEADER)).title == HEADLINE


@pytest.mark.parametrize("trail, section", [
    ("Home / News / Science and Technology News", "Science and Technology News"),
    ("Home > Sport > Football > Premier League Match Reports", "Premier League Match Reports"),
    ("Harbour Times / Opinion / Letters to the Editor", "Letters to the Editor"),
    ("Home / World / World News and Analysis", "World News and Analysis"),
    ("Home / Opinion / Opinion | Columnists and Commentary", "Opinion | Columnists and Commentary"),
    ("Home / Opinion / Columnists", "Opinion | Columnists"),
    ("Business > Markets > Commodities", "Commodities"),
])
@pytest.mark.parametrize("header", [("By Ines Marlow", "June 10, 2025"), HEADER])
def test_a_section_name_a_breadcrumb_ends_on_is_no_title(trail, section, header):
    # the trail's last part is the section's name, printed again as the page's heading over the real
    # headline (review22A: the section became the title); the headline search's choice stands
    plain = clean_text(page(HEADLINE, *header)).title
    assert clean_text(page(trail, section, HEADLINE, *header)).title == plain
    assert plain != section


@pytest.mark.parametrize("headline", ["Harbour strike ends today", "Port Strike Talks Resume"])
def test_a_short_headline_a_breadcrumb_names_with_its_byline_under_it(headline):
    # under 6 words, the line the trail names is the headline when its byline or date stands under it
    # (past a share bar), not the standfirst the opening echoes
    for header in [("By Ines Marlow", "June 10, 2025", STANDFIRST), HEADER]:
        assert clean_text(page(f"Home / Business / {headline}", headline, *header)).title == headline


def test_a_breadcrumb_naming_no_line_leaves_the_title_alone():
    plain = clean_text(page(HEADLINE, "By Ines Marlow", "June 10, 2025"))
    trail = clean_text(page("Home / Business / Port strike talks resume next week", HEADLINE, "By Ines Marlow",
                            "June 10, 2025"))
    assert trail.title == plain.title == HEADLINE
