"""Build the Qt Designer forms, compiled ahead of time (never at import time).

``load_ui("dialogs/infra_item.ui", parent)`` returns a new widget built from that form;
``load_ui_into("main_window.ui", self)`` builds the form *into* an existing instance (its
top-level properties, children, menus and actions), which lets a ``QMainWindow`` subclass own its
designer layout. Named children are attributes of the result (``form.saveButton``), as with
``QUiLoader``.

The ``.ui`` files under ``ui/`` are the source; ``python -m ntm_desktop.devtools.forms`` compiles
each with ``pyside6-uic`` into ``gui/forms/<folder>_<name>.py`` (a test fails when one is stale).
Building from compiled code parses no XML at run time and never loads ``QUiLoader``, whose first
use builds the Python class of every Qt widget type (start-up cost, docs/decisions.md).

The ``<class>`` of each ``.ui`` file is its translation context: the strings are translated with
``QCoreApplication.translate(<class>, text)`` while building, and again on
``QEvent.LanguageChange``.

Raises :class:`FileNotFoundError` for a form that does not exist.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any, TypeVar

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from ntm_desktop.paths import asset_dir

T = TypeVar("T")


def ui_dir() -> Path:
    """Folder holding the ``.ui`` files (the forms' sources)."""
    return asset_dir() / "ui"


def form_module_name(relpath: str) -> str:
    """``pages/overview.ui`` → ``ntm_desktop.gui.forms.pages_overview``."""
    return "ntm_desktop.gui.forms." + relpath.removesuffix(".ui").replace("/", "_")


def _form(relpath: str) -> Any:
    try:
        return importlib.import_module(form_module_name(relpath))
    except ModuleNotFoundError as exc:
        if exc.name != form_module_name(relpath):
            raise
        raise FileNotFoundError(f"UI form not found: {relpath}") from exc


class _Retranslator(QObject):
    """Sets the form's translatable texts again when the application's language changes."""

    def __init__(self, ui: Any, widget: QWidget) -> None:
        super().__init__(widget)
        self._ui = ui

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(watched)
        return False


def _build(module: Any, widget: QWidget) -> QWidget:
    ui = module.FORM()
    ui.setupUi(widget)
    for name, value in vars(ui).items():  # named children as attributes, as QUiLoader did
        setattr(widget, name, value)
    widget.installEventFilter(_Retranslator(ui, widget))
    return widget


def load_ui(relpath: str, parent: QWidget | None = None) -> QWidget:
    """Build a new widget (the form's top-level class) from ``ui/<relpath>``; ``parent`` becomes
    its Qt parent."""
    module = _form(relpath)
    return _build(module, getattr(QtWidgets, module.BASE)(parent))


def load_ui_into(relpath: str, base: QWidget) -> QWidget:
    """Build ``ui/<relpath>`` into ``base`` (whose class must match the form's top widget)."""
    module = _form(relpath)
    if not isinstance(base, getattr(QtWidgets, module.BASE)):
        raise TypeError(f"{relpath} is a {module.BASE}, not a {type(base).__name__}")
    return _build(module, base)


def child(root: QWidget, kind: type[T], name: str) -> T:
    """``root.findChild(kind, name)`` that raises :class:`LookupError` instead of returning None."""
    found = root.findChild(kind, name)
    if found is None:
        raise LookupError(f"{type(root).__name__}: no {kind.__name__} named {name!r} in the form")
    return found
