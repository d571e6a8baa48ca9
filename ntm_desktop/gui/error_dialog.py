"""The dialog for an error nobody foresaw: what happened in plain words, the details support
needs (copyable), and the log folder. Shown by :class:`ntm_desktop.gui.errors.ErrorPresenter`."""

from __future__ import annotations

import platform
import traceback
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop import __version__


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
