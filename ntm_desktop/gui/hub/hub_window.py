"""The appraiser's window (Sở Nông nghiệp và Môi trường / Văn phòng Điều phối NTM; a district
before 7/2025): a list of pages on the left, the page on the right, drops of packages anywhere.

Pages are imported and created the first time they are shown. :data:`PAGES` lists them in order
as :class:`~ntm_desktop.gui.nav.NavEntry` values; a page of another area is one more entry (and
its loader) there.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.gui.errors import ErrorPresenter
from ntm_desktop.gui.hub.common import HubContext
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.nav import NavEntry, index_of, page_host
from ntm_desktop.gui.tasks import TaskRunner
from ntm_desktop.paths import AppPaths

log = logging.getLogger(__name__)
CTX = "HubWindow"

# Each loader imports its page module on first visit (start-up time).


def _communes() -> type:
    from ntm_desktop.gui.hub.communes_page import CommunesPage  # first visit (start-up time)
    return CommunesPage


def _import() -> type:
    from ntm_desktop.gui.hub.import_page import ImportPage  # first visit (start-up time)
    return ImportPage


def _quarantine() -> type:
    from ntm_desktop.gui.hub.quarantine_page import QuarantinePage  # first visit
    return QuarantinePage


def _review() -> type:
    from ntm_desktop.gui.hub.review_page import ReviewPage  # first visit (start-up time)
    return ReviewPage


def _rollup() -> type:
    from ntm_desktop.gui.hub.rollup_page import RollupPage  # first visit (start-up time)
    return RollupPage


def _catalog() -> type:
    from ntm_desktop.gui.hub.catalog_editor import HubCatalogEditorPage  # first visit
    return HubCatalogEditorPage


def _keys() -> type:
    from ntm_desktop.gui.hub.keys_page import KeysPage  # first visit (start-up time)
    return KeysPage


PAGES: list[NavEntry] = [
    NavEntry("communes", _N(CTX, "Các xã"), _communes, "hub-communes.svg", context=CTX),
    NavEntry("import", _N(CTX, "Nhập gói"), _import, "hub-import.svg", context=CTX),
    NavEntry("quarantine", _N(CTX, "Cách ly"), _quarantine, "hub-quarantine.svg", context=CTX),
    NavEntry("review", _N(CTX, "Thẩm định xã"), _review, "hub-review.svg", context=CTX),
    NavEntry("rollup", _N(CTX, "Tổng hợp"), _rollup, "hub-rollup.svg", context=CTX),
    NavEntry("catalog", _N(CTX, "Bộ tiêu chí của tỉnh"), _catalog, "hub-catalog.svg",
             context=CTX),
    NavEntry("keys", _N(CTX, "Khóa và tin cậy"), _keys, "hub-keys.svg", context=CTX),
]


class HubWindow(QMainWindow):
    """``data_did_change(list[str])``: communes whose data changed (after an import…)."""

    data_did_change = Signal(list)

    def __init__(self, paths: AppPaths, *, settings: QSettings | None = None,
                 language: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ntm_desktop.gui.main_window import open_settings
        self.paths = paths
        self.language = language
        self.settings = settings or open_settings(paths.data_dir)
        self.errors = ErrorPresenter(self, log_dir=paths.logs)
        self.tasks = TaskRunner(self, presenter=self.errors)
        self.ctx = HubContext(paths, self.tasks, self.errors, self.settings, self)
        self.pages: dict[str, QWidget] = {}
        self.setObjectName("hubWindow")
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(800, 500))

        central = QWidget(self)
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        side = QWidget(central)
        side.setObjectName("hubSide")
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(8, 8, 8, 8)
        self.body_label = QLabel(side)
        self.body_label.setObjectName("bodyLabel")
        self.body_label.setWordWrap(True)
        font = self.body_label.font()
        font.setBold(True)
        self.body_label.setFont(font)
        side_lay.addWidget(self.body_label)
        self.nav = QListWidget(side)
        self.nav.setObjectName("hubNav")
        self.nav.setAccessibleName(self.tr("Các trang"))
        self.nav.setIconSize(QSize(20, 20))
        for entry in PAGES:
            QListWidgetItem(entry.qicon(), entry.translated_title(), self.nav)
        self.nav.setSpacing(3)
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8
        self.nav.setFixedWidth(min(max(width, 150), 230))  # every title whole, with its icon
        side_lay.addWidget(self.nav, 1)
        side.setFixedWidth(self.nav.width() + 16)
        lay.addWidget(side)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("hubStack")
        for entry in PAGES:
            self.stack.addWidget(page_host(self.stack, entry))
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.show_page)

        menu = self.menuBar().addMenu(self.tr("&Tệp"))
        act = QAction(self.tr("Nhập gói dữ liệu…"), self)
        act.setShortcut(QKeySequence.StandardKey.Open)
        act.triggered.connect(lambda: self.page("import").choose_files())
        menu.addAction(act)
        act = QAction(self.tr("Nhập từ thư mục thư điện tử"), self)
        act.triggered.connect(lambda: self.page("import").import_mail_folder())
        menu.addAction(act)
        menu.addSeparator()
        act = QAction(self.tr("Thoát"), self)
        act.setShortcut(QKeySequence.StandardKey.Quit)
        act.triggered.connect(self.close)
        menu.addAction(act)
        for i in range(len(PAGES)):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, i=i: self.nav.setCurrentRow(i))
            self.addAction(act)

        self.refresh_title()
        self.statusBar().showMessage(self.tr("Kéo thả gói dữ liệu (.ntmpkg) hoặc cả thư mục vào "
                                             "cửa sổ để nhập."))
        self.resize(int(self.settings.value("hub/width", 1256)),
                    int(self.settings.value("hub/height", 655)))
        self.nav.setCurrentRow(0)
        # Everything built so far (modules, catalogs, Qt wrappers) lives as long as the window:
        # move it out of the garbage collector's reach, so that a full collection triggered by
        # a background import does not hold the GIL — and freeze this window — for ~100 ms
        # (benchmarks/hub_bench.py measures the stalls).
        gc.collect()
        gc.freeze()

    # ------------------------------------------------------------------ pages
    def refresh_title(self) -> None:
        from ntm_desktop.services.hub_common import LEVELS, hub_info
        try:
            info = hub_info(self.paths)
        except Exception:  # noqa: BLE001 - the title is never worth an error dialog
            log.exception("hub info")
            info = {"name": "—", "level": None}
        level = tr_core("hub", LEVELS[info["level"]]) if info.get("level") in LEVELS else ""
        self.body_label.setText(f"{info['name']}" + (f"\n{level}" if level else ""))
        self.setWindowTitle(fill(self.tr("NTM Desktop — Thẩm định: %1"), info["name"]))

    def index_of(self, key: str) -> int:
        return index_of(PAGES, key)

    def page(self, key: str) -> Any:
        """The page ``key`` (created on first use)."""
        if key not in self.pages:
            i = self.index_of(key)
            cls = PAGES[i].load()
            host = self.stack.widget(i)
            assert isinstance(host, QScrollArea)
            page = cls(self.ctx, host)
            page.setObjectName(f"{key}Page")
            host.setWidget(page)
            self.pages[key] = page
        return self.pages[key]

    def show_page(self, index: int) -> None:
        if index < 0:
            return
        key = PAGES[index].name
        page = self.page(key)
        self.stack.setCurrentIndex(index)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        if hasattr(page, "activate"):
            page.activate()

    def go(self, key: str) -> Any:
        self.show_page(self.index_of(key))
        return self.pages[key]

    def open_review(self, code: str, year: int | None = None) -> None:
        self.go("review").open_commune(code, year)

    def notify_changed(self, communes: list[str]) -> None:
        self.data_did_change.emit(communes)
        for page in self.pages.values():
            if hasattr(page, "data_changed"):
                page.data_changed(communes)

    # ------------------------------------------------------------------ drops
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        dropped = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [f for f in dropped if f.is_dir() or f.suffix.lower() == ".ntmpkg"]
        skipped = [f.name for f in dropped if f not in files]
        if skipped:
            self.statusBar().showMessage(fill(self.tr("Chỉ nhập được gói dữ liệu .ntmpkg hoặc thư mục; "
                                                 "bỏ qua: %1"), ", ".join(skipped)),
                                         10000)
        if files:
            event.acceptProposedAction()
            self.go("import").import_paths(files)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.tasks.cancel_all()
        self.tasks.wait(5000)
        self.settings.setValue("hub/width", self.width())
        self.settings.setValue("hub/height", self.height())
        super().closeEvent(event)


def open_hub_window(paths: AppPaths, *, settings: QSettings | None = None,
                    language: str = "vi") -> HubWindow:
    window = HubWindow(paths, settings=settings, language=language)
    window.show()
    return window
