"""Dữ liệu → Thôn, bản (add, edit in place, remove, undo; refused while still used) and the
satisfaction survey dialog (checked as typed; saving updates the Overview's conditions)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sample_commune
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPushButton

from ntm_desktop.gui.dialogs.survey_dialog import SurveyDialog
from ntm_desktop.gui.dialogs.villages_dialog import VillagesDialog
from ntm_desktop.gui.main_window import MainWindow
from ntm_desktop.gui.models.villages_table import COLUMNS, VillagesTableModel
from ntm_desktop.store import commune as store_commune
from ntm_desktop.store import survey as store_survey
from ntm_desktop.store.evaluation_service import default_year
from ntm_desktop.store.workbook import Workbook

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("villages") / "sample.ntm.sqlite"
    sample_commune.build(path, size="medium").close()
    return path


@pytest.fixture
def window(qtbot, tmp_path, template, app_paths):
    dest = tmp_path / "wb" / "commune.ntm.sqlite"
    dest.parent.mkdir()
    shutil.copyfile(template, dest)
    wb = Workbook.open(dest, author="Kiểm thử", daily_backup=False)
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(app_paths, workbook=wb, settings=settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.tasks.wait(10000)
    if win.ctx.workbook is not None:
        win.ctx.workbook.close()


@pytest.fixture
def dialog(qtbot, window) -> VillagesDialog:
    window.file_actions.villages_action.trigger()
    d = window.file_actions.villages_dialog
    assert isinstance(d, VillagesDialog) and d.isVisible()
    return d


def names(wb) -> list[str]:
    return [v["name"] for v in store_commune.list_villages(wb)]


def row_of(d: VillagesDialog, name: str) -> int:
    for r in range(d.proxy.rowCount()):
        if d.proxy.index(r, 0).data() == name:
            return r
    return -1


def type_text(qtbot, widget, text: str) -> None:
    """Type like a Vietnamese keyboard (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def pump() -> None:
    QApplication.processEvents()
    QApplication.processEvents()


# ----------------------------------------------------------------------------- model
def test_model_passes_qtmodeltester(qtmodeltester, window) -> None:
    model = VillagesTableModel(lambda v: v)
    model.set_villages(store_commune.list_villages(window.ctx.workbook))
    qtmodeltester.check(model)
    assert model.rowCount() == sample_commune.EXPECTED["villages"]
    assert model.data(model.index(0, COLUMNS.index("households"))) == "112"
    assert model.check(1, "1,5") is not None  # not a whole number
    assert model.check(0, "thôn nà héc") is not None  # duplicate (case-insensitive)
    assert model.check(0, "Thôn Nà Héc", 0) is None  # its own name


# ----------------------------------------------------------------------------- villages
def test_add_village_then_undo_and_redo(qtbot, window, dialog) -> None:
    f = dialog.form
    wb = window.ctx.workbook
    assert not f.addButton.isEnabled()
    type_text(qtbot, f.nameEdit, "Thôn Khuổi Nặm")
    qtbot.keyClicks(f.householdsEdit, "4x")
    assert f.householdsError.isVisible() and "số nguyên" in f.householdsError.text()
    assert not f.addButton.isEnabled()
    f.householdsEdit.clear()
    qtbot.keyClicks(f.householdsEdit, "1.045")
    qtbot.keyClicks(f.populationEdit, "180")
    assert f.addButton.isEnabled()
    qtbot.mouseClick(f.addButton, Qt.MouseButton.LeftButton)
    assert "Thôn Khuổi Nặm" in names(wb)
    added = wb.get("village", store_commune.find_village(wb, "Thôn Khuổi Nặm"))
    assert added["households"] == 1045 and added["population"] == 180
    assert added["ordering"] == max(v["ordering"] or 0 for v in store_commune.list_villages(wb))
    assert f.nameEdit.text() == ""
    pump()
    assert row_of(dialog, "Thôn Khuổi Nặm") >= 0

    qtbot.mouseClick(f.undoButton, Qt.MouseButton.LeftButton)
    pump()
    assert "Thôn Khuổi Nặm" not in names(wb)
    assert row_of(dialog, "Thôn Khuổi Nặm") == -1
    qtbot.mouseClick(f.redoButton, Qt.MouseButton.LeftButton)
    pump()
    assert "Thôn Khuổi Nặm" in names(wb)
    assert row_of(dialog, "Thôn Khuổi Nặm") >= 0


def test_duplicate_name_is_shown_at_the_field(qtbot, dialog) -> None:
    f = dialog.form
    type_text(qtbot, f.nameEdit, "Thôn Đồng Tâm")
    assert f.nameError.isVisible() and "Thôn Đồng Tâm" in f.nameError.text()
    assert not f.addButton.isEnabled()


def test_edit_in_place_checks_as_typed(qtbot, window, dialog) -> None:
    wb = window.ctx.workbook
    table = dialog.form.villagesTable
    row = row_of(dialog, "Bản Khuổi Sáp")
    index = dialog.proxy.index(row, COLUMNS.index("households"))
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QLineEdit, "cellEditor")
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "-3")
    assert dialog.form.errorLabel.isVisible() and "âm" in dialog.form.errorLabel.text()
    editor.selectAll()
    qtbot.keyClicks(editor, "70")
    assert not dialog.form.errorLabel.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    pump()  # the delegate commits on a queued call
    vid = store_commune.find_village(wb, "Bản Khuổi Sáp")
    assert wb.get("village", vid)["households"] == 70
    window.undo_action.trigger()
    assert wb.get("village", vid)["households"] == 64

    # a name that is already used is not saved
    index = dialog.proxy.index(row_of(dialog, "Bản Khuổi Sáp"), 0)
    table.edit(index)
    editor = table.findChild(QLineEdit, "cellEditor")
    editor.selectAll()
    type_text(qtbot, editor, "Thôn Nà Héc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    pump()
    assert "Thôn Nà Héc" in dialog.form.errorLabel.text()
    assert wb.get("village", vid)["name"] == "Bản Khuổi Sáp"


def test_village_still_used_cannot_be_removed(qtbot, window, dialog) -> None:
    wb = window.ctx.workbook
    dialog.form.villagesTable.selectRow(row_of(dialog, "Thôn Nà Héc"))
    qtbot.mouseClick(dialog.form.removeButton, Qt.MouseButton.LeftButton)
    box = dialog.message_box
    assert box is not None and box.isVisible()
    assert "Thôn Nà Héc" in box.text() and "công trình hạ tầng" in box.text()
    assert "Thôn Nà Héc" in names(wb)


def test_store_refusal_is_explained(qtbot, window, dialog) -> None:
    """Even if the usage check is passed, the store's "reference" refusal is explained."""
    wb = window.ctx.workbook
    vid = store_commune.find_village(wb, "Thôn Nà Héc")
    dialog._remove(vid, "Thôn Nà Héc")
    assert dialog.message_box is not None and "Thôn Nà Héc" in dialog.message_box.text()
    assert "Thôn Nà Héc" in names(wb)


def test_remove_unused_village_with_confirmation_and_undo(qtbot, window, dialog) -> None:
    wb = window.ctx.workbook
    store_commune.save_village(wb, {"name": "Thôn Tạm", "ordering": 99})
    pump()
    dialog.form.villagesTable.selectRow(row_of(dialog, "Thôn Tạm"))
    qtbot.mouseClick(dialog.form.removeButton, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert [b.text() for b in box.buttons()] == ["&Xóa thôn", "&Không xóa"] or \
        set(b.text() for b in box.buttons()) == {"&Xóa thôn", "&Không xóa"}
    qtbot.mouseClick(box.findChild(QPushButton, "yesButton"), Qt.MouseButton.LeftButton)
    assert "Thôn Tạm" not in names(wb)
    pump()
    assert row_of(dialog, "Thôn Tạm") == -1
    assert dialog.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Thôn Tạm" in dialog.form.undoButton.toolTip()
    qtbot.mouseClick(dialog.form.undoButton, Qt.MouseButton.LeftButton)
    pump()
    assert "Thôn Tạm" in names(wb)
    assert row_of(dialog, "Thôn Tạm") >= 0


def test_settings_has_a_villages_button(qtbot, window) -> None:
    settings = window.show_settings()
    buttons = [b for b in settings.form.buttonBox.buttons() if b.text() == "&Thôn, bản…"]
    assert len(buttons) == 1
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert isinstance(settings.villages_dialog, VillagesDialog)
    assert settings.villages_dialog.isVisible()


# ----------------------------------------------------------------------------- survey
def test_survey_satisfied_more_than_asked_is_refused_at_the_field(qtbot, window) -> None:
    window.file_actions.survey_action.trigger()
    d = window.file_actions.survey_dialog
    assert isinstance(d, SurveyDialog) and d.isVisible()
    f = d.form
    assert f.organisedEdit.text() == "Ủy ban MTTQ Việt Nam xã Minh Tân" or f.organisedEdit.text()
    f.askedEdit.clear()
    f.satisfiedEdit.clear()
    qtbot.keyClicks(f.askedEdit, "200")
    qtbot.keyClicks(f.satisfiedEdit, "250")
    assert f.satisfiedError.isVisible()
    assert "không được lớn hơn" in f.satisfiedError.text()
    assert not d.save_button.isEnabled()
    assert f.shareLabel.text() == "—"
    # raising "asked" makes it valid again
    f.askedEdit.clear()
    qtbot.keyClicks(f.askedEdit, "300")
    assert not f.satisfiedError.isVisible()
    assert d.save_button.isEnabled()


def test_valid_survey_updates_the_overview(qtbot, window) -> None:
    wb = window.ctx.workbook
    overview = window.page(0)
    window.show_page(0)
    year = default_year(wb)
    assert "95,3" not in overview.form.conditionsLabel.text()
    overview.form.conditionsLabel.linkActivated.emit("survey")
    d = overview.survey_dialog
    assert isinstance(d, SurveyDialog) and d.isVisible()
    f = d.form
    assert f.yearSpin.value() == year
    f.askedEdit.clear()
    f.satisfiedEdit.clear()
    f.dateEdit.clear()
    qtbot.keyClicks(f.askedEdit, "1.000")
    qtbot.keyClicks(f.satisfiedEdit, "953")
    qtbot.keyClicks(f.dateEdit, "05/03/2024")
    assert "95,30%" in f.shareLabel.text()
    qtbot.mouseClick(f.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert not d.isVisible()
    s = store_survey.latest_survey(wb, year)
    assert (s["households_asked"], s["households_satisfied"], s["date"]) == (1000, 953,
                                                                              "2024-03-05")
    qtbot.waitUntil(lambda: "95,3" in overview.form.conditionsLabel.text())
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "95,3" not in overview.form.conditionsLabel.text())
