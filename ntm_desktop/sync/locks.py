"""An approved evaluation year is locked against packages too.

:class:`LockedYears` is fed every new entry by the hub's importer while planning a commune
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


class LockedYears:
    """Fed the package's new entries one at a time (a package's changes are streamed, never
    held): :meth:`feed` keeps, for each assessment the package touches, only its final locked
    fields; :meth:`finish` compares them with the replica."""

    def __init__(self, hub: Hub, code: str, replica_exists: bool):
        self.hub, self.code = hub, code
        self.years = set(locked_years(hub, code)) if replica_exists else set()
        self.final: dict[str, tuple[Any, ...] | None] = {}

    def feed(self, e: dict[str, Any]) -> None:
        if self.years and e["entity"] == "assessment":
            self.final[e["entity_id"]] = (None if e["op"] == "delete" else
                                          tuple(e["row"].get(k) for k in LOCKED_FIELDS))

    def finish(self) -> None:
        """Raise PackageRejected("approved_year_locked") if the net effect changes an approved
        year."""
        if not self.final:
            return
        wb = self.hub.replica(self.code)
        changed: list[str] = []
        for entity_id, values in self.final.items():
            after = None if values is None else dict(zip(LOCKED_FIELDS, values, strict=True))
            rows = list(wb.query("SELECT * FROM assessment WHERE id = ?", [entity_id]))
            before = rows[0] if rows else None
            touched = {r.get("year") for r in (before, after) if r}
            if not touched & self.years:
                continue
            if before is None or after is None or any(
                    before.get(k) != after.get(k) for k in LOCKED_FIELDS):
                row = after or before or {}
                changed.append(f"{row.get('indicator_code')} ({row.get('year')})")
        if changed:
            raise reject("approved_year_locked", detail=", ".join(sorted(changed)[:10]))

