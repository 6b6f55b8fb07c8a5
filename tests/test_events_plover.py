"""PLOVER's conventions (statements of intent, threats, requests, sanctions) and police actions,
on hand-built actors so that no other stage is involved."""

from __future__ import annotations

import pytest

from dateline import nlp as nlp_module
from dateline.events.stage import COMPANION_CONFIDENCE
from test_events_helpers import countries, run_events


pytestmark = pytest.mark.usefixtures("patterns_alone")  # conftest.py: the patterns alone

US = ("USA", "country", "The United States", "United States", "US")
IRN = ("IRN", "country", "Iran")
ISR = ("ISR", "country", "Israel")
JPN = ("JPN", "country", "Japan")
PHL = ("PHL", "country", "Philippines", "the Philippines")
EU = (None, "organization", "The EU", "EU")
RUS = ("RUS", "country", "Russia")
POLICE = (None, "group", "police", "Police")
STUDENTS = (None, "group", "Two students")
ACTORS = {"us": US, "ir": IRN, "is": ISR, "jp": JPN, "ph": PHL, "eu": EU, "ru": RUS,
          "po": POLICE, "st": STUDENTS}


def events_of(text):
    return run_events(nlp_module.load(), text, ACTORS)


def shown(events):
    """The events that are not companions (kept only below the default threshold)."""
    return [e for e in events if e.confidence > COMPANION_CONFIDENCE]


def test_promised_aid_is_agree_with_intended_aid():
    events, ids = events_of("Japan promised to continue aid to the Philippines.")
    agree = [e for e in shown(events) if e.type == "AGREE"]
    assert agree and agree[0].intended == "AID" and agree[0].cameo.startswith("03")
    assert countries(agree[0], ids) == {"JPN"} and countries(agree[0], ids, "target") == {"PHL"}
    assert not [e for e in shown(events) if e.type == "AID"]  # the aid itself only as companion


def test_held_talks_stay_consult():
    events, _ = events_of("The United States held talks with Iran.")
    assert [e.type for e in shown(events)] == ["CONSULT"] and events[0].intended is None


def test_will_arrest_is_a_threat():
    events, _ = events_of("Police will arrest the protesters, Iran warned.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].intended == "COERCE"


def test_planning_attacks_is_not_recoded_as_a_threat():
    events, _ = events_of("Iran helped to plan attacks on Israel.")
    assert not [e for e in events if e.type == "THREATEN"]


def test_requested_action_is_no_event_of_its_own():
    events, _ = events_of("The United States urged Iran to withdraw its forces.")
    assert [e.type for e in shown(events)] == ["REQUEST"]
    assert [e for e in events if e.modality == "requested"]  # kept, below the threshold


def test_sanctions_are_sanction():
    events, ids = events_of("The EU imposed sanctions on Russia.")
    assert events and events[0].type == "SANCTION"
    assert countries(events[0], ids, "target") == {"RUS"}


def test_killed_in_police_firing_names_the_police():
    events, ids = events_of("Two students were killed in police firing.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and [ids[a].name for a in assault[0].source] == ["police"]


def test_tear_gas_is_crowd_control():
    events, _ = events_of("Police fired tear gas at the students.")
    assert [(e.type, e.cameo) for e in shown(events)] == [("ASSAULT", "175")]


def test_prepared_to_meet_is_agree_with_intended_consult():
    events, _ = run_events(nlp_module.load(), "Iran said it was prepared to meet the United States.",
                           ACTORS)
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and agree[0].intended == "CONSULT"


def test_pardons_and_acquittals_are_concessions():
    for text in ("A court in Iran acquitted the activist.", "Iran pardoned 200 prisoners."):
        events, _ = events_of(text)
        assert "CONCEDE" in {e.type for e in events}, text


def test_prison_sentence_is_conviction_and_arrest():
    events, _ = run_events(nlp_module.load(), "A court in Iran sentenced Mr Smith to five years in prison.",
                           {"ir": IRN, "sm": (None, "person", "Mr Smith")})
    assert {"SANCTION", "COERCE"} <= {e.type for e in events}
    death, _ = run_events(nlp_module.load(), "A court in Iran sentenced Mr Smith to death.",
                          {"ir": IRN, "sm": (None, "person", "Mr Smith")})
    assert {e.type for e in death} == {"SANCTION"}


def test_declared_ceasefire_is_a_concession_and_a_broken_one_an_assault():
    declared, _ = events_of("Israel declared a ceasefire on Sunday.")
    assert "CONCEDE" in {e.type for e in declared}
    assert "RETREAT" not in {e.type for e in declared}
    broken, _ = events_of("Iran violated the ceasefire with Israel.")
    assert "ASSAULT" in {e.type for e in broken}


def test_reaching_an_agreement_is_agree_and_signing_one_support():
    reached, _ = events_of("Iran and Israel reached an agreement on Sunday.")
    assert "AGREE" in {e.type for e in reached}
    signed, _ = events_of("Iran and Israel signed an agreement on Sunday.")
    assert "SUPPORT" in {e.type for e in signed}


@pytest.mark.parametrize("text, type_", [
    ("Police picked up five youths for questioning.", "COERCE"),
    ("Five men were held by police in connection with the murder.", "COERCE"),
    ("Police booked 20 people for rioting.", "ACCUSE"),
    ("The protesters were fired upon by the police.", "ASSAULT"),
    ("Police manhandled the women protesters.", "ASSAULT"),
])
def test_police_custody_and_force_in_other_words(text, type_):
    events, _ = events_of(text)
    assert type_ in {e.type for e in events}, [(e.type, e.trigger.text) for e in events]


def test_leaving_talks_is_sanction_and_a_cyber_attack_coerce():
    left, _ = events_of("Iran withdrew from the talks with Israel.")
    assert "SANCTION" in {e.type for e in left}
    cyber, _ = events_of("Russia launched a cyber attack on Israel.")
    assert "COERCE" in {e.type for e in cyber} and "ASSAULT" not in {e.type for e in cyber}


@pytest.mark.parametrize("text, type_", [
    ("The Islamic State group claimed responsibility for the bombing.", "ASSAULT"),
    ("Police used water cannons and tear gas against the protesters.", "ASSAULT"),
    ("A military coup ousted the president of Iran.", "COERCE"),
    ("The attacks triggered major fires at the plant.", "ASSAULT"),
])
def test_claims_coordinated_objects_coups_and_events_as_causes(text, type_):
    events, _ = run_events(nlp_module.load(), text, {**ACTORS, "tb": ("AFG", "group", "Taliban")})
    assert type_ in {e.type for e in events}, [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text, type_", [
    ("Iran deeply regrets the attack on Israel.", "CONCEDE"),
    ("A court in Iran found the activist not guilty.", "CONCEDE"),
    ("Iran dropped its bid to join the talks.", "CONCEDE"),
    ("The Supreme Court of Israel ruled against Iran.", "SANCTION"),
    ("Russia paid tribute to Israel.", "SUPPORT"),
])
def test_regret_acquittal_rulings_and_tributes(text, type_):
    events, _ = events_of(text)
    assert type_ in {e.type for e in events}, [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text, type_", [
    ("Russia encouraged Iran to restrict the flights.", "REQUEST"),
    ("Israel ordered Iran to shut down the network.", "REQUEST"),
    ("Russia expressed outrage at the decision of Israel.", "ACCUSE"),
    ("Russia expressed support for Iran.", "SUPPORT"),
])
def test_requests_orders_and_feelings_expressed(text, type_):
    events, _ = events_of(text)
    assert type_ in {e.type for e in events}, [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    "Israel will strike Iran if it continues its nuclear program.",
    "Iran said it would respond with force to any attack by Israel.",
    "Iran vowed revenge for the killing.",
])
def test_conditional_force_and_revenge_are_threats(text):
    events, _ = events_of(text)
    assert "THREATEN" in {e.type for e in events}, [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text, intended", [
    ("Russia warned that it could invade Iran.", "ASSAULT"),
    ("The EU warned it may impose sanctions on Iran.", "SANCTION"),
])
def test_force_the_speaker_warns_it_may_use_is_a_threat(text, intended):
    events, _ = events_of(text)
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].intended == intended, [(e.type, e.trigger.text) for e in events]
    assert not [e for e in events if e.type == intended]


def test_a_warning_of_what_others_may_do_is_no_threat():
    events, _ = events_of("Experts warned that Israel could attack Iran again.")
    assert "THREATEN" not in {e.type for e in events}


def test_a_state_of_custody_described_is_no_arrest():
    events, _ = events_of("India will release 50 fishermen held in its jails.")
    assert "COERCE" not in {e.type for e in events}


def test_ties_strengthened_are_support_and_promised_agree():
    done, _ = events_of("Iran and Russia strengthened their ties last year.")
    assert "SUPPORT" in {e.type for e in done}
    promised, _ = events_of("Iran and Russia agreed to strengthen their ties.")
    agree = [e for e in promised if e.type == "AGREE"]
    assert agree and agree[0].intended == "SUPPORT"


def test_services_cut_and_freedoms_restricted_are_coercion():
    events, _ = events_of("Iran cut off the internet in the province.")
    assert "COERCE" in {e.type for e in events}


def test_spoke_by_phone_is_a_phone_consultation():
    events, _ = events_of("Iran and Russia spoke by telephone on Friday.")
    assert "041" in {e.cameo for e in events}


@pytest.mark.parametrize("text", [
    "The union in Iran agreed to halt the protests.",
    "Iran and Israel agreed to end the war.",
    "Iran removed the restrictions on the media.",
])
def test_protests_halted_wars_ended_and_restrictions_removed_are_concessions(text):
    events, _ = run_events(nlp_module.load(), text, {**ACTORS, "un": (None, "group", "union")})
    assert "CONCEDE" in {e.type for e in events}, [(e.type, e.trigger.text) for e in events]


def test_a_hyphenated_cease_fire_declared_is_a_concession():
    events, _ = events_of("Israel declared a five-day cease-fire on Friday.")
    assert "CONCEDE" in {e.type for e in events} and "RETREAT" not in {e.type for e in events}


def test_a_warning_about_someone_else_is_no_threat_by_the_warner():
    # "he" cannot be the state that warned: the clause says what another may do
    events, _ = events_of("The United States warned that he could invade Ukraine.")
    assert not any(e.cameo == "138" for e in events)


def _withdrawal(nlp, text, kind, sector):
    from dataclasses import replace

    from dateline.events.stage import find_events
    from test_events_helpers import make_work

    work = make_work(nlp, text, {"o": (None, kind, "The agency"), "g": ("GEO", "country",
                                                                       "Georgia")})
    work.actors = [replace(a, sector=sector) if a.id == "o" else a for a in work.actors]
    find_events(work)
    return work.events


def test_an_organisations_withdrawal_from_a_country_is_a_sanction(nlp):
    """CAMEO 166 (expel or withdraw): an organisation that is no armed force leaving a country
    reduces relations (SANCTION); an armed group's withdrawal stays a RETREAT (087)."""
    text = "The agency withdrew from Georgia on Monday."
    events = _withdrawal(nlp, text, "organization", "NGO")
    assert [(e.type, e.cameo) for e in events] == [("SANCTION", "166")]
    events = _withdrawal(nlp, "The agency pulled out of Georgia.", "organization", None)
    assert [(e.type, e.cameo) for e in events] == [("SANCTION", "166")]
    for kind, sector in (("group", "REB"), ("organization", "MIL"), ("country", None)):
        events = _withdrawal(nlp, text, kind, sector)
        assert [(e.type, e.cameo) for e in events] == [("RETREAT", "087")], (kind, sector)


@pytest.mark.parametrize("text", [
    "No-one was injured in the incident in Iran.",
    "Nobody was killed in the storm.",
    "No one attacked Israel.",
])
def test_harm_to_no_one_is_no_event(text):
    """A negative quantifier as the doer or the undergoer ("No-one was injured", "No one
    attacked") says the harm did not happen: negated, and a negated event without parties is
    dropped."""
    events, _ = events_of(text)
    assert all(e.modality == "negated" for e in events if e.type == "ASSAULT"), \
        [(e.type, e.modality) for e in events]


def test_no_one_hurt_in_an_attack_still_tells_the_attack():
    events, _ = events_of("Nobody was killed in the clashes between police and Two students.")
    assert [(e.type, e.modality) for e in shown(events)] == [("ASSAULT", "asserted")]


@pytest.mark.parametrize("text,modality", [
    ("Police arrested nobody in Iran.", "negated"),
    ("Police made no arrests in Iran.", "negated"),
    ("None of the protesters were arrested by police.", "negated"),
    ("Nobody knew why police arrested Two students.", "asserted"),
    ("Police arrested no fewer than ten protesters.", "asserted"),
    ("Police arrested Two students.", "asserted"),
])
def test_negative_quantifiers_negate(text, modality):
    events, _ = events_of(text)
    arrests = [e for e in events if e.type == "COERCE"]
    assert arrests and arrests[0].modality == modality, [(e.type, e.modality) for e in events]


@pytest.mark.parametrize("text,cameo", [
    ("Israel agreed to halt settlement construction.", "035"),
    ("Israel agreed to freeze construction in the settlements.", "035"),
    ("Israel agreed to a three-month freeze on construction.", "035"),
    # stopping fighting or attacks is de-escalation (087): intent to it is 0356, CONCEDE still
    ("Iran agreed to stop fighting.", "0356"),
    ("Iran offered to halt its attacks on Israel.", "0356"),
])
def test_agreeing_to_stop_is_an_intent_to_yield(text, cameo):
    """CAMEO 035, PLOVER CONCEDE (manual 3.4: future concessions): agreeing or offering to halt,
    stop, freeze or give up what one does; not AGREE. The fighting one agrees to stop goes on: it
    is no planned (nor threatened) fighting."""
    events, _ = events_of(text)
    assert [(e.type, e.cameo) for e in shown(events) if e.type != "ASSAULT"] == \
        [("CONCEDE", cameo)], [(e.type, e.cameo, e.modality) for e in events]
    assert all(e.modality == "asserted" for e in events if e.type == "ASSAULT")


def test_agreeing_to_cooperate_stays_agree_and_to_suspend_ties_a_sanction():
    events, _ = events_of("Iran agreed to hold talks with Israel.")
    assert [e.type for e in shown(events)] == ["AGREE"]
    events, _ = events_of("The United States and Israel agreed to suspend diplomatic ties with Iran.")
    assert "CONCEDE" not in {e.type for e in events}


@pytest.mark.parametrize("text,type_,cameo", [
    # a ceasefire agreed, reached, struck or signed is its declaration (PLOVER manual 3.4: CONCEDE;
    # CAMEO 0356 for agreeing to one), also when the head noun is "deal", "agreement" or "pact"
    ("Iran and Israel struck a truce late on Tuesday.", "CONCEDE", "080"),
    ("Iran and Israel struck a ceasefire deal late on Tuesday.", "CONCEDE", "080"),
    ("Iran and Israel reached a ceasefire deal on Monday.", "CONCEDE", "080"),
    ("Iran said it had reached a ceasefire deal with Israel after talks.", "CONCEDE", "080"),
    ("Iran and Israel signed a ceasefire agreement in Moscow.", "CONCEDE", "080"),
    ("Iran and Israel agreed a truce deal.", "CONCEDE", "0356"),
    ("Iran and Israel agreed to a ceasefire deal.", "CONCEDE", "0356"),
    ("Iran and Israel agreed on a ceasefire.", "CONCEDE", "0356"),
    # a peace deal is an agreement: reached, AGREE; signed, SUPPORT (manual 3.1, 3.3)
    ("Iran and Israel reached a peace deal on Monday.", "AGREE", "030"),
    ("Iran and Israel signed a peace accord in Doha.", "SUPPORT", "057"),
])
def test_ceasefire_deals_are_the_ceasefire(text, type_, cameo):
    events, _ = events_of(text)
    assert [(e.type, e.cameo) for e in shown(events)] == [(type_, cameo)], \
        [(e.type, e.cameo, e.modality) for e in events]


@pytest.mark.parametrize("text", [
    "Iran stopped fighting on Sunday.",
    "Iran ceased fighting in the region.",
    "Iran halted fighting after the talks.",
    "Iran halted its offensive against Israel.",
])
def test_fighting_stopped_is_a_de_escalation(text):
    """CAMEO 087 (de-escalate military engagement), PLOVER RETREAT (manual 3.7: "otherwise ending
    active conflicts", done): the stopping is the event, not an ASSAULT of the fighting stopped."""
    events, _ = events_of(text)
    assert [(e.type, e.cameo, e.modality) for e in shown(events)] == \
        [("RETREAT", "087", "asserted")], [(e.type, e.cameo, e.modality) for e in events]


def test_attacks_suspended_are_a_concession():
    """Suspending attacks, as suspending protests (manual 3.4), is CONCEDE: a pause promised."""
    events, _ = events_of("Iran suspended its attacks on Israel.")
    assert [(e.type, e.cameo) for e in shown(events)] == [("CONCEDE", "080")], \
        [(e.type, e.cameo, e.modality) for e in events]


def test_fighting_that_goes_on_is_no_de_escalation():
    events, _ = events_of("Iran refused to stop fighting.")
    assert "RETREAT" not in {e.type for e in shown(events)}
    events, _ = events_of("Iran did not stop fighting.")
    assert not [e for e in shown(events) if e.type == "RETREAT" and e.modality == "asserted"]


@pytest.mark.parametrize("text,cameo", [
    # material aid named by a noun under a support verb (CAMEO 07, PLOVER manual 3.6: "monetary
    # aid and financial guarantees, grants, gifts and credit", "humanitarian aid such as emergency
    # assistance")
    ("Japan sent disaster relief to the Philippines after the typhoon.", "073"),
    ("Japan provided emergency relief to the Philippines.", "073"),
    ("Japan resumed deliveries of food to the Philippines.", "070"),
    ("Russia resumed deliveries of weapons to Iran.", "072"),
    ("Japan donated a shipment of ventilators to the Philippines.", "070"),
    ("Japan announced an aid package for the Philippines.", "070"),
    ("Japan donated ventilators to the Philippines.", "070"),
    # marked as aid by a modifier or by aid goods after "of"
    ("Japan sent a shipment of humanitarian aid to the Philippines.", "070"),
    ("Japan delivered relief supplies to the Philippines.", "073"),
    ("Japan sent food shipments to the Philippines.", "070"),
    ("Japan sent a consignment of medicine to the Philippines.", "070"),
])
def test_material_aid_named_by_nouns(text, cameo):
    events, ids = events_of(text)
    aid = [e for e in shown(events) if e.type == "AID"]
    assert [e.cameo for e in aid] == [cameo], [(e.type, e.cameo, e.modality) for e in events]
    assert countries(aid[0], ids) == {"JPN" if "Japan" in text else "RUS"}


@pytest.mark.parametrize("text", [
    "Japan expressed relief at the result.",
    "The Philippines welcomed the relief from the heat.",
    "Japan delivered a speech to the Philippines.",
    # relief, deliveries and shipments not marked as aid are trade as often: no aid
    "Japan announced tax relief for farmers.",
    "Russia resumed deliveries of gas to Japan.",
    "Iran received a shipment of oil from Russia.",
    "Russia sent a consignment of oil to Japan.",
])
def test_relief_felt_and_speeches_delivered_are_no_aid(text):
    events, _ = events_of(text)
    assert "AID" not in {e.type for e in events}
