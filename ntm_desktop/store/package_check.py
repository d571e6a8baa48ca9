"""Check a sync package without applying it (the desktop's "Kiểm tra gói (không nhập)…").

:func:`verify_package` is background work (``report``/``cancel`` keyword arguments, a connection
of its own) doing exactly what ``ntm verify FILE [--dossier-code CODE]`` does for a commune:
:func:`ntm_desktop.sync.importer.verify_file` with the commune's receiver. Nothing is written —
no package log entry, no quarantine copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.store.gui_queries import worker_workbook


def verify_package(wb_path: Path, paths: Any, file: Path, dossier_code: str | None = None, *,
                   report: ProgressFn | None = None, cancel: CancelToken | None = None) -> Any:
    """The :class:`ntm_desktop.sync.importer.Outcome` of verifying ``file``; with
    ``dossier_code``, ``details["dossier_code"]`` says whether it matches the package."""
    from ntm_desktop.sync import importer
    from ntm_desktop.sync.workspace import keystore
    step(report, cancel, 0, 0, "")
    wb = worker_workbook(wb_path)
    try:
        rx = importer.CommuneReceiver(wb, keystore(paths), paths.quarantine)
        return importer.verify_file(Path(file), rx, dossier_code=(dossier_code or "").strip()
                                    or None)
    finally:
        wb.close()
