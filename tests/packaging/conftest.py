"""Packaging tests: the self-test run as a user would (subprocesses), build.spec executed with
stand-ins for PyInstaller's classes, the wheel's asset layout, and (opt-in, slow) a real bundle.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pkg_helpers import ROOT


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """translations/*.qm compiled in the checkout (what `make run` / `make test` do)."""
    subprocess.run([sys.executable, "-m", "ntm_desktop.devtools.i18n", "compile"], cwd=ROOT,
                   check=True, capture_output=True)
    return ROOT / "translations"
