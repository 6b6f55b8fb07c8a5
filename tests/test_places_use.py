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

