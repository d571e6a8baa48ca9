"""One way to print: a non-blocking print dialog over a printer, and a paint function run when the
officer accepts it. Used by the dossier preview, the key card on Đồng bộ and the wizard.

``QPrintDialog.open`` is overloaded in PySide6 (``open(receiver, member)``); the plain
``QDialog.open`` is called explicitly so the dialog opens window-modal without blocking.

Tests replace :data:`printer_factory` with one that returns a print-to-PDF printer, press the
button, accept the dialog and read the pages back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def _default_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


#: Creates the printer each print job starts from (replaced by tests with a PDF printer).
printer_factory: Callable[[], QPrinter] = _default_printer


class PrintJob(QObject):
    """A print dialog; on acceptance ``paint(printer)`` runs and ``printed`` gives its result
    (the number of pages written)."""

    printed = Signal(int)

    def __init__(self, parent: QWidget, title: str, paint: Callable[[QPrinter], int], *,
                 doc_name: str = "NTM", page_count: int | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.paint = paint
        self.pages_printed = 0
        self.printer = printer_factory()
        self.printer.setDocName(doc_name)
        self.dialog = QPrintDialog(self.printer, parent)
        self.dialog.setObjectName("PrintDialog")
        self.dialog.setWindowTitle(title)
        if page_count:
            self.dialog.setMinMax(1, page_count)
        else:
            self.dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
        self.dialog.accepted.connect(self._print)
        self.dialog.finished.connect(self._done)

    def open(self) -> QPrintDialog:
        QDialog.open(self.dialog)  # QPrintDialog.open(receiver, member) hides the plain one
        return self.dialog

    def _print(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pages_printed = int(self.paint(self.printer) or 0)
        finally:
            QApplication.restoreOverrideCursor()
        self.printed.emit(self.pages_printed)

    def _done(self, _code: int) -> None:
        self.dialog.deleteLater()
        self.deleteLater()


def start_print(parent: QWidget, title: str, paint: Callable[[QPrinter], int], *,
                doc_name: str = "NTM", page_count: int | None = None) -> PrintJob:
    """Open the print dialog (non-blocking) and return the job."""
    job = PrintJob(parent, title, paint, doc_name=doc_name, page_count=page_count)
    job.open()
    return job
