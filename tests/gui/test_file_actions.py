"""Tệp menu: import Excel/JSON (all-or-nothing), export, back up now, restore through the dialog,
install the province's criteria set — all in the background, as the ``ntm`` command does."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sample_commune
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from ntm_desktop.gui.main_window import MainWindow
from ntm_desktop.store import backups, interchange, xlsx
from ntm_desktop.store import commune as store_commune
from ntm_desktop.store.workbook import Workbook

pytestmark = pytest.mark.gui
OVERLAY = Path(__file__).resolve().parents[1] / "data" / "overlay_example.json"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("file-actions") / "sample.ntm.sqlite"
    sample_commune.build(path, size="medium").close()
    return path


@pytest.fixture
def wb_path(tmp_path, template) -> Path:
    dest = tmp_path / "wb" / "commune.ntm.sqlite"
    dest.parent.mkdir()
    shutil.copyfile(template, dest)
    return dest


@pytest.fixture
def window(qtbot, wb_path, app_paths, tmp_path):
    wb = Workbook.open(wb_path, author="Kiểm thử", daily_backup=False)
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(app_paths, workbook=wb, settings=settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.tasks.wait(10000)
    if win.ctx.workbook is not None:
        win.ctx.workbook.close()


def finish(qtbot, task) -> None:
    assert task is not None
    with qtbot.waitSignal(task.did_finish, timeout=20000):
        pass


def village_names(wb) -> list[str]:
    return [v["name"] for v in store_commune.list_villages(wb)]


def menu_texts(win) -> list[str]:
    return [a.text() for a in win.findChild(type(win.menuBar().actions()[0].menu()),
                                            "menuFile").actions()]


# ----------------------------------------------------------------------------- menus
def test_menus_have_the_entries(window) -> None:
    texts = menu_texts(window)
    for text in ("&Nhập dữ liệu từ tệp Excel/JSON…", "&Xuất toàn bộ dữ liệu…", "&Sao lưu ngay",
                 "&Khôi phục từ bản sao lưu…", "Cài &bộ tiêu chí của tỉnh…"):
        assert text in texts
    data = window.file_actions.data_menu
    assert [a.text() for a in data.actions()] == ["&Thôn, bản…",
                                                 "&Kết quả khảo sát sự hài lòng…"]
    assert data.menuAction() in window.menuBar().actions()


# ----------------------------------------------------------------------------- import
def test_import_excel_of_another_workbook_shows_its_data(qtbot, window, template, tmp_path,
                                                         monkeypatch) -> None:
    other = tmp_path / "other.ntm.sqlite"
    shutil.copyfile(template, other)
    with Workbook.open(other, daily_backup=False) as wb_b:
        store_commune.save_village(wb_b, {"name": "Thôn Mới Lập", "households": 55,
                                          "population": 230, "ordering": 9})
        xlsx_file = tmp_path / "cua-xa.xlsx"
        xlsx.dump_xlsx(wb_b, xlsx_file)
    assert "Thôn Mới Lập" not in village_names(window.ctx.workbook)

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(xlsx_file), "")))
    window.file_actions.import_action.trigger()
    finish(qtbot, window.file_actions.last_task)

    assert "Thôn Mới Lập" in village_names(window.ctx.workbook)
    box = window.file_actions.last_message
    assert box is not None and box.isVisible()
    assert "cua-xa.xlsx" in box.text() and "Thôn, bản: 1" in box.text()
    dialog = window.file_actions.open_villages()
    qtbot.addWidget(dialog)
    assert "Thôn Mới Lập" in [v["name"] for v in dialog.model.villages]


def test_broken_json_import_shows_the_row_and_changes_nothing(qtbot, window, tmp_path) -> None:
    wb = window.ctx.workbook
    before = interchange.dump(wb)
    doc = json.loads(json.dumps(before))
    doc["tables"]["village"].append({"id": "v-new", "name": "Thôn Thêm Mới", "households": 10})
    doc["tables"]["village"][1]["households"] = "nhiều"
    bad = tmp_path / "hong.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    finish(qtbot, window.file_actions.import_data(bad))

    box = window.file_actions.last_message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "tables.village[1].households" in box.text() and "nhiều" in box.text()
    assert "không thay đổi" in box.informativeText()
    assert interchange.dump(wb) == before


def test_truncated_json_is_refused(qtbot, window, tmp_path) -> None:
    wb = window.ctx.workbook
    before = interchange.dump(wb)
    bad = tmp_path / "cut.json"
    bad.write_bytes(interchange.dump_bytes(wb)[:500])
    finish(qtbot, window.file_actions.import_data(bad))
    assert "cut.json" in window.file_actions.last_message.text()
    assert interchange.dump(wb) == before


# ----------------------------------------------------------------------------- export
def test_export_json_equals_dump(qtbot, window, tmp_path, monkeypatch) -> None:
    out = tmp_path / "xuat" / "toan-bo"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "Tệp JSON (*.json)")))
    window.file_actions.export_action.trigger()
    finish(qtbot, window.file_actions.last_task)
    written = out.with_name("toan-bo.json")
    assert json.loads(written.read_text(encoding="utf-8")) == json.loads(
        json.dumps(interchange.dump(window.ctx.workbook)))
    assert str(written) in window.file_actions.last_message.text()


def test_export_excel_reads_back(qtbot, window, tmp_path) -> None:
    out = tmp_path / "so-lieu.xlsx"
    finish(qtbot, window.file_actions.export_data(out))
    doc = xlsx.read_xlsx(out)
    assert len(doc["tables"]["village"]) == sample_commune.EXPECTED["villages"]


# ----------------------------------------------------------------------------- backup/restore
def test_backup_then_restore_brings_back_a_deleted_village(qtbot, window, wb_path) -> None:
    fa = window.file_actions
    wb = window.ctx.workbook
    store_commune.save_village(wb, {"name": "Thôn Sẽ Xóa", "households": 5})
    finish(qtbot, fa.backup_now())
    folder = backups.default_dir(wb_path)
    manual = [p for p in folder.glob("*-manual.sqlite")]
    assert len(manual) == 1
    assert str(manual[0]) in fa.last_message.text()

    vid = store_commune.find_village(wb, "Thôn Sẽ Xóa")
    store_commune.remove_village(wb, vid)
    assert "Thôn Sẽ Xóa" not in village_names(wb)

    dialog = fa.open_restore_dialog()
    table = dialog.form.backupsTable
    assert table.rowCount() >= 1
    assert dialog.select_backup(manual[0])
    assert table.item(table.currentRow(), 1).text() == "Sao lưu thủ công"
    assert "/" in table.item(table.currentRow(), 0).text()  # dd/mm/yyyy
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    texts = [b.text() for b in box.buttons()]
    assert "&Khôi phục" in texts and "&Không khôi phục" in texts
    qtbot.mouseClick(box.findChild(QPushButton, "yesButton"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.ctx.workbook is not None
                    and window.ctx.workbook is not wb, timeout=20000)
    finish(qtbot, fa.last_task) if fa.last_task is not None and fa.last_task.running else None
    assert "Thôn Sẽ Xóa" in village_names(window.ctx.workbook)
    safety = list(folder.glob("*-before-restore.sqlite"))
    assert len(safety) == 1
    with Workbook.open(safety[0], daily_backup=False) as copy:
        assert "Thôn Sẽ Xóa" not in village_names(copy)
    assert str(safety[0]) in fa.last_message.text()


def test_restore_dialog_refusal_keeps_workbook(qtbot, window, wb_path) -> None:
    fa = window.file_actions
    finish(qtbot, fa.backup_now())
    dialog = fa.open_restore_dialog()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wb = window.ctx.workbook
    qtbot.mouseClick(dialog.confirm_box.findChild(QPushButton, "noButton"),
                     Qt.MouseButton.LeftButton)
    assert window.ctx.workbook is wb
    assert not list(backups.default_dir(wb_path).glob("*-before-restore.sqlite"))


# ----------------------------------------------------------------------------- overlay
def test_install_overlay_changes_the_criteria_set(qtbot, window) -> None:
    assert "tỉnh Mẫu" not in window.windowTitle()
    finish(qtbot, window.file_actions.install_overlay(OVERLAY))
    assert window.ctx.workbook.commune()["overlay_id"] == "vd-tinh-mau-318"
    assert "tỉnh Mẫu" in window.windowTitle()
    assert "tỉnh Mẫu" in window.file_actions.last_message.text()
    window.undo_action.trigger()
    assert window.ctx.workbook.commune()["overlay_id"] is None
    qtbot.waitUntil(lambda: "tỉnh Mẫu" not in window.windowTitle())


def test_installing_a_non_overlay_shows_the_message(qtbot, window, tmp_path) -> None:
    bad = tmp_path / "not-overlay.json"
    bad.write_text('{"format": "ntm-catalog/1", "kind": "overlay"}', encoding="utf-8")
    finish(qtbot, window.file_actions.install_overlay(bad))
    box = window.file_actions.last_message
    assert box is not None and box.isVisible() and box.text()
    assert "Traceback" not in box.text()
    assert window.ctx.workbook.commune()["overlay_id"] is None
