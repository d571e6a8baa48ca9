"""Hồ sơ: the checklist of documents and what is still missing, document numbers, dates and the
signer, the narrative texts (saved when the field is left, undoable), and the PDF: built in the
background into a temporary file and previewed, printed, or saved where the officer chooses."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QTemporaryDir, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.dossier import fields as fl
from ntm_desktop.dossier.fields import as_date, parse_value
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.pages.base import Page, PageContext
from ntm_desktop.gui.tasks import Task
from ntm_desktop.gui.ui_loader import child
from ntm_desktop.gui.undo import run_undoable
from ntm_desktop.gui.widgets.file_dialogs import start_dir
from ntm_desktop.store.dossier_fields import set_fields

NUMBERED = ("to_trinh", "bao_cao_ket_qua", "bao_cao_y_kien", "bao_cao_no_dong")
DATE_KEYS = {f"{d}.date" for d in (*NUMBERED, "bien_ban")}


class NarrativeEdit(QPlainTextEdit):
    """A plain-text editor that reports ``editing_finished`` when it loses focus after a change."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.editing_finished.emit()


class DossierPage(Page):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        f = self.form
        self.tabs = child(f, QTabWidget, "tabs")
        self.checklist_tree = child(f, QTreeWidget, "checklistTree")
        self.missing_list = child(f, QListWidget, "missingList")
        self.missing_label = child(f, QLabel, "missingLabel")
        self.year_spin = child(f, QSpinBox, "yearSpin")
        self.draft_check = child(f, QCheckBox, "draftCheck")
        self.preview_button = child(f, QPushButton, "previewButton")
        self.print_button = child(f, QPushButton, "printButton")
        self.save_button = child(f, QPushButton, "saveButton")
        self.info_label = child(f, QLabel, "infoLabel")
        from ntm_desktop.gui.widgets.pdf_preview import PdfPreview  # QtPdf: saves start-up time
        self.preview = PdfPreview(child(f, QWidget, "previewHost"))
        child(f, QWidget, "previewHost").layout().addWidget(self.preview)
        self.build_task: Task | None = None
        self.save_task: Task | None = None
        self.state: dict[str, Any] | None = None
        self.edits: dict[str, QLineEdit | NarrativeEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._tmp = QTemporaryDir()
        self._counter = itertools.count(1)

        self._doc_names = {"to_trinh": self.tr("Tờ trình"),
                           "bao_cao_ket_qua": self.tr("Báo cáo kết quả"),
                           "bao_cao_y_kien": self.tr("Báo cáo ý kiến"),
                           "bao_cao_no_dong": self.tr("Báo cáo nợ đọng"),
                           "bien_ban": self.tr("Biên bản họp"), "chung": self.tr("Chung")}
        self._build_fields_form()
        self._build_texts_form()
        header = self.checklist_tree.header()
        header.setStretchLastSection(False)
        header.resizeSection(0, 32)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.checklist_tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.checklist_tree.setUniformRowHeights(False)
        self.checklist_tree.setWordWrap(True)  # whole titles, wrapped at word boundaries
        header.sectionResized.connect(  # row heights follow the title column's width
            lambda *_: QTimer.singleShot(0, self._fit_checklist_rows))
        self.missing_list.setWordWrap(True)
        self.tabs.setMinimumWidth(400)
        self.missing_list.itemActivated.connect(self._on_missing_activated)
        self.preview_button.clicked.connect(self.build_preview)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self.preview.print_document)
        self.year_spin.valueChanged.connect(lambda _v: self._reload_state())
        self.preview.did_load.connect(lambda n: self.print_button.setEnabled(n > 0))
        self.print_button.setEnabled(False)
        splitter = child(f, QSplitter, "splitter")
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 520])
        self.refresh([])

    # ------------------------------------------------------------------ forms
    def _field_edit(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field_{key}")
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(lambda k=key: self._on_field_finished(k))
        self.edits[key] = edit
        err = QLabel()
        err.setObjectName(f"error_{key}")
        err.setStyleSheet("color: #b71c1c;")
        err.setWordWrap(True)
        err.hide()
        self.errors[key] = err
        return edit

    def _build_fields_form(self) -> None:
        host = child(self.form, QWidget, "fieldsHost")
        form = QFormLayout(host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        date_hint = self.tr("ngày/tháng/năm")

        def row(label: str, first: tuple[str, str], second: tuple[str, str] | None = None,
                sep: str = "") -> None:
            line = QHBoxLayout()
            line.addWidget(self._field_edit(*first), 1)
            keys = [first[0]]
            if second is not None:
                line.addWidget(QLabel(sep))
                line.addWidget(self._field_edit(*second), 1)
                keys.append(second[0])
            form.addRow(label, line)
            for key in keys:
                form.addRow("", self.errors[key])

        day = self.tr("ngày")
        row(self.tr("Người ký:"), ("signer.name", self.tr("Họ và tên")))
        row(self.tr("Chức vụ:"), ("signer.title", self.tr("CHỦ TỊCH")))
        row(self.tr("Kính gửi:"), ("to_trinh.recipient", self.tr("Ủy ban nhân dân tỉnh …")))
        for d in NUMBERED:
            row(fill(self.tr("%1 số:"), self._doc_names[d]),
                (f"{d}.number", self.tr("Số")), (f"{d}.date", date_hint), day)
        row(self.tr("Ngày họp:"), ("bien_ban.date", date_hint))
        row(self.tr("Thành viên biểu quyết:"), ("bien_ban.members", self.tr("tổng số")),
            ("bien_ban.present", self.tr("số có mặt")), self.tr("có mặt"))
        row(self.tr("Số phiếu đồng ý:"), ("bien_ban.votes_for", ""),
            ("bien_ban.votes_against", ""), self.tr("không đồng ý"))

    def _build_texts_form(self) -> None:
        host = child(self.form, QWidget, "textsHost")
        layout = QVBoxLayout(host)
        texts = [
            ("text.to_chuc", self.tr("Công tác tổ chức, chỉ đạo, điều hành")),
            ("text.tuyen_truyen", self.tr("Công tác tuyên truyền, vận động")),
            ("text.ton_tai", self.tr("Tồn tại, hạn chế và nguyên nhân")),
            ("text.ke_hoach", self.tr("Kế hoạch duy trì, nâng cao chất lượng tiêu chí")),
            ("text.to_trinh", self.tr("Đoạn bổ sung trong tờ trình")),
            ("text.y_kien.to_chuc", self.tr("Ý kiến của Mặt trận Tổ quốc và các tổ chức")),
            ("text.y_kien.nhan_dan", self.tr("Ý kiến của nhân dân")),
            ("text.bien_ban.thao_luan", self.tr("Ý kiến thảo luận tại cuộc họp")),
            ("text.no_dong", self.tr("Thuyết minh tình hình nợ đọng, quyết toán")),
        ]
        for key, label in texts:
            caption = QLabel(f"<b>{label}</b>")
            edit = NarrativeEdit()
            edit.setObjectName(f"field_{key}")
            edit.setAccessibleName(label)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(90)
            edit.editing_finished.connect(lambda k=key: self._on_field_finished(k))
            caption.setBuddy(edit)
            self.edits[key] = edit
            layout.addWidget(caption)
            layout.addWidget(edit)
        layout.addStretch(1)

    # ------------------------------------------------------------------ data
    def refresh(self, changes: list[Any]) -> None:
        wb = self.workbook
        enabled = wb is not None and wb.commune() is not None
        for w in (self.preview_button, self.save_button, self.tabs):
            w.setEnabled(enabled)
        if not enabled:
            self.state = None
            self.missing_label.setText(self.tr("Chưa mở sổ dữ liệu của xã."))
            return
        if not changes:
            self.year_spin.blockSignals(True)
            from ntm_desktop.services import dossier as dossier_svc  # saves start-up time
            self.year_spin.setValue(dossier_svc.dossier_year(wb))
            self.year_spin.blockSignals(False)
        self._reload_state()

    def _reload_state(self) -> None:
        wb = self.workbook
        if wb is None:
            return
        from ntm_desktop.services import dossier as dossier_svc  # saves start-up time
        try:
            self.state = dossier_svc.dossier_state(wb, self.year_spin.value())
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        values = self.state["fields"]
        for key, edit in self.edits.items():
            if edit.hasFocus():
                continue
            text = self._display_value(key, values.get(key))
            if isinstance(edit, QLineEdit):
                if edit.text() != text:
                    edit.setText(text)
            elif edit.toPlainText() != text:
                edit.setPlainText(text)
                edit.document().setModified(False)
        self._show_checklist()
        self._show_missing()

    @staticmethod
    def _display_value(key: str, value: Any) -> str:
        if value in (None, ""):
            return ""
        if key in DATE_KEYS:
            d = as_date(value)
            return vf.short_date(d) if d else str(value)
        if isinstance(value, list):
            return "; ".join(map(str, value))
        return str(value)

    def _show_checklist(self) -> None:
        cl = self.state["checklist"]
        child(self.form, QLabel, "checklistTitle").setText(f"<b>{cl.title}</b>")
        self.checklist_tree.clear()
        for i, item in enumerate(cl.documents, start=1):
            how = self.tr("Lập tự động") if item.generated else self.tr("Bản giấy kèm theo")
            row = QTreeWidgetItem([str(i), item.title, how])
            row.setToolTip(1, item.title + (f" — {item.copy}" if item.copy else ""))
            self.checklist_tree.addTopLevelItem(row)
        self._fit_checklist_rows()

    def _fit_checklist_rows(self) -> None:
        """Each title wrapped whole at word boundaries: its row is as tall as its lines."""
        tree = self.checklist_tree
        width = max(tree.header().sectionSize(1) - 8, 40)
        fm = tree.fontMetrics()
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            rect = fm.boundingRect(QRect(0, 0, width, 10_000),
                                   int(Qt.TextFlag.TextWordWrap), item.text(1))
            item.setSizeHint(1, QSize(width, rect.height() + 6))
        tree.doItemsLayout()

    def _show_missing(self) -> None:
        missing = self.state["missing"]
        self.missing_list.clear()
        for m in missing:
            doc = self._doc_names.get(m.document, m.document)
            what = tr_core(fl.CTX, m.label)  # marked QT_TRANSLATE_NOOP(fl.CTX, …) in fields.py
            item = QListWidgetItem(f"{doc}: {what}")
            item.setData(256, m.key)
            self.missing_list.addItem(item)
        if missing:
            self.missing_label.setText(fill(self.tr(
                "<b>Còn thiếu %1 thông tin</b> trước khi in bản chính thức (bấm đúp để nhập):"), str(len(missing))))
            self.missing_label.setStyleSheet("color: #8a4b00;")
        else:
            self.missing_label.setText(self.tr(
                "✓ Đã nhập đủ thông tin của các văn bản; tiêu chí và điều kiện công nhận được "
                "kiểm tra khi lập hồ sơ."))
            self.missing_label.setStyleSheet("color: #1b5e20;")
        if getattr(self, "_had_missing", None) != bool(missing):  # offer the draft when needed
            self.draft_check.setChecked(bool(missing))
            self._had_missing = bool(missing)

    def _on_missing_activated(self, item: QListWidgetItem) -> None:
        edit = self.edits.get(str(item.data(256)))
        if edit is not None:
            self.tabs.setCurrentIndex(1)
            edit.setFocus()

    # ------------------------------------------------------------------ editing
    def _on_field_finished(self, key: str) -> None:
        wb = self.workbook
        edit = self.edits[key]
        if wb is None:
            return
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        err = self.errors.get(key)
        try:
            value = parse_value(key, text) if text.strip() else None
        except ValidationError as exc:
            if err is not None:
                err.setText(user_message(exc))
                err.show()
            return
        if err is not None:
            err.hide()
        current = (self.state or {}).get("fields", {}).get(key)
        if value == current or (value is None and current in (None, "")):
            return
        try:
            run_undoable(self.ctx, self.tr("Sửa thông tin hồ sơ"),
                         lambda: set_fields(wb, {key: value}))
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self._reload_state()

    # ------------------------------------------------------------------ PDF
    def _can_build(self) -> bool:
        if self.state and self.state["missing"] and not self.draft_check.isChecked():
            self.info_label.setText(fill(self.tr(
                "Còn thiếu %1 thông tin: hãy nhập đủ (xem “Danh mục hồ sơ”) hoặc chọn "
                "“Bản dự thảo”."), str(len(self.state["missing"]))))
            self.tabs.setCurrentIndex(0)
            return False
        return self.workbook is not None

    def build_preview(self) -> Task | None:
        """Build the PDF in the background into a temporary file, then show it."""
        if not self._can_build():
            return None
        out = Path(self._tmp.path()) / f"ho-so-{next(self._counter)}.pdf"
        self.preview_button.setEnabled(False)
        self.info_label.setText(self.tr("Đang lập hồ sơ…"))
        from ntm_desktop.services import dossier as dossier_svc  # saves start-up time
        self.build_task = self.ctx.tasks.run(
            dossier_svc.build_dossier_pdf, self.workbook.path, self.year_spin.value(), out,
            draft=self.draft_check.isChecked(), label=self.tr("Đang lập hồ sơ PDF…"),
            on_result=self._on_built, on_error=self._on_build_failed,
            on_cancel=lambda: self.info_label.setText(self.tr("Đã hủy lập hồ sơ.")),
            on_finish=lambda: self.preview_button.setEnabled(self.workbook is not None))
        return self.build_task

    def build_and_print(self) -> Task | None:
        """Tệp → In hồ sơ…: build the dossier (draft while fields are missing), then open the
        print dialog on it."""
        if self.workbook is None:
            return None
        if self.state and self.state["missing"]:
            self.draft_check.setChecked(True)
        task = self.build_preview()
        if task is not None:
            task.did_succeed.connect(lambda _info: self.preview.print_document())
        return task

    def _show_problems(self, problems: list[dict[str, str]]) -> None:
        """What keeps the final paper from printing (criteria, recognition conditions,
        thresholds, implausible values, photos), as ``ntm dossier check`` lists it."""
        if not problems:
            return
        self.missing_list.clear()
        for p in problems:
            # marked QT_TRANSLATE_NOOP("dossier", …) in dossier/eligibility.py
            text = tr_core("dossier", p["template"]).format(**p["args"]) \
                if p.get("template") else p["text"]
            item = QListWidgetItem(text)
            item.setData(256, p["code"])
            item.setToolTip(text)
            self.missing_list.addItem(item)
        self.missing_label.setText(fill(self.tr(
            "<b>Chưa in được bản chính thức: %1 nội dung chưa đáp ứng</b> (bản dự thảo in "
            "được, kèm trang kiểm tra):"), str(len(problems))))
        self.missing_label.setStyleSheet("color: #8a4b00;")

    def _on_built(self, info: dict[str, Any]) -> None:
        self._show_problems(info.get("problems") or [])
        old = self.preview.path
        pages = self.preview.load(Path(info["output"]))
        if old is not None and old != self.preview.path:
            old.unlink(missing_ok=True)
        kind = self.tr("bản dự thảo") if info.get("draft") else self.tr("bản chính thức")
        self.info_label.setText(fill(self.tr("Hồ sơ %1: %2 trang, mã hồ sơ %3."),
                                     kind, str(pages), info.get("dossier_code") or "—"))

    def _on_build_failed(self, exc: BaseException) -> None:
        self.info_label.setText("")
        problems = getattr(exc, "problems", None)
        if problems:   # the final paper is refused: list why, offer the draft
            self._show_problems([p.to_json() for p in problems])
            self.draft_check.setChecked(True)
            self.tabs.setCurrentIndex(0)
            self.info_label.setText(self.tr("Hồ sơ chưa đủ điều kiện in bản chính thức; xem "
                                            "danh sách ở trang “Danh mục hồ sơ”."))
            return
        self.ctx.errors.present(exc)

    def _on_save_clicked(self) -> None:
        if not self._can_build():
            return
        c = self.workbook.commune() or {}
        name = f"Ho-so-NTM-{c.get('code', 'xa')}-{self.year_spin.value()}"
        if self.draft_check.isChecked():
            name += "-du-thao"
        dlg = QFileDialog(self, self.tr("Lưu hồ sơ PDF"), start_dir(self.ctx.settings))
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setNameFilter(self.tr("Tệp PDF (*.pdf)"))
        dlg.setDefaultSuffix("pdf")
        dlg.selectFile(name + ".pdf")
        dlg.fileSelected.connect(lambda p: self.save_pdf(Path(p)))
        dlg.open()

    def save_pdf(self, dest: Path) -> Task | None:
        """Build the dossier straight into ``dest`` (temporary file, then renamed)."""
        if self.workbook is None:
            return None
        from ntm_desktop.services import dossier as dossier_svc  # saves start-up time
        self.save_task = self.ctx.tasks.run(
            dossier_svc.build_dossier_pdf, self.workbook.path, self.year_spin.value(), dest,
            draft=self.draft_check.isChecked(), label=self.tr("Đang lưu hồ sơ PDF…"),
            on_result=lambda info: self.ctx.hub.status_message.emit(
                fill(self.tr("Đã lưu hồ sơ (%1 trang): %2"), str(info["pages"]), str(dest)), 8000),
            on_error=self.ctx.errors.present)
        return self.save_task
