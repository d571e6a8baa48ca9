"""Table model of investment projects (rows from ``store.projects.list_projects``): total
investment, funding mobilised against it, settlement, outstanding debt (highlighted), dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ntm_desktop.core.model import FUNDING_SOURCES, PROJECT_STATES, SETTLEMENT_STATUSES
from ntm_desktop.core.text import vi_sort_key
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.i18n import tr_core
from ntm_desktop.gui.models.roles import ID_ROLE, SORT_ROLE, Index
from ntm_desktop.gui.widgets.field_validation import fmt_date
from ntm_desktop.store.ledger_queries import PROJECT_FIELDS

DEBT_BG = QColor("#fde7e4")
DEBT_FG = QColor("#8c1d18")

COLUMNS = ("name", "field", "total_investment", "funding_total", "funding_share", "state", "settlement", "outstanding_debt", "start_date", "finish_date", "items")
NUMERIC = {"total_investment", "funding_total", "funding_share", "outstanding_debt", "items"}


def _headers() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("ProjectsTableModel", "Tên dự án"), "field": QCoreApplication.translate("ProjectsTableModel", "Lĩnh vực"),
        "total_investment": QCoreApplication.translate("ProjectsTableModel", "Tổng mức đầu tư\n(triệu đồng)"),
        "funding_total": QCoreApplication.translate("ProjectsTableModel", "Vốn đã huy động\n(triệu đồng)"),
        "funding_share": QCoreApplication.translate("ProjectsTableModel", "So với\ntổng mức"),
        "state": QCoreApplication.translate("ProjectsTableModel", "Tình trạng"), "settlement": QCoreApplication.translate("ProjectsTableModel", "Quyết toán"),
        "outstanding_debt": QCoreApplication.translate("ProjectsTableModel", "Nợ đọng XDCB\n(triệu đồng)"),
        "start_date": QCoreApplication.translate("ProjectsTableModel", "Khởi công"), "finish_date": QCoreApplication.translate("ProjectsTableModel", "Hoàn thành"),
        "items": QCoreApplication.translate("ProjectsTableModel", "Công trình"),
    }


def million_text(vnd: int | float | None) -> str:
    """A project's money in the table: whole triệu đồng, as the dossier's annex prints it."""
    return "" if vnd is None else nf.trieu(vnd)


def field_label(code: str | None) -> str:
    if not code:
        return ""
    return tr_core("model", PROJECT_FIELDS[code]) if code in PROJECT_FIELDS else code


class ProjectsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.projects: list[dict[str, Any]] = []
        self.headers = _headers()

    def set_projects(self, projects: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.projects = projects
        self.headers = _headers()
        self.endResetModel()

    def project(self, row: int) -> dict[str, Any]:
        return self.projects[row]

    def row_of(self, project_id: str) -> int:
        return next((i for i, p in enumerate(self.projects) if p["id"] == project_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.projects)

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

    @staticmethod
    def _share(p: dict[str, Any]) -> float | None:
        total = p.get("total_investment") or 0
        return round(p["funding_total"] * 100 / total, 2) if total else None

    def _display(self, p: dict[str, Any], key: str) -> str:
        if key in ("total_investment", "funding_total", "outstanding_debt"):
            return million_text(p.get(key))
        if key == "funding_share":
            return nf.percent(self._share(p)) if p.get("total_investment") else ""
        if key == "field":
            return field_label(p.get("field"))
        if key == "state":
            v = p.get("state")
            return tr_core("model", PROJECT_STATES[v]) if v in PROJECT_STATES else ""
        if key == "settlement":
            v = p.get("settlement")
            return tr_core("model", SETTLEMENT_STATUSES[v]) if v in SETTLEMENT_STATUSES else ""
        if key in ("start_date", "finish_date"):
            return fmt_date(p.get(key))
        if key == "items":
            return str(len(p["items"])) if p["items"] else ""
        return str(p.get(key) or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.projects)) or not (
                0 <= index.column() < len(COLUMNS)):
            return None
        p, key = self.projects[index.row()], COLUMNS[index.column()]
        debt = (p.get("outstanding_debt") or 0) > 0
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(p, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "funding_total":
                return "\n".join(f"{tr_core('model', FUNDING_SOURCES[s])}: "
                                 f"{million_text(a)}" for s, a in p["funding"].items())
            if key == "outstanding_debt" and debt:
                return QCoreApplication.translate("ProjectsTableModel",
                                                  "Dự án còn nợ đọng xây dựng cơ bản")
            return self._display(p, key) if key == "name" else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if debt and key == "outstanding_debt":
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(DEBT_BG)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(DEBT_FG)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == SORT_ROLE:
            if key in NUMERIC:
                v = (self._share(p) if key == "funding_share" else
                     len(p["items"]) if key == "items" else p.get(key))
                return float(v) if v is not None else -1.0
            if key in ("start_date", "finish_date"):
                return p.get(key) or ""
            return vi_sort_key(self._display(p, key))
        if role == ID_ROLE:
            return p["id"]
        return None
