"""Đồng bộ: export a signed package (to a USB drive or a folder), import feedback and catalog
packages (button, or files dropped on the window), check a package without importing it
(``ntm verify``, optionally against a dossier code), the history of packages, and the commune's
key (fingerprint in groups, QR code, printable card, public card file)."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDir, QSortFilterProxyModel, QStorageInfo, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.text import escape_text
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.models.packages_table import KIND_LABELS, PackagesTableModel
from ntm_desktop.gui.pages.base import Page, PageContext
from ntm_desktop.gui.tasks import Task
from ntm_desktop.gui.ui_loader import child
from ntm_desktop.gui.widgets.empty_hint import EmptyHint
from ntm_desktop.gui.widgets.file_dialogs import start_dir
from ntm_desktop.gui.widgets.table_columns import ColumnFitter

if TYPE_CHECKING:
    from ntm_desktop.gui.dialogs.trust_dialog import TrustDialog
    from ntm_desktop.services import packages as packages_svc

SKIP_PREFIXES = ("/proc", "/sys", "/dev", "/run/user", "/snap", "/boot", "/var", "/usr",
                 "/etc", "/tmp")


def free_space_text(n_bytes: int) -> str:
    """Free space in Vietnamese number format: "118 MB" (not "0,1 GB"), "14,6 GB", "118 GB"."""
    if n_bytes < 1_000_000_000:
        return f"{nf.number(n_bytes / 1_000_000)} MB"
    gb = n_bytes / 1_000_000_000
    return f"{nf.number(gb, 1 if gb < 100 else 0, trim=True)} GB"


def removable_drives() -> list[QStorageInfo]:
    """Writable mounted volumes that are not the system drive (USB sticks, memory cards)."""
    system_root = QStorageInfo(QDir.rootPath()).rootPath()
    home = QStorageInfo(QDir.homePath()).rootPath()
    out = []
    for v in QStorageInfo.mountedVolumes():
        root = v.rootPath()
        if not (v.isValid() and v.isReady()) or v.isReadOnly():
            continue
        if root in (system_root, home, "/") or root.startswith(SKIP_PREFIXES):
            continue
        if os.name == "nt" and root.upper().startswith(os.environ.get("SystemDrive", "C:")):
            continue
        if os.name != "nt" and not root.startswith(("/media", "/run/media", "/mnt",
                                                    "/Volumes")):
            continue
        out.append(v)
    return out


class SyncPage(Page):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        f = self.form
        self.dest_combo = child(f, QComboBox, "destCombo")
        self.full_check = child(f, QCheckBox, "fullCheck")
        self.export_button = child(f, QPushButton, "exportButton")
        self.export_result = child(f, QLabel, "exportResult")
        self.import_button = child(f, QPushButton, "importButton")
        self.import_result = child(f, QLabel, "importResult")
        self.verify_button = child(f, QPushButton, "verifyButton")
        self.dossier_code_edit = child(f, QLineEdit, "dossierCodeEdit")
        self.verify_result = child(f, QLabel, "verifyResult")
        self.verify_result.hide()
        self.verify_task: Task | None = None
        self.trust_label = child(f, QLabel, "trustLabel")
        self.qr_label = child(f, QLabel, "qrLabel")
        self.fingerprint_label = child(f, QLabel, "fingerprintLabel")
        self.key_info = child(f, QLabel, "keyInfoLabel")
        self.view = child(f, QTableView, "packagesView")
        self.export_task: Task | None = None
        self.import_task: Task | None = None
        self.card: dict[str, Any] | None = None
        self.trust_dialog: TrustDialog | None = None

        self.model = PackagesTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(PackagesTableModel.COL_TIME, Qt.SortOrder.DescendingOrder)
        self.columns = ColumnFitter(
            self.view, stretch=PackagesTableModel.COL_NOTE,
            key=(PackagesTableModel.COL_TIME, PackagesTableModel.COL_DIRECTION,
                 PackagesTableModel.COL_KIND, PackagesTableModel.COL_STATUS),
            min_stretch=160, settings=self.ctx.settings, settings_key="headers/sync/columns")
        self.empty_hint = EmptyHint(self.view, self.tr(
            "Chưa gửi hay nhận gói nào. Cắm USB (hoặc chọn thư mục) rồi bấm “Xuất gói dữ liệu”."))

        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 1.35)
        fixed.setWeight(QFont.Weight.Bold)
        self.fingerprint_label.setFont(fixed)

        self.export_button.clicked.connect(self.export_package)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.verify_button.clicked.connect(self._on_verify_clicked)
        child(f, QPushButton, "browseButton").clicked.connect(self._on_browse_clicked)
        child(f, QToolButton, "rescanButton").clicked.connect(self.fill_destinations)
        child(f, QPushButton, "trustButton").clicked.connect(self.open_trust_dialog)
        child(f, QPushButton, "exportCardButton").clicked.connect(self._on_export_card_clicked)
        child(f, QPushButton, "printCardButton").clicked.connect(self._on_print_card_clicked)
        from ntm_desktop.gui.key_rotation import KeyRotation  # signing: saves start-up time
        self.key_rotation = KeyRotation(self)
        self.rotate_button = child(f, QPushButton, "rotateKeyButton")
        self.rotate_button.clicked.connect(self.key_rotation.start)
        self.fill_destinations()
        self.refresh([])

    # ------------------------------------------------------------------ state
    def refresh(self, changes: list[Any]) -> None:
        wb = self.workbook
        has = wb is not None and wb.commune() is not None
        for w in (self.export_button, self.import_button, self.rotate_button, self.verify_button,
                  child(self.form, QPushButton, "trustButton")):
            w.setEnabled(has)
        if not has:
            self.model.set_rows([])
            self.fingerprint_label.setText("—")
            self.key_info.setText(self.tr("Chưa mở sổ dữ liệu của xã."))
            return
        from ntm_desktop.services import packages as packages_svc  # signing: saves start-up time
        self.model.set_rows(packages_svc.package_history(wb))
        self._show_key()
        self._show_trust()

    def activate(self) -> None:
        self.fill_destinations()

    def _show_key(self) -> None:
        from ntm_desktop.services import keys as keys_svc  # signing: saves start-up time
        try:
            self.card = keys_svc.key_card(self.ctx.paths, self.workbook)
        except NtmError as exc:
            self.card = None
            self.key_info.setText(user_message(exc))
            return
        fp = self.card["fingerprint"].split()
        self.fingerprint_label.setText(" ".join(fp[:4]) + "\n" + " ".join(fp[4:]))
        self.fingerprint_label.setAccessibleName(self.tr("Mã vân tay") + " " +
                                                 self.card["fingerprint"])
        pix = QPixmap()
        pix.loadFromData(keys_svc.key_qr_png(self.card, scale=4), "PNG")
        self.qr_label.setPixmap(pix)
        self.key_info.setText(fill(self.tr("%1 — mã khóa %2"),
                                   self.card["name"], self.card["key_id"]))

    def _show_trust(self) -> None:
        from ntm_desktop.services import keys as keys_svc  # signing: saves start-up time
        keys = [k for k in keys_svc.trusted_keys(self.workbook) if k["status"] == "active"]
        if keys:
            self.trust_label.setText(fill(self.tr("Khóa nơi thẩm định đã đăng ký: %1 (%2)"),
                                          keys[-1].get("name") or "", keys[-1]["fingerprint"]))
        else:
            self.trust_label.setText(self.tr(
                "Chưa đăng ký khóa của nơi thẩm định: gói phản hồi sẽ được để riêng cho đến "
                "khi đăng ký."))

    # ------------------------------------------------------------------ destinations
    def fill_destinations(self) -> None:
        current = self.dest_combo.currentData()
        self.dest_combo.clear()
        for v in removable_drives():
            name = v.displayName() or v.rootPath()
            free = free_space_text(int(v.bytesAvailable()))
            text = fill(self.tr("USB %1 — còn trống %2"), name, free)
            self.dest_combo.addItem(text, v.rootPath())
            self.dest_combo.setItemData(self.dest_combo.count() - 1,
                                        f"{text}\n{v.rootPath()}", Qt.ItemDataRole.ToolTipRole)
        last = str(self.ctx.settings.value("sync/last_folder", "") or "")
        for folder in (last, current):
            if folder and Path(folder).is_dir() and self.dest_combo.findData(folder) < 0:
                self.dest_combo.addItem(folder, folder)
        if self.dest_combo.count() == 0:
            self.dest_combo.addItem(self.tr("(Chưa chọn — bấm “Chọn thư mục…”)"), None)
        index = self.dest_combo.findData(current) if current else -1
        self.dest_combo.setCurrentIndex(max(index, 0))

    def set_destination(self, folder: Path) -> None:
        folder_s = str(folder)
        if self.dest_combo.findData(folder_s) < 0:
            self.dest_combo.addItem(folder_s, folder_s)
        self.dest_combo.setCurrentIndex(self.dest_combo.findData(folder_s))
        none = self.dest_combo.findData(None)
        if none >= 0:
            self.dest_combo.removeItem(none)
        self.ctx.settings.setValue("sync/last_folder", folder_s)

    def _on_browse_clicked(self) -> None:
        dlg = QFileDialog(self, self.tr("Chọn thư mục lưu gói dữ liệu"), start_dir(self.ctx.settings))
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dlg.fileSelected.connect(lambda p: self.set_destination(Path(p)))
        dlg.open()

    # ------------------------------------------------------------------ export
    def _passphrase(self) -> tuple[bool, str | None]:
        if not (self.card and self.card.get("encrypted")):
            return True, None
        dialog = QInputDialog(self)  # Qt has no Vietnamese for OK/Cancel: name the buttons
        dialog.setObjectName("passphraseDialog")
        dialog.setWindowTitle(self.tr("Mật khẩu khóa ký"))
        dialog.setLabelText(self.tr("Nhập mật khẩu của khóa ký:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(self.tr("Đồng ý"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        text = dialog.textValue()
        dialog.deleteLater()
        return ok, text or None

    def export_package(self) -> None:
        wb = self.workbook
        folder = self.dest_combo.currentData()
        if wb is None:
            return
        if not folder:
            self.export_result.setText(self.tr("Hãy cắm USB hoặc chọn thư mục lưu gói trước."))
            return
        ok, phrase = self._passphrase()
        if not ok:
            return
        self.export_button.setEnabled(False)
        self.export_result.setStyleSheet("")
        self.export_result.setText(self.tr("Đang xuất gói dữ liệu…"))
        from ntm_desktop.services import packages as packages_svc  # signing: saves start-up time
        self.export_task = self.ctx.tasks.run(
            packages_svc.export_package, wb.path, self.ctx.paths, Path(folder),
            full=self.full_check.isChecked(), passphrase=phrase, writer=True,
            label=self.tr("Đang ký và ghi gói dữ liệu…"), on_result=self._on_exported,
            on_error=self._on_export_failed, on_finish=lambda: self.export_button.setEnabled(
                self.workbook is not None))

    def _on_exported(self, r: dict[str, Any]) -> None:
        self.export_result.setStyleSheet("color: #1b5e20;")
        file = Path(r["file"])
        self.export_result.setText(fill(self.tr(
            "✓ Đã xuất gói số %1 (%2 thay đổi, %3 tệp đính kèm):\n%4\ntrong thư mục %6\n"
            "Mã hồ sơ: %5"), nf.number(r["seq"]), nf.number(r["entries"]), nf.number(r["blobs"]), file.name, r["dossier_code"], str(file.parent)))
        self.export_result.setToolTip(str(file))
        self.ctx.hub.status_message.emit(self.tr("Đã xuất gói dữ liệu."), 5000)
        self.refresh([])

    def _on_export_failed(self, exc: BaseException) -> None:
        self.export_result.setText("")
        self.ctx.errors.present(exc)

    # ------------------------------------------------------------------ import
    def _on_import_clicked(self) -> None:
        dlg = QFileDialog(self, self.tr("Chọn gói dữ liệu cần nhập"), start_dir(self.ctx.settings))
        dlg.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dlg.setNameFilter(self.tr("Gói dữ liệu NTM (*.ntmpkg)"))
        drives = removable_drives()
        if drives:
            dlg.setDirectory(drives[0].rootPath())
        dlg.filesSelected.connect(lambda files: self.import_packages([Path(p) for p in files]))
        dlg.open()

    def import_packages(self, files: Sequence[Path]) -> Task | None:
        """Verify and import ``files`` in the background (also used for dropped files)."""
        wb = self.workbook
        if wb is None or not files:
            return None
        self.import_button.setEnabled(False)
        self.import_result.setText(html.escape(fill(self.tr("Đang kiểm tra và nhập %1 tệp…"),
                                                    str(len(files)))))
        from ntm_desktop.services import packages as packages_svc  # signing: saves start-up time
        self.import_task = self.ctx.tasks.run(
            packages_svc.import_packages, wb.path, self.ctx.paths, list(files), writer=True,
            label=self.tr("Đang kiểm tra chữ ký và nhập gói dữ liệu…"),
            on_result=self._on_imported, on_error=self._on_import_failed,
            on_finish=lambda: self.import_button.setEnabled(self.workbook is not None))
        return self.import_task

    def _on_imported(self, result: packages_svc.ImportResult) -> None:
        from ntm_desktop.services.packages import CATALOG_APPLIED  # signing: saves start-up time
        lines = []
        for o in result.outcomes:
            name = html.escape(Path(o.file).name)
            if o.status == "applied" and (o.details.get("catalog") or {}).get("title"):
                c = o.details["catalog"]
                lines.append("<span style='color:#1b5e20'>✓ " + html.escape(fill(self.tr(
                    "Đã nhận bộ tiêu chí của tỉnh, phiên bản %1, căn cứ %2."), c["version"], c["legal_basis"])) + "</span>")
                self.import_result.setToolTip(tr_core(
                    "errors", CATALOG_APPLIED, title=c["title"], version=c["version"],
                    basis=c["legal_basis"]))
            elif o.status == "applied":
                lines.append("<span style='color:#1b5e20'>✓ " + html.escape(fill(self.tr(
                    "%1: đã kiểm tra chữ ký và nhập gói số %2 (%3 thay đổi)."), Path(o.file).name, str(o.seq), str(o.applied))) + "</span>")
            elif o.status == "duplicate":
                lines.append("• " + html.escape(fill(self.tr("%1: gói này đã được nhập trước đây; "
                                                        "không có gì thay đổi."), Path(o.file).name)))
            else:
                text = f"<span style='color:#b71c1c'>✗ <b>{name}</b>: {html.escape(o.message)}"
                text += " <small>(" + html.escape(fill(self.tr("mã lỗi: %1"),
                                                       o.code or "")) + ")</small></span>"
                if o.status == "set_aside":
                    text += "<br>" + html.escape(self.tr(
                        "Hãy gọi điện cho nơi thẩm định để so mã vân tay, bấm “Đăng ký khóa nơi "
                        "thẩm định…”, rồi nhập lại tệp."))
                lines.append(text)
        self.import_result.setText("<br>".join(lines))
        label = self.import_result  # a long result wraps: give it the lines it needs
        label.setMinimumHeight(label.heightForWidth(max(label.width(), 200)))
        if result.entries:
            self.ctx.hub.announce(result.entries, self)
        self.refresh([])

    def _on_import_failed(self, exc: BaseException) -> None:
        self.import_result.setText("")
        self.ctx.errors.present(exc)

    # ------------------------------------------------------------------ verify only
    def _on_verify_clicked(self) -> None:
        dlg = QFileDialog(self, self.tr("Chọn gói dữ liệu cần kiểm tra"), start_dir(self.ctx.settings))
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilter(self.tr("Gói dữ liệu NTM (*.ntmpkg)"))
        drives = removable_drives()
        if drives:
            dlg.setDirectory(drives[0].rootPath())
        dlg.fileSelected.connect(lambda p: self.verify_package(Path(p)))
        dlg.open()

    def verify_package(self, file: Path) -> Task | None:
        """Check ``file`` in the background as ``ntm verify`` does; nothing is imported."""
        wb = self.workbook
        if wb is None:
            return None
        self.verify_button.setEnabled(False)
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(html.escape(fill(self.tr("Đang kiểm tra %1…"), Path(file).name)))
        self.verify_result.show()
        from ntm_desktop.services.packages import verify_package  # signing: saves start-up time
        self.verify_task = self.ctx.tasks.run(
            verify_package, wb.path, self.ctx.paths, Path(file),
            self.dossier_code_edit.text().strip() or None,
            label=self.tr("Đang kiểm tra chữ ký gói dữ liệu…"), on_result=self._on_verified,
            on_error=self._on_verify_failed,
            on_finish=lambda: self.verify_button.setEnabled(self.workbook is not None))
        return self.verify_task

    def _on_verified(self, o: Any) -> None:
        esc = html.escape
        name = esc(escape_text(Path(o.file).name))
        if o.status == "verified":
            lines = ["<span style='color:#1b5e20'>✓ <b>" + name + "</b>: " + esc(self.tr(
                "gói hợp lệ — chữ ký đúng, mọi tệp thành phần khớp. Chưa nhập gì vào sổ "
                "dữ liệu.")) + "</span>"]
        elif o.status == "duplicate":
            lines = ["• <b>" + name + "</b>: " + esc(self.tr(
                "gói hợp lệ và đã được nhập trước đây."))]
        else:
            lines = [f"<span style='color:#b71c1c'>✗ <b>{name}</b>: {esc(o.message)} <small>("
                     + esc(fill(self.tr("mã lỗi: %1"), o.code or "")) + ")</small></span>"]
        if o.kind:
            kind = KIND_LABELS.get(o.kind)
            lines.append(esc(fill(self.tr("Loại: %1 · gói số %2 · người gửi: %3"),
                                  QCoreApplication.translate("PackagesTableModel", kind) if kind else o.kind,
                                  str(o.seq), str(o.details.get("sender") or "—"))))
            lines.append(esc(fill(self.tr("Mã vân tay người ký: %1"),
                                  str(o.details.get("fingerprint") or "—"))))
        check = o.details.get("dossier_code")
        if check:
            if check["matches"]:
                lines.append("<span style='color:#1b5e20'>✓ " + esc(fill(self.tr(
                    "Mã hồ sơ %1 khớp với gói dữ liệu này."), check["code"]))
                    + "</span>")
            else:
                lines.append("<span style='color:#b71c1c'>✗ " + esc(fill(self.tr(
                    "Mã hồ sơ %1 KHÔNG khớp với gói dữ liệu này (mã của gói: %2)."), check["code"], check.get("expected") or "—"))
                    + "</span>")
        self.verify_result.setText("<br>".join(lines))

    def _on_verify_failed(self, exc: BaseException) -> None:
        self.verify_result.setText("")
        self.verify_result.hide()
        self.ctx.errors.present(exc)

    # ------------------------------------------------------------------ keys and trust
    def open_trust_dialog(self) -> TrustDialog | None:
        if self.workbook is None:
            return None
        from ntm_desktop.gui.dialogs.trust_dialog import TrustDialog  # signing: saves start-up time
        self.trust_dialog = TrustDialog(self.ctx, self)
        self.trust_dialog.accepted.connect(self.refresh_trust)
        self.trust_dialog.open()
        return self.trust_dialog

    def refresh_trust(self) -> None:
        self._show_trust()

    def _on_export_card_clicked(self) -> None:
        if self.card is None:
            return
        code = self.card.get("commune_code") or "xa"
        dlg = QFileDialog(self, self.tr("Lưu thẻ khóa công khai"), start_dir(self.ctx.settings))
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setNameFilter(self.tr("Thẻ khóa NTM (*.json)"))
        dlg.setDefaultSuffix("json")
        dlg.selectFile(f"the-khoa-{code}.json")
        dlg.fileSelected.connect(lambda p: self.export_card(Path(p)))
        dlg.open()

    def export_card(self, dest: Path) -> None:
        from ntm_desktop.services import keys as keys_svc  # signing: saves start-up time
        try:
            keys_svc.export_public_card(self.ctx.paths, self.workbook, dest)
        except NtmError as exc:
            self.ctx.errors.present(exc)
            return
        self.ctx.hub.status_message.emit(fill(self.tr("Đã lưu thẻ khóa công khai: %1"),
                                              str(dest)), 6000)

    def _on_print_card_clicked(self) -> None:
        from ntm_desktop.gui.dialogs.trust_dialog import print_key_card  # saves start-up time
        if self.card is not None:
            print_key_card(self, self.card)
