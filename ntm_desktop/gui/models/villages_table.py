"""Table model of the commune's villages (thôn, bản): name, households, population, order.

Cells are edited in place; :meth:`VillagesTableModel.check` says what is wrong with a typed text
(used by the editor as the user types) and :meth:`setData` saves through the ``save`` callback
(a store service wrapped in ``run_undoable`` by the dialog). A store refusal is reported with
``edit_failed(row, column, message)`` and the cell keeps its value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.text import fold, vi_sort_key
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.i18n import fill
from ntm_desktop.gui.models.roles import ID_ROLE, SORT_ROLE, Index
from ntm_desktop.gui.widgets.field_validation import parse_number

COLUMNS = ("name", "households", "population", "ordering")
NUMERIC = {"households", "population", "ordering"}


def _headers() -> dict[str, str]:
    return {"name": QCoreApplication.translate("VillagesTableModel", "Tên thôn, bản"),
            "households": QCoreApplication.translate("VillagesTableModel", "Số hộ"),
            "population": QCoreApplication.translate("VillagesTableModel", "Số nhân khẩu"),
            "ordering": QCoreApplication.translate("VillagesTableModel", "Thứ tự")}


def parse_whole(text: str) -> int | None:
    """"1.264" → 1264, "" → None; raises ValueError when not a whole number."""
    v = parse_number(text)
    if v is None:
        return None
    if v != int(v):
        raise ValueError(text)
    return int(v)


class VillagesTableModel(QAbstractTableModel):
    edit_failed = Signal(int, int, str)

    def __init__(self, save: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.villages: list[dict[str, Any]] = []
        self.headers = _headers()
        self.save = save

    def set_villages(self, villages: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.villages = [dict(v) for v in villages]
        self.headers = _headers()
        self.endResetModel()

    def village(self, row: int) -> dict[str, Any]:
        return self.villages[row]

    def row_of(self, village_id: str) -> int:
        return next((i for i, v in enumerate(self.villages) if v["id"] == village_id), -1)

    # ------------------------------------------------------------------ checks
    def check(self, column: int, text: str, row: int = -1) -> str | None:
        """What is wrong with ``text`` typed in ``column`` of ``row`` (-1: a new village)."""
        key = COLUMNS[column]
        label = self.headers[key]
        if key == "name":
            name = text.strip()
            if not name:
                return QCoreApplication.translate("VillagesTableModel", "Hãy nhập tên thôn, bản.")
            if len(name) > 200:
                return QCoreApplication.translate("VillagesTableModel",
                                                  "Tên thôn, bản dài quá 200 ký tự.")
            own = self.villages[row]["id"] if 0 <= row < len(self.villages) else None
            if any(fold(v["name"]) == fold(name) and v["id"] != own for v in self.villages):
                return fill(QCoreApplication.translate(
                    "VillagesTableModel", "Đã có thôn “%1”."), name)
            return None
        try:
            value = parse_whole(text)
        except ValueError:
            return fill(QCoreApplication.translate(
                "VillagesTableModel", "“%1” phải là số nguyên."), label)
        if value is not None and value < 0 and key != "ordering":
            return fill(QCoreApplication.translate(
                "VillagesTableModel", "“%1” không được là số âm."), label)
        return None

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.villages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(COLUMNS)):
            return None
        key = COLUMNS[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.headers[key]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                       | Qt.TextFlag.TextWordWrap)  # long headers wrap
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.save is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.villages)) or not (
                0 <= index.column() < len(COLUMNS)):
            return None
        v, key = self.villages[index.row()], COLUMNS[index.column()]
        value = v.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name":
                return str(value or "")
            return "" if value is None else nf.number(value)
        if role == Qt.ItemDataRole.EditRole:
            return str(value or "") if key == "name" else ("" if value is None else str(value))
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.save is None:
                return None
            return QCoreApplication.translate("VillagesTableModel", "Bấm đúp hoặc nhấn F2 để sửa")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            if key in NUMERIC:
                return float(value) if value is not None else -1.0
            return vi_sort_key(str(value or ""))
        if role == ID_ROLE:
            return v["id"]
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or self.save is None or not index.isValid()
                or not (0 <= index.row() < len(self.villages))):
            return False
        row, col = index.row(), index.column()
        key = COLUMNS[col]
        text = "" if value is None else str(value)
        message = self.check(col, text, row)
        if message:
            self.edit_failed.emit(row, col, message)
            return False
        new = text.strip() if key == "name" else parse_whole(text)
        village = self.villages[row]
        if village.get(key) == new:
            return True
        try:
            saved = self.save({"id": village["id"], key: new})
        except NtmError as exc:
            self.edit_failed.emit(row, col, user_message(exc))
            return False
        self.villages[row] = dict(saved)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return True
