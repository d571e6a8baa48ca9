"""Routes files dropped on the main window: ``.ntmpkg`` packages go to the Sync page's import
(the page is shown first); anything else is left for other handlers (ignored here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from ntm_desktop.gui.pages import PAGE_CLASSES

PACKAGE_SUFFIX = ".ntmpkg"
SYNC_PAGE = "sync"


class DropRouter(QObject):
    """Listens to ``window.hub.files_dropped``; ``last_task`` is the import it started."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_task: Any = None
        window.hub.files_dropped.connect(self.route)

    def route(self, files: list[Path]) -> None:
        packages = [Path(f) for f in files
                    if Path(f).suffix.lower() == PACKAGE_SUFFIX and Path(f).is_file()]
        if not packages or self.window.ctx.workbook is None:
            return
        index = [e.name for e in PAGE_CLASSES].index(SYNC_PAGE)
        self.window.show_page(index)
        page = self.window.page(index)
        importer = getattr(page, "import_packages", None)
        if importer is not None:
            self.last_task = importer(packages)
