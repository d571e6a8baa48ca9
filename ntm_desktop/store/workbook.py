"""A workbook: one SQLite file per commune (or per hub replica), opened through sqlite-utils.

Every domain write goes through :meth:`Workbook.put` / :meth:`Workbook.remove` inside
:meth:`Workbook.atomic`, which appends one hash-chained journal entry per row in the same
transaction. Raises :class:`StorageError` for file-system failures and :class:`ConflictError`
when another process holds the write lock longer than the busy timeout.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ntm_desktop.core.errors import ConflictError, NotFound, StorageError, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import nfc
from ntm_desktop.store import journal as jr
from ntm_desktop.store.files import replace_file_bytes
from ntm_desktop.store.schema import BOOL_COLUMNS, DOMAIN_TABLES, JSON_COLUMNS, migrations

BUSY_TIMEOUT_MS = 5000


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def translate_sqlite_error(exc: sqlite3.Error) -> Exception:
    """Map sqlite3 errors to user-facing NtmErrors."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return ConflictError(_N("errors", "Sổ dữ liệu đang được một chương trình khác ghi. Hãy "
                                "đóng chương trình đó rồi thử lại."), code="locked")
    if "full" in text:
        return StorageError(_N("errors", "Ổ đĩa đã đầy: không ghi được dữ liệu. Hãy giải phóng "
                               "dung lượng rồi thử lại; dữ liệu cũ vẫn nguyên vẹn."),
                            code="disk_full")
    if "readonly" in text or "read-only" in text:
        return StorageError(_N("errors", "Không ghi được vào sổ dữ liệu (tệp chỉ đọc)."),
                            code="read_only")
    if "foreign key" in text:
        return ValidationError(_N("errors", "Bản ghi đang được dùng ở nơi khác hoặc tham chiếu "
                                  "tới bản ghi không tồn tại."), code="reference")
    if "unique" in text:
        return ValidationError(_N("errors", "Bản ghi trùng với một bản ghi đã có."),
                               code="duplicate")
    if "not a database" in text or "malformed" in text:
        return StorageError(_N("errors", "Tệp không phải sổ dữ liệu NTM hợp lệ hoặc đã bị hỏng."),
                            code="corrupt")
    return StorageError(_N("errors", "Lỗi cơ sở dữ liệu: {detail}"), code="sqlite",
                        args={"detail": str(exc)})


class Workbook:
    """An open workbook. Use :meth:`open`; close with :meth:`close` or a ``with`` block."""

    def __init__(self, path: Path, db: Database, *, author: str | None = None):
        self.path = path
        self.db = db
        self._author = author
        self.device_id = self.meta("device_id") or ""
        self._clock = jr.HybridClock(self.device_id, self.meta("hlc_last"))
        self._depth = 0
        self._pending_hlc: str | None = None
        self.listeners: list[Any] = []  # callables(list[entry]) called after each commit
        self._committed: list[dict[str, Any]] = []
        self._head: tuple[int, str] | None = None  # journal head cached inside a transaction
        self._tx_author: str | None = None

    # ---------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False,
             author: str | None = None, backup_dir: Path | None = None,
             daily_backup: bool = True) -> Workbook:
        """Open (or with ``create`` make) a workbook and apply pending migrations.

        The file is copied to ``backups/`` before migrations run; at most one automatic backup a
        day is taken on open (14 kept).
        """
        path = Path(path)
        existed = path.exists()
        if not existed and not create:
            raise NotFound(_N("errors", "Không tìm thấy sổ dữ liệu: {path}"), code="no_workbook",
                           args={"path": str(path)})
        if existed and path.stat().st_size > 0:
            with open(path, "rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise StorageError(_N("errors", "Tệp “{name}” không phải sổ dữ liệu NTM."),
                                       code="corrupt", args={"name": path.name})
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False)
            db = Database(conn)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            from ntm_desktop.store import backups
            bdir = backup_dir or backups.default_dir(path)
            pending = migrations.pending(db)
            if pending and existed and path.stat().st_size > 0:
                backups.make_backup(db, path, bdir, reason="pre-migration")
            if pending:
                migrations.apply(db)
            if not db["meta"].exists():
                raise StorageError(_N("errors", "Sổ dữ liệu thiếu bảng meta."), code="corrupt")
            rows = {r["key"]: r["value"] for r in db.query("SELECT key, value FROM meta")}
            if "device_id" not in rows:
                db.execute("INSERT INTO meta(key, value) VALUES ('device_id', ?)",
                           [secrets.token_hex(8)])
                db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('workbook_id', ?)",
                           [new_id()])
            wb = cls(path, db, author=author)
            if daily_backup and existed:
                backups.auto_backup(wb, bdir)
            return wb
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc) from exc

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.db.conn.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def attachments_dir(self) -> Path:
        return self.path.with_name(self.path.name.split(".")[0] + ".attachments")

    # ---------------------------------------------------------------- meta
    def meta(self, key: str, default: str | None = None) -> str | None:
        try:
            rows = list(self.db.query("SELECT value FROM meta WHERE key = ?", [key]))
        except sqlite3.Error:
            return default
        return rows[0]["value"] if rows else default

    def set_meta(self, key: str, value: str | None) -> None:
        """Set a local (not journaled, not synchronised) setting."""
        self.db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                        "SET value = excluded.value", [key, value])

    @property
    def author(self) -> str:
        if self._author:
            return self._author
        env = os.environ.get("NTM_AUTHOR")
        if env:
            return env
        c = self.commune()
        return (c or {}).get("officer_name") or "—"

    # ---------------------------------------------------------------- transactions
    @contextlib.contextmanager
    def atomic(self) -> Iterator[Workbook]:
        """One transaction (``BEGIN IMMEDIATE``); nested blocks use savepoints."""
        conn = self.db.conn
        if self._depth == 0:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise translate_sqlite_error(exc) from exc
            self._committed = []
            self._head = None
            self._tx_author = None
            self._depth = 1
            try:
                yield self
                if self._pending_hlc:
                    self.set_meta("hlc_last", self._pending_hlc)
                conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                self._committed = []
                self._clock = jr.HybridClock(self.device_id, self.meta("hlc_last"))
                if isinstance(exc, sqlite3.Error):
                    raise translate_sqlite_error(exc) from exc
                raise
            finally:
                self._depth = 0
                self._pending_hlc = None
                self._head = None
                self._tx_author = None
            entries, self._committed = self._committed, []
            for listener in list(self.listeners):
                with contextlib.suppress(Exception):
                    listener(entries)
        else:
            name = f"sp_{secrets.token_hex(6)}"
            conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            mark = len(self._committed)
            try:
                yield self
                conn.execute(f"RELEASE SAVEPOINT {name}")
            except BaseException:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
                del self._committed[mark:]  # listeners must not hear of rolled-back writes
                self._head = None  # the cached journal head may belong to the rolled-back part
                raise
            finally:
                self._depth -= 1

    def _require_tx(self) -> None:
        if self._depth == 0:
            raise RuntimeError("domain writes must happen inside Workbook.atomic()")

    # ---------------------------------------------------------------- row codec
    @staticmethod
    def encode(table: str, row: dict[str, Any]) -> dict[str, Any]:
        out = dict(row)
        for c in JSON_COLUMNS.get(table, ()):
            if c in out and out[c] is not None and not isinstance(out[c], str):
                out[c] = jr.canonical_json(out[c]).decode("utf-8")
            elif c in out and isinstance(out[c], str) and table == "dossier_field":
                out[c] = jr.canonical_json(out[c]).decode("utf-8")
        for c in BOOL_COLUMNS.get(table, ()):
            if c in out and out[c] is not None:
                out[c] = 1 if out[c] else 0
        return out

    @staticmethod
    def decode(table: str, row: dict[str, Any]) -> dict[str, Any]:
        out = dict(row)
        for c in JSON_COLUMNS.get(table, ()):
            if isinstance(out.get(c), str):
                out[c] = json.loads(out[c])
        for c in BOOL_COLUMNS.get(table, ()):
            if out.get(c) is not None:
                out[c] = bool(out[c])
        return out

    # ---------------------------------------------------------------- reads
    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Raw query returning dicts (faster than sqlite-utils' ``query`` in hot paths)."""
        cur = self.db.conn.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def get(self, table: str, row_id: str) -> dict[str, Any] | None:
        rows = self._query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        return self.decode(table, rows[0]) if rows else None

    def require(self, table: str, row_id: str) -> dict[str, Any]:
        row = self.get(table, row_id)
        if row is None:
            raise NotFound(_N("errors", "Không tìm thấy bản ghi {id} trong “{table}”."),
                           field="id", args={"id": str(row_id), "table": table})
        return row

    def rows(self, table: str, where: str | None = None, params: Iterable[Any] = (),
             order_by: str | None = None, limit: int | None = None,
             offset: int | None = None) -> list[dict[str, Any]]:
        sql = f"SELECT * FROM [{table}]"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order_by or 'rowid'}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
            if offset:
                sql += f" OFFSET {int(offset)}"
        return [self.decode(table, r) for r in self.db.query(sql, list(params))]

    def count(self, table: str, where: str | None = None, params: Iterable[Any] = ()) -> int:
        sql = f"SELECT COUNT(*) AS n FROM [{table}]" + (f" WHERE {where}" if where else "")
        return next(self.db.query(sql, list(params)))["n"]

    def commune(self) -> dict[str, Any] | None:
        try:
            rows = self.rows("commune", limit=1)
        except sqlite3.Error:
            return None
        return rows[0] if rows else None

    # ---------------------------------------------------------------- writes
    def put(self, table: str, row: dict[str, Any], *, keep_timestamps: bool = False,
            known_new: bool = False) -> dict[str, Any]:
        """Insert or update one row by ``id`` and journal it. Returns the stored row.

        Strings are NFC-normalised. ``keep_timestamps`` keeps ``created_at``/``updated_at``
        from ``row`` (used by ``ntm load``). ``known_new`` skips the look-up of an existing row
        when the caller already knows the id is not stored (bulk loads).
        """
        self._require_tx()
        if table not in DOMAIN_TABLES:
            raise ValueError(f"not a domain table: {table}")
        row = {k: nfc(v) for k, v in row.items()}
        row.setdefault("id", new_id())
        existing = [] if known_new else self._query(
            f"SELECT created_at, updated_at FROM [{table}] WHERE id = ?", [row["id"]])
        now = utc_now()
        if keep_timestamps and row.get("created_at") and row.get("updated_at"):
            pass
        else:
            row["created_at"] = existing[0]["created_at"] if existing else now
            row["updated_at"] = now
        columns = self._columns(table)
        unknown = set(row) - columns
        if unknown:
            raise ValidationError(_N("errors", "Trường không xác định trong “{table}”: {fields}."),
                                  field=sorted(unknown)[0],
                                  args={"table": table, "fields": ", ".join(sorted(unknown))})
        full = {c: row.get(c) for c in sorted(columns)}
        stored = self.encode(table, full)
        cols = ", ".join(f"[{c}]" for c in stored)
        marks = ", ".join("?" for _ in stored)
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in stored if c != "id")
        try:
            self.db.conn.execute(f"INSERT INTO [{table}] ({cols}) VALUES ({marks}) "
                                 f"ON CONFLICT(id) DO UPDATE SET {updates}", list(stored.values()))
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc) from exc
        logical = self.decode(table, stored)
        self._journal(table, row["id"], "update" if existing else "insert", logical)
        return logical

    def remove(self, table: str, row_id: str) -> None:
        """Delete one row and journal the deletion; raises NotFound when absent."""
        self._require_tx()
        if self.get(table, row_id) is None:
            raise NotFound(_N("errors", "Không tìm thấy bản ghi {id}."), field="id",
                           args={"id": str(row_id)})
        try:
            self.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc) from exc
        self._journal(table, row_id, "delete", None)

    _columns_cache: dict[str, frozenset[str]] = {}

    def _columns(self, table: str) -> frozenset[str]:
        cols = self._columns_cache.get(table)
        if cols is None:
            cols = frozenset(r["name"] for r in self.db.query(f"PRAGMA table_info([{table}])"))
            Workbook._columns_cache[table] = cols
        return cols

    def _journal(self, entity: str, entity_id: str, op: str, row: dict[str, Any] | None) -> None:
        if self._head is None:
            self._head = jr.head(self.db)
        seq, prev = self._head
        if self._tx_author is None:
            self._tx_author = self.author
        hlc = self._clock.now()
        self._pending_hlc = hlc
        entry = {"seq": seq + 1, "hlc": hlc, "device_id": self.device_id, "author": self._tx_author,
                 "entity": entity, "entity_id": entity_id, "op": op, "row": row,
                 "prev_hash": prev}
        entry["hash"] = jr.entry_hash(entry)
        self._insert_entry(entry)

    def _insert_entry(self, entry: dict[str, Any]) -> None:
        self.db.conn.execute(
            "INSERT INTO journal(seq, hlc, device_id, author, entity, entity_id, op, row, "
            "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [entry["seq"], entry["hlc"], entry["device_id"], entry["author"], entry["entity"],
             entry["entity_id"], entry["op"],
             None if entry["row"] is None else jr.canonical_json(entry["row"]).decode("utf-8"),
             entry["prev_hash"], entry["hash"]])
        self._committed.append(entry)
        self._head = (entry["seq"], entry["hash"])

    def apply_entries(self, entries: Iterable[dict[str, Any]]) -> int:
        """Apply another device's journal entries verbatim (hub replicas).

        Each entry must continue this workbook's chain (``prev_hash`` equals the local head and
        ``seq`` follows); raises ValidationError otherwise. Must run inside :meth:`atomic`.
        """
        self._require_tx()
        seq, prev = jr.head(self.db)
        n = 0
        for e in entries:
            if e["seq"] != seq + 1 or e["prev_hash"] != prev:
                raise ValidationError(_N("errors", "Mục nhật ký {seq} không nối tiếp mục {prev}."),
                                      code="chain_gap",
                                      args={"seq": str(e["seq"]), "prev": str(seq)})
            if jr.entry_hash(e) != e["hash"]:
                raise ValidationError(_N("errors", "Mục nhật ký {seq} bị sửa đổi."),
                                      code="chain_hash", args={"seq": str(e["seq"])})
            table = e["entity"]
            if table not in DOMAIN_TABLES:
                raise ValidationError(_N("errors", "Bảng không hợp lệ: {table}"),
                                      code="bad_entity", args={"table": str(table)})
            try:
                if e["op"] == "delete":
                    self.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [e["entity_id"]])
                else:
                    row = dict(e["row"])
                    if set(row) - self._columns(table) or row.get("id") != e["entity_id"]:
                        raise ValidationError(_N("errors", "Mục nhật ký {seq} có trường lạ."),
                                              code="bad_row", args={"seq": str(e["seq"])})
                    stored = self.encode(table, row)
                    cols = ", ".join(f"[{c}]" for c in stored)
                    marks = ", ".join("?" for _ in stored)
                    self.db.execute(f"INSERT OR REPLACE INTO [{table}] ({cols}) VALUES ({marks})",
                                    list(stored.values()))
            except sqlite3.Error as exc:
                raise translate_sqlite_error(exc) from exc
            self._insert_entry(e)
            self._clock.observe(e["hlc"])
            seq, prev = e["seq"], e["hash"]
            n += 1
        return n

    # ---------------------------------------------------------------- files
    def copy_to(self, dest: Path) -> None:
        """Consistent copy through SQLite's online backup API."""
        tmp = dest.with_name(dest.name + ".tmp")
        try:
            target = sqlite3.connect(str(tmp))
            with target:
                self.db.conn.backup(target)
            target.close()
            os.replace(tmp, dest)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise StorageError(_N("errors", "Không sao lưu được sang {path}: {detail}"),
                               code="backup", args={"path": str(dest), "detail": str(exc)}) from exc


def atomic_write_bytes(dest: Path, data: bytes) -> None:
    """Write to a temporary name in the same folder, fsync, then rename (:func:`replace_file_bytes`).

    Raises ``StorageError`` (code ``write_failed``) when the file cannot be written.
    """
    try:
        replace_file_bytes(dest, data)
    except OSError as exc:
        raise StorageError(_N("errors", "Không ghi được tệp {path}: {detail}"),
                           code="write_failed",
                           args={"path": str(dest), "detail": str(exc.strerror or exc)}) from exc
