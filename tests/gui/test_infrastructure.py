"""Hạ tầng page, driven like a user: keyboard entry through the dialog, field errors as typed,
totals and the derived indicator, edit/delete with undo, filters, photos by drag and drop."""

from __future__ import annotations

import pytest
import sample_commune
from gui_helpers import activate, host_page, type_text
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QPushButton

from ntm_desktop.gui.models.infra_table import InfraFilterProxy, InfraTableModel
from ntm_desktop.gui.pages.infrastructure import InfrastructurePage
from ntm_desktop.store import attachments, derived, infrastructure

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, wb, app_paths, tmp_path):
    p = host_page(qtbot, InfrastructurePage, 2, wb, app_paths, tmp_path)
    yield p
    p.ctx.tasks.wait(5000)
    p.ctx.hub.detach_workbook(wb)


def focus_table(qtbot, page) -> None:
    """Back in the main window (as after a dialog closes), the table focused."""
    activate(qtbot, page.window())
    page.table.setFocus()


def wait_dialog(qtbot, page):
    """The page's dialog, shown and active (as the window manager would make it)."""
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=15000)
    activate(qtbot, page.dialog)
    return page.dialog


def _open_add_dialog(qtbot, page):
    focus_table(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    return wait_dialog(qtbot, page)


def test_add_road_by_keyboard_updates_table_totals_and_indicator(qtbot, page, wb) -> None:
    before = derived.compute_all(wb)["road_hardened_share/truc_thon"].value
    assert before == sample_commune.EXPECTED["road_hardened_share"]["truc_thon"]
    rows_before = page.model.rowCount()
    dlg = _open_add_dialog(qtbot, page)
    assert dlg.kind_combo.currentData() == "road"
    assert not dlg.save_button.isEnabled()  # name and required attributes missing
    qtbot.waitUntil(dlg.name_edit.hasFocus, timeout=15000)
    type_text(qtbot, dlg.name_edit, "Đường trục thôn Bản Mới")
    level = dlg.attr_editors["level"]
    level.setFocus()
    qtbot.keyClick(level, Qt.Key.Key_Down)
    qtbot.keyClick(level, Qt.Key.Key_Down)
    assert level.currentData() == "truc_thon"
    qtbot.keyClicks(dlg.attr_editors["length_km"], "1,5")
    surface = dlg.attr_editors["surface"]
    surface.setFocus()
    qtbot.keyClick(surface, Qt.Key.Key_Down)
    qtbot.keyClick(surface, Qt.Key.Key_Down)
    assert surface.currentData() == "be_tong"
    assert dlg.save_button.isEnabled()
    qtbot.keyClick(dlg.attr_editors["length_km"], Qt.Key.Key_Return)  # the default button
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=15000)

    saved = [r for r in infrastructure.list_items(wb, kind="road") if r["name"] ==
             "Đường trục thôn Bản Mới"]
    assert len(saved) == 1
    assert saved[0]["attrs"] == {"level": "truc_thon", "length_km": 1.5, "surface": "be_tong",
                                 "hardened": True}
    assert page.model.rowCount() == rows_before + 1
    assert page.selected_id() == saved[0]["id"]
    total = sample_commune.EXPECTED["road_total_km"] + 1.5
    assert f"tổng {total:.2f}".replace(".", ",") in page.totals_label.text()
    after = derived.compute_all(wb)["road_hardened_share/truc_thon"].value
    assert after == round((2.0 + 1.5) * 100 / (5.0 + 1.5), 2)
    assert after != before
    assert page.ctx.undo_stack.count() == 1


def test_negative_length_shows_error_at_field_and_keeps_save_disabled(qtbot, page) -> None:
    dlg = _open_add_dialog(qtbot, page)
    type_text(qtbot, dlg.name_edit, "Đường thử")
    level = dlg.attr_editors["level"]
    level.setFocus()
    qtbot.keyClick(level, Qt.Key.Key_Down)
    length = dlg.attr_editors["length_km"]
    qtbot.keyClicks(length, "-2")
    field = dlg.validator.fields["length_km"]
    assert field.error_label is not None and field.error_label.isVisible()
    assert "nhỏ hơn" in field.error_label.text()
    assert not dlg.save_button.isEnabled()
    qtbot.keyClick(length, Qt.Key.Key_Return)
    assert dlg.isVisible()  # nothing saved
    length.clear()
    qtbot.keyClicks(length, "2")
    assert not field.error_label.isVisible()
    assert dlg.save_button.isEnabled()
    year = dlg.year_edit
    qtbot.keyClicks(year, "1800")
    assert dlg.validator.message("year") and not dlg.save_button.isEnabled()
    dlg.reject()


def test_store_error_is_shown_at_the_named_field(qtbot, page) -> None:
    dlg = _open_add_dialog(qtbot, page)
    qtbot.keyClicks(dlg.name_edit, "x" * 301)  # longer than the store allows
    level = dlg.attr_editors["level"]
    level.setFocus()
    qtbot.keyClick(level, Qt.Key.Key_Down)
    qtbot.keyClicks(dlg.attr_editors["length_km"], "1")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    label = dlg.validator.fields["name"].error_label
    assert label.isVisible() and "300" in label.text()
    assert not dlg.save_button.isEnabled()
    dlg.reject()


def test_edit_and_delete_with_undo(qtbot, page, wb) -> None:
    road_id = next(r["id"] for r in infrastructure.list_items(wb, kind="road")
                   if r["name"] == "Đường trục thôn Nà Héc")
    assert page.select_id(road_id)
    focus_table(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dlg = wait_dialog(qtbot, page)
    assert dlg.name_edit.text() == "Đường trục thôn Nà Héc"
    assert not dlg.kind_combo.isEnabled()
    dlg.name_edit.selectAll()
    type_text(qtbot, dlg.name_edit, "Đường trục thôn Nà Héc (đã mở rộng)")
    qtbot.keyClick(dlg.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=15000)
    assert wb.get("infra_item", road_id)["name"] == "Đường trục thôn Nà Héc (đã mở rộng)"
    assert wb.get("infra_item", road_id)["attrs"]["length_km"] == 2.0  # untouched attrs kept

    page.ctx.undo_stack.undo()
    assert wb.get("infra_item", road_id)["name"] == "Đường trục thôn Nà Héc"
    qtbot.waitUntil(lambda: any(page.model.item(r)["name"] == "Đường trục thôn Nà Héc"
                                for r in range(page.model.rowCount())), timeout=15000)

    assert page.select_id(road_id)
    focus_table(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = page.confirm_box
    assert box is not None and box.isVisible()
    yes = box.findChild(QPushButton, "yesButton")
    assert yes.text() == "&Xóa công trình"
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert wb.get("infra_item", road_id) is None
    assert page.model.row_of(road_id) == -1
    page.ctx.undo_stack.undo()
    assert wb.get("infra_item", road_id) is not None
    qtbot.waitUntil(lambda: page.model.row_of(road_id) >= 0, timeout=15000)


def test_delete_can_be_declined(qtbot, page, wb) -> None:
    road_id = page.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    page.select_id(road_id)
    focus_table(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    no = page.confirm_box.findChild(QPushButton, "noButton")
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert wb.get("infra_item", road_id) is not None


def test_filters_village_condition_and_accent_free_search(qtbot, page, wb) -> None:
    village = "Thôn Nà Héc"
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(""))  # every kind
    total = page.proxy.rowCount()
    assert total == sum(infrastructure.counts_by_kind(wb).values())
    assert page.village_combo.findText(village) > 0
    page.village_combo.setCurrentIndex(page.village_combo.findText(village))
    vid = page.village_combo.currentData()
    assert page.proxy.rowCount() == len(infrastructure.list_items(wb, village_id=vid))
    page.village_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.search_edit, "khuoi sap")  # no accents typed
    names = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert names and all("Khuổi Sáp" in n for n in names)
    page.search_edit.clear()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("road"))
    page.condition_combo.setCurrentIndex(page.condition_combo.findData("trung_binh"))
    assert page.proxy.rowCount() == sample_commune.EXPECTED["roads"]
    page.condition_combo.setCurrentIndex(page.condition_combo.findData("tot"))
    assert page.proxy.rowCount() == 0
    assert "/" in page.count_label.text()


def test_canal_footer_and_typed_columns(qtbot, page) -> None:
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("canal"))
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert "Chiều dài (km)" in headers and "Đã kiên cố hóa" in headers
    col = headers.index("Đã kiên cố hóa")
    marks = {page.model.index(r, col).data() for r in range(page.model.rowCount())}
    assert marks == {"✓", "✗"}
    assert "64,00%" in page.totals_label.text()


def test_photo_dropped_on_dialog_is_attached_on_save(qtbot, page, wb, tmp_path) -> None:
    photo = tmp_path / "anh-duong.png"
    img = QImage(40, 30, QImage.Format.Format_RGB32)
    img.fill(QColor("#3a7"))
    assert img.save(str(photo))
    road_id = next(r["id"] for r in infrastructure.list_items(wb, kind="road"))
    page.select_id(road_id)
    focus_table(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dlg = wait_dialog(qtbot, page)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    dlg.dropEvent(event)
    qtbot.waitUntil(lambda: dlg.photo_list.count() == 1, timeout=15000)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=15000)
    links = attachments.links_for(wb, "infra_item", road_id)
    assert [link["attachment"]["original_name"] for link in links] == ["anh-duong.png"]
    page.ctx.undo_stack.undo()  # one step: the photo goes away again
    assert attachments.links_for(wb, "infra_item", road_id) == []


def test_infra_models_pass_modeltester(qtmodeltester, wb) -> None:
    for kind in ("road", None):
        model = InfraTableModel()
        model.set_data(kind, infrastructure.list_items(wb, kind=kind), {}, {})
        qtmodeltester.check(model)
        proxy = InfraFilterProxy()
        proxy.setSourceModel(model)
        proxy.set_filters(village_id=None, condition=None, search="duong")
        qtmodeltester.check(proxy)
