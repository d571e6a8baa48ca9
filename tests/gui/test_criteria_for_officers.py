"""Tiêu chí speaks to officers: indicator tooltips cite the legal basis (no web addresses or
research notes) and the help text; the two ways a status is computed have two words; and the
2026–2030 set, with no province catalog yet, says plainly that the province's catalog brings
the indicators and thresholds and how to import it."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import open_main_window
from PySide6.QtCore import Qt

from ntm_desktop.gui.models.criteria_tree import COL_NAME, COL_SOURCE, KIND_ROLE
from ntm_desktop.gui.pages import page_index
from ntm_desktop.paths import AppPaths
from ntm_desktop.services.workspace import create_commune_workbook
from ntm_desktop.store.workbook import Workbook

pytestmark = pytest.mark.gui


def _commune(path: Path, criteria_set: str, **extra) -> Workbook:
    create_commune_workbook(path, {"code": "08707", "name": "Phường Vĩnh Yên",
                                   "province_code": "26", "province_name": "Phú Thọ",
                                   "criteria_set": criteria_set, **extra})
    return Workbook.open(path)


def _indicator_indexes(model):
    out, stack = [], [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop(0)
        if model.data(index, KIND_ROLE) == "indicator":
            out.append(index)
        stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]
    return out


def test_tooltips_cite_the_law_without_research_notes(qtbot, app_paths: AppPaths,
                                                      tmp_path: Path) -> None:
    wb = _commune(tmp_path / "w.ntm.sqlite", "qd318-2022", region="DBSH")
    try:
        window = open_main_window(qtbot, app_paths, wb, tmp_path, page_index("criteria"))
        page = window.current_page()
        assert not page.province_note.isVisible()
        model = page.tree.model()
        indexes = _indicator_indexes(model)
        assert len(indexes) > 40
        for index in indexes:
            tip = model.data(index.siblingAtColumn(COL_NAME), Qt.ItemDataRole.ToolTipRole)
            assert "Căn cứ: Quyết định số 318/QĐ-TTg ngày 08/3/2022" in tip, tip
            for note in ("http", "CHƯA KIỂM CHỨNG", "tài liệu tham chiếu", "danviet"):
                assert note not in tip, (note, tip)
        sources = {model.data(i.siblingAtColumn(COL_SOURCE)) for i in indexes}
        assert "Tự tính" not in sources
        # the editor beside the tree cites the law the same way, without research notes
        for label in ("unverifiedLabel", "helpLabel", "thresholdLabel"):
            text = getattr(page.editor.form, label).text()
            for note in ("http", "CHƯA KIỂM CHỨNG", "tài liệu tham chiếu"):
                assert note not in text, (label, note, text)
        assert "Quyết định số 318/QĐ-TTg" in page.editor.form.unverifiedLabel.text()
        window.tasks.wait(5000)
    finally:
        wb.close()


def test_2026_2030_set_without_province_catalog_says_what_to_do(qtbot, app_paths: AppPaths,
                                                                tmp_path: Path) -> None:
    wb = _commune(tmp_path / "w.ntm.sqlite", "qd51-2025", commune_group="N2")
    try:
        window = open_main_window(qtbot, app_paths, wb, tmp_path, page_index("criteria"))
        page = window.current_page()
        note = page.province_note
        assert note.isVisible()
        assert "do tỉnh ban hành" in note.text() and "Đồng bộ" in note.text()
        assert "Nhập gói" in note.text()
        note.linkActivated.emit("sync")  # the link opens Đồng bộ
        assert window.current_index() == page_index("sync")
        window.tasks.wait(5000)
    finally:
        wb.close()
