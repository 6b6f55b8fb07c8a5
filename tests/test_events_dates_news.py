"""Dates of events in the genre of issue 15's judged articles: recent news published in December
that dates past events by a day without its year ("Oct. 7"), a month, a relative phrase or a
weekday, in the lede, a dateline or a headline. Invented sentences through the whole pipeline;
each case names the date a careful reader gives the event under the labelling rubric
(training/events/rubric.md, ``date``: the date the article gives for this event, a day, a month
or a year; None for an event the article leaves undated, which takes the publication date).
Published 2023-12-06, a Wednesday.

Written in the thirteenth session of 2026-12-06 (docs/events.md): the first 43 cases, written
from the genre alone, 39 right before that session's fixes; with the variants added of the
failures found, 39 of 49 before, 49 after; with two dateline cases, 51 of 51. Mended after
review the same day: a reported past or perfect clause without "that" and without a time of its
own keeps the day of its report that the parse hangs on it, not the publication date (one case
turned from None to the report's day, two added; 53 of 53, fitted, no held-out half).
"""

from __future__ import annotations

import pytest

import dateline

PUBLISHED = "2023-12-06"

# (text, trigger of the event, its date; None: undated, the publication date with basis
# "publication"). The trigger is the first event of the text with that trigger word.
CASES = [
    # a day without its year, before publication, in the clause
    ("Hamas fighters attacked southern Israel on Oct. 7.", "attacked", "2023-10-07"),
    ("Hamas fighters attacked southern Israel Oct. 7, killing about 1,200 people.", "attacked",
     "2023-10-07"),
    ("On Oct. 7, Hamas fighters stormed kibbutzim near the border.", "stormed", "2023-10-07"),
    ("Hamas fighters attacked Israel on 7 October.", "attacked", "2023-10-07"),
    ("Israel struck the Jabalia refugee camp on Tuesday, Oct. 31.", "struck", "2023-10-31"),
    ("The militants were killed in a raid on Nov. 12.", "killed", "2023-11-12"),
    ("Demonstrators marched in Washington on Nov. 4 to demand a ceasefire.", "marched",
     "2023-11-04"),
    ("Hezbollah fired rockets at northern Israel on Oct. 8, a day after the Hamas attack.",
     "fired", "2023-10-08"),
    ("Police detained 50 people at a rally in London on Nov. 11, the Metropolitan Police said "
     "on Sunday.", "detained", "2023-11-11"),
    ("The protesters, who were arrested on Nov. 30, were released on Tuesday.", "arrested",
     "2023-11-30"),
    ("The protesters, who were arrested on Nov. 30, were released on Tuesday.", "released",
     "2023-12-05"),
    ("Netanyahu, who met Biden in Tel Aviv on Oct. 18, rejected calls for a ceasefire.", "met",
     "2023-10-18"),
    ("Netanyahu, who met Biden in Tel Aviv on Oct. 18, rejected calls for a ceasefire.",
     "rejected", None),
    # the date names the occurrence a noun is: "the Oct. 7 attack", "Tuesday's strike"
    ("Militants kidnapped about 240 people during the Oct. 7 attack.", "kidnapped", "2023-10-07"),
    ("The Oct. 31 strike on Jabalia killed dozens of people.", "killed", "2023-10-31"),
    ("The Oct. 7 attack killed about 1,200 people, Israeli officials say.", "killed",
     "2023-10-07"),
    ("At least 12 people were killed in Tuesday's strike.", "killed", "2023-12-05"),
    ("Tuesday's strike killed 12 people.", "killed", "2023-12-05"),
    ("Last Friday's attack killed 15 soldiers.", "killed", "2023-12-01"),
    # a time after "after", "following": when the other occurrence happened, not this one
    ("Israel vowed to destroy Hamas after the Oct. 7 attack.", "destroy", None),
    ("Ireland's police chief defended his officers after the riots on Nov. 23.", "defended",
     None),
    ("Protests erupted across the region following the Oct. 17 hospital blast.", "Protests",
     None),
    ("Israel launched its ground offensive on Nov. 2, four weeks after the Hamas attack.",
     "attack", "2023-10"),
    ("Israel declared war on Oct. 9, two days after the Hamas attack.", "attack", "2023-10-07"),
    ("The army arrested 30 suspects before Tuesday's vote.", "arrested", None),
    ("Soldiers raided the camp ahead of Sunday's election.", "raided", None),
    ("Police arrested two men after the Nov. 23 riot in Dublin.", "arrested", None),
    # "since": the rubric dates an ongoing activity by its start ("protests since June": June)
    ("Israeli forces have bombarded Gaza since October.", "bombarded", "2023-10"),
    ("Israel has detained hundreds of Palestinians in the West Bank since Oct. 7.", "detained",
     "2023-10-07"),
    # months and relative times
    ("Two months ago, militants kidnapped 240 people from southern Israel.", "kidnapped",
     "2023-10"),
    ("Earlier this year, the army arrested the opposition leader.", "arrested", "2023"),
    ("The rebels seized the town earlier this month.", "seized", "2023-12"),
    ("In November, Houthi rebels seized a cargo ship in the Red Sea.", "seized", "2023-11"),
    ("Houthi rebels seized a cargo ship last month.", "seized", "2023-11"),
    ("Russia launched a full-scale invasion of Ukraine in February 2022.", "invasion", "2022-02"),
    ("Police arrested the suspect last Wednesday.", "arrested", "2023-11-29"),
    ("In the days after the attack, soldiers detained hundreds of Palestinians.", "detained",
     None),
    ("Israel's war on Hamas, which began on Oct. 7, has killed more than 16,000 people.",
     "killed", None),
    # weekdays in a report published on a Wednesday
    ("Protesters rallied outside parliament on Monday.", "rallied", "2023-12-04"),
    ("On Monday, protesters rallied outside parliament.", "rallied", "2023-12-04"),
    ("The United States vetoed a ceasefire resolution on Friday.", "vetoed", "2023-12-01"),
    ("Yesterday, the president condemned the attack.", "condemned", "2023-12-05"),
    ("Ukraine said Russian troops shelled Kherson on Sunday.", "shelled", "2023-12-03"),
    ("Israel said on Monday that it had killed a Hamas commander.", "killed", None),
    # a reported past is not later than its report: where the parse hangs the report's day on
    # the reported clause, the clause keeps it (it took the publication date, after the report)
    ("Israel said on Monday it had killed a Hamas commander.", "killed", "2023-12-04"),
    ("Police said on Monday that two men were arrested.", "arrested", "2023-12-04"),
    ("Police fired tear gas at protesters in Tbilisi on Saturday night.", "fired", "2023-12-02"),
    # a dateline and a headline
    ("GAZA CITY, Dec 5 (Reuters) - Israeli warplanes bombed the southern Gaza Strip on Monday, "
     "residents said.", "bombed", "2023-12-04"),
    ("GAZA CITY, Dec 5 (Reuters) - Israeli warplanes bombed the southern Gaza Strip, residents "
     "said.", "bombed", "2023-12-05"),
    # the filing day gives way to the lede's own time, wherever the parse hangs it
    ("GAZA CITY, Dec 6 (Reuters) - Israeli warplanes bombed the southern Gaza Strip yesterday, "
     "residents said.", "bombed", "2023-12-05"),
    ("JERUSALEM, Dec. 6 (AP) — The army said on Monday that it had destroyed a tunnel.",
     "destroyed", None),
    ("MOSCOW, Dec 5 (Reuters) - Russia said on Thursday it had expelled two diplomats.",
     "expelled", "2023-11-30"),
    # an occurrence told again after the lede that dates it
    ("On Oct. 7, Hamas fighters stormed kibbutzim near the border. The attackers killed "
     "hundreds of residents.", "killed", "2023-10-07"),
]


@pytest.fixture(scope="module")
def annotated():
    texts = sorted({text for text, _, _ in CASES})
    return {text: dateline.annotate(text, published=PUBLISHED, clean=False, format="text")
            for text in texts}


def date_of(doc, trigger):
    event = next((e for e in doc.events if e.trigger.text == trigger), None)
    assert event is not None, [(e.type, e.trigger.text) for e in doc.events]
    return None if event.date_basis == "publication" else event.date


def assert_dated(doc, trigger, expected) -> None:
    """The event of ``trigger`` is undated (``expected`` None) or dated within ``expected``."""
    got = date_of(doc, trigger)
    if expected is None:
        assert got is None
    else:
        assert got is not None and got.startswith(expected), got


@pytest.mark.parametrize("text, trigger, expected", CASES)
def test_a_news_event_takes_the_date_a_careful_reader_gives_it(annotated, text, trigger,
                                                               expected):
    assert_dated(annotated[text], trigger, expected)
