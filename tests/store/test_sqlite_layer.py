"""store/sqlite.py: the store's own Database/Migrations, compatible with workbooks whose
migrations sqlite-utils recorded, and off the GUI's start path."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
import sqlite_utils

from ntm_desktop.store.sqlite import Database, Migrations
from ntm_desktop.store.workbook import Workbook


def test_migrations_recorded_by_sqlite_utils_are_recognised(tmp_path):
    path = tmp_path / "w.sqlite"
    theirs = sqlite_utils.Migrations("set")

    @theirs()
    def m001(db):
        db.execute("CREATE TABLE a (x)")

    theirs.apply(sqlite_utils.Database(path))
    ours = Migrations("set")
    ran = []

    @ours()
    def m001(db):  # noqa: F811  (the same migration, registered in our set)
        ran.append("m001")

    @ours()
    def m002(db):
        db.execute("CREATE TABLE b (y)")
        ran.append("m002")

    db = Database(sqlite3.connect(str(path), isolation_level=None))
    assert [m.name for m in ours.pending(db)] == ["m002"]
    ours.apply(db)
    assert ran == ["m002"] and ours.pending(db) == [] and db["b"].exists()
    assert [m.name for m in theirs.applied(sqlite_utils.Database(path))] == ["m001", "m002"]


def test_a_failing_migration_changes_nothing_and_stays_pending(tmp_path):
    ours = Migrations("set")

    @ours()
    def m001(db):
        db.execute("CREATE TABLE a (x)")
        raise RuntimeError("disk on fire")

    db = Database(sqlite3.connect(str(tmp_path / "w.sqlite"), isolation_level=None))
    with pytest.raises(RuntimeError):
        ours.apply(db)
    assert not db["a"].exists() and [m.name for m in ours.pending(db)] == ["m001"]


def test_query_yields_dicts(tmp_path):
    with Workbook.open(tmp_path / "w.ntm.sqlite", create=True, author="t") as wb:
        assert list(wb.db.query("SELECT 1 AS one, 'a' AS two")) == [{"one": 1, "two": "a"}]
        assert wb.db["meta"].exists() and not wb.db["nothing"].exists()


def test_opening_a_workbook_does_not_import_sqlite_utils(tmp_path):
    code = (f"import sys; from ntm_desktop.store.workbook import Workbook; "
            f"Workbook.open({str(tmp_path / 'x.ntm.sqlite')!r}, create=True).close(); "
            f"print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
