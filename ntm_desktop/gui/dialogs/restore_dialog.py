"""Tệp → Khôi phục từ bản sao lưu: the workbook's backups (newest first, date and time read from
the file name, kind, size); the chosen one is restored after an explicit confirmation.

The dialog does not restore by itself: it calls ``on_restore(path)`` (the File actions close the
workbook, restore in the background, and reopen it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from ntm_desktop.core.vnformat import short_date
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.i18n import fill, is_vietnamese, tr_core
from ntm_desktop.gui.ui_loader import load_ui_into
from ntm_desktop.gui.widgets.field_validation import confirm
from ntm_desktop.services.files import BACKUP_KINDS, BackupInfo, backup_info, workbook_backups
from ntm_desktop.store import backups

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def when_text(info: BackupInfo) -> str:
    """"03/02/2025 14:05:09" (vi) or "2025-02-03 14:05:09" (en)."""
    if info.when is None:
        return info.path.name
    if is_vietnamese():
        return f"{short_date(info.when.date())} {info.when:%H:%M:%S}"
    return info.when.strftime("%Y-%m-%d %H:%M:%S")


def size_text(size: int) -> str:
    return nf.file_size(size)


def kind_text(kind: str) -> str:
    return tr_core("desktop_jobs", BACKUP_KINDS[kind]) if kind in BACKUP_KINDS else kind


class RestoreDialog(QDialog):
    def __init__(self, wb_path: Path, on_restore: Callable[[Path], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = f = load_ui_into("dialogs/restore.ui", self)
        self.wb_path = Path(wb_path)
        self._on_restore = on_restore
        self.confirm_box: QMessageBox | None = None
        self.restore_button = QPushButton(self.tr("&Khôi phục bản đã chọn…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.other_button = QPushButton(self.tr("Chọn tệp &khác…"), self)
        self.other_button.setObjectName("otherButton")
        self.other_button.setToolTip(self.tr("Khôi phục từ một tệp sao lưu ở nơi khác (USB…)"))
        close = f.buttonBox.addButton(self.tr("Đó&ng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeButton")
        f.buttonBox.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        f.buttonBox.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        f.buttonBox.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.other_button.clicked.connect(self._on_other_clicked)
        table = f.backupsTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemDoubleClicked.connect(lambda _item: self._on_restore_clicked())
        folder = backups.default_dir(self.wb_path)
        f.folderLabel.setText(fill(self.tr("Thư mục sao lưu: %1"), str(folder)))
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        table = self.form.backupsTable
        infos = sorted(workbook_backups(self.wb_path),  # newest first, by time, not by name
                       key=lambda i: (i.when is not None, i.when or 0), reverse=True)
        table.setRowCount(len(infos))
        for row, info in enumerate(infos):
            cells = [when_text(info), kind_text(info.kind), size_text(info.size)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                item.setToolTip(str(info.path))
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        self.form.emptyLabel.setVisible(not infos)
        table.setVisible(bool(infos))
        if infos:
            table.selectRow(0)
        self._update_buttons()

    def selected_path(self) -> Path | None:
        items = self.form.backupsTable.selectedItems()
        return Path(items[0].data(PATH_ROLE)) if items else None

    def select_backup(self, path: Path) -> bool:
        table = self.form.backupsTable
        for row in range(table.rowCount()):
            if Path(table.item(row, 0).data(PATH_ROLE)) == Path(path):
                table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    def _on_restore_clicked(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.ask(path)

    def _on_other_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp sao lưu"), str(backups.default_dir(self.wb_path)),
            self.tr("Bản sao lưu sổ dữ liệu (*.sqlite)"))
        if name:
            self.ask(Path(name))

    def ask(self, path: Path) -> QMessageBox:
        """The confirmation (explicit Vietnamese buttons); "Khôi phục" restores ``path``."""
        info = backup_info(path)
        self.confirm_box = confirm(
            self, self.tr("Khôi phục sổ dữ liệu?"),
            fill(self.tr("Đưa sổ dữ liệu về bản sao lưu lúc %1?"), when_text(info)),
            self.tr("&Khôi phục"), self.tr("&Không khôi phục"),
            lambda: self._restore(path),
            informative=self.tr("Những thay đổi sau thời điểm đó sẽ không còn trong sổ. Sổ dữ "
                                "liệu hiện tại được giữ lại thành một bản sao “Trước khi khôi "
                                "phục”."))
        return self.confirm_box

    def _restore(self, path: Path) -> None:
        self.accept()
        self._on_restore(path)
