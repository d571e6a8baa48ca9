"""The JSON interchange format for a whole workbook (``docs/interchange-format.md``).

``dump`` writes every domain table (rows sorted by id, timestamps kept; no journal, no local
settings), ``load`` validates every row first and then upserts them by UUID in one transaction:
dump → load into a fresh workbook → dump gives the same document.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from ntm_desktop.core import model
from ntm_desktop.core.canonical import canonical_json
from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import nfc
from ntm_desktop.store.schema import DOMAIN_TABLES, SCHEMA_VERSION
from ntm_desktop.store.workbook import Workbook, atomic_write_bytes

FORMAT = "ntm-workbook/1"
MAX_FILE_BYTES = 512 * 1024 * 1024

VALIDATORS = {
    "commune": model.validate_commune,
    "village": model.validate_village,
    "assessment": model.validate_assessment,
    "infra_item": model.validate_infra,
    "project": model.validate_project,
    "project_funding": model.validate_funding,
    "contribution": model.validate_contribution,
    "survey": model.validate_survey,
}
REFERENCES = {  # table → {column: referenced table}
    "attachment_link": {"attachment_id": "attachment"},
    "infra_item": {"village_id": "village"},
    "project_funding": {"project_id": "project"},
    "project_item": {"project_id": "project", "infra_id": "infra_item"},
    "contribution": {"village_id": "village", "project_id": "project"},
}


def dump(wb: Workbook) -> dict[str, Any]:
    tables = {t: wb.rows(t, order_by="id") for t in DOMAIN_TABLES}
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "tables": tables}


def dump_bytes(wb: Workbook) -> bytes:
    return json.dumps(dump(wb), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def dump_file(wb: Workbook, path: Path) -> None:
    atomic_write_bytes(Path(path), dump_bytes(wb))


def _nfc_deep(obj: Any) -> Any:
    if isinstance(obj, str):
        return nfc(obj)
    if isinstance(obj, list):
        return [_nfc_deep(x) for x in obj]
    if isinstance(obj, dict):
        return {nfc(k): _nfc_deep(v) for k, v in obj.items()}
    if isinstance(obj, float) and (math.isnan(obj) or math.isinf(obj)):
        raise ValidationError(_N("errors", "Tệp chứa số không hợp lệ (NaN hoặc vô cực)."),
                              code="bad_number")
    return obj


def parse_bytes(data: bytes, name: str = "tệp") -> dict[str, Any]:
    """Decode UTF-8 JSON strictly; messages name the line and column."""
    if not data.strip():
        raise ValidationError(_N("errors", "{name} rỗng."), code="empty_file",
                              args={"name": name})
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # cut inside a multi-byte letter
            raise ValidationError(_N("errors", "{name} bị cắt cụt (kết thúc giữa chừng); hãy lấy "
                                     "lại tệp đầy đủ."), code="bad_json",
                                  args={"name": name}) from None
        raise ValidationError(_N("errors", "{name} không phải UTF-8 (byte lỗi ở vị trí "
                                 "{position}). Hãy lưu lại tệp với bảng mã UTF-8 (Unicode)."),
                              code="bad_encoding",
                              args={"name": name, "position": str(exc.start)}) from None

    def bad_constant(c: str) -> Any:
        raise ValidationError(_N("errors", "{name} chứa giá trị không hợp lệ: {value}"),
                              code="bad_number", args={"name": name, "value": str(c)})

    try:
        doc = json.loads(text, parse_constant=bad_constant)
    except json.JSONDecodeError as exc:
        raise ValidationError(_N("errors", "{name} không phải JSON hợp lệ: dòng {line}, cột "
                                 "{column}: {detail}."), code="bad_json",
                              args={"name": name, "line": str(exc.lineno),
                                    "column": str(exc.colno), "detail": exc.msg}) from None
    return _nfc_deep(doc)


def read_file(path: Path) -> dict[str, Any]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError(_N("errors", "Tệp {name} quá lớn."), code="too_large",
                                  args={"name": path.name})
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(_N("errors", "Không đọc được tệp {path}: {detail}"),
                              code="unreadable",
                              args={"path": str(path), "detail": str(exc.strerror)}) from None
    return parse_bytes(data, f"Tệp {path.name}")


def validate_document(wb: Workbook, doc: Any) -> dict[str, list[dict[str, Any]]]:
    """Check the whole document; returns cleaned rows per table or raises ValidationError."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError(_N("errors", "Không phải tệp sổ dữ liệu NTM (cần format = "
                                 "“{format}”)."), code="bad_format", args={"format": FORMAT})
    if not isinstance(doc.get("schema_version"), int) or doc["schema_version"] > SCHEMA_VERSION:
        raise ValidationError(_N("errors", "Tệp được tạo bởi phiên bản mới hơn; hãy cập nhật "
                                 "NTM Desktop."),
                              code="newer_schema")
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise ValidationError(_N("errors", "Thiếu phần “tables”."), code="bad_format")
    unknown = set(tables) - set(DOMAIN_TABLES)
    if unknown:
        raise ValidationError(_N("errors", "Bảng không xác định: {tables}."), code="bad_format",
                              args={"tables": ", ".join(sorted(unknown))})
    cleaned: dict[str, list[dict[str, Any]]] = {}
    ids: dict[str, set[str]] = {}
    for table in DOMAIN_TABLES:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            raise ValidationError(_N("errors", "tables.{table} phải là một danh sách."),
                                  code="bad_format", args={"table": table})
        columns = wb._columns(table)
        out = []
        seen: set[str] = set()
        for i, row in enumerate(rows):
            where = f"tables.{table}[{i}]"
            if not isinstance(row, dict) or not isinstance(row.get("id"), str) or not row["id"]:
                raise ValidationError(_N("errors", "{where}: mỗi dòng phải có “id”."),
                                      field=where, code="bad_row", args={"where": where})
            if row["id"] in seen:
                raise ValidationError(_N("errors", "{where}: trùng id {id}."), field=where,
                                      code="duplicate", args={"where": where, "id": row["id"]})
            seen.add(row["id"])
            extra = set(row) - columns
            if extra:
                raise ValidationError(_N("errors", "{where}: trường không xác định {fields}."),
                                      field=where, code="bad_row",
                                      args={"where": where, "fields": ", ".join(sorted(extra))})
            validator = VALIDATORS.get(table)
            try:
                clean = validator(row) if validator else dict(row)
            except ValidationError as exc:
                # The row's own (already filled) message goes in as {message}.
                raise ValidationError(_N("errors", "{where}.{field}: {message}"), field=where,
                                      code=exc.code,
                                      args={"where": where, "field": str(exc.field),
                                            "message": exc.message}) from None
            out.append(clean)
        ids[table] = seen
        cleaned[table] = out
    existing_cache: dict[str, set[str]] = {}
    for table, refs in REFERENCES.items():
        for i, row in enumerate(cleaned.get(table, [])):
            for col, target in refs.items():
                ref = row.get(col)
                if ref is None or ref in ids.get(target, set()):
                    continue
                if target not in existing_cache:
                    existing_cache[target] = {r["id"] for r in wb.db.query(
                        f"SELECT id FROM [{target}]")}
                if ref not in existing_cache[target]:
                    raise ValidationError(
                        _N("errors", "{where}: tham chiếu tới “{ref}” không có trong {target}."),
                        code="bad_reference",
                        args={"where": f"tables.{table}[{i}].{col}", "ref": str(ref),
                              "target": target})
    if len(cleaned.get("commune", [])) > 1:
        raise ValidationError(_N("errors", "Một sổ dữ liệu chỉ có một xã."), code="bad_format")
    return cleaned


def _commune_label(c: dict[str, Any]) -> str:
    """Name, code and id: two workbooks made separately for one commune share name and code."""
    return f"{c.get('name')}, {c.get('code')}, id {str(c.get('id'))[:8]}"


def load(wb: Workbook, doc: Any) -> dict[str, int]:
    """Validate then upsert every row by id in one transaction. Returns rows written per table.

    Rows identical to the stored ones are skipped (no journal entry).
    """
    cleaned = validate_document(wb, doc)
    current = wb.commune()
    incoming = cleaned.get("commune", [])
    if current and incoming and incoming[0]["id"] != current["id"]:
        raise ValidationError(_N("errors", "Tệp thuộc xã khác ({incoming}); sổ dữ liệu này của "
                                 "{current}."), code="other_commune",
                              args={"incoming": _commune_label(incoming[0]),
                                    "current": _commune_label(current)})
    counts = {t: 0 for t in DOMAIN_TABLES}
    with wb.atomic():
        for table in DOMAIN_TABLES:
            stored_ids = {r[0] for r in wb.db.conn.execute(f"SELECT id FROM [{table}]")}
            for row in cleaned[table]:
                if row["id"] not in stored_ids:
                    wb.put(table, row, keep_timestamps=True, known_new=True)
                    counts[table] += 1
                    continue
                old = wb.get(table, row["id"])
                if old is not None and canonical_json(old) == canonical_json(
                        wb.decode(table, wb.encode(table, {**old, **row}))):
                    continue
                wb.put(table, row, keep_timestamps=True)
                counts[table] += 1
    return counts
