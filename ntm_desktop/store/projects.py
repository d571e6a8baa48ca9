"""Investment projects (công trình đầu tư): funding by source, linked items, debt."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.model import FUNDING_SOURCES, validate_funding, validate_project
from ntm_desktop.store.workbook import Workbook

if TYPE_CHECKING:  # the row types are for the type checker only
    from ntm_desktop.store.rows import ProjectRow


def save_project(wb: Workbook, values: dict[str, Any], *, funding: dict[str, Any] | None = None,
                 items: list[str] | None = None) -> dict[str, Any]:
    """Create/update a project; ``funding`` maps source code → amount (đồng), replacing the
    project's funding rows; ``items`` (infra ids) replaces the linked items."""
    current = wb.get("project", values["id"]) if values.get("id") else None
    merged = {**(current or {}), **values}
    for k in ("created_at", "updated_at"):
        merged.pop(k, None)
    clean = validate_project(merged)
    fund_rows = []
    for source, amount in (funding or {}).items():
        fund_rows.append(validate_funding({"source": source, "amount": amount}))
    for item_id in items or []:
        if wb.get("infra_item", item_id) is None:
            raise ValidationError(_N("errors", "Không có công trình hạ tầng {id}."),
                                  field="items", args={"id": str(item_id)})
    with wb.atomic():
        p = wb.put("project", clean)
        if funding is not None:
            existing = {r["source"]: r for r in wb.rows("project_funding", "project_id = ?",
                                                        [p["id"]])}
            wanted = {r["source"] for r in fund_rows}
            for src, r in existing.items():
                if src not in wanted:
                    wb.remove("project_funding", r["id"])
            for r in fund_rows:
                old = existing.get(r["source"])
                if old and old["amount"] == r["amount"]:
                    continue
                wb.put("project_funding", {"id": old["id"] if old else None, "project_id": p["id"],
                                           **r} if old else {"project_id": p["id"], **r})
        if items is not None:
            existing_items = {r["infra_id"]: r for r in wb.rows("project_item", "project_id = ?",
                                                               [p["id"]])}
            for infra_id, r in existing_items.items():
                if infra_id not in items:
                    wb.remove("project_item", r["id"])
            for infra_id in items:
                if infra_id not in existing_items:
                    wb.put("project_item", {"project_id": p["id"], "infra_id": infra_id})
        return p


def remove_project(wb: Workbook, project_id: str) -> None:
    if wb.count("contribution", "project_id = ?", [project_id]):
        raise ValidationError(_N("errors", "Dự án đã có khoản đóng góp; hãy chuyển hoặc xóa các "
                                 "khoản đó trước."),
                              field="project", code="in_use")
    with wb.atomic():
        for t in ("project_funding", "project_item"):
            for r in wb.rows(t, "project_id = ?", [project_id]):
                wb.remove(t, r["id"])
        wb.remove("project", project_id)


def list_projects(wb: Workbook) -> list[ProjectRow]:
    """Projects with ``funding`` {source: amount}, ``funding_total`` and ``items``."""
    funding: dict[str, dict[str, int]] = {}
    for r in wb.rows("project_funding"):
        funding.setdefault(r["project_id"], {})[r["source"]] = r["amount"]
    items: dict[str, list[str]] = {}
    for r in wb.rows("project_item"):
        items.setdefault(r["project_id"], []).append(r["infra_id"])
    out = []
    for p in wb.rows("project", order_by="start_date, name"):
        f = funding.get(p["id"], {})
        out.append({**p, "funding": f, "funding_total": sum(f.values()),
                    "items": items.get(p["id"], [])})
    return out


def find_project(wb: Workbook, name_or_id: str | None) -> str | None:
    if not name_or_id:
        return None
    if wb.get("project", name_or_id):
        return name_or_id
    from ntm_desktop.core.text import fold
    for p in wb.rows("project"):
        if fold(p["name"]) == fold(name_or_id):
            return p["id"]
    raise ValidationError(_N("errors", "Không có dự án “{name}”."), field="project",
                          code="unknown_project", args={"name": str(name_or_id)})


def resources_mobilised(wb: Workbook) -> dict[str, Any]:
    """Total funding by source (đồng) with shares; community contributions recorded in the
    ledger that are not already counted as project funding are added to ``cong_dong``."""
    by_source = {s: 0 for s in FUNDING_SOURCES}
    for r in wb.query("SELECT source, sum(amount) AS a FROM project_funding GROUP BY source"):
        by_source[r["source"]] = r["a"] or 0
    total = sum(by_source.values())
    shares = {s: (round(v * 100 / total, 2) if total else None) for s, v in by_source.items()}
    return {"by_source": by_source, "total": total, "shares": shares}


def debt_summary(wb: Workbook) -> dict[str, Any]:
    rows = [p for p in list_projects(wb) if (p.get("outstanding_debt") or 0) > 0]
    return {"total": sum(p["outstanding_debt"] for p in rows),
            "projects": [{"id": p["id"], "name": p["name"], "debt": p["outstanding_debt"],
                          "settlement": p.get("settlement")} for p in rows]}
