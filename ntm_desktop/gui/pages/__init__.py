"""The commune window's navigation, in order. Each page is ``gui/pages/<name>.py`` with its form
``ui/pages/<name>.ui``; its entry here gives the navigation title, icon and status tip. A page
module is imported, and its page built, the first time the page is shown (start-up imports only
the page on screen).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP
from ntm_desktop.gui.nav import NavEntry, index_of
from ntm_desktop.gui.pages.base import Page, PageContext, PlaceholderPage

__all__ = ["PAGES", "NavEntry", "Page", "PageContext", "PlaceholderPage", "navigate",
           "page_index"]

# Each loader imports its page module on first visit (start-up time).


def _overview() -> type[Page]:
    from ntm_desktop.gui.pages.overview import OverviewPage  # first visit (start-up time)
    return OverviewPage


def _criteria() -> type[Page]:
    from ntm_desktop.gui.pages.criteria import CriteriaPage  # first visit (start-up time)
    return CriteriaPage


def _infrastructure() -> type[Page]:
    from ntm_desktop.gui.pages.infrastructure import InfrastructurePage  # first visit
    return InfrastructurePage


def _projects() -> type[Page]:
    from ntm_desktop.gui.pages.projects import ProjectsPage  # first visit (start-up time)
    return ProjectsPage


def _contributions() -> type[Page]:
    from ntm_desktop.gui.pages.contributions import ContributionsPage  # first visit
    return ContributionsPage


def _dossier() -> type[Page]:
    from ntm_desktop.gui.pages.dossier import DossierPage  # first visit (start-up time)
    return DossierPage


def _sync() -> type[Page]:
    from ntm_desktop.gui.pages.sync import SyncPage  # first visit (start-up time)
    return SyncPage


def _history() -> type[Page]:
    from ntm_desktop.gui.pages.history import HistoryPage  # first visit (start-up time)
    return HistoryPage


PAGES: list[NavEntry] = [
    NavEntry("overview", QT_TRANSLATE_NOOP("Navigation", "Tổng quan"), _overview,
             "overview.svg", QT_TRANSLATE_NOOP(
                 "Navigation", "Tình hình đạt chuẩn của xã và các việc cần làm")),
    NavEntry("criteria", QT_TRANSLATE_NOOP("Navigation", "Tiêu chí"), _criteria,
             "criteria.svg", QT_TRANSLATE_NOOP(
                 "Navigation", "Tự đánh giá từng tiêu chí và chỉ tiêu")),
    NavEntry("infrastructure", QT_TRANSLATE_NOOP("Navigation", "Hạ tầng"), _infrastructure,
             "infrastructure.svg", QT_TRANSLATE_NOOP(
                 "Navigation", "Đường, trường, trạm, chợ và các công trình khác")),
    NavEntry("projects", QT_TRANSLATE_NOOP("Navigation", "Dự án & nguồn vốn"), _projects,
             "projects.svg", QT_TRANSLATE_NOOP(
                 "Navigation", "Dự án đầu tư, nguồn vốn và quyết toán")),
    NavEntry("contributions", QT_TRANSLATE_NOOP("Navigation", "Đóng góp"), _contributions,
             "contributions.svg", QT_TRANSLATE_NOOP(
                 "Navigation", "Đóng góp của người dân và tổ chức")),
    NavEntry("dossier", QT_TRANSLATE_NOOP("Navigation", "Hồ sơ"), _dossier,
             "dossier.svg", QT_TRANSLATE_NOOP(
                 "Navigation", "Lập hồ sơ, báo cáo và tài liệu đính kèm")),
    NavEntry("sync", QT_TRANSLATE_NOOP("Navigation", "Đồng bộ"), _sync,
             "sync.svg", QT_TRANSLATE_NOOP(
                 "Navigation", "Trao đổi gói dữ liệu với cơ quan cấp trên")),
    NavEntry("history", QT_TRANSLATE_NOOP("Navigation", "Lịch sử"), _history,
             "history.svg", QT_TRANSLATE_NOOP(
                 "Navigation", "Nhật ký mọi thay đổi của sổ dữ liệu")),
]


def page_index(name: str) -> int:
    """The position of the page called ``name`` in the navigation (ValueError if none)."""
    return index_of(PAGES, name)


def navigate(widget: QWidget, page_name: str) -> Any:
    """Show the page called ``page_name`` in ``widget``'s main window; returns the page, or None
    (no such page, or not inside a main window)."""
    window = widget.window()
    if page_name not in [entry.name for entry in PAGES] or not hasattr(window, "show_page"):
        return None
    index = page_index(page_name)
    window.show_page(index)
    return window.page(index)
