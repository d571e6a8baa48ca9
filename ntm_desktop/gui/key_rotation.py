"""“Đổi khóa ký…” on the Sync page (``ntm keys rotate``): confirm, ask the passphrase when the
key has one, create the new key, then tell the officer what to do with the new fingerprint.

Every dialog is non-blocking (``open()``); the dialogs are kept on ``self`` so tests can answer
them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ntm_desktop.core.errors import NtmError
from ntm_desktop.gui.i18n import fill
from ntm_desktop.services import keys as keys_svc


class KeyRotation(QObject):
    """Drives the rotation for ``page`` (the Sync page: ``card``, ``workbook``, ``ctx``,
    ``_passphrase()`` and ``refresh()``)."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.confirm_box: QMessageBox | None = None
        self.result_box: QMessageBox | None = None
        self.new_card: dict[str, Any] | None = None

    def start(self) -> QMessageBox | None:
        if self.page.workbook is None or self.page.card is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Đổi khóa ký"), self.tr(
            "Chỉ đổi khóa khi khóa cũ có thể đã bị lộ (máy bị mất, sao chép nhầm…)."),
            QMessageBox.StandardButton.NoButton, self.page)
        box.setObjectName("rotateKeyConfirm")
        box.setInformativeText(self.tr(
            "Sau khi đổi, mã vân tay của xã sẽ khác. Các gói gửi đi từ nay mang thông báo đổi "
            "khóa do khóa cũ ký, nơi thẩm định tự nhận khóa mới khi nhập gói; nên in thẻ khóa "
            "mới và gửi kèm hồ sơ giấy."))
        ok = box.addButton(self.tr("Đổi khóa"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("Không đổi"),
                                           QMessageBox.ButtonRole.RejectRole))
        box.buttonClicked.connect(lambda b: self._rotate() if b is ok else None)
        self.confirm_box = box
        box.open()
        return box

    def _rotate(self) -> None:
        ok, phrase = self.page._passphrase()
        if not ok:
            return
        try:
            self.new_card = keys_svc.rotate_key(self.page.ctx.paths, self.page.workbook, phrase)
        except NtmError as exc:
            self.page.ctx.errors.present(exc)
            return
        self.page.refresh([])
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Đã đổi khóa ký"), fill(self.tr(
            "Đã tạo khóa ký mới. Mã vân tay mới:\n%1\n\nHãy in thẻ khóa mới và đọc mã vân tay "
            "mới cho nơi thẩm định khi đối chiếu."), self.new_card["fingerprint"]),
            QMessageBox.StandardButton.NoButton, self.page)
        box.setObjectName("rotateKeyDone")
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
        self.result_box = box
        box.open()
        self.page.ctx.hub.status_message.emit(self.tr("Đã đổi khóa ký của xã."), 5000)
