"""The cache folder and the command line's kept regular-expression code (dateline.cache)."""

from __future__ import annotations

import re

import pytest

from dateline import cache

# Invented patterns: groups, named groups, flags, a bytes pattern, a back reference, a lookbehind.
PATTERNS = [
    (r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)", 0),
    (r"\b(?:north|south)(?:ern)?\s+(\w+)", re.IGNORECASE),
    (r"""(?x) ^ \s* (?P<word> [^\W\d_]+ ) \s+ (?P=word) \b  # a doubled word""", 0),
    (r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)*", re.MULTILINE),
    (rb"\x00+(?P<tail>[a-z]{2,})", 0),
    (r"caf\u00e9s?|na\u00efve", re.IGNORECASE | re.ASCII),
]
TEXTS = ["On 12 March the Northern league met", "the the cat", "Mary-Jane Smith went to Zürich",
         "CAFÉS and naive cafés", "  word word here"]


def _compiled(monkeypatch, path, patterns):
    """Patterns compiled through a CompiledPatterns read from ``path`` (installed meanwhile)."""
    kept = cache.CompiledPatterns(path)
    kept.install()
    try:
        re.purge()
        return kept, [re.compile(p, f) for p, f in patterns]
    finally:
        kept.uninstall()
        re.purge()


def test_kept_code_builds_the_same_patterns(monkeypatch, tmp_path):
    if cache._engine() is None:
        pytest.skip("this Python's re has no compiler the cache can read")
    monkeypatch.setattr(cache, "MIN_NEW", 1)
    path = tmp_path / "patterns.pickle"
    original = re._compiler.compile
    first, _ = _compiled(monkeypatch, path, PATTERNS)
    assert re._compiler.compile is original  # uninstalled
    assert not first.used and len(first.new) == len(PATTERNS)
    first.save()
    second, patterns = _compiled(monkeypatch, path, PATTERNS)
    assert len(second.used) == len(PATTERNS) and not second.new  # every one from the file
    for (p, f), got in zip(PATTERNS, patterns):
        want = re.compile(p, f)
        assert got == want and got.groupindex == want.groupindex and got.groups == want.groups
        for text in TEXTS:
            subject = text.encode("utf-8") if isinstance(p, bytes) else text
            assert [m.span() for m in got.finditer(subject)] == [m.span() for m in want.finditer(subject)]
            assert [m.groups() for m in got.finditer(subject)] == [m.groups() for m in want.finditer(subject)]


def test_debug_and_locale_patterns_and_a_broken_file_are_compiled_as_usual(monkeypatch, tmp_path):
    if cache._engine() is None:
        pytest.skip("this Python's re has no compiler the cache can read")
    monkeypatch.setattr(cache, "MIN_NEW", 1)
    path = tmp_path / "patterns.pickle"
    path.write_bytes(b"not a pickle")
    kept, patterns = _compiled(monkeypatch, path, [(rb"[a-z]+", re.LOCALE)])
    assert kept.entries == {} and not kept.new  # nothing read, the LOCALE pattern not kept
    assert patterns[0].match(b"abc")
    kept.save()
    assert path.read_bytes() == b"not a pickle"  # nothing to save


def test_few_new_patterns_are_kept_when_a_second_run_compiles_them_again(monkeypatch, tmp_path):
    if cache._engine() is None:
        pytest.skip("this Python's re has no compiler the cache can read")
    path = tmp_path / "patterns.pickle"
    first, _ = _compiled(monkeypatch, path, PATTERNS[:2] + [(r"once\d", 0)])
    assert len(first.new) == 3 < cache.MIN_NEW
    first.save()
    assert not path.exists() and path.with_suffix(".pending").exists()  # only noted
    second, _ = _compiled(monkeypatch, path, PATTERNS[:2] + [(r"twice\d", 0)])
    second.save()
    third = cache.CompiledPatterns(path)
    assert set(third.entries) == {(type(p), p, f) for p, f in PATTERNS[:2]}  # seen in both runs
    assert third.pending == {(str, r"twice\d", 0)}


def test_an_entry_that_cannot_be_read_is_compiled_anew(monkeypatch, tmp_path):
    if cache._engine() is None:
        pytest.skip("this Python's re has no compiler the cache can read")
    kept = cache.CompiledPatterns(tmp_path / "patterns.pickle")
    key = (str, r"[a-z]+(\d)", 0)
    kept.entries[key] = ("not", "an", "entry")
    kept.install()
    try:
        re.purge()
        got = re.compile(key[1])
    finally:
        kept.uninstall()
        re.purge()
    assert got == re.compile(key[1]) and key not in kept.entries and key in kept.new
