"""Rules the store applies to a row on EVERY write (:meth:`Workbook.put` and
:meth:`Workbook.apply_entries`), whoever writes it: today the value rule of an assessment
(:func:`ntm_desktop.core.values.check_value`) against the workbook's own criteria set.

The criteria set comes from the workbook itself (the commune's ``criteria_set`` and active
overlay); a workbook with no commune yet, or an indicator the set does not know (an overlay not
installed here), gets only the checks that need no catalog.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ntm_desktop.core import catalog as cat
from ntm_desktop.core.errors import CatalogError
from ntm_desktop.core.values import as_number, check_value

OVERLAY_META_PREFIX = "overlay:"

_cache: dict[tuple[str, str | None, str | None], cat.Catalog | None] = {}


def workbook_catalog(conn: sqlite3.Connection) -> cat.Catalog | None:
    """The criteria set of the workbook open on ``conn`` (cached per set + overlay text)."""
    r = conn.execute("SELECT criteria_set, overlay_id FROM commune LIMIT 1").fetchone()
    if r is None or not r[0]:
        return None
    set_id, overlay_id = r
    text = None
    if overlay_id:
        m = conn.execute("SELECT value FROM meta WHERE key = ?",
                            [OVERLAY_META_PREFIX + overlay_id]).fetchone()
        text = m[0] if m else None
    key = (set_id, overlay_id, text)
    if key not in _cache:
        try:
            overlays = [json.loads(text)] if text else []
            _cache[key] = cat.load_catalog(set_id, overlays, overlays_checked=True)
        except (CatalogError, ValueError):
            _cache[key] = None
    return _cache[key]


def check_row(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    """Raise ValidationError when ``row`` (logical) breaks a rule of ``table``."""
    if table != "assessment" or row.get("value") is None:
        return
    catalog = workbook_catalog(conn)
    indicator = None
    if catalog is not None:
        try:
            indicator = catalog.indicator(str(row.get("indicator_code")))
        except (KeyError, CatalogError):
            indicator = None
    if indicator is None:
        as_number(row["value"])
    else:
        check_value(indicator, row["value"])
