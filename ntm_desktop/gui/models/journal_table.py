"""The change journal as a paged, read-only table, newest first.

Journals reach 100,000+ entries, so the model never loads them all: it counts the entries that
match the filter and reads blocks of :data:`BLOCK` rows on demand (a small cache of recent
blocks). Filtering happens in SQL (:class:`~ntm_desktop.services.history.JournalFilter`); the
order is fixed (newest first), so no sort proxy is used.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    Qt,
)

from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.models.roles import Index
from ntm_desktop.services import history as history_svc

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook

BLOCK = 200
CACHE_BLOCKS = 8
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1



def tr_q(text: str) -> str:
    """Translate a label of :mod:`ntm_desktop.services.history`."""
    return QCoreApplication.translate(history_svc.CTX, text)


def entity_label(entity: str) -> str:
    label = history_svc.ENTITY_LABELS.get(entity)
    return tr_q(label) if label else entity


def format_hlc(hlc: str) -> str:
    """Local date and time of an HLC: "05/03/2025 14:02:11" (Vietnamese) or ISO-like."""
    moment = history_svc.hlc_datetime(hlc)
    if moment is None:
        return hlc
    qdt = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    if QLocale().language() == QLocale.Language.Vietnamese:
        return qdt.toString("dd/MM/yyyy HH:mm:ss")
    return qdt.toString("yyyy-MM-dd HH:mm:ss")


class JournalTableModel(QAbstractTableModel):
    """Columns: time, author, data (entity), operation, record, entry number."""

    COL_TIME, COL_AUTHOR, COL_ENTITY, COL_OP, COL_RECORD, COL_SEQ = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._db: Any = None
        self.names = history_svc.Names(None)
        self._filter = history_svc.JournalFilter()
        self._seqs: list[int] | None = None  # the matches of a text search (found in the background)
        self._count = 0
        self._blocks: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self._headers = [self.tr("Thời gian"), self.tr("Người sửa"), self.tr("Dữ liệu"),
                         self.tr("Thao tác"), self.tr("Bản ghi"), self.tr("Số")]

    # ------------------------------------------------------------------ source
    def set_database(self, db: Any, workbook: Workbook | None = None) -> None:
        """``db``: a sqlite-utils Database (the workbook's), or None; ``workbook`` gives the
        names of the records rows refer to."""
        if db is not self._db and self._seqs is not None:
            self._seqs = []  # another workbook: its matches come with the next search
        self._db = db
        self.names = history_svc.Names(workbook)
        self.reload()

    def set_filter(self, flt: history_svc.JournalFilter) -> None:
        """A filter without search text: counted and paged here (cheap, indexed columns)."""
        self._filter = flt
        self._seqs = None
        self.reload()

    def set_matches(self, flt: history_svc.JournalFilter, seqs: list[int]) -> None:
        """The result of a text search (:func:`history_svc.find_entries`): the entries shown,
        newest first; pages are then read by entry number."""
        self._filter = flt
        self._seqs = list(seqs)
        self.reload()

    @staticmethod
    def searches(flt: history_svc.JournalFilter) -> bool:
        """Whether ``flt`` needs the background search (it has search text)."""
        return bool((flt.text or "").strip())

    @property
    def filter(self) -> history_svc.JournalFilter:
        return self._filter

    def reload(self) -> None:
        self.beginResetModel()
        if self._db is not None:
            self.names = history_svc.Names(self.names.workbook)  # names may have changed
        self._blocks.clear()
        if self._db is None:
            self._count = 0
        elif self._seqs is not None:
            self._count = len(self._seqs)
        else:
            self._count = history_svc.journal_count(self._db, self._filter)
        self.endResetModel()

    def entry(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < self._count or self._db is None:
            return None
        block = row // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            if self._seqs is not None:
                rows = history_svc.journal_entries(
                    self._db, self._seqs[block * BLOCK:(block + 1) * BLOCK])
            else:
                rows = history_svc.journal_page(self._db, self._filter, offset=block * BLOCK,
                                                limit=BLOCK)
            self._blocks[block] = rows
            while len(self._blocks) > CACHE_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        i = row - block * BLOCK
        return rows[i] if i < len(rows) else None

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entry(index.row())
        if e is None:
            return None
        col = index.column()
        if role == ENTRY_ROLE:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_RECORD:
            return self._display(e, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, e: dict[str, Any], col: int) -> str:
        if col == self.COL_TIME:
            return format_hlc(e["hlc"])
        if col == self.COL_AUTHOR:
            return e.get("author") or "—"
        if col == self.COL_ENTITY:
            return entity_label(e["entity"])
        if col == self.COL_OP:
            op = history_svc.OP_LABELS.get(e["op"])
            return tr_q(op) if op else e["op"]
        if col == self.COL_RECORD:
            row = e.get("row")
            if row is None and self._db is not None:  # deleted: name it as it was
                row = history_svc.row_before(self._db, e)
                name = history_svc.record_name(self.names, e["entity"], row, tr_core)
                return fill(self.tr("%1 (đã xóa)"), name) if name \
                    else self.tr("(đã xóa)")
            return history_svc.record_name(self.names, e["entity"], row, tr_core) \
                or entity_label(e["entity"])
        if col == self.COL_SEQ:
            return str(e["seq"])
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
