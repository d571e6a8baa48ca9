"""Tệp and Dữ liệu menu entries that do what the ``ntm`` command does for a commune.

:func:`install` (called once by the main window) adds to the Tệp menu: import from an Excel/JSON
file, export everything, back up now, restore from a backup, install the province's criteria
set; and a Dữ liệu menu with the villages and the satisfaction survey dialogs.

The file work runs in the background (``ctx.tasks``, progress + Cancel after 500 ms) on a
connection of its own (:mod:`ntm_desktop.services.files`); writers use the writer lane. Each
ends with a clear message (kept in :attr:`FileActions.last_message` for tests); data changes make
every page reload (``announce([])``). The public methods take an optional path, so tests and drop
handlers can skip the file dialog.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.tasks import Task
from ntm_desktop.gui.ui_loader import child
from ntm_desktop.gui.widgets.file_dialogs import start_dir

if TYPE_CHECKING:
    from ntm_desktop.services import files as jobs

log = logging.getLogger(__name__)

LAST_DIR_KEY = "files/last_dir"


def install(window: Any) -> FileActions:
    """Add the entries to ``window``'s menus; returns the controller (``window.file_actions``)."""
    return FileActions(window)


class FileActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.last_message: QtWidgets.QMessageBox | None = None
        self.last_task: Task | None = None
        self.restore_dialog: Any = None
        self.villages_dialog: Any = None
        self.survey_dialog: Any = None
        self._build_file_menu()
        self._build_data_menu()
        self.update_enabled()

    # ------------------------------------------------------------------ menus
    def _action(self, text: str, tip: str, slot: Any, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_file_menu(self) -> None:
        menu: QMenu = child(self.window, QMenu, "menuFile")
        self.import_action = self._action(
            self.tr("&Nhập dữ liệu từ tệp Excel/JSON…"),
            self.tr("Nạp số liệu từ tệp Excel hoặc JSON do NTM Desktop xuất ra"),
            self.import_data, "Ctrl+I")
        self.export_action = self._action(
            self.tr("&Xuất toàn bộ dữ liệu…"),
            self.tr("Ghi toàn bộ số liệu của xã ra tệp Excel hoặc JSON"), self.export_data,
            "Ctrl+E")
        self.backup_action = self._action(
            self.tr("&Sao lưu ngay"), self.tr("Tạo ngay một bản sao của sổ dữ liệu"),
            self.backup_now, "Ctrl+B")
        self.restore_action = self._action(
            self.tr("&Khôi phục từ bản sao lưu…"),
            self.tr("Đưa sổ dữ liệu về trạng thái của một bản sao lưu"),
            self.open_restore_dialog)
        self.overlay_action = self._action(
            self.tr("Cài &bộ tiêu chí của tỉnh…"),
            self.tr("Cài bộ tiêu chí nông thôn mới do tỉnh ban hành (tệp .json)"),
            self.install_overlay)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.import_action, self.export_action])
        menu.insertSeparator(first)
        menu.insertActions(first, [self.backup_action, self.restore_action])
        menu.insertSeparator(first)
        menu.insertActions(first, [self.overlay_action])
        menu.insertSeparator(first)
        menu.aboutToShow.connect(self.update_enabled)

    def _build_data_menu(self) -> None:
        menubar = self.window.menuBar()
        view: QMenu = child(self.window, QMenu, "menuView")
        self.data_menu = QMenu(self.tr("&Dữ liệu"), menubar)
        self.data_menu.setObjectName("menuData")
        self.villages_action = self._action(
            self.tr("&Thôn, bản…"), self.tr("Danh sách thôn, bản: số hộ, nhân khẩu, thứ tự"),
            self.open_villages)
        self.survey_action = self._action(
            self.tr("&Kết quả khảo sát sự hài lòng…"),
            self.tr("Nhập kết quả lấy ý kiến sự hài lòng của người dân (điều kiện công nhận)"),
            self.open_survey)
        self.data_menu.addActions([self.villages_action, self.survey_action])
        self.data_menu.aboutToShow.connect(self.update_enabled)
        menubar.insertMenu(view.menuAction(), self.data_menu)

    def update_enabled(self) -> None:
        has = self.ctx.workbook is not None
        has_commune = has and self.ctx.workbook.commune() is not None
        for action in (self.export_action, self.backup_action, self.restore_action):
            action.setEnabled(has)
        for action in (self.overlay_action, self.villages_action, self.survey_action):
            action.setEnabled(has_commune)

    # ------------------------------------------------------------------ helpers
    def _last_dir(self) -> str:
        return start_dir(self.ctx.settings)  # the last folder used, else Documents

    def _remember_dir(self, path: Path) -> None:
        self.ctx.settings.setValue(LAST_DIR_KEY, str(Path(path).parent))

    def _inform(self, title: str, text: str, *, folder: Path | None = None,
                icon: QtWidgets.QMessageBox.Icon = QtWidgets.QMessageBox.Icon.Information) -> QtWidgets.QMessageBox:
        box = QtWidgets.QMessageBox(icon, title, text, QtWidgets.QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("fileActionResult")
        if folder is not None:
            open_button = box.addButton(self.tr("Mở &thư mục"), QtWidgets.QMessageBox.ButtonRole.ActionRole)
            open_button.clicked.disconnect()  # keep the box open after opening the folder
            open_button.clicked.connect(
                lambda: QtGui.QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        box.addButton(self.tr("Đóng"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.open()
        self.last_message = box
        return box

    def _failed(self, title: str, exc: BaseException, *, unchanged: bool = False) -> None:
        dialog = self.ctx.errors.present(exc, title=title)
        if unchanged and isinstance(dialog, QtWidgets.QMessageBox):
            dialog.setInformativeText(self.tr("Sổ dữ liệu không thay đổi."))
        if isinstance(dialog, QtWidgets.QMessageBox):
            self.last_message = dialog

    def _status(self, text: str) -> None:
        self.ctx.hub.status_message.emit(text, 6000)

    def _data_changed(self) -> None:
        """Every page reloads; the window title follows the commune and criteria set."""
        self.ctx.hub.announce([], self)
        if hasattr(self.window, "update_title"):
            self.window.update_title()

    def _need_workbook(self) -> bool:
        if self.ctx.workbook is None:
            self._inform(self.tr("Chưa mở sổ dữ liệu"),
                         self.tr("Hãy mở hoặc tạo sổ dữ liệu của xã trước."),
                         icon=QtWidgets.QMessageBox.Icon.Warning)
            return False
        return True

    # ------------------------------------------------------------------ import
    def _import_target(self) -> tuple[Path, bool]:
        """The workbook to load into and whether it must be opened afterwards: the open one,
        or the commune's own workbook when nothing or only the demo commune is open."""
        from ntm_desktop.gui.wizard import demo_path
        wb = self.ctx.workbook
        if wb is not None and Path(wb.path) != demo_path(self.ctx.paths):
            return Path(wb.path), False
        return Path(self.ctx.paths.workbook), True

    def import_data(self, path: Path | None = None) -> Task | None:
        from ntm_desktop.services import files as jobs  # saves start-up time
        if path is None:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(
                self.window, self.tr("Chọn tệp dữ liệu cần nhập"), self._last_dir(),
                self.tr("Tệp dữ liệu NTM (*.xlsx *.json);;Tệp Excel (*.xlsx);;Tệp JSON (*.json)"))
            if not name:
                return None
            path = Path(name)
        path = Path(path)
        self._remember_dir(path)
        target, reopen = self._import_target()
        self.last_task = self.ctx.tasks.run(
            jobs.import_data, target, path, create=reopen, writer=True,
            label=fill(self.tr("Đang kiểm tra và nhập dữ liệu từ %1…"), path.name),
            on_result=lambda r: self._on_imported(r, path, reopen),
            on_error=lambda exc: self._failed(self.tr("Không nhập được dữ liệu"), exc,
                                              unchanged=True),
            on_cancel=lambda: self._status(self.tr("Đã hủy nhập dữ liệu; sổ dữ liệu không "
                                                   "thay đổi.")))
        return self.last_task

    def _counts_text(self, counts: dict[str, int]) -> str:
        from ntm_desktop.services.history import ENTITY_LABELS
        lines = [f"• {tr_core('gui_queries', ENTITY_LABELS.get(t, t))}: {n}"
                 for t, n in counts.items() if n]
        return "\n".join(lines)

    def _on_imported(self, result: jobs.JobResult, src: Path, reopen: bool) -> None:
        if reopen:
            from ntm_desktop.gui.wizard import open_workbook_in
            open_workbook_in(self.window, Path(result.path or self.ctx.paths.workbook))
        else:
            self._data_changed()
        detail = self._counts_text(result.counts)
        if detail:
            text = (fill(self.tr("Đã nhập dữ liệu từ tệp %1. Số dòng đã thêm hoặc cập nhật:"),
                         src.name) + "\n" + detail)
        else:
            text = fill(self.tr("Tệp %1 không có gì mới: mọi dòng trong tệp đã có sẵn trong sổ dữ "
                           "liệu."), src.name)
        self._inform(self.tr("Đã nhập dữ liệu"), text)
        self._status(fill(self.tr("Đã nhập dữ liệu từ %1."), src.name))

    # ------------------------------------------------------------------ export
    def _default_export_name(self) -> str:
        commune = self.ctx.workbook.commune() or {}
        code = commune.get("code") or "so-du-lieu"
        return f"NTM-{code}-{dt.date.today():%Y-%m-%d}.xlsx"

    def export_data(self, path: Path | None = None) -> Task | None:
        from ntm_desktop.services import files as jobs  # saves start-up time
        if not self._need_workbook():
            return None
        if path is None:
            excel = self.tr("Tệp Excel (*.xlsx)")
            name, chosen = QtWidgets.QFileDialog.getSaveFileName(
                self.window, self.tr("Xuất toàn bộ dữ liệu"),
                str(Path(self._last_dir()) / self._default_export_name()),
                excel + ";;" + self.tr("Tệp JSON (*.json)"))
            if not name:
                return None
            path = Path(name)
            if path.suffix.lower() not in (".xlsx", ".json"):
                path = path.with_name(path.name + (".xlsx" if chosen == excel else ".json"))
        path = Path(path)
        self._remember_dir(path)
        self.last_task = self.ctx.tasks.run(
            jobs.export_data, Path(self.ctx.workbook.path), path,
            label=fill(self.tr("Đang xuất dữ liệu ra %1…"), path.name),
            on_result=self._on_exported,
            on_error=lambda exc: self._failed(self.tr("Không xuất được dữ liệu"), exc))
        return self.last_task

    def _on_exported(self, result: jobs.JobResult) -> None:
        path = Path(result.path or "")
        kind = self.tr("Excel") if path.suffix.lower() == ".xlsx" else self.tr("JSON")
        text = (fill(self.tr("Đã xuất toàn bộ dữ liệu (%1) vào tệp:"), kind)
                + f"\n{path}\n\n" + self._counts_text(result.counts))
        self._inform(self.tr("Đã xuất dữ liệu"), text.strip(), folder=path.parent)
        self._status(fill(self.tr("Đã xuất dữ liệu ra %1."), path.name))

    # ------------------------------------------------------------------ backup and restore
    def backup_now(self) -> Task | None:
        from ntm_desktop.services import files as jobs  # saves start-up time
        if not self._need_workbook():
            return None
        self.last_task = self.ctx.tasks.run(
            jobs.backup_now, Path(self.ctx.workbook.path), writer=True,
            label=self.tr("Đang sao lưu sổ dữ liệu…"), on_result=self._on_backed_up,
            on_error=lambda exc: self._failed(self.tr("Không sao lưu được"), exc))
        return self.last_task

    def _on_backed_up(self, result: jobs.JobResult) -> None:
        path = Path(result.path or "")
        self._inform(self.tr("Đã sao lưu"),
                     fill(self.tr("Đã sao lưu sổ dữ liệu vào:\n%1"), str(path)),
                     folder=path.parent)
        self._status(self.tr("Đã sao lưu sổ dữ liệu."))

    def open_restore_dialog(self) -> Any:
        if not self._need_workbook():
            return None
        from ntm_desktop.gui.dialogs.restore_dialog import RestoreDialog
        self.restore_dialog = RestoreDialog(Path(self.ctx.workbook.path), self.restore_backup,
                                            self.window)
        self.restore_dialog.open()
        return self.restore_dialog

    def restore_backup(self, backup: Path) -> Task | None:
        """Close the workbook, replace it with ``backup`` (keeping a copy), reopen it."""
        from ntm_desktop.services import files as jobs  # saves start-up time
        wb = self.ctx.workbook
        if wb is None:
            return None
        wb_path = Path(wb.path)
        self.ctx.tasks.wait(5000)  # nothing else may hold the file while it is replaced
        self.window.set_workbook(None)
        wb.close()
        self.last_task = self.ctx.tasks.run(
            jobs.restore_backup, wb_path, Path(backup), writer=True, cancellable=False,
            label=self.tr("Đang khôi phục sổ dữ liệu…"),
            on_result=lambda r: self._on_restored(r, wb_path, Path(backup)),
            on_error=lambda exc: self._on_restore_failed(exc, wb_path))
        return self.last_task

    def _reopen(self, wb_path: Path) -> None:
        from ntm_desktop.gui.wizard import open_workbook_in
        open_workbook_in(self.window, wb_path)

    def _on_restored(self, result: jobs.JobResult, wb_path: Path, backup: Path) -> None:
        from ntm_desktop.services import files as jobs  # saves start-up time
        self._reopen(wb_path)
        info = jobs.backup_info(backup)
        when = info.when.strftime("%H:%M %d/%m/%Y") if info.when else backup.name
        safety = Path(result.path or "")
        self._inform(self.tr("Đã khôi phục"),
                     fill(self.tr("Đã khôi phục sổ dữ liệu từ bản sao lưu lúc %1.\n\nSổ dữ liệu trước "
                             "khi khôi phục vẫn được giữ lại tại:\n%2"), when, str(safety)), folder=safety.parent)
        self._status(self.tr("Đã khôi phục sổ dữ liệu."))

    def _on_restore_failed(self, exc: BaseException, wb_path: Path) -> None:
        self._reopen(wb_path)
        self._failed(self.tr("Không khôi phục được"), exc, unchanged=True)

    # ------------------------------------------------------------------ criteria overlay
    def install_overlay(self, path: Path | None = None) -> Task | None:
        from ntm_desktop.services import files as jobs  # saves start-up time
        if not self._need_workbook():
            return None
        if path is None:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(
                self.window, self.tr("Chọn tệp bộ tiêu chí của tỉnh"), self._last_dir(),
                self.tr("Bộ tiêu chí của tỉnh (*.json)"))
            if not name:
                return None
            path = Path(name)
        path = Path(path)
        self._remember_dir(path)
        self.last_task = self.ctx.tasks.run(
            jobs.install_overlay_file, Path(self.ctx.workbook.path), path, writer=True,
            label=self.tr("Đang kiểm tra và cài bộ tiêu chí của tỉnh…"),
            on_result=self._on_overlay_installed,
            on_error=lambda exc: self._failed(self.tr("Không cài được bộ tiêu chí"), exc,
                                              unchanged=True))
        return self.last_task

    def _on_overlay_installed(self, result: jobs.JobResult) -> None:
        from ntm_desktop.gui.undo import JournalCommand
        if result.entries:
            self.ctx.undo_stack.push(JournalCommand(
                self.ctx, self.tr("Cài bộ tiêu chí của tỉnh"), result.entries))
        self._data_changed()
        from ntm_desktop.services import workspace as workspace_svc  # saves start-up time

        title = workspace_svc.criteria_title(self.ctx.workbook)
        self._inform(self.tr("Đã cài bộ tiêu chí của tỉnh"),
                     fill(self.tr("Đã cài và áp dụng bộ tiêu chí:\n%1\n\nCác tiêu chí của xã được "
                             "đánh giá lại theo bộ tiêu chí này."), title))
        self._status(fill(self.tr("Đã cài bộ tiêu chí của tỉnh (%1)."), result.overlay_id or ""))

    # ------------------------------------------------------------------ dialogs
    def open_villages(self) -> Any:
        if not self._need_workbook():
            return None
        from ntm_desktop.gui.dialogs.villages_dialog import VillagesDialog
        self.villages_dialog = VillagesDialog(self.ctx, self.window)
        self.villages_dialog.open()
        return self.villages_dialog

    def open_survey(self) -> Any:
        if not self._need_workbook():
            return None
        from ntm_desktop.gui.dialogs.survey_dialog import open_survey_dialog
        self.survey_dialog = open_survey_dialog(self.ctx, self.window)
        return self.survey_dialog
