"""An approved evaluation year is locked against packages too.

:func:`check_locked_years` is called once by the hub's importer while planning a commune
package: when the package's NET effect changes the assessment of an indicator in a year the
appraiser approved (value, unit, self-assessment or note — created, changed or deleted), the
whole package is refused with ``approved_year_locked`` (kept in quarantine with the reason; the
caller tells the commune in its next feedback). The journal is one chain, so a package cannot
be applied in part: the commune restores the approved figures (the net effect is then nil) and
exports a full package (``ntm export --full``: the refused one left a gap in the sequence); a package that leaves the approved years as they were applies as usual.
"""

from __future__ import annotations

from typing import Any

from ntm_desktop.store.hub import Hub, locked_years
from ntm_desktop.sync.errors import reject

LOCKED_FIELDS = ("indicator_code", "year", "value", "unit", "declared_status", "note")


def check_locked_years(hub: Hub, code: str, entries: list[dict[str, Any]],
                       replica_exists: bool) -> None:
    """Raise PackageRejected("approved_year_locked") if ``entries`` change an approved year."""
    years = set(locked_years(hub, code))
    if not years or not replica_exists:
        return
    final: dict[str, dict[str, Any] | None] = {}
    for e in entries:
        if e["entity"] == "assessment":
            final[e["entity_id"]] = e["row"] if e["op"] != "delete" else None
    if not final:
        return
    wb = hub.replica(code)
    changed: list[str] = []
    for entity_id, after in final.items():
        rows = list(wb.db.query("SELECT * FROM assessment WHERE id = ?", [entity_id]))
        before = rows[0] if rows else None
        touched = {r.get("year") for r in (before, after) if r}
        if not touched & years:
            continue
        if before is None or after is None or any(
                before.get(k) != after.get(k) for k in LOCKED_FIELDS):
            row = after or before or {}
            changed.append(f"{row.get('indicator_code')} ({row.get('year')})")
    if changed:
        raise reject("approved_year_locked", detail=", ".join(sorted(changed)[:10]))
