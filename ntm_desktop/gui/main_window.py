"""The main window: navigation list, page stack, menus, undo stack, settings, drag and drop.

Pages are created the first time they are shown (see :mod:`ntm_desktop.gui.pages`). The window
owns the :class:`QUndoStack`, the :class:`TaskRunner`, the :class:`ErrorPresenter` and (unless
given one) the :class:`SignalHub`; pages reach them through ``PageContext``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop import __version__
from ntm_desktop.gui.errors import ErrorPresenter
from ntm_desktop.gui.i18n import LANGUAGES
from ntm_desktop.gui.pages import PAGE_CLASSES, Page, PageContext, PlaceholderPage, page_class
from ntm_desktop.gui.signals import SignalHub
from ntm_desktop.gui.tasks import TaskRunner
from ntm_desktop.gui.ui_loader import child, load_ui_into
from ntm_desktop.paths import AppPaths, resource

log = logging.getLogger(__name__)

SETTINGS_FILE = "gui.ini"


def open_settings(data_dir: Path) -> QSettings:
    """The GUI settings (INI) inside the data folder, so every data folder is self-contained."""
    return QSettings(str(Path(data_dir) / SETTINGS_FILE), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """``files_dropped(list[Path])`` is emitted (and forwarded to the hub) on a file drop."""

    files_dropped = Signal(list)
    page_did_change = Signal(int)

    def __init__(self, paths: AppPaths, *, workbook: Any = None, settings: QSettings | None = None,
                 hub: SignalHub | None = None, language: str = "vi",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        load_ui_into("main_window.ui", self)
        self.paths = paths
        self.settings = settings or open_settings(paths.data_dir)
        self.hub = hub or SignalHub(self)
        self.undo_stack = QUndoStack(self)
        self.errors = ErrorPresenter(self, log_dir=paths.logs)
        self.tasks = TaskRunner(self, presenter=self.errors)
        self.ctx = PageContext(paths=paths, hub=self.hub, tasks=self.tasks, errors=self.errors,
                               undo_stack=self.undo_stack, settings=self.settings,
                               workbook=workbook)
        self.pages: dict[int, Page] = {}
        self.page_errors: list[BaseException] = []
        self._pending: dict[int, list[Any]] = {}

        self.nav: QListWidget = child(self, QListWidget, "navList")
        self.stack: QStackedWidget = child(self, QStackedWidget, "pageStack")
        self.splitter: QSplitter = child(self, QSplitter, "splitter")
        self.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
        self._workbook_label = QLabel(self)
        self._workbook_label.setObjectName("workbookLabel")
        self.statusBar().addPermanentWidget(self._workbook_label)

        self._build_navigation()
        self._build_menus()
        from ntm_desktop.gui.file_actions import install as install_file_actions
        self.file_actions = install_file_actions(self)  # Tệp: import, export, backup…; Dữ liệu
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setTabOrder(self.nav, self.stack)

        self.hub.data_did_change.connect(self._on_hub_data_did_change)
        self.hub.status_message.connect(self._on_hub_status_message)
        self.files_dropped.connect(self.hub.files_dropped)
        self.drop_router = __import__("ntm_desktop.gui.drop_router", fromlist=["DropRouter"]).DropRouter(self)
        self.set_workbook(workbook)
        self._restore_state()

    # ------------------------------------------------------------------ navigation
    def _build_navigation(self) -> None:
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMouseTracking(True)  # status tips on hover
        for index, entry in enumerate(PAGE_CLASSES):
            item = QListWidgetItem(entry.qicon(), entry.translated_title())
            shortcut = QKeySequence(f"Ctrl+{index + 1}").toString(
                QKeySequence.SequenceFormat.NativeText)
            tip = entry.translated_status_tip()
            item.setToolTip(f"{tip} ({shortcut})" if tip else shortcut)
            item.setStatusTip(tip)
            item.setSizeHint(QSize(0, 38))
            self.nav.addItem(item)
            host = QWidget(self.stack)
            host.setObjectName(f"host_{entry.name}")
            QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(host)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        width = max(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24, 170)
        self.nav.setMinimumWidth(min(width, 260))

    def _build_menus(self) -> None:
        edit: QMenu = child(self, QMenu, "menuEdit")
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Hoàn tác"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.setStatusTip(self.tr("Hủy thao tác vừa làm"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Làm lại"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setStatusTip(self.tr("Làm lại thao tác vừa hủy"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)

        view: QMenu = child(self, QMenu, "menuView")
        self.page_actions: list[QAction] = []
        for index, entry in enumerate(PAGE_CLASSES):
            action = QAction(entry.qicon(), entry.translated_title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setStatusTip(entry.translated_status_tip())
            action.triggered.connect(lambda _=False, i=index: self.show_page(i))
            view.addAction(action)
            self.page_actions.append(action)

        view.addSeparator()
        languages = view.addMenu(self.tr("&Ngôn ngữ giao diện"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._on_language_triggered)

        self._build_file_menu_extras()
        child(self, QAction, "actionQuit").triggered.connect(self.close)
        child(self, QAction, "actionAbout").triggered.connect(self.show_about)
        child(self, QAction, "actionOpenLogFolder").triggered.connect(
            lambda: self._open_folder(self.paths.logs))
        child(self, QAction, "actionOpenDataFolder").triggered.connect(
            lambda: self._open_folder(self.paths.data_dir))

    def _build_file_menu_extras(self) -> None:
        """Tệp → Cài đặt… and Mở xã mẫu (demo), above “Open data folder”."""
        menu: QMenu = child(self, QMenu, "menuFile")
        first = menu.actions()[0] if menu.actions() else None
        self.settings_action = QAction(self.tr("&Cài đặt…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setStatusTip(self.tr("Thông tin xã, năm đánh giá, ngôn ngữ, ảnh"))
        self.settings_action.triggered.connect(self.show_settings)
        self.demo_action = QAction(self.tr("Mở xã &mẫu (demo)"), self)
        self.demo_action.setStatusTip(self.tr("Xem thử chương trình với số liệu của một xã mẫu"))
        self.demo_action.triggered.connect(self._on_demo_triggered)
        menu.insertActions(first, [self.settings_action, self.demo_action])
        menu.insertSeparator(first)

    def _on_demo_triggered(self) -> None:
        from ntm_desktop.gui.wizard import open_demo
        open_demo(self)

    def show_settings(self) -> Any:
        from ntm_desktop.gui.dialogs.settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.ctx, language=self.language, parent=self)
        dialog.open()
        return dialog

    def _on_language_triggered(self, action: QAction) -> None:
        code = str(action.data())
        self.settings.setValue("ui/language", code)
        self.settings.sync()
        if code != self.language:
            self.statusBar().showMessage(
                self.tr("Ngôn ngữ mới sẽ được dùng từ lần mở chương trình tiếp theo."), 8000)

    def current_index(self) -> int:
        return self.stack.currentIndex()

    def current_page(self) -> Page | None:
        return self.pages.get(self.current_index())

    def show_page(self, index: int) -> None:
        """Show page ``index`` (0-based), creating it on first use."""
        if 0 <= index < len(PAGE_CLASSES):
            self.nav.setCurrentRow(index)

    def page(self, index: int) -> Page:
        """The page at ``index``, created now if needed."""
        if index not in self.pages:
            entry = PAGE_CLASSES[index]
            host = self.stack.widget(index)
            try:
                page: Page = page_class(entry)(self.ctx, entry, host)
            except Exception as exc:  # shown to the user and recorded, never hidden
                self.page_errors.append(exc)
                self.errors.present(exc)
                page = PlaceholderPage(self.ctx, entry, host)
            host.layout().addWidget(page)
            self.pages[index] = page
            self._restore_page_splitters(entry.name, page)
        return self.pages[index]

    def _restore_page_splitters(self, name: str, page: Page) -> None:
        for splitter in page.findChildren(QSplitter):
            state = self.settings.value(f"splitters/{name}/{splitter.objectName()}")
            if splitter.objectName() and isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(row)
        self.stack.setCurrentIndex(row)
        pending = self._pending.pop(row, None)
        if pending is not None:
            page.refresh(pending)
        page.activate()
        self.statusBar().showMessage(PAGE_CLASSES[row].translated_status_tip(), 4000)
        self.page_did_change.emit(row)

    # ------------------------------------------------------------------ data and title
    def set_workbook(self, workbook: Any) -> None:
        """Switch the open workbook (None = none); pages get ``refresh([])``."""
        if self.ctx.workbook is not None:
            self.hub.detach_workbook(self.ctx.workbook)
        self.ctx.workbook = workbook
        if workbook is not None:
            self.hub.attach_workbook(workbook)
        self.undo_stack.clear()
        self.update_title()
        for index, page in self.pages.items():
            if index == self.current_index():
                page.refresh([])
            else:
                self._pending[index] = []

    def update_title(self) -> None:
        commune = self._commune()
        parts = ["NTM Desktop"]
        if commune:
            from ntm_desktop.services.workspace import criteria_title
            parts += [str(commune.get("name") or ""), criteria_title(self.ctx.workbook)]
        self.setWindowTitle(" — ".join(p for p in parts if p))
        wb = self.ctx.workbook
        if wb is None:
            self._workbook_label.setText(self.tr("Chưa mở sổ dữ liệu"))
            self._workbook_label.setToolTip("")
        else:
            path = Path(getattr(wb, "path", "") or "")
            self._workbook_label.setText(self.tr("Sổ: %1").replace("%1", path.name))
            self._workbook_label.setToolTip(str(path))

    def _commune(self) -> dict[str, Any] | None:
        wb = self.ctx.workbook
        if wb is None:
            return None
        try:
            return wb.commune()
        except Exception:
            log.exception("cannot read the commune")
            return None

    def _on_hub_data_did_change(self, changes: list[Any], initiator: object) -> None:
        if any(isinstance(c, dict) and c.get("entity") == "commune" for c in changes):
            self.update_title()
        current = self.current_index()
        for index, page in self.pages.items():
            if index == current:
                page.refresh(changes)
            elif index in self._pending:
                if self._pending[index]:  # an empty list already means "reload everything"
                    self._pending[index].extend(changes)
            else:
                self._pending[index] = list(changes)

    def _on_hub_status_message(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # ------------------------------------------------------------------ settings
    def _restore_state(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._fit_to_screen()
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([200, max(self.width() - 200, 400)])
        last = str(s.value("window/last_page", PAGE_CLASSES[0].name))
        names = [e.name for e in PAGE_CLASSES]
        self.show_page(names.index(last) if last in names else 0)

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        width = min(1280, int(avail.width() * 0.92))
        height = min(800, int(avail.height() * 0.9))
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        for page_index, page in self.pages.items():  # the pages' own splitters
            for splitter in page.findChildren(QSplitter):
                if splitter.objectName():
                    s.setValue(f"splitters/{PAGE_CLASSES[page_index].name}/"
                               f"{splitter.objectName()}", splitter.saveState())
        index = self.current_index()
        if 0 <= index < len(PAGE_CLASSES):
            s.setValue("window/last_page", PAGE_CLASSES[index].name)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        self.tasks.cancel_all()
        if self.ctx.workbook is not None:
            self.hub.detach_workbook(self.ctx.workbook)
        super().closeEvent(event)

    # ------------------------------------------------------------------ drag and drop
    @staticmethod
    def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = self._local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()

    # ------------------------------------------------------------------ help
    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("AboutBox")
        box.setWindowTitle(self.tr("Giới thiệu NTM Desktop"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.tr(
            "<h3>NTM Desktop %1</h3>"
            "<p>Sổ theo dõi xây dựng nông thôn mới cho cán bộ xã: tự đánh giá tiêu chí, hạ tầng, "
            "dự án và nguồn vốn, đóng góp của người dân, lập hồ sơ và đồng bộ dữ liệu — "
            "hoạt động hoàn toàn không cần Internet.</p>"
            "<p>Thư mục dữ liệu: %2</p>").replace("%1", __version__).replace(
                "%2", str(self.paths.data_dir)))
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
        box.open()
        return box

    def _open_folder(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
