"""Shared test setup.

Runs before anything imports Qt: offscreen platform, a fixed language, and one isolated
environment for every test (:func:`_isolated_env`). Shared helpers and fixtures live in
``tests/support/`` (on ``pythonpath``, see pyproject.toml); test modules never import each other.
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
    """THE isolated environment of every test (one fixture for the whole suite).

    ``NTM_DATA_DIR`` is ``tmp_path/ntm-data`` (created). HOME is ``tmp_path/home`` and is NOT
    created: the platform data folder (``XDG_DATA_HOME``) lies under it, so a test can check
    that nothing was written there. Qt's settings and caches go to ``tmp_path/xdg``. No
    ``NTM_AUTHOR`` from the developer's environment."""
    data = tmp_path / "ntm-data"
    data.mkdir()
    monkeypatch.setenv("NTM_DATA_DIR", str(data))
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        (tmp_path / "xdg" / sub).mkdir(parents=True)
        monkeypatch.setenv(var, str(tmp_path / "xdg" / sub))
    monkeypatch.delenv("NTM_AUTHOR", raising=False)
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
