"""The appraiser's window on the demo province, walked for the layout tests
(tests/gui/test_hub_layout.py, in the test process and in a child process at 150 %): every page,
every tab of the review and summary pages, every base set of the catalog editor and the dialog
of key cards, each checked with :func:`gui_helpers.column_problems`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import column_problems, visible_headers
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget

from ntm_desktop.devtools.hub_screenshots import prepare, settle_window
from ntm_desktop.gui.hub.hub_window import PAGES, HubWindow
from ntm_desktop.gui.widgets.table_columns import ColumnFitter

LAPTOP = (1256, 655)

#: every table and tree of the window (by object name), each sized by a ColumnFitter
VIEWS = {"communesTable", "resultsList", "quarantineTable", "indicatorTree", "sincePackage",
         "sinceDecision", "infraTable", "projectsTable", "contribTable", "journalView",
         "eventsTable", "resourcesTable", "riskTable", "registeredTable", "catalogTable",
         "keysTable", "cardsTable"}


def open_demo_window(root: Path) -> tuple[HubWindow, Any, str]:
    """The demo province of the screenshots (a returned commune with findings, packages in
    quarantine) in a hub window at the laptop size, shown; returns the window, the demo and
    the code of the commune under review."""
    demo, code, _ = prepare(root)
    w = HubWindow(demo.hub, settings=QSettings(str(root / "hub.ini"),
                                               QSettings.Format.IniFormat))
    w.resize(*LAPTOP)
    w.show()
    return w, demo, code


def settle(w: HubWindow) -> None:
    """Wait for the window's background work, then let Qt lay everything out."""
    settle_window(w, seconds=60)


class Walk:
    """What a walk through the window saw: the fitted views checked (visible), the problems
    found, and the headers shown per page."""

    def __init__(self) -> None:
        self.views: set[str] = set()
        self.problems: list[str] = []
        self.headers: dict[str, set[str]] = {}

    def check(self, widget: Any, where: str) -> None:
        self.views |= {f.view.objectName() for f in widget.findChildren(ColumnFitter)
                       if f.view.isVisible()}
        self.problems += [f"{where}: {p}" for p in column_problems(widget)]
        self.headers.setdefault(where, set()).update(visible_headers(widget))


def walk(w: HubWindow, demo: Any, code: str) -> Walk:
    """Every page (after importing the rest of the province), every tab, every base set of the
    catalog editor, and the dialog of key cards."""
    seen = Walk()
    w.go("import").import_paths([demo.packages[0].parent])
    settle(w)
    for entry in PAGES:
        page = w.go(entry.name)
        settle(w)
        if entry.name == "review":
            w.open_review(code, 2025)
            settle(w)
        seen.check(page, entry.name)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                settle(w)
                seen.check(page, f"{entry.name}/{tabs.tabText(i)}")
            tabs.setCurrentIndex(0)
        if entry.name == "catalog":
            for i in range(page.base_combo.count()):
                page.base_combo.setCurrentIndex(i)
                settle(w)
                seen.check(page, f"catalog/{page.base_combo.itemData(i)}")
        if entry.name == "keys":
            page.scan([demo.cards])
            settle(w)
            dialog = page.cards_dialog
            settle(w)
            seen.check(dialog, "keys/cards")
            dialog.reject()
            settle(w)
    return seen
