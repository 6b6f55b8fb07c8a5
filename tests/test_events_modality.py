"""The modality rules and reported_by, on hand-built actors."""

from __future__ import annotations

import pytest

from dateline import nlp as nlp_module
from test_events_helpers import countries, run_events

US = ("USA", "country", "The United States", "United States", "Washington", "US")
IRN = ("IRN", "country", "Iran")
ISR = ("ISR", "country", "Israel")
FP = (None, "organization", "Foreign Policy")
ACTORS = {"us": US, "ir": IRN, "is": ISR, "fp": FP}


def first(text, type_=None, **kwargs):
    events, ids = run_events(nlp_module.load(), text, ACTORS, **kwargs)
    events = [e for e in events if type_ is None or e.type == type_]
    assert events, f"no event for {text!r}"
    return events[0], ids


@pytest.mark.parametrize("text,modality", [
    ("Iran attacked Israel.", "asserted"),
    ("Iran did not attack Israel.", "negated"),
    ("Iran will meet Israel.", "planned"),
    ("Iran plans to meet Israel.", "planned"),
    ("Iran is scheduled to meet Israel.", "planned"),
    ("Iran could meet Israel.", "hypothetical"),
    ("If Iran meets Israel, prices will fall.", "hypothetical"),
    ("The United States urged Iran to meet Israel.", "requested"),
])
def test_modality(text, modality):
    events, _ = run_events(nlp_module.load(), text, ACTORS)
    coded = [e for e in events if e.type in ("ASSAULT", "CONSULT")]
    assert coded and coded[0].modality == modality, [(e.type, e.modality) for e in events]


def test_planned_talks_are_not_held_talks():
    planned, _ = first("The United States will hold talks with Iran.", "CONSULT")
    held, _ = first("The United States held talks with Iran.", "CONSULT")
    assert planned.modality == "planned" and held.modality == "asserted"


def test_future_date_makes_an_event_planned(nlp):
    event, _ = first("The United States meets Iran next week.", "CONSULT",
                     timexes=[("next week", "DATE", "2021-W48")])
    assert event.modality == "planned" and event.date == "2021-W48"


def test_refusal_to_cooperate_is_a_rejection():
    event, ids = first("The United States said it would not provide aid to Iran.")
    assert event.type == "REJECT" and event.cameo == "121"
    assert countries(event, ids) == {"USA"}


def test_request_is_coded_with_what_is_requested():
    events, _ = run_events(nlp_module.load(),
                           "The United States urged Iran to meet Israel.", ACTORS)
    request = [e for e in events if e.type == "REQUEST"]
    assert request and request[0].cameo == "026"


def test_stated_intent_to_attack_is_a_threat():
    event, _ = first("Iran wants to attack Israel.")
    assert event.type == "THREATEN" and event.cameo == "138"


def test_reported_by_reporting_clause():
    event, ids = first("Iran attacked Israel, a Foreign Policy report said.", "ASSAULT")
    assert event.reported_by == "fp"


def test_reported_by_according_to():
    event, _ = first("According to Foreign Policy, Iran attacked Israel.", "ASSAULT")
    assert event.reported_by == "fp"


def test_reporting_date_is_not_the_clause_date():
    """The report's date dates the reported event as the sentence's date (basis "sentence"), not
    its clause's (test_events_anchoring.py)."""
    event, _ = first("Foreign Policy said on Tuesday that Iran attacked Israel.", "ASSAULT",
                     timexes=[("Tuesday", "DATE", "2021-11-23")])
    assert event.date_basis == "sentence" and event.date == "2021-11-23"


def test_denied_event_is_negated():
    event, ids = first("Iran denied accusations that it had attacked Israel.", "ASSAULT")
    assert event.modality == "negated"


def test_pledged_aid_is_agree_with_intended_aid():
    """PLOVER codes a pledge of aid as AGREE (CAMEO 033); the aid stays queryable as ``intended``
    and as a planned AID companion below the default confidence threshold."""
    event, ids = first("The United States pledged 500 million dollars in humanitarian aid to Iran.")
    assert event.type == "AGREE" and event.cameo == "033" and event.intended == "AID"
    assert event.modality == "asserted"
    assert countries(event, ids, "target") == {"IRN"}
    companion, _ = first("The United States pledged 500 million dollars in humanitarian aid to Iran.",
                         "AID")
    assert companion.cameo == "073" and companion.modality == "planned"
    assert companion.confidence < event.confidence


def test_no_plans_is_negated():
    event, ids = first("Israel said it had no plans to attack Iran.", "ASSAULT")
    assert event.modality == "negated" and countries(event, ids) == {"ISR"}


def test_according_to_the_report_refers_back():
    text = ("Iran attacked Israel, a Foreign Policy report said. "
            "According to the report, Israel attacked Iran.")
    events, _ = run_events(nlp_module.load(), text, ACTORS)
    assert [e.reported_by for e in events if e.type == "ASSAULT"] == ["fp", "fp"]


def test_refusing_arms_sales_is_a_rejection():
    event, ids = first("The United States said it would not sell jets to Iran.")
    assert event.type == "REJECT" and event.cameo == "121"
    assert countries(event, ids, "target") == {"IRN"}


def test_condition_clause_makes_hypothetical():
    event, _ = first("Iran said it would meet Israel if the sanctions were lifted.", "CONSULT")
    assert event.modality == "hypothetical"


def test_hoped_for_event_is_hypothetical():
    event, _ = first("Iran hoped that Israel would be sanctioned by the United States.")
    assert event.modality == "hypothetical"
