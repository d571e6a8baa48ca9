"""The installation self-test, run non-frozen as a user would: ``ntm selftest`` and
``ntm-desktop --self-test`` in subprocesses (offscreen), plus its failure reporting."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from pkg_helpers import ROOT, clean_env, run

CORE_CHECKS = ["assets", "number format", "modules", "workbook", "demo commune", "evaluation",
               "signed package", "dossier PDF"]
GUI_CHECKS = ["Qt modules", "QApplication", "ui files", "translations", "main window"]


def _user_folder(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A user data folder with a sentinel file; returns it and its contents."""
    user = tmp_path / "user-data"
    user.mkdir()
    (user / "workbook.ntm.sqlite").write_bytes(b"not a workbook: must stay untouched")
    return user, _snapshot(user)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _check_lines(stdout: str) -> dict[str, str]:
    out = {}
    for line in stdout.splitlines():
        head, _, rest = line.partition(" ")
        if head in ("OK", "FAIL", "SKIP"):
            out[rest.split(":", 1)[0]] = head
    return out


def test_cli_selftest_json(tmp_path: Path) -> None:
    user, before = _user_folder(tmp_path)
    r = run([sys.executable, "-m", "ntm_desktop.cli", "selftest", "--json"], env=clean_env(user))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Traceback" not in r.stdout + r.stderr
    data = json.loads(r.stdout)
    assert data["ok"] is True
    assert data["installation"] == "source checkout"
    assert Path(data["asset_dir"]) == ROOT
    assert [c["name"] for c in data["checks"]] == CORE_CHECKS
    assert all(c["status"] == "ok" for c in data["checks"]), data["checks"]
    after = _snapshot(user)
    # the CLI's own log file is the only thing `ntm` writes in the user's folder
    assert {k: v for k, v in after.items() if not k.startswith("logs/")} == before


def test_text_report() -> None:
    """In-process (the subprocess variants above and below cover the entry points)."""
    from ntm_desktop import selftest
    out = io.StringIO()
    assert selftest.run_selftest(out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("NTM Desktop ") and "source checkout" in lines[0]
    assert _check_lines(out.getvalue()) == dict.fromkeys(CORE_CHECKS, "OK")
    assert lines[-1].startswith("Self-test PASSED: 8 ok, 0 failed")


def test_gui_selftest(tmp_path: Path) -> None:
    user, before = _user_folder(tmp_path)
    r = run([sys.executable, "-m", "ntm_desktop", "--self-test"], env=clean_env(user))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Traceback" not in r.stdout + r.stderr
    assert _check_lines(r.stdout) == dict.fromkeys(CORE_CHECKS + GUI_CHECKS, "OK")
    window = next(line for line in r.stdout.splitlines() if line.startswith("OK main window"))
    assert "Xã Bắc Sơn" in window
    assert r.stdout.splitlines()[-1].startswith("Self-test PASSED")
    assert _snapshot(user) == before  # --self-test runs before the data folder is even created


def test_failures_are_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    """No assets: FAIL lines with reasons, dependent checks not run, exit 1, no traceback."""
    from ntm_desktop import paths, selftest
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(paths, "asset_dir", lambda: empty)
    monkeypatch.setattr(selftest, "asset_dir", lambda: empty)
    monkeypatch.setattr(selftest, "_import_all", lambda gui: "skipped in this test")
    monkeypatch.setattr(selftest.tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()
    assert selftest.run_selftest(out=out) == 1
    text = out.getvalue()
    assert "Traceback" not in text
    got = _check_lines(text)
    assert got["assets"] == "FAIL" and got["demo commune"] == "FAIL"
    assert got["workbook"] == "OK"  # independent checks still run
    assert "FAIL evaluation: not run: demo commune failed" in text
    assert "FAIL assets: FileNotFoundError: main window form missing" in text
    details = tmp_path / selftest.DETAILS_NAME
    assert f"details of the failures: {details}" in text
    assert "Traceback" in details.read_text(encoding="utf-8")
    assert text.splitlines()[-1].startswith("Self-test FAILED")


def test_json_failure_and_environment_restored(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from ntm_desktop import selftest
    monkeypatch.setattr(selftest, "check_assets", lambda: 1 / 0)
    monkeypatch.setattr(selftest, "_import_all", lambda gui: "skipped in this test")
    monkeypatch.setattr(selftest, "check_dossier", lambda st: (_ for _ in ()).throw(
        selftest.Skip("not available here")))
    monkeypatch.setattr(selftest.tempfile, "tempdir", str(tmp_path))
    before = os.environ.get("NTM_DATA_DIR")
    out = io.StringIO()
    assert selftest.run_selftest(json_output=True, out=out) == 1
    data = json.loads(out.getvalue())
    status = {c["name"]: (c["status"], c["detail"]) for c in data["checks"]}
    assert status["assets"] == ("fail", "ZeroDivisionError: division by zero")
    assert status["dossier PDF"] == ("skip", "not available here")
    assert status["signed package"][0] == "ok"
    assert data["ok"] is False
    assert os.environ.get("NTM_DATA_DIR") == before


def test_windowed_report_goes_to_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    """A windowed Windows executable has no stdout: the report is written to %TEMP%."""
    from ntm_desktop import selftest
    monkeypatch.setattr(selftest.tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(selftest, "_run", lambda gui, out, quiet=False: _fake(out))
    monkeypatch.setattr(sys, "stdout", None)
    assert selftest.run_gui_selftest() == 0
    assert (tmp_path / selftest.REPORT_NAME).read_text(encoding="utf-8") == "OK fake\n"


def _fake(out):  # noqa: ANN001, ANN202
    from ntm_desktop.selftest import Result, Runner
    runner = Runner(out=out)
    runner.results.append(Result("fake", "ok"))
    runner.emit("OK fake")
    return runner


def test_core_selftest_is_qt_free(tmp_path: Path) -> None:
    """`ntm selftest` must run in the CLI executable, whose bundle analysis excludes PySide6."""
    script = ("import io, sys; from ntm_desktop.cli import main; "
              "rc = main(['selftest', '--json']); "
              "leaked = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]; "
              "print(rc, leaked, file=sys.stderr); sys.exit(10 if leaked else rc)")
    r = run([sys.executable, "-c", script], env=clean_env(tmp_path / "user"))
    assert r.returncode == 0, r.stderr[-2000:]
