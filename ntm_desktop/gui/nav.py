"""One entry of a window's navigation list: what the list and the View menu show (title, icon,
status tip) and how to get the page class.

Both windows (the commune's :mod:`ntm_desktop.gui.main_window` and the appraiser's
:mod:`ntm_desktop.gui.hub.hub_window`) list their pages as ``NavEntry`` values in order. The page
module is imported the first time its page is shown, not at start-up: ``load`` is a small
function with a plain ``from … import …`` (so IDEs, linters and PyInstaller see it), never a
class-name string handed to importlib.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from ntm_desktop.paths import resource


class NavEntry(NamedTuple):
    """``name``: settings key and object names; ``title``/``tip``: Vietnamese source texts in
    the translation ``context``; ``icon``: a file in ``resources/icons/`` (empty: none);
    ``load``: returns the page class (importing its module)."""

    name: str
    title: str
    load: Callable[[], type]
    icon: str = ""
    tip: str = ""
    context: str = "Navigation"

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.context, self.title)

    def translated_tip(self) -> str:
        return QCoreApplication.translate(self.context, self.tip) if self.tip else ""

    def qicon(self) -> QIcon:
        return QIcon(str(resource("icons", self.icon))) if self.icon else QIcon()


_LEVEL_ICONS: dict[str, QIcon] = {}


def level_icon(level: str) -> QIcon:
    """The icon of a message level, ``"error"``, ``"warning"`` or anything else (information):
    drawn for the app (resources/icons/level-*.svg) rather than taken from the widget style,
    whose Python class costs start-up time the overview would pay for three icons."""
    name = level if level in ("error", "warning") else "info"
    if name not in _LEVEL_ICONS:
        _LEVEL_ICONS[name] = QIcon(str(resource("icons", f"level-{name}.svg")))
    return _LEVEL_ICONS[name]


def index_of(entries: list[NavEntry], name: str) -> int:
    """The position of the entry called ``name`` (ValueError if none)."""
    return [e.name for e in entries].index(name)


def page_host(parent: QWidget, entry: NavEntry) -> QScrollArea:
    """Where a window puts the page of ``entry``: a frameless scroll area, so a page that wants
    more room than a small screen gives (a 1366×768 laptop at 150 %) scrolls instead of pushing
    the window off the screen. The page goes in with ``setWidget`` when it is first shown."""
    host = QScrollArea(parent)
    host.setObjectName(f"host_{entry.name}")
    host.setWidgetResizable(True)
    host.setFrameShape(QFrame.Shape.NoFrame)
    return host
