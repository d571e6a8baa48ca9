"""Undo/redo computed from the journal (the GUI's QUndoStack calls these)."""

from __future__ import annotations

import pytest

from ntm_desktop.core.errors import ConflictError
from ntm_desktop.store import contributions, infrastructure, interchange, journal, projects, undo
from ntm_desktop.store.workbook import Workbook


def _capture(wb: Workbook, fn):
    got: list = []
    wb.listeners.append(got.extend)
    try:
        fn()
    finally:
        wb.listeners.remove(got.extend)
    return got


def _doc(wb):
    doc = interchange.dump(wb)
    for rows in doc["tables"].values():
        for r in rows:
            r.pop("updated_at", None)
            r.pop("created_at", None)
    return doc


@pytest.fixture
def wb(tmp_path):
    from ntm_desktop.store.commune import save_commune, save_village
    w = Workbook.open(tmp_path / "u.ntm.sqlite", create=True, author="test")
    save_commune(w, {"code": "02119", "name": "Xã Minh Tân", "criteria_set": "qd318-2022"})
    save_village(w, {"name": "Thôn Nà Pàn", "households": 100})
    yield w
    w.close()


def test_undo_insert_update_delete_and_redo(wb):
    before = _doc(wb)
    e1 = _capture(wb, lambda: infrastructure.save_item(
        wb, {"kind": "road", "name": "Đường A", "attrs": {"level": "ngo_xom", "length_km": 1}}))
    item_id = e1[0]["entity_id"]
    after_insert = _doc(wb)
    e2 = _capture(wb, lambda: infrastructure.save_item(wb, {"id": item_id, "name": "Đường Á"}))
    after_update = _doc(wb)
    undo.revert(wb, e2)
    assert _doc(wb) == after_insert
    e2 = undo.reapply(wb, e2)  # the redo's entries are what the next undo reverts
    assert _doc(wb) == after_update
    undo.revert(wb, e2)
    undo.revert(wb, e1)
    assert _doc(wb) == before
    e3 = _capture(wb, lambda: undo.reapply(wb, e1))
    assert e3 == [] or _doc(wb) == after_insert
    assert journal.verify_chain(wb.db).ok


def test_undo_of_a_multi_row_change_restores_dependants(wb):
    before = _doc(wb)
    entries = _capture(wb, lambda: projects.save_project(
        wb, {"name": "Dự án Đường"}, funding={"ns_trung_uong": 1_000_000, "cong_dong": 500}))
    assert len(entries) == 3
    undo.revert(wb, entries)
    assert _doc(wb) == before


def test_undo_refuses_when_the_row_changed_again(wb):
    e1 = _capture(wb, lambda: contributions.add_contribution(
        wb, {"date": "2025-01-02", "contributor": "Hộ ông A", "kind": "tien_mat",
             "quantity": 100000}))
    cid = e1[0]["entity_id"]
    contributions.add_contribution(wb, {"id": cid, "quantity": 200000})
    with pytest.raises(ConflictError):
        undo.revert(wb, e1)


def test_undo_of_delete_recreates_row(wb):
    e1 = _capture(wb, lambda: contributions.add_contribution(
        wb, {"date": "2025-01-02", "contributor": "Hộ bà B", "kind": "ngay_cong",
             "quantity": 3, "rate": 150000}))
    cid = e1[0]["entity_id"]
    snapshot = _doc(wb)
    e2 = _capture(wb, lambda: contributions.remove_contribution(wb, cid))
    assert wb.get("contribution", cid) is None
    undo.revert(wb, e2)
    assert _doc(wb) == snapshot
