"""NFD typed into a form is stored NFC, and the page's search finds it typed NFC, NFD or without
accents (issue 12 items 17 and 18), through the same fold as the CLI."""

from __future__ import annotations

import unicodedata

import pytest
from gui_helpers import host_page, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ntm_desktop.gui.pages.contributions import ContributionsPage
from ntm_desktop.store import contributions

pytestmark = pytest.mark.gui
NAME = "Hộ bà Lương Thị Thủy"


def enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_quick_entry_in_nfd_is_stored_nfc_and_found(qtbot, wb, app_paths, tmp_path):
    page = host_page(qtbot, ContributionsPage, 4, wb, app_paths, tmp_path, size=(1300, 760))
    try:
        q = page.quick
        q.contributor_edit.setFocus()
        qtbot.waitUntil(q.contributor_edit.hasFocus, timeout=15000)
        nfd = unicodedata.normalize("NFD", NAME)
        type_text(qtbot, q.contributor_edit, nfd)  # base letters and combining marks, as typed
        assert q.contributor_edit.text() == nfd
        enter(qtbot)
        type_text(qtbot, q.village_edit, unicodedata.normalize("NFD", "Thôn Nà Héc"))
        enter(qtbot)
        assert q.kind_combo.currentData() == "tien_mat"
        enter(qtbot)
        qtbot.keyClicks(q.quantity_edit, "1500000")
        for _ in range(3):  # unit, (rate disabled), project, receipt
            enter(qtbot)
        enter(qtbot)  # end of the row: recorded
        rows = contributions.list_contributions(wb, search="luong thi thuy")
        assert [r["contributor"] for r in rows] == [NAME]  # NFC, found without accents
        village = wb.get("village", rows[0]["village_id"])
        assert village["name"] == "Thôn Nà Héc"
        for query in (NAME, nfd, "LUONG THI THUY"):
            page.search_edit.setText(query)
            page.apply_filter()
            assert page.model.rowCount() == 1, query
            assert page.model.index(0, 0).isValid()
        page.search_edit.setText("không có ai")
        page.apply_filter()
        assert page.model.rowCount() == 0
    finally:
        page.ctx.tasks.wait(10000)
