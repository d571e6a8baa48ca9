"""Workbook fixtures shared by the store, CLI and GUI tests (imported by their ``conftest.py``):
``sample_path`` / ``sample_wb`` (a copy of the ``size="medium"`` sample commune, Xã Minh Tân,
built once per session) and ``empty_wb``."""

from __future__ import annotations

from pathlib import Path

import helpers
import pytest
import sample_commune

from ntm_desktop.store.workbook import Workbook

_IDS: dict = {}


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "sample.ntm.sqlite"
    wb = sample_commune.build(path, size="medium")
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
