"""A horizontal bar chart of the criteria, painted directly: one row per criterion, its label the
code and the name (shortened to its first part when the full name does not fit, never to a bare
"…"), its bar the share of its indicators met, coloured by the criterion's status; a legend names
the colours.

``criterion_clicked(code)`` is emitted when a row is clicked (or Enter on the focused row);
the tooltip gives the full name and the count of indicators met.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from PySide6 import QtGui
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ntm_desktop.core.model import STATUS_MET, STATUS_NOT_MET, STATUS_UNKNOWN
from ntm_desktop.core.vnformat import number
from ntm_desktop.gui.i18n import fill
from ntm_desktop.gui.status import status_label

BAR_COLORS = {STATUS_MET: "#2E9E5B", STATUS_NOT_MET: "#D64541", STATUS_UNKNOWN: "#E0A526"}
MIN_VISIBLE = 3.0  # % so that a criterion with nothing met still shows a coloured sliver
_FIRST_PART = re.compile(r"\s+(?:và|,)\s+|,\s*")


def short_name(name: str) -> str:
    """The first part of a criterion name: "Tổ chức sản xuất và phát triển kinh tế nông thôn"
    → "Tổ chức sản xuất"; "Thủy lợi và phòng, chống thiên tai" → "Thủy lợi"."""
    return _FIRST_PART.split(name.strip(), maxsplit=1)[0].strip() or name


def chart_label(code: str, name: str, fits: Any) -> str:
    """``code. name`` when it fits, else ``code. short name``, else that shortened with "…"
    (the code always stays)."""
    full = f"{code}. {name}"
    if fits(full):
        return full
    short = f"{code}. {short_name(name)}"
    if fits(short):
        return short
    words = short.split()
    while len(words) > 2 and not fits(" ".join(words) + "…"):
        words.pop()
    return " ".join(words) + "…"


class _Row(NamedTuple):
    code: str
    name: str
    status: str
    met: int
    applicable: int

    @property
    def share(self) -> float:
        return 100.0 * self.met / self.applicable if self.applicable else 0.0


def _fill(painter: QPainter, rect: QRectF, brush: QColor | QBrush) -> None:
    """``painter.fillRect(rect, brush)`` without its ``QGradient.Preset`` overload: resolving it
    makes PySide build QGradient's Python enums (≈ 14 M instructions, on the first screen)."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawRect(rect)
    painter.setBrush(Qt.BrushStyle.NoBrush)


class CriteriaChart(QWidget):
    criterion_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaChart")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Biểu đồ tình trạng các tiêu chí"))
        self._rows: list[_Row] = []
        self._labels: list[str] = []
        self._focus_row = -1
        self._axis_title = self.tr("Tỷ lệ chỉ tiêu đạt trong mỗi tiêu chí")

    # ------------------------------------------------------------------ data
    def set_criteria(self, criteria: list[Any]) -> None:
        """``criteria``: core CriterionResult objects, in catalog order (first at the top)."""
        self._rows = [_Row(c.code, c.name, c.status if c.status in BAR_COLORS else STATUS_UNKNOWN,
                           int(c.met_count), int(c.applicable_count)) for c in criteria]
        self._focus_row = -1
        self.updateGeometry()
        self.update()

    def codes(self) -> list[str]:
        """Criterion codes from the top bar to the bottom one."""
        return [r.code for r in self._rows]

    def labels(self) -> list[str]:
        """The labels as last painted (top to bottom)."""
        return list(self._labels)

    # ------------------------------------------------------------------ geometry
    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _row_height(self) -> float:
        return self._metrics().height() + 4

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        fm = self._metrics()
        rows = max(len(self._rows), 5)
        return QSize(int(fm.horizontalAdvance("19. Quốc phòng") * 2.2),
                     int(rows * self._row_height() + 4 * fm.height() + 16))

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = self.minimumSizeHint()
        return QSize(hint.width() * 2, int(hint.height() * 1.3))

    def _layout(self) -> tuple[QRectF, float, float]:
        """The plot area (bars), the label column width and the row height."""
        fm = self._metrics()
        w, h = float(self.width()), float(self.height())
        bottom = 3 * fm.height() + 14  # tick labels, axis title, legend
        widest = max((fm.horizontalAdvance(f"{r.code}. {r.name}") for r in self._rows),
                     default=0.0)
        label_w = min(widest + 6, max(w * 0.5, fm.horizontalAdvance("19. Quốc phòng") + 8))
        plot = QRectF(label_w + 8, 6, max(w - label_w - 8 - fm.horizontalAdvance("100%") / 2
                                          - 4, 40), max(h - bottom - 6, 20))
        row_h = plot.height() / max(len(self._rows), 1)
        return plot, label_w, row_h

    def _row_at(self, pos: QPointF) -> int:
        plot, _label_w, row_h = self._layout()
        if not self._rows or pos.y() < plot.top() or pos.y() >= plot.bottom():
            return -1
        row = int((pos.y() - plot.top()) // row_h)
        return row if 0 <= row < len(self._rows) else -1

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _fill(painter, QRectF(self.rect()), self.palette().base())
        fm = self._metrics()
        plot, label_w, row_h = self._layout()
        text_pen = QPen(self.palette().text().color())
        grid = QColor("#D9D9D9")
        # grid and ticks
        for pct in range(0, 101, 20):
            x = plot.left() + plot.width() * pct / 100
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text_pen)
            tick = f"{pct}%"
            tw = fm.horizontalAdvance(tick)
            painter.drawText(QRectF(x - tw / 2 - 2, plot.bottom() + 2, tw + 4, fm.height()),
                             Qt.AlignmentFlag.AlignCenter, tick)
        title = fm.elidedText(self._axis_title, Qt.TextElideMode.ElideRight, self.width() - 8)
        title_w = fm.horizontalAdvance(title) + 4
        title_x = min(max(plot.center().x() - title_w / 2, 4), self.width() - title_w - 4)
        painter.drawText(QRectF(title_x, plot.bottom() + fm.height() + 2, title_w, fm.height()),
                         Qt.AlignmentFlag.AlignCenter, title)
        # rows
        self._labels = []
        for i, r in enumerate(self._rows):
            y = plot.top() + i * row_h
            label = chart_label(r.code, r.name,
                                lambda t: fm.horizontalAdvance(t) <= label_w - 2)
            if fm.horizontalAdvance(label) > label_w - 2:
                label = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 2)
            self._labels.append(label)
            painter.setPen(text_pen)
            painter.drawText(QRectF(0, y, label_w, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            bar_h = min(row_h * 0.72, fm.height() * 1.4)
            share = max(r.share, MIN_VISIBLE)
            bar = QRectF(plot.left(), y + (row_h - bar_h) / 2, plot.width() * share / 100, bar_h)
            _fill(painter, bar, QColor(BAR_COLORS[r.status]))
            if i == self._focus_row and self.hasFocus():
                painter.setPen(QPen(self.palette().highlight().color(), 2))
                painter.drawRect(QRectF(1, y + 1, self.width() - 2, row_h - 2))
        # legend
        x = plot.left()
        y = plot.bottom() + 2 * fm.height() + 8
        for status in (STATUS_MET, STATUS_NOT_MET, STATUS_UNKNOWN):
            side = fm.height() * 0.6
            _fill(painter, QRectF(x, y + (fm.height() - side) / 2, side, side),
                  QColor(BAR_COLORS[status]))
            x += side + 4
            text = status_label(status)
            painter.setPen(text_pen)
            painter.drawText(QRectF(x, y, fm.horizontalAdvance(text) + 2, fm.height()),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += fm.horizontalAdvance(text) + 16
        painter.end()

    # ------------------------------------------------------------------ interaction
    def tooltip_text(self, row: int) -> str:
        r = self._rows[row]
        return (fill(self.tr("Tiêu chí %1 — %2\n%3: %4/%5 chỉ tiêu đạt\nBấm để xem chi tiết"),
                     r.code, r.name, status_label(r.status), number(r.met), number(r.applicable)))

    def event(self, event: Any) -> bool:
        if event.type() == event.Type.ToolTip and isinstance(event, QtGui.QHelpEvent):
            row = self._row_at(QPointF(event.pos()))
            if row >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip_text(row), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802
        row = self._row_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if row >= 0
                       else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802
        row = self._row_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and row >= 0:
            self._focus_row = row
            self.update()
            self.criterion_clicked.emit(self._rows[row].code)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        if not self._rows:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            self._focus_row = max(0, min(len(self._rows) - 1, self._focus_row + step))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and self._focus_row >= 0:
            self.criterion_clicked.emit(self._rows[self._focus_row].code)
        else:
            super().keyPressEvent(event)

    def row_center(self, code: str) -> QPointF:
        """The middle of the bar row of criterion ``code`` (for tests and accessibility)."""
        plot, _label_w, row_h = self._layout()
        i = self.codes().index(code)
        return QPointF(plot.left() + 4, plot.top() + (i + 0.5) * row_h)
