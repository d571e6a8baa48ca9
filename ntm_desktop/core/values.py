"""The one rule for an indicator's value, by its kind.

:func:`check_value` is called by the store on every write of an assessment (``ntm set``, the
Criteria page, ``ntm load``, a package applied on a hub) and by the Criteria page's editor for
its inline message, so a value the GUI refuses is refused everywhere.

- ``percent``: 0–100;
- ``count`` and ``must_be_none``: whole numbers, not negative;
- ``amount``: not negative;
- ``boolean``: 1 (met) or 0.
"""

from __future__ import annotations

import math
from typing import Any, Protocol

from ntm_desktop.core import vnformat
from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N


class HasKind(Protocol):
    """An indicator (catalog ``Indicator`` or an evaluation's ``IndicatorResult``)."""

    code: str
    kind: str

WHOLE_KINDS = ("count", "must_be_none")
MAX_ABS = 1e15

MSG_NOT_NUMBER = _N("errors", "Hãy nhập một số, ví dụ 85 hoặc 85,5.")
MSG_NEGATIVE = _N("errors", "Giá trị không được âm.")
MSG_PERCENT = _N("errors", "Tỷ lệ phải từ 0 đến 100%, không phải {value}.")
MSG_BOOLEAN = _N("errors", "Chỉ tiêu Đạt/Không đạt nhận giá trị 1 (đạt) hoặc 0.")
MSG_WHOLE = _N("errors", "Chỉ tiêu “{code}” nhận số nguyên, không phải {value}.")


def as_number(value: Any, *, vietnamese: bool = True) -> float | None:
    """A stored or typed value → float; None/"" → None; True/False → 1/0. Raises
    ValidationError (field ``value``) for text that is not a number, NaN or infinity."""
    if value is None:
        return None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = vnformat.parse_number(str(value), vietnamese=vietnamese)
        except ValueError:
            raise ValidationError(MSG_NOT_NUMBER, field="value") from None
        if number is None:
            return None
    if math.isnan(number) or math.isinf(number) or abs(number) > MAX_ABS:
        raise ValidationError(MSG_NOT_NUMBER, field="value")
    return number


def check_value(indicator: HasKind, value: Any, *, vietnamese: bool = True) -> float | None:
    """``value`` as a float when it suits ``indicator``'s kind, else ValidationError (field
    ``value``, code ``bad_value``) with the reason. None (no value) is always allowed."""
    number = as_number(value, vietnamese=vietnamese)
    if number is None:
        return None
    shown = vnformat.number(number, 2, trim=True)
    kind = indicator.kind
    if kind == "boolean":
        if number not in (0.0, 1.0):
            raise ValidationError(MSG_BOOLEAN, field="value")
        return number
    if kind == "percent" and not 0 <= number <= 100:
        raise ValidationError(MSG_PERCENT, field="value",
                              args={"value": shown})
    if number < 0:
        raise ValidationError(MSG_NEGATIVE, field="value")
    if kind in WHOLE_KINDS and not number.is_integer():
        raise ValidationError(MSG_WHOLE, field="value",
                              args={"code": indicator.code, "value": shown})
    return number
