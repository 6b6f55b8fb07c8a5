"""Two mends of robust21 (robmend21): a wire agency's photo credit in other words than English's
("Reuters/Files", "Reuters/Pool", "AFP/Imagens", "dpa/Bild") is no credit of the page's story, while a
photographer's name after the agency is ("AFP / Philippe Lopez"); a query stopped by
``con.interrupt()`` (``duckdb.InterruptException``, a ``duckdb.Error``) is an interrupt in a store
transaction, not a failed write (E408). Invented pages (the page frame of test_ingest_plain_heads20)."""

from __future__ import annotations

import threading
import time

import duckdb
import pytest

from dateline.corpus import Store
from dateline.corpus.store import StoreError, interrupted
from dateline.ingest.clean import clean_text
from dateline.ingest.metadata_text import _WIRE_CREDIT

from test_ingest_plain_heads20 import HEADLINE, page

PHOTO_CREDITS = ["Reuters/Files", "Reuters/File", "Reuters/Pool", "AP/Pool", "AFP/Imagens", "AFP/Imagem",
                 "AFP/Fotos", "AFP/Foto", "dpa/Bild", "dpa/Bilder", "AFP/Imagen", "AFP/Imágenes",
                 "AFP/Imagenes", "Reuters / Pool / Files", "AFP, Reuters Pool"]
STORY_CREDITS = ["AFP / Philippe Lopez", "Reuters / Jane Poolman", "dpa / Anna Bildt", "AFP, Reuters"]


def _wire(credit: str) -> str:
    """The label of the credit's agency before a headline (a headline in lower case, "dpa: …", is no title)."""
    return credit.split("/")[0].split(",")[0].strip().replace("dpa", "DPA")


@pytest.mark.parametrize("credit", PHOTO_CREDITS)
def test_a_photo_credit_in_any_of_its_words_is_no_credit_of_the_story(credit):
    assert not _WIRE_CREDIT.match(credit)
    # a newspaper's own story with the agency's photo: the agency's label before the headline stays
    text = page(f"{_wire(credit)}: {HEADLINE}", "By Ines Marlow", "June 10, 2025", tail=(credit,))
    assert clean_text(text).title == f"{_wire(credit)}: {HEADLINE}"


@pytest.mark.parametrize("credit", STORY_CREDITS)
def test_a_name_after_the_agency_still_credits_the_story(credit):
    assert _WIRE_CREDIT.match(credit)
    text = page(f"{_wire(credit)}: {HEADLINE}", "June 10, 2025", tail=(credit,))
    assert clean_text(text).title == HEADLINE    # the agency's story: its label goes


def test_an_interrupt_exception_is_an_interrupt():
    assert interrupted(duckdb.InterruptException("INTERRUPT Error: Interrupted!"))
    assert interrupted(RuntimeError("Query interrupted"))
    assert not interrupted(duckdb.IOException("disk full"))
    assert not interrupted(RuntimeError("another error"))


@pytest.mark.timeout(60)
def test_a_query_stopped_by_interrupt_in_a_transaction_is_a_keyboard_interrupt():
    with Store(":memory:") as store:
        timer = threading.Timer(0.3, store.con.interrupt)
        started = time.perf_counter()
        timer.start()
        with pytest.raises(KeyboardInterrupt):
            with store.transaction() as con:
                con.execute("CREATE TABLE t AS SELECT count(*) AS n FROM range(100000000000) a")  # minutes
        timer.join()
        assert time.perf_counter() - started < 30
        assert store.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 't'"
                                 ).fetchone()[0] == 0  # rolled back
        # a failed write is still E408
        with pytest.raises(StoreError, match="E408"):
            with store.transaction() as con:
                raise duckdb.IOException("disk full")
