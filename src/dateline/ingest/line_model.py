"""A learned keep/drop decision for each line of scraped text, beside the rules.

The rules (lines.py, body.py) tag boilerplate and pick the article's stretch of lines; this model
then looks at every line the rules left untagged and says how likely it is to be article text, from
features of the line and its neighbours: length, sentence ending, punctuation, digits, capitals,
stop words, link-like separators, repetition on the page, position, whether the rules put it in the
article and how far it is from the article. It is a logistic regression, weights in
``model/line_classifier.json`` (rebuilt by ``training/ingest/train.py``; ``meta.json`` beside it
says on what data and with which scores). Inference is a dot product per line: no dependencies.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from .language import function_words
from .lines import Line, capital_counts
from .patterns import SENTENCE_END

MODEL_DIR = Path(__file__).parent / "model"
_PUNCT = re.compile(r"[^\w\s]")
_DIGIT = re.compile(r"\d")
_URLISH = re.compile(r"https?://|www\.|@|\.com\b", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s(?:\||•|·|::|/|»)\s")
_WORDS = re.compile(r"[^\W\d_]+")
# The commonest function words of the page's language (language.STOPWORDS; English's on an English
# page): prose is full of them, menus and headlines are not. On a page in a language with no list
# (Japanese, Arabic, one of no known language's words) the share is not measured: NaN, which
# ``probabilities`` reads as the training mean, so the feature stands down instead of calling every
# line of that language furniture (fifteenth session of 2026-12-06: before, a page in any language
# was measured by English words).

# Kinds of tagged lines a neighbour can have, as features (others count as "other").
_NEAR_KINDS = ("published", "byline", "caption", "related", "share", "comments", "copyright")


def features(lines: list[Line], inside: set[int], wanted: set[int] | None = None) -> list[list[float] | None]:
    """One feature vector per line (the names are ``FEATURE_NAMES``); with ``wanted``, only for the
    lines of those indexes (None for the others, whose own features are then computed only where a
    wanted line's neighbour needs them)."""
    n = len(lines)
    if not n:
        return []
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.key] = counts.get(line.key, 0) + 1
    total_words = sum(line.words for line in lines) or 1.0
    first_in = min(inside) if inside else n
    last_in = max(inside) if inside else -1
    stop = page_function_words(lines)
    if wanted is None:
        basic = [_line_features(line, stop) for line in lines]
    else:
        needed = {j for i in wanted for j in (i - 1, i, i + 1) if 0 <= j < n}
        basic = [_line_features(line, stop) if i in needed else None for i, line in enumerate(lines)]
    rows: list[list[float] | None] = []
    for i, line in enumerate(lines):
        if wanted is not None and i not in wanted:
            rows.append(None)
            continue
        own = basic[i]
        prev = basic[i - 1] if i > 0 else None
        nxt = basic[i + 1] if i + 1 < n else None
        if inside:
            distance = 0 if first_in <= i <= last_in else (first_in - i if i < first_in else i - last_in)
        else:
            distance = n
        row = list(own)
        row += [
            1.0 if i in inside else 0.0,
            math.log1p(distance),
            1.0 if (i < first_in) else 0.0,
            1.0 if (i > last_in) else 0.0,
            i / n,
            line.words / total_words,
            1.0 if counts[line.key] > 1 else 0.0,
            1.0 if line.blank_before else 0.0,
        ]
        for other in (prev, nxt):
            row += other[:4] if other is not None else [0.0, 0.0, 0.0, 0.0]
        for j in (i - 1, i + 1):
            neighbour = lines[j] if 0 <= j < n else None
            row.append(1.0 if neighbour is not None and j in inside else 0.0)
            row.append(1.0 if neighbour is not None and neighbour.kind is not None else 0.0)
        # prose in the window of five lines around
        window = lines[max(0, i - 2):i + 3]
        row.append(sum(1.0 for other in window if other.prose and other.kind is None) / 5.0)
        rows.append(row)
    return rows


def page_function_words(lines: list[Line]) -> frozenset[str] | None:
    """The function words of the page's language (language.function_words), told from its prose
    lines (all its lines when it has none)."""
    prose = [line.text for line in lines if line.prose] or [line.text for line in lines]
    sample: list[str] = []
    size = 0
    for text in prose:
        sample.append(text)
        size += len(text)
        if size >= 4000:
            break
    return function_words(" ".join(sample))


def _line_features(line: Line, stopwords: frozenset[str] | None) -> list[float]:
    text = line.text
    chars = max(len(text), 1)
    words = _WORDS.findall(text.lower())
    capitalised, tokens = capital_counts(text)
    capitals = capitalised / tokens if tokens else 0.0
    if stopwords is None:
        stop = math.nan   # a language with no list: the feature stands down (probabilities)
    else:
        stop = sum(map(stopwords.__contains__, words)) / len(words) if words else 0.0
    return [
        math.log1p(line.words),
        1.0 if line.prose else 0.0,
        1.0 if SENTENCE_END.search(text) else 0.0,
        stop,
        capitals,
        len(_PUNCT.findall(text)) / chars,
        len(_DIGIT.findall(text)) / chars,
        1.0 if _URLISH.search(text) else 0.0,
        min(len(_SEPARATORS.findall(text)), 5) / 5.0,
        1.0 if text.endswith(":") else 0.0,
        1.0 if line.kind is not None else 0.0,
        (sum(map(len, words)) / len(words) / 10.0) if words else 0.0,
        1.0 if text[:1].islower() else 0.0,
        1.0 if "," in text else 0.0,
    ]


FEATURE_NAMES = (
    "log_words prose sentence_end stopwords capitals punctuation digits urlish separators colon_end "
    "tagged word_length starts_lower comma "
    "inside log_distance before_article after_article position word_share repeated blank_before "
    "prev_log_words prev_prose prev_sentence_end prev_stopwords "
    "next_log_words next_prose next_sentence_end next_stopwords "
    "prev_inside prev_tagged next_inside next_tagged window_prose"
).split()


@lru_cache(maxsize=1)
def load_model() -> dict | None:
    """The shipped weights, or None when they are absent (the rules then decide alone)."""
    path = MODEL_DIR / "line_classifier.json"
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def probabilities(lines: list[Line], inside: set[int], model: dict, wanted: set[int] | None = None
                  ) -> list[float | None]:
    """P(article text) for every line (with ``wanted``, for those indexes only: None for the
    others), from the model's standardised logistic regression."""
    means, scales, weights, bias = model["mean"], model["scale"], model["weights"], model["bias"]
    out: list[float | None] = []
    for row in features(lines, inside, wanted):
        if row is None:
            out.append(None)
            continue
        z = bias
        for value, mean, scale, weight in zip(row, means, scales, weights):
            if value == value:   # (NaN, a feature standing down, adds nothing: the training mean)
                z += weight * (value - mean) / scale
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return out
