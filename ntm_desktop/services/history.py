"""History: the journal as people read it — labels for tables, operations and fields, a short
name per record, before → after field lists, and the integrity check in the background.

Background functions take ``report`` and ``cancel`` keyword arguments (see
:mod:`ntm_desktop.core.progress`).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.store import journal as jr
from ntm_desktop.store.journal_queries import (  # noqa: F401 - the History use case's queries
    JournalFilter,
    hlc_datetime,
    journal_authors,
    journal_count,
    journal_entities,
    journal_page,
    row_before,
)
from ntm_desktop.store.sqlite import Database

CTX = "gui_queries"

# ------------------------------------------------------------------------------ vocabulary
ENTITY_LABELS: dict[str, str] = {
    "commune": _N(CTX, "Thông tin xã"),
    "village": _N(CTX, "Thôn, bản"),
    "assessment": _N(CTX, "Đánh giá chỉ tiêu"),
    "attachment": _N(CTX, "Tệp đính kèm"),
    "attachment_link": _N(CTX, "Gắn tệp đính kèm"),
    "infra_item": _N(CTX, "Hạ tầng"),
    "project": _N(CTX, "Dự án"),
    "project_funding": _N(CTX, "Nguồn vốn dự án"),
    "project_item": _N(CTX, "Công trình của dự án"),
    "contribution": _N(CTX, "Đóng góp"),
    "survey": _N(CTX, "Lấy ý kiến hài lòng"),
    "dossier_field": _N(CTX, "Thông tin hồ sơ"),
    "appraisal": _N(CTX, "Kết quả thẩm định"),
}
OP_LABELS: dict[str, str] = {
    "insert": _N(CTX, "Thêm"),
    "update": _N(CTX, "Sửa"),
    "delete": _N(CTX, "Xóa"),
}
FIELD_LABELS: dict[str, str] = {
    "name": _N(CTX, "Tên"), "code": _N(CTX, "Mã"), "province_code": _N(CTX, "Mã tỉnh"),
    "province_name": _N(CTX, "Tỉnh"), "old_code": _N(CTX, "Mã cũ"),
    "old_name": _N(CTX, "Tên cũ"), "old_district_code": _N(CTX, "Mã huyện cũ"),
    "old_district_name": _N(CTX, "Huyện cũ"), "region": _N(CTX, "Vùng"),
    "applied_region": _N(CTX, "Vùng áp dụng"), "commune_group": _N(CTX, "Nhóm xã"),
    "criteria_set": _N(CTX, "Bộ tiêu chí"), "overlay_id": _N(CTX, "Bộ tiêu chí của tỉnh"),
    "officer_name": _N(CTX, "Cán bộ phụ trách"), "officer_title": _N(CTX, "Chức vụ"),
    "recognised_year": _N(CTX, "Năm được công nhận"), "target_year": _N(CTX, "Năm đăng ký"),
    "special_difficult": _N(CTX, "Xã đặc biệt khó khăn"), "border": _N(CTX, "Xã biên giới"),
    "households": _N(CTX, "Số hộ"), "population": _N(CTX, "Số dân"),
    "ordering": _N(CTX, "Thứ tự"), "indicator_code": _N(CTX, "Chỉ tiêu"),
    "year": _N(CTX, "Năm"), "value": _N(CTX, "Giá trị"), "unit": _N(CTX, "Đơn vị"),
    "declared_status": _N(CTX, "Tự đánh giá"), "note": _N(CTX, "Ghi chú"),
    "responsible": _N(CTX, "Người phụ trách"), "target_date": _N(CTX, "Hạn hoàn thành"),
    "sha256": _N(CTX, "Mã băm SHA-256"), "original_name": _N(CTX, "Tên tệp"),
    "mime": _N(CTX, "Loại tệp"), "size": _N(CTX, "Dung lượng (byte)"),
    "taken_at": _N(CTX, "Thời điểm chụp"), "gps_lat": _N(CTX, "Vĩ độ"),
    "gps_lon": _N(CTX, "Kinh độ"), "width": _N(CTX, "Rộng"), "height": _N(CTX, "Cao"),
    "attachment_id": _N(CTX, "Tệp đính kèm"), "entity": _N(CTX, "Loại dữ liệu"),
    "entity_id": _N(CTX, "Mã bản ghi"), "caption": _N(CTX, "Chú thích"),
    "kind": _N(CTX, "Loại"), "village_id": _N(CTX, "Thôn"), "condition": _N(CTX, "Tình trạng"),
    "lat": _N(CTX, "Vĩ độ"), "lon": _N(CTX, "Kinh độ"), "attrs": _N(CTX, "Thuộc tính"),
    "field": _N(CTX, "Lĩnh vực"), "total_investment": _N(CTX, "Tổng mức đầu tư"),
    "outstanding_debt": _N(CTX, "Nợ đọng"), "start_date": _N(CTX, "Ngày khởi công"),
    "finish_date": _N(CTX, "Ngày hoàn thành"), "settlement": _N(CTX, "Quyết toán"),
    "state": _N(CTX, "Trạng thái"), "project_id": _N(CTX, "Dự án"),
    "source": _N(CTX, "Nguồn vốn"), "amount": _N(CTX, "Số tiền"),
    "infra_id": _N(CTX, "Công trình"), "date": _N(CTX, "Ngày"),
    "contributor": _N(CTX, "Người đóng góp"), "contributor_kind": _N(CTX, "Loại người đóng góp"),
    "quantity": _N(CTX, "Số lượng"), "rate": _N(CTX, "Đơn giá"),
    "value_vnd": _N(CTX, "Giá trị (đồng)"), "receipt_no": _N(CTX, "Số biên nhận"),
    "households_asked": _N(CTX, "Số hộ được hỏi"),
    "households_satisfied": _N(CTX, "Số hộ hài lòng"), "organised_by": _N(CTX, "Đơn vị tổ chức"),
    "key": _N(CTX, "Khóa"), "result": _N(CTX, "Kết quả"), "status": _N(CTX, "Trạng thái"),
    "comment": _N(CTX, "Nhận xét"), "appraiser": _N(CTX, "Người thẩm định"),
    "appraiser_body": _N(CTX, "Cơ quan thẩm định"), "id": _N(CTX, "Mã bản ghi"),
    "created_at": _N(CTX, "Tạo lúc"), "updated_at": _N(CTX, "Sửa lúc"),
}
SUMMARY_FIELDS = ("name", "contributor", "indicator_code", "key", "original_name", "caption",
                  "source", "code", "date", "year")


def row_summary(entity: str, row: dict[str, Any] | None) -> str:
    """A short human description of a journaled row (its name, key, indicator…)."""
    if not row:
        return ""
    for f in SUMMARY_FIELDS:
        v = row.get(f)
        if v not in (None, ""):
            text = str(v)
            if entity == "dossier_field" and f == "key":
                value = row.get("value")
                text += " = " + (json.dumps(value, ensure_ascii=False)
                                 if not isinstance(value, str) else value)
            return text if len(text) <= 90 else text[:89] + "…"
    return ""



def field_changes(before: dict[str, Any] | None, after: dict[str, Any] | None
                  ) -> list[tuple[str, Any, Any, bool]]:
    """``(field, before, after, changed)`` for every field of either row, in a stable order
    (``id`` and timestamps last)."""
    keys: list[str] = []
    for row in (after or {}, before or {}):
        keys += [k for k in row if k not in keys]
    tail = [k for k in ("id", "created_at", "updated_at") if k in keys]
    keys = [k for k in keys if k not in tail] + tail
    out = []
    for k in keys:
        b = None if before is None else before.get(k)
        a = None if after is None else after.get(k)
        out.append((k, b, a, b != a))
    return out


def _readonly(path: Path) -> Database:
    conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True,
                           check_same_thread=False)
    return Database(conn)


def verify_journal(path: Path, *, report: ProgressFn | None = None,
                   cancel: CancelToken | None = None) -> jr.ChainReport:
    """:func:`journal.verify_chain` on a read-only connection of its own (background)."""
    step(report, cancel, 0, 0, "")
    db = _readonly(path)
    try:
        return jr.verify_chain(db)
    finally:
        db.conn.close()
