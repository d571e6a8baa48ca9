"""Dự án & nguồn vốn: investment projects with their funding by source, settlement and
outstanding debt; a side panel with the resources mobilised by source (with shares) and the
debt summary. Insert adds, Enter / double-click edits, Delete deletes; everything is undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
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
from ntm_desktop.core.model import FUNDING_SOURCES
from ntm_desktop.core.text import fold
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.dialogs.project_dialog import ProjectDialog
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.models.projects_table import (
    COLUMNS,
    ID_ROLE,
    SORT_ROLE,
    ProjectsTableModel,
    million_text,
)
from ntm_desktop.gui.pages.base import Page, PageContext
from ntm_desktop.gui.ui_loader import child
from ntm_desktop.gui.undo import run_undoable
from ntm_desktop.gui.widgets.empty_hint import EmptyHint
from ntm_desktop.gui.widgets.field_validation import confirm
from ntm_desktop.gui.widgets.record_table import (
    add_shortcut_action,
    select_source_row,
    selected_row_data,
)
from ntm_desktop.gui.widgets.table_columns import ColumnFitter
from ntm_desktop.store import projects as store_projects
from ntm_desktop.store.commune import list_villages
from ntm_desktop.store.infrastructure import list_items

ENTITIES = {"project", "project_funding", "project_item", "infra_item"}


class ProjectsPage(Page):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        f = self.form
        self.table = child(f, QTableView, "tableView")
        self.add_button = child(f, QPushButton, "addButton")
        self.edit_button = child(f, QPushButton, "editButton")
        self.delete_button = child(f, QPushButton, "deleteButton")
        self.search_edit = child(f, QLineEdit, "searchEdit")
        self.count_label = child(f, QLabel, "countLabel")
        self.resources_table = child(f, QTableWidget, "resourcesTable")
        self.resources_total = child(f, QLabel, "resourcesTotal")
        self.debt_label = child(f, QLabel, "debtLabel")
        self.dialog: ProjectDialog | None = None
        self.confirm_box: Any = None

        self.model = ProjectsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)
        splitter = child(f, QSplitter, "splitter")
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([420, 260])

        rt = self.resources_table
        rt.setColumnCount(3)
        rt.setHorizontalHeaderLabels([self.tr("Nguồn"), self.tr("Triệu đồng"), self.tr("Tỷ lệ")])
        rt.verticalHeader().setVisible(False)
        rt.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rt.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        rt.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        add_shortcut_action(self, self, "addAction", [Qt.Key.Key_Insert], self._on_add,
                            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_shortcut_action(self, self.table, "editAction", [Qt.Key.Key_Return, Qt.Key.Key_Enter],
                            self._on_edit)
        add_shortcut_action(self, self.table, "deleteAction", [Qt.Key.Key_Delete], self._on_delete)
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.table.doubleClicked.connect(lambda _i: self._on_edit())
        self.search_edit.textChanged.connect(self._on_search_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    # ------------------------------------------------------------------ data
    def refresh(self, changes: list[Any]) -> None:
        if not changes or any(isinstance(c, dict) and c.get("entity") in ENTITIES
                              for c in changes):
            self.reload()

    def reload(self) -> None:
        wb = self.workbook
        self.add_button.setEnabled(wb is not None)
        if wb is None:
            self.model.set_projects([])
            self.resources_table.setRowCount(0)
            self.resources_total.setText(self.tr("Chưa mở sổ dữ liệu."))
            self.debt_label.clear()
            self._update_buttons()
            return
        selected = self.selected_id()
        self.model.set_projects(store_projects.list_projects(wb))
        self._resize_columns()
        self._on_search_changed(self.search_edit.text())
        self._update_side_panel()
        if selected:
            self.select_id(selected)
        self._update_buttons()

    def _resize_columns(self) -> None:
        """Name (the rest of the width), money, share, state, settlement and outstanding debt
        first; field, dates and items when there is room, or on demand."""
        if not hasattr(self, "columns"):
            key = [COLUMNS.index(k) for k in ("total_investment", "funding_total",
                                              "funding_share", "state", "settlement",
                                              "outstanding_debt")]
            self.columns = ColumnFitter(self.table, stretch=0, key=key, min_stretch=200,
                                        settings=self.ctx.settings,
                                        settings_key="headers/projects/columns")
            self.empty_hint = EmptyHint(self.table, self.tr(
                "Chưa có dự án nào. Bấm “Thêm dự án” để ghi dự án, tổng mức đầu tư và các "
                "nguồn vốn."))
        self.columns.fit()

    def _update_side_panel(self) -> None:
        wb = self.workbook
        res = store_projects.resources_mobilised(wb)
        rt = self.resources_table
        rt.setRowCount(len(FUNDING_SOURCES))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, (code, label) in enumerate(FUNDING_SOURCES.items()):
            cells = (tr_core("model", label), million_text(res["by_source"].get(code, 0)) or "0",
                     nf.percent(res["shares"].get(code)))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(right)
                rt.setItem(row, col, item)
        for r in range(rt.rowCount()):
            rt.setRowHeight(r, rt.fontMetrics().height() + 8)
        height = rt.horizontalHeader().height() + sum(rt.rowHeight(r) for r in range(rt.rowCount()))
        rt.setFixedHeight(height + 2 * rt.frameWidth())
        rt.setMaximumWidth(520)
        lines = [fill(self.tr("<b>Tổng cộng:</b> %1"), nf.trieu_text(res["total"]))]
        for row, (code, label) in enumerate(FUNDING_SOURCES.items()):
            if res["by_source"].get(code):  # the sentence a report would use, as a tooltip
                rt.item(row, 0).setToolTip(fill(self.tr("%1 %2 (%3)"),
                                                tr_core("model", label),
                                                nf.trieu_text(res["by_source"][code]),
                                                nf.percent(res["shares"][code])))
        self.resources_total.setText("<br>".join(lines))
        debt = store_projects.debt_summary(wb)
        if not debt["projects"]:
            self.debt_label.setText(self.tr("Không có dự án nào còn nợ đọng."))
        else:
            parts = [fill(self.tr("<span style='color:#8c1d18'><b>Tổng nợ đọng: %1</b></span> "
                             "(%2 dự án)"), nf.trieu_text(debt["total"]), str(len(debt["projects"])))]
            parts += [f"• {p['name']}: {nf.trieu_text(p['debt'])}" for p in debt["projects"]]
            self.debt_label.setText("<br>".join(parts))

    def _on_search_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(fold(text))
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(fill(self.tr("%1 dự án"), str(total)) if shown == total
                                 else fill(self.tr("Đang hiện %1 / %2 dự án"),
                                           str(shown), str(total)))

    # ------------------------------------------------------------------ selection
    def selected_id(self) -> str | None:
        return selected_row_data(self.table, ID_ROLE)

    def select_id(self, project_id: str) -> bool:
        return select_source_row(self.table, self.proxy, self.model.row_of(project_id))

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # ------------------------------------------------------------------ actions
    def _open_dialog(self, project: dict[str, Any] | None) -> None:
        wb = self.workbook
        if wb is None:
            return
        villages = {v["id"]: v["name"] for v in list_villages(wb)}
        self.dialog = ProjectDialog(self.ctx, project=project, infra_items=list_items(wb),
                                    villages=villages, parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    def _on_dialog_accepted(self) -> None:
        saved = self.dialog.saved if self.dialog is not None else None
        if saved is None:
            return
        self.reload()
        if not self.select_id(saved["id"]):
            self.search_edit.clear()
            self.select_id(saved["id"])
        self.table.setFocus()
        self.ctx.hub.status_message.emit(fill(self.tr("Đã lưu dự án “%1”."), saved["name"]), 4000)

    def _on_add(self) -> None:
        self._open_dialog(None)

    def _on_edit(self) -> None:
        project_id = self.selected_id()
        if project_id:
            row = self.model.row_of(project_id)
            self._open_dialog(self.model.project(row))

    def _on_delete(self) -> None:
        project_id = self.selected_id()
        if not project_id:
            return
        project = self.model.project(self.model.row_of(project_id))
        self.confirm_box = confirm(
            self, self.tr("Xóa dự án"),
            fill(self.tr("Xóa dự án “%1”?"), project["name"]),
            self.tr("&Xóa dự án"), self.tr("&Không xóa"), lambda: self._delete(project),
            informative=self.tr("Nguồn vốn và liên kết công trình của dự án cũng bị xóa. "
                                "Có thể hoàn tác bằng Ctrl+Z."))

    def _delete(self, project: dict[str, Any]) -> None:
        wb = self.workbook
        try:
            run_undoable(self.ctx, fill(self.tr("Xóa dự án “%1”"), project["name"]),
                         lambda: store_projects.remove_project(wb, project["id"]))
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self.reload()
        self.table.setFocus()
        self.ctx.hub.status_message.emit(fill(self.tr("Đã xóa dự án “%1”. Nhấn Ctrl+Z để hoàn tác."), project["name"]), 6000)
