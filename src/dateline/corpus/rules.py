"""Thresholds and lists that decide when two event mentions are one occurrence, and when two
articles belong to one story. Kept apart from the code that applies them."""

from __future__ import annotations

# PLOVER types whose two sides can be swapped without changing what happened ("A met B" is "B
# met A"): defined with the events stage's cue lists, which merges the descriptions of one
# article by it; the corpus merges across articles by the same list (corpus/merge.py).
from ..events.cues import SYMMETRIC_TYPES  # noqa: F401

# Days of slack on each side of an event's date interval when comparing two mentions: reports
# published a day apart often resolve "on Monday" against different anchors, and an event dated
# by its article's publication date (date_basis "publication") may have happened the day before.
DATE_SLACK_DAYS = 1

# A date interval longer than this ("2021", "2021-SU", "last year") is too vague to say two
# mentions are one occurrence; such events are never merged by date.
MAX_INTERVAL_DAYS = 31

# Two event places further apart than this are different places. 50 km covers a city and its
# suburbs or airport (Doha / Al Wakrah 16 km, Kabul / Bagram 47 km) but not the next city.
NEARBY_KM = 50.0

# GeoNames feature codes of countries and first-order regions: a place of this kind is compatible
# with any place inside the same country.
AREA_FEATURES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR", "ADM1", "ADMD", "RGN"})

# --- stories ------------------------------------------------------------------------------------

# Two articles further apart in time than this are not threaded by content similarity alone
# (a story that goes on for months is threaded through its intermediate articles).
STORY_WINDOW_DAYS = 21

# Cosine similarity of TF-IDF vectors (title twice + first 600 characters + actor and place
# names) from which two articles in the window are one story. Calibrated by reading the stories
# it makes on the 293 Wikinews sample articles (text only, no annotations; the "stories" section
# of benchmarks/bench_corpus.py prints them): at 0.3 the threads are the 2020 primaries (7 articles),
# Puerto Rico's governor resigning (3), Sanders ending his bid and the endorsements (3), the
# prorogation of Parliament (2 + 2), each hurricane on its own; at 0.22 distinct occurrences start
# to merge (Hurricanes Dorian and Humberto, three unrelated obituaries of US politicians).
STORY_SIMILARITY = 0.3

# Terms kept per article vector (the highest TF-IDF weights): the rest carry little of the
# cosine, and dropping them keeps the inverted index's posting lists short on busy days. On the
# Wikinews sample 40 terms give the same threads as whole vectors (270 vs 269 stories, the same
# largest ones); 25 lose some (the primaries thread drops from 7 to 5 articles).
STORY_TOP_TERMS = 40

# Words that carry no story identity in a news lead (beyond a stop list): weekdays, months,
# reporting verbs.
STORY_STOPWORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december said says told according reported report
reports year years week weeks day days today yesterday people new also would could one two
three first last since after before wikinews news
""".split())
