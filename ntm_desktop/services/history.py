"""History: the journal as people read it — labels for tables, operations and fields, a short
name per record, before → after field lists, and the integrity check in the background.

Background functions take ``report`` and ``cancel`` keyword arguments (see
:mod:`ntm_desktop.core.progress`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from ntm_desktop.core import model as m
from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.store import journal as jr
from ntm_desktop.store.journal_queries import (  # noqa: F401 - the History use case's queries
    JournalFilter,
    hlc_datetime,
    journal_authors,
    journal_count,
    journal_entities,
    journal_entries,
    journal_page,
    journal_seqs,
    row_before,
)

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook

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



# ------------------------------------------------------------------------------ values shown
#: ``tr(context, source_text)`` → the text in the interface language (the GUI passes
#: ``tr_core``; without one, the Vietnamese source text is shown).
Translate = Callable[[str, str], str]


def _same(_ctx: str, text: str) -> str:
    return text


YES_NO = (_N(CTX, "Có"), _N(CTX, "Không"))
INDICATOR_YEAR = _N(CTX, "Chỉ tiêu %1 — năm %2")
A_FILE = _N(CTX, "Tệp")
A_PROJECT = _N(CTX, "Dự án")
SURVEY_ON = _N(CTX, "Khảo sát ngày %1")
ID_FIELDS = {"village_id": "village", "project_id": "project", "infra_id": "infra_item",
             "attachment_id": "attachment"}
DATE_FIELDS = {"date", "target_date", "start_date", "finish_date"}
TIME_FIELDS = {"created_at", "updated_at", "taken_at", "uploaded_at"}
NUMBER_DIGITS = {"gps_lat": 6, "gps_lon": 6, "lat": 6, "lon": 6}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_CODE_LABELS: dict[str, dict[str, str]] = {
    "contributor_kind": m.CONTRIBUTOR_KINDS, "condition": m.CONDITIONS,
    "state": m.PROJECT_STATES, "settlement": m.SETTLEMENT_STATUSES,
    "declared_status": m.STATUSES, "status": m.STATUSES, "region": m.REGIONS,
    "applied_region": m.REGIONS, "commune_group": m.COMMUNE_GROUPS,
}


def _code_label(entity: str, field: str, value: str) -> tuple[str, str] | None:
    """``(context, source text)`` of the label of a stored code, or None."""
    if field == "kind" and entity == "contribution":
        label = m.CONTRIBUTION_KINDS.get(value)
    elif field == "kind" and entity == "infra_item":
        kind = m.INFRA_KINDS.get(value)
        label = kind.label if kind else None
    elif field == "source" and entity == "project_funding":
        label = m.FUNDING_SOURCES.get(value)
    elif field == "entity":
        got = ENTITY_LABELS.get(value)
        return (CTX, got) if got else None
    else:
        label = _CODE_LABELS.get(field, {}).get(value)
    return (m.CTX, label) if label else None


class Names:
    """Names for the ids a journal row refers to (villages, projects, works, files), read once
    from the workbook; ids no longer present stay unresolved."""

    def __init__(self, wb: Workbook) -> None:
        self._by_table: dict[str, dict[str, str]] = {}
        self.workbook = wb

    def _table(self, table: str) -> dict[str, str]:
        if table not in self._by_table:
            names: dict[str, str] = {}
            if self.workbook is not None:
                for r in self.workbook.rows(table):
                    name = r.get("original_name") if table == "attachment" else r.get("name")
                    if name:
                        names[str(r["id"])] = str(name)
            self._by_table[table] = names
        return self._by_table[table]

    def name(self, table: str, ident: Any) -> str | None:
        return self._table(table).get(str(ident)) if ident else None

    def any_name(self, ident: Any) -> str | None:
        for table in ("village", "project", "infra_item", "attachment"):
            found = self.name(table, ident)
            if found:
                return found
        return None


def format_time(value: str) -> str:
    """"2026-12-06T21:02:11.123Z" → "06/12/2026 21:02" (local time when it carries a zone)."""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{vf.short_date(moment.date())} {moment:%H:%M}"


def _number(field: str, value: float) -> str:
    if isinstance(value, float) and value.is_integer() and field not in NUMBER_DIGITS:
        return vf.number(int(value))
    return vf.number(value, NUMBER_DIGITS.get(field, 2), trim=True)


def value_text(names: Names | None, entity: str, field: str, value: Any,
               tr: Translate = _same) -> str:
    """A stored value as an officer reads it: labels for codes, names for ids, Vietnamese
    numbers and dates, "Có"/"Không", "—" for nothing."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr(CTX, YES_NO[0] if value else YES_NO[1])
    if isinstance(value, (int, float)):
        if field in ("year", "recognised_year", "target_year", "ordering"):
            return str(value)
        return _number(field, value)
    if isinstance(value, dict):
        if field == "attrs" and entity == "infra_item":
            return attrs_text(value, tr)
        return "; ".join(f"{k}: {value_text(names, entity, k, v, tr)}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(value_text(names, entity, field, v, tr) for v in value)
    text = str(value)
    label = _code_label(entity, field, text)
    if label:
        return tr(*label)
    if names is not None and field in ID_FIELDS:
        return names.name(ID_FIELDS[field], text) or text
    if names is not None and field == "entity_id" and entity == "attachment_link":
        return names.any_name(text) or text
    if field in TIME_FIELDS or (ISO_TIME.match(text) and field not in DATE_FIELDS):
        return format_time(text)
    if field in DATE_FIELDS or ISO_DATE.match(text):
        try:
            return vf.short_date(dt.date.fromisoformat(text[:10]))
        except ValueError:
            return text
    return text


def attrs_text(attrs: dict[str, Any], tr: Translate = _same) -> str:
    """Typed infrastructure attributes: "Cấp đường: Đường xã; Chiều dài: 1,2 km"."""
    known = {a.key: a for kind in m.INFRA_KINDS.values() for a in kind.attrs}
    parts = []
    for key, value in attrs.items():
        a = known.get(key)
        if a is None:
            parts.append(f"{key}: {value}")
            continue
        if a.choices and str(value) in a.choices:
            shown = tr(m.CTX, a.choices[str(value)])
        elif isinstance(value, bool):
            shown = tr(CTX, YES_NO[0] if value else YES_NO[1])
        elif isinstance(value, (int, float)):
            shown = _number(key, value) + (f" {a.unit}" if a.unit else "")
        else:
            shown = str(value)
        parts.append(f"{tr(m.CTX, a.label)}: {shown}")
    return "; ".join(parts)


def record_name(names: Names | None, entity: str, row: dict[str, Any] | None,
                tr: Translate = _same) -> str:
    """A human name for a journaled record: a contribution "Hộ ông A — Hiến đất, 05/3/2025",
    an indicator's assessment "Chỉ tiêu 2.1 — năm 2025", a file link "ảnh.jpg → Đường trục
    thôn", a village, a project, a work by its name."""
    if not row:
        return ""
    if entity == "contribution":
        kind = value_text(names, entity, "kind", row.get("kind"), tr)
        when = value_text(names, entity, "date", row.get("date"), tr)
        text = f"{row.get('contributor') or '—'} — {kind}, {when}"
    elif entity in ("assessment", "appraisal"):
        text = tr(CTX, INDICATOR_YEAR).replace("%1", str(row.get("indicator_code"))) \
            .replace("%2", str(row.get("year") or "—"))
    elif entity == "attachment_link":
        file = names.name("attachment", row.get("attachment_id")) if names else None
        target = names.any_name(row.get("entity_id")) if names else None
        target = target or value_text(names, entity, "entity", row.get("entity"), tr)
        text = f"{file or tr(CTX, A_FILE)} → {target}"
    elif entity == "project_funding":
        project = names.name("project", row.get("project_id")) if names else None
        source = value_text(names, entity, "source", row.get("source"), tr)
        text = f"{project or tr(CTX, A_PROJECT)} — {source}"
    elif entity == "project_item":
        project = names.name("project", row.get("project_id")) if names else None
        work = names.name("infra_item", row.get("infra_id")) if names else None
        text = f"{project or tr(CTX, A_PROJECT)} → {work or '—'}"
    elif entity == "survey":
        text = tr(CTX, SURVEY_ON).replace(
            "%1", value_text(names, entity, "date", row.get("date"), tr))
    elif entity == "dossier_field":
        text = f"{row.get('key')} = {value_text(names, entity, 'value', row.get('value'), tr)}"
    else:
        text = row_summary(entity, row)
        if text and entity not in ("commune", "village", "infra_item", "project", "attachment"):
            text = value_text(names, entity, "", text, tr)
    return text if len(text) <= 90 else text[:89] + "…"


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


def find_entries(path: Path, flt: JournalFilter, *, report: ProgressFn | None = None,
                 cancel: CancelToken | None = None) -> list[int]:
    """The History page's search (accents and case aside) on a read-only connection of its own
    (background: a large journal takes longer than the GUI thread may wait). The entry numbers,
    newest first."""
    step(report, cancel, 0, 0, "")
    db = _readonly(path)
    try:
        return journal_seqs(db, flt)
    finally:
        db.conn.close()
