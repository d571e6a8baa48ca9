"""Fixtures for the GUI tests. ``wb`` is a copy of the sample commune (``size="medium"``,
tests/support/sample_commune.py), open; modules that need another workbook define their own ``wb``. Helpers: tests/support/gui_helpers.py."""

from __future__ import annotations

import pytest
from workbook_fixtures import _sample_template, sample_path, sample_wb  # noqa: F401


@pytest.fixture
def wb(sample_wb):  # noqa: F811  (the fixture imported above, requested by name)
    """The sample commune, open (author "Kiểm thử", no automatic backup on open)."""
    return sample_wb
