"""The commune profile (one row) and its villages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ntm_desktop.core.errors import NotFound, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.model import validate_commune, validate_village
from ntm_desktop.store.workbook import Workbook

if TYPE_CHECKING:  # the row types are for the type checker only
    from ntm_desktop.store.rows import CommuneRow, VillageRow


def get_commune(wb: Workbook) -> CommuneRow:
    c = wb.commune()
    if c is None:
        raise NotFound(_N("errors", "Sổ dữ liệu chưa có thông tin xã. Hãy chạy “ntm init commune”."),
                       code="no_commune")
    return c


def save_commune(wb: Workbook, values: dict[str, Any]) -> CommuneRow:
    """Create or update the commune profile (merging with the existing one)."""
    current = wb.commune() or {}
    merged = {**current, **values}
    for k in ("created_at", "updated_at"):
        merged.pop(k, None)
    clean = validate_commune(merged)
    from ntm_desktop.core.catalog import builtin_catalog_ids
    if clean["criteria_set"] not in builtin_catalog_ids():
        raise ValidationError(_N("errors", "Bộ tiêu chí không xác định: “{criteria_set}”."),
                              field="criteria_set", code="unknown_catalog",
                              args={"criteria_set": str(clean["criteria_set"])})
    with wb.atomic():
        return wb.put("commune", clean)


def list_villages(wb: Workbook) -> list[VillageRow]:
    return wb.rows("village", order_by="coalesce(ordering, 1e9), name")


def save_village(wb: Workbook, values: dict[str, Any]) -> VillageRow:
    current = wb.get("village", values["id"]) if values.get("id") else None
    merged = {**(current or {}), **values}
    for k in ("created_at", "updated_at"):
        merged.pop(k, None)
    clean = validate_village(merged)
    dup = wb.rows("village", "name = ? AND id != ?", [clean["name"], clean.get("id") or ""])
    if dup:
        raise ValidationError(_N("errors", "Đã có thôn “{name}”."), field="name", code="duplicate",
                              args={"name": str(clean["name"])})
    with wb.atomic():
        return wb.put("village", clean)


def find_village(wb: Workbook, name_or_id: str | None) -> str | None:
    """Village id from an id or a (case-insensitive) name; None for empty input."""
    if not name_or_id:
        return None
    if wb.get("village", name_or_id):
        return name_or_id
    from ntm_desktop.core.text import fold
    key = fold(name_or_id)
    for v in list_villages(wb):
        if fold(v["name"]) == key:
            return v["id"]
    raise ValidationError(_N("errors", "Không có thôn “{name}”."), field="village",
                          code="unknown_village", args={"name": str(name_or_id)})


def remove_village(wb: Workbook, village_id: str) -> None:
    with wb.atomic():
        wb.remove("village", village_id)


def village_usage(wb: Workbook, village_id: str) -> dict[str, int]:
    """How many infrastructure items and contributions still refer to the village."""
    infra = wb.conn.execute("SELECT COUNT(*) FROM infra_item WHERE village_id = ?",
                          [village_id]).fetchone()[0]
    contributions = wb.conn.execute("SELECT COUNT(*) FROM contribution WHERE village_id = ?",
                                  [village_id]).fetchone()[0]
    return {"infra_item": int(infra), "contribution": int(contributions)}


def next_village_order(wb: Workbook) -> int:
    r = wb.conn.execute("SELECT MAX(ordering) FROM village").fetchone()[0]
    return int(r or 0) + 1
