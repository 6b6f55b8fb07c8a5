"""No pronoun actors and no non-actors: time zones, diseases, products, publications cited."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.actors.stage import find_actors
from dateline.entities import find_entities
from dateline.model import Document
from dateline.pipeline import Work

PRONOUNS = {"i", "me", "my", "we", "us", "our", "you", "your", "he", "she", "they", "it", "him",
            "her", "them", "his", "their", "its"}


@pytest.fixture(scope="module")
def actors_of(nlp):
    def run(text: str, published: date | None = date(2021, 3, 2), url: str | None = None):
        document = Document(id="t", text=text, url=url) if url else None
        work = Work(text=text, published=published, doc=nlp(text), document=document)
        find_entities(work)
        find_actors(work)
        return work.actors

    return run


def names(actors):
    return {a.name for a in actors}


def test_unresolved_first_and_second_person_pronouns_are_no_actor(actors_of):
    actors = actors_of("I went to the market. You would have liked it, Tom said.")
    assert not any(a.name.lower() in PRONOUNS for a in actors), names(actors)
    assert not any(m.text.lower() in ("i", "you") for a in actors for m in a.mentions)
    # A quoted "I" whose speaker the text does not give stays a mention without an actor.
    actors = actors_of('The note read: "I will come back, and I will pay you."')
    assert not any(m.text == "I" for a in actors for m in a.mentions), names(actors)


def test_unlabelled_lines_i_is_one_unnamed_speaker_and_the_texts_we_one_group(actors_of):
    # A text of unlabelled lines that is no dialogue (one question): its unquoted I (me, my) is
    # one speaker, never an actor named "I"; its unquoted "we" one group; "you" finds no one.
    text = ("I want to make two points, and my first is short. The statute is clear to me.\n"
            "Could you explain why the court below erred?\n"
            "I think it misread the statute. We ask the Court to reverse, and we rest.\n")
    actors = actors_of(text)
    assert not any(a.name.lower() in PRONOUNS for a in actors), names(actors)
    speakers = [a for a in actors if a.name == "unnamed speaker"]
    assert [[m.text for m in a.mentions] for a in speakers] == [["I", "my", "me", "I"]], speakers
    assert speakers[0].kind == "person"
    group = next(a for a in actors if a.name == "unnamed speakers")
    assert [m.text for m in group.mentions] == ["We", "we"] and group.kind == "group"
    assert not any(m.text == "you" for a in actors for m in a.mentions)
    # A text whose lines carry speaker labels gives its turns their speakers: an unlabelled
    # line's I stays without an actor there.
    labelled = actors_of("Q: Why did you leave?\nI left because my contract ended and I moved.\n")
    assert not any(m.text == "I" for a in labelled for m in a.mentions), names(labelled)


def test_first_person_account_over_several_paragraphs_is_one_unnamed_speaker(actors_of):
    # An open letter or first-person column: one writer, whose I runs through every paragraph.
    text = ("I arrived in the town on a cold morning. My driver left me at the square.\n\n"
            "The council had closed the market a week before.\n\n"
            "I spoke to the traders there, and I listened to their complaints.\n")
    speakers = [a for a in actors_of(text) if a.name == "unnamed speaker"]
    assert [[m.text for m in a.mentions] for a in speakers] == [["I", "My", "me", "I", "I"]], speakers


def test_interview_line_gives_the_speaker_of_i(actors_of):
    text = ("Wikinews interviewed the candidate Anna Kowalski about the vote.\n"
            "Anna Kowalski: I think the vote will be close, and I will accept the result.\n")
    actors = actors_of(text, url="https://en.wikinews.org/wiki/Interview_with_Anna_Kowalski")
    anna = next(a for a in actors if a.name == "Anna Kowalski")
    assert sum(m.text == "I" for m in anna.mentions) == 2
    assert "Wikinews" not in names(actors)


def test_time_zone_disease_and_cited_platform_are_no_actors(actors_of):
    actors = actors_of("The Ministry of Health reported 300 new COVID-19 cases at 10:00 UTC on Monday, "
                       "and the minister said on Twitter that schools would close.")
    found = names(actors)
    assert not found & {"UTC", "COVID-19", "Twitter", "Monday"}, found
    assert any("Ministry of Health" in n for n in found), found


def test_a_publication_told_something_is_no_actor_without_a_url(actors_of):
    # no publisher or URL to tell the article's own publication by: the publications row decides
    found = names(actors_of("The mayor told Wikinews on Monday that the plan would work."))
    assert "Wikinews" not in found and found, found


def test_a_platform_that_acts_is_an_actor(actors_of):
    actors = actors_of("Twitter suspended the account of the senator on Friday.")
    assert "Twitter" in names(actors)
    actors = actors_of("After Trump tweeted the same advice, Twitter placed a warning over the tweet.")
    assert next(a for a in actors if a.name == "Twitter").kind == "organization"


def test_pronoun_without_antecedent_is_no_actor(actors_of):
    actors = actors_of("They said the bridge would open in May.")
    assert not any(a.name.lower() in PRONOUNS for a in actors), names(actors)


def test_the_articles_own_publication_is_no_actor_of_its_story(actors_of):
    text = ("Reporters from the Northgate Gazette visited the camp on Monday. The Northgate Gazette "
            "spoke to Mayor Lois Lane, who announced new funds.")
    found = names(actors_of(text, url="https://www.northgategazette.co.uk/news/flood-funds"))
    assert not any("Northgate Gazette" in n for n in found), found
    assert "Lois Lane" in found, found
    # Cited by another publication, it is a medium like any other.
    assert "Northgate Gazette" in names(actors_of(text, url="https://example.org/story"))


def test_an_interviews_question_label_is_no_actor(actors_of):
    text = ("((WN)) How did you start?\n((Maria Costa)) I started as a nurse in Lisbon.\n"
            "((WN)) What changed?\n((Maria Costa)) The hospital closed.\n")
    actors = actors_of(text)
    assert "WN" not in names(actors), names(actors)
    maria = next(a for a in actors if a.name == "Maria Costa")
    assert any(m.text == "I" for m in maria.mentions)  # the label gives the speaker of "I"


def test_documents_abstract_titles_and_places_are_no_actors(actors_of):
    text = ("The lawsuit says the order violates the United States Constitution. Prosecutors vowed "
            "to bring the killers to justice. The secretary of state met the Deputy Chief Minister "
            "of the state of Goa, India.")
    found = {n.lower() for n in names(actors_of(text))}
    assert not any("constitution" in n for n in found), found
    assert "justice" not in found and "state" not in found, found
    assert "prosecutors" in found, found
    found = names(actors_of("Hillary Clinton resigned to become the United States Secretary of State."))
    assert "State" not in found and "Hillary Clinton" in found, found


def test_a_word_spacy_calls_a_person_but_used_as_a_common_noun_is_no_actor(actors_of):
    actors = actors_of("Johnson stressed his support for the Brexit movement. Parliament has "
                       "repeatedly voted against a \"no deal\" Brexit.")
    assert "Brexit" not in names(actors), names(actors)
    assert "Johnson" in names(actors)


def test_publication_names_from_publisher_and_url_forms():
    from dateline.actors.publications import publication_names

    assert publication_names(None, "https://en.wikinews.org/wiki/Some_story") == {"wikinews"}
    assert publication_names(None, "http://www.bbc.co.uk:80/news/world") == {"bbc"}
    assert publication_names(None, "bbc.co.uk/news") == {"bbc"}  # no scheme
    assert publication_names(None, "HTTPS://EDITION.CNN.COM/2020/x") == {"cnn"}
    assert publication_names(None, "https://reader@www.nytimes.com/2020/x") == {"nytimes"}
    assert publication_names("The Guardian", "http://[malformed") == {"guardian"}


def test_speaker_labels_are_read_alike_by_mentions_and_coreference():
    from dateline.actors.mentions import speaker_label

    text = "((WN)) How?\nQ: Why?\n((Maria Costa)) I did.\nAnna: Yes.\nThe time: noon"
    def label(name):
        start = text.index(name)
        return speaker_label(text, start, start + len(name))
    assert label("WN") and label("Q") and label("Maria Costa") and label("Anna")
    assert not label("time") and not label("How")


def test_a_name_the_article_counts_is_a_thing_not_an_organisation(actors_of):
    actors = actors_of("Police in Lucknow registered an FIR against the landlord. The FIR names three men.")
    assert "FIR" not in names(actors), names(actors)
    assert not any(m.text == "FIR" for a in actors for m in a.mentions)


@pytest.mark.parametrize("opening", ["ISLAMABAD, March 3 (Reuters) - ", "KARACHI -- ",
                                     "NAIROBI (AP) \u2014 ", "LAGOS, 5 Jan - "])
def test_a_datelines_place_in_capitals_is_no_actor(actors_of, opening):
    actors = actors_of(opening + "The Ministry of Agriculture said on Tuesday it would buy more wheat. "
                       "Farmers welcomed the decision.")
    assert not any(a.name.isupper() and len(a.name) > 3 for a in actors), names(actors)
    assert "Ministry of Agriculture" in names(actors)


def test_an_acronym_opening_a_line_still_acts(actors_of):
    actors = actors_of("Officials met in Brussels on Monday.\nNATO, the alliance, said it would send more troops.")
    assert "NATO" in names(actors) or any("North Atlantic" in n for n in names(actors)), names(actors)


def test_the_articles_own_publication_acting_in_an_interview_is_no_actor(actors_of):
    # The publication as the subject ("Wikinews caught up with her", "Wikinews asked Velez") and
    # its own reporter ("a Wikinews correspondent") are who tells the story, not who is in it.
    text = ("Planetary scientist Mara Velez of the Orion Institute has published a model of salty water "
            "on Mars. Wikinews caught up with her in an email interview to find out more about her "
            "team's plans.\n\nWikinews asked Velez whether animals could live there. She spoke with a "
            "Wikinews correspondent for an hour.\n")
    actors = actors_of(text, url="https://en.wikinews.org/wiki/Wikinews_interviews_Mara_Velez")
    assert not any("wikinews" in m.text.lower() for a in actors for m in a.mentions), \
        [(a.name, [m.text for m in a.mentions]) for a in actors]
    assert "Mara Velez" in names(actors)


def test_a_dialogue_of_unlabelled_lines_alternates_between_two_speakers(actors_of):
    # Each line is a turn: a line's I is the I of the line before last, its "you" the other side
    # (a dialogue asks questions: two lines here).
    text = ("I want to make two points today.\n"
            "Could you tell me why the lower court erred?\n"
            "Yes. I think it misread the statute, as you know.\n"
            "Why do I read the statute differently, then?\n")
    actors = actors_of(text)
    assert not any(a.name.lower() in PRONOUNS for a in actors), names(actors)
    speakers = {tuple((text.count("\n", 0, m.start), m.text) for m in a.mentions)
                for a in actors if a.name == "unnamed speaker"}
    assert speakers == {((0, "I"), (1, "you"), (2, "I")), ((1, "me"), (2, "you"), (3, "I"))}, speakers


def test_a_dialogue_side_a_named_person_answered_for_stays_that_persons(actors_of):
    text = ("Mr. Hart, are you ready to proceed?\n"
            "Thank you. I will be brief.\n"
            "Why should the court not remand, if you concede the error?\n"
            "I do not concede it.\n")
    hart = next(a for a in actors_of(text) if "Hart" in a.name)
    lines = [(text.count("\n", 0, m.start), m.text) for m in hart.mentions if m.kind == "pronoun"]
    assert lines == [(0, "you"), (1, "I"), (2, "you"), (3, "I")], lines


def test_an_interviews_question_you_is_the_one_who_answers_it(actors_of):
    text = ("Wikinews spoke to Maria Costa.\n((WN)) How did you start?\n"
            "((Maria Costa)) I started as a nurse in Lisbon.\nWhat changed for you?\n\n"
            "((Maria Costa)) The hospital closed, and you know the rest.\n")
    maria = next(a for a in actors_of(text) if a.name == "Maria Costa")
    lines = [(text.count("\n", 0, m.start), m.text) for m in maria.mentions if m.kind == "pronoun"]
    # the questions' "you" (labelled by the interviewer or not), not the "you" of her own answer
    assert lines == [(1, "you"), (2, "I"), (3, "you")], lines


def test_a_speech_of_unlabelled_lines_that_asks_nothing_is_no_dialogue(actors_of):
    # The same speaker's lines addressing the hearers: no side takes another line's "you".
    text = ("The rector spoke to the graduates.\nI thank you all for coming today.\n"
            "I want you to remember this day.\nI know you will do great things.\n")
    for actor in actors_of(text):
        words = {m.text.lower() for m in actor.mentions}
        assert not ("i" in words and "you" in words), (actor.name, words)


def test_a_title_written_with_capitals_holds_no_first_person(actors_of):
    # "Love Me or Leave Me", a film's title: its capitalised "Me" is no unquoted first person,
    # so the text gets no unnamed speaker.
    text = ("Ann Reed retired in 1990.\n\nShe considered her best role to be the singer in the film "
            "Love Me or Leave Me. She also sang.")
    actors = actors_of(text)
    assert not any(a.name == "unnamed speaker" for a in actors), names(actors)
    assert not any(m.text == "Me" for a in actors for m in a.mentions), names(actors)


def test_first_persons_inside_single_quotes_inside_double_quotes_are_quoted(actors_of):
    # A quotation inside a quotation ('... ask me, "Is he rich?" and I said, "..."' written
    # with single quotes inside double ones): its I is the speaker's, no unnamed speaker.
    text = ('Ann Reed retired in 1990.\n\nAsked about it, Reed said, "Many people would ask me, '
            "'Is he rich?' and I said, 'It's something I will not discuss.'\"\n\nShe died in 2019.")
    actors = actors_of(text)
    assert not any(a.name == "unnamed speaker" for a in actors), names(actors)
    reed = next(a for a in actors if a.name == "Ann Reed")
    assert sum(m.text == "I" for m in reed.mentions) == 2, reed.mentions


def _outlet(actors, name):
    return next((a for a in actors if a.name == name), None)


def test_a_news_outlet_cited_as_a_source_is_an_actor_with_its_country(actors_of):
    # "Reuters reported", "according to ...": the source of what follows, sector MED.
    actors = actors_of("The talks in Vienna collapsed on Tuesday, Politico reported. According to "
                       "Fars News Agency, the delegation left the city.")
    politico = _outlet(actors, "Politico")
    fars = _outlet(actors, "Fars News Agency")
    assert politico is not None and (politico.kind, politico.country, politico.sector) == \
        ("organization", "USA", "MED"), names(actors)
    assert fars is not None and (fars.country, fars.sector) == ("IRN", "MED"), names(actors)
    # The medium only as where something was said stays no actor (a place, not a speaker).
    actors = actors_of("The minister repeated the claim on CNN and in The Washington Post.")
    assert not {"CNN", "The Washington Post", "Washington Post"} & names(actors), names(actors)


def test_an_outlet_that_is_the_articles_own_publication_stays_no_actor(actors_of):
    text = "Troops crossed the border at dawn, Reuters reported, citing two officials."
    assert _outlet(actors_of(text), "Reuters") is not None
    assert _outlet(actors_of(text, url="https://www.reuters.com/world/troops"), "Reuters") is None


@pytest.mark.parametrize("opening", ["ISLAMABAD, March 3 (Reuters) - ", "NAIROBI (AP) — "])
def test_the_agency_of_a_dateline_is_no_actor(actors_of, opening):
    found = names(actors_of(opening + "Police arrested two men on Monday, officials said."))
    assert not {"Reuters", "Associated Press", "AP"} & found, found
