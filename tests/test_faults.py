"""Faults: kill -9 at several points of ingest and export, a read-only store, a full disk, a
corrupt file in the middle of a folder. The store must stay readable and lose or duplicate
nothing that was committed."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.corpus.store import Store

N = 40  # articles in the test corpus: 5 batches of 8


def make_corpus(folder: Path, n: int = N) -> Path:
    path = folder / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = (f"Story number {i}. Officials from country {i} met the envoy of nation {i * 7} "
                    f"in the city of Town{i} on Monday to discuss topic {i * 13}. " * 3)
            f.write(json.dumps({"id": f"doc-{i:03d}", "text": text, "published": "2021-11-24"}) + "\n")
    return path


# Runs an ingest in a child process with a fast stage subset; KILL_AFTER=k kills the process
# with SIGKILL right after batch k is committed (0: while the first batch is being stored).
CHILD = r"""
import os, signal, sys
from dateline.corpus import ingest as ingest_module
from dateline.corpus.ingest import ingest
from dateline.corpus.store import Store
kill_after = int(os.environ.get("KILL_AFTER", "-1"))
done = {"n": 0}
if kill_after == 0:
    real = Store.add_batch
    def dying_add_batch(self, documents, *args, **kwargs):
        self.con.execute("BEGIN TRANSACTION")
        self.con.execute("CREATE TABLE IF NOT EXISTS half_written (x INTEGER)")
        os.kill(os.getpid(), signal.SIGKILL)
    Store.add_batch = dying_add_batch
def on_batch(result):
    done["n"] += 1
    if done["n"] == kill_after:
        os.kill(os.getpid(), signal.SIGKILL)
report = ingest([sys.argv[1]], sys.argv[2], stages=("entities", "timexes"), batch_size=8, on_batch=on_batch)
print(report.added)
"""


def run_child(corpus: Path, db: Path, kill_after: int | None = None, timeout: float = 300):
    env = dict(os.environ)
    if kill_after is not None:
        env["KILL_AFTER"] = str(kill_after)
    return subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(db)], env=env,
                          capture_output=True, text=True, timeout=timeout)


# Rows that must appear once however often an ingest is killed and resumed.
UNIQUE_ROWS = {"timexes": 'article_id, start, "end"', "mentions": 'article_id, start, "end"',
               "actors": "article_id, actor_id"}


def assert_complete(db: Path, n: int = N):
    with Store(db, read_only=True) as store:
        ids = [r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()]
        assert len(ids) == n and len(set(ids)) == n
        assert store.con.execute("SELECT count(*) FROM timexes").fetchone()[0] >= n, \
            "annotation rows were stored, so the check below is not vacuous"
        for table, key in UNIQUE_ROWS.items():
            sql = f"SELECT {key}, count(*) c FROM {table} GROUP BY ALL HAVING c > 1"
            assert store.con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0] == 0, table


@pytest.mark.parametrize("kill_after", [0, 2])
def test_kill_9_during_ingest_then_resume(tmp_path, kill_after):
    corpus, db = make_corpus(tmp_path), tmp_path / "c.duckdb"
    killed = run_child(corpus, db, kill_after)
    assert killed.returncode == -signal.SIGKILL
    with Store(db, read_only=True) as store:  # readable after the kill
        stored = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stored == 8 * kill_after, "every committed batch, and nothing of the one in flight"
    resumed = run_child(corpus, db)
    assert resumed.returncode == 0, resumed.stderr
    assert int(resumed.stdout.split()[-1]) == N - stored
    assert_complete(db)
    again = run_child(corpus, db)
    assert int(again.stdout.split()[-1]) == 0, "a re-run adds nothing"
    assert_complete(db)


def test_kill_9_at_a_random_moment_of_a_cli_ingest(tmp_path):
    corpus, db = make_corpus(tmp_path), tmp_path / "c.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli", "ingest", str(corpus), "--db",
                             str(db), "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(6)  # model loading plus a few batches, on this machine
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = subprocess.run([sys.executable, "-m", "dateline.cli", "ingest", str(corpus), "--db",
                           str(db), "-q"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert_complete(db)


EXPORT_CHILD = r"""
import os, signal, sys
from dateline.corpus import export as export_module
from dateline.corpus.store import Store
fmt, db, out, after = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
real = export_module._write_lines
def dying(path, lines):
    def counted():
        for i, line in enumerate(lines):
            if i == after:
                os.kill(os.getpid(), signal.SIGKILL)
            yield line
    return real(path, counted())
export_module._write_lines = dying
with Store(db, read_only=True) as store:
    export_module.export(store, fmt, out)
"""


@pytest.fixture(scope="module")
def stored_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stored")
    db = folder / "c.duckdb"
    assert run_child(make_corpus(folder), db).returncode == 0
    return db


@pytest.mark.parametrize("fmt,after", [("jsonl", 0), ("jsonl", 5), ("gdelt-gkg", 3)])
def test_kill_9_during_export_leaves_no_truncated_file_and_a_readable_store(tmp_path, stored_corpus,
                                                                           fmt, after):
    import shutil

    db, out = tmp_path / "c.duckdb", tmp_path / "out"
    shutil.copy(stored_corpus, db)
    killed = subprocess.run([sys.executable, "-c", EXPORT_CHILD, fmt, str(db), str(out), str(after)],
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL
    finals = [p for p in out.iterdir() if not p.name.endswith(".partial")]
    assert finals == [], "nothing is written under a final name before it is complete"
    assert_complete(db)
    again = subprocess.run([sys.executable, "-m", "dateline.cli", "export", "--db", str(db),
                            "--format", fmt, "--out", str(out)], capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 0, again.stderr


def test_read_only_store_gives_a_clear_error_and_stays_readable(tmp_path, stored_corpus):
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    import shutil

    db = tmp_path / "c.duckdb"
    shutil.copy(stored_corpus, db)
    db.chmod(0o444)
    extra = tmp_path / "more.jsonl"
    extra.write_text(json.dumps({"id": "new", "text": "More news."}) + "\n", encoding="utf-8")
    result = run_child(extra, db)
    assert result.returncode != 0 and "E40" in result.stderr
    assert_complete(db)


FULL_DISK_CHILD = r"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)        # writes past the limit fail with EFBIG
size = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
from dateline.cli import main
sys.argv = ["dateline", "ingest", sys.argv[1], "--db", sys.argv[2], "-q"]
main()
"""


def test_full_disk_gives_a_clear_error_and_leaves_the_store_readable(tmp_path, stored_corpus):
    import shutil

    db = tmp_path / "c.duckdb"
    shutil.copy(stored_corpus, db)
    bigger = tmp_path / "bigger.jsonl"
    with open(bigger, "w", encoding="utf-8") as f:
        for i in range(20):
            f.write(json.dumps({"id": f"big-{i}", "text": f"Filler sentence {i} about talks. " * 100}) + "\n")
    result = subprocess.run([sys.executable, "-c", FULL_DISK_CHILD, str(bigger), str(db),
                             str(64 * 1024)], capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "dateline:" in result.stderr and "Traceback" not in result.stderr, result.stderr[-2000:]
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM articles WHERE id LIKE 'doc-%'").fetchone()[0] == N


def test_corrupt_file_in_the_middle_of_a_folder_is_reported_and_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks resumed in Doha on Monday, officials said.", encoding="utf-8")
    (folder / "b.html").write_bytes(b"\x00\x01\x02\xff" * 500)
    (folder / "c.jsonl").write_text('{"id": "c1", "text": "The envoy met officials."}\n{broken\n', encoding="utf-8")
    (folder / "d.txt").write_text("The minister visited Kabul on Friday.", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    result = subprocess.run([sys.executable, "-m", "dateline.cli", "ingest", str(folder), "--db",
                             str(db), "-q", "--published", "2021-11-24"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 1
    assert "b.html" in result.stderr and "c.jsonl:2: E104 not a JSON object" in result.stderr
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
