"""Tiêu chí: the tree of groups → criteria → indicators and the editor of the selected indicator.

Every change is saved at once through ``set_assessment`` (one undoable step each); evidence files
are prepared (photos downscaled) in the background and linked on the GUI thread.
``select_indicator(code)`` / ``select_criterion(code)`` let other pages jump here.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP
from ntm_desktop.gui.i18n import fill
from ntm_desktop.gui.models.criteria_tree import (
    COL_NAME,
    COL_SOURCE,
    COL_STATUS,
    COL_THRESHOLD,
    COL_VALUE,
    CriteriaFilterProxy,
    CriteriaTreeModel,
)
from ntm_desktop.gui.pages import navigate
from ntm_desktop.gui.pages.base import Page, PageContext
from ntm_desktop.gui.undo import run_undoable
from ntm_desktop.gui.widgets.evidence_list import EvidenceList
from ntm_desktop.gui.widgets.file_dialogs import start_dir
from ntm_desktop.gui.widgets.indicator_editor import IndicatorEditor
from ntm_desktop.gui.widgets.table_columns import ColumnFitter

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook

log = logging.getLogger(__name__)

RELEVANT = {"assessment", "attachment", "attachment_link", "infra_item", "village", "commune",
            "appraisal", "survey", "project"}


def prepare_evidence(path: Path, max_px: int, *, report: Any = None,
                     cancel: Any = None) -> tuple[bytes, dict[str, Any]]:
    """Read and (for photos) downscale a file; Qt-free, runs in the background."""
    from ntm_desktop.core.errors import NotFound, ValidationError
    from ntm_desktop.store import attachments

    if not path.is_file():
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Không tìm thấy tệp {path}."), field="file", args={"path": str(path)})
    if path.stat().st_size > attachments.MAX_FILE_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Tệp “{name}” lớn quá 50 MB."), field="file",
                              args={"name": path.name})
    if cancel is not None:
        cancel.check()
    return attachments.prepare_bytes(path.read_bytes(), path.name, max_px=max_px)


class CriteriaPage(Page):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        f = self.form
        self.model = CriteriaTreeModel(self)
        self.proxy = CriteriaFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = f.treeView
        self.tree.setModel(self.proxy)
        # the name takes the room left (elided, full name in the tooltip), never < 220 px
        self.columns = ColumnFitter(self.tree, stretch=COL_NAME,
                                    key=(COL_THRESHOLD, COL_VALUE, COL_STATUS, COL_SOURCE),
                                    min_stretch=260,
                                    caps={COL_THRESHOLD: 118, COL_VALUE: 92, COL_STATUS: 84,
                                          COL_SOURCE: 104})
        self.editor = IndicatorEditor(f)
        self.evidence = EvidenceList(f.evidenceGroup)
        self.evidence.setMaximumHeight(150)
        f.evidenceLayout.insertWidget(0, self.evidence)
        f.splitter.setStretchFactor(0, 2)
        f.splitter.setStretchFactor(1, 1)
        f.splitter.setSizes([720, 360])
        self.evaluation: Any = None
        self.year = 0
        self._code: str | None = None

        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        f.searchEdit.textChanged.connect(self._on_search_text_changed)
        f.openOnlyCheck.toggled.connect(self.proxy.set_open_only)
        f.yearSpin.valueChanged.connect(self._on_year_value_changed)
        self.editor.edited.connect(self._on_editor_edited)
        self.editor.infra_link_activated.connect(lambda: navigate(self, "infrastructure"))
        self.evidence.files_dropped.connect(self.add_evidence)
        self.evidence.currentItemChanged.connect(lambda *_: self._update_evidence_buttons())
        f.addEvidenceButton.clicked.connect(self._on_add_evidence_clicked)
        f.openEvidenceButton.clicked.connect(self._on_open_evidence_clicked)
        f.removeEvidenceButton.clicked.connect(self._on_remove_evidence_clicked)
        self.refresh([])

    # ------------------------------------------------------------------ data
    def refresh(self, changes: list[Any]) -> None:
        if changes and not any(isinstance(c, dict) and c.get("entity") in RELEVANT
                               for c in changes):
            return
        self._reload()

    def _build_province_note(self) -> None:
        """A plain note over the tree when the criteria set leaves the indicators and thresholds
        to the province (2026–2030) and the province's catalog is not installed yet."""
        self.province_note = QLabel(self.form)
        self.province_note.setObjectName("provinceNote")
        self.province_note.setWordWrap(True)
        self.province_note.setTextFormat(Qt.TextFormat.RichText)
        self.province_note.setStyleSheet(
            "QLabel#provinceNote { background: #E8F1FB; border: 1px solid #9DBBE0; "
            "border-radius: 4px; padding: 6px 8px; color: #14365D; }")
        self.province_note.setText(self.tr(
            "<b>Các chỉ tiêu và mức đạt chuẩn của bộ tiêu chí này do tỉnh ban hành.</b> "
            "Khi nhận được bộ tiêu chí của tỉnh (gói .ntmpkg hoặc tệp .json), hãy nhập ở trang "
            "<a href='sync'>Đồng bộ</a> → “Nhập gói…” (hoặc Tệp → “Cài bộ tiêu chí của "
            "tỉnh…”). Đến lúc đó, mỗi tiêu chí dưới đây chỉ được tự đánh giá Đạt hoặc Chưa "
            "đạt."))
        self.province_note.linkActivated.connect(lambda _l: navigate(self, "sync"))
        self.province_note.hide()
        self.form.layout().insertWidget(1, self.province_note)

    def _show_province_note(self) -> None:
        if not hasattr(self, "province_note"):
            self._build_province_note()
        wb = self.workbook
        commune = wb.commune() if wb is not None else None
        catalog = getattr(self.evaluation, "catalog", None)
        needs = bool(commune and catalog is not None and catalog.dimension == "commune_group"
                     and not commune.get("overlay_id"))
        self.province_note.setVisible(needs)

    def activate(self) -> None:
        wb = self.workbook
        if wb is not None and self.evaluation is not None:
            from ntm_desktop.store.evaluation_service import default_year
            if default_year(wb) != self.year:
                self._reload()

    def _reload(self) -> None:
        wb = self.workbook
        self.evaluation = None
        if wb is not None and wb.commune() is not None:
            from ntm_desktop.store.evaluation_service import default_year, evaluate
            try:
                self.year = default_year(wb)
                self.evaluation = evaluate(wb, self.year)
            except NtmError as exc:
                self.ctx.errors.present(exc)
        self.form.setEnabled(self.evaluation is not None)
        self._show_province_note()
        f = self.form
        f.yearSpin.blockSignals(True)
        f.yearSpin.setValue(self.year or f.yearSpin.value())
        f.yearSpin.blockSignals(False)
        first = self.model.rowCount() == 0
        self.model.set_evaluation(self.evaluation)
        if self.evaluation is None:
            f.summaryLabel.clear()
            self.editor.show_result(None)
            self.evidence.set_links([], lambda sha: sha)
            return
        ev = self.evaluation
        f.summaryLabel.setText(fill(self.tr("Đạt %1/%2 tiêu chí"),
                                    str(ev.met_count), str(ev.total)) + self._approval_text(wb))
        if first:
            self.tree.expandAll()
            if self._code is None and ev.criteria and ev.criteria[0].indicators:
                self._code = ev.criteria[0].indicators[0].code
        if self._code and self.model.index_of(self._code).isValid():
            self._select_source(self.model.index_of(self._code))
        self._show_current()
        if first:
            self.tree.scrollToTop()

    def _approval_text(self, wb: Workbook) -> str:
        """" — Hồ sơ năm 2025: Trả lại" (the comment in the tooltip; per-indicator comments
        are beside each indicator)."""
        from ntm_desktop.gui.i18n import tr_core
        from ntm_desktop.services.approval_state import commune_year_state
        from ntm_desktop.services.communes import STATE_LABELS
        y = commune_year_state(wb, self.year)
        comment = (y or {}).get("comment") or ""
        self.form.summaryLabel.setToolTip(  # shown literally: it comes from a package
            "<p>" + html.escape(comment).replace("\n", "<br>") + "</p>" if comment else "")
        if not y:
            return ""
        return " — " + fill(self.tr("Hồ sơ năm %1: %2"),
                            str(self.year),
                            tr_core("hub", STATE_LABELS.get(y["state"], y["state"])))

    def _locked_warning(self, wb: Workbook) -> str:
        """The warning for an indicator of a year the appraiser approved and locked."""
        from ntm_desktop.gui.i18n import tr_core
        from ntm_desktop.services.approval_state import LOCKED_YEAR_WARNING, is_year_locked
        if not is_year_locked(wb, self.year):
            return ""
        return tr_core("hub", LOCKED_YEAR_WARNING, year=str(self.year))

    def _show_current(self) -> None:
        code = self._code
        ev = self.evaluation
        if ev is None or code is None:
            self.editor.show_result(None)
            self.evidence.set_links([], lambda sha: sha)
            self._update_evidence_buttons()
            return
        from ntm_desktop.services.workspace import appraisals_for
        from ntm_desktop.store import attachments
        from ntm_desktop.store.assessment import get_assessment

        wb = self.workbook
        result = ev.indicator(code)
        assessment = get_assessment(wb, code, self.year)
        derived_key = ev.catalog.indicator(code).derived if ev.catalog else None
        self.editor.catalog_source = self.model.catalog_source()
        self.editor.locked_warning = self._locked_warning(wb)
        self.editor.show_result(result, assessment, ev.criterion(result.criterion_code),
                                appraisals_for(wb, code, self.year), derived_key)
        self._show_legal_basis(result, ev.catalog.indicator(code) if ev.catalog else None)
        links = attachments.links_for(wb, "assessment", assessment["id"]) if assessment else []
        self.evidence.set_links(links, lambda sha: attachments.blob_path(wb, sha))
        self._update_evidence_buttons()

    def _show_legal_basis(self, result: Any, indicator: Any) -> None:
        """A level the province confirmed by a decision: “Căn cứ Quyết định số … ngày … của …”
        under the level (and the catalog version a pinned year keeps)."""
        decision = getattr(indicator, "decision", None)
        if decision is None or not result.verified:
            return
        from ntm_desktop.gui.models.criteria_tree import format_threshold
        label = self.form.thresholdLabel
        text = html.escape(fill(self.tr("Mức đạt chuẩn: %1"), format_threshold(result)))
        text += "<br><small>" + html.escape(fill(self.tr("Căn cứ %1"),
                                                 decision.cite())) + "</small>"
        label.setText(text)
        label.setToolTip(decision.url or "")

    # ------------------------------------------------------------------ selection
    def select_indicator(self, code: str) -> bool:
        """Select indicator ``code`` in the tree and show it in the editor."""
        index = self.model.index_of(code)
        if not index.isValid():
            return False
        self.form.searchEdit.clear()
        self.form.openOnlyCheck.setChecked(False)
        self._select_source(index)
        self.tree.setFocus()
        return True

    def select_criterion(self, code: str) -> bool:
        """Select the first indicator of criterion ``code``."""
        index = self.model.index_of(code, "criterion")
        if not index.isValid() or self.model.rowCount(index) == 0:
            return False
        first = self.model.index(0, 0, index)
        return self.select_indicator(self.model.data(first, Qt.ItemDataRole.UserRole + 1))

    def _select_source(self, index: QModelIndex) -> None:
        proxy_index = self.proxy.mapFromSource(index)
        if not proxy_index.isValid():
            return
        self.tree.expand(proxy_index.parent())
        self.tree.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(proxy_index)

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.editor.flush()
        source = self.proxy.mapToSource(current)
        kind = self.model.node_kind(source)
        if kind == "criterion" and self.model.rowCount(source.siblingAtColumn(0)):
            return  # keep showing the last indicator; the criterion row only groups
        new = self.model.data(source.siblingAtColumn(0), Qt.ItemDataRole.UserRole + 1) \
            if kind == "indicator" else None
        if new != self._code:
            self._code = new
            self._show_current()

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        if text:
            self.tree.expandAll()

    def _on_year_value_changed(self, year: int) -> None:
        wb = self.workbook
        if wb is None:
            return
        from ntm_desktop.store.evaluation_service import set_evaluation_year
        try:
            set_evaluation_year(wb, year)
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self._reload()
        self.ctx.hub.status_message.emit(fill(self.tr("Đang xem số liệu năm %1"), str(year)), 4000)

    # ------------------------------------------------------------------ saving
    def _on_editor_edited(self, code: str, values: dict[str, Any]) -> None:
        wb = self.workbook
        if wb is None or self.evaluation is None:
            return
        from ntm_desktop.store.assessment import set_assessment

        catalog = self.evaluation.catalog
        names = {"value": self.tr("Sửa giá trị chỉ tiêu %1"),
                 "declared_status": self.tr("Sửa trạng thái chỉ tiêu %1"),
                 "note": self.tr("Sửa ghi chú chỉ tiêu %1"),
                 "responsible": self.tr("Sửa người phụ trách chỉ tiêu %1"),
                 "target_date": self.tr("Sửa thời hạn chỉ tiêu %1")}
        text = fill(names.get(next(iter(values)), self.tr("Sửa chỉ tiêu %1")), code)
        try:
            run_undoable(self.ctx, text,
                         lambda: set_assessment(wb, code, self.year, values, catalog=catalog))
        except NtmError as exc:
            self.ctx.errors.present(exc)
            self._show_current()

    # ------------------------------------------------------------------ evidence
    def _update_evidence_buttons(self) -> None:
        f = self.form
        has = self.evidence.selected_link_id() is not None
        f.addEvidenceButton.setEnabled(self._code is not None)
        f.openEvidenceButton.setEnabled(has)
        f.removeEvidenceButton.setEnabled(has)

    def _on_add_evidence_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Chọn ảnh hoặc tài liệu minh chứng"),
                             start_dir(self.ctx.settings))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([
            self.tr("Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.pdf *.doc *.docx *.xls *.xlsx)"),
            self.tr("Mọi tệp (*)")])
        dialog.filesSelected.connect(lambda files: self.add_evidence([Path(p) for p in files]))
        dialog.open()

    def add_evidence(self, files: list[Path]) -> None:
        """Attach ``files`` to the selected indicator (photos are downscaled first)."""
        wb = self.workbook
        code = self._code
        if wb is None or code is None or not files:
            return
        from ntm_desktop.store.attachments import DEFAULT_PHOTO_MAX_PX
        max_px = int(wb.meta("photo_max_px") or DEFAULT_PHOTO_MAX_PX)
        for path in files:
            self.ctx.tasks.run(prepare_evidence, Path(path), max_px,
                               label=fill(self.tr("Đang chuẩn bị tệp %1…"), Path(path).name),
                               on_result=lambda out, c=code, y=self.year: self._link_evidence(
                                   c, y, *out))

    def _link_evidence(self, code: str, year: int, data: bytes, meta: dict[str, Any]) -> None:
        wb = self.workbook
        if wb is None or self.evaluation is None:
            return
        from ntm_desktop.store import attachments
        from ntm_desktop.store.assessment import get_assessment, set_assessment

        catalog = self.evaluation.catalog

        def link() -> Any:
            with wb.atomic():
                row = get_assessment(wb, code, year) or set_assessment(wb, code, year, {},
                                                                       catalog=catalog)
                return attachments.add_bytes(wb, data, meta, entity="assessment",
                                             entity_id=row["id"])
        try:
            run_undoable(self.ctx, fill(self.tr("Thêm minh chứng cho chỉ tiêu %1"), code),
                         link)
        except NtmError as exc:
            self.ctx.errors.present(exc)

    def _on_open_evidence_clicked(self) -> None:
        item = self.evidence.currentItem()
        if item is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole + 2)))

    def _on_remove_evidence_clicked(self) -> None:
        link_id = self.evidence.selected_link_id()
        wb = self.workbook
        if link_id is None or wb is None:
            return
        from ntm_desktop.store.attachments import unlink
        try:
            run_undoable(self.ctx, fill(self.tr("Bỏ minh chứng của chỉ tiêu %1"),
                                        self._code or ""), lambda: unlink(wb, link_id))
        except NtmError as exc:
            self.ctx.errors.present(exc)
