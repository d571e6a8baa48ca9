"""The hub's “Bộ tiêu chí của tỉnh” page, driven like a user: type a level (checked as typed),
split, add and remove indicators, fill the decision, Excel out and in, publish; and the
commune's Tiêu chí page showing the published level with its legal basis.

``NTM_SCREENSHOTS=DIR`` also saves the page (vi and en, 1256×655) into DIR."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from province_helpers import CITE, group2_draft
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from ntm_desktop.gui.hub.catalog_editor import ERROR_BG, open_standalone
from ntm_desktop.services import catalog_editor as ce


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard with Vietnamese input (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def editor(qtbot, province, tmp_path):
    from PySide6.QtCore import QSettings
    window, page = open_standalone(province.paths, settings=QSettings(
        str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # typing goes where the focus is, as for a user
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=15000)
    qtbot.waitUntil(lambda: page.draft is not None and bool(page.analysis), timeout=10000)
    yield window, page
    page.ctx.tasks.wait(10000)


def settle(qtbot, page) -> None:
    page._check_timer.stop()
    page._check_now()
    qtbot.waitUntil(lambda: not page.ctx.tasks.active, timeout=10000)


def cell_editor(qtbot, page) -> QLineEdit:
    """The open cell editor (a closed one may linger until deleted)."""
    found: list[QLineEdit] = []

    def visible() -> bool:
        found[:] = [w for w in page.table.findChildren(QLineEdit, "cellEditor")
                    if w.isVisible()]
        return bool(found)
    qtbot.waitUntil(visible, timeout=15000)
    return found[0]


def commit(qtbot, page, editor_widget) -> None:
    """Press Enter in a cell editor; the view commits and closes it (queued)."""
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState, timeout=15000)


def choose_excel(qtbot, page, action) -> None:
    """Press “Excel ▾” and choose ``action`` in its menu (the menu runs its own loop)."""
    menu = page.excel_button.menu()

    def pick() -> None:
        assert menu.isVisible() and action in menu.actions()
        menu.close()
        action.trigger()
    QTimer.singleShot(100, pick)
    qtbot.mouseClick(page.excel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=15000)


def column(page, key: str) -> int:
    return page.model.columns.index(key)


def cell(page, code: str, key: str):
    return page.model.index(page.model.row_of(code), column(page, key))


def open_dialog(qtbot, page, cls, name):
    found = []
    qtbot.waitUntil(lambda: found.append(page.findChild(cls, name)) or found[-1] is not None
                    and found[-1].isVisible(), timeout=15000)
    return found[-1]


def test_edit_check_split_add_remove_excel_publish(qtbot, editor, tmp_path, province):
    window, page = editor
    assert window.size().width() == 1256 and window.size().height() == 655
    model = page.model
    assert [model.row_at(model.index(n, 0)).code for n in range(model.rowCount())] == \
        [f"{n}.1" for n in range(1, 11)]
    assert model.headerData(column(page, "level.N2"), Qt.Orientation.Horizontal) == "Nhóm 2"

    # publishing without a decision is refused, with the reason
    qtbot.mouseClick(page.buttons["publish"], Qt.MouseButton.LeftButton)
    refused = open_dialog(qtbot, page, QMessageBox, "publishRefused")
    assert "lỗi" in refused.text()
    refused.button(QMessageBox.StandardButton.Ok).click()
    assert "Cần số quyết định" in page.issue_list.item(0).text()

    # the decision, typed into the header
    for name, text in (("province_name", "Mẫu"), ("province_code", "9"),
                       ("decision.number", "99/2026/QĐ-UBND"),
                       ("decision.date", "10/3/2026"), ("decision.issuer", "UBND tỉnh Mẫu"),
                       ("id", "mau-qd51-2025")):
        edit = page.fields[name]
        edit.setFocus()
        edit.clear()
        type_text(qtbot, edit, text)
    assert "Mã tỉnh gồm 2 chữ số." in page.fields["province_code"].toolTip()
    type_text(qtbot, page.fields["province_code"], "9")
    assert page.fields["province_code"].toolTip() == ""
    assert page.draft.decision == {"number": "99/2026/QĐ-UBND", "date": "2026-03-10",
                                   "issuer": "UBND tỉnh Mẫu"}
    assert page.fields["title"].text() == "Bộ tiêu chí xã nông thôn mới tỉnh Mẫu giai đoạn "\
        "2026-2030"
    page.fields["decision.date"].setFocus()
    page.fields["decision.date"].clear()
    type_text(qtbot, page.fields["decision.date"], "31/02/2026")
    assert page.header_error.isVisible() and "31/02/2026" not in page.draft.decision["date"] \
        or "không hợp lệ" in page.header_error.text()
    assert page.fields["decision.date"].styleSheet()
    page.fields["decision.date"].clear()
    type_text(qtbot, page.fields["decision.date"], "10/3/2026")
    assert page.fields["decision.date"].styleSheet() == ""

    # split the placeholder of criterion 2 into three
    page.select_row("2.1")
    qtbot.mouseClick(page.buttons["split"], Qt.MouseButton.LeftButton)
    dlg = open_dialog(qtbot, page, QInputDialog, "splitDialog")
    dlg.setIntValue(3)
    dlg.accept()
    assert [r.code for r in page.draft.rows if r.criterion == "2"] == ["2.1", "2.2", "2.3"]
    assert model.rowCount() == 12

    # make 2.1 a share with levels per group; the level is checked while it is typed
    model.setData(cell(page, "2.1", "kind"), "percent")
    model.setData(cell(page, "2.1", "comparator"), ">=")
    model.setData(cell(page, "2.1", "unit"), "%")
    page.table.setFocus()
    page.table.setCurrentIndex(cell(page, "2.1", "level.N2"))
    qtbot.keyClicks(page.table, "1")  # starts editing the cell
    editor_widget = cell_editor(qtbot, page)
    assert editor_widget is not None
    qtbot.keyClicks(editor_widget, "20")
    assert editor_widget.text() == "120"
    assert "0–100" in page.row_message.text() and editor_widget.styleSheet()
    assert page.draft.row("2.1").levels.get("N2") is None  # not committed yet
    commit(qtbot, page, editor_widget)
    assert page.draft.row("2.1").levels["N2"] == 120
    assert model.data(cell(page, "2.1", "level.N2"), Qt.ItemDataRole.BackgroundRole).color() \
        == ERROR_BG
    assert "0–100" in model.data(cell(page, "2.1", "level.N2"), Qt.ItemDataRole.ToolTipRole)
    page.table.setCurrentIndex(cell(page, "2.1", "level.N2"))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor_widget = cell_editor(qtbot, page)
    editor_widget.selectAll()
    decimal = "," if QLocale().decimalPoint() == "," else "."
    type_text(qtbot, editor_widget, f"85{decimal}5")
    assert editor_widget.styleSheet() == ""
    commit(qtbot, page, editor_widget)
    assert page.draft.row("2.1").levels["N2"] == 85.5
    for key, value in (("level.N1", "100"), ("level.N3", "70")):
        model.setData(cell(page, "2.1", key), value)
    model.setData(cell(page, "2.1", "text"), "Tỷ lệ km đường xã được cứng hóa")
    model.setData(cell(page, "+2.2", "kind"), "boolean")
    model.setData(cell(page, "+2.2", "text"), "Có chợ hoặc điểm mua bán, trao đổi hàng hóa")
    model.setData(cell(page, "+2.3", "kind"), "must_be_none")
    model.setData(cell(page, "+2.3", "text"), "Nhà tạm, dột nát")
    assert model.data(cell(page, "+2.3", "level.chung")) == "Không"

    # the selected indicator's panel: its whole text, and a decision of its own
    page.select_row("+2.3")
    assert page.detail_box.title() == "Chỉ tiêu 2.3"
    assert "quyết định chung của tỉnh" in page.detail_basis.text()
    page.detail_text.setFocus()
    page.detail_text.selectAll()
    type_text(qtbot, page.detail_text, "Nhà tạm, dột nát (hộ)")
    assert page.draft.row("+2.3").text == "Nhà tạm, dột nát (hộ)"
    assert model.data(cell(page, "+2.3", "text")) == "Nhà tạm, dột nát (hộ)"
    own = {"decision.number": "1491/QĐ-BGDĐT", "decision.date": "06/6/2022",
           "decision.issuer": "Bộ Giáo dục và Đào tạo"}
    for name, text in own.items():
        page.detail[name].setFocus()
        type_text(qtbot, page.detail[name], text if name != "decision.date" else "06/13/2022")
    assert page.detail["decision.date"].styleSheet()  # 13th month: red, with the reason
    assert "không hợp lệ" in page.detail["decision.date"].toolTip()
    page.detail["decision.date"].clear()
    type_text(qtbot, page.detail["decision.date"], own["decision.date"])
    assert page.detail["decision.date"].styleSheet() == ""
    assert page.detail_basis.text() == "Căn cứ Quyết định số 1491/QĐ-BGDĐT ngày 06/6/2022 của "\
        "Bộ Giáo dục và Đào tạo"
    for name in own:  # back to the province's general decision
        page.detail[name].setFocus()
        page.detail[name].clear()
        page._on_detail_edited(name, "")
    assert page.draft.row("+2.3").decision is None
    page.detail_text.setFocus()
    page.detail_text.selectAll()
    type_text(qtbot, page.detail_text, "Nhà tạm, dột nát")
    page.table.setFocus()

    # add an indicator after 2.3, type its text; then remove it again
    page.select_row("+2.3")
    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    new = page.draft.rows[page.model.row_of("+2.4")]
    assert new.code == "2.4" and page.table.state() == page.table.State.EditingState
    editor_widget = cell_editor(qtbot, page)
    type_text(qtbot, editor_widget, "Tỷ lệ hộ dùng điện an toàn")
    commit(qtbot, page, editor_widget)
    assert page.draft.row("+2.4").text == "Tỷ lệ hộ dùng điện an toàn"
    qtbot.mouseClick(page.buttons["remove"], Qt.MouseButton.LeftButton)
    assert page.model.row_of("+2.4") == -1
    # removing a national indicator strikes it out; the last one of a criterion is an error
    page.select_row("10.1")
    qtbot.mouseClick(page.buttons["remove"], Qt.MouseButton.LeftButton)
    assert page.draft.row("10.1").removed
    assert model.data(cell(page, "10.1", "text"), Qt.ItemDataRole.FontRole).strikeOut()
    assert page.buttons["remove"].text() == "Khôi phục chỉ tiêu"
    settle(qtbot, page)
    assert any("Tiêu chí 10" in page.issue_list.item(n).text()
               for n in range(page.issue_list.count()))
    qtbot.mouseClick(page.buttons["remove"], Qt.MouseButton.LeftButton)
    assert not page.draft.row("10.1").removed
    # ticking “Xác nhận” confirms a national item as it is; unticking undoes it
    box = cell(page, "3.1", "confirmed")
    assert model.flags(box) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert page.draft.row("3.1").confirmed
    assert [c.code for c in ce.diff_national(page.draft)].count("3.1") == 1
    model.setData(box, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not page.draft.row("3.1").confirmed
    assert "3.1" not in [c.code for c in ce.diff_national(page.draft)]

    settle(qtbot, page)
    national = [page.national_list.item(n).text() for n in range(page.national_list.count())]
    assert national[0].startswith("2.1: sửa") and "Nhóm 2" not in national[0]
    assert any(t.startswith("2.2: thêm") for t in national)
    assert ce.errors_of(page.analysis["issues"]) == []
    assert page.tabs.tabText(0) == "Lỗi"

    # saved in the hub (background, writer lane)
    qtbot.mouseClick(page.buttons["save"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.ctx.tasks.active, timeout=10000)
    with province.hub() as hub:
        saved = ce.load_draft(hub, "qd51-2025")
    assert ce.to_overlay(saved) == ce.to_overlay(group2_draft())
    assert "đã lưu lúc" in page.status_label.text()

    # Excel out, edited outside, and back in
    xlsx = tmp_path / "bang.xlsx"
    choose_excel(qtbot, page, page.export_action)
    dlg = open_dialog(qtbot, page, QFileDialog, "exportDialog")
    dlg.selectFile(str(xlsx))
    dlg.accept()
    qtbot.waitUntil(lambda: xlsx.exists() and not page.ctx.tasks.active, timeout=10000)
    from openpyxl import load_workbook
    book = load_workbook(xlsx)
    sheet = book["Chỉ tiêu"]
    keys = [c.value for c in sheet[2]]
    row = next(r for r in sheet.iter_rows(min_row=3) if r[keys.index("code")].value == "2.1")
    row[keys.index("level.N3")].value = 75
    book.save(xlsx)
    choose_excel(qtbot, page, page.import_action)
    dlg = open_dialog(qtbot, page, QFileDialog, "importDialog")
    dlg.selectFile(str(xlsx))
    dlg.accept()
    qtbot.waitUntil(lambda: page.draft.row("2.1").levels.get("N3") == 75, timeout=10000)
    model.setData(cell(page, "2.1", "level.N3"), "70")
    settle(qtbot, page)

    # publish: folder, confirmation, signed package, version recorded
    out = tmp_path / "goi"
    out.mkdir()
    qtbot.mouseClick(page.buttons["publish"], Qt.MouseButton.LeftButton)
    dlg = open_dialog(qtbot, page, QFileDialog, "publishDialog")
    chosen = []
    dlg.fileSelected.connect(chosen.append)
    dlg.setDirectory(str(out))  # the folder the officer browsed to; “Choose” takes it
    qtbot.waitUntil(lambda: Path(dlg.directory().absolutePath()) == out, timeout=15000)
    dlg.accept()
    assert chosen == [str(out)]
    box = open_dialog(qtbot, page, QMessageBox, "publishConfirm")
    assert CITE in box.text() and "1.0.0" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.publish_result is not None, timeout=15000)
    pkg = Path(page.publish_result["file"])
    assert pkg.parent == out and pkg.is_file()
    assert "1.0.0" in page.row_message.text()
    qtbot.waitUntil(lambda: page.draft.published_version == "1.0.0" and not page.ctx.tasks.active,
                    timeout=10000)
    with province.hub() as hub:
        published = ce.last_published(hub, "mau-qd51-2025")
    assert published["doc"] == ce.to_overlay(group2_draft())
    assert "đã ban hành phiên bản 1.0.0" in page.status_label.text()
    assert page.fields["version"].text() == "1.1.0"  # the next one
    assert page.published_list.item(0).text() == "Không có thay đổi so với bản đã ban hành."


def test_base_set_switch_and_region_columns(qtbot, editor):
    _window, page = editor
    page.base_combo.setCurrentIndex(page.base_combo.findData("qd318-2022"))
    qtbot.waitUntil(lambda: page.draft is not None and page.draft.base == "qd318-2022",
                    timeout=10000)
    headers = [page.model.headerData(n, Qt.Orientation.Horizontal)
               for n in range(page.model.columnCount())]
    assert "TDMNPB" in headers and "DBSCL" in headers and "Nhóm 1" not in headers
    assert page.model.rowCount() == len(ce.new_draft("qd318-2022").rows)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_screenshot(qtbot, province, tmp_path, language):
    """The page at 1256×655 in both languages, with a level in error selected."""
    from PySide6.QtCore import QSettings

    from ntm_desktop.devtools import i18n as dev_i18n
    from ntm_desktop.gui.i18n import install_translators, locale_for, remove_translators
    dev_i18n.compile_catalogs()
    app = QApplication.instance()
    translators = install_translators(app, language)
    try:
        with province.hub() as hub:
            d = group2_draft()
            d.id = "mau-qd51-2025"
            ce.set_field(d, "+2.2", "level.chung", "")
            ce.set_field(d, "2.1", "level.N3", "170")
            ce.save_draft(hub, d)
        window, page = open_standalone(province.paths, settings=QSettings(
            str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: page.draft is not None and bool(page.analysis), timeout=10000)
        page.select_row("2.1", "text")
        page.tabs.setCurrentIndex(1)
        for _ in range(5):
            app.processEvents()
        if language == "en":
            assert page.buttons["publish"].text() == "Publish…"
        shot = window.grab()
        assert (shot.width(), shot.height()) == (1256, 655)
        # at 150 % scaling the same screen is 837×437 logical pixels: the page still fits
        least = window.minimumSizeHint()
        assert least.width() * 1.5 <= 1256 and least.height() * 1.5 <= 655, least
        target_dir = Path(os.environ.get("NTM_SCREENSHOTS") or tmp_path)
        target_dir.mkdir(parents=True, exist_ok=True)
        assert shot.save(str(target_dir / f"10-catalog-editor-{language}.png"))
        page.ctx.tasks.wait(10000)
    finally:
        remove_translators(app, translators)
        QLocale.setDefault(locale_for("vi"))
