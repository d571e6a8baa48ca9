"""Progress reporting and cancellation without Qt.

Long operations accept ``report: ProgressFn | None`` and ``cancel: CancelToken | None``.
The GUI adapts them to signals; the CLI ignores them or prints a bar.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import NamedTuple

from ntm_desktop.core.errors import Cancelled


class Progress(NamedTuple):
    done: int
    total: int  # 0 = unknown
    message: str = ""


ProgressFn = Callable[[Progress], None]


class CancelToken:
    """Thread-safe flag; :meth:`check` raises :class:`Cancelled` once cancelled."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def step(report: ProgressFn | None, cancel: CancelToken | None, done: int, total: int,
         message: str = "") -> None:
    """Report progress and honour cancellation in one call."""
    if cancel is not None:
        cancel.check()
    if report is not None:
        report(Progress(done, total, message))
