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
import platform
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop import __version__
from ntm_desktop.core.errors import Cancelled, NtmError, StorageError, os_reason
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import escape_text
from ntm_desktop.gui.i18n import tr_message

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


def error_details(error: BaseException) -> str:
    """Version, platform and the traceback: what support needs, as plain text."""
    tb = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return (f"NTM Desktop {__version__}\nPython {platform.python_version()} — "
            f"{platform.platform()}\n\n{tb}")


class UnexpectedErrorDialog(QDialog):
    """Explains that something went wrong, with copyable details and the log folder."""

    def __init__(self, error: BaseException, log_dir: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnexpectedErrorDialog")
        self.setWindowTitle(self.tr("Lỗi không mong muốn"))
        self.setMinimumSize(520, 360)
        self.resize(640, 440)
        self._log_dir = log_dir

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        headline = QLabel(self.tr("<b>Đã xảy ra lỗi không mong muốn.</b>"), self)
        explain = QLabel(self.tr(
            "Dữ liệu đã lưu trước đó vẫn an toàn. Thao tác vừa rồi có thể chưa hoàn tất — hãy "
            "kiểm tra lại rồi thử lần nữa. Nếu lỗi lặp lại, hãy sao chép thông tin chi tiết dưới "
            "đây (hoặc gửi tệp trong thư mục nhật ký) cho bộ phận hỗ trợ."), self)
        explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        text_col = QVBoxLayout()
        text_col.addWidget(headline)
        text_col.addWidget(explain)
        top.addLayout(text_col, 1)

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setPlainText(error_details(error))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Thông tin chi tiết về lỗi"))

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Sao chép chi tiết"), self)
        self.copy_button.setToolTip(self.tr("Chép thông tin chi tiết vào bộ nhớ tạm"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.logs_button = QPushButton(self.tr("Mở thư mục &nhật ký"), self)
        self.logs_button.setToolTip(self.tr("Mở thư mục chứa tệp nhật ký của chương trình"))
        self.logs_button.setEnabled(log_dir is not None)
        self.logs_button.clicked.connect(self._on_logs_clicked)
        buttons.addButton(self.logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = QPushButton(self.tr("Đó&ng"), self)
        self.close_button.setDefault(True)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Đã sao chép"))

    def _on_logs_clicked(self) -> None:
        if self._log_dir is not None:
            self._log_dir.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_dir)))


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
        return self._track(UnexpectedErrorDialog(error, self.log_dir, self._parent_widget))

    def _message_box(self, error: NtmError, title: str | None) -> QMessageBox:
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
