"""Community contributions ledger (cash, labour days, donated land, materials)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.model import validate_contribution
from ntm_desktop.store.search import fold_match, install_fold
from ntm_desktop.store.workbook import Workbook

if TYPE_CHECKING:  # the row types are for the type checker only
    from ntm_desktop.store.rows import ContributionRow

# the columns a free-text search looks in (accent-insensitive, see store/search.py)
SEARCH_COLUMNS = ("contributor", "receipt_no", "note")


def _clean(wb: Workbook, values: dict[str, Any], line: int | None = None) -> dict[str, Any]:
    current = wb.get("contribution", values["id"]) if values.get("id") else None
    merged = {**(current or {}), **values}
    for k in ("created_at", "updated_at"):
        merged.pop(k, None)
    try:
        clean = validate_contribution(merged)
        from ntm_desktop.store.commune import find_village
        from ntm_desktop.store.projects import find_project
        clean["village_id"] = find_village(wb, clean.get("village_id"))
        clean["project_id"] = find_project(wb, clean.get("project_id"))
    except ValidationError as exc:
        if line is not None:
            exc.message = f"Dòng {line}: {exc.message}"
            exc.args = (exc.message,)
        raise
    return clean


def add_contribution(wb: Workbook, values: dict[str, Any]) -> ContributionRow:
    clean = _clean(wb, values)
    with wb.atomic():
        return wb.put("contribution", clean)


def add_many(wb: Workbook, rows: Iterable[dict[str, Any]]) -> list[ContributionRow]:
    """Add several contributions in one transaction (all or nothing); errors name the line."""
    cleaned = [_clean(wb, r, i) for i, r in enumerate(rows, start=1)]
    with wb.atomic():
        return [wb.put("contribution", c) for c in cleaned]


def remove_contribution(wb: Workbook, contribution_id: str) -> None:
    with wb.atomic():
        wb.remove("contribution", contribution_id)


def _filter(kind: str | None, village_id: str | None, project_id: str | None,
            search: str | None) -> tuple[str | None, list[Any]]:
    where, params = [], []
    for col, v in (("kind", kind), ("village_id", village_id), ("project_id", project_id)):
        if v:
            where.append(f"{col} = ?")
            params.append(v)
    cond, cond_params = fold_match(SEARCH_COLUMNS, search)
    if cond:
        where.append(cond)
        params += cond_params
    return (" AND ".join(where) or None), params


def list_contributions(wb: Workbook, *, kind: str | None = None, village_id: str | None = None,
                       project_id: str | None = None, search: str | None = None,
                       limit: int | None = None, offset: int = 0,
                       order_by: str = "date DESC, rowid DESC") -> list[dict[str, Any]]:
    where, params = _filter(kind, village_id, project_id, search)
    install_fold(wb.conn)
    return wb.rows("contribution", where, params, order_by=order_by, limit=limit, offset=offset)


def count_contributions(wb: Workbook, **filters: Any) -> int:
    where, params = _filter(filters.get("kind"), filters.get("village_id"),
                            filters.get("project_id"), filters.get("search"))
    install_fold(wb.conn)
    return wb.count("contribution", where, params)


def totals_by_kind(conn: sqlite3.Connection, where: str | None = None,
                   params: Sequence[Any] = (), *, from_sql: str = " FROM contribution c"
                   ) -> dict[str, dict[str, Any]]:
    """The one computation of contribution totals per kind: kind → {count, quantity,
    value_vnd} (quantity and value 0 when none is recorded).

    ``where``/``params`` filter the rows (columns of ``contribution`` aliased ``c``; ``from_sql``
    may join ``village v`` / ``project p`` for the filter). Used by :func:`totals`, the ledger
    screen and its Excel export (``store/ledger_queries.py``) and the dossier."""
    sql = (f"SELECT c.kind, count(*), sum(c.quantity), sum(coalesce(c.value_vnd, 0)){from_sql}"
           + (f" WHERE {where}" if where else "") + " GROUP BY c.kind ORDER BY c.kind")
    return {kind: {"count": n, "quantity": q or 0, "value_vnd": v or 0}
            for kind, n, q, v in conn.execute(sql, list(params))}


def totals(wb: Workbook) -> dict[str, Any]:
    """Totals by kind (quantity, value), by village and by project."""
    by_kind = totals_by_kind(wb.conn)
    by_village = {r["village_id"]: r["v"] or 0 for r in wb.query(
        "SELECT village_id, sum(value_vnd) v FROM contribution GROUP BY village_id")}
    by_project = {r["project_id"]: r["v"] or 0 for r in wb.query(
        "SELECT project_id, sum(value_vnd) v FROM contribution GROUP BY project_id")}
    total_value = sum(v["value_vnd"] for v in by_kind.values())
    return {"by_kind": by_kind, "by_village": by_village, "by_project": by_project,
            "total_value_vnd": total_value,
            "cash_vnd": by_kind.get("tien_mat", {}).get("value_vnd", 0),
            "labour_days": by_kind.get("ngay_cong", {}).get("quantity", 0),
            "land_m2": by_kind.get("hien_dat", {}).get("quantity", 0)}
