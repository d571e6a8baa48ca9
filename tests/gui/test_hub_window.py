"""The whole loop commune ↔ hub in two real workspaces, with the appraiser's window driven the
way an officer does it: trust a folder of cards, drop a folder of packages (good, tampered,
unknown key), review and disagree, return with comments, the commune sees them and resubmits,
approve, a later package changing the approved year is refused and quarantined, roll-up PDF
and Excel read back."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hub_gui import click_yes, close_hub_window, open_hub_window, settle
from hub_world import YEAR, run
from pdf_text import page_texts
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtPrintSupport import QPrinter

from ntm_desktop.gui.hub.common import answer
from ntm_desktop.gui.hub.hub_window import PAGES, HubWindow
from ntm_desktop.gui.widgets import printing
from ntm_desktop.services import rollup as rollup_svc
from ntm_desktop.services.hub_common import open_hub
from ntm_desktop.store.workbook import Workbook


@pytest.fixture
def world(tmp_path, qtbot):
    p, w = open_hub_window(qtbot, tmp_path)
    yield p, w
    close_hub_window(w)


def drop(w: HubWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    ev = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    w.dropEvent(ev)


def test_every_page_opens_at_laptop_size(world, qtbot):
    _p, w = world
    for i, key in enumerate(entry.name for entry in PAGES):
        assert not PAGES[i].qicon().isNull() and not w.nav.item(i).icon().isNull(), key
        text_width = w.nav.fontMetrics().horizontalAdvance(w.nav.item(i).text())
        assert text_width + w.nav.iconSize().width() + 12 <= w.nav.viewport().width(), key
        w.nav.setCurrentRow(i)
        settle(qtbot, w)
        assert w.stack.currentWidget().widget() is w.pages[key]
        assert w.pages[key].minimumSizeHint().height() <= 655


def test_whole_loop(world, qtbot, tmp_path, monkeypatch):
    p, w = world
    # ---- trust a folder of cards: a tick per row after comparing fingerprints
    keys = w.go("keys")
    qtbot.mouseClick(keys.folder_button, Qt.MouseButton.LeftButton)
    answer(keys.file_dialog, [p.cards])
    qtbot.waitUntil(lambda: keys.cards_dialog is not None, timeout=20000)
    dlg = keys.cards_dialog
    assert dlg.table.rowCount() == 3
    assert {dlg.table.item(i, 1).text() for i in range(3)} == set(p.communes)
    for i in range(3):
        dlg.tick(i)
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert all(r["ok"] for r in dlg.results)
    assert keys.table.rowCount() == 3
    printed = tmp_path / "the-khoa.pdf"  # the printable key card, on a print-to-PDF printer

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer
    monkeypatch.setattr(printing, "printer_factory", pdf_printer)
    qtbot.mouseClick(keys.print_button, Qt.MouseButton.LeftButton)
    assert keys.print_job.dialog.isVisible()
    keys.print_job.dialog.accept()
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0, timeout=10000)
    text = PdfReader(str(printed)).pages[0].extract_text()
    assert keys.info["card"]["fingerprint"].split()[0] in text

    # ---- a folder with good packages, a tampered one and one from an unknown key, dropped
    for c in p.communes:
        p.export(c)
    good = sorted(p.inbox.glob("*.ntmpkg"))
    with zipfile.ZipFile(good[0]) as src, zipfile.ZipFile(p.inbox / "sua.ntmpkg", "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data + b" " if info.filename == "changes.jsonl" else data)
    stranger = tmp_path / "stranger"
    run("--data-dir", str(stranger), "init", "commune", "--code", "06328", "--name", "Xã Lạ",
        "--set", "qd318-2022", "--region", "TDMNPB")
    run("--data-dir", str(stranger), "export", "-o", str(p.inbox / "la.ntmpkg"))
    (tmp_path / "anh.jpg").write_bytes(b"\xff\xd8 not a package")
    drop(w, [tmp_path / "anh.jpg"])  # not a package: said so, nothing imported or quarantined
    assert "anh.jpg" in w.statusBar().currentMessage() and not w.tasks.active
    drop(w, [p.inbox])
    imp = w.pages["import"]
    assert w.stack.currentWidget().widget() is imp
    settle(qtbot, w)
    texts = {imp.results.topLevelItem(i).text(1): imp.results.topLevelItem(i).text(2)
             for i in range(imp.results.topLevelItemCount())}
    assert texts["sua.ntmpkg"].startswith("Từ chối: Gói dữ liệu đã bị sửa đổi sau khi ký")
    assert "changes.jsonl" in texts["sua.ntmpkg"]
    assert texts["la.ntmpkg"].startswith("Khóa chưa đăng ký")
    assert sum(t.startswith("Đã nhập") for t in texts.values()) == 3
    assert "2 chỉ tiêu" in texts[good[0].name]
    with open_hub(p.hub) as hub:
        assert sorted(c["code"] for c in hub.communes()) == sorted(p.communes)

    # ---- communes: accent-insensitive search, 3 rows
    communes = w.go("communes")
    settle(qtbot, w)
    assert communes.model.rowCount() == 3
    communes.search.setText("bac son")
    assert communes.proxy.rowCount() == 1
    assert communes.proxy.index(0, 6).data() == "Đã nộp"
    communes.search.clear()

    # ---- review 06325: disagree on 2.1 with the appraiser's figure and a comment
    communes.table.selectRow([communes.proxy.index(r, 0).data()
                              for r in range(3)].index("06325"))
    qtbot.mouseClick(communes.review_button, Qt.MouseButton.LeftButton)
    review = w.pages["review"]
    settle(qtbot, w)
    assert review.code == "06325" and review.year == YEAR
    review.select_indicator("2.1")
    # the commune's figure with its unit; a level the province has not published said in words
    assert "Mức đạt chuẩn: chưa có (chờ bộ tiêu chí của tỉnh) — xã báo cáo: 95 %" in \
        review.indicator_label.text()
    review.disagree.setChecked(True)
    review.value_edit.setText("80")
    review.comment_edit.setPlainText("Đo thực tế thấp hơn")
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    crit2 = review.tree.topLevelItem(1)
    assert crit2.text(4) == "1 không thống nhất"
    review.select_indicator("1.1")
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)  # no choice yet
    assert review.finding_error.text() == "Chọn Thống nhất hoặc Không thống nhất."
    review.agree.setChecked(True)
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)

    # ---- return with comments: a signed feedback package
    fb = tmp_path / "phan-hoi"
    fb.mkdir()
    qtbot.mouseClick(review.return_button, Qt.MouseButton.LeftButton)
    d = review.dialog
    assert "2.1" in d.comment.toPlainText()  # prefilled from the disagreements
    d.comment.setPlainText("")
    qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
    assert d.error.text() == "Hãy ghi ý kiến để xã biết cần sửa gì."
    d.comment.setPlainText("Đề nghị xã rà soát chỉ tiêu 2.1")
    d.folder.setText(str(fb))
    qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    feedback = Path(review.last_output["feedback"]["file"])
    assert feedback.parent == fb and "Trả lại" in review.state_label.text()

    # ---- the commune, in its own window: imports it on Đồng bộ, sees the comments on Tổng quan
    # and Tiêu chí, fixes the value and exports from Đồng bộ
    cpaths = p.communes["06325"]
    from ntm_desktop.gui.main_window import MainWindow
    wb = Workbook.open(cpaths.workbook, daily_backup=False)
    try:
        cw = MainWindow(cpaths, workbook=wb,
                        settings=QSettings(str(tmp_path / "c.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(cw)
        cw.resize(1256, 655)
        cw.show()
        cw.show_page(6)
        sync = cw.current_page()
        task = sync.import_packages([feedback])
        with qtbot.waitSignal(task.did_finish, timeout=20000):
            pass
        assert task.error is None and task.result.outcomes[0].status == "applied"
        cw.show_page(0)
        qtbot.waitUntil(lambda: "rà soát" in cw.pages[0].form.syncLabel.text(), timeout=10000)
        assert "Trả lại" in cw.pages[0].form.syncLabel.text()
        cw.show_page(1)
        crit = cw.pages[1]
        qtbot.waitUntil(lambda: "Trả lại" in crit.form.summaryLabel.text(), timeout=10000)
        assert "rà soát" in crit.form.summaryLabel.toolTip()
        p.set_value("06325", "2.1", "80")
        cw.show_page(6)
        sync.set_destination(tmp_path)
        qtbot.mouseClick(sync.export_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(sync.export_task.did_finish, timeout=20000):
            pass
        assert sync.export_task.error is None
        fixed = Path(sync.export_task.result["file"])
        cw.tasks.wait(5000)
        cw.close()
    finally:
        wb.close()

    # ---- the hub imports it and shows it resubmitted (Stop is offered while importing)
    imp = w.go("import")
    imp.import_paths([fixed])
    assert imp.cancel_button.isVisibleTo(imp) and imp.task is not None
    settle(qtbot, w)
    assert not imp.cancel_button.isVisibleTo(imp)
    assert imp.results.topLevelItem(0).text(0) == "Đã nhập"
    communes = w.go("communes")
    settle(qtbot, w)
    row = [communes.model.rows.index(r) for r in communes.model.rows if r.code == "06325"][0]
    assert communes.model.index(row, 6).data() == "Nộp lại"
    w.open_review("06325", YEAR)
    settle(qtbot, w)
    review.tabs.setCurrentIndex(1)
    assert review.since_decision.topLevelItem(0).text(0).endswith("2.1")
    before_after = review.since_decision.topLevelItem(0).child(0)
    assert (before_after.text(1), before_after.text(2)) == ("95", "80")
    assert review.journal_model.rowCount() > 5  # the commune's history, read-only
    assert review.infra_table.rowCount() == 0 and review.events_table.rowCount() == 3

    # ---- approve: the year is locked
    qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
    review.dialog.folder.setText(str(fb))
    qtbot.mouseClick(review.dialog.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert "Đã phê duyệt" in review.state_label.text()
    assert not review.save_button.isEnabled() and not review.return_button.isEnabled()

    # ---- a later package changing the approved year is refused and quarantined
    p.set_value("06325", "2.1", "60")
    late = p.export("06325", tmp_path)
    imp = w.go("import")
    imp.import_paths([late])
    settle(qtbot, w)
    assert imp.results.topLevelItem(0).text(0) == "Từ chối"
    assert "đã được phê duyệt" in imp.results.topLevelItem(0).text(2)
    q = w.go("quarantine")
    settle(qtbot, w)
    names = [q.table.item(i, 0).text() for i in range(q.table.rowCount())]
    assert any(n.endswith(late.name) for n in names)
    with open_hub(p.hub) as hub:
        assert hub.replica("06325").rows("assessment", "indicator_code = ?",
                                         ["2.1"])[0]["value"] == 80

    # ---- quarantine: trust the unknown key from its package and re-check; delete the other
    q.table.selectRow(next(i for i, n in enumerate(names) if n.endswith("la.ntmpkg")))
    assert q.trust_button.isEnabled()
    qtbot.mouseClick(q.trust_button, Qt.MouseButton.LeftButton)
    click_yes(qtbot, q.box)
    settle(qtbot, w)
    with open_hub(p.hub) as hub:
        assert "06328" in [c["code"] for c in hub.communes()]
    q = w.go("quarantine")
    settle(qtbot, w)
    names = [q.table.item(i, 0).text() for i in range(q.table.rowCount())]
    assert not any(n.endswith("la.ntmpkg") for n in names)
    q.table.selectRow(next(i for i, n in enumerate(names) if n.endswith("sua.ntmpkg")))
    qtbot.mouseClick(q.delete_button, Qt.MouseButton.LeftButton)
    click_yes(qtbot, q.box)
    settle(qtbot, w)
    assert not any(q.table.item(i, 0).text().endswith("sua.ntmpkg")
                   for i in range(q.table.rowCount()))

    # ---- roll-up: PDF and Excel read back hold the figures
    ru = w.go("rollup")
    settle(qtbot, w)
    expected = rollup_svc.rollup_json(rollup_svc.compute_rollup(p.hub, YEAR))
    assert ru.rollup.n == expected["communes"] == 4
    qtbot.mouseClick(ru.pdf_button, Qt.MouseButton.LeftButton)
    answer(ru.file_dialog, [tmp_path / "tong-hop.pdf"])
    settle(qtbot, w)
    text = " ".join(page_texts(tmp_path / "tong-hop.pdf"))
    assert "04 xã" in text
    avg = f"{expected['average_met']:.2f}".replace(".", ",")
    assert f"đạt {avg} tiêu chí" in text
    qtbot.mouseClick(ru.xlsx_button, Qt.MouseButton.LeftButton)
    answer(ru.file_dialog, [tmp_path / "tong-hop.xlsx"])
    settle(qtbot, w)
    from openpyxl import load_workbook
    book = load_workbook(tmp_path / "tong-hop.xlsx")
    cells = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None]
    for b in expected["bands"]:  # the bands the report prints (an empty band is left out)
        if b["count"]:
            assert any(b["label"] in str(c) for c in cells), b
    assert any(isinstance(c, (int, float)) and abs(c - expected["average_met"]) < 1e-9
               for c in cells) or str(expected["average_met"]) in map(str, cells)

    # ---- print the appraisal report of the commune from the review page
    w.open_review("06325", YEAR)
    settle(qtbot, w)
    qtbot.mouseClick(review.print_button, Qt.MouseButton.LeftButton)
    answer(review.file_dialog, [tmp_path / "bao-cao"])
    settle(qtbot, w)
    text = " ".join(page_texts(tmp_path / "bao-cao.pdf"))
    assert "BÁO CÁO" in text and "Tân Đoàn" not in text and "thẩm định" in text
