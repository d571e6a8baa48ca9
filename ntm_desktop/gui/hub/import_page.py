"""Nhập gói: drop files or a folder on the window, choose files, or import the folder where
e-mail attachments are saved. Packages are verified and applied in the background with progress
and Cancel; one plain-language line per package. An unknown key: compare the fingerprint on the
phone, trust it and re-check in one click."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.core.progress import Progress
from ntm_desktop.gui.hub.common import HubContext, choose_paths, fit_columns, heading, tip
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.widgets.field_validation import confirm
from ntm_desktop.services import hub_import, quarantine

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
COLORS = {"applied": "#15803d", "duplicate": "#6b7280", "rejected": "#b91c1c",
          "set_aside": "#b45309"}


def line_text(line: hub_import.ResultLine) -> str:
    """The result line translated (templates of context "hub", reasons of context "errors")."""
    args = dict(line.args)
    if line.reason_template:
        args["reason"] = tr_core("errors", line.reason_template, **line.reason_args)
    return tr_core("hub", line.template, **args)


class ImportPage(QWidget):
    def __init__(self, ctx: HubContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Any = None
        self.lines: list[hub_import.ResultLine] = []
        self.box: Any = None
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Nhập gói dữ liệu của các xã"), self))
        hint = QLabel(self.tr("Kéo thả tệp .ntmpkg hoặc cả thư mục vào cửa sổ, chọn tệp, hoặc "
                              "nhập thư mục nơi lưu tệp đính kèm thư điện tử. Mỗi gói được "
                              "kiểm tra chữ ký và từng tệp thành phần trước khi nhập; gói hỏng "
                              "hoặc lạ được chuyển vào Cách ly, không thay đổi gì."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        bar = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Chọn tệp…"), self)
        self.files_button.setObjectName("filesButton")
        self.folder_button = QPushButton(self.tr("Chọn thư mục…"), self)
        self.folder_button.setObjectName("folderButton")
        self.mail_button = QPushButton(self.tr("Nhập thư mục thư điện tử"), self)
        self.mail_button.setObjectName("mailButton")
        self.mail_choose = QPushButton(self.tr("Đặt thư mục thư điện tử…"), self)
        self.mail_choose.setObjectName("mailChooseButton")
        for b in (self.files_button, self.folder_button, self.mail_button, self.mail_choose):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.mail_label = QLabel(self)
        self.mail_label.setObjectName("mailLabel")
        lay.addWidget(self.mail_label)
        prog = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Dừng"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setVisible(False)
        prog.addWidget(self.progress, 1)
        prog.addWidget(self.cancel_button)
        lay.addLayout(prog)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.results = QTreeWidget(self)
        self.results.setObjectName("resultsList")
        self.results.setHeaderLabels([self.tr("Kết quả"), self.tr("Tệp"), self.tr("Nội dung")])
        self.results.setRootIsDecorated(False)
        self.results.setIndentation(0)  # a flat list: the first column needs no indent
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        # the result and the file at their width, the message takes the rest (whole in its
        # tooltip)
        self.columns = fit_columns(self.results, ctx.settings, "import/results", stretch=2,
                                   key=(0, 1), caps={1: 240})
        lay.addWidget(self.results, 1)
        act = QHBoxLayout()
        self.trust_button = QPushButton(self.tr("So mã vân tay, đăng ký khóa và kiểm tra lại…"),
                                        self)
        self.trust_button.setObjectName("trustButton")
        self.trust_button.setEnabled(False)
        self.review_button = QPushButton(self.tr("Thẩm định xã này"), self)
        self.review_button.setObjectName("reviewButton")
        self.review_button.setEnabled(False)
        act.addWidget(self.trust_button)
        act.addWidget(self.review_button)
        act.addStretch(1)
        lay.addLayout(act)
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.mail_button.clicked.connect(self.import_mail_folder)
        self.mail_choose.clicked.connect(self.choose_mail_folder)
        self.cancel_button.clicked.connect(self.cancel)
        self.results.currentItemChanged.connect(lambda *_: self._selection())
        self.trust_button.clicked.connect(self.trust_selected)
        self.review_button.clicked.connect(self._review_selected)
        self._show_mail_folder()

    # ------------------------------------------------------------------ choosing
    def choose_files(self) -> None:
        self.ctx.window.go("import")
        choose_paths(self, self.tr("Chọn gói dữ liệu cần nhập"), self.import_paths,
                     name_filter=self.tr("Gói dữ liệu NTM (*.ntmpkg);;Mọi tệp (*)"))

    def choose_folder(self) -> None:
        choose_paths(self, self.tr("Chọn thư mục chứa gói dữ liệu"), self.import_paths,
                     mode="folder")

    def mail_folder(self) -> Path | None:
        v = self.ctx.settings.value("hub/mail_folder", "")
        return Path(str(v)) if v else None

    def _show_mail_folder(self) -> None:
        f = self.mail_folder()
        self.mail_button.setEnabled(f is not None)
        self.mail_label.setText(fill(self.tr("Thư mục thư điện tử: %1"),
                                     html.escape(str(f))) if f else self.tr("Chưa đặt thư mục thư điện tử."))

    def choose_mail_folder(self) -> None:
        def chosen(paths: list[Path]) -> None:
            if paths:
                self.ctx.settings.setValue("hub/mail_folder", str(paths[0]))
                self._show_mail_folder()
        choose_paths(self, self.tr("Thư mục lưu tệp đính kèm thư điện tử"), chosen,
                     mode="folder")

    def import_mail_folder(self) -> None:
        f = self.mail_folder()
        if f is None:
            self.choose_mail_folder()
            return
        self.ctx.window.go("import")
        self.import_paths([f])

    # ------------------------------------------------------------------ importing
    def import_paths(self, paths: list[Path], *, recheck: bool = False) -> None:
        if self.task is not None or not paths:
            return
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(True)
        self.summary.setText(self.tr("Đang kiểm tra và nhập…"))
        fn = quarantine.recheck if recheck else hub_import.import_packages
        self.task = self.ctx.tasks.run(fn, self.ctx.paths, list(paths), on_result=self._done,
                                       on_progress=self._progress, on_finish=self._finished,
                                       on_cancel=self._cancelled, show_progress=False)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, p: Progress) -> None:
        if p.total:
            self.progress.setRange(0, p.total)
            self.progress.setValue(p.done)
            self.progress.setFormat(fill(self.tr("%1/%2 gói"), str(p.done), str(p.total)))

    def _cancelled(self) -> None:
        self.summary.setText(self.tr("Đã dừng."))

    def _finished(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _done(self, result: hub_import.HubImportResult) -> None:
        self.show_result(result)
        if result.communes:
            self.ctx.window.notify_changed(result.communes)
        if any(not line.ok for line in result.lines):
            self.ctx.window.notify_changed([])

    def show_result(self, result: hub_import.HubImportResult) -> None:
        self.lines = list(result.lines) + self.lines
        for line in reversed(result.lines):
            item = QTreeWidgetItem([self._status_text(line.status), line.file, line_text(line)])
            item.setForeground(0, QBrush(QColor(COLORS.get(line.status, "#000"))))
            item.setData(0, LINE_ROLE, line)
            item.setToolTip(2, tip(line_text(line)))
            self.results.insertTopLevelItem(0, item)
        n = hub_import.summary(result)
        text = self.tr("Đã nhập %1 gói; đã có %2; từ chối %3; khóa chưa đăng ký %4.")
        for i, k in enumerate(("applied", "duplicate", "rejected", "set_aside"), 1):
            text = text.replace(f"%{i}", str(n.get(k, 0)))
        if result.cancelled:
            text += " " + self.tr("Đã dừng theo yêu cầu; các gói còn lại chưa nhập.")
        self.summary.setText(text)
        if self.results.topLevelItemCount():
            self.results.setCurrentItem(self.results.topLevelItem(0))

    def _status_text(self, status: str) -> str:
        return {"applied": self.tr("Đã nhập"), "duplicate": self.tr("Đã có"),
                "rejected": self.tr("Từ chối"),
                "set_aside": self.tr("Khóa chưa đăng ký")}.get(status, status)

    # ------------------------------------------------------------------ actions on a line
    def selected_line(self) -> hub_import.ResultLine | None:
        item = self.results.currentItem()
        return item.data(0, LINE_ROLE) if item else None

    def _selection(self) -> None:
        line = self.selected_line()
        self.trust_button.setEnabled(bool(line and line.code == "unknown_key"
                                          and line.quarantine
                                          and Path(line.quarantine).exists()))
        self.review_button.setEnabled(bool(line and line.status == "applied"))

    def _review_selected(self) -> None:
        line = self.selected_line()
        if line and line.commune_code:
            self.ctx.window.open_review(line.commune_code)

    def trust_selected(self) -> None:
        line = self.selected_line()
        if not line or not line.quarantine:
            return
        try:
            card = quarantine.card_of_package(self.ctx.paths, Path(line.quarantine))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(exc)
            return
        text = self.tr("Gói này được ký bằng khóa của “%1” (xã %2).\n\nMã vân tay:\n%3\n\n"
                       "Gọi điện cho cán bộ xã, đọc mã vân tay trên máy của họ và so từng nhóm "
                       "ký tự. Chỉ đăng ký khi khớp hoàn toàn.")
        text = fill(text, card["name"], card.get("commune_code") or "—", card["fingerprint"])
        self.box = confirm(self, self.tr("Đăng ký khóa của xã"), text,
                           self.tr("Khớp — đăng ký và kiểm tra lại"), self.tr("Không khớp"),
                           lambda: self._trust_and_recheck(Path(line.quarantine or "")))

    def _trust_and_recheck(self, file: Path) -> None:
        try:
            quarantine.trust_from_package(self.ctx.paths, file)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(exc)
            return
        self.ctx.window.notify_changed([])
        self.import_paths([file], recheck=True)
