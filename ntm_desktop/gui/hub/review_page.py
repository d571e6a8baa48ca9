"""Thẩm định xã: the commune's own data read-only on its replica (criteria and indicators with
evidence, infrastructure, projects and funding, contributions), what changed since the last
package and since the last decision, the appraiser's finding per indicator with a summary of
disagreements per criterion, and the decisions: return with comments, approve, feedback, and
the appraisal report (báo cáo thẩm tra / thẩm định)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.core.model import CONDITIONS, INFRA_KINDS
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.hub.common import (
    STATE_COLORS,
    HubContext,
    choose_paths,
    compact_rows,
    fill_table,
    fit_columns,
    fmt_date,
    readonly_table,
    state_text,
    tip,
)
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.models.journal_table import JournalTableModel
from ntm_desktop.gui.status import status_colors, status_label
from ntm_desktop.gui.widgets.evidence_list import EvidenceList
from ntm_desktop.services import approval, review
from ntm_desktop.services.communes import commune_names
from ntm_desktop.services.history import FIELD_LABELS
from ntm_desktop.services.hub_common import hub_info

IND_ROLE = Qt.ItemDataRole.UserRole + 1


PLAIN_FIELDS = ("year", "target_year", "recognised_year", "seq", "ordering", "code")
STATUS_FIELDS = ("declared_status", "status")


def _kind(code: str | None) -> str:
    kind = INFRA_KINDS.get(code or "")
    return tr_core("model", kind.label) if kind else (code or "")


def _condition(code: str | None) -> str:
    return tr_core("model", CONDITIONS[code]) if code in CONDITIONS else (code or "")


def _reported(ind: review.IndicatorReview) -> str:
    """The commune's figure with its unit ("100 %", "42,4 triệu đồng")."""
    return _value(ind.value) + (f" {ind.unit}" if ind.unit and ind.value is not None else "")


def _value(v: Any, field: str = "") -> str:
    if v is None or v == "":
        return "—"
    if field in STATUS_FIELDS and isinstance(v, str):
        return status_label(v)
    if field in PLAIN_FIELDS:
        return str(v)
    if isinstance(v, bool):
        return "✓" if v else "✗"
    if isinstance(v, (int, float)):
        return nf.number(v, 2, trim=True)
    return str(v)


class DecisionDialog(QDialog):
    """Return (comments required) or approve (comment optional), and where to save the
    feedback package for the commune."""

    def __init__(self, parent: QWidget, *, title: str, ok_text: str, comment: str,
                 folder: str, needs_passphrase: bool, comment_required: bool) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(title)
        self.comment_required = comment_required
        lay = QFormLayout(self)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("commentEdit")
        self.comment.setPlainText(comment)
        lay.addRow(self.tr("Ý kiến gửi xã:"), self.comment)
        row = QHBoxLayout()
        self.folder = QLineEdit(folder, self)
        self.folder.setObjectName("folderEdit")
        browse = QPushButton(self.tr("Chọn…"), self)
        browse.setObjectName("browseButton")
        browse.clicked.connect(lambda: choose_paths(
            self, self.tr("Thư mục lưu gói phản hồi"),
            lambda p: self.folder.setText(str(p[0])) if p else None, mode="folder"))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        lay.addRow(self.tr("Lưu gói phản hồi vào:"), row)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        if needs_passphrase:
            lay.addRow(self.tr("Mật khẩu khóa ký:"), self.passphrase)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b91c1c")
        self.error.setWordWrap(True)
        lay.addRow(self.error)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("okButton")
        cancel = buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        lay.addRow(buttons)
        self.resize(620, 360)

    def _check(self) -> None:
        if self.comment_required and not self.comment.toPlainText().strip():
            self.error.setText(self.tr("Hãy ghi ý kiến để xã biết cần sửa gì."))
            return
        if not Path(self.folder.text()).is_dir():
            self.error.setText(self.tr("Hãy chọn thư mục lưu gói phản hồi."))
            return
        self.accept()


class ReviewPage(QWidget):
    def __init__(self, ctx: HubContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code: str | None = None
        self.year: int | None = None
        self.bundle: dict[str, Any] | None = None
        self.dialog: DecisionDialog | None = None
        self.last_output: dict[str, Any] | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Xã:"), self))
        self.commune_combo = QComboBox(self)
        self.commune_combo.setObjectName("communeCombo")
        self.commune_combo.setMinimumWidth(220)
        top.addWidget(self.commune_combo)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("stateLabel")
        top.addWidget(self.state_label)
        top.addStretch(1)
        self.return_button = QPushButton(self.tr("Trả lại xã…"), self)
        self.return_button.setObjectName("returnButton")
        self.approve_button = QPushButton(self.tr("Phê duyệt…"), self)
        self.approve_button.setObjectName("approveButton")
        self.feedback_button = QPushButton(self.tr("Xuất phản hồi…"), self)
        self.feedback_button.setObjectName("feedbackButton")
        self.print_button = QPushButton(self.tr("In báo cáo thẩm định…"), self)
        self.print_button.setObjectName("printButton")
        for b in (self.return_button, self.approve_button, self.feedback_button,
                  self.print_button):
            top.addWidget(b)
        lay.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 2 + 4)
        lay.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reviewTabs")
        lay.addWidget(self.tabs, 1)
        self._build_criteria_tab()
        self._build_changes_tab()
        settings = ctx.settings
        self.infra_table = readonly_table(self, [self.tr("Loại"), self.tr("Tên"), self.tr("Thôn"),
                                                 self.tr("Tình trạng"), self.tr("Ghi chú")],
                                          "infraTable", settings=settings,
                                          fit="review/infra", stretch=1, key=(0, 2, 3))
        self.tabs.addTab(self.infra_table, self.tr("Hạ tầng"))
        projects = QWidget(self)
        pl = QVBoxLayout(projects)
        self.resources_label = QLabel(projects)
        self.resources_label.setWordWrap(True)
        pl.addWidget(self.resources_label)
        self.projects_table = readonly_table(projects, [
            self.tr("Dự án"), self.tr("Lĩnh vực"), self.tr("Tổng mức đầu tư (triệu đồng)"),
            self.tr("Nợ đọng (triệu đồng)"), self.tr("Khởi công"), self.tr("Hoàn thành")],
            "projectsTable", settings=settings, fit="review/projects", stretch=0, key=(2, 3),
            min_stretch=200)
        pl.addWidget(self.projects_table, 1)
        self.tabs.addTab(projects, self.tr("Dự án và nguồn vốn"))
        contrib = QWidget(self)
        cl = QVBoxLayout(contrib)
        self.contrib_label = QLabel(contrib)
        self.contrib_label.setWordWrap(True)
        cl.addWidget(self.contrib_label)
        self.contrib_table = readonly_table(contrib, [
            self.tr("Ngày"), self.tr("Người đóng góp"), self.tr("Hình thức"),
            self.tr("Số lượng"), self.tr("Ghi chú")], "contribTable", settings=settings,
            fit="review/contributions", stretch=1, key=(0, 2, 3))
        cl.addWidget(self.contrib_table, 1)
        self.tabs.addTab(contrib, self.tr("Đóng góp"))
        self.journal_view = QTableView(self)
        self.journal_view.setObjectName("journalView")
        self.journal_model = JournalTableModel(self)
        self.journal_view.setModel(self.journal_model)
        compact_rows(self.journal_view)
        fit_columns(self.journal_view, settings, "review/journal",
                    stretch=JournalTableModel.COL_RECORD, min_stretch=160,
                    key=(JournalTableModel.COL_TIME, JournalTableModel.COL_ENTITY,
                         JournalTableModel.COL_OP))
        self.journal_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.tabs.addTab(self.journal_view, self.tr("Lịch sử"))
        self._journal_wb: Any = None
        self.events_table = readonly_table(self, [self.tr("Thời điểm"), self.tr("Trạng thái"),
                                                  self.tr("Người quyết định"), self.tr("Ý kiến")],
                                           "eventsTable", settings=settings,
                                           fit="review/decisions", stretch=3, key=(0, 1, 2))
        self.tabs.addTab(self.events_table, self.tr("Lịch sử quyết định"))
        self.output_label = QLabel(self)
        self.output_label.setObjectName("outputLabel")
        self.output_label.setTextFormat(Qt.TextFormat.PlainText)  # file paths
        self.output_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.output_label)
        self.commune_combo.activated.connect(
            lambda _i: self.open_commune(self.commune_combo.currentData(), self.year))
        self.return_button.clicked.connect(self.ask_return)
        self.approve_button.clicked.connect(self.ask_approve)
        self.feedback_button.clicked.connect(self.ask_feedback)
        self.print_button.clicked.connect(self.ask_print)
        self._enable(False)

    # ------------------------------------------------------------------ building
    def _build_criteria_tab(self) -> None:
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.tree = QTreeWidget(split)
        self.tree.setObjectName("indicatorTree")
        self.tree.setHeaderLabels([self.tr("Mã"), self.tr("Tiêu chí, chỉ tiêu"),
                                   self.tr("Xã báo cáo"), self.tr("Xã tự đánh giá"),
                                   self.tr("Ý kiến thẩm định"), self.tr("Kết quả thẩm định"),
                                   self.tr("Minh chứng")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setIndentation(14)
        # code, the commune's figure and status, the finding and the result first; the
        # indicator's text takes the rest (whole in its tooltip); evidence while there is room
        fit_columns(self.tree, self.ctx.settings, "review/criteria", stretch=1,
                    key=(0, 2, 3, 4, 5), min_stretch=160, caps={2: 96, 4: 136})
        side = QWidget(split)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(4, 0, 0, 0)
        box = QGroupBox(self.tr("Ý kiến thẩm định chỉ tiêu"), side)
        fl = QFormLayout(box)
        self.indicator_label = QLabel(box)
        self.indicator_label.setObjectName("indicatorLabel")
        self.indicator_label.setWordWrap(True)
        fl.addRow(self.indicator_label)
        radios = QHBoxLayout()
        self.agree = QRadioButton(self.tr("Thống nhất"), box)
        self.agree.setObjectName("agreeRadio")
        self.disagree = QRadioButton(self.tr("Không thống nhất"), box)
        self.disagree.setObjectName("disagreeRadio")
        self.result_group = QButtonGroup(box)
        self.result_group.addButton(self.agree)
        self.result_group.addButton(self.disagree)
        radios.addWidget(self.agree)
        radios.addWidget(self.disagree)
        fl.addRow(radios)
        self.status_combo = QComboBox(box)
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.addItem(self.tr("(theo ý kiến)"), None)
        self.status_combo.addItem(status_label("dat"), "dat")
        self.status_combo.addItem(status_label("chua_dat"), "chua_dat")
        fl.addRow(self.tr("Kết quả:"), self.status_combo)
        self.value_edit = QLineEdit(box)
        self.value_edit.setObjectName("valueEdit")
        self.value_edit.setPlaceholderText(self.tr("số liệu thẩm định, nếu khác số của xã"))
        fl.addRow(self.tr("Số liệu:"), self.value_edit)
        self.comment_edit = QPlainTextEdit(box)
        self.comment_edit.setObjectName("findingComment")
        self.comment_edit.setMaximumHeight(80)
        fl.addRow(self.tr("Nhận xét:"), self.comment_edit)
        self.save_button = QPushButton(self.tr("Ghi ý kiến"), box)
        self.save_button.setObjectName("saveFindingButton")
        fl.addRow(self.save_button)
        self.finding_error = QLabel(box)
        self.finding_error.setObjectName("findingError")
        self.finding_error.setWordWrap(True)
        self.finding_error.setStyleSheet("color: #b91c1c")
        fl.addRow(self.finding_error)
        sl.addWidget(box)
        evidence_label = QLabel(self.tr("Minh chứng (nhấp đúp để xem; ngày và nơi chụp ở chú "
                                        "thích):"), side)
        evidence_label.setWordWrap(True)  # the pane may be narrower than the sentence
        sl.addWidget(evidence_label)
        self.evidence = EvidenceList(side)
        self.evidence.setAcceptDrops(False)
        self.evidence._placeholder = self.tr("Xã chưa gửi minh chứng cho chỉ tiêu này.")
        sl.addWidget(self.evidence, 1)
        split.addWidget(self.tree)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 300])  # the tree's columns whole at 1256×655
        self.tabs.addTab(split, self.tr("Tiêu chí và chỉ tiêu"))
        self.tree.currentItemChanged.connect(lambda *_: self._indicator_selected())
        self.save_button.clicked.connect(self.save_finding)

    def _build_changes_tab(self) -> None:
        w = QWidget(self)
        lay = QHBoxLayout(w)
        self.since_package = QTreeWidget(w)
        self.since_decision = QTreeWidget(w)
        for tree, name, title in ((self.since_package, "sincePackage",
                                   self.tr("Từ gói gần nhất")),
                                  (self.since_decision, "sinceDecision",
                                   self.tr("Từ quyết định gần nhất"))):
            box = QGroupBox(title, w)
            bl = QVBoxLayout(box)
            tree.setObjectName(name)
            tree.setHeaderLabels([self.tr("Thay đổi"), self.tr("Trước"), self.tr("Sau")])
            fit_columns(tree, self.ctx.settings, f"review/{name}", stretch=0, key=(1, 2),
                        min_stretch=140, caps={1: 200, 2: 200})
            bl.addWidget(tree)
            lay.addWidget(box)
        self.tabs.addTab(w, self.tr("Thay đổi"))

    # ------------------------------------------------------------------ loading
    def activate(self) -> None:
        if self.commune_combo.count() == 0:
            self._fill_communes()
        if self.code is None and self.commune_combo.count():
            self.open_commune(self.commune_combo.itemData(0), None)

    def data_changed(self, codes: list[str]) -> None:
        self._fill_communes()
        if self.code and (self.code in codes) and self.isVisible():
            self.open_commune(self.code, self.year)

    def _fill_communes(self) -> None:
        try:
            rows = commune_names(self.ctx.paths)
        except Exception:  # noqa: BLE001 - an unreadable hub shows an empty list
            rows = []
        current = self.code
        self.commune_combo.clear()
        for code, name in rows:
            self.commune_combo.addItem(f"{code} — {name}", code)
        if current:
            self.commune_combo.setCurrentIndex(max(0, self.commune_combo.findData(current)))

    def open_commune(self, code: str | None, year: int | None = None) -> None:
        if not code:
            return
        if self.commune_combo.findData(code) < 0:
            self._fill_communes()
        self.commune_combo.setCurrentIndex(max(0, self.commune_combo.findData(code)))
        self.code, self.year = code, year
        self.ctx.tasks.run(review.load_all, self.ctx.paths, code, year, on_result=self._show,
                           label=self.tr("Đang đọc dữ liệu của xã…"))

    def reload(self) -> None:
        self.open_commune(self.code, self.year)

    def _enable(self, on: bool) -> None:
        locked = bool(self.bundle and self.bundle["review"].locked)
        self.return_button.setEnabled(on and not locked)
        self.approve_button.setEnabled(on and not locked)
        self.save_button.setEnabled(on and not locked)
        self.feedback_button.setEnabled(on)
        self.print_button.setEnabled(on)

    def _show(self, bundle: dict[str, Any]) -> None:
        self.bundle = bundle
        rv: review.Review = bundle["review"]
        self.year = rv.year
        self.state_label.setText(f"<b>{html.escape(state_text(rv.state))}</b> — "
                                 + fill(self.tr("năm %1"), str(rv.year))
                                 + (" 🔒" if rv.locked else ""))
        self.state_label.setStyleSheet(f"color: {STATE_COLORS.get(rv.state, '#000')}")
        disagree = sum(c.disagree for c in rv.criteria)
        unappraised = sum(c.unappraised for c in rv.criteria)
        text = fill(self.tr("%1 tự đánh giá đạt %2/%3 tiêu chí; theo thẩm định đạt %4/%3. Không "
                            "thống nhất %5 chỉ tiêu; chưa thẩm định %6 chỉ tiêu."),
                    html.escape(rv.name), nf.number(rv.self_met), nf.number(rv.total),
                    nf.number(rv.final_met), nf.number(disagree), nf.number(unappraised))
        if rv.approval and rv.approval.get("comment") and rv.state == "returned":
            text += " " + html.escape(fill(self.tr("Ý kiến đã gửi: %1"), rv.approval["comment"]))
        self.summary.setText(text)
        self._fill_tree(rv)
        self._fill_changes(self.since_package, bundle["since_package"])
        self._fill_changes(self.since_decision, bundle["since_decision"],
                           empty=self.tr("Chưa có quyết định nào.") if bundle["decision"] is None
                           else fill(self.tr("Không có thay đổi từ quyết định ngày %1."),
                                     fmt_date(bundle["decision"]["at"])))
        data = bundle["data"]
        fill_table(self.infra_table, [[_kind(i.get("kind")), i.get("name"),
                                       data["villages"].get(i.get("village_id") or "", ""),
                                       _condition(i.get("condition")), i.get("note") or ""]
                                      for i in data["infra"]])
        self._show_journal()
        fill_table(self.projects_table, [[p.get("name"), p.get("field") or "",
                                          nf.trieu(p.get("total_investment")),
                                          nf.trieu(p.get("outstanding_debt")),
                                          fmt_date(p.get("start_date")),
                                          fmt_date(p.get("finish_date"))]
                                         for p in data["projects"]], right=(2, 3))
        res = data["resources"]
        self.resources_label.setText(fill(self.tr("Tổng nguồn lực huy động: %1 triệu đồng."),
                                          nf.trieu(res.get("total"))))
        t = data["contributions"]
        self.contrib_label.setText(fill(
            self.tr("Tiền mặt %1 triệu đồng; %2 ngày công; %3 m² đất; quy ra tiền %4 triệu đồng."),
            nf.trieu(t.get("cash_vnd")), nf.number(t.get("labour_days")),
            nf.number(t.get("land_m2")), nf.trieu(t.get("total_value_vnd"))))
        fill_table(self.contrib_table, [[fmt_date(c.get("date")), c.get("contributor"),
                                         tr_core("model", c.get("kind") or ""),
                                         _value(c.get("amount") or c.get("value_vnd")),
                                         c.get("note") or ""]
                                        for c in data["contribution_rows"]])
        fill_table(self.events_table, [[fmt_date(e["at"]), state_text(e["state"]),
                                        e.get("decided_by") or "", e.get("comment") or ""]
                                       for e in reversed(rv.events)])
        self._enable(True)

    def _show_journal(self) -> None:
        """The commune's journal (History), read-only, on a connection of its own."""
        if self._journal_wb is not None:
            self.journal_model.set_database(None)
            self._journal_wb.close()
            self._journal_wb = None
        if self.code:
            try:
                self._journal_wb = review.open_replica(self.ctx.paths, self.code)
            except Exception as exc:  # noqa: BLE001 - shown to the user
                self.ctx.errors.present(exc)
                return
            self.journal_model.set_database(self._journal_wb.db)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._journal_wb is not None:
            self.journal_model.set_database(None)
            self._journal_wb.close()
            self._journal_wb = None
        super().closeEvent(event)

    def _fill_tree(self, rv: review.Review) -> None:
        current = self.current_indicator()
        self.tree.clear()
        by_crit: dict[str, QTreeWidgetItem] = {}
        for c in rv.criteria:
            note = ""
            if c.disagree:
                note = fill(self.tr("%1 không thống nhất"), str(c.disagree))
            item = QTreeWidgetItem([c.code, c.name, "", status_label(c.self_status), note,
                                    status_label(c.final_status), ""])
            f = item.font(1)
            f.setBold(True)
            for col in (0, 1, 2, 3, 5, 6):  # the disagreements stand out in red (not bold,
                item.setFont(col, f)        # so that they fit their column)
            if c.disagree:
                item.setForeground(4, QBrush(QColor("#b91c1c")))
            self.tree.addTopLevelItem(item)
            by_crit[c.code] = item
        select = None
        for ind in rv.indicators:
            result = {"agree": self.tr("Thống nhất"), "disagree": self.tr("Không thống nhất")
                      }.get(ind.result or "", self.tr("Chưa thẩm định"))
            item = QTreeWidgetItem([ind.code, ind.text, _reported(ind),
                                    status_label(ind.self_status), result,
                                    status_label(ind.final_status), str(ind.evidence or "")])
            item.setData(0, IND_ROLE, ind)
            threshold = fill(self.tr("Mức đạt chuẩn: %1"), ind.threshold or "—")
            item.setToolTip(1, tip(f"{ind.text}\n{threshold}"))
            if ind.comment:
                item.setToolTip(4, tip(ind.comment))
            fg, bg = status_colors(ind.final_status)
            item.setForeground(5, QBrush(QColor(fg)))
            item.setBackground(5, QBrush(QColor(bg)))
            if ind.result == "disagree":
                item.setForeground(4, QBrush(QColor("#b91c1c")))
            by_crit[ind.criterion].addChild(item)
            if ind.code == current:
                select = item
        self.tree.expandAll()
        if select is not None:
            self.tree.setCurrentItem(select)

    def _fill_changes(self, tree: QTreeWidget, changes: list[review.Change], *,
                      empty: str = "") -> None:
        tree.clear()
        ops = {"insert": self.tr("Thêm"), "update": self.tr("Sửa"), "delete": self.tr("Xóa")}
        for ch in changes:
            top = QTreeWidgetItem([f"{ops.get(ch.op, ch.op)} {tr_core('gui_queries', ch.label)}:"
                                   f" {ch.summary}", "", ""])
            for fname, before, after in ch.fields:
                top.addChild(QTreeWidgetItem([tr_core("gui_queries",
                                                      FIELD_LABELS.get(fname, fname)),
                                              _value(before, fname), _value(after, fname)]))
            tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # what changed, across the whole row
        if not changes:
            tree.addTopLevelItem(QTreeWidgetItem([empty or self.tr("Không có thay đổi."), "",
                                                  ""]))
            tree.topLevelItem(0).setFirstColumnSpanned(True)
        if len(changes) <= 12:
            tree.expandAll()

    # ------------------------------------------------------------------ findings
    def current_indicator(self) -> str | None:
        item = self.tree.currentItem()
        ind = item.data(0, IND_ROLE) if item else None
        return ind.code if ind else None

    def select_indicator(self, code: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).text(0) == code:
                    self.tree.setCurrentItem(top.child(j))
                    return

    def _indicator_selected(self) -> None:
        item = self.tree.currentItem()
        ind: review.IndicatorReview | None = item.data(0, IND_ROLE) if item else None
        self.finding_error.clear()
        if ind is None:
            self.indicator_label.setText(self.tr("Chọn một chỉ tiêu."))
            self.evidence.clear()
            return
        self.indicator_label.setText(
            f"<b>{html.escape(ind.code)}</b> {html.escape(ind.text)}<br>"
            + html.escape(fill(self.tr("Mức đạt chuẩn: %1 — xã báo cáo: %2"),
                               ind.threshold if ind.threshold not in ("", "…") else
                               self.tr("chưa có (chờ bộ tiêu chí của tỉnh)"), _reported(ind))))
        self.result_group.setExclusive(False)
        self.agree.setChecked(ind.result == "agree")
        self.disagree.setChecked(ind.result == "disagree")
        self.result_group.setExclusive(True)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(ind.status)))
        comment = ind.comment or ""
        value = ""
        prefix = "Số liệu thẩm định: "
        if comment.startswith(prefix):
            value, _, comment = comment[len(prefix):].partition(". ")
        self.value_edit.setText(value)
        self.comment_edit.setPlainText(comment)
        if self.code and self.year and ind.evidence:
            links = review.evidence_of(self.ctx.paths, self.code, ind.code, self.year)
            files = {link["attachment"]["sha256"]: link["file"] for link in links}
            self.evidence.set_links(links, lambda sha: files.get(sha, ""))
            for i, link in enumerate(links):
                att = link["attachment"]
                place = (f" — {att['gps_lat']:.5f}, {att['gps_lon']:.5f}"
                         if att.get("gps_lat") is not None and att.get("gps_lon") is not None
                         else "")
                when = fmt_date(att.get("taken_at")) if att.get("taken_at") else ""
                it = self.evidence.item(i)
                it.setText(f"{it.text()}\n{when}{place}".strip())
        else:
            self.evidence.clear()

    def save_finding(self) -> None:
        code = self.current_indicator()
        if not (self.code and self.year and code):
            return
        if not (self.agree.isChecked() or self.disagree.isChecked()):
            self.finding_error.setText(self.tr("Chọn Thống nhất hoặc Không thống nhất."))
            return
        try:
            review.record_finding(self.ctx.paths, self.code, self.year, code,
                                  result="agree" if self.agree.isChecked() else "disagree",
                                  status=self.status_combo.currentData(),
                                  value=self.value_edit.text(),
                                  comment=self.comment_edit.toPlainText())
        except Exception as exc:  # noqa: BLE001 - shown beside the form or in a dialog
            from ntm_desktop.core.errors import ValidationError
            from ntm_desktop.gui.errors import user_message
            if isinstance(exc, ValidationError):
                self.finding_error.setText(user_message(exc))
                return
            self.ctx.errors.present(exc)
            return
        self.ctx.window.notify_changed([self.code])

    # ------------------------------------------------------------------ decisions
    def _default_comment(self) -> str:
        if not self.bundle:
            return ""
        lines = []
        for ind in self.bundle["review"].indicators:
            if ind.result == "disagree":
                lines.append(f"- {ind.code}: {ind.comment or ''}".rstrip(": "))
        return "\n".join(lines)

    def _dialog(self, title: str, ok: str, comment: str, required: bool,
                on_ok: Any) -> DecisionDialog:
        encrypted = False
        try:
            encrypted = bool(hub_info(self.ctx.paths).get("encrypted"))
        except Exception:  # noqa: BLE001 - then no passphrase field
            encrypted = False
        folder = str(self.ctx.settings.value("hub/feedback_folder", "") or "")
        dlg = DecisionDialog(self, title=title, ok_text=ok, comment=comment, folder=folder,
                             needs_passphrase=encrypted, comment_required=required)
        dlg.accepted.connect(lambda: on_ok(dlg))
        self.dialog = dlg
        dlg.open()
        return dlg

    def ask_return(self) -> None:
        self._dialog(self.tr("Trả lại hồ sơ cho xã"), self.tr("Trả lại và xuất phản hồi"),
                     self._default_comment(), True, self._do_return)

    def _do_return(self, dlg: DecisionDialog) -> None:
        self.ctx.settings.setValue("hub/feedback_folder", dlg.folder.text())
        self.ctx.tasks.run(approval.return_commune, self.ctx.paths, self.code, self.year,
                           dlg.comment.toPlainText(), Path(dlg.folder.text()),
                           passphrase=dlg.passphrase.text() or None, on_result=self._decided,
                           label=self.tr("Đang ký gói phản hồi…"))

    def ask_approve(self) -> None:
        self._dialog(self.tr("Phê duyệt và khóa năm đánh giá"),
                     self.tr("Phê duyệt và xuất phản hồi"), "", False, self._do_approve)

    def _do_approve(self, dlg: DecisionDialog) -> None:
        self.ctx.settings.setValue("hub/feedback_folder", dlg.folder.text())
        self.ctx.tasks.run(approval.approve, self.ctx.paths, self.code, self.year,
                           comment=dlg.comment.toPlainText(), dest=Path(dlg.folder.text()),
                           passphrase=dlg.passphrase.text() or None, on_result=self._decided,
                           label=self.tr("Đang ký gói phản hồi…"))

    def ask_feedback(self) -> None:
        self._dialog(self.tr("Xuất gói phản hồi cho xã"), self.tr("Xuất phản hồi"), "", False,
                     self._do_feedback)
        if self.dialog is not None:
            self.dialog.comment.setEnabled(False)

    def _do_feedback(self, dlg: DecisionDialog) -> None:
        self.ctx.settings.setValue("hub/feedback_folder", dlg.folder.text())
        self.ctx.tasks.run(approval.export_feedback, self.ctx.paths, self.code,
                           Path(dlg.folder.text()), passphrase=dlg.passphrase.text() or None,
                           on_result=lambda r: self._decided({"feedback": r}),
                           label=self.tr("Đang ký gói phản hồi…"))

    def _decided(self, result: dict[str, Any]) -> None:
        self.last_output = result
        fb = result.get("feedback")
        if fb:
            self.output_label.setText(fill(self.tr("Đã ghi gói phản hồi %1 — gửi tệp này cho xã."),
                                           fb["file"]))
        self.ctx.window.notify_changed([self.code])
        self.reload()

    def ask_print(self) -> None:
        if not (self.code and self.year):
            return
        choose_paths(self, self.tr("Lưu báo cáo thẩm định"), self.print_report, mode="save",
                     name_filter=self.tr("Tệp PDF (*.pdf)"),
                     default_name=f"bao-cao-tham-dinh-{self.code}-{self.year}.pdf")

    def print_report(self, paths: list[Path]) -> None:
        if not paths:
            return
        out = paths[0] if paths[0].suffix.lower() == ".pdf" else paths[0].with_suffix(".pdf")
        self.ctx.tasks.run(review.print_appraisal_report, self.ctx.paths, self.code, self.year,
                           out, on_result=self._printed, label=self.tr("Đang in báo cáo…"))

    def _printed(self, info: dict[str, Any]) -> None:
        self.last_output = info
        self.output_label.setText(fill(self.tr("Đã ghi báo cáo thẩm định %1 (%2 trang)."),
                                       info["output"], str(info["pages"])))
