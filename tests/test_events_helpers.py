"""Build a Work by hand for the events tests: the parse from spaCy, actors given explicitly, so
the events rules are tested independently of the actors, time and places stages."""

from __future__ import annotations

import re
from datetime import date

from dateline.model import Actor, Mention, Timex
from dateline.pipeline import Work


def make_work(nlp, text: str, actors: dict[str, tuple], timexes=(), published=date(2021, 11, 24)):
    """``actors``: id -> (country, kind, mention strings...); every occurrence of each mention
    string (whole words) becomes a mention of that actor. ``timexes``: (text, type, value)."""
    built = []
    for actor_id, (country, kind, *names) in actors.items():
        mentions = []
        for name in names:
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                mentions.append(Mention(m.start(), m.end(), name))
        built.append(Actor(actor_id, names[0], kind, country=country, mentions=tuple(mentions)))
    found = []
    for surface, kind, value in timexes:
        start = text.index(surface)
        found.append(Timex(start, start + len(surface), surface, kind, value))
    return Work(text=text, published=published, doc=nlp(text), actors=built, timexes=found)


def run_events(nlp, text, actors, **kwargs):
    from dateline.events.stage import find_events

    work = make_work(nlp, text, actors, **kwargs)
    find_events(work)
    by_id = {a.id: a for a in work.actors}
    return work.events, by_id


def event_types(text, actors) -> list[str]:
    """The types of the events the stage finds in ``text`` (the default spaCy pipeline)."""
    from dateline import nlp as nlp_module

    found, _ = run_events(nlp_module.load(), text, actors)
    return [e.type for e in found]


def event_at(events, trigger_text, text):
    """The event whose trigger is ``trigger_text``."""
    return next(e for e in events if text[e.trigger.start:e.trigger.end] == trigger_text)


def parties(events, by_id, trigger_text, text):
    """The names of the source and target actors of the event triggered by ``trigger_text``."""
    event = event_at(events, trigger_text, text)
    return ([by_id[a].name for a in event.source], [by_id[a].name for a in event.target])


def countries(event, by_id, field="source"):
    return {by_id[i].country for i in getattr(event, field)}


def pipeline_events(text: str, published: str | None = None, companions: bool = False) -> list[dict]:
    """Every event of ``text`` (but the companions, unless ``companions``) through the whole
    pipeline, the actors stage finding the parties, as dicts of type, cameo, date, modality and
    the source and target actors' lower-cased names."""
    import dateline
    from dateline.events.stage import COMPANION_CONFIDENCE
    from dateline.pipeline import Pipeline

    document = next(iter(Pipeline().run([dateline.extract(text, clean=False, id="t", format="text",
                                                            published=published)])))
    names = {a.id: a.name.lower() for a in document.actors}
    return [{"type": e.type, "cameo": e.cameo, "date": e.date, "modality": e.modality,
             "source": [names[a] for a in e.source], "target": [names[a] for a in e.target]}
            for e in document.events if companions or e.confidence > COMPANION_CONFIDENCE]


def has_event(events, kind, cameo=None, doer=None) -> bool:
    """Whether one of ``events`` (Document dicts) is of PLOVER ``kind``, of CAMEO ``cameo`` if given,
    with ``doer`` inside one of its source strings if given."""
    return any(e["type"] == kind and (cameo is None or e["cameo"] == cameo) and
               (doer is None or any(doer in s for s in e["source"])) for e in events)


def target_has(events, kind, word) -> bool:
    """Whether one of ``events`` (``pipeline_events`` dicts) of PLOVER ``kind`` has ``word`` inside
    one of its target strings."""
    return any(e["type"] == kind and any(word in t for t in e["target"]) for e in events)
