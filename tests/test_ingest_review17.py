"""Negative tests from the review of the seventeenth session's ingest branches (inglang17,
ingplain17; mended in ingmend17): inputs each reviewed rule read wrongly. Every page here is invented."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from dateline.ingest.clean import clean_text
from dateline.ingest.prepare import to_document
from dateline.ingest.readers import RawArticle

BODY = ["The council voted on Tuesday to approve the new budget after a long debate about road repairs.",
        "Opposition members said the plan left too little money for schools and public transport.",
        "The mayor said the town would review spending again in the spring, when new figures are due.",
        "The vote followed a report by the county auditor, who found that three bridges needed work."]
MENU = ["Home", "News", "Sport", "Weather", "Opinion", "Contact"]
NOW = datetime(2026, 12, 9, 15, 30, tzinfo=timezone.utc)


# -- a list of other stories of one day dates no undated article ---------------------------------------

SAME_DAY_LIST = ["Latest News",
                 "Bridge closed after the river floods the lower town", "December 7, 2026",
                 "School board names a new head for the district", "December 7, 2026",
                 "Storm knocks out power to thousands of homes", "December 7, 2026"]
ARTICLE = ["Council approves budget after long debate", "By Jane Doe"] + BODY


@pytest.mark.parametrize("page", [MENU + SAME_DAY_LIST + ARTICLE, MENU + ARTICLE + SAME_DAY_LIST],
                         ids=["list above", "list below"])
def test_a_list_of_same_day_stories_dates_no_undated_article(page):
    found = clean_text("\n".join(page))
    assert found.published is None
    # the article's own date under its byline still dates it
    dated = page[:]
    dated.insert(dated.index("By Jane Doe") + 1, "December 5, 2026")
    assert clean_text("\n".join(dated)).published[:10] == "2026-12-05"


# -- a kicker or a related headline over the real headline is no headline ------------------------------

HEADLINE = "Council approves $2.1 billion budget after debate over police spending"


@pytest.mark.parametrize("above", ["City council budget vote", "Mayor names new police chief after long search"],
                         ids=["kicker", "related headline"])
def test_a_shorter_line_over_the_headline_is_not_the_title(above):
    opening = ("The city council approved a $2.1 billion budget on Tuesday after a long debate over police "
               "spending, with the vote split eight to five.")
    page = ["Home", "News", above, HEADLINE, "By Jane Doe", "November 3, 2026", opening] + BODY
    assert clean_text("\n".join(page)).title == HEADLINE


# -- "yesterday" in other languages is no name ---------------------------------------------------------

def _published(text: str) -> str | None:
    return to_document(RawArticle(source="t", format="text", content=text, fetched=NOW.isoformat())).published


@pytest.mark.parametrize("line", ["By Harriet Ayer", "Harriet Ayer", "AYER, Mass.", "By Tom Dün", "Anna Ieri"])
def test_a_name_that_spells_yesterday_in_another_language_dates_nothing(line):
    from dateline.ingest.metadata_text import relative_date

    assert relative_date(line, NOW) is None
    page = MENU + ["Council approves budget after long debate", line] + BODY
    assert _published("\n".join(page)) is None


@pytest.mark.parametrize("line", ["Gestern", "gestern, 18:30", "Aktualisiert: gestern", "ayer a las 10:00",
                                  "I går kl. 14.05", "Noticia publicada ayer a las 10:00", "Yesterday",
                                  "Updated yesterday", "昨天 10:00"])
def test_yesterday_in_another_language_still_dates_a_date_line(line):
    from dateline.ingest.metadata_text import relative_date

    assert relative_date(line, NOW) == "2026-12-08"


# -- a day "before" a date in Chinese or Korean is no count of days ago --------------------------------

@pytest.mark.parametrize("line", ["报名截止：12月5日前", "12월 5일 전까지", "12月5日前报名"])
def test_a_deadline_before_a_date_is_no_time_ago(line):
    from dateline.ingest.metadata_text import relative_date

    assert relative_date(line, NOW) is None


@pytest.mark.parametrize("line, expected", [("5日前", "2026-12-04"), ("发布于3天前", "2026-12-06"),
                                            ("5일 전", "2026-12-04")])
def test_a_count_of_days_ago_in_chinese_japanese_korean_still_reads(line, expected):
    from dateline.ingest.metadata_text import relative_date

    assert relative_date(line, NOW) == expected


# -- a page in a script language under a template's lang="en" ------------------------------------------

JAPANESE = ("市議会は火曜日、道路の補修をめぐる長い議論の末に新しい予算を承認した。"
            "野党は学校への予算が少なすぎると述べた。"
            "市長は春に新しい数字が出たときに支出を見直すと約束した。")


def test_a_japanese_page_declared_english_comes_out_japanese():
    from dateline.ingest.language import document_language

    assert document_language("en", JAPANESE) == "ja"
    assert document_language("en", JAPANESE + JAPANESE) == "ja"
    # an English page quoting a few Japanese words keeps its declaration
    english = ("The council voted on Tuesday to approve the new budget after a long debate about road repairs, "
               "and the mayor, quoting the motto 市民のために, said the town would review spending in spring.")
    assert document_language("en", english) == "en"


def test_a_short_undeclared_english_text_full_of_spanish_names_is_english():
    from dateline.ingest.language import document_language

    text = ("Maria de la Cruz and Jose de los Santos met Juan de la Vega and Ana de la Rosa at the town hall "
            "on Tuesday to discuss the budget.")
    assert document_language(None, text) == "en"


# -- final re-read (mendF2) ------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["习近平10日前往上海考察", "10일 전국 눈", "검찰 10일 전 대통령 소환", "请于5日前报名"])
def test_a_day_of_the_month_before_another_word_is_no_time_ago(line):
    from dateline.ingest.metadata_text import relative_date

    assert relative_date(line, NOW) is None


@pytest.mark.parametrize("line", ["3小时前", "发布于3天前", "2時間前", "3日前に発表", "5분 전", "5분 전에", "3天前发布",
                                  "김민수 기자 5분 전 · 조회 120"])
def test_a_time_ago_in_chinese_japanese_korean_ends_where_a_time_ago_ends(line):
    from dateline.ingest.metadata_text import relative_date

    assert relative_date(line, NOW) is not None


def test_a_korean_day_of_the_month_under_the_byline_dates_nothing():
    page = ["홈", "뉴스", "전국에 폭설 예보로 교통 혼잡 우려", "김민수 기자", "10일 전국 곳곳 눈",
            "기상청은 10일 전국 곳곳에 눈이 내릴 것으로 예보했다. 출근길 교통 혼잡이 예상된다.",
            "도로공사는 제설 장비를 미리 배치했다고 밝혔다. 시민들은 대중교통을 이용해 달라고 당부했다."]
    assert _published("\n".join(page)) is None


def test_a_kicker_over_a_headline_opening_on_the_is_not_the_title():
    headline = "The harbour at Port Ellis shuts for a week after cracks found"
    page = ["Home", "News", "Port Ellis harbour closure", headline, "By Ann Lee", "March 3, 2025",
            "The harbour at Port Ellis will close for a week after engineers found cracks in the main pier."] + BODY
    assert clean_text("\n".join(page)).title == headline


def test_a_list_of_same_day_short_teasers_dates_no_undated_article():
    teasers = ["More stories", "Floods hit town", "March 3, 2025", "Schools reopen", "March 3, 2025",
               "Storm warning", "March 3, 2025"]
    for page in (MENU + teasers + ARTICLE, MENU + ARTICLE + teasers):
        assert clean_text("\n".join(page)).published is None


@pytest.mark.parametrize("line", ["несколько дней назад", "kilka dni temu", "несколько минут назад", "před dny"])
def test_a_plural_unit_without_a_count_is_no_time_ago(line):
    from dateline.ingest.metadata_text import relative_date

    assert relative_date(line, NOW) is None


@pytest.mark.parametrize("line, expected", [("день назад", "2026-12-08"), ("dzień temu", "2026-12-08"),
                                            ("час назад", "2026-12-09T14:30:00+00:00"),
                                            ("godzinę temu", "2026-12-09T14:30:00+00:00"),
                                            ("před hodinou", "2026-12-09T14:30:00+00:00"),
                                            ("2 дня назад", "2026-12-07")])
def test_a_singular_unit_without_a_count_is_one_ago(line, expected):
    from dateline.ingest.metadata_text import relative_date

    assert relative_date(line, NOW) == expected
