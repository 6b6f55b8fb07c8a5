"""Finding the article in a page's lines: the stretch with the highest prose score.

Prose lines score their word count, short lines and tagged boilerplate cost a fixed amount
(patterns.py). The best-scoring contiguous stretch (maximum subarray) is the article; other
stretches join it when they score at least a set share of it (an article split by a widget).
"""

from __future__ import annotations

import itertools
import re

from . import patterns as P
from .lines import Line

_FIRST_ALNUM = re.compile(r"[^\W_]")


def starts_like_sentence(text: str) -> bool:
    """The first letter or digit is a capital, a digit, or a letter of a script without capitals
    (Chinese, Japanese, Arabic, Hebrew, Thai …). Before the fifteenth session of 2026-12-06 only
    A-Z and 0-9 counted, so a closing sentence in Cyrillic, Greek or one opening with "É" or "Ż"
    was never taken into the article."""
    found = _FIRST_ALNUM.search(text)
    if found is None:
        return False
    ch = found.group()
    return ch.isupper() or ch.isdigit() or ch.lower() == ch.upper()

# Tagged lines that may sit inside an article without ending it (captions between paragraphs).
_NEUTRAL_KINDS = frozenset({"caption", "credit", "byline", "published", "dateline", "ad", "widget", "repeat"})


def line_scores(lines: list[Line], whole_cell_words: float | None = None) -> list[float]:
    """Each line's score (see the module docstring). With ``whole_cell_words`` (the cells of a
    page-layout table, html.layout_table_article), prose of at least that many words is never
    discounted as isolated: a teaser is short, and a 2008 page prints its whole story in one cell."""
    scores = []
    in_list = False
    for index, line in enumerate(lines):
        if line.kind is not None:
            scores.append(-1.0 if line.kind in _NEUTRAL_KINDS else -P.BOILERPLATE_COST)
        elif line.prose:
            whole = whole_cell_words is not None and line.words >= whole_cell_words
            scores.append(line.words * P.ISOLATED_PROSE_WEIGHT if not whole and _isolated(lines, index) else line.words)
        elif in_list or _introduces_list(lines, index):
            scores.append(P.LIST_ITEM_SCORE)
        else:
            scores.append(-P.SHORT_LINE_COST)
        # "… tour dates:" introduces the short lines under it (a list inside the article)
        if _introduces_list(lines, index):
            in_list = True
        elif line.kind is not None or line.prose:
            in_list = False
    return scores


def _introduces_list(lines: list[Line], index: int) -> bool:
    """"The tour dates:" in an article, not "Visit our other sites:" in a menu (patterns.py)."""
    line = lines[index]
    if not (line.kind is None and line.words >= 3 and line.text.endswith(":")):
        return False
    if P.SITE_PROMPT.match(line.text):
        return False    # "Search Town News for:", "Find your new job:", "Get daily updates … inbox:"
    return line.words >= P.LIST_INTRO_WORDS or any(
        other.prose and other.kind is None for other in lines[max(0, index - P.LIST_INTRO_LOOKBACK):index])


def _isolated(lines: list[Line], index: int) -> bool:
    """Prose with no prose line or short sentence on either side (a teaser between links)."""
    before = lines[index - 1] if index > 0 else None
    after = lines[index + 1] if index + 1 < len(lines) else None
    return not any(n is not None and (n.prose and n.kind is None or _short_sentence(n)) for n in (before, after))


def best_stretch(scores: list[float], lo: int, hi: int) -> tuple[float, int, int]:
    """Maximum-sum run of ``scores[lo:hi]``: (sum, start, end exclusive); (0, lo, lo) if none."""
    best, best_start, best_end = 0.0, lo, lo
    running, start = 0.0, lo
    for i in range(lo, hi):
        if running <= 0:
            running, start = 0.0, i
        running += scores[i]
        if running > best:
            best, best_start, best_end = running, start, i + 1
    return best, best_start, best_end


def select_body(lines: list[Line], whole_cell_words: float | None = None) -> set[int]:
    """Indexes of the lines that make up the article (tagged ones included; clean.py drops them).

    The best stretch is the article's core; other stretches join it when they score a large
    share of it (an article split by a widget). ``whole_cell_words``: see ``line_scores``.
    """
    scores = line_scores(lines, whole_cell_words)
    segments = _segments(lines, comments_start(lines))
    stretches: list[tuple[float, int, int]] = []
    for lo, hi in segments:
        _collect(scores, lo, hi, stretches)
    if not stretches:
        return set()
    stretches.sort(reverse=True)
    best = stretches[0][0]
    chosen = [stretch for stretch in stretches if stretch[0] >= P.SECOND_STRETCH_SHARE * best]
    inside = {i for _, s, e in chosen for i in range(s, e)}
    for _, start, end in chosen:
        # short closing sentences ("Hunter is survived by his wife.") score below zero on their own
        while end < len(lines) and end not in inside and _short_sentence(lines[end]):
            inside.add(end)
            end += 1
    return inside


def _short_sentence(line: Line) -> bool:
    if line.kind is not None or line.prose or not starts_like_sentence(line.text):
        return False
    # (a line without a final stop is not taken: sentence-case headline links look the same)
    return line.words >= P.SHORT_SENTENCE_MIN_WORDS and P.SENTENCE_END.search(line.text) is not None


# The sums of Ruzzo and Tompa's pass are kept in millionths, as whole numbers (_collect).
_GRID = 1_000_000


def _collect(scores: list[float], lo: int, hi: int, out: list[tuple[float, int, int]]) -> None:
    """Every positive stretch of scores[lo:hi] that taking the best one (``best_stretch``), then the
    best on either side, and so on, would take, with its score, found in one pass (the maximal
    scoring subsequences of Ruzzo and Tompa, 1999). Each positive score opens a stretch; while the
    nearest stretch to its left that starts lower (a smaller sum before it) also ends lower, the new
    one takes it in, with everything between. Before the twentieth session (robust20) the parts on
    either side were scanned again for each stretch taken: quadratic in the entries of a huge live
    blog (``benchmarks/runon_speed.py``'s blog, 800,000 characters: 2.97 s, 1,600,000: 10.1 s).

    The sums before and after each stretch are kept as whole numbers of millionths (``_GRID``): in
    floats, sums from the segment's start round otherwise than ``best_stretch``'s from each reset,
    and 6.4 - 5 + 3.6 - 5, which its running sum makes 0 (a tie: the stretch restarts), is left a
    hair above or below 0 (the stretch lengthened, or cut elsewhere)."""
    starts: list[int] = []
    ends: list[int] = []
    lows: list[int] = []       # the sum of scores[lo:start] (millionths, _GRID)
    highs: list[int] = []      # the sum of scores[lo:end]
    back: list[int] = []       # the nearest stretch to the left that starts lower (-1: none)
    total = 0
    for index in range(lo, hi):
        score = scores[index]
        low, total = total, total + round(score * _GRID)
        if score <= 0:
            continue
        start, left = index, len(starts) - 1
        while left >= 0 and lows[left] >= low:
            left = back[left]
        while left >= 0 and highs[left] < total:  # it ends lower: taken in, with what follows it
            start, low, before = starts[left], lows[left], back[left]
            del starts[left:], ends[left:], lows[left:], highs[left:], back[left:]
            left = before
        starts.append(start)
        ends.append(index + 1)
        lows.append(low)
        highs.append(total)
        back.append(left)
    for start, end in zip(starts, ends):
        running = 0.0
        for index in range(start, end):  # added up as best_stretch adds it: the same float
            running += scores[index]
        out.append((running, start, end))


def _segments(lines: list[Line], limit: int) -> list[tuple[int, int]]:
    """Runs of lines between barriers (copyright footers, related-links headings), up to ``limit``."""
    segments, lo = [], 0
    for index in range(limit):
        if lines[index].barrier:
            if index > lo:
                segments.append((lo, index))
            lo = index + 1
    if limit > lo:
        segments.append((lo, limit))
    return segments


def _segment_of(segments: list[tuple[int, int]], index: int) -> tuple[int, int]:
    return next(((lo, hi) for lo, hi in segments if lo <= index < hi), (index, index))
def comments_start(lines: list[Line]) -> int:
    """Index of the first line of a comment thread that follows some prose, else len(lines)."""
    words_before = 0.0
    threads = _SignedThreads(lines)
    for index, line in enumerate(lines):
        if words_before >= P.COMMENTS_MIN_WORDS_BEFORE and _signed(lines, index) and threads.opens(index):
            return index    # a run of commenters' signatures
        if line.kind == "comments" and words_before >= P.COMMENTS_MIN_WORDS_BEFORE and (
                not P.BARE_COMMENTS.match(line.text) or _thread_follows(lines, index)) \
                and not (P.NO_COMMENTS_COUNT.match(line.text) and _prose_follows(lines, index)):
            return index
        if line.prose and line.kind is None:
            words_before += line.words
    return len(lines)


def _signed(lines: list[Line], index: int) -> bool:
    """A commenter's signature (``patterns.COMMENT_SIGNER``: "Posted by: Brad, Glasgow on 11:16am Wed 9
    Jan 08"): it names someone and dates the post with a day and a month (``patterns.COMMENT_SIGNED_DAY``,
    on the line or, after a closing "on", on the next: a get_text copy cuts the date from the name;
    "Posted by: Jane Doe at 7:02pm", a live blog's entry, is timed only)."""
    line = lines[index]
    if line.words > P.COMMENT_SIGNED_MAX_WORDS or line.text[:1] not in "PpWwSs" \
            or P.COMMENT_SIGNER.match(line.text) is None:
        return False
    if P.COMMENT_SIGNED_DAY.search(line.text):
        return True
    return index + 1 < len(lines) and P.COMMENT_SIGNED_OPEN.search(line.text) is not None \
        and lines[index + 1].words <= P.COMMENT_SIGNED_MAX_WORDS and P.COMMENT_SIGNED_DAY.search(lines[index + 1].text) is not None


def _signer(line: Line) -> str:
    match = P.COMMENT_SIGNER.match(line.text)
    return " ".join(match.group("name").lower().split()) if match else ""


class _SignedThreads:
    """Whether the signature at an index opens a thread (mend of the eighteenth session's review): with
    the signatures that follow it, each within COMMENT_SIGNED_RUN lines of the one before, it names at
    least two different people (one writer signing every entry is a live blog), a signature in the name
    of a byline of the page above it not counted (the writer's posts or replies), and no prose longer
    than any post the run signed (by COMMENT_RESUME_WORDS) follows its last one (the story going on under
    the readers' posts it quotes).

    Asked at each signature in turn (``comments_start``): the run of signatures found from one is kept,
    and a later signature of that run is answered from it (the run from it is the rest of the same run,
    up to the same last signature: its names and the prose between them, counted from the end) as long
    as no byline above it names one of the run's signers (which would take that signature out of the
    run). Nineteenth session (robust19): the bylines were gathered again and the rest of the run walked
    again at every signature, quadratic on a live blog of one writer who signs each of its entries
    (100,000 characters: 2.2 s)."""

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.bylines = [(k, " " + " ".join(re.findall(r"\w+", line.text.lower())) + " ")
                        for k, line in enumerate(lines) if line.kind == "byline"]
        self.signers: dict[int, str] = {}        # index: the signer's words ("" when no signature)
        self.first_named: dict[str, int] = {}    # a signer: the index of the first byline naming them
        self.run: dict[int, int] = {}            # the run kept: a signature's index -> its place in it
        self.valid_until = -1                    # it answers for signatures before this index
        self.distinct: list[int] = []            # from each place to the end: the different signers
        self.longest: list[float] = []           # from each place: the longest post after it
        self.last = -1                           # the run's last signature
        self.after: float | None = None          # the prose under it (_prose_after)

    def _signer(self, at: int) -> str:
        if at not in self.signers:
            self.signers[at] = " ".join(re.findall(r"\w+", _signer(self.lines[at]))) if _signed(self.lines, at) else ""
        return self.signers[at]

    def _named_before(self, name: str) -> int:
        """The index of the first byline that names ``name`` (whole words), or len(lines)."""
        if name not in self.first_named:
            self.first_named[name] = next((k for k, byline in self.bylines if f" {name} " in byline), len(self.lines))
        return self.first_named[name]

    def _commenter(self, at: int, index: int) -> str | None:
        """The signer at ``at`` as the run from ``index`` counts them: none under a byline above ``index``."""
        name = self._signer(at)
        return name if name and self._named_before(name) >= index else None

    def opens(self, index: int) -> bool:
        if self._commenter(index, index) is None:
            return False
        if index not in self.run or index >= self.valid_until:
            self._find_run(index)
        place = self.run[index]
        return self.distinct[place] >= 2 and self._prose_after() < self.longest[place] + P.COMMENT_RESUME_WORDS

    def _prose_after(self) -> float:
        """The prose under the run's last post, up to the first tagged line ("Add your comment", a
        footer): worked out once a run, when asked."""
        if self.after is None:
            self.after = 0.0
            for line in itertools.islice(self.lines, self.last + 1, None):
                if line.kind is not None or line.barrier:
                    break
                self.after += line.words if line.prose else 0.0
        return self.after

    def _find_run(self, index: int) -> None:
        lines = self.lines
        run, names, gaps, words, last = [index], [self._commenter(index, index)], [], 0.0, index
        for other in range(index + 1, len(lines)):
            if other - last > P.COMMENT_SIGNED_RUN:
                break
            name = self._commenter(other, index)
            if name is not None:
                run.append(other)
                names.append(name)
                gaps.append(words)
                words, last = 0.0, other
            elif lines[other].prose and lines[other].kind is None:
                words += lines[other].words
        self.run = {at: place for place, at in enumerate(run)}
        # a byline under the start naming one of the run's signers takes that signature out of the
        # run of a signature under that byline: the run answers only above it
        self.valid_until = min(self._named_before(name) for name in names)
        seen: set[str] = set()
        self.distinct, self.longest = [0] * len(run), [float("-inf")] * len(run)
        longest = float("-inf")
        for place in range(len(run) - 1, -1, -1):
            seen.add(names[place])
            self.distinct[place] = len(seen)
            self.longest[place] = longest          # (the posts after this signature)
            if place:
                longest = max(longest, gaps[place - 1])
        self.last, self.after = last, None


def _signed_thread(lines: list[Line], index: int) -> bool:
    """Whether the signature at ``index`` opens a thread (:class:`_SignedThreads`, asked once)."""
    return _SignedThreads(lines).opens(index)


def _prose_follows(lines: list[Line], index: int) -> bool:
    """The line after ``index`` is untagged prose: under a count of no comments ("0 Comments") that
    is the story going on (a header's count), not a thread, which a zero count says is empty."""
    return index + 1 < len(lines) and lines[index + 1].prose and lines[index + 1].kind is None


def _thread_follows(lines: list[Line], index: int) -> bool:
    following = lines[index + 1:index + 1 + P.BARE_COMMENTS_LOOKAHEAD]
    return any(P.COMMENT_HEADER.match(line.text) or P.COMMENT_POSTED.match(line.text)
               or (line.words <= P.COMMENT_FORM_MAX_WORDS and P.COMMENT_FORM.search(line.text))
               or line.kind in ("dateline", "published") for line in following)
