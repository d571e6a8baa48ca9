"""Fixtures for store tests: isolated data dir, a fresh workbook, the sample commune."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

import helpers  # noqa: E402

from ntm_desktop.store.workbook import Workbook  # noqa: E402

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
    dest = tmp_path / "wb" / "commune.ntm.sqlite"
    dest.parent.mkdir()
    shutil.copyfile(_sample_template, dest)
    return dest


@pytest.fixture
def sample_wb(sample_path):
    """The sample commune, open (no automatic backup on open)."""
    wb = Workbook.open(sample_path, author="Kiểm thử", daily_backup=False)
    wb.sample_ids = _IDS  # type: ignore[attr-defined]
    yield wb
    wb.close()


@pytest.fixture
def empty_wb(tmp_path):
    """A fresh workbook with no commune."""
    wb = Workbook.open(tmp_path / "empty" / "w.ntm.sqlite", create=True, author="Kiểm thử")
    yield wb
    wb.close()
