"""Review findings on robust20, mended (robmend20): readers' comments and sidebars signed "Posted by"
stay cut; a stored address with a Latin-1 %-escape; stored addresses found by key, not by path."""

import pytest

# --- 1. signed lines under or above an ordinary article are not its text ---------------------------

_S1 = ("The city council voted on Tuesday to close the old library on Main Street after a decade of falling "
       "visits, a decision that drew protests from residents who said the building was the only quiet place left downtown. ")
_S2 = ("Council members said the money saved would pay for longer opening hours at the two newer branches, "
       "and that the collection would be moved over the summer before the building is sold. ")
_STORY = ["Library to close", "", _S1 * 2, _S2 * 2, _S1 + _S2]


def _teasers(heading, read_more=False, lead="Teaser"):
    rows = ["", heading, ""] if heading else []
    for k in range(1, 5):
        rows += [f"Posted by: Jane Doe on {k} Mar 2024",
                 f"{lead} {k}: the mayor announced a review of the parks budget after complaints from residents "
                 "about the state of the playgrounds."] + (["Read more"] if read_more else []) + [""]
    return rows


_PAGES = {
    "one reader's comment": _STORY + ["", "Posted by: Brad, Glasgow on 11:16am Wed 9 Jan 08",
                                      "This is a disgrace, the council never listens to anyone who actually uses "
                                      "the library in this town.", ""],
    "one reader three times": _STORY + [""] + sum(([
        f"Posted by: Brad, Glasgow on {k}:16pm Wed 9 Jan 08",
        f"Comment number {k}: the council never listens to anyone who actually uses the library, and I will say "
        "it again.", ""] for k in range(1, 4)), []),
    "a press office box": ["Library to close", "", "Written by: Jane Doe on 3 March 2024", ""] + _STORY[2:] + [
        "", "Submitted by: Press Office on 2 March 2024",
        "For more information contact the council press office on the number below during office hours.", ""],
    "more from this blog": _STORY + _teasers("More from this blog"),
    "most read above the story": _teasers("Most read")[1:] + _STORY,
}


@pytest.mark.parametrize("name", list(_PAGES))
def test_signed_comments_and_teasers_around_an_article_stay_cut(name):
    """robust20 scored a dated "Posted by/Written by/Submitted by" line as a byline and the prose
    under it as not isolated: each of these pages kept the comment, the box or the teasers."""
    from dateline.ingest.clean import clean_text

    text = clean_text("\n".join(_PAGES[name])).text
    assert _S1[:60] in text and _S2[:60] in text, text
    kept = [line for line in text.split("\n") if line.strip() and not line.startswith((_S1[:30], _S2[:30]))]
    assert all("Posted by" not in line and "Submitted by" not in line for line in kept), kept
    for gone in ("disgrace", "Comment number", "press office on the number", "parks budget", "Most read"):
        assert gone not in text, (gone, kept)
