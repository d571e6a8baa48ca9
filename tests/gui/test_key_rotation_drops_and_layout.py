"""The window, driven as a user would: changing the
commune's signing key from the Sync page (``ntm keys rotate``), indicator tooltips quoting the
legal source, and files dropped on the window (a folder of packages like ``ntm import FOLDER``;
a file the window cannot take is explained in the status bar)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sample_commune
from gui_helpers import open_main_window
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from ntm_desktop.paths import AppPaths
from ntm_desktop.sync.keys import KeyStore

pytestmark = pytest.mark.gui
CRITERIA, SYNC = 1, 6


@pytest.fixture
def wb(tmp_path: Path, app_paths: AppPaths):
    wb = sample_commune.build(tmp_path / "w.ntm.sqlite", size="small")
    yield wb
    wb.close()


@pytest.fixture
def window(qtbot, app_paths: AppPaths, wb, tmp_path: Path):
    w = open_main_window(qtbot, app_paths, wb, tmp_path, SYNC)
    yield w
    w.tasks.wait(5000)


def click_box_button(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def drop_on(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def test_rotate_key_from_the_sync_page(qtbot, window, app_paths) -> None:
    page = window.current_page()
    old = KeyStore(app_paths.keys).card()
    assert page.rotate_button.isEnabled()
    # declining changes nothing
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    box = page.key_rotation.confirm_box
    assert box is not None and box.isVisible()
    click_box_button(qtbot, box, "Không đổi")
    assert KeyStore(app_paths.keys).card()["key_id"] == old["key_id"]
    # confirming makes a new key, endorsed by the old one, and shows it at once
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    click_box_button(qtbot, page.key_rotation.confirm_box, "Đổi khóa")
    ks = KeyStore(app_paths.keys)
    new = ks.card()
    assert new["key_id"] != old["key_id"]
    assert ks.identity()["rotation"]["old_key_id"] == old["key_id"]
    assert page.fingerprint_label.text().replace("\n", " ") == new["fingerprint"]
    done = page.key_rotation.result_box
    assert done is not None and done.isVisible() and new["fingerprint"] in done.text()
    click_box_button(qtbot, done, "Đóng")


def test_indicator_tooltip_quotes_threshold_and_legal_source(qtbot, window) -> None:
    window.show_page(CRITERIA)
    page = window.current_page()
    model = page.model
    shown = 0
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:  # every indicator row of the tree
        index = stack.pop()
        stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]
        if model.rowCount(index):
            continue
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        code = text.split()[0]
        assert code in tip and "Mức đạt chuẩn:" in tip and "Căn cứ:" in tip, tip
        assert "Căn cứ: —" not in tip, f"{code} has no legal source"
        shown += 1
    assert shown > 5


def test_dropping_a_folder_imports_the_packages_in_it(qtbot, window, tmp_path) -> None:
    page = window.current_page()
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "NTM-hong.ntmpkg").write_bytes(b"not a package")
    (folder / "ghi-chu.txt").write_text("x", encoding="utf-8")
    window.show_page(0)
    drop_on(window, [folder])
    assert window.current_page() is page  # the Sync page came forward
    task = window.drop_router.last_task
    assert task is not None
    with qtbot.waitSignal(task.did_finish, timeout=10000):
        pass
    assert "NTM-hong.ntmpkg" in page.import_result.text()


def test_dropping_a_file_the_window_cannot_take_says_where_it_goes(qtbot, window,
                                                                   tmp_path) -> None:
    sheet = tmp_path / "so-lieu.xlsx"
    sheet.write_bytes(b"PK")
    drop_on(window, [sheet])
    assert window.drop_router.last_task is None
    assert "Nhập dữ liệu" in window.statusBar().currentMessage()


def test_rotating_a_passphrase_key_asks_in_vietnamese(qtbot, app_paths, wb, tmp_path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

    KeyStore(app_paths.keys).generate(role="commune", name=wb.commune()["name"],
                                      commune_code=wb.commune()["code"], passphrase="bí mật")
    window = open_main_window(qtbot, app_paths, wb, tmp_path, SYNC)
    page = window.current_page()
    old = KeyStore(app_paths.keys).card()
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        box = dialog.findChild(QDialogButtonBox)
        seen.extend(b.text() for b in box.buttons())
        dialog.setTextValue("bí mật")
        dialog.accept()

    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, answer)
    click_box_button(qtbot, page.key_rotation.confirm_box, "Đổi khóa")
    assert sorted(seen) == ["Hủy", "Đồng ý"]
    ks = KeyStore(app_paths.keys)
    assert ks.card()["key_id"] != old["key_id"] and ks.is_encrypted()
    ks.load("bí mật")  # the new key keeps the passphrase


def test_page_splitters_are_remembered(qtbot, app_paths, wb, tmp_path) -> None:
    from PySide6.QtWidgets import QSplitter

    first = open_main_window(qtbot, app_paths, wb, tmp_path, CRITERIA)
    splitter = first.current_page().findChild(QSplitter, "splitter")
    splitter.setSizes([300, 800])
    wanted = splitter.sizes()
    assert wanted != [660, 440]
    first.close()
    second = open_main_window(qtbot, app_paths, wb, tmp_path, 0)
    second.show_page(CRITERIA)  # last page and the page's splitter both come back
    again = second.current_page().findChild(QSplitter, "splitter")
    assert again.sizes() == wanted
