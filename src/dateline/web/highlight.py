"""The article text cut into flat segments, each carrying every annotation that covers it.

Annotations overlap freely (a place is also an entity and maybe an actor mention, quotes contain
dates, event evidence is a whole sentence), so the text is cut at every span boundary and each
piece lists the kinds, hover notes and event ids over it. The template renders the pieces as a
flat run of ``<span>`` elements: no nesting to get wrong, and every piece is escaped text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..model import Document

# The order hover notes are listed in when several annotations cover one piece.
KIND_ORDER = ("actor", "place", "timex", "amount", "entity", "speaker", "cue", "quote")


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    kind: str           # one of KIND_ORDER, or "evidence" / "trigger"
    note: str = ""      # the resolution shown on hover
    event: int | None = None


@dataclass(slots=True)
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    evidence: list[int] = field(default_factory=list)
    triggers: list[int] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)  # ids of events whose evidence starts here

    @property
    def css(self) -> str:
        classes = [f"hl-{k}" for k in self.kinds]
        if self.evidence:
            classes.append("ev")
        if self.triggers:
            classes.append("trig")
        return " ".join(classes)

    @property
    def note(self) -> str:
        return "\n".join(self.notes)

    @property
    def data_ev(self) -> str:
        return " ".join(f"e{i}" for i in self.evidence)

    @property
    def data_trig(self) -> str:
        return " ".join(f"e{i}" for i in self.triggers)

    @property
    def plain(self) -> bool:
        return not (self.kinds or self.evidence or self.triggers or self.anchors)


def _fmt_number(value) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def marks(doc: Document) -> list[Mark]:
    """Every annotation of ``doc`` as a :class:`Mark` with its hover note."""
    out: list[Mark] = []
    for e in doc.entities:
        out.append(Mark(e.start, e.end, "entity", f"entity {e.label}"))
    for a in doc.actors:
        code = " ".join(c for c in (a.country, a.sector) if c) or "no code"
        for m in a.mentions:
            out.append(Mark(m.start, m.end, "actor", f"actor {a.name} [{code}] {a.kind}, {m.kind}"))
    for t in doc.timexes:
        out.append(Mark(t.start, t.end, "timex", f"TIMEX3 {t.type} {t.value}"))
    for p in doc.places:
        where = ", ".join(x for x in (p.name, p.country) if x) or "unresolved"
        gid = f"GeoNames {p.geonameid}" if p.geonameid is not None else "no GeoNames id"
        coords = f" ({p.lat:.2f}, {p.lon:.2f})" if p.lat is not None and p.lon is not None else ""
        out.append(Mark(p.start, p.end, "place", f"place {where}: {gid}{coords} {p.feature or ''}".rstrip()))
    for a in doc.amounts:
        what = f" of {a.object}" if a.object else ""
        approx = "about " if a.approximate else ""
        out.append(Mark(a.start, a.end, "amount", f"amount {approx}{_fmt_number(a.value)} {a.unit or ''}{what}"))
    actor_names = {a.id: a.name for a in doc.actors}
    for q in doc.quotes:
        who = "unattributed"
        if q.speaker:
            who = actor_names.get(q.speaker.actor or "", q.speaker.text)
            out.append(Mark(q.speaker.start, q.speaker.end, "speaker", f"speaker of a {q.kind} quote"))
        if q.cue:
            out.append(Mark(q.cue.start, q.cue.end, "cue", "quote cue"))
        for part in (q.parts or (q,)):
            out.append(Mark(part.start, part.end, "quote", f"{q.kind} quote by {who}"))
    for i, ev in enumerate(doc.events):
        out.append(Mark(ev.evidence.start, ev.evidence.end, "evidence", event=i))
        out.append(Mark(ev.trigger.start, ev.trigger.end, "trigger", event=i))
    n = len(doc.text)
    return [m for m in out if 0 <= m.start < m.end <= n]


def segments(doc: Document) -> list[Segment]:
    """``doc.text`` cut at every annotation boundary; the pieces join back to the text."""
    text = doc.text
    all_marks = marks(doc)
    cuts = sorted({0, len(text), *(m.start for m in all_marks), *(m.end for m in all_marks)})
    starting: dict[int, list[Mark]] = {}
    for m in all_marks:
        starting.setdefault(m.start, []).append(m)
    open_marks: list[Mark] = []
    anchored: set[int] = set()
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        open_marks = [m for m in open_marks if m.end > a] + starting.get(a, [])
        seg = Segment(text[a:b])
        kinds = {m.kind for m in open_marks}
        seg.kinds = [k for k in KIND_ORDER if k in kinds]
        notes = []
        for kind in KIND_ORDER:
            notes += [m.note for m in open_marks if m.kind == kind and m.note and m.note not in notes]
        seg.notes = notes
        seg.evidence = sorted({m.event for m in open_marks if m.kind == "evidence"})
        seg.triggers = sorted({m.event for m in open_marks if m.kind == "trigger"})
        for i in seg.evidence:
            if i not in anchored:
                anchored.add(i)
                seg.anchors.append(f"ev-{i}")
        out.append(seg)
    return _merge(out)


def _merge(pieces: list[Segment]) -> list[Segment]:
    """Join neighbours that carry exactly the same annotations (fewer elements to render)."""
    out: list[Segment] = []
    for seg in pieces:
        prev = out[-1] if out else None
        if (prev is not None and not seg.anchors and prev.kinds == seg.kinds
                and prev.notes == seg.notes and prev.evidence == seg.evidence
                and prev.triggers == seg.triggers):
            prev.text += seg.text
        else:
            out.append(seg)
    return out


def to_html(pieces: list[Segment], active: set[int] = frozenset()) -> Markup:
    """The pieces as HTML: every text and attribute value escaped, evidence of the ``active``
    events marked ``ev-on``. (Built here rather than in the template: a long article has
    thousands of pieces, and this is several times faster than a Jinja loop.)"""
    out = []
    for seg in pieces:
        for anchor in seg.anchors:
            out.append(f'<a class="anchor" id="{escape(anchor)}"></a>')
        if seg.plain:
            out.append(escape(seg.text))
            continue
        css = seg.css + (" ev-on" if active and active.intersection(seg.evidence) else "")
        attrs = f' class="{escape(css)}"'
        if seg.notes:
            attrs += f' title="{escape(seg.note)}"'
        if seg.evidence:
            attrs += f' data-ev="{escape(seg.data_ev)}"'
        if seg.triggers:
            attrs += f' data-trig="{escape(seg.data_trig)}"'
        out.append(f"<span{attrs}>{escape(seg.text)}</span>")
    return Markup("".join(str(x) for x in out))
