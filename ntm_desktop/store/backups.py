"""Rotating backups through SQLite's online backup API, and restore."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ntm_desktop.core.clock import file_stamp
from ntm_desktop.core.errors import NotFound, StorageError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.store.connection import table_exists

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook

KEEP = 14


def default_dir(workbook_path: Path) -> Path:
    return workbook_path.parent / "backups"


def copy_database(conn: sqlite3.Connection, dest: Path) -> None:
    """The one backup function: a consistent copy of ``conn``'s database through SQLite's online
    backup API, written to a temporary name and renamed. Raises StorageError ``backup``."""
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        target = sqlite3.connect(str(tmp))
        with target:
            conn.backup(target)
        target.close()
        os.replace(tmp, dest)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(_N("errors", "Không tạo được bản sao lưu: {detail}"), code="backup",
                           args={"detail": str(exc)}) from exc


def make_backup(conn: sqlite3.Connection, path: Path, folder: Path, *,
                reason: str = "manual") -> Path:
    """Copy the database open on ``conn`` (the workbook at ``path``) into ``folder`` as
    ``<stem>-<stamp>-<reason>.sqlite``; returns the backup file."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = path.name.split(".")[0]
    dest = folder / f"{stem}-{file_stamp()}-{reason}.sqlite"
    copy_database(conn, dest)
    return dest


def list_backups(folder: Path, stem: str | None = None) -> list[Path]:
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.sqlite") if stem is None or p.name.startswith(stem + "-")]
    return sorted(files, key=lambda p: p.name)


def rotate(folder: Path, stem: str, keep: int = KEEP) -> None:
    auto = [p for p in list_backups(folder, stem) if p.name.endswith("-auto.sqlite")]
    for old in auto[:-keep] if len(auto) > keep else []:
        old.unlink(missing_ok=True)


def auto_backup(wb: Workbook, folder: Path, *, today: dt.date | None = None) -> Path | None:
    """At most one automatic backup a day; keeps the newest :data:`KEEP`."""
    day = (today or dt.date.today()).isoformat()
    if wb.meta("last_auto_backup") == day:
        return None
    stem = wb.path.name.split(".")[0]
    dest = make_backup(wb.conn, wb.path, folder, reason="auto")
    wb.set_meta("last_auto_backup", day)
    rotate(folder, stem)
    return dest


def restore(workbook_path: Path, backup_file: Path, folder: Path | None = None) -> Path:
    """Replace the workbook with ``backup_file``; keeps a copy of what it replaces.

    Returns the path of the safety copy. The backup is checked with ``integrity_check`` first.
    """
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise NotFound(_N("errors", "Không tìm thấy bản sao lưu: {path}"), code="no_backup",
                       args={"path": str(backup_file)})
    try:
        src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
        ok = src.execute("PRAGMA integrity_check").fetchone()[0]
        has_meta = table_exists(src, "meta")
    except sqlite3.Error as exc:
        raise StorageError(_N("errors", "Bản sao lưu không đọc được: {detail}"), code="corrupt",
                           args={"detail": str(exc)}) from exc
    if ok != "ok" or not has_meta:
        src.close()
        raise StorageError(_N("errors", "Bản sao lưu bị hỏng hoặc không phải sổ dữ liệu NTM."),
                           code="corrupt")
    folder = folder or default_dir(workbook_path)
    folder.mkdir(parents=True, exist_ok=True)
    safety = None
    if workbook_path.exists():
        cur = sqlite3.connect(str(workbook_path))
        safety = make_backup(cur, workbook_path, folder, reason="before-restore")
        cur.close()
    tmp = workbook_path.with_name(workbook_path.name + ".restore.tmp")
    try:
        dst = sqlite3.connect(str(tmp))
        with dst:
            src.backup(dst)
        dst.close()
        src.close()
        for suffix in ("-wal", "-shm"):
            Path(str(workbook_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, workbook_path)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(_N("errors", "Không khôi phục được: {detail}"), code="restore",
                           args={"detail": str(exc)}) from exc
    return safety or backup_file
