"""Events told by nouns and the state's coercion forms (2026-12-06 thirteenth session, issue 15),
on constructed sentences (not gold ones) and hand-built actors, so that no other stage is
involved: prohibitory orders, internet shutdowns, sieges and deployments (CAMEO 17x, 15x);
attacks, blasts and unrest told by an occurrence verb ("a bomb blast ripped through", "rocked by
unrest")."""

from __future__ import annotations

import pytest

from dateline import nlp as nlp_module
from dateline.events import learned
from dateline.events.stage import COMPANION_CONFIDENCE
from test_events_helpers import run_events


@pytest.fixture(autouse=True)
def patterns_alone(monkeypatch):
    """The rules are the patterns' own: the learned layer's confidence is not under test."""
    monkeypatch.setattr(learned, "load", lambda: None)


POLICE = (None, "group", "police", "Police", "The police")
FORCES = (None, "group", "Additional forces", "additional forces", "reinforcements")
AUTHORITIES = (None, "group", "The authorities", "authorities", "The administration")
CROWD = (None, "group", "protesters", "Protesters")
MILITANTS = (None, "group", "Militants", "militants")
TALIBAN = ("AFG", "organization", "Taliban")
SOLDIERS = (None, "group", "ten soldiers", "five soldiers")
ACTORS = {"po": POLICE, "fo": FORCES, "au": AUTHORITIES, "cr": CROWD, "mi": MILITANTS, "ta": TALIBAN,
          "so": SOLDIERS}


def shown(text):
    events, ids = run_events(nlp_module.load(), text, ACTORS)
    return [e for e in events if e.confidence > COMPANION_CONFIDENCE], ids


def names(event, ids, field="source"):
    return [ids[a].name for a in getattr(event, field)]


WATCHED = ("COERCE", "MOBILIZE", "PROTEST", "ASSAULT", "SANCTION")


def coded(text):
    """(type, CAMEO code) of the shown events of the types these forms are about."""
    return [(e.type, e.cameo) for e in shown(text)[0] if e.type in WATCHED]


COERCE_1721 = [("COERCE", "1721")]


@pytest.mark.parametrize("text, expected", [
    # CAMEO 172x (PLOVER COERCE): orders against assembly and shut communications restrict
    # political freedoms (1721), a curfew is 1723; a siege laid blockades (191)
    ("Police imposed prohibitory orders in the town.", COERCE_1721),
    ("Prohibitory orders were imposed in the district on Monday.", COERCE_1721),
    ("The authorities imposed Section 144 in the city.", COERCE_1721),
    ("Section 144 was imposed in the district.", COERCE_1721),
    ("The administration clamped prohibitory orders on the town.", COERCE_1721),
    ("The authorities clamped a curfew on the town.", [("COERCE", "1723")]),
    ("The authorities snapped mobile internet services in the valley.", COERCE_1721),
    ("Internet services were suspended in the region.", COERCE_1721),
    ("Mobile internet was snapped in the district.", COERCE_1721),
    ("The authorities shut down internet services in the state.", COERCE_1721),
    ("The authorities blocked mobile data services in the city.", COERCE_1721),
    ("Militants laid siege to the town.", [("COERCE", "191")]),
    ("The authorities declared a state of siege in the province.", [("COERCE", "1724")]),
    ("The company suspended its bus services on Monday.", []),
    ("The authorities restored internet services in the valley.", []),
    ("She snapped a photo of the crowd.", []),
    ("The bank shut down its branch services in the town.", []),
    # forces rushed or deployed (MOBILIZE 154)
    ("Additional forces were deployed in the area.", [("MOBILIZE", "154")]),
    ("The authorities rushed additional forces to the town.", [("MOBILIZE", "154")]),
    ("Police reinforcements were rushed to the town.", [("MOBILIZE", "154")]),
    # a riot told by its damage or its noun (145); no riot of a storm, nor of no incident
    ("Protesters damaged public property.", [("PROTEST", "145")]),
    ("Stone pelting was reported from the area.", [("PROTEST", "145")]),
    ("Incidents of stone pelting were reported in the town.", [("PROTEST", "145")]),
    ("The storm damaged property in the town.", []),
    ("The flood damaged public property worth millions.", []),
    ("No incidents were reported in the town.", []),
])
def test_coercion_mobilization_and_riot_forms(text, expected):
    assert coded(text) == expected


def test_who_imposes_the_order_is_its_source():
    events, ids = shown("Police imposed prohibitory orders in the town.")
    assert names(events[0], ids) == ["police"]
