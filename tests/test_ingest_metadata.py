"""HTML metadata from explicit evidence (html_evidence.py) and the truncated-body fallback (html.py).

Fixtures are written by hand for each rule; no dev-set gold is copied here.
"""

from __future__ import annotations

import json

import pytest

from dateline.ingest import RawArticle, to_document
from dateline.ingest.extracted import Extracted
from dateline.ingest.html import Stage, finish, main_block_chars
from dateline.ingest.html_evidence import iso_date, split_people, strip_site

BODY = "".join(f"<p>Paragraph {i}: the harbour authority said on Monday that the new ferry line would open "
               f"in spring, after two years of delays and a change of operator.</p>" for i in range(5))


def page(head: str = "", header: str = "", url_body: str = BODY) -> str:
    return (f"<html><head><meta charset='utf-8'>{head}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article>{header}{url_body}</article></body></html>")


def ld(obj: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def document(html: str, url: str | None = None):
    return to_document(RawArticle(source="test", format="html", content=html, url=url))


def test_jsonld_date_wins_and_keeps_its_time_zone():
    html = page(ld({"@type": "NewsArticle", "datePublished": "2024-03-05T14:30:00+01:00"})
                + "<meta property='article:published_time' content='2024-03-04T10:00:00Z'>")
    assert document(html).published == "2024-03-05T14:30:00+01:00"


def test_meta_date_when_no_jsonld_and_z_becomes_utc():
    html = page("<meta property='article:published_time' content='2023-11-24T09:23:00Z'>")
    assert document(html).published == "2023-11-24T09:23:00+00:00"


def test_time_element_in_the_article_header():
    html = page(header="<header><h1>Ferry line to open</h1><time datetime='2022-06-01'>1 June</time></header>")
    assert document(html).published == "2022-06-01"


@pytest.mark.parametrize("header, expected", [
    # the update's <time> first, labelled before it or by its markup: the publication's is read
    ("<div>Updated <time datetime='2022-06-02T09:00:00Z'>2 June</time></div>"
     "<div>Published <time datetime='2022-06-01T10:00:00Z'>1 June</time></div>", "2022-06-01T10:00:00+00:00"),
    ("<time datetime='2022-06-02T09:00:00Z'>Last updated 2 June</time>"
     "<time datetime='2022-06-01T10:00:00Z'>1 June</time>", "2022-06-01T10:00:00+00:00"),
    ("<time class='updated' datetime='2022-06-02'>2 June</time><time datetime='2022-06-01'>1 June</time>", "2022-06-01"),
    # an unmodified WordPress post marks its one <time> "published updated"
    ("<time class='entry-date published updated' datetime='2022-06-01'>1 June</time>"
     "<time datetime='2022-06-05'>5 June</time>", "2022-06-01"),
])
def test_the_publications_time_element_before_the_updates(header, expected):
    html = page(header=f"<header><h1>Ferry line to open</h1>{header}</header>")
    assert document(html).published == expected


def test_a_date_line_after_the_headline_before_an_update_line():
    header = ("<h1>Ferry line to open</h1><div>By Ines Marlow</div><div>Updated 3:45 PM EST, Tue June 2, 2022</div>"
              "<div>Published 10:00 AM EST, Mon June 1, 2022</div>")
    assert document(page(header=header)).published == "2022-06-01T10:00:00-05:00"
    only_update = "<h1>Ferry line to open</h1><div>By Ines Marlow</div><div>Updated 2 June 2022</div>"
    assert document(page(header=only_update)).published == "2022-06-02"


def test_date_in_the_url_when_the_markup_has_none():
    assert document(page(), url="https://news.example.com/2021/02/17/ferry-line").published == "2021-02-17"


def test_a_webpage_date_does_not_beat_the_articles():
    html = page(ld({"@graph": [{"@type": "WebPage", "datePublished": "2010-01-01"},
                               {"@type": "NewsArticle", "datePublished": "2020-05-06"}]}))
    assert document(html).published == "2020-05-06"


def test_a_time_element_agreeing_with_the_address_beats_a_related_storys():
    header = ("<header><h1>Ferry line to open</h1></header><aside><time datetime='2021-02-19T08:00:00Z'>19 Feb</time>"
              "</aside><time datetime='2021-02-17T10:30:00+01:00'>17 Feb</time>")
    html = page(header=header)
    assert document(html, url="https://news.example.com/2021/02/17/ferry-line").published == "2021-02-17T10:30:00+01:00"
    lone = page(header="<header><h1>Ferry line to open</h1><time datetime='2021-02-19'>19 Feb</time></header>")
    assert document(lone, url="https://news.example.com/2021/02/17/ferry-line").published == "2021-02-17"


def test_a_time_element_on_the_addresss_day_beats_one_a_day_off():
    # the first <time> is the next day's (an update, a widget); the one on the address's day wins
    header = ("<header><h1>Ferry line to open</h1><time datetime='2021-02-18T09:42:00'>18 Feb</time>"
              "<time datetime='2021-02-17T21:25:00'>17 Feb</time></header>")
    assert document(page(header=header), url="https://news.example.com/2021/02/17/ferry-line").published \
        == "2021-02-17T21:25:00"


@pytest.mark.parametrize("name", ["pdate", "pub_date", "publicationdate", "dcsext.articlefirstpublished",
                                  "datecreated", "printpubdate"])
def test_other_publication_meta_names_date_the_page(name):
    html = page(f"<meta name='{name}' content='2021-02-17 13:16'>")
    assert document(html, url="https://news.example.com/2021/02/19/ferry-line").published == "2021-02-17T13:16:00"


@pytest.mark.parametrize("name", ["article:publisher", "datemodified", "og:updated_time", "expiration_date"])
def test_update_expiry_and_publisher_meta_names_are_no_publication_date(name):
    html = page(f"<meta name='{name}' content='2021-02-18T10:00:00Z'>")
    assert document(html, url="https://news.example.com/2021/02/17/ferry-line").published == "2021-02-17"


def test_a_date_after_a_separator_under_the_headline():
    header = ("<h1>Ferry line to open</h1><div>Text: Lorna Quist <span>·</span> 17 February 2021"
              "</div>")
    assert document(page(header=header)).published == "2021-02-17"


def test_a_bare_name_above_the_date_under_the_headline_is_the_author():
    header = "<h1>Ferry line to open</h1><div>Lorna Quist</div><div>Feb 17, 2021 4:26 pm</div>"
    assert list(document(page(header=header)).authors) == ["Lorna Quist"]


@pytest.mark.parametrize("value, expected", [
    ("2024-03-05", "2024-03-05"), ("20240305", "2024-03-05"), ("2024-03-05T14:30:00.000-0500", "2024-03-05T14:30:00-05:00"),
    ("2024-02-30", None), ("1970-01-01", None), ("yesterday", None), (None, None)])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_title_agreeing_h1_wins_and_the_site_name_is_stripped():
    html = page("<title>Ferry line to open in spring | Harbour Herald</title>"
                "<meta property='og:title' content='Ferry line to open in spring - Harbour Herald'>"
                "<meta property='og:site_name' content='Harbour Herald'>",
                header="<h1>Ferry line to open in spring</h1>")
    assert document(html).title == "Ferry line to open in spring"


def test_og_title_without_h1_loses_only_the_site_name():
    html = page("<meta property='og:title' content='Ferry line to open in spring | Harbour Herald'>"
                "<meta property='og:site_name' content='Harbour Herald'>")
    assert document(html).title == "Ferry line to open in spring"


@pytest.mark.parametrize("title, sites, expected", [
    ("Ferry line to open in spring | Harbour Herald", ["Harbour Herald"], "Ferry line to open in spring"),
    ("Harbour Herald: Ferry line to open in spring", ["harbour herald"], "Ferry line to open in spring"),
    # no site name known: a title with a dash in it stays whole
    ("Die Stadtbibliothek (StB) – der lange Weg zur Öffnung", [], "Die Stadtbibliothek (StB) – der lange Weg zur Öffnung"),
    ("Ferry line to open in spring - Herald", [], "Ferry line to open in spring"),
])
def test_strip_site(title, sites, expected):
    assert strip_site(title, sites) == expected


def test_jsonld_authors_are_people_only():
    html = page(ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Doe"},
                                                       {"@type": "Organization", "name": "Harbour Herald"},
                                                       {"@type": "Person", "name": "John Roe, Staff Writer"}]}))
    assert document(html).authors == ("Jane Doe", "John Roe")


def test_meta_author_byline_is_split_and_tidied():
    html = page("<meta name='author' content='By Jane Doe and Ana de Souza'>")
    assert document(html).authors == ("Jane Doe", "Ana de Souza")


@pytest.mark.parametrize("value, expected", [
    ("By Jane Doe, Reuters", ["Jane Doe"]), ("Reuters", []), ("AP NEWS", []),
    ("Jane Doe (Reuters) & John Roe", ["Jane Doe", "John Roe"]), ("https://example.com/jane", []),
    ("Nora Feld Staff Writer", ["Nora Feld"]),
    # outlets are no people, whoever types them as Person; outlets and roles glued on are cut
    ("The Associated Press", []), ("Washington Post", []), ("JERUSALEM POST STAFF", []), ("CBC News", []),
    ("TOMAS REYNA, ANNA MARIE KOWALCZYK and PETER OSGOODAssociated Press",
     ["Tomas Reyna", "Anna Marie Kowalczyk", "Peter Osgood"]),
    ("JESSICA MINTZ AP Technology Writer", ["Jessica Mintz"]), ("Kelli Miller WebMD Health News", ["Kelli Miller"]),
    ("Jim Macdonald, THE CANADIAN PRESS", ["Jim Macdonald"]), ("J J", []),
    # a two-word outlet run on after a name, whatever its last outlet word
    ("Jane Doe Fox News", ["Jane Doe"]), ("Jane Doe Daily Mail", ["Jane Doe"]), ("Town Herald Editorial Staff", []),
    # the joins of plain-text bylines (patterns.NAME_JOINS), and "|" and "/"
    ("Jane Doe with John Roe", ["Jane Doe", "John Roe"]), ("Ana Silva e João Souza", ["Ana Silva", "João Souza"]),
    ("Jane Doe | John Roe / Ana Lee", ["Jane Doe", "John Roe", "Ana Lee"])])
def test_split_people(value, expected):
    assert split_people(value) == expected


def test_main_block_counts_paragraphs_and_br_lines_under_one_parent():
    from lxml import html as lxml_html

    tree = lxml_html.fromstring("<html><body><div><p>abcde</p><p>fgh</p></div>"
                                "<div>one line<br>second line here<br>third</div></body></html>")
    assert main_block_chars(tree) == len("second line here") + len("third")


def test_truncated_body_uses_the_fuller_fallback_unless_switched_off():
    stage = Stage(found=Extracted(text=""), raw="Short teaser sentence of the article.", tree=None,
                  title=None, fuller="Short teaser sentence of the article.\n\nThe rest of the story follows here.")
    assert "rest of the story" in finish(stage).text
    assert "rest of the story" not in finish(stage, frozenset({"fallback"})).text




def test_a_body_without_a_sentence_gives_way_to_the_full_mode_unless_switched_off():
    from dateline.ingest.html import _has_prose

    contact = "Jane Doe, 555-0100\njane@example.com\nCopyright 2008 Town Times"
    article = ("The council voted on Tuesday to approve the new budget after a long debate about road "
               "repairs and the state of the schools across the whole town.")
    assert not _has_prose(contact) and _has_prose(article)
    stage = Stage(found=Extracted(text=""), raw=contact, tree=None, title=None, full=article)
    assert finish(stage).text == article
    assert finish(stage, frozenset({"no-sentence"})).text == ""    # a contact box is no article


def test_a_relative_date_after_the_headline_is_read_against_the_fetch_time_only():
    from dateline.ingest import RawArticle, to_document

    body = "".join(f"<p>Paragraph {n} of the council story says the budget grew by {n} percent over the year.</p>"
                   for n in range(12))
    html = f"<html><body><article><h1>Council approves budget</h1><p>Published 3 hours ago</p>{body}</article></body></html>"
    fetched = to_document(RawArticle(source="t", format="html", content=html, fetched="2024-03-03T15:30:00Z"))
    assert fetched.published == "2024-03-03T12:30:00+00:00"
    unknown = to_document(RawArticle(source="t", format="html", content=html))
    assert unknown.published is None    # no fetch time: no guess


def test_a_date_without_its_year_under_the_headline_takes_the_footers_year_last():
    header = "<h1>Ferry line to open</h1><div>By Lorna Quist</div><div>Feb 17</div>"
    footer = "<footer><p>© 2021 Town Times. All rights reserved.</p></footer>"
    html = page(header=header).replace("</body>", footer + "</body>")
    assert document(html).published == "2021-02-17"
    assert document(page(header=header)).published is None     # no year anywhere: no date


# --- the real-world forms of the evidence, one invented page each -------------------------------------------

def graph(*nodes: dict) -> str:
    return ld({"@context": "https://schema.org", "@graph": list(nodes)})


@pytest.mark.parametrize("head, expected", [
    # JSON-LD: in an @graph, in a list, each article type, the creation date when no publication date
    (graph({"@type": "WebSite", "name": "Harbour Herald"},
           {"@type": "NewsArticle", "datePublished": "2024-03-05T14:30:00+01:00"}), "2024-03-05T14:30:00+01:00"),
    ("<script type='application/ld+json'>[{\"@type\": \"BreadcrumbList\"}, "
     "{\"@type\": \"ReportageNews\", \"datePublished\": \"2024-03-06\"}]</script>", "2024-03-06"),
    (ld({"@type": "BlogPosting", "datePublished": "2024-03-07"}), "2024-03-07"),
    (ld({"@type": ["Article", "NewsArticle"], "dateCreated": "2024-03-08"}), "2024-03-08"),
    (ld({"@type": "WebPage", "datePublished": "2024-03-09"}), "2024-03-09"),
    # a video page: its VideoObject's upload date, but only after the meta tags
    (ld({"@type": "VideoObject", "uploadDate": "2024-03-10T08:00:00Z"}), "2024-03-10T08:00:00+00:00"),
    (ld({"@type": "VideoObject", "uploadDate": "2019-01-01"})
     + "<meta property='article:published_time' content='2024-03-11'>", "2024-03-11"),
    # a raw line break inside a JSON string, an HTML-comment wrapper
    ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Ferry\nline\", "
     "\"datePublished\": \"2024-03-12\"}</script>", "2024-03-12"),
    ("<script type='application/ld+json'><!-- {\"@type\": \"NewsArticle\", \"datePublished\": \"2024-03-13\"} --></script>",
     "2024-03-13"),
    # meta names and properties, any case
    ("<meta property='og:article:published_time' content='2024-04-01T06:00:00-04:00'>", "2024-04-01T06:00:00-04:00"),
    ("<meta name='parsely-pub-date' content='2024-04-02T06:00:00Z'>", "2024-04-02T06:00:00+00:00"),
    ("<meta name='sailthru.date' content='2024-04-03 06:00:00'>", "2024-04-03T06:00:00"),
    ("<meta name='DC.date.issued' content='2024-04-04'>", "2024-04-04"),
    ("<meta name='dc.date' content='2024-04-05'>", "2024-04-05"),
    ("<meta name='pubdate' content='20240406'>", "2024-04-06"),
    ("<meta name='date' content='2024-04-07'>", "2024-04-07"),
    ("<meta name='citation_publication_date' content='2024/04/08'>", None),   # not ISO: left to htmldate below
    ("<meta itemprop='datePublished' content='2024-04-09'>", "2024-04-09"),
    ("<meta name='pubdate' content='Tue, 09 Apr 2024 14:30:00 +0200'>", "2024-04-09T14:30:00+02:00"),
    # the publication date before the update's, whichever comes first
    ("<meta property='article:modified_time' content='2024-04-11'>"
     "<meta property='article:published_time' content='2024-04-10'>", "2024-04-10"),
])
def test_the_publication_date_in_each_form_of_markup(head, expected):
    from dateline.ingest.html_evidence import jsonld_objects, meta_values, published_evidence
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(page(head))
    assert published_evidence(tree, None, jsonld_objects(tree), meta_values(tree)) == expected


def test_a_time_element_with_itemprop_dates_the_page():
    html = page(header="<div class='meta'><time itemprop='datePublished' datetime='2024-05-01T10:00:00+02:00'>"
                       "1 May</time></div>")
    assert document(html).published == "2024-05-01T10:00:00+02:00"


@pytest.mark.parametrize("author, expected", [
    ("Jane Doe", ("Jane Doe",)),
    ({"@type": "Person", "name": "Jane Doe"}, ("Jane Doe",)),
    ([{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}], ("Jane Doe", "John Roe")),
    (["Jane Doe", "John Roe"], ("Jane Doe", "John Roe")),
    ({"@type": "Person", "name": ["Jane Doe"]}, ("Jane Doe",)),
    ({"@type": "Person", "name": "By Jane Doe and John Roe"}, ("Jane Doe", "John Roe")),
    ({"@type": "Organization", "name": "Harbour Herald"}, ()),
    ({"@type": "Person", "name": "https://harbourherald.example/staff/jane-doe"}, ()),
])
def test_jsonld_author_as_string_object_or_list(author, expected):
    html = page(ld({"@type": "NewsArticle", "headline": "Ferry line to open", "author": author}))
    assert document(html).authors == expected


def test_an_author_in_an_at_graph_is_found_by_its_id():
    html = page(graph({"@type": "NewsArticle", "headline": "Ferry line to open",
                       "author": [{"@id": "https://harbourherald.example/#/person/1"}]},
                      {"@type": "Person", "@id": "https://harbourherald.example/#/person/1", "name": "Jane Doe"}))
    assert document(html).authors == ("Jane Doe",)


@pytest.mark.parametrize("head, expected", [
    ("<meta property='article:author' content='https://www.facebook.example/janedoe'>"
     "<meta name='author' content='Jane Doe'>", ("Jane Doe",)),
    ("<meta name='parsely-author' content='Jane Doe'>", ("Jane Doe",)),
    ("<meta name='author' content='Harbour Herald'>", ()),
    ("<meta name='author' content='Jane Doe, Reuters'>", ("Jane Doe",)),
])
def test_author_meta_tags_give_people_not_profile_pages_or_outlets(head, expected):
    html = page(head + "<meta property='og:site_name' content='Harbour Herald'>")
    assert document(html).authors == expected


@pytest.mark.parametrize("byline, expected", [
    ("<div class='byline'>By Jane Doe and John Roe</div>", ("Jane Doe", "John Roe")),
    ("<span class='author-name'>Jane Doe</span>", ("Jane Doe",)),
    ("<a rel='author' href='/staff/jane-doe'>Jane Doe</a>", ("Jane Doe",)),
    ("<p class='byline'>Story by Jane Doe, Reuters</p>", ("Jane Doe",)),
    # a link to the writer's page glued to the name, or alone: the name without it, no "View Profile"
    ("<div class='author'><a>Jane Doe</a><a>View More Articles</a></div>", ("Jane Doe",)),
    ("<div class='author'><a>Jane Ann Doe</a><a>View More Articles</a></div>", ("Jane Ann Doe",)),
    ("<a class='author-link'>View Profile</a>", ()),
])
def test_byline_markup_gives_the_authors(byline, expected):
    assert document(page(header=f"<h1>Ferry line to open in spring</h1>{byline}")).authors == expected


@pytest.mark.parametrize("head, expected", [
    ("<meta property='og:title' content='Ferry line to open in spring — Harbour Herald'>", "Ferry line to open in spring"),
    ("<meta property='og:title' content='Ferry line to open in spring - Harbour Herald'>", "Ferry line to open in spring"),
    ("<meta name='twitter:title' content='Ferry line to open in spring | Harbour Herald'>", "Ferry line to open in spring"),
    (ld({"@type": "NewsArticle", "headline": "Ferry line to open in spring"})
     + "<title>Ferry line to open in spring | Harbour Herald</title>", "Ferry line to open in spring"),
])
def test_the_title_from_each_source_without_the_site_name(head, expected):
    html = page(head + "<meta property='og:site_name' content='Harbour Herald'>")
    assert document(html).title == expected


def test_an_h1_that_a_title_opens_before_a_section_and_the_site_is_the_headline():
    html = page("<title>Ferry line opens - Harbour Notes - HH</title>"
                "<meta name='twitter:title' content='Ferry line opens - Harbour Notes - HH'>"
                "<meta property='og:site_name' content='HH.com'>", header="<h1>Ferry line opens</h1>")
    assert document(html).title == "Ferry line opens"


@pytest.mark.parametrize("head, h1, expected", [
    # no og:title or JSON-LD headline: the printed headline over a social or search title worded otherwise
    ("<meta name='twitter:title' content='Harbour ferry line opens after delays'>"
     "<title>Harbour ferry line opens after delays | HH</title>",
     "The long wait is over: the harbour ferry line opens in spring", "The long wait is over: the harbour ferry line opens in spring"),
    # an <h1> that shares no words with them (the site's logo) is no headline
    ("<meta name='twitter:title' content='Harbour ferry line opens after delays'>",
     "Harbour Herald Online Edition Today", "Harbour ferry line opens after delays"),
    # nor a blog's name that the title prints before the headline
    ("<meta name='twitter:title' content='Harbour Notes of the Week : Ferry line to open in spring after delays'>",
     "Harbour Notes of the Week", "Harbour Notes of the Week : Ferry line to open in spring after delays"),
    # with an og:title, the og:title's agreement decides as before
    ("<meta property='og:title' content='Harbour ferry line opens after delays'>"
     "<meta name='twitter:title' content='Harbour ferry line opens after delays'>",
     "The long wait is over: the harbour ferry line opens in spring", "Harbour ferry line opens after delays"),
])
def test_without_og_title_the_h1_sharing_the_social_titles_words_is_the_headline(head, h1, expected):
    assert document(page(head, header=f"<h1>{h1}</h1>")).title == expected


def test_a_long_pages_json_ld_at_its_end_survives_the_cut(monkeypatch):
    from dateline.ingest import patterns

    monkeypatch.setattr(patterns, "HTML_MAX_CHARS", 5_000)
    html = page(url_body=BODY * 10 + "<div>" + "<p>More text of the page.</p>" * 300 + "</div>"
                + ld({"@type": "NewsArticle", "datePublished": "2024-06-01T08:00:00Z"}))
    found = document(html)
    assert found.published == "2024-06-01T08:00:00+00:00"
    assert any(problem.code == "W206" for problem in found.errors)


@pytest.mark.parametrize("title, h1, expected", [
    # the title opens with the <h1>, then a blog's name and the site's
    ("Ferry line opens - Harbour Notes - HH", "Ferry line opens", "Ferry line opens"),
    # the <h1> is the blog's name, the title's long part the headline: the <h1> is not it
    ("Harbour Notes : Ferry line to open in spring after two years of delays", "Harbour Notes",
     "Harbour Notes : Ferry line to open in spring after two years of delays"),
    # a heading's permalink mark is no part of it
    ("Ferry line opens — Harbour Notes", "Ferry line opens¶", "Ferry line opens"),
])
def test_an_h1_the_title_opens_with_before_short_parts(title, h1, expected):
    html = page(f"<title>{title}</title><meta property='og:title' content='{title}'>", header=f"<h1>{h1}</h1>")
    assert document(html).title == expected


def test_a_menu_of_author_classed_dates_does_not_use_up_the_byline_elements_read():
    # a teaser menu whose cards put their dates in author-classed spans, twenty of them before the byline
    menu = "".join(f"<li><a>Story {n}</a><span class='card-authors'>{n % 27 + 1} mars 2019 à 15:20</span></li>"
                   for n in range(20))
    html = (f"<html><head><meta charset='utf-8'></head><body><nav><ul>{menu}</ul></nav><article>"
            "<h1>Ferry line to open in spring</h1><div><span class='authors'>Par <span class='author'><a>Jeanne Roux</a>"
            "</span> et <span class='author'><a>Paul Marin</a></span></span> — <time>24 novembre 2017</time></div>"
            f"{BODY}</article></body></html>")
    assert document(html).authors == ("Jeanne Roux", "Paul Marin")


def test_date_alone():
    from dateline.ingest.metadata_text import date_alone

    assert date_alone("1 mars 2019 à 15:20") and date_alone("Nov 19, 2019, 10:05am EST")
    assert not date_alone("Jane Doe - Nov 19, 2019") and not date_alone("By Jane Doe")


def test_an_embedded_posts_date_after_the_headline_does_not_date_the_article():
    tweet = ("<blockquote class='twitter-tweet'><p>What a night at the harbour!</p>— Harbour FC (@HarbourFC) "
             "<a href='https://twitter.com/x/status/1'>October 31, 2021</a></blockquote>")
    html = page(header="<h1>Ferry line to open in spring</h1>", url_body=BODY + tweet)
    assert document(html).published != "2021-10-31"
    dated = page(header="<h1>Ferry line to open in spring</h1><p>November 1, 2021</p>", url_body=BODY + tweet)
    assert document(dated).published == "2021-11-01"
