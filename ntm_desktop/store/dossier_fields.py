"""Dossier settings entered once and kept in the workbook: document numbers, signer,
recipients, dates, narrative text. Keys are dotted strings, e.g. ``to_trinh.number``."""

from __future__ import annotations

from typing import Any

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import nfc
from ntm_desktop.store.workbook import Workbook


def get_fields(wb: Workbook) -> dict[str, Any]:
    return {r["key"]: r["value"] for r in wb.rows("dossier_field", order_by="key")}


def set_fields(wb: Workbook, values: dict[str, Any]) -> None:
    """Set several fields in one transaction; ``None`` or "" removes a field."""
    current = {r["key"]: r for r in wb.rows("dossier_field")}
    for key in values:
        if not isinstance(key, str) or not key or len(key) > 100:
            raise ValidationError(_N("errors", "Khóa không hợp lệ: {key}"), field="key",
                                  args={"key": repr(key)})
    with wb.atomic():
        for key, value in values.items():
            value = nfc(value)
            old = current.get(key)
            if value is None or value == "":
                if old:
                    wb.remove("dossier_field", old["id"])
                continue
            if old and old["value"] == value:
                continue
            wb.put("dossier_field", {"id": old["id"] if old else None, "key": key, "value": value}
                   if old else {"key": key, "value": value})
