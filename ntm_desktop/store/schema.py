"""The workbook schema as the code sees it: domain tables, the row codec, and whether a file's
schema is current. The migrations themselves are in :mod:`ntm_desktop.store.migrations`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from ntm_desktop.core.canonical import canonical_json
from ntm_desktop.store.connection import table_exists

# Version of the DOMAIN schema (tables and columns a package or dump carries). Migrations that
# change only how this file stores things (m002: the journal's compact form) leave it alone.
SCHEMA_VERSION = 1

# The migrations of :mod:`ntm_desktop.store.migrations`, in order (a test keeps the two equal).
# Opening a current workbook checks this list against the file and does not import sqlite-utils
# (about 60 ms of start-up) until a migration is due.
MIGRATION_SET = "ntm_workbook"
MIGRATIONS: tuple[str, ...] = ("m001_initial", "m002_compact_journal")


def is_current(conn: sqlite3.Connection) -> bool:
    """Has every migration of :data:`MIGRATIONS` been applied to this file? Read-only; reads
    the record sqlite-utils' ``Migrations`` keeps (table ``_sqlite_migrations``)."""
    if not table_exists(conn, "_sqlite_migrations"):
        return False
    applied = {r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
    return applied.issuperset(MIGRATIONS)


# Tables whose rows are domain data: journaled, dumped, synchronised. Order = dependency order.
DOMAIN_TABLES: tuple[str, ...] = (
    "commune", "village", "assessment", "attachment", "attachment_link", "infra_item",
    "project", "project_funding", "project_item", "contribution", "survey", "dossier_field",
    "appraisal",
)
JSON_COLUMNS: dict[str, frozenset[str]] = {"infra_item": frozenset({"attrs"}),
                                           "dossier_field": frozenset({"value"})}
BOOL_COLUMNS: dict[str, frozenset[str]] = {"commune": frozenset({"special_difficult", "border"})}
# Tables whose journal entries always store their row (m002 never leaves it to the live row):
# the sync layer reads attachment rows straight from the ``journal`` view.
ROW_ALWAYS_JOURNALED: frozenset[str] = frozenset({"attachment"})


# --------------------------------------------------------------------------- row codec
def encode_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A logical row → the values bound to SQL (JSON columns as canonical text, booleans 0/1).
    A table with neither gets ``row`` itself back."""
    if table not in JSON_COLUMNS and table not in BOOL_COLUMNS:
        return row
    out = dict(row)
    for c in JSON_COLUMNS.get(table, ()):
        if c in out and out[c] is not None and not isinstance(out[c], str):
            out[c] = canonical_json(out[c]).decode("utf-8")
        elif c in out and isinstance(out[c], str) and table == "dossier_field":
            out[c] = canonical_json(out[c]).decode("utf-8")
    for c in BOOL_COLUMNS.get(table, ()):
        if c in out and out[c] is not None:
            out[c] = 1 if out[c] else 0
    return out


def decode_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row read from SQL → the logical row (JSON columns parsed, booleans as bool). A table
    with neither gets ``row`` itself back."""
    if table not in JSON_COLUMNS and table not in BOOL_COLUMNS:
        return row
    out = dict(row)
    for c in JSON_COLUMNS.get(table, ()):
        if isinstance(out.get(c), str):
            out[c] = json.loads(out[c])
    for c in BOOL_COLUMNS.get(table, ()):
        if out.get(c) is not None:
            out[c] = bool(out[c])
    return out


def affinity(declared: str) -> str:
    """SQLite's column affinity for a declared type (section 3.1 of "Datatypes In SQLite")."""
    t = declared.upper()
    if "INT" in t:
        return "INTEGER"
    if "CHAR" in t or "CLOB" in t or "TEXT" in t:
        return "TEXT"
    if not t or "BLOB" in t:
        return "BLOB"
    if "REAL" in t or "FLOA" in t or "DOUB" in t:
        return "REAL"
    return "NUMERIC"


def reads_back_unchanged(affinities: Sequence[str], values: Sequence[Any]) -> bool:
    """True when every value (aligned with its column's affinity) will be read back from SQLite
    as the same Python value of the same type: no affinity conversion (an int in a REAL column
    comes back as a float, a whole float in an INTEGER column as an int, a number in a TEXT
    column as text…)."""
    for aff, v in zip(affinities, values, strict=True):
        t = type(v)
        if v is None or (t is str and aff == "TEXT") or (t is float and aff == "REAL") or (
                t is int and aff == "INTEGER"):
            continue
        if aff == "BLOB" and t in (str, int, float):
            continue
        if t is float and aff == "INTEGER" and not v.is_integer():
            continue
        return False
    return True
