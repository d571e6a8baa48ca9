"""Workbook fixtures shared by the store and CLI tests (imported by their ``conftest.py``).

``_isolated_env`` here replaces the one in ``tests/conftest.py`` for those folders: the data
folder and HOME are *not* created (tests check that nothing is written under HOME), and
``NTM_AUTHOR`` from the developer's environment is ignored.
"""

from __future__ import annotations

from pathlib import Path

import helpers
import pytest

from ntm_desktop.store.workbook import Workbook

_IDS: dict = {}


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    """Never touch the real user folder; no author from the developer's environment."""
    monkeypatch.setenv("NTM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.delenv("NTM_AUTHOR", raising=False)


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "sample.ntm.sqlite"
    wb = helpers.build_commune(path)
    ids = wb.sample_ids
    wb.close()
    _IDS.update(ids)
    return path


@pytest.fixture
def sample_path(tmp_path, _sample_template) -> Path:
    """A copy of the sample commune workbook (closed)."""
    return helpers.copy_workbook(_sample_template, tmp_path)


@pytest.fixture
def sample_wb(sample_path):
    """The sample commune, open (no automatic backup on open)."""
    wb = helpers.open_test_workbook(sample_path)
    wb.sample_ids = _IDS  # type: ignore[attr-defined]
    yield wb
    wb.close()


@pytest.fixture
def empty_wb(tmp_path):
    """A fresh workbook with no commune."""
    wb = Workbook.open(tmp_path / "empty" / "w.ntm.sqlite", create=True, author="Kiểm thử")
    yield wb
    wb.close()
