"""Cách ly: every refused file with its reason, date received and sender AS CLAIMED (not
verified); re-check (after trusting a key, or once the missing package came), trust the key of
a package set aside, delete with confirmation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ntm_desktop.gui.hub.common import (
    FINGERPRINT_PX,
    HubContext,
    HubPage,
    fill_table,
    fmt_date,
    heading,
    readonly_table,
)
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.widgets.field_validation import confirm
from ntm_desktop.services import quarantine
from ntm_desktop.services.hub_import import template_args


class QuarantinePage(HubPage):
    def __init__(self, ctx: HubContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.items: list[quarantine.QuarantineItem] = []
        self.box: Any = None
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Cách ly — các gói bị từ chối"), self))
        hint = QLabel(self.tr("Người gửi là điều gói tự khai, chưa được kiểm chứng. Không gói "
                              "nào ở đây đã được nhập."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        # the reason takes the room left; the fingerprint (whole) when there is room (the
        # reason below the table quotes it)
        self.table = readonly_table(self, [self.tr("Tệp"), self.tr("Lý do"), self.tr("Ngày nhận"),
                                           self.tr("Người gửi (tự khai)"), self.tr("Mã xã"),
                                           self.tr("Mã vân tay")], "quarantineTable",
                                    settings=ctx.settings, fit="quarantine/table", stretch=1,
                                    key=(0, 2, 3, 4),
                                    caps={0: 240, 3: 200, 5: FINGERPRINT_PX})
        lay.addWidget(self.table, 1)
        self.detail = QLabel(self)
        self.detail.setObjectName("detailLabel")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # reasons quote outside text
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3 + 4)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.detail)
        bar = QHBoxLayout()
        self.recheck_button = QPushButton(self.tr("Kiểm tra lại"), self)
        self.recheck_button.setObjectName("recheckButton")
        self.recheck_all_button = QPushButton(self.tr("Kiểm tra lại tất cả"), self)
        self.recheck_all_button.setObjectName("recheckAllButton")
        self.trust_button = QPushButton(self.tr("Đăng ký khóa của gói…"), self)
        self.trust_button.setObjectName("trustButton")
        self.delete_button = QPushButton(self.tr("Xóa…"), self)
        self.delete_button.setObjectName("deleteButton")
        self.refresh_button = QPushButton(self.tr("Làm mới"), self)
        self.refresh_button.setObjectName("refreshButton")
        for b in (self.recheck_button, self.recheck_all_button, self.trust_button,
                  self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        lay.addLayout(bar)
        self.table.itemSelectionChanged.connect(self._selection)
        self.recheck_button.clicked.connect(self.recheck_selected)
        self.recheck_all_button.clicked.connect(
            lambda: self._recheck([Path(i.path) for i in self.items]))
        self.trust_button.clicked.connect(self.trust_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.refresh_button.clicked.connect(self.reload)

    def reload(self) -> None:
        self.ctx.tasks.run(quarantine.list_quarantine, self.ctx.paths, on_result=self._show,
                           show_progress=False)

    def _show(self, items: list[quarantine.QuarantineItem]) -> None:
        self.items = items
        fill_table(self.table, [[Path(i.path).name, self.reason(i), fmt_date(i.received),
                                 i.sender or "—", i.commune_code or "—", i.fingerprint or "—"]
                                for i in self.items])
        self.recheck_all_button.setEnabled(bool(self.items))
        self._selection()

    def reason(self, i: quarantine.QuarantineItem) -> str:
        args = template_args(i.reason_template, i.reason) if i.reason_template else None
        if args is None:
            return i.reason
        return tr_core("errors", i.reason_template, **{"detail": "", "member": "", **args,
                                                         "code": i.code})

    def selected(self) -> list[quarantine.QuarantineItem]:
        rows = sorted({ix.row() for ix in self.table.selectedIndexes()})
        return [self.items[r] for r in rows if r < len(self.items)]

    def _selection(self) -> None:
        sel = self.selected()
        self.recheck_button.setEnabled(bool(sel))
        self.delete_button.setEnabled(bool(sel))
        self.trust_button.setEnabled(len(sel) == 1 and sel[0].code == "unknown_key")
        self.detail.setText(self.reason(sel[0]) if len(sel) == 1 else "")

    def recheck_selected(self) -> None:
        self._recheck([Path(i.path) for i in self.selected()])

    def _recheck(self, files: list[Path]) -> None:
        if not files:
            return
        page = self.ctx.window.page("import")
        page.import_paths(files, recheck=True)
        if page.task is not None:
            page.task.did_finish.connect(self.reload)

    def trust_selected(self) -> None:
        sel = self.selected()
        if len(sel) != 1:
            return
        try:
            card = quarantine.card_of_package(self.ctx.paths, Path(sel[0].path))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(exc)
            return
        text = self.tr("Khóa của “%1” (xã %2), mã vân tay:\n%3\n\nGọi điện cho cán bộ xã và so "
                       "từng nhóm ký tự. Chỉ đăng ký khi khớp hoàn toàn.")
        text = fill(text, card["name"], card.get("commune_code") or "—", card["fingerprint"])
        path = Path(sel[0].path)
        self.box = confirm(self, self.tr("Đăng ký khóa của xã"), text,
                           self.tr("Khớp — đăng ký và kiểm tra lại"), self.tr("Không khớp"),
                           lambda: self._trust(path))

    def _trust(self, path: Path) -> None:
        try:
            quarantine.trust_from_package(self.ctx.paths, path)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(exc)
            return
        self._recheck([path])

    def delete_selected(self) -> None:
        sel = self.selected()
        if not sel:
            return
        text = fill(self.tr("Xóa hẳn %1 tệp khỏi thư mục cách ly? Không khôi phục được."),
                    str(len(sel)))
        self.box = confirm(self, self.tr("Xóa tệp bị cách ly"), text, self.tr("Xóa"),
                           self.tr("Không xóa"), lambda: self._delete(sel))

    def _delete(self, items: list[quarantine.QuarantineItem]) -> None:
        for i in items:
            try:
                quarantine.delete_item(self.ctx.paths, Path(i.path))
            except Exception as exc:  # noqa: BLE001 - shown to the user
                self.ctx.errors.present(exc)
        self.reload()
