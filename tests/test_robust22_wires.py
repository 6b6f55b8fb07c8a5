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
