"""Undo/redo for edits made in this session (``QUndoStack``, Ctrl+Z / Ctrl+Shift+Z).

Every edit goes through a store service; :func:`run_undoable` runs the service call, captures the
journal entries it committed, and pushes a :class:`JournalCommand` whose undo/redo call
:func:`ntm_desktop.store.undo.revert` / :func:`~ntm_desktop.store.undo.reapply`. Undo and redo
are themselves journaled changes, so the history shows them.

    row = run_undoable(self.ctx, self.tr("Thêm đường"), lambda: save_item(wb, values))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand

from ntm_desktop.core.errors import NtmError
from ntm_desktop.store import undo as store_undo

T = TypeVar("T")


class JournalCommand(QUndoCommand):
    """One committed change, undone and redone through the journal."""

    def __init__(self, ctx: Any, text: str, entries: list[dict[str, Any]]) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.entries = entries
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change was already made by run_undoable
            self._first = False
            return
        self._apply(store_undo.reapply)

    def undo(self) -> None:
        self._apply(store_undo.revert)

    def _apply(self, fn: Callable[[Any, list[dict[str, Any]]], list[dict[str, Any]]]) -> None:
        wb = self.ctx.workbook
        try:
            new = fn(wb, self.entries)
        except NtmError as exc:
            self.setObsolete(True)
            self.ctx.errors.present(exc)
            return
        if fn is store_undo.reapply:
            self.entries = new


def run_undoable(ctx: Any, text: str, fn: Callable[[], T]) -> T:
    """Run ``fn`` (store service calls on ``ctx.workbook``) and make it undoable as one step."""
    wb = ctx.workbook
    captured: list[dict[str, Any]] = []
    wb.listeners.append(captured.extend)
    try:
        result = fn()
    finally:
        wb.listeners.remove(captured.extend)
    if captured:
        ctx.undo_stack.push(JournalCommand(ctx, text, captured))
    return result
