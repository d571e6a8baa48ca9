"""The app-wide signal hub: one small QObject passed to every page (no global singleton).

* ``data_did_change(changes, initiator)``: ``changes`` is the list of committed change-journal
  entries (dicts: ``entity``, ``entity_id``, ``op``, ``row`` …); ``initiator`` is the object that
  caused them (a page, a dialog, an undo command) or ``None`` when unknown (imports, the store).
* ``files_dropped(paths)``: files dropped onto the main window, as ``list[Path]``.
* ``status_message(text, timeout_ms)``: show a transient message in the status bar.

:meth:`SignalHub.attach_workbook` forwards the workbook's commit listener to ``data_did_change``
on the GUI thread, whichever thread committed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook


class SignalHub(QObject):
    data_did_change = Signal(list, object)
    files_dropped = Signal(list)
    status_message = Signal(str, int)

    # internal: carries (entries, initiator) from any thread to the GUI thread
    _committed = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._committed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._listeners: list[tuple[Any, Any]] = []

    def announce(self, changes: list[Any], initiator: object = None) -> None:
        """Emit ``data_did_change`` from any thread; delivered on the GUI thread."""
        self._committed.emit(list(changes), initiator)

    @Slot(object, object)
    def _deliver(self, changes: list[Any], initiator: object) -> None:
        self.data_did_change.emit(changes, initiator)

    def attach_workbook(self, workbook: Workbook) -> None:
        """Forward ``workbook.listeners`` commit notifications (if the workbook has them)."""
        listeners = getattr(workbook, "listeners", None)
        if listeners is None:
            return

        def on_commit(entries: list[Any]) -> None:
            if entries:
                self.announce(entries, None)

        listeners.append(on_commit)
        self._listeners.append((workbook, on_commit))

    def detach_workbook(self, workbook: Workbook) -> None:
        for wb, fn in list(self._listeners):
            if wb is workbook:
                try:
                    wb.listeners.remove(fn)
                except ValueError:
                    pass
                self._listeners.remove((wb, fn))
