"""Shared test setup.

Runs before anything imports Qt: offscreen platform, a fixed language, and an isolated data
folder (``NTM_DATA_DIR``) plus isolated home/config folders for every test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
os.environ["LANG"] = "C.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
os.environ.pop("QT_SCALE_FACTOR", None)
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

ROOT = Path(__file__).resolve().parents[1]



@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point NTM_DATA_DIR and the XDG/home folders at ``tmp_path`` for every test."""
    data = tmp_path / "ntm-data"
    data.mkdir()
    monkeypatch.setenv("NTM_DATA_DIR", str(data))
    home = tmp_path / "home"
    home.mkdir()
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "share"),
                     ("XDG_CACHE_HOME", "cache")):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    return data


@pytest.fixture
def data_dir(_isolated_env: Path) -> Path:
    """The test's data folder (already created, and the value of ``NTM_DATA_DIR``)."""
    return _isolated_env


@pytest.fixture
def app_paths(data_dir: Path):
    """``AppPaths`` for the test's data folder, with its sub-folders created."""
    from ntm_desktop.paths import AppPaths

    return AppPaths.resolve(data_dir).ensure()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT
