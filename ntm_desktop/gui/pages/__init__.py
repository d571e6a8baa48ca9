"""The navigation pages, in order. Register a page by writing ``gui/pages/<name>.py`` with the
class named here and ``ui/pages/<name>.ui``; until the module exists a PlaceholderPage is shown.

Modules are imported lazily (:func:`page_class`), the first time a page is shown.
"""

from __future__ import annotations

import importlib
import logging

from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP
from ntm_desktop.gui.pages.base import Page, PageContext, PageEntry, PlaceholderPage

log = logging.getLogger(__name__)

__all__ = ["PAGE_CLASSES", "Page", "PageContext", "PageEntry", "PlaceholderPage", "page_class"]

PAGE_CLASSES: list[PageEntry] = [
    PageEntry("overview", "OverviewPage",
              QT_TRANSLATE_NOOP("Navigation", "Tổng quan"), "overview.svg",
              QT_TRANSLATE_NOOP("Navigation", "Tình hình đạt chuẩn của xã và các việc cần làm")),
    PageEntry("criteria", "CriteriaPage",
              QT_TRANSLATE_NOOP("Navigation", "Tiêu chí"), "criteria.svg",
              QT_TRANSLATE_NOOP("Navigation", "Tự đánh giá từng tiêu chí và chỉ tiêu")),
    PageEntry("infrastructure", "InfrastructurePage",
              QT_TRANSLATE_NOOP("Navigation", "Hạ tầng"), "infrastructure.svg",
              QT_TRANSLATE_NOOP("Navigation", "Đường, trường, trạm, chợ và các công trình khác")),
    PageEntry("projects", "ProjectsPage",
              QT_TRANSLATE_NOOP("Navigation", "Dự án & nguồn vốn"), "projects.svg",
              QT_TRANSLATE_NOOP("Navigation", "Dự án đầu tư, nguồn vốn và quyết toán")),
    PageEntry("contributions", "ContributionsPage",
              QT_TRANSLATE_NOOP("Navigation", "Đóng góp"), "contributions.svg",
              QT_TRANSLATE_NOOP("Navigation", "Đóng góp của người dân và tổ chức")),
    PageEntry("dossier", "DossierPage",
              QT_TRANSLATE_NOOP("Navigation", "Hồ sơ"), "dossier.svg",
              QT_TRANSLATE_NOOP("Navigation", "Lập hồ sơ, báo cáo và tài liệu đính kèm")),
    PageEntry("sync", "SyncPage",
              QT_TRANSLATE_NOOP("Navigation", "Đồng bộ"), "sync.svg",
              QT_TRANSLATE_NOOP("Navigation", "Trao đổi gói dữ liệu với cơ quan cấp trên")),
    PageEntry("history", "HistoryPage",
              QT_TRANSLATE_NOOP("Navigation", "Lịch sử"), "history.svg",
              QT_TRANSLATE_NOOP("Navigation", "Nhật ký mọi thay đổi của sổ dữ liệu")),
]


def page_class(entry: PageEntry) -> type[Page]:
    """Import ``ntm_desktop.gui.pages.<name>`` and return its class, or PlaceholderPage if the
    module does not exist yet. Errors inside an existing module propagate."""
    module_name = f"{__name__}.{entry.name}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        log.debug("page %s not written yet; showing a placeholder", entry.name)
        return PlaceholderPage
    cls = getattr(module, entry.class_name)
    if not (isinstance(cls, type) and issubclass(cls, Page)):
        raise TypeError(f"{module_name}.{entry.class_name} is not a Page subclass")
    return cls
