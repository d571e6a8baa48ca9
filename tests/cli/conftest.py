"""Fixtures for CLI tests: the sample commune, and ``cli`` / ``ready`` (a :class:`Cli` on an
empty data folder / on one holding the sample commune)."""

from __future__ import annotations

import pytest
from cli_runner import Cli
from workbook_fixtures import (  # noqa: F401  (fixtures, found by pytest by name)
    _sample_template,
    empty_wb,
    sample_path,
    sample_wb,
)


@pytest.fixture
def cli(capsys, tmp_path):
    return Cli(capsys, tmp_path / "data")


@pytest.fixture
def ready(cli, sample_path):  # noqa: F811  (the fixture imported above)
    """A CLI whose data dir holds the sample commune as the default workbook."""
    cli.data_dir.mkdir(parents=True, exist_ok=True)
    sample_path.replace(cli.workbook)
    return cli
