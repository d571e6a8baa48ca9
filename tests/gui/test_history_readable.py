"""Lịch sử shows what the officer entered, not the database: a contribution's detail reads
"Hiến đất", "Hộ gia đình", the village's name, "120", "50.000", "05/3/2025"; the record column
names the contribution; timestamps are Vietnamese dates and times."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sample_commune
from gui_helpers import open_main_window
from PySide6.QtWidgets import QTreeWidget

from ntm_desktop.gui.models.journal_table import JournalTableModel
from ntm_desktop.gui.undo import run_undoable
from ntm_desktop.paths import AppPaths
from ntm_desktop.services import history as history_svc
from ntm_desktop.store.contributions import add_contribution, remove_contribution

pytestmark = pytest.mark.gui
HISTORY = 7


@pytest.fixture
def wb(tmp_path: Path):
    wb = sample_commune.build(tmp_path / "w.ntm.sqlite", size="small")
    yield wb
    wb.close()


def test_a_contributions_detail_reads_like_the_ledger(qtbot, app_paths: AppPaths, wb,
                                                     tmp_path: Path) -> None:
    village = wb.rows("village")[0]
    window = open_main_window(qtbot, app_paths, wb, tmp_path, HISTORY)
    page = window.current_page()
    row = run_undoable(window.ctx, "Thêm khoản đóng góp", lambda: add_contribution(wb, {
        "date": "2025-03-05", "contributor": "Hộ ông Nguyễn Văn Ba", "contributor_kind": "ho",
        "village_id": village["id"], "kind": "hien_dat", "quantity": 120.0, "unit": "m²",
        "rate": 50000.0}))
    assert row is None or isinstance(row, dict)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    record = page.model.index(0, JournalTableModel.COL_RECORD).data()
    assert record == "Hộ ông Nguyễn Văn Ba — Hiến đất, 05/3/2025"
    page.view.selectRow(0)
    tree = page.form.findChild(QTreeWidget, "detailTree")
    shown = {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(2)
             for i in range(tree.topLevelItemCount())}
    assert shown["Loại"] == "Hiến đất"
    assert shown["Loại người đóng góp"] == "Hộ gia đình"
    assert shown["Thôn"] == "Thôn Đông"
    assert shown["Số lượng"] == "120"
    assert shown["Đơn giá"] == "50.000"
    assert shown["Giá trị (đồng)"] == "6.000.000"
    assert shown["Ngày"] == "05/3/2025"
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", shown["Tạo lúc"]), shown["Tạo lúc"]
    for text in shown.values():  # no stored codes, ids, ISO dates or float dots left
        assert text not in ("hien_dat", "ho", village["id"])
        assert not re.search(r"\d{4}-\d{2}-\d{2}|\d\.0$", text), text
    assert "Hộ ông Nguyễn Văn Ba" in page.detail_title.text()
    # a deleted record keeps its name
    contribution = wb.rows("contribution")[0]
    run_undoable(window.ctx, "Xóa khoản", lambda: remove_contribution(wb, contribution["id"]))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10000)
    assert page.model.index(0, JournalTableModel.COL_RECORD).data() == \
        "Hộ ông Nguyễn Văn Ba — Hiến đất, 05/3/2025 (đã xóa)"


def test_values_of_other_records() -> None:
    v = history_svc.value_text
    assert v(None, "infra_item", "kind", "road") == "Đường giao thông"
    assert v(None, "infra_item", "condition", "trung_binh") == "Trung bình"
    assert v(None, "project_funding", "source", "ns_trung_uong") == "Ngân sách trung ương"
    assert v(None, "assessment", "declared_status", "dat") == "Đạt"
    assert v(None, "assessment", "value", 71.06) == "71,06"
    assert v(None, "assessment", "year", 2025) == "2025"
    assert v(None, "commune", "special_difficult", True) == "Có"
    assert v(None, "x", "note", None) == "—"
    assert history_svc.record_name(None, "assessment", {"indicator_code": "2.1",
                                                         "year": 2025}) == \
        "Chỉ tiêu 2.1 — năm 2025"
