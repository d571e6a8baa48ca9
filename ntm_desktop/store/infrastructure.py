"""Infrastructure registry: roads, canals, cultural houses, schools, markets …"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from ntm_desktop.core.model import INFRA_KINDS, validate_infra
from ntm_desktop.store.search import fold_match, install_fold
from ntm_desktop.store.workbook import Workbook

if TYPE_CHECKING:  # the row types are for the type checker only
    from ntm_desktop.store.rows import InfraItemRow

# the columns a free-text search looks in (accent-insensitive, see store/search.py)
SEARCH_COLUMNS = ("name", "note")


def save_item(wb: Workbook, values: dict[str, Any]) -> InfraItemRow:
    """Create or update an item; ``attrs`` are validated against its kind."""
    current = wb.get("infra_item", values["id"]) if values.get("id") else None
    merged = {**(current or {}), **values}
    if current and "attrs" in values and values["attrs"] is not None:
        merged["attrs"] = {**(current.get("attrs") or {}), **values["attrs"]}
        old_attrs = current.get("attrs") or {}
        if ("surface" in values["attrs"] and "hardened" not in values["attrs"]
                and values["attrs"]["surface"] != old_attrs.get("surface")):
            # a new surface without an explicit flag: derive "hardened" again from the surface
            merged["attrs"].pop("hardened", None)
    for k in ("created_at", "updated_at"):
        merged.pop(k, None)
    clean = validate_infra(merged)
    if clean.get("village_id"):
        from ntm_desktop.store.commune import find_village
        clean["village_id"] = find_village(wb, clean["village_id"])
    with wb.atomic():
        return wb.put("infra_item", clean)


def remove_item(wb: Workbook, item_id: str) -> None:
    with wb.atomic():
        for link in wb.rows("project_item", "infra_id = ?", [item_id]):
            wb.remove("project_item", link["id"])
        wb.remove("infra_item", item_id)


def list_items(wb: Workbook, *, kind: str | None = None, village_id: str | None = None,
               search: str | None = None, limit: int | None = None, offset: int = 0
               ) -> list[dict[str, Any]]:
    where, params = [], []
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if village_id:
        where.append("village_id = ?")
        params.append(village_id)
    cond, cond_params = fold_match(SEARCH_COLUMNS, search)
    if cond:
        where.append(cond)
        params += cond_params
    install_fold(wb.conn)
    return wb.rows("infra_item", " AND ".join(where) or None, params, order_by="kind, name",
                   limit=limit, offset=offset)


def road_totals(wb: Workbook) -> dict[str, Any]:
    """Road length (km) by level and surface, hardened share per level."""
    out: dict[str, Any] = {"by_level": {}, "by_surface": {}, "total_km": 0.0, "hardened_km": 0.0}
    q = ("SELECT json_extract(attrs,'$.level') AS level, json_extract(attrs,'$.surface') AS surface,"
         " coalesce(json_extract(attrs,'$.hardened'),0) AS hardened,"
         " sum(coalesce(json_extract(attrs,'$.length_km'),0)) AS km FROM infra_item"
         " WHERE kind='road' GROUP BY 1,2,3")
    for r in wb.query(q):
        lvl = out["by_level"].setdefault(r["level"], {"total_km": 0.0, "hardened_km": 0.0})
        lvl["total_km"] += r["km"]
        if r["hardened"]:
            lvl["hardened_km"] += r["km"]
            out["hardened_km"] += r["km"]
        out["by_surface"][r["surface"] or "khac"] = out["by_surface"].get(
            r["surface"] or "khac", 0.0) + r["km"]
        out["total_km"] += r["km"]
    for lvl in out["by_level"].values():
        lvl["hardened_share"] = (round(lvl["hardened_km"] * 100 / lvl["total_km"], 2)
                                 if lvl["total_km"] else None)
    out["hardened_share"] = (round(out["hardened_km"] * 100 / out["total_km"], 2)
                             if out["total_km"] else None)
    return out


def counts_by_kind(wb: Workbook) -> dict[str, int]:
    counts = {k: 0 for k in INFRA_KINDS}
    for r in wb.query("SELECT kind, count(*) AS n FROM infra_item GROUP BY kind"):
        counts[r["kind"]] = r["n"]
    return counts


def canal_totals(conn: sqlite3.Connection) -> dict[str, Any]:
    """The one computation of canal totals: length (km), solidified length and share (%)."""
    total, solid = conn.execute(
        "SELECT sum(coalesce(json_extract(attrs,'$.length_km'),0)), "
        "sum(CASE WHEN json_extract(attrs,'$.solidified') THEN "
        "coalesce(json_extract(attrs,'$.length_km'),0) ELSE 0 END) "
        "FROM infra_item WHERE kind = 'canal'").fetchone()
    total, solid = total or 0.0, solid or 0.0
    return {"total_km": total, "solidified_km": solid,
            "solidified_share": round(solid * 100 / total, 2) if total else None}
