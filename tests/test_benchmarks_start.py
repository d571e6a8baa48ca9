"""Benchmarks are not tests, but they must not rot: every ``benchmarks/*_bench.py`` imports what
it needs (this tree's modules and the test builders) and answers ``--help``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted((ROOT / "benchmarks").glob("*_bench.py"))


def test_there_are_benchmarks() -> None:
    assert {p.name for p in SCRIPTS} >= {"startup_bench.py", "storage_bench.py",
                                         "dossier_bench.py", "hub_bench.py"}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_benchmark_imports_and_answers_help(script: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NTM_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, str(script), "--help"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "usage:" in result.stdout
