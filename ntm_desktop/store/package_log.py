"""The workbook's local log of the packages it sent and received (``meta`` key
:data:`HISTORY_KEY`, not journaled, not synchronised; the sync layer keeps no such log on the
commune side)."""

from __future__ import annotations

import json
from typing import Any

from ntm_desktop.core.clock import local_seconds
from ntm_desktop.store.workbook import Workbook

HISTORY_KEY = "gui.package_history"
HISTORY_LIMIT = 500


def package_history(wb: Workbook) -> list[dict[str, Any]]:
    """Packages sent and received by this workbook, newest first."""
    raw = wb.meta(HISTORY_KEY)
    try:
        items = json.loads(raw) if raw else []
    except ValueError:
        items = []
    return list(reversed(items))


def record_package(wb: Workbook, entry: dict[str, Any]) -> None:
    raw = wb.meta(HISTORY_KEY)
    try:
        items = json.loads(raw) if raw else []
    except ValueError:
        items = []
    items.append({"at": local_seconds(), **entry})
    wb.set_meta(HISTORY_KEY, json.dumps(items[-HISTORY_LIMIT:], ensure_ascii=False))

