"""The History page: the journal newest first, filters, the before/after detail, undo from the
QUndoView, and the integrity check before and after tampering with the journal."""

from __future__ import annotations

from pathlib import Path

import pytest
import sample_commune
from gui_helpers import open_main_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTreeWidget

from ntm_desktop.gui.models.journal_table import JournalTableModel
from ntm_desktop.gui.undo import run_undoable
from ntm_desktop.paths import AppPaths
from ntm_desktop.services.history import JournalFilter
from ntm_desktop.store.commune import save_village

pytestmark = pytest.mark.gui
HISTORY = 7


@pytest.fixture
def wb(tmp_path: Path):
    wb = sample_commune.build(tmp_path / "w.ntm.sqlite", size="small")
    yield wb
    wb.close()


@pytest.fixture
def window(qtbot, app_paths: AppPaths, wb, tmp_path: Path):
    w = open_main_window(qtbot, app_paths, wb, tmp_path, HISTORY)
    yield w
    w.tasks.wait(5000)


def record_text(page, row: int) -> str:
    return page.model.index(row, JournalTableModel.COL_RECORD).data()


def test_new_edit_appears_on_top_and_entity_filter_works(qtbot, window, wb) -> None:
    page = window.current_page()
    assert page.model.rowCount() == 2
    run_undoable(window.ctx, "Thêm thôn", lambda: save_village(wb, {"name": "Thôn Bắc"}))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    assert record_text(page, 0) == "Thôn Bắc"
    assert page.model.index(0, JournalTableModel.COL_OP).data() == "Thêm"
    assert page.model.index(0, JournalTableModel.COL_AUTHOR).data() == "Cán bộ A"

    combo = page.form.findChild(QComboBox, "entityCombo")
    combo.setCurrentIndex(combo.findText("Thông tin xã"))
    assert page.model.rowCount() == 1
    assert record_text(page, 0) == "Xã Tân Hòa"
    combo.setCurrentIndex(combo.findText("Thôn, bản"))
    assert [record_text(page, r) for r in range(page.model.rowCount())] == ["Thôn Bắc",
                                                                            "Thôn Đông"]
    # free text, typed like a user (applied after a short pause)
    page.form.findChild(QPushButton, "clearFiltersButton").click()
    search = page.form.findChild(QLineEdit, "searchEdit")
    # typed without accents, found all the same, as in every list (searched in the background;
    # two words: a record id is hex and may hold "bac")
    qtbot.keyClicks(search, "thon bac")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=15000)
    assert record_text(page, 0) == "Thôn Bắc" and page.count_label.text() == "1 thay đổi"
    search.clear()
    qtbot.keyClicks(search, "Thon Tay")  # no such village
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=15000)
    search.clear()
    search.insert("Thôn Bắc")  # with accents (QTest cannot type non-ASCII keys)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=15000)
    assert record_text(page, 0) == "Thôn Bắc"
    # a change while searching: the new entry that matches joins the list
    run_undoable(window.ctx, "Sửa thôn", lambda: save_village(
        wb, {"id": wb.rows("village", "name = ?", ["Thôn Bắc"])[0]["id"], "name": "Thôn Bắc",
             "households": 40}))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=15000)
    assert [page.model.index(r, JournalTableModel.COL_OP).data() for r in range(2)] == \
        ["Sửa", "Thêm"]


def test_detail_shows_before_and_after(qtbot, window, wb) -> None:
    page = window.current_page()
    vid = wb.rows("village")[0]["id"]
    run_undoable(window.ctx, "Sửa thôn", lambda: save_village(
        wb, {"id": vid, "name": "Thôn Đông", "households": 125}))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    page.view.selectRow(0)
    tree = page.form.findChild(QTreeWidget, "detailTree")
    rows = {tree.topLevelItem(i).text(0): (tree.topLevelItem(i).text(1),
                                          tree.topLevelItem(i).text(2))
            for i in range(tree.topLevelItemCount())}
    assert rows["Số hộ"] == ("120", "125")
    assert rows["Tên"] == ("Thôn Đông", "Thôn Đông")


def test_undo_from_the_undo_view(qtbot, window, wb) -> None:
    page = window.current_page()
    run_undoable(window.ctx, "Thêm thôn Nam", lambda: save_village(wb, {"name": "Thôn Nam"}))
    assert page.undo_button.isEnabled() and not page.redo_button.isEnabled()
    assert page.undo_view.model().rowCount() == 2  # the empty state + one command
    # click the "empty" line of the QUndoView: goes back to the start of the session
    view = page.undo_view
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.ctx.undo_stack.index() == 0
    assert [v["name"] for v in wb.rows("village")] == ["Thôn Đông"]
    qtbot.waitUntil(lambda: record_text(page, 0) == "Thôn Nam (đã xóa)", timeout=10000)
    assert page.model.index(0, JournalTableModel.COL_OP).data() == "Xóa"
    qtbot.mouseClick(page.redo_button, Qt.MouseButton.LeftButton)
    assert sorted(v["name"] for v in wb.rows("village")) == ["Thôn Nam", "Thôn Đông"]


def test_verify_chain_ok_then_reports_first_broken_link(qtbot, window, wb) -> None:
    page = window.current_page()
    page.verify_chain()
    with qtbot.waitSignal(page.verify_task.did_finish, timeout=15000):
        pass
    assert "toàn vẹn" in page.verify_label.text() and "2" in page.verify_label.text()

    wb.db.execute("UPDATE journal_entry SET author = 'Kẻ xấu' WHERE seq = 2")
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.verify_task.did_finish, timeout=15000):
        pass
    text = page.verify_label.text()
    assert "mục số 2" in text and "hash không khớp" in text


def test_model_passes_the_model_tester(qtmodeltester, wb) -> None:
    for i in range(5):
        save_village(wb, {"name": f"Thôn {i}"})
    model = JournalTableModel()
    model.set_database(wb.db)
    qtmodeltester.check(model)
    model.set_filter(JournalFilter(entity="village", text="Thôn 3"))
    assert model.rowCount() == 1
    qtmodeltester.check(model)
