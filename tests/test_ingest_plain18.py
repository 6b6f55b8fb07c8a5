"""Eighteenth session (ingplain18): a run of commenters' signatures starts a comment thread
(body.comments_start, patterns.COMMENT_SIGNER), and benchmarks/plain_causes.py puts each line the cleaner
reads down to the step that decided its fate. Every page here is invented."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from dateline.ingest.clean import clean_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import plain_causes  # noqa: E402

MENU = ["Home", "News", "Sport", "Business", "Weather", "Contact us"]
ARTICLE = [
    "Harbour trust delays the new ferry terminal",
    "The Port Ellis harbour trust has put off a decision on the new ferry terminal until the spring, its chair said on Tuesday.",
    "Members of the trust asked for a second survey of the seabed after engineers found soft clay under part of the site.",
    "The terminal was meant to open in two years and would let the larger island ferries dock at any tide.",
    "Local businesses said the delay would cost the town visitors next summer, when the old pier is closed for repairs.",
    "The trust will meet again in March, when the survey is due, and said it still expected the terminal to be built.",
]
# three readers' posts of two paragraphs each (a post of one paragraph between short lines is isolated
# prose, which the stretch search leaves out already)
POSTS = [
    ["Another delay. The pier has been falling apart for ten years and nobody seems in any hurry to fix it at all.",
     "I used to take the ferry every week and the queues at the old pier were already far too long for anyone."],
    ["The clay has been there since the last ice age, so I am not sure why it is a surprise to anyone on the board.",
     "They should have asked the fishermen, who have known about the soft ground at that end of the bay for years."],
    ["Good. Better to get the ground right now than to have a terminal sinking into the harbour in twenty years time.",
     "The trust has made a sensible call for once, and the town should give the engineers the time they ask for."],
]
COMMENTS = [line for post in POSTS for line in post]


def _signed_thread(signatures: list[str], under: bool = False) -> list[str]:
    """The posts, each under its signature (or over it, ``under``)."""
    return [line for signature, post in zip(signatures, POSTS) for line in (post + [signature] if under else [signature] + post)]


def _body(text: str) -> str:
    return " ".join(text.split())


def _kept(text: str, line: str) -> bool:
    return _body(line) in _body(text)


# -- a run of commenters' signatures starts the thread -------------------------------------------------

HEADER_STYLE = ["Posted by: Brad, Port Ellis on 11:16am Wed 9 Jan 08",
                "Posted by: Miss Priss on 11:56am Wed 9 Jan 08",
                "Posted by: sigil, Harbourside on 1:19pm Thu 10 Jan 08"]
FOOTER_STYLE = ["Posted By: clarry | December 14 2007 at 08:28 AM",
                "Posted By: seagull | December 14 2007 at 09:02 AM",
                "Posted By: harbourmaster | December 15 2007 at 10:45 PM"]
SUBMITTED_STYLE = ["Submitted by: ferryfan on 3/4/08", "Submitted by: Jo from Leeds on 3/5/08",
                   "Submitted by: anon on 3/5/08"]


@pytest.mark.parametrize("signatures", [HEADER_STYLE, SUBMITTED_STYLE], ids=["posted by, place and time", "submitted by"])
def test_signed_comments_over_each_post_are_cut(signatures):
    page = MENU + ARTICLE + _signed_thread(signatures)
    text = clean_text("\n".join(page)).text
    assert all(_kept(text, line) for line in ARTICLE[1:])
    assert not any(_kept(text, comment) for comment in COMMENTS)


def test_signed_comments_under_each_post_are_cut_from_the_first_signature():
    page = MENU + ARTICLE + _signed_thread(FOOTER_STYLE, under=True)
    text = clean_text("\n".join(page)).text
    assert all(_kept(text, line) for line in ARTICLE[1:])
    # (the first post stands over the first signature: nothing tells it from the article's last paragraphs)
    assert not any(_kept(text, comment) for post in POSTS[1:] for comment in post)


def test_one_signature_is_no_thread():
    page = MENU + ARTICLE + [HEADER_STYLE[0]] + POSTS[0] + ARTICLE[1:3]
    text = clean_text("\n".join(page)).text
    assert _kept(text, COMMENTS[0])


def test_signatures_in_the_header_start_no_thread():
    # the post's own "Posted by: …" lines over its text, before any prose: the article is kept
    page = MENU + ["Posted by: admin on 9 Jan 08", "Posted by: admin at 10:15"] + ARTICLE
    text = clean_text("\n".join(page)).text
    assert all(_kept(text, line) for line in ARTICLE[1:])


def test_a_long_line_that_opens_with_written_by_is_no_signature():
    sentence = ("Written by: the county engineer in 2019, the first survey of the harbour floor found no soft clay at "
                "all, and the trust relied on it when it chose the site for the terminal.")
    page = MENU + ARTICLE[:3] + [sentence] + ARTICLE[3:] + ["Posted by: Brad on 9 Jan 08"]
    text = clean_text("\n".join(page)).text
    assert _kept(text, sentence) and _kept(text, ARTICLE[-1])


def test_signatures_far_apart_start_no_thread():
    far = ARTICLE[1:] * 7     # more than COMMENT_SIGNED_RUN lines between the two
    page = MENU + ARTICLE + ["Posted by: Brad on 9 Jan 08"] + far + ["Posted by: Jo on 10 Jan 08"]
    assert _kept(clean_text("\n".join(page)).text, far[-1])


# -- plain_causes: each line's fate ---------------------------------------------------------------------

def _score(gold: str, pred: str) -> tuple[float, float]:
    """Word 4-gram precision and recall (the shape of extraction_f1.score_page, for these tests only)."""
    def grams(text):
        words = re.findall(r"\w+", text.lower())
        return Counter(tuple(words[i:i + 4]) for i in range(len(words) - 3))
    g, p = grams(gold), grams(pred)
    shared = sum((g & p).values())
    return (shared / sum(p.values()) if p else 0.0, shared / sum(g.values()) if g else 0.0)


# the posts under a name and place the rules do not know: the stretch takes them in
UNSIGNED_THREAD = _signed_thread(["Jane, Leeds", "Tom, Port Ellis", "Ann, Harbourside"])
CAPTION = "Pictured: the old pier at Port Ellis, closed to the public since the storm of last winter"

PAGES = {
    "menu and unsigned comments": MENU + ARTICLE + UNSIGNED_THREAD,
    "signed comments": MENU + ARTICLE + _signed_thread(HEADER_STYLE),
    "caption in the gold": MENU + ARTICLE[:3] + [CAPTION] + ARTICLE[3:],
    "related links": MENU + ARTICLE + ["You may also like", "Ferry fares rise again", "New lifeboat for the bay"],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_fates_give_back_clean_texts_text(name):
    raw = "\n".join(PAGES[name])
    lines, causes, kept, text = plain_causes.fates(raw)
    assert text == clean_text(raw).text
    assert len(causes) == len(lines) == len(kept)
    # a kept line is one the article's stretch or the line model took in; the menu over each page is not kept
    assert all(cause in ("stretch", "model-add") for cause, is_kept in zip(causes, kept) if is_kept)
    assert any(kept) and not all(kept)
    assert not any(is_kept for line, is_kept in zip(lines, kept) if line.text in MENU)


def test_kept_comments_are_put_down_to_the_stretch_under_the_article():
    found = plain_causes.page_causes({"body": "\n".join(ARTICLE[1:])}, "\n".join(PAGES["menu and unsigned comments"]),
                                     _score)
    junk = {label: value for label, value in found["causes"].items() if label.startswith("junk kept-tail")}
    assert "junk kept-tail [prose]" in junk
    # taking that junk out gives the precision back
    assert junk["junk kept-tail [prose]"][1][0] > found["base"][0]


def test_a_caption_the_gold_keeps_is_put_down_to_its_rule():
    gold = "\n".join(ARTICLE[1:3] + [CAPTION] + ARTICLE[3:])
    found = plain_causes.page_causes({"body": gold}, "\n".join(PAGES["caption in the gold"]), _score)
    assert "lost rule:caption [tagged caption]" in found["causes"]
    words, mended = found["causes"]["lost rule:caption [tagged caption]"]
    assert words > 10 and mended[1] > found["base"][1]


def test_the_headline_the_gold_keeps_is_put_down_to_the_title():
    gold = "\n".join(ARTICLE)
    found = plain_causes.page_causes({"body": gold}, "\n".join(PAGES["related links"]), _score)
    assert any(label.startswith("lost headline") for label in found["causes"])
    assert not any(label.startswith("junk") for label in found["causes"])
