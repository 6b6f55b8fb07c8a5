"""The eighteenth session's review of the plain-text ingest work, mended (ingmendF18): a run of
"Posted by: …" lines that is no comment thread (a live blog's entries, an article quoting readers),
a kicker over a reader copy's headline, and a byline cut at its links over a photo credit or an office.
Every page here is invented; each case failed before the mend."""

from __future__ import annotations

import pytest

from dateline.ingest.clean import clean_text

MENU = ["Home", "News", "Sport", "Business", "Opinion", "Weather"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use"]
HEADLINE = "Harbour budget approved after long debate"
STORY = [
    "The regional council voted on Tuesday to approve the new harbour budget after a long debate about dredging.",
    "Opposition members said the plan left too little money for the ferry service and the fishing cooperative.",
    "The harbour master said work would begin in the spring, once the contracts had been signed by both sides.",
    "Residents who spoke at the meeting asked for a public consultation before any of the money is spent.",
]


def _words(text: str) -> str:
    return " ".join(text.split())


def _kept(text: str, line: str) -> bool:
    return _words(line) in _words(text)


# -- finding 2: two "Posted by: …" lines that are no thread -------------------------------------------------

LIVE_ENTRIES = [
    "The first ferries of the evening left the old pier on time, and the harbour master said the new timetable held up.",
    "Crowds gathered on the sea wall to watch the tall ships come in, and the police closed the harbour road to traffic.",
    "The council leader thanked the volunteers who had stewarded the quay all day and said the festival would return.",
    "The fireworks began over the bay a few minutes late, after the wind dropped enough for the barge to be moored.",
]


def test_a_live_blog_signed_by_its_one_writer_is_kept_whole():
    # (each entry of two paragraphs: a lone paragraph between short lines is isolated prose, which the
    # stretch search leaves out on its own)
    times = ["7:02pm", "7:15pm", "7:31pm", "7:48pm"]
    entries = [line for when, entry in zip(times, LIVE_ENTRIES)
               for line in (f"Posted by: Ines Marlow at {when}", entry, entry.replace("The ", "Earlier, the ", 1))]
    page = MENU + ["Live: the harbour festival's last night",
                   "Follow the last night of the harbour festival as it happens, from the quay to the fireworks over "
                   "the bay, with our reporters on the sea wall and in the crowd all evening long."] + entries + FOOTER
    text = clean_text("\n".join(page)).text
    assert all(_kept(text, entry) for entry in LIVE_ENTRIES)


def test_readers_posts_quoted_in_an_article_do_not_cut_its_end():
    later = [
        "The council said it had read every letter it received on the plan and would answer the questions raised "
        "about the ferry service and the fishing cooperative at its next public meeting in April.",
        "The harbour master said the first contracts would be signed in May, and that the dredging itself would not "
        "begin before the summer season was over, so as to keep the quay open for visitors and the boats.",
    ]
    page = MENU + [HEADLINE, STORY[0] + " " + STORY[1], STORY[2] + " " + STORY[3]] + [
        "Readers wrote in to the paper:",
        "Posted by: Ann from Leeds on 3 Mar 2024",
        "At last the harbour gets the money it has needed for years.",
        "Posted by: Tom, Halifax on 3 Mar 2024",
        "Another budget that forgets the ferry service entirely.",
    ] + later + FOOTER
    text = clean_text("\n".join(page)).text
    assert all(_kept(text, line) for line in later)


POSTS = [
    "Another delay. The pier has been falling apart for ten years and nobody seems in any hurry to fix it at all.",
    "The clay has been there since the last ice age, so I am not sure why it is a surprise to anyone on the board.",
    "Good. Better to get the ground right now than to have a terminal sinking into the harbour in twenty years.",
]


def test_a_dated_thread_of_different_readers_is_still_cut():
    signatures = ["Posted by: Ann from Leeds on 3 Mar 2024", "Posted by: Tom, Halifax on 3 Mar 2024",
                  "Posted by: Jo, Dartmouth on 4 Mar 2024"]
    # (the byline's name is compared word by word: "Tom" and "Jo" are not "Jonathan Tomlinson")
    page = MENU + [HEADLINE, "By Jonathan Tomlinson"] + STORY + [
        line for s, post in zip(signatures, POSTS) for line in (s, post)] + FOOTER
    text = clean_text("\n".join(page)).text
    assert all(_kept(text, line) for line in STORY)
    assert not any(_kept(text, post) for post in POSTS)


def test_the_pages_own_byline_is_no_commenter():
    # the writer's own dated update and one reader's signature: one commenter, no thread
    page = MENU + [HEADLINE, "By Ines Marlow"] + STORY + [
        "Posted by: Ines Marlow on 3 Mar 2024", POSTS[0], POSTS[1],
        "Posted by: Tom, Halifax on 4 Mar 2024", POSTS[2], LIVE_ENTRIES[0]] + FOOTER
    text = clean_text("\n".join(page)).text
    assert all(_kept(text, post) for post in POSTS)


# -- finding 3: a kicker, a series label or a credit over a reader copy's headline ------------------------

BLANK_STORY = "\n\n".join(STORY)


@pytest.mark.parametrize("head", [
    ["From our correspondent in Halifax", HEADLINE, "March 5, 2024"],
    ["Part three of our series on the harbour", HEADLINE, "By Ines Marlow"],
    ["Originally published by the Harbour Times", HEADLINE],
], ids=["kicker", "series label", "credit"])
def test_a_first_line_over_the_headline_is_not_the_title(head):
    found = clean_text("\n".join(head) + "\n\n" + BLANK_STORY)
    assert found.title == HEADLINE


# -- finding 4: a byline cut at its links over a photo credit or an office ---------------------------------

def _page(*head: str) -> str:
    return "\n".join(MENU + [HEADLINE, *head] + STORY + FOOTER)


@pytest.mark.parametrize("head", [
    ("Carl Renner,", "Getty Images", "March 5, 2024"),
    ("Carl Renner,", "AP Photo", "March 5, 2024"),
    ("Harbour Authority,", "Press Office", "March 5, 2024"),
    ("Harbour Council", "View Profile", "March 5, 2024"),
], ids=["getty images", "ap photo", "office", "council over profile link"])
def test_no_writer_in_a_photo_credit_or_an_office(head):
    assert clean_text(_page(*head)).authors == []


def test_a_writer_cut_at_the_links_is_still_read():
    assert clean_text(_page("Tanvir Osei,", "Harbour Insider", "March 5, 2024")).authors == ["Tanvir Osei"]
    assert clean_text(_page("Marta Kowal", "View Profile", "March 5, 2024")).authors == ["Marta Kowal"]
