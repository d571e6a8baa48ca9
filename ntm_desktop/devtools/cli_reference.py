"""Write ``docs/cli.md``, the command reference, from the ``ntm`` parser itself (every command,
its positional arguments, options and help texts), so the reference cannot fall behind the code:
``python -m ntm_desktop.devtools.cli_reference`` (``--check`` exits 1 when the file is stale)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ntm_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "cli.md"
GLOBAL = {"--data-dir", "--workbook", "--json", "--author", "--help", "--version"}

HEADER = """# The `ntm` command

Every operation of NTM Desktop without the window. Every command takes `--data-dir DIR` (the data
folder; default `$NTM_DATA_DIR`, else the user's data folder), `--workbook FILE` (another workbook
than the data folder's), `--author AUTHOR` (the name written into the change journal) and `--json`
(machine-readable output); `ntm --version` prints the version.
Exit codes: 0 done, 1 a check failed (e.g. `ntm journal verify`), 2 bad input or refused (the
message says why, nothing was changed). `ntm COMMAND --help` shows the same in Vietnamese.

This file is written from the parser by `python -m ntm_desktop.devtools.cli_reference`; a test
(`tests/cli/test_cli_documented.py`) fails when a command or an option is missing here or
elsewhere in `docs/` or the README.
"""


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse._SubParsersAction]:
    return [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]


def _lines(parser: argparse.ArgumentParser, path: tuple[str, ...], help_: str) -> list[str]:
    positionals = [a.metavar or a.dest for a in parser._actions
                   if not a.option_strings and not isinstance(a, argparse._SubParsersAction)]
    head = " ".join(["ntm", *path, *(str(p).upper() for p in positionals)])
    out = [f"- `{head}`" + (f" — {help_}" if help_ else "")]
    for a in parser._actions:
        opts = [s for s in a.option_strings if s.startswith("--") and s not in GLOBAL]
        if not opts:
            continue
        shown = opts[0] + ("" if a.nargs == 0 else f" {a.metavar or a.dest.upper()}")
        out.append(f"  - `{shown}`" + (f": {a.help}" if a.help else ""))
    for action in _subparsers(parser):
        helps = {c.dest: c.help for c in action._choices_actions}
        for name, child in action.choices.items():
            out += _lines(child, (*path, name), helps.get(name) or "")
    return out


def render() -> str:
    parser = build_parser()
    parts = [HEADER]
    for action in _subparsers(parser):
        helps = {c.dest: c.help for c in action._choices_actions}
        for name, child in action.choices.items():
            parts.append(f"## {name}\n\n" + "\n".join(_lines(child, (name,),
                                                             helps.get(name) or "")) + "\n")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    text = render()
    if "--check" in (argv if argv is not None else sys.argv[1:]):
        return 0 if OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
