"""Dự án & nguồn vốn page: add a project with two funding sources by keyboard, see the shares,
debt highlighted, edit/delete with undo, the model passes qtmodeltester."""

from __future__ import annotations

import pytest
import sample_commune
from gui_helpers import activate, host_page, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ntm_desktop.gui.models.projects_table import (
    COLUMNS,
    DEBT_BG,
    ProjectsTableModel,
)
from ntm_desktop.gui.pages.projects import ProjectsPage
from ntm_desktop.store import projects as store_projects

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, wb, app_paths, tmp_path):
    p = host_page(qtbot, ProjectsPage, 3, wb, app_paths, tmp_path, make_active=False)
    yield p
    p.ctx.hub.detach_workbook(wb)


def open_dialog(qtbot, page, key=Qt.Key.Key_Insert):
    activate(qtbot, page.window())
    page.table.setFocus()
    qtbot.keyClick(page.table, key)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=15000)
    activate(qtbot, page.dialog)
    return page.dialog


def test_add_project_with_two_sources_shows_shares(qtbot, page, wb) -> None:
    dlg = open_dialog(qtbot, page)
    assert not dlg.save_button.isEnabled()
    type_text(qtbot, dlg.name_edit, "Đường liên thôn Nà Héc – Đồng Tâm")
    qtbot.keyClicks(dlg.total_edit, "1000000000")
    assert dlg.total_edit.text() == "1.000.000.000"  # grouped while typing
    central = dlg.source_edits["ns_trung_uong"]
    community = dlg.source_edits["cong_dong"]
    qtbot.keyClicks(central, "600000000")
    qtbot.keyClicks(community, "400.000.000")
    assert central.text() == "600.000.000"
    assert dlg.share_labels["ns_trung_uong"].text() == "60,00%"
    assert dlg.share_labels["cong_dong"].text() == "40,00%"
    assert "100,00%" in dlg.funding_total_label.text()
    qtbot.keyClicks(dlg.start_edit, "10/05/2024")
    qtbot.keyClicks(dlg.finish_edit, "01/02/2024")  # before the start
    assert dlg.validator.message("finish_date")
    assert not dlg.save_button.isEnabled()
    dlg.finish_edit.clear()
    qtbot.keyClicks(dlg.finish_edit, "01/02/2025")
    assert dlg.save_button.isEnabled()
    road = "Đường xã Minh Tân – Yên Phú"  # the first road of the sample commune
    dlg.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dlg.item_search, "yen phu")
    visible = [dlg.item_list.item(i) for i in range(dlg.item_list.count())
               if not dlg.item_list.item(i).isHidden()]
    assert len(visible) == 1 and visible[0].text().startswith(road)
    visible[0].setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=15000)

    saved = next(p for p in store_projects.list_projects(wb)
                 if p["name"] == "Đường liên thôn Nà Héc – Đồng Tâm")
    assert saved["funding"] == {"ns_trung_uong": 600_000_000, "cong_dong": 400_000_000}
    assert saved["start_date"] == "2024-05-10" and saved["finish_date"] == "2025-02-01"
    assert len(saved["items"]) == 1
    assert page.selected_id() == saved["id"]
    res = store_projects.resources_mobilised(wb)
    row = list(res["by_source"]).index("ns_trung_uong")
    shown = page.resources_table.item(row, 2).text()
    assert shown == f"{res['shares']['ns_trung_uong']:.2f}%".replace(".", ",")
    assert page.resources_table.item(row, 0).toolTip().startswith("Ngân sách trung ương ")
    page.ctx.undo_stack.undo()
    assert all(p["name"] != saved["name"] for p in store_projects.list_projects(wb))


def test_negative_amount_is_refused_at_the_field(qtbot, page) -> None:
    dlg = open_dialog(qtbot, page)
    type_text(qtbot, dlg.name_edit, "Dự án thử")
    edit = dlg.source_edits["tin_dung"]
    qtbot.keyClicks(edit, "-5")
    assert "nhỏ hơn" in (dlg.validator.message("funding.tin_dung") or "")
    assert dlg.validator.fields["funding.tin_dung"].error_label.isVisible()
    assert not dlg.save_button.isEnabled()
    dlg.reject()


def test_debt_is_highlighted_and_summarised(qtbot, page, wb) -> None:
    debt = store_projects.debt_summary(wb)
    assert debt["total"] == sample_commune.EXPECTED["outstanding_debt"]
    col = COLUMNS.index("outstanding_debt")
    assert page.model.headerData(col, Qt.Orientation.Horizontal).startswith("Nợ đọng")
    rows = [r for r in range(page.model.rowCount())
            if (page.model.project(r).get("outstanding_debt") or 0) > 0]
    assert rows
    brush = page.model.index(rows[0], col).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == DEBT_BG
    assert "150" in page.debt_label.text()


def test_edit_and_delete_project_with_undo(qtbot, page, wb) -> None:
    project = store_projects.list_projects(wb)[0]
    assert page.select_id(project["id"])
    dlg = open_dialog(qtbot, page, Qt.Key.Key_Return)
    assert dlg.name_edit.text() == project["name"]
    dlg.name_edit.selectAll()
    qtbot.keyClicks(dlg.name_edit, "Du an moi")
    qtbot.keyClick(dlg.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=15000)
    assert wb.get("project", project["id"])["name"] == "Du an moi"
    page.ctx.undo_stack.undo()
    assert wb.get("project", project["id"])["name"] == project["name"]

    # a project without contributions can be deleted, and undone
    store_projects.save_project(wb, {"name": "Dự án bỏ"}, funding={"khac": 5})
    page.reload()
    target = next(p for p in store_projects.list_projects(wb) if p["name"] == "Dự án bỏ")
    assert page.select_id(target["id"])
    activate(qtbot, page.window())
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.mouseClick(page.confirm_box.findChild(QPushButton, "yesButton"),
                     Qt.MouseButton.LeftButton)
    assert wb.get("project", target["id"]) is None
    page.ctx.undo_stack.undo()
    assert wb.get("project", target["id"]) is not None


def test_projects_model_passes_modeltester(qtmodeltester, wb) -> None:
    model = ProjectsTableModel()
    model.set_projects(store_projects.list_projects(wb))
    qtmodeltester.check(model)
