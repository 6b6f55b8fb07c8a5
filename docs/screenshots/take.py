"""Screenshots of every page, for docs/web.md: headless Chromium on a store (the demo corpus:
`dateline ingest samples/ --db demo.duckdb`).

    python docs/screenshots/take.py --db demo.duckdb
"""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import quote

import httpx

from dateline.web.testing import chromium, running_server

HERE = Path(__file__).parent
MAX_HEIGHT = 2200


def pages(base: str) -> list[tuple[str, str]]:
    get = lambda path: httpx.get(base + path, timeout=60).json()  # noqa: E731
    articles = get("/api/articles?limit=300")["items"]
    busiest = max(articles, key=lambda a: (a["n_events"] or 0, a["n_quotes"] or 0))
    event = get(f"/api/articles/{quote(busiest['id'], safe='')}")["events"]
    merged = next((e["event_id"] for e in event if e["event_id"] is not None), None)
    actor = get("/api/actors?limit=5")["items"]
    person = next((a for a in actor if a["kind"] == "person"), actor[0])
    story = get("/api/stories?limit=1")["items"][0]
    article_path = f"/articles/{quote(busiest['id'], safe='')}" + (f"?event={merged}" if merged else "")
    return [("overview", "/"), ("articles", "/articles"), ("article", article_path),
            ("events", "/events?limit=40"), ("actor", f"/actors/{quote(person['id'], safe='')}"),
            ("quotes", "/quotes?limit=30"), ("stories", "/stories?limit=30"),
            ("story", f"/stories/{story['id']}"), ("map", "/map"), ("api", "/docs")]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    with running_server(args.db) as base, chromium(1360, 900) as driver:
        for name, path in pages(base):
            driver.set_window_size(1360, 900)
            driver.get(base + path)
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(1360, min(max(height, 700), MAX_HEIGHT))
            if name == "article":  # the evidence of the chosen event, in view
                driver.execute_script("var on = document.querySelector('.ev-on'); if (on) on.scrollIntoView({block: 'center'});")
            target = args.out / f"{name}.png"
            driver.save_screenshot(str(target))
            print(f"{target}  {path}")


if __name__ == "__main__":
    main()
