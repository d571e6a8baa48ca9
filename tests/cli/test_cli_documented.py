"""Docs as tests (as sqlite-utils does): every ``ntm`` command and option appears in the README
or in ``docs/``, and every dossier field in ``docs/dossier.md``."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from ntm_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def _docs_text() -> str:
    files = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def _walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
          ) -> list[tuple[tuple[str, ...], list[str]]]:
    """(command path, its long options) for every command of the tree."""
    out: list[tuple[tuple[str, ...], list[str]]] = []
    options = [s for a in parser._actions for s in a.option_strings
               if s.startswith("--") and s not in ("--help",)]
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if path:
        out.append((path, options))
    for action in subs:
        for name, child in action.choices.items():
            out += _walk(child, (*path, name))
    return out


COMMANDS = _walk(build_parser())
GLOBAL_OPTIONS = {"--data-dir", "--workbook", "--json", "--version"}


def test_the_walk_finds_the_command_tree():
    paths = {" ".join(p) for p, _ in COMMANDS}
    assert {"set", "export", "journal verify", "init commune", "dossier", "dossier check",
            "dossier fields set"} <= paths


@pytest.mark.parametrize("path", sorted({" ".join(p) for p, _ in COMMANDS}))
def test_every_command_is_documented(path):
    assert re.search(r"\bntm " + re.escape(path) + r"\b", _docs_text()), \
        f"“ntm {path}” is not in README.md or docs/"


@pytest.mark.parametrize("option", sorted({o for _, opts in COMMANDS for o in opts}))
def test_every_option_is_documented(option):
    assert re.search(re.escape(option) + r"(?![\w-])", _docs_text()), \
        f"option {option} is not in README.md or docs/"


def test_every_dossier_field_is_documented():
    from ntm_desktop.dossier.fields import FIELDS

    text = (ROOT / "docs" / "dossier.md").read_text(encoding="utf-8")
    missing = [f.key for f in FIELDS if f"`{f.key}`" not in text]
    assert not missing, f"dossier fields not in docs/dossier.md: {missing}"


def test_the_command_reference_is_written_from_the_parser():
    """docs/cli.md is what ``python -m ntm_desktop.devtools.cli_reference`` writes now."""
    from ntm_desktop.devtools import cli_reference
    assert cli_reference.main(["--check"]) == 0, "run python -m ntm_desktop.devtools.cli_reference"
