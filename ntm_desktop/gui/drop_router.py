"""Routes files dropped on the main window: ``.ntmpkg`` packages (also those inside a dropped
folder, like ``ntm import FOLDER``) go to the Sync page's import (the page is shown first);
for anything else the status bar says where such files go."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from ntm_desktop.gui.pages import page_index

PACKAGE_SUFFIX = ".ntmpkg"
SYNC_PAGE = "sync"


def packages_in(paths: list[Path]) -> list[Path]:
    """The ``.ntmpkg`` files among ``paths``; a folder contributes the packages directly in it."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir()
                            if p.suffix.lower() == PACKAGE_SUFFIX and p.is_file())
        elif path.suffix.lower() == PACKAGE_SUFFIX and path.is_file():
            found.append(path)
    return found


class DropRouter(QObject):
    """Listens to ``window.hub.files_dropped``; ``last_task`` is the import it started."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_task: Any = None
        window.hub.files_dropped.connect(self.route)

    def route(self, files: list[Path]) -> None:
        packages = packages_in([Path(f) for f in files])
        if not packages:
            self.window.statusBar().showMessage(self.tr(
                "Chỉ nhập được gói dữ liệu .ntmpkg khi thả vào cửa sổ. Ảnh, tài liệu minh chứng "
                "hãy thả vào danh sách minh chứng của chỉ tiêu; tệp Excel/JSON dùng menu Tệp → "
                "Nhập dữ liệu."), 10000)
            return
        if self.window.ctx.workbook is None:
            self.window.statusBar().showMessage(self.tr(
                "Hãy mở hoặc tạo sổ dữ liệu của xã trước khi nhập gói dữ liệu."), 10000)
            return
        index = page_index(SYNC_PAGE)
        self.window.show_page(index)
        page = self.window.page(index)
        importer = getattr(page, "import_packages", None)
        if importer is not None:
            self.last_task = importer(packages)
