"""The first-run wizard, driven like a user: commune search, criteria set and region, villages
typed in the table, officer, then the workbook and the signing key exist. Also the demo and the
appraiser paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import show_active
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from ntm_desktop.gui.wizard import (
    P_COMMUNE,
    P_CRITERIA,
    P_KEY,
    P_OFFICER,
    P_VILLAGES,
    FirstRunWizard,
)
from ntm_desktop.paths import AppPaths

pytestmark = pytest.mark.gui


@pytest.fixture
def wizard(qtbot, app_paths: AppPaths) -> FirstRunWizard:
    w = FirstRunWizard(app_paths)
    qtbot.addWidget(w)
    show_active(qtbot, w)
    return w


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard; non-ASCII letters arrive as text events, as from an input method
    (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, ch))


def _next(qtbot, w: QWizard, button: QWizard.WizardButton = QWizard.WizardButton.NextButton
          ) -> None:
    qtbot.mouseClick(w.button(button), Qt.MouseButton.LeftButton)


def _type_cell(qtbot, table, row: int, col: int, text: str) -> None:
    table.setCurrentCell(row, col)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(qtbot, editor, text)
    qtbot.keyPress(editor, Qt.Key.Key_Tab)  # the editor closes on the press


def test_wizard_creates_commune_workbook_and_key(qtbot, wizard: FirstRunWizard,
                                                 app_paths: AppPaths) -> None:
    w = wizard
    assert w.communeRadio.isChecked()
    _next(qtbot, w)
    assert w.currentId() == P_COMMUNE
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()  # no commune yet

    qtbot.keyClicks(w.communeSearchEdit, "vinh yen")
    qtbot.waitUntil(lambda: w.communeList.count() > 0, timeout=15000)
    texts = [w.communeList.item(i).text() for i in range(w.communeList.count())]
    assert any(t.startswith("Phường Vĩnh Yên") for t in texts), texts
    row = next(i for i, t in enumerate(texts) if t.startswith("Phường Vĩnh Yên"))
    assert "Trước 7/2025" in texts[row]  # the pre-2025 name and district, for history
    item = w.communeList.item(row)
    qtbot.mouseClick(w.communeList.viewport(), Qt.MouseButton.LeftButton,
                     pos=w.communeList.visualItemRect(item).center())
    assert "Vĩnh Yên" in w.communeSelectedLabel.text()
    _next(qtbot, w)

    assert w.currentId() == P_CRITERIA
    w.criteriaSetCombo.setCurrentIndex(w.criteriaSetCombo.findData("qd318-2022"))
    _next(qtbot, w)  # no region chosen: stays, with the error at the field
    assert w.currentId() == P_CRITERIA
    assert w.criteriaError.text()
    w.regionCombo.setFocus()
    w.regionCombo.setCurrentIndex(w.regionCombo.findData("DBSH"))
    qtbot.mouseClick(w.specialCheck, Qt.MouseButton.LeftButton)
    _next(qtbot, w)

    assert w.currentId() == P_VILLAGES
    table = w.villagesTable
    for r, (name, hh, pop) in enumerate([("Thôn Đông", "120", "480"), ("Thôn Tây", "95", "")]):
        _type_cell(qtbot, table, r, 0, name)
        _type_cell(qtbot, table, r, 1, hh)
        if pop:
            _type_cell(qtbot, table, r, 2, pop)
    assert table.rowCount() == 3  # a blank row waits for the next village
    _next(qtbot, w)

    assert w.currentId() == P_OFFICER
    type_text(qtbot, w.officerNameEdit, "Nguyễn Văn An")
    type_text(qtbot, w.officerTitleEdit, "Công chức Nông nghiệp")
    _next(qtbot, w, QWizard.WizardButton.CommitButton)
    assert w.currentId() == P_KEY

    path = app_paths.workbook
    assert w.outcome == "commune" and w.workbook_path == path and path.exists()
    from ntm_desktop.store.commune import list_villages
    from ntm_desktop.store.workbook import Workbook
    with Workbook.open(path) as wb:
        c = wb.commune()
        villages = list_villages(wb)
    assert (c["code"], c["name"], c["criteria_set"]) == ("08707", "Phường Vĩnh Yên", "qd318-2022")
    assert (c["region"], c["applied_region"]) == ("DBSH", "TDMNPB")
    assert c["officer_name"] == "Nguyễn Văn An"
    assert c["old_name"] == "Phường Tích Sơn"
    assert [(v["name"], v["households"], v["population"]) for v in villages] == [
        ("Thôn Đông", 120, 480), ("Thôn Tây", 95, None)]

    from ntm_desktop.sync.keys import KeyStore
    card = KeyStore(app_paths.keys).card()
    assert w.fingerprintLabel.text() == card["fingerprint"]
    assert card["commune_code"] == "08707"
    _next(qtbot, w, QWizard.WizardButton.FinishButton)
    assert w.result() == QWizard.DialogCode.Accepted


def test_demo_button_and_demo_flag(qtbot, wizard: FirstRunWizard, app_paths: AppPaths) -> None:
    qtbot.mouseClick(wizard.demoButton, Qt.MouseButton.LeftButton)
    assert wizard.outcome == "demo" and not wizard.isVisible()

    from ntm_desktop.app import first_run
    # a fresh machine opens the demo commune with the setup wizard over it
    fresh_path, fresh_choice = first_run(app_paths, app_paths.workbook, demo=False,
                                         explicit=False)
    assert fresh_choice == "wizard" and fresh_path.name.startswith("demo")
    path, choice = first_run(app_paths, app_paths.workbook, demo=True, explicit=False)
    assert choice == "demo" and path.exists() and not app_paths.workbook.exists()
    from ntm_desktop.store.workbook import Workbook
    with Workbook.open(path) as wb:
        assert wb.commune()["name"] == "Xã Bắc Sơn"


def test_open_demo_from_main_window_in_background(qtbot, app_paths: AppPaths) -> None:
    from ntm_desktop.gui.main_window import MainWindow, open_settings
    window = MainWindow(app_paths, settings=open_settings(app_paths.data_dir))
    qtbot.addWidget(window)
    window.show()
    assert window.page(0).form.emptyFrame.isVisible()
    qtbot.mouseClick(window.page(0).form.demoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.workbook is not None, timeout=15000)
    assert "Xã Bắc Sơn" in window.windowTitle()
    assert "giai đoạn 2021-2025" in window.windowTitle()  # the set's full title
    qtbot.waitUntil(lambda: "/19" in window.page(0).form.bigFigureLabel.text(), timeout=15000)
    window.ctx.workbook.close()


def test_appraiser_creates_hub_and_key(qtbot, wizard: FirstRunWizard, app_paths: AppPaths) -> None:
    w = wizard
    qtbot.mouseClick(w.appraiserRadio, Qt.MouseButton.LeftButton)
    _next(qtbot, w)
    type_text(qtbot, w.appraiserNameEdit, "VP Điều phối NTM tỉnh")
    w.appraiserLevelCombo.setCurrentIndex(1)  # a long choice reads whole in its tooltip
    assert w.appraiserLevelCombo.toolTip() == "Cấp huyện (trước 7/2025)"
    w.appraiserLevelCombo.setCurrentIndex(0)
    _next(qtbot, w, QWizard.WizardButton.CommitButton)
    assert w.currentId() == P_KEY and w.outcome == "appraiser"
    assert Path(app_paths.hub).exists()
    assert len(w.fingerprintLabel.text().split()) == 8
