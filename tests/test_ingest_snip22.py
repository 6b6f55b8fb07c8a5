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


def stage(source: str, title: str | None = TITLE, **kw) -> html.Stage:
    return html.Stage(found=Extracted(text=""), raw=source, tree=None, title=title, **kw)


def test_layout_rows_in_a_body_are_split_into_their_cells():
    # the full mode's readability body: one indented row, headline, byline and lede glued behind empty cells,
    # then a plain paragraph (too few rows for layout_table_article)
    body = "\n".join([f"  |  |  \t| {TITLE} Written by: AFP |  |  | {LEDE} |  |", SECOND, "Tuesday 15 January 2008"])
    assert html.layout_table_article(body) is None
    split = html.split_layout_rows(body)
    assert split is not None
    lines = split.split("\n")
    assert lines[:3] == [f"{TITLE} Written by: AFP", LEDE, SECOND]
    assert not any(line.lstrip().startswith("|") for line in lines)
    text = html.finish(stage(body)).text
    # the lede is a line of its own, the headline and byline cell apart from it, and no pipe is left
    assert LEDE in text.split("\n") and "|" not in text
    # with the rule off, the glued row stays as it came
    assert html.finish(stage(body), frozenset({"table-rows"})).text.lstrip().startswith("|")


def test_rows_of_a_data_table_or_of_short_cells_stay_rows():
    table = "\n".join([LEDE, "| Task | State | What happens |", "|---|---|---|",
                       f"| claimed | started | {SECOND} |", SECOND])
    assert html.split_layout_rows(table) is None   # a header rule: a data table
    # no header rule, but every row with the same cells: a data table still
    same = "\n".join([LEDE, "| Task | State | What happens | Comment |", f"| claimed | started | {SECOND} | |",
                       f"| done | completed | {LEDE} | retried |"])
    assert html.split_layout_rows(same) is None
    # one row of another shape among them (a total's) leaves most rows alike: a data table still
    assert html.split_layout_rows(same + f"\n| | | {SECOND} |") is None
    # rows of which no shape makes the most are a layout's: split
    mixed = "\n".join([LEDE, "| Task | State | What happens | Comment |", f"| | | {SECOND} |", f"| {LEDE} |"])
    assert html.split_layout_rows(mixed) is not None
    short = "\n".join([LEDE, "| Yes | 149 | 74% |", "| No | 28 | 14% |"])
    assert html.split_layout_rows(short) is None   # rows of the same cells, short ones too
    # a lone row, a byline's and date's, and an empty row are a layout's: cells, and nothing for the empty one
    lone = "\n".join(["| 1/10/2008, 3:50 a.m. EST By MARK SHERMAN The Associated Press | | |", LEDE, "| | |", SECOND])
    assert html.split_layout_rows(lone).split("\n") == [
        "1/10/2008, 3:50 a.m. EST By MARK SHERMAN The Associated Press", LEDE, SECOND]
    # a row of dashes with words is a layout's text, not a header rule
    dashes = "\n".join(["| ------- ------- RELATED SITES | |", f"| {LEDE} |", "| One-Minute World News | | |"])
    assert html.split_layout_rows(dashes).split("\n") == ["------- ------- RELATED SITES", LEDE,
                                                         "One-Minute World News"]
    # several rows of short cells (a checklist, a commit graph drawn with pipes) stay
    graph = "\n".join([LEDE, "|", "| @ 4:cbdfbd5a5db2 (alice)", "|/", SECOND])
    assert html.split_layout_rows(graph) is None
    assert html.split_layout_rows(LEDE + "\n" + SECOND) is None
    # a pipe inside a cell (escaped by trafilatura) is the cell's text, not a border
    row = f"| Canada \\| World | {LEDE} |"
    assert html.split_layout_rows(row).split("\n") == ["Canada | World", LEDE]


def test_an_indented_layout_table_is_still_a_layout_table():
    story = " ".join([LEDE, SECOND] * 3)
    rows = ["  | Top Stories | | 2199 Articles |", "\t| Canada \\| World \\| Sport |", f"  | {story} |",
            "  | Save & Share this Article |"]
    found = html.layout_table_article("\n".join(rows))
    assert found is not None and LEDE in found and "Top Stories" not in found


def test_a_headline_glued_onto_the_lede_is_split_off_and_dropped():
    body = f"{TITLE} {LEDE}\n{SECOND}"
    assert html.split_glued_headline(body, TITLE).split("\n") == [TITLE, LEDE, SECOND]
    text = html.finish(stage(body)).text
    assert text.split("\n")[0] == LEDE
    # the title's own closing mark stays with it; words are compared case aside
    asked = "Will Egypt keep winning?"
    split = html.split_glued_headline(f"WILL EGYPT KEEP WINNING? {LEDE}", asked)
    assert split.split("\n") == ["WILL EGYPT KEEP WINNING?", LEDE]
    # switched off, the glued line stays
    assert html.finish(stage(body), frozenset({"glued-headline"})).text.startswith(f"{TITLE} {LEDE[:20]}")


def test_a_glued_headline_needs_a_long_title_and_a_sentence_after_it():
    # a title of two words begins too many ledes
    assert html.split_glued_headline(f"Local News {LEDE}", "Local News") == f"Local News {LEDE}"
    # a heading longer than the title ("… a nice one"), not a lede: a few words after the title
    short = f"{TITLE}, a nice one\n{LEDE}"
    assert html.split_glued_headline(short, TITLE) == short
    # only the first line; a lede that merely mentions the title's words elsewhere stays whole
    later = f"{LEDE}\n{TITLE} {SECOND}"
    assert html.split_glued_headline(later, TITLE) == later
    assert html.split_glued_headline(LEDE, None) == LEDE
    assert html.split_glued_headline(f"Holders Egypt keep {LEDE}", TITLE) == f"Holders Egypt keep {LEDE}"
    assert P.GLUED_TITLE_MIN_WORDS == 3


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


# review22A: ledes that repeat their headline and go on; a data table with a total's row, a lone data row
LEDES = [
    ("Biden says he will run again", "Biden says he will run again in 2024 if his health allows, aides told "
     "reporters on the flight home late on Thursday night."),
    ("Fed raises rates by half a point", "Fed raises rates by half a point for the first time since 2000 as "
     "inflation climbs to a new high in the spring."),
    ("Police arrest three after Leeds stabbing", "Police arrest three after Leeds stabbing, said the force on "
     "Sunday after a man was found injured in the city centre."),
    ("Storm hits coast", "Storm hits coast of Florida on Monday night with winds of more than a hundred miles "
     "an hour."),
    ("Storm hits coast", "Storm hits coast Monday night with winds of more than a hundred miles an hour, the "
     "weather service said."),
    ("Storm hits coast", "Storm hits coast \u2014 The National Weather Service warned that winds could top a "
     "hundred miles an hour."),
    ("Ten injured in crash", "Ten injured in crash Hospital staff on alert across the county all through the "
     "long weekend of rain"),
]


def test_a_lede_that_repeats_its_headline_stays_whole():
    for title, lede in LEDES:
        body = f"{lede}\n{SECOND}"
        assert html.split_glued_headline(body, title) == body, title
        assert html.finish(stage(body, title=title)).text.startswith(lede[:40]), title


def test_a_glued_headline_is_split_where_a_sentence_starts_after_it():
    title = "UN warns of famine in Sudan"
    body = f"{title} The United Nations warned on Friday that millions of people face hunger this year.\n{SECOND}"
    assert html.split_glued_headline(body, title).split("\n")[:2] == [
        title, "The United Nations warned on Friday that millions of people face hunger this year."]
    assert html.finish(stage(body, title=title)).text.startswith("The United Nations warned")
    # a name and a verb after the title open a sentence too; a month's name does not
    named = f"{title} Aid agencies say food stocks will run out within weeks in the west of the country."
    assert html.split_glued_headline(named, title).split("\n")[1].startswith("Aid agencies")
    month = f"{title} March was the driest month on record and the harvest failed across the region."
    assert html.split_glued_headline(month, title) == month
    # a pronoun opens one; so does a full date, a dateline run onto the headline
    pronoun = f"{title} It is the third warning this year, and aid agencies fear the worst for the west."
    assert html.split_glued_headline(pronoun, title).split("\n")[1].startswith("It is")
    dated = f"{title} Saturday, January 19, 2008 Aid agencies fear the worst for the west of the country."
    assert html.split_glued_headline(dated, title).split("\n")[1].startswith("Saturday, January 19, 2008")


RESULTS = "\n".join([
    "Results from Saturday's matches:", "| Home | Score | Away | Note |", "| Arsenal | 2-1 | Chelsea | |",
    "| Leeds United | 3-1 | Burnley | The match was abandoned after eighty minutes because of heavy rain and the "
    "result was allowed to stand by the league on Monday evening |", "| Total goals | 7 |",
    "The league will meet again next month."])


def test_a_data_table_with_a_total_row_and_a_note_stays_rows():
    assert html.split_layout_rows(RESULTS) is None
    # (in a body of prose around it: where rows make half the body, layout_table_article reads it first)
    text = html.finish(stage("\n".join([LEDE, SECOND, RESULTS, LEDE, SECOND]))).text
    assert "| Total goals | 7 |" in text.split("\n") and "| Arsenal | 2-1 | Chelsea | |" in text.split("\n")


def test_a_lone_row_of_a_data_table_stays_a_row():
    for row in ["| Yes | 149 | 74% | the motion passed after a long debate in the chamber on Tuesday |",
                "| Candidate | Votes | Share |"]:
        body = f"{LEDE}\n{row}\n{SECOND}"
        assert html.split_layout_rows(body) is None, row
        assert row in html.finish(stage(body)).text.split("\n"), row
    # a lone row of one cell is a layout's line
    assert html.split_layout_rows(f"{LEDE}\n| FACTBOX |\n{SECOND}").split("\n") == [LEDE, "FACTBOX", SECOND]
    assert html.split_layout_rows(f"{LEDE}\n|\n{SECOND}").split("\n") == [LEDE, SECOND]
    # a lone row with an empty cell is a layout's, and its cells are no share buttons judged alone
    body = f"{LEDE}\n| Candidate | | Share |\n{SECOND}"
    assert html.split_layout_rows(body).split("\n") == [LEDE, "Candidate", "Share", SECOND]
    assert "Share" in html.finish(stage(body)).text.split("\n")
    assert "Share" not in html.finish(stage(f"{LEDE}\nShare\n{SECOND}")).text.split("\n")
