"""Show errors to the user.

* :class:`~ntm_desktop.core.errors.NtmError` and subclasses: a warning box with the translated
  user message (context ``"errors"`` unless the error sets another ``context``); the message's
  ``{placeholders}`` are filled from ``error.fmt_args`` after translation.
* :class:`~ntm_desktop.core.errors.Cancelled`: nothing (the user asked for it).
* Anything else: the "Lỗi không mong muốn" dialog with copyable details (the traceback) and a
  button that opens the log folder. The error is logged with its traceback.

Dialogs are window-modal and non-blocking (``open()``): :meth:`ErrorPresenter.present` returns the
dialog so callers and tests can inspect or close it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ntm_desktop.core.errors import Cancelled, NtmError, StorageError, os_reason
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import escape_text
from ntm_desktop.gui.i18n import tr_message

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

log = logging.getLogger(__name__)


def user_message(error: NtmError) -> str:
    """The translated message of ``error`` (placeholders filled from its arguments)."""
    return tr_message(error.msg)


def file_error(error: OSError) -> StorageError:
    """An operating-system error no service turned into a message: what failed, why, in words."""
    name = error.filename if isinstance(error.filename, str) else None
    if name:
        return StorageError(_N("errors", "Không đọc hoặc ghi được tệp “{name}”: {reason}."),
                            code="file_error",
                            args={"name": escape_text(Path(name).name), "reason": os_reason(error)})
    return StorageError(_N("errors", "Không đọc hoặc ghi được tệp: {reason}."), code="file_error",
                        args={"reason": os_reason(error)})


class ErrorPresenter(QObject):
    """Turns exceptions into dialogs parented to ``parent_widget`` (may be ``None``)."""

    def __init__(self, parent_widget: QWidget | None = None, *,
                 log_dir: Path | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.log_dir = log_dir
        self.open_dialogs: list[QDialog] = []

    def set_parent_widget(self, widget: QWidget | None) -> None:
        self._parent_widget = widget

    def present(self, error: BaseException, *, title: str | None = None) -> QDialog | None:
        """Show ``error``; returns the (already open, non-blocking) dialog, or None for Cancelled."""
        if isinstance(error, Cancelled):
            log.info("cancelled: %s", error.message)
            return None
        if isinstance(error, OSError):  # a disk, a USB stick, a file another program holds
            log.warning("file error", exc_info=(type(error), error, error.__traceback__))
            error = file_error(error)
        if isinstance(error, NtmError):
            log.info("user error [%s]: %s", error.code, error)
            return self._track(self._message_box(error, title))
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        # Imported on the first error, not at start: the dialog's Qt classes cost start-up time.
        from ntm_desktop.gui.error_dialog import UnexpectedErrorDialog
        return self._track(UnexpectedErrorDialog(error, self.log_dir, self._parent_widget))

    def _message_box(self, error: NtmError, title: str | None) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox  # on the first message, not at start

        box = QMessageBox(self._parent_widget)
        box.setObjectName("NtmErrorBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or self.tr("Không thực hiện được"))
        box.setText(user_message(error))
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
        return box

    def _track(self, dialog: QDialog) -> QDialog:
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: self._forget(d))
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.open_dialogs:
            self.open_dialogs.remove(dialog)
        dialog.deleteLater()
