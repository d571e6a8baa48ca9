"""Resident satisfaction surveys (a recognition condition) and appraisal results."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ntm_desktop.core.model import validate_survey
from ntm_desktop.store.workbook import Workbook

if TYPE_CHECKING:  # the row types are for the type checker only
    from ntm_desktop.store.rows import SurveyRow


def save_survey(wb: Workbook, values: dict[str, Any]) -> SurveyRow:
    existing = wb.rows("survey", "year = ?", [values.get("year")]) if values.get("year") else []
    current = existing[0] if existing and not values.get("id") else (
        wb.get("survey", values["id"]) if values.get("id") else None)
    merged = {**(current or {}), **values}
    for k in ("created_at", "updated_at"):
        merged.pop(k, None)
    clean = validate_survey(merged)
    with wb.atomic():
        return wb.put("survey", clean)


def latest_survey(wb: Workbook, year: int | None = None) -> SurveyRow | None:
    where, params = ("year <= ?", [year]) if year else (None, [])
    rows = wb.rows("survey", where, params, order_by="year DESC", limit=1)
    if not rows:
        return None
    s = rows[0]
    asked = s["households_asked"]
    return {**s, "share": survey_share(asked, s["households_satisfied"])}


def survey_share(asked: int | None, satisfied: int | None) -> float | None:
    """Share of satisfied households in percent (2 decimals), None when it cannot be said."""
    if not asked or satisfied is None or satisfied < 0 or satisfied > asked:
        return None
    return round(satisfied * 100 / asked, 2)


def survey_for_year(wb: Workbook, year: int) -> SurveyRow | None:
    rows = wb.rows("survey", "year = ?", [int(year)], limit=1)
    return rows[0] if rows else None
