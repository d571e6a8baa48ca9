"""Files attached to one record (an infrastructure item's photos, a project's photos and
documents), edited inside the record's dialog and saved with it.

The panel lists the files already linked (thumbnails of photos, icons of documents), takes new
ones from "Thêm ảnh…/Thêm tệp…" or dropped on it (the dialog forwards files dropped anywhere on
the window to :meth:`AttachmentsPanel.add_files`), reads and downscales them in the background
(``ctx.tasks``) and keeps them pending; "Bỏ ảnh/Bỏ tệp" removes a link. Nothing is written until
the dialog calls :meth:`AttachmentsPanel.save` inside its own undoable transaction, so the record,
its new files and its removed links are one undo step.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileInfo, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFileIconProvider,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.tasks import Task
from ntm_desktop.gui.widgets.file_dialogs import start_dir
from ntm_desktop.store import attachments
from ntm_desktop.store.workbook import Workbook

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp"}
THUMB = 72
LINK_ROLE = Qt.ItemDataRole.UserRole
PENDING_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2


def is_photo(path: Path) -> bool:
    return Path(path).suffix.lower() in PHOTO_SUFFIXES or (
        mimetypes.guess_type(Path(path).name)[0] or "").startswith("image/")


def prepare_files(paths: list[Path], max_px: int, *, report: Any = None,
                  cancel: Any = None) -> list[tuple[bytes, dict[str, Any]]]:
    """Read files and downscale photos, as ``attachments.add_file`` does (background work,
    Qt-free). A file over the size limit is refused with the store's message."""
    out = []
    for p in paths:
        if cancel is not None:
            cancel.check()
        p = Path(p)
        if p.stat().st_size > attachments.MAX_FILE_BYTES:
            raise ValidationError(_N("errors", "Tệp “{name}” lớn quá 50 MB."), field="file",
                                  args={"name": p.name})
        data, meta = attachments.prepare_bytes(p.read_bytes(), p.name, max_px=max_px)
        meta["_source"] = str(p)
        out.append((data, meta))
    return out


def local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files carried by a drag (empty when it carries none)."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]


class AttachmentsPanel(QWidget):
    """``photos_only``: photos of an infrastructure item; else any photo or document."""

    did_change = Signal()          # the list changed (count for a tab title, say)
    error = Signal(str)            # a message for the dialog's general error line

    def __init__(self, ctx: Any, *, entity: str, entity_id: str | None,
                 photos_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self.ctx = ctx
        self.entity = entity
        self.photos_only = photos_only
        self.pending: list[tuple[bytes, dict[str, Any]]] = []  # prepared, not yet saved
        self.removed_links: set[str] = set()
        self.task: Task | None = None
        self.setAcceptDrops(True)

        self.list = QListWidget(self)
        self.list.setObjectName("photoList" if photos_only else "attachmentList")
        self.list.setAccessibleName(self.tr("Ảnh công trình") if photos_only
                                    else self.tr("Tệp đính kèm"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 48, THUMB + 36))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(100)
        self.list.setAcceptDrops(False)  # drops go to the panel
        self.list.itemActivated.connect(self._on_item_activated)

        self.hint = QLabel(self.tr("Kéo thả ảnh vào cửa sổ này để đính kèm.") if photos_only
                           else self.tr("Kéo thả ảnh, tài liệu vào cửa sổ này để đính kèm; "
                                        "nhấp đúp để mở."), self)
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Thêm &ảnh…") if photos_only
                                      else self.tr("Thêm &tệp…"), self)
        self.add_button.setObjectName("addPhotoButton" if photos_only else "addFileButton")
        self.remove_button = QPushButton(self.tr("&Bỏ ảnh") if photos_only
                                         else self.tr("&Bỏ tệp"), self)
        self.remove_button.setObjectName("removePhotoButton" if photos_only
                                         else "removeFileButton")
        for b in (self.add_button, self.remove_button):
            b.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems())))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self.remove_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        if entity_id:
            self._load(entity_id)

    # ------------------------------------------------------------------ content
    def _load(self, entity_id: str) -> None:
        wb = self.ctx.workbook
        for link in attachments.links_for(wb, self.entity, entity_id):
            att = link["attachment"] or {}
            path = attachments.blob_path(wb, att.get("sha256", ""))
            name = att.get("original_name") or att.get("sha256", "")[:12]
            pixmap = QPixmap(str(path)) if path.exists() and (
                att.get("mime") or "").startswith("image/") else QPixmap()
            self._add_entry(pixmap, name, link_id=link["id"], path=path)

    def count(self) -> int:
        return self.list.count()

    def _icon(self, pixmap: QPixmap, name: str) -> QIcon:
        if not pixmap.isNull():
            return QIcon(pixmap.scaled(QSize(THUMB, THUMB), Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation))
        icon = QFileIconProvider().icon(QFileInfo(name))
        if icon.isNull() or not icon.availableSizes():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return icon

    def _add_entry(self, pixmap: QPixmap, name: str, *, link_id: str | None = None,
                   pending_index: int | None = None, path: Path | None = None) -> None:
        entry = QListWidgetItem(self._icon(pixmap, name), name)
        entry.setToolTip(name + "\n" + self.tr("Nhấp đúp để mở bằng chương trình xem của máy."))
        entry.setData(LINK_ROLE, link_id)
        entry.setData(PENDING_ROLE, pending_index)
        entry.setData(PATH_ROLE, str(path) if path else None)
        self.list.addItem(entry)
        self.did_change.emit()

    def _on_item_activated(self, entry: QListWidgetItem) -> None:
        path = entry.data(PATH_ROLE)
        if path and Path(path).exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # ------------------------------------------------------------------ adding
    def add_files(self, paths: list[Path]) -> Task | None:
        """Prepare ``paths`` in the background and list them (saved with the record)."""
        paths = [Path(p) for p in paths if Path(p).is_file()]
        if self.photos_only:
            paths = [p for p in paths if is_photo(p)]
        if not paths:
            self.error.emit(self.tr("Chỉ đính kèm được tệp ảnh (JPG, PNG…).") if self.photos_only
                            else self.tr("Không có tệp nào để đính kèm."))
            return None
        wb = self.ctx.workbook
        max_px = int(wb.meta("photo_max_px") or attachments.DEFAULT_PHOTO_MAX_PX)
        self.task = self.ctx.tasks.run(
            prepare_files, paths, max_px, on_result=self._on_prepared, on_error=self._on_failed,
            label=self.tr("Đang đọc ảnh…") if self.photos_only else self.tr("Đang đọc tệp…"))
        return self.task

    def _on_prepared(self, prepared: list[tuple[bytes, dict[str, Any]]]) -> None:
        for data, meta in prepared:
            source = meta.pop("_source", None)
            self.pending.append((data, meta))
            pixmap = QPixmap()
            if (meta.get("mime") or "").startswith("image/"):
                pixmap.loadFromData(data)
            self._add_entry(pixmap, meta.get("original_name") or "",
                            pending_index=len(self.pending) - 1,
                            path=Path(source) if source else None)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NtmError):
            self.error.emit(user_message(exc))
        else:
            self.ctx.errors.present(exc)

    def _on_add_clicked(self) -> None:
        if self.photos_only:
            title = self.tr("Chọn ảnh công trình")
            filters = self.tr("Ảnh (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)")
        else:
            title = self.tr("Chọn ảnh, tài liệu cần đính kèm")
            filters = ";;".join([
                self.tr("Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf "
                        "*.doc *.docx *.xls *.xlsx *.odt *.ods *.txt)"),
                self.tr("Mọi tệp (*)")])
        files, _ = QFileDialog.getOpenFileNames(self, title, start_dir(self.ctx.settings), filters)
        if files:
            self.add_files([Path(f) for f in files])

    def remove_selected(self) -> None:
        for entry in self.list.selectedItems():
            link_id = entry.data(LINK_ROLE)
            pending = entry.data(PENDING_ROLE)
            if link_id:
                self.removed_links.add(link_id)
            elif pending is not None:
                self.pending[pending] = (b"", {})  # keep indexes stable
            self.list.takeItem(self.list.row(entry))
        self.did_change.emit()

    # ------------------------------------------------------------------ saving
    def save(self, wb: Workbook, entity_id: str) -> None:
        """Link the new files to ``entity_id`` and drop the removed links (call it inside the
        dialog's undoable transaction)."""
        for data, meta in (p for p in self.pending if p[0]):
            attachments.add_bytes(wb, data, meta, entity=self.entity, entity_id=entity_id)
        for link_id in self.removed_links:
            attachments.unlink(wb, link_id)

    # ------------------------------------------------------------------ drops on the panel
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = local_files(event)
        event.acceptProposedAction()
        self.add_files(paths)
