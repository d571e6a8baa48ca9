from __future__ import annotations

from pathlib import Path

import pytest
from hub_world import Province, make_province


@pytest.fixture
def province(tmp_path: Path) -> Province:
    return make_province(tmp_path)
