"""Running ``ntm`` in-process in tests: :class:`Cli` (exit code, output, ``--json``) and
:func:`run` (exit code and parsed JSON), used by the CLI and sync tests."""

from __future__ import annotations

import json
from pathlib import Path

from ntm_desktop.cli import main
from ntm_desktop.store import interchange
from ntm_desktop.store.workbook import Workbook


class Cli:
    def __init__(self, capsys, data_dir: Path):
        self.capsys = capsys
        self.data_dir = data_dir

    def __call__(self, *argv: str, data_dir: bool = True):
        args = [*argv, "--data-dir", str(self.data_dir)] if data_dir else list(argv)
        self.capsys.readouterr()
        try:
            rc = main(args)
        except SystemExit as exc:  # argparse usage errors
            rc = exc.code
        out, err = self.capsys.readouterr()
        return rc, out, err

    def json(self, *argv: str):
        rc, out, err = self(*argv, "--json")
        return rc, json.loads(out) if out.strip() else None, err

    @property
    def workbook(self) -> Path:
        return self.data_dir / "workbook.ntm.sqlite"

    def dump(self) -> bytes:
        with Workbook.open(self.workbook, daily_backup=False) as wb:
            return interchange.dump_bytes(wb)


def one_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    return lines[0]


def run(capsys, *args: str) -> tuple[int, object]:
    """``ntm ARGS`` → (exit code, parsed JSON output, or the text when it is not JSON)."""
    rc = main(list(args))
    out = capsys.readouterr().out
    try:
        return rc, json.loads(out)
    except json.JSONDecodeError:
        return rc, out
