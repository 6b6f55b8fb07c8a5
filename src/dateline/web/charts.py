"""Geometry for the inline SVG charts (computed here, drawn by the templates; no JavaScript)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import timedelta
from typing import Any

from ..corpus.store import as_day
from . import worldmap


def day_bars(rows: list[dict[str, Any]], width: int = 920, height: int = 150) -> dict[str, Any]:
    """Bars of events per day (``rows``: ``{day, events}`` in date order), one slot per calendar
    day between the first and the last, with about eight date ticks."""
    if not rows:
        return {"bars": [], "ticks": [], "width": width, "height": height, "max": 0}
    first, last = rows[0]["day"], rows[-1]["day"]
    days = (last - first).days + 1
    slot = width / days
    top = max(r["events"] for r in rows)
    bars = []
    for r in rows:
        h = max(1.0, (height - 20) * r["events"] / top)
        bars.append({"x": round((r["day"] - first).days * slot, 2), "w": round(max(slot * 0.8, 1.0), 2),
                     "y": round(height - 20 - h, 2), "h": round(h, 2),
                     "day": r["day"].isoformat(), "events": r["events"]})
    step = max(1, math.ceil(days / 8))
    ticks = [{"x": round(i * slot, 1), "label": (first + timedelta(days=i)).isoformat()}
             for i in range(0, days, step)]
    return {"bars": bars, "ticks": ticks, "width": width, "height": height, "max": top,
            "first": first.isoformat(), "last": last.isoformat()}


def hbars(items: list[dict[str, Any]], label: str, value: str, width: int = 300) -> list[dict[str, Any]]:
    """Horizontal bar lengths for ``items`` (each keeps its fields, plus ``bar``)."""
    top = max((i[value] or 0 for i in items), default=0) or 1
    return [{**i, "bar": round(width * (i[value] or 0) / top, 1), "label": i[label]} for i in items]


def network(name: str, events: list[dict[str, Any]], size: int = 560, most: int = 14) -> dict[str, Any]:
    """Who did what to whom around actor ``name``: the actor in the middle, its most frequent
    counterparts on a circle, one arrow per direction with the event types along it."""
    links: dict[tuple[str, str], Counter] = defaultdict(Counter)
    weight: Counter = Counter()
    for e in events:
        sources, targets = e.get("source_names") or [], e.get("target_names") or []
        if name in sources:
            for t in targets:
                if t != name:
                    links[(name, t)][e["type"]] += 1
                    weight[t] += 1
        if name in targets:
            for s in sources:
                if s != name:
                    links[(s, name)][e["type"]] += 1
                    weight[s] += 1
    others = [n for n, _ in weight.most_common(most)]
    c = size / 2
    r = size / 2 - 90   # room for the names outside the circle
    pos = {name: (c, c)}
    label = {name: (c, c + 36, "middle")}
    for k, other in enumerate(others):
        angle = 2 * math.pi * k / max(len(others), 1) - math.pi / 2
        cos, sin = math.cos(angle), math.sin(angle)
        pos[other] = (round(c + r * cos, 1), round(c + r * sin, 1))
        anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
        label[other] = (round(c + (r + 20) * cos, 1), round(c + (r + 20) * sin + 4 + 8 * sin, 1), anchor)
    edges = []
    for (s, t), types in links.items():
        if s not in pos or t not in pos:
            continue
        (x1, y1), (x2, y2) = pos[s], pos[t]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1
        # shorten to the node circles, and offset sideways so the two directions do not overlap
        ox, oy = -dy / length * 4, dx / length * 4
        shrink = 22 / length
        edges.append({"source": s, "target": t, "count": sum(types.values()),
                      "types": ", ".join(f"{ty} ×{n}" for ty, n in types.most_common(3)),
                      "x1": round(x1 + dx * shrink + ox, 1), "y1": round(y1 + dy * shrink + oy, 1),
                      "x2": round(x2 - dx * shrink + ox, 1), "y2": round(y2 - dy * shrink + oy, 1),
                      # the label sits toward the counterpart, where the spokes are apart
                      "lx": round(x1 + dx * (0.7 if s == name else 0.3) + ox * 3, 1),
                      "ly": round(y1 + dy * (0.7 if s == name else 0.3) + oy * 3, 1)})
    nodes = [{"name": n, "x": pos[n][0], "y": pos[n][1], "center": n == name,
              "lx": label[n][0], "ly": label[n][1], "anchor": label[n][2],
              "events": weight.get(n, 0)} for n in [name, *others]]
    return {"size": size, "nodes": nodes, "edges": edges}


def map_layers(event_places: list[dict[str, Any]], mentioned: list[dict[str, Any]],
               by_country: dict[str, int]) -> dict[str, Any]:
    """The world outline (countries shaded by how many events happened there) and two marker
    layers: places where events happened, and places the articles mention."""
    top = max(by_country.values(), default=0) or 1
    shapes = []
    for country in worldmap.countries():
        n = by_country.get(country.alpha3 or "", 0)
        shade = 0 if n == 0 else min(4, 1 + int(4 * math.log1p(n) / math.log1p(top)))
        shapes.append({"path": country.path, "name": country.name, "code": country.alpha3,
                       "events": n, "shade": shade})

    def markers(rows, count_key, scale):
        out = []
        most = max((r[count_key] for r in rows), default=1) or 1
        for r in rows:
            x, y = worldmap.project(r["lon"], r["lat"])
            out.append({**r, "x": x, "y": y,
                        "r": round(2.5 + scale * math.sqrt(r[count_key] / most), 1)})
        return out

    return {"width": worldmap.WIDTH, "height": worldmap.HEIGHT, "countries": shapes,
            "event_markers": markers(event_places, "events", 9),
            "place_markers": markers(mentioned, "articles", 4)}


def timeline_days(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Timeline items grouped by date (undated last): by the day, or for an event dated less
    precisely by its TIMEX3 value (``2021-W48``, ``2016``), placed where its interval starts."""
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(item.get("when") or item.get("date") or "", []).append(item)
    return [{"date": d or "undated", "items": v} for d, v in groups.items()]


def timeline_strip(items: list[dict[str, Any]], width: int = 920, row: int = 12) -> dict[str, Any]:
    """A date axis with the story's dated items on it: articles above the line, events below,
    stacked when several fall on one day."""
    dated = [(as_day(i.get("date")), i) for i in items]
    dated = [(d, i) for d, i in dated if d is not None]
    if not dated:
        return {"marks": [], "ticks": [], "width": width, "height": 0}
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    days = max((last - first).days, 1)
    stacks: Counter = Counter()
    marks, top = [], 0
    for d, item in dated:
        above = item["kind"] == "article"
        level = min(stacks[(d, above)], 8)  # a busy day's marks overlap past eight, not the page
        stacks[(d, above)] += 1
        top = max(top, level + 1)
        marks.append({"x": round(10 + (width - 20) * (d - first).days / days, 1), "level": level,
                      "above": above, "date": d.isoformat(), "kind": item["kind"], "id": item["id"],
                      "text": item.get("text", "")})
    height = 2 * (top * row + 8) + 24
    axis = top * row + 12
    for m in marks:
        m["y"] = axis - 8 - m["level"] * row if m["above"] else axis + 8 + m["level"] * row
    step = max(1, math.ceil(days / 6))
    ticks = [{"x": round(10 + (width - 20) * k / days, 1), "label": (first + timedelta(days=k)).isoformat()}
             for k in range(0, days + 1, step)]
    return {"marks": marks, "ticks": ticks, "width": width, "height": height, "axis": axis}
