"""Automatic daily backups, rotation, restore, and the pre-migration copy."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import types

import pytest
from helpers import dump_bytes

from ntm_desktop.core.errors import StorageError
from ntm_desktop.store import backups, commune, schema
from ntm_desktop.store import migrations as migmod
from ntm_desktop.store.migrations import migrations as real_migrations
from ntm_desktop.store.workbook import Workbook


@pytest.fixture
def fake_today(monkeypatch):
    """Set ``fake_today.day`` to control what backups think today is."""
    state = types.SimpleNamespace(day=dt.date(2025, 3, 1))

    class FakeDate(dt.date):
        @classmethod
        def today(cls):
            return state.day

    monkeypatch.setattr(backups, "dt", types.SimpleNamespace(date=FakeDate,
                                                             datetime=dt.datetime))
    return state


def _auto(folder):
    return [p for p in backups.list_backups(folder) if p.name.endswith("-auto.sqlite")]


def test_auto_backup_at_most_once_a_day_on_open(sample_path, fake_today):
    folder = backups.default_dir(sample_path)
    Workbook.open(sample_path).close()
    assert len(_auto(folder)) == 1
    Workbook.open(sample_path).close()
    Workbook.open(sample_path).close()
    assert len(_auto(folder)) == 1
    fake_today.day += dt.timedelta(days=1)
    Workbook.open(sample_path).close()
    assert len(_auto(folder)) == 2


def test_auto_backup_is_a_readable_copy(sample_path, fake_today):
    Workbook.open(sample_path).close()
    (copy,) = _auto(backups.default_dir(sample_path))
    con = sqlite3.connect(copy)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM village").fetchone()[0] == 4
    con.close()


def test_no_backup_when_creating_a_new_workbook(tmp_path):
    p = tmp_path / "new.ntm.sqlite"
    Workbook.open(p, create=True).close()
    assert backups.list_backups(backups.default_dir(p)) == []


def test_rotation_keeps_14(sample_path, fake_today):
    folder = backups.default_dir(sample_path)
    manual = None
    for i in range(20):
        with Workbook.open(sample_path) as wb:
            if i == 0:
                manual = backups.make_backup(wb.conn, wb.path, folder, reason="manual")
            commune.save_village(wb, {"name": f"Thôn Ngày {i}"})
        fake_today.day += dt.timedelta(days=1)
    auto = _auto(folder)
    assert len(auto) == backups.KEEP == 14
    assert manual.exists()  # manual backups are never rotated away
    # the newest ones are kept: the newest copy has 18 of the 19 earlier days' villages
    con = sqlite3.connect(auto[-1])
    assert con.execute("SELECT count(*) FROM village WHERE name LIKE 'Thôn Ngày %'"
                       ).fetchone()[0] == 19
    con.close()


def test_restore_keeps_a_copy_of_what_it_replaces(sample_path, tmp_path):
    with Workbook.open(sample_path, daily_backup=False) as wb:
        bk = backups.make_backup(wb.conn, wb.path, tmp_path / "bk", reason="manual")
        old_dump = dump_bytes(wb)
        commune.save_village(wb, {"name": "Thôn Sau Sao Lưu"})
        new_dump = dump_bytes(wb)
    safety = backups.restore(sample_path, bk)
    with Workbook.open(sample_path, daily_backup=False) as wb:
        assert dump_bytes(wb) == old_dump
    with Workbook.open(safety, daily_backup=False) as prev:
        assert dump_bytes(prev) == new_dump
    assert "before-restore" in safety.name


@pytest.mark.parametrize("damage", ["truncate", "garbage", "not_ntm", "zeroes"])
def test_corrupt_backup_is_refused_and_changes_nothing(sample_path, tmp_path, damage):
    with Workbook.open(sample_path, daily_backup=False) as wb:
        bk = backups.make_backup(wb.conn, wb.path, tmp_path / "bk", reason="manual")
        before = dump_bytes(wb)
    bad = tmp_path / "bad.sqlite"
    data = bk.read_bytes()
    if damage == "truncate":
        bad.write_bytes(data[: len(data) // 3])
    elif damage == "garbage":
        bad.write_bytes(b"\x00garbage" * 1000)
    elif damage == "zeroes":
        bad.write_bytes(data[:100] + b"\x00" * (len(data) - 100))
    else:
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE x(a)")
        con.commit()
        con.close()
    folder = backups.default_dir(sample_path)
    listing = sorted(folder.iterdir()) if folder.exists() else []
    with pytest.raises(StorageError) as info:
        backups.restore(sample_path, bad)
    assert info.value.code == "corrupt"
    with Workbook.open(sample_path, daily_backup=False) as wb:
        assert dump_bytes(wb) == before
    assert (sorted(folder.iterdir()) if folder.exists() else []) == listing


def test_pending_migration_copies_the_db_to_backups_first(sample_path, monkeypatch):
    """A throwaway m999 on a copy of the migration set: the copy is taken before it runs."""
    from sqlite_utils import Migrations
    trial = Migrations(real_migrations.name)
    trial._migrations = list(real_migrations._migrations)

    @trial()
    def m999_throwaway(db):
        db.execute("CREATE TABLE throwaway (x INTEGER)")

    monkeypatch.setattr(migmod, "migrations", trial)
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, "m999_throwaway"))
    folder = backups.default_dir(sample_path)
    with Workbook.open(sample_path, daily_backup=False) as wb:
        assert wb.db["throwaway"].exists()
        before = dump_bytes(wb)
    (pre,) = [p for p in backups.list_backups(folder) if p.name.endswith("-pre-migration.sqlite")]
    con = sqlite3.connect(pre)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "throwaway" not in tables and "village" in tables
    # no second copy once nothing is pending
    with Workbook.open(sample_path, daily_backup=False) as wb:
        assert dump_bytes(wb) == before
    assert len([p for p in backups.list_backups(folder) if "pre-migration" in p.name]) == 1


def test_failing_migration_leaves_the_workbook_as_it_was(sample_path, monkeypatch):
    from sqlite_utils import Migrations
    trial = Migrations(real_migrations.name)
    trial._migrations = list(real_migrations._migrations)

    @trial()
    def m999_broken(db):
        db.execute("CREATE TABLE half (x INTEGER)")
        raise sqlite3.OperationalError("disk I/O error")

    with Workbook.open(sample_path, daily_backup=False) as wb:
        before = dump_bytes(wb)
    keep = sample_path.with_name("copy.sqlite")
    shutil.copyfile(sample_path, keep)
    monkeypatch.setattr(migmod, "migrations", trial)
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, "m999_broken"))
    with pytest.raises(StorageError):
        Workbook.open(sample_path, daily_backup=False)
    monkeypatch.undo()
    with Workbook.open(sample_path, daily_backup=False) as wb:
        assert dump_bytes(wb) == before
        assert not wb.db["half"].exists()


def test_the_schema_knows_every_migration_by_name(tmp_path):
    """``schema.MIGRATIONS`` (what opening a workbook checks without sqlite-utils) lists the
    migration set's names in order, and ``is_current`` agrees with ``Migrations.pending``."""
    assert schema.MIGRATIONS == tuple(m.name for m in real_migrations._migrations)
    from sqlite_utils import Database
    conn = sqlite3.connect(tmp_path / "w.sqlite", isolation_level=None)
    db = Database(conn)
    assert not schema.is_current(conn) and real_migrations.pending(db)
    real_migrations.apply(db, stop_before=schema.MIGRATIONS[-1])
    assert not schema.is_current(conn) and real_migrations.pending(db)
    real_migrations.apply(db)
    assert schema.is_current(conn) and not real_migrations.pending(db)
    conn.close()
