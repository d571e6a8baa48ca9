"""A workbook: one SQLite file per commune (or per hub replica), kept with sqlite-utils.

Every domain write goes through :meth:`Workbook.put` / :meth:`Workbook.remove` inside
:meth:`Workbook.atomic`, which appends one hash-chained journal entry per row in the same
transaction. Raises :class:`StorageError` for file-system failures and :class:`ConflictError`
when another process holds the write lock longer than the busy timeout.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ntm_desktop.core.canonical import canonical_json
from ntm_desktop.core.clock import HybridClock, new_id, utc_now
from ntm_desktop.core.errors import NotFound, StorageError, ValidationError, os_reason
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import nfc
from ntm_desktop.store import backups
from ntm_desktop.store import journal as jr
from ntm_desktop.store.connection import (
    BUSY_TIMEOUT_MS,
    database,
    open_connection,
    table_exists,
    translate_sqlite_error,
)
from ntm_desktop.store.files import replace_file_bytes
from ntm_desktop.store.row_rules import check_row
from ntm_desktop.store.schema import (
    DOMAIN_TABLES,
    ROW_ALWAYS_JOURNALED,
    affinity,
    decode_row,
    encode_row,
    is_current,
    reads_back_unchanged,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["Workbook", "atomic_write_bytes", "new_id", "utc_now", "translate_sqlite_error",
           "BUSY_TIMEOUT_MS", "CommitListener"]

log = logging.getLogger(__name__)

CommitListener = Callable[[list[dict[str, Any]]], None]


class _TableInfo(NamedTuple):
    columns: tuple[str, ...]  # sorted
    types: dict[str, str]  # column → affinity
    affinities: tuple[str, ...]  # aligned with columns
    upsert_sql: str
    insert_sql: str
    dedup: bool  # may the journal leave this table's live rows to the table (m002)?


class Workbook:
    """An open workbook. Use :meth:`open`; close with :meth:`close` or a ``with`` block."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, author: str | None = None):
        self.path = path
        self.conn = conn
        self._db: Database | None = None
        self._author = author
        self.device_id = self.meta("device_id") or ""
        self._clock = HybridClock(self.device_id, self.meta("hlc_last"))
        self._depth = 0
        self._pending_hlc: str | None = None
        self.listeners: list[CommitListener] = []  # called with the entries after each commit
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
            conn = open_connection(path, busy_timeout_ms=BUSY_TIMEOUT_MS)
            bdir = backup_dir or backups.default_dir(path)
            if not is_current(conn):
                # Imported here: a current workbook (every start but the first after an update)
                # opens without sqlite-utils' migration machinery.
                from ntm_desktop.store.migrations import migrations
                db = database(conn)
                if existed and path.stat().st_size > 0 and migrations.pending(db):
                    backups.make_backup(conn, path, bdir, reason="pre-migration")
                migrations.apply(db)
            if not table_exists(conn, "meta"):
                raise StorageError(_N("errors", "Sổ dữ liệu thiếu bảng meta."), code="corrupt")
            keys = {r[0] for r in conn.execute("SELECT key FROM meta")}
            if "device_id" not in keys:
                conn.execute("INSERT INTO meta(key, value) VALUES ('device_id', ?)",
                             [secrets.token_hex(8)])
                conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('workbook_id', ?)",
                             [new_id()])
            wb = cls(path, conn, author=author)
            if daily_backup and existed:
                backups.auto_backup(wb, bdir)
            return wb
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc) from exc

    @property
    def db(self) -> Database:
        """sqlite-utils' ``Database`` over this workbook's connection, made on first use."""
        if self._db is None:
            self._db = database(self.conn)
        return self._db

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()

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
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        except sqlite3.Error:
            return default
        return row[0] if row else default

    def set_meta(self, key: str, value: str | None) -> None:
        """Set a local (not journaled, not synchronised) setting."""
        self.conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
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
        conn = self.conn
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
                if conn.in_transaction:  # SQLite may have rolled back already (disk full, I/O)
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                self._committed = []
                self._clock = HybridClock(self.device_id, self.meta("hlc_last"))
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
                try:
                    listener(entries)
                except Exception:  # one broken listener must not stop the others
                    log.exception("commit listener %r failed", listener)
        else:
            name = f"sp_{secrets.token_hex(6)}"
            conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            mark = len(self._committed)
            try:
                yield self
                conn.execute(f"RELEASE SAVEPOINT {name}")
            except BaseException:
                # When SQLite has already rolled the whole transaction back (disk full, I/O
                # error) the savepoint is gone: keep the real error (as sqlite-utils does).
                if conn.in_transaction:
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
        return encode_row(table, row)

    @staticmethod
    def decode(table: str, row: dict[str, Any]) -> dict[str, Any]:
        return decode_row(table, row)

    # ---------------------------------------------------------------- reads
    def query(self, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows of ``sql`` as dicts, one at a time (as sqlite-utils' ``Database.query``)."""
        cur = self.conn.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        for r in cur:
            yield dict(zip(names, r, strict=True))

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """:meth:`query`, all rows at once."""
        return list(self.query(sql, params))

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
        return [self.decode(table, r) for r in self._query(sql, params)]

    def count(self, table: str, where: str | None = None, params: Iterable[Any] = ()) -> int:
        sql = f"SELECT COUNT(*) AS n FROM [{table}]" + (f" WHERE {where}" if where else "")
        return int(self.conn.execute(sql, list(params)).fetchone()[0])

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
        row = {k: nfc(v) if isinstance(v, str) else v for k, v in row.items()}
        if not row.get("id"):
            row["id"] = new_id()
        existing = None if known_new else self._raw_row(table, row["id"])
        if not (keep_timestamps and row.get("created_at") and row.get("updated_at")):
            now = utc_now()
            row["created_at"] = existing["created_at"] if existing else now
            row["updated_at"] = now
        info = self._table(table)
        if not info.types.keys() >= row.keys():
            unknown = set(row) - info.types.keys()
            raise ValidationError(_N("errors", "Trường không xác định trong “{table}”: {fields}."),
                                  field=sorted(unknown)[0],
                                  args={"table": table, "fields": ", ".join(sorted(unknown))})
        full = {c: row.get(c) for c in info.columns}
        check_row(self.conn, table, full)
        stored = encode_row(table, full)
        if existing is not None:
            self._materialize(table, row["id"], existing)
        values = list(stored.values())
        try:
            self.conn.execute(info.insert_sql if known_new else info.upsert_sql, values)
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc) from exc
        logical = decode_row(table, stored)
        self._journal(table, row["id"], "update" if existing else "insert", logical,
                      live=info.dedup and reads_back_unchanged(info.affinities, values))
        return logical

    def remove(self, table: str, row_id: str) -> None:
        """Delete one row and journal the deletion; raises NotFound when absent."""
        self._require_tx()
        existing = self._raw_row(table, row_id) if table in DOMAIN_TABLES else None
        if existing is None:
            raise NotFound(_N("errors", "Không tìm thấy bản ghi {id}."), field="id",
                           args={"id": str(row_id)})
        self._materialize(table, row_id, existing)
        try:
            self.conn.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc) from exc
        self._journal(table, row_id, "delete", None)

    def _raw_row(self, table: str, row_id: str) -> dict[str, Any] | None:
        """The stored (encoded) row, or None."""
        cur = self.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        r = cur.fetchone()
        return None if r is None else dict(zip([d[0] for d in cur.description], r, strict=True))

    def _materialize(self, table: str, row_id: str, stored: dict[str, Any]) -> None:
        """Before the live row changes: write it into its latest journal entry when that entry
        left ``row`` NULL (it meant "the live row"), so the entry keeps its full row."""
        self.conn.execute(
            "UPDATE journal_entry SET row = ? WHERE seq = (SELECT max(seq) FROM journal_entry "
            "WHERE entity_id = ? AND entity = ?) AND row IS NULL AND op != 'delete'",
            [canonical_json(decode_row(table, stored)).decode("utf-8"), row_id, table])

    _tables: dict[str, _TableInfo] = {}

    def _table(self, table: str) -> _TableInfo:
        """Columns, affinities and the upsert statement of a domain table (same in every
        workbook: the schema comes from the migrations)."""
        info = self._tables.get(table)
        if info is None:
            types = {r[1]: affinity(r[2] or "") for r in self.conn.execute(
                f"PRAGMA table_info([{table}])")}
            columns = tuple(sorted(types))
            cols = ", ".join(f"[{c}]" for c in columns)
            marks = ", ".join("?" for _ in columns)
            updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != "id")
            info = _TableInfo(
                columns=columns, types=types,
                affinities=tuple(types[c] for c in columns),
                upsert_sql=f"INSERT INTO [{table}] ({cols}) VALUES ({marks}) "
                           f"ON CONFLICT(id) DO UPDATE SET {updates}",
                insert_sql=f"INSERT INTO [{table}] ({cols}) VALUES ({marks})",
                dedup=table not in ROW_ALWAYS_JOURNALED)
            Workbook._tables[table] = info
        return info

    def _columns(self, table: str) -> frozenset[str]:
        return frozenset(self._table(table).types)

    def _journal(self, entity: str, entity_id: str, op: str, row: dict[str, Any] | None, *,
                 live: bool = False) -> None:
        if self._head is None:
            self._head = jr.head(self.conn)
        seq, prev = self._head
        if self._tx_author is None:
            self._tx_author = self.author
        hlc = self._clock.now()
        self._pending_hlc = hlc
        entry = {"seq": seq + 1, "hlc": hlc, "device_id": self.device_id, "author": self._tx_author,
                 "entity": entity, "entity_id": entity_id, "op": op, "row": row,
                 "prev_hash": prev}
        entry["hash"] = jr.entry_hash(entry)
        self._insert_entry(entry, live=live)

    def _insert_entry(self, entry: dict[str, Any], *, live: bool = False,
                      keep: bool = True) -> None:
        """Append ``entry``; ``live`` = its row is exactly the live row as read back, so the
        journal leaves ``row`` NULL (see migration m002). ``keep``: also keep it for the commit
        listeners (and undo) until the transaction ends."""
        row = entry["row"]
        self.conn.execute(
            "INSERT INTO journal_entry(seq, hlc, device_id, author, entity, entity_id, op, row, "
            "hash) VALUES (?,?,?,?,?,?,?,?,?)",
            [entry["seq"], entry["hlc"], entry["device_id"], entry["author"], entry["entity"],
             entry["entity_id"], entry["op"],
             None if row is None or live else canonical_json(row).decode("utf-8"),
             bytes.fromhex(entry["hash"])])
        if keep:
            self._committed.append(entry)
        self._head = (entry["seq"], entry["hash"])

    def apply_entries(self, entries: Iterable[dict[str, Any]]) -> int:
        """Apply another device's journal entries verbatim (hub replicas).

        Each entry must continue this workbook's chain (``prev_hash`` equals the local head and
        ``seq`` follows); raises ValidationError otherwise. Must run inside :meth:`atomic`.
        """
        self._require_tx()
        seq, prev = jr.head(self.conn)
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
            live = False
            try:
                existing = self._raw_row(table, e["entity_id"])
                if existing is not None:
                    self._materialize(table, e["entity_id"], existing)
                if e["op"] == "delete":
                    self.conn.execute(f"DELETE FROM [{table}] WHERE id = ?", [e["entity_id"]])
                else:
                    row = dict(e["row"])
                    info = self._table(table)
                    if set(row) - info.types.keys() or row.get("id") != e["entity_id"]:
                        raise ValidationError(_N("errors", "Mục nhật ký {seq} có trường lạ."),
                                              code="bad_row", args={"seq": str(e["seq"])})
                    check_row(self.conn, table, row)
                    stored = encode_row(table, row)
                    cols = ", ".join(f"[{c}]" for c in stored)
                    marks = ", ".join("?" for _ in stored)
                    self.conn.execute(
                        f"INSERT OR REPLACE INTO [{table}] ({cols}) VALUES ({marks})",
                        list(stored.values()))
                    whole = {c: stored.get(c) for c in info.columns}
                    live = info.dedup and reads_back_unchanged(
                        info.affinities, list(whole.values())) and canonical_json(
                        decode_row(table, whole)) == canonical_json(e["row"])
            except sqlite3.Error as exc:
                raise translate_sqlite_error(exc) from exc
            # entries applied from a package are kept for listeners only: a hub applying
            # 300,000 entries in one transaction would otherwise hold every one of them
            self._insert_entry(e, live=live, keep=bool(self.listeners))
            self._clock.observe(e["hlc"])
            seq, prev = e["seq"], e["hash"]
            n += 1
        return n

    # ---------------------------------------------------------------- files
    def copy_to(self, dest: Path) -> None:
        """Consistent copy through SQLite's online backup API (:func:`backups.copy_database`)."""
        backups.copy_database(self.conn, Path(dest))


def atomic_write_bytes(dest: Path, data: bytes) -> None:
    """Write to a temporary name in the same folder, fsync, then rename (:func:`replace_file_bytes`).

    Raises ``StorageError`` (code ``write_failed``) when the file cannot be written.
    """
    try:
        replace_file_bytes(dest, data)
    except OSError as exc:
        raise StorageError(_N("errors", "Không ghi được tệp {path}: {detail}"),
                           code="write_failed",
                           args={"path": str(dest), "detail": os_reason(exc)}) from exc
