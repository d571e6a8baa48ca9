"""Lịch sử: the change journal (filterable, newest first), what a change did (the row before and
after, as a field list), the session's undo stack, and the journal integrity check."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QUndoView,
    QWidget,
)

from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.i18n import fill, tr_core, tr_message
from ntm_desktop.gui.models.journal_table import (
    JournalTableModel,
    entity_label,
    format_hlc,
    tr_q,
)
from ntm_desktop.gui.pages.base import Page, PageContext
from ntm_desktop.gui.tasks import Task
from ntm_desktop.gui.ui_loader import child
from ntm_desktop.gui.widgets.table_columns import ColumnFitter
from ntm_desktop.services import history as history_svc

NO_DATE = QDate(2000, 1, 1)


class HistoryPage(Page):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        f = self.form
        self.entity_combo = child(f, QComboBox, "entityCombo")
        self.author_combo = child(f, QComboBox, "authorCombo")
        self.from_date = child(f, QDateEdit, "fromDate")
        self.to_date = child(f, QDateEdit, "toDate")
        self.search_edit = child(f, QLineEdit, "searchEdit")
        self.view = child(f, QTableView, "journalView")
        self.count_label = child(f, QLabel, "countLabel")
        self.detail_title = child(f, QLabel, "detailTitle")
        self.detail_tree = child(f, QTreeWidget, "detailTree")
        self.verify_button = child(f, QPushButton, "verifyButton")
        self.verify_label = child(f, QLabel, "verifyLabel")
        self.undo_button = child(f, QPushButton, "undoButton")
        self.redo_button = child(f, QPushButton, "redoButton")
        self.verify_task: Task | None = None
        self.search_task: Task | None = None
        self._search_generation = 0  # a newer search makes an older result stale

        self.model = JournalTableModel(self)
        self.view.setModel(self.model)
        self.columns = ColumnFitter(
            self.view, stretch=JournalTableModel.COL_RECORD,
            key=(JournalTableModel.COL_TIME, JournalTableModel.COL_ENTITY,
                 JournalTableModel.COL_OP), min_stretch=160,
            settings=self.ctx.settings, settings_key="headers/history/columns")
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.detail_tree.header().resizeSection(0, 150)

        for edit in (self.from_date, self.to_date):
            edit.setMinimumDate(NO_DATE)
            edit.setDate(NO_DATE)
            edit.dateChanged.connect(self._apply_filter)
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.entity_combo.currentIndexChanged.connect(self._apply_filter)
        self.author_combo.currentIndexChanged.connect(self._apply_filter)
        child(f, QPushButton, "clearFiltersButton").clicked.connect(self.clear_filters)

        stack = ctx.undo_stack
        self.undo_view = QUndoView(stack, child(f, QWidget, "undoHost"))
        self.undo_view.setObjectName("undoView")
        self.undo_view.setEmptyLabel(self.tr("(Bắt đầu phiên làm việc)"))
        self.undo_view.setAccessibleName(self.tr("Các thao tác có thể hoàn tác"))
        child(f, QWidget, "undoHost").layout().addWidget(self.undo_view)
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.verify_button.clicked.connect(self.verify_chain)

        main = child(f, QSplitter, "mainSplitter")
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        main.setSizes([680, 460])
        side = child(f, QSplitter, "sideSplitter")
        side.setSizes([420, 200])
        self._fill_entities()
        self.refresh([])

    # ------------------------------------------------------------------ data
    def refresh(self, changes: list[Any]) -> None:
        wb = self.workbook
        self._fill_authors()
        self.model.set_database(wb.db if wb is not None else None, wb)
        self.verify_button.setEnabled(wb is not None)
        self._update_count()
        self._show_detail(None)
        if wb is not None and self.model.searches(self.model.filter):
            self._search(self.model.filter)  # the new entries may match too

    def _fill_entities(self) -> None:
        self.entity_combo.blockSignals(True)
        self.entity_combo.clear()
        self.entity_combo.addItem(self.tr("Tất cả"), None)
        for key in sorted(history_svc.ENTITY_LABELS, key=entity_label):
            self.entity_combo.addItem(entity_label(key), key)
        self.entity_combo.blockSignals(False)

    def _fill_authors(self) -> None:
        current = self.author_combo.currentData()
        self.author_combo.blockSignals(True)
        self.author_combo.clear()
        self.author_combo.addItem(self.tr("Tất cả"), None)
        if self.workbook is not None:
            for name in history_svc.journal_authors(self.workbook.db):
                self.author_combo.addItem(name, name)
        index = self.author_combo.findData(current) if current else 0
        self.author_combo.setCurrentIndex(max(index, 0))
        self.author_combo.blockSignals(False)

    def current_filter(self) -> history_svc.JournalFilter:
        def day(edit: QDateEdit) -> dt.date | None:
            d = edit.date()
            return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day())
        return history_svc.JournalFilter(entity=self.entity_combo.currentData(),
                                author=self.author_combo.currentData(),
                                date_from=day(self.from_date), date_to=day(self.to_date),
                                text=self.search_edit.text())

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if self.workbook is not None and self.model.searches(flt):
            self._search(flt)
        else:
            self._search_generation += 1  # a search still under way is no longer wanted
            self.model.set_filter(flt)
            self._update_count()
        self._show_detail(None)

    def _search(self, flt: history_svc.JournalFilter) -> None:
        """Search text (accents and case aside) in the background: a long journal takes longer
        than the window may freeze; the list follows when the matches are found."""
        self._search_generation += 1
        generation = self._search_generation
        self.count_label.setText(self.tr("Đang tìm…"))
        assert self.workbook is not None
        self.search_task = self.ctx.tasks.run(
            history_svc.find_entries, self.workbook.path, flt,
            on_result=lambda seqs: self._found(generation, flt, seqs),
            label=self.tr("Đang tìm trong lịch sử…"), show_progress=False)

    def _found(self, generation: int, flt: history_svc.JournalFilter, seqs: list[int]) -> None:
        if generation != self._search_generation or self.workbook is None:
            return  # typed on, cleared, or the workbook changed meanwhile
        self.model.set_matches(flt, seqs)
        self._update_count()
        self._show_detail(None)

    def clear_filters(self) -> None:
        for w in (self.entity_combo, self.author_combo, self.from_date, self.to_date,
                  self.search_edit):
            w.blockSignals(True)
        self.entity_combo.setCurrentIndex(0)
        self.author_combo.setCurrentIndex(0)
        self.from_date.setDate(NO_DATE)
        self.to_date.setDate(NO_DATE)
        self.search_edit.clear()
        for w in (self.entity_combo, self.author_combo, self.from_date, self.to_date,
                  self.search_edit):
            w.blockSignals(False)
        self._apply_filter()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.workbook is None:
            self.count_label.setText(self.tr("Chưa mở sổ dữ liệu."))
        else:
            self.count_label.setText(fill(self.tr("%1 thay đổi"), self._num(n)))

    @staticmethod
    def _num(n: int) -> str:
        return nf.number(n)

    # ------------------------------------------------------------------ detail
    def _on_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        self._show_detail(self.model.entry(rows[0].row()) if rows else None)

    def _show_detail(self, e: dict[str, Any] | None) -> None:
        self.detail_tree.clear()
        if e is None or self.workbook is None:
            self.detail_title.setText(self.tr(
                "Chọn một dòng để xem dữ liệu trước và sau khi thay đổi."))
            return
        op = tr_q(history_svc.OP_LABELS.get(e["op"], e["op"]))
        before = history_svc.row_before(self.workbook.db, e)
        names = self.model.names
        summary = html.escape(history_svc.record_name(names, e["entity"],
                                                      e.get("row") or before, tr_core))
        self.detail_title.setText(fill(self.tr("<b>%1 %2</b> %3<br>%4 — %5 — mục nhật ký số %6"),
                                       op, entity_label(e["entity"]), summary,
                                       format_hlc(e["hlc"]), e.get("author") or "—",
                                       str(e["seq"])))
        bold = QFont(self.detail_tree.font())
        bold.setBold(True)
        changed_bg = QBrush(QColor(255, 243, 205))
        for key, old, new, changed in history_svc.field_changes(before, e.get("row")):
            label = history_svc.FIELD_LABELS.get(key)
            item = QTreeWidgetItem([
                tr_q(label) if label else key,
                history_svc.value_text(names, e["entity"], key, old, tr_core),
                history_svc.value_text(names, e["entity"], key, new, tr_core)])
            item.setToolTip(0, key)
            for col in (1, 2):
                item.setToolTip(col, item.text(col))
            if changed and e["op"] == "update":
                for col in range(3):
                    item.setFont(col, bold)
                    item.setBackground(col, changed_bg)
            self.detail_tree.addTopLevelItem(item)

    # ------------------------------------------------------------------ integrity
    def verify_chain(self) -> None:
        wb = self.workbook
        if wb is None:
            return
        self.verify_button.setEnabled(False)
        self.verify_label.setStyleSheet("")
        self.verify_label.setText(self.tr("Đang kiểm tra nhật ký…"))
        self.verify_task = self.ctx.tasks.run(
            history_svc.verify_journal, wb.path, label=self.tr("Đang kiểm tra toàn vẹn nhật ký…"),
            on_result=self._on_verified, on_finish=lambda: self.verify_button.setEnabled(True))

    def _on_verified(self, report: Any) -> None:
        if report.ok:
            self.verify_label.setStyleSheet("color: #1b5e20;")
            self.verify_label.setText(fill(self.tr(
                "✓ Nhật ký toàn vẹn: đã kiểm tra %1 mục, không mục nào bị sửa hay bị xóa."), self._num(report.checked)))
            return
        reason = tr_message(report.message) if report.message is not None else ""
        self.verify_label.setStyleSheet("color: #b71c1c;")
        self.verify_label.setText(fill(self.tr(
            "✗ Nhật ký bị hỏng từ mục số %1: %2. Dữ liệu có thể đã bị sửa ngoài chương trình — "
            "hãy báo cán bộ phụ trách và khôi phục từ bản sao lưu."), str(report.first_broken_seq), reason))
