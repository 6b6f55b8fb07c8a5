"""Text that is not UTF-8 (found by a first outside user, 2026-12-06): a Latin-1 or Windows-1252
file keeps its letters, as the readers decode it; other codepages are still detected; a JSON Lines
file written with a byte-order mark keeps its first record, and a Latin-1 record its letters."""

from __future__ import annotations

import pytest

from dateline.ingest.readers import RawArticle, decode, iter_inputs


@pytest.mark.parametrize("text", [
    "El presidente de España se reunió con el ministro en Madrid el lunes.",
    "Grüße aus München, sagte der Minister am Montag.",
    "Le président français a rencontré à Genève les délégués étrangers.",
])
def test_latin1_text_keeps_its_letters(text):
    decoded, problems = decode(text.encode("latin-1"), "latin1.txt")
    assert decoded == text
    assert [p.code for p in problems] == ["W202"]


def test_latin1_byte_undefined_in_windows_1252_past_the_detectors_sample():
    # 0x81 is a Latin-1 control byte that Windows-1252 leaves undefined: met after the 200,000
    # bytes the detector reads, the file still decodes, that byte as Latin-1 reads it.
    # Windows-1252's own quotes and dashes elsewhere in the file stay as they are.
    text = "“El presidente de España se reunió con el ministro” – el lunes. " * 3200
    data = text.encode("cp1252") + b" \x81 fin."
    assert len(data) > 200_000
    decoded, problems = decode(data, "long-latin1.txt")
    assert decoded == text + " \x81 fin."
    assert [p.code for p in problems] == ["W202"]


@pytest.mark.parametrize("text, encoding", [
    ("Президент России встретился с министром иностранных дел в Москве.", "cp1251"),
    ("Zażółć gęślą jaźń. Prezydent Polski spotkał się z ministrem.", "cp1250"),
])
def test_other_codepages_are_still_detected(text, encoding):
    decoded, _ = decode(text.encode(encoding), "other.txt")
    assert decoded == text


def test_jsonl_with_a_byte_order_mark_keeps_its_first_record(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "first", "text": "Talks resumed."}\n{"id": "second", "text": "Russia said no."}\n')
    items = list(iter_inputs([str(path)]))
    assert [getattr(i, "id", str(i)) for i in items] == ["first", "second"]


def test_jsonl_record_in_latin1_keeps_its_letters_with_a_warning(tmp_path):
    path = tmp_path / "latin1.jsonl"
    text = "El presidente de España se reunió con el ministro."
    path.write_bytes(b'{"id": "utf8", "text": "Talks resumed."}\n' +
                     ('{"id": "latin", "text": "%s"}\n' % text).encode("latin-1"))
    utf8, latin = iter_inputs([str(path)])
    assert isinstance(latin, RawArticle) and latin.content == text
    assert [p.code for p in latin.problems] == ["W202"] and not utf8.problems


def test_a_latin1_jsonl_file_is_detected_line_by_line_and_every_line_keeps_its_letters(tmp_path, monkeypatch):
    import charset_normalizer

    texts = ["El presidente de España se reunió con el ministro.", "Grüße aus München.",
             "Le président a rencontré à Genève les délégués.", "Año nuevo, reunión en Bogotá."]
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b"".join(('{"id": "r%d", "text": "%s"}\n' % (i, t)).encode("latin-1") for i, t in enumerate(texts))
                     + b'{"id": "plain", "text": "Talks resumed."}\n')
    detected = []
    real = charset_normalizer.from_bytes
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data, *a, **k: detected.append(data) or real(data, *a, **k))
    items = list(iter_inputs([str(path)]))
    # each line that is not UTF-8 is detected on its own (a file may be joined from several
    # codepages); the earlier line's encoding only breaks ties
    assert len(detected) == 4
    assert [i.content for i in items] == texts + ["Talks resumed."]
    assert [[p.code for p in i.problems] for i in items] == [["W202"]] * 4 + [[]]


def test_a_jsonl_file_joined_from_two_encodings_reads_each_line_in_its_own(tmp_path):
    # A single-byte encoding decodes almost any bytes: the first line's Latin-1 "succeeds" on a
    # cp1251 line too, as mojibake ("Ìýð ãîðîäà"); that line is detected again.
    french = "Le maire de la ville a déclaré que le pont sera fermé lundi."
    russian = "Мэр города заявил, что мост закроют в понедельник."
    path = tmp_path / "joined.jsonl"
    path.write_bytes(('{"id": "fr", "text": "%s"}\n' % french).encode("latin-1")
                     + ('{"id": "ru", "text": "%s"}\n' % russian).encode("cp1251"))
    fr, ru = iter_inputs([str(path)])
    assert fr.content == french
    assert ru.content == russian
    assert [p.code for p in ru.problems] == ["W202"]


def _jsonl(tmp_path, lines):
    path = tmp_path / "joined.jsonl"
    path.write_bytes(b"".join(('{"id": "r%d", "text": "%s"}\n' % (i, text)).encode(encoding)
                              for i, (text, encoding) in enumerate(lines)))
    return list(iter_inputs([str(path)]))


POLISH = ("Protestujący zebrali się w Łodzi przed urzędem miasta. Policja oświadczyła, że żaden z "
          "uczestników nie został zatrzymany, a manifestacja przebiegła spokojnie.")
FRENCH = ("Le maire a démissionné à Montréal après la réunion du conseil. Les élus ont réagi à sa "
          "décision, qu'ils jugent précipitée.")
SPANISH = ("El señor Muñoz habló con los periodistas en la plaza. Según él, la reunión del año "
           "próximo será en España.")


def test_a_cp1250_line_does_not_set_the_encoding_of_later_cp1252_lines(tmp_path):
    # Since one line's encoding was used for every later line, the French and Spanish lines came
    # out "démissionné ŕ Montréal", "El seńor Muńoz": cp1250 reads them without mojibake.
    items = _jsonl(tmp_path, [(POLISH, "cp1250"), (FRENCH, "cp1252"), (SPANISH, "cp1252")])
    assert [i.content for i in items] == [POLISH, FRENCH, SPANISH]
    assert [[p.code for p in i.problems] for i in items] == [["W202"]] * 3


def test_a_cp1252_line_does_not_set_the_encoding_of_a_later_cp1250_line(tmp_path):
    # the reverse: the Polish line had been read "Protestuj¹cy … siê w £odzi"
    items = _jsonl(tmp_path, [(FRENCH, "cp1252"), (POLISH, "cp1250")])
    assert [i.content for i in items] == [FRENCH, POLISH]


def test_a_short_line_is_read_in_the_earlier_lines_encoding_when_that_reads_cleanly(tmp_path):
    # "Il a été réélu." alone is detected as Mac Central European ("Il a ťtť rťťlu."); the
    # earlier lines' Windows-1252 reads it without mojibake and breaks the tie
    short = "Il a été réélu."
    from dateline.ingest.readers import decode_as

    assert decode_as(('{"text": "%s"}' % short).encode("cp1252"), "x")[1] != "cp1252"
    third = "Les électeurs se sont déplacés en nombre, malgré la pluie."
    items = _jsonl(tmp_path, [(FRENCH, "cp1252"), (short, "cp1252"), (third, "cp1252")])
    assert [i.content for i in items] == [FRENCH, short, third]
