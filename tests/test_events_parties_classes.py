"""Who did it to whom, by error class (fifth session, conflibert_pentaclass tune half and the
Wikinews labels' tune half): a name the actors stage left out in a list of addressees, the issuer
of a text that accuses or calls, the maker of a rule that is defied, the recipient named deep in
the object, the country a doer acted in, the doer named by a modifier of an act of force, and "we"
in a quotation. Sentences written for the test; actors given by hand."""

from __future__ import annotations

from dateline.model import Quote, Speaker
from dateline.events.stage import find_events

from test_events_helpers import make_work, parties, run_events


def test_a_name_that_is_no_actor_does_not_end_a_list_of_addressees(nlp):
    text = "Maria Ortega urged Scandinavia and Canada to press Venezuela."
    events, by_id = run_events(nlp, text, {"mo": (None, "person", "Maria Ortega"),
                                           "ca": ("CAN", "country", "Canada"),
                                           "ve": ("VEN", "country", "Venezuela")})
    assert parties(events, by_id, "urged", text) == (["Maria Ortega"], ["Canada"])


def test_a_list_of_topics_still_ends_at_its_first_noun(nlp):
    text = "The ministers discussed operations against the rebels and humanitarian assistance."
    events, by_id = run_events(nlp, text, {"mi": ("FRA", "group", "ministers"),
                                           "rb": (None, "group", "rebels")})
    assert parties(events, by_id, "discussed", text)[1] == []


def test_the_issuer_of_a_report_accuses(nlp):
    text = "Human Rights Monitor released a report accusing the Malian army of abuses."
    events, by_id = run_events(nlp, text, {"hr": (None, "organization", "Human Rights Monitor"),
                                           "ma": ("MLI", "group", "Malian army")})
    assert parties(events, by_id, "accusing", text) == (["Human Rights Monitor"],
                                                          ["Malian army"])


def test_a_law_is_not_issued_by_whoever_reports_it(nlp):
    text = "Senator Ann Reed said a law allowing Peru to extradite suspects was a mistake."
    events, by_id = run_events(nlp, text, {"ar": ("USA", "person", "Ann Reed"),
                                           "pe": ("PER", "country", "Peru")})
    allowing = [e for e in events if text[e.trigger.start:e.trigger.end] == "allowing"]
    assert all("ar" not in e.source for e in allowing)


def test_a_rule_defied_is_its_makers(nlp):
    text = "The union rejected the European Commission's regulations."
    events, by_id = run_events(nlp, text, {"un": ("HUN", "group", "union"),
                                           "ec": (None, "organization", "European Commission")})
    assert parties(events, by_id, "rejected", text)[1] == ["European Commission"]


def test_the_recipient_named_deep_inside_the_object(nlp):
    text = ("The minister approved the release of 40 million dollars in emergency assistance "
            "to Nepal.")
    events, by_id = run_events(nlp, text, {"mi": ("JPN", "person", "minister"),
                                           "np": ("NPL", "country", "Nepal")})
    assert parties(events, by_id, "release", text) == (["minister"], ["Nepal"])


def test_a_topic_is_no_deep_target_of_a_consultation(nlp):
    text = "Kenya and Uganda discussed plans for operations against al-Shabaab."
    events, by_id = run_events(nlp, text, {"ke": ("KEN", "country", "Kenya"),
                                           "ug": ("UGA", "country", "Uganda"),
                                           "as": ("SOM", "group", "al-Shabaab")})
    assert all("as" not in e.target for e in events)


def test_the_doer_of_an_attack_named_by_its_modifier(nlp):
    text = "In 2009, the pipeline was the target of a Boko Haram rocket attack."
    events, by_id = run_events(nlp, text, {"bh": ("NGA", "group", "Boko Haram")})
    assert parties(events, by_id, "attack", text)[0] == ["Boko Haram"]


def test_a_place_modifier_is_no_doer(nlp):
    text = "The ministry said the Lagos bombing killed nine people."
    events, by_id = run_events(nlp, text, {"la": ("NGA", "organization", "Lagos"),
                                           "mi": ("NGA", "group", "ministry")})
    bombing = [e for e in events if text[e.trigger.start:e.trigger.end] == "bombing"]
    # "Lagos" tagged a place by spaCy: where, not who
    assert all("la" not in e.source for e in bombing)


def test_we_in_a_quotation_is_its_speaker(nlp):
    text = ('"We have made a second arrest in connection with the theft."\n\n'
            'Inspector Tom Grey of Kent Police gave the update on Monday.')
    work = make_work(nlp, text, {"tg": ("GBR", "person", "Tom Grey")})
    start = text.index("Tom Grey")
    work.quotes = [Quote(0, text.index("\n") - 1, text[:text.index("\n") - 1], "direct",
                         speaker=Speaker(start, start + 8, "Tom Grey", actor="tg"))]
    find_events(work)
    by_id = {a.id: a for a in work.actors}
    assert parties(work.events, by_id, "arrest", text)[0] == ["Tom Grey"]


def test_the_country_a_doer_acted_in_is_the_target(nlp):
    text = "Turkish jets attacked militant camps on Tuesday in northern Iraq."
    events, by_id = run_events(nlp, text, {"tu": ("TUR", "country", "Turkish"),
                                           "iq": ("IRQ", "country", "Iraq")})
    assert parties(events, by_id, "attacked", text) == (["Turkish"], ["Iraq"])
    text = "Japan deployed medical teams in Nepal on Monday."
    events, by_id = run_events(nlp, text, {"jp": ("JPN", "country", "Japan"),
                                           "np": ("NPL", "country", "Nepal")})
    assert parties(events, by_id, "deployed", text) == (["Japan"], ["Nepal"])


def test_the_doers_own_country_is_no_target(nlp):
    text = "Iraqi jets attacked militant camps on Tuesday in northern Iraq."
    events, by_id = run_events(nlp, text, {"iq": ("IRQ", "country", "Iraqi", "Iraq")})
    assert parties(events, by_id, "attacked", text)[1] == []


def test_an_act_without_a_doer_takes_no_place_as_target(nlp):
    text = "Two bombings took place in Tunisia last week."
    events, by_id = run_events(nlp, text, {"tn": ("TUN", "country", "Tunisia")})
    assert all(not e.target for e in events)
