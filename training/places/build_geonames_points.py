#!/usr/bin/env python3
"""Convert GeoNames' own points for countries, ADM1, ADM2 and continents into the shipped table.

Reads ``SHARED/data/geo/geonames_admin/geonames_admin.tsv`` (and ``…_missing_coords.tsv``; see that
folder's README: GeoNames data, CC BY 4.0, "GeoNames, geonames.org") and writes
``src/dateline/places/data/geonames_points.tsv``: one row per GeoNames record with

    geonameid, feature (CONT/PCLI/ADM1/ADM2), country (ISO alpha-2), admin1 code, lat, lon, name

Points are rounded to 5 decimals; ``lat``/``lon`` are empty for the records GeoNames' point list
lacks (the gazetteer then falls back to the centre of the record's populated places). Feature code
``PCL`` of the source is written as ``PCLI`` (the gazetteer's one country code). The output is sorted
by geonameid so a rebuild from the same input is byte-identical.

Usage: build_geonames_points.py --shared ../shared [--out src/dateline/places/data/geonames_points.tsv]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "dateline" / "places" / "data" / "geonames_points.tsv"
HEADER = ("geonameid", "feature", "country", "admin1", "lat", "lon", "name")
FEATURES = {"PCL": "PCLI", "ADM1": "ADM1", "ADM2": "ADM2", "CONT": "CONT"}


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def convert(rows: list[dict]) -> list[tuple[str, ...]]:
    out: dict[int, tuple[str, ...]] = {}
    for row in rows:
        feature = FEATURES.get(row["feature_code"])
        if feature is None:
            continue
        gid = int(row["geonameid"])
        lat, lon = row["latitude"].strip(), row["longitude"].strip()
        if lat and lon:
            lat, lon = f"{float(lat):.5f}".rstrip("0").rstrip("."), f"{float(lon):.5f}".rstrip("0").rstrip(".")
            if not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
                raise ValueError(f"geonameid {gid}: point out of range ({lat}, {lon})")
        else:
            lat = lon = ""
        if gid in out and out[gid][4]:
            continue  # a row with a point wins over one without
        admin1 = row["admin1_code"] if feature in ("ADM1", "ADM2") else ""
        out[gid] = (str(gid), feature, row["country_code"], admin1, lat, lon,
                    row["name"].replace("\t", " "))
    return [out[k] for k in sorted(out)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    folder = args.shared / "data" / "geo" / "geonames_admin"
    source = folder / "geonames_admin.tsv"
    if not source.is_file():
        print(f"E21: {source} not found: pass --shared pointing at the shared data folder",
              file=sys.stderr)
        return 2
    rows = read_rows(source)
    missing = folder / "geonames_admin_missing_coords.tsv"
    if missing.is_file():
        rows += read_rows(missing)
    table = convert(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for row in table:
            fh.write("\t".join(row) + "\n")
    with_point = sum(1 for r in table if r[4])
    print(f"{args.out}: {len(table)} records, {with_point} with GeoNames' point")
    return 0


if __name__ == "__main__":
    sys.exit(main())
