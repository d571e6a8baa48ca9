"""Dữ liệu → Thôn, bản: the commune's villages in a table edited in place, a small form to add
one, removal (refused, with the reason, while infrastructure or contributions still belong to the
village) and undo/redo. Every change is one ``run_undoable`` call of ``save_village`` /
``remove_village``; what is typed is checked as it is typed (a red frame and the message under
the table / under the field).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.i18n import fill
from ntm_desktop.gui.models.villages_table import (
    COLUMNS,
    ID_ROLE,
    SORT_ROLE,
    VillagesTableModel,
    parse_whole,
)
from ntm_desktop.gui.ui_loader import load_ui_into
from ntm_desktop.gui.undo import run_undoable
from ntm_desktop.gui.widgets.field_validation import INVALID_STYLE, FormValidator, confirm
from ntm_desktop.store import commune as store_commune
from ntm_desktop.store.commune import next_village_order, village_usage


class VillageDelegate(QStyledItemDelegate):
    """Line editors that check the text as it is typed; invalid text is not committed."""

    message_changed = Signal(str)

    def __init__(self, source: VillagesTableModel, proxy: QSortFilterProxyModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source, self.proxy = source, proxy

    def _check(self, index: QModelIndex, text: str) -> str | None:
        src = self.proxy.mapToSource(index)
        return self.source.check(src.column(), text, src.row())

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("cellEditor")
        if COLUMNS[index.column()] != "name":
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        persistent = QModelIndex(index)

        def on_text(text: str) -> None:
            message = self._check(persistent, text)
            editor.setStyleSheet(INVALID_STYLE if message else "")
            editor.setToolTip(message or "")
            self.message_changed.emit(message or "")

        editor.textChanged.connect(on_text)
        return editor

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        message = self._check(index, editor.text())
        if message:
            self.message_changed.emit(message)
            return
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class VillagesDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = f = load_ui_into("dialogs/villages.ui", self)
        self.message_box: QMessageBox | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = VillagesTableModel(self._save_cell, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        table = f.villagesTable
        table.setModel(self.proxy)
        self.delegate = VillageDelegate(self.model, self.proxy, table)
        table.setItemDelegate(self.delegate)
        self.delegate.message_changed.connect(self._show_error)
        self.model.edit_failed.connect(lambda _r, _c, message: self._show_error(message))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.sortByColumn(COLUMNS.index("ordering"), Qt.SortOrder.AscendingOrder)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.validator = FormValidator(self)
        self.validator.add("name", f.nameEdit, f.nameError,
                           lambda: self.model.check(0, f.nameEdit.text()))
        self.validator.add("households", f.householdsEdit, f.householdsError,
                           lambda: self.model.check(1, f.householdsEdit.text()))
        self.validator.add("population", f.populationEdit, f.populationError,
                           lambda: self.model.check(2, f.populationEdit.text()))
        self.validator.general_label = f.errorLabel
        self.validator.validity_did_change.connect(f.addButton.setEnabled)
        f.addButton.clicked.connect(self.add_village)
        for edit in (f.nameEdit, f.householdsEdit, f.populationEdit):
            edit.returnPressed.connect(self.add_village)
        f.removeButton.clicked.connect(self.remove_selected)

        stack = ctx.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Hoàn tác"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = stack.createRedoAction(self, self.tr("Làm lại"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])
        f.undoButton.clicked.connect(stack.undo)
        f.redoButton.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self._update_buttons)
        stack.canRedoChanged.connect(self._update_buttons)

        close = f.buttonBox.addButton(self.tr("Đó&ng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        f.buttonBox.rejected.connect(self.reject)
        f.addButton.setAutoDefault(False)
        ctx.hub.data_did_change.connect(self._on_data_did_change)
        self.finished.connect(self._disconnect)
        self.resize(660, 520)
        self.reload()
        self.validator.revalidate()
        self.validator.hide_messages()
        f.errorLabel.hide()

    # ------------------------------------------------------------------ data
    @property
    def workbook(self) -> Any:
        return self.ctx.workbook

    def reload(self) -> None:
        selected = self.selected_id()
        wb = self.workbook
        self.model.set_villages(store_commune.list_villages(wb) if wb is not None else [])
        if selected:
            self.select(selected)
        self._update_buttons()

    def _disconnect(self, *_: Any) -> None:
        """The hub and the undo stack outlive the dialog."""
        for signal, slot in ((self.ctx.hub.data_did_change, self._on_data_did_change),
                             (self.ctx.undo_stack.canUndoChanged, self._update_buttons),
                             (self.ctx.undo_stack.canRedoChanged, self._update_buttons)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    def _on_data_did_change(self, changes: list[Any], _initiator: object) -> None:
        if not changes or any(isinstance(c, dict) and c.get("entity") == "village"
                              for c in changes):
            self.reload()

    def selected_id(self) -> str | None:
        rows = self.form.villagesTable.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else None

    def select(self, village_id: str) -> None:
        row = self.model.row_of(village_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.form.villagesTable.selectRow(index.row())

    def _update_buttons(self, *_: Any) -> None:
        f = self.form
        # the table's selection changes while the dialog is destroyed, perhaps after the
        # window that owns the undo stack
        if not (shiboken6.isValid(f.villagesTable) and shiboken6.isValid(self.ctx.undo_stack)):
            return
        f.removeButton.setEnabled(self.selected_id() is not None)
        f.undoButton.setEnabled(self.ctx.undo_stack.canUndo())
        f.undoButton.setToolTip(self.ctx.undo_stack.undoText())
        f.redoButton.setEnabled(self.ctx.undo_stack.canRedo())
        f.redoButton.setToolTip(self.ctx.undo_stack.redoText())

    def _show_error(self, message: str) -> None:
        self.form.errorLabel.setText(message)
        self.form.errorLabel.setVisible(bool(message))

    # ------------------------------------------------------------------ edits
    def _save_cell(self, values: dict[str, Any]) -> dict[str, Any]:
        wb = self.workbook
        current = wb.get("village", values["id"]) or {}
        self._show_error("")
        return run_undoable(self.ctx, fill(self.tr("Sửa thôn “%1”"),
                                           str(current.get("name") or "")), lambda: store_commune.save_village(wb, values))

    def add_village(self) -> dict[str, Any] | None:
        f = self.form
        if not self.validator.revalidate():
            widget = self.validator.first_invalid()
            if widget is not None:
                widget.setFocus()
            return None
        wb = self.workbook
        values = {"name": f.nameEdit.text().strip(),
                  "households": parse_whole(f.householdsEdit.text()),
                  "population": parse_whole(f.populationEdit.text()),
                  "ordering": next_village_order(wb)}
        try:
            row = run_undoable(self.ctx, fill(self.tr("Thêm thôn “%1”"), values["name"]),
                               lambda: store_commune.save_village(wb, values))
        except ValidationError as exc:
            self.validator.show_error(exc.field, user_message(exc))
            return None
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return None
        for edit in (f.nameEdit, f.householdsEdit, f.populationEdit):
            edit.clear()
        self.validator.revalidate()
        self.validator.hide_messages()
        self.reload()
        self.select(row["id"])
        f.nameEdit.setFocus()
        return row

    def remove_selected(self) -> QMessageBox | None:
        village_id = self.selected_id()
        if village_id is None:
            return None
        village = self.model.village(self.model.row_of(village_id))
        usage = village_usage(self.workbook, village_id)
        if usage["infra_item"] or usage["contribution"]:
            return self._refuse(village["name"], usage)
        self.confirm_box = confirm(
            self, self.tr("Xóa thôn, bản?"),
            fill(self.tr("Xóa “%1” khỏi danh sách thôn, bản?"), village["name"]),
            self.tr("&Xóa thôn"), self.tr("&Không xóa"),
            lambda: self._remove(village_id, village["name"]),
            informative=self.tr("Có thể hoàn tác bằng nút “Hoàn tác” (Ctrl+Z)."))
        return self.confirm_box

    def _remove(self, village_id: str, name: str) -> None:
        try:
            run_undoable(self.ctx, fill(self.tr("Xóa thôn “%1”"), name),
                         lambda: store_commune.remove_village(self.workbook, village_id))
        except ValidationError as exc:
            if exc.code == "reference":
                self._refuse(name, village_usage(self.workbook, village_id))
            else:
                self.ctx.errors.present(exc)
            return
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self.reload()

    def _refuse(self, name: str, usage: dict[str, int]) -> QMessageBox:
        parts = []
        if usage.get("infra_item"):
            parts.append(fill(self.tr("%1 công trình hạ tầng"), str(usage["infra_item"])))
        if usage.get("contribution"):
            parts.append(fill(self.tr("%1 khoản đóng góp"), str(usage["contribution"])))
        text = fill(self.tr("Không xóa được “%1”: vẫn còn %2 thuộc thôn này."), name,
                    self.tr(" và ").join(parts) or self.tr("dữ liệu"))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Không xóa được thôn"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("refuseBox")
        box.setInformativeText(self.tr("Hãy chuyển các công trình và khoản đóng góp đó sang thôn "
                                       "khác (hoặc xóa chúng) trước, rồi xóa thôn."))
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self._show_error(text)
        self.message_box = box
        return box
