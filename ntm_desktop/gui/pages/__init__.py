"""The navigation pages, in order: a plain list of :class:`Page` classes. Each page is
``gui/pages/<name>.py`` with its form ``ui/pages/<name>.ui``; the class attributes give its
navigation title, icon and status tip. The main window builds a page the first time it is shown.
"""

from __future__ import annotations

from ntm_desktop.gui.pages.base import Page, PageContext, PlaceholderPage
from ntm_desktop.gui.pages.contributions import ContributionsPage
from ntm_desktop.gui.pages.criteria import CriteriaPage
from ntm_desktop.gui.pages.dossier import DossierPage
from ntm_desktop.gui.pages.history import HistoryPage
from ntm_desktop.gui.pages.infrastructure import InfrastructurePage
from ntm_desktop.gui.pages.overview import OverviewPage
from ntm_desktop.gui.pages.projects import ProjectsPage
from ntm_desktop.gui.pages.sync import SyncPage

__all__ = ["PAGE_CLASSES", "Page", "PageContext", "PlaceholderPage", "page_index"]

PAGE_CLASSES: list[type[Page]] = [
    OverviewPage, CriteriaPage, InfrastructurePage, ProjectsPage, ContributionsPage,
    DossierPage, SyncPage, HistoryPage,
]


def page_index(name: str) -> int:
    """The position of the page called ``name`` in the navigation (ValueError if none)."""
    return [cls.name for cls in PAGE_CLASSES].index(name)
