"""The commune side of the appraiser's approval: what the last feedback package said about each
evaluation year (``approval.json``, kept in the workbook meta ``sync.approval``) and whether a
year is approved and locked. Read-only and light (no hub, no keys): the Tổng quan and Tiêu chí
pages use it at start-up, ``ntm set`` after each write."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook


def commune_approval(wb: Workbook) -> dict[str, Any] | None:
    """What the appraiser last told this commune (feedback ``approval.json``): state per year
    with comments, and notices. None before any such feedback. (Tổng quan, Tiêu chí.)"""
    raw = wb.meta("sync.approval")
    if not raw:
        return None
    try:
        doc = json.loads(raw)
    except ValueError:
        return None
    return doc if isinstance(doc, dict) else None


def commune_year_state(wb: Workbook, year: int) -> dict[str, Any] | None:
    doc = commune_approval(wb) or {}
    for y in doc.get("years", []):
        if y.get("year") == year:
            return y
    return None


#: shown beside an indicator of a locked year (Tiêu chí) and on ``ntm set`` for that year
LOCKED_YEAR_WARNING = _N("hub", "⚠ Hồ sơ năm {year} đã được nơi thẩm định phê duyệt và khóa: "
                         "gói dữ liệu có thay đổi của năm này sẽ bị từ chối. Nếu cần sửa, hãy "
                         "trao đổi với nơi thẩm định trước khi gửi.")


def is_year_locked(wb: Workbook, year: int) -> bool:
    """Whether the appraiser approved and locked ``year`` (per the last feedback package):
    a package changing it will be refused (``approved_year_locked``). Editing is not blocked —
    the commune may need to correct and talk to the appraiser — but it is warned of."""
    y = commune_year_state(wb, year)
    return bool(y) and y.get("locked") is True
