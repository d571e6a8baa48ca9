"""What every use case shares: a connection of its own for background work, the "no commune"
message."""

from __future__ import annotations

from pathlib import Path

from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.store.workbook import Workbook

NO_COMMUNE = _N("errors", "Sổ dữ liệu chưa có thông tin xã.")


def worker_workbook(path: Path) -> Workbook:
    """A second connection to the open workbook, for one background task (close it after)."""
    return Workbook.open(path, daily_backup=False)
