"""Failures keep their real cause: a transaction SQLite already rolled back, a broken commit
listener, SQLite errors mapped on their result code."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from helpers import dump_bytes

from ntm_desktop.core.errors import NtmError, StorageError, ValidationError
from ntm_desktop.store import commune
from ntm_desktop.store import journal as jr
from ntm_desktop.store.connection import translate_sqlite_error


def test_nested_rollback_after_sqlite_rolled_back_keeps_the_real_error(sample_wb):
    """RAISE(ROLLBACK) ends the whole transaction, as a full disk or an I/O error does: the
    savepoint is gone, and the error the user sees must be the real one, not "no such
    savepoint"."""
    wb = sample_wb
    before = dump_bytes(wb)
    wb.db.execute("CREATE TEMP TRIGGER fail BEFORE INSERT ON village "
                  "BEGIN SELECT RAISE(ROLLBACK, 'mô phỏng lỗi ghi đĩa'); END")
    with pytest.raises(NtmError) as info, wb.atomic():
        wb.put("survey", {"year": 2024, "households_asked": 10, "households_satisfied": 9})
        with wb.atomic():
            wb.put("village", {"name": "Thôn Không Ghi Được"})
    assert "mô phỏng lỗi ghi đĩa" in info.value.message
    assert "savepoint" not in info.value.message.lower()
    assert not wb.conn.in_transaction
    wb.db.execute("DROP TRIGGER fail")
    assert dump_bytes(wb) == before and jr.verify_chain(wb.db).ok
    commune.save_village(wb, {"name": "Thôn Sau Sự Cố"})  # the workbook still works
    assert jr.verify_chain(wb.db).ok


def test_a_broken_listener_is_logged_and_the_others_still_run(sample_wb, caplog):
    heard = []

    def broken(entries):
        raise RuntimeError("trang không làm mới được")

    sample_wb.listeners += [broken, heard.append]
    with caplog.at_level(logging.ERROR, logger="ntm_desktop.store.workbook"):
        commune.save_village(sample_wb, {"name": "Thôn Nghe Thấy"})
    assert len(heard) == 1 and heard[0][0]["entity"] == "village"
    assert any("commit listener" in r.getMessage() and r.exc_info for r in caplog.records)


def test_sqlite_errors_are_mapped_on_their_code_not_their_text(sample_wb):
    conn = sample_wb.db.conn
    with pytest.raises(sqlite3.IntegrityError) as unique:
        conn.execute("INSERT INTO village(id, name, created_at, updated_at) "
                     "SELECT id, name, created_at, updated_at FROM village LIMIT 1")
    assert translate_sqlite_error(unique.value).code == "duplicate"
    with pytest.raises(sqlite3.IntegrityError) as fk:
        conn.execute("INSERT INTO infra_item(id, kind, name, village_id, attrs, created_at, "
                     "updated_at) VALUES ('x', 'road', 'x', 'không-có', '{}', 'a', 'b')")
    assert isinstance(translate_sqlite_error(fk.value), ValidationError)
    assert translate_sqlite_error(fk.value).code == "reference"
    # the same words in a message without SQLite's code are not taken for a full disk
    fake = sqlite3.OperationalError("database or disk is full")
    assert translate_sqlite_error(fake).code == "sqlite"


def test_a_full_disk_is_reported_as_such(tmp_path):
    """A real SQLITE_FULL: a database capped by max_page_count."""
    conn = sqlite3.connect(str(tmp_path / "small.sqlite"), isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 3")
    with pytest.raises(sqlite3.Error) as full:
        for _ in range(1000):
            conn.execute("INSERT INTO t VALUES (randomblob(2000))")
    err = translate_sqlite_error(full.value)
    assert isinstance(err, StorageError) and err.code == "disk_full"
