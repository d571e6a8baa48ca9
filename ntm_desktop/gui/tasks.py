"""Run Qt-free work on a thread pool and deliver its outcome on the GUI thread.

The function takes ``report`` and ``cancel`` keyword arguments (see
:mod:`ntm_desktop.core.progress`)::

    task = runner.run(build_dossier, data, out,
                      label=self.tr("Đang tạo hồ sơ…"),
                      on_result=self._on_dossier_built)

* Callbacks are connected before the work starts; every callback runs on the GUI thread.
* ``did_succeed(result)``, ``did_fail(exception)``, ``did_cancel()``, then always ``did_finish()``.
  :class:`~ntm_desktop.core.errors.Cancelled` raised by the function (``cancel.check()``) counts as
  a cancellation. An exception with no ``on_error`` callback goes to the runner's ErrorPresenter
  (or ``sys.excepthook``): nothing is swallowed, and everything is logged.
* ``writer=True`` runs on the single-thread writer lane (one thread, never expires), so database
  writes are serialised; readers use the global pool.
* A :class:`QProgressDialog` with a Cancel button appears if the work is still running after
  ``progress_delay_ms`` (500 ms); progress updates are throttled to one per ``throttle_ms``.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from ntm_desktop.core.errors import Cancelled
from ntm_desktop.core.progress import CancelToken, Progress
from ntm_desktop.gui.i18n import tr_core

log = logging.getLogger(__name__)

_writer_pool: QThreadPool | None = None


def writer_pool() -> QThreadPool:
    """The process-wide single-thread lane for database writers."""
    global _writer_pool
    if _writer_pool is None:
        _writer_pool = QThreadPool()
        _writer_pool.setObjectName("ntm-writer-lane")
        _writer_pool.setMaxThreadCount(1)
        _writer_pool.setExpiryTimeout(-1)
    return _writer_pool


class _Bridge(QObject):
    """Lives on the GUI thread, owned by its Task; the worker emits, the Task receives
    (queued)."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                 bridge: _Bridge, token: CancelToken, throttle_s: float) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._bridge, self._token, self._throttle_s = bridge, token, throttle_s
        self._last = 0.0
        self._lock = threading.Lock()

    def _report(self, progress: Progress) -> None:
        now = time.monotonic()
        final = progress.total > 0 and progress.done >= progress.total
        with self._lock:
            if not final and now - self._last < self._throttle_s:
                return
            self._last = now
        self._bridge.progressed.emit(progress)

    def run(self) -> None:
        bridge = self._bridge
        try:
            result = self._fn(*self._args, report=self._report, cancel=self._token,
                              **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never lost
            bridge.failed.emit(exc)
        else:
            bridge.succeeded.emit(result)
        finally:  # drop the worker's references before the pool deletes this runnable
            self._fn = self._args = self._kwargs = None  # type: ignore[assignment]


class Task(QObject):
    """One run of a function; signals are emitted on the GUI thread."""

    did_progress = Signal(object)  # Progress
    did_succeed = Signal(object)  # the function's return value
    did_fail = Signal(object)  # the exception (with __traceback__)
    did_cancel = Signal()
    did_finish = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.token = CancelToken()
        self.running = True
        self.last_progress: Progress | None = None
        self.error: BaseException | None = None
        self.result: Any = None
        # a child of the task: deleted with it, on the GUI thread. (Unparented, its last Python
        # reference could be dropped by the worker thread, deleting a GUI-thread object there.)
        self._bridge = _Bridge(self)
        q = Qt.ConnectionType.QueuedConnection
        self._bridge.progressed.connect(self._on_progressed, q)
        self._bridge.succeeded.connect(self._on_succeeded, q)
        self._bridge.failed.connect(self._on_failed, q)

    def cancel(self) -> None:
        """Ask the function to stop; it raises Cancelled at its next ``cancel.check()``."""
        if self.running:
            self.token.cancel()

    @Slot(object)
    def _on_progressed(self, progress: Progress) -> None:
        if self.running:
            self.last_progress = progress
            self.did_progress.emit(progress)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self.result = result
        self.running = False
        self.did_succeed.emit(result)
        self.did_finish.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, Cancelled):
            log.info("task %s cancelled", self.objectName())
            self.did_cancel.emit()
        else:
            self.error = exc
            log.error("task %s failed", self.objectName(),
                      exc_info=(type(exc), exc, exc.__traceback__))
            self.did_fail.emit(exc)
        self.did_finish.emit()


class TaskRunner(QObject):
    """Starts tasks; one per window. ``presenter`` shows errors nobody else handles."""

    def __init__(self, parent_widget: QWidget | None = None, *, presenter: Any = None,
                 pool: QThreadPool | None = None, writer: QThreadPool | None = None,
                 progress_delay_ms: int = 500, throttle_ms: int = 100) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.presenter = presenter
        self.pool = pool or QThreadPool.globalInstance()
        self.writer = writer or writer_pool()
        self.progress_delay_ms = progress_delay_ms
        self.throttle_ms = throttle_ms
        self.active: set[Task] = set()

    def run(self, fn: Callable[..., Any], *args: Any,
            on_result: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[Progress], None] | None = None,
            on_cancel: Callable[[], None] | None = None,
            on_finish: Callable[[], None] | None = None,
            label: str = "", title: str = "", writer: bool = False,
            show_progress: bool = True, cancellable: bool = True, **kwargs: Any) -> Task:
        """Run ``fn(*args, report=…, cancel=…, **kwargs)`` in the background; returns the Task."""
        task = Task(getattr(fn, "__qualname__", repr(fn)), self)
        if on_progress:
            task.did_progress.connect(on_progress)
        if on_result:
            task.did_succeed.connect(on_result)
        task.did_fail.connect(on_error if on_error else self._unhandled)
        if on_cancel:
            task.did_cancel.connect(on_cancel)
        if on_finish:
            task.did_finish.connect(on_finish)
        if show_progress:
            _ProgressDialogDriver(task, self._parent_widget, label=label, title=title,
                                  cancellable=cancellable, delay_ms=self.progress_delay_ms)
        self.active.add(task)
        task.did_finish.connect(lambda t=task: self._forget(t))
        worker = _Worker(fn, args, kwargs, task._bridge, task.token, self.throttle_ms / 1000)
        (self.writer if writer else self.pool).start(worker)
        return task

    def cancel_all(self) -> None:
        for task in list(self.active):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until both pools are idle (for shutdown and tests)."""
        return self.pool.waitForDone(msecs) and self.writer.waitForDone(msecs)

    def _forget(self, task: Task) -> None:
        self.active.discard(task)
        task.deleteLater()

    def _unhandled(self, exc: BaseException) -> None:
        if self.presenter is not None:
            self.presenter.present(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)


class _ProgressDialogDriver(QObject):
    """Shows a QProgressDialog for ``task`` after a delay; closes it when the task finishes."""

    def __init__(self, task: Task, parent_widget: QWidget | None, *, label: str, title: str,
                 cancellable: bool, delay_ms: int) -> None:
        super().__init__(task)
        self._task, self._parent_widget = task, parent_widget
        self._label, self._title, self._cancellable = label, title, cancellable
        self.dialog: QtWidgets.QProgressDialog | None = None
        task.did_progress.connect(self._on_task_progress)
        task.did_finish.connect(self._on_task_finish)
        QTimer.singleShot(delay_ms, self, self._show)

    def _show(self) -> None:
        if not self._task.running or self.dialog is not None:
            return
        dlg = QtWidgets.QProgressDialog(self._parent_widget)
        dlg.setObjectName("TaskProgressDialog")
        dlg.setWindowTitle(self._title or self.tr("Đang xử lý"))
        dlg.setLabelText(self._label or self.tr("Đang xử lý, vui lòng chờ…"))
        dlg.setCancelButtonText(self.tr("Hủy") if self._cancellable else "")
        if not self._cancellable:
            dlg.setCancelButton(None)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setMinimumDuration(0)
        dlg.setMinimumWidth(360)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setRange(0, 0)
        dlg.canceled.connect(self._on_dialog_canceled)
        self.dialog = dlg
        if self._task.last_progress is not None:
            self._apply(self._task.last_progress)
        dlg.show()

    def _apply(self, progress: Progress) -> None:
        dlg = self.dialog  # setValue() may process events and finish the task meanwhile
        if dlg is None:
            return
        if progress.message:  # marked QT_TRANSLATE_NOOP("progress", …) by the Qt-free code
            dlg.setLabelText(tr_core("progress", progress.message))
        if progress.total > 0:
            dlg.setRange(0, progress.total)
            dlg.setValue(min(progress.done, progress.total))
        else:
            dlg.setRange(0, 0)

    def _on_task_progress(self, progress: Progress) -> None:
        if self.dialog is not None:
            self._apply(progress)

    def _on_dialog_canceled(self) -> None:
        if self._task.running:
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Đang hủy…"))
            self._task.cancel()

    def _on_task_finish(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._on_dialog_canceled)
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
