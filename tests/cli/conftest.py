"""Fixtures for CLI tests: the stricter environment of tests/workbook_fixtures.py (no HOME
folders created, no author from the developer's environment) and the sample commune."""

from __future__ import annotations

from workbook_fixtures import (  # noqa: F401  (fixtures, found by pytest by name)
    _isolated_env,
    _sample_template,
    empty_wb,
    sample_path,
    sample_wb,
)
