"""Overview and Criteria pages on a real workbook: editing an indicator updates the criterion and
the overview, Ctrl+Z restores it, a declared status that contradicts the data is flagged, the
tree model is sound, and a photo dropped on the evidence list is attached."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import show_active
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage

from ntm_desktop.core.model import STATUS_MET, STATUS_UNKNOWN
from ntm_desktop.gui.main_window import MainWindow, open_settings
from ntm_desktop.gui.models.criteria_tree import STATUS_ROLE, CriteriaTreeModel
from ntm_desktop.paths import AppPaths
from ntm_desktop.services.workspace import create_commune_workbook
from ntm_desktop.store.assessment import get_assessment
from ntm_desktop.store.workbook import Workbook

pytestmark = pytest.mark.gui
YEAR = 2025


@pytest.fixture
def workbook(app_paths: AppPaths):
    create_commune_workbook(app_paths.workbook, {
        "code": "08707", "name": "Phường Vĩnh Yên", "province_name": "Phú Thọ",
        "criteria_set": "qd318-2022", "region": "DBSH", "officer_name": "Nguyễn Văn An"},
        [{"name": "Thôn Đông", "households": 120}])
    wb = Workbook.open(app_paths.workbook)
    from ntm_desktop.store.evaluation_service import set_evaluation_year
    set_evaluation_year(wb, YEAR)
    yield wb
    wb.close()


@pytest.fixture
def window(qtbot, app_paths: AppPaths, workbook: Workbook) -> MainWindow:
    w = MainWindow(app_paths, workbook=workbook, settings=open_settings(app_paths.data_dir))
    qtbot.addWidget(w)
    show_active(qtbot, w)
    return w


def criterion_status(page, code: str) -> str:
    return page.model.data(page.model.index_of(code, "criterion"), STATUS_ROLE)


def type_value(qtbot, page, text: str) -> None:
    edit = page.form.valueEdit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def choose_declared(qtbot, page, steps: int) -> None:
    combo = page.form.declaredCombo
    combo.setFocus()
    combo.setCurrentIndex(0)
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Down on a closed combo box picks the next item


def test_edit_value_updates_criterion_overview_and_undo(qtbot, window: MainWindow,
                                                         workbook: Workbook) -> None:
    overview = window.page(0)
    assert overview.form.bigFigureLabel.text() == "0/19"
    window.show_page(1)
    page = window.page(1)
    assert page.select_indicator("3.2")
    choose_declared(qtbot, page, 1)  # "Đạt"
    assert get_assessment(workbook, "3.2", YEAR)["declared_status"] == "dat"

    assert page.select_indicator("3.1")
    type_value(qtbot, page, "1000")  # not a percentage: refused at the field, nothing saved
    assert page.form.valueError.isVisible() and "100" in page.form.valueError.text()
    assert get_assessment(workbook, "3.1", YEAR) is None
    type_value(qtbot, page, "85,5")
    assert not page.form.valueError.isVisible()
    assert get_assessment(workbook, "3.1", YEAR)["value"] == 85.5
    qtbot.waitUntil(lambda: criterion_status(page, "3") == STATUS_MET, timeout=15000)
    assert "Đạt" in page.form.statusLabel.text()

    window.show_page(0)
    qtbot.waitUntil(lambda: overview.form.bigFigureLabel.text() == "1/19", timeout=15000)

    window.show_page(1)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: get_assessment(workbook, "3.1", YEAR) is None, timeout=15000)  # row created by the edit is gone
    qtbot.waitUntil(lambda: criterion_status(page, "3") == STATUS_UNKNOWN, timeout=15000)
    assert page.form.valueEdit.text() == ""
    window.show_page(0)
    qtbot.waitUntil(lambda: overview.form.bigFigureLabel.text() == "0/19", timeout=15000)


def test_mismatch_warning_when_declared_status_contradicts_data(qtbot, window: MainWindow) -> None:
    window.show_page(1)
    page = window.page(1)
    page.select_indicator("3.1")
    type_value(qtbot, page, "90")  # ≥ 80 %: the data says Đạt
    assert not page.form.mismatchLabel.isVisible()
    choose_declared(qtbot, page, 2)  # declared "Chưa đạt"
    qtbot.waitUntil(lambda: page.form.mismatchLabel.isVisible(), timeout=15000)
    assert "Chưa đạt" in page.form.mismatchLabel.text()
    window.show_page(0)
    warnings = window.page(0).form.warningsList
    texts = [warnings.item(i).text() for i in range(warnings.count())]
    assert any(t.startswith("Chỉ tiêu 3.1") for t in texts), texts
    # clicking the warning opens the indicator on the Criteria page
    item = next(warnings.item(i) for i in range(warnings.count())
                if warnings.item(i).text().startswith("Chỉ tiêu 3.1"))
    qtbot.mouseClick(warnings.viewport(), Qt.MouseButton.LeftButton,
                     pos=warnings.visualItemRect(item).center())
    assert window.current_index() == 1 and page.editor.result.code == "3.1"


def test_tree_model_passes_modeltester(qtmodeltester, workbook: Workbook) -> None:
    from ntm_desktop.store.evaluation_service import evaluate
    model = CriteriaTreeModel()
    model.set_evaluation(evaluate(workbook, YEAR))
    qtmodeltester.check(model)
    assert model.rowCount() == 5  # groups I–V of the 2021–2025 set
    tip = model.data(model.index_of("2.1").siblingAtColumn(1), Qt.ItemDataRole.ToolTipRole)
    assert "quyết định của tỉnh" in tip  # unverified threshold: must be confirmed
    model.set_evaluation(evaluate(workbook, YEAR))  # in-place update keeps it sound
    qtmodeltester.check(model)


def test_dropped_photo_is_listed_as_evidence(qtbot, window: MainWindow, workbook: Workbook,
                                             tmp_path: Path) -> None:
    photo = tmp_path / "anh-nha-van-hoa.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2E9E5B"))
    assert image.save(str(photo))
    window.show_page(1)
    page = window.page(1)
    page.select_indicator("6.1")
    assert page.evidence.count() == 0
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.evidence.dropEvent(drop)  # as Qt delivers it at the end of a drag
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: page.evidence.names() == ["anh-nha-van-hoa.png"], timeout=15000)
    row = get_assessment(workbook, "6.1", YEAR)
    assert row is not None
    assert workbook.count("attachment_link", "entity_id = ?", [row["id"]]) == 1


def test_value_field_and_store_share_one_rule(qtbot, window: MainWindow, workbook: Workbook
                                              ) -> None:
    """9.1 is must_be_none: 2,5 is refused at the field with the store's own message (the CLI's
    ``ntm set 9.1 --value 2.5`` is refused with it too); "85%" is read as 85 like ``ntm set``."""
    from ntm_desktop.core.errors import ValidationError
    from ntm_desktop.store.assessment import set_assessment
    from ntm_desktop.store.evaluation_service import catalog_for

    window.show_page(1)
    page = window.page(1)
    assert page.select_indicator("9.1")
    type_value(qtbot, page, "2,5")
    assert page.form.valueError.isVisible()
    shown = page.form.valueError.text()
    with pytest.raises(ValidationError) as info:
        set_assessment(workbook, "9.1", YEAR, {"value": "2,5"}, catalog=catalog_for(workbook))
    assert shown == info.value.message and "số nguyên" in shown
    assert get_assessment(workbook, "9.1", YEAR) is None
    assert page.select_indicator("3.1")
    type_value(qtbot, page, "85%")
    assert not page.form.valueError.isVisible()
    assert get_assessment(workbook, "3.1", YEAR)["value"] == 85


def test_appraisal_shown_in_the_words_of_the_appraisal_report(qtbot, window: MainWindow,
                                                               workbook: Workbook) -> None:
    """One appraisal vocabulary: the Criteria page says "Không thống nhất" like the report."""
    with workbook.atomic():
        workbook.put("appraisal", {"indicator_code": "3.1", "year": YEAR, "result": "disagree",
                                   "status": "chua_dat", "appraiser": "Tổ thẩm định"})
    window.show_page(1)
    page = window.page(1)
    assert page.select_indicator("3.1")
    qtbot.waitUntil(lambda: "Không thống nhất" in page.form.appraisalLabel.text(), timeout=15000)


def test_locked_year_warned_before_editing_but_not_blocked(qtbot, app_paths: AppPaths,
                                                           workbook: Workbook) -> None:
    """A year the appraiser approved and locked (the last feedback's ``approval.json``): the
    indicator shows the warning before anything is saved; the edit is still saved. Another
    year shows no warning."""
    import json
    workbook.set_meta("sync.approval", json.dumps({  # as the feedback import stores it
        "format": "ntm-approval/1", "notices": [],
        "years": [{"year": YEAR, "state": "approved", "comment": "Đủ điều kiện",
                   "decided_at": "2026-03-05T08:00:00Z", "decided_by": "Tổ thẩm định",
                   "locked": True},
                  {"year": YEAR + 1, "state": "returned", "comment": "Bổ sung",
                   "decided_at": "2026-03-05T08:00:00Z", "decided_by": "Tổ thẩm định",
                   "locked": False}]}))
    w = MainWindow(app_paths, workbook=workbook, settings=open_settings(app_paths.data_dir))
    qtbot.addWidget(w)
    show_active(qtbot, w)
    w.show_page(1)
    page = w.page(1)
    assert page.select_indicator("3.1")
    label = page.form.lockedLabel
    qtbot.waitUntil(label.isVisible, timeout=15000)
    assert f"Hồ sơ năm {YEAR} đã được nơi thẩm định phê duyệt và khóa" in label.text()
    assert get_assessment(workbook, "3.1", YEAR) is None  # shown before any saving
    type_value(qtbot, page, "85")
    assert get_assessment(workbook, "3.1", YEAR)["value"] == 85  # not blocked
    assert label.isVisible()
    page.form.yearSpin.setValue(YEAR + 1)  # returned, not locked: no warning
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=15000)
    assert page.select_indicator("3.2") and not label.isVisible()
