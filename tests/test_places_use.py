"""Place names inside organisations' names and as modifiers: reported in the Document's places
with their ``use``, and never read by the later stages (work.places)."""

from __future__ import annotations

import pytest

from dateline.entities import find_entities
from dateline.model import Document
from dateline.pipeline import Work, finish
from dateline.places.stage import find_places


@pytest.fixture(scope="module")
def run_places(nlp):
    def run(text: str) -> tuple[Work, Document]:
        work = Work(text=text, published=None, doc=nlp(text))
        find_entities(work)
        find_places(work)
        return work, finish(Document(id="t", text=text), work)

    return run


def test_a_place_inside_an_organisations_name_is_reported_as_embedded(run_places):
    work, document = run_places("She studied law at the University of Texas before moving on.")
    texas = [p for p in document.places if p.text == "Texas"]
    assert texas and texas[0].use == "embedded" and texas[0].country == "USA"
    # the later stages read work.places, where the name's place is not
    assert not [p for p in work.places if p.text == "Texas"]


def test_a_saints_name_or_initials_inside_a_name_are_no_place(run_places):
    _, document = run_places("They married at St. Paul's United Brethren Church, and "
                             "D.E. Smith Holdings paid for the party.")
    assert not [p for p in document.places if p.text in ("St. Paul", "D.E.")]


def test_literal_and_modifier_uses(run_places):
    _, document = run_places("A Paris court ruled on Monday. Protesters gathered in Lyon.")
    uses = {p.text: p.use for p in document.places}
    assert uses.get("Lyon") == "literal"
    assert uses.get("Paris") == "modifier"



def test_store_keeps_place_use_and_the_map_leaves_embedded_names_out(tmp_path):
    """The store's places table carries Place.use (schema v11); the map's mentioned places skip
    a name inside another name; a store written before v11 gets 'literal' on open."""
    import duckdb

    from dateline.corpus.store import Store
    from dateline.model import Document, Place
    from dateline.web.queries import mentioned_places

    texas = Place(20, 25, "Texas", 4736286, "Texas", "USA", 31.25, -99.25, "ADM1", use="embedded")
    paris = Place(0, 5, "Paris", 2988507, "Paris", "FRA", 48.85, 2.35, "PPLC", use="modifier")
    document = Document(id="u1", text="Paris court at the University of Texas.", places=(paris, texas))
    path = tmp_path / "p.duckdb"
    with Store(path) as store:
        store.add_batch([document])
        uses = store.con.execute("SELECT text, use FROM places ORDER BY start").fetchall()
        shown = [p["name"] for p in mentioned_places(store)]
    assert uses == [("Paris", "modifier"), ("Texas", "embedded")]
    assert shown == ["Paris"]
    con = duckdb.connect(str(path))  # a v10 store: no use column
    con.execute("ALTER TABLE places DROP COLUMN use")
    con.execute("DELETE FROM schema_migrations WHERE version >= 11")
    con.close()
    with Store(path) as store:
        assert store.con.execute("SELECT DISTINCT use FROM places").fetchall() == [("literal",)]
