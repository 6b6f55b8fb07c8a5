"""The seed article's actor and metonym expectations (../shared/data/seed/expected.json)."""

from __future__ import annotations

import pytest


def low(s):
    return " ".join(str(s or "").split()).lower()


def actors_with_mention(doc, text):
    return [a for a in doc.actors
            if any(low(m.text) == low(text) for m in a.mentions) or low(a.name) == low(text)]


def _ids(expected, section):
    return [e.get("mention") or e.get("text") for e in expected.get(section, [])] if expected else []


def test_every_actor_mention_is_aligned(seed_doc):
    for actor in seed_doc.actors:
        for m in actor.mentions:
            assert seed_doc.text[m.start:m.end] == m.text
            assert m.kind in ("name", "title", "description", "pronoun", "metonym")
        assert actor.kind in ("person", "organization", "country", "group")


def test_actor_ids_follow_first_mention(seed_doc):
    ids = [a.id for a in seed_doc.actors]
    assert ids == [f"a{n}" for n in range(1, len(ids) + 1)]
    firsts = [min(m.start for m in a.mentions) for a in seed_doc.actors]
    assert firsts == sorted(firsts)


def test_seed_actor_expectations(seed_doc, expected):
    failures = []
    for e in expected["actors"]:
        actors = actors_with_mention(seed_doc, e["mention"])
        if "same_as" in e:
            others = actors_with_mention(seed_doc, e["same_as"])
            if not any(a is b for a in actors for b in others):
                failures.append(f"{e['mention']!r} not the same actor as {e['same_as']!r}")
            continue
        ok = bool(actors) and any(
            ("country" not in e or a.country == e["country"]) and
            ("sector" not in e or a.sector == e["sector"]) and
            ("role_contains" not in e or any(low(e["role_contains"]) in low(r) for r in a.roles))
            for a in actors)
        if not ok:
            failures.append(f"{e['mention']!r}: got {[(a.country, a.sector, a.roles) for a in actors]}")
    assert not failures, failures


def test_seed_metonym_expectations(seed_doc, expected):
    failures = []
    for m in expected["metonyms"]:
        actors = actors_with_mention(seed_doc, m["text"])
        if not any(a.country == m["actor_country"] and
                   ("actor_sector" not in m or a.sector == m["actor_sector"]) for a in actors):
            failures.append(f"{m['text']!r}: got {[(a.name, a.country, a.sector) for a in actors]}")
    assert not failures, failures


@pytest.mark.parametrize("pronoun_sentence, antecedent", [
    ("He said the US would only provide", "Tom West"),
])
def test_seed_pronoun(seed_doc, pronoun_sentence, antecedent):
    start = seed_doc.text.index(pronoun_sentence)
    owner = [a for a in seed_doc.actors if any(m.start == start for m in a.mentions)]
    assert owner and owner[0].name == antecedent
