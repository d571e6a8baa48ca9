"""Tổng quan: criteria met n/N, a chart of the criteria by status, what is left to do (by target
date), the recognition conditions, warnings, and the last package sent / feedback received.

Clicking a criterion, a to-do or a warning opens that indicator on the Criteria page. Without a
workbook the page offers the setup wizard and the demo commune.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTreeWidgetItem, QWidget

from ntm_desktop.core.errors import NtmError
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.i18n import fill, is_vietnamese
from ntm_desktop.gui.nav import level_icon
from ntm_desktop.gui.pages import navigate
from ntm_desktop.gui.pages.base import Page, PageContext
from ntm_desktop.gui.status import status_colors, status_label
from ntm_desktop.gui.widgets.criteria_chart import CriteriaChart

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


def short_date(value: str | None) -> str:
    if not value:
        return "—"
    try:
        d = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return d.strftime("%d/%m/%Y") if is_vietnamese() else d.strftime("%Y-%m-%d")


def approval_html(wb: Workbook | None) -> str:
    """The appraiser's decision on each year and the notices of the last feedback (escaped)."""
    from ntm_desktop.gui.i18n import tr_core
    from ntm_desktop.services.approval_state import commune_approval
    doc = commune_approval(wb) if wb is not None else None
    if not doc:
        return ""
    from ntm_desktop.services.communes import STATE_LABELS  # saves start-up time
    out = []
    for y in doc.get("years", []):
        line = fill(QCoreApplication.translate("OverviewPage", "Hồ sơ năm %1: %2"), y["year"],
                    "<b>" + html.escape(tr_core("hub", STATE_LABELS.get(y["state"], y["state"])))
                    + "</b>")
        if y.get("comment"):
            line += " — " + html.escape(y["comment"]).replace("\n", "<br>")
        out.append(line)
    for n in doc.get("notices", []):
        out.append("⚠ " + html.escape(n["message"]))
    return "<br>" + "<br>".join(out) if out else ""


class OverviewPage(Page):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        f = self.form
        font = f.bigFigureLabel.font()
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        f.bigFigureLabel.setFont(font)
        font = f.headlineLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        f.headlineLabel.setFont(font)
        self.chart = CriteriaChart(f.chartGroup)
        f.chartLayout.addWidget(self.chart)
        f.splitter.setStretchFactor(0, 5)
        f.splitter.setStretchFactor(1, 4)
        f.splitter.setSizes([560, 540])
        f.headerRow.setStretch(1, 1)
        header = f.todoList.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        f.rightLayout.setStretch(0, 3)
        f.rightLayout.setStretch(1, 2)
        self.evaluation: Any = None
        self.chart.criterion_clicked.connect(self._on_chart_criterion_clicked)
        f.todoList.itemClicked.connect(lambda item, _col: self._open(item.data(0, CODE_ROLE)))
        f.todoList.itemActivated.connect(lambda item, _col: self._open(item.data(0, CODE_ROLE)))
        f.warningsList.itemClicked.connect(self._on_warning_clicked)
        f.warningsList.itemActivated.connect(self._on_warning_clicked)
        f.setupButton.clicked.connect(self._on_setup_clicked)
        f.demoButton.clicked.connect(self._on_demo_clicked)
        f.conditionsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        f.conditionsLabel.linkActivated.connect(self.open_survey)
        self.refresh([])
        self._just_built = True  # the first activate() follows at once: evaluate once, not twice

    # ------------------------------------------------------------------ data
    def refresh(self, changes: list[Any]) -> None:
        self._reload()

    def activate(self) -> None:
        if self._just_built:
            self._just_built = False
            return
        self._reload()

    def _reload(self) -> None:
        f = self.form
        wb = self.workbook
        self.evaluation = None
        if wb is not None and wb.commune() is not None:
            from ntm_desktop.store import evaluation_service as es
            try:
                self.evaluation = es.evaluate(wb, es.default_year(wb))
                conditions = es.recognition_conditions(wb, self.evaluation)
            except NtmError as exc:
                self.ctx.errors.present(exc)
                self.evaluation = None
        has = self.evaluation is not None
        f.emptyFrame.setVisible(not has)
        f.splitter.setVisible(has)
        if not has:
            self._show_empty()
            return
        ev = self.evaluation
        commune = wb.commune() or {}
        f.bigFigureLabel.setText(f"{ev.met_count}/{ev.total}")
        f.headlineLabel.setText(fill(self.tr("tiêu chí đạt chuẩn — năm %1"), ev.year))
        title = ev.catalog.title if ev.catalog else commune.get("criteria_set", "")
        parts = [", ".join(p for p in (commune.get("name"), commune.get("province_name")) if p),
                 title]
        if ev.band:
            parts.append(fill(self.tr("Xếp loại: %1"), ev.band))
        f.subtitleLabel.setText(" · ".join(p for p in parts if p))
        self.chart.set_criteria(list(ev.criteria))
        self._fill_todo(ev)
        self._fill_warnings(ev, conditions)
        self._fill_conditions(conditions)
        self._fill_sync()

    def _show_empty(self) -> None:
        f = self.form
        f.bigFigureLabel.setText("—")
        f.headlineLabel.setText(self.tr("Chưa có số liệu"))
        f.subtitleLabel.clear()
        hub = self.ctx.paths.hub
        appraiser = hub.exists() and self.workbook is None
        f.setupButton.setVisible(not self.ctx.paths.workbook.exists())
        if appraiser:
            f.emptyLabel.setText(fill(self.tr(
                "<h3>Không gian thẩm định</h3><p>Thư mục dữ liệu này chứa không gian thẩm định "
                "(%1). Khởi động lại chương trình để mở cửa sổ thẩm định. Bạn vẫn có thể mở xã "
                "mẫu để xem giao diện của xã.</p>"), html.escape(str(hub))))
            f.setupButton.setVisible(False)

    def _fill_todo(self, ev: Any) -> None:
        tree = self.form.todoList
        tree.clear()
        today = dt.date.today().isoformat()
        late, late_tip = QColor("#B3261E"), self.tr("Đã quá thời hạn")
        items = []
        for r in ev.todo:
            item = QTreeWidgetItem([f"{r.code}  {r.text}", short_date(r.target_date),
                                    r.responsible or "—"])
            item.setData(0, CODE_ROLE, r.code)
            item.setToolTip(0, f"{r.code} — {r.text}\n{status_label(r.status)}")
            fg, _bg = status_colors(r.status)
            item.setForeground(0, QColor(fg))  # a QBrush of it; QBrush(…) would build QGradient
            if r.target_date and r.target_date < today:
                item.setForeground(1, late)
                item.setToolTip(1, late_tip)
            items.append(item)
        tree.addTopLevelItems(items)  # one insertion for the view
        self.form.todoGroup.setTitle(fill(self.tr("Việc cần làm (%1 chỉ tiêu, theo thời hạn)"),
                                          len(ev.todo)))
        if not ev.todo:
            item = QTreeWidgetItem([self.tr("Không còn chỉ tiêu nào chưa đạt."), "", ""])
            tree.addTopLevelItem(item)

    def _warning(self, text: str, code: str | None, level: str, tip: str = "") -> None:
        item = QListWidgetItem(level_icon(level), text)
        item.setData(CODE_ROLE, code)
        item.setData(KIND_ROLE, level)
        if tip:
            item.setToolTip(tip)
        self.form.warningsList.addItem(item)

    def _fill_warnings(self, ev: Any, conditions: dict[str, Any]) -> None:
        from ntm_desktop.services.workspace import declared_without_evidence

        self.form.warningsList.clear()
        for r in ev.mismatches:
            self._warning(fill(self.tr("Chỉ tiêu %1: tự đánh giá “%2” nhưng số liệu cho kết quả "
                                       "“%3”."), r.code, status_label(r.declared_status),
                               status_label(r.computed_status)), r.code, "error", r.text)
        revocation = conditions.get("revocation") or {}
        if revocation.get("level") in ("warning", "revocation"):
            text = (self.tr("Nguy cơ bị thu hồi quyết định công nhận đạt chuẩn.")
                    if revocation["level"] == "revocation" else
                    self.tr("Xã đã được công nhận phải duy trì đủ các tiêu chí: có tiêu chí chưa "
                            "đạt hoặc chưa xác định."))
            codes = (revocation.get("not_met") or []) + (revocation.get("unknown") or [])
            self._warning(text, None, "error" if revocation["level"] == "revocation"
                          else "warning", "\n".join(revocation.get("reasons") or []))
            self.form.warningsList.item(self.form.warningsList.count() - 1).setData(
                KIND_ROLE, "criterion:" + (codes[0] if codes else ""))
        no_evidence = declared_without_evidence(ev)
        if no_evidence:
            self._warning(fill(self.tr("%1 chỉ tiêu tự đánh giá “Đạt” chưa có minh chứng (ảnh, tài "
                                       "liệu)."), len(no_evidence)),
                          no_evidence[0].code, "warning",
                          ", ".join(r.code for r in no_evidence))
        if ev.missing:
            self._warning(fill(self.tr("%1 chỉ tiêu chưa có số liệu."), len(ev.missing)),
                          ev.missing[0].code, "warning", ", ".join(r.code for r in ev.missing))
        if ev.unverified:
            self._warning(fill(self.tr("%1 chỉ tiêu có mức đạt chuẩn chưa được kiểm chứng: phải đối "
                                       "chiếu với quyết định của tỉnh."), len(ev.unverified)),
                          ev.unverified[0].code, "info",
                          ", ".join(r.code for r in ev.unverified))
        if self.form.warningsList.count() == 0:
            self._warning(self.tr("Không có cảnh báo."), None, "info")

    def _fill_conditions(self, c: dict[str, Any]) -> None:
        ok, bad = "<span style='color:#176B35'>✔</span>", "<span style='color:#A52A1E'>✘</span>"
        lines = []
        debt = c.get("outstanding_debt") or {}
        if debt.get("ok"):
            lines.append(f"{ok} " + self.tr("Không còn nợ đọng xây dựng cơ bản"))
        else:
            lines.append(f"{bad} " + fill(self.tr("Còn nợ đọng xây dựng cơ bản: %1"),
                                          nf.money(debt.get("total"))))
        survey = (c.get("satisfaction") or {}).get("survey")
        if survey:
            lines.append("• " + fill(self.tr("Người dân hài lòng: %1 (khảo sát %2); mức tối "
                                             "thiểu theo quy định của tỉnh"),
                                     nf.percent(survey.get("share")),
                                     short_date(survey.get("date"))))
        else:
            lines.append(f"{bad} " + self.tr("Chưa có kết quả khảo sát sự hài lòng của người dân"))
        met = c.get("all_criteria_met")
        lines.append(f"{ok if met else bad} " + (self.tr("Đạt đủ các tiêu chí") if met else
                                                 self.tr("Chưa đạt đủ các tiêu chí")))
        lines.append("<a href='survey'>" + self.tr("Nhập kết quả khảo sát sự hài lòng…")
                     + "</a>")
        self.form.conditionsLabel.setText("<br>".join(lines))

    def _fill_sync(self) -> None:
        from ntm_desktop.services.workspace import sync_summary

        facts = sync_summary(self.workbook)
        none = self.tr("chưa có")
        export = facts["export"]
        feedback = facts["feedback"]
        sent = none
        if export:
            sent = fill(self.tr("gói số %1"), export["seq"])
            if export.get("at"):
                sent += f" ({short_date(export['at'])})"
        received = none
        if feedback:
            received = fill(self.tr("%1 ý kiến, nhận ngày %2"), feedback["count"],
                            short_date(feedback["received_at"]))
        self.form.syncLabel.setText(
            fill(self.tr("Gửi lần cuối: %1"), sent) + "<br>"
            + fill(self.tr("Phản hồi thẩm định: %1"), received)
            + approval_html(self.workbook))

    # ------------------------------------------------------------------ navigation
    def _open(self, code: str | None) -> None:
        if not code:
            return
        page = navigate(self, "criteria")
        if page is not None and hasattr(page, "select_indicator"):
            page.select_indicator(code)

    def _on_chart_criterion_clicked(self, code: str) -> None:
        page = navigate(self, "criteria")
        if page is not None and hasattr(page, "select_criterion"):
            page.select_criterion(code)

    def _on_warning_clicked(self, item: QListWidgetItem) -> None:
        kind = str(item.data(KIND_ROLE) or "")
        if kind.startswith("criterion:") and kind != "criterion:":
            self._on_chart_criterion_clicked(kind.split(":", 1)[1])
        else:
            self._open(item.data(CODE_ROLE))

    def open_survey(self, *_: Any) -> Any:
        from ntm_desktop.gui.dialogs.survey_dialog import open_survey_dialog
        self.survey_dialog = open_survey_dialog(self.ctx, self.window())
        return self.survey_dialog

    def _on_setup_clicked(self) -> None:
        from ntm_desktop.gui.wizard import run_setup
        run_setup(self.window())

    def _on_demo_clicked(self) -> None:
        from ntm_desktop.gui.wizard import open_demo
        open_demo(self.window())

