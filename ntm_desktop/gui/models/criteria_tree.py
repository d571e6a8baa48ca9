"""The criteria tree: groups → criteria → indicators of one evaluation (read-only model).

Columns: name (code and text), threshold, value, status, status source. Unverified thresholds
carry a warning icon and a tooltip quoting the legal source. :meth:`CriteriaTreeModel.
set_evaluation` updates the rows in place when the structure is unchanged (selection and
expansion survive), otherwise resets the model.

Display helpers (:func:`format_value`, :func:`format_threshold`) are shared with the editor; a
status's label and colours are in :mod:`ntm_desktop.gui.status`.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from ntm_desktop.core.evaluation import Evaluation, IndicatorResult
from ntm_desktop.core.model import STATUS_MET, STATUS_NA
from ntm_desktop.core.text import fold
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.i18n import fill
from ntm_desktop.gui.nav import level_icon
from ntm_desktop.gui.status import status_colors, status_label

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4

_ROOT = QModelIndex()
COL_NAME, COL_THRESHOLD, COL_VALUE, COL_STATUS, COL_SOURCE = range(5)
HEADERS = ("Tiêu chí / chỉ tiêu", "Mức đạt chuẩn", "Giá trị", "Trạng thái", "Nguồn")



def format_number(value: float | None, digits: int = 2) -> str:
    """An indicator's value or threshold: trailing zeros dropped ("85", "26,7"), in the
    interface's convention (:mod:`ntm_desktop.gui.numbers`)."""
    return nf.number(value, digits, trim=True)


def format_value(kind: str, value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    if kind == "boolean":
        return QCoreApplication.translate("CriteriaTreeModel", "Có") if value else QCoreApplication.translate("CriteriaTreeModel", "Không")
    text = format_number(value)
    if kind == "percent":
        return text + "%"
    return f"{text} {unit}".strip()


def format_threshold(r: IndicatorResult) -> str:
    if r.kind == "boolean":
        return QCoreApplication.translate("CriteriaTreeModel", "Đạt yêu cầu")
    if r.kind == "must_be_none":
        return QCoreApplication.translate("CriteriaTreeModel", "Không có (= 0)")
    if r.threshold is None:
        return QCoreApplication.translate("CriteriaTreeModel", "chưa có")
    sign = {">=": "≥", "<=": "≤", "=": "="}.get(r.comparator, r.comparator)
    return f"{sign} {format_value(r.kind, r.threshold.value, r.unit)}"


def source_label(r: IndicatorResult) -> str:
    """Where the status comes from: "Khai báo" (declared by the officer), "So với mức" (the
    entered value compared with the threshold) or "Từ sổ công trình" (the value itself
    computed from the infrastructure registry) — two different things, two different words."""
    if r.status_source == "declared":
        return QCoreApplication.translate("CriteriaTreeModel", "Khai báo")
    if r.status_source == "computed":
        if r.value_source == "derived":
            return QCoreApplication.translate("CriteriaTreeModel", "Từ sổ công trình")
        return QCoreApplication.translate("CriteriaTreeModel", "So với mức")
    return "—"


_URL = re.compile(r"\s*(?:—|-|;|,)?\s*(?:https?://|www\.)\S+")
_RESEARCH = re.compile(r"chưa kiểm chứng|tài liệu tham chiếu|dàn ý|\(danviet\)|nguồn:|"
                       r"văn bản gốc", re.IGNORECASE)


def legal_citation(text: str | None, fallback: str | None = None) -> str:
    """The legal citation of a catalog source for officers: no web addresses, and — when the
    text is a research note rather than a citation — the catalog's own legal source instead."""
    def clean(value: str | None) -> str:
        value = _URL.sub("", value or "").strip(" —;,")
        return re.split(r"\s+—\s+|;\s*văn bản gốc", value, maxsplit=1)[0].strip()
    if text and not _RESEARCH.search(text):
        cited = clean(text)
        if cited:
            return cited
    return clean(fallback) or "—"


def officer_help(text: str | None) -> str:
    """The indicator's help without the sentences meant for developers (verification notes)."""
    if not text:
        return ""
    text = re.sub(r"\s*\(\s*\)", "", _URL.sub("", text))  # web addresses, "( )" left
    keep = [s for s in re.split(r"(?<=[.;])\s+", text.strip())
            if s and not _RESEARCH.search(s) and "kiểm chứng" not in s.lower()]
    return " ".join(keep)


def unverified_tooltip(r: IndicatorResult, catalog_source: str | None = None) -> str:
    return fill(QCoreApplication.translate("CriteriaTreeModel", "Mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh trước "
               "khi sử dụng.\nNguồn: %1"), legal_citation(r.source, catalog_source))


def indicator_tooltip(r: IndicatorResult, catalog_source: str | None = None) -> str:
    """The name column's tooltip: the indicator, how it is assessed, its threshold and the legal
    citation it rests on (rich text, so it wraps). Research notes and web addresses of the
    catalog's sources are not shown to officers."""
    parts = [f"<b>{html.escape(r.code)}</b>&nbsp; {html.escape(r.text)}"]
    help_text = officer_help(r.help)
    if help_text:
        parts.append(html.escape(help_text))
    parts.append(fill(QCoreApplication.translate("CriteriaTreeModel", "Mức đạt chuẩn: %1"),
                      html.escape(format_threshold(r))))
    cited = legal_citation(r.source, catalog_source)
    parts.append(fill(QCoreApplication.translate("CriteriaTreeModel", "Căn cứ: %1"),
                      html.escape(cited)))
    if r.threshold is not None and r.threshold.source:
        by = legal_citation(r.threshold.source, catalog_source)
        if by not in (cited, "—"):
            parts.append(fill(QCoreApplication.translate("CriteriaTreeModel", "Mức đạt chuẩn theo: %1"), html.escape(by)))
    if not r.verified:
        parts.append(QCoreApplication.translate(
            "CriteriaTreeModel", "⚠ Mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết "
            "định của tỉnh trước khi sử dụng."))
    return "<qt>" + "<br>".join(parts) + "</qt>"


class _Node:
    __slots__ = ("children", "key", "kind", "parent", "payload", "row")

    def __init__(self, kind: str, key: str, payload: Any, parent: _Node | None, row: int) -> None:
        self.kind = kind
        self.key = key
        self.payload = payload
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []


class CriteriaTreeModel(QAbstractItemModel):
    """Groups → criteria → indicators of an :class:`Evaluation`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node("root", "", None, None, 0)
        self._evaluation: Evaluation | None = None

    # ------------------------------------------------------------------ data in
    @property
    def evaluation(self) -> Evaluation | None:
        return self._evaluation

    @staticmethod
    def _shape(ev: Evaluation | None) -> list[tuple[str, list[tuple[str, list[str]]]]]:
        if ev is None:
            return []
        groups: dict[str, list[tuple[str, list[str]]]] = {}
        for c in ev.criteria:
            groups.setdefault(c.group, []).append((c.code, [i.code for i in c.indicators]))
        return list(groups.items())

    def catalog_source(self) -> str | None:
        """The legal source of the catalog the evaluation uses (its citation for officers)."""
        ev = self._evaluation
        catalog = getattr(ev, "catalog", None) if ev is not None else None
        return getattr(catalog, "legal_source", None)

    def set_evaluation(self, ev: Evaluation | None) -> None:
        if self._shape(ev) == self._shape(self._evaluation) and ev is not None:
            self._evaluation = ev
            self._fill(self._root, ev, update=True)
            self._emit_changed(QModelIndex(), self._root)
            return
        self.beginResetModel()
        self._evaluation = ev
        self._root = _Node("root", "", None, None, 0)
        if ev is not None:
            self._fill(self._root, ev, update=False)
        self.endResetModel()

    def _fill(self, root: _Node, ev: Evaluation, *, update: bool) -> None:
        groups: dict[str, list[Any]] = {}
        names: dict[str, str] = {}
        for c in ev.criteria:
            groups.setdefault(c.group, []).append(c)
            names[c.group] = c.group_name
        for gi, (gcode, crits) in enumerate(groups.items()):
            gpayload = {"code": gcode, "name": names[gcode], "criteria": crits}
            if update:
                gnode = root.children[gi]
                gnode.payload = gpayload
            else:
                gnode = _Node("group", gcode, gpayload, root, gi)
                root.children.append(gnode)
            for ci, c in enumerate(crits):
                if update:
                    cnode = gnode.children[ci]
                    cnode.payload = c
                else:
                    cnode = _Node("criterion", c.code, c, gnode, ci)
                    gnode.children.append(cnode)
                for ii, r in enumerate(c.indicators):
                    if update:
                        cnode.children[ii].payload = r
                    else:
                        cnode.children.append(_Node("indicator", r.code, r, cnode, ii))

    def _emit_changed(self, parent: QModelIndex, node: _Node) -> None:
        if not node.children:
            return
        self.dataChanged.emit(self.index(0, 0, parent),
                              self.index(len(node.children) - 1, len(HEADERS) - 1, parent))
        for child in node.children:
            self._emit_changed(self.index(child.row, 0, parent), child)

    # ------------------------------------------------------------------ lookup
    def index_of(self, code: str, kind: str = "indicator") -> QModelIndex:
        """The index (column 0) of the criterion or indicator ``code``; invalid if absent."""
        for g in self._root.children:
            for c in g.children:
                if kind == "criterion" and c.key == code:
                    return self.createIndex(c.row, 0, c)
                for i in c.children:
                    if kind == "indicator" and i.key == code:
                        return self.createIndex(i.row, 0, i)
        return QModelIndex()

    def node_kind(self, index: QModelIndex) -> str | None:
        node = self._node(index)
        return None if node is self._root else node.kind

    def payload(self, index: QModelIndex) -> Any:
        node = self._node(index)
        return None if node is self._root else node.payload

    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            if isinstance(node, _Node):
                return node
        return self._root

    # ------------------------------------------------------------------ structure
    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:
        if column < 0 or column >= len(HEADERS) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: QModelIndex | QPersistentModelIndex = _ROOT  # type: ignore[override]
               ) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return len(HEADERS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return (QCoreApplication.translate("CriteriaTreeModel", "Tiêu chí / chỉ tiêu"),
                    QCoreApplication.translate("CriteriaTreeModel", "Mức đạt chuẩn"),
                    QCoreApplication.translate("CriteriaTreeModel", "Giá trị"),
                    QCoreApplication.translate("CriteriaTreeModel", "Trạng thái"),
                    QCoreApplication.translate("CriteriaTreeModel", "Nguồn"))[section]
        return None

    # ------------------------------------------------------------------ data out
    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        col = index.column()
        if role == CODE_ROLE:
            return node.key
        if role == KIND_ROLE:
            return node.kind
        if node.kind == "group":
            return self._group_data(node, col, role)
        if node.kind == "criterion":
            return self._criterion_data(node.payload, col, role)
        return self._indicator_data(node.payload, col, role)

    def _group_data(self, node: _Node, col: int, role: int) -> Any:
        p = node.payload
        if role == Qt.ItemDataRole.DisplayRole and col == COL_NAME:
            return f"{p['code']}. {p['name']}"
        if role == Qt.ItemDataRole.DisplayRole and col == COL_STATUS:
            met = sum(1 for c in p["criteria"] if c.status == STATUS_MET)
            return fill(QCoreApplication.translate("CriteriaTreeModel", "%1/%2 đạt"), str(met),
                        str(len(p["criteria"])))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == SEARCH_ROLE:
            return fold(f"{p['code']} {p['name']}")
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            return p["name"]
        return None

    def _criterion_data(self, c: Any, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return f"{c.code}. {c.name}"
            if col == COL_STATUS:
                return status_label(c.status)
            if col == COL_VALUE:
                n = c.applicable_count
                return fill(QCoreApplication.translate("CriteriaTreeModel", "%1/%2 chỉ tiêu"),
                            str(c.met_count), str(n))
            return None
        if role == STATUS_ROLE:
            return c.status
        if role == SEARCH_ROLE:
            return fold(f"{c.code} {c.name}")
        if role == Qt.ItemDataRole.FontRole and col in (COL_NAME, COL_STATUS):
            font = QFont()
            font.setBold(True)
            return font
        if col == COL_STATUS and role in (Qt.ItemDataRole.ForegroundRole,
                                          Qt.ItemDataRole.BackgroundRole):
            fg, bg = status_colors(c.status)
            return QBrush(QColor(fg if role == Qt.ItemDataRole.ForegroundRole else bg))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            return c.name
        return None

    def _indicator_data(self, r: IndicatorResult, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return f"{r.code}  {r.text}"
            if col == COL_THRESHOLD:
                return format_threshold(r)
            if col == COL_VALUE:
                return format_value(r.kind, r.value, r.unit)
            if col == COL_STATUS:
                text = status_label(r.status)
                return text + "  ⚠" if r.mismatch else text
            if col == COL_SOURCE:
                return source_label(r)
            return None
        if role == STATUS_ROLE:
            return r.status
        if role == SEARCH_ROLE:
            return fold(f"{r.code} {r.text}")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_THRESHOLD and not r.verified:
                return unverified_tooltip(r, self.catalog_source())
            if col == COL_STATUS and r.mismatch:
                return fill(QCoreApplication.translate(
                    "CriteriaTreeModel",
                    "Trạng thái khai báo (%1) khác với kết quả tính từ số liệu (%2)."),
                    status_label(r.declared_status), status_label(r.computed_status))
            if col == COL_NAME:
                return indicator_tooltip(r, self.catalog_source())
            return None
        if role == Qt.ItemDataRole.DecorationRole and col == COL_THRESHOLD and not r.verified:
            return self._warning()
        if role == Qt.ItemDataRole.FontRole and col == COL_THRESHOLD and not r.verified:
            font = QFont()
            font.setItalic(True)
            return font
        if col == COL_STATUS and role in (Qt.ItemDataRole.ForegroundRole,
                                          Qt.ItemDataRole.BackgroundRole):
            fg, bg = status_colors(r.status)
            return QBrush(QColor(fg if role == Qt.ItemDataRole.ForegroundRole else bg))
        return None

    def _warning(self) -> QIcon:
        return level_icon("warning")


class CriteriaFilterProxy(QSortFilterProxyModel):
    """Filters by folded search text and, optionally, keeps only indicators not yet met."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._text = ""
        self._open_only = False

    def set_search(self, text: str) -> None:
        self._text = fold(text.strip())
        self.invalidateFilter()

    def set_open_only(self, on: bool) -> None:
        self._open_only = on
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int,  # noqa: N802
                         parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self.sourceModel().data(index, KIND_ROLE) != "indicator":
            if not self._text:
                return not self._open_only  # recursive filtering keeps parents of matches
            return bool(self._text) and self._text in (index.data(SEARCH_ROLE) or "") \
                and not self._open_only
        if self._open_only and index.data(STATUS_ROLE) in (STATUS_MET, STATUS_NA):
            return False
        if self._text:
            own = index.data(SEARCH_ROLE) or ""
            parent_text = parent.data(SEARCH_ROLE) or ""
            return self._text in own or self._text in parent_text
        return True
