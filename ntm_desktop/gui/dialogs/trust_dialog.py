"""Registering the appraiser's public-key card after comparing fingerprints by phone, and
printing the commune's own key card (fingerprint + QR code)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ntm_desktop.core.errors import NtmError
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.i18n import fill
from ntm_desktop.gui.ui_loader import child, load_ui_into
from ntm_desktop.gui.widgets.file_dialogs import start_dir
from ntm_desktop.gui.widgets.printing import PrintJob, start_print
from ntm_desktop.services import keys as keys_svc


class TrustDialog(QDialog):
    """Choose a card file, show whose key it is and its fingerprint, register on confirmation."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card: dict[str, Any] | None = None
        self.form = load_ui_into("dialogs/trust.ui", self)  # the form is this dialog itself
        self.setObjectName("TrustDialog")
        self.file_edit = child(self.form, QLineEdit, "fileEdit")
        self.owner_label = child(self.form, QLabel, "ownerLabel")
        self.fingerprint_label = child(self.form, QLabel, "fingerprintLabel")
        self.confirm_check = child(self.form, QCheckBox, "confirmCheck")
        self.error_label = child(self.form, QLabel, "errorLabel")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.Bold)
        self.fingerprint_label.setFont(font)
        box = child(self.form, QDialogButtonBox, "buttonBox")
        self.register_button = box.addButton(self.tr("Đăng &ký khóa"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button.setEnabled(False)
        box.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self._on_register)
        box.rejected.connect(self.reject)
        self.confirm_check.toggled.connect(self._update_buttons)
        child(self.form, QPushButton, "chooseButton").clicked.connect(self._on_choose)

    def _on_choose(self) -> None:
        dlg = QFileDialog(self, self.tr("Chọn thẻ khóa công khai"), start_dir(self.ctx.settings))
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilter(self.tr("Thẻ khóa NTM (*.json)"))
        dlg.fileSelected.connect(lambda p: self.load_card(Path(p)))
        dlg.open()

    def load_card(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        self.card = None
        self.confirm_check.setChecked(False)
        self.owner_label.clear()
        self.fingerprint_label.clear()
        try:
            card = keys_svc.read_key_card(path)
            if card["role"] != "appraiser":
                raise NtmError("Sổ dữ liệu xã chỉ đăng ký khóa của nơi thẩm định.",
                               code="bad_card")
        except NtmError as exc:
            self.error_label.setText(user_message(exc))
            self._update_buttons()
            return
        self.error_label.clear()
        self.card = card
        self.owner_label.setText(fill(self.tr("Thẻ khóa của: <b>%1</b>"), card["name"]))
        fp = card["fingerprint"].split()
        self.fingerprint_label.setText(" ".join(fp[:4]) + "\n" + " ".join(fp[4:]))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.confirm_check.setEnabled(self.card is not None)
        self.register_button.setEnabled(self.card is not None and self.confirm_check.isChecked())

    def _on_register(self) -> None:
        if self.card is None or not self.confirm_check.isChecked():
            return
        try:
            keys_svc.trust_appraiser(self.ctx.workbook, self.card)
        except NtmError as exc:
            self.error_label.setText(user_message(exc))
            return
        self.accept()


def paint_key_card(printer: QPrinter, card: dict[str, Any]) -> int:
    """Draw the key card on one page: owner, fingerprint in groups, QR code, instructions."""
    painter = QPainter(printer)
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        dpi = printer.resolution()
        mm = dpi / 25.4
        x, y, w = 0.0, 0.0, page.width()
        title = QFont("Liberation Serif", 18, QFont.Weight.Bold)
        body = QFont("Liberation Serif", 12)
        mono = QFont("Liberation Mono", 20, QFont.Weight.Bold)
        painter.setFont(title)
        painter.drawText(QRectF(x, y, w, 14 * mm), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("TrustDialog", "THẺ KHÓA KÝ GÓI DỮ LIỆU NÔNG THÔN MỚI"))
        y += 16 * mm
        painter.setFont(body)
        painter.drawText(QRectF(x, y, w, 8 * mm), Qt.AlignmentFlag.AlignCenter,
                         f"{card['name']} — {card.get('commune_code') or ''}")
        y += 12 * mm
        painter.setFont(mono)
        fp = card["fingerprint"].split()
        for line in (" ".join(fp[:4]), " ".join(fp[4:]), card.get("spoken_code") or ""):
            painter.drawText(QRectF(x, y, w, 12 * mm), Qt.AlignmentFlag.AlignCenter, line)
            y += 12 * mm
        y += 6 * mm
        qr = QImage.fromData(keys_svc.key_qr_png(card, scale=10), "PNG")
        side = 60 * mm
        painter.drawImage(QRectF((w - side) / 2, y, side, side), qr)
        y += side + 8 * mm
        painter.setFont(body)
        painter.drawText(QRectF(x + 10 * mm, y, w - 20 * mm, 40 * mm),
                         int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap),
                         fill(QCoreApplication.translate(
                             "TrustDialog", "Nơi nhận đối chiếu mã vân tay này (qua điện thoại hoặc quét mã "
                            "QR) trước khi đăng ký khóa. Mã khóa: %1"), card["key_id"]))
    finally:
        painter.end()
    return 1


def print_key_card(parent: QWidget, card: dict[str, Any]) -> PrintJob:
    """Open the print dialog (non-blocking); prints the card (one page) when accepted."""
    return start_print(parent, QCoreApplication.translate("TrustDialog", "In thẻ khóa"),
                       lambda printer: paint_key_card(printer, card),
                       doc_name=f"the-khoa-{card.get('commune_code') or card['key_id']}")
