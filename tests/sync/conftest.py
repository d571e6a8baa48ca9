"""Fixtures for the sync tests: a commune and an appraiser hub that trust each other."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import World, make_world


@pytest.fixture
def world(tmp_path: Path) -> World:
    w = make_world(tmp_path)
    yield w
    w.hub.close()
    w.wb.close()


@pytest.fixture
def dirs(tmp_path):
    """Data folders for a commune ("c") and an appraiser ("h") driven through the CLI."""
    return {"c": str(tmp_path / "c"), "h": str(tmp_path / "h"), "t": tmp_path}
