"""Add or edit one infrastructure item: common fields, the typed attributes of its kind (built
from ``core.model.INFRA_KINDS`` Attr specs), and photos (drag and drop or "Thêm ảnh…").

Every field is checked as it is typed (error under the field, "Lưu" disabled until valid);
store :class:`ValidationError` messages are shown at the named field. Saving is one undoable
step: the item, new photos and removed photos together.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.core.model import CONDITIONS, INFRA_KINDS, Attr
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.ui_loader import child, load_ui_into
from ntm_desktop.gui.undo import run_undoable
from ntm_desktop.gui.widgets.attachments_panel import AttachmentsPanel, local_files
from ntm_desktop.gui.widgets.field_validation import (
    FormValidator,
    choice_check,
    make_error_label,
    number_check,
    parse_number,
    text_check,
)
from ntm_desktop.store.infrastructure import save_item


class InfraItemDialog(QDialog):
    """``item`` None = a new item of ``kind``. After ``accepted``, ``saved`` is the stored row."""

    def __init__(self, ctx: Any, *, kind: str, item: dict[str, Any] | None = None,
                 villages: list[dict[str, Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_ui_into("dialogs/infra_item.ui", self)
        self.ctx = ctx
        self.item = item
        self.saved: dict[str, Any] | None = None
        self.attr_editors: dict[str, QWidget] = {}
        self._attr_initial: dict[str, Any] = {}
        self.setAcceptDrops(True)

        self.kind_combo = child(self, QComboBox, "kindCombo")
        self.name_edit = child(self, QLineEdit, "nameEdit")
        self.village_combo = child(self, QComboBox, "villageCombo")
        self.year_edit = child(self, QLineEdit, "yearEdit")
        self.condition_combo = child(self, QComboBox, "conditionCombo")
        self.note_edit = child(self, QPlainTextEdit, "noteEdit")
        self.attrs_box = child(self, QGroupBox, "attrsBox")
        self.attrs_layout = child(self, QFormLayout, "attrsLayout")
        self.photos = AttachmentsPanel(ctx, entity="infra_item",
                                       entity_id=(item or {}).get("id"), photos_only=True,
                                       parent=self)
        child(self, QVBoxLayout, "photosLayout").addWidget(self.photos)
        self.photo_list = self.photos.list
        self.save_button = child(self, QPushButton, "saveButton")
        self.cancel_button = child(self, QPushButton, "cancelButton")
        self.general_error = child(self, QLabel, "generalError")
        self.general_error.hide()

        for code, spec in INFRA_KINDS.items():
            self.kind_combo.addItem(tr_core("model", spec.label), code)
        self.village_combo.addItem(self.tr("(Cấp xã / không thuộc thôn)"), None)
        for v in villages or []:
            self.village_combo.addItem(v["name"], v["id"])
        self.condition_combo.addItem(self.tr("(Chưa đánh giá)"), None)
        for code, label in CONDITIONS.items():
            self.condition_combo.addItem(tr_core("model", label), code)

        self.validator = FormValidator(self)
        self.validator.general_label = self.general_error
        self.validator.add("name", self.name_edit, child(self, QLabel, "nameError"),
                           text_check(self.name_edit, self.tr("Tên công trình")))
        self.validator.add("village_id", self.village_combo, child(self, QLabel, "villageError"))
        self.validator.add("year", self.year_edit, child(self, QLabel, "yearError"),
                           number_check(self.year_edit, self.tr("Năm xây dựng"), minimum=1900,
                                        maximum=dt.date.today().year + 10, integer=True))
        self.validator.add("kind", self.kind_combo)
        self.validator.add("condition", self.condition_combo)
        self.validator.add("note", self.note_edit)
        self.validator.validity_did_change.connect(self.save_button.setEnabled)

        self._fill(kind)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.photos.error.connect(self._show_general_error)
        self.save_button.setEnabled(self.validator.revalidate())
        if self.item is None:
            self.validator.hide_messages()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ filling in
    def _fill(self, kind: str) -> None:
        it = self.item or {}
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(it.get("kind") or kind)))
        self.kind_combo.setEnabled(self.item is None)  # attributes differ between kinds
        self.name_edit.setText(it.get("name") or "")
        self.village_combo.setCurrentIndex(max(0, self.village_combo.findData(
            it.get("village_id"))))
        self.year_edit.setText(str(it["year"]) if it.get("year") else "")
        self.condition_combo.setCurrentIndex(max(0, self.condition_combo.findData(
            it.get("condition"))))
        self.note_edit.setPlainText(it.get("note") or "")
        kind_label = self.kind_combo.currentText()
        self.setWindowTitle(fill(self.tr("Sửa công trình — %1"), kind_label)
                            if self.item else fill(self.tr("Thêm công trình — %1"), kind_label))
        self._build_attrs(self.kind_combo.currentData(), it.get("attrs") or {})

    def _build_attrs(self, kind: str, values: dict[str, Any]) -> None:
        for key in list(self.attr_editors):
            self.validator.fields.pop(key, None)
        while self.attrs_layout.rowCount():
            self.attrs_layout.removeRow(0)
        self.attr_editors.clear()
        self._attr_initial.clear()
        spec = INFRA_KINDS[kind]
        self.attrs_box.setVisible(bool(spec.attrs))
        for a in spec.attrs:
            editor, host = self._make_attr_editor(a, values.get(a.key))
            label = QLabel(tr_core("model", a.label) + (" *" if a.required else "") + ":", self)
            label.setBuddy(editor)
            self.attrs_layout.addRow(label, host)
            error = make_error_label(self)
            self.attrs_layout.addRow("", error)
            self.attr_editors[a.key] = editor
            self._attr_initial[a.key] = self._attr_value(a, editor)
            self.validator.add(a.key, editor, error, self._attr_check(a, editor))
        self._fix_tab_order()

    def _make_attr_editor(self, a: Attr, value: Any) -> tuple[QWidget, QWidget]:
        name = tr_core("model", a.label)
        if a.type in ("float", "int"):
            edit = QLineEdit(self)
            edit.setAccessibleName(name)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if value is not None:
                edit.setText(nf.number(value, 3 if a.type == "float" else 0, trim=True))
            if not a.unit:
                return edit, edit
            host = QWidget(self)
            row = QHBoxLayout(host)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit, 1)
            row.addWidget(QLabel(a.unit, host))
            return edit, host
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        if a.type == "bool":
            combo.addItem(self.tr("(Chưa rõ)"), None)
            combo.addItem(self.tr("Có"), True)
            combo.addItem(self.tr("Không"), False)
        else:
            combo.addItem(self.tr("— Chọn —") if a.required else self.tr("(Chưa rõ)"), None)
            for code, label in a.choices.items():
                combo.addItem(tr_core("model", label), code)
        for i in range(combo.count()):
            if combo.itemData(i) == value and (value is not None or i == 0):
                combo.setCurrentIndex(i)
                break
        return combo, combo

    def _attr_check(self, a: Attr, editor: QWidget) -> Any:
        name = tr_core("model", a.label)
        if isinstance(editor, QLineEdit):
            return number_check(editor, name, required=a.required, minimum=a.minimum,
                                integer=a.type == "int")
        if a.required and isinstance(editor, QComboBox):
            return choice_check(editor, name)
        return None

    @staticmethod
    def _attr_value(a: Attr, editor: QWidget) -> Any:
        if isinstance(editor, QLineEdit):
            try:
                v = parse_number(editor.text())
            except ValueError:
                return editor.text()
            return None if v is None else (int(v) if a.type == "int" else v)
        if isinstance(editor, QComboBox):
            return editor.currentData()
        return None

    def _fix_tab_order(self) -> None:
        order: list[QWidget] = [self.kind_combo, self.name_edit, self.village_combo,
                                self.year_edit, self.condition_combo, self.note_edit,
                                *self.attr_editors.values(), self.photo_list,
                                self.photos.add_button, self.photos.remove_button,
                                self.save_button, self.cancel_button]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _on_kind_combo_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self._build_attrs(kind, {})
        self.setWindowTitle(fill(self.tr("Thêm công trình — %1"), self.kind_combo.currentText()))
        self.validator.revalidate()
        self.validator.hide_messages()

    # ------------------------------------------------------------------ values and saving
    def values(self) -> dict[str, Any]:
        """The row to save (attrs: every value for a new item, changed ones for an edit)."""
        kind = self.kind_combo.currentData()
        attrs: dict[str, Any] = {}
        for a in INFRA_KINDS[kind].attrs:
            v = self._attr_value(a, self.attr_editors[a.key])
            if self.item is None:
                if v is not None:
                    attrs[a.key] = v
            elif v != self._attr_initial.get(a.key):
                attrs[a.key] = v
        year = parse_number(self.year_edit.text()) if self.year_edit.text().strip() else None
        out: dict[str, Any] = {"kind": kind, "name": self.name_edit.text().strip(),
                               "village_id": self.village_combo.currentData(),
                               "year": int(year) if year is not None else None,
                               "condition": self.condition_combo.currentData(),
                               "note": self.note_edit.toPlainText().strip() or None,
                               "attrs": attrs}
        if self.item:
            out["id"] = self.item["id"]
        return out

    def _on_save_clicked(self) -> None:
        if not self.validator.revalidate():
            widget = self.validator.first_invalid()
            if widget is not None:
                widget.setFocus()
            return
        wb = self.ctx.workbook
        values = self.values()
        text = fill(self.tr("Sửa công trình “%1”") if self.item else
                self.tr("Thêm công trình “%1”"), values["name"])

        def save() -> dict[str, Any]:
            with wb.atomic():
                row = save_item(wb, values)
                self.photos.save(wb, row["id"])
            return row

        try:
            self.saved = run_undoable(self.ctx, text, save)
        except ValidationError as exc:
            self.validator.show_error(exc.field, user_message(exc))
            return
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self.accept()

    # ------------------------------------------------------------------ photos
    def _show_general_error(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()

    def add_photos(self, paths: list[Path]) -> None:
        """Prepare ``paths`` in the background and list them (saved with the item)."""
        self.photos.add_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        event.acceptProposedAction()
        self.add_photos(local_files(event))
