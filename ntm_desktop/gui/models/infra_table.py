"""Table model of infrastructure items: the typed columns of one kind (or common columns for all
kinds), with a filter proxy (village, condition, accent-insensitive text)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ntm_desktop.core.model import CONDITIONS, INFRA_KINDS, Attr
from ntm_desktop.core.text import fold, vi_sort_key
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.i18n import tr_core
from ntm_desktop.gui.models.roles import ID_ROLE, SORT_ROLE, Index


@dataclass(frozen=True)
class Column:
    key: str  # "name", "village", "kind", "year", "condition", "photos", "note" or "attrs.<key>"
    header: str
    attr: Attr | None = None

    @property
    def numeric(self) -> bool:
        return self.key in ("year", "photos") or bool(
            self.attr and self.attr.type in ("int", "float"))


def columns_for(kind: str | None) -> list[Column]:
    """The columns shown for ``kind`` (None = every kind)."""
    cols = [Column("name", QCoreApplication.translate("InfraTableModel", "Tên công trình"))]
    if kind is None:
        cols.append(Column("kind", QCoreApplication.translate("InfraTableModel", "Loại")))
    cols.append(Column("village", QCoreApplication.translate("InfraTableModel", "Thôn")))
    if kind is not None:
        for a in INFRA_KINDS[kind].attrs:
            label = tr_core("model", a.label)
            cols.append(Column(f"attrs.{a.key}", f"{label} ({a.unit})" if a.unit else label, a))
    cols += [Column("year", QCoreApplication.translate("InfraTableModel", "Năm")), Column("condition", QCoreApplication.translate("InfraTableModel", "Tình trạng")),
             Column("photos", QCoreApplication.translate("InfraTableModel", "Ảnh")), Column("note", QCoreApplication.translate("InfraTableModel", "Ghi chú"))]
    return cols


class InfraTableModel(QAbstractTableModel):
    """Rows are ``infra_item`` dicts (from ``store.infrastructure.list_items``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind: str | None = "road"
        self.columns = columns_for(self.kind)
        self.items: list[dict[str, Any]] = []
        self.villages: dict[str, str] = {}
        self.photos: dict[str, int] = {}
        self._folded: list[str] = []

    # ------------------------------------------------------------------ content
    def set_data(self, kind: str | None, items: list[dict[str, Any]], villages: dict[str, str],
                 photos: dict[str, int]) -> None:
        self.beginResetModel()
        self.kind = kind
        self.columns = columns_for(kind)
        self.items = items
        self.villages = villages
        self.photos = photos
        self._folded = [fold(" ".join(str(x) for x in (
            it.get("name") or "", it.get("note") or "", villages.get(it.get("village_id") or "", ""))))
            for it in items]
        self.endResetModel()

    def item(self, row: int) -> dict[str, Any]:
        return self.items[row]

    def folded(self, row: int) -> str:
        return self._folded[row]

    def row_of(self, item_id: str) -> int:
        for i, it in enumerate(self.items):
            if it["id"] == item_id:
                return i
        return -1

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                       | Qt.TextFlag.TextWordWrap)  # long headers wrap
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def _raw(self, it: dict[str, Any], col: Column) -> Any:
        if col.attr is not None:
            return (it.get("attrs") or {}).get(col.attr.key)
        if col.key == "village":
            return self.villages.get(it.get("village_id") or "", "")
        if col.key == "photos":
            return self.photos.get(it["id"], 0)
        return it.get(col.key)

    def _display(self, it: dict[str, Any], col: Column) -> str:
        v = self._raw(it, col)
        if col.key == "kind":
            return tr_core("model", INFRA_KINDS[v].label) if v in INFRA_KINDS else str(v or "")
        if col.key == "condition":
            return tr_core("model", CONDITIONS[v]) if v in CONDITIONS else ""
        if col.key == "photos":
            return str(v) if v else ""
        if col.key == "year":
            return str(v) if v else ""
        a = col.attr
        if a is None:
            return "" if v is None else str(v)
        if v is None or v == "":
            return ""
        if a.type == "bool":
            return "✓" if v else "✗"
        if a.type == "choice":
            return tr_core("model", a.choices[v]) if v in a.choices else str(v)
        if a.type == "float" and a.unit == "km":
            return nf.km(v)  # lengths as on paper: two decimals
        if a.type == "float":
            return nf.number(v, 2, trim=True)
        if a.type == "int":
            return nf.number(v)
        return str(v)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.items)) or not (
                0 <= index.column() < len(self.columns)):
            return None
        it, col = self.items[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(it, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.attr is not None and col.attr.type == "bool":
                v = self._raw(it, col)
                return QCoreApplication.translate("InfraTableModel", "Có") if v else (QCoreApplication.translate("InfraTableModel", "Không") if v is not None else "")
            return self._display(it, col) if col.key in ("name", "note") else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col.attr is not None and col.attr.type == "bool":
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == SORT_ROLE:
            v = self._raw(it, col)
            if col.numeric or (col.attr is not None and col.attr.type == "bool"):
                return float(v) if v is not None and v != "" else -1.0
            return vi_sort_key(self._display(it, col))  # "nhánh 76" before "nhánh 126"
        if role == ID_ROLE:
            return it["id"]
        return None


class InfraFilterProxy(QSortFilterProxyModel):
    """Filters by village id, condition code and folded text; sorts by :data:`SORT_ROLE`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.village_id: str | None = None
        self.condition: str | None = None
        self.search = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(self, *, village_id: str | None, condition: str | None, search: str) -> None:
        self.beginFilterChange()
        self.village_id, self.condition, self.search = village_id, condition, fold(search)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, InfraTableModel) or source_row >= len(model.items):
            return True
        it = model.item(source_row)
        if self.village_id and it.get("village_id") != self.village_id:
            return False
        if self.condition and it.get("condition") != self.condition:
            return False
        return not self.search or self.search in model.folded(source_row)
