"""A PDF preview (QPdfDocument + QPdfView) with zoom and page count, and printing of the
previewed document (each page rendered at the printer's resolution)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.gui.i18n import fill
from ntm_desktop.gui.widgets.printing import PrintJob, start_print


class PdfPreview(QWidget):
    """``load(path)`` shows a PDF; ``document`` is the QPdfDocument (``pageCount()``)."""

    did_load = Signal(int)  # page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PdfPreview")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.view.setAccessibleName(self.tr("Xem trước hồ sơ"))
        self.zoom = QComboBox(self)
        self.zoom.setObjectName("zoomCombo")
        self.zoom.addItem(self.tr("Vừa chiều rộng"), "width")
        self.zoom.addItem(self.tr("Cả trang"), "page")
        for pct in (50, 75, 100, 125, 150):
            self.zoom.addItem(f"{pct}%", pct / 100)
        self.zoom.currentIndexChanged.connect(self._on_zoom_changed)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(self.tr("Thu phóng:"), self))
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.path: Path | None = None
        self.view.pageNavigator().currentPageChanged.connect(self._update_label)
        self._update_label()

    def load(self, path: Path) -> int:
        """Show ``path``; returns the page count (0 if it cannot be read).

        Each file gets a new QPdfDocument. The view lets go of the old one (its page renderer
        finishes the page it is drawing) before the old one is closed and deleted: closing a
        document the view is still rendering crashed the process."""
        document = QPdfDocument(self)
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_:
            document.deleteLater()
            self.clear()
            self.did_load.emit(0)
            return 0
        self._swap(document)
        self.path = Path(path)
        self._update_label()
        n = self.document.pageCount()
        self.did_load.emit(n)
        return n

    def clear(self) -> None:
        self._swap(QPdfDocument(self))
        self.path = None
        self._update_label()

    def _swap(self, document: QPdfDocument) -> None:
        old = self.document
        self.document = document
        self.view.setDocument(document)
        old.close()
        old.deleteLater()

    def _on_zoom_changed(self) -> None:
        value = self.zoom.currentData()
        if value == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(value))

    def _update_label(self) -> None:
        n = self.document.pageCount()
        if n <= 0:
            self.page_label.setText("")
            return
        current = self.view.pageNavigator().currentPage() + 1
        self.page_label.setText(fill(self.tr("Trang %1/%2"), str(current), str(n)))

    # ------------------------------------------------------------------ printing
    def print_document(self) -> PrintJob | None:
        """Open the print dialog (non-blocking); prints the chosen pages when accepted."""
        if self.document.pageCount() <= 0:
            return None
        document = self.document
        return start_print(self, self.tr("In hồ sơ"),
                           lambda printer: render_to_printer(document, printer),
                           doc_name=self.path.name if self.path else "NTM",
                           page_count=document.pageCount())


RENDER_DPI = 300


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page (or the printer's page range) of ``document``; returns pages printed."""
    n = document.pageCount()
    first, last = 1, n
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(n, printer.toPage() or n)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        # pages are rendered at no more than RENDER_DPI and scaled onto the printer's page: a
        # HighResolution printer (1200 dpi) would otherwise need ~500 MB per A4 image
        dpi = min(printer.resolution(), RENDER_DPI)
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(number - 1)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = document.render(number - 1, size)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed
