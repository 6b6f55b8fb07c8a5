"""Text that is not UTF-8 (found by a first outside user, 2026-12-06): a Latin-1 or Windows-1252
file keeps its letters, as the readers decode it; other codepages are still detected."""

from __future__ import annotations

import pytest

from dateline.ingest.readers import decode


@pytest.mark.parametrize("text", [
    "El presidente de España se reunió con el ministro en Madrid el lunes.",
    "Grüße aus München, sagte der Minister am Montag.",
    "Le président français a rencontré à Genève les délégués étrangers.",
])
def test_latin1_text_keeps_its_letters(text):
    decoded, problems = decode(text.encode("latin-1"), "latin1.txt")
    assert decoded == text
    assert [p.code for p in problems] == ["W202"]


@pytest.mark.parametrize("text, encoding", [
    ("Президент России встретился с министром иностранных дел в Москве.", "cp1251"),
    ("Zażółć gęślą jaźń. Prezydent Polski spotkał się z ministrem.", "cp1250"),
])
def test_other_codepages_are_still_detected(text, encoding):
    decoded, _ = decode(text.encode(encoding), "other.txt")
    assert decoded == text
