"""Files in and out of a workbook: the desktop's File menu and the matching ``ntm`` commands.

Background functions take ``report`` and ``cancel`` keyword arguments (see
:mod:`ntm_desktop.core.progress`), open a connection of their own (one connection per thread; the
GUI keeps its own) and do exactly what the matching ``ntm`` command does:

* :func:`import_data` — ``ntm load`` (Excel or JSON; validated, then one transaction:
  all-or-nothing, also when cancelled; an Excel error names the sheet, line and column);
* :func:`export_data` — ``ntm dump`` (Excel when the name ends in ``.xlsx``, else JSON);
* :func:`backup_now` — ``ntm backup``; :func:`restore_backup` — ``ntm restore``;
* :func:`install_overlay_file` — ``ntm catalog install``.

Also :func:`backup_info` (date, time and kind read from a backup's file name).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_desktop.core.catalog import load_catalog_file
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, Progress, ProgressFn, step
from ntm_desktop.store import backups, interchange, xlsx
from ntm_desktop.store.evaluation_service import install_overlay
from ntm_desktop.store.schema import DOMAIN_TABLES
from ntm_desktop.store.workbook import Workbook

CTX = "desktop_jobs"

BACKUP_KINDS: dict[str, str] = {
    "auto": _N(CTX, "Tự động"),
    "manual": _N(CTX, "Sao lưu thủ công"),
    "pre-migration": _N(CTX, "Trước khi nâng cấp"),
    "before-restore": _N(CTX, "Trước khi khôi phục"),
}
_BACKUP_NAME = re.compile(r"-(\d{8})-(\d{6})(?:-(\d{1,6}))?-([a-z-]+)\.sqlite$")


# ------------------------------------------------------------------------------ helpers
@dataclass
class JobResult:
    """What a background job did: the file concerned, rows per table, journal entries."""

    path: Path | None = None
    counts: dict[str, int] = field(default_factory=dict)
    entries: list[dict[str, Any]] = field(default_factory=list)
    overlay_id: str | None = None
    created: bool = False  # the target workbook did not exist before (import)


def _open(path: Path, *, create: bool = False, author: str | None = None) -> Workbook:
    return Workbook.open(Path(path), create=create, daily_backup=False, author=author)


# ------------------------------------------------------------------------------ jobs
def import_data(wb_path: Path, src: Path, *, create: bool = False, author: str | None = None,
                report: ProgressFn | None = None, cancel: CancelToken | None = None
                ) -> JobResult:
    """``ntm load`` and the File menu's import: the file is checked first (a broken file is
    reported before anything is created), then read row by row (bounded memory) into the
    workbook in one transaction — all or nothing, also when cancelled. A workbook this call
    created is removed again when a row is refused. An Excel error names its sheet, line and
    column."""
    step(report, cancel, 0, 3, "")
    wb_path, src = Path(wb_path), Path(src)
    existed = wb_path.exists()
    is_xlsx = src.suffix.lower() == ".xlsx"
    scan = xlsx.scan_xlsx(src) if is_xlsx else interchange.scan_file(src)
    step(report, cancel, 1, 3, "")
    wb = _open(wb_path, create=create, author=author)
    captured: list[dict[str, Any]] = []
    wb.listeners.append(captured.extend)
    try:
        with wb.atomic():  # the cancel check below rolls everything back
            counts = (xlsx.load_xlsx_file(wb, src) if is_xlsx
                      else interchange.load_file(wb, src, scan))
            step(report, cancel, 2, 3, "")  # last chance to cancel: nothing is kept
    except BaseException:
        wb.close()
        if not existed:
            _remove_workbook(wb_path)
        raise
    wb.close()
    if report is not None:
        report(Progress(3, 3, ""))
    return JobResult(wb_path, counts, captured, created=not existed)


def _remove_workbook(path: Path) -> None:
    """Remove a workbook file this job created (and its WAL files)."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def export_data(wb_path: Path, dest: Path, *, report: ProgressFn | None = None,
                cancel: CancelToken | None = None) -> JobResult:
    """Write the whole workbook to ``dest`` (.xlsx → Excel, anything else → JSON)."""
    step(report, cancel, 0, 2, "")
    wb = _open(wb_path)
    try:
        counts = {t: wb.conn.execute(f"SELECT COUNT(*) FROM [{t}]").fetchone()[0]
                  for t in DOMAIN_TABLES}
        step(report, cancel, 1, 2, "")
        dest = Path(dest)
        if dest.suffix.lower() == ".xlsx":
                xlsx.dump_xlsx(wb, dest)
        else:
            interchange.dump_file(wb, dest)
        if report is not None:
            report(Progress(2, 2, ""))
        return JobResult(dest, counts)
    finally:
        wb.close()


def backup_now(wb_path: Path, *, report: ProgressFn | None = None,
               cancel: CancelToken | None = None) -> JobResult:
    """A manual backup into the workbook's ``backups`` folder."""
    step(report, cancel, 0, 0, "")
    wb = _open(wb_path)
    try:
        dest = backups.make_backup(wb.conn, wb.path, backups.default_dir(wb.path), reason="manual")
        return JobResult(dest)
    finally:
        wb.close()


def restore_backup(wb_path: Path, backup_file: Path, *, report: ProgressFn | None = None,
                   cancel: CancelToken | None = None) -> JobResult:
    """Replace the (closed) workbook with ``backup_file``; the result's path is the safety copy
    of what was replaced."""
    step(report, cancel, 0, 0, "")
    return JobResult(backups.restore(Path(wb_path), Path(backup_file)))


def install_overlay_file(wb_path: Path, src: Path, *, report: ProgressFn | None = None,
                         cancel: CancelToken | None = None) -> JobResult:
    """Validate a provincial overlay file and install it (active) in the workbook."""
    step(report, cancel, 0, 2, "")
    doc = load_catalog_file(Path(src))
    step(report, cancel, 1, 2, "")
    wb = _open(wb_path)
    captured: list[dict[str, Any]] = []
    wb.listeners.append(captured.extend)
    try:
        oid = install_overlay(wb, doc)
        if report is not None:
            report(Progress(2, 2, ""))
        return JobResult(Path(src), entries=captured, overlay_id=oid)
    finally:
        wb.close()


# ------------------------------------------------------------------------------ backups
@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: dt.datetime | None
    kind: str  # auto, manual, pre-migration, before-restore, or what the name says
    size: int


def backup_info(path: Path) -> BackupInfo:
    """Date/time and kind from ``<stem>-YYYYmmdd-HHMMSS-ffffff-<kind>.sqlite``."""
    path = Path(path)
    m = _BACKUP_NAME.search(path.name)
    when, kind = None, ""
    if m:
        kind = m.group(4)
        try:
            when = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
        except ValueError:
            when = None
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path, when, kind, size)


def workbook_backups(wb_path: Path) -> list[BackupInfo]:
    """Backups of the workbook at ``wb_path``, newest first."""
    wb_path = Path(wb_path)
    files = backups.list_backups(backups.default_dir(wb_path), wb_path.name.split(".")[0])
    infos = [backup_info(p) for p in files]
    return sorted(infos, key=lambda b: (b.when or dt.datetime.min, b.path.name), reverse=True)
