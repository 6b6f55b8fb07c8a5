"""PLOVER's conventions and the events stage's precision rules on constructed sentences (not
gold ones), on hand-built actors so that no other stage is involved: police actions, natural
causes, imperatives, contests, publications, obligations, dates of the narrative, event places."""

from __future__ import annotations

from datetime import date

import pytest

from dateline import nlp as nlp_module
from dateline.events import learned
from dateline.events.stage import COMPANION_CONFIDENCE, find_events
from test_events_helpers import make_work, run_events


pytestmark = pytest.mark.usefixtures("patterns_alone")  # conftest.py: the patterns alone


POLICE = (None, "group", "police", "Police", "Security forces", "security forces", "The police")
CROWD = (None, "group", "protesters", "demonstrators", "farmers", "students")
BIDEN = ("USA", "person", "Joe Biden", "Biden")
TRUMP = ("USA", "person", "Donald Trump", "Trump")
GALLUP = ("USA", "organization", "Gallup")
COMPANY = (None, "organization", "The company", "Acme")
OFFICIALS = ("CHN", "group", "Chinese officials")
RESIDENTS = (None, "group", "Residents", "residents")
ACTORS = {"po": POLICE, "cr": CROWD, "bi": BIDEN, "tr": TRUMP, "ga": GALLUP, "co": COMPANY,
          "cn": OFFICIALS, "re": RESIDENTS}


def shown(text, **kwargs):
    events, ids = run_events(nlp_module.load(), text, ACTORS, **kwargs)
    return [e for e in events if e.confidence > COMPANION_CONFIDENCE], ids


def names(event, ids, field="source"):
    return [ids[a].name for a in getattr(event, field)]


@pytest.mark.parametrize("text, cameo", [
    ("Security forces lobbed tear gas shells at the protesters.", "175"),
    ("Police baton-charged the demonstrators.", "175"),
    ("Police charged the protesters with batons.", "175"),
    ("The police resorted to a baton charge against the farmers.", "175"),
    ("Police used pepper spray on the students.", "175"),
    ("Police opened fire on the protesters.", "193"),
    ("Police fired in the air to disperse the protesters.", "193"),
    ("Police burst tear gas shells at the protesters.", "175"),
    ("The police resorted to firing on the protesters.", "193"),
    ("Police took the protesters into custody.", "173"),
])
def test_police_actions_by_the_police(text, cameo):
    events, ids = shown(text)
    expected = "COERCE" if cameo == "173" else "ASSAULT"
    assert [(e.type, e.cameo) for e in events] == [(expected, cameo)]
    assert names(events[0], ids) == ["police"]


def test_charged_with_a_crime_is_an_accusation():
    """Charges are ACCUSE allege (current PLOVER manual), not a baton charge nor an arrest."""
    events, _ = shown("Police charged the protesters with rioting.")
    assert [(e.type, e.mode, e.cameo) for e in events] == [("ACCUSE", "allege", "1121")]


def test_thrown_stones_are_a_riot():
    events, ids = shown("Residents threw stones at the police.")
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "riot")]
    assert names(events[0], ids) == ["Residents"]


@pytest.mark.parametrize("text", [
    "The earthquake killed 30 students.",
    "Twelve students were killed in a landslide.",
    "Five students died in a bus accident.",
    "Chinese officials confirmed it has infected 200 students and killed three.",
    # wounds from no attack (patterns._harms_undergone)
    "Two students suffered injuries in a car accident.",
    "Two students sustained knee injuries in the match.",
    "Two students sustained injuries in the blast at the factory.",
    "Two students were hurt in a road accident.",
    "The police said the delays hurt the students.",
])
def test_natural_causes_are_no_assault(text):
    events, _ = shown(text)
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Please sign up for Gallup newsletters.",
    "Sign the Gallup petition now.",
    "Biden is beating Trump in the contest.",
    "Biden beat Trump in the New Hampshire primary.",
    "Gallup released a poll showing Biden ahead.",
])
def test_trigger_words_that_name_no_event(text):
    events, _ = shown(text)
    assert events == []


def test_an_attack_on_an_investigation_is_criticism():
    events, ids = shown("Trump attacked the investigation as a witch hunt.")
    assert [(e.type, e.cameo) for e in events] == [("ACCUSE", "111")]
    assert names(events[0], ids) == ["Donald Trump"]


def test_calling_a_thing_a_name_is_criticism():
    events, _ = shown("Biden called Trump's conduct a disgrace.")
    assert [e.type for e in events] == ["ACCUSE"]


@pytest.mark.parametrize("text, modality", [
    ("The company had to apologise to the students.", "asserted"),
    ("The company has to apologise to the students.", "hypothetical"),
])
def test_obligations(text, modality):
    events, _ = shown(text)
    assert [(e.type, e.modality) for e in events] == [("CONCEDE", modality)]


def test_a_need_is_not_a_report_that_it_was_done():
    events, _ = shown("The company needed to apologise to the students.")
    assert events and all(e.modality != "asserted" for e in events)


def test_a_pronoun_does_not_take_a_plural_antecedent():
    events, ids = shown("Chinese officials said it arrested the protesters.")
    assert all("Chinese officials" not in names(e, ids) for e in events)


def test_an_undated_event_takes_the_date_of_the_narrative():
    """Of an earlier telling of the same occurrence (the same type), not of another event
    (fifth session; tests/test_events_anchoring.py)."""
    text = ("Yesterday, police arrested ten protesters. "
            "Twelve students were also detained. The protesters criticised the police.")
    events, _ = run_events(nlp_module.load(), text, ACTORS,
                           timexes=[("Yesterday", "DATE", "2021-11-23")])
    arrest = [e for e in events if e.type == "COERCE"]
    assert len(arrest) == 2 and arrest[1].date == "2021-11-23" and \
        arrest[1].date_basis == "context"
    assert all(e.date_basis == "publication" for e in events if e.type == "ACCUSE")


def test_a_hypothetical_event_keeps_the_publication_date():
    text = ("Yesterday, police fired tear gas at the protesters. "
            "Police may arrest the students.")
    events, _ = run_events(nlp_module.load(), text, ACTORS,
                           timexes=[("Yesterday", "DATE", "2021-11-23")])
    assert all(e.date_basis != "context" for e in events)


def test_a_dateline_line_does_not_date_the_lede():
    text = "Monday, November 22, 2021\nPolice arrested twelve students."
    events, _ = run_events(nlp_module.load(), text, ACTORS,
                           timexes=[("Monday, November 22, 2021", "DATE", "2021-11-22")],
                           published=date(2021, 11, 24))
    assert events and events[0].date_basis == "publication"
    assert events[0].evidence.text == "Police arrested twelve students."


def test_clause_extent_is_the_events_own_clause(nlp):
    from dateline.events.anchoring import clause_extent

    text = ("Police arrested twelve students in Lahore after officials said that rebels "
            "attacked Kabul.")
    doc = nlp(text)
    arrested = next(t for t in doc if t.text == "arrested")
    start, end = clause_extent(arrested, arrested)
    assert "in Lahore" in text[start:end] and "Kabul" not in text[start:end]


def test_the_places_stage_is_asked_with_the_clause_span(monkeypatch):
    """The events stage asks ``event_place`` for the clause first (so that its basis "clause"
    can apply), then for the trigger's position."""
    from dateline.events import stage as stage_module

    calls = []

    def fake_event_place(work, start, end):
        calls.append(work.text[start:end])
        return None

    monkeypatch.setattr(stage_module, "_event_place_function", lambda: fake_event_place)
    text = "Police arrested twelve students after officials said that rebels attacked Kabul."
    work = make_work(nlp_module.load(), text, ACTORS)
    find_events(work)
    assert calls and calls[0].startswith("Police arrested twelve students")
    assert "Kabul" not in calls[0] and "" in calls


@pytest.mark.parametrize("text", [
    "Chinese law forbids protests by students.",
    "Gallup offers services to Biden.",
    "Biden signed an executive order.",
    "The police officers' lives were seriously threatened.",
])
def test_texts_goods_and_dangers_are_no_actors_or_events(text):
    events, _ = shown(text)
    assert [e.type for e in events if e.source] == []


def test_a_relative_is_not_the_person():
    events, ids = shown("Police arrested Trump's brother.")
    assert [e.type for e in events] == ["COERCE"] and names(events[0], ids, "target") == []


def test_arrest_warrants_are_threats():
    events, _ = shown("Police issued arrest warrants for the protesters.")
    assert [e.type for e in events] == ["THREATEN"]


def test_expressed_willingness_to_cooperate_is_agree():
    text = "Chinese officials expressed willingness to cooperate with Biden."
    events, _ = shown(text)
    assert [(e.type, e.intended, e.modality) for e in events] == [
        ("AGREE", "COOPERATE", "asserted")]


@pytest.mark.parametrize("without_rule", [False, True])
def test_the_publisher_and_a_bare_group_are_no_parties(monkeypatch, without_rule):
    from dataclasses import replace

    from dateline.events import stage as stage_module
    from dateline.model import Document

    if without_rule:  # the check can fail: without the rule both are parties
        monkeypatch.setattr(stage_module, "unfit_parties", lambda work: frozenset())
    actors = {"wn": (None, "organization", "Wikinews"), "gr": (None, "group", "the group"),
              "bi": BIDEN}
    text = "Wikinews asked Biden about the campaign. Later the group attacked Biden."
    work = make_work(nlp_module.load(), text, actors)
    work.actors = [replace(a, mentions=tuple(replace(m, kind="description") for m in a.mentions))
                   if a.id == "gr" else a for a in work.actors]
    work.document = Document(id="x", text=text, url="https://en.wikinews.org/wiki/Interview")
    find_events(work)
    parties = {a for e in work.events for a in e.source + e.target}
    assert bool(parties & {"wn", "gr"}) == without_rule


def test_the_principal_of_an_advisor_is_no_target():
    events, ids = shown("An advisor for Biden was arrested by police.")
    assert [e.type for e in events] == ["COERCE"] and names(events[0], ids, "target") == []


def test_the_store_keeps_the_intended_action(tmp_path):
    """An analyst can ask the corpus store for promised aid: event_mentions.intended."""
    from dataclasses import replace

    from dateline.corpus import Store
    from test_corpus_fixtures import talks_document

    document = talks_document("t1")
    promised = replace(document.events[0], type="AGREE", cameo="036", intended="CONSULT")
    document = replace(document, events=(promised,) + document.events[1:])
    with Store(tmp_path / "c.duckdb") as store:
        store.add_batch([document])
        rows = store.con.execute("SELECT type, intended FROM event_mentions ORDER BY event_index"
                                 ).fetchall()
    assert ("AGREE", "CONSULT") in rows and ("CONSULT", None) in rows


MOB = {"po": POLICE, "mb": (None, "group", "mob", "rioters", "crowd")}


@pytest.mark.parametrize("text, cameo", [
    ("Police fired ten rounds to disperse the mob.", "193"),
    ("Police lobbed tear gas shells to disperse the rioters.", "175"),
    ("Police opened fire to disperse the crowd.", "193"),
])
def test_police_force_takes_the_crowd_its_purpose_names(text, cameo):
    """Force used "to disperse the mob" is used on the mob (one ASSAULT, its target from the
    purpose clause, the dispersal its companion); dispersing a mob or rioters is crowd control
    (175) as dispersing a crowd is."""
    events, ids = run_events(nlp_module.load(), text, MOB)
    coded = [e for e in events if e.confidence > COMPANION_CONFIDENCE]
    assert [(e.type, e.cameo) for e in coded] == [("ASSAULT", cameo)]
    assert [ids[a].name for a in coded[0].source] == ["police"]
    assert [ids[a].name for a in coded[0].target] == ["mob"]


def test_a_purpose_of_another_type_gives_no_target():
    """Only a purpose of the event's own type names its target: police firing to protect the
    crowd did not fire on it."""
    events, ids = run_events(nlp_module.load(),
                             "Police fired ten rounds to protect the mob.", MOB)
    fired = [e for e in events if e.type == "ASSAULT"]
    assert fired and all(e.target == () for e in fired)
    events, ids = run_events(nlp_module.load(), "Police dispersed the rioters.", MOB)
    assert [(e.type, e.cameo) for e in events] == [("ASSAULT", "175")]


@pytest.mark.parametrize("text", [
    "The students marched in protest against Biden's decision.",
    "The farmers went on strike in protest at Biden's new tax.",
])
def test_what_an_act_in_protest_protests_is_its_target(text):
    """"marched in protest against Biden's decision": the protest is against Biden (the owner of
    the decision), as "protested against Biden's decision" already said."""
    events, ids = shown(text)
    assert [e.type for e in events] == ["PROTEST"]
    assert names(events[0], ids) == ["protesters"] and names(events[0], ids, "target") == ["Joe Biden"]


def test_an_act_in_protest_at_nothing_named_has_no_target():
    events, ids = shown("The students marched in protest on Monday.")
    assert [(e.type, e.target) for e in events] == [("PROTEST", ())]


def test_died_in_police_firing_names_the_police_and_the_victims():
    events, ids = shown("Two students died in police firing.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert names(events[0], ids) == ["police"] and names(events[0], ids, "target") == ["protesters"]


@pytest.mark.parametrize("text, cameo", [
    ("Two students sustained bullet injuries in police firing.", "193"),
    ("Two students suffered injuries in the police lathi charge.", "175"),
    ("Two students were hurt in police firing.", "190"),
])
def test_wounds_suffered_in_an_attack_are_the_attack(text, cameo):
    """Wounds sustained or suffered in an attack tell the attack again (the rubric's decision 1):
    ASSAULT with the attack's code, its doer from the attack noun, the wounded as target; "hurt"
    only in an attack."""
    events, ids = shown(text)
    assert [(e.type, e.cameo) for e in events] == [("ASSAULT", cameo)]
    assert names(events[0], ids) == ["police"] and names(events[0], ids, "target") == ["protesters"]


def test_killed_in_an_encounter_with_security_forces():
    events, ids = shown("Two students were killed in an encounter with security forces.")
    assert [e.type for e in events] == ["ASSAULT"] and names(events[0], ids) == ["police"]


@pytest.mark.parametrize("text, cameo", [
    ("The students went on strike over fees.", "143"),
    ("The students staged a sit-in at the ministry.", "141"),
    ("The protesters chanted slogans against Biden.", "141"),
    ("The protesters raised slogans against Biden.", "141"),
    ("The protesters shouted slogans against Biden.", "141"),
])
def test_forms_of_protest(text, cameo):
    events, ids = shown(text)
    assert [(e.type, e.cameo) for e in events] == [("PROTEST", cameo)]
    assert names(events[0], ids) == ["protesters"]


@pytest.mark.parametrize("text, expected", [
    ("Biden failed to reach a deal with Trump.", ("AGREE", "negated")),  # reaching one is AGREE
    ("The protesters called off the strike.", ("CONCEDE", "asserted")),
    ("Biden called for sanctions against Chinese officials.", ("REQUEST", "asserted")),
])
def test_failures_calls_off_and_hostile_calls(text, expected):
    events, _ = shown(text)
    assert [(e.type, e.modality) for e in events] == [expected]
    if expected[0] == "REQUEST":  # a demand (10x, verbal conflict), not an appeal (02x)
        assert events[0].cameo.startswith("10") and events[0].quad_class == 3


def test_what_is_deployed_is_no_target():
    events, ids = shown("Police deployed officers along the border with Chinese officials.")
    assert [e.type for e in events] == ["MOBILIZE"] and names(events[0], ids, "target") == []


def test_two_people_of_one_country_are_not_merged():
    events, ids = shown("Biden criticized Trump. Trump attacked the investigation as a hoax.")
    assert sorted(names(e, ids)[0] for e in events if e.type == "ACCUSE") == [
        "Donald Trump", "Joe Biden"]


def test_in_protest_is_a_motive_not_a_protest():
    events, _ = shown("Biden took steps against Chinese officials in protest at the arrests.")
    assert not [e for e in events if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "A proposed law would allow Biden to extradite the protesters.",
    "Chinese law allowed Biden to extradite the protesters.",
    "The evidence supported the claims of the protesters.",
    "The break will allow Biden to develop plans.",
])
def test_cooperation_done_by_a_thing_is_no_event(text):
    events, _ = shown(text)
    assert [e.type for e in events if e.type in ("CONCEDE", "AID", "SUPPORT")] == []


@pytest.mark.parametrize("text, expected", [
    ("Farmers helped Biden.", "AID"),  # a group noun of the agents dictionary, no actor of its own
    ("Hundreds of villagers helped Biden.", "AID"),
    ("ICE returned the paintings to Biden.", "RETREAT"),  # an acronym tagged as a noun
    ("Biden was released from custody.", "RETREAT"),  # "from" gives the origin, not the doer
])
def test_cooperation_by_someone_unnamed_is_kept(text, expected):
    events, _ = shown(text)
    assert expected in [e.type for e in events]


@pytest.mark.parametrize("text, expected", [
    ("Hundreds of protesters attended the party.", []),
    ("Biden attended the summit.", ["044"]),
    ("Residents captured pictures of the protesters.", []),
    ("The protesters captured the town.", ["192"]),
])
def test_attending_and_capturing(text, expected):
    events, _ = shown(text)
    assert [e.cameo for e in events] == expected


def test_the_calibrator_reads_whether_the_parties_are_coded_actors():
    from dateline.events.stage import Draft
    from dateline.model import Actor, Span

    span = Span(0, 1, "x")
    draft = Draft(type="AID", cameo="070", sources=["a"], targets=["b"], modality="asserted",
                  trigger=span, evidence=span, sentence=0)
    probs = {label: 1 / len(learned.LABELS) for label in learned.LABELS}
    museum = Actor("a", "Florida Museum", "organization")
    police = Actor("b", "police", "group", sector="COP")
    assert not learned.coded(museum) and learned.coded(police)
    assert learned.coded(Actor("c", "Ghana", "country"))
    plain = learned.event_features(draft, probs, "verb")
    with_coded = learned.event_features(draft, probs, "verb", frozenset({"b"}))
    assert (with_coded - plain).tolist().count(1.0) == 1  # the target side only


@pytest.mark.parametrize("text, expected", [
    ("Biden called Trump a disgrace.", [("ACCUSE", "111")]),
    ("Biden called Trump a hero.", [("SUPPORT", "051")]),
    ("Biden called Trump a candidate.", []),
])
def test_calling_someone_a_name(text, expected):
    events, ids = shown(text)
    assert [(e.type, e.cameo) for e in events] == expected
    assert all(names(e, ids, "target") == ["Donald Trump"] for e in events)


@pytest.mark.parametrize("text, expected", [
    ("Officers launched a police charge on the protesters.", ["ASSAULT"]),
    ("Officers filed police charges against the protesters.", []),
])
def test_a_police_charge_on_a_crowd_is_crowd_control(text, expected):
    events, _ = shown(text)
    assert [e.type for e in events if e.cameo == "175"] == expected


@pytest.mark.parametrize("text", [
    "A jury convicted Trump of fraud.",
    "The court found Trump guilty of fraud.",
    "Trump was found guilty of fraud.",
])
def test_convictions_are_sanctions(text):
    """Convictions are SANCTION convict in the current PLOVER manual (ACCUSE in the 2021 table);
    the CAMEO code (116) and its QuadClass stay CAMEO's."""
    events, _ = shown(text)
    assert [(e.type, e.mode, e.cameo) for e in events] == [("SANCTION", "convict", "116")]


@pytest.mark.parametrize("text", ["Trump was found not guilty of fraud.",
                                  "Trump was found not-guilty of fraud."])
def test_an_acquittal_is_no_conviction(text):
    events, _ = shown(text)
    assert [e.type for e in events if e.type == "SANCTION"] == []


@pytest.mark.parametrize("text, expected", [
    ("Gallup called the election for Biden.", []),
    ("Biden called Trump on Tuesday.", ["041"]),
    ("Biden called on Trump to resign.", ["020"]),
    ("Trump appealed the verdict.", ["115"]),
    ("Trump pleaded guilty to fraud.", []),
])
def test_calls_appeals_and_pleas(text, expected):
    events, _ = shown(text)
    assert [e.cameo for e in events if e.confidence > COMPANION_CONFIDENCE] == expected


@pytest.mark.parametrize("text, expected, sector", [
    ("Hundreds of farmers blocked the highway near Delhi on Monday.", "PROTEST", "AGR"),
    ("Police personnel burst tear gas shells to disperse the mob.", "ASSAULT", "COP"),
])
def test_groups_named_by_role_nouns_are_parties(text, expected, sector):
    """The actors stage gives a plural role noun of the Phoenix agents dictionary ("farmers") or a
    members' noun under one ("police personnel") a group actor with its sector, so the event has
    a party, not "?" (the whole pipeline: actors and events)."""
    import dateline

    doc = dateline.annotate(text, published="2024-03-05")
    actors = {a.id: a for a in doc.actors}
    events = [e for e in doc.events if e.type == expected]
    assert events and {actors[a].sector for a in events[0].source} == {sector}


@pytest.mark.parametrize("text, expected", [
    ("Trump resigned from the board on Friday.", [("RETREAT", "0831")]),
    ("Biden stepped down as chairman last week.", [("RETREAT", "0831")]),
    ("Biden denied the allegations of fraud.", [("REJECT", "120")]),
    ("The police and the protesters exchanged prisoners on Monday.", [("RETREAT", "0841")]),
])
def test_resignations_denials_and_exchanges(text, expected):
    """PLOVER 3.7: RETREAT covers resignations and the release or exchange of prisoners; 3.10:
    all rejections, a denial of an accusation among them."""
    events, _ = shown(text)
    assert [(e.type, e.cameo) for e in events] == expected


@pytest.mark.parametrize("text, cameo", [
    ("Biden will release the prisoners next week.", "0353"),
    ("Trump announced he would withdraw troops from the region.", "0356"),
    ("Biden promised to lift the curfew.", "0351"),
])
def test_promised_yields_are_concessions(text, cameo):
    """PLOVER manual 3.4: announced future retreats and promised concessions are CONCEDE, not
    AGREE; the CAMEO code is the intent to yield what was promised (035x)."""
    events, _ = shown(text)
    coded = [e for e in events if e.intended]
    assert [(e.type, e.cameo, e.modality) for e in coded] == [("CONCEDE", cameo, "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("The city has seen weeks of protests against the new law.", ["PROTEST"]),
    ("Farmers' agitation against the tax entered its third month.", ["PROTEST"]),
    # the motive is no event of its own; the walkout is (PROTEST 143 on "walked out", evmiss19)
    ("The students walked out in protest at the fee rise.", ["PROTEST"]),
    ("Police charged the students with rioting.", ["ACCUSE"]),
    ("Protest leaders met Biden on Monday.", ["CONSULT"]),
    ("The residents protested, and the protest turned violent.", ["PROTEST"]),
])
def test_protests_named_as_nouns(text, expected):
    """A protest noun reports a protest wherever it stands (patterns.mention_triggers), but not
    as a motive, an offence charged or a modifier, and once per sentence with a protest verb."""
    events, _ = shown(text)
    assert [e.type for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    ("In March the company opened a new factory.", []),
    ("He said some 300 protesters became violent near the stadium.", [("PROTEST", "145")]),
    ("The crowd turned unruly after the speech.", [("PROTEST", "145")]),
    ("The weather turned violent.", []),
    ("The protesters said they would return next week.", []),
])
def test_crowds_turning_violent_riot_and_the_month_of_march_is_no_march(text, expected):
    """A crowd that becomes violent riots (PROTEST 145); not the weather, nor a crowd that only
    speaks. The month "March" in an "in" phrase is no march a support verb took."""
    events, _ = shown(text)
    assert [(e.type, e.cameo) for e in events] == expected


@pytest.mark.parametrize("text, cameo", [
    ("They blockaded roads leading to the mine.", "144"),
    ("Party members blockaded the entrance of the factory.", "144"),
    ("The navy blockaded the ports.", "191"),
    ("The police blocked the roads to the stadium.", "191"),
    ("Israeli troops blockaded the roads to the village.", "191"),
])
def test_a_blockaded_road_is_obstructed_unless_police_or_troops_block_it(text, cameo):
    """A blockade of a road or an entrance obstructs a passage (CAMEO 144, as "blocked the
    road" is), whoever its unnamed or civilian doers; a port blockaded, or a road blocked by police
    or troops named, restricts movement (191, COERCE)."""
    import dateline

    doc = dateline.annotate(text, published="2024-03-05")
    assert [e.cameo for e in doc.events if e.type in ("PROTEST", "COERCE")] == [cameo]


@pytest.mark.parametrize("text, expected", [
    ("Trump condemned the suicide attack on the base.", ["ACCUSE"]),
    ("The attacks on the police in the north worried Biden.", ["ASSAULT"]),
    ("Biden died of a heart attack.", []),
    ("Trump's decision sparked protests.", ["PROTEST"]),
])
def test_attacks_named_as_nouns(text, expected):
    """An attack noun that says which attack reports one wherever it stands, but not as the
    object of a verb that is itself the event ("condemned the attack"), nor a heart attack."""
    events, _ = shown(text)
    assert [e.type for e in events] == expected


@pytest.mark.parametrize("text, cameo", [
    ("Biden banned imports from the region.", "163"),
    ("Trump halted arms sales to the country.", "163"),
    ("Biden froze aid to the country.", "162"),
])
def test_trade_and_aid_stopped_are_sanctions(text, cameo):
    """PLOVER 3.13: reductions in routine relations are SANCTION (CAMEO 16x), not COERCE."""
    events, _ = shown(text)
    assert [(e.type, e.cameo) for e in events] == [("SANCTION", cameo)]
