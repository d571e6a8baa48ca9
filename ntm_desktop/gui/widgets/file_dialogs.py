"""Where file dialogs start: the folder the officer used last, else their Documents folder —
never the program's own folder (the working directory of a desktop shortcut)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

LAST_DIR_KEY = "files/last_dir"


def documents_dir() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return folder
    return str(Path.home())


def start_dir(settings: object | None = None) -> str:
    """The last folder used (kept in the GUI settings) if it still exists, else Documents."""
    if settings is not None:
        last = str(settings.value(LAST_DIR_KEY, "") or "")  # type: ignore[attr-defined]
        if last and Path(last).is_dir():
            return last
    return documents_dir()


def remember_dir(settings: object | None, path: Path | str) -> None:
    """Remember the folder of ``path`` (a file) or ``path`` itself (a folder)."""
    if settings is None:
        return
    p = Path(path)
    folder = p if p.is_dir() else p.parent
    settings.setValue(LAST_DIR_KEY, str(folder))  # type: ignore[attr-defined]
