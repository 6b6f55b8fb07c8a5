"""Who did it to whom, and the type where the parties decide it (sixth session, issue 15: error
classes of the Wikinews labels' and conflibert_pentaclass's tune halves). Sentences written for
the test; actors given by hand."""

from __future__ import annotations

from dataclasses import replace

from dateline.events.stage import find_events

from test_events_helpers import event_at, make_work, parties, run_events


def test_a_participle_used_as_a_noun_is_a_party_not_a_trigger(nlp):
    text = "Officers arrested the accused near the station."
    events, by_id = run_events(nlp, text, {"of": ("NZL", "group", "Officers"),
                                           "ac": (None, "person", "the accused")})
    assert parties(events, by_id, "arrested", text) == (["Officers"], ["the accused"])
    assert not any(e.type == "ACCUSE" for e in events)  # nobody was accused here


def test_a_participle_with_its_own_object_stays_a_verb(nlp):
    text = "Police accused the driver of speeding."
    events, by_id = run_events(nlp, text, {"po": ("GBR", "group", "Police"),
                                           "dr": (None, "person", "driver")})
    assert parties(events, by_id, "accused", text) == (["Police"], ["driver"])


def test_a_message_on_a_platform_speaks_for_who_posted_it(nlp):
    text = "US envoy Ann Lee posted a message on Twitter blaming Moldova for the attacks."
    events, by_id = run_events(nlp, text, {"al": ("USA", "person", "Ann Lee"),
                                           "md": ("MDA", "country", "Moldova")})
    assert parties(events, by_id, "blaming", text) == (["Ann Lee"], ["Moldova"])


def test_a_subjectless_passive_clause_shares_the_governing_subject(nlp):
    text = "Several reporters were hurt after being beaten by rioters."
    events, by_id = run_events(nlp, text, {"re": (None, "group", "reporters"),
                                           "ri": (None, "group", "rioters")})
    beaten = parties(events, by_id, "beaten", text) if any(
        text[e.trigger.start:e.trigger.end] == "beaten" for e in events) else None
    hurt = parties(events, by_id, "hurt", text) if any(
        text[e.trigger.start:e.trigger.end] == "hurt" for e in events) else None
    # the beating targets the reporters; or it merged into the harm it caused, done by rioters
    assert (beaten or hurt) == (["rioters"], ["reporters"])


def test_the_doer_of_the_attack_a_harm_followed_from(nlp):
    text = "Four farmers were killed when bandits opened fire on a market."
    events, by_id = run_events(nlp, text, {"fa": (None, "group", "farmers"),
                                           "ba": (None, "group", "bandits")})
    assert parties(events, by_id, "killed", text) == (["bandits"], ["farmers"])


def test_a_harm_after_an_accident_takes_no_doer(nlp):
    text = "Four farmers were killed when a truck hit a market."
    events, by_id = run_events(nlp, text, {"fa": (None, "group", "farmers"),
                                           "tr": (None, "group", "truck")})
    assert all(not e.source for e in events if e.type == "ASSAULT")


def test_sanctions_lifted_target_whom_they_were_imposed_on(nlp):
    text = "The council lifted the sanctions imposed on Eritrea in 2009."
    events, by_id = run_events(nlp, text, {"co": (None, "organization", "council"),
                                           "er": ("ERI", "country", "Eritrea")})
    assert parties(events, by_id, "lifted", text) == (["council"], ["Eritrea"])


def test_a_small_clause_object_is_the_object(nlp):
    text = "Ruritania says it will not accept any refugees fleeing the fighting."
    events, by_id = run_events(nlp, text, {"ru": ("RUR", "country", "Ruritania", "it")})
    event = event_at(events, "accept", text)
    assert event.type == "REJECT" and [by_id[a].name for a in event.source] == ["Ruritania"]


def test_a_refusal_on_a_condition_is_an_ultimatum_to_whom_it_binds(nlp):
    text = "The militia will not free the hostages unless Ruritania frees its prisoners."
    events, by_id = run_events(nlp, text, {"mi": (None, "group", "militia"),
                                           "ru": ("RUR", "country", "Ruritania")})
    event = event_at(events, "free", text)
    assert (event.type, event.cameo, event.modality) == ("THREATEN", "139", "asserted")
    assert parties(events, by_id, "free", text) == (["militia"], ["Ruritania"])


def test_a_plain_refusal_stays_a_rejection(nlp):
    text = "The militia will not free the hostages."
    events, _ = run_events(nlp, text, {"mi": (None, "group", "militia")})
    assert event_at(events, "free", text).type == "REJECT"


def test_verbal_attacks_for_a_position_are_criticism(nlp):
    text = "The senator attacked the governor for his handling of the floods."
    events, by_id = run_events(nlp, text, {"se": ("USA", "person", "senator"),
                                           "go": ("USA", "person", "governor")})
    assert event_at(events, "attacked", text).type == "ACCUSE"
    text = "Gunmen attacked the village for its support of the army."
    events, _ = run_events(nlp, text, {"gu": (None, "group", "Gunmen")})
    assert event_at(events, "attacked", text).type == "ASSAULT"


def _with_sectors(nlp, text, actors, sectors):
    work = make_work(nlp, text, actors)
    work.actors = [replace(a, sector=sectors.get(a.id)) for a in work.actors]
    find_events(work)
    return work.events


def test_a_protest_ended_by_the_state_is_repression_and_promised_a_threat(nlp):
    text = "The government vowed to end the protests."
    events = _with_sectors(nlp, text, {"go": ("RUR", "group", "government")}, {"go": "GOV"})
    event = event_at(events, "end", text)
    assert (event.type, event.intended) == ("THREATEN", "ASSAULT")
    text = "Police ended the sit-in on Tuesday."
    events = _with_sectors(nlp, text, {"po": ("RUR", "group", "Police")}, {"po": "COP"})
    assert event_at(events, "ended", text).cameo == "175"


def test_a_protest_ended_by_its_own_crowd_is_a_concession(nlp):
    text = "The union vowed to end the protests."
    events = _with_sectors(nlp, text, {"un": ("RUR", "group", "union")}, {"un": "LAB"})
    assert event_at(events, "end", text).type == "CONCEDE"
    text = "The government ended its protests."  # its own (a possessive): called off
    events = _with_sectors(nlp, text, {"go": ("RUR", "group", "government")}, {"go": "GOV"})
    assert event_at(events, "ended", text).type == "CONCEDE"


def test_putting_down_an_uprising_is_repression(nlp):
    text = "The army crushed the rebellion in the north."
    events, _ = run_events(nlp, text, {"ar": ("RUR", "group", "army")})
    assert event_at(events, "crushed", text).cameo == "175"


def test_coercion_vowed_on_a_condition_is_a_threat(nlp):
    text = "Ruritania vowed to annex the province if the demands are not met."
    events, _ = run_events(nlp, text, {"ru": ("RUR", "country", "Ruritania")})
    event = event_at(events, "annex", text)
    assert (event.type, event.intended, event.modality) == ("THREATEN", "COERCE", "asserted")


def test_coercion_one_is_ready_to_use_is_a_threat(nlp):
    text = "The government is ready to ban foreign groups."
    events, _ = run_events(nlp, text, {"go": ("RUR", "group", "government")})
    assert event_at(events, "ban", text).type == "THREATEN"
