"""Keyboard actions and row selection shared by the pages that list records in a table view
(Hạ tầng, Dự án, Đóng góp): one place for how a shortcut is attached and a row is selected."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableView, QWidget

ROW_SELECTION = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)


def add_shortcut_action(parent: QObject, owner: QWidget, name: str,
                        keys: Iterable[QKeySequence | Qt.Key], slot: Callable[[], Any],
                        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut
                        ) -> QAction:
    """A ``QAction`` named ``name`` (owned by ``parent``) that calls ``slot`` on any of ``keys``
    while ``owner`` (or, with ``WidgetWithChildrenShortcut``, one of its children) has focus."""
    action = QAction(parent)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(context)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def selected_row_data(table: QTableView, role: int) -> Any:
    """``role`` data of column 0 of the current row, or None when that row is not selected."""
    index = table.currentIndex()
    if not index.isValid() or not table.selectionModel().isRowSelected(index.row(),
                                                                        QModelIndex()):
        return None
    return table.model().index(index.row(), 0).data(role)


def select_row(table: QTableView, index: QModelIndex) -> None:
    """Make ``index`` (of the view's model) current, with its whole row selected."""
    table.selectionModel().setCurrentIndex(index, ROW_SELECTION)


def select_source_row(table: QTableView, proxy: QSortFilterProxyModel, row: int) -> bool:
    """Select and scroll to source row ``row``; False when it is negative or filtered out."""
    if row < 0:
        return False
    index = proxy.mapFromSource(proxy.sourceModel().index(row, 0))
    if not index.isValid():
        return False
    select_row(table, index)
    table.scrollTo(index)
    return True
