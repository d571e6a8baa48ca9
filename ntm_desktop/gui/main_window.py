"""The main window: navigation list, page stack, menus, undo stack, settings, drag and drop.

The navigation lists the page classes of :mod:`ntm_desktop.gui.pages`; each page is built the
first time it is shown. The window owns the :class:`QUndoStack`, the :class:`TaskRunner`, the
:class:`ErrorPresenter` and (unless given one) the :class:`SignalHub`; pages reach them through
``PageContext``.

The demo commune is marked unmistakably (a banner over the pages and the window title); the
Tệp menu opens the officer's own workbook, recent workbooks and the set-up wizard again.
Restored splitter states that would squash a pane below its minimum are ignored, and
Xem → "Đặt lại bố cục" returns every pane to its default size.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QByteArray, QDataStream, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop import __version__
from ntm_desktop.core.startup import mark
from ntm_desktop.gui.drop_router import DropRouter
from ntm_desktop.gui.errors import ErrorPresenter
from ntm_desktop.gui.i18n import LANGUAGES, fill
from ntm_desktop.gui.nav import page_host
from ntm_desktop.gui.pages import PAGES, Page, PageContext, PlaceholderPage, page_index
from ntm_desktop.gui.signals import SignalHub
from ntm_desktop.gui.tasks import TaskRunner
from ntm_desktop.gui.ui_loader import child, load_ui_into
from ntm_desktop.paths import AppPaths, resource

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook

log = logging.getLogger(__name__)

SETTINGS_FILE = "gui.ini"
RECENT_KEY = "workbooks/recent"
MAX_RECENT = 6
MIN_PANE = 220  # px: no restored splitter pane is narrower (or lower) than this


def open_settings(data_dir: Path) -> QSettings:
    """The GUI settings (INI) inside the data folder, so every data folder is self-contained."""
    return QSettings(str(Path(data_dir) / SETTINGS_FILE), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """``files_dropped(list[Path])`` is emitted (and forwarded to the hub) on a file drop."""

    files_dropped = Signal(list)
    page_did_change = Signal(int)

    def __init__(self, paths: AppPaths, *, workbook: Workbook | None = None, settings: QSettings | None = None,
                 hub: SignalHub | None = None, language: str = "vi",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        load_ui_into("main_window.ui", self)
        mark("  main_window.ui")
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
        self._build_demo_banner()

        mark("  presenter, tasks, status bar")
        self._build_navigation()
        self._build_menus()
        mark("  navigation, menus")
        from ntm_desktop.gui.file_actions import install as install_file_actions
        self.file_actions = install_file_actions(self)  # Tệp: import, export, backup…; Dữ liệu
        mark("  file actions")
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setTabOrder(self.nav, self.stack)

        self.hub.data_did_change.connect(self._on_hub_data_did_change)
        self.hub.status_message.connect(self._on_hub_status_message)
        self.files_dropped.connect(self.hub.files_dropped)
        self.drop_router = DropRouter(self)
        self.set_workbook(workbook)
        mark("  set the workbook")
        self._restore_state()
        mark("  restore the state, first page")

    # ------------------------------------------------------------------ navigation
    def _build_navigation(self) -> None:
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMouseTracking(True)  # status tips on hover
        for index, entry in enumerate(PAGES):
            item = QListWidgetItem(entry.qicon(), entry.translated_title())
            shortcut = QKeySequence(f"Ctrl+{index + 1}").toString(
                QKeySequence.SequenceFormat.NativeText)
            tip = entry.translated_tip()
            item.setToolTip(f"{tip} ({shortcut})" if tip else shortcut)
            item.setStatusTip(tip)
            item.setSizeHint(QSize(0, 38))
            self.nav.addItem(item)
            self.stack.addWidget(page_host(self.stack, entry))
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
        for index, entry in enumerate(PAGES):
            action = QAction(entry.qicon(), entry.translated_title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setStatusTip(entry.translated_tip())
            action.triggered.connect(lambda _=False, i=index: self.show_page(i))
            view.addAction(action)
            self.page_actions.append(action)

        view.addSeparator()
        self.reset_layout_action = view.addAction(self.tr("Đặt lại &bố cục"))
        self.reset_layout_action.setObjectName("actionResetLayout")
        self.reset_layout_action.setStatusTip(self.tr(
            "Đưa cửa sổ, các khung và các cột về kích thước mặc định"))
        self.reset_layout_action.triggered.connect(self.reset_layout)
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
        """Tệp: open my commune, open a workbook, recent workbooks, set up my commune, the
        demo; export a package and print the dossier; settings — above “Open data folder”."""
        menu: QMenu = child(self, QMenu, "menuFile")
        first = menu.actions()[0] if menu.actions() else None
        self.own_action = QAction(self.tr("Mở sổ của &xã tôi"), self)
        self.own_action.setObjectName("actionOpenOwn")
        self.own_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.own_action.setStatusTip(self.tr("Mở lại sổ dữ liệu của xã mình (trong thư mục dữ "
                                             "liệu)"))
        self.own_action.triggered.connect(self.open_own_workbook)
        self.open_action = QAction(self.tr("&Mở sổ dữ liệu…"), self)
        self.open_action.setObjectName("actionOpenWorkbook")
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.setStatusTip(self.tr("Mở một tệp sổ dữ liệu (.ntm.sqlite) khác"))
        self.open_action.triggered.connect(lambda _=False: self.choose_workbook())
        self.recent_menu = QMenu(self.tr("Sổ dữ liệu &gần đây"), menu)
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.setup_action = QAction(self.tr("&Thiết lập xã của tôi…"), self)
        self.setup_action.setObjectName("actionSetup")
        self.setup_action.setStatusTip(self.tr("Mở lại trình hướng dẫn thiết lập để tạo sổ dữ "
                                               "liệu cho xã mình"))
        self.setup_action.triggered.connect(self.start_setup)
        self.demo_action = QAction(self.tr("Mở xã &mẫu (số liệu thử)"), self)
        self.demo_action.setObjectName("actionDemo")
        self.demo_action.setStatusTip(self.tr("Xem thử chương trình với số liệu của một xã mẫu"))
        self.demo_action.triggered.connect(self._on_demo_triggered)
        self.package_action = QAction(self.tr("Xuất &gói gửi cấp trên…"), self)
        self.package_action.setObjectName("actionExportPackage")
        self.package_action.setStatusTip(self.tr("Ghi gói dữ liệu đã ký ra USB hoặc thư mục để "
                                                 "gửi nơi thẩm định"))
        self.package_action.triggered.connect(self.export_package)
        self.print_action = QAction(self.tr("&In hồ sơ…"), self)
        self.print_action.setObjectName("actionPrintDossier")
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.setStatusTip(self.tr("Lập hồ sơ đề nghị công nhận rồi in"))
        self.print_action.triggered.connect(self.print_dossier)
        self.settings_action = QAction(self.tr("&Cài đặt…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setStatusTip(self.tr("Thông tin xã, năm đánh giá, ngôn ngữ, ảnh"))
        self.settings_action.triggered.connect(self.show_settings)
        menu.insertActions(first, [self.own_action, self.open_action])
        menu.insertMenu(first, self.recent_menu)
        menu.insertActions(first, [self.setup_action, self.demo_action])
        menu.insertSeparator(first)
        menu.insertActions(first, [self.package_action, self.print_action])
        menu.insertSeparator(first)
        menu.insertActions(first, [self.settings_action])
        menu.insertSeparator(first)
        menu.aboutToShow.connect(self._update_file_actions)

    # ------------------------------------------------------------------ workbooks
    def is_demo(self) -> bool:
        wb = self.ctx.workbook
        if wb is None:
            return False
        from ntm_desktop.services.workspace import is_demo_workbook
        return is_demo_workbook(wb)

    def _update_file_actions(self) -> None:
        own = Path(self.paths.workbook)
        current = Path(getattr(self.ctx.workbook, "path", "") or "")
        self.own_action.setEnabled(own.exists() and current != own)
        self.setup_action.setEnabled(not own.exists())
        has_commune = self._commune() is not None
        self.package_action.setEnabled(has_commune)
        self.print_action.setEnabled(has_commune)
        self.recent_menu.setEnabled(bool(self.recent_workbooks()))

    def open_own_workbook(self) -> None:
        """Tệp → Mở sổ của xã tôi: the data folder's workbook, or the set-up wizard when the
        officer has none yet."""
        own = Path(self.paths.workbook)
        if own.exists():
            self.open_workbook(own)
        else:
            self.start_setup()

    def start_setup(self) -> Any:
        """Tệp → Thiết lập xã của tôi…: the set-up wizard again (e.g. after it was cancelled)."""
        from ntm_desktop.gui.wizard import run_setup
        self.setup_wizard = run_setup(self)
        return self.setup_wizard

    def choose_workbook(self) -> QtWidgets.QFileDialog:
        dlg = QtWidgets.QFileDialog(self, self.tr("Mở sổ dữ liệu"), str(self.paths.data_dir))
        dlg.setFileMode(QtWidgets.QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilter(self.tr("Sổ dữ liệu NTM (*.ntm.sqlite)"))
        dlg.fileSelected.connect(lambda p: self.open_workbook(Path(p)))
        dlg.open()
        self.open_dialog = dlg
        return dlg

    def open_workbook(self, path: Path) -> None:
        from ntm_desktop.gui.wizard import open_workbook_in
        open_workbook_in(self, Path(path))

    def recent_workbooks(self) -> list[dict[str, str]]:
        """``[{"path", "label"}]``, most recent first; files that no longer exist are left out."""
        try:
            items = json.loads(str(self.settings.value(RECENT_KEY, "[]") or "[]"))
        except ValueError:
            items = []
        return [i for i in items if isinstance(i, dict) and Path(str(i.get("path"))).exists()]

    def _remember_workbook(self) -> None:
        wb = self.ctx.workbook
        commune = self._commune()
        if wb is None or commune is None:
            return
        path = str(Path(wb.path).resolve())
        label = f"{commune.get('name') or ''} ({commune.get('code') or ''})"
        if self.is_demo():
            label = fill(self.tr("Xã mẫu (số liệu thử): %1"), label)
        items = [i for i in self.recent_workbooks() if i.get("path") != path]
        items.insert(0, {"path": path, "label": label})
        self.settings.setValue(RECENT_KEY, json.dumps(items[:MAX_RECENT], ensure_ascii=False))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = str(Path(getattr(self.ctx.workbook, "path", "") or "").resolve())
        for item in self.recent_workbooks():
            action = self.recent_menu.addAction(item["label"])
            action.setStatusTip(item["path"])
            action.setToolTip(item["path"])
            action.setCheckable(True)
            action.setChecked(item["path"] == current)
            action.triggered.connect(lambda _=False, p=item["path"]: self.open_workbook(Path(p)))

    def export_package(self) -> None:
        """Tệp → Xuất gói…: the Đồng bộ page, with the export button focused."""
        index = page_index("sync")
        self.show_page(index)
        page = self.page(index)
        button = getattr(page, "export_button", None)
        if button is not None:
            button.setFocus()

    def print_dossier(self) -> None:
        """Tệp → In hồ sơ…: the Hồ sơ page builds the dossier, then the print dialog opens."""
        index = page_index("dossier")
        self.show_page(index)
        page = self.page(index)
        starter = getattr(page, "build_and_print", None)
        if starter is not None:
            starter()

    # ------------------------------------------------------------------ demo banner
    def _build_demo_banner(self) -> None:
        old = self.takeCentralWidget()
        holder = QWidget(self)
        holder.setObjectName("centralHolder")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.demo_banner = QFrame(holder)
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setStyleSheet(
            "QFrame#demoBanner { background: #FFE08A; border-bottom: 2px solid #C77700; }"
            "QFrame#demoBanner QLabel { color: #3D2600; }")
        row = QHBoxLayout(self.demo_banner)
        row.setContentsMargins(12, 6, 12, 6)
        self.demo_label = QLabel(self.demo_banner)
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextFormat(Qt.TextFormat.RichText)
        self.demo_label.setText(self.tr(
            "<b>XÃ MẪU — SỐ LIỆU THỬ.</b> Đây không phải sổ dữ liệu của xã bạn: đừng nhập số "
            "liệu thật vào đây. Gói dữ liệu xuất từ xã mẫu bị nơi thẩm định từ chối."))
        row.addWidget(self.demo_label, 1)
        self.demo_own_button = QPushButton(self.demo_banner)
        self.demo_own_button.setObjectName("demoOwnButton")
        self.demo_own_button.clicked.connect(self.open_own_workbook)
        row.addWidget(self.demo_own_button)
        layout.addWidget(self.demo_banner)
        layout.addWidget(old, 1)
        self.setCentralWidget(holder)
        self.demo_banner.hide()

    def _update_demo_banner(self) -> None:
        demo = self.is_demo()
        if demo:
            own = Path(self.paths.workbook).exists()
            self.demo_own_button.setText(self.tr("Mở sổ của xã tôi") if own
                                         else self.tr("Thiết lập xã của tôi…"))
        self.demo_banner.setVisible(demo)

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
        if 0 <= index < len(PAGES):
            self.nav.setCurrentRow(index)

    def page(self, index: int) -> Page:
        """The page at ``index``, created now if needed."""
        if index not in self.pages:
            entry = PAGES[index]
            host = self.stack.widget(index)
            assert isinstance(host, QScrollArea)
            try:
                page: Page = entry.load()(self.ctx, host)
            except Exception as exc:  # shown to the user and recorded, never hidden
                self.page_errors.append(exc)
                self.errors.present(exc)
                page = PlaceholderPage(self.ctx, host, entry=entry)
            host.setWidget(page)
            self.pages[index] = page
            self._restore_page_splitters(entry.name, page)
        return self.pages[index]

    def _restore_page_splitters(self, name: str, page: Page) -> None:
        for splitter in page.findChildren(QSplitter):
            state = self.settings.value(f"splitters/{name}/{splitter.objectName()}")
            if splitter.objectName() and isinstance(state, QByteArray) and not state.isEmpty():
                restore_splitter(splitter, state)

    def reset_layout(self) -> None:
        """Xem → Đặt lại bố cục: forget saved sizes; the window fits the screen again and every
        page is rebuilt with its default panes and columns."""
        for key in self.settings.allKeys():
            if key.startswith(("splitters/", "headers/")) or key in ("window/geometry",
                                                                     "window/splitter"):
                self.settings.remove(key)
        self.settings.sync()
        current = self.current_index()
        for index, page in list(self.pages.items()):
            host = self.stack.widget(index)
            if isinstance(host, QScrollArea) and host.widget() is page:
                host.takeWidget()
            page.hide()
            page.setParent(None)
            page.deleteLater()
            self._pending.pop(index, None)
        self.pages.clear()
        if self.isMaximized() or self.isFullScreen():
            self.showNormal()
        self._fit_to_screen()
        self.splitter.setSizes([self.nav.minimumWidth() + 30,
                                max(self.width() - self.nav.minimumWidth() - 30, 400)])
        self.nav.setCurrentRow(-1)
        self.show_page(max(current, 0))
        self.statusBar().showMessage(self.tr("Đã đặt lại bố cục."), 4000)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(row)
        self.stack.setCurrentIndex(row)
        pending = self._pending.pop(row, None)
        if pending is not None:
            page.refresh(pending)
        page.activate()
        self.statusBar().showMessage(PAGES[row].translated_tip(), 4000)
        self.page_did_change.emit(row)

    # ------------------------------------------------------------------ data and title
    def set_workbook(self, workbook: Workbook | None) -> None:
        """Switch the open workbook (None = none); pages get ``refresh([])``."""
        if self.ctx.workbook is not None:
            self.hub.detach_workbook(self.ctx.workbook)
        self.ctx.workbook = workbook
        if workbook is not None:
            self.hub.attach_workbook(workbook)
        self.undo_stack.clear()
        self.update_title()
        self._update_demo_banner()
        self._remember_workbook()
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
        if self.is_demo():
            parts.insert(0, self.tr("XÃ MẪU (số liệu thử)"))
        self.setWindowTitle(" — ".join(p for p in parts if p))
        wb = self.ctx.workbook
        if wb is None:
            self._workbook_label.setText(self.tr("Chưa mở sổ dữ liệu"))
            self._workbook_label.setToolTip("")
        else:
            path = Path(getattr(wb, "path", "") or "")
            self._workbook_label.setText(fill(self.tr("Sổ: %1"), path.name))
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
        if not (isinstance(splitter, QByteArray) and not splitter.isEmpty()
                and restore_splitter(self.splitter, splitter, minimum=self.nav.minimumWidth())):
            self.splitter.setSizes([200, max(self.width() - 200, 400)])
        last = str(s.value("window/last_page", PAGES[0].name))
        names = [entry.name for entry in PAGES]
        self.show_page(names.index(last) if last in names else 0)

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        width = min(1280, avail.width())
        height = min(800, avail.height())
        if avail.width() < 1440 or avail.height() < 860:  # a laptop: use what it gives
            width, height = avail.width(), avail.height()
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        for index, page in self.pages.items():  # the pages' own splitters
            for splitter in page.findChildren(QSplitter):
                if splitter.objectName():
                    s.setValue(f"splitters/{PAGES[index].name}/"
                               f"{splitter.objectName()}", splitter.saveState())
        index = self.current_index()
        if 0 <= index < len(PAGES):
            s.setValue("window/last_page", PAGES[index].name)
        s.sync()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        self.tasks.cancel_all()
        if self.ctx.workbook is not None:
            self.hub.detach_workbook(self.ctx.workbook)
        super().closeEvent(event)

    # ------------------------------------------------------------------ drag and drop
    @staticmethod
    def _local_files(event: QtGui.QDragEnterEvent | QtGui.QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:  # noqa: N802
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:  # noqa: N802
        files = self._local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()

    # ------------------------------------------------------------------ help
    def show_about(self) -> QtWidgets.QMessageBox:
        box = QtWidgets.QMessageBox(self)
        box.setObjectName("AboutBox")
        box.setWindowTitle(self.tr("Giới thiệu NTM Desktop"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(fill(self.tr(
            "<h3>NTM Desktop %1</h3>"
            "<p>Sổ theo dõi xây dựng nông thôn mới cho cán bộ xã: tự đánh giá tiêu chí, hạ tầng, "
            "dự án và nguồn vốn, đóng góp của người dân, lập hồ sơ và đồng bộ dữ liệu — "
            "hoạt động hoàn toàn không cần Internet.</p>"
            "<p>Thư mục dữ liệu: %2</p>"), __version__, self.paths.data_dir))
        box.addButton(self.tr("Đóng"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.open()
        return box

    def _open_folder(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        QtGui.QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def splitter_state_sizes(state: QByteArray) -> list[int]:
    """The pane sizes saved in a QSplitter state (marker, version, then the list of sizes)."""
    stream = QDataStream(state)
    stream.readInt32()  # marker
    stream.readInt32()  # version
    count = stream.readUInt32()
    if stream.status() != QDataStream.Status.Ok or count > 64:
        return []
    sizes = [stream.readInt32() for _ in range(count)]
    return sizes if stream.status() == QDataStream.Status.Ok else []


def restore_splitter(splitter: QSplitter, state: QByteArray, *, minimum: int = MIN_PANE) -> bool:
    """Restore ``state`` unless it would squash a pane below its minimum (its own minimum size,
    or ``minimum`` px); returns whether it was applied."""
    sizes = splitter_state_sizes(state)
    if len(sizes) != splitter.count():
        return False
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    for i, size in enumerate(sizes):
        w = splitter.widget(i)
        if w is None or not w.isVisibleTo(splitter) or size == 0:
            continue
        floor = max(w.minimumWidth() if horizontal else w.minimumHeight(),
                    min(minimum, w.maximumWidth() if horizontal else w.maximumHeight()))
        if size < floor:
            log.info("splitter %s: saved pane %d is %d px (< %d): default sizes kept",
                     splitter.objectName(), i, size, floor)
            return False
    return splitter.restoreState(state)
