"""Helpers for the GUI tests: showing a widget the way a user would see it, typing Vietnamese,
and hosting one page (with real services) or the whole main window over a workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from ntm_desktop.gui.errors import ErrorPresenter
from ntm_desktop.gui.pages import PAGES, PageContext
from ntm_desktop.gui.signals import SignalHub
from ntm_desktop.gui.tasks import TaskRunner


def activate(qtbot, window: QWidget) -> None:
    """Make ``window`` the active window (as the window manager would) and wait for it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=15000)


def show_active(qtbot, widget: QWidget) -> None:
    """Show ``widget``, wait until it is exposed, then make it the active window."""
    widget.show()
    qtbot.waitExposed(widget)
    activate(qtbot, widget)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` like a keyboard with Vietnamese input does (QTest.keyClicks only knows
    ASCII): one key press/release with the character as its text, per character."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def host_page(qtbot, page_class: type, page_index: int, wb: Any, app_paths: Any,
              tmp_path: Path, *, size: tuple[int, int] = (1200, 700),
              make_active: bool = True) -> Any:
    """One page of ``page_class`` (``PAGES[page_index].load()``) in a host
    widget, with real services over ``wb`` and refreshed on every data change; shown (and by
    default made the active window). The caller waits for ``page.ctx.tasks`` and detaches
    ``page.ctx.hub`` as its test needs."""
    host = QWidget()
    qtbot.addWidget(host)
    hub = SignalHub(host)
    errors = ErrorPresenter(host)
    ctx = PageContext(paths=app_paths, hub=hub, tasks=TaskRunner(host, presenter=errors),
                      errors=errors, undo_stack=QUndoStack(host),
                      settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                      workbook=wb)
    hub.attach_workbook(wb)
    assert PAGES[page_index].load() is page_class
    page = page_class(ctx, host)
    hub.data_did_change.connect(lambda changes, _i: page.refresh(changes))
    host.resize(*size)
    page.resize(*size)
    if make_active:
        show_active(qtbot, host)
    else:
        host.show()
        qtbot.waitExposed(host)
    return page


def open_main_window(qtbot, app_paths: Any, wb: Any, tmp_path: Path, page_index: int) -> Any:
    """The main window over ``wb`` (settings in ``tmp_path/gui.ini``), 1366×768, showing the
    page ``page_index``."""
    from ntm_desktop.gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(app_paths, workbook=wb, settings=settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.show_page(page_index)
    return w


def column_problems(page: Any) -> list[str]:
    """For every table or tree of ``page`` sized by a ColumnFitter: each key column and the name
    column is shown, lies inside the viewport and has its header text whole. Returns what is
    wrong (empty when the page works at its current size)."""
    from ntm_desktop.gui.widgets.table_columns import ColumnFitter

    problems = []
    where = page.objectName() or type(page).__name__
    for fitter in page.findChildren(ColumnFitter):
        view, header = fitter.view, fitter.header
        if not view.isVisible():
            continue
        width = view.viewport().width()
        for col in sorted(fitter.key | {fitter.stretch}):
            name = fitter.header_text(col)
            left = header.sectionViewportPosition(col)
            right = left + header.sectionSize(col)
            if header.isSectionHidden(col):
                problems.append(f"{where}: “{name}” hidden")
            elif left < 0 or right > width + 1:
                problems.append(f"{where}: “{name}” outside the view ({left}–{right} of "
                                f"{width} px)")
            elif not fitter.header_fits(col):
                problems.append(f"{where}: header “{name}” cut")
        if header.sectionSize(fitter.stretch) < fitter.min_stretch - 1:
            problems.append(f"{where}: name column {header.sectionSize(fitter.stretch)} px")
    return problems


def visible_headers(page: Any) -> set[str]:
    """Header texts of the columns shown inside their view, on every fitted table of ``page``."""
    from ntm_desktop.gui.widgets.table_columns import ColumnFitter

    out = set()
    for fitter in page.findChildren(ColumnFitter):
        header = fitter.header
        for col in range(header.count()):
            left = header.sectionViewportPosition(col)
            if not header.isSectionHidden(col) and left >= 0 and \
                    left + header.sectionSize(col) <= fitter.view.viewport().width() + 1:
                out.add(fitter.header_text(col).replace("\n", " "))
    return out
