"""Project files, checking a package without importing it, and Excel import errors, driven as
an officer would:

1. files (a photo and a document) attached to a project in its dialog — added with "Thêm tệp…"
   and by dropping, saved with the project as one undo step, removed again;
2. "Kiểm tra gói (không nhập)…" on the Đồng bộ page: valid package with kind, number, sender
   and fingerprint, a dossier code that matches or not, a tampered copy refused with its code —
   and nothing imported or logged;
3. a bad row in an Excel file imported from the Tệp menu is named by sheet, line and column.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sample_commune
from gui_helpers import activate, host_page, open_main_window, type_text
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ntm_desktop.core import dossier_code as dc
from ntm_desktop.gui.pages.projects import ProjectsPage
from ntm_desktop.paths import AppPaths
from ntm_desktop.store import attachments, interchange, xlsx
from ntm_desktop.store import projects as store_projects

pytestmark = pytest.mark.gui
SYNC = 6


def make_photo(path: Path) -> Path:
    img = QImage(48, 32, QImage.Format.Format_RGB32)
    img.fill(QColor("#2e7d32"))
    assert img.save(str(path))
    return path


def drop_files(widget, paths: list[Path]) -> None:
    """What the window system delivers when files are dropped on ``widget``."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    widget.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def linked_names(wb, entity_id: str) -> list[str]:
    return sorted(link["attachment"]["original_name"]
                  for link in attachments.links_for(wb, "project", entity_id))


# ----------------------------------------------------------------------------- 1. project files
@pytest.fixture
def projects_page(qtbot, wb, app_paths, tmp_path):
    p = host_page(qtbot, ProjectsPage, 3, wb, app_paths, tmp_path, make_active=False)
    yield p
    p.ctx.tasks.wait(5000)
    p.ctx.hub.detach_workbook(wb)


def open_project_dialog(qtbot, page, key=Qt.Key.Key_Return):
    activate(qtbot, page.window())
    page.table.setFocus()
    qtbot.keyClick(page.table, key)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=15000)
    activate(qtbot, page.dialog)
    return page.dialog


def test_project_files_added_saved_as_one_step_and_removed(qtbot, projects_page, wb, tmp_path,
                                                          monkeypatch) -> None:
    page = projects_page
    project = store_projects.list_projects(wb)[0]
    before = linked_names(wb, project["id"])
    photo = make_photo(tmp_path / "hien-truong.png")
    decision = tmp_path / "quyet-dinh-phe-duyet.pdf"
    decision.write_bytes(b"%PDF-1.4\n% quyet dinh\n")
    assert page.select_id(project["id"])
    dlg = open_project_dialog(qtbot, page)
    files = dlg.files
    assert dlg.tabs.tabText(2) == f"Tệp đính kèm ({len(before)})"

    # "Thêm tệp…" on the files tab, choosing the decision in the file dialog
    dlg.tabs.setCurrentIndex(2)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(decision)], "")))
    qtbot.mouseClick(files.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: files.count() == len(before) + 1, timeout=15000)
    # the photo dropped on the dialog while the first tab is shown: the files tab opens
    dlg.tabs.setCurrentIndex(0)
    drop_files(dlg, [photo])
    qtbot.waitUntil(lambda: files.count() == len(before) + 2, timeout=15000)
    assert dlg.tabs.currentIndex() == 2
    assert dlg.tabs.tabText(2) == f"Tệp đính kèm ({len(before) + 2})"
    icons = [files.list.item(i).icon() for i in range(files.count())]
    assert all(not icon.isNull() for icon in icons)  # thumbnail or document icon
    assert linked_names(wb, project["id"]) == before  # nothing written before "Lưu"

    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=15000)
    after = sorted([*before, "hien-truong.png", "quyet-dinh-phe-duyet.pdf"])
    assert linked_names(wb, project["id"]) == after
    page.ctx.undo_stack.undo()  # one step: both files go away again
    assert linked_names(wb, project["id"]) == before
    page.ctx.undo_stack.redo()
    assert linked_names(wb, project["id"]) == after

    # reopen: the files are listed; remove the document and save
    assert page.select_id(project["id"])
    dlg = open_project_dialog(qtbot, page)
    names = [dlg.files.list.item(i).text() for i in range(dlg.files.count())]
    assert sorted(names) == after
    dlg.tabs.setCurrentIndex(2)
    row = names.index("quyet-dinh-phe-duyet.pdf")
    dlg.files.list.setCurrentRow(row)
    qtbot.mouseClick(dlg.files.remove_button, Qt.MouseButton.LeftButton)
    assert dlg.tabs.tabText(2) == f"Tệp đính kèm ({len(after) - 1})"
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=15000)
    assert linked_names(wb, project["id"]) == sorted([*before, "hien-truong.png"])


def test_new_project_gets_its_dropped_photo(qtbot, projects_page, wb, tmp_path) -> None:
    page = projects_page
    photo = make_photo(tmp_path / "le-khoi-cong.jpg")
    dlg = open_project_dialog(qtbot, page, Qt.Key.Key_Insert)
    type_text(qtbot, dlg.name_edit, "Nhà văn hóa thôn Đông")
    drop_files(dlg, [photo])
    qtbot.waitUntil(lambda: dlg.files.count() == 1, timeout=15000)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=15000)
    new = next(p for p in store_projects.list_projects(wb) if p["name"] == "Nhà văn hóa thôn Đông")
    assert linked_names(wb, new["id"]) == ["le-khoi-cong.jpg"]
    assert attachments.links_for(wb, "project", new["id"])[0]["attachment"]["mime"] == \
        "image/jpeg"


# ----------------------------------------------------------------------------- 2. verify only
@pytest.fixture
def small_wb(tmp_path: Path, app_paths: AppPaths):
    wb = sample_commune.build(tmp_path / "w.ntm.sqlite", size="small")
    yield wb
    wb.close()


def run_verify(qtbot, page, file: Path, code: str = "") -> str:
    page.dossier_code_edit.clear()
    if code:
        qtbot.keyClicks(page.dossier_code_edit, code)
    task = page.verify_package(file)
    assert task is not None
    with qtbot.waitSignal(task.did_finish, timeout=10000):
        pass
    return page.verify_result.text()


def test_verify_package_without_importing(qtbot, small_wb, app_paths, tmp_path,
                                          monkeypatch) -> None:
    window = open_main_window(qtbot, app_paths, small_wb, tmp_path, SYNC)
    page = window.current_page()
    page.set_destination(tmp_path)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.export_task.did_finish, timeout=10000):
        pass
    pkg = Path(page.export_task.result["file"])
    rows_before = page.model.rowCount()
    journal_before = interchange.dump(small_wb)

    # the button opens a file dialog; choosing the package starts the check
    assert page.verify_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "open", lambda dlg: dlg.fileSelected.emit(str(pkg)))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.verify_task is not None
    with qtbot.waitSignal(page.verify_task.did_finish, timeout=10000):
        pass
    text = page.verify_result.text()
    assert page.verify_result.isVisible()
    assert "✓" in text and pkg.name in text and "gói hợp lệ" in text
    assert "Gói cập nhật" in text and "gói số 1" in text
    fingerprint = page.card["fingerprint"]
    assert fingerprint in text

    expected = dc.dossier_code(small_wb.commune()["code"], dc.package_sha256(pkg))
    text = run_verify(qtbot, page, pkg, expected.lower())
    assert f"Mã hồ sơ {expected.lower()} khớp" in text
    text = run_verify(qtbot, page, pkg, "NTM-00000-0000000000000000")
    assert "KHÔNG khớp" in text and expected in text

    data = bytearray(pkg.read_bytes())
    data[data.find(b"PK\x01\x02") - 8] ^= 0x01  # inside the compressed journal
    bad = tmp_path / "sua.ntmpkg"
    bad.write_bytes(bytes(data))
    text = run_verify(qtbot, page, bad)
    outcome = page.verify_task.result
    assert outcome.status == "rejected" and outcome.code
    assert "✗" in text and f"mã lỗi: {outcome.code}" in text
    assert outcome.message in text.replace("&quot;", '"')

    assert page.model.rowCount() == rows_before  # nothing logged
    assert interchange.dump(small_wb) == journal_before  # nothing imported
    quarantine = Path(app_paths.quarantine)
    assert not quarantine.exists() or not any(quarantine.iterdir())  # nothing set aside
    window.tasks.wait(5000)


# ----------------------------------------------------------------------------- 3. Excel lines
def test_excel_import_names_sheet_line_and_column(qtbot, wb, app_paths, tmp_path,
                                                  monkeypatch) -> None:
    from openpyxl import load_workbook
    window = open_main_window(qtbot, app_paths, wb, tmp_path, 0)
    good = tmp_path / "so.xlsx"
    xlsx.dump_xlsx(wb, good)
    book = load_workbook(good)
    ws = book["Đóng góp"]
    keys = [c.value for c in ws[2]]
    values = {"contributor": "Hộ ông A", "kind": "tien_mat", "quantity": -5,
              "date": "2025-03-01"}
    ws.append([values.get(k) for k in keys])
    line = ws.max_row
    bad = tmp_path / "dong-gop-sai.xlsx"
    book.save(bad)
    before = interchange.dump(wb)

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    window.file_actions.import_action.trigger()
    task = window.file_actions.last_task
    assert task is not None
    with qtbot.waitSignal(task.did_finish, timeout=20000):
        pass
    box = window.file_actions.last_message
    assert isinstance(box, QMessageBox) and box.isVisible()
    text = box.text() + "\n" + box.informativeText()
    assert f"trang “Đóng góp”, dòng {line}, cột quantity" in text
    assert "tables." not in text
    assert interchange.dump(wb) == before
    box.close()
    window.tasks.wait(5000)
