"""Nineteenth session (issue 20, inghtml19): text kept as printed, and a Chinese line's words.

- TeX-style ``…'' (AP wire copy) and full-width ＂…＂ are no longer rewritten as “…” and "…": a
  must-appear snippet with them was not found in the body; the quotes stage reads ``…'' itself.
- A line of Chinese (Han characters, no kana or hangul) counts 1.5 characters a word, not 2: a blog
  that writes each sentence as a line of 30-38 characters without a stop had no prose line at all.
"""

from __future__ import annotations

import pytest

from dateline.ingest.clean import clean_text
from dateline.ingest.encoding import repair
from dateline.ingest.html import extract_html
from dateline.ingest.lines import split_lines, word_count
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


def test_a_line_of_chinese_counts_a_word_for_each_one_and_a_half_characters():
    chinese = "市议会周二在经过长时间辩论后批准了新的交通预算支持者表示该计划"   # Han characters only
    assert word_count(chinese) == len(chinese) / 1.5
    # kana beside the Han characters: Japanese, two characters a word as before
    japanese = "東京都は五日に新しい交通予算を承認したと発表し市民の通勤時間が短くな"
    assert word_count(japanese) == len(japanese) / 2
    # hangul: Korean, as before
    assert word_count("서울시의회는 화요일 새 교통 예산을 승인했다") == 19 / 2


# A Chinese blog post written as lines of 30-38 characters with no full stop (the way some blog
# platforms print a post), between a menu and a footer. Invented text.
BLOG_LINES = [
    "今天终于有空整理上个月去南部旅行的照片 顺便把一路上吃到的好东西都记下来",
    "第一天一早就搭高铁出发 到站以后先去老街吃了一碗当地有名的牛肉面和小菜",
    "下午沿着河边慢慢散步 看到很多老房子都重新整修过了 墙上还画了漂亮的壁画",
    "晚上住在朋友推荐的民宿 老板非常热情 还特别准备了自己种的水果给我们品尝",
    "第二天天气不太好 下了一整天的雨 我们只好躲进博物馆看了一个下午的展览",
    "最后一天去了海边 虽然风很大 但是看到夕阳落下的那一刻觉得这趟旅行很值得",
]
BLOG = "\n".join(["首页", "旅行", "美食", "生活", "关于我", "南部三天两夜小旅行", *BLOG_LINES,
                  "标签", "旅行", "美食", "上一篇", "下一篇", "版权所有"])


def test_a_chinese_blog_written_without_stops_keeps_its_lines():
    lines = split_lines("\n".join(BLOG_LINES))
    assert all(line.prose for line in lines)     # (at 2 characters a word none was: 16-19 words, no stop)
    text = clean_text(BLOG).text
    for line in BLOG_LINES:
        assert line in text
    assert "上一篇" not in text and "首页" not in text


# -- a page not in UTF-8 whose first 200,000 bytes are ASCII, or that declares UTF-8: the detector says
# UTF-8, which cannot read it (E103 before) ----------------------------------------------------------

def test_a_page_the_detector_calls_utf8_that_is_not_is_read_as_windows_1252():
    from dateline.ingest.readers import decode

    page = b"<html><body>" + b"<p>An ordinary paragraph in plain ASCII.</p>" * 6000 + \
        "<p>The caf\u00e9 said \u201cclosed\u201d.</p></body></html>".encode("cp1252")
    assert decode(page, "page.html")[0].endswith("<p>The caf\u00e9 said \u201cclosed\u201d.</p></body></html>")


# -- a UTF-8 page with bytes that are not UTF-8 after the detector's first 200,000: only those bytes
# are read as Windows-1252, the page's own accents and quotes stay (the whole page was cp1252 before) --

UTF8_PARAGRAPH = "<p>The caf\u00e9\u2019s owner said \u201cclosed\u201d \u2014 it cost \u20ac5.</p>"


def _utf8_page(tail: bytes, pad: int = 0) -> bytes:
    return ("<html>" + " " * pad + "<body>" + UTF8_PARAGRAPH * 4000).encode("utf-8") + tail


# the detector's 200,000 bytes end inside a character (E103 before) or between two (mojibake before)
@pytest.mark.parametrize("pad", [0, 1, 2])
def test_a_utf8_page_with_one_stray_byte_late_keeps_its_text(pad):
    from dateline.ingest.readers import decode

    page = _utf8_page(b"<p>It\x92s over.</p></body></html>", pad)
    assert len(page) > 200_000
    text, problems = decode(page, "page.html")
    assert "\u00c3" not in text and "\u00e2\u20ac" not in text   # no "Ã©", no "â€™"
    assert text.count(UTF8_PARAGRAPH) == 4000
    assert text.endswith("<p>It\u2019s over.</p></body></html>")  # the stray byte as its cp1252 character
    assert [p.code for p in problems] == ["W202"]


def test_a_utf8_page_whose_last_character_is_cut_short_keeps_its_text():
    from dateline.ingest.readers import decode

    page = _utf8_page("<p>Cut \u2014".encode("utf-8")[:-1])   # the dash's last byte lost
    text, problems = decode(page, "page.html")
    assert "\u00c3" not in text and text.count(UTF8_PARAGRAPH) == 4000
    assert text.endswith("<p>Cut \u00e2\u20ac")   # only the two bytes left of the dash, as cp1252
    assert [p.code for p in problems] == ["W202"]


def test_an_ascii_page_with_cp1252_after_200_kb_in_json_lines_breaks_no_tie(tmp_path):
    from dateline.ingest.readers import iter_inputs

    ascii_text = "An ordinary sentence in plain ASCII. " * 6000
    lines = [('{"text": "%s caf\u00e9 \u201cclosed\u201d"}\n' % ascii_text).encode("cp1252"),
             '{"text": "La reuni\u00f3n en Espa\u00f1a."}\n'.encode("cp1252")]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"".join(lines))
    first, second = list(iter_inputs([str(path)]))
    assert first.content.endswith("caf\u00e9 \u201cclosed\u201d") and [p.code for p in first.problems] == ["W202"]
    assert second.content == "La reuni\u00f3n en Espa\u00f1a."
