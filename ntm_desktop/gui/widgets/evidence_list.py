"""The evidence attached to an indicator: thumbnails of photos, icons of documents.

Files dropped onto the list are announced with ``files_dropped(list[Path])`` (the page imports
them); double-click or Enter opens a file with the system viewer. ``selected_link_id()`` is the
attachment link to remove.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileInfo, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImageReader,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QFileIconProvider, QListView, QListWidget, QListWidgetItem, QWidget

from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.i18n import fill, is_vietnamese
from ntm_desktop.services.history import format_time

LINK_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
THUMB = 64


def _size_text(size: int | None) -> str:
    if not size:
        return ""
    return nf.file_size(size)



def taken_text(value: str) -> str:
    """When a photo was taken, as people write it: "05/03/2025 09:14" in Vietnamese."""
    return format_time(value) if is_vietnamese() else value.replace("T", " ")[:16]

class EvidenceList(QListWidget):
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceList")
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 56, THUMB + 40))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setMinimumHeight(THUMB + 50)
        self.setAccessibleName(self.tr("Danh sách minh chứng"))
        self.itemActivated.connect(self._on_item_activated)
        self._thumbs: dict[str, QIcon] = {}
        self._placeholder = self.tr("Chưa có minh chứng. Bấm “Thêm tệp…” hoặc kéo thả ảnh, "
                                    "tài liệu vào đây.")

    # ------------------------------------------------------------------ content
    def set_links(self, links: list[dict[str, Any]], blob_path: Any) -> None:
        """``links``: rows of ``attachments.links_for`` (with ``attachment``); ``blob_path(sha)``
        gives the stored file."""
        self.clear()
        for link in links:
            att = link.get("attachment") or {}
            path = Path(blob_path(att.get("sha256", "")))
            name = att.get("original_name") or att.get("sha256", "")[:12]
            item = QListWidgetItem(self._icon(att, path), name)
            tip = [name, _size_text(att.get("size"))]
            if att.get("taken_at"):
                tip.append(fill(self.tr("Chụp lúc: %1"), taken_text(str(att["taken_at"]))))
            if link.get("caption"):
                tip.append(str(link["caption"]))
            tip.append(self.tr("Nhấp đúp để mở bằng chương trình xem của máy."))
            item.setToolTip("\n".join(t for t in tip if t))
            item.setData(LINK_ROLE, link["id"])
            item.setData(PATH_ROLE, str(path))
            self.addItem(item)

    def selected_link_id(self) -> str | None:
        item = self.currentItem()
        return None if item is None else item.data(LINK_ROLE)

    def names(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def _icon(self, att: dict[str, Any], path: Path) -> QIcon:
        sha = att.get("sha256", "")
        if sha in self._thumbs:
            return self._thumbs[sha]
        icon = QIcon()
        if str(att.get("mime") or "").startswith("image/") and path.exists():
            reader = QImageReader(str(path))
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid():
                reader.setScaledSize(size.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            if not image.isNull():
                icon = QIcon(QPixmap.fromImage(image))
        if icon.isNull():
            icon = QFileIconProvider().icon(QFileInfo(att.get("original_name") or str(path)))
        self._thumbs[sha] = icon
        return icon

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # ------------------------------------------------------------------ drag and drop
    @staticmethod
    def _files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._files(event) and self.isEnabled():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._files(event) and self.isEnabled():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = [f for f in self._files(event) if f.is_file()]
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.count() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(12, 8, -12, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._placeholder)
            painter.end()
