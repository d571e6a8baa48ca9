"""Opt-in (slow, ~2 minutes): build the PyInstaller bundle and run both of its self-tests.

    NTM_TEST_FROZEN=1 QT_QPA_PLATFORM=offscreen .venv/bin/pytest tests/packaging -m slow
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from pkg_helpers import clean_env, run

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("NTM_TEST_FROZEN") != "1",
                       reason="builds the PyInstaller bundle; set NTM_TEST_FROZEN=1"),
]


def test_frozen_bundle_self_tests(tmp_path: Path) -> None:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    assert pyinstaller, "PyInstaller is not installed: pip install -e .[build]"
    dist, work = tmp_path / "dist", tmp_path / "build"
    r = run([pyinstaller, "build.spec", "--noconfirm", "--distpath", str(dist), "--workpath",
             str(work)], env=clean_env(tmp_path / "unused"), timeout=1800)
    assert r.returncode == 0, r.stderr[-4000:]
    bundle = dist / "ntm-desktop"
    exe = ".exe" if sys.platform == "win32" else ""
    cli, gui = bundle / f"ntm{exe}", bundle / f"ntm-desktop{exe}"
    assert cli.is_file() and gui.is_file()
    internal = bundle / "_internal"
    for name in ("ui/main_window.ui", "resources/demo/demo-commune.json",
                 "translations/ntm_desktop_vi.qm", "bundle-manifest.json"):
        assert (internal / name).is_file(), name

    user = tmp_path / "user"
    r = run([str(cli), "selftest", "--json"], env=clean_env(user), cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    data = json.loads(r.stdout)
    assert data["installation"] == "PyInstaller bundle"
    assert Path(data["asset_dir"]) == internal
    assert all(c["status"] == "ok" for c in data["checks"]), data["checks"]

    r = run([str(gui), "--self-test"], env=clean_env(user), cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Traceback" not in r.stdout + r.stderr
    assert "FAIL" not in r.stdout
    assert "OK main window" in r.stdout and "PyInstaller bundle" in r.stdout
