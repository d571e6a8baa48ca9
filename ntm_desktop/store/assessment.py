"""Indicator self-assessments per evaluation year."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ntm_desktop.core.catalog import Catalog
from ntm_desktop.core.errors import CatalogError, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.model import validate_assessment
from ntm_desktop.core.values import check_value
from ntm_desktop.store.workbook import Workbook

if TYPE_CHECKING:  # the row types are for the type checker only
    from ntm_desktop.store.rows import AssessmentRow


def get_assessment(wb: Workbook, code: str, year: int) -> AssessmentRow | None:
    rows = wb.rows("assessment", "indicator_code = ? AND year = ?", [code, year])
    return rows[0] if rows else None


def set_assessment(wb: Workbook, code: str, year: int, values: dict[str, Any], *,
                   catalog: Catalog | None = None) -> AssessmentRow:
    """Create or update the assessment of indicator ``code`` for ``year``.

    ``catalog`` (a core Catalog) checks that the code exists; the value is checked by
    :func:`~ntm_desktop.core.values.check_value` (here with the given catalog, and again by the
    store on write with the workbook's own). Keys absent from ``values`` keep their current
    value.
    """
    if catalog is not None:
        try:
            ind = catalog.indicator(code)
        except CatalogError:
            raise ValidationError(_N("errors", "Mã chỉ tiêu không xác định: “{code}”."),
                                  field="indicator", code="unknown_indicator",
                                  args={"code": str(code)}) from None
        values = {**values}
        if "value" in values:
            values["value"] = check_value(ind, values["value"])
        values.setdefault("unit", ind.unit or None)
    current = get_assessment(wb, code, year) or {}
    merged = {**current, **values, "indicator_code": code, "year": year}
    for k in ("created_at", "updated_at"):
        merged.pop(k, None)
    clean = validate_assessment(merged)
    with wb.atomic():
        return wb.put("assessment", clean)
