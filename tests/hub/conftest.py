from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from hub_world import Province, make_province  # noqa: E402


@pytest.fixture
def province(tmp_path: Path) -> Province:
    return make_province(tmp_path)
