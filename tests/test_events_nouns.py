"""Events told by nouns and the state's coercion forms (2026-12-06 thirteenth session, issue 15),
on constructed sentences (not gold ones) and hand-built actors, so that no other stage is
involved: prohibitory orders, internet shutdowns, sieges and deployments (CAMEO 17x, 15x);
attacks, blasts and unrest told by an occurrence verb ("a bomb blast ripped through", "rocked by
unrest")."""

from __future__ import annotations

import pytest

from dateline import nlp as nlp_module
from dateline.events.stage import COMPANION_CONFIDENCE
from test_events_helpers import run_events


pytestmark = pytest.mark.usefixtures("patterns_alone")  # conftest.py: the patterns alone


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
    # no state acts: a provider's own service, a court's order, a crowd at a shop
    ("The company suspended its mobile phone service for maintenance.", []),
    ("The judge issued a restrictive order on the company's merger.", []),
    ("Shoppers laid siege to the store.", []),
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


@pytest.mark.parametrize("text, cameo", [
    ("A bomb blast ripped through a crowded market in the town.", "183"),
    ("A suicide blast hit the town on Monday.", "183"),
    ("The town was hit by a suicide blast on Monday.", "183"),
    ("A rocket hit the police station.", "194"),
    ("The clashes left ten soldiers dead.", "190"),
])
def test_attacks_told_by_what_they_struck(text, cameo):
    """An attack noun (or a blast a weapon marks as an attack) as the subject of "hit", "ripped
    through", "left … dead", or as the "by" phrase of a passive "hit" / "rocked", is an attack."""
    events, _ = shown(text)
    assert [(e.type, e.cameo) for e in events] == [("ASSAULT", cameo)]


def test_what_the_attack_struck_is_its_target():
    events, ids = shown("The clashes left ten soldiers dead.")
    assert names(events[0], ids, "target") == ["ten soldiers"]
    events, ids = shown("A Taliban attack hit the police station.")
    assert [e.type for e in events] == ["ASSAULT"] and names(events[0], ids) == ["Taliban"]


def test_the_doer_of_an_attack_by_them():
    events, ids = shown("An attack by militants hit the town.")
    assert [e.type for e in events] == ["ASSAULT"] and names(events[0], ids) == ["Militants"]


def test_a_town_rocked_by_protests():
    events, _ = shown("The town was rocked by protests on Sunday.")
    assert [(e.type, e.cameo) for e in events] == [("PROTEST", "140")]


@pytest.mark.parametrize("text", [
    "A gas explosion ripped through an apartment block.",
    "A powerful blast shook the town.",
    "The sanctions hit the economy hard.",
    "The storm ripped the roof off the house.",
])
def test_accidents_and_old_measures_are_no_new_event(text):
    events, _ = shown(text)
    assert not [e for e in events if e.type in ("ASSAULT", "SANCTION")]


def test_what_clashes_left_in_ruins_is_no_target():
    events, ids = shown("The clashes left ten soldiers in ruins.")
    assert [e.type for e in events] == ["ASSAULT"] and not events[0].target


@pytest.mark.parametrize("text, expected", [
    ("The authorities granted citizenship to the protesters.", ("CONCEDE", "080")),
    ("The authorities granted the militants observer status.", ("CONCEDE", "080")),
    ("The authorities granted the request of the protesters.", ("CONCEDE", "083")),
    ("The authorities granted asylum to the protesters.", ("AID", "075")),
])
def test_what_is_granted_is_yielded_unless_it_is_aid(text, expected):
    """CAMEO 08 "yield": a grant of citizenship, a status, a right yields it; a request granted
    is acceded to (083); asylum granted stays AID (075, the support noun's code)."""
    events, _ = shown(text)
    assert [(e.type, e.cameo) for e in events] == [expected]


def test_asylum_granted_to_a_passive_subject_is_aid():
    """"were granted asylum": the support verb's event noun is its object, not the passive
    subject (who was granted it)."""
    events, _ = shown("The protesters were granted asylum in the town.")
    assert [(e.type, e.cameo) for e in events] == [("AID", "075")]
