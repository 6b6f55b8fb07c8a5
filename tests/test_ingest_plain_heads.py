"""Invented scraped page heads (eighteenth session of 2026-12-07, issue 20): the date, authors and
title of plain text as a scraper, a get_text copy and a reader-mode copy print a news page's top.
Every page here is written for this test (no dev page's text); each asserts what the cleaner reads."""

from __future__ import annotations

import pytest

from dateline.ingest.clean import clean_text

STORY = [
    "The regional council voted on Tuesday to approve the new harbour budget after a long debate about dredging.",
    "Opposition members said the plan left too little money for the ferry service and the fishing cooperative.",
    "The harbour master said work would begin in the spring, once the contracts had been signed by both sides.",
    "Residents who spoke at the meeting asked for a public consultation before any of the money is spent.",
]
BODY = "\n".join(STORY)
MENU = "Home\nNews\nSport\nBusiness\nOpinion\nWeather"
FOOTER = "About us\nContact\nPrivacy policy\nTerms of use"
HEADLINE = "Harbour budget approved after long debate"


def page(*head: str, body: str = BODY, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([MENU, *head, body, *tail, FOOTER])


# (name, text, expected date or None, expected authors)
HEADS = [
    # a wire story's dateline is the only date the text prints
    ("wire dateline", page(HEADLINE, body="HALIFAX, March 3 (Reuters) - " + BODY,
                           tail=("© 2024 Harbour Times",)), "2024-03-03", []),
    # an agency credit under the byline is no person
    ("agency under byline", page(HEADLINE, "By Ines Marlow", "Associated Press", "March 5, 2024"),
     "2024-03-05", ["Ines Marlow"]),
    ("agency alone", page(HEADLINE, "Reuters", "March 5, 2024 2:14 PM GMT"), "2024-03-05T14:14:00+00:00", []),
    ("name | role", page(HEADLINE, "Irene Castell | Reporter", "March 5, 2024"), "2024-03-05", ["Irene Castell"]),
    # the writer, not the photographer credited beside them
    ("words by", page(HEADLINE, "Words by Teodor Vance", "Photography by Lisa Brandt", "5 March 2024"),
     "2024-03-05", ["Teodor Vance"]),
    ("caption credit above byline", page(HEADLINE, "The harbour at dawn. (Photo by Carl Renner/Getty Images)",
                                         "By Ines Marlow", "March 5, 2024"), "2024-03-05", ["Ines Marlow"]),
    ("by and", page(HEADLINE, "By Ines Marlow and Gil Ashdown", "Published 9:14 AM EST, Tue March 5, 2024"),
     "2024-03-05T09:14:00-05:00", ["Ines Marlow", "Gil Ashdown"]),
    # a time with its zone keeps the local day the page shows (21:24 ET is 02:24 UTC the next day):
    # the benchmark's scorer compares a zoned time as the same instant (extract_meta.correct)
    ("local day with zone", page(HEADLINE, "By Ines Marlow", "Nov 18, 2024 at 9:24 pm ET • 2 min read"),
     "2024-11-18T21:24:00-05:00", ["Ines Marlow"]),
    # the date only in the last lines, or only in the page's address printed at the end
    ("date in last lines", page(HEADLINE, tail=("This article was first published on 5 March 2024.",)),
     "2024-03-05", []),
    ("address at the end", page(HEADLINE, tail=("Source: https://www.harbourtimes.example/2024/03/05/budget/",)),
     "2024-03-05", []),
    # the writer's e-mail address and telephone number after the name
    ("e-mail after name", page(HEADLINE, "By Teodor Vance tvance@harbourtimes.example (902) 555-0142",
                               "March 5, 2024"), "2024-03-05", ["Teodor Vance"]),
    # the site's address after the name
    ("site after name", page(HEADLINE, "By Teodor Vance harbourtimes.com", "March 5, 2024"),
     "2024-03-05", ["Teodor Vance"]),
    # a byline whose link and text both print the name
    ("name printed twice", page(HEADLINE, "By Teodor Vance Teodor Vance", "March 5, 2024"),
     "2024-03-05", ["Teodor Vance"]),
    ("on a numeric date", page(HEADLINE, "By Teodor Vance On 3/5/24 at 4:00 PM EST"), "2024-03-05", ["Teodor Vance"]),
    # a get_text copy: the "By" label cut from the name by a bar, the byline cut at its links
    ("bar before by", page(HEADLINE, "March 5, 2024", "| BY:", "Marta Kowal, MS, RD"), "2024-03-05", ["Marta Kowal"]),
    ("byline cut at links", page(HEADLINE, "Tanvir Osei,", "Harbour Insider", "05.03.2024, 14:02 share print"),
     "2024-03-05T14:02:00", ["Tanvir Osei"]),
    ("name over profile link", page(HEADLINE, "Marta Kowal", "View Profile", "Email", "Twitter"), None, ["Marta Kowal"]),
    # a letter's address over its date is no byline cut at its links
    ("address over date", page(HEADLINE, "Lake Placid,", "New York", "May 3, 1967"), "1967-05-03", []),
]


@pytest.mark.parametrize("name, text, date, authors", HEADS, ids=[h[0] for h in HEADS])
def test_invented_heads(name, text, date, authors):
    found = clean_text(text)
    assert found.title == HEADLINE
    assert found.published == date
    assert found.authors == authors


def test_byline_beside_a_far_date_line():
    """A byline beside the page's date line, both far above the headline the cleaner takes (a photo
    gallery's captions between): the writer is read beside the date line that dated the page."""
    gallery = "\n".join(f"Boats in the harbour at dawn, photo {k} of the series taken by the harbour office"
                        if k % 2 else f"{k}\nof\n12" for k in range(1, 13))
    text = "\n".join([MENU, HEADLINE, "Ines Marlow, AP Business Writer", "Updated 1:39 am EST, Wednesday, March 6, 2024",
                      gallery, HEADLINE, "Back to Gallery", BODY, FOOTER])
    found = clean_text(text)
    assert found.published == "2024-03-06T01:39:00-05:00"
    assert found.authors == ["Ines Marlow"]


def test_reader_copy_headline():
    """A reader-mode copy: the headline, its header lines, a blank line, the story. The first line is
    the title even when the standfirst under it echoes the story's opening more than it does."""
    story = "\n\n".join(STORY)
    text = ("Council backs harbour plan\nRegional council approves new harbour budget after long debate about dredging\n"
            "By Ines Marlow\nMarch 5, 2024\n\n" + story)
    found = clean_text(text)
    assert found.title == "Council backs harbour plan"
    assert found.authors == ["Ines Marlow"]
    # not a page whose first block is a menu over a blank line
    text = f"Sections\nSearch the site\n\nHome\nNews\n{HEADLINE}\n{BODY}"
    assert clean_text(text).title == HEADLINE
