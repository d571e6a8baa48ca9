"""The smaller things an officer met in the first hour, each checked in a real window over the
demo commune: amounts in đồng shown in triệu đồng as typed, Vietnamese formats (free space,
photo times, backups), names in natural Vietnamese order, a clear confirmation with the new
contribution in view, sort arrows that mean what they show, start-here hints in empty tables,
and file dialogs that open in Documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import open_main_window, type_text
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QLabel

from ntm_desktop.core.text import vi_sort_key
from ntm_desktop.gui.dialogs.restore_dialog import when_text
from ntm_desktop.gui.models.infra_table import InfraTableModel
from ntm_desktop.gui.pages import page_index
from ntm_desktop.gui.pages.sync import free_space_text
from ntm_desktop.gui.widgets.evidence_list import taken_text
from ntm_desktop.gui.widgets.file_dialogs import remember_dir, start_dir
from ntm_desktop.gui.widgets.table_columns import SortArrowStyle
from ntm_desktop.paths import AppPaths
from ntm_desktop.services.files import BackupInfo
from ntm_desktop.services.workspace import create_commune_workbook, create_demo_workbook
from ntm_desktop.store.workbook import Workbook

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(app_paths: AppPaths):
    wb = Workbook.open(create_demo_workbook(app_paths.data_dir / "demo.ntm.sqlite"))
    yield wb
    wb.close()


def test_project_amounts_show_trieu_dong_beside_dong(qtbot, app_paths, demo, tmp_path) -> None:
    window = open_main_window(qtbot, app_paths, demo, tmp_path, page_index("projects"))
    page = window.current_page()
    qtbot.mouseClick(page.form.findChild(type(page.edit_button), "addButton"),
                     Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=15000)
    hint = dialog.million_hints["total_investment"]
    dialog.total_edit.setFocus()
    qtbot.keyClicks(dialog.total_edit, "1264500000")
    assert dialog.total_edit.text() == "1.264.500.000"
    assert hint.text() == "= 1.264,5 triệu đồng" and hint.isVisible()
    source = dialog.source_edits["ns_trung_uong"]
    qtbot.keyClicks(source, "800000000")
    assert dialog.million_hints["funding.ns_trung_uong"].text() == "= 800 triệu đồng"
    dialog.reject()
    window.tasks.wait(5000)


def test_vietnamese_formats_for_space_photos_and_backups(tmp_path: Path) -> None:
    assert free_space_text(118_000_000) == "118 MB"  # not "0.1 GB"
    assert free_space_text(14_612_000_000) == "14,6 GB"
    assert taken_text("2025-03-05T09:14:00") == "05/3/2025 09:14"
    info = BackupInfo(path=tmp_path / "b.sqlite", when=dt.datetime(2025, 2, 3, 14, 5, 9),
                      kind="daily", size=1024)
    assert when_text(info) == "03/02/2025 14:05:09"


def test_names_sort_naturally_in_vietnamese_order(qtbot, app_paths, demo, tmp_path) -> None:
    assert sorted(["nhánh 126", "nhánh 76", "nhánh 9"], key=vi_sort_key) == \
        ["nhánh 9", "nhánh 76", "nhánh 126"]
    assert sorted(["Đào", "Dũng", "Ân", "An", "Ăn"], key=vi_sort_key) == \
        ["An", "Ăn", "Ân", "Dũng", "Đào"]
    window = open_main_window(qtbot, app_paths, demo, tmp_path, page_index("infrastructure"))
    page = window.current_page()
    proxy = page.table.model()
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    by_road: dict[str, list[str]] = {}  # "<road> nhánh N" names, by road
    for n in names:
        head, _, tail = n.rpartition(" nhánh ")
        if head and tail.isdigit():
            by_road.setdefault(head, []).append(n)
    branch = max(by_road.values(), key=len)
    numbers = [int(n.rsplit(" ", 1)[1]) for n in branch]
    assert len(numbers) > 3 and numbers == sorted(numbers), branch
    assert isinstance(page.table.horizontalHeader().style(), SortArrowStyle)
    assert isinstance(proxy.sourceModel(), InfraTableModel)
    window.tasks.wait(5000)


def test_quick_entry_confirms_clearly_and_shows_the_new_row(qtbot, app_paths, demo,
                                                            tmp_path) -> None:
    window = open_main_window(qtbot, app_paths, demo, tmp_path, page_index("contributions"))
    page = window.current_page()
    q = page.quick
    q.date_edit.setText("01/01/2019")  # an old date: the new row lies deep in the ledger
    q.contributor_edit.setFocus()
    type_text(qtbot, q.contributor_edit, "Hộ ông Kiểm Thử Cuối")
    q.quantity_edit.setText("150000")
    assert q.commit() is not None
    assert "#1b5e20" in q.message.styleSheet() and q.message.text().startswith("✓ Đã ghi")
    rows = page.table.selectionModel().selectedRows()
    assert len(rows) == 1
    assert page.model.record(rows[0].row())["contributor"] == "Hộ ông Kiểm Thử Cuối"
    rect = page.table.visualRect(rows[0])
    assert page.table.viewport().rect().contains(rect.center())  # scrolled into view
    window.tasks.wait(5000)


def test_empty_tables_say_where_to_start(qtbot, app_paths, tmp_path) -> None:
    path = create_commune_workbook(tmp_path / "trong.ntm.sqlite", {
        "code": "08707", "name": "Phường Vĩnh Yên", "criteria_set": "qd318-2022",
        "region": "DBSH"})
    wb = Workbook.open(path)
    try:
        window = open_main_window(qtbot, app_paths, wb, tmp_path, page_index("infrastructure"))
        expected = {"infrastructure": "Thêm công trình", "contributions": "Nhập nhanh",
                    "projects": "Thêm dự án", "sync": "Xuất gói dữ liệu"}
        for name, words in expected.items():
            window.show_page(page_index(name))
            hint = window.current_page().findChild(QLabel, "emptyHint")
            qtbot.waitUntil(lambda h=hint: h is not None and h.isVisible(), timeout=15000)
            assert words in hint.text()
        window.tasks.wait(5000)
    finally:
        wb.close()


def test_file_dialogs_start_in_documents(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    Path(documents).mkdir(parents=True, exist_ok=True)
    assert start_dir(settings) == documents
    assert Path(start_dir(settings)) != Path.cwd()
    usb = tmp_path / "usb"
    usb.mkdir()
    remember_dir(settings, usb / "goi.ntmpkg")
    assert start_dir(settings) == str(usb)


def test_ledger_sorts_contributors_in_vietnamese_order(qtbot, app_paths, demo,
                                                       tmp_path) -> None:
    from ntm_desktop.store.contributions import add_many
    add_many(demo, [{"date": "2025-01-02", "contributor": name, "kind": "tien_mat",
                     "quantity": 1000} for name in ("Ông Ân", "Ông An", "Ông Ăn", "ông ăn 10",
                                                    "ông ăn 9")])
    window = open_main_window(qtbot, app_paths, demo, tmp_path, page_index("contributions"))
    page = window.current_page()
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [page.model.record(r)["contributor"] for r in range(page.model.rowCount())]
    ours = [n for n in names if n.lower().startswith("ông a") or n.lower().startswith("ông ă")
            or n.lower().startswith("ông â")]
    assert ours == ["Ông An", "Ông Ăn", "ông ăn 9", "ông ăn 10", "Ông Ân"], ours
    assert names == sorted(names, key=vi_sort_key)
    window.tasks.wait(5000)
