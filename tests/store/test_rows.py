"""store/rows.py: one TypedDict per domain table, with exactly the table's columns."""

from __future__ import annotations

import typing

from ntm_desktop.store.rows import ROW_TYPES
from ntm_desktop.store.schema import DOMAIN_TABLES


def test_one_typed_row_per_table_with_its_columns(empty_wb):
    assert set(ROW_TYPES) == set(DOMAIN_TABLES)
    for table, row_type in ROW_TYPES.items():
        columns = {r["name"] for r in empty_wb.db.query(f"PRAGMA table_info([{table}])")}
        assert set(typing.get_type_hints(row_type)) == columns, table
