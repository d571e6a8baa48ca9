"""Every print button, pressed as an officer would, with a print-to-PDF printer standing in for
the real one: the print dialog opens (non-blocking, at a sane size), accepting it writes pages,
and the pages are read back. Also the trust dialog opens with its form inside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sample_commune
from gui_helpers import open_main_window
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton

from ntm_desktop.gui.widgets import printing
from ntm_desktop.paths import AppPaths
from ntm_desktop.sync.keys import KeyStore

pytestmark = pytest.mark.gui
DOSSIER, SYNC = 5, 6


@pytest.fixture
def pdf_printer(monkeypatch, tmp_path: Path) -> list[Path]:
    """Replace the real printer with print-to-PDF printers; returns the files they write."""
    written: list[Path] = []

    def factory() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = tmp_path / f"printed-{len(written) + 1}.pdf"
        printer.setOutputFileName(str(out))
        written.append(out)
        return printer

    monkeypatch.setattr(printing, "printer_factory", factory)
    return written


def open_print_dialog(qtbot) -> QPrintDialog:
    def find() -> QPrintDialog | None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QPrintDialog) and w.isVisible():
                return w
        return None
    qtbot.waitUntil(lambda: find() is not None, timeout=15000)
    dialog = find()
    assert dialog is not None
    assert dialog.width() >= 300 and dialog.height() >= 150, dialog.size()
    return dialog


def accept_and_read(qtbot, dialog: QPrintDialog, out: Path) -> PdfReader:
    dialog.accept()
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=10000)
    return PdfReader(str(out))


@pytest.fixture
def commune(tmp_path: Path, app_paths: AppPaths):
    wb = sample_commune.build(tmp_path / "w.ntm.sqlite", size="medium")
    yield wb
    wb.close()


def test_dossier_preview_print_writes_every_page(qtbot, app_paths, commune, tmp_path,
                                                  pdf_printer) -> None:
    window = open_main_window(qtbot, app_paths, commune, tmp_path, DOSSIER)
    page = window.current_page()
    page.draft_check.setChecked(True)
    assert not page.print_button.isEnabled()  # nothing to print before a preview
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.build_task.did_finish, timeout=60000):
        pass
    pages = page.preview.document.pageCount()
    assert pages > 3 and page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    dialog = open_print_dialog(qtbot)
    assert dialog.minPage() == 1 and dialog.maxPage() == pages
    reader = accept_and_read(qtbot, dialog, pdf_printer[-1])
    assert len(reader.pages) == pages
    first = reader.pages[0].mediabox
    assert float(first.width) > 500 and float(first.height) > 750  # A4 portrait in points
    window.tasks.wait(10000)


def test_sync_page_prints_the_key_card(qtbot, app_paths, tmp_path, pdf_printer) -> None:
    wb = sample_commune.build(tmp_path / "s.ntm.sqlite", size="small")
    try:
        window = open_main_window(qtbot, app_paths, wb, tmp_path, SYNC)
        page = window.current_page()
        button = page.form.findChild(QPushButton, "printCardButton")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = open_print_dialog(qtbot)
        reader = accept_and_read(qtbot, dialog, pdf_printer[-1])
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text().replace("\n", " ")
        card = page.card
        assert card["fingerprint"].split()[0] in text
        assert card["key_id"] in text
        window.tasks.wait(5000)
    finally:
        wb.close()


def test_trust_dialog_opens_with_its_form_and_registers(qtbot, app_paths, tmp_path) -> None:
    wb = sample_commune.build(tmp_path / "s.ntm.sqlite", size="small")
    try:
        window = open_main_window(qtbot, app_paths, wb, tmp_path, SYNC)
        page = window.current_page()
        qtbot.mouseClick(page.form.findChild(QPushButton, "trustButton"),
                         Qt.MouseButton.LeftButton)
        dialog = page.trust_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=15000)
        assert dialog.width() >= 500 and dialog.height() >= 200, dialog.size()
        # the form is the dialog itself: its widgets are visible inside it, no hidden window
        choose = dialog.findChild(QPushButton, "chooseButton")
        assert choose.isVisible() and choose.window() is dialog
        assert dialog.findChild(QLineEdit, "fileEdit").isVisible()
        assert dialog.windowTitle() == "Đăng ký khóa của nơi thẩm định"
        hidden = [w for w in QApplication.topLevelWidgets()
                  if w is not dialog and w.objectName() == "TrustDialog"]
        assert hidden == []
        # a card from the appraiser, compared and registered
        hks = KeyStore(tmp_path / "hub-keys")
        hks.generate(role="appraiser", name="Sở Nông nghiệp và Môi trường", level="province")
        card_file = tmp_path / "the-khoa.json"
        card_file.write_text(json.dumps(hks.card()), encoding="utf-8")
        dialog.load_card(card_file)
        assert "Sở Nông nghiệp" in dialog.findChild(QLabel, "ownerLabel").text()
        dialog.findChild(QCheckBox, "confirmCheck").setChecked(True)
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        assert "Sở Nông nghiệp" in page.trust_label.text()
    finally:
        wb.close()


def test_wizard_prints_the_new_communes_key_card(qtbot, app_paths, pdf_printer) -> None:
    from ntm_desktop.gui.wizard import P_KEY, FirstRunWizard
    from ntm_desktop.services.workspace import create_commune_workbook
    wizard = FirstRunWizard(app_paths)
    qtbot.addWidget(wizard)
    wizard.show()
    create_commune_workbook(app_paths.workbook, {
        "code": "08707", "name": "Phường Vĩnh Yên", "province_code": "26",
        "province_name": "Phú Thọ", "criteria_set": "qd318-2022", "region": "DBSH"})
    wizard._make_commune_key(app_paths.workbook)
    assert wizard.card is not None and wizard.card["commune_code"] == "08707"
    wizard.setStartId(P_KEY)
    wizard.restart()
    assert wizard.printCardButton.isVisible()
    qtbot.mouseClick(wizard.printCardButton, Qt.MouseButton.LeftButton)
    dialog = open_print_dialog(qtbot)
    reader = accept_and_read(qtbot, dialog, pdf_printer[-1])
    assert len(reader.pages) == 1
    assert wizard.card["key_id"] in reader.pages[0].extract_text()


def test_cancelled_print_writes_nothing(qtbot, app_paths, tmp_path, pdf_printer) -> None:
    wb = sample_commune.build(tmp_path / "s.ntm.sqlite", size="small")
    try:
        window = open_main_window(qtbot, app_paths, wb, tmp_path, SYNC)
        page = window.current_page()
        qtbot.mouseClick(page.form.findChild(QPushButton, "printCardButton"),
                         Qt.MouseButton.LeftButton)
        dialog = open_print_dialog(qtbot)
        dialog.reject()
        qtbot.wait(50)
        assert not pdf_printer[-1].exists()
        window.tasks.wait(5000)
    finally:
        wb.close()


def test_file_menu_print_dossier_builds_then_prints(qtbot, app_paths, commune, tmp_path,
                                                    pdf_printer) -> None:
    from PySide6.QtGui import QAction
    window = open_main_window(qtbot, app_paths, commune, tmp_path, 0)
    window.findChild(QAction, "actionPrintDossier").trigger()
    page = window.current_page()
    assert type(page).__name__ == "DossierPage" and page.draft_check.isChecked()  # fields still missing
    dialog = open_print_dialog(qtbot)  # opens once the dossier is built
    reader = accept_and_read(qtbot, dialog, pdf_printer[-1])
    assert len(reader.pages) == page.preview.document.pageCount() > 3
    window.tasks.wait(10000)
