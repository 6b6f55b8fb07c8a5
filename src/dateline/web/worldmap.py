"""The offline world map: country outlines from a bundled TopoJSON file, drawn as SVG paths.

The outline is ``static/countries-110m.json`` from the npm package ``world-atlas`` 2.0.2 (Natural
Earth 1:110m, ISC licence; see docs/web.md). It is decoded here once per process, so the map page
needs no JavaScript, no tiles and no network. The projection is equirectangular, cropped to the
latitudes where people live (:data:`LAT_TOP` … :data:`LAT_BOTTOM`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

OUTLINE = Path(__file__).parent / "static" / "countries-110m.json"

WIDTH = 960
LAT_TOP = 84.0
LAT_BOTTOM = -58.0  # south of Tierra del Fuego: Antarctica would take a fifth of the map
HEIGHT = round(WIDTH * (LAT_TOP - LAT_BOTTOM) / 360)


def project(lon: float, lat: float) -> tuple[float, float]:
    """Map coordinates (SVG user units) of a longitude/latitude."""
    x = (lon + 180.0) * WIDTH / 360.0
    y = (LAT_TOP - lat) * HEIGHT / (LAT_TOP - LAT_BOTTOM)
    return round(x, 1), round(y, 1)


@dataclass(frozen=True, slots=True)
class Country:
    numeric: str          # ISO 3166 numeric code as world-atlas gives it ("004")
    alpha3: str | None    # ISO alpha-3, the code dateline's actors and places carry
    name: str
    path: str             # SVG path data


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The arcs as lon/lat point lists (TopoJSON stores them quantised and delta-encoded)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs, indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)  # consecutive arcs share their end point
    return points


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The ring with longitudes made continuous: a ring that crosses the antimeridian (Fiji,
    Chukotka) runs past ±180 instead of jumping across the whole map."""
    out = [ring[0]]
    for lon, lat in ring[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while prev - lon > 180:
            lon += 360
        out.append((lon, lat))
    return out


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        if len(ring) < 3 or max(lat for _, lat in ring) < LAT_BOTTOM:
            continue  # Antarctica lies below the map
        ring = _unwrap(ring)
        lons = [lon for lon, _ in ring]
        # a ring running past the antimeridian is drawn again from the other side; the SVG
        # viewport clips both copies
        shifts = [0.0] + ([-360.0] if max(lons) > 180 else []) + ([360.0] if min(lons) < -180 else [])
        for shift in shifts:
            xy = [project(lon + shift, max(min(lat, LAT_TOP), LAT_BOTTOM)) for lon, lat in ring]
            parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in xy) + "Z")
    return "".join(parts)


def _alpha3(numeric: str | None) -> str | None:
    if not numeric:
        return None
    import pycountry

    found = pycountry.countries.get(numeric=numeric)
    return found.alpha_3 if found else None


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country of the bundled outline with its SVG path (decoded once)."""
    topology = json.loads(OUTLINE.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = [_ring(arcs, ring) for polygon in polygons for ring in polygon]
        numeric = geometry.get("id")
        out.append(Country(numeric or "", _alpha3(numeric),
                           (geometry.get("properties") or {}).get("name", ""), _path(rings)))
    return tuple(out)
