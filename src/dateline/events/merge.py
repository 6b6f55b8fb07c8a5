"""One event per real occurrence: events that describe the same occurrence twice (the lede
repeated, "talks next week" and "the two sides will discuss") become one event whose other
descriptions are kept as ``mentions``.

Two drafts describe one occurrence when they have the same PLOVER type and modality, the same
participants (compared by country where the actor has one, since "the United States" and "a US
delegation" are one side; for symmetric types such as CONSULT, the same set of parties in either
role), and
compatible dates and places (equal, or one of them unknown / only the publication date).
"""

from __future__ import annotations

from .cues import HARM_ROOTS, SYMMETRIC_TYPES


def participants(draft) -> tuple:
    sources, targets = frozenset(draft.source_keys), frozenset(draft.target_keys)
    if draft.type in SYMMETRIC_TYPES:
        return (sources | targets,)
    return sources, targets


def _compatible_dates(a, b) -> bool:
    if a.date_basis != "clause" or b.date_basis != "clause":
        return True
    return a.date == b.date


def _compatible_places(a, b) -> bool:
    if a.place is None or b.place is None or "clause" not in (a.place.basis, b.place.basis):
        return True
    if a.place.basis != b.place.basis:
        return True  # the article's main place says nothing against a clause's own
    return a.place.geonameid == b.place.geonameid


def _compatible_participants(a, b) -> bool:
    if participants(a) == participants(b):
        return True
    # a description that lost its target in the parse ("to discuss ... with the Taliban, X
    # said") still describes the occurrence its source shares with a full description
    return bool(a.sources) and set(a.source_keys) == set(b.source_keys) and (
        not a.targets or not b.targets)


def _compatible_modes(a, b) -> bool:
    """A seizure and an arrest are two COERCE events, not one."""
    return a.mode is None or b.mode is None or a.mode == b.mode


# CAMEO roots of one kind of act: an attack told by its means ("opened fire", 18x/19x) and by
# the harm it did ("one man was killed", 190) are one kind, mass violence (20x) with them (the
# roots of cues.HARM_ROOTS; with 20 joined, 2026-12-07 seventeenth session, every bench_events
# measure on Wikinews, conflibert and glocon was unchanged); a repression (17x) is another.
_ROOT_KINDS = dict.fromkeys(HARM_ROOTS, "19")


def _root_kind(draft) -> str:
    root = (draft.cameo or "")[:2]
    return _ROOT_KINDS.get(root, root)


def _compatible_roots(a, b) -> bool:
    """Descriptions in two sentences are one occurrence only as one kind of act: "protesters
    were pepper-sprayed by police" (175) and, a sentence later, "one man was killed when police
    opened fire" (190) are two events of one PLOVER type, source and day."""
    if getattr(a, "sentence", None) == getattr(b, "sentence", None):
        return True
    return _root_kind(a) == _root_kind(b)


def same_occurrence(a, b) -> bool:
    return (a.type == b.type and a.modality == b.modality and _compatible_modes(a, b)
            and _compatible_roots(a, b)
            and _compatible_participants(a, b)
            and _compatible_dates(a, b) and _compatible_places(a, b))


def merge_drafts(drafts: list) -> list:
    """Drafts in text order -> one draft per occurrence (the best-dated description first)."""
    groups: list[list] = []
    for draft in drafts:
        for group in groups:
            # like the group's first description, and no clash of date or place with any
            if same_occurrence(draft, group[0]) and all(
                    _compatible_dates(draft, o) and _compatible_places(draft, o) for o in group):
                group.append(draft)
                break
        else:
            groups.append([draft])
    merged = []
    for group in groups:
        # the description with its own date (then its own place, then the harm done rather
        # than a support verb's means: "when police opened fire, one was killed") is the
        # event's evidence; a verb's attack keeps it ("attacked Israel, killing 1,200")
        means = any(getattr(d, "family", None) == "support" for d in group)
        primary = max(group, key=lambda d: (d.date_basis == "clause", bool(d.targets),
                                           d.place is not None,
                                           means and getattr(d, "harm", False),
                                           -d.evidence.start))
        for other in group:
            if other is primary:
                continue
            if other.place is not None and (primary.place is None or (
                    primary.place.basis != "clause" and other.place.basis == "clause")):
                primary.place = other.place
            if other.evidence != primary.evidence and other.evidence not in primary.mentions:
                primary.mentions.append(other.evidence)
            primary.confidence = max(primary.confidence, other.confidence)
            # a party the evidence leaves out that another description names: "two students
            # were killed in police firing on Tuesday" (dated by the firing, the killing's victims)
            if not primary.targets and other.targets:
                primary.targets, primary.target_keys = list(other.targets), other.target_keys
            if not primary.sources and other.sources:
                primary.sources, primary.source_keys = list(other.sources), other.source_keys
        primary.mentions.sort(key=lambda s: s.start)
        merged.append(primary)
    return merged
