"""Start-up: each command imports only what it uses (measured in `make bench`, checked here by
which modules a fresh process has imported, never by timing)."""

import subprocess
import sys

HEAVY_FOR_ANNOTATE = ("duckdb", "datasketch", "fastapi", "ray", "uvicorn", "pyarrow", "starlette",
                      "ftfy",  # ftfy: only for text that looks like mojibake
                      "lxml")  # lxml: only for HTML input (plain text here)

PROBE = """
import sys
from dateline.cli import main
sys.argv = ["dateline"] + sys.argv[1:]
try:
    main()
except SystemExit as exc:
    code = exc.code
print("MODULES", " ".join(sorted(m for m in sys.modules if "." not in m)), file=sys.stderr)
print("EXIT", code, file=sys.stderr)
"""


def imported_by(*args: str) -> tuple[set[str], str]:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                            timeout=300)
    lines = dict(line.split(" ", 1) for line in result.stderr.splitlines()
                 if line.startswith(("MODULES ", "EXIT ")))
    assert "MODULES" in lines, result.stderr[-2000:]
    return set(lines["MODULES"].split()), lines["EXIT"].strip()


def test_importing_the_cli_imports_no_library_stack():
    modules, _ = imported_by("--help")
    assert not modules & {"spacy", "numpy", *HEAVY_FOR_ANNOTATE}, modules


def test_annotate_imports_no_store_web_or_ray(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("President Biden met Chancellor Scholz in Berlin on Tuesday.\n", encoding="utf-8")
    modules, code = imported_by("annotate", str(path), "-q", "-o", str(tmp_path / "out.jsonl"))
    assert code == "0"
    assert "spacy" in modules  # the probe did run the pipeline
    assert not modules & set(HEAVY_FOR_ANNOTATE), modules & set(HEAVY_FOR_ANNOTATE)
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 1


def test_sql_does_not_import_spacy(tmp_path):
    modules, code = imported_by("sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb"))
    assert "spacy" not in modules and "ray" not in modules
