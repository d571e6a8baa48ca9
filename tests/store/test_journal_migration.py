"""Migration m002 (the journal's compact stored form) keeps every entry and the chain."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from ntm_desktop.core.canonical import canonical_json
from ntm_desktop.store import journal as jr
from ntm_desktop.store.migrations import migrations
from ntm_desktop.store.workbook import Workbook


def _old_workbook(path) -> list[dict]:
    """A workbook as version 1 wrote it (m001 only), with a few hash-chained entries."""
    db = Database(sqlite3.connect(str(path), isolation_level=None))
    migrations.apply(db, stop_before="m002_compact_journal")
    db.execute("INSERT INTO meta(key, value) VALUES ('device_id', 'abcdef0123456789')")
    entries, prev = [], jr.GENESIS
    rows = [("village", {"id": f"v{i}", "name": f"Thôn {i}", "households": i, "population": None,
                         "ordering": i, "created_at": "2025-01-01T00:00:00.000Z",
                         "updated_at": "2025-01-01T00:00:00.000Z"}) for i in range(3)]
    rows.append(("village", {**rows[0][1], "households": 99}))
    for seq, (table, row) in enumerate(rows, start=1):
        e = {"seq": seq, "hlc": f"{1735689600000 + seq:013d}-0000-abcdef01",
             "device_id": "abcdef0123456789", "author": "Cán bộ", "entity": table,
             "entity_id": row["id"], "op": "insert" if seq <= 3 else "update", "row": row,
             "prev_hash": prev}
        e["hash"] = jr.entry_hash(e)
        db.execute("INSERT INTO journal(seq, hlc, device_id, author, entity, entity_id, op, row, "
                   "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                   [e["seq"], e["hlc"], e["device_id"], e["author"], e["entity"],
                    e["entity_id"], e["op"], canonical_json(row).decode(), prev, e["hash"]])
        db.execute("INSERT OR REPLACE INTO village(id, name, households, population, ordering, "
                   "created_at, updated_at) VALUES (:id, :name, :households, :population, "
                   ":ordering, :created_at, :updated_at)", row)
        entries.append(e)
        prev = e["hash"]
    db.conn.close()
    return entries


def test_old_journal_is_migrated_whole(tmp_path):
    path = tmp_path / "old.ntm.sqlite"
    entries = _old_workbook(path)
    with Workbook.open(path, backup_dir=tmp_path / "bk", daily_backup=False) as wb:
        assert wb.db.execute("SELECT type FROM sqlite_master WHERE name = 'journal'"
                             ).fetchone()[0] == "view"
        assert list(jr.iter_entries(wb.db)) == entries
        assert jr.verify_chain(wb.db).ok
        # the chain goes on from the migrated head
        with wb.atomic():
            wb.put("village", {"name": "Thôn Mới"})
        assert jr.verify_chain(wb.db).ok and wb.count("journal") == 5
    assert list((tmp_path / "bk").glob("*pre-migration.sqlite"))  # copied before migrating
