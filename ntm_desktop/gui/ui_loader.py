"""Load Qt Designer ``.ui`` files at runtime (never at import time).

``load_ui("dialogs/infra_item.ui", parent)`` returns a new widget built from
``asset_dir()/ui/dialogs/infra_item.ui``. ``load_ui_into("main_window.ui", self)`` builds the form
*into* an existing instance (its top-level properties, children, menus and actions), which lets a
``QMainWindow`` subclass own its designer layout.

The ``<class>`` of each ``.ui`` file is its translation context: the loader translates strings
with ``QCoreApplication.translate(<class>, text)`` while building, and retranslates them on
``QEvent.LanguageChange``.

Raises :class:`FileNotFoundError` for a missing file and :class:`RuntimeError` with Qt's message
when the file cannot be parsed.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDir, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from ntm_desktop.paths import asset_dir

T = TypeVar("T")


def ui_dir() -> Path:
    """Folder holding the ``.ui`` files."""
    return asset_dir() / "ui"


def ui_path(relpath: str) -> Path:
    path = ui_dir() / relpath
    if not path.is_file():
        raise FileNotFoundError(f"UI file not found: {path}")
    return path


def _new_loader(cls: type[QUiLoader], *args: object) -> QUiLoader:
    """``cls(*args)`` without Qt Designer's plugins. QUiLoader loads every plugin in its
    constructor; the ones shipped with PySide6 (QWebEngineView, QQuickWidget, PySide's Python
    widgets) are never used by our forms (standard widgets; custom ones are registered with
    ``registerCustomWidget``), so the library paths are empty while it is built and put back
    at once: saves start-up time (about as much CPU as building the main window)."""
    saved = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return cls(*args)
    finally:
        QCoreApplication.setLibraryPaths(saved)


class _IntoLoader(QUiLoader):
    """A loader that returns ``base`` for the top-level widget instead of creating one."""

    def __init__(self, base: QWidget | None) -> None:
        super().__init__(base)
        self._base = base

    def createWidget(self, class_name: str, parent: QWidget | None = None,  # noqa: N802
                     name: str = "") -> QWidget:
        if parent is None and self._base is not None:
            base, self._base = self._base, None  # only the first (top-level) widget
            return base
        return super().createWidget(class_name, parent, name)


def _load(path: Path, loader: QUiLoader, parent: QWidget | None,
          custom: Iterable[type[QWidget]] = ()) -> QWidget:
    for cls in custom:
        loader.registerCustomWidget(cls)
    loader.setWorkingDirectory(QDir(str(path.parent)))
    loader.setLanguageChangeEnabled(True)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Cannot open UI file {path}: {file.errorString()}")
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"Cannot load UI file {path}: {loader.errorString()}")
    return widget


def load_ui(relpath: str, parent: QWidget | None = None, *,
            custom: Iterable[type[QWidget]] = ()) -> QWidget:
    """Build a new widget from ``ui/<relpath>``; ``parent`` becomes its Qt parent.

    Named children are attributes of the result (``form.saveButton``). ``custom`` lists the
    classes of promoted widgets used in the form (Designer "Promote to…", same class name).
    """
    return _load(ui_path(relpath), _new_loader(QUiLoader), parent, custom)


def load_ui_into(relpath: str, base: QWidget, *, custom: Iterable[type[QWidget]] = ()) -> QWidget:
    """Build ``ui/<relpath>`` into ``base`` (whose class must match the form's top widget)."""
    widget = _load(ui_path(relpath), _new_loader(_IntoLoader, base), None, custom)
    assert widget is base
    return base


def child(root: QWidget, kind: type[T], name: str) -> T:
    """``root.findChild(kind, name)`` that raises :class:`LookupError` instead of returning None."""
    found = root.findChild(kind, name)
    if found is None:
        raise LookupError(f"{type(root).__name__}: no {kind.__name__} named {name!r} in the form")
    return found
