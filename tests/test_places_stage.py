"""The places stage on real text: the packaged gazetteer, metonymy, event places, the seed."""

from __future__ import annotations

from dateline.entities import find_entities
from dateline.model import Place
from dateline.pipeline import Work
from dateline.places import gazetteer as gazetteer_module
from dateline.places.locate import event_place


# run_places: tests/conftest.py


def test_gazetteer_has_geonames_ids_and_country_points():
    gazetteer = gazetteer_module.load()
    (qatar, _), = [(e, p) for e, p in gazetteer.lookup("Qatar") if e.feature == "PCLI"]
    assert qatar.geonameid == 289688 and qatar.country == "QAT"
    doha = gazetteer.lookup("Doha")[0][0]
    # A country's point is its own centre, not its capital's.
    assert (qatar.lat, qatar.lon) != (round(doha.lat, 2), round(doha.lon, 2))
    kandahar = gazetteer.lookup("Kandahar")[0][0]
    assert kandahar.name == "Kandahār" and kandahar.country == "AFG"


def test_capital_as_subject_of_speech_verb_is_a_metonym(run_places):
    work = run_places("Washington has rebuffed the call, and Islamabad said it would not budge.")
    metonyms = {(m.text, m.country, m.sector) for m in work.metonyms}
    assert ("Washington", "USA", "GOV") in metonyms
    assert ("Islamabad", "PAK", "GOV") in metonyms
    assert not [p for p in work.places if p.text in ("Washington", "Islamabad")]


def test_government_in_capital_is_a_metonym(run_places):
    work = run_places("The new government in Kabul must earn legitimacy first.")
    assert [(m.text, m.country) for m in work.metonyms] == [("Kabul", "AFG")]
    assert work.places == []


def test_city_modifying_government_is_a_metonym(run_places):
    work = run_places("The Western-backed Kabul government said it still held the district.")
    assert [(m.text, m.country) for m in work.metonyms] == [("Kabul", "AFG")]
    assert work.places == []


def test_seat_that_is_a_building_or_street_is_a_metonym(run_places):
    work = run_places("Whitehall has rejected the claims, and the Elysee has announced a review.")
    assert [(m.text, m.country, m.sector) for m in work.metonyms] == \
        [("Whitehall", "GBR", "GOV"), ("Elysee", "FRA", "GOV")]
    london = [m for m in work.metonyms if m.country == "GBR"][0]
    assert london.geonameid == 2643743  # the capital's point, not Whitehall, Ohio
    assert work.places == []


def test_seat_building_used_literally_is_no_metonym(run_places):
    work = run_places("Protesters marched down Whitehall towards Parliament Square on Monday.")
    assert work.metonyms == []


def test_capital_as_location_stays_a_place(run_places):
    work = run_places("The delegation flew to Islamabad on Monday.")
    assert work.metonyms == []
    assert [(p.text, p.geonameid, p.country) for p in work.places] == \
        [("Islamabad", 1176615, "PAK")]


def test_places_align_with_text(run_places):
    text = "Talks resumed in Qatar's capital, Doha, after a parade in Kandahar, Afghanistan."
    work = run_places(text)
    assert all(text[p.start:p.end] == p.text for p in work.places)
    by_text = {p.text: p for p in work.places}
    assert by_text["Doha"].geonameid == 290030
    assert by_text["Kandahar"].name == "Kandahār"
    assert by_text["Afghanistan"].feature == "PCLI"


def test_event_place_looks_from_clause_to_paragraph_to_article():
    text = "Talks in Doha.\nPakistan and Pakistan again.\nNo place here."
    places = [Place(9, 13, "Doha", 290030, "Doha", "QAT", 25.28, 51.53, "PPLC"),
              Place(15, 23, "Pakistan", 1168579, "Pakistan", "PAK", 30.0, 70.0, "PCLI"),
              Place(28, 36, "Pakistan", 1168579, "Pakistan", "PAK", 30.0, 70.0, "PCLI")]
    work = Work(text=text, published=None, places=places)
    clause = event_place(work, 0, 14)
    assert (clause.geonameid, clause.basis) == (290030, "clause")
    paragraph = event_place(work, 37, 37)  # a trigger in the second line, no place in its span
    assert (paragraph.geonameid, paragraph.basis) == (1168579, "paragraph")
    article = event_place(work, 50, 50)  # the third line names no place: the article's main one
    assert (article.geonameid, article.basis) == (1168579, "article")
    assert event_place(Work(text=text, published=None), 0, 14) is None


def test_event_place_sentence_prefers_where_over_modifier(nlp):
    text = "Afghan officials said talks opened in Doha. Nothing else."
    doc = nlp(text)
    doha = text.index("Doha")
    places = [Place(0, 6, "Afghan", 1149361, "Afghanistan", "AFG", 33.0, 66.0, "PCLI"),
              Place(doha, doha + 4, "Doha", 290030, "Doha", "QAT", 25.28, 51.53, "PPLC")]
    work = Work(text=text, published=None, doc=doc, places=places)
    trigger = text.index("opened")
    found = event_place(work, trigger, trigger)
    assert (found.geonameid, found.basis) == (290030, "sentence")
    # A trigger in the second sentence: the first sentence's places belong to the paragraph.
    later = event_place(work, text.index("Nothing"), text.index("Nothing"))
    assert later.basis == "paragraph"


def test_seed_places_and_metonyms(expected, seed_text, run_places):
    work = run_places(seed_text)
    for place in expected["places"]:
        hits = [p for p in work.places if p.text.lower() == place["text"].lower()]
        assert any(p.geonameid == place["geonameid"] and p.country == place["country"]
                   for p in hits), (place, hits)
    for metonym in expected["metonyms"]:
        found = [m for m in work.metonyms if m.text == metonym["text"]]
        assert found and all(m.country == metonym["actor_country"] for m in found), metonym
        assert all(m.sector == metonym.get("actor_sector", "GOV") for m in found)
        assert not [p for p in work.places if p.text == metonym["text"]]


def test_seed_document_lists_the_places(expected, seed_doc):
    ids = {(p.text, p.geonameid) for p in seed_doc.places}
    for place in expected["places"]:
        assert (place["text"], place["geonameid"]) in ids


def test_place_names_in_the_url_are_found():
    from dateline.model import Document
    from dateline.places.stage import url_place_names

    gazetteer = gazetteer_module.load()

    def names(url):
        work = Work(text="", published=None, document=Document(id="x", text="", url=url))
        return url_place_names(work, gazetteer)

    assert names("http://onlineathens.com/stories/031609/new_410004109.shtml") == ["athens"]
    assert "dublin" in names("http://columbuslocalnews.com/2009/03/18/dublin_news/story.txt")
    # The headline's slug is not read: its words are mostly ordinary words.
    assert names("http://www.example.com/2016/12/17/reading-rally-in-paris") == []
    # nor a slug before an index page: the story is about Paris, its paper is not there
    assert "paris" not in names(
        "http://www.example.com/2016/12/14/europe/eiffel-tower-paris-aleppo/index.html")


def test_second_reading_only_when_a_town_asked_about_lies_near_an_anchor(nlp, monkeypatch):
    from dateline.places import stage

    calls = []
    real = stage.find_mentions

    def counting(*args, **kwargs):
        calls.append(bool(args[3:] or kwargs.get("anchors")))
        return real(*args, **kwargs)

    monkeypatch.setattr(stage, "find_mentions", counting)
    gazetteer = gazetteer_module.load()

    def read(text: str) -> list[str]:
        calls.clear()
        work = Work(text=text, published=None, doc=nlp(text))
        find_entities(work)
        mentions, _ = stage.read_places(work, gazetteer)
        return [m.text for m in mentions]

    # Nothing whose reading depends on nearness: one reading.
    assert read("Talks between Qatar and Egypt resumed in Doha on Monday.")
    assert calls == [False]
    # Grovetown (too small to be found alone) lies near Columbia County, Ga.: a second reading
    # finds it.
    names = read("Deputies in Columbia County, Ga., were helped by officers of the "
                 "Grovetown Police Department.")
    assert calls == [False, True] and "Grovetown" in names
