"""Dữ liệu → Kết quả khảo sát sự hài lòng: one result per year (households asked, households
satisfied ≤ asked, date, organised by, note), checked as typed; the share is shown live
("95,30%"). Saved through ``save_survey`` as one undoable step.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.i18n import fill
from ntm_desktop.gui.models.villages_table import parse_whole
from ntm_desktop.gui.ui_loader import load_ui_into
from ntm_desktop.gui.undo import run_undoable
from ntm_desktop.gui.widgets.field_validation import (
    ERROR_STYLE,
    FormValidator,
    date_check,
    fmt_date,
    number_check,
    parse_date_text,
)
from ntm_desktop.store import survey as store_survey
from ntm_desktop.store.survey import survey_for_year, survey_share


def default_organiser(commune: dict[str, Any]) -> str:
    """"Ủy ban MTTQ Việt Nam xã Minh Tân" (the body that usually runs the survey)."""
    name = str(commune.get("name") or "").strip()
    if name[:3].lower() == "xã ":
        name = name[3:]
    return f"Ủy ban MTTQ Việt Nam xã {name}".strip()


def open_survey_dialog(ctx: Any, parent: QWidget | None = None) -> SurveyDialog:
    dialog = SurveyDialog(ctx, parent)
    dialog.open()
    return dialog


class SurveyDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = f = load_ui_into("dialogs/survey.ui", self)
        self.existing: dict[str, Any] | None = None
        self.saved: dict[str, Any] | None = None
        self.save_button = f.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Lưu"))
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        f.buttonBox.accepted.connect(self.save)
        f.buttonBox.rejected.connect(self.reject)
        f.errorLabel.setStyleSheet(ERROR_STYLE)
        f.errorLabel.hide()

        v = self.validator = FormValidator(self)
        v.add("households_asked", f.askedEdit, f.askedError,
              number_check(f.askedEdit, self.tr("Số hộ được hỏi"), required=True, minimum=1,
                           integer=True))
        v.add("households_satisfied", f.satisfiedEdit, f.satisfiedError, self._check_satisfied)
        v.add("date", f.dateEdit, f.dateError,
              date_check(f.dateEdit, self.tr("Ngày khảo sát"), allow_future=False))
        v.add("organised_by", f.organisedEdit)
        v.add("year", f.yearSpin)
        v.general_label = f.errorLabel
        for label in (f.askedError, f.satisfiedError, f.dateError):
            label.setWordWrap(False)  # one line: QFormLayout clips wrapped labels
        v.validity_did_change.connect(self.save_button.setEnabled)
        f.askedEdit.textChanged.connect(self._on_asked_changed)
        f.satisfiedEdit.textChanged.connect(lambda _t: self._update_share())
        f.yearSpin.valueChanged.connect(self._load_year)

        wb = ctx.workbook
        self.commune = (wb.commune() if wb is not None else None) or {}
        from ntm_desktop.store.evaluation_service import default_year
        year = default_year(wb) if wb is not None else dt.date.today().year
        f.yearSpin.setValue(year)
        self._load_year(year)
        self.resize(640, 430)

    # ------------------------------------------------------------------ checks
    def _check_satisfied(self) -> str | None:
        f = self.form
        message = number_check(f.satisfiedEdit, self.tr("Số hộ hài lòng"), required=True,
                               minimum=0, integer=True)()
        if message:
            return message
        try:
            asked = parse_whole(f.askedEdit.text())
        except ValueError:
            return None
        satisfied = parse_whole(f.satisfiedEdit.text())
        if asked is not None and satisfied is not None and satisfied > asked:
            return fill(self.tr("Số hộ hài lòng (%1) không được lớn hơn số hộ được hỏi (%2)."),
                        nf.number(satisfied), nf.number(asked))
        return None

    def _on_asked_changed(self, _text: str) -> None:
        if self.form.satisfiedEdit.text().strip():
            self.validator.revalidate()
        self._update_share()

    def _numbers(self) -> tuple[int | None, int | None]:
        f = self.form
        try:
            return parse_whole(f.askedEdit.text()), parse_whole(f.satisfiedEdit.text())
        except ValueError:
            return None, None

    def _update_share(self) -> None:
        share = survey_share(*self._numbers())
        self.form.shareLabel.setText("—" if share is None else "<b>" + nf.percent(share, 2)
                                     + "</b>")

    # ------------------------------------------------------------------ data
    def _load_year(self, year: int) -> None:
        f = self.form
        wb = self.ctx.workbook
        self.existing = survey_for_year(wb, year) if wb is not None else None
        s = self.existing or {}
        f.askedEdit.setText("" if s.get("households_asked") is None
                            else nf.number(s["households_asked"]))
        f.satisfiedEdit.setText("" if s.get("households_satisfied") is None
                                else nf.number(s["households_satisfied"]))
        f.dateEdit.setText(fmt_date(s.get("date")))
        f.organisedEdit.setText(s.get("organised_by") or default_organiser(self.commune))
        f.noteEdit.setPlainText(s.get("note") or "")
        f.existingLabel.setText(
            self.tr("(đã có kết quả, sửa rồi bấm Lưu để cập nhật)") if self.existing
            else self.tr("(chưa có kết quả)"))
        self.validator.revalidate()
        if not self.existing:
            self.validator.hide_messages()
        self._update_share()

    def values(self) -> dict[str, Any]:
        f = self.form
        asked, satisfied = self._numbers()
        date = parse_date_text(f.dateEdit.text())
        out: dict[str, Any] = {
            "year": f.yearSpin.value(), "households_asked": asked,
            "households_satisfied": satisfied, "date": date.isoformat() if date else None,
            "organised_by": f.organisedEdit.text().strip() or None,
            "note": f.noteEdit.toPlainText().strip() or None}
        if self.existing:
            out["id"] = self.existing["id"]
        return out

    def save(self) -> dict[str, Any] | None:
        """Save and close; a store refusal is shown at its field and the dialog stays open."""
        if not self.validator.revalidate():
            widget = self.validator.first_invalid()
            if widget is not None:
                widget.setFocus()
            return None
        wb = self.ctx.workbook
        values = self.values()
        try:
            self.saved = run_undoable(
                self.ctx, fill(self.tr("Nhập kết quả khảo sát sự hài lòng năm %1"),
                               str(values["year"])), lambda: store_survey.save_survey(wb, values))
        except ValidationError as exc:
            self.validator.show_error(exc.field, user_message(exc))
            return None
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return None
        self.ctx.hub.status_message.emit(
            fill(self.tr("Đã lưu kết quả khảo sát sự hài lòng năm %1."), str(values["year"])), 5000)
        self.accept()
        return self.saved
