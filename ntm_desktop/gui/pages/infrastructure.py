"""Hạ tầng: the infrastructure registry, one kind at a time with that kind's typed columns.

Filters by village, condition and accent-insensitive text; totals in the footer (road km by
level and surface with the hardened share, canal length and solidified share, counts). Insert
adds, Enter / double-click edits, Delete deletes (after a question); every change is undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.model import CONDITIONS, INFRA_KINDS, ROAD_LEVELS, ROAD_SURFACES
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.dialogs.infra_item_dialog import InfraItemDialog
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.models.infra_table import ID_ROLE, InfraFilterProxy, InfraTableModel
from ntm_desktop.gui.pages.base import Page, PageContext
from ntm_desktop.gui.ui_loader import child
from ntm_desktop.gui.undo import run_undoable
from ntm_desktop.gui.widgets.empty_hint import EmptyHint
from ntm_desktop.gui.widgets.field_validation import confirm
from ntm_desktop.gui.widgets.record_table import (
    add_shortcut_action,
    select_row,
    select_source_row,
    selected_row_data,
)
from ntm_desktop.gui.widgets.table_columns import ColumnFitter
from ntm_desktop.store import infrastructure as infra
from ntm_desktop.store.commune import list_villages
from ntm_desktop.store.ledger_queries import canal_totals

ENTITIES = {"infra_item", "village", "attachment_link"}
ALL_KINDS = ""


class InfrastructurePage(Page):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        f = self.form
        self.kind_combo = child(f, QComboBox, "kindCombo")
        self.village_combo = child(f, QComboBox, "villageCombo")
        self.condition_combo = child(f, QComboBox, "conditionCombo")
        self.search_edit = child(f, QLineEdit, "searchEdit")
        self.table = child(f, QTableView, "tableView")
        self.add_button = child(f, QPushButton, "addButton")
        self.edit_button = child(f, QPushButton, "editButton")
        self.delete_button = child(f, QPushButton, "deleteButton")
        self.count_label = child(f, QLabel, "countLabel")
        self.totals_label = child(f, QLabel, "totalsLabel")
        self.dialog: InfraItemDialog | None = None
        self.confirm_box: Any = None
        self.villages: list[dict[str, Any]] = []

        self.model = InfraTableModel(self)
        self.proxy = InfraFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.columns = ColumnFitter(self.table, stretch=0, min_stretch=190,
                                    settings=self.ctx.settings,
                                    settings_key="headers/infrastructure/columns")
        self.empty_hint = EmptyHint(self.table, self.tr(
            "Chưa có công trình nào. Bấm “Thêm công trình” (phím Insert) để ghi con đường, "
            "trường, trạm… đầu tiên."))

        for code, spec in INFRA_KINDS.items():
            self.kind_combo.addItem(tr_core("model", spec.label), code)
        self.kind_combo.addItem(self.tr("Tất cả các loại"), ALL_KINDS)
        self.condition_combo.addItem(self.tr("Tất cả"), None)
        for code, label in CONDITIONS.items():
            self.condition_combo.addItem(tr_core("model", label), code)
        kind = str(self.ctx.settings.value("infrastructure/kind", "road") or "road")
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

        add_shortcut_action(self, self, "addAction", [Qt.Key.Key_Insert], self._on_add,
                            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_shortcut_action(self, self.table, "editAction", [Qt.Key.Key_Return, Qt.Key.Key_Enter],
                            self._on_edit)
        add_shortcut_action(self, self.table, "deleteAction", [Qt.Key.Key_Delete], self._on_delete)
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.table.doubleClicked.connect(lambda _i: self._on_edit())
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.village_combo.currentIndexChanged.connect(self._apply_filters)
        self.condition_combo.currentIndexChanged.connect(self._apply_filters)
        self.search_edit.textChanged.connect(self._apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    # ------------------------------------------------------------------ data
    @property
    def kind(self) -> str | None:
        return self.kind_combo.currentData() or None

    def refresh(self, changes: list[Any]) -> None:
        if not changes or any(isinstance(c, dict) and c.get("entity") in ENTITIES
                              for c in changes):
            self.reload()

    def reload(self) -> None:
        wb = self.workbook
        enabled = wb is not None
        for w in (self.add_button, self.kind_combo, self.search_edit):
            w.setEnabled(enabled)
        if wb is None:
            self.model.set_data(self.kind, [], {}, {})
            self.totals_label.setText(self.tr("Chưa mở sổ dữ liệu."))
            self._update_buttons()
            return
        selected = self.selected_id()
        self.villages = list_villages(wb)
        self._fill_village_combo()
        counts = infra.counts_by_kind(wb)
        for i in range(self.kind_combo.count()):
            code = self.kind_combo.itemData(i)
            label = (tr_core("model", INFRA_KINDS[code].label) if code else
                     self.tr("Tất cả các loại"))
            n = counts.get(code, 0) if code else sum(counts.values())
            self.kind_combo.setItemText(i, f"{label} ({n})")
        photos = {r[0]: r[1] for r in wb.conn.execute(
            "SELECT entity_id, count(*) FROM attachment_link WHERE entity = 'infra_item' "
            "GROUP BY entity_id")}
        self.model.set_data(self.kind, infra.list_items(wb, kind=self.kind),
                            {v["id"]: v["name"] for v in self.villages}, photos)
        self._resize_columns()
        self._apply_filters()
        self._update_totals()
        if selected:
            self.select_id(selected)
        self._update_buttons()

    def _fill_village_combo(self) -> None:
        current = self.village_combo.currentData()
        self.village_combo.blockSignals(True)
        self.village_combo.clear()
        self.village_combo.addItem(self.tr("Tất cả các thôn"), None)
        for v in self.villages:
            self.village_combo.addItem(v["name"], v["id"])
        self.village_combo.setCurrentIndex(max(0, self.village_combo.findData(current)))
        self.village_combo.blockSignals(False)

    def _resize_columns(self) -> None:
        """Every column but the note is a key column; the name takes the room left (elided,
        tooltip), headers wrap; the note shows when there is room or on demand."""
        self.columns.key = {c for c, col in enumerate(self.model.columns) if col.key != "note"}
        self.columns.fit()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(village_id=self.village_combo.currentData(),
                               condition=self.condition_combo.currentData(),
                               search=self.search_edit.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(fill(self.tr("%1 công trình"), nf.number(total))
                                 if shown == total else
                                 fill(self.tr("Đang hiện %1 / %2 công trình"),
                                      nf.number(shown), nf.number(total)))
        self._update_buttons()

    def _on_kind_changed(self) -> None:
        self.ctx.settings.setValue("infrastructure/kind", self.kind_combo.currentData() or "")
        self.reload()

    # ------------------------------------------------------------------ footer
    def _update_totals(self) -> None:
        wb = self.workbook
        kind = self.kind
        if kind == "road":
            t = infra.road_totals(wb)
            parts = [fill(self.tr("<b>Đường giao thông:</b> tổng %1 km, đã cứng hóa %2 km (%3)."),
                          nf.km(t["total_km"]), nf.km(t["hardened_km"]),
                          nf.percent(t["hardened_share"]))]
            levels = []
            for code, label in ROAD_LEVELS.items():
                lvl = t["by_level"].get(code)
                if lvl:
                    levels.append(fill(self.tr("%1 %2 km, cứng hóa %3"),
                                       tr_core("model", label), nf.km(lvl["total_km"]),
                                       nf.percent(lvl["hardened_share"])))
            if levels:
                parts.append(self.tr("<b>Theo cấp:</b> ") + " · ".join(levels))
            surfaces = []
            for code, km in t["by_surface"].items():
                if km:
                    label = (tr_core("model", ROAD_SURFACES[code]) if code in ROAD_SURFACES
                             else self.tr("Khác"))
                    surfaces.append(f"{label} {nf.km(km)} km")
            if surfaces:
                parts.append(self.tr("<b>Theo kết cấu mặt đường:</b> ") + " · ".join(surfaces))
            text = "<br>".join(parts)
        elif kind == "canal":
            t = canal_totals(wb.conn)
            text = fill(self.tr("<b>Kênh mương:</b> tổng %1 km, đã kiên cố hóa %2 km (%3)."),
                        nf.km(t["total_km"]), nf.km(t["solidified_km"]),
                        nf.percent(t["solidified_share"]))
        else:
            counts = infra.counts_by_kind(wb)
            if kind:
                text = fill(self.tr("<b>%1:</b> %2 công trình."),
                            tr_core("model", INFRA_KINDS[kind].label),
                            nf.number(counts.get(kind, 0)))
            else:
                text = " · ".join(f"{tr_core('model', INFRA_KINDS[k].label)} {n}"
                                  for k, n in counts.items() if n)
        self.totals_label.setText(text)

    # ------------------------------------------------------------------ selection
    def selected_id(self) -> str | None:
        return selected_row_data(self.table, ID_ROLE)

    def select_id(self, item_id: str) -> bool:
        return select_source_row(self.table, self.proxy, self.model.row_of(item_id))

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # ------------------------------------------------------------------ actions
    def _open_dialog(self, item: dict[str, Any] | None) -> None:
        if self.workbook is None:
            return
        kind = (item or {}).get("kind") or self.kind or "road"
        self.dialog = InfraItemDialog(self.ctx, kind=kind, item=item, villages=self.villages,
                                      parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    def _on_dialog_accepted(self) -> None:
        dlg = self.dialog
        if dlg is None or dlg.saved is None:
            return
        saved = dlg.saved
        if self.kind and saved["kind"] != self.kind:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(saved["kind"]))
        self.reload()
        if not self.select_id(saved["id"]):
            self.search_edit.clear()
            self.village_combo.setCurrentIndex(0)
            self.condition_combo.setCurrentIndex(0)
            self.select_id(saved["id"])
        self.table.setFocus()
        self.ctx.hub.status_message.emit(fill(self.tr("Đã lưu “%1”."), saved["name"]),
                                         4000)

    def _on_add(self) -> None:
        self._open_dialog(None)

    def _on_edit(self) -> None:
        item_id = self.selected_id()
        if item_id and self.workbook is not None:
            item = self.workbook.get("infra_item", item_id)
            if item:
                self._open_dialog(item)

    def _on_delete(self) -> None:
        item_id = self.selected_id()
        if not item_id or self.workbook is None:
            return
        item = self.workbook.get("infra_item", item_id)
        if item is None:
            return
        self.confirm_box = confirm(
            self, self.tr("Xóa công trình"),
            fill(self.tr("Xóa công trình “%1”?"), item["name"]),
            self.tr("&Xóa công trình"), self.tr("&Không xóa"),
            lambda: self._delete(item),
            informative=self.tr("Liên kết với dự án và ảnh đính kèm của công trình cũng được bỏ. "
                                "Có thể hoàn tác bằng Ctrl+Z."))

    def _delete(self, item: dict[str, Any]) -> None:
        wb = self.workbook
        row = self.table.currentIndex().row()

        def remove() -> None:
            with wb.atomic():
                for link in wb.rows("attachment_link", "entity = 'infra_item' AND entity_id = ?",
                                    [item["id"]]):
                    wb.remove("attachment_link", link["id"])
                infra.remove_item(wb, item["id"])

        try:
            run_undoable(self.ctx, fill(self.tr("Xóa công trình “%1”"), item["name"]),
                         remove)
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self.reload()
        if self.proxy.rowCount():
            select_row(self.table, self.proxy.index(min(row, self.proxy.rowCount() - 1), 0))
        self.table.setFocus()
        self.ctx.hub.status_message.emit(
            fill(self.tr("Đã xóa “%1”. Nhấn Ctrl+Z để hoàn tác."), item["name"]), 6000)
