"""The change journal: one entry per domain write, in the same transaction, hash-chained."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ntm_desktop.core import clock
from ntm_desktop.core.errors import NtmError
from ntm_desktop.store import commune, contributions, infrastructure, projects
from ntm_desktop.store import journal as jr
from ntm_desktop.store.workbook import Workbook


def _head(wb: Workbook) -> tuple[int, str]:
    return jr.head(wb.conn)


def _last_entry(wb: Workbook) -> dict:
    return next(jr.iter_entries(wb.db, descending=True, limit=1))


# ------------------------------------------------------------------ one entry per write
def test_insert_update_delete_each_append_exactly_one_entry(sample_wb):
    wb = sample_wb
    n0, _ = _head(wb)
    v = commune.save_village(wb, {"name": "Thôn Bó Củng", "households": 30})
    assert wb.count("journal") == n0 + 1
    e = _last_entry(wb)
    assert (e["seq"], e["entity"], e["entity_id"], e["op"]) == (n0 + 1, "village", v["id"],
                                                                 "insert")
    assert e["row"] == wb.get("village", v["id"])  # the row after the change
    assert e["author"] == "Kiểm thử"
    assert e["device_id"] == wb.device_id

    commune.save_village(wb, {"id": v["id"], "households": 31})
    e = _last_entry(wb)
    assert (e["seq"], e["op"], e["row"]["households"]) == (n0 + 2, "update", 31)

    commune.remove_village(wb, v["id"])
    e = _last_entry(wb)
    assert (e["seq"], e["op"], e["row"]) == (n0 + 3, "delete", None)
    assert wb.count("journal") == n0 + 3


def test_multi_row_service_appends_one_entry_per_row(sample_wb):
    wb = sample_wb
    n0 = wb.count("journal")
    rows = contributions.add_many(wb, [
        {"date": "2023-01-02", "contributor": "Hộ ông Mã Văn Chúng", "kind": "ngay_cong",
         "quantity": 3},
        {"date": "2023-01-03", "contributor": "Hộ bà Vàng Thị Dợ", "kind": "tien_mat",
         "quantity": 200000},
    ])
    new = list(jr.iter_entries(wb.db, after_seq=n0))
    assert [e["entity_id"] for e in new] == [r["id"] for r in rows]
    # a project with 2 funding sources + 1 linked item = 4 rows = 4 entries
    n1 = wb.count("journal")
    road = wb.sample_ids["infra"]["Đường xã đi Khuổi Sáp"]
    projects.save_project(wb, {"name": "Cứng hóa đường xã đi Khuổi Sáp"},
                          funding={"ns_trung_uong": 900_000_000, "cong_dong": 100_000_000},
                          items=[road])
    assert sorted(e["entity"] for e in jr.iter_entries(wb.db, after_seq=n1)) == [
        "project", "project_funding", "project_funding", "project_item"]


def test_journal_entry_and_row_share_one_transaction(sample_wb):
    """If the journal insert fails, the domain row is not written either."""
    wb = sample_wb
    before = wb.count("village")
    wb.db.execute("CREATE TEMP TRIGGER no_journal BEFORE INSERT ON journal_entry "
                  "BEGIN SELECT RAISE(ABORT, 'journal refused'); END")
    with pytest.raises(NtmError):
        commune.save_village(wb, {"name": "Thôn Không Được Ghi"})
    wb.db.execute("DROP TRIGGER no_journal")
    assert wb.count("village") == before
    assert jr.verify_chain(wb.db).ok


def test_uncommitted_row_and_entry_are_invisible_to_other_connections(sample_wb):
    wb = sample_wb
    other = sqlite3.connect(str(wb.path))
    n0 = other.execute("SELECT count(*) FROM journal").fetchone()[0]
    with wb.atomic():
        wb.put("village", {"name": "Thôn Mới"})
        assert other.execute("SELECT count(*) FROM journal").fetchone()[0] == n0
        assert other.execute("SELECT count(*) FROM village WHERE name='Thôn Mới'"
                             ).fetchone()[0] == 0
    assert other.execute("SELECT count(*) FROM journal").fetchone()[0] == n0 + 1
    assert other.execute("SELECT count(*) FROM village WHERE name='Thôn Mới'").fetchone()[0] == 1
    other.close()


def test_writes_outside_atomic_are_refused(empty_wb):
    with pytest.raises(RuntimeError):
        empty_wb.put("village", {"name": "Thôn A"})
    assert empty_wb.count("journal") == 0


# ------------------------------------------------------------------ property: journal replays state
_names = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹ ", min_size=1,
                 max_size=12).filter(lambda s: s.strip())
_ops = st.lists(st.tuples(st.sampled_from(["add", "edit", "del"]), st.integers(0, 5), _names,
                          st.integers(0, 500)), min_size=1, max_size=25)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=_ops)
def test_property_journal_counts_and_replays_every_write(tmp_path_factory, ops):
    path = tmp_path_factory.mktemp("prop") / "w.ntm.sqlite"
    with Workbook.open(path, create=True, author="Bot") as wb:
        ids: list[str] = []
        writes = 0
        for op, idx, name, hh in ops:
            with wb.atomic():
                if op == "add" or not ids:
                    ids.append(wb.put("village", {"name": name, "households": hh})["id"])
                elif op == "edit":
                    vid = ids[idx % len(ids)]
                    wb.put("village", {**wb.get("village", vid), "name": name, "households": hh})
                else:
                    wb.remove("village", ids.pop(idx % len(ids)))
            writes += 1
        entries = list(jr.iter_entries(wb.db))
        assert [e["seq"] for e in entries] == list(range(1, writes + 1))
        assert [e["hlc"] for e in entries] == sorted(e["hlc"] for e in entries)
        assert len({e["hlc"] for e in entries}) == len(entries)
        assert jr.verify_chain(wb.db).ok
        replay: dict[str, dict] = {}
        for e in entries:
            if e["op"] == "delete":
                replay.pop(e["entity_id"])
            else:
                replay[e["entity_id"]] = e["row"]
        assert replay == {r["id"]: r for r in wb.rows("village")}


# ------------------------------------------------------------------ hybrid logical clock
class _BackwardsClock:
    """time.time() that jumps backwards (NTP correction, wrong BIOS clock)."""

    def __init__(self, values):
        self.values = list(values)

    def time(self):
        return self.values.pop(0) if len(self.values) > 1 else self.values[0]


def test_hlc_is_monotonic_when_wall_clock_goes_backwards(sample_wb, monkeypatch):
    wb = sample_wb
    last_before = _last_entry(wb)["hlc"]
    fake = _BackwardsClock([2_000_000_000.0, 1_999_999_000.0, 1_000_000_000.0, 1_000_000_000.0,
                            2_000_000_000.5, 1_500_000_000.0])
    monkeypatch.setattr(clock, "time", fake)
    hlcs = []
    for i in range(6):
        commune.save_village(wb, {"name": f"Thôn Đồng Hồ {i}"})
        hlcs.append(_last_entry(wb)["hlc"])
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == 6
    assert hlcs[0] > last_before
    # reopen with the clock far in the past: the persisted HLC keeps order
    monkeypatch.setattr(clock, "time", _BackwardsClock([100.0]))
    path = wb.path
    wb.close()
    with Workbook.open(path, daily_backup=False) as again:
        commune.save_village(again, {"name": "Thôn Sau Khi Mở Lại"})
        assert _last_entry(again)["hlc"] > hlcs[-1]
        assert jr.verify_chain(again.db).ok


def test_hlc_of_rolled_back_transaction_is_not_persisted(sample_wb):
    wb = sample_wb
    before = wb.meta("hlc_last")
    with pytest.raises(ZeroDivisionError), wb.atomic():
        wb.put("village", {"name": "Thôn Tạm"})
        1 / 0  # noqa: B018
    assert wb.meta("hlc_last") == before


# ------------------------------------------------------------------ verify_chain
def test_verify_chain_passes_on_sample(sample_wb):
    rep = jr.verify_chain(sample_wb.db)
    assert rep.ok and rep.checked == sample_wb.count("journal") and rep.first_broken_seq is None


def _raw(wb: Workbook) -> sqlite3.Connection:
    return sqlite3.connect(str(wb.path), isolation_level=None)


def test_verify_chain_detects_tampered_stored_row(sample_wb):
    """An entry whose row the journal stores (an older version of a row) edited in place."""
    v = commune.save_village(sample_wb, {"name": "Thôn Sửa Sau", "households": 7})
    commune.save_village(sample_wb, {"id": v["id"], "households": 8})
    raw = _raw(sample_wb)
    seq, row = raw.execute("SELECT seq, row FROM journal_entry WHERE entity_id = ? AND "
                           "row IS NOT NULL", [v["id"]]).fetchone()
    forged = row.replace('"households":', '"households":1')
    assert forged != row
    raw.execute("UPDATE journal_entry SET row = ? WHERE seq = ?", [forged, seq])
    raw.close()
    rep = jr.verify_chain(sample_wb.db)
    assert not rep.ok and rep.first_broken_seq == seq
    assert "hash" in rep.reason


def test_verify_chain_detects_tampered_live_row(sample_wb):
    """The latest entry of a row leaves its row to the live table (migration m002): editing the
    live row behind the store's back breaks that entry's hash."""
    raw = _raw(sample_wb)
    seq, entity_id = raw.execute("SELECT seq, entity_id FROM journal_entry WHERE row IS NULL "
                                 "AND entity = 'village' ORDER BY seq LIMIT 1").fetchone()
    raw.execute("UPDATE village SET households = households + 1 WHERE id = ?", [entity_id])
    raw.close()
    rep = jr.verify_chain(sample_wb.db)
    assert not rep.ok and rep.first_broken_seq == seq


def test_verify_chain_detects_live_row_deleted_behind_the_store(sample_wb):
    raw = _raw(sample_wb)
    seq, entity_id = raw.execute("SELECT seq, entity_id FROM journal_entry WHERE row IS NULL "
                                 "AND entity = 'contribution' ORDER BY seq LIMIT 1").fetchone()
    raw.execute("DELETE FROM contribution WHERE id = ?", [entity_id])
    raw.close()
    rep = jr.verify_chain(sample_wb.db)
    assert not rep.ok and rep.first_broken_seq == seq


def test_verify_chain_detects_tampered_metadata(sample_wb):
    raw = _raw(sample_wb)
    raw.execute("UPDATE journal_entry SET author = 'Kẻ giả mạo' WHERE seq = 12")
    raw.close()
    rep = jr.verify_chain(sample_wb.db)
    assert (rep.ok, rep.first_broken_seq) == (False, 12)


def test_verify_chain_detects_deleted_entry(sample_wb):
    raw = _raw(sample_wb)
    raw.execute("DELETE FROM journal_entry WHERE seq = 5")
    raw.close()
    rep = jr.verify_chain(sample_wb.db)
    assert (rep.ok, rep.first_broken_seq) == (False, 6)


def test_verify_chain_detects_deleted_first_entry(sample_wb):
    raw = _raw(sample_wb)
    raw.execute("DELETE FROM journal_entry WHERE seq = 1")
    raw.close()
    rep = jr.verify_chain(sample_wb.db)
    assert not rep.ok and rep.first_broken_seq == 2


def test_verify_chain_detects_edited_hash(sample_wb):
    """``prev_hash`` is the previous entry's stored hash: editing that hash breaks entry 8."""
    raw = _raw(sample_wb)
    raw.execute("UPDATE journal_entry SET hash = ? WHERE seq = 8", [b"\xff" * 32])
    raw.close()
    rep = jr.verify_chain(sample_wb.db)
    assert (rep.ok, rep.first_broken_seq) == (False, 8)
    e9 = next(jr.iter_entries(sample_wb.db, after_seq=8, limit=1))
    assert e9["prev_hash"] == "ff" * 32  # the link shown is the stored hash of entry 8


def test_verify_chain_detects_rehashed_forgery_at_next_entry(sample_wb):
    """A forger who edits an entry and recomputes its hash breaks the next link."""
    e = next(jr.iter_entries(sample_wb.db, after_seq=9, limit=1))
    e["author"] = "Người khác"
    raw = _raw(sample_wb)
    raw.execute("UPDATE journal_entry SET author = ?, hash = ? WHERE seq = 10",
                [e["author"], bytes.fromhex(jr.entry_hash(e))])
    raw.close()
    rep = jr.verify_chain(sample_wb.db)
    assert (rep.ok, rep.first_broken_seq) == (False, 11)


def test_updates_and_deletes_keep_every_entry_whole(sample_wb):
    """Changing or deleting a live row first writes it into its latest entry: the journal
    still holds every version and the chain verifies."""
    wb = sample_wb
    v = commune.save_village(wb, {"name": "Thôn Kiểm Tra", "households": 10})
    stored = wb.db.execute("SELECT row FROM journal_entry WHERE entity_id = ?", [v["id"]])
    assert [r[0] for r in stored] == [None]  # the live row is the entry's row
    commune.save_village(wb, {"id": v["id"], "households": 11})
    with wb.atomic():
        wb.remove("village", v["id"])
    hist = list(jr.iter_entries(wb.db, entity_id=v["id"]))
    assert [(e["op"], e["row"] and e["row"]["households"]) for e in hist] == [
        ("insert", 10), ("update", 11), ("delete", None)]
    assert jr.verify_chain(wb.db).ok


def test_int_in_real_column_is_stored_whole(sample_wb):
    """A value SQLite would read back differently (an int in a REAL column) keeps the row in
    the entry, so the hash still verifies."""
    wb = sample_wb
    with wb.atomic():
        row = wb.put("contribution", {"date": "2024-01-02", "contributor": "Hộ A",
                                      "kind": "tien_mat", "quantity": 5, "value_vnd": 5})
    stored = wb.db.execute("SELECT row FROM journal_entry WHERE entity_id = ?", [row["id"]])
    assert stored.fetchone()[0] is not None
    assert jr.verify_chain(wb.db).ok


def test_entity_history(sample_wb):
    wb = sample_wb
    rid = wb.sample_ids["infra"]["Đường liên thôn Đồng Tâm – Pắc Mường"]
    infrastructure.save_item(wb, {"id": rid, "attrs": {"surface": "be_tong", "hardened": True}})
    hist = list(jr.iter_entries(wb.db, entity_id=rid))
    assert [e["op"] for e in hist] == ["insert", "update"]
    assert hist[-1]["row"]["attrs"]["surface"] == "be_tong"
    assert {e["entity_id"] for e in hist} == {rid}
