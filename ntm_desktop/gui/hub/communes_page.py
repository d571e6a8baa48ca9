"""Các xã: one row per commune — official code and name (former commune and district before
7/2025), criteria met by the appraiser's result where recorded else the commune's, last package,
gaps or forks, approval state, indicators not yet appraised, revocation risk. Sort, filter by
state, accent-insensitive search; double-click opens the review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.core.text import fold
from ntm_desktop.gui.hub.common import (
    STATE_COLORS,
    HubContext,
    YearPage,
    compact_rows,
    fit_columns,
    fmt_date,
    heading,
    state_text,
    tip,
)
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.services import communes as communes_svc

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
RISK = {"none": "", "warning": "⚠", "revocation": "⛔"}


class CommunesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[communes_svc.CommuneRow] = []
        self._keys: list[str] = []

    def headers(self) -> list[str]:
        return [self.tr("Mã"), self.tr("Xã"), self.tr("Trước 7/2025"), self.tr("Tiêu chí đạt"),
                self.tr("Gói cuối"), self.tr("Ngày nhận"), self.tr("Trạng thái"),
                self.tr("Chưa thẩm định"), self.tr("Cảnh báo")]

    def set_rows(self, rows: list[communes_svc.CommuneRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._keys = [fold(f"{r.code} {r.name} {r.old_name} {r.old_district}") for r in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 9

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def _problems(self, r: communes_svc.CommuneRow) -> str:
        parts = [tr_core("hub", communes_svc.PROBLEM_LABELS.get(p, p)) for p in r.problems]
        if r.revocation_level == "revocation":
            parts.append(self.tr("nguy cơ thu hồi"))
        elif r.revocation_level == "warning":
            parts.append(self.tr("có tiêu chí không còn đạt"))
        if r.error:
            parts.append(r.error)
        return "; ".join(parts)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == CODE_ROLE:
            return r.code
        if role == Qt.ItemDataRole.DisplayRole:
            if c == 0:
                return r.code
            if c == 1:
                return r.name
            if c == 2:
                return ", ".join(x for x in (r.old_name, r.old_district) if x)
            if c == 3:
                if r.met is None:
                    return "—"
                text = f"{r.met}/{r.total}"
                return text + (" ✓" if r.by_appraiser else "")
            if c == 4:
                return str(r.last_seq) if r.last_seq else "—"
            if c == 5:
                return fmt_date(r.last_at)
            if c == 6:
                return state_text(r.state)
            if c == 7:
                return "—" if r.unappraised is None else f"{r.unappraised}/{r.applicable}"
            if c == 8:
                return (RISK.get(r.revocation_level, "") + " " + self._problems(r)).strip()
        if role == SORT_ROLE:
            return (r.code, r.name, self.data(index), r.met if r.met is not None else -1,
                    r.last_seq, r.last_at or "", r.state or "", r.unappraised or 0,
                    len(r.problems) * 10 + {"none": 0, "warning": 1}.get(
                        r.revocation_level, 2))[c]
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == 3 and r.met is not None:
                return (self.tr("Theo kết quả thẩm định") if r.by_appraiser else
                        self.tr("Theo tự đánh giá của xã (chưa thẩm định)"))
            if c == 8:
                return tip(self._problems(r))
        if role == Qt.ItemDataRole.ForegroundRole and c == 6:
            return QBrush(QColor(STATE_COLORS.get(r.state, "#000")))
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (3, 4, 7):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class CommunesProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.search = ""
        self.state: str | None = "*"
        self.setSortRole(SORT_ROLE)

    def set_filter(self, search: str, state: str | None) -> None:
        self.beginFilterChange()
        self.search, self.state = fold(search), state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        m: CommunesModel = self.sourceModel()  # type: ignore[assignment]
        r = m.rows[row]
        if self.state != "*" and r.state != self.state:
            return False
        return not self.search or self.search in m._keys[row]


class CommunesPage(YearPage):
    def __init__(self, ctx: HubContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Các xã"), self))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Năm đánh giá:"), self))
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        top.addWidget(self.year_combo)
        lay.addLayout(top)
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setPlaceholderText(self.tr("Tìm theo mã, tên xã, xã hoặc huyện cũ (gõ không "
                                               "dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("stateCombo")
        self.state_combo.addItem(self.tr("Mọi trạng thái"), "*")
        for s in (None, "submitted", "returned", "resubmitted", "approved"):
            self.state_combo.addItem(state_text(s), s)
        bar.addWidget(self.state_combo)
        self.review_button = QPushButton(self.tr("Thẩm định xã này"), self)
        self.review_button.setObjectName("reviewButton")
        bar.addWidget(self.review_button)
        lay.addLayout(bar)
        self.model = CommunesModel(self)
        self.proxy = CommunesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("communesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        compact_rows(self.table)
        # code, name, criteria met, state, not yet appraised and warnings first; the date
        # received, the former commune and the last package while there is room (or on demand)
        self.columns = fit_columns(self.table, ctx.settings, "communes/table", stretch=1,
                                   key=(0, 3, 6, 7, 8), min_stretch=140, caps={8: 220},
                                   order=(5, 2, 4))
        lay.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("summaryLabel")
        lay.addWidget(self.summary)
        self.search.textChanged.connect(self._filter)
        self.state_combo.currentIndexChanged.connect(self._filter)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.year_combo.activated.connect(
            lambda _i: setattr(self, "user_year", self.year_combo.currentData()))
        self.table.doubleClicked.connect(self._open)
        self.review_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self._fill_years()

    def reload(self) -> None:
        year = self.year
        self.loaded_year = year
        self.ctx.tasks.run(communes_svc.commune_rows, self.ctx.paths, year,
                           on_result=self._show, label=self.tr("Đang đọc kết quả các xã…"))

    def _show(self, rows: list[communes_svc.CommuneRow]) -> None:
        self.model.set_rows(rows)
        self._filter()

    def _filter(self) -> None:
        self.proxy.set_filter(self.search.text(), self.state_combo.currentData())
        n, total = self.proxy.rowCount(), self.model.rowCount()
        approved = sum(1 for r in self.model.rows if r.state == "approved")
        self.summary.setText(fill(self.tr("Hiện %1/%2 xã; đã phê duyệt %3."),
                                  str(n), str(total), str(approved)))

    def selected_code(self) -> str | None:
        idx = self.table.currentIndex()
        return idx.data(CODE_ROLE) if idx.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.window.open_review(index.data(CODE_ROLE), self.year)
