"""Undo and redo of committed changes, computed from the change journal.

The journal holds the full row after every change, so the state of a row *before* entry N is
the row of the latest earlier entry for the same entity (or nothing). Undo writes that state
back — as new journal entries, so the history keeps both the change and its undo. Redo writes
the rows of the original entries again. Used by the GUI's ``QUndoStack`` commands; Qt-free.
"""

from __future__ import annotations

from typing import Any

from ntm_desktop.core.clock import utc_now
from ntm_desktop.core.errors import ConflictError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.store import journal as jr
from ntm_desktop.store.workbook import Workbook


def _row_before(wb: Workbook, entity: str, entity_id: str, seq: int) -> dict[str, Any] | None:
    rows = wb._query("SELECT * FROM journal WHERE entity = ? AND entity_id = ? AND seq < ? "
                     "ORDER BY seq DESC LIMIT 1", [entity, entity_id, seq])
    if not rows:
        return None
    return jr.row_to_entry(rows[0], wb.db)["row"]


def _strip(row: dict[str, Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {k: v for k, v in row.items() if k not in ("created_at", "updated_at")}


def _write(wb: Workbook, entity: str, entity_id: str, row: dict[str, Any] | None) -> None:
    if row is None:
        if wb.get(entity, entity_id) is not None:
            wb.remove(entity, entity_id)
        return
    current = wb.get(entity, entity_id)
    restored = {**row, "updated_at": utc_now()}
    if current is not None:
        restored["created_at"] = current["created_at"]
    wb.put(entity, restored, keep_timestamps=True)


def revert(wb: Workbook, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Undo ``entries`` (one committed change) in one transaction; returns the new entries.

    Raises ConflictError when a row was changed again after these entries (undoing would
    silently drop that later change).
    """
    after: dict[tuple[str, str], dict[str, Any] | None] = {}
    for e in sorted(entries, key=lambda x: x["seq"]):
        after[(e["entity"], e["entity_id"])] = None if e["op"] == "delete" else e["row"]
    for (entity, entity_id), row in after.items():
        if _strip(wb.get(entity, entity_id)) != _strip(row):
            raise ConflictError(_N("errors", "Không hoàn tác được: dữ liệu này đã được sửa tiếp "
                                   "sau đó."),
                                code="undo_conflict")
    seen: set[tuple[str, str]] = set()
    with wb.atomic():
        for e in sorted(entries, key=lambda x: x["seq"], reverse=True):
            key = (e["entity"], e["entity_id"])
            first_seq = min(x["seq"] for x in entries if (x["entity"], x["entity_id"]) == key)
            if key in seen:
                continue
            seen.add(key)
            _write(wb, e["entity"], e["entity_id"], _row_before(wb, *key, first_seq))
        new = list(wb._committed)
    return new


def reapply(wb: Workbook, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Redo ``entries``: write each row's state after them again, in one transaction.

    Returns the new entries; the next undo of the same action reverts *those*.
    """
    final: dict[tuple[str, str], dict[str, Any] | None] = {}
    order: list[tuple[str, str]] = []
    for e in sorted(entries, key=lambda x: x["seq"]):
        key = (e["entity"], e["entity_id"])
        if key not in final:
            order.append(key)
        final[key] = None if e["op"] == "delete" else e["row"]
    with wb.atomic():
        for key in order:
            _write(wb, key[0], key[1], final[key])
        new = list(wb._committed)
    return new
