"""A horizontal bar chart of the criteria (QtCharts): one bar per criterion, its length the share
of its indicators met, its colour the criterion's status; a legend names the colours.

``criterion_clicked(code)`` is emitted when a bar is clicked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from ntm_desktop.core.model import STATUS_MET, STATUS_NOT_MET, STATUS_UNKNOWN
from ntm_desktop.gui.i18n import fill
from ntm_desktop.gui.models.criteria_tree import status_label

BAR_COLORS = {STATUS_MET: "#2E9E5B", STATUS_NOT_MET: "#D64541", STATUS_UNKNOWN: "#E0A526"}
MIN_VISIBLE = 3.0  # % so that a criterion with nothing met still shows a coloured sliver
LABEL_CHARS = 30


def short_label(code: str, name: str, limit: int = LABEL_CHARS) -> str:
    text = f"{code}. {name}"
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class CriteriaChart(QChartView):
    criterion_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self._codes: list[str] = []
        self._rows: list[Any] = []
        chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 8, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.setAccessibleName(self.tr("Biểu đồ tình trạng các tiêu chí"))

    def set_criteria(self, criteria: list[Any]) -> None:
        """``criteria``: core CriterionResult objects, in catalog order."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._rows = list(reversed(criteria))  # the first criterion at the top
        self._codes = [c.code for c in self._rows]
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.72)
        sets: dict[str, QBarSet] = {}
        for status in (STATUS_MET, STATUS_NOT_MET, STATUS_UNKNOWN):
            bar = QBarSet(status_label(status))
            bar.setColor(QColor(BAR_COLORS[status]))
            bar.setBorderColor(QColor(BAR_COLORS[status]))
            bar.clicked.connect(self._on_bar_clicked)
            bar.hovered.connect(self._on_bar_hovered)
            sets[status] = bar
        for c in self._rows:
            share = 100.0 * c.met_count / c.applicable_count if c.applicable_count else 0.0
            status = c.status if c.status in sets else STATUS_UNKNOWN
            for key, bar in sets.items():
                bar.append(max(share, MIN_VISIBLE) if key == status else 0.0)
        for bar in sets.values():
            series.append(bar)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([short_label(c.code, c.name) for c in self._rows])
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        categories.setLabelsFont(font)
        categories.setGridLineVisible(False)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setTickCount(6)
        values.setLabelFormat("%d%%")
        values.setLabelsFont(font)
        values.setTitleText(self.tr("Tỷ lệ chỉ tiêu đạt trong mỗi tiêu chí"))
        values.setTitleFont(font)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)

    def codes(self) -> list[str]:
        """Criterion codes from the top bar to the bottom one."""
        return list(reversed(self._codes))

    def _on_bar_clicked(self, index: int) -> None:
        if 0 <= index < len(self._codes):
            self.criterion_clicked.emit(self._codes[index])

    def _on_bar_hovered(self, status: bool, index: int) -> None:
        if not status or not 0 <= index < len(self._rows):
            QToolTip.hideText()
            return
        c = self._rows[index]
        text = fill(self.tr("Tiêu chí %1 — %2\n%3: %4/%5 chỉ tiêu đạt\nBấm để xem chi tiết"),
                    c.code, c.name, status_label(c.status)) \
            .replace("%4", str(c.met_count)).replace("%5", str(c.applicable_count))
        QToolTip.showText(QCursor.pos(), text, self)
