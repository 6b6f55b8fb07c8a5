"""The CLI reference (``docs/cli.md``), rendered from the commands' own ``--help``.

``python -m dateline.cli_reference > docs/cli.md`` writes it; a test keeps the file equal to this
output, so the reference cannot drift from ``--help``.
"""

from __future__ import annotations

from typer.main import get_command
from typer.testing import CliRunner

from .cli import app

WIDTH = "100"


def help_text(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": WIDTH, "NO_COLOR": "1"},
                                prog_name="dateline")
    return result.stdout.rstrip()


def reference() -> str:
    lines = ["# dateline command line", "",
             "Generated from `--help` by `python -m dateline.cli_reference > docs/cli.md`; a test "
             "keeps it current.", "",
             "Exit status: 0 when every input worked, 1 when some input was unreadable or had an "
             "error (the batch goes on) or the store or an export could not be written, 2 on usage "
             "errors, 130 when an ingest is interrupted (Ctrl-C; run it again to resume).", "",
             "```text", help_text(), "```", ""]
    for name in get_command(app).list_commands(None):
        lines += [f"## dateline {name}", "", "```text", help_text(name), "```", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(reference(), end="")
