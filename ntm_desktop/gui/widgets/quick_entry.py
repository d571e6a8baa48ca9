"""Quick entry of contributions, keyboard only: a meeting's worth of rows in a minute.

Enter moves to the next field; Enter on the last field records the row (one undoable step) and
starts a new one with the date, village, kind, unit, rate and project kept and the focus back on
the contributor. Esc clears the row (or leaves edit mode). Errors are shown at the field (red
border, message below naming the field) and nothing typed is lost. ``load(record)`` edits an
existing row in the same editor.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.core.model import (
    CONTRIBUTION_DEFAULT_UNIT,
    CONTRIBUTION_KINDS,
    validate_contribution,
)
from ntm_desktop.core.text import fold
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.undo import run_undoable
from ntm_desktop.gui.widgets.field_validation import (
    ERROR_STYLE,
    FormValidator,
    date_check,
    fmt_date,
    number_check,
    parse_date_text,
    parse_number,
    text_check,
)
from ntm_desktop.store.contributions import add_contribution

STORE_FIELDS = {"village_id": "village", "project_id": "project"}


DONE_STYLE = "color: #1b5e20; font-weight: bold;"  # a clear confirmation, not faint grey

class QuickEntry(QWidget):
    """One editable ledger row; ``did_commit(row)`` after each recorded contribution."""

    did_commit = Signal(dict)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuickEntry")
        self.ctx = ctx
        self.editing: dict[str, Any] | None = None
        self.villages: dict[str, str] = {}  # folded name → id
        self.projects: dict[str, str] = {}
        self._unit_auto = True

        self.date_edit = self._line("dateEdit", self.tr("Ngày"), self.tr("dd/mm/yyyy"))
        self.contributor_edit = self._line("contributorEdit", self.tr("Người/đơn vị đóng góp"),
                                           self.tr("Ví dụ: Hộ ông Nguyễn Văn A"))
        self.village_edit = self._line("villageEdit", self.tr("Thôn"), self.tr("Tên thôn"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.setAccessibleName(self.tr("Hình thức"))
        for code, label in CONTRIBUTION_KINDS.items():
            self.kind_combo.addItem(tr_core("model", label), code)
        self.quantity_edit = self._line("quantityEdit", self.tr("Số lượng"), "")
        self.unit_edit = self._line("unitEdit", self.tr("Đơn vị"), "")
        self.rate_edit = self._line("rateEdit", self.tr("Đơn giá quy đổi (đồng)"), "")
        self.value_edit = self._line("valueEdit", self.tr("Giá trị quy đổi (đồng)"), "")
        self.value_edit.setReadOnly(True)
        self.value_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.project_edit = self._line("projectEdit", self.tr("Dự án"), self.tr("Tên dự án"))
        self.receipt_edit = self._line("receiptEdit", self.tr("Số biên nhận"), "")
        for w in (self.quantity_edit, self.rate_edit, self.value_edit):
            w.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.commit_button = QPushButton(self.tr("&Ghi khoản (Enter)"), self)
        self.commit_button.setObjectName("commitButton")
        self.commit_button.setAutoDefault(False)
        self.message = QLabel(self)
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        self._labels: dict[QWidget, QLabel] = {}
        cells = [  # (widget, text, row, column, column span)
            (self.date_edit, self.tr("Ngày"), 0, 0, 1),
            (self.contributor_edit, self.tr("Người/đơn vị đóng góp *"), 0, 1, 2),
            (self.village_edit, self.tr("Thôn"), 0, 3, 1),
            (self.kind_combo, self.tr("Hình thức"), 0, 4, 1),
            (self.quantity_edit, self.tr("Số lượng *"), 0, 5, 1),
            (self.unit_edit, self.tr("Đơn vị"), 0, 6, 1),
            (self.rate_edit, self.tr("Đơn giá quy đổi"), 2, 0, 1),
            (self.value_edit, self.tr("Giá trị (đồng)"), 2, 1, 1),
            (self.project_edit, self.tr("Dự án"), 2, 2, 2),
            (self.receipt_edit, self.tr("Số biên nhận"), 2, 4, 1),
        ]
        for widget, text, row, col, span in cells:
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, row, col, 1, span)
            grid.addWidget(widget, row + 1, col, 1, span)
            self._labels[widget] = label
        grid.addWidget(self.commit_button, 3, 5, 1, 2)
        grid.addWidget(self.message, 4, 0, 1, 7)
        for col, stretch in enumerate((2, 3, 2, 3, 2, 2, 1)):
            grid.setColumnStretch(col, stretch)

        self.order: list[QWidget] = [self.date_edit, self.contributor_edit, self.village_edit,
                                     self.kind_combo, self.quantity_edit, self.unit_edit,
                                     self.rate_edit, self.project_edit, self.receipt_edit]
        for a, b in zip(self.order, [*self.order[1:], self.commit_button], strict=True):
            QWidget.setTabOrder(a, b)
        for w in self.order:
            w.installEventFilter(self)

        v = self.validator = FormValidator(self)
        v.add("date", self.date_edit, None, date_check(self.date_edit, self.tr("Ngày"),
                                                       required=True, allow_future=False))
        v.add("contributor", self.contributor_edit, None,
              text_check(self.contributor_edit, self.tr("Người/đơn vị đóng góp")))
        v.add("village", self.village_edit, None, self._village_check)
        v.add("kind", self.kind_combo)
        v.add("quantity", self.quantity_edit, None, self._quantity_check)
        v.add("unit", self.unit_edit)
        v.add("rate", self.rate_edit, None, number_check(self.rate_edit,
                                                         self.tr("Đơn giá quy đổi")))
        v.add("value_vnd", self.value_edit)
        v.add("project", self.project_edit, None, self._project_check)
        v.add("receipt_no", self.receipt_edit)
        for w in self.order:
            signal = w.currentIndexChanged if isinstance(w, QComboBox) else w.textChanged
            signal.connect(self._on_any_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.unit_edit.textEdited.connect(self._on_unit_edited)
        self.commit_button.clicked.connect(self.commit)
        self.date_edit.setText(fmt_date(dt.date.today().isoformat()))
        self._on_kind_changed()
        self.validator.reset()
        self._show_message("")

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    # ------------------------------------------------------------------ lookups
    def set_choices(self, villages: list[dict[str, Any]], projects: list[dict[str, Any]],
                    contributors: list[str]) -> None:
        """Names offered by the completers (villages, projects, recent contributors)."""
        self.villages = {fold(v["name"]): v["id"] for v in villages}
        self.projects = {fold(p["name"]): p["id"] for p in projects}
        for edit, names in ((self.village_edit, [v["name"] for v in villages]),
                            (self.project_edit, [p["name"] for p in projects]),
                            (self.contributor_edit, contributors)):
            completer = QCompleter(names, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.activated.connect(lambda _t, e=edit: self._focus_next(e))
            edit.setCompleter(completer)

    def _village_check(self) -> str | None:
        text = self.village_edit.text().strip()
        if text and fold(text) not in self.villages:
            return fill(self.tr("Không có thôn “%1”."), text)
        return None

    def _project_check(self) -> str | None:
        text = self.project_edit.text().strip()
        if text and fold(text) not in self.projects:
            return fill(self.tr("Không có dự án “%1”."), text)
        return None

    def _quantity_check(self) -> str | None:
        msg = number_check(self.quantity_edit, self.tr("Số lượng"), required=True)()
        if msg is None and parse_number(self.quantity_edit.text()) == 0:
            return self.tr("Số lượng phải lớn hơn 0.")
        return msg

    # ------------------------------------------------------------------ live updates
    def _on_kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        if self._unit_auto:
            self.unit_edit.setText(CONTRIBUTION_DEFAULT_UNIT.get(kind, ""))
        cash = kind == "tien_mat"
        self.rate_edit.setEnabled(not cash)
        if cash:
            self.rate_edit.clear()

    def _on_unit_edited(self, text: str) -> None:
        self._unit_auto = not text.strip()

    def _on_any_changed(self) -> None:
        self._update_value()
        first = next((f.message for f in self.validator.fields.values() if f.message), None)
        self._show_message(first or "", error=bool(first))

    def _update_value(self) -> None:
        try:
            clean = validate_contribution({**self._raw_values(), "contributor": "x",
                                           "date": dt.date.today().isoformat()})
        except (ValidationError, ValueError):
            self.value_edit.clear()
            return
        value = clean.get("value_vnd")
        self.value_edit.setText(nf.number(value) if value is not None else "")

    def _show_message(self, text: str, *, error: bool = False, done: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else
                                   DONE_STYLE if done else "color: palette(mid);")
        self.message.setText(text or self.tr(
            "Enter: sang ô tiếp theo; Enter ở ô cuối: ghi khoản và bắt đầu dòng mới. "
            "Esc: xóa dòng đang nhập."))

    # ------------------------------------------------------------------ keyboard
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                completer = watched.completer() if isinstance(watched, QLineEdit) else None
                if completer is not None and completer.popup().isVisible():
                    return False
                self._focus_next(watched)
                return True
            if key == Qt.Key.Key_Escape:
                self.clear_row(keep=self.editing is None)
                return True
        return super().eventFilter(watched, event)

    def _focus_next(self, current: QObject) -> None:
        if current not in self.order:
            return
        for w in self.order[self.order.index(current) + 1:]:
            if w.isEnabled():
                w.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(w, QLineEdit):
                    w.selectAll()
                return
        self.commit()

    # ------------------------------------------------------------------ values and commit
    def _raw_values(self) -> dict[str, Any]:
        def num(edit: QLineEdit) -> Any:
            try:
                return parse_number(edit.text())
            except ValueError:
                return edit.text()

        return {"kind": self.kind_combo.currentData(), "quantity": num(self.quantity_edit),
                "unit": self.unit_edit.text().strip() or None,
                "rate": num(self.rate_edit) if self.rate_edit.isEnabled() else None}

    def values(self) -> dict[str, Any]:
        """The row for ``store.contributions.add_contribution``."""
        try:
            date = parse_date_text(self.date_edit.text())
        except ValueError:
            date = None
        village = self.villages.get(fold(self.village_edit.text())) if self.village_edit.text(
        ).strip() else None
        project = self.projects.get(fold(self.project_edit.text())) if self.project_edit.text(
        ).strip() else None
        out = {**self._raw_values(), "date": date.isoformat() if date else self.date_edit.text(),
               "contributor": self.contributor_edit.text().strip(),
               "village_id": village or (self.village_edit.text().strip() or None),
               "project_id": project or (self.project_edit.text().strip() or None),
               "receipt_no": self.receipt_edit.text().strip() or None}
        if self.editing is not None:
            out["id"] = self.editing["id"]
            out["value_vnd"] = None  # computed again from quantity and rate
        return out

    def commit(self) -> dict[str, Any] | None:
        """Validate and record the row; returns the stored row or None (errors shown)."""
        if not self.validator.revalidate():
            self._on_any_changed()
            widget = self.validator.first_invalid()
            if widget is not None:
                widget.setFocus()
            return None
        wb = self.ctx.workbook
        values = self.values()
        text = fill((self.tr("Sửa khoản đóng góp của %1") if self.editing else
                self.tr("Thêm khoản đóng góp của %1")), values["contributor"])
        try:
            row = run_undoable(self.ctx, text, lambda: add_contribution(wb, values))
        except ValidationError as exc:
            self.validator.show_error(STORE_FIELDS.get(exc.field or "", exc.field),
                                      user_message(exc))
            self._show_message(user_message(exc), error=True)
            return None
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return None
        self.did_commit.emit(row)
        was_editing = self.editing is not None
        self.clear_row(keep=not was_editing)
        self._show_message(fill(self.tr("✓ Đã ghi: %1 — %2."),
                                row["contributor"],
                                nf.money(row.get("value_vnd")) if row.get("value_vnd") is not None else
            f"{nf.number(row['quantity'], 2, trim=True)} {row.get('unit') or ''}".strip()),
            done=True)
        return row

    def clear_row(self, *, keep: bool = True) -> None:
        """Start a new row; ``keep`` keeps date, village, kind, unit, rate and project."""
        self.editing = None
        self.commit_button.setText(self.tr("&Ghi khoản (Enter)"))
        for w in (self.contributor_edit, self.quantity_edit, self.receipt_edit):
            w.clear()
        if not keep:
            self.date_edit.setText(fmt_date(dt.date.today().isoformat()))
            for w in (self.village_edit, self.project_edit, self.rate_edit):
                w.clear()
            self._unit_auto = True
            self.kind_combo.setCurrentIndex(0)
            self._on_kind_changed()
        self.validator.reset()
        self._show_message("")
        self.contributor_edit.setFocus()

    def load(self, rec: dict[str, Any]) -> None:
        """Edit an existing ledger row (keys of ``ledger_queries.LEDGER_COLUMNS``)."""
        self.editing = rec
        self.date_edit.setText(fmt_date(rec["date"]))
        self.contributor_edit.setText(rec["contributor"] or "")
        self.village_edit.setText(rec.get("village") or "")
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(rec["kind"])))
        self.quantity_edit.setText(nf.number(rec["quantity"], 3, trim=True))
        self.unit_edit.setText(rec.get("unit") or "")
        self._unit_auto = False
        self.rate_edit.setText(nf.number(rec["rate"], 3, trim=True) if rec.get("rate") else "")
        self.project_edit.setText(rec.get("project") or "")
        self.receipt_edit.setText(rec.get("receipt_no") or "")
        self.validator.reset()
        self.commit_button.setText(self.tr("&Lưu thay đổi (Enter)"))
        self._show_message(fill(self.tr("Đang sửa khoản của %1. Esc: thôi sửa."),
                                rec["contributor"] or ""))
        self.contributor_edit.setFocus()
        self.contributor_edit.selectAll()
