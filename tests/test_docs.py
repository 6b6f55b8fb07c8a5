"""The docs cannot drift: the CLI reference equals --help, every setting is documented."""

import re
from pathlib import Path

from dateline.cli_reference import reference

ROOT = Path(__file__).resolve().parent.parent


def test_cli_reference_matches_help():
    path = ROOT / "docs" / "cli.md"
    assert path.read_text(encoding="utf-8") == reference(), \
        "docs/cli.md is stale: run python -m dateline.cli_reference > docs/cli.md"


def test_every_environment_setting_is_documented():
    used = set()
    for source in (ROOT / "src" / "dateline").rglob("*.py"):
        used |= set(re.findall(r"[\"'](DATELINE_[A-Z_]+)[\"']", source.read_text(encoding="utf-8")))
    docs = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = sorted(name for name in used if name not in docs)
    assert not missing, f"settings missing from the README: {missing}"


def test_readme_starts_with_demo_and_test():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = text.split("```")[1]
    assert "make demo" in first_block and "make test" in first_block
