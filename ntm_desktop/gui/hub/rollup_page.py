"""Tổng hợp: the dashboard with the content of ``ntm report`` — communes by criteria-met band,
per-criterion shares (QtCharts), resources by source, contributions, revocation risk, communes
registered this year; year and report date chosen on screen; export PDF and Excel. Figures come
from the per-commune results cached in the hub (services.rollup)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.core.model import FUNDING_SOURCES
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.hub.common import (
    HubContext,
    YearPage,
    choose_paths,
    fill_table,
    heading,
    readonly_table,
)
from ntm_desktop.gui.i18n import fill, is_vietnamese, tr_core
from ntm_desktop.services import rollup as rollup_svc


def _chart_view(name: str, parent: QWidget) -> QChartView:
    view = QChartView(parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setVisible(False)
    view.setChart(chart)
    view.setMinimumHeight(200)
    return view


def source_label(code: str, report_label: str) -> str:
    """The report's wording in Vietnamese, the model's translated label otherwise."""
    if is_vietnamese() or code not in FUNDING_SOURCES:
        return report_label
    return tr_core("model", FUNDING_SOURCES[code])


class RollupPage(YearPage):
    def __init__(self, ctx: HubContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rollup: Any = None
        self.last_output: dict[str, Any] | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Tổng hợp"), self))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Năm:"), self))
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        top.addWidget(self.year_combo)
        top.addWidget(QLabel(self.tr("Số liệu tính đến ngày:"), self))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("asOfDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy" if is_vietnamese() else "yyyy-MM-dd")
        top.addWidget(self.date_edit)
        self.refresh_button = QPushButton(self.tr("Tổng hợp lại"), self)
        self.refresh_button.setObjectName("refreshButton")
        self.pdf_button = QPushButton(self.tr("Xuất PDF…"), self)
        self.pdf_button.setObjectName("pdfButton")
        self.xlsx_button = QPushButton(self.tr("Xuất Excel…"), self)
        self.xlsx_button.setObjectName("xlsxButton")
        for b in (self.refresh_button, self.pdf_button, self.xlsx_button):
            top.addWidget(b)
        lay.addLayout(top)
        self.headline = QLabel(self)
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        lay.addWidget(self.headline)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.bands_chart = _chart_view("bandsChart", split)
        self.criteria_chart = _chart_view("criteriaShareChart", split)
        split.addWidget(self.bands_chart)
        split.addWidget(self.criteria_chart)
        split.setSizes([420, 620])
        tabs = QTabWidget(self)
        tabs.setObjectName("rollupTabs")
        settings = ctx.settings
        self.resources_table = readonly_table(self, [self.tr("Nguồn vốn"), self.tr("Triệu đồng"),
                                                     self.tr("Tỷ lệ")], "resourcesTable",
                                              settings=settings, fit="rollup/resources",
                                              stretch=0, key=(1, 2))
        tabs.addTab(self.resources_table, self.tr("Nguồn lực"))
        self.risk_table = readonly_table(self, [self.tr("Mã"), self.tr("Xã"),
                                                self.tr("Tiêu chí đạt"), self.tr("Mức"),
                                                self.tr("Lý do")], "riskTable",
                                         settings=settings, fit="rollup/risk", stretch=4,
                                         key=(0, 1, 2, 3))
        tabs.addTab(self.risk_table, self.tr("Nguy cơ thu hồi"))
        self.registered_table = readonly_table(self, [self.tr("Mã"), self.tr("Xã"),
                                                      self.tr("Tiêu chí đạt"),
                                                      self.tr("Còn phải hoàn thành")],
                                               "registeredTable", settings=settings,
                                               fit="rollup/registered", stretch=1,
                                               key=(0, 2, 3))
        tabs.addTab(self.registered_table, self.tr("Đăng ký đạt chuẩn năm nay"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reportText")
        self.text.setReadOnly(True)
        tabs.addTab(self.text, self.tr("Nội dung báo cáo"))
        vsplit = QSplitter(Qt.Orientation.Vertical, self)
        vsplit.addWidget(split)
        vsplit.addWidget(tabs)
        vsplit.setSizes([300, 200])
        lay.addWidget(vsplit, 1)
        self.output_label = QLabel(self)
        self.output_label.setObjectName("outputLabel")
        self.output_label.setTextFormat(Qt.TextFormat.PlainText)  # file paths
        lay.addWidget(self.output_label)
        self.refresh_button.clicked.connect(self.reload)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.year_combo.activated.connect(
            lambda _i: setattr(self, "user_year", self.year_combo.currentData()))
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self._fill_years()

    def as_of(self) -> dt.date:
        return self.date_edit.date().toPython()

    def reload(self) -> None:
        self.loaded_year = self.year
        self.ctx.tasks.run(rollup_svc.compute_rollup, self.ctx.paths, self.year,
                           on_result=self.show_rollup, on_error=self._failed,
                           label=self.tr("Đang tổng hợp…"))

    def _failed(self, exc: BaseException) -> None:
        from ntm_desktop.core.errors import NtmError
        from ntm_desktop.gui.errors import user_message
        self.rollup = None
        if isinstance(exc, NtmError):
            self.headline.setText(user_message(exc))
        else:
            self.ctx.errors.present(exc)
        self.pdf_button.setEnabled(False)
        self.xlsx_button.setEnabled(False)

    def show_rollup(self, r: Any) -> None:
        self.rollup = r
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)
        full = next((b.count for b in r.bands if b.lo == b.hi == r.total_criteria), 0)
        text = fill(self.tr("%1 xã; bình quân đạt %2 tiêu chí/xã; %3 xã đạt chuẩn đủ %4 tiêu chí."),
                    nf.number(r.n), nf.number(r.average or 0, 2), nf.number(full),
                    nf.number(r.total_criteria))
        self.headline.setText(f"<b>{text}</b>")
        self._bands(r)
        self._criteria(r)
        fill_table(self.resources_table, [[source_label(c, label), nf.trieu(v), nf.percent(s)]
                                          for c, label, v, s in r.resources]
                   + [[self.tr("Tổng"), nf.trieu(r.resources_total), ""],
                      [self.tr("Nhân dân đóng góp bằng tiền"), nf.trieu(r.cash_vnd), ""]],
                   right=(1, 2))
        fill_table(self.risk_table, [[c.code, c.name, f"{c.met_count}/{c.total}",
                                      self.tr("thu hồi") if c.revocation_level == "revocation"
                                      else self.tr("cảnh báo"), "; ".join(c.revocation_reasons)]
                                     for c in r.at_risk])
        fill_table(self.registered_table, [[c.code, c.name, f"{c.met_count}/{c.total}",
                                            ", ".join(c.not_met + c.unknown)]
                                           for c in r.registered])
        self.text.setPlainText("\n".join(rollup_svc.ru.sentences(r)))

    def _bands(self, r: Any) -> None:
        chart = self.bands_chart.chart()
        chart.removeAllSeries()
        for a in chart.axes():
            chart.removeAxis(a)
        chart.setTitle(self.tr("Số xã theo số tiêu chí đạt"))
        bar = QBarSet(self.tr("Số xã"))
        bar.setColor(QColor("#2E9E5B"))
        cats = []
        for b in r.bands:
            bar.append(b.count)
            cats.append(str(b.lo) if b.lo == b.hi else f"{b.lo}–{b.hi}")
        series = QBarSeries()
        series.append(bar)
        series.setLabelsVisible(True)
        series.hovered.connect(lambda _on, i, r=r: self.bands_chart.setToolTip(
            self.band_text(r.bands[i], r.n)))
        chart.addSeries(series)
        ax = QBarCategoryAxis()
        ax.append(cats)
        ax.setTitleText(self.tr("Số tiêu chí đạt"))
        chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(ax)
        ay = QValueAxis()
        ay.setRange(0, max([b.count for b in r.bands] + [1]) * 1.15)
        ay.setLabelFormat("%d")
        chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(ay)

    def band_text(self, band: Any, n: int) -> str:
        """A band as the report's sentence gives it: "19 tiêu chí: 51/181 xã, chiếm 28,18%"."""
        span = str(band.lo) if band.lo == band.hi else f"{band.lo}–{band.hi}"
        return fill(self.tr("%1 tiêu chí: %2/%3 xã, chiếm %4"), span, nf.number(band.count),
                    nf.number(n), nf.percent(band.share))

    def _criteria(self, r: Any) -> None:
        chart = self.criteria_chart.chart()
        chart.removeAllSeries()
        for a in chart.axes():
            chart.removeAxis(a)
        chart.setTitle(self.tr("Tỷ lệ xã đạt từng tiêu chí (%)"))
        bar = QBarSet(self.tr("Tỷ lệ xã đạt"))
        bar.setColor(QColor("#1d4ed8"))
        cats = []
        for c in r.criteria:
            bar.append(c.share or 0)
            cats.append(str(c.code))
        series = QBarSeries()
        series.append(bar)
        series.hovered.connect(lambda _on, i, r=r: self.criteria_chart.setToolTip(
            f"{r.criteria[i].code}. {r.criteria[i].name}: {nf.percent(r.criteria[i].share)}"))
        chart.addSeries(series)
        ax = QBarCategoryAxis()
        ax.append(cats)
        ax.setTitleText(self.tr("Tiêu chí"))
        chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(ax)
        ay = QValueAxis()
        ay.setRange(0, 100)
        ay.setLabelFormat("%d")
        chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(ay)

    # ------------------------------------------------------------------ export
    def ask_export(self, kind: str) -> None:
        name = f"bao-cao-tong-hop-{self.year}.{kind}"
        flt = self.tr("Tệp PDF (*.pdf)") if kind == "pdf" else self.tr("Tệp Excel (*.xlsx)")
        choose_paths(self, self.tr("Lưu báo cáo tổng hợp"),
                     lambda p: self.export(p[0], kind) if p else None, mode="save",
                     name_filter=flt, default_name=name)

    def export(self, out: Path, kind: str) -> None:
        out = out if out.suffix.lower() == f".{kind}" else out.with_suffix(f".{kind}")
        opts: dict[str, Any] = {"date": self.as_of()} if kind == "pdf" else {}
        self.ctx.tasks.run(rollup_svc.export_rollup, self.ctx.paths, self.year, out,
                           on_result=self._exported, label=self.tr("Đang ghi báo cáo…"), **opts)

    def _exported(self, info: dict[str, Any]) -> None:
        self.last_output = info
        self.output_label.setText(fill(self.tr("Đã ghi %1."), info["output"]))
