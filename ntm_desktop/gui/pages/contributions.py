"""Đóng góp: the community contributions ledger.

A paged ledger (100,000 rows scroll smoothly: only pages near the visible rows are read),
filters by kind, village, project and free text (debounced, accent-insensitive), SQL sorting,
the keyboard-only quick entry, totals by kind / village / project for the current filter, and an
Excel export in the background. Every change is one undoable step.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.model import CONTRIBUTION_KINDS
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.models.contributions_table import COLUMNS, LedgerModel
from ntm_desktop.gui.pages.base import Page, PageContext
from ntm_desktop.gui.ui_loader import child
from ntm_desktop.gui.undo import run_undoable
from ntm_desktop.gui.widgets.empty_hint import EmptyHint
from ntm_desktop.gui.widgets.field_validation import confirm
from ntm_desktop.gui.widgets.quick_entry import QuickEntry
from ntm_desktop.gui.widgets.record_table import add_shortcut_action
from ntm_desktop.gui.widgets.table_columns import ColumnFitter
from ntm_desktop.store.commune import list_villages
from ntm_desktop.store.contributions import remove_contribution
from ntm_desktop.store.ledger_queries import LedgerFilter, export_ledger_xlsx, ledger_totals
from ntm_desktop.store.projects import list_projects

SEARCH_DELAY_MS = 250
COLUMN_WIDTHS = (84, 190, 112, 84, 80, 52, 96, 120, 220, 110)


class ContributionsPage(Page):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        f = self.form
        self.table = child(f, QTableView, "tableView")
        self.kind_filter = child(f, QComboBox, "kindFilter")
        self.village_filter = child(f, QComboBox, "villageFilter")
        self.project_filter = child(f, QComboBox, "projectFilter")
        self.search_edit = child(f, QLineEdit, "searchEdit")
        self.count_label = child(f, QLabel, "countLabel")
        self.edit_button = child(f, QPushButton, "editButton")
        self.delete_button = child(f, QPushButton, "deleteButton")
        self.export_button = child(f, QPushButton, "exportButton")
        self.kind_totals = child(f, QTableWidget, "kindTotals")
        self.village_totals = child(f, QTableWidget, "villageTotals")
        self.project_totals = child(f, QTableWidget, "projectTotals")
        self.confirm_box: Any = None
        self.export_task: Any = None
        self.last_export: dict[str, Any] | None = None

        self.quick = QuickEntry(ctx, self)
        child(f, QGroupBox, "quickBox").layout().addWidget(self.quick)
        self.quick.did_commit.connect(self._on_quick_committed)

        self.model = LedgerModel(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        # date, contributor (the rest of the width), kind, quantity, unit and value first;
        # village, rate, project and receipt when there is room, or on demand
        self.columns = ColumnFitter(self.table, stretch=1, key=(0, 3, 4, 5, 7),
                                    min_stretch=170, settings=self.ctx.settings,
                                    settings_key="headers/contributions/columns")
        self.empty_hint = EmptyHint(self.table, self.tr(
            "Chưa có khoản đóng góp nào. Gõ vào dòng “Nhập nhanh” phía trên; Enter ở ô cuối "
            "để ghi khoản."))
        splitter = child(f, QSplitter, "splitter")
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([820, 330])
        for table, first in ((self.kind_totals, self.tr("Hình thức")),
                             (self.village_totals, self.tr("Thôn")),
                             (self.project_totals, self.tr("Dự án"))):
            self._setup_totals_table(table, first)

        self.kind_filter.addItem(self.tr("Mọi hình thức"), None)
        for code, label in CONTRIBUTION_KINDS.items():
            self.kind_filter.addItem(tr_core("model", label), code)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.kind_filter, self.village_filter, self.project_filter):
            combo.currentIndexChanged.connect(self.apply_filter)

        add_shortcut_action(self, self.table, "editAction", [Qt.Key.Key_Return, Qt.Key.Key_Enter],
                            self._on_edit)
        add_shortcut_action(self, self.table, "deleteAction", [Qt.Key.Key_Delete], self._on_delete)
        self.table.doubleClicked.connect(lambda _i: self._on_edit())
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def _setup_totals_table(self, table: QTableWidget, first: str) -> None:
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([first, self.tr("Số khoản"), self.tr("Giá trị (đồng)")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setWordWrap(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        h = table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    # ------------------------------------------------------------------ data
    def refresh(self, changes: list[Any]) -> None:
        entities = {c.get("entity") for c in changes if isinstance(c, dict)}
        if not changes or entities & {"village", "project"}:
            self.reload()
        elif "contribution" in entities:
            self._reload_ledger()

    def reload(self) -> None:
        """Refill the filters and choices, then the ledger and totals."""
        wb = self.workbook
        for w in (self.quick, self.export_button, self.search_edit):
            w.setEnabled(wb is not None)
        if wb is None:
            self.model.set_connection(None)
            self._fill_totals({"by_kind": {}, "by_village": [], "by_project": [], "count": 0,
                               "total_value_vnd": 0})
            return
        villages, projects = list_villages(wb), list_projects(wb)
        for combo, rows, everything in ((self.village_filter, villages, self.tr("Mọi thôn")),
                                        (self.project_filter, projects, self.tr("Mọi dự án"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for r in rows:
                combo.addItem(r["name"], r["id"])
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        contributors = [r[0] for r in wb.conn.execute(
            "SELECT contributor FROM contribution GROUP BY contributor "
            "ORDER BY max(rowid) DESC LIMIT 3000")]
        self.quick.set_choices(villages, projects, contributors)
        self.model.conn = wb.conn
        self.apply_filter()

    def current_filter(self) -> LedgerFilter:
        return LedgerFilter(kind=self.kind_filter.currentData(),
                            village_id=self.village_filter.currentData(),
                            project_id=self.project_filter.currentData(),
                            search=self.search_edit.text().strip() or None)

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if self.workbook is None:
            return
        self.model.set_filter(self.current_filter())
        self._update_totals()

    def _reload_ledger(self) -> None:
        if self.workbook is not None:
            self.model.reload()
            self._update_totals()

    def _update_totals(self) -> None:
        self._fill_totals(ledger_totals(self.workbook.conn, self.model.filter))
        n = self.model.rowCount()
        self.count_label.setText(fill(self.tr("%1 khoản"), nf.number(n)))

    def _fill_totals(self, t: dict[str, Any]) -> None:
        kind_rows = []
        for code, label in CONTRIBUTION_KINDS.items():
            k = t["by_kind"].get(code)
            if not k:
                continue
            name = tr_core("model", label)
            if code != "tien_mat":
                name += f": {nf.number(k['quantity'], 2, trim=True)} {k['unit']}".rstrip()
            kind_rows.append((name, k["count"], k["value_vnd"]))
        self._set_rows(self.kind_totals, kind_rows, (self.tr("Tổng cộng"),
                                                     t["count"], t["total_value_vnd"]))
        self._set_rows(self.village_totals, [
            (r["name"] or self.tr("(không ghi thôn)"), r["count"], r["value_vnd"])
            for r in t["by_village"]])
        self._set_rows(self.project_totals, [
            (r["name"] or self.tr("(không gắn dự án)"), r["count"], r["value_vnd"])
            for r in t["by_project"]])

    def _set_rows(self, table: QTableWidget, rows: list[tuple[str, int, int]],
                  total: tuple[str, int, int] | None = None) -> None:
        all_rows = rows + ([total] if total else [])
        table.setRowCount(len(all_rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        bold = QFont(table.font())
        bold.setBold(True)
        for r, (name, count, value) in enumerate(all_rows):
            cells = [QTableWidgetItem(name), QTableWidgetItem(nf.number(count)),
                     QTableWidgetItem(nf.dong(value))]  # the ledger's sums, to the đồng
            cells[0].setToolTip(name)
            for c, item in enumerate(cells):
                if c:
                    item.setTextAlignment(right)
                if total is not None and r == len(all_rows) - 1:
                    item.setFont(bold)
                table.setItem(r, c, item)

    # ------------------------------------------------------------------ selection and edits
    def selected_record(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            return None
        return self.model.record(index.row())

    def _update_buttons(self) -> None:
        has = self.selected_record() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_quick_committed(self, row: dict[str, Any]) -> None:
        """The ledger reloads and the new (or edited) row is selected and scrolled into view."""
        self._reload_ledger()
        self.select_id(str(row.get("id") or ""))

    def select_id(self, record_id: str) -> bool:
        at = self.model.row_of(record_id) if record_id else -1
        if at < 0:
            return False
        index = self.model.index(at, 1)
        self.table.selectRow(at)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _on_edit(self) -> None:
        rec = self.selected_record()
        if rec is not None:
            self.quick.load(rec)

    def _on_delete(self) -> None:
        rec = self.selected_record()
        if rec is None:
            return
        self.confirm_box = confirm(
            self, self.tr("Xóa khoản đóng góp"),
            fill(self.tr("Xóa khoản đóng góp của %1 ngày %2?"),
                 rec["contributor"], self.model.index(
                    self.table.currentIndex().row(), 0).data() or ""),
            self.tr("&Xóa khoản này"), self.tr("&Không xóa"), lambda: self._delete(rec),
            informative=self.tr("Có thể hoàn tác bằng Ctrl+Z."))

    def _delete(self, rec: dict[str, Any]) -> None:
        wb = self.workbook
        try:
            run_undoable(self.ctx, fill(self.tr("Xóa khoản đóng góp của %1"),
                                        rec["contributor"]), lambda: remove_contribution(wb,
                                        rec["id"]))
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self._reload_ledger()
        self.table.setFocus()

    # ------------------------------------------------------------------ export
    def _on_export_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        default = Path(folder) / f"so-dong-gop-{dt.date.today().isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất sổ đóng góp ra Excel"),
                                              str(default), self.tr("Tệp Excel (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Any:
        """Export the filtered ledger and its totals to ``path`` in the background."""
        wb = self.workbook
        commune = wb.commune() or {}
        sort_col = self.table.horizontalHeader().sortIndicatorSection()
        heading = f"Sổ đóng góp — {commune.get('name') or ''}".rstrip(" —")
        self.export_button.setEnabled(False)
        self.export_task = self.ctx.tasks.run(
            export_ledger_xlsx, wb.path, self.model.filter, path,
            sort=COLUMNS[sort_col][1] or "date" if 0 <= sort_col < len(COLUMNS) else "date",
            descending=self.model.descending, heading=heading,
            label=self.tr("Đang xuất sổ đóng góp ra Excel…"), on_result=self._on_exported,
            on_finish=lambda: self.export_button.setEnabled(self.workbook is not None))
        return self.export_task

    def _on_exported(self, result: dict[str, Any]) -> None:
        self.last_export = result
        self.ctx.hub.status_message.emit(
            fill(self.tr("Đã xuất %1 khoản ra %2."),
                 nf.number(result["rows"]), str(result["path"])), 8000)
