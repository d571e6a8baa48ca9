"""Đóng góp page: quick entry by keyboard, totals, the paged ledger over 20,000 rows (only
pages near the visible rows are read), filters, SQL sorting, delete with undo, Excel export."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import helpers
import pytest
import sample_commune
from gui_helpers import host_page, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from ntm_desktop.gui.models.contributions_table import MAX_PAGES, LedgerModel
from ntm_desktop.gui.pages.contributions import ContributionsPage
from ntm_desktop.store import contributions
from ntm_desktop.store.commune import find_village, list_villages
from ntm_desktop.store.ledger_queries import LedgerFilter
from ntm_desktop.store.workbook import Workbook

pytestmark = pytest.mark.gui
BIG = 20_000


@pytest.fixture(scope="module")
def big_template(tmp_path_factory, _sample_template) -> Path:
    """The sample commune plus 20,000 generated contributions (built once per module)."""
    path = tmp_path_factory.mktemp("contrib-big") / "big.ntm.sqlite"
    shutil.copyfile(_sample_template, path)
    with Workbook.open(path, author="Kiểm thử", daily_backup=False) as w:
        vids = [v["id"] for v in list_villages(w)]
        start = dt.date(2022, 1, 1)
        kinds = ("tien_mat", "ngay_cong", "hien_dat", "vat_lieu")
        contributions.add_many(w, ({
            "date": (start + dt.timedelta(days=i % 900)).isoformat(),
            "contributor": f"Hộ ông Nguyễn Văn Số {i}", "village_id": vids[i % len(vids)],
            "kind": kinds[i % 4], "quantity": 100_000 if i % 4 == 0 else 1 + i % 7,
            "rate": None if i % 4 == 0 else 150_000, "receipt_no": f"BN-{i:06d}"}
            for i in range(BIG)))
    return path


@pytest.fixture
def big_wb(tmp_path, big_template):
    w = helpers.open_test_workbook(helpers.copy_workbook(big_template, tmp_path))
    yield w
    w.close()


def make_page(qtbot, wb, app_paths, tmp_path) -> ContributionsPage:
    return host_page(qtbot, ContributionsPage, 4, wb, app_paths, tmp_path, size=(1300, 760))


@pytest.fixture
def page(qtbot, wb, app_paths, tmp_path):
    p = make_page(qtbot, wb, app_paths, tmp_path)
    yield p
    p.ctx.tasks.wait(10000)


def enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_three_contributions_by_keyboard_in_quick_entry(qtbot, page, wb) -> None:
    q = page.quick
    before = contributions.count_contributions(wb)
    cash_before = contributions.totals(wb)["cash_vnd"]
    assert q.date_edit.text() == dt.date.today().strftime("%d/%m/%Y")
    q.contributor_edit.setFocus()
    qtbot.waitUntil(q.contributor_edit.hasFocus, timeout=15000)
    # row 1: cash, village typed without accents
    type_text(qtbot, q.contributor_edit, "Hộ ông Lò Văn Páo")
    enter(qtbot)
    assert q.village_edit.hasFocus()
    qtbot.keyClicks(q.village_edit, "thon na hec")
    enter(qtbot)
    assert q.kind_combo.hasFocus() and q.kind_combo.currentData() == "tien_mat"
    enter(qtbot)
    qtbot.keyClicks(q.quantity_edit, "2000000")
    assert q.value_edit.text() == "2.000.000"
    enter(qtbot)  # unit (auto "đồng")
    assert q.unit_edit.hasFocus() and q.unit_edit.text() == "đồng"
    enter(qtbot)  # rate is disabled for cash: straight to the project
    assert q.project_edit.hasFocus()
    enter(qtbot)
    qtbot.keyClicks(q.receipt_edit, "BN-001")
    enter(qtbot)  # end of the row: recorded
    assert contributions.count_contributions(wb) == before + 1
    assert q.contributor_edit.hasFocus() and q.contributor_edit.text() == ""
    assert q.village_edit.text() == "thon na hec"  # kept for the next row

    # row 2: labour days with a rate
    type_text(qtbot, q.contributor_edit, "Hộ bà Hoàng Thị Mai")
    enter(qtbot)
    enter(qtbot)
    qtbot.keyClick(q.kind_combo, Qt.Key.Key_Down)
    assert q.kind_combo.currentData() == "ngay_cong"
    enter(qtbot)
    qtbot.keyClicks(q.quantity_edit, "3")
    enter(qtbot)
    assert q.unit_edit.text() == "công"
    enter(qtbot)
    assert q.rate_edit.hasFocus()
    qtbot.keyClicks(q.rate_edit, "150000")
    assert q.value_edit.text() == "450.000"
    for _ in range(3):
        enter(qtbot)
    assert contributions.count_contributions(wb) == before + 2

    # row 3: a mistake first (quantity 0), shown at the field, nothing lost
    type_text(qtbot, q.contributor_edit, "Hộ ông Triệu Văn Lả")
    for _ in range(3):
        enter(qtbot)
    qtbot.keyClicks(q.quantity_edit, "0")
    assert q.validator.message("quantity") and "lớn hơn 0" in q.message.text()
    for _ in range(5):
        enter(qtbot)
    assert contributions.count_contributions(wb) == before + 2
    assert q.quantity_edit.hasFocus() and q.contributor_edit.text() == "Hộ ông Triệu Văn Lả"
    q.quantity_edit.selectAll()
    qtbot.keyClicks(q.quantity_edit, "2")
    for _ in range(5):
        enter(qtbot)
    assert contributions.count_contributions(wb) == before + 3

    rows = contributions.list_contributions(wb, limit=3)
    assert {r["contributor"] for r in rows} == {"Hộ ông Lò Văn Páo", "Hộ bà Hoàng Thị Mai",
                                               "Hộ ông Triệu Văn Lả"}
    vid = find_village(wb, "Thôn Nà Héc")
    assert all(r["village_id"] == vid for r in rows)
    assert contributions.totals(wb)["cash_vnd"] == cash_before + 2_000_000
    # the totals panel and the ledger follow
    assert page.model.rowCount() == before + 3
    kind_rows = {page.kind_totals.item(r, 0).text(): page.kind_totals.item(r, 2).text()
                 for r in range(page.kind_totals.rowCount())}
    total = contributions.totals(wb)["total_value_vnd"]
    assert kind_rows["Tổng cộng"] == f"{total:,}".replace(",", ".")
    assert page.ctx.undo_stack.count() == 3
    page.ctx.undo_stack.undo()
    assert contributions.count_contributions(wb) == before + 2


def test_unknown_village_is_an_error_at_the_field(qtbot, page, wb) -> None:
    q = page.quick
    q.contributor_edit.setFocus()
    qtbot.keyClicks(q.contributor_edit, "Ho X")
    enter(qtbot)
    qtbot.keyClicks(q.village_edit, "thon khong co")
    assert "Không có thôn" in q.message.text()
    assert q.village_edit.property("invalid") is True


def test_edit_and_delete_from_the_ledger_with_undo(qtbot, page, wb) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    rec = page.selected_record()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.quick.editing is not None and page.quick.editing["id"] == rec["id"]
    page.quick.receipt_edit.setFocus()
    page.quick.receipt_edit.selectAll()
    qtbot.keyClicks(page.quick.receipt_edit, "BN-SUA")
    enter(qtbot)
    assert wb.get("contribution", rec["id"])["receipt_no"] == "BN-SUA"
    n = contributions.count_contributions(wb)
    assert n == page.model.rowCount()

    page.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window(), timeout=15000)
    page.table.setFocus()
    page.table.selectRow(0)
    target = page.selected_record()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.mouseClick(page.confirm_box.findChild(QPushButton, "yesButton"),
                     Qt.MouseButton.LeftButton)
    assert wb.get("contribution", target["id"]) is None
    assert page.model.rowCount() == n - 1
    page.ctx.undo_stack.undo()
    assert wb.get("contribution", target["id"]) is not None


@pytest.mark.slow
def test_ledger_model_pages_over_20000_rows(qtbot, big_wb) -> None:
    model = LedgerModel()
    model.set_connection(big_wb.db.conn)
    total = contributions.count_contributions(big_wb)
    assert model.rowCount() == total > BIG
    last = model.index(total - 1, 1).data()
    first = model.index(0, 1).data()
    middle = model.index(total // 2, 0).data()
    assert last and first and middle
    assert len(model.pages) <= MAX_PAGES
    assert model.page_reads == 3
    for row in range(0, total, 997):  # scrolling through everything
        assert model.index(row, 0).data()
    assert len(model.pages) <= MAX_PAGES  # old pages are dropped
    rows_in_memory = sum(len(p) for p in model.pages.values())
    assert rows_in_memory <= MAX_PAGES * 500 < total

    vid = list_villages(big_wb)[0]["id"]
    model.set_filter(LedgerFilter(village_id=vid))
    assert model.rowCount() == contributions.count_contributions(big_wb, village_id=vid)
    assert model.rowCount() < total
    model.set_filter(LedgerFilter(search="nguyen van so 19999"))  # accents not needed
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Hộ ông Nguyễn Văn Số 19999"

    model.set_filter(LedgerFilter())
    model.sort(7, Qt.SortOrder.DescendingOrder)  # value, in SQL
    values = [model.record(r)["value_vnd"] or 0 for r in range(0, 50)]
    assert values == sorted(values, reverse=True)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.record(0)["contributor"] <= model.record(1)["contributor"]


@pytest.mark.slow
def test_page_scrolls_filters_and_exports_big_ledger(qtbot, big_wb, app_paths, tmp_path) -> None:
    page = make_page(qtbot, big_wb, app_paths, tmp_path)
    total = page.model.rowCount()
    page.table.scrollToBottom()
    qtbot.wait(20)
    assert len(page.model.pages) <= MAX_PAGES
    assert set(page.model.pages) <= {total // 500 - 1, total // 500, 0}
    vid = list_villages(big_wb)[1]["id"]
    page.village_filter.setCurrentIndex(page.village_filter.findData(vid))
    expected = contributions.count_contributions(big_wb, village_id=vid)
    assert page.model.rowCount() == expected
    assert page.count_label.text().startswith(f"{expected:,}".replace(",", "."))
    qtbot.keyClicks(page.search_edit, "so 12")  # debounced
    assert page.model.rowCount() == expected
    qtbot.waitUntil(lambda: page.model.rowCount() < expected, timeout=15000)
    filtered = page.model.rowCount()

    out = tmp_path / "xuat" / "so-dong-gop.xlsx"
    out.parent.mkdir()
    page.export_to(out)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=30000)
    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["Sổ đóng góp", "Tổng hợp"]
    rows = list(book["Sổ đóng góp"].iter_rows(values_only=True))
    assert rows[0] == ("Sổ đóng góp — Xã Minh Tân",)
    assert rows[1][:3] == ("Ngày", "Người/đơn vị đóng góp", "Loại")
    assert len(rows) - 2 == filtered
    assert all("12" in r[1] for r in rows[2:])
    totals = {r[0]: r for r in book["Tổng hợp"].iter_rows(values_only=True) if r and r[0]}
    assert totals["Tổng cộng"][1] == filtered
    book.close()
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".ntm-export-")]
    page.ctx.tasks.wait(5000)


def test_ledger_model_passes_modeltester(qtmodeltester, wb) -> None:
    model = LedgerModel()
    model.set_connection(wb.conn)
    assert model.rowCount() == sample_commune.EXPECTED["contributions"]
    qtmodeltester.check(model)
