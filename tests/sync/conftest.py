"""Fixtures for the sync tests: a commune and an appraiser hub that trust each other."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for p in (HERE, HERE.parent):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from sync_helpers import World, make_world  # noqa: E402


@pytest.fixture
def world(tmp_path: Path) -> World:
    w = make_world(tmp_path)
    yield w
    w.hub.close()
    w.wb.close()
