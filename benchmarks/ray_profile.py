"""Where the CPU of a Ray ingest goes: the annotation actors (A) against everything else (O).

On a machine with as many cores as actors, the driver, the extract tasks and Ray's own processes
(raylet, GCS, the object store, idle workers) compete with the actors for the cores, so the
1 -> 2 actor efficiency is about A / (A + O) (with one actor they ran on the idle second core).
This runs the bench's Ray pipeline (bench_speed.py: the same articles, consumed as the ingest
consumes it, ``--store`` also storing each batch as ``dateline ingest`` does) and prints, in CPU
seconds (not wall: on a shared machine wall-clock timings are noise), A, O by process kind and by
driver thread, and the predicted efficiency A / (A + O); ``--cprofile`` adds the driver's main
thread's profile. CPU of every process started under this one is sampled from /proc every half
second (a process that exits keeps its last sample); the sampler's own thread is left out of O.

Usage: PYTHONPATH=src nice -n 10 python benchmarks/ray_profile.py [--articles 400] [--actors 2]
           [--store] [--cprofile 25] [--model M] [--stages S]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_speed import is_annotation_actor, ray_raws, tree_cpu  # noqa: E402  (also keeps numpy's BLAS to one thread)

TICKS = os.sysconf("SC_CLK_TCK")


def _stat(path: str) -> float | None:
    """CPU seconds of /proc/PID/task/TID/stat (a thread)."""
    try:
        with open(path) as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS


def _read(path: str) -> str:
    try:
        with open(path, "rb") as f:
            return f.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
    except OSError:
        return ""


def kind_of(pid: int, cmdline: str) -> str:
    """A process's kind, from the title Ray gives it (``ray::NAME``) or its program."""
    if pid == os.getpid():
        return "driver"
    if is_annotation_actor(cmdline):
        return "actor (AnnotateBatch)"
    if cmdline.startswith("ray::"):
        name = cmdline.split()[0][5:]
        if name == "IDLE":
            return "idle workers"
        return f"task {name}"[:60]
    program = cmdline.split()[0].rsplit("/", 1)[-1] if cmdline else "?"
    if program.startswith("python"):
        script = next((w.rsplit("/", 1)[-1] for w in cmdline.split()[1:] if w.endswith(".py")), "python")
        return f"ray {script}"
    return f"ray {program}"


class Sampler(threading.Thread):
    """Samples the CPU of this process's descendants (and this process's threads) every ``every``
    seconds; ``by_kind``: CPU seconds spent since the start by each kind of process."""

    def __init__(self, every: float = 1.0):
        super().__init__(daemon=True, name="cpu-sampler")
        self.every, self.stop_flag = every, threading.Event()
        self.cpu: dict[int, float] = {}
        self.by_kind: dict[str, float] = defaultdict(float)
        self.pids: dict[str, set[int]] = defaultdict(set)
        self.actor_threads: dict[tuple[int, int], tuple[str, float]] = {}
        self.first = True  # what the processes that run already had spent is not counted
        self._tid_cpu: dict[int, tuple[str, float]] = {}
        self.sample()

    def sample(self):
        for pid, (cpu, cmdline) in tree_cpu().items():
            # the CPU since the last sample goes to the process's kind now: Ray retitles a
            # worker when it becomes an actor or runs a task (and back to IDLE after it)
            kind = kind_of(pid, cmdline)
            self.by_kind[kind] += cpu - self.cpu.get(pid, cpu if self.first else 0.0)
            self.pids[kind].add(pid)
            self.cpu[pid] = cpu
            if kind.startswith("actor"):  # the actors' threads: the batches' against Ray's own
                for tid in os.listdir(f"/proc/{pid}/task") if os.path.isdir(f"/proc/{pid}/task") else ():
                    if (s := _stat(f"/proc/{pid}/task/{tid}/stat")) is not None:
                        self.actor_threads[(pid, int(tid))] = (_read(f"/proc/{pid}/task/{tid}/comm"), s)
        self.first = False
        python_names = {t.native_id: t.name.split("(")[0].rstrip("-0123456789 ") for t in threading.enumerate()}
        for tid in os.listdir("/proc/self/task"):
            if (s := _stat(f"/proc/self/task/{tid}/stat")) is not None:
                name = python_names.get(int(tid)) or _read(f"/proc/self/task/{tid}/comm")
                self._tid_cpu[int(tid)] = (self._tid_cpu.get(int(tid), (name,))[0], s)

    def run(self):
        while not self.stop_flag.wait(self.every):
            self.sample()

    def stop(self):
        self.stop_flag.set()
        self.join()
        self.sample()

    def snapshot(self) -> tuple[dict[str, float], dict[int, tuple[str, float]]]:
        return dict(self.by_kind), dict(self._tid_cpu)


def run(args) -> dict:
    from dateline.distributed import annotate_with_ray, init_ray
    from dateline.pipeline import DEFAULT_STAGES

    raws = ray_raws(args.articles)
    stages = tuple(args.stages.split(",")) if args.stages else DEFAULT_STAGES
    options = {"model": args.model, "stages": stages, "clean": True, "published": None,
               "batch_size": 64}
    ray = init_ray(num_cpus=args.actors + 1)
    sampler = Sampler()
    _, threads0 = sampler.snapshot()
    sampler.start()
    profiler = None
    if args.cprofile:
        import cProfile

        profiler = cProfile.Profile()
    started = time.perf_counter()
    store, tmp, first = None, None, None
    try:
        batches = [raws[i:i + 64] for i in range(0, len(raws), 64)]
        if args.store:
            from dateline.corpus.store import Store

            tmp = tempfile.TemporaryDirectory()
            store = Store(Path(tmp.name) / "ray.duckdb")
        if profiler:
            profiler.enable()
        n = 0
        for documents in annotate_with_ray(batches, options, workers=args.actors):
            if first is None:  # start-up (actors' model loading, workers' imports) ends here
                sampler.sample()
                kinds, threads = sampler.snapshot()
                own = sum(c for name, c in threads.values() if name == "cpu-sampler")
                kinds["driver"] -= own
                first = (kinds, n + len(documents), time.perf_counter() - started, own)
            if store is not None:
                store.add_batch(documents, getattr(documents, "prepared", None))
            n += len(documents)
        if profiler:
            profiler.disable()
        wall = time.perf_counter() - started
        sampler.stop()
        total, threads1 = sampler.snapshot()
    finally:
        ray.shutdown()
        if store is not None:
            store.close()
            tmp.cleanup()
    assert n == len(raws), (n, len(raws))

    def is_actor(kind: str) -> bool:
        return kind.startswith("actor")

    names: dict[str, float] = defaultdict(float)
    for tid, (name, c) in threads1.items():
        names[name] += c - threads0.get(tid, (name, 0.0))[1]
    total["driver"] -= names.pop("cpu-sampler", 0.0)  # this script's own sampling
    at_first, n_first, t_first, _ = first
    steady = {k: v - at_first.get(k, 0.0) for k, v in total.items()}
    rest = n - n_first
    print(f"## Ray pipeline, {n} articles, {args.actors} actors{', stored' if store is not None else ''}: "
          f"wall {wall:.1f} s, first batch ({n_first} articles) at {t_first:.1f} s (load {os.getloadavg()[0]:.2f})")
    print(f"{'CPU seconds by process kind':<44}{'n':>4}{'all':>8}{'to 1st':>8}{'after':>8}{'ms/article after':>18}")
    for k, v in sorted(total.items(), key=lambda kv: -kv[1]):
        if v >= 0.05:
            print(f"{k:<44}{len(sampler.pids[k]):>4}{v:>8.1f}{at_first.get(k, 0.0):>8.1f}{steady[k]:>8.1f}"
                  f"{1000 * steady[k] / max(rest, 1):>18.1f}")
    out = {"articles": n, "wall_s": wall, "by_kind": total, "by_kind_after_first": steady}
    for label, part in (("all", total), ("after the first batch", steady)):
        a = sum(v for k, v in part.items() if is_actor(k))
        o = sum(v for k, v in part.items() if not is_actor(k))
        if a > 0:
            print(f"{label}: A (actors) {a:.1f} s, O (everything else) {o:.1f} s: O/A {o / a:.3f}, "
                  f"predicted 1 -> {args.actors} efficiency A/(A+O) {a / (a + o):.3f}")
        out[label] = {"A": a, "O": o}
    print("driver threads: " + ", ".join(f"{k} {v:.1f} s" for k, v in sorted(names.items(), key=lambda kv: -kv[1])
                                         if v >= 0.05))
    threads_of_actors: dict[str, float] = defaultdict(float)
    for name, c in sampler.actor_threads.values():
        threads_of_actors[name.rstrip("0123456789")] += c
    print("actor threads (since each started): " + ", ".join(
        f"{k} {v:.1f} s" for k, v in sorted(threads_of_actors.items(), key=lambda kv: -kv[1]) if v >= 0.05))
    if profiler:
        import pstats

        print(f"\n## cProfile of the driver's main thread (top {args.cprofile} by own time)")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(args.cprofile)
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--actors", type=int, default=2)
    parser.add_argument("--store", action="store_true", help="also store each batch (as the ingest does)")
    parser.add_argument("--cprofile", type=int, default=0, help="print this many lines of the driver's profile")
    parser.add_argument("--model", default=None)
    parser.add_argument("--stages", default=None)
    run(parser.parse_args(argv))


if __name__ == "__main__":
    main()
