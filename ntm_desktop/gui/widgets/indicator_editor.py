"""The editor half of the Criteria page: shows one indicator's result and assessment in the
page's form widgets and announces each finished edit with ``edited(code, values)``.

Values are validated as typed by the store's own rule (core ``check_value``: percent 0–100, no
negatives, whole numbers for counts); an invalid value is explained under the field and not saved. Edits are emitted when a field is finished
(Enter or leaving it), when a choice is made, and on :meth:`flush` (before the selection moves).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.evaluation import CriterionResult, IndicatorResult
from ntm_desktop.core.model import APPRAISAL_AGREE, APPRAISAL_RESULTS, DECLARABLE_STATUSES
from ntm_desktop.core.values import as_number, check_value
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.i18n import fill, is_vietnamese, tr_core
from ntm_desktop.gui.models.criteria_tree import (
    format_number,
    format_threshold,
    format_value,
    legal_citation,
    officer_help,
    source_label,
)
from ntm_desktop.gui.status import status_colors, status_label

NO_DATE = QDate(2000, 1, 1)


class IndicatorEditor(QObject):
    """Drives the editor widgets of ``form`` (the CriteriaPage form)."""

    edited = Signal(str, dict)
    infra_link_activated = Signal()

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self.form = f = form
        self.result: IndicatorResult | None = None
        self._stored: dict[str, Any] = {}
        f.boolCombo.addItem("—", None)
        f.boolCombo.addItem(self.tr("Có (đạt yêu cầu)"), 1.0)
        f.boolCombo.addItem(self.tr("Không"), 0.0)
        f.declaredCombo.addItem(self.tr("— (tự tính từ số liệu)"), None)
        for code in DECLARABLE_STATUSES:
            f.declaredCombo.addItem(status_label(code), code)
        f.targetDateEdit.setMinimumDate(NO_DATE)
        f.valueEdit.textEdited.connect(self._on_value_edited)
        f.valueEdit.editingFinished.connect(self._save_value)
        f.boolCombo.activated.connect(self._on_bool_activated)
        f.declaredCombo.activated.connect(self._on_declared_activated)
        f.responsibleEdit.editingFinished.connect(self._save_responsible)
        f.targetDateEdit.editingFinished.connect(self._save_target)
        f.noteEdit.installEventFilter(self)
        f.derivedLabel.linkActivated.connect(lambda _link: self.infra_link_activated.emit())
        self.show_result(None)

    # ------------------------------------------------------------------ display
    #: the legal source of the catalog in use, cited when an indicator's own source is a
    #: research note (set by the Tiêu chí page)
    catalog_source: str | None = None
    #: the warning that the shown year is approved and locked by the appraiser ("" if not; set
    #: by the Tiêu chí page): shown above the fields, the edit itself is not blocked
    locked_warning: str = ""

    def show_result(self, r: IndicatorResult | None, assessment: dict[str, Any] | None = None,
                    criterion: CriterionResult | None = None,
                    appraisals: list[dict[str, Any]] | None = None,
                    derived_key: str | None = None) -> None:
        """Show ``r`` (None: nothing selected). Fields being typed into keep their text."""
        f = self.form
        same = self.result is not None and r is not None and self.result.code == r.code
        self.result = r
        self._stored = dict(assessment or {})
        enabled = r is not None
        for w in (f.valueEdit, f.boolCombo, f.declaredCombo, f.responsibleEdit,
                  f.targetDateEdit, f.noteEdit, f.evidenceGroup):
            w.setEnabled(enabled)
        if r is None:
            f.criterionLabel.clear()
            f.indicatorLabel.setText(self.tr("Chọn một chỉ tiêu ở danh sách bên trái để xem và "
                                             "cập nhật."))
            for w in (f.lockedLabel, f.statusLabel, f.mismatchLabel, f.thresholdLabel, f.unverifiedLabel,
                      f.derivedLabel, f.valueError, f.helpLabel, f.appraisalGroup):
                w.setVisible(False)
            return
        if criterion is not None:
            f.criterionLabel.setText(fill(self.tr("Tiêu chí %1 — %2: %3"), criterion.code,
                                          criterion.name,
                                          status_label(criterion.status)))
        f.indicatorLabel.setText(f"<b>{html.escape(r.code)}</b>&nbsp; {html.escape(r.text)}")
        f.lockedLabel.setVisible(bool(self.locked_warning))
        f.lockedLabel.setText(self.locked_warning)
        fg, bg = status_colors(r.status)
        f.statusLabel.setVisible(True)
        f.statusLabel.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; border-radius: 4px;"
                                    " padding: 5px 8px; font-weight: bold; }")
        f.statusLabel.setText(fill(self.tr("Trạng thái: %1 (%2)"), status_label(r.status),
                                   source_label(r).lower()))
        f.mismatchLabel.setVisible(r.mismatch)
        if r.mismatch:
            f.mismatchLabel.setText(fill(self.tr(
                "⚠ Tự đánh giá “%1” nhưng số liệu cho kết quả “%2”. Hãy kiểm tra lại số liệu hoặc "
                "trạng thái khai báo."), status_label(r.declared_status), status_label(r.computed_status)))
        f.thresholdLabel.setVisible(True)
        threshold = fill(self.tr("Mức đạt chuẩn: %1"), format_threshold(r))
        if r.threshold is not None and r.threshold.source:
            by = legal_citation(r.threshold.source, self.catalog_source)
            threshold += f"<br><small>{html.escape(by)}</small>"
        f.thresholdLabel.setText(threshold)
        f.unverifiedLabel.setVisible(not r.verified)
        if not r.verified:
            f.unverifiedLabel.setText(fill(self.tr(
                "⚠ Mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh "
                "trước khi sử dụng. Nguồn: %1"), legal_citation(r.source, self.catalog_source)))
        self._show_derived(r, derived_key)
        self._show_value(r, same)
        self._select_data(f.declaredCombo, r.declared_status)
        if not (same and f.responsibleEdit.hasFocus() and f.responsibleEdit.isModified()):
            f.responsibleEdit.setText(self._stored.get("responsible") or "")
        if not (same and f.noteEdit.hasFocus()):
            note = self._stored.get("note") or ""
            if f.noteEdit.toPlainText() != note:
                f.noteEdit.setPlainText(note)
        if not (same and f.targetDateEdit.hasFocus()):
            target = self._stored.get("target_date")
            f.targetDateEdit.setDate(QDate.fromString(target, "yyyy-MM-dd") if target
                                     else NO_DATE)
        help_text = officer_help(r.help)  # the catalog's research notes are not for officers
        f.helpLabel.setVisible(bool(help_text))
        f.helpLabel.setText(html.escape(help_text))
        self._show_appraisals(appraisals or [])

    def _show_derived(self, r: IndicatorResult, derived_key: str | None) -> None:
        f = self.form
        link = "<a href='infrastructure'>" + self.tr("Mở trang Hạ tầng") + "</a>"
        if r.derived is not None:
            f.derivedLabel.setText(fill(self.tr("Tự tính từ sổ công trình: %1 → %2. %3"),
                                        html.escape(r.derived.detail),
                                        format_value(r.kind, r.value, r.unit),
                                        link))
        elif derived_key:
            f.derivedLabel.setText(fill(self.tr("Chỉ tiêu này được tính từ sổ công trình nhưng chưa "
                                           "có số liệu; tạm dùng giá trị nhập tay. %1"), link))
        f.derivedLabel.setVisible(r.derived is not None or bool(derived_key))

    def _show_value(self, r: IndicatorResult, same: bool) -> None:
        f = self.form
        boolean = r.kind == "boolean"
        f.boolCombo.setVisible(boolean)
        f.valueEdit.setVisible(not boolean)
        derived = r.value_source == "derived"
        f.valueEdit.setReadOnly(derived)
        f.boolCombo.setEnabled(not derived)
        f.unitLabel.setText("%" if r.kind == "percent" else (r.unit or ""))
        stored = self._stored.get("value")
        if boolean:
            self._select_data(f.boolCombo, r.value if derived else stored)
        elif not (same and f.valueEdit.hasFocus() and f.valueEdit.isModified()):
            shown = r.value if derived else stored
            f.valueEdit.setText("" if shown is None else format_number(shown, 4))
            f.valueEdit.setModified(False)
            self._set_value_error("")
        tip = self.tr("Giá trị tự tính, không sửa ở đây") if derived else ""
        f.valueEdit.setToolTip(tip)

    def _show_appraisals(self, rows: list[dict[str, Any]]) -> None:
        f = self.form
        f.appraisalGroup.setVisible(True)
        if not rows:
            f.appraisalLabel.setText(self.tr("Chưa có ý kiến thẩm định cho chỉ tiêu này."))
            return
        parts = []
        for a in rows:
            agree = a.get("result") == APPRAISAL_AGREE
            result = tr_core("model", APPRAISAL_RESULTS.get(str(a.get("result")),
                                                            str(a.get("result"))))
            colour = "#176B35" if agree else "#A52A1E"
            line = f"<b style='color:{colour}'>{html.escape(result)}</b>"
            if a.get("status"):
                line += " — " + html.escape(fill(self.tr("đánh giá: %1"),
                                                 status_label(a["status"])))
            meta = [x for x in (a.get("appraiser"), a.get("appraiser_body"),
                                _short_date(a.get("date"))) if x]
            if meta:
                line += "<br><small>" + html.escape(", ".join(meta)) + "</small>"
            if a.get("comment"):
                line += "<br>" + html.escape(a["comment"])
            parts.append(line)
        f.appraisalLabel.setText("<br><br>".join(parts))

    @staticmethod
    def _select_data(combo: Any, value: Any) -> None:
        for i in range(combo.count()):
            data = combo.itemData(i)
            if data == value or (data is None and value is None):
                combo.setCurrentIndex(i)
                return
        combo.setCurrentIndex(0)

    # ------------------------------------------------------------------ validation
    def _set_value_error(self, message: str) -> None:
        f = self.form
        f.valueError.setText(message)
        f.valueError.setVisible(bool(message))
        f.valueEdit.setStyleSheet("QLineEdit { border: 1px solid #B3261E; }" if message else "")

    def check_value(self, text: str) -> tuple[float | None, str]:
        """(value, "") or (None, message) for the selected indicator's kind: the store's own
        rule (:func:`ntm_desktop.core.values.check_value`), read in the interface's number
        convention, its message translated."""
        try:
            if self.result is None:
                return as_number(text, vietnamese=is_vietnamese()), ""
            return check_value(self.result, text, vietnamese=is_vietnamese()), ""
        except ValidationError as exc:
            return None, user_message(exc)

    def _on_value_edited(self, text: str) -> None:
        self._set_value_error(self.check_value(text)[1])

    # ------------------------------------------------------------------ saving
    def _emit(self, values: dict[str, Any]) -> None:
        if self.result is None:
            return
        changed = {k: v for k, v in values.items() if self._stored.get(k) != v}
        if changed:
            self._stored.update(changed)
            self.edited.emit(self.result.code, changed)

    def _save_value(self) -> None:
        f = self.form
        if self.result is None or f.valueEdit.isReadOnly() or not f.valueEdit.isModified():
            return
        value, error = self.check_value(f.valueEdit.text())
        self._set_value_error(error)
        if error:
            return
        f.valueEdit.setModified(False)
        self._emit({"value": value})

    def _on_bool_activated(self, _index: int) -> None:
        self._emit({"value": self.form.boolCombo.currentData()})

    def _on_declared_activated(self, _index: int) -> None:
        self._emit({"declared_status": self.form.declaredCombo.currentData()})

    def _save_responsible(self) -> None:
        self._emit({"responsible": self.form.responsibleEdit.text().strip() or None})

    def _save_target(self) -> None:
        d = self.form.targetDateEdit.date()
        self._emit({"target_date": None if d == NO_DATE else d.toString("yyyy-MM-dd")})

    def _save_note(self) -> None:
        self._emit({"note": self.form.noteEdit.toPlainText().strip() or None})

    def flush(self) -> None:
        """Save whatever is being edited (called before the selection changes)."""
        if self.result is None:
            return
        self._save_value()
        self._save_responsible()
        self._save_note()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.form.noteEdit and event.type() == QEvent.Type.FocusOut:
            self._save_note()
        return super().eventFilter(watched, event)


def _short_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        d = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return d.strftime("%d/%m/%Y")
