"""Excel (.xlsx) form of the interchange document, one sheet per table (openpyxl).

Layout of every sheet (documented in ``docs/interchange-format.md``): row 1 holds Vietnamese
column titles for people, row 2 the column keys the reader uses, data from row 3. Infrastructure
attributes are flattened into ``attrs.<key>`` columns. ``read_xlsx`` returns the same document
``interchange.read_file`` would, so ``ntm load`` validates both the same way.

Both directions stream (openpyxl's write-only and read-only modes): :func:`dump_xlsx` writes
rows from an SQL cursor, :func:`load_xlsx_file` hands rows one at a time to
``interchange.load_rows`` (the same checks, order and messages as a JSON file), so memory does
not grow with the number of rows.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
import zipfile
from array import array
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import nfc
from ntm_desktop.store import interchange
from ntm_desktop.store.schema import BOOL_COLUMNS, DOMAIN_TABLES, SCHEMA_VERSION
from ntm_desktop.store.workbook import Workbook

SHEET_TITLES = {
    "commune": "Xã", "village": "Thôn", "assessment": "Chỉ tiêu", "attachment": "Tệp đính kèm",
    "attachment_link": "Liên kết tệp", "infra_item": "Hạ tầng", "project": "Dự án",
    "project_funding": "Nguồn vốn", "project_item": "Hạng mục dự án", "contribution": "Đóng góp",
    "survey": "Khảo sát hài lòng", "dossier_field": "Hồ sơ", "appraisal": "Thẩm định",
}
COLUMN_TITLES = {
    "id": "Mã định danh", "name": "Tên", "code": "Mã", "households": "Số hộ",
    "population": "Nhân khẩu", "date": "Ngày", "contributor": "Người/đơn vị đóng góp",
    "kind": "Loại", "quantity": "Số lượng", "unit": "Đơn vị tính", "value_vnd": "Giá trị (đồng)",
    "rate": "Đơn giá quy đổi", "village_id": "Thôn", "project_id": "Dự án",
    "receipt_no": "Số biên nhận", "note": "Ghi chú", "indicator_code": "Mã chỉ tiêu",
    "year": "Năm", "value": "Giá trị", "declared_status": "Tự đánh giá",
    "responsible": "Người phụ trách", "target_date": "Thời hạn", "created_at": "Tạo lúc",
    "updated_at": "Sửa lúc", "source": "Nguồn vốn", "amount": "Số tiền (đồng)",
    "total_investment": "Tổng mức đầu tư", "outstanding_debt": "Nợ đọng XDCB",
    # commune
    "province_code": "Mã tỉnh", "province_name": "Tỉnh", "old_code": "Mã xã trước 7/2025",
    "old_name": "Tên xã trước 7/2025", "old_district_code": "Mã huyện trước 7/2025",
    "old_district_name": "Huyện trước 7/2025", "region": "Vùng",
    "applied_region": "Vùng áp dụng mức đạt chuẩn", "commune_group": "Nhóm xã",
    "criteria_set": "Bộ tiêu chí", "overlay_id": "Bộ tiêu chí của tỉnh",
    "officer_name": "Cán bộ phụ trách", "officer_title": "Chức vụ",
    "target_year": "Năm phấn đấu đạt chuẩn", "recognised_year": "Năm được công nhận",
    "special_difficult": "Xã đặc biệt khó khăn", "border": "Xã biên giới", "ordering": "Thứ tự",
    # attachments
    "sha256": "SHA-256", "original_name": "Tên tệp gốc", "mime": "Kiểu tệp",
    "size": "Kích thước (byte)", "taken_at": "Thời điểm chụp", "gps_lat": "Vĩ độ (GPS)",
    "gps_lon": "Kinh độ (GPS)", "width": "Rộng (điểm ảnh)", "height": "Cao (điểm ảnh)",
    "attachment_id": "Tệp đính kèm", "entity": "Bảng", "entity_id": "Bản ghi",
    "caption": "Chú thích",
    # infrastructure, projects, contributions, survey, dossier, appraisal
    "condition": "Tình trạng", "lat": "Vĩ độ", "lon": "Kinh độ", "field": "Lĩnh vực",
    "start_date": "Ngày khởi công", "finish_date": "Ngày hoàn thành",
    "settlement": "Quyết toán", "state": "Trạng thái", "infra_id": "Công trình hạ tầng",
    "contributor_kind": "Hộ/tổ chức", "households_asked": "Số hộ được hỏi",
    "households_satisfied": "Số hộ hài lòng", "organised_by": "Đơn vị tổ chức", "key": "Khóa",
    "appraiser": "Người thẩm định", "appraiser_body": "Cơ quan thẩm định",
    "comment": "Nhận xét", "result": "Kết quả", "status": "Tình trạng thẩm định",
}
SHEET_TO_TABLE = {v: k for k, v in SHEET_TITLES.items()}
MAX_ROWS = 2_000_000


def _title(column: str) -> str:
    """Row-1 title of a column: Vietnamese, with the unit for infrastructure attributes."""
    if not column.startswith("attrs."):
        return COLUMN_TITLES.get(column, column)
    from ntm_desktop.core.model import INFRA_KINDS
    key = column[6:]
    attrs = [a for k in INFRA_KINDS.values() for a in k.attrs if a.key == key]
    if not attrs:
        return key
    labels = {a.label for a in attrs}
    label = attrs[0].label if len(labels) == 1 else {"level": "Cấp"}.get(key, attrs[0].label)
    return f"{label} ({attrs[0].unit})" if attrs[0].unit else label


def _columns(wb: Workbook, table: str) -> list[str]:
    cols = sorted(wb._columns(table) - {"attrs"}, key=lambda c: (c != "id", c))
    if table == "infra_item":
        keys = [r[0] for r in wb.conn.execute(
            "SELECT DISTINCT j.key FROM infra_item, json_each(infra_item.attrs) AS j "
            "WHERE json_valid(infra_item.attrs) ORDER BY 1")]
        cols += [f"attrs.{k}" for k in keys]
    return cols


def dump_xlsx(wb: Workbook, path: Path) -> None:
    """Write the workbook as .xlsx, row by row (temporary file, then rename)."""
    # openpyxl loads on first use (start-up time)
    from openpyxl import Workbook as XlsxBook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils.exceptions import IllegalCharacterError

    def write(fh: Any) -> None:
        book = XlsxBook(write_only=True)
        info = book.create_sheet("NTM")
        info.append(["format", interchange.FORMAT])
        info.append(["schema_version", SCHEMA_VERSION])
        bold = Font(bold=True)
        for table in DOMAIN_TABLES:
            sheet = book.create_sheet(SHEET_TITLES[table])
            sheet.freeze_panes = "A3"
            cols = _columns(wb, table)
            titles = [WriteOnlyCell(sheet, value=_title(c)) for c in cols]
            for cell in titles:
                cell.font = bold
            sheet.append(titles)
            sheet.append(cols)
            for r in interchange.iter_rows(wb, table):
                values = []
                for c in cols:
                    v = (r.get("attrs") or {}).get(c[6:]) if c.startswith("attrs.") else r.get(c)
                    if table == "dossier_field" and c == "value" and v is not None:
                        v = json.dumps(v, ensure_ascii=False)
                    if isinstance(v, str):
                        v = WriteOnlyCell(sheet, value=v)
                        v.data_type = "s"  # never a formula, even when the text starts with "="
                    values.append(v)
                sheet.append(values)
        book.save(fh)

    try:
        interchange.write_streamed(Path(path), write)
    except (IllegalCharacterError, ValueError) as exc:  # control characters in a text
        raise ValidationError(_N("errors", "Không ghi được Excel: {detail}"), code="xlsx_write",
                              args={"detail": str(exc)}) from exc


def _coerce(value: Any, coltype: str, column: str, where: str) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    elif isinstance(value, dt.date):
        value = value.isoformat()
    if coltype == "INTEGER":
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value.strip())
        return value  # validators report the bad value with the field name
    if coltype == "REAL":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return nfc(value) if isinstance(value, str) else value


def read_xlsx(path: Path, *, workbook: Workbook | None = None) -> dict[str, Any]:
    """Read an .xlsx written by :func:`dump_xlsx` (or the template) into an interchange doc
    (in memory: small files; :func:`load_xlsx_file` streams)."""
    return _read(path)[0]


def read_xlsx_lines(path: Path) -> tuple[dict[str, Any], dict[str, list[int]]]:
    """:func:`read_xlsx` plus the sheet line of every row read (table → lines)."""
    return _read(path)


def load_xlsx(wb: Workbook, path: Path,
              read: tuple[dict[str, Any], dict[str, list[int]]] | None = None) -> dict[str, int]:
    """``interchange.load`` of an .xlsx file; an error about a row names its sheet and line.
    ``read`` is what :func:`read_xlsx_lines` returned, when the file was read already."""
    doc, lines = read or _read(path)
    try:
        return interchange.load(wb, doc)
    except ValidationError as exc:
        _name_sheet_and_line(exc, lines)
        raise


def load_xlsx_file(wb: Workbook, path: Path) -> dict[str, int]:
    """:func:`load_xlsx` streamed: rows go one at a time to ``interchange.load_rows``; an error
    about a row names its sheet and line. Nothing is written unless every row is valid."""
    lines: dict[str, array[int]] = {}
    try:
        return interchange.load_rows(wb, _iter_rows(Path(path), lines))
    except ValidationError as exc:
        _name_sheet_and_line(exc, lines)
        raise


def scan_xlsx(path: Path) -> None:
    """Check that ``path`` opens as an .xlsx holding at least one sheet of the workbook, each
    with its two title rows, before anything is created (rows are checked while loading)."""
    book = _open(Path(path))
    try:
        found = False
        for sheet in book.worksheets:
            if sheet.title in SHEET_TO_TABLE:
                _keys(sheet.iter_rows(values_only=True, max_row=2), sheet.title)
                found = True
    except (zipfile.BadZipFile, OSError, KeyError) as exc:
        raise _broken(path) from exc
    finally:
        book.close()
    if not found:
        raise _no_sheets(Path(path))


_ROW_REF = re.compile(r"tables\.(\w+)\[(\d+)\](?:\.([\w.]+))?")


def _name_sheet_and_line(exc: ValidationError, lines: Mapping[str, Sequence[int]]) -> None:
    def place(m: re.Match[str]) -> str:
        table, i, column = m.group(1), int(m.group(2)), m.group(3)
        numbers = lines.get(table) or []
        if table not in SHEET_TITLES or i >= len(numbers):
            return m.group(0)
        out = f"trang “{SHEET_TITLES[table]}”, dòng {numbers[i]}"
        return f"{out}, cột {column}" if column else out

    exc.message = _ROW_REF.sub(place, exc.message)
    exc.args = (exc.message,)
    if exc.field:
        exc.field = _ROW_REF.sub(place, exc.field)
    exc.fmt_args = {k: _ROW_REF.sub(place, v) if isinstance(v, str) else v
                    for k, v in exc.fmt_args.items()}
    if (exc.template == "{where}.{field}: {message}"
            and str(exc.fmt_args.get("where", "")).startswith("trang ")):
        # a sheet and line read better with "cột": "trang “Đóng góp”, dòng 9, cột quantity: …"
        exc.template = _N("errors", "{where}, cột {field}: {message}")


def _open(path: Path) -> Any:
    # openpyxl loads on first use (start-up time)
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ValidationError(_N("errors", "Tệp Excel “{name}” hỏng hoặc không phải định dạng "
                                 ".xlsx."), code="bad_xlsx", args={"name": path.name}) from exc


def _broken(path: Path) -> ValidationError:
    return ValidationError(_N("errors", "Tệp Excel “{name}” bị cắt cụt hoặc hỏng."),
                           code="bad_xlsx", args={"name": Path(path).name})


def _no_sheets(path: Path) -> ValidationError:
    return ValidationError(_N("errors", "Tệp Excel “{name}” không có trang nào của sổ dữ liệu "
                              "NTM ({sheets})."), code="bad_xlsx",
                           args={"name": path.name, "sheets": ", ".join(SHEET_TITLES.values())})


def _keys(rows_iter: Iterator[Any], title: str) -> list[Any]:
    try:
        next(rows_iter)
        return list(next(rows_iter))
    except StopIteration:
        raise ValidationError(_N("errors", "Trang “{sheet}” thiếu dòng tiêu đề (dòng 2 là "
                                 "mã cột)."), code="bad_xlsx",
                              args={"sheet": str(title)}) from None


def _iter_rows(path: Path, lines: dict[str, array[int]]
               ) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """``(table, index in its table, row)`` for every data row of every NTM sheet, read one at a
    time, table by table in ``DOMAIN_TABLES`` order; ``lines[table]`` receives each row's sheet
    line (for messages)."""
    book = _open(path)
    types = _column_types()
    found = False
    try:
        for table in DOMAIN_TABLES:  # parents first, whatever the order of the sheets
            if SHEET_TITLES[table] not in book.sheetnames:
                continue
            sheet = book[SHEET_TITLES[table]]
            found = True
            rows_iter = sheet.iter_rows(values_only=True)
            keys = _keys(rows_iter, sheet.title)
            numbers = lines.setdefault(table, array("I"))
            for n, values in enumerate(rows_iter, start=3):
                if n > MAX_ROWS:
                    raise ValidationError(_N("errors", "Tệp Excel quá nhiều dòng."),
                                          code="too_large")
                if values is None or all(v is None or v == "" for v in values):
                    continue
                row = _row(table, keys, values, types, sheet.title, n)
                numbers.append(n)
                yield table, len(numbers) - 1, row
    except (zipfile.BadZipFile, OSError, KeyError) as exc:
        raise _broken(path) from exc
    finally:
        book.close()
    if not found:
        raise _no_sheets(path)


def _row(table: str, keys: list[Any], values: Sequence[Any], types: dict[str, dict[str, str]],
         title: str, n: int) -> dict[str, Any]:
    row: dict[str, Any] = {}
    attrs: dict[str, Any] = {}
    for key, value in zip(keys, values, strict=False):
        if not key:
            continue
        key = str(key)
        where = f"trang “{title}”, dòng {n}, cột {key}"
        if key.startswith("attrs."):
            if value is not None and value != "":
                attrs[key[6:]] = nfc(value) if isinstance(value, str) else value
            continue
        coltype = types.get(table, {}).get(key, "TEXT")
        if table == "dossier_field" and key == "value" and isinstance(value, str):
            try:
                row[key] = json.loads(value)
            except json.JSONDecodeError:
                row[key] = nfc(value)
            continue
        if key in BOOL_COLUMNS.get(table, ()):
            row[key] = None if value in (None, "") else bool(value)
            continue
        row[key] = _coerce(value, coltype, key, where)
    if table == "infra_item":
        row["attrs"] = attrs
    _fill_new_row(table, row)
    return row


def _read(path: Path) -> tuple[dict[str, Any], dict[str, list[int]]]:
    lines: dict[str, array[int]] = {}
    tables: dict[str, list[dict[str, Any]]] = {}
    for table, _i, row in _iter_rows(Path(path), lines):
        tables.setdefault(table, []).append(row)
    for table in lines:
        tables.setdefault(table, [])
    return ({"format": interchange.FORMAT, "schema_version": SCHEMA_VERSION, "tables": tables},
            {t: list(v) for t, v in lines.items()})


# Namespace of the ids given to rows typed into the template without one (uuid5 of the content).
_NEW_ROW_NS = uuid.UUID("5b0c2f4e-6a1d-4b8e-9a57-2f6c1d0e8a31")


def _fill_new_row(table: str, row: dict[str, Any]) -> None:
    """A row typed into the sheet without id gets one derived from its content, so loading the
    same file again finds it (no duplicate); empty timestamps are left to the store."""
    for key in ("created_at", "updated_at"):
        if row.get(key) in (None, ""):
            row.pop(key, None)
    if row.get("id") in (None, ""):
        content = {k: v for k, v in row.items() if k != "id" and v not in (None, "", {})}
        text = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
        row["id"] = str(uuid.uuid5(_NEW_ROW_NS, f"{table}|{text}"))


_TYPES: dict[str, dict[str, str]] = {}


def _column_types() -> dict[str, dict[str, str]]:
    """Declared column types from a scratch in-memory schema."""
    if not _TYPES:
        import sqlite3

        from sqlite_utils import Database

        from ntm_desktop.store.migrations import migrations
        db = Database(sqlite3.connect(":memory:"))
        migrations.apply(db)
        for t in DOMAIN_TABLES:
            _TYPES[t] = {r["name"]: (r["type"] or "TEXT").upper()
                         for r in db.query(f"PRAGMA table_info([{t}])")}
        db.conn.close()
    return _TYPES
