"""One real annotation run: the seed article and a syndicated copy of it (other boilerplate, a few
words edited), annotated by the default pipeline and stored — linked as copies, events merged."""

from __future__ import annotations

import dataclasses

from dateline.corpus import Store
from dateline.corpus.stories import build_stories


def syndicated_copy(text: str) -> str:
    """The seed as another outlet would run it: its own headline, dateline and footer, a few
    words changed, the lede not printed twice."""
    body = text.split("\n\n", 1)[1]
    body = body.split("This article has been adapted")[0]
    body = (body.replace("revealed", "announced").replace("repeatedly", "again and again")
            .replace("seized nearly", "froze almost"))
    return ("Washington and Taliban to resume Doha talks\n\nBy Staff Writer, Example Wire\n\n" + body +
            "\n\n© 2021 Example Wire. Share this story on Facebook and Twitter.\n")


def test_seed_and_its_copy(seed_doc, seed_text, annotate_text, tmp_path):
    import dateline

    copy = dateline.annotate(syndicated_copy(seed_text), published="2021-11-25", id="seed-copy")
    copy = dataclasses.replace(copy, publisher="Example Wire")
    with Store(tmp_path / "seed.duckdb") as store:
        store.add_batch([seed_doc])
        result = store.add_batch([copy])
        build_stories(store)
        assert result.duplicates == {"seed-copy": seed_doc.id}
        # each event of the copy that the original also has (same type, modality and date)
        # is merged into the original's event rather than counted again
        twins = sum(1 for e in copy.events if any(
            (o.type, o.modality, o.date) == (e.type, e.modality, e.date) for o in seed_doc.events))
        # (measured: 10 of the copy's 10 events have a twin and all 10 merge)
        assert result.events_merged >= 0.8 * twins
        assert result.events_merged + result.events_new == len(copy.events)
        assert store.count("events") == len(seed_doc.events) + result.events_new
        story = store.story(store.get_document(seed_doc.id) and store.query(
            "SELECT story_id FROM articles WHERE id = ?", [seed_doc.id])[0]["story_id"])
        assert story["n_articles"] == 2
        # stored whole: the Document comes back equal, spans and all
        assert store.get_document(seed_doc.id) == seed_doc
