"""Packages sent and received by the commune (newest first), over
:func:`ntm_desktop.store.package_log.package_history`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.gui.i18n import fill
from ntm_desktop.gui.models.roles import Index
from ntm_desktop.services.packages import KIND_LABELS

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
CTX = "PackagesTableModel"

STATUS_LABELS = {
    "sent": _N(CTX, "Đã gửi"),
    "applied": _N(CTX, "Đã nhập"),
    "duplicate": _N(CTX, "Đã có, bỏ qua"),
    "verified": _N(CTX, "Hợp lệ"),
    "rejected": _N(CTX, "Bị từ chối"),
    "set_aside": _N(CTX, "Để riêng: khóa chưa đăng ký"),
    "failed": _N(CTX, "Lỗi"),
}
BAD = ("rejected", "set_aside", "failed")


class PackagesTableModel(QAbstractTableModel):
    """Columns: time, direction, kind, number, status, file, details."""

    COL_TIME, COL_DIRECTION, COL_KIND, COL_SEQ, COL_STATUS, COL_FILE, COL_NOTE = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._headers = [self.tr("Thời gian"), self.tr("Chiều"), self.tr("Loại gói"),
                         self.tr("Số"), self.tr("Kết quả"), self.tr("Tệp"), self.tr("Chi tiết")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_data(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.EditRole:  # sort keys
            if col == self.COL_TIME:
                return r.get("at") or ""
            if col == self.COL_SEQ:
                return int(r.get("seq") or 0)
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_FILE:
                return r.get("path") or r.get("file") or ""
            if col == self.COL_NOTE:
                return self._display(r, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS:
            return QBrush(QColor("#b71c1c") if r.get("status") in BAD else QColor("#1b5e20"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: dict[str, Any], col: int) -> str:
        if col == self.COL_TIME:
            return self._time(r.get("at"))
        if col == self.COL_DIRECTION:
            return self.tr("Gửi đi") if r.get("direction") == "out" else self.tr("Nhận về")
        if col == self.COL_KIND:
            label = KIND_LABELS.get(r.get("kind") or "")
            return self.tr(label) if label else (r.get("kind") or "—")
        if col == self.COL_SEQ:
            return str(r["seq"]) if r.get("seq") is not None else "—"
        if col == self.COL_STATUS:
            label = STATUS_LABELS.get(r.get("status") or "")
            return self.tr(label) if label else (r.get("status") or "")
        if col == self.COL_FILE:
            return r.get("file") or ""
        if col == self.COL_NOTE:
            if r.get("status") in BAD:
                return f"{r.get('message') or ''} [{r.get('code')}]"
            if r.get("direction") == "out":
                return fill(self.tr("%1 thay đổi; mã hồ sơ %2"), str(r.get("entries") or 0),
                            r.get("dossier_code") or "—")
            if r.get("sender"):
                return fill(self.tr("%1 thay đổi; từ %2"), str(r.get("entries") or 0), r["sender"])
            return r.get("message") or ""
        return ""

    @staticmethod
    def _time(text: str | None) -> str:
        if not text:
            return "—"
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        if QLocale().language() == QLocale.Language.Vietnamese:
            return moment.strftime("%d/%m/%Y %H:%M")
        return moment.strftime("%Y-%m-%d %H:%M")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
