"""The publisher's own article body (JSON-LD articleBody) as evidence about the extracted HTML body
(twenty-third session, issue 20): which object's body is the page's, how it is read, the paragraphs the
extractor cut put back in page order, and the full-mode body weighed by it. Invented pages and bodies."""

from __future__ import annotations

import json

from dateline.ingest import html
from dateline.ingest import html_publisher as H
from dateline.ingest import patterns as P
from dateline.ingest.extracted import Extracted
from dateline.ingest.html_evidence import jsonld_objects

LEDE = ("The harbour board of Westport voted on Tuesday to close the old ferry pier for a year, citing cracks found "
        "in its pilings during a routine survey last month.")
SECOND = ("Ferries will dock at the cargo quay in the meantime, the board said, and the timetable will not change "
          "for passengers travelling to the islands.")
THIRD = ("Repairs are expected to cost about four million euros, most of it paid from the port's reserve fund "
         "rather than by the town council.")
FOURTH = ("Fishermen who moor beside the pier asked the board to keep the slipway open, and a decision on that "
          "request is due next week.")
PARAGRAPHS = [LEDE, SECOND, THIRD, FOURTH]
URL = "https://www.westport-news.example/local/ferry-pier-closes"
TITLE = "Westport closes its old ferry pier for a year"


def page(objects, paragraphs=PARAGRAPHS, extra: str = "") -> str:
    blocks = "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{TITLE}</title>{blocks}</head><body><article><h1>{TITLE}</h1>{body}</article>"
            f"{extra}</body></html>")


def article(body: str, **kw) -> dict:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "articleBody": body, **kw}


def objects_of(markup: str) -> list[dict]:
    return jsonld_objects(html.parse_html(markup))


def test_the_pages_own_article_body_is_read_as_plain_text():
    value = "<p>" + "</p><p>".join(PARAGRAPHS) + "</p>"
    found = H.publisher_body(objects_of(page([article(value)])), URL, TITLE)
    assert found is not None and found.split("\n") == PARAGRAPHS
    # escaped markup and entities (escaped twice: "&amp;hellip;") are decoded, a figure's caption left out
    escaped = ("&lt;p&gt;Port &amp;amp; town&lt;/p&gt;&lt;figure&gt;&lt;figcaption&gt;The pier in May"
               "&lt;/figcaption&gt;&lt;/figure&gt;&lt;p&gt;" + SECOND + "&lt;/p&gt;")
    assert H.body_text(escaped).split("\n") == ["Port & town", SECOND]
    # no markup: white space collapsed, the CMS's own line breaks kept as paragraph breaks
    assert H.body_text(f"  {LEDE}\r\n\r\n{SECOND}  ") == f"{LEDE}\n{SECOND}"
    # in an @graph beside the site's objects too
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Westport News"},
                                                          article(LEDE)]}
    assert H.publisher_body(objects_of(page([graph])), URL, TITLE) == LEDE


def test_of_several_articles_the_pages_own_by_address_or_headline_else_none():
    own = article(LEDE, url=URL + "/")
    other = article(SECOND, headline="Council budget passes", url="https://www.westport-news.example/council")
    markup = page([other, own])
    assert H.publisher_body(objects_of(markup), URL, TITLE) == LEDE   # the address (its trailing slash aside)
    both = [dict(own, url=None), dict(other, url=None)]
    assert H.publisher_body(objects_of(page(both)), None, TITLE) == LEDE   # the headline
    # two articles neither of which is told apart from the other: not sure, no evidence
    unsure = [dict(own, url=None, headline="One"), dict(other, url=None, headline="Two")]
    assert H.publisher_body(objects_of(page(unsure)), None, TITLE) is None
    # a page with no article object, or an empty body, gives none
    assert H.publisher_body(objects_of(page([{"@type": "WebSite", "name": "x"}])), URL, TITLE) is None
    assert H.publisher_body(objects_of(page([article("  ")])), URL, TITLE) is None


def test_a_teaser_or_a_summary_is_no_whole_article():
    whole = " ".join(PARAGRAPHS)
    assert H.complete(whole)
    assert not H.complete(whole[:300] + "…")   # a paywall's teaser
    assert not H.complete(whole[:300] + "...")
    assert not H.complete(LEDE)   # a one-sentence summary (bbc's description)
    assert len(LEDE.split()) < P.PUBLISHER_COMPLETE_WORDS <= len(whole.split())


def test_paragraphs_inside_the_publishers_body_that_were_cut_come_back_in_page_order():
    markup = page([article("\n".join(PARAGRAPHS))], extra="<p>Subscribe to our newsletter for the day's news "
                  "from the harbour and the islands, every morning.</p>")
    tree = html.parse_html(markup)
    marked = H.page_paragraphs(tree, "\n".join(PARAGRAPHS))
    assert [m for _, m in marked] == [True, True, True, True, False]
    # the extractor kept the first and the last paragraph: the two between come back between them
    assert H.with_publisher_paragraphs(f"{LEDE}\n{FOURTH}", marked).split("\n") == PARAGRAPHS
    # the first one cut: it goes before the nearest paragraph after it that the body has
    assert H.with_publisher_paragraphs(f"{SECOND}\n{THIRD}\n{FOURTH}", marked).split("\n") == PARAGRAPHS
    # a body holding none of the page's paragraphs has no place for them
    assert H.with_publisher_paragraphs("Something else entirely.", marked) == "Something else entirely."
    # a paragraph the body holds part of (its start, glued to the next line) is not put back twice
    glued = f"{LEDE}\n{SECOND} {THIRD[:60]}\n{FOURTH}"
    assert H.with_publisher_paragraphs(glued, marked) == glued


def test_short_lines_and_captions_inside_the_body_are_not_put_back():
    caption = "Westport's old ferry pier seen from the cargo quay on a grey morning in May."
    body = "\n".join([LEDE, "Read more", caption, SECOND])
    markup = page([article(body)], paragraphs=[LEDE, "Read more", SECOND],
                  extra=f"<figure><img src='x.jpg'><figcaption><p>{caption}</p></figcaption></figure>")
    marked = H.page_paragraphs(html.parse_html(markup), body)
    assert ("Read more", False) in marked   # under PUBLISHER_PARAGRAPH_WORDS words
    assert all(text != caption for text, _ in marked)   # a caption's paragraph is not the page's
    classed = page([article(body)], paragraphs=[LEDE], extra=f"<div class='photo-caption'><p>{caption}</p></div>")
    assert all(text != caption for text, _ in H.page_paragraphs(html.parse_html(classed), body))
    # a paragraph whose words only begin inside the body's (its sentence goes on elsewhere) is not inside it
    assert H.page_paragraphs(html.parse_html(page([article(LEDE[:80])])), LEDE[:80])[0][1] is False


def test_a_paragraph_in_chinese_is_counted_by_its_characters():
    text = "港口委员会周二投票决定关闭旧渡轮码头一年，理由是上月例行检查时在桩基中发现了裂缝。"
    markup = page([article(text)], paragraphs=[text])
    assert H.page_paragraphs(html.parse_html(markup), text) == [(text, True)]


def stage_of(markup: str, raw: str) -> html.Stage:
    found = html.extract_stage(markup, URL)
    assert isinstance(found, html.Stage)
    found.raw, found.fuller, found.full, found.shorter, found.block, found.loose = raw, None, None, None, None, []
    found.full_mode = None
    return found


def test_finish_puts_the_cut_paragraphs_back_and_the_rule_can_be_switched_off():
    markup = page([article("\n\n".join(PARAGRAPHS))])
    cut = stage_of(markup, f"{LEDE}\n{FOURTH}")
    assert cut.published and all(m for _, m in cut.published)
    assert html.finish(cut).text.split("\n") == PARAGRAPHS
    assert html.finish(cut, frozenset({"publisher-paragraphs"})).text.split("\n") == [LEDE, FOURTH]
    # a page without an articleBody is left as it was
    bare = stage_of(page([{"@type": "NewsArticle", "headline": TITLE}]), f"{LEDE}\n{FOURTH}")
    assert not bare.published and html.finish(bare).text.split("\n") == [LEDE, FOURTH]


def test_a_full_mode_body_closer_to_the_publishers_is_taken_where_the_fast_one_holds_too_little(monkeypatch):
    more = [f"{p} {q}" for p, q in zip(PARAGRAPHS, reversed(PARAGRAPHS))] * 2   # a whole article's words
    published = "\n".join(more)
    assert H.complete(published)
    markup = page([article(published)], paragraphs=[])   # none of it in the page's <p>: nothing to put back
    fast = stage_of(markup, "Most read: the week's ten stories from the harbour and the islands, in one list.")
    monkeypatch.setattr(html, "_full_mode", lambda tree, url: published)
    assert html._closer_to_publisher(fast, published, URL) == published
    # a full-mode body no closer to the publisher's than the fast one is not taken
    monkeypatch.setattr(html, "_full_mode", lambda tree, url: "Another list of ten stories, none of them this.")
    assert html._closer_to_publisher(fast, published, URL) is None
    # and the full mode is not asked where the fast body holds the publisher's body already
    monkeypatch.setattr(html, "_full_mode", lambda tree, url: (_ for _ in ()).throw(AssertionError("asked")))
    held = stage_of(markup, published)
    assert html._closer_to_publisher(held, published, URL) is None
    # the stage takes the closer body as its source, unless the rule is off
    fast.closer = published
    assert fast.source() == published and fast.source(frozenset({"publisher-closer"})) == fast.raw


def test_coverage_and_closeness_count_runs_of_four_words():
    own = H.shingles(LEDE)
    assert H.coverage(LEDE, own) == 1.0 and H.closeness(LEDE, own) == 1.0
    assert H.coverage("", own) == 0.0 and H.closeness("", own) == 0.0
    half = " ".join(LEDE.split()[:len(LEDE.split()) // 2])
    assert 0.3 < H.coverage(half, own) < 0.7
    assert H.coverage(f"{LEDE} {SECOND}", own) == 1.0 and H.closeness(f"{LEDE} {SECOND}", own) < 0.7


def test_a_paragraph_trafilatura_takes_for_a_widget_comes_back_end_to_end():
    # the third paragraph sits in a <div> classed like a related-stories box, which trafilatura leaves out
    body = "".join(f"<p>{p}</p>" for p in [LEDE, SECOND]) + f"<div class='related-stories'><p>{THIRD}</p></div>"
    markup = page([article("\n".join(PARAGRAPHS))], paragraphs=[], extra="")
    markup = markup.replace("</h1>", f"</h1>{body}<p>{FOURTH}</p>")
    off = html.extract_html(markup, URL, off=frozenset({"publisher-paragraphs"})).text
    assert THIRD not in off and LEDE in off
    assert html.extract_html(markup, URL).text.split("\n") == PARAGRAPHS
    # without the publisher's body the page's text is what trafilatura gave
    bare = markup.replace('"articleBody"', '"description"')
    assert html.extract_html(bare, URL).text == off


# review mends (mend23A): invented pages

VOTED = ("The harbour board of Westport met on Tuesday and the vote to close the old ferry pier for a year passed, "
         "citing cracks found in its pilings.")   # a lede holding the words of the subhead below


def test_a_short_subhead_marks_its_own_line_not_words_of_an_earlier_one():
    # page: lede, a subhead "The vote", the second paragraph in a related-stories box, the rest
    body = (f"<p>{VOTED}</p><p><strong>The vote</strong></p><div class='related-stories'><p>{SECOND}</p></div>"
            f"<p>{THIRD}</p><p>{FOURTH}</p>")
    markup = page([article("\n".join([VOTED, SECOND, THIRD, FOURTH]))], paragraphs=[])
    marked = H.page_paragraphs(html.parse_html(markup.replace("</h1>", "</h1>" + body)),
                               "\n".join([VOTED, SECOND, THIRD, FOURTH]))
    assert [t for t, _ in marked] == [VOTED, "The vote", SECOND, THIRD, FOURTH]
    text = "\n".join([VOTED, "The vote", THIRD, FOURTH])
    assert H.with_publisher_paragraphs(text, marked).split("\n") == [VOTED, "The vote", SECOND, THIRD, FOURTH]
    # a short paragraph that is no line of its own marks nothing: the nearest long one decides
    assert (H.with_publisher_paragraphs("\n".join([VOTED, THIRD, FOURTH]), marked).split("\n")
            == [VOTED, SECOND, THIRD, FOURTH])


def test_a_paragraph_printed_twice_on_the_page_comes_back_once():
    body = (f"<p>{LEDE}</p><div class='related-stories'><p>{SECOND}</p></div>"
            f"<div class='mobile-only related'><p>{SECOND}</p></div><p>{THIRD}</p><p>{FOURTH}</p>")
    markup = page([article("\n".join(PARAGRAPHS))], paragraphs=[]).replace("</h1>", "</h1>" + body)
    marked = H.page_paragraphs(html.parse_html(markup), "\n".join(PARAGRAPHS))
    assert [t for t, m in marked if m] == [LEDE, SECOND, SECOND, THIRD, FOURTH]
    assert H.with_publisher_paragraphs(f"{LEDE}\n{THIRD}\n{FOURTH}", marked).split("\n") == PARAGRAPHS


def test_markup_is_removed_from_a_body_but_text_between_angle_brackets_is_kept():
    assert H.body_text("If x<y and z>w the pier stays shut.") == "If x<y and z>w the pier stays shut."
    assert H.body_text("<p class='lede'>Port</p><span>and</span> <o:p style=\"x\">town</o:p>") == "Port\nand town"
    assert H.body_text("a <br/>b <strong>c</strong>") == "a\nb c"
    assert H.body_text("<cms-embed>Port</cms-embed> <TABLE><TR><TD>town</TD></TR></TABLE>") == "Port\ntown"


def test_a_teaser_ending_in_a_bracketed_ellipsis_is_no_whole_article():
    whole = " ".join(PARAGRAPHS)
    assert H.complete(whole)
    assert not H.complete(whole + " [...]") and not H.complete(whole + " […]") and not H.complete(whole + " (...)")


def test_the_full_mode_is_asked_once_where_an_earlier_step_asked_it(monkeypatch):
    # a weak pick: trafilatura's full mode is asked, its shorter body taken; the publisher's body is then
    # weighed against that same full-mode body, not a second run of it
    published = "\n".join([f"{p} {q}" for p, q in zip(PARAGRAPHS, reversed(PARAGRAPHS))] * 2)
    menu = " ".join(f"Story number {i} of the week from the harbour and the islands, read it now." for i in range(20))
    markup = page([article(published)], paragraphs=[menu])
    asked = []
    shorter = "A short story of the week. The harbour board met."
    monkeypatch.setattr(html, "_weak_pick", lambda *a: True)
    monkeypatch.setattr(html, "_full_mode", lambda tree, url: asked.append(url) or shorter)
    stage = html.extract_stage(markup, URL)
    assert stage.shorter == shorter and stage.closer is None and len(asked) == 1
