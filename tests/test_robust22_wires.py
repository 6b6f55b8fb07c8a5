"""The national wire services among the known wires (robust22): EFE, ANSA, Kyodo, Yonhap, PTI, IANS,
Xinhua and TASS, beside AFP, AP, Reuters and dpa. A page that carries one's story under its label
("EFE: Headline") loses the label when the page credits that agency: its dateline ("MADRID (EFE) —"),
a credit line, the copyright line. Invented pages (the story and page frame of
test_ingest_plain_heads20)."""

from __future__ import annotations

import pytest

from dateline.ingest.clean import clean_text
from dateline.ingest.metadata_text import _WIRE_CREDIT

from test_ingest_plain_heads20 import HEADLINE, page

# (label before the headline, the place of its dateline, the agency's other name)
AGENCIES = [("EFE", "MADRID", "Agencia EFE"), ("ANSA", "ROME", "ANSA"), ("Kyodo", "TOKYO", "Kyodo News"),
            ("Yonhap", "SEOUL", "Yonhap News Agency"), ("PTI", "NEW DELHI", "Press Trust of India"),
            ("IANS", "MUMBAI", "IANS"), ("Xinhua", "BEIJING", "Xinhua News Agency"), ("TASS", "MOSCOW", "TASS")]


@pytest.mark.parametrize("label, place, other", AGENCIES, ids=[a[0] for a in AGENCIES])
def test_a_wire_dateline_credits_the_agency(label, place, other):
    dateline = f"{place} ({label}) — Harbour workers walked off the job on Tuesday."
    assert _WIRE_CREDIT.match(dateline)
    assert clean_text(page(f"{label}: {HEADLINE}", "June 10, 2025", dateline)).title == HEADLINE


@pytest.mark.parametrize("label, place, other", AGENCIES, ids=[a[0] for a in AGENCIES])
def test_a_credit_line_in_the_agencys_other_name_credits_it(label, place, other):
    for credit in (f"Source: {other}", f"— {other}", f"Copyright © 2025 {other}. All rights reserved."):
        assert _WIRE_CREDIT.match(credit), credit
    text = page(f"{label}: {HEADLINE}", "June 10, 2025", tail=(f"Source: {other}",))
    assert clean_text(text).title == HEADLINE


@pytest.mark.parametrize("label, place, other", AGENCIES, ids=[a[0] for a in AGENCIES])
def test_the_label_stays_without_that_agencys_credit(label, place, other):
    # no credit at all, or another agency's: the label may be the headline's subject
    assert clean_text(page(f"{label}: {HEADLINE}", "By Ines Marlow", "June 10, 2025")).title == f"{label}: {HEADLINE}"
    another = "AFP" if label != "AFP" else "Reuters"
    text = page(f"{label}: {HEADLINE}", "June 10, 2025", f"PARIS ({another}) — Harbour workers walked off the job.")
    assert clean_text(text).title == f"{label}: {HEADLINE}"


@pytest.mark.parametrize("credit", ["Xinhua/Getty Images", "EFE/Files", "Yonhap/Pool", "ANSA/Foto"])
def test_a_photo_credit_of_a_national_wire_is_no_story_credit(credit):
    assert not _WIRE_CREDIT.match(credit)


# wiremend22 (review22A): a national wire's "(X)" credits it only in a dateline; in prose "(X)" after a
# longer name is that name's short form (a party, an organisation), and an agency cited in a sentence
# is a source the story quotes, not the page's credit: the label before the headline stays
PROSE = [
    ("PTI", "PTI: Imran Khan to lead long march on capital",
     "Pakistan Tehreek-e-Insaf (PTI) chairman Imran Khan said the march would start on Friday."),
    ("ANSA", "ANSA: Agency staff strike over newsroom cuts",
     "Journalists at the Agenzia Nazionale Stampa Associata (ANSA) walked out over planned cuts."),
    ("TASS", "TASS: Kremlin says talks with Kyiv are frozen",
     "A Kremlin spokesman told the state news agency (TASS) on Monday that talks were frozen."),
    ("IANS", "IANS: Indian Army Nursing Service marks centenary",
     "The Indian Army Nursing Service (IANS) held a parade in Pune on Sunday to mark the day."),
    ("EFE", "EFE: Lawmakers debate public broadcaster funding",
     "Lawmakers said the agency, known as Agencia EFE (EFE), would receive less money next year."),
]


@pytest.mark.parametrize("label, title, line", PROSE, ids=[p[0] for p in PROSE])
def test_a_short_form_in_prose_is_no_wire_credit(label, title, line):
    assert not _WIRE_CREDIT.match(line)
    assert clean_text(page(title, "By Ines Marlow", "June 10, 2025", line)).title == title


# the datelines national wires print (the forms of real pages: a date before the credit, a colon after
# it, the credit opening the story)
DATELINES = [("PTI", "New Delhi, Jun 10 (PTI) Harbour workers walked off the job on Tuesday."),
             ("Xinhua", "MANILA, Nov. 24 (Xinhua) -- Harbour workers walked off the job on Tuesday."),
             ("PTI", "New Delhi (PTI): Harbour workers walked off the job on Tuesday."),
             ("IANS", "(IANS) Harbour workers walked off the job on Tuesday."),
             ("EFE", "RIO DE JANEIRO (EFE) — Harbour workers walked off the job on Tuesday."),
             ("EFE", "Rio de Janeiro, 10 Jun (EFE).- Harbour workers walked off the job on Tuesday.")]


@pytest.mark.parametrize("label, line", DATELINES, ids=[d[1][:12] for d in DATELINES])
def test_the_national_wires_dateline_forms_credit_the_agency(label, line):
    assert _WIRE_CREDIT.match(line)
    assert clean_text(page(f"{label}: {HEADLINE}", "June 10, 2025", line)).title == HEADLINE


def test_the_older_wires_keep_their_credit_in_an_openings_brackets():
    # AFP, AP, Reuters and dpa unchanged: "(AFP)" in a line's first 60 characters credits it
    for line in ("PARIS (AFP) - Harbour workers walked off the job.", "By Ines Marlow (AP) Harbour workers"):
        assert _WIRE_CREDIT.match(line), line
