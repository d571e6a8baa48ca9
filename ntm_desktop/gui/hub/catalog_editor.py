"""Bộ tiêu chí của tỉnh: the province edits the criteria it decides and publishes them.

One row per indicator of the national set (and those the province adds): the level per region
(2021–2025) or commune group (2026–2030), unit, comparator, whether the province confirmed it;
above, the decision that is the legal basis. Every cell is checked as it is typed (the message
shows under the table, in Vietnamese); the whole set is checked, compared with the national set
and with the last published version, and saved in the hub in the background. Publishing signs a
catalog package for the communes. Everything goes through
:mod:`ntm_desktop.services.catalog_editor`, as ``ntm catalog …`` does.

The page is self-contained (``refresh``/``activate`` like :class:`~ntm_desktop.gui.pages.base.
Page`); :func:`open_standalone` shows it in its own window for tests and screenshots.
"""

from __future__ import annotations

import copy
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.core import catalog as cat
from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP
from ntm_desktop.core.text import nfc
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.errors import ErrorPresenter, user_message
from ntm_desktop.gui.hub.common import fit_columns
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.signals import SignalHub
from ntm_desktop.gui.tasks import Task, TaskRunner
from ntm_desktop.gui.widgets.field_validation import (
    ERROR_STYLE,
    INVALID_STYLE,
    parse_number,
)
from ntm_desktop.paths import resource
from ntm_desktop.services import catalog_editor as ce

#: the page's navigation title and tip (context "Navigation")
NAV_TITLE = QT_TRANSLATE_NOOP("Navigation", "Bộ tiêu chí của tỉnh")
NAV_TIP = QT_TRANSLATE_NOOP("Navigation", "Mức đạt chuẩn tỉnh quyết định, căn cứ pháp lý; ban "
                                          "hành cho các xã")
NAV_ICON = "criteria.svg"

ERROR_BG = QColor("#fde7e9")
WARNING_BG = QColor("#fff4ce")
REMOVED_FG = QColor("#8a8a8a")
ADDED_BG = QColor("#e8f5e9")


def _issue_text(issue: ce.Issue) -> str:
    """The issue's message in the interface language."""
    return user_message(issue.error)


# ============================================================================ the table
class CatalogTableModel(QAbstractTableModel):
    """The draft's rows; ``setData`` hands the typed text to the page, which edits the draft
    through the service."""

    def __init__(self, page: CatalogEditorPage) -> None:
        super().__init__(page)
        self.page = page
        self.draft: ce.Draft | None = None
        self.columns: list[str] = []
        self.issues: dict[str, dict[str, ce.Issue]] = {}
        self.states: dict[str, str] = {}

    # ------------------------------------------------------------------ content
    def set_draft(self, draft: ce.Draft | None) -> None:
        self.beginResetModel()
        self.draft = draft
        dims = list(draft.dimension_values) if draft else []
        self.columns = ["code", "text", "kind", "comparator", "unit", "level.chung",
                        *[f"level.{d}" for d in dims], "year", "confirmed", "state"]
        self.endResetModel()

    def set_analysis(self, issues: list[ce.Issue], changed: set[str]) -> None:
        self.issues = {}
        for i in issues:
            if i.row is not None:
                self.issues.setdefault(i.row, {}).setdefault(i.column, i)
        if self.draft is not None:
            self.states = {r.key: ("removed" if r.removed else "added" if r.origin == "added"
                                   else "changed" if r.key in changed else "same")
                           for r in self.draft.rows}
        self._repaint()

    def set_row_issues(self, key: str, issues: list[ce.Issue]) -> None:
        self.issues[key] = {}
        for i in issues:
            self.issues[key].setdefault(i.column, i)
        row = self.row_of(key)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _repaint(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def row_of(self, key: str) -> int:
        if self.draft is None:
            return -1
        return next((n for n, r in enumerate(self.draft.rows) if r.key == key), -1)

    def row_at(self, index: QModelIndex) -> ce.Row | None:
        if self.draft is None or not index.isValid() or index.row() >= len(self.draft.rows):
            return None
        return self.draft.rows[index.row()]

    def column_key(self, column: int) -> str:
        return self.columns[column]

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() or self.draft is None else len(self.draft.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = self.columns[section]
        titles = {"code": QCoreApplication.translate("CatalogEditorPage", "Mã"), "text": QCoreApplication.translate("CatalogEditorPage", "Nội dung chỉ tiêu"), "kind": QCoreApplication.translate("CatalogEditorPage", "Loại"),
                  "comparator": QCoreApplication.translate("CatalogEditorPage", "So sánh"), "unit": QCoreApplication.translate("CatalogEditorPage", "Đơn vị"),
                  "level.chung": QCoreApplication.translate("CatalogEditorPage", "Chung"), "year": QCoreApplication.translate("CatalogEditorPage", "Từ năm"),
                  "confirmed": QCoreApplication.translate("CatalogEditorPage", "Xác nhận"), "state": QCoreApplication.translate("CatalogEditorPage", "Thay đổi")}
        tips = {"level.chung": QCoreApplication.translate("CatalogEditorPage", "Mức đạt chuẩn chung, áp dụng cho mọi xã chưa có mức riêng "
                                  "của vùng/nhóm"),
                "year": QCoreApplication.translate("CatalogEditorPage", "Áp dụng từ năm đánh giá (trống: mọi năm)"),
                "confirmed": QCoreApplication.translate("CatalogEditorPage", "Tỉnh đã xác nhận mức đạt chuẩn này bằng quyết định")}
        dim = key[6:] if key.startswith("level.") else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if dim and dim != "chung" and self.draft is not None:
                return tr_core("model", cat.DIMENSIONS[self.draft.dimension].get(dim, dim))
            return tips.get(key, titles.get(key))
        if key in titles:
            return titles[key]
        if dim.startswith("N") and dim[1:].isdigit():
            return fill(QCoreApplication.translate("CatalogEditorPage", "Nhóm %1"), dim[1:])
        return dim

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.row_at(QModelIndex(index))
        if row is None or row.removed:
            return base
        key = self.columns[index.column()]
        if key == "state" or (key == "code" and row.origin != "added"):
            return base
        if key == "confirmed":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if key.startswith("level.") and row.kind in ("boolean", "must_be_none"):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(QModelIndex(index))
        if row is None:
            return None
        key = self.columns[index.column()]
        issue = self.issues.get(row.key, {}).get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, key)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row, key)
        if role == Qt.ItemDataRole.CheckStateRole and key == "confirmed":
            return Qt.CheckState.Checked if row.confirmed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            if issue is not None:
                return QBrush(ERROR_BG if issue.severity == "error" else WARNING_BG)
            if row.origin == "added" and not row.removed and key == "state":
                return QBrush(ADDED_BG)
        if role == Qt.ItemDataRole.ForegroundRole and row.removed:
            return QBrush(REMOVED_FG)
        if role == Qt.ItemDataRole.FontRole and row.removed:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if issue is not None:
                return _issue_text(issue)
            if key == "text":
                return f"<qt>{html.escape(row.text)}</qt>"
            if row.decision and key in ("confirmed", "state"):
                return fill(QCoreApplication.translate("CatalogEditorPage", "Căn cứ %1"),
                            cat.cite_decision(row.decision))
        if role == Qt.ItemDataRole.TextAlignmentRole and (key.startswith("level.")
                                                         or key in ("year", "comparator")):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.code} {self.display(row, key)}"
        return None

    def display(self, row: ce.Row, key: str) -> str:
        if key.startswith("level."):
            dim = key[6:]
            value = row.levels.get(ce.CHUNG if dim == "chung" else dim)
            if row.kind == "boolean":
                return QCoreApplication.translate("CatalogEditorPage", "Đạt") if key == "level.chung" else ""
            if row.kind == "must_be_none":
                return QCoreApplication.translate("CatalogEditorPage", "Không") if key == "level.chung" else ""
            return "" if value is None else nf.number(value, 4, trim=True)
        if key == "kind":
            return tr_core("model", ce.KIND_LABELS.get(row.kind, row.kind))
        if key == "comparator":
            return ce.COMPARATOR_SIGNS.get(row.comparator, row.comparator)
        if key == "year":
            return "" if row.year is None else str(row.year)
        if key == "confirmed":
            return ""
        if key == "state":
            return tr_core("model", ce.ORIGIN_LABELS[self.states.get(row.key, "same")])
        return str(getattr(row, key) or "")

    def edit_text(self, row: ce.Row, key: str) -> str:
        if key in ("kind", "comparator"):
            return getattr(row, key)
        return self.display(row, key)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(QModelIndex(index))
        if row is None:
            return False
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and key == "confirmed":
            value = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(
                value, bool) else value
            return self.page.apply_edit(row.key, "confirmed", value)
        if role != Qt.ItemDataRole.EditRole:
            return False
        return self.page.apply_edit(row.key, key, value)

    def refresh_rows(self) -> None:
        self._repaint()


class CellDelegate(QStyledItemDelegate):
    """Combo boxes for kind and comparator; a line edit elsewhere whose text is checked on every
    key press (the message shows under the table before the cell is left)."""

    def __init__(self, page: CatalogEditorPage) -> None:
        super().__init__(page)
        self.page = page

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        key = self.page.model.column_key(index.column())
        if key == "kind":
            combo = QComboBox(parent)
            for k, label in ce.KIND_LABELS.items():
                combo.addItem(tr_core("model", label), k)
            return combo
        if key == "comparator":
            combo = QComboBox(parent)
            for k, sign in ce.COMPARATOR_SIGNS.items():
                combo.addItem(sign, k)
            return combo
        edit = QLineEdit(parent)
        edit.setObjectName("cellEditor")
        row = self.page.model.row_at(index)
        if row is not None:
            edit.textEdited.connect(lambda text, k=row.key, c=key, e=edit:
                                    self.page.preview(k, c, text, e))
        return edit

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            model.setData(index, editor.text())


# ============================================================================ the page
class CatalogEditorPage(QWidget):
    """The province's criteria editor (hub workspace). ``ctx`` is a PageContext: ``paths.hub``
    is the hub file, ``paths.keys`` the signing key, ``tasks`` runs the background work."""

    SAVE_DELAY_MS = 700
    CHECK_DELAY_MS = 250

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("CatalogEditorPage")
        self.draft: ce.Draft | None = None
        self.analysis: dict[str, Any] = {}
        self.saved_at: str | None = None
        self.dirty = False
        self.publish_result: dict[str, Any] | None = None
        self.last_task: Task | None = None
        self._loading = False
        self._build()
        self._save_timer = QTimer(self, singleShot=True, interval=self.SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._check_timer = QTimer(self, singleShot=True, interval=self.CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._check_now)
        self.refresh([])

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)
        title = QLabel(self.tr("Bộ tiêu chí của tỉnh"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.status_label)
        outer.addLayout(head)

        self.base_combo = QComboBox()
        self.base_combo.setObjectName("baseCombo")
        for cid in cat.builtin_catalog_ids():
            doc = cat.load_builtin_document(cid)
            self.base_combo.addItem(f"{doc['period']['from']}–{doc['period']['to']} ({cid})", cid)
        self.base_combo.setCurrentIndex(max(0, self.base_combo.findData(ce.DEFAULT_SET)))
        self.fields: dict[str, QLineEdit] = {}

        def field(name: str, placeholder: str, width: int | None = None) -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name.replace(".", "_") + "Edit")
            edit.setPlaceholderText(placeholder)
            if width:  # shrinks down to about half at 150 % scaling on a small screen
                edit.setMaximumWidth(width)
                edit.setMinimumWidth(min(width, max(36, width // 2)))
            edit.textEdited.connect(lambda text, n=name: self._on_header_edited(n, text))
            self.fields[name] = edit
            return edit

        def line(*items: Any) -> QHBoxLayout:
            box = QHBoxLayout()
            box.setSpacing(6)
            for item in items:
                if isinstance(item, str):
                    box.addWidget(QLabel(item))
                elif isinstance(item, int):
                    box.addStretch(item)
                else:
                    box.addWidget(item, 1 if isinstance(item, QLineEdit)
                                  and item.maximumWidth() > 10000 else 0)
                    if isinstance(item, QLineEdit) and item.maximumWidth() <= 10000:
                        item.setSizePolicy(QSizePolicy.Policy.Preferred,
                                           QSizePolicy.Policy.Fixed)
            return box

        f_number = field("decision.number", self.tr("ví dụ 15/2026/QĐ-UBND"), 170)
        f_date = field("decision.date", self.tr("dd/mm/yyyy"), 96)
        f_issuer = field("decision.issuer", self.tr("ví dụ UBND tỉnh …"))
        f_id = field("id", "", 160)
        f_version = field("version", "1.0.0", 64)
        f_province = field("province_name", self.tr("tên tỉnh"), 150)
        f_code = field("province_code", self.tr("mã"), 40)
        f_title = field("title", "")
        for lab, edit in ((self.tr("Căn cứ Quyết định số"), f_number), (self.tr("ngày"), f_date),
                          (self.tr("của"), f_issuer), (self.tr("Tỉnh"), f_province),
                          (self.tr("Mã tỉnh"), f_code),
                          (self.tr("Mã bộ"), f_id), (self.tr("Phiên bản"), f_version),
                          (self.tr("Tên bộ tiêu chí"), f_title)):
            edit.setAccessibleName(lab)
        outer.addLayout(line(self.tr("Bộ tiêu chí quốc gia:"), self.base_combo,
                             self.tr("Tỉnh:"), f_province, self.tr("mã"), f_code,
                             self.tr("Mã bộ:"), f_id,
                             self.tr("Phiên bản:"), f_version, 1))
        outer.addLayout(line(self.tr("Căn cứ Quyết định số"), f_number, self.tr("ngày"), f_date,
                             self.tr("của"), f_issuer))
        outer.addLayout(line(self.tr("Tên bộ tiêu chí:"), f_title))
        self.header_error = QLabel()
        self.header_error.setObjectName("headerError")
        self.header_error.setStyleSheet(ERROR_STYLE)
        self.header_error.setTextFormat(Qt.TextFormat.PlainText)  # holds what was typed
        self.header_error.setWordWrap(True)
        self.header_error.setVisible(False)
        outer.addWidget(self.header_error)

        self.model = CatalogTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("catalogTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Bảng chỉ tiêu và mức đạt chuẩn"))
        self.table.selectionModel().currentChanged.connect(self._on_current_changed)
        self.columns = fit_columns(self.table, self.ctx.settings, "catalog/table", stretch=1,
                                   min_stretch=200)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sideTabs")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setMinimumWidth(180)
        self.issue_list = QListWidget()
        self.issue_list.setObjectName("issueList")
        self.issue_list.setWordWrap(True)
        self.issue_list.itemActivated.connect(self._on_list_item_activated)
        self.issue_list.itemClicked.connect(self._on_list_item_activated)
        self.national_list = QListWidget()
        self.national_list.setObjectName("nationalDiff")
        self.national_list.setWordWrap(True)
        self.national_list.itemClicked.connect(self._on_list_item_activated)
        self.published_list = QListWidget()
        self.published_list.setObjectName("publishedDiff")
        self.published_list.setWordWrap(True)
        self.published_list.itemClicked.connect(self._on_list_item_activated)
        self.tabs.addTab(self.issue_list, self.tr("Lỗi"))
        self.tabs.addTab(self.national_list, self.tr("So với bộ quốc gia"))
        self.tabs.addTab(self.published_list, self.tr("So với bản trước"))
        self.tabs.setTabToolTip(2, self.tr("So với phiên bản đã ban hành gần nhất"))

        side = QSplitter(Qt.Orientation.Vertical)
        side.setObjectName("sideSplitter")
        side.addWidget(self._build_detail())
        side.addWidget(self.tabs)
        side.setChildrenCollapsible(False)
        side.setStretchFactor(0, 0)
        side.setStretchFactor(1, 1)
        side.setSizes([200, 290])
        self.tabs.setMinimumHeight(90)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("splitter")
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([880, 350])
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)

        self.row_message = QLabel()
        self.row_message.setObjectName("rowMessage")
        self.row_message.setWordWrap(True)
        self.row_message.setTextFormat(Qt.TextFormat.PlainText)
        self.row_message.setMinimumHeight(self.fontMetrics().height() + 4)
        outer.addWidget(self.row_message)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
                ("add", self.tr("Thêm chỉ tiêu"), self._on_add_clicked),
                ("split", self.tr("Tách chỉ tiêu…"), self._on_split_clicked),
                ("remove", self.tr("Bỏ chỉ tiêu"), self._on_remove_clicked),
                ("save", self.tr("Lưu dự thảo"), self.save_now),
                ("publish", self.tr("Ban hành…"), self._on_publish_clicked)):
            b = QPushButton(text)
            b.setObjectName(f"{name}Button")
            b.clicked.connect(slot)
            self.buttons[name] = b
            if name == "save":
                buttons.addStretch(1)
                buttons.addWidget(self._excel_button())
            buttons.addWidget(b)
        self.buttons["publish"].setDefault(True)
        outer.addLayout(buttons)
        self.base_combo.currentIndexChanged.connect(self._on_base_changed)

    def _build_detail(self) -> QGroupBox:
        """The selected indicator: its whole text, a decision of its own, a note."""
        box = QGroupBox(self.tr("Chỉ tiêu đang chọn"))
        box.setObjectName("detailBox")
        form = QGridLayout(box)
        form.setContentsMargins(6, 4, 6, 4)
        form.setVerticalSpacing(3)
        self.detail_text = QPlainTextEdit()
        self.detail_text.setObjectName("detailText")
        self.detail_text.setAccessibleName(self.tr("Nội dung chỉ tiêu"))
        self.detail_text.setTabChangesFocus(True)
        self.detail_text.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.detail_text.textChanged.connect(self._on_detail_text_changed)
        self.detail: dict[str, QLineEdit] = {}
        for name, placeholder in (("decision.number", self.tr("số, nếu khác quyết định chung")),
                                  ("decision.date", self.tr("dd/mm/yyyy")),
                                  ("decision.issuer", self.tr("ví dụ Bộ Giáo dục và Đào tạo"))):
            edit = QLineEdit()
            edit.setObjectName("detail_" + name.replace(".", "_"))
            edit.setPlaceholderText(placeholder)
            edit.textEdited.connect(lambda text, n=name: self._on_detail_edited(n, text))
            self.detail[name] = edit
        self.detail["decision.date"].setMaximumWidth(110)
        self.detail_basis = QLabel()
        self.detail_basis.setObjectName("detailBasis")
        self.detail_basis.setWordWrap(True)
        self.detail_basis.setTextFormat(Qt.TextFormat.PlainText)
        form.addWidget(self.detail_text, 0, 0, 1, 2)
        form.addWidget(QLabel(self.tr("Căn cứ riêng:")), 1, 0)
        form.addWidget(self.detail["decision.number"], 1, 1)
        form.addWidget(QLabel(self.tr("ngày")), 2, 0)
        form.addWidget(self.detail["decision.date"], 2, 1)
        form.addWidget(QLabel(self.tr("của")), 3, 0)
        form.addWidget(self.detail["decision.issuer"], 3, 1)
        form.addWidget(self.detail_basis, 4, 0, 1, 2)
        form.setColumnStretch(1, 1)
        self.detail_box = box
        scroll = QScrollArea()  # on a small screen at 150 % the panel scrolls, the page fits
        scroll.setObjectName("detailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(box)
        scroll.setMinimumHeight(80)
        return scroll

    def _show_detail(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        box = self.detail_box
        box.setEnabled(row is not None and not row.removed)
        if row is None:
            box.setTitle(self.tr("Chỉ tiêu đang chọn"))
            return
        box.setTitle(fill(self.tr("Chỉ tiêu %1"), row.code))
        if nfc(self.detail_text.toPlainText()).strip() != row.text:  # not while typing
            self.detail_text.blockSignals(True)
            self.detail_text.setPlainText(row.text)
            self.detail_text.blockSignals(False)
        values = {"decision.number": (row.decision or {}).get("number", ""),
                  "decision.date": _short((row.decision or {}).get("date")),
                  "decision.issuer": (row.decision or {}).get("issuer", "")}
        issues = self.model.issues.get(row.key, {})
        for name, edit in self.detail.items():
            if not edit.hasFocus() and nfc(edit.text()).strip() != values[name]:
                edit.setText(values[name])
            issue = issues.get(name)
            edit.setStyleSheet(INVALID_STYLE if issue is not None and issue.severity == "error"
                               else "")
            edit.setToolTip(_issue_text(issue) if issue is not None else "")
        self.detail_basis.setText(self._basis_text(row))
        self.detail_basis.setToolTip(row.source or "")

    def _basis_text(self, row: ce.Row) -> str:
        """Which decision the row's level rests on, as the communes will see it."""
        if row.decision and row.decision.get("number"):
            return fill(self.tr("Căn cứ %1"), cat.cite_decision(row.decision))
        d = self.draft
        touched = row.origin == "added" or self.model.states.get(row.key) == "changed" \
            or row.confirmed
        if d is not None and d.decision.get("number") and touched:
            return fill(self.tr("Căn cứ %1 (quyết định chung của tỉnh)"),
                        cat.cite_decision(d.decision))
        return self.tr("Theo bộ tiêu chí quốc gia")

    def _on_detail_text_changed(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if row is None or row.removed:
            return
        if self.apply_edit(row.key, "text", self.detail_text.toPlainText()):
            n = self.model.row_of(row.key)
            self.model.dataChanged.emit(self.model.index(n, 0),
                                        self.model.index(n, self.model.columnCount() - 1))

    def _on_detail_edited(self, name: str, text: str) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if row is None:
            return
        if self.apply_edit(row.key, name, text):
            self._show_detail()

    def _excel_button(self) -> QToolButton:
        """“Excel ▾”: import and export the table (one button, so the row fits small screens)."""
        button = QToolButton()
        button.setObjectName("excelButton")
        button.setText(self.tr("Excel"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.import_action = menu.addAction(self.tr("Nhập Excel…"), self._on_import_clicked)
        self.import_action.setObjectName("importAction")
        self.export_action = menu.addAction(self.tr("Xuất Excel…"), self._on_export_clicked)
        self.export_action.setObjectName("exportAction")
        button.setMenu(menu)
        button.setMinimumHeight(self.buttons["add"].sizeHint().height())
        self.excel_button = button
        return button

    # ------------------------------------------------------------------ page protocol
    @property
    def title(self) -> str:
        return QCoreApplication.translate("Navigation", NAV_TITLE)

    def refresh(self, changes: list[Any]) -> None:
        """Reload the draft from the hub (``changes`` from workbooks do not concern it)."""
        if changes:
            return
        self.load(self.base_combo.currentData())

    def activate(self) -> None:
        if self.draft is None:
            self.load(self.base_combo.currentData())

    @property
    def hub_path(self) -> Path:
        return Path(self.ctx.paths.hub)

    # ------------------------------------------------------------------ loading
    def load(self, base: str) -> Task | None:
        if not self.hub_path.exists():
            self.setEnabled(False)
            self.status_label.setText(self.tr("Chưa có không gian thẩm định."))
            return None
        self._loading = True
        self.last_task = self.ctx.tasks.run(
            ce.load_for_editing, self.hub_path, base, label=self.tr("Đang mở bộ tiêu chí…"),
            on_result=self._on_loaded, on_error=self._on_failed, cancellable=False)
        return self.last_task

    def _on_loaded(self, result: dict[str, Any]) -> None:
        self._loading = False
        self.set_draft(result["draft"])
        self._show_analysis(result)

    def set_draft(self, draft: ce.Draft) -> None:
        self.draft = draft
        self.dirty = False
        self.saved_at = draft.saved_at
        self.model.set_draft(draft)
        self._fill_header()
        self._size_columns()
        self._update_status()
        self._update_buttons()
        if draft.rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 1))

    def _size_columns(self) -> None:
        """Code, the levels and the tick first (their columns depend on the base set); the
        indicator's text takes the rest; then comparator and unit, kind, change and year
        while there is room (or on demand)."""
        index = {key: n for n, key in enumerate(self.model.columns)}
        self.columns.key = {n for key, n in index.items()
                            if key in ("code", "confirmed") or key.startswith("level.")}
        self.columns.order = [index[k] for k in ("comparator", "unit", "kind", "state", "year")
                              if k in index]
        self.columns.fit()

    def _fill_header(self) -> None:
        d = self.draft
        if d is None:
            return
        values = {"id": d.id, "version": d.version, "title": d.title,
                  "province_name": d.province_name, "province_code": d.province_code,
                  "decision.number": d.decision.get("number", ""),
                  "decision.issuer": d.decision.get("issuer", ""),
                  "decision.date": _short(d.decision.get("date"))}
        for name, edit in self.fields.items():
            if not edit.hasFocus() and nfc(edit.text()).strip() != (values.get(name) or ""):
                edit.setText(values.get(name) or "")
        idx = self.base_combo.findData(d.base)
        if idx >= 0 and idx != self.base_combo.currentIndex():
            self.base_combo.blockSignals(True)
            self.base_combo.setCurrentIndex(idx)
            self.base_combo.blockSignals(False)

    # ------------------------------------------------------------------ editing
    def apply_edit(self, key: str, column: str, value: Any) -> bool:
        """Edit one cell through the service; the row's checks show at once."""
        if self.draft is None:
            return False
        if column.startswith("level.") and isinstance(value, str):
            try:
                value = parse_number(value)
            except ValueError:
                self.row_message.setStyleSheet(ERROR_STYLE)
                self.row_message.setText(fill(self.tr("“%1” không phải là số."), value))
                return False
        try:
            issues = ce.set_field(self.draft, key, column, value)
        except NtmError as exc:
            self.row_message.setStyleSheet(ERROR_STYLE)
            self.row_message.setText(user_message(exc))
            return False
        self.model.set_row_issues(key, issues)
        self._show_row_message(key)
        self._changed()
        return True

    def preview(self, key: str, column: str, text: str, editor: QLineEdit) -> None:
        """Check ``text`` as typed in a cell, without changing the draft."""
        if self.draft is None:
            return
        trial = copy.deepcopy(self.draft)
        value: Any = text
        problems: list[str] = []
        if column.startswith("level."):
            try:
                value = parse_number(text)
            except ValueError:
                problems.append(fill(self.tr("“%1” không phải là số."), text))
        if not problems:
            try:
                issues = ce.set_field(trial, key, column, value)
            except NtmError as exc:
                problems.append(user_message(exc))
            else:
                problems += [_issue_text(i) for i in issues
                             if i.severity == "error" and i.column == column]
        editor.setStyleSheet(INVALID_STYLE if problems else "")
        editor.setToolTip("\n".join(problems))
        self.row_message.setStyleSheet(ERROR_STYLE if problems else "")
        self.row_message.setText("\n".join(problems) if problems else "")

    def _on_header_edited(self, name: str, text: str) -> None:
        if self.draft is None:
            return
        value = text
        if name == "decision.date" and text.strip():
            value = text.strip()
        try:
            issues = ce.set_header(self.draft, name, value)
        except NtmError as exc:
            issues = [ce.Issue("error", None, name, exc)]
        self._show_header_issues(issues)
        if name == "province_name" and not self.fields["title"].hasFocus():
            self.fields["title"].setText(self.draft.title)
        self._changed()

    def _show_header_issues(self, issues: list[ce.Issue]) -> None:
        by_field: dict[str, ce.Issue] = {}
        for i in issues:
            if i.row is None:
                by_field.setdefault(i.column, i)
        for name, edit in self.fields.items():
            issue = by_field.get(name)
            edit.setStyleSheet(INVALID_STYLE if issue is not None and issue.severity == "error"
                               else "")
            edit.setToolTip(_issue_text(issue) if issue is not None else "")
        shown = [i for i in by_field.values() if i.severity == "error"
                 or i.column.startswith("decision.")]
        self.header_error.setStyleSheet(ERROR_STYLE if any(i.severity == "error" for i in shown)
                                        else "color: #8a5a00;")
        self.header_error.setText("  ".join(_issue_text(i) for i in shown))
        self.header_error.setVisible(bool(shown))

    def _changed(self) -> None:
        self.dirty = True
        self._update_status()
        self._save_timer.start()
        self._check_timer.start()

    def _check_now(self) -> None:
        if self.draft is None:
            return
        self.ctx.tasks.run(ce.analyse, self.hub_path, copy.deepcopy(self.draft),
                           show_progress=False, on_result=self._show_analysis,
                           on_error=self._on_failed)

    def save_now(self) -> Task | None:
        """Save the draft in the hub (background, writer lane)."""
        self._save_timer.stop()
        if self.draft is None:
            return None
        self.last_task = self.ctx.tasks.run(
            ce.save_draft_at, self.hub_path, copy.deepcopy(self.draft), writer=True,
            show_progress=False, on_result=self._on_saved, on_error=self._on_failed)
        return self.last_task

    def _on_saved(self, draft: ce.Draft) -> None:
        self.saved_at = draft.saved_at
        if self.draft is not None:
            self.draft.saved_at = draft.saved_at
        self.dirty = bool(self._save_timer.isActive())
        self._update_status()

    def _update_status(self) -> None:
        d = self.draft
        if d is None:
            self.status_label.clear()
            return
        errors = len(ce.errors_of(self.analysis.get("issues", [])))
        parts = [fill(self.tr("%1 chỉ tiêu"), str(len(d.live_rows())))]
        if d.published_version:
            parts.append(fill(self.tr("đã ban hành phiên bản %1"), d.published_version))
        if self.dirty:
            parts.append(self.tr("chưa lưu"))
        elif self.saved_at:
            parts.append(fill(self.tr("đã lưu lúc %1"), _local_time(self.saved_at)))
        if errors:
            parts.append(fill(self.tr("%1 lỗi"), str(errors)))
        self.status_label.setText(" · ".join(parts))

    # ------------------------------------------------------------------ analysis
    def _show_analysis(self, result: dict[str, Any]) -> None:
        self.analysis = result
        issues: list[ce.Issue] = result["issues"]
        national: list[ce.Change] = result["national"]
        self.model.set_analysis(issues, {c.key for c in national if c.what == "changed"})
        self._show_header_issues(issues)
        self.issue_list.clear()
        for i in issues:
            where = fill(self.tr("Chỉ tiêu %1"), i.row.lstrip("+")) if i.row \
                else self.tr("Thông tin chung")
            mark = "✗" if i.severity == "error" else "⚠"
            item = QListWidgetItem(f"{mark} {where}: {_issue_text(i)}")
            item.setData(Qt.ItemDataRole.UserRole, i.row)
            item.setForeground(QBrush(QColor("#b3261e" if i.severity == "error"
                                             else "#8a5a00")))
            self.issue_list.addItem(item)
        errors = len(ce.errors_of(issues))
        self.tabs.setTabText(0, fill(self.tr("Lỗi (%1)"), str(errors))
                             if errors else self.tr("Lỗi"))
        self._fill_diff(self.national_list, national, self.tr("Chưa sửa gì so với bộ quốc gia."))
        published = result.get("published")
        if published is None:
            self.published_list.clear()
            self.published_list.addItem(self.tr("Bộ tiêu chí này chưa ban hành lần nào."))
        else:
            self._fill_diff(self.published_list, published,
                            self.tr("Không có thay đổi so với bản đã ban hành."))
        if self.draft is not None:
            key = self._current_key()
            if key:
                self._show_row_message(key)
        self._show_detail()
        self._update_status()

    def _fill_diff(self, widget: QListWidget, changes: list[ce.Change], empty: str) -> None:
        widget.clear()
        if not changes:
            widget.addItem(empty)
            return
        what = {"added": self.tr("thêm"), "removed": self.tr("bỏ"), "changed": self.tr("sửa")}
        names = {"text": self.tr("nội dung"), "kind": self.tr("loại"),
                 "comparator": self.tr("so sánh"), "unit": self.tr("đơn vị"),
                 "year": self.tr("từ năm"), "confirmed": self.tr("xác nhận"),
                 "decision": self.tr("căn cứ"), "level.chung": self.tr("mức chung")}
        for c in changes:
            lines = [f"{c.code}: {what[c.what]}"]
            for f, before, after in c.values:
                name = names.get(f) or fill(self.tr("mức %1"), f[6:])
                lines.append(f"   {name}: {self._value_text(f, before)} → "
                             f"{self._value_text(f, after)}")
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, c.key)
            widget.addItem(item)

    def _value_text(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if field.startswith("level."):
            return nf.number(value, 4, trim=True)
        if field == "kind":
            return tr_core("model", ce.KIND_LABELS.get(value, value))
        if field == "comparator":
            return ce.COMPARATOR_SIGNS.get(value, value)
        if field == "confirmed":
            return "✓" if value else "—"
        if field == "decision":
            return cat.cite_decision(value)
        return _short_text(str(value))

    def _current_key(self) -> str | None:
        row = self.model.row_at(self.table.currentIndex())
        return row.key if row is not None else None

    def _show_row_message(self, key: str) -> None:
        issues = self.model.issues.get(key, {})
        msgs = [(i.severity, _issue_text(i)) for i in issues.values()]
        row = self.model.row_at(self.model.index(self.model.row_of(key), 0))
        if not msgs:
            self.row_message.setStyleSheet("")
            self.row_message.setText("")
            return
        self.row_message.setStyleSheet(ERROR_STYLE if any(s == "error" for s, _ in msgs)
                                       else "color: #8a5a00;")
        code = row.code if row is not None else key
        self.row_message.setText("\n".join(f"{code}: {m}" for _, m in msgs))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current)
        if row is not None:
            self._show_row_message(row.key)
        self._update_buttons()
        self._show_detail()

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.select_row(key)

    def select_row(self, key: str, column: str = "text") -> bool:
        n = self.model.row_of(key)
        if n < 0:
            return False
        col = self.model.columns.index(column) if column in self.model.columns else 1
        index = self.model.index(n, col)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        has = self.draft is not None
        self.buttons["add"].setEnabled(has and row is not None)
        self.buttons["split"].setEnabled(has and row is not None and not row.removed)
        self.buttons["remove"].setEnabled(has and row is not None)
        self.buttons["remove"].setText(self.tr("Khôi phục chỉ tiêu") if row is not None
                                       and row.removed else self.tr("Bỏ chỉ tiêu"))
        for name in ("save", "publish"):
            self.buttons[name].setEnabled(has)
        self.excel_button.setEnabled(has)

    # ------------------------------------------------------------------ add, split, remove
    def _structure_changed(self, select: str | None) -> None:
        self.model.set_draft(self.draft)
        self._size_columns()
        if select:
            self.select_row(select)
        self._update_buttons()
        self._changed()

    def _on_add_clicked(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if self.draft is None or row is None:
            return
        try:
            new = ce.add_row(self.draft, row.criterion, after=row.key)
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self._structure_changed(new.key)
        self.table.edit(self.table.currentIndex())

    def _on_split_clicked(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if self.draft is None or row is None:
            return
        dlg = QInputDialog(self)
        dlg.setObjectName("splitDialog")
        dlg.setWindowTitle(fill(self.tr("Tách chỉ tiêu %1"), row.code))
        dlg.setLabelText(self.tr("Tách thành bao nhiêu chỉ tiêu?"))
        dlg.setInputMode(QInputDialog.InputMode.IntInput)
        dlg.setIntRange(2, 20)
        dlg.setIntValue(2)
        dlg.intValueSelected.connect(lambda n, k=row.key: self.split(k, n))
        dlg.open()

    def split(self, key: str, parts: int) -> None:
        if self.draft is None:
            return
        try:
            rows = ce.split_row(self.draft, key, parts)
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self._structure_changed(rows[0].key)

    def _on_remove_clicked(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if self.draft is None or row is None:
            return
        try:
            if row.removed:
                ce.restore_row(self.draft, row.key)
                select: str | None = row.key
            else:
                kept = ce.remove_row(self.draft, row.key)
                select = kept.key if kept is not None else None
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self._structure_changed(select)

    def _on_base_changed(self, _index: int) -> None:
        if self.draft is not None and self.dirty:
            self.save_now()
        self.load(self.base_combo.currentData())

    # ------------------------------------------------------------------ Excel
    def _file_dialog(self, name: str, title: str, *, save: bool) -> QFileDialog:
        dlg = QFileDialog(self, title)
        dlg.setObjectName(name)
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setNameFilter(self.tr("Bảng Excel (*.xlsx)"))
        if save:
            dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dlg.setDefaultSuffix("xlsx")
            if self.draft is not None:
                dlg.selectFile(f"{self.draft.id}-{self.draft.version}.xlsx")
        else:
            dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        return dlg

    def _on_export_clicked(self) -> None:
        dlg = self._file_dialog("exportDialog", self.tr("Xuất bảng bộ tiêu chí ra Excel"),
                                save=True)
        dlg.fileSelected.connect(lambda p: self.export_xlsx(Path(p)))
        dlg.open()

    def export_xlsx(self, path: Path) -> Task | None:
        if self.draft is None:
            return None
        self.last_task = self.ctx.tasks.run(
            ce.export_xlsx, copy.deepcopy(self.draft), path,
            label=self.tr("Đang ghi bảng Excel…"), on_error=self._on_failed,
            on_result=lambda r: self.ctx.hub.status_message.emit(
                fill(self.tr("Đã ghi bảng Excel: %1"), r["file"]), 6000))
        return self.last_task

    def _on_import_clicked(self) -> None:
        dlg = self._file_dialog("importDialog", self.tr("Nhập bảng bộ tiêu chí từ Excel"),
                                save=False)
        dlg.fileSelected.connect(lambda p: self.import_xlsx(Path(p)))
        dlg.open()

    def import_xlsx(self, path: Path) -> Task | None:
        self.last_task = self.ctx.tasks.run(
            ce.import_xlsx, path, copy.deepcopy(self.draft) if self.draft else None,
            label=self.tr("Đang đọc bảng Excel…"), on_result=self._on_imported,
            on_error=self._on_failed)
        return self.last_task

    def _on_imported(self, result: tuple[ce.Draft, list[ce.Issue]]) -> None:
        draft, _issues = result
        self.set_draft(draft)
        self._changed()
        self._check_now()
        self.ctx.hub.status_message.emit(self.tr("Đã đọc bảng Excel vào bản dự thảo."), 6000)

    # ------------------------------------------------------------------ publish
    def _on_publish_clicked(self) -> None:
        """Check the whole set in the background, then ask for the folder."""
        if self.draft is None:
            return
        self.buttons["publish"].setEnabled(False)
        self.last_task = self.ctx.tasks.run(
            ce.validate_task, copy.deepcopy(self.draft), for_publish=True,
            label=self.tr("Đang kiểm tra bộ tiêu chí…"), on_result=self._on_publish_checked,
            on_error=self._on_failed, on_finish=self._update_buttons)

    def _on_publish_checked(self, all_issues: list[ce.Issue]) -> None:
        issues = ce.errors_of(all_issues)
        if issues:
            self._show_analysis({**self.analysis, "issues": all_issues})
            self.tabs.setCurrentIndex(0)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Chưa ban hành được"),
                              fill(self.tr("Bộ tiêu chí còn %1 lỗi. Hãy sửa các ô tô đỏ (danh sách "
                                      "ở thẻ “Lỗi”) rồi ban hành lại.\n\nLỗi đầu tiên: %2"), str(len(issues)), _issue_text(issues[0])),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("publishRefused")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()
            return
        dlg = QFileDialog(self, self.tr("Chọn thư mục ghi gói bộ tiêu chí"))
        dlg.setObjectName("publishDialog")
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dlg.fileSelected.connect(lambda p: self.confirm_publish(Path(p)))
        dlg.open()

    def confirm_publish(self, folder: Path) -> QMessageBox | None:
        d = self.draft
        if d is None:
            return None
        changes = ce.diff_national(d)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ban hành bộ tiêu chí"),
                          fill(self.tr("Ban hành “%1”, phiên bản %2, căn cứ %3?\n\n%4 chỉ tiêu khác "
                                  "bộ quốc gia. Gói bộ tiêu chí được ký và ghi vào %5; gửi gói "
                                  "này cho các xã (thư điện tử, USB)."), d.title, d.version, ce.legal_source(d), str(len(changes)), str(folder)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("publishConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)  # title and decision come from outside
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Ban hành"))
        box.accepted.connect(lambda: self._ask_passphrase(folder))
        box.open()
        return box

    def _ask_passphrase(self, folder: Path) -> None:
        from ntm_desktop.sync.keys import KeyStore
        ks = KeyStore(Path(self.ctx.paths.keys))
        if ks.exists() and ks.is_encrypted():
            dlg = QInputDialog(self)
            dlg.setObjectName("passphraseDialog")
            dlg.setWindowTitle(self.tr("Mật khẩu khóa ký"))
            dlg.setLabelText(self.tr("Nhập mật khẩu khóa ký của cơ quan:"))
            dlg.setTextEchoMode(QLineEdit.EchoMode.Password)
            dlg.textValueSelected.connect(lambda text: self.publish(folder, text))
            dlg.open()
        else:
            self.publish(folder)

    def publish(self, folder: Path, passphrase: str | None = None) -> Task | None:
        """Sign and write the catalog package into ``folder`` (background, writer lane)."""
        if self.draft is None:
            return None
        self._save_timer.stop()
        self.last_task = self.ctx.tasks.run(
            ce.publish, self.hub_path, Path(self.ctx.paths.keys), copy.deepcopy(self.draft),
            folder, passphrase=passphrase, writer=True,
            label=self.tr("Đang ký và ghi gói bộ tiêu chí…"), on_result=self._on_published,
            on_error=self._on_failed)
        return self.last_task

    def _on_published(self, result: dict[str, Any]) -> None:
        self.publish_result = result
        self.ctx.hub.status_message.emit(
            fill(self.tr("Đã ban hành phiên bản %1: %2"), result["version"], result["file"]), 8000)
        self.row_message.setStyleSheet("color: #1b5e20;")
        self.row_message.setText(fill(self.tr("Đã ban hành phiên bản %1 (gói số %2) vào %3. Gửi gói "
                                         "này cho các xã."), result["version"], str(result["seq"]), result["file"]))
        self.load(self.draft.base if self.draft else self.base_combo.currentData())

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        if isinstance(exc, NtmError):
            self.row_message.setStyleSheet(ERROR_STYLE)
            self.row_message.setText(user_message(exc))
        self.ctx.errors.present(exc)


# ============================================================================ helpers
def _short(iso: str | None) -> str:
    from ntm_desktop.gui.widgets.field_validation import fmt_date
    return fmt_date(iso) if iso else ""


def _short_text(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _local_time(stamp: str) -> str:
    from PySide6.QtCore import QDateTime
    t = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    return t.toLocalTime().time().toString("HH:mm") if t.isValid() else QTime.currentTime(
    ).toString("HH:mm")


def open_standalone(paths: Any, *, settings: QSettings | None = None,
                    size: tuple[int, int] = (1256, 655)) -> tuple[QMainWindow, CatalogEditorPage]:
    """The page in a window of its own (tests, screenshots, until the hub window lists it)."""
    from ntm_desktop.gui.pages.base import PageContext
    window = QMainWindow()
    window.setWindowIcon(QIcon(str(resource("icons", NAV_ICON))))
    window.setObjectName("CatalogEditorWindow")
    signals = SignalHub(window)
    errors = ErrorPresenter(window)
    ctx = PageContext(paths=paths, hub=signals, tasks=TaskRunner(window, presenter=errors),
                      errors=errors, undo_stack=QUndoStack(window),
                      settings=settings or QSettings(), workbook=None)
    page = CatalogEditorPage(ctx, window)
    window.setCentralWidget(page)
    window.setWindowTitle(page.title)
    signals.status_message.connect(lambda text, ms: window.statusBar().showMessage(text, ms))
    window.resize(*size)
    return window, page


class HubCatalogEditorPage(CatalogEditorPage):
    """The editor as a page of the appraiser's (province's) window: the window's paths, tasks
    and error presenter; status messages go to the window's status bar."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        from ntm_desktop.gui.pages.base import PageContext
        signals = SignalHub(parent)
        signals.status_message.connect(
            lambda text, ms: ctx.window.statusBar().showMessage(text, ms))
        super().__init__(PageContext(paths=ctx.paths, hub=signals, tasks=ctx.tasks,
                                     errors=ctx.errors, undo_stack=QUndoStack(parent),
                                     settings=ctx.settings, workbook=None), parent)
