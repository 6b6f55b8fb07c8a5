"""Each pattern family of the events stage, on hand-built actors (no other stage involved)."""

from __future__ import annotations

import pytest

from test_events_helpers import countries, run_events

US = ("USA", "country", "The United States", "United States", "Washington", "US")
TALIBAN = ("AFG", "group", "Taliban")
PAK = ("PAK", "country", "Pakistan", "Islamabad")
ISR = ("ISR", "country", "Israel")
IRN = ("IRN", "country", "Iran")
RUS = ("RUS", "country", "Russia")
CHE = ("CHE", "country", "Switzerland")


def only(events, type_):
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} event in {[(e.type, e.cameo) for e in events]}"
    return found[0]


def test_verb_trigger_with_subject_and_object(nlp):
    events, ids = run_events(nlp, "The United States seized assets of Iran.", {"us": US, "ir": IRN})
    event = only(events, "COERCE")
    assert event.cameo == "171" and event.mode == "seize"
    assert countries(event, ids) == {"USA"} and countries(event, ids, "target") == {"IRN"}
    assert event.quad_class == 4 and event.goldstein < 0
    assert event.trigger.text == "seized"


def test_most_specific_lexicon_entry_wins(nlp):
    events, _ = run_events(nlp, "Iran called for the release of the prisoners.", {"ir": IRN})
    assert only(events, "REQUEST").cameo == "0253"


def test_passive_agent_is_source_and_subject_is_target(nlp):
    events, ids = run_events(nlp, "Iran was attacked by Israel.", {"ir": IRN, "is": ISR})
    event = only(events, "ASSAULT")
    assert countries(event, ids) == {"ISR"} and countries(event, ids, "target") == {"IRN"}


def test_support_verb_takes_code_from_noun(nlp):
    events, ids = run_events(nlp, "Washington will provide humanitarian aid to Pakistan.",
                             {"us": US, "pk": PAK})
    event = only(events, "AID")
    assert event.cameo == "073" and event.trigger.text == "aid"
    assert countries(event, ids, "target") == {"PAK"}


def test_support_verb_noun_with_prepositional_target(nlp):
    events, ids = run_events(nlp, "The US delegation had a meeting with Pakistan on Monday.",
                             {"us": US, "pk": PAK}, timexes=[("Monday", "DATE", "2021-11-22")])
    event = only(events, "CONSULT")
    assert countries(event, ids) == {"USA"} and countries(event, ids, "target") == {"PAK"}
    assert event.date == "2021-11-22" and event.date_basis == "clause"


def test_occurrence_noun_between_two_parties(nlp):
    events, ids = run_events(nlp, "Talks between Russia and Switzerland were held in Geneva.",
                             {"ru": RUS, "ch": CHE})
    event = only(events, "CONSULT")
    assert countries(event, ids) | countries(event, ids, "target") == {"RUS", "CHE"}
    assert event.modality == "asserted"


def test_compound_subject_of_symmetric_event_is_both_sides(nlp):
    events, ids = run_events(nlp, "Russia and Switzerland met yesterday.", {"ru": RUS, "ch": CHE})
    event = only(events, "CONSULT")
    assert countries(event, ids) == {"RUS", "CHE"} == countries(event, ids, "target")


def test_group_phrase_refers_to_last_parties(nlp):
    text = "The United States met the Taliban in Doha. The two sides will meet again in December."
    events, ids = run_events(nlp, text, {"us": US, "tb": TALIBAN},
                             timexes=[("December", "DATE", "2021-12")])
    planned = [e for e in events if e.modality == "planned"]
    assert planned and countries(planned[0], ids) | countries(planned[0], ids, "target") == {
        "USA", "AFG"}


def test_control_verb_passes_its_subject(nlp):
    events, ids = run_events(nlp, "Pakistan refuses to accept refugees.", {"pk": PAK})
    event = only(events, "REJECT")  # the refusal is the event, not the acceptance
    assert countries(event, ids) == {"PAK"}
    assert not [e for e in events if e.type in ("CONCEDE", "AID")]


def test_conjoined_verbs_share_the_subject(nlp):
    events, ids = run_events(nlp, "Pakistan tightened border control and deported some people.",
                             {"pk": PAK})
    assert countries(only(events, "COERCE"), ids) == {"PAK"}
    assert only(events, "COERCE").mode == "deport"


def test_reply_to_a_request_targets_the_requester(nlp):
    text = "The Taliban called for the release of the assets, but Washington rebuffed the call."
    events, ids = run_events(nlp, text, {"us": US, "tb": TALIBAN})
    reject = only(events, "REJECT")
    request = only(events, "REQUEST")
    assert countries(reject, ids) == {"USA"} and countries(reject, ids, "target") == {"AFG"}
    assert countries(request, ids, "target") == {"USA"}


def test_owner_of_a_role_noun(nlp):
    events, ids = run_events(nlp, "Pakistan met representatives of the Taliban.",
                             {"pk": PAK, "tb": TALIBAN})
    assert countries(only(events, "CONSULT"), ids, "target") == {"AFG"}


def test_receiving_turns_the_roles_round(nlp):
    events, ids = run_events(nlp, "Pakistan received weapons from Russia.", {"pk": PAK, "ru": RUS})
    event = only(events, "AID")
    assert countries(event, ids) == {"RUS"} and countries(event, ids, "target") == {"PAK"}


def test_no_actor_no_event(nlp):
    # cooperation needs its parties; an attack by someone unnamed is still an attack (below)
    events, _ = run_events(nlp, "Someone praised the new building.", {})
    assert events == []


def test_repeated_description_is_one_event(nlp):
    text = ("Washington will hold talks with the Taliban in Doha. "
            "The United States will hold talks with the Taliban next week.")
    events, _ = run_events(nlp, text, {"us": US, "tb": TALIBAN},
                           timexes=[("next week", "DATE", "2021-W48")])
    consults = [e for e in events if e.type == "CONSULT"]
    assert len(consults) == 1
    assert consults[0].date == "2021-W48" and len(consults[0].mentions) == 1


@pytest.mark.parametrize("text", ["Iran attacked Israel.", "Israel was attacked by Iran."])
def test_spans_align_with_text(nlp, text):
    events, _ = run_events(nlp, text, {"ir": IRN, "is": ISR})
    for event in events:
        for span in (event.trigger, event.evidence, *event.mentions):
            assert text[span.start:span.end] == span.text


def test_threat_takes_the_target_of_what_is_threatened(nlp):
    events, ids = run_events(nlp, "Iran threatened to impose sanctions on Israel.",
                             {"ir": IRN, "is": ISR})
    event = only(events, "THREATEN")
    assert event.cameo == "1312" and countries(event, ids, "target") == {"ISR"}


def test_money_given_is_economic_aid(nlp):
    events, ids = run_events(nlp, "Russia gave $2 billion to Iran.", {"ru": RUS, "ir": IRN})
    event = only(events, "AID")
    assert event.cameo == "071" and countries(event, ids, "target") == {"IRN"}


def test_named_country_preferred_over_forces_as_target(nlp):
    events, ids = run_events(nlp, "Russia will send troops to Iran.",
                             {"ru": RUS, "ir": IRN, "tr": (None, "group", "troops")})
    event = only(events, "MOBILIZE")
    assert countries(event, ids, "target") == {"IRN"} and event.modality == "planned"


def test_lemmatizer_slip_is_recovered(nlp):
    events, ids = run_events(nlp, "Iran staged a protest against Israel.", {"ir": IRN, "is": ISR})
    assert only(events, "PROTEST").trigger.text == "protest"


def test_accused_party_does_the_gerund(nlp):
    events, ids = run_events(nlp, "Iran accused Russia of massing troops on the border.",
                             {"ir": IRN, "ru": RUS})
    event = only(events, "MOBILIZE")
    assert countries(event, ids) == {"RUS"} and event.reported_by == "ir"


def test_mediation_between_two_parties(nlp):
    events, ids = run_events(nlp, "Switzerland mediated between Iran and Israel.",
                             {"ch": CHE, "ir": IRN, "is": ISR})
    event = only(events, "CONSULT")
    assert countries(event, ids) == {"CHE"} and countries(event, ids, "target") == {"IRN", "ISR"}


def test_different_modes_are_different_events(nlp):
    events, _ = run_events(nlp, "Pakistan seized the assets on Monday, arresting the Taliban.",
                           {"pk": PAK, "tb": TALIBAN})
    assert {e.mode for e in events if e.type == "COERCE"} == {"seize", "arrest"}


def test_broker_is_not_a_target(nlp):
    events, ids = run_events(nlp, "Iran and Israel agreed to a ceasefire brokered by Russia.",
                             {"ir": IRN, "is": ISR, "ru": RUS})
    assert all("RUS" not in countries(e, ids, "target") for e in events)


def test_possessed_event_noun(nlp):
    events, ids = run_events(nlp, "Russia's invasion of Iran has killed many people.",
                             {"ru": RUS, "ir": IRN})
    invasion = [e for e in events if e.trigger.text == "invasion"]
    assert invasion and countries(invasion[0], ids) == {"RUS"}
    assert countries(invasion[0], ids, "target") == {"IRN"}


def test_quantity_object_reaches_its_noun(nlp):
    events, _ = run_events(nlp, "Iran released hundreds of prisoners.", {"ir": IRN})
    assert only(events, "RETREAT").cameo == "0841"


def test_publishing_a_report_is_no_release(nlp):
    events, _ = run_events(nlp, "Iran released a report on Israel.", {"ir": IRN, "is": ISR})
    assert not [e for e in events if e.type == "RETREAT"]


def test_planning_an_attack_is_not_a_threat(nlp):
    events, _ = run_events(nlp, "Iran helped to plan attacks on Israel.", {"ir": IRN, "is": ISR})
    assert not [e for e in events if e.type == "THREATEN"]


def test_meeting_to_discuss_is_one_meeting_and_topics_are_no_targets(nlp):
    events, ids = run_events(nlp, "Iran met Russia in Moscow to discuss the war in Israel.",
                             {"ir": IRN, "ru": RUS, "is": ISR})
    consults = [e for e in events if e.type == "CONSULT"]
    assert len(consults) == 1 and countries(consults[0], ids, "target") == {"RUS"}


def test_condemning_the_attack_targets_the_attacker(nlp):
    text = "Russia shelled Iran on Monday. Israel condemned the attack."
    events, ids = run_events(nlp, text, {"ru": RUS, "ir": IRN, "is": ISR})
    event = only(events, "ACCUSE")
    assert countries(event, ids) == {"ISR"} and countries(event, ids, "target") == {"RUS"}


def test_call_on_someone_to_act_makes_them_the_doer(nlp):
    events, ids = run_events(nlp, "Iran called on Russia to lift sanctions on Israel.",
                             {"ir": IRN, "ru": RUS, "is": ISR})
    event = only(events, "RETREAT")
    assert countries(event, ids) == {"RUS"} and event.modality == "requested"


def test_partner_of_a_prepositional_object(nlp):
    events, ids = run_events(nlp, "Iran agreed to a prisoner exchange with Israel.",
                             {"ir": IRN, "is": ISR})
    assert countries(only(events, "AGREE"), ids, "target") == {"ISR"}


def test_verbless_headline_with_possessed_event_noun(nlp):
    # the clause search climbs to the root; a root without a verb must end the climb
    events, ids = run_events(nlp, "Russia's invasion of Iran.", {"ru": RUS, "ir": IRN})
    assert countries(only(events, "ASSAULT"), ids) == {"RUS"}


def test_ready_to_help_passes_the_subject_and_helped_party_is_target(nlp):
    events, ids = run_events(nlp, "Iran said Russia was ready to help Israel rebuild its port.",
                             {"ir": IRN, "ru": RUS, "is": ISR})
    event = only(events, "AID")
    assert countries(event, ids) == {"RUS"} and countries(event, ids, "target") == {"ISR"}
    assert event.modality == "planned" and event.reported_by == "ir"


def test_visit_for_talks_with_someone(nlp):
    events, ids = run_events(nlp, "Iran's minister arrived in Moscow for talks with Russia.",
                             {"ir": IRN, "ru": RUS})
    assert countries(only(events, "CONSULT"), ids, "target") == {"RUS"}


def test_evidence_starts_at_the_sentence_not_a_stray_quote(nlp):
    text = 'Russia said it "would never meet Israel."\n\nIran attacked Israel on Monday.'
    events, _ = run_events(nlp, text, {"ru": RUS, "ir": IRN, "is": ISR})
    attack = only(events, "ASSAULT")
    assert attack.evidence.text.startswith("Iran attacked")
    assert text[attack.evidence.start:attack.evidence.end] == attack.evidence.text


@pytest.mark.parametrize("text, type_", [
    ("Protests broke out in the township on Monday.", "PROTEST"),
    ("Clashes broke out near the stadium after the match.", "ASSAULT"),
    ("A bomb exploded near the market, killing four people.", "ASSAULT"),
    ("The lawsuit was filed in the district court.", "ACCUSE"),
])
def test_events_of_some_types_stand_without_parties(nlp, text, type_):
    events, _ = run_events(nlp, text, {})
    event = only(events, type_)
    assert not event.source and not event.target


@pytest.mark.parametrize("text", [
    "The fire started at about 7 pm in the kitchen.",
    "Thai law forbids speaking ill of the royal family.",
    "The talks were held in Doha on Monday.",
    "No one tried to storm the base.",
    "The butterflies occupied six hectares this year.",
])
def test_no_partyless_event_from_accidents_texts_cooperation_or_negation(nlp, text):
    events, _ = run_events(nlp, text, {})
    assert events == [], [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text, type_", [
    ("Violence erupted in the city after the verdict.", "ASSAULT"),
    ("Thousands took to the streets of the capital.", "PROTEST"),
    ("A youth died after being hit by a police bullet.", "ASSAULT"),
    ("Rioters set fire to a school in the town.", "ASSAULT"),
    ("Two men were murdered in the township on Sunday.", "ASSAULT"),
])
def test_violence_and_protest_vocabulary(nlp, text, type_):
    events, _ = run_events(nlp, text, {})
    only(events, type_)


def test_calling_a_strike_is_no_phone_call(nlp):
    events, _ = run_events(nlp, "The unions called a general strike on Monday.",
                           {"u": (None, "group", "unions")})
    assert only(events, "PROTEST").cameo == "143"
    assert not [e for e in events if e.type == "CONSULT"]


def test_injured_in_a_fall_is_no_assault(nlp):
    events, _ = run_events(nlp, "The mayor was injured in a fall at his home.", {})
    assert events == []


@pytest.mark.parametrize("text", [
    "Members of the union gathered in front of the office to demand unpaid salaries.",
    "Traders observed a shutdown in the town against the killing.",
    "Workers took out a procession in the city.",
    "Villagers burnt the effigy of the minister.",
])
def test_protest_as_crowds_report_it(nlp, text):
    events, _ = run_events(nlp, text, {"g": (None, "group", "union", "Traders", "Workers",
                                             "Villagers")})
    only(events, "PROTEST")


def test_a_crowds_blockade_is_a_protest_and_an_armys_is_not(nlp):
    crowd, _ = run_events(nlp, "Protesters blockaded the roads with burning tyres.",
                          {"p": (None, "group", "Protesters")})
    assert only(crowd, "PROTEST").cameo == "144"
    army, _ = run_events(nlp, "The Russian army blockaded the port city.",
                         {"r": ("RUS", "group", "Russian army")})
    assert only(army, "COERCE").cameo == "191"


def test_protests_underway_take_place(nlp):
    events, _ = run_events(nlp, "Protests were underway in the town on Monday.", {})
    only(events, "PROTEST")


def test_killed_in_an_encounter_is_an_attack_without_named_parties(nlp):
    events, _ = run_events(nlp, "A youth was killed in a police encounter.", {})
    only(events, "ASSAULT")


def test_a_light_verbs_noun_is_the_trigger_and_gives_the_type(nlp):
    """"staged a sit-in": the hyphenated noun whole is the trigger; "carried out strikes on" a
    place is a military strike (195), not a labour strike (143), which "a strike on Monday" and
    "went on strike" stay."""
    text = "Israel carried out strikes on Iran overnight."
    events, ids = run_events(nlp, text, {"is": ISR, "ir": IRN})
    event = only(events, "ASSAULT")
    assert event.cameo == "195" and text[event.trigger.start:event.trigger.end] == "strikes"
    assert countries(event, ids) == {"ISR"} and countries(event, ids, "target") == {"IRN"}
    for text in ("Iran's teachers began a strike on Monday.", "Iran's teachers went on strike."):
        events, _ = run_events(nlp, text, {"ir": IRN})
        assert only(events, "PROTEST").cameo == "143", text
    text = "Iran's teachers staged a sit-in outside the ministry."
    events, _ = run_events(nlp, text, {"ir": IRN})
    event = only(events, "PROTEST")
    assert text[event.trigger.start:event.trigger.end] == "sit-in"


def test_a_particle_parsed_as_a_preposition_still_reads_out_of(nlp):
    """"pulled out of the talks": the parser takes "out" for a preposition holding "of"; the
    lexicon's "pull" + particle "out" + "of" talks (leaving talks, SANCTION 160) still matches,
    and a plain "pulled the cart" stays no event."""
    events, ids = run_events(nlp, "Russia pulled out of the treaty with Iran.",
                             {"ru": RUS, "ir": IRN})
    event = only(events, "SANCTION")
    assert event.cameo == "160" and countries(event, ids) == {"RUS"}
    events, _ = run_events(nlp, "Russia pulled the cart.", {"ru": RUS})
    assert not [e for e in events if e.type == "SANCTION"]


def test_blacklisting_is_a_sanction_and_a_stated_one_a_threat(nlp):
    """"blacklisted" a party is a sanction (CAMEO 163, SANCTION); "will blacklist" a threat of one
    (THREATEN 1312, ``intended`` SANCTION), by PLOVER's convention for stated intentions."""
    events, ids = run_events(nlp, "The United States blacklisted Iran's central bank.",
                             {"us": US, "ir": IRN})
    event = only(events, "SANCTION")
    assert event.cameo == "163" and countries(event, ids) == {"USA"}
    events, _ = run_events(nlp, "The United States said it would blacklist Iran's central bank.",
                           {"us": US, "ir": IRN})
    event = only(events, "THREATEN")
    assert event.cameo == "1312" and event.intended == "SANCTION"


def test_blame_said_of_an_act_is_criticism(nlp):
    """Words of blame (``data/blame_nouns.txt``) said of an act or a party, in a description, a
    label or a copular clause reported by a speaker, are ACCUSE 111 by the speaker; praise, a
    negated copula and reporting without blame are not."""
    for text in ("Iran described the sanctions as a sham.",
                 "Iran branded the American envoy a hypocrite.",
                 "\"This is a disgrace,\" Iran said of the sanctions.",
                 "Iran said the new sanctions were unjust.",
                 "Iran told reporters that the decision was shameful.",
                 "Iran said the new sanctions were unfair and illegal.",
                 "\"It would be an outrage,\" Iran commented."):
        events, ids = run_events(nlp, text, {"ir": IRN})
        event = only(events, "ACCUSE")
        assert event.cameo == "111" and countries(event, ids) == {"IRN"}, text
    for text in ("Iran said the new bridge was a success.",
                 "Iran said the sanctions were not unjust.",
                 "Iran said the talks were long.",
                 "Iran described the sanctions as a burden."):
        events, _ = run_events(nlp, text, {"ir": IRN})
        assert not [e for e in events if e.type == "ACCUSE"], text
    # A verb that is also a word of blame is the clause's act, not a judgement of it: the frame
    # gives no criticism (the learned layer may still rate the report, far under the cut).
    for text in ("Iran said it would breach the deal.",
                 "Officials said the men would abuse the system."):
        events, _ = run_events(nlp, text, {"ir": IRN})
        assert not [e for e in events if e.cameo == "111"], text


def test_charges_brought_and_faced_are_accusations(nlp):
    """Charges and suits brought, pressed, levelled or unsealed are ACCUSE by who brings them;
    the party that faces charges, a suit or an investigation is their target, and facing
    anything else is no event."""
    actors = {"ir": IRN, "is": ISR}
    for text, cameo in (("Israel pressed charges against Iran.", "1121"),
                        ("Israel brought a lawsuit against Iran.", "115"),
                        ("Israel levelled accusations of fraud against Iran.", "1121")):
        events, ids = run_events(nlp, text, actors)
        event = only(events, "ACCUSE")
        assert event.cameo == cameo and countries(event, ids) == {"ISR"}, text
    for text, cameo in (("Iran faces charges of espionage.", "1121"),
                        ("Iran is to face trial in May.", "1121"),
                        ("Iran faced an investigation into the bombing.", "090")):
        events, ids = run_events(nlp, text, actors)
        event = only(events, "ACCUSE")
        assert event.cameo == cameo and countries(event, ids, "target") == {"IRN"}, text
        assert not event.source, text
    for text in ("Iran faces a difficult choice.", "Iran faced strong winds on Monday."):
        events, _ = run_events(nlp, text, actors)
        assert not [e for e in events if e.origin != "model"], text


def coded_by_israel(nlp, texts, type_, cameo):
    """Each of ``texts`` has an event of ``type_`` and ``cameo`` by Israel; their events."""
    out = []
    for text in texts:
        events, ids = run_events(nlp, text, {"ir": IRN, "is": ISR})
        event = only(events, type_)
        assert event.cameo == cameo and countries(event, ids) == {"ISR"}, text
        out.append(events)
    return out


def test_threats_set_off_or_named_by_a_noun_are_no_attack(nlp):
    """A threat to shell is THREATEN 138 with the threatened party as target, and no ASSAULT,
    also with an adjunct between the verb and its infinitive and as the noun "threat"."""
    for events in coded_by_israel(
            nlp, ("Israel threatened on Monday to shell the Iranian positions near Tehran.",
                  "Israel's threat to shell Iran drew condemnation.",
                  "Israel threatened that it would shell Iran."), "THREATEN", "138"):
        assert not [e for e in events if e.type == "ASSAULT"]


def test_firearms_discharged_and_attacks_survived(nlp):
    """Discharging firearms is ASSAULT 193; who survived an attack is its target; a natural cause
    measuring human acts ("a wave of clashes") does not make a shooting natural."""
    events, ids = run_events(nlp, "Israel discharged their firearms at the crowd.", {"is": ISR})
    assert only(events, "ASSAULT").cameo == "193"
    events, ids = run_events(nlp, "Iran survived an airstrike by Israel in 2019.",
                             {"ir": IRN, "is": ISR})
    assert countries(only(events, "ASSAULT"), ids, "target") == {"IRN"}
    events, ids = run_events(
        nlp, "Israel shot dead at least three civilians in a renewed wave of clashes.",
        {"is": ISR})
    assert countries(only(events, "ASSAULT"), ids) == {"ISR"}
    events, _ = run_events(nlp, "Israel said three people were killed in a heat wave.",
                           {"is": ISR})
    assert not [e for e in events if e.type == "ASSAULT" and e.origin != "model"]


def test_tributes_are_support(nlp):
    """Saluting, admiring or paying homage to a party is SUPPORT 051 (CAMEO praise); paying for
    something is no event."""
    for text in ("Iran saluted Israel for its courage.", "Iran paid homage to Israel.",
                 "Iran has long admired Israel."):
        events, ids = run_events(nlp, text, {"ir": IRN, "is": ISR})
        event = only(events, "SUPPORT")
        assert event.cameo == "051" and countries(event, ids) == {"IRN"}, text
    events, _ = run_events(nlp, "Iran said it would pay for the damage.", {"ir": IRN})
    assert not [e for e in events if e.type == "SUPPORT"]


def test_a_subpoena_is_a_demand(nlp):
    """Subpoenaing, or a subpoena issued or authorized, is REQUEST 100 (CAMEO demand) by who
    issues it."""
    coded_by_israel(nlp, ("Israel subpoenaed the minutes of the talks with Iran.",
                          "Israel issued a subpoena to Iran for the documents.",
                          "Israel authorized subpoenas for documents relating to Iran."),
                    "REQUEST", "100")


def test_criticism_and_backing_in_more_of_their_verbs(nlp):
    """Deploring, decrying, castigating, lambasting or mocking a party is ACCUSE 111 (CAMEO
    criticize or denounce), admonishing it 110; support or criticism voiced is as expressed, and
    extolling is praise (SUPPORT 051). A mock election and concern voiced are neither."""
    coded_by_israel(nlp, ("Israel deplored Iran's decision.", "Israel decried the decision of Iran.",
                          "Israel castigated Iran over the closure.",
                          "Israel lambasted Iran over the budget.", "Israel mocked Iran.",
                          "Israel voiced criticism of Iran."), "ACCUSE", "111")
    coded_by_israel(nlp, ("Israel admonished Iran for the delay.",), "ACCUSE", "110")
    coded_by_israel(nlp, ("Israel voiced support for Iran's plan.", "Israel extolled Iran."),
                    "SUPPORT", "051")
    for text in ("Israel held a mock election with Iran.", "Israel voiced concern over Iran."):
        events, _ = run_events(nlp, text, {"ir": IRN, "is": ISR})
        assert not [e for e in events if e.type in ("ACCUSE", "SUPPORT")], text


def test_rulings_of_unlawfulness_in_a_clause_and_clemency(nlp):
    """A court ruling or finding that an act was unlawful is SANCTION 116, as "found it unlawful"
    is; a vote ruled valid is none. Clemency granted is CONCEDE 081, as a pardon is."""
    court = {"sc": ("ISR", "organization", "Supreme Court")}
    for text in ("The Supreme Court ruled that the decree was unlawful.",
                 "The Supreme Court found that the decree was illegal."):
        events, _ = run_events(nlp, text, court)
        assert only(events, "SANCTION").cameo == "116", text
    events, _ = run_events(nlp, "The Supreme Court ruled that the vote was valid.", court)
    assert not [e for e in events if e.type == "SANCTION"]
    coded_by_israel(nlp, ("Israel granted clemency to twelve Iranian prisoners.",),
                    "CONCEDE", "081")


def test_armed_groups_disbanded_or_dissolving_themselves_retreat(nlp):
    """Disbanding or demobilizing a force, or a group dissolving itself, is RETREAT 087 (CAMEO
    de-escalate); a rally disbanded is dispersed, no retreat."""
    coded_by_israel(nlp, ("Israel disbanded the militia.", "Israel has dissolved itself.",
                          "Israel demobilized its reserve units."), "RETREAT", "087")
    events, _ = run_events(nlp, "Israeli police disbanded the rally.", {"is": ISR})
    assert not [e for e in events if e.type == "RETREAT"]


def test_arrests_in_more_of_their_verbs_and_fires_set_ablaze(nlp):
    """Apprehending, handcuffing and incarcerating are arrests (COERCE 173); "apprehended that"
    (feared) is none. "Set ablaze" before its object, which the parser reads as an adverb, is
    arson (ASSAULT 1712), as "set ablaze" after it already was."""
    coded_by_israel(nlp, ("Israel apprehended the Iranian agents.",
                          "Israel handcuffed the Iranian diplomat.",
                          "Israel incarcerated the Iranian sailors."), "COERCE", "173")
    events, _ = run_events(nlp, "Israel apprehended that Iran would attack.",
                           {"ir": IRN, "is": ISR})
    assert not [e for e in events if e.type == "COERCE"]
    coded_by_israel(nlp, ("Israel set ablaze the Iranian embassy.",), "ASSAULT", "1712")

