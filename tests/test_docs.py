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


LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
CODE = re.compile(r"```.*?```|`[^`\n]+`", re.S)
MAKE = re.compile(r"(?:^|[\s;&(`])make\s+([A-Za-z0-9][\w.-]*)", re.M)
FENCED = re.compile(r"```.*?```", re.S)


def markdown_files():
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def relative_links(text):
    """Link targets that are neither URLs nor anchors of the page itself."""
    return [target for target in LINK.findall(text)
            if not re.match(r"[a-z][a-z0-9+.-]*:", target) and not target.startswith("#")]


def heading_anchors(text):
    """GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces as '-'."""
    text = FENCED.sub("", text)
    anchors = set()
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*$", text, re.M):
        anchors.add(re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-"))
    return anchors


def test_relative_links_point_to_existing_files_and_headings():
    broken = []
    for page in markdown_files():
        for target in relative_links(page.read_text(encoding="utf-8")):
            name, _, anchor = target.partition("#")
            path = (page.parent / name).resolve()
            if not path.exists():
                broken.append(f"{page.relative_to(ROOT)}: {target}")
            elif anchor and path.suffix == ".md" and anchor not in heading_anchors(path.read_text(encoding="utf-8")):
                broken.append(f"{page.relative_to(ROOT)}: {target} (no such heading)")
    assert not broken, f"broken links: {broken}"


def test_link_check_sees_a_broken_link():
    text = "See [the guide](docs/no-such-file.md), [site](https://example.org) and [here](#use)."
    assert relative_links(text) == ["docs/no-such-file.md"]
    assert not (ROOT / "docs" / "no-such-file.md").exists()
    assert heading_anchors("## Scaling out on Ray\n### `make bench-corpus` rows\n") == {
        "scaling-out-on-ray", "make-bench-corpus-rows"}


def makefile_targets():
    return set(re.findall(r"^([A-Za-z0-9][\w.-]*):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))


def make_targets_named(text):
    """Targets of `make X` in the page's code: inline code spans and fenced blocks."""
    return {target for code in CODE.findall(text) for target in MAKE.findall(code)}


def test_every_make_target_in_the_readme_exists():
    named = make_targets_named((ROOT / "README.md").read_text(encoding="utf-8"))
    assert {"demo", "test", "bench", "train-events"} <= named
    missing = sorted(named - makefile_targets())
    assert not missing, f"the README names make targets the Makefile lacks: {missing}"


def test_every_training_target_is_in_the_readme():
    named = make_targets_named((ROOT / "README.md").read_text(encoding="utf-8"))
    train = {target for target in makefile_targets() if target.startswith("train-")}
    assert train, "no train- targets found in the Makefile"
    assert not sorted(train - named), f"training targets missing from the README: {sorted(train - named)}"


def test_make_target_reader():
    text = "Run `make demo`, then\n```sh\nmake test   # all\nPYTHON=python3.12 make install\n```\nmake nothing here"
    assert make_targets_named(text) == {"demo", "test", "install"}
