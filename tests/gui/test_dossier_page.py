"""The Dossier page: the checklist and the missing list, entering a document number (saved at
once, undoable), narrative text saved on leaving the field, a field error shown at the field,
and a draft PDF built in the background and previewed."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import open_main_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from ntm_desktop.paths import AppPaths
from ntm_desktop.store.dossier_fields import get_fields

pytestmark = pytest.mark.gui
DOSSIER = 5


@pytest.fixture
def wb(tmp_path: Path):
    import sample_commune
    wb = sample_commune.build(tmp_path / "w.ntm.sqlite", size="medium")
    yield wb
    wb.close()


@pytest.fixture
def window(qtbot, app_paths: AppPaths, wb, tmp_path: Path):
    w = open_main_window(qtbot, app_paths, wb, tmp_path, DOSSIER)
    yield w
    w.tasks.wait(10000)


def missing_keys(page) -> list[str]:
    return [page.missing_list.item(i).data(256) for i in range(page.missing_list.count())]


def test_checklist_and_missing_list_shrinks_after_entering_a_number(qtbot, window, wb) -> None:
    page = window.current_page()
    assert page.checklist_tree.topLevelItemCount() >= 5
    before = missing_keys(page)
    assert "bao_cao_ket_qua.number" in before and "to_trinh.number" not in before
    assert page.draft_check.isChecked()  # a draft is offered while things are missing
    page.tabs.setCurrentIndex(1)
    edit = page.form.findChild(QLineEdit, "field_bao_cao_ket_qua.number")
    edit.setFocus()
    qtbot.keyClicks(edit, "12")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert get_fields(wb)["bao_cao_ket_qua.number"] == "12"
    after = missing_keys(page)
    assert len(after) == len(before) - 1 and "bao_cao_ket_qua.number" not in after
    assert str(len(after)) in page.missing_label.text()
    # undoable
    window.ctx.undo_stack.undo()
    assert "bao_cao_ket_qua.number" not in get_fields(wb)
    qtbot.waitUntil(lambda: "bao_cao_ket_qua.number" in missing_keys(page), timeout=15000)


def test_bad_date_is_shown_at_the_field(qtbot, window, wb) -> None:
    page = window.current_page()
    page.tabs.setCurrentIndex(1)
    edit = page.form.findChild(QLineEdit, "field_to_trinh.date")
    edit.setFocus()
    qtbot.keyClicks(edit, "31/02/2025")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    err = page.form.findChild(QLabel, "error_to_trinh.date")
    assert err.isVisible() and "ngày không hợp lệ" in err.text()
    assert "to_trinh.date" not in get_fields(wb)
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, "05/03/2025")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert not err.isVisible()
    assert get_fields(wb)["to_trinh.date"] == "2025-03-05"


def test_narrative_saved_when_leaving_the_field(qtbot, window, wb) -> None:
    page = window.current_page()
    page.tabs.setCurrentIndex(2)
    edit = page.edits["text.ton_tai"]
    edit.setFocus()
    qtbot.keyClicks(edit, "Con thieu kinh phi")
    assert "text.ton_tai" not in get_fields(wb)
    page.edits["text.ke_hoach"].setFocus()
    qtbot.waitUntil(lambda: get_fields(wb).get("text.ton_tai") == "Con thieu kinh phi",
                    timeout=15000)


def test_build_and_preview_a_draft(qtbot, window) -> None:
    page = window.current_page()
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    task = page.build_task
    assert task is not None
    with qtbot.waitSignal(task.did_succeed, timeout=60000):
        pass
    assert page.preview.document.pageCount() >= 1
    assert page.print_button.isEnabled()
    assert "dự thảo" in page.info_label.text()


def test_official_pdf_is_refused_while_fields_are_missing(qtbot, window) -> None:
    page = window.current_page()
    page.draft_check.setChecked(False)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.build_task is None
    assert "Còn thiếu" in page.info_label.text()


def test_ineligible_commune_official_pdf_refused_with_what_fails(qtbot, window, wb) -> None:
    """Every field filled in, but criteria and conditions not met: pressing "Xem trước" for
    the official paper lists what fails (criteria, conditions, thresholds) and offers the
    draft; the draft then prints and keeps the list."""
    from ntm_desktop.store.dossier_fields import set_fields
    set_fields(wb, {"signer.name": "Hoàng Văn Sìn", "to_trinh.recipient": "UBND tỉnh Lào Cai",
                    **{f"{d}.number": "1" for d in ("to_trinh", "bao_cao_ket_qua",
                                                     "bao_cao_y_kien", "bao_cao_no_dong")},
                    **{f"{d}.date": "2025-03-05" for d in ("to_trinh", "bao_cao_ket_qua",
                                                            "bao_cao_y_kien", "bao_cao_no_dong",
                                                            "bien_ban")},
                    "bien_ban.members": 20, "bien_ban.votes_for": 18})
    page = window.current_page()
    page._reload_state()
    assert missing_keys(page) == []
    page.draft_check.setChecked(False)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    task = page.build_task
    assert task is not None
    with qtbot.waitSignal(task.did_finish, timeout=60000):
        pass
    texts = [page.missing_list.item(i).text() for i in range(page.missing_list.count())]
    assert any("An toàn về an ninh, trật tự" in t for t in texts)
    assert any(t.startswith("Tiêu chí số") for t in texts)
    assert "Chưa in được bản chính thức" in page.missing_label.text()
    assert page.draft_check.isChecked()
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.build_task.did_succeed, timeout=60000):
        pass
    assert "dự thảo" in page.info_label.text()
    assert page.missing_list.count() == len(texts)
