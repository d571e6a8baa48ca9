"""Qt's own texts (standard buttons, context menus, file/print dialogs, QWizard, undo) are
Vietnamese in the Vietnamese UI (translations/qt_extra_vi.ts) and stay English in the English UI."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from ntm_desktop.devtools import i18n as dev_i18n
from ntm_desktop.gui.i18n import install_translators, locale_for, remove_translators

pytestmark = pytest.mark.gui

Button = QDialogButtonBox.StandardButton


@pytest.fixture(scope="module")
def compiled() -> None:
    dev_i18n.compile_catalogs()
    dev_i18n.compile_qt_extra()


@pytest.fixture(params=["vi", "en"])
def language(request, qapp, compiled) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    try:
        yield request.param
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(locale_for("vi"))


@pytest.fixture
def vi(qapp, compiled) -> Iterator[list]:
    translators = install_translators(qapp, "vi")
    try:
        yield translators
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(locale_for("vi"))


def plain(text: str) -> str:
    """Menu/button text without accelerator marks and shortcut suffix."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def texts(widget: QWidget) -> set[str]:
    out: set[str] = set()
    for w in widget.findChildren(QWidget):
        if isinstance(w, QLabel | QAbstractButton):
            out.add(plain(w.text()))
        elif isinstance(w, QGroupBox):
            out.add(plain(w.title()))
    out.discard("")
    return out


EXPECTED = {
    "vi": {"menu": ["Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"],
           "box": ["Đồng ý", "Hủy"],
           "message": ["Có", "Không", "Lưu", "Không lưu", "Đóng"],
           "wizard": ["< Quay lại", "Tiếp theo >", "Hoàn thành", "Hủy"],
           "file": {"Tìm trong:", "Tên tệp:", "Loại tệp:", "Mở", "Hủy"},
           "undo": ["Hoàn tác", "Làm lại", "<ban đầu>"]},
    "en": {"menu": ["Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All"],
           "box": ["OK", "Cancel"],
           "message": ["Yes", "No", "Save", "Discard", "Close"],
           "wizard": ["< Back", "Next >", "Finish", "Cancel"],
           "file": {"Look in:", "File name:", "Files of type:", "Open", "Cancel"},
           "undo": ["Undo", "Redo", "<empty>"]},
}


def test_line_edit_context_menu(qtbot, language: str) -> None:
    for edit in (QLineEdit("abc"), QPlainTextEdit("abc")):
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu()
        shown = [plain(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert shown == EXPECTED[language]["menu"], type(edit).__name__
        menu.deleteLater()


def test_standard_buttons(qtbot, language: str) -> None:
    box = QDialogButtonBox(Button.Ok | Button.Cancel)
    qtbot.addWidget(box)
    assert [plain(box.button(b).text()) for b in (Button.Ok, Button.Cancel)] == \
        EXPECTED[language]["box"]
    msg = QMessageBox()
    qtbot.addWidget(msg)
    order = (Button.Yes, Button.No, Button.Save, Button.Discard, Button.Close)
    for b in order:
        msg.addButton(QMessageBox.StandardButton(b.value))
    assert [plain(msg.button(QMessageBox.StandardButton(b.value)).text()) for b in order] == \
        EXPECTED[language]["message"]


def test_wizard_buttons(qtbot, language: str) -> None:
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    W = QWizard.WizardButton
    got = [plain(wizard.buttonText(b)) for b in (W.BackButton, W.NextButton, W.FinishButton,
                                                  W.CancelButton)]
    assert got == EXPECTED[language]["wizard"]


def test_non_native_file_dialog(qtbot, language: str, tmp_path) -> None:
    dialog = QFileDialog(None, "x", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert EXPECTED[language]["file"] <= texts(dialog)


def test_undo_texts(qtbot, language: str) -> None:
    from PySide6.QtWidgets import QUndoView

    stack = QUndoStack()
    undo, redo = stack.createUndoAction(None), stack.createRedoAction(None)
    view = QUndoView(stack)
    qtbot.addWidget(view)
    empty = view.model().index(0, 0).data()
    assert [plain(undo.text()), plain(redo.text()), empty] == EXPECTED[language]["undo"]


def test_print_dialog_is_vietnamese(qtbot, vi) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = texts(dialog)
    assert {"Máy in", "Số bản:", "Phạm vi in", "In tất cả"} <= shown, sorted(shown)


def test_catalogue_spot_checks(vi) -> None:
    """Spot-check: a few translations straight from the compiled catalogue."""
    tr = QCoreApplication.translate
    assert tr("QPlatformTheme", "Restore Defaults") == "Khôi phục mặc định"
    assert tr("QFileDialog", "New Folder") == "Thư mục mới"
    assert tr("QWidgetTextControl", "&Paste") == "&Dán"
    assert tr("QProgressDialog", "Cancel") == "Hủy"


def test_catalogue_is_clean() -> None:
    root = ET.parse(dev_i18n.ROOT / "translations" / "qt_extra_vi.ts").getroot()
    assert root.get("language") == "vi_VN" and root.get("sourcelanguage") == "en"
    assert len(list(root.iter("message"))) > 200
    assert dev_i18n.check_qt_extra(dev_i18n.ROOT / "translations") == []
