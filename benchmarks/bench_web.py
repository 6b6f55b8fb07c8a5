"""Load test of the web app on loopback: N concurrent clients for S seconds over a mix of pages
and API calls; prints throughput and latency percentiles, and fails (exit 1) on any error.

    python benchmarks/bench_web.py --db demo.duckdb             # 50 clients, 30 s
    python benchmarks/bench_web.py --clients 10 --seconds 5     # a quick look

The server is started here, as `dateline serve` in its own process on 127.0.0.1, so that the
clients' work does not share its interpreter. Without --db it serves demo.duckdb (`make demo`), or
else first builds a store from the first --articles Wikinews articles of samples/ (annotation
takes a while on a busy machine).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
DATELINE = [sys.executable, "-m", "dateline.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of process ``pid`` and its live descendants (the worker
    processes of ``serve --workers``); Linux /proc, 0 elsewhere."""
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += cpu_seconds(int(child))
    except (OSError, IndexError, ValueError):
        pass
    return total


def build_store(articles: int) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="bench-web-"))
    sample = folder / "sample.jsonl"
    with open(ROOT / "samples" / "wikinews" / "wikinews.jsonl", encoding="utf-8") as f:
        sample.write_text("".join(line for _, line in zip(range(articles), f)), encoding="utf-8")
    db = folder / "bench.duckdb"
    started = time.perf_counter()
    subprocess.run(DATELINE + ["ingest", str(sample), "--db", str(db), "--quiet"], check=True)
    print(f"built a store of {articles} articles in {time.perf_counter() - started:.0f} s: {db}")
    return db


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen:
    server = subprocess.Popen(DATELINE + ["serve", "--db", str(db), "--port", str(port), "--workers", str(workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited: {server.stderr.read().decode()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start within 60 s")


def url_mix(base: str) -> list[tuple[str, str]]:
    """(kind, path) pairs covering every page and the main API calls, on the store's own ids."""
    get = lambda path: httpx.get(base + path, timeout=30).json()  # noqa: E731
    articles = [a["id"] for a in get("/api/articles?limit=20")["items"]]
    actors = [a["id"] for a in get("/api/actors?limit=10")["items"]]
    stories = [s["id"] for s in get("/api/stories?limit=10")["items"]]
    types = [t["type"] for t in get("/api/stats")["events_by_type"][:5]]
    mix = [("overview", "/"), ("articles", "/articles"), ("events", "/events"), ("map", "/map"),
           ("api stats", "/api/stats"), ("api events", "/api/events?limit=50"), ("csv", "/events.csv"),
           ("quotes", "/quotes"), ("actors", "/actors"), ("stories", "/stories")]
    mix += [("article", f"/articles/{quote(a, safe='')}") for a in articles[:10]]
    mix += [("api article", f"/api/articles/{quote(a, safe='')}") for a in articles[10:15]]
    mix += [("actor", f"/actors/{quote(a, safe='')}") for a in actors[:5]]
    mix += [("story", f"/stories/{s}") for s in stories[:5]]
    mix += [("events filtered", f"/events?type={quote(t)}") for t in types]
    return mix


async def client(http: httpx.AsyncClient, mix, start: int, deadline: float, results: list):
    i = start
    while time.perf_counter() < deadline:
        kind, path = mix[i % len(mix)]
        i += 1
        t0 = time.perf_counter()
        try:
            r = await http.get(path)
            ok = r.status_code == 200
            error = None if ok else f"{r.status_code} {path}"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__} {path}"
        results.append((kind, time.perf_counter() - t0, error))


async def load(base: str, mix, clients: int, seconds: float) -> list:
    results: list = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(client(http, mix, k * 7, deadline, results) for k in range(clients)))
    return results


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="A store to serve (default: demo.duckdb if `make demo` "
                                                "built it, else one built here from samples/).")
    parser.add_argument("--articles", type=int, default=40, help="Articles in the store built without --db.")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=1, help="Server processes (dateline serve --workers).")
    parser.add_argument("--shared", help="Unused (the Makefile passes it to every benchmark).")
    parser.add_argument("--json", type=Path, help="Also write the numbers to this file.")
    args = parser.parse_args(argv)

    demo = ROOT / "demo.duckdb"   # what `make demo` builds
    db = args.db or (demo if demo.exists() else build_store(args.articles))
    if not db.exists():
        raise SystemExit(f"no such store: {db}")
    port = free_port()
    server = start_server(db, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    try:
        mix = url_mix(base)
        print(f"serving {db} on {base}; {args.clients} clients for {args.seconds:g} s over {len(mix)} URLs")
        load_before, server_cpu_before, client_cpu_before = os.getloadavg()[0], cpu_seconds(server.pid), time.process_time()
        started = time.perf_counter()
        results = asyncio.run(load(base, mix, args.clients, args.seconds))
        elapsed = time.perf_counter() - started
        server_cpu = cpu_seconds(server.pid) - server_cpu_before
        client_cpu = time.process_time() - client_cpu_before
    finally:
        server.terminate()
        server.wait(10)

    latencies = [t for _, t, _ in results]
    errors = Counter(e for _, _, e in results if e)
    by_kind = defaultdict(list)
    for kind, t, _ in results:
        by_kind[kind].append(t)
    summary = {
        "clients": args.clients, "workers": args.workers, "seconds": round(elapsed, 1), "requests": len(results),
        "errors": sum(errors.values()), "requests_per_s": round(len(results) / elapsed, 1),
        "p50_ms": round(1000 * percentile(latencies, 50), 1), "p95_ms": round(1000 * percentile(latencies, 95), 1),
        "p99_ms": round(1000 * percentile(latencies, 99), 1), "max_ms": round(1000 * max(latencies), 1),
        "cpus": os.cpu_count(), "load_average": round(max(load_before, os.getloadavg()[0]), 1),
        "server_cpu_ms_per_request": round(1000 * server_cpu / max(len(results), 1), 1),
        "server_cpu_share": round(server_cpu / elapsed, 2), "client_cpu_share": round(client_cpu / elapsed, 2),
    }
    print(f"\n{'kind':<16}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}")
    for kind, values in sorted(by_kind.items(), key=lambda kv: -statistics.median(kv[1])):
        print(f"{kind:<16}{len(values):>9}{1000 * percentile(values, 50):>9.1f}{1000 * percentile(values, 95):>9.1f}")
    print(f"\n{summary['requests']} requests in {summary['seconds']} s ({summary['requests_per_s']}/s), "
          f"{summary['errors']} errors; latency p50 {summary['p50_ms']} ms, p95 {summary['p95_ms']} ms, "
          f"p99 {summary['p99_ms']} ms, max {summary['max_ms']} ms")
    print(f"server CPU {summary['server_cpu_ms_per_request']} ms a request, {summary['server_cpu_share']} of a core "
          f"(clients {summary['client_cpu_share']}); {summary['cpus']} CPUs, load average {summary['load_average']}")
    for error, n in errors.most_common(10):
        print(f"  error ×{n}: {error}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
