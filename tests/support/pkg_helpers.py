"""Helpers of the packaging tests (a uniquely named module: ``conftest`` is ambiguous when the
whole suite runs)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def clean_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a child process: offscreen Qt, the test's data folder, no author."""
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "NTM_DATA_DIR": str(data_dir),
                "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
    env.pop("NTM_KEY_PASSPHRASE", None)
    env.update(extra)
    return env


def run(cmd: list[str], *, env: dict[str, str], cwd: Path = ROOT, timeout: float = 180
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout)
