"""One event per real occurrence: events that describe the same occurrence twice (the lede
repeated, "talks next week" and "the two sides will discuss") become one event whose other
descriptions are kept as ``mentions``.

Two drafts describe one occurrence when they have the same PLOVER type and modality, the same
participants (for symmetric types such as CONSULT, the same set of parties in either role), and
compatible dates and places (equal, or one of them unknown / only the publication date).
"""

from __future__ import annotations

# PLOVER types whose two sides do the same thing to each other (a meeting, a clash).
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


def participants(draft) -> tuple:
    if draft.type in SYMMETRIC_TYPES:
        return (frozenset(draft.sources) | frozenset(draft.targets),)
    return frozenset(draft.sources), frozenset(draft.targets)


def _compatible_dates(a, b) -> bool:
    if a.date_basis != "clause" or b.date_basis != "clause":
        return True
    return a.date == b.date


def _compatible_places(a, b) -> bool:
    if a.place is None or b.place is None:
        return True
    return a.place.geonameid == b.place.geonameid


def same_occurrence(a, b) -> bool:
    return (a.type == b.type and a.modality == b.modality and participants(a) == participants(b)
            and _compatible_dates(a, b) and _compatible_places(a, b))


def merge_drafts(drafts: list) -> list:
    """Drafts in text order -> one draft per occurrence (the best-dated description first)."""
    groups: list[list] = []
    for draft in drafts:
        for group in groups:
            if all(same_occurrence(draft, other) for other in group):
                group.append(draft)
                break
        else:
            groups.append([draft])
    merged = []
    for group in groups:
        # the description with its own date (then its own place) is the event's evidence
        primary = max(group, key=lambda d: (d.date_basis == "clause", d.place is not None,
                                           -d.evidence.start))
        for other in group:
            if other is primary:
                continue
            if primary.place is None and other.place is not None:
                primary.place = other.place
            if other.evidence != primary.evidence and other.evidence not in primary.mentions:
                primary.mentions.append(other.evidence)
            primary.confidence = max(primary.confidence, other.confidence)
        primary.mentions.sort(key=lambda s: s.start)
        merged.append(primary)
    return merged
