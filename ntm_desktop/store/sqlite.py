"""The store's thin layer over ``sqlite3``: :class:`Database` and :class:`Migrations`.

The application used sqlite-utils for these two; importing it (with click, dateutil and its
plugin manager, which scans every installed package's entry points) cost as much CPU at start
as a bare Qt window. What the store needs is small, so it is here; sqlite-utils stays a
development tool (benchmarks' baseline, tests).

:class:`Migrations` keeps sqlite-utils' record of applied migrations (table
``_sqlite_migrations``: ``migration_set``, ``name``, ``applied_at``), so workbooks written by
either read the same. Each migration runs in one transaction with its record.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

MIGRATIONS_TABLE = "_sqlite_migrations"


class Table:
    """Just enough of a table handle: ``db["meta"].exists()``."""

    def __init__(self, db: Database, name: str) -> None:
        self.db, self.name = db, name

    def exists(self) -> bool:
        return self.db.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?",
            [self.name]).fetchone() is not None


class Database:
    """A ``sqlite3.Connection`` with ``query`` (rows as dicts) and ``execute``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Iterable[Any] | dict[str, Any] | None = None
                ) -> sqlite3.Cursor:
        return self.conn.execute(sql, params if params is not None else ())

    def executescript(self, script: str) -> sqlite3.Cursor:
        """Runs ``script``. Note: sqlite3 COMMITs a pending transaction first."""
        return self.conn.executescript(script)

    def query(self, sql: str, params: Iterable[Any] | dict[str, Any] | None = None
              ) -> Iterator[dict[str, Any]]:
        cur = self.conn.execute(sql, params if params is not None else ())
        names = [d[0] for d in cur.description or ()]
        for row in cur:
            yield dict(zip(names, row, strict=True))

    def __getitem__(self, name: str) -> Table:
        return Table(self, name)


MigrationFn = Callable[[Database], None]


@dataclass(frozen=True)
class Migration:
    name: str
    fn: MigrationFn


class Migrations:
    """A named, ordered set of schema migrations: ``@migrations()`` registers a function."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self) -> Callable[[MigrationFn], MigrationFn]:
        def register(fn: MigrationFn) -> MigrationFn:
            if any(m.name == fn.__name__ for m in self._migrations):
                raise ValueError(f"migration {fn.__name__} registered twice in {self.name}")
            self._migrations.append(Migration(fn.__name__, fn))
            return fn
        return register

    def applied(self, db: Database) -> list[str]:
        if not db[MIGRATIONS_TABLE].exists():
            return []
        return [r[0] for r in db.conn.execute(
            f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
            [self.name])]

    def pending(self, db: Database) -> list[Migration]:
        done = set(self.applied(db))
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: Database, *, stop_before: str | None = None) -> None:
        """Apply the pending migrations in order, each in one transaction with its record."""
        conn = db.conn
        if not db[MIGRATIONS_TABLE].exists():
            conn.execute(f"CREATE TABLE [{MIGRATIONS_TABLE}] ([id] INTEGER PRIMARY KEY, "
                         "[migration_set] TEXT, [name] TEXT, [applied_at] TEXT)")
            conn.execute(f"CREATE UNIQUE INDEX [idx_{MIGRATIONS_TABLE}_migration_set_name] "
                         f"ON [{MIGRATIONS_TABLE}] ([migration_set], [name])")
        for m in self.pending(db):
            if m.name == stop_before:
                return
            conn.execute("BEGIN")
            try:
                m.fn(db)
                conn.execute(f"INSERT INTO [{MIGRATIONS_TABLE}] (migration_set, name, "
                             "applied_at) VALUES (?, ?, ?)",
                             [self.name, m.name, str(dt.datetime.now(dt.UTC))])
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            if conn.in_transaction:  # executescript() may have committed already
                conn.execute("COMMIT")
