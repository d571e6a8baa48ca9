"""Multi-row operations are all-or-nothing; a rollback leaves no journal entries."""

from __future__ import annotations

import pytest
from helpers import dump_bytes

from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.store import contributions, projects
from ntm_desktop.store import journal as jr


def _good(i: int) -> dict:
    return {"date": f"2023-06-0{i}", "contributor": f"Hộ ông Sầm Văn Lợi {i}",
            "kind": "ngay_cong", "quantity": 2}


def test_add_many_with_bad_line_3_changes_nothing_and_names_the_line(sample_wb):
    wb = sample_wb
    before, head = dump_bytes(wb), jr.head(wb.conn)
    rows = [_good(1), _good(2), {**_good(3), "quantity": "-5"}, _good(4)]
    with pytest.raises(ValidationError) as info:
        contributions.add_many(wb, rows)
    assert "Dòng 3" in info.value.message and info.value.field == "quantity"
    assert "Dòng 3" in str(info.value)
    assert dump_bytes(wb) == before
    assert jr.head(wb.conn) == head


def test_add_many_with_unknown_village_on_line_2(sample_wb):
    wb = sample_wb
    before = dump_bytes(wb)
    with pytest.raises(ValidationError) as info:
        contributions.add_many(wb, [_good(1), {**_good(2), "village_id": "Thôn Không Có"}])
    assert "Dòng 2" in info.value.message and "Thôn Không Có" in info.value.message
    assert dump_bytes(wb) == before


def test_database_failure_mid_transaction_rolls_back_rows_and_entries(sample_wb):
    """Two rows are written, the third breaks a foreign key: nothing remains."""
    wb = sample_wb
    before, head, hlc = dump_bytes(wb), jr.head(wb.conn), wb.meta("hlc_last")
    seen: list = []
    wb.listeners.append(seen.append)
    with pytest.raises(NtmError) as info, wb.atomic():
        wb.put("village", {"name": "Thôn Một"})
        wb.put("village", {"name": "Thôn Hai"})
        wb.put("project_funding", {"project_id": "khong-ton-tai", "source": "khac",
                                   "amount": 1})
    assert info.value.code == "reference"
    assert dump_bytes(wb) == before
    assert jr.head(wb.conn) == head
    assert wb.meta("hlc_last") == hlc
    assert seen == []  # listeners hear nothing about a rollback
    # and the next write continues the chain cleanly
    with wb.atomic():
        wb.put("village", {"name": "Thôn Ba"})
    assert jr.head(wb.conn)[0] == head[0] + 1
    assert jr.verify_chain(wb.db).ok


def test_python_exception_inside_atomic_rolls_back(sample_wb):
    wb = sample_wb
    before, head = dump_bytes(wb), jr.head(wb.conn)
    with pytest.raises(KeyError), wb.atomic():
        wb.put("village", {"name": "Thôn Bốn"})
        raise KeyError("boom")
    assert dump_bytes(wb) == before and jr.head(wb.conn) == head


def test_nested_savepoint_rollback_keeps_outer_writes_and_a_valid_chain(sample_wb):
    wb = sample_wb
    n0 = wb.count("journal")
    seen: list = []
    wb.listeners.append(seen.append)
    with wb.atomic():
        wb.put("village", {"name": "Thôn Ngoài"})
        with pytest.raises(ValueError), wb.atomic():
            wb.put("village", {"name": "Thôn Trong"})
            raise ValueError("inner")
        wb.put("village", {"name": "Thôn Sau"})
    names = {v["name"] for v in wb.rows("village")}
    assert {"Thôn Ngoài", "Thôn Sau"} <= names and "Thôn Trong" not in names
    assert wb.count("journal") == n0 + 2
    assert jr.verify_chain(wb.db).ok
    # listeners get exactly the committed entries, not the rolled-back one
    assert len(seen) == 1
    assert [e["row"]["name"] for e in seen[0]] == ["Thôn Ngoài", "Thôn Sau"]
    assert [e["seq"] for e in seen[0]] == [n0 + 1, n0 + 2]


def test_save_project_with_unknown_item_writes_nothing(sample_wb):
    wb = sample_wb
    before = dump_bytes(wb)
    with pytest.raises(ValidationError) as info:
        projects.save_project(wb, {"name": "Dự án lỗi"}, funding={"khac": 5},
                              items=["khong-co"])
    assert info.value.field == "items"
    assert dump_bytes(wb) == before


def test_save_project_with_bad_funding_source_writes_nothing(sample_wb):
    wb = sample_wb
    before = dump_bytes(wb)
    with pytest.raises(ValidationError) as info:
        projects.save_project(wb, {"name": "Dự án lỗi"},
                              funding={"ns_trung_uong": 5, "ngan_hang_the_gioi": 7})
    assert info.value.field == "source" and "ngan_hang_the_gioi" in info.value.message
    assert dump_bytes(wb) == before
