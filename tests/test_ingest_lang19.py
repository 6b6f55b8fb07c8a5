"""Nineteenth session (issue 20, inghtml19): text kept as printed.

- TeX-style ``…'' (AP wire copy) and full-width ＂…＂ are no longer rewritten as “…” and "…": a
  must-appear snippet with them was not found in the body; the quotes stage reads ``…'' itself.
"""

from __future__ import annotations

from dateline.ingest.encoding import repair
from dateline.ingest.html import extract_html
from dateline.quotes.marks import find_quoted


def test_tex_and_full_width_quotes_are_kept_as_printed():
    text, problems = repair("Said Davis: ``We've concluded further investigation is warranted.''")
    assert text == "Said Davis: ``We've concluded further investigation is warranted.''"
    assert problems == []
    assert repair("他说：＂我们会继续努力＂。")[0] == "他说：＂我们会继续努力＂。"
    # reversed quotes are still read as the common ones (the quotes stage knows only those)
    assert repair("\u201fq\u201d")[0] == "\u201cq\u201d"


AP_PAGE = ("<html><head><title>Committee asks for inquiry</title></head><body><article>"
           "<h1>Committee asks for inquiry</h1>"
           "<p>WASHINGTON (AP) - The House committee asked the Justice Department on Wednesday to look into "
           "the testimony of a former aide, saying it had found new evidence in the records.</p>"
           "<p>Said Davis: ``We've concluded further investigation is warranted,'' adding that the "
           "committee would hand over every record it had gathered since the spring.</p>"
           "<p>The department said it would review the request and answer the committee within the "
           "coming weeks, as it has done with earlier referrals.</p></article></body></html>")


def test_an_html_body_keeps_tex_quotes_and_the_quotes_stage_still_pairs_them():
    text = extract_html(AP_PAGE).text
    assert "``We've concluded further investigation is warranted,''" in text
    assert "\u201c" not in text
    quoted = [text[q.start:q.end] for q in find_quoted(text)]
    assert "``We've concluded further investigation is warranted,''" in quoted
