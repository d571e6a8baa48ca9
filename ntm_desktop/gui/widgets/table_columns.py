"""Columns that fit the window a real laptop gives (1256×655, or 150 % scaling).

:class:`ColumnFitter` sizes a table's or tree's columns to its viewport every time the view is
resized or its model reset:

* the *key* columns (what an officer needs first) get their natural width — the longest of
  their header (wrapped onto up to three lines) and their data;
* the *stretch* column (usually the name) takes the room left, never less than its minimum;
  its text is elided and the full text is the tooltip;
* the other columns are shown while there is room and hidden, right to left (or in the
  reverse of the ``order`` given), when there is not; the header's context menu ("Cột hiển thị") shows or hides any column on demand, and that
  choice is kept in the settings;
* header texts wrap (the header grows to two or three lines) instead of being cut, and every
  cell or header whose text does not fit shows the full text as its tooltip.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOptionHeader,
    QToolTip,
    QTreeView,
)
from shiboken6 import isValid

MAX_NATURAL = 260  # px: no key column grows beyond this for its data
MAX_HEADER_LINES = 3
SAMPLE_ROWS = 200


class SortArrowStyle(QProxyStyle):
    """Sort arrows as officers read them: ▲ when the smallest/oldest is on top, ▼ when the
    newest is on top (Qt draws them the other way round)."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: Any,  # noqa: N802
                      painter: Any, widget: Any = None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and \
                isinstance(option, QStyleOptionHeader):
            flipped = QStyleOptionHeader(option)
            up, down = QStyleOptionHeader.SortIndicator.SortUp, \
                QStyleOptionHeader.SortIndicator.SortDown
            if option.sortIndicator == up:
                flipped.sortIndicator = down
            elif option.sortIndicator == down:
                flipped.sortIndicator = up
            super().drawPrimitive(element, flipped, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


def sort_indicator_arrow(order: Qt.SortOrder) -> str:
    """The arrow the header shows for ``order``: "▲" ascending, "▼" descending."""
    return "▲" if order == Qt.SortOrder.AscendingOrder else "▼"


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    return view.horizontalHeader()  # type: ignore[attr-defined, no-any-return]


class ColumnFitter(QObject):
    def __init__(self, view: QAbstractItemView, *, stretch: int = 0,
                 key: Sequence[int] = (), min_stretch: int = 180, settings: Any = None,
                 settings_key: str = "", max_natural: int = MAX_NATURAL,
                 caps: dict[int, int] | None = None, order: Sequence[int] = ()) -> None:
        super().__init__(view)
        self.setObjectName("ColumnFitter")
        self.view = view
        self.header = _header(view)
        self.stretch = stretch
        self.key = set(key)
        self.min_stretch = min_stretch
        self.max_natural = max_natural
        self.caps = dict(caps or {})  # column → most px its data may claim
        self.order = list(order)  # the other columns that get room first, in this order
        self.settings = settings
        self.settings_key = settings_key
        self.auto_hidden: set[int] = set()
        self.user_shown: set[int] = set()
        self.user_hidden: set[int] = set()
        self._busy = False
        self._load_choice()
        self.arrow_style = SortArrowStyle()
        self.arrow_style.setParent(self)
        self.header.setStyle(self.arrow_style)
        self.header.setSectionsMovable(False)
        self.header.setStretchLastSection(False)
        self.header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.header.setTextElideMode(Qt.TextElideMode.ElideNone)  # headers wrap instead
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._on_header_menu)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.viewport().installEventFilter(self)
        self.header.viewport().installEventFilter(self)
        self.view.installEventFilter(self)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.layoutChanged.connect(self.fit)
            model.rowsInserted.connect(self.fit)

    # ------------------------------------------------------------------ choice kept
    def _load_choice(self) -> None:
        if self.settings is None or not self.settings_key:
            return
        try:
            data = json.loads(str(self.settings.value(self.settings_key, "{}") or "{}"))
        except ValueError:
            data = {}
        self.user_shown = {int(c) for c in data.get("shown", [])}
        self.user_hidden = {int(c) for c in data.get("hidden", [])}

    def _save_choice(self) -> None:
        if self.settings is None or not self.settings_key:
            return
        self.settings.setValue(self.settings_key, json.dumps(
            {"shown": sorted(self.user_shown), "hidden": sorted(self.user_hidden)}))

    # ------------------------------------------------------------------ sizes
    def _columns(self) -> int:
        model = self.view.model()
        return model.columnCount() if model is not None else 0

    def header_text(self, col: int) -> str:
        model = self.view.model()
        value = model.headerData(col, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.DisplayRole) if model is not None else ""
        return str(value or "")

    def _header_width(self, col: int) -> int:
        """The width the header needs on up to MAX_HEADER_LINES lines (its longest word fits)."""
        fm = self.header.fontMetrics()
        text = self.header_text(col)
        words = text.split()
        longest = max((fm.horizontalAdvance(w) for w in words), default=0)
        whole = fm.horizontalAdvance(text)
        if whole <= fm.averageCharWidth() * 14:  # a short header stays on one line
            return whole + 24
        return max(longest, int(whole / MAX_HEADER_LINES) + fm.averageCharWidth() * 2) + 24

    def _sample(self, model: Any, col: int) -> list[Any]:
        """Up to SAMPLE_ROWS indexes of column ``col``, children of a tree included."""
        out: list[Any] = []
        stack = [QModelIndex()]
        while stack and len(out) < SAMPLE_ROWS:
            parent = stack.pop(0)
            for r in range(model.rowCount(parent)):
                if len(out) >= SAMPLE_ROWS:
                    break
                out.append(model.index(r, col, parent))
                first = model.index(r, 0, parent)
                if isinstance(self.view, QTreeView) and model.rowCount(first) > 0:
                    stack.append(first)
        return out

    def min_width(self, col: int) -> int:
        """The narrowest a column may get: its header's longest word, on up to three lines."""
        fm = self.header.fontMetrics()
        words = self.header_text(col).split()
        longest = max((fm.horizontalAdvance(w) for w in words), default=0)
        lines = -(-fm.horizontalAdvance(self.header_text(col)) // max(longest, 1))
        extra = 0 if lines <= MAX_HEADER_LINES else fm.averageCharWidth() * 3
        return max(longest + 20 + extra, 36)

    def natural_width(self, col: int) -> int:
        fm = self.view.fontMetrics()
        model = self.view.model()
        data = 0
        if model is not None:
            for index in self._sample(model, col):
                value = index.data()
                if value not in (None, ""):
                    data = max(data, fm.horizontalAdvance(str(value)))
        indent = self.view.indentation() * 2 if isinstance(self.view, QTreeView) and col == 0 \
            else 0
        cap = self.caps.get(col, self.max_natural)
        return max(self._header_width(col), min(data + 16 + indent, cap))

    def fit(self) -> None:
        """Size the columns to the viewport (see the module docstring)."""
        if self._busy or not isValid(self.view):  # the view may be going away
            return
        self._busy = True
        try:
            self._fit()
        finally:
            self._busy = False

    def _fit(self) -> None:
        n = self._columns()
        if n == 0:
            return
        available = self.view.viewport().width()
        if available <= 1:
            available = max(self.view.width() - 4, 1)
        bar = self.view.verticalScrollBar()
        if not bar.isVisible() and \
                self.view.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            available -= bar.sizeHint().width()  # rows arriving later bring the scroll bar
        widths = {c: self.natural_width(c) for c in range(n) if c != self.stretch}
        wanted = [c for c in range(n) if c not in self.user_hidden or c in self.key
                  or c == self.stretch]
        # key columns, the name and the columns asked for on demand first; then the others,
        # those of ``order`` first, then left to right, while they fit
        visible = [c for c in wanted if c in self.key or c == self.stretch
                   or c in self.user_shown]
        self.auto_hidden = set()

        def used() -> int:
            return sum(widths[c] for c in visible if c != self.stretch)

        for c in [c for c in self.order if c in wanted] + \
                [c for c in wanted if c not in self.order]:
            if c in visible:
                continue
            if used() + widths[c] + self.min_stretch <= available:
                visible.append(c)
            else:
                self.auto_hidden.add(c)
        visible.sort()
        deficit = used() + self.min_stretch - available
        if deficit > 0:  # still too wide: narrow the columns that have room to give
            slack = {c: widths[c] - self.min_width(c) for c in visible
                     if c != self.stretch and widths[c] > self.min_width(c)}
            total = sum(slack.values())
            if total > 0:
                share = min(1.0, deficit / total)
                for c, room in slack.items():
                    widths[c] -= int(room * share + 0.999)
        for c in range(n):
            self.header.setSectionHidden(c, c not in visible)
        for c in visible:
            if c == self.stretch:
                continue
            self.header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.header.resizeSection(c, widths[c])
        if 0 <= self.stretch < n:
            rest = max(available - used(), self.min_stretch)
            self.header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Interactive)
            self.header.resizeSection(self.stretch, rest)
        self._fit_header_height(visible)

    def _fit_header_height(self, visible: list[int]) -> None:
        fm = self.header.fontMetrics()
        lines = 1
        for c in visible:
            width = max(self.header.sectionSize(c) - 12, 10)
            rect = fm.boundingRect(QRect(0, 0, width, 10_000),
                                   int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                                   self.header_text(c))
            lines = max(lines, min(MAX_HEADER_LINES, round(rect.height() / fm.lineSpacing())))
        self.header.setFixedHeight(lines * fm.lineSpacing() + 10)

    def header_fits(self, col: int) -> bool:
        """The header text is shown whole (wrapped within the header's height)."""
        fm = self.header.fontMetrics()
        width = max(self.header.sectionSize(col) - 12, 10)
        rect = fm.boundingRect(QRect(0, 0, width, 10_000),
                               int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                               self.header_text(col))
        longest = max((fm.horizontalAdvance(w) for w in self.header_text(col).split()),
                      default=0)
        return rect.height() <= self.header.height() - 6 and longest <= width

    # ------------------------------------------------------------------ events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not isValid(self.view):
            return False
        kind = event.type()
        if watched is self.view and kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if watched is self.view.viewport():
                return self._cell_tooltip(event)
            if watched is self.header.viewport():
                return self._header_tooltip(event)
        return False

    def _cell_tooltip(self, event: QHelpEvent) -> bool:
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip
        text = str(index.data() or "")
        rect = self.view.visualRect(index)
        if text and self.view.fontMetrics().horizontalAdvance(text) + 12 > rect.width():
            QToolTip.showText(event.globalPos(), text, self.view.viewport(), rect)
            return True
        return False

    def _header_tooltip(self, event: QHelpEvent) -> bool:
        col = self.header.logicalIndexAt(event.pos())
        if col < 0:
            return False
        QToolTip.showText(event.globalPos(), self.header_text(col), self.header.viewport())
        return True

    # ------------------------------------------------------------------ on demand
    def menu(self) -> QMenu:
        """The "Cột hiển thị" menu: one checkable entry per column."""
        menu = QMenu(self.tr("Cột hiển thị"), self.view)
        menu.setObjectName("columnsMenu")
        for c in range(self._columns()):
            action = QAction(self.header_text(c).replace("\n", " "), menu)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(c))
            action.setEnabled(c != self.stretch and c not in self.key)
            action.toggled.connect(lambda on, col=c: self.set_column_shown(col, on))
            menu.addAction(action)
        return menu

    def set_column_shown(self, col: int, shown: bool) -> None:
        if shown:
            self.user_shown.add(col)
            self.user_hidden.discard(col)
        else:
            self.user_hidden.add(col)
            self.user_shown.discard(col)
        self._save_choice()
        self.fit()

    def _on_header_menu(self, pos: QPoint) -> None:
        menu = self.menu()
        menu.popup(self.header.mapToGlobal(pos))
        self._menu = menu
