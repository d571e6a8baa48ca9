"""The whole loop in two workspaces, through the windows: the province publishes its group-2
overlay for 2026–2030 from the “Bộ tiêu chí của tỉnh” page; the commune imports the package on
its Đồng bộ page (a plain result line naming the set and the decision), and its Tiêu chí page
computes the statuses from the province's levels and shows their legal basis."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from province_helpers import CITE, DECISION, group2_draft
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from ntm_desktop.gui.hub.catalog_editor import open_standalone
from ntm_desktop.services import catalog_editor as ce
from ntm_desktop.store import evaluation_service as es
from ntm_desktop.store.assessment import set_assessment

pytestmark = pytest.mark.gui
CRITERIA, SYNC = 1, 6


def test_publish_import_and_see_the_legal_basis(qtbot, province, commune, tmp_path):
    # --- the province: a draft prepared earlier, published from the page
    with province.hub() as hub:
        ce.save_draft(hub, group2_draft())
    window, page = open_standalone(province.paths, settings=QSettings(
        str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: page.draft is not None and bool(page.analysis), timeout=10000)
    assert page.fields["decision.number"].text() == DECISION["number"]
    out = tmp_path / "gui-email"
    out.mkdir()
    box = page.confirm_publish(out)
    box.button(box.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.publish_result is not None, timeout=15000)
    package = Path(page.publish_result["file"])
    page.ctx.tasks.wait(10000)
    window.close()

    # --- the commune: import on the Đồng bộ page
    from ntm_desktop.gui.main_window import MainWindow
    wb = commune.wb
    with wb.atomic():  # the officer's figures for 2026, entered before the province decided
        for code, value in (("1.1", 1),):
            set_assessment(wb, code, 2026, {"value": value}, catalog=es.catalog_for(wb, 2026))
    es.set_evaluation_year(wb, 2026)
    w = MainWindow(commune.paths, workbook=wb, settings=QSettings(
        str(tmp_path / "c.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1256, 655)
    w.show()
    w.show_page(CRITERIA)
    crit = w.current_page()
    assert crit.evaluation.indicator("2.1").kind == "boolean"  # still the placeholder
    assert crit.form.unverifiedLabel.isVisibleTo(crit)

    w.show_page(SYNC)
    sync = w.current_page()
    task = sync.import_packages([package])
    with qtbot.waitSignal(task.did_finish, timeout=10000):
        pass
    text = sync.form.findChild(QLabel, "importResult").text()
    assert "✓" in text and "Đã nhận bộ tiêu chí của tỉnh" in text and CITE in text
    assert "phiên bản 1.0.0" in text
    tip = sync.form.findChild(QLabel, "importResult").toolTip()
    assert "Bộ tiêu chí xã nông thôn mới tỉnh Mẫu giai đoạn 2026-2030" in tip
    shots = os.environ.get("NTM_SCREENSHOTS")
    if shots:
        qtbot.wait(100)  # let the layout settle
        w.grab().save(str(Path(shots) / "commune-catalog-import-vi.png"))

    # --- Tiêu chí: the province's levels, statuses computed, legal basis shown
    w.show_page(CRITERIA)
    crit = w.current_page()
    qtbot.waitUntil(lambda: crit.evaluation is not None
                    and crit.evaluation.overlays == ("mau-qd51-2025@1.0.0",), timeout=15000)
    road = crit.evaluation.indicator("2.1")
    assert (road.kind, road.threshold.value, road.status) == ("percent", 85.5, "chua_xac_dinh")
    assert crit.evaluation.indicator("1.1").status == "dat"  # untouched national item
    assert crit.select_indicator("2.1")
    label = crit.form.thresholdLabel.text()
    assert f"Căn cứ {CITE}" in label and "85,5" in label
    assert not crit.form.unverifiedLabel.isVisibleTo(crit)
    if shots:
        w.grab().save(str(Path(shots) / "commune-criteria-legal-basis-vi.png"))
    # the officer corrects the figure on the page; the status follows the province's level
    crit.editor.edited.emit("2.1", {"value": 80})
    qtbot.waitUntil(lambda: crit.evaluation.indicator("2.1").status == "chua_dat", timeout=15000)
    crit.editor.edited.emit("2.1", {"value": 90})
    qtbot.waitUntil(lambda: crit.evaluation.indicator("2.1").status == "dat", timeout=15000)
    assert crit.evaluation.criterion("2").status != "chua_dat"
    w.tasks.wait(5000)
