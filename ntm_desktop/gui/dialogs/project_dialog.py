"""Add or edit an investment project: general data, the funding of each of the 7 sources in one
grid (amounts grouped 1.264.000 while typing, with the share of each source and the total
against the total investment), the linked infrastructure items picked from the registry, and
attached files (photos, decisions, minutes — "Thêm tệp…" or dropped anywhere on the dialog).

Fields are checked as they are typed; store errors are shown at the field; saving is one
undoable step (the project, its funding, its items, new files and removed files together)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.core.model import FUNDING_SOURCES, INFRA_KINDS, PROJECT_STATES, SETTLEMENT_STATUSES
from ntm_desktop.core.text import fold, vi_sort_key
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.tasks import Task
from ntm_desktop.gui.ui_loader import child, load_ui_into
from ntm_desktop.gui.undo import run_undoable
from ntm_desktop.gui.widgets.attachments_panel import AttachmentsPanel, local_files
from ntm_desktop.gui.widgets.field_validation import (
    FormValidator,
    MoneyLineEdit,
    date_check,
    fmt_date,
    make_error_label,
    number_check,
    parse_date_text,
    text_check,
)
from ntm_desktop.store.ledger_queries import PROJECT_FIELDS
from ntm_desktop.store.projects import save_project

INFRA_ID_ROLE = Qt.ItemDataRole.UserRole
FILES_TAB = 2


class ProjectDialog(QDialog):
    """``project`` (from ``list_projects``) None = new. After ``accepted``, ``saved`` is the row."""

    def __init__(self, ctx: Any, *, project: dict[str, Any] | None = None,
                 infra_items: list[dict[str, Any]] | None = None,
                 villages: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_ui_into("dialogs/project.ui", self)
        self.ctx = ctx
        self.project = project or {}
        self.saved: dict[str, Any] | None = None
        self.tabs = child(self, QTabWidget, "tabs")
        self.name_edit = child(self, QLineEdit, "nameEdit")
        self.field_combo = child(self, QComboBox, "fieldCombo")
        self.state_combo = child(self, QComboBox, "stateCombo")
        self.settlement_combo = child(self, QComboBox, "settlementCombo")
        self.start_edit = child(self, QLineEdit, "startEdit")
        self.finish_edit = child(self, QLineEdit, "finishEdit")
        self.note_edit = child(self, QPlainTextEdit, "noteEdit")
        self.item_list = child(self, QListWidget, "itemList")
        self.item_search = child(self, QLineEdit, "itemSearchEdit")
        self.items_count = child(self, QLabel, "itemsCountLabel")
        self.save_button = child(self, QPushButton, "saveButton")
        self.cancel_button = child(self, QPushButton, "cancelButton")
        self.general_error = child(self, QLabel, "generalError")
        self.general_error.hide()
        form = child(self, QFormLayout, "generalForm")
        self.total_edit = MoneyLineEdit(self)
        self.total_edit.setAccessibleName(self.tr("Tổng mức đầu tư"))
        self.debt_edit = MoneyLineEdit(self)
        self.debt_edit.setAccessibleName(self.tr("Nợ đọng XDCB"))
        # amounts are typed in đồng; the table shows triệu đồng: both, side by side, as typed
        self.million_hints: dict[str, QLabel] = {}
        form.setWidget(5, QFormLayout.ItemRole.FieldRole,
                       self._with_million_hint("total_investment", self.total_edit, below=True))
        form.setWidget(7, QFormLayout.ItemRole.FieldRole,
                       self._with_million_hint("outstanding_debt", self.debt_edit, below=True))
        child(self, QLabel, "totalLabel").setBuddy(self.total_edit)
        child(self, QLabel, "debtLabel").setBuddy(self.debt_edit)

        self.field_combo.addItem(self.tr("(Không ghi)"), None)
        for code, label in PROJECT_FIELDS.items():
            self.field_combo.addItem(tr_core("model", label), code)
        for combo, choices in ((self.state_combo, PROJECT_STATES),
                               (self.settlement_combo, SETTLEMENT_STATUSES)):
            combo.addItem(self.tr("(Chưa rõ)"), None)
            for code, label in choices.items():
                combo.addItem(tr_core("model", label), code)

        v = self.validator = FormValidator(self)
        v.general_label = self.general_error
        v.add("name", self.name_edit, child(self, QLabel, "nameError"),
              text_check(self.name_edit, self.tr("Tên dự án")))
        v.add("total_investment", self.total_edit, child(self, QLabel, "totalError"),
              number_check(self.total_edit, self.tr("Tổng mức đầu tư"), integer=True))
        v.add("outstanding_debt", self.debt_edit, child(self, QLabel, "debtError"),
              number_check(self.debt_edit, self.tr("Nợ đọng XDCB"), integer=True))
        v.add("start_date", self.start_edit, child(self, QLabel, "startError"),
              date_check(self.start_edit, self.tr("Ngày khởi công")))
        finish_check = date_check(self.finish_edit, self.tr("Ngày hoàn thành"))
        v.add("finish_date", self.finish_edit, child(self, QLabel, "finishError"),
              lambda: finish_check() or self._order_check())
        self.start_edit.textChanged.connect(lambda _t: v._on_edited("finish_date"))
        for name, w in (("field", self.field_combo), ("state", self.state_combo),
                        ("settlement", self.settlement_combo), ("note", self.note_edit)):
            v.add(name, w)

        self.source_edits: dict[str, MoneyLineEdit] = {}
        self.share_labels: dict[str, QLabel] = {}
        self._build_funding_grid()
        v.validity_did_change.connect(self.save_button.setEnabled)

        self._fill_items(infra_items or [], villages or {})
        self._fill()
        self.files = AttachmentsPanel(ctx, entity="project", entity_id=self.project.get("id"),
                                      parent=self)
        child(self, QVBoxLayout, "filesLayout").addWidget(self.files, 1)
        self.files.did_change.connect(self._update_files_count)
        self.files.error.connect(self._show_general_error)
        self._update_files_count()
        self.setAcceptDrops(True)
        self.item_search.textChanged.connect(self._on_item_search_changed)
        self.item_list.itemChanged.connect(lambda _i: self._update_items_count())
        self.total_edit.textChanged.connect(self._update_shares)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.setEnabled(v.revalidate())
        if not self.project:
            v.hide_messages()
        self.name_edit.setCursorPosition(0)
        self._update_shares()
        self.setWindowTitle(self.tr("Sửa dự án") if self.project else self.tr("Thêm dự án"))

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_sized", False):  # fits 1366×768 at 150 % scaling (910×480)
            self._sized = True
            QTimer.singleShot(0, self, lambda: self.resize(
                900, max(self.minimumSizeHint().height(), 470)))

    # ------------------------------------------------------------------ building
    def _with_million_hint(self, key: str, edit: MoneyLineEdit, *, below: bool = False
                           ) -> QWidget:
        """``edit`` with "= 1.264 triệu đồng" beside it (or ``below`` it), updated as the
        officer types."""
        host = QWidget(self)
        row = QVBoxLayout(host) if below else QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(1 if below else 6)
        row.addWidget(edit, 1)
        hint = QLabel(host)
        hint.setObjectName(f"million_{key}")
        hint.setStyleSheet("color: #37474F;")
        row.addWidget(hint)
        self.million_hints[key] = hint

        def update(_text: str = "") -> None:
            try:
                amount = edit.value()
            except ValueError:
                amount = None
            hint.setText("" if amount is None else "= " + nf.number(
                amount / 1_000_000, 3, trim=True) + " " + QCoreApplication.translate(
                "FieldValidation", "triệu đồng"))
        edit.textChanged.connect(update)
        update()
        return host

    def _build_funding_grid(self) -> None:
        grid = child(self, QGridLayout, "fundingGrid")
        row = 0
        for code, label in FUNDING_SOURCES.items():
            name = tr_core("model", label)
            edit = MoneyLineEdit(self)
            edit.setObjectName(f"source_{code}")
            edit.setAccessibleName(name)
            edit.setMinimumWidth(150)
            caption = QLabel(name + ":", self)
            caption.setBuddy(edit)
            share = QLabel("", self)
            share.setMinimumWidth(56)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            error = make_error_label(self)
            grid.addWidget(caption, row, 0)
            grid.addWidget(self._with_million_hint(f"funding.{code}", edit), row, 1)
            grid.addWidget(share, row, 2)
            grid.addWidget(error, row + 1, 1, 1, 2)
            self.validator.add(f"funding.{code}", edit, error,
                               number_check(edit, name, integer=True))
            edit.textChanged.connect(self._update_shares)
            self.source_edits[code] = edit
            self.share_labels[code] = share
            row += 2
        self.funding_total_label = QLabel(self)
        self.funding_total_label.setWordWrap(True)
        grid.addWidget(self.funding_total_label, row, 0, 1, 3)
        grid.setRowStretch(row + 1, 1)
        grid.setColumnStretch(1, 1)

    def _fill_items(self, infra_items: list[dict[str, Any]], villages: dict[str, str]) -> None:
        linked = set(self.project.get("items") or [])
        ordered = sorted(infra_items, key=lambda it: (it["id"] not in linked, it["kind"],
                                                      vi_sort_key(it["name"])))
        for it in ordered:
            kind = INFRA_KINDS.get(it["kind"])
            village = villages.get(it.get("village_id") or "", "")
            text = f"{it['name']} — {tr_core('model', kind.label) if kind else it['kind']}"
            entry = QListWidgetItem(text + (f", {village}" if village else ""))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if it["id"] in linked
                                else Qt.CheckState.Unchecked)
            entry.setData(INFRA_ID_ROLE, it["id"])
            entry.setData(Qt.ItemDataRole.UserRole + 1, fold(entry.text()))
            self.item_list.addItem(entry)
        self._update_items_count()

    def _fill(self) -> None:
        p = self.project
        self.name_edit.setText(p.get("name") or "")
        field = p.get("field")
        if field and self.field_combo.findData(field) < 0:
            self.field_combo.addItem(field, field)
        self.field_combo.setCurrentIndex(max(0, self.field_combo.findData(field)))
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(p.get("state"))))
        self.settlement_combo.setCurrentIndex(max(0, self.settlement_combo.findData(
            p.get("settlement"))))
        self.total_edit.set_value(p.get("total_investment"))
        self.debt_edit.set_value(p.get("outstanding_debt"))
        self.start_edit.setText(fmt_date(p.get("start_date")))
        self.finish_edit.setText(fmt_date(p.get("finish_date")))
        self.note_edit.setPlainText(p.get("note") or "")
        for code, amount in (p.get("funding") or {}).items():
            if code in self.source_edits:
                self.source_edits[code].set_value(amount)

    # ------------------------------------------------------------------ live figures
    def _order_check(self) -> str | None:
        try:
            start = parse_date_text(self.start_edit.text())
            finish = parse_date_text(self.finish_edit.text())
        except ValueError:
            return None
        if start and finish and finish < start:
            return self.tr("Ngày hoàn thành không được trước ngày khởi công.")
        return None

    def funding(self) -> dict[str, int]:
        out = {}
        for code, edit in self.source_edits.items():
            try:
                amount = edit.value()
            except ValueError:
                continue
            if amount:
                out[code] = amount
        return out

    def _update_shares(self) -> None:
        funding = self.funding()
        total_funding = sum(funding.values())
        for code, label in self.share_labels.items():
            amount = funding.get(code)
            label.setText(nf.percent(amount * 100 / total_funding, 2)
                          if amount and total_funding else "")
        try:
            investment = self.total_edit.value()
        except ValueError:
            investment = None
        text = fill(self.tr("<b>Tổng nguồn vốn:</b> %1"), nf.money(total_funding))
        if investment:
            diff = total_funding - investment
            text += "<br>" + fill(self.tr("bằng %1 tổng mức đầu tư"),
                                  nf.percent(total_funding * 100 / investment, 2))
            if diff < 0:
                text += fill(self.tr(" — còn thiếu %1"), nf.money(-diff))
            elif diff > 0:
                text += fill(self.tr(" — vượt %1"), nf.money(diff))
        self.funding_total_label.setText(text)

    def _on_item_search_changed(self, text: str) -> None:
        key = fold(text)
        for i in range(self.item_list.count()):
            entry = self.item_list.item(i)
            entry.setHidden(bool(key) and key not in entry.data(Qt.ItemDataRole.UserRole + 1))

    def linked_items(self) -> list[str]:
        return [self.item_list.item(i).data(INFRA_ID_ROLE) for i in range(self.item_list.count())
                if self.item_list.item(i).checkState() == Qt.CheckState.Checked]

    def _update_items_count(self) -> None:
        n = len(self.linked_items())
        self.items_count.setText(fill(self.tr("Đã chọn %1 công trình."), str(n)))
        self.tabs.setTabText(1, fill(self.tr("Công trình liên quan (%1)"), str(n)))

    # ------------------------------------------------------------------ saving
    def values(self) -> dict[str, Any]:
        def date_iso(edit: QLineEdit) -> str | None:
            d = parse_date_text(edit.text())
            return d.isoformat() if d else None

        out = {"name": self.name_edit.text().strip(), "field": self.field_combo.currentData(),
               "state": self.state_combo.currentData(),
               "settlement": self.settlement_combo.currentData(),
               "total_investment": self.total_edit.value(),
               "outstanding_debt": self.debt_edit.value(),
               "start_date": date_iso(self.start_edit), "finish_date": date_iso(self.finish_edit),
               "note": self.note_edit.toPlainText().strip() or None}
        if self.project.get("id"):
            out["id"] = self.project["id"]
        return out

    def _on_save_clicked(self) -> None:
        if not self.validator.revalidate():
            widget = self.validator.first_invalid()
            if widget is not None:
                self.tabs.setCurrentIndex(0)
                widget.setFocus()
            return
        wb, values, funding, items = (self.ctx.workbook, self.values(), self.funding(),
                                      self.linked_items())
        text = fill(self.tr("Sửa dự án “%1”") if self.project else
                self.tr("Thêm dự án “%1”"), values["name"])

        def save() -> dict[str, Any]:
            with wb.atomic():
                row = save_project(wb, values, funding=funding, items=items)
                self.files.save(wb, row["id"])
            return row

        try:
            self.saved = run_undoable(self.ctx, text, save)
        except ValidationError as exc:
            if exc.field == "items":
                self.tabs.setCurrentIndex(1)
            elif exc.field in ("file", "entity_id"):
                self.tabs.setCurrentIndex(FILES_TAB)
            self.validator.show_error(exc.field, user_message(exc))
            return
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self.accept()

    # ------------------------------------------------------------------ attached files
    def _update_files_count(self) -> None:
        self.tabs.setTabText(FILES_TAB, fill(self.tr("Tệp đính kèm (%1)"), str(self.files.count())))

    def _show_general_error(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()

    def add_files(self, paths: list[Path]) -> Task | None:
        """Read ``paths`` in the background and list them on the files tab (saved with the
        project)."""
        self.tabs.setCurrentIndex(FILES_TAB)
        return self.files.add_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        event.acceptProposedAction()
        self.add_files(local_files(event))
