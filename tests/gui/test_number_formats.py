"""One number format per quantity (core/vnformat.py): the GUI writes a figure as the papers
do — project money in whole triệu đồng as in the dossier's annex, lengths in km with two
decimals as in the báo cáo, shares with two decimals as in the roll-up's sentence — and in
English the same digits with the marks swapped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sample_commune
from PySide6.QtCore import QLocale, QSettings

from ntm_desktop.core import vnformat as vf
from ntm_desktop.dossier import documents, rollup
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.hub.hub_window import HubWindow
from ntm_desktop.gui.main_window import MainWindow
from ntm_desktop.gui.models.projects_table import COLUMNS
from ntm_desktop.gui.pages import page_index
from ntm_desktop.paths import AppPaths
from ntm_desktop.services.workspace import create_demo_workbook
from ntm_desktop.store import infrastructure as infra
from ntm_desktop.store import projects as store_projects
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.workbook import Workbook

pytestmark = pytest.mark.gui


@pytest.fixture
def english():
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


def test_each_quantity_as_vnformat_writes_it() -> None:
    assert nf.trieu(1_352_449_000_000) == vf.trieu(1_352_449_000_000) == "1.352.449"
    assert nf.trieu_text(342_600_000) == "343 triệu đồng"
    assert nf.money(1_264_000) == "1.264.000 đồng"
    assert nf.percent(28.18) == vf.percent(28.18) == "28,18%"
    assert nf.percent(vf.share(1, 3)) == "33,33%"
    assert nf.km(12.5) == vf.km(12.5) == "12,50"
    assert nf.number(1264) == "1.264"
    assert nf.income(41.25) == "41,3"


def test_english_swaps_only_the_marks(english) -> None:
    assert nf.trieu(1_352_449_000_000) == "1,352,449"
    assert nf.percent(28.18) == "28.18%"
    assert nf.km(1234.5) == "1,234.50"


@pytest.fixture
def window(qtbot, app_paths: AppPaths, tmp_path: Path):
    wb = Workbook.open(create_demo_workbook(app_paths.data_dir / "demo.ntm.sqlite"))
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(app_paths, workbook=wb, settings=settings)
    qtbot.addWidget(w)
    w.resize(1256, 655)
    w.show()
    qtbot.waitExposed(w)
    yield w, wb
    w.tasks.wait(10000)
    wb.close()


def test_project_table_money_as_in_the_annex(qtbot, window) -> None:
    w, wb = window
    w.show_page(page_index("projects"))
    w.tasks.wait(10000)
    page = w.current_page()
    model = page.model
    rows = {p["id"]: p for p in store_projects.list_projects(wb)}
    assert model.rowCount() == len(rows) > 0
    shares = 0
    for row in range(model.rowCount()):
        p = model.project(row)
        for key in ("total_investment", "funding_total", "outstanding_debt"):
            shown = model.index(row, COLUMNS.index(key)).data()
            stored = rows[p["id"]].get(key)
            # the dossier's annex prints the same figure (documents.trieu)
            assert shown == ("" if stored is None else documents.trieu(stored)), (key, shown)
            assert "," not in shown  # whole triệu đồng, thousands with dots
        share = model.index(row, COLUMNS.index("funding_share")).data()
        if share:
            assert re.fullmatch(r"\d{1,3}(\.\d{3})*,\d\d%", share), share  # two decimals
            shares += 1
    assert shares


def test_infrastructure_footer_km_as_in_the_report(qtbot, window) -> None:
    w, wb = window
    w.show_page(page_index("infrastructure"))
    page = w.current_page()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("road"))
    w.tasks.wait(10000)
    qtbot.wait(50)
    text = page.totals_label.text()
    t = infra.road_totals(wb)
    assert t["total_km"] > 0
    # the báo cáo writes "Tổng chiều dài … {km(total)} km, đã cứng hóa {km(hardened)} km"
    assert f"tổng {vf.km(t['total_km'])} km, đã cứng hóa {vf.km(t['hardened_km'])} km " \
           f"({vf.percent(t['hardened_share'])})" in text, text
    lengths = re.findall(r"([\d.,]+) km", text)
    assert lengths and all(re.fullmatch(r"\d{1,3}(\.\d{3})*,\d\d", x) for x in lengths), text


def test_rollup_dashboard_shares_as_in_the_report(qtbot, tmp_path: Path) -> None:
    workbooks = [sample_commune.build(tmp_path / f"xa-{i}.ntm.sqlite", seed=i)
                 for i in (1, 2, 3)]
    try:
        r = rollup.compute(workbooks, {}, sample_commune.FULL.year)
    finally:
        for wb in workbooks:
            wb.close()
    paths = AppPaths.resolve(tmp_path / "hub").ensure()
    with Hub.open(paths.hub, create=True, name="Sở Nông nghiệp và Môi trường",
                  level="province"):
        pass
    w = HubWindow(paths, settings=QSettings(str(tmp_path / "hub.ini"),
                                            QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    page = w.go("rollup")
    w.tasks.wait(10000)
    qtbot.wait(50)
    page.show_rollup(r)
    paper = " ".join(rollup.sentences(r))
    printed = rollup.printed_bands(r)
    assert printed
    for band in printed:
        gui = page.band_text(band, r.n)
        share = vf.percent(band.share or 0)
        assert gui.endswith(f"chiếm {share}"), gui
        assert f"/{rollup.n2(r.n)} xã, chiếm {share}" in paper
    table = page.resources_table
    assert table.rowCount() == len(r.resources) + 2
    assert r.resources
    for row, (_code, _label, vnd, share) in enumerate(r.resources):
        money, pct = table.item(row, 1).text(), table.item(row, 2).text()
        assert money == vf.trieu(vnd) and pct == vf.percent(share)
        assert f"{money} triệu đồng (chiếm {pct})" in paper  # as the report's line reads
    assert table.item(len(r.resources), 1).text() == vf.trieu(r.resources_total)
    assert f"bình quân đạt {vf.number(r.average or 0, 2)} tiêu chí/xã" in page.headline.text()
    w.tasks.cancel_all()
    w.tasks.wait(5000)
