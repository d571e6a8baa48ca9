"""Khóa và tin cậy: the appraising body (name, level), its key's fingerprint and QR code, its
public card to send to the communes; the communes' keys trusted — one card or a whole folder at
once (a table of the cards found with commune and fingerprint, a tick per row after comparing
fingerprints on the phone; a second key for a commune only when explicitly replacing)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.gui.hub.common import (
    FINGERPRINT_PX,
    HubContext,
    HubPage,
    choose_paths,
    compact_rows,
    fill_table,
    fit_columns,
    fmt_date,
    heading,
    readonly_table,
    tip,
)
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.widgets.field_validation import confirm
from ntm_desktop.services import hub_trust
from ntm_desktop.services.hub_common import LEVELS, hub_info
from ntm_desktop.services.keys import key_qr_png, write_public_card

CARD_ROLE = Qt.ItemDataRole.UserRole + 1


class CardsDialog(QDialog):
    """The cards found: tick the rows whose fingerprint the commune confirmed."""

    def __init__(self, parent: QWidget, ctx: HubContext, rows: list[hub_trust.CardRow]) -> None:
        super().__init__(parent)
        self.setObjectName("cardsDialog")
        self.ctx = ctx
        self.rows = rows
        self.results: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Đăng ký thẻ khóa của các xã"))
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("Gọi điện cho từng xã, đọc mã vân tay và chỉ đánh dấu dòng khớp "
                              "hoàn toàn. Xã đã có khóa đang dùng: chỉ thay khi xã xác nhận đã "
                              "đổi khóa (đánh dấu cột “Thay khóa cũ”)."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.table = QTableWidget(len(rows), 7, self)
        self.table.setObjectName("cardsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Đã so khớp"), self.tr("Mã xã"), self.tr("Tên"), self.tr("Mã vân tay"),
            self.tr("Tình trạng"), self.tr("Thay khóa cũ"), self.tr("Tệp")])
        compact_rows(self.table)
        for i, r in enumerate(rows):
            tick = QTableWidgetItem()
            can = r.state in (hub_trust.NEW, hub_trust.CONFLICT)
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          if can else Qt.ItemFlag.NoItemFlags)
            tick.setCheckState(Qt.CheckState.Unchecked)
            tick.setData(CARD_ROLE, i)
            self.table.setItem(i, 0, tick)
            state = tr_core("hub", hub_trust.STATE_LABELS[r.state])
            if r.state == hub_trust.CONFLICT and r.existing:
                state += " (" + r.existing["fingerprint"] + ")"
            if r.state == hub_trust.BAD and r.error:
                state += ": " + tr_core("errors", r.error, **r.error_args)
            for col, text in ((1, r.commune_code), (2, r.name), (3, r.fingerprint), (4, state),
                              (6, Path(r.file).name)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(tip(text))
                self.table.setItem(i, col, item)
            rep = QTableWidgetItem()
            rep.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                         if r.state == hub_trust.CONFLICT else Qt.ItemFlag.NoItemFlags)
            if r.state == hub_trust.CONFLICT:
                rep.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(i, 5, rep)
        # tick, commune, fingerprint (never cut: it is read aloud on the phone), state and
        # replacement first; the name takes the rest; the file while there is room
        fit_columns(self.table, ctx.settings, "keys/cards", stretch=2, key=(0, 1, 3, 4, 5),
                    min_stretch=140, caps={3: FINGERPRINT_PX})
        lay.addWidget(self.table, 1)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        lay.addWidget(self.result_label)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Đăng ký các thẻ đã đánh dấu"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("okButton")
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeButton")
        buttons.accepted.connect(self.register)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(1000, 480)

    def tick(self, row: int, *, replace: bool = False) -> None:
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        if replace:
            self.table.item(row, 5).setCheckState(Qt.CheckState.Checked)

    def register(self) -> None:
        cards, replace = [], set()
        for i, r in enumerate(self.rows):
            if self.table.item(i, 0).checkState() == Qt.CheckState.Checked and r.card:
                cards.append(r.card)
                rep = self.table.item(i, 5)
                if rep.flags() & Qt.ItemFlag.ItemIsUserCheckable and \
                        rep.checkState() == Qt.CheckState.Checked:
                    replace.add(r.commune_code)
        if not cards:
            self.result_label.setText(self.tr("Chưa đánh dấu thẻ nào."))
            return
        self.results = hub_trust.trust_cards(self.ctx.paths, cards, replace=replace)
        ok = sum(1 for r in self.results if r["ok"])
        lines = [fill(self.tr("Đã đăng ký %1/%2 thẻ."), str(ok), str(len(cards)))]
        for r in self.results:
            if not r["ok"]:
                lines.append(f"{r['card'].get('commune_code')}: "
                             + tr_core("errors", r["error"], **r["args"]))
        self.result_label.setText("\n".join(lines))
        self.ctx.window.notify_changed([])
        if ok == len(cards):
            self.accept()


class KeysPage(HubPage):
    def __init__(self, ctx: HubContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.info: dict[str, Any] = {}
        self.keys: list[dict[str, Any]] = []
        self.cards_dialog: CardsDialog | None = None
        self.box: Any = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        own = QGroupBox(self.tr("Cơ quan thẩm định và khóa ký"), self)
        ol = QHBoxLayout(own)
        self.qr = QLabel(own)
        self.qr.setObjectName("qrLabel")
        self.qr.setFixedSize(140, 140)
        self.qr.setScaledContents(True)
        ol.addWidget(self.qr)
        col = QVBoxLayout()
        self.body = QLabel(own)
        self.body.setObjectName("bodyInfo")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.body)
        row = QHBoxLayout()
        self.card_button = QPushButton(self.tr("Lưu thẻ khóa công khai…"), own)
        self.card_button.setObjectName("saveCardButton")
        self.qr_button = QPushButton(self.tr("Lưu ảnh mã QR để in…"), own)
        self.qr_button.setObjectName("saveQrButton")
        self.print_button = QPushButton(self.tr("In thẻ khóa…"), own)
        self.print_button.setObjectName("printCardButton")
        row.addWidget(self.card_button)
        row.addWidget(self.qr_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        col.addLayout(row)
        ol.addLayout(col, 1)
        lay.addWidget(own)
        lay.addWidget(heading(self.tr("Khóa của các xã được tin cậy"), self))
        # the fingerprint is read aloud on the phone: never cut
        self.table = readonly_table(self, [self.tr("Mã xã"), self.tr("Tên"),
                                           self.tr("Mã vân tay"), self.tr("Tình trạng"),
                                           self.tr("Ngày đăng ký")], "keysTable",
                                    settings=ctx.settings, fit="keys/table", stretch=1,
                                    key=(0, 2, 3), caps={2: FINGERPRINT_PX})
        lay.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Đăng ký thẻ khóa…"), self)
        self.add_button.setObjectName("addCardsButton")
        self.folder_button = QPushButton(self.tr("Đăng ký cả thư mục thẻ khóa…"), self)
        self.folder_button.setObjectName("addFolderButton")
        self.revoke_button = QPushButton(self.tr("Thu hồi…"), self)
        self.revoke_button.setObjectName("revokeButton")
        for b in (self.add_button, self.folder_button, self.revoke_button):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.output_label = QLabel(self)
        self.output_label.setObjectName("outputLabel")
        self.output_label.setTextFormat(Qt.TextFormat.PlainText)  # file paths
        lay.addWidget(self.output_label)
        self.card_button.clicked.connect(lambda: choose_paths(
            self, self.tr("Lưu thẻ khóa công khai"), self.save_card, mode="save",
            default_name="the-khoa-co-quan-tham-dinh.card.json"))
        self.qr_button.clicked.connect(lambda: choose_paths(
            self, self.tr("Lưu ảnh mã QR"), self.save_qr, mode="save",
            default_name="ma-qr-khoa.png"))
        self.print_button.clicked.connect(self.print_card)
        self.add_button.clicked.connect(lambda: choose_paths(
            self, self.tr("Chọn thẻ khóa của xã"), self.scan,
            name_filter=self.tr("Thẻ khóa (*.json *.card *.ntmkey);;Mọi tệp (*)")))
        self.folder_button.clicked.connect(lambda: choose_paths(
            self, self.tr("Chọn thư mục chứa thẻ khóa của các xã"), self.scan, mode="folder"))
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.table.itemSelectionChanged.connect(self._selection)

    def reload(self) -> None:
        try:
            self.info = hub_info(self.ctx.paths)
            self.keys = hub_trust.trust_list(self.ctx.paths)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(exc)
            return
        card = self.info.get("card")
        level = LEVELS.get(self.info.get("level") or "")
        text = f"<b>{html.escape(self.info['name'])}</b>" + (
            f" — {tr_core('hub', level)}" if level else "")
        if card:
            text += "<br>" + fill(self.tr("Mã vân tay khóa ký: %1"),
                                  f"<b>{card['fingerprint']}</b>")
            text += "<br>" + self.tr("Gửi thẻ khóa công khai (hoặc ảnh mã QR) cho các xã; khi "
                                     "xã gọi điện, đọc mã vân tay để xã so.")
            pix = QPixmap()
            pix.loadFromData(key_qr_png(card))
            self.qr.setPixmap(pix)
        self.body.setText(text)
        self.card_button.setEnabled(bool(card))
        self.qr_button.setEnabled(bool(card))
        self.print_button.setEnabled(bool(card))
        status = {"active": self.tr("Đang dùng"), "revoked": self.tr("Đã thu hồi"),
                  "superseded": self.tr("Đã thay bằng khóa mới")}
        fill_table(self.table, [[k.get("commune_code") or "", k.get("name") or "",
                                 k["fingerprint"], status.get(k["status"], k["status"]),
                                 fmt_date(k.get("added_at"))] for k in self.keys])
        self._selection()

    def _selection(self) -> None:
        rows = {ix.row() for ix in self.table.selectedIndexes()}
        self.revoke_button.setEnabled(len(rows) == 1 and
                                      self.keys[next(iter(rows))]["status"] != "revoked")

    def print_card(self) -> None:
        """The printable key card (name, key id, fingerprint), as the setup wizard prints it."""
        from ntm_desktop.gui.dialogs.trust_dialog import print_key_card
        if self.info.get("card"):
            self.print_job = print_key_card(self, self.info["card"])

    def save_card(self, paths: list[Path]) -> None:
        if paths and self.info.get("card"):
            card = {k: v for k, v in self.info["card"].items()}
            write_public_card(card, paths[0])
            self.output_label.setText(fill(self.tr("Đã ghi %1."), str(paths[0])))

    def save_qr(self, paths: list[Path]) -> None:
        if paths and self.info.get("card"):
            from ntm_desktop.store.workbook import atomic_write_bytes
            atomic_write_bytes(paths[0], key_qr_png(self.info["card"], scale=10))
            self.output_label.setText(fill(self.tr("Đã ghi %1."), str(paths[0])))

    def scan(self, paths: list[Path]) -> None:
        if not paths:
            return
        self.ctx.tasks.run(hub_trust.scan_cards, self.ctx.paths, paths, on_result=self.show_cards,
                           label=self.tr("Đang đọc thẻ khóa…"))

    def show_cards(self, rows: list[hub_trust.CardRow]) -> None:
        self.cards_dialog = CardsDialog(self, self.ctx, rows)
        self.cards_dialog.finished.connect(lambda _r: self.reload())
        self.cards_dialog.open()

    def ask_revoke(self) -> None:
        rows = sorted({ix.row() for ix in self.table.selectedIndexes()})
        if len(rows) != 1:
            return
        k = self.keys[rows[0]]
        text = fill(self.tr("Thu hồi khóa %1 của %2? Gói ký bằng khóa này sẽ bị từ chối."),
                    k["fingerprint"], k.get("name") or "")
        self.box = confirm(self, self.tr("Thu hồi khóa"), text, self.tr("Thu hồi"),
                           self.tr("Không"), lambda: self._revoke(k["key_id"]))

    def _revoke(self, key_id: str) -> None:
        try:
            hub_trust.trust_revoke(self.ctx.paths, key_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(exc)
        self.reload()
