"""Publication dates printed in other languages' conventions (issue 20): day.month.year and month
names of German, French, Spanish, Portuguese, Italian and Dutch, on invented pages."""

from __future__ import annotations

import pytest

from dateline.ingest.clean import clean_text
from dateline.ingest import patterns as P
from dateline.ingest.metadata_text import line_date

BODY = "\n\n".join([
    "Der Stadtrat hat am Dienstag nach langer Debatte einen neuen Haushalt beschlossen, der mehr Geld für Schulen vorsieht.",
    "Die Opposition kritisierte die Pläne scharf und kündigte an, weiter gegen die höheren Gebühren zu kämpfen.",
    "Nach Angaben der Verwaltung sollen die ersten Projekte im kommenden Frühjahr beginnen und bald fertig sein.",
])
HEADLINE = "Stadtrat beschließt neuen Haushalt für die Schulen der Stadt"


def page(*meta: str) -> str:
    return "Startseite\nPolitik\nKultur\n" + HEADLINE + "\n" + "\n".join(meta) + "\n\n" + BODY + "\n"


@pytest.mark.parametrize("line, expected", [
    ("Veröffentlicht am 24.11.2021", "2021-11-24"),
    ("24. November 2021", "2021-11-24"),
    ("Mittwoch, 24. November 2021", "2021-11-24"),
    ("Publié le 24 novembre 2021", "2021-11-24"),
    ("Publicado el 24 de noviembre de 2021", "2021-11-24"),
    ("Publicado em 24 de novembro de 2021 às 10:30", "2021-11-24T10:30:00"),
    ("Pubblicato il 24 novembre 2021", "2021-11-24"),
    ("Gepubliceerd op 24 november 2021", "2021-11-24"),
    ("3.2.2021", "2021-02-03"),                      # day first
    ("32.11.2021", None),                            # no 32nd day
    ("24.13.2021", None),                            # no 13th month
    ("24.11.21 Stadtrat", None),                     # a two-digit year only alone on its line
    ("Aktualisiert am 25.11.2021, veröffentlicht am 24.11.2021", "2021-11-24"),   # the update's date second
    # the time after a connector of the language (twelfth session of 2026-12-06)
    ("Publié le 24 novembre 2021 à 10h30", "2021-11-24T10:30:00"),
    ("24.11.2021 um 10:30 Uhr", "2021-11-24T10:30:00"),
    ("Stand: 24.11.2021, 10.30 Uhr", "2021-11-24T10:30:00"),
    ("24. November 2021, 18:05 Uhr MESZ", "2021-11-24T18:05:00+02:00"),
    ("24 de noviembre de 2021 a las 10.30", "2021-11-24T10:30:00"),     # was no date at all: "a" read as a.m.
    ("Publicado el 24 de noviembre de 2021 a las 10:30 CET", "2021-11-24T10:30:00+01:00"),
    ("24 de novembro de 2021 às 10h30", "2021-11-24T10:30:00"),
    ("24 novembre 2021 alle 10:30", "2021-11-24T10:30:00"),
    ("24 november 2021 om 10:30", "2021-11-24T10:30:00"),
    ("24.11.2021 Hamburg", "2021-11-24"),
    # a slashed date is day first under another language's label or beside a European time
    ("Publié le 03/11/2021", "2021-11-03"),
    ("Veröffentlicht am 03/11/2021", "2021-11-03"),
    ("03/11/2021 à 10h30", "2021-11-03T10:30:00"),
    ("Publicado el 03/11/2021 a las 10:30", "2021-11-03T10:30:00"),
    ("Publié le 2021/11/03", "2021-11-03"),                               # year first stays year first
    ("Published 03/11/2021", "2021-03-11"),                               # English: month first, as before
])
def test_line_date_reads_other_conventions(line, expected):
    assert line_date(line) == expected


@pytest.mark.parametrize("meta, expected", [
    (["Veröffentlicht am 24.11.2021, 10:30 Uhr"], "2021-11-24T10:30:00"),
    (["Von Anna Schmidt", "24.11.2021 um 10:30 Uhr MEZ"], "2021-11-24T10:30:00+01:00"),
    (["Von Anna Schmidt", "24. November 2021"], "2021-11-24"),
    # a labelled publication line wins over a nearer update line, in each language
    (["Aktualisiert am 25.11.2021", "Veröffentlicht am 24.11.2021"], "2021-11-24"),
    (["Mis à jour le 25 novembre 2021", "Publié le 24 novembre 2021"], "2021-11-24"),
    (["Actualizado el 25 de noviembre de 2021", "Publicado el 24 de noviembre de 2021"], "2021-11-24"),
    (["Atualizado em 25 de novembro de 2021", "Publicado em 24 de novembro de 2021"], "2021-11-24"),
    (["Aggiornato il 25 novembre 2021", "Pubblicato il 24 novembre 2021"], "2021-11-24"),
    (["Bijgewerkt op 25 november 2021", "Gepubliceerd op 24 november 2021"], "2021-11-24"),
    # an update line alone still dates the page, as "Updated …" does
    (["Aktualisiert am 25.11.2021"], "2021-11-25"),
])
def test_foreign_published_line(meta, expected):
    assert clean_text(page(*meta)).published == expected


def test_a_bare_french_date_line_is_day_first():
    assert clean_text(page("03/11/2021 à 10h30")).published == "2021-11-03T10:30:00"


def test_english_labels_unchanged():
    assert clean_text(page("Updated Nov. 25, 2021", "Published Nov. 24, 2021")).published == "2021-11-24"
    # "Stand" as an English word starts no update label; German "Stand:" does
    assert P.FOREIGN_UPDATED_LABEL.match("Stand up for the rally 25.11.2021") is None
    assert P.FOREIGN_UPDATED_LABEL.match("Stand: 25.11.2021, 10:30 Uhr") is not None
    assert P.FOREIGN_PUBLISHED_LABEL.match("Published 24.11.2021") is None


# (fourteenth session of 2026-12-06) the month names of more languages, as their dates print them (the
# genitive or partitive case), and the year-month-day signs of Chinese, Japanese and Korean dates
@pytest.mark.parametrize("line, expected", [
    ("24 listopada 2021", "2021-11-24"),             # Polish
    ("5 marca 2024, 10:02", "2024-03-05T10:02:00"),
    ("24. listopadu 2021", "2021-11-24"),            # Czech
    ("24. novembra 2021", "2021-11-24"),             # Slovak
    ("24 листопада 2021", "2021-11-24"),             # Ukrainian
    ("24 Νοεμβρίου 2021", "2021-11-24"),             # Greek
    ("24. marraskuuta 2021", "2021-11-24"),          # Finnish
    ("24 Kasım 2021", "2021-11-24"),                 # Turkish
    ("24. marts 2021", "2021-03-24"),                # Danish
    ("24 augusti 2021", "2021-08-24"),               # Swedish
    ("24 noiembrie 2021", "2021-11-24"),             # Romanian
    ("24 de març de 2021", "2021-03-24"),            # Catalan
    ("2021年11月24日", "2021-11-24"),
    ("发布时间：2021年11月24日 10:30", "2021-11-24T10:30:00"),
    ("2021년 11월 24일 10:30", "2021-11-24T10:30:00"),
    ("2021年13月24日", None),                        # no 13th month
])
def test_more_languages_month_names_and_cjk_dates(line, expected):
    assert line_date(line) == expected


def test_a_polish_date_line_under_the_headline_dates_the_page():
    assert clean_text(page("Anna Kowalska", "24 listopada 2021, 10:30")).published == "2021-11-24T10:30:00"


# (fourteenth session's mend of 2026-12-06) the short month names that are English words or abbreviations
# too ("Mart", "Maj", "Ekim", "Nisan", "Gener", "Agost") are months only on a line that is not English
@pytest.mark.parametrize("line, expected", [
    ("Wal-Mart 2 2024", None),
    ("Maj. Gen. Pat Ryder, 5 2024", None),
    ("Maj. 5, 2024", None),                             # an abbreviation, as English writes one
    ("Nisan 5, 2024", None),                             # a name, in English order
    ("Ekim 12, 2023", None),
    ("Gener 5 2024", None),
    ("Nisan Cohen 5 2024", None),
    ("Ekim Demir 12 2023", None),
    ("Posted 5 Gener 2024", None),
    ("Agost Ridge 12 2021", None),
    ("5 Mart 2024", "2024-03-05"),                       # a date alone, the day first
    ("24. maj 2024", "2024-05-24"),
    ("Yayın tarihi: 5 Ekim 2024", "2024-10-05"),         # letters outside plain ASCII
    ("Publicerad 5 maj 2024 kl. 10.02", "2024-05-05"),   # the language's own label and connector
    ("5 de gener de 2024", "2024-01-05"),
    ("Publicat el 12 de juny de 2021", "2021-06-12"),
])
def test_short_month_names_that_are_english_words_only_on_foreign_lines(line, expected):
    assert line_date(line) == expected
