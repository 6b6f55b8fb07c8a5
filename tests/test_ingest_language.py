"""Pages in other languages than English: the language guess, and the English-leaning rules standing
down on them (fifteenth session of 2026-12-06, issue 20). Every page here is invented."""

from __future__ import annotations

import math

import pytest

from dateline.ingest.body import starts_like_sentence
from dateline.ingest.clean import clean_text
from dateline.ingest.language import function_words, guess
from dateline.ingest.line_model import features, FEATURE_NAMES, page_function_words
from dateline.ingest.lines import split_lines, tag_lines

GERMAN = ("Der Gemeinderat hat am Dienstag nach einer langen Debatte über die Straßen den neuen Haushalt "
          "beschlossen. Die Opposition sagte, dass für die Schulen und den Verkehr zu wenig Geld übrig sei, "
          "und der Bürgermeister will die Ausgaben im Frühjahr noch einmal prüfen.")
FRENCH = ("Le conseil municipal a adopté mardi le nouveau budget après un long débat sur les routes. "
          "L'opposition a dit que le plan laissait trop peu d'argent pour les écoles et les transports, "
          "et le maire a promis de revoir les dépenses au printemps.")
SPANISH = ("El consejo municipal aprobó el martes el nuevo presupuesto después de un largo debate sobre las "
           "carreteras. La oposición dijo que el plan deja muy poco dinero para las escuelas y el transporte.")
ENGLISH = ("The council voted on Tuesday to approve the new budget after a long debate about road repairs, "
           "and the opposition said that the plan left too little money for schools and for transport.")
JAPANESE = "市議会は火曜日、道路の補修をめぐる長い議論の末に新しい予算を承認した。野党は学校への予算が少なすぎると述べた。"


def test_guess_tells_languages_by_function_words_and_script():
    assert guess(GERMAN) == "de"
    assert guess(FRENCH) == "fr"
    assert guess(SPANISH) == "es"
    assert guess(ENGLISH) == "en"
    assert guess(JAPANESE) == "ja"
    assert guess("Home News Sport") is None                       # too little text to tell
    latin = " ".join(["lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor"] * 3)
    assert guess(latin) is None and guess(latin, unknown="?") == "?"


def test_function_words_are_the_pages_language_or_none():
    assert "the" in function_words(ENGLISH)
    assert "der" in function_words(GERMAN) and "the" not in function_words(GERMAN)
    assert function_words(JAPANESE) is None                         # no list: the feature stands down
    assert "the" in function_words("Home News")                     # too little text: English, as before


def _stop_feature(text: str) -> list[float]:
    lines = split_lines(text)
    tag_lines(lines)
    index = FEATURE_NAMES.index("stopwords")
    return [row[index] for row in features(lines, set(range(len(lines))))]


def test_line_model_measures_a_page_by_its_own_languages_function_words():
    # a Portuguese paragraph is full of Portuguese function words, none of them English
    portuguese = ("O conselho municipal aprovou na terça-feira o novo orçamento depois de um longo debate sobre as "
                  "estradas, e a oposição disse que o plano deixa pouco dinheiro para as escolas e para os transportes.")
    assert _stop_feature(portuguese)[0] > 0.25
    assert all(math.isnan(v) for v in _stop_feature(JAPANESE + "\n" + JAPANESE))
    assert page_function_words(split_lines(ENGLISH)) is function_words(ENGLISH)


def test_short_closing_sentence_in_another_script_is_kept():
    assert starts_like_sentence("Он вернётся в июне.") and starts_like_sentence("Élan vital.")
    assert starts_like_sentence("東京で会見した。") and not starts_like_sentence("он вернётся.")
    page = "\n".join([
        "Главная", "Новости", "Спорт",
        "Городской совет во вторник после долгих споров о ремонте дорог утвердил новый бюджет города.",
        "Оппозиция заявила, что в плане слишком мало денег на школы и общественный транспорт.",
        "Мэр пообещал ещё раз пересмотреть расходы весной, когда появятся новые данные.",
        "Решение вступит в силу.",
        "Контакты", "Реклама", "О нас",
    ])
    found = clean_text(page)
    assert "Решение вступит в силу." in found.text
    assert "Главная" not in found.text and "Контакты" not in found.text


def test_headline_in_a_script_without_capitals_is_the_title():
    page = "\n".join([
        "首页", "新闻", "体育",
        "市议会批准新预算 学校经费引发争议",
        "市议会周二在就道路维修问题进行长时间辩论后批准了新预算，学校经费问题引发争议。",
        "反对派表示，该计划留给学校和公共交通的资金太少，市长承诺春季将再次审查开支。",
        "市长说，新的数据公布后，市政府将重新评估预算，并向市民公开全部细节。",
        "联系我们", "广告",
    ])
    found = clean_text(page)
    assert found.title == "市议会批准新预算 学校经费引发争议"


def test_text_cut_at_every_link_is_joined_again():
    from dateline.ingest.lines import rejoin_fragments

    # an invented get_text rendering: a newline between every text node, links cut the sentences
    cut = "\n".join([
        "Council approves budget - The Town Crier", "Home", "News", "Sport",
        "Council approves budget",
        "The council voted on Tuesday to approve the new budget after a long debate about",
        "road repairs", ", and the opposition said the plan left too little money for",
        "schools", "and public transport.",
        "The mayor said the town would review spending again in the spring, when",
        "new figures", "are due from the", "regional office", ".",
        "The vote followed a report by the", "county auditor", ", who found that",
        "three bridges", "needed work before the", "winter", ".",
        "Residents can read the full plan at the", "town hall", "or on the", "council website", ".",
        "Contact", "Advertise",
    ])
    joined = rejoin_fragments(cut)
    assert ("The council voted on Tuesday to approve the new budget after a long debate about road repairs, and the "
            "opposition said the plan left too little money for schools and public transport.") in joined.split("\n")
    assert "Home\nNews\nSport" in joined and "Contact\nAdvertise" in joined
    found = clean_text(cut)
    assert "new figures are due from the regional office." in found.text
    assert "The vote followed a report by the county auditor, who found that three bridges" in found.text
    # a text flattened a block to a line is left as it is, however its lines begin
    flat = "\n".join(["Home", "News", "Council approves budget", "by Jane Doe",
                      "The council voted on Tuesday to approve the new budget after a long debate.",
                      "iPhone sales rose again this year, the company said in a statement on Monday.",
                      "Opposition members said the plan left too little money for schools and transport.",
                      "The mayor said the town would review spending again in the spring.",
                      "Contact", "Advertise", "About us", "Jobs"])
    assert rejoin_fragments(flat) == flat


def test_byline_cut_at_its_links_is_put_together():
    from dateline.ingest.lines import rejoin_fragments

    assert rejoin_fragments("Headline of the story\nBy\nJane Doe\nThe story.") == \
        "Headline of the story\nBy Jane Doe\nThe story."
    assert rejoin_fragments("Headline of the story\nJane Doe\n-\nNov 19, 2019, 10:31 pm CST\nThe story.") == \
        "Headline of the story\nJane Doe - Nov 19, 2019, 10:31 pm CST\nThe story."
    # a menu's separators and a heading over a teaser are not a byline
    menu = "Herald Home\n|\nMy Herald\n|\nPrint Edition\nMore Stories\n-\nThe coach called for a delay"
    assert rejoin_fragments(menu) == menu


def test_date_cut_from_its_label_is_put_together():
    from dateline.ingest.lines import rejoin_fragments

    # an invented get_text rendering: a label in a span of its own, its date in the next
    page = "\n".join(["Harbour reopens after storm", "By", "Jane Doe", "Updated:", "19 Nov 2019 9:38 pm",
                      "Posted:", "18 Nov 2019 8:11 pm", "The harbour reopened on Monday."])
    joined = rejoin_fragments(page).split("\n")
    assert "Updated: 19 Nov 2019 9:38 pm" in joined and "Posted: 18 Nov 2019 8:11 pm" in joined
    found = clean_text(page + "\n" + "\n".join(
        ["The storm closed the harbour for three days, and ferries to the islands were cancelled.",
         "Fishing boats returned on Monday morning, the harbour master said in a statement.",
         "Repairs to the outer wall will take until the spring, the council said."]))
    assert found.published is not None and found.published.startswith("2019-11-18")
    assert rejoin_fragments("Veröffentlicht am\n18.11.2019\nText.") == "Veröffentlicht am 18.11.2019\nText."
    # a label over no date ("Posted on:" over an outlet's name) stays as it is
    listing = "Posted on:\nTown News\nPosted\n4 hours ago"
    assert rejoin_fragments(listing).split("\n")[:2] == ["Posted on:", "Town News"]
    assert rejoin_fragments(listing).split("\n")[2] == "Posted 4 hours ago"


def test_separator_joins_only_a_real_date():
    from dateline.ingest.lines import rejoin_fragments
    from dateline.ingest.metadata_text import states_date

    # a gallery counter and a share count are no date lines: the separator before them joins nothing
    for text in ("Image\n1\n/\n23\nCaption", "Jane Doe\n-\n651\nThe story."):
        assert rejoin_fragments(text) == text
    assert rejoin_fragments("Jane Doe\n-\n9:24 pm ET\nThe story.") == "Jane Doe - 9:24 pm ET\nThe story."
    assert states_date("Nov 18, 2019") and states_date("Posted Nov 18, 8:19 PM") and states_date("2 hours ago")
    assert states_date("10:48 AM ET") and not states_date("651") and not states_date("Page 2 of 3")


def test_line_classifier_is_trained_on_the_lines_clean_text_reads():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "training" / "ingest" / "train.py"
    spec = importlib.util.spec_from_file_location("ingest_train", path)
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    cut = "Headline of the story\nBy\nJane Doe\nUpdated:\nNov 19, 2019\nThe story goes on here."
    lines, _ = train.page_lines(cut)
    assert [line.text for line in lines] == ["Headline of the story", "By Jane Doe", "Updated: Nov 19, 2019",
                                             "The story goes on here."]


def test_link_piece_put_back_into_its_sentence():
    from dateline.ingest.lines import rejoin_fragments

    # an invented get_text rendering: a link's words start with a capital, the sentence goes on after it
    pieces = ["Council approves budget", "The council said the new plan is now available on", "Android",
              ", making it the first town app on every phone, the mayor said on Tuesday.",
              "Residents can read it at the", "town hall", ", or online at the", "council website", ".",
              "The vote followed a report by the", "county auditor", ", who found that", "three bridges",
              "needed work before the", "winter", "."]
    joined = rejoin_fragments("\n".join(pieces)).split("\n")
    assert ("The council said the new plan is now available on Android, making it the first town app on every phone, "
            "the mayor said on Tuesday.") in joined
    # a list of links with commas between them, a name over its handle: no sentence goes on
    tags = ["Filed under:", "Democrats", ",", "Equality", ",", "Race", "Jane Doe", ", @janedoe"] + pieces[4:]
    joined = rejoin_fragments("\n".join(tags)).split("\n")
    assert joined[:3] == ["Filed under:", "Democrats,", "Equality,"] and "Jane Doe, @janedoe" in joined


def test_reader_copy_cut_at_its_links_is_joined_across_blank_lines():
    from dateline.ingest.lines import rejoin_fragments

    # an invented reader-mode copy: a blank line after every piece of a paragraph cut at its links
    copy = "\n\n".join(["Council approves budget", "The council said the new plan is now available on", "Android",
                        ", making it the first town app on every phone.", "Residents can read it at the",
                        "town hall", ". The mayor said the town would review spending again in the spring."])
    assert rejoin_fragments(copy).split("\n\n") == [
        "Council approves budget",
        "The council said the new plan is now available on Android, making it the first town app on every phone.",
        "Residents can read it at the town hall. The mayor said the town would review spending again in the spring."]
    # paragraphs that each end open but start like paragraphs are left as they are
    plain = "\n\n".join(["Council approves budget", "The vote", "Residents can read it at the town hall.",
                         "What happens next", "The mayor said the town would review spending."])
    assert rejoin_fragments(plain) == plain


def test_german_quotation_marks_reach_the_body_as_printed():
    # „…“ is how German opens and closes a quotation (“ closes it): before the sixteenth session of
    # 2026-12-07 the ingest turned „ into “, so the body no longer held the sentence as printed and a
    # must-appear snippet with its quotation was not found in it
    from dateline.ingest.html import extract_html

    quoted = "„Wir sind sehr zufrieden mit dem Ergebnis“, sagte die Bürgermeisterin am Abend."
    page = ("<html lang='de'><head><title>Neue Bibliothek</title></head><body><article><h1>Neue Bibliothek</h1>"
            f"<p>{GERMAN}</p><p>{quoted}</p><p>{GERMAN}</p></article></body></html>")
    assert quoted in extract_html(page).text
    assert quoted in clean_text(f"Neue Bibliothek\n{GERMAN}\n{quoted}\n{GERMAN}").text


def test_headline_opening_with_a_low_quote_is_the_title():
    # (a headline may open with a quotation; „ stays „ now, and still opens a headline as “ did)
    headline = "„Wir schaffen das“: Gemeinderat beschließt neuen Haushalt"
    document = clean_text(f"Startseite\nPolitik\n{headline}\nvon Jan Müller\n{GERMAN}\n{GERMAN}")
    assert document.title == headline


def test_one_sentence_cut_at_its_links_is_joined_in_a_text_not_cut_throughout():
    from dateline.ingest.lines import rejoin_fragments

    # one paragraph of a get_text rendering cut at its links, the rest of the page whole: too few
    # closing-mark pieces for the whole text to count as cut, but this sentence's pieces go together
    page = ("Headline of the story\nBy Jane Doe\n"
            "The executive said overwhelming demand and a coding glitch led to\nwidespread problems\n"
            "last week when the company\nlaunched its service\n.\n"
            "The company struggled to contend with more than ten million users.")
    joined = rejoin_fragments(page).split("\n")
    assert joined[2] == ("The executive said overwhelming demand and a coding glitch led to widespread problems "
                         "last week when the company launched its service.")
    assert joined[3].startswith("The company struggled")
    # a header over its text (two pieces), and items of a list in lower case without stops, stay apart
    comments = "BY JANE AT 01/08/08 05:44 PM\nthat may have been the most terrible thing I have ever seen."
    assert rejoin_fragments(comments) == comments
    items = ("we are fundamentally starting with the wrong questions about learning\n"
             "we start with learning outcomes and content defines everything\n"
             "our core question is around engagement and the kid.")
    assert rejoin_fragments(items) == items


def test_capitalised_link_piece_put_back_before_lower_case():
    from dateline.ingest.lines import rejoin_fragments

    # a name cut out of its sentence, the sentence going on in lower case: joined; furniture around a
    # capitalised piece ("Print this article" / "W" / "hile …", "You" / "may also like") is not
    pieces = ["Astros designate infielder", "The Astros said they have designated utility player", "Brian Bixler",
              "for assignment to make room on their roster, the club said on Tuesday.",
              "Print this article", "W", "hile the club spent the weekend at home, the manager said little about it.",
              "Gaming's Richest Universes", "You", "may also like", "Gizmodo"]
    joined = rejoin_fragments("\n".join(pieces)).split("\n")
    assert ("The Astros said they have designated utility player Brian Bixler for assignment to make room on "
            "their roster, the club said on Tuesday.") in joined
    assert "Print this article" in joined and "Gaming's Richest Universes" in joined


def test_markup_line_left_by_a_scraper_is_dropped():
    from dateline.ingest.clean import clean_text

    pixel = '<img height="1" width="1" style="display:none" src="http://pixel.example.com/p?c1=2&amp;c2=15">'
    story = ("The council approved the new budget on Tuesday after a long debate about road repairs and schools.\n"
             "The mayor said the plan would be published in full next week, and residents could comment on it.")
    cleaned = clean_text(pixel + "\n" + story)
    assert "pixel.example.com" not in cleaned.text and "The council approved" in cleaned.text


def test_headline_over_a_name_and_its_role_is_no_sentence():
    from dateline.ingest.lines import rejoin_fragments

    # (mend after the sixteenth session's review: "… after long debate" / "Jane Doe" / ", Senior …" was
    # put together as one headline, the byline lost)
    pieces = ["Council approves budget after long debate", "Jane Doe", ", Senior Political Correspondent",
              "Nov 18, 2019", "The council voted on Tuesday to approve the new budget after a long debate about",
              "road repairs", ", and the opposition said the plan left too little money for", "schools", ".",
              "The vote followed a report by the", "county auditor", ", who found that three bridges needed work", "."]
    joined = rejoin_fragments("\n".join(pieces)).split("\n")
    assert joined[:2] == ["Council approves budget after long debate", "Jane Doe, Senior Political Correspondent"]
    # a long headline too: a name over its role goes on no sentence
    long = ["Council approves the new budget after a long and bitter debate"] + pieces[1:]
    assert rejoin_fragments("\n".join(long)).split("\n")[1] == "Jane Doe, Senior Political Correspondent"


def test_across_a_blank_line_only_a_closing_mark_goes_on():
    from dateline.ingest.lines import rejoin_fragments

    # an invented reader copy: a live blog's times over entries that open with an ellipsis, a heading over
    # a paragraph that starts in lower case (a brand's name)
    copy = "\n\n".join(["Storm live: harbour closed for a third day", "By Jane Doe", "Nov 18, 2019", "9:40 am",
                        "...the coastguard says two boats were towed back to port overnight, both crews safe",
                        "9:15 am", "...ferry operators have cancelled every crossing until at least Thursday",
                        "What we know so far", "eBay and other online sellers warned of delivery delays.",
                        "iPhone users in the area reported losing signal for several hours."])
    assert rejoin_fragments(copy) == copy
    # in a copy cut at its links, a piece in lower case between two pieces still goes back
    cut = "\n\n".join(["What we know so far", "The council said the new plan is now available on", "Android",
                       ", making it the first town app on every phone.", "Residents can read it at the",
                       "town hall", ". The mayor said the town would review spending.", "eBay sellers warned of delays.",
                       "Residents who spoke at the meeting asked for", "new bus routes and better lighting."])
    assert rejoin_fragments(cut).split("\n\n") == [
        "What we know so far",
        "The council said the new plan is now available on Android, making it the first town app on every phone.",
        "Residents can read it at the town hall. The mayor said the town would review spending.",
        "eBay sellers warned of delays.",
        "Residents who spoke at the meeting asked for new bus routes and better lighting."]


def test_document_language_is_the_texts_when_the_declaration_contradicts_it():
    from dateline.ingest.language import document_language

    # a site's template declares English over a German article: the text says German
    assert document_language("en", GERMAN + " " + GERMAN) == "de"
    assert document_language(None, FRENCH + " " + FRENCH) == "fr"          # nothing declared
    assert document_language("ja", ENGLISH) == "en"                        # not in kana at all
    assert document_language("en", ENGLISH) == "en"
    # the text cannot tell (too short) or names no known language: the declaration, else English
    assert document_language("de", "Startseite") == "de"
    assert document_language(None, "Home News") == "en"
    # a language the text does not contradict keeps its declaration: a Danish page whose words read
    # as Norwegian (the two share most function words), a declared language with no list here
    norwegian = ("Kommunestyret vedtok tirsdag det nye budsjettet etter en lang debatt om veiene, og "
                 "opposisjonen sa at planen gir for lite penger til skolene og til kollektivtrafikken i byen.")
    assert document_language("da", norwegian) == "da"
    bulgarian = ("Общинският съвет одобри във вторник новия бюджет след дълъг дебат за пътищата, а "
                 "опозицията каза, че планът оставя твърде малко пари за училищата и за транспорта.")
    assert document_language("bg", bulgarian) == "bg"


def test_a_german_page_declared_english_comes_out_german():
    from dateline.ingest.prepare import to_document
    from dateline.ingest.readers import RawArticle

    page = (f"<html lang='en'><head><title>Haushalt beschlossen</title></head><body><article>"
            f"<h1>Haushalt beschlossen</h1><p>{GERMAN}</p><p>{GERMAN}</p></article></body></html>")
    document = to_document(RawArticle(source="t", format="html", content=page))
    assert "Gemeinderat" in document.text
    assert document.language == "de"
    english = page.replace(GERMAN, ENGLISH).replace("Haushalt beschlossen", "Budget approved")
    assert to_document(RawArticle(source="t", format="html", content=english)).language == "en"


NOW = "2024-03-03T15:30:00Z"


@pytest.mark.parametrize("line, expected", [
    ("vor 2 Stunden", "2024-03-03T13:30:00+00:00"), ("Aktualisiert vor einer Stunde", "2024-03-03T14:30:00+00:00"),
    ("vor 3 Std.", "2024-03-03T12:30:00+00:00"), ("il y a 3 jours", "2024-02-29"), ("hace 2 días", "2024-03-01"),
    ("há 45 minutos", "2024-03-03T14:45:00+00:00"), ("2 ore fa", "2024-03-03T13:30:00+00:00"),
    ("3 uur geleden", "2024-03-03T12:30:00+00:00"), ("för 2 veckor sedan", "2024-02-18"),
    ("for 3 dager siden", "2024-02-29"), ("acum 2 ore", "2024-03-03T13:30:00+00:00"),
    ("2 godziny temu", "2024-03-03T13:30:00+00:00"), ("3 saat önce", "2024-03-03T12:30:00+00:00"),
    ("2 jam yang lalu", "2024-03-03T13:30:00+00:00"), ("před hodinou", "2024-03-03T14:30:00+00:00"),
    ("2 часа назад", "2024-03-03T13:30:00+00:00"), ("5 хвилин тому", "2024-03-03T15:25:00+00:00"),
    ("3小时前", "2024-03-03T12:30:00+00:00"), ("发布于2天前", "2024-03-01"), ("5분 전", "2024-03-03T15:25:00+00:00"),
    ("gestern", "2024-03-02"), ("вчера", "2024-03-02"),
    ("vor 3 Monaten", None),                     # too coarse to date a page, as "3 months ago"
    ("Hier klicken", None), ("in 2 Stunden", None),
])
def test_a_time_ago_in_another_language_is_read_against_the_fetch_time(line, expected):
    from datetime import datetime, timezone

    from dateline.ingest.metadata_text import relative_date

    now = datetime(2024, 3, 3, 15, 30, tzinfo=timezone.utc)
    assert relative_date(line, now) == expected


def test_a_german_pages_time_ago_dates_it_in_plain_text_and_html():
    from dateline.ingest.prepare import to_document
    from dateline.ingest.readers import RawArticle

    menu = "\n".join(["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Kontakt"])
    text = f"{menu}\nGemeinderat beschließt den neuen Haushalt\nvor 2 Stunden\n{GERMAN}\n\n{GERMAN}\n"
    plain = to_document(RawArticle(source="t", format="text", content=text, fetched=NOW))
    assert plain.published == "2024-03-03T13:30:00+00:00"
    assert to_document(RawArticle(source="t", format="text", content=text)).published is None   # no fetch time
    page = (f"<html lang='de'><body><article><h1>Gemeinderat beschließt den neuen Haushalt</h1>"
            f"<p class='meta'>vor 2 Stunden</p><p>{GERMAN}</p><p>{GERMAN}</p></article></body></html>")
    html = to_document(RawArticle(source="t", format="html", content=page, fetched=NOW))
    assert html.published == "2024-03-03T13:30:00+00:00"


@pytest.mark.parametrize("line", ["vor 2 Stunden", "il y a 3 heures", "2 часа назад", "3小时前", "2 godziny temu"])
def test_a_time_ago_in_another_language_states_a_date(line):
    # what lines.rejoin_fragments reads to put a date line cut from its label back on it
    from dateline.ingest.metadata_text import states_date

    from dateline.ingest.lines import rejoin_fragments

    assert states_date(line)
    assert rejoin_fragments(f"Aktualisiert:\n{line}\n{GERMAN}") == f"Aktualisiert: {line}\n{GERMAN}"
    assert not states_date("Seite 2") and rejoin_fragments(f"Aktualisiert:\nSeite 2") == "Aktualisiert:\nSeite 2"


FRENCH_MENU = "\n".join(["Accueil", "Politique", "Économie", "Sport", "Culture", "Contact"])


@pytest.mark.parametrize("headline", ["«Nous sommes satisfaits», dit le maire après le vote du budget",
                                      "« Nous sommes satisfaits », dit le maire après le vote du budget"])
def test_a_headline_opening_with_guillemets_is_the_title(headline):
    found = clean_text(f"{FRENCH_MENU}\n{headline}\n{FRENCH}\n\n{FRENCH}")
    assert found.title == headline
    assert found.text.startswith("Le conseil municipal")


def test_a_wire_dateline_before_guillemets_dates_the_story():
    from dateline.ingest.prepare import to_document
    from dateline.ingest.readers import RawArticle

    story = ("PARIS, Nov 24 (AFP) - «Nous sommes satisfaits», a dit mardi le maire après un long débat sur "
             "le budget de la ville.")
    text = f"{FRENCH_MENU}\nLe maire satisfait du nouveau budget de la ville\n{story}\n\n{FRENCH}"
    document = to_document(RawArticle(source="t", format="text", content=text, fetched="2024-12-01T10:00:00Z"))
    assert document.published == "2024-11-24"
