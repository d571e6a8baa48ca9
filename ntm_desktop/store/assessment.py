"""Indicator self-assessments per evaluation year."""

from __future__ import annotations

from typing import Any

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.model import validate_assessment
from ntm_desktop.store.workbook import Workbook


def get_assessment(wb: Workbook, code: str, year: int) -> dict[str, Any] | None:
    rows = wb.rows("assessment", "indicator_code = ? AND year = ?", [code, year])
    return rows[0] if rows else None


def list_assessments(wb: Workbook, year: int) -> list[dict[str, Any]]:
    return wb.rows("assessment", "year = ?", [year], order_by="indicator_code")


def set_assessment(wb: Workbook, code: str, year: int, values: dict[str, Any], *,
                   catalog: Any = None) -> dict[str, Any]:
    """Create or update the assessment of indicator ``code`` for ``year``.

    ``catalog`` (a core Catalog) checks that the code exists and that percentages stay in 0-100.
    Keys absent from ``values`` keep their current value.
    """
    if catalog is not None:
        try:
            ind = catalog.indicator(code)
        except Exception:
            ind = None
        if ind is None:
            raise ValidationError(_N("errors", "Mã chỉ tiêu không xác định: “{code}”."),
                                  field="indicator", code="unknown_indicator",
                                  args={"code": str(code)})
        v = values.get("value")
        if v is not None and not isinstance(v, bool):
            try:
                fv = float(str(v).replace(",", "."))
            except ValueError:
                fv = None
            if fv is not None and ind.kind == "percent" and not 0 <= fv <= 100:
                raise ValidationError(_N("errors", "Tỷ lệ phải từ 0 đến 100%, không phải {value}."),
                                      field="value", args={"value": str(v)})
            if fv is not None and ind.kind == "boolean" and fv not in (0, 1):
                raise ValidationError(_N("errors", "Chỉ tiêu Đạt/Không đạt nhận giá trị 1 (đạt) "
                                         "hoặc 0."),
                                      field="value")
            if fv is not None and fv < 0 and ind.kind in ("count", "amount", "must_be_none"):
                raise ValidationError(_N("errors", "Giá trị không được âm."), field="value")
        values = {**values}
        values.setdefault("unit", ind.unit or None)
    current = get_assessment(wb, code, year) or {}
    merged = {**current, **values, "indicator_code": code, "year": year}
    for k in ("created_at", "updated_at"):
        merged.pop(k, None)
    clean = validate_assessment(merged)
    with wb.atomic():
        return wb.put("assessment", clean)
