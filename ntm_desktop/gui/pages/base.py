"""Base class of the pages behind the navigation list.

A page is a controller ``gui/pages/<name>.py`` with a form ``ui/pages/<name>.ui`` whose
``<class>`` equals the controller's class name (the translation context)::

    class OverviewPage(Page):                       # form: ui/pages/overview.ui
        def __init__(self, ctx: PageContext, parent: QWidget | None = None):
            super().__init__(ctx, parent)
            self.form.refreshButton.clicked.connect(self._on_refresh_clicked)

        def refresh(self, changes: list) -> None:   # data changed (journal entries)
            ...

        def activate(self) -> None:                 # the page is shown
            ...

The navigation (``gui/pages/__init__.py``) gives each page its name (settings key), title, icon
and status tip, and imports the page's module when the main window first shows the page. ``refresh(changes)`` is called at once
for the visible page and, for hidden pages, with the accumulated changes just before their next
``activate()``. ``ctx`` carries the shared services (workbook, hub, tasks, errors, undo stack).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ntm_desktop.gui.errors import ErrorPresenter
from ntm_desktop.gui.nav import NavEntry
from ntm_desktop.gui.signals import SignalHub
from ntm_desktop.gui.tasks import TaskRunner
from ntm_desktop.gui.ui_loader import load_ui
from ntm_desktop.paths import AppPaths, resource

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook


class PageContext:
    """Services shared by all pages of one main window. ``workbook`` is None when none is open
    (the main window sets it when a workbook is opened)."""

    def __init__(self, *, paths: AppPaths, hub: SignalHub, tasks: TaskRunner,
                 errors: ErrorPresenter, undo_stack: QUndoStack, settings: QSettings,
                 workbook: Workbook | None = None) -> None:
        self.paths = paths
        self.hub = hub
        self.tasks = tasks
        self.errors = errors
        self.undo_stack = undo_stack
        self.settings = settings
        self.workbook = workbook


class Page(QWidget):
    """A navigation page: loads ``ui/pages/<ui_name>.ui`` (default: the module's name) into
    ``self.form``."""

    ui_name: ClassVar[str | None] = None

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(type(self).__name__)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form: QWidget = load_ui(f"pages/{self.form_name()}.ui", self)
        layout.addWidget(self.form)

    @classmethod
    def form_name(cls) -> str:
        return cls.ui_name or cls.__module__.rsplit(".", 1)[-1]

    @property
    def workbook(self) -> Workbook | None:
        return self.ctx.workbook

    def refresh(self, changes: list[Any]) -> None:
        """Data changed (``changes`` are journal entries; empty = reload everything)."""

    def activate(self) -> None:
        """The page has just been shown."""


class PlaceholderPage(Page):
    """Shown instead of a page that could not be built (the error is shown and logged): its
    title and a friendly "Đang xây dựng" message."""

    ui_name = "placeholder"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None, *,
                 entry: NavEntry | None = None) -> None:
        super().__init__(ctx, parent)
        self.entry = entry
        title = self.form.findChild(QLabel, "titleLabel")
        title.setText(entry.translated_title() if entry else "")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        headline = self.form.findChild(QLabel, "headlineLabel")
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        headline.setFont(font)
        icon_label = self.form.findChild(QLabel, "iconLabel")
        icon_label.setPixmap(QIcon(str(resource("icons", "construction.svg"))).pixmap(64, 64))
        icon_label.setAccessibleName(self.tr("Đang xây dựng"))
