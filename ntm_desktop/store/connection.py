"""Opening SQLite files the one way (pragmas shared by :class:`Workbook` and :class:`Hub`) and
mapping SQLite errors to user-facing :class:`NtmError` subclasses by their result code name.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ntm_desktop.core.errors import ConflictError, NtmError, StorageError, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_MS = 5000

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
)


def open_connection(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), usable from worker threads
    (one at a time), waiting ``busy_timeout_ms`` for another writer, with :data:`PRAGMAS`
    applied. Raises ``sqlite3.Error``."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=busy_timeout_ms / 1000,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        [name]).fetchone() is not None


def database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils' ``Database`` over an open connection, without the plugin scan of the
    installed packages (importlib.metadata)."""
    # Imported here, not at the top: a workbook opened for the first screen reads through the
    # plain connection, and sqlite-utils (about 60 ms with click and dateutil) loads on first use.
    from sqlite_utils import Database
    return Database(conn, execute_plugins=False)


def connect(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """:func:`open_connection` wrapped in sqlite-utils' ``Database``. Raises ``sqlite3.Error``."""
    return database(open_connection(path, busy_timeout_ms=busy_timeout_ms))


def _error_name(exc: sqlite3.Error) -> str:
    """``SQLITE_FULL``, ``SQLITE_CONSTRAINT_UNIQUE`` …; "" when SQLite gave none (Python 3.11
    sets ``sqlite_errorname`` on errors raised by the library)."""
    return str(getattr(exc, "sqlite_errorname", "") or "")


def translate_sqlite_error(exc: sqlite3.Error) -> NtmError:
    """Map a sqlite3 error to a user-facing NtmError on its result code, not its message."""
    name = _error_name(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return ConflictError(_N("errors", "Sổ dữ liệu đang được một chương trình khác ghi. Hãy "
                                "đóng chương trình đó rồi thử lại."), code="locked")
    if name == "SQLITE_FULL":
        return StorageError(_N("errors", "Ổ đĩa đã đầy: không ghi được dữ liệu. Hãy giải phóng "
                               "dung lượng rồi thử lại; dữ liệu cũ vẫn nguyên vẹn."),
                            code="disk_full")
    if name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_CANTOPEN"):
        return StorageError(_N("errors", "Không ghi được vào sổ dữ liệu (tệp chỉ đọc)."),
                            code="read_only")
    if name == "SQLITE_CONSTRAINT_FOREIGNKEY":
        return ValidationError(_N("errors", "Bản ghi đang được dùng ở nơi khác hoặc tham chiếu "
                                  "tới bản ghi không tồn tại."), code="reference")
    if name in ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"):
        return ValidationError(_N("errors", "Bản ghi trùng với một bản ghi đã có."),
                               code="duplicate")
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or name.startswith("SQLITE_CORRUPT"):
        return StorageError(_N("errors", "Tệp không phải sổ dữ liệu NTM hợp lệ hoặc đã bị hỏng."),
                            code="corrupt")
    return StorageError(_N("errors", "Lỗi cơ sở dữ liệu: {detail}"), code="sqlite",
                        args={"detail": str(exc)})
