"""The contributions ledger as a paged table model.

Only pages of :data:`PAGE_SIZE` rows around what the view asks for are read (SQL ``LIMIT`` /
``OFFSET`` through ``store.ledger_queries``) and at most :data:`MAX_PAGES` are kept (least
recently used first out), so 100,000 rows scroll without ever being all in memory. ``rowCount``
comes from a ``count(*)`` of the current filter. Sorting is done by SQL (:meth:`sort`); there is
no proxy model in front (a proxy would read every row).
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from ntm_desktop.core.model import CONTRIBUTION_KINDS
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.i18n import tr_core
from ntm_desktop.gui.models.roles import ID_ROLE, Index
from ntm_desktop.gui.widgets.field_validation import fmt_date
from ntm_desktop.store.ledger_queries import (
    LEDGER_COLUMNS,
    LedgerFilter,
    ledger_count,
    ledger_page,
)

PAGE_SIZE = 500
MAX_PAGES = 4
_POS = {name: i for i, name in enumerate(LEDGER_COLUMNS)}

# (row field, sort key or None)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("date", "date"), ("contributor", "contributor"), ("village", "village"), ("kind", "kind"),
    ("quantity", "quantity"), ("unit", "unit"), ("rate", "rate"), ("value_vnd", "value"),
    ("project", "project"), ("receipt_no", "receipt"),
)
NUMERIC = {"quantity", "rate", "value_vnd"}


def _headers() -> list[str]:
    return [QCoreApplication.translate("LedgerModel", "Ngày"), QCoreApplication.translate("LedgerModel", "Người/đơn vị đóng góp"), QCoreApplication.translate("LedgerModel", "Thôn"), QCoreApplication.translate("LedgerModel", "Hình thức"),
            QCoreApplication.translate("LedgerModel", "Số lượng"), QCoreApplication.translate("LedgerModel", "Đơn vị"), QCoreApplication.translate("LedgerModel", "Đơn giá quy đổi"),
            QCoreApplication.translate("LedgerModel", "Giá trị quy đổi (đồng)"), QCoreApplication.translate("LedgerModel", "Dự án"), QCoreApplication.translate("LedgerModel", "Số biên nhận")]


class LedgerModel(QAbstractTableModel):
    """Rows of ``contribution`` for a :class:`LedgerFilter`, read a page at a time."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.conn: sqlite3.Connection | None = None
        self.filter = LedgerFilter()
        self.sort_key = "date"
        self.descending = True
        self.pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self.page_reads = 0  # number of page queries run (for tests and diagnostics)
        self._count = 0
        self._headers = _headers()

    # ------------------------------------------------------------------ content
    def set_connection(self, conn: sqlite3.Connection | None) -> None:
        self.conn = conn
        self.reload()

    def set_filter(self, filt: LedgerFilter) -> None:
        self.filter = filt
        self.reload()

    def reload(self) -> None:
        """Count again and forget every cached page (after a filter change or an edit)."""
        self.beginResetModel()
        self.pages.clear()
        self._headers = _headers()
        self._count = ledger_count(self.conn, self.filter) if self.conn is not None else 0
        self.endResetModel()

    def _page(self, number: int) -> list[tuple]:
        page = self.pages.get(number)
        if page is not None:
            self.pages.move_to_end(number)
            return page
        if self.conn is None:
            return []
        page = ledger_page(self.conn, self.filter, sort=self.sort_key, descending=self.descending,
                           limit=PAGE_SIZE, offset=number * PAGE_SIZE)
        self.page_reads += 1
        self.pages[number] = page
        while len(self.pages) > MAX_PAGES:
            self.pages.popitem(last=False)
        return page

    def record(self, row: int) -> dict[str, Any] | None:
        """The row as a dict (keys of :data:`LEDGER_COLUMNS`), or None when out of range."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        if offset >= len(page):
            return None
        return dict(zip(LEDGER_COLUMNS, page[offset], strict=True))

    def row_of(self, record_id: str, *, limit: int = 5000) -> int:
        """The row showing ``record_id`` in the current order (-1 if not among the first
        ``limit`` rows); reads pages as needed."""
        for number in range(min(self._count, limit) // PAGE_SIZE + 1):
            for offset, values in enumerate(self._page(number)):
                if values and values[0] == record_id:
                    return number * PAGE_SIZE + offset
        return -1

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                       | Qt.TextFlag.TextWordWrap)  # long headers wrap
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, ID_ROLE):
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if key in NUMERIC else None)
        rec = self.record(index.row())
        if rec is None:
            return None
        if role == ID_ROLE:
            return rec["id"]
        if role == Qt.ItemDataRole.ToolTipRole:
            return rec["note"] or None
        v = rec[key]
        if v is None:
            return ""
        if key == "date":
            return fmt_date(v)
        if key == "kind":
            return tr_core("model", CONTRIBUTION_KINDS[v]) if v in CONTRIBUTION_KINDS else v
        if key == "quantity":
            return nf.number(v, 2, trim=True)
        if key == "rate":
            return nf.number(v, 2, trim=True)
        if key == "value_vnd":
            return nf.dong(v)  # one entry, in đồng
        return str(v)

    def sort(self, column: int,  # noqa: D401 - Qt API
             order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by date, contributor, value … (the row count does not change)."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        self.sort_key = COLUMNS[column][1] or "date"
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self.pages.clear()
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
