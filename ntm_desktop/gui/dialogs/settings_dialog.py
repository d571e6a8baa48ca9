"""Tệp → Cài đặt: the commune profile, the evaluation year, the interface language and the
largest photo size. The profile is saved through ``save_commune`` (one undoable step); a field
error is shown under the form with the field focused.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ntm_desktop.core import catalog
from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.core.model import COMMUNE_GROUPS, REGIONS
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.i18n import LANGUAGES, tr_core
from ntm_desktop.gui.ui_loader import load_ui_into
from ntm_desktop.gui.undo import run_undoable

NO_YEAR = 2010


class SettingsDialog(QDialog):
    def __init__(self, ctx: Any, *, language: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = f = load_ui_into("dialogs/settings.ui", self)
        self.resize(660, 540)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lưu"))
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        f.buttonBox.accepted.connect(self.save)
        f.buttonBox.rejected.connect(self.reject)
        self.villages_button = f.buttonBox.addButton(self.tr("&Thôn, bản…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.villages_button.setEnabled(ctx.workbook is not None)
        self.villages_button.clicked.connect(self.open_villages)
        for set_id in catalog.builtin_catalog_ids():
            f.criteriaSetCombo.addItem(catalog.load_catalog(set_id).title, set_id)
        f.regionCombo.addItem("—", None)
        for code, label in REGIONS.items():
            f.regionCombo.addItem(tr_core("model", label), code)
        f.groupCombo.addItem("—", None)
        for code, label in COMMUNE_GROUPS.items():
            f.groupCombo.addItem(tr_core("model", label), code)
        for code, name in LANGUAGES.items():
            f.languageCombo.addItem(name, code)
        f.criteriaSetCombo.currentIndexChanged.connect(self._on_set_changed)
        self._load(language)

    def open_villages(self) -> Any:
        from ntm_desktop.gui.dialogs.villages_dialog import VillagesDialog
        self.villages_dialog = VillagesDialog(self.ctx, self)
        self.villages_dialog.open()
        return self.villages_dialog

    @staticmethod
    def _select(combo: Any, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _load(self, language: str) -> None:
        f = self.form
        wb = self.ctx.workbook
        commune = (wb.commune() if wb is not None else None) or {}
        f.communeTab.setEnabled(bool(commune))
        f.evaluationYearSpin.setEnabled(wb is not None)
        f.photoMaxSpin.setEnabled(wb is not None)
        self._commune = commune
        f.nameEdit.setText(commune.get("name") or "")
        f.codeLabel.setText(", ".join(str(p) for p in (commune.get("code"),
                                                      commune.get("province_name")) if p))
        self._select(f.criteriaSetCombo, commune.get("criteria_set"))
        self._select(f.regionCombo, commune.get("region"))
        self._select(f.groupCombo, commune.get("commune_group"))
        f.specialCheck.setChecked(commune.get("applied_region") == "TDMNPB")
        f.officerNameEdit.setText(commune.get("officer_name") or "")
        f.officerTitleEdit.setText(commune.get("officer_title") or "")
        f.targetYearSpin.setValue(commune.get("target_year") or NO_YEAR)
        f.recognisedYearSpin.setValue(commune.get("recognised_year") or NO_YEAR)
        self._select(f.languageCombo, language)
        if wb is not None:
            from ntm_desktop.store.attachments import DEFAULT_PHOTO_MAX_PX
            from ntm_desktop.store.evaluation_service import default_year
            f.evaluationYearSpin.setValue(default_year(wb))
            f.photoMaxSpin.setValue(int(wb.meta("photo_max_px") or DEFAULT_PHOTO_MAX_PX))
        self._on_set_changed()

    def _on_set_changed(self, *_: Any) -> None:
        f = self.form
        set_id = f.criteriaSetCombo.currentData()
        by_group = bool(set_id) and catalog.load_catalog(set_id).dimension == "commune_group"
        for w in (f.regionCaption, f.regionCombo, f.specialCheck):
            w.setVisible(not by_group)
        f.groupCaption.setVisible(by_group)
        f.groupCombo.setVisible(by_group)

    def commune_values(self) -> dict[str, Any]:
        f = self.form
        special = f.specialCheck.isChecked()
        applied = self._commune.get("applied_region")
        if special:
            applied = "TDMNPB"
        elif applied == "TDMNPB":
            applied = None
        return {"name": f.nameEdit.text().strip(),
                "criteria_set": f.criteriaSetCombo.currentData(),
                "region": f.regionCombo.currentData(), "applied_region": applied,
                "commune_group": f.groupCombo.currentData(),
                "special_difficult": True if special else self._commune.get("special_difficult"),
                "officer_name": f.officerNameEdit.text().strip() or None,
                "officer_title": f.officerTitleEdit.text().strip() or None,
                "target_year": f.targetYearSpin.value() if f.targetYearSpin.value() > NO_YEAR
                else None,
                "recognised_year": f.recognisedYearSpin.value()
                if f.recognisedYearSpin.value() > NO_YEAR else None}

    def save(self) -> None:
        """Save and close; on a field error keep the dialog open and point at the field."""
        f = self.form
        wb = self.ctx.workbook
        self.ctx.settings.setValue("ui/language", f.languageCombo.currentData())
        self.ctx.settings.sync()
        if wb is None:
            self.accept()
            return
        from ntm_desktop.store.commune import save_commune
        from ntm_desktop.store.evaluation_service import set_evaluation_year
        try:
            if self._commune:
                values = self.commune_values()
                if any(self._commune.get(k) != v for k, v in values.items()):
                    run_undoable(self.ctx, self.tr("Sửa thông tin xã"),
                                 lambda: save_commune(wb, values))
            set_evaluation_year(wb, f.evaluationYearSpin.value())
            wb.set_meta("photo_max_px", str(f.photoMaxSpin.value()))
        except ValidationError as exc:
            self._show_field_error(exc)
            return
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self.ctx.hub.announce([], self)  # local settings changed: pages reload
        self.accept()

    def _show_field_error(self, exc: ValidationError) -> None:
        f = self.form
        f.errorLabel.setText(user_message(exc))
        widgets = {"name": f.nameEdit, "region": f.regionCombo, "applied_region": f.regionCombo,
                   "commune_group": f.groupCombo, "criteria_set": f.criteriaSetCombo,
                   "officer_name": f.officerNameEdit, "officer_title": f.officerTitleEdit,
                   "target_year": f.targetYearSpin, "recognised_year": f.recognisedYearSpin}
        widget = widgets.get(exc.field or "")
        if widget is not None:
            f.tabs.setCurrentWidget(f.communeTab)
            widget.setFocus()
