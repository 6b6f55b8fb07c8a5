"""Counts in the words the command line prints: "1 article", "2 articles", "1 story"."""

from __future__ import annotations


def plural(word: str) -> str:
    """The English plural of a count noun (the last word of ``word``): story → stories,
    timex → timexes, article → articles."""
    head, _, last = word.rpartition(" ")
    if last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def counted(n: int, word: str) -> str:
    """``n`` and ``word`` in the number ``n`` asks for: "1 article", "0 articles", "2 stories"."""
    return f"{n} {word if n == 1 else plural(word)}"
