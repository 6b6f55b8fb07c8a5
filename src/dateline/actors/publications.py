"""The publication an article comes from, which is the source of its story and never one of its
actors: its publisher and the name of its web site, compared in a compact form."""

from __future__ import annotations

from urllib.parse import urlsplit

from . import cues


def compact(name: str) -> str:
    """A name reduced to its letters and digits, lower case, without a leading "the" or a
    possessive ending: "The Wikinews's" -> "wikinews"."""
    name = name.strip().replace("\u2019", "'")
    if name.lower().startswith("the "):
        name = name[4:]
    if name.endswith(("'s", "'")):
        name = name[:name.rindex("'")]
    return "".join(ch for ch in name.lower() if ch.isalnum())


def publication_names(publisher: str | None, url: str | None) -> set[str]:
    """The compact names of the publication an article comes from: its publisher, and the name
    of its web site ("https://en.wikinews.org/wiki/..." -> "wikinews")."""
    names = set()
    if publisher:
        names.add(compact(publisher))
    if url:
        try:  # a URL without its scheme ("bbc.co.uk/news") is read as one with it
            host = urlsplit(url if "://" in url else "//" + url).hostname or ""
        except ValueError:  # a malformed URL ("http://[bad"): no site name
            host = ""
        labels = [w for w in host.split(".") if w]
        while len(labels) > 2 and labels[0] in cues.HOST_PREFIXES:
            labels = labels[1:]
        if len(labels) >= 2:
            # The registered name: the label before the public suffix ("bbc" of "bbc.co.uk").
            site = labels[-3] if len(labels) >= 3 and len(labels[-1]) == 2 and \
                labels[-2] in ("co", "com", "org", "net", "gov", "ac") else labels[-2]
            names.add(compact(site))
    return {n for n in names if len(n) >= 3}
