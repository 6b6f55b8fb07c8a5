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
             "errors, 130 when a command is interrupted (Ctrl-C: an ingest, a fetch or a watch — run "
             "it again to resume, a watch stopped by SIGTERM exits 0 — and annotate, extract, a query, "
             "an export or rebuild-stories, E410, a long query stopping at once). `summary` of a missing or empty "
             "file, or of a folder, is 1, as an unreadable input is.", "",
             "```text", help_text(), "```", ""]
    for name in get_command(app).list_commands(None):
        lines += [f"## dateline {name}", "", "```text", help_text(name), "```", ""]
    return "\n".join(lines + messages())


def messages() -> list[str]:
    """The "Messages" section: the form every problem is written in, and every code's text."""
    from .errors import DEFAULT_DETAILS, MESSAGES, PLACE_FIELDS

    lines = ["## Messages", "",
             "Every problem is one line on stderr: `dateline: PLACE: CODE what went wrong and what "
             "to do`, the place first when there is one — a file, `FILE:LINE` (`FILE:LINE:COLUMN` "
             "where records share a line of a `.json` file), `<stdin>:LINE`, a web address or a "
             "store — then the code; without a place, the code first (`dateline: E004 --since: "
             "...`). A problem of one article that was written or stored (E2xx, E3xx) is said "
             "the same way with the input it came from as its place, and is kept in that "
             "Document's `errors` (without the place). Warnings (W) leave the exit status as it "
             "is. Codes: E0xx set-up, E1xx/W1xx reading input, E2xx/W2xx an article's content, "
             "E3xx annotation, E4xx the store, E5xx fetching and watching. The options and "
             "`-o`'s folder are checked before the model loads: `annotate -o` into a folder "
             "that does not exist says E008 at once, not after annotating.", "",
             "```text",
             "dateline: feed.jsonl:3: E104 not a JSON object (Expecting value). Each record is one ...",
             "dateline: big.txt: E203 The article is 9,999,928 characters long; only the first ...",
             "dateline: E004 --since: can't read 'soon' as a date. Give an ISO 8601 date such as ...",
             "```", "",
             "| code | message (`{...}`: filled in) |", "|---|---|"]
    for code in sorted(MESSAGES):
        text = MESSAGES[code]
        for name, value in DEFAULT_DETAILS.get(code, {}).items():   # (as most inputs read it)
            text = text.replace("{" + name + "}", value)
        text = text.replace("{{", "{").replace("}}", "}").replace("|", "\\|")
        place = next((f for f in PLACE_FIELDS if text.startswith("{" + f + "}: ")), None)
        if place is not None:  # written place first, then the code
            text = text[len(place) + 4:]
            lines.append(f"| {code} | `{{{place}}}: {code}` {text} |")
        else:
            lines.append(f"| {code} | {text} |")
    return lines + [""]


if __name__ == "__main__":
    print(reference(), end="")
