"""The final review of evmiss19 (2026-12-07, issue 15, evmendF19), on invented sentences through the
whole pipeline: only a country or a team that beats another is a side in a contest (the army
that "lost three soldiers" is still the state at hand), a walkout to a place and a bare "struck"
by no worker are no strikes, a conjunct in the past does not share the "will" of its head, and
"asked X to do Y" keeps the code of what is asked."""

from __future__ import annotations

import pytest

from test_events_helpers import pipeline_events

MARCH = "2026-03-10"  # a Tuesday


def annotated(text, published=MARCH):
    return pipeline_events(text, published, companions=True)


def coded(events, kind, cameo=None):
    return [e for e in events if e["type"] == kind and (cameo is None or e["cameo"] == cameo)]


@pytest.mark.parametrize("text", [
    "The army lost three soldiers and residents were barred from leaving the town.",
    "Police drew their batons and protesters were prevented from entering the square.",
])
def test_a_state_that_loses_or_draws_is_still_the_state_at_hand(text):
    events = annotated(text)
    assert coded(events, "COERCE", "191"), events
    assert not coded(events, "COERCE", "170"), events  # no doer taken from the other clause


def test_a_country_that_beats_another_is_still_a_side():
    events = annotated("Fans were barred from entering the stadium after Brazil beat Argentina.")
    assert not any(e["type"] in ("COERCE", "ASSAULT") for e in events), events


@pytest.mark.parametrize("text", [
    "The players walked out onto the pitch in Cairo.",
    "The striker struck twice in the second half as Chelsea beat Arsenal.",
    "The batsman struck three boundaries in the final over.",
    "The clock struck midnight as the guests arrived.",
    "The bride walked out into the garden.",
    "The actors walked out onto the stage to loud applause.",
    "The forward struck in the 89th minute to win the match.",
])
def test_no_strike_or_walkout(text):
    assert not coded(annotated(text), "PROTEST"), text


@pytest.mark.parametrize("text,cameo", [
    ("Nurses struck on Monday over unpaid wages.", "143"),
    ("Dockers will walk out on Friday.", "143"),
    ("The minister walked out of the talks in Geneva.", "164"),
])
def test_strikes_and_walkouts_still_told(text, cameo):
    events = annotated(text)
    assert any(e["cameo"] == cameo for e in events), events


def test_a_past_conjunct_does_not_share_the_will():
    events = annotated("The teachers will strike on May 4 and marched through the city on March 2.")
    march = coded(events, "PROTEST", "141")
    assert march and march[0]["date"] == "2026-03-02", events  # gone, not 2027
    strike = coded(events, "PROTEST", "143")
    assert strike and strike[0]["date"] == "2026-05-04", events


def test_a_base_form_conjunct_shares_the_will():
    events = annotated("The union will strike on February 16 and hold a rally on February 18.")
    rally = coded(events, "PROTEST", "141")
    assert rally and rally[0]["date"] == "2027-02-18", events


@pytest.mark.parametrize("text", [
    "The United States asked Israel to halt its offensive.",
    "The government asked the rebels to lay down their arms.",
])
def test_asked_to_yield_keeps_its_code(text):
    events = annotated(text)
    assert coded(events, "REQUEST", "025"), events
    assert not coded(events, "REQUEST", "020"), events
