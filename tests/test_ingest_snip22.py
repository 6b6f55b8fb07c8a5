"""HTML bodies (twenty-second session, issue 20, review21B's leftovers): a page-layout table's rows left in a
body that is no layout table, a headline glued onto the lede, and the weak-pick test on a page with no main
text block. Invented pages and bodies."""

from __future__ import annotations

from lxml.etree import Element, SubElement

from dateline.ingest import html
from dateline.ingest import patterns as P
from dateline.ingest.extracted import Extracted

LEDE = ("African title holders Egypt kept their good form before the tournament with a one-nil win over Mali on "
        "Thursday, a penalty in the first half deciding a match that Mali dominated after the break.")
SECOND = ("Egypt close their programme on Sunday in Lisbon against Angola, as they prepare for a group that "
          "holds four-time champions Cameroon, Zambia and Sudan.")
TITLE = "Holders Egypt keep winning run before the Cup"


def test_no_main_block_is_no_sign_of_a_dump():
    # a page with no <p> and no <br> (block_chars 0): the dump test has nothing to compare the fast body with,
    # so no second extraction is run; a layout table still counts
    body = Element("body")
    SubElement(body, "div").text = "text"
    assert not html._weak_pick(body, "x" * 5000, 0)
    assert html._weak_pick(body, "x" * 5000, 100)
    for _ in range(P.SECOND_OPINION_TABLES + 1):
        SubElement(body, "table")
    assert html._weak_pick(body, "x" * 5000, 0)


def test_a_page_with_no_main_block_runs_no_full_mode(monkeypatch):
    import trafilatura

    calls = []
    body = Element("body")
    SubElement(body, "div").text = LEDE

    class Fast:
        text = LEDE + "\n" + SECOND

    Fast.body = body

    def fake(*args, **kw):
        calls.append(kw.get("fast"))
        return Fast() if kw.get("fast") else {"text": LEDE}

    monkeypatch.setattr(trafilatura, "bare_extraction", fake)
    page = f"<html><head><title>{TITLE}</title></head><body><div>{LEDE}</div><div>{SECOND}</div></body></html>"
    found = html.extract_stage(page)
    assert isinstance(found, html.Stage) and found.shorter is None
    assert calls == [True]
