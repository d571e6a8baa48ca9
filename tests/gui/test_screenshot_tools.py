"""The screenshot tools that make ``docs/screenshots/`` run: every page of both windows is
rendered at the laptop size and 150 %, as a maintainer regenerates them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ntm_desktop.gui.hub.hub_window import PAGES as HUB_PAGES
from ntm_desktop.gui.pages import PAGES

pytestmark = pytest.mark.gui


def _run(tmp_path: Path, *args: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NTM_DATA_DIR": str(tmp_path / "d")}
    result = subprocess.run([sys.executable, "-m", *args], env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]


def _sizes(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (QImage(str(p)).width(), QImage(str(p)).height())
            for p in sorted(folder.glob("*.png"))}


def test_every_commune_page_is_rendered(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    _run(tmp_path, "ntm_desktop.devtools.screenshot", "--out", str(out), "--demo",
         "--size", "1256x655", "--scale", "1.5", "--data-dir", str(tmp_path / "data"))
    sizes = _sizes(out)
    assert len(sizes) == len(PAGES)
    assert [name.split("-", 1)[1].rsplit("-", 1)[0] for name in sizes] == \
        [entry.name for entry in PAGES]
    assert set(sizes.values()) == {(1884, 983)}, sizes  # 655 × 1,5 rounded up


def test_every_appraiser_page_is_rendered(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    _run(tmp_path, "ntm_desktop.devtools.hub_screenshots", "--out", str(out), "--lang", "en")
    sizes = _sizes(out)
    names = {name.split("-")[2] for name in sizes}
    assert names == {entry.name for entry in HUB_PAGES}
    assert all(name.endswith("-en.png") for name in sizes)
    assert set(sizes.values()) == {(1256, 655)}, sizes
