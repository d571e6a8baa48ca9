"""The appraiser's window in GUI tests: open it on a generated province, wait for its background
work, answer a confirmation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hub_world import Province, make_province
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from ntm_desktop.gui.hub.hub_window import HubWindow


def open_hub_window(qtbot: Any, tmp_path: Path) -> tuple[Province, HubWindow]:
    """A generated province and its hub window at the laptop size (1256×655), shown."""
    p = make_province(tmp_path)
    w = HubWindow(p.hub, settings=QSettings(str(tmp_path / "hub.ini"),
                                            QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1256, 655)
    w.show()
    qtbot.waitExposed(w)
    return p, w


def close_hub_window(w: HubWindow) -> None:
    w.tasks.cancel_all()
    w.tasks.wait(5000)


def settle(qtbot: Any, w: HubWindow) -> None:
    """Wait until the window's background work is done."""
    qtbot.waitUntil(lambda: not w.tasks.active, timeout=60000)
    QApplication.processEvents()


def click_yes(qtbot: Any, box: Any) -> None:
    qtbot.mouseClick(box.findChild(QPushButton, "yesButton"), Qt.MouseButton.LeftButton)
