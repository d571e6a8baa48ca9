"""Every menu item and page button that opens a dialog, pressed as an officer would: each dialog
opens with its content (its own widgets, visible inside it) at a sane size — never an empty
22×22 window — and is closed again. Blocking file dialogs are answered by a timer; print jobs
have their own test (test_printing.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sample_commune
from gui_helpers import open_main_window
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMenu,
    QPushButton,
    QWidget,
)

from ntm_desktop.gui.pages import page_index
from ntm_desktop.paths import AppPaths

pytestmark = pytest.mark.gui

#: menu entries that open no dialog (navigation, folders in the file manager, quitting…)
NO_DIALOG = {"actionQuit", "actionOpenDataFolder", "actionOpenLogFolder", "actionResetLayout",
             "actionExportPackage", "actionPrintDossier", "actionDemo", "actionOpenOwn"}


class DialogCatcher:
    """Records every dialog that becomes visible (blocking or not) and closes it."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, int, int, int, str]] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.catch)

    def catch(self) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                content = [c for c in w.findChildren(QWidget) if c.isVisibleTo(w)]
                self.seen.append((type(w).__name__, w.width(), w.height(), len(content),
                                  w.windowTitle()))
                w.reject()

    def run(self, qtbot, trigger) -> list[tuple[str, int, int, int, str]]:
        self.seen = []
        self.timer.start()
        trigger()
        qtbot.wait(150)
        self.catch()
        self.timer.stop()
        return self.seen


@pytest.fixture
def window(qtbot, app_paths: AppPaths, tmp_path: Path):
    wb = sample_commune.build(tmp_path / "w.ntm.sqlite", size="medium")
    w = open_main_window(qtbot, app_paths, wb, tmp_path, 0)
    yield w
    w.tasks.wait(20000)
    QApplication.processEvents()
    wb.close()


def menu_actions(window) -> list[QAction]:
    out = []
    for name in ("menuFile", "menuData", "menuHelp"):
        menu = window.findChild(QMenu, name)
        menu.aboutToShow.emit()  # enabled states are set when a menu opens
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None or not action.isEnabled():
                continue
            out.append(action)
    return out


def assert_sane(seen, what: str) -> None:
    assert seen, f"{what}: no dialog opened"
    for kind, width, height, widgets, title in seen:
        assert width >= 200 and height >= 100, (what, kind, width, height)
        assert width <= 1256 and height <= 655, (what, kind, width, height)  # fits a laptop
        assert widgets >= 2, (what, kind, widgets)  # its own content, not an empty window
        assert title, (what, kind)


def test_every_menu_item_that_opens_a_dialog(qtbot, window) -> None:
    catcher = DialogCatcher()
    opened = {}
    for action in menu_actions(window):
        key = action.objectName() or action.text()
        if action.objectName() in NO_DIALOG:
            continue
        seen = catcher.run(qtbot, action.trigger)
        window.tasks.wait(20000)
        qtbot.wait(50)
        seen += catcher.run(qtbot, lambda: None)  # a result box shown after background work
        assert_sane(seen, key)
        opened[key] = [s[0] for s in seen]
    # the entries the officer reaches most: all there, each with its own dialog
    texts = " | ".join(opened)
    for expected in ("Nhập dữ liệu", "Xuất toàn bộ", "Sao lưu ngay", "Khôi phục",
                     "Cài &bộ tiêu chí", "actionOpenWorkbook", "actionSetup", "Cài đặt",
                     "Thôn, bản", "khảo sát", "actionAbout"):
        assert expected in texts, (expected, texts)
    assert any("QFileDialog" in kinds for kinds in opened.values())
    assert any("QMessageBox" in kinds for kinds in opened.values())


def test_every_page_button_that_opens_a_dialog(qtbot, window) -> None:
    catcher = DialogCatcher()
    buttons = {
        "infrastructure": ["addButton"],
        "projects": ["addButton"],
        "sync": ["trustButton", "browseButton", "importButton", "verifyButton",
                 "exportCardButton", "rotateKeyButton"],
        "dossier": ["saveButton"],
    }
    for page_name, names in buttons.items():
        window.show_page(page_index(page_name))
        page = window.current_page()
        for name in names:
            button = page.form.findChild(QPushButton, name)
            assert button is not None and button.isEnabled(), (page_name, name)
            seen = catcher.run(qtbot, button.click)
            window.tasks.wait(20000)
            assert_sane(seen, f"{page_name}/{name}")
