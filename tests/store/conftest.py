"""Fixtures for store tests: the sample commune (tests/support/workbook_fixtures.py)."""

from __future__ import annotations

from workbook_fixtures import (  # noqa: F401  (fixtures, found by pytest by name)
    _sample_template,
    empty_wb,
    sample_path,
    sample_wb,
)
