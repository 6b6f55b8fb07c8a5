"""A first user's large plain text (eighteenth session, bigtext18): the cleaner's work grows with the
text, not with its square, and a text too long to be one article is named as it is read (W113).
No test here is timed: they count the work done, or check what is said."""

from __future__ import annotations

import json
import random
import re

from typer.testing import CliRunner

from dateline.cli import app
from dateline.ingest import lines as L
from dateline.ingest import readers
from dateline.ingest.readers import iter_inputs

runner = CliRunner()


class CountingList(list):
    """A list that counts the items read from it (by index, by slice, by iteration)."""

    reads = 0

    def __getitem__(self, key):
        found = super().__getitem__(key)
        self.reads += len(found) if isinstance(key, slice) else 1
        return found

    def __iter__(self):
        for item in super().__iter__():
            self.reads += 1
            yield item


def _cut_text(pieces: int) -> list[str]:
    # a sentence cut at its links, as get_text puts it ("… now available on" / "Android" / ", making
    # it …"), the pieces between paragraphs of prose, with blank lines now and then
    rng = random.Random(18)
    out = []
    for k in range(pieces):
        out += ["The new app is now available on", "Android", ", making it the first of its kind in the region."]
        if rng.random() < 0.3:
            out.append("")
        out.append(f"Officials said on Tuesday that {k} people had signed up in the first week of the trial.")
    return out


def test_next_pieces_gives_the_next_non_empty_line():
    stripped = ["a", "", "", "b", "c", "", "d", "", ""]
    naive = [next((line for line in stripped[i + 1:] if line), None) for i in range(len(stripped))]
    assert L._next_pieces(stripped) == naive == ["b", "b", "b", "c", "d", "d", None, None, None]


def test_the_chains_search_reads_each_line_a_bounded_number_of_times():
    # before: each line that might bridge a sentence looked up the next piece by copying the rest of
    # the text, so a text of n lines cost n² reads (4 s of a 2 MB text's 11 s of cleaning)
    per_line = []
    for pieces in (250, 1000, 4000):
        stripped = CountingList(_cut_text(pieces))
        chosen = L._sentence_chains(stripped, L._next_pieces(stripped))  # both searches counted
        assert len(chosen) >= pieces    # the bridges were found (the case that looked ahead)
        per_line.append(stripped.reads / len(stripped))
    assert max(per_line) < 10
    assert per_line[-1] <= per_line[0] * 1.2    # 16 times the lines: not more reads per line


def test_rejoining_finds_the_same_joints_in_a_long_text_as_in_its_parts():
    # the joints of a text 40 times as long are its part's, 40 times (no search across the whole)
    part = "\n".join(_cut_text(50))
    one = L.rejoin_fragments(part)
    many = L.rejoin_fragments("\n\n".join([part] * 40))
    assert one != part and many == "\n\n".join([one] * 40)


def test_a_text_too_long_for_one_article_is_named_as_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "ONE_ARTICLE_MAX_CHARS", 5_000)
    paragraph = "The minister said the talks in Doha would resume next week.\n\n"
    (tmp_path / "dump.txt").write_text(paragraph * 200, encoding="utf-8")     # 12,200 characters
    (tmp_path / "one.txt").write_text(paragraph * 50, encoding="utf-8")       # 3,050
    (tmp_path / "page.html").write_text("<html><body><p>" + "Talks. " * 2_000 + "</p></body></html>",
                                        encoding="utf-8")
    items = list(iter_inputs([str(tmp_path)]))
    warnings = [item for item in items if isinstance(item, readers.InputWarning)]
    assert [(w.code, w.source) for w in warnings] == [("W113", str(tmp_path / "dump.txt"))]
    # said before the article itself, so before it is cleaned and annotated; the article still comes
    assert items.index(warnings[0]) + 1 == next(i for i, item in enumerate(items)
                                                if getattr(item, "source", None) == str(tmp_path / "dump.txt")
                                                and not isinstance(item, readers.InputWarning))
    text = str(warnings[0])
    assert f"{len(paragraph) * 200:,} characters" in text and "JSON Lines" in text and "Split it" in text


def test_the_warning_leaves_the_exit_status_and_the_article(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "ONE_ARTICLE_MAX_CHARS", 1_000)
    big = tmp_path / "big.txt"
    big.write_text("The council met on Monday to discuss the budget. " * 40, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(big), "-q", "--published", "2021-11-24"])
    assert result.exit_code == 0, result.stderr
    assert re.search(rf"^dateline: {re.escape(str(big))}: W113 ", result.stderr, re.M)
    (document,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert "council met on Monday" in document["text"]


def test_the_one_article_limit_is_above_every_bundled_article():
    with open(readers.Path(__file__).resolve().parent.parent / "samples" / "wikinews" / "wikinews.jsonl",
              encoding="utf-8") as handle:
        longest = max(len(json.loads(line).get("text") or "") for line in handle)
    assert 0 < longest * 5 < readers.ONE_ARTICLE_MAX_CHARS
