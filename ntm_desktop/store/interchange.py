"""The JSON interchange format for a whole workbook (``docs/interchange-format.md``).

``dump`` writes every domain table (rows sorted by id, timestamps kept; no journal, no local
settings), ``load`` validates every row first and then upserts them by UUID in one transaction:
dump → load into a fresh workbook → dump gives the same document.

Both directions stream, so memory stays bounded whatever the number of rows (a commune with
300,000 contributions: ``benchmarks/size_bench.py``):

* :func:`dump_file` writes one row at a time from an SQL cursor into a temporary file, renamed
  into place at the end; the bytes are those of :func:`dump_bytes` (indent 1, keys sorted).
* :func:`load_file` first reads the file once with an incremental parser (ijson), checking UTF-8
  on the way, the header and the table names (:func:`scan_file`: broken JSON is reported before
  anything is written or created); then it reads it again table by table in
  :data:`DOMAIN_TABLES` order (parents first, as the journal and the hub's replicas need), each
  row built by the C parser, checked and upserted at once, all in one transaction: a bad row or
  reference rolls everything back.
* :func:`read_file` / :func:`load` keep the whole document in memory (small documents: the demo
  commune, the GUI preview); :func:`load` goes through the same row checks and writes.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import math
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import ijson

from ntm_desktop.core import model
from ntm_desktop.core.canonical import canonical_json, json_error_reason
from ntm_desktop.core.errors import ValidationError, os_reason
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import nfc
from ntm_desktop.store.schema import DOMAIN_TABLES, SCHEMA_VERSION
from ntm_desktop.store.workbook import Workbook

FORMAT = "ntm-workbook/1"
MAX_FILE_BYTES = 512 * 1024 * 1024
# A broken JSON file up to this size is parsed again in memory to name the line and column.
PRECISE_ERROR_BYTES = 32 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024
# Rows the first reading of a file keeps for the second (small tables: no extra pass over the file)
KEEP_ROWS = 20_000

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
    """The whole document in memory (small workbooks and tests; files use :func:`dump_file`)."""
    tables = {t: wb.rows(t, order_by="id") for t in DOMAIN_TABLES}
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "tables": tables}


def dump_bytes(wb: Workbook) -> bytes:
    return json.dumps(dump(wb), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def iter_rows(wb: Workbook, table: str) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` sorted by id, decoded, one at a time (an SQL cursor)."""
    cur = wb.conn.execute(f"SELECT * FROM [{table}] ORDER BY id")
    names = [d[0] for d in cur.description]
    for values in cur:
        yield wb.decode(table, dict(zip(names, values, strict=True)))


def iter_dump_chunks(wb: Workbook) -> Iterator[str]:
    """The text of :func:`dump_bytes`, row by row: ``json.dumps(doc, indent=1, sort_keys=True)``
    written out by hand around each row's own ``json.dumps`` (same bytes)."""
    def enc(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)

    yield "{\n"
    yield f' "format": {enc(FORMAT)},\n'
    yield f' "schema_version": {enc(SCHEMA_VERSION)},\n'
    yield ' "tables": {'
    for t, table in enumerate(sorted(DOMAIN_TABLES)):
        yield ("," if t else "") + f"\n  {enc(table)}: ["
        n = 0
        for row in iter_rows(wb, table):
            yield ("," if n else "") + "\n   " + enc(row).replace("\n", "\n   ")
            n += 1
        yield "\n  ]" if n else "]"
    yield "\n }\n}"


def dump_file(wb: Workbook, path: Path) -> None:
    """Write the document to ``path`` row by row (a temporary file in the same folder, fsynced,
    then renamed). Raises StorageError (``write_failed``) when the file cannot be written."""
    path = Path(path)

    def write(fh: Any) -> None:
        buf: list[str] = []
        size = 0
        for chunk in iter_dump_chunks(wb):
            buf.append(chunk)
            size += len(chunk)
            if size >= CHUNK_BYTES:
                fh.write("".join(buf).encode("utf-8"))
                buf, size = [], 0
        fh.write("".join(buf).encode("utf-8"))

    write_streamed(path, write)


def write_streamed(path: Path, write: Callable[[Any], None]) -> None:
    """Call ``write(binary file)`` on a temporary file next to ``path``, fsync, rename it over
    ``path``; on any error the temporary file is removed and ``path`` is left as it was."""
    from ntm_desktop.core.errors import StorageError
    for stale in path.parent.glob(f".{path.name}.*.partial"):  # left by a killed run
        with contextlib.suppress(OSError):
            stale.unlink()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with open(tmp, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageError(_N("errors", "Không ghi được tệp {path}: {detail}"),
                           code="write_failed",
                           args={"path": str(path), "detail": os_reason(exc)}) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


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
                                    "column": str(exc.colno),
                                    "detail": json_error_reason(exc)}) from None
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
                              args={"path": str(path), "detail": os_reason(exc)}) from None
    return parse_bytes(data, f"Tệp {path.name}")


class _Loader:
    """Rows checked one at a time and, with ``write``, upserted at once (the caller holds the
    transaction). Rows must come table by table in :data:`DOMAIN_TABLES` order, parents first,
    so that a reference is checked against rows already seen (or stored) and the journal never
    names a row before the row it refers to (the hub's replicas apply it in order).

    Memory holds only the ids seen per table and the distinct references already resolved."""

    def __init__(self, wb: Workbook, *, write: bool):
        self.wb = wb
        self.write = write
        self.ids: dict[str, set[str]] = {t: set() for t in DOMAIN_TABLES}
        self.resolved: set[tuple[str, str]] = set()
        self.columns = {t: wb._columns(t) for t in DOMAIN_TABLES}
        self.current = wb.commune()
        self.counts = {t: 0 for t in DOMAIN_TABLES}
        self.cleaned: dict[str, list[dict[str, Any]]] = {t: [] for t in DOMAIN_TABLES}
        self.table_at = -1
        self.stored_ids: set[str] = set()
        # The workbook keeps each entry of a transaction for its commit listeners (page refresh,
        # undo); with none registered (the CLI), a bulk load must not hold them all.
        self.keep_entries = bool(wb.listeners)

    def add(self, table: str, i: int, row: Any) -> None:
        """Check row ``i`` of ``table`` (messages name ``tables.<table>[i]``), then write it."""
        at = DOMAIN_TABLES.index(table)
        if at < self.table_at:
            raise ValueError(f"rows of {table} after rows of {DOMAIN_TABLES[self.table_at]}")
        if at != self.table_at:
            self.table_at = at
            if self.write:
                self.stored_ids = {r[0] for r in self.wb.conn.execute(
                    f"SELECT id FROM [{table}]")}
        clean = self._check(table, i, row)
        if self.write:
            self._put(table, clean)
        else:
            self.cleaned[table].append(clean)

    def _check(self, table: str, i: int, row: Any) -> dict[str, Any]:
        where = f"tables.{table}[{i}]"
        if not isinstance(row, dict) or not isinstance(row.get("id"), str) or not row["id"]:
            raise ValidationError(_N("errors", "{where}: mỗi dòng phải có “id”."),
                                  field=where, code="bad_row", args={"where": where})
        seen = self.ids[table]
        if row["id"] in seen:
            raise ValidationError(_N("errors", "{where}: trùng id {id}."), field=where,
                                  code="duplicate", args={"where": where, "id": row["id"]})
        extra = set(row) - self.columns[table]
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
        seen.add(row["id"])
        for col, target in REFERENCES.get(table, {}).items():
            ref = clean.get(col)
            if ref is None or (target, ref) in self.resolved:
                continue
            if ref not in self.ids[target] and self.wb.conn.execute(
                    f"SELECT 1 FROM [{target}] WHERE id = ?", [ref]).fetchone() is None:
                raise ValidationError(
                    _N("errors", "{where}: tham chiếu tới “{ref}” không có trong {target}."),
                    code="bad_reference",
                    args={"where": f"{where}.{col}", "ref": str(ref), "target": target})
            self.resolved.add((target, ref))
        if table == "commune":
            if len(seen) > 1:
                raise ValidationError(_N("errors", "Một sổ dữ liệu chỉ có một xã."),
                                      code="bad_format")
            if self.current and clean["id"] != self.current["id"]:
                raise ValidationError(_N("errors", "Tệp thuộc xã khác ({incoming}); sổ dữ liệu "
                                         "này của {current}."), code="other_commune",
                                      args={"incoming": _commune_label(clean),
                                            "current": _commune_label(self.current)})
        return clean

    def _put(self, table: str, row: dict[str, Any]) -> None:
        """Upsert by id; a row identical to the stored one is skipped (no journal entry)."""
        wb = self.wb
        if not self.keep_entries and len(wb._committed) >= 1000:
            wb._committed.clear()
        if row["id"] not in self.stored_ids:
            wb.put(table, row, keep_timestamps=True, known_new=True)
            self.counts[table] += 1
            return
        old = wb.get(table, row["id"])
        if old is not None and canonical_json(old) == canonical_json(
                wb.decode(table, wb.encode(table, {**old, **row}))):
            return
        wb.put(table, row, keep_timestamps=True)
        self.counts[table] += 1


def _header_checks(fmt: Any, version: Any) -> None:
    if fmt != FORMAT:
        raise ValidationError(_N("errors", "Không phải tệp sổ dữ liệu NTM (cần format = "
                                 "“{format}”)."), code="bad_format", args={"format": FORMAT})
    if not isinstance(version, int) or isinstance(version, bool) or version > SCHEMA_VERSION:
        raise ValidationError(_N("errors", "Tệp được tạo bởi phiên bản mới hơn; hãy cập nhật "
                                 "NTM Desktop."),
                              code="newer_schema")


def _check_table_name(table: Any) -> None:
    if table not in DOMAIN_TABLES:
        raise ValidationError(_N("errors", "Bảng không xác định: {tables}."), code="bad_format",
                              args={"tables": str(table)})


def _not_a_list(table: str) -> ValidationError:
    return ValidationError(_N("errors", "tables.{table} phải là một danh sách."),
                           code="bad_format", args={"table": table})


def _missing_tables() -> ValidationError:
    return ValidationError(_N("errors", "Thiếu phần “tables”."), code="bad_format")


def _doc_rows(doc: Any) -> Iterator[tuple[str, int, Any]]:
    """The rows of an in-memory document, table by table in :data:`DOMAIN_TABLES` order, after
    its header and table names have been checked."""
    if not isinstance(doc, dict):
        _header_checks(None, None)
    _header_checks(doc.get("format"), doc.get("schema_version"))
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise _missing_tables()
    unknown = set(tables) - set(DOMAIN_TABLES)
    if unknown:
        raise ValidationError(_N("errors", "Bảng không xác định: {tables}."), code="bad_format",
                              args={"tables": ", ".join(sorted(unknown))})
    for table in DOMAIN_TABLES:
        if not isinstance(tables.get(table, []), list):
            raise _not_a_list(table)
    for table in DOMAIN_TABLES:
        for i, row in enumerate(tables.get(table, [])):
            yield table, i, row


def validate_document(wb: Workbook, doc: Any) -> dict[str, list[dict[str, Any]]]:
    """Check the whole document; returns cleaned rows per table or raises ValidationError."""
    loader = _Loader(wb, write=False)
    for table, i, row in _doc_rows(doc):
        loader.add(table, i, row)
    return loader.cleaned


def _commune_label(c: dict[str, Any]) -> str:
    """Name, code and id: two workbooks made separately for one commune share name and code."""
    return f"{c.get('name')}, {c.get('code')}, id {str(c.get('id'))[:8]}"


def load(wb: Workbook, doc: Any) -> dict[str, int]:
    """Check and upsert every row by id in one transaction (all or nothing). Returns rows
    written per table. Rows identical to the stored ones are skipped (no journal entry)."""
    return load_rows(wb, _doc_rows(doc))


def load_rows(wb: Workbook, rows: Iterable[tuple[str, int, Any]]) -> dict[str, int]:
    """:func:`load` of rows coming one at a time as ``(table, index in its table, row)``, table
    by table in :data:`DOMAIN_TABLES` order (the JSON file and Excel readers)."""
    with wb.atomic():
        loader = _Loader(wb, write=True)
        for table, i, row in rows:
            loader.add(table, i, row)
    return loader.counts


# ----------------------------------------------------------------------------- streaming JSON
class _Utf8Reader:
    """A binary file that checks UTF-8 as it is read (exact byte position of a bad byte), drops
    a leading byte-order mark and notes whether anything but white space was seen."""

    def __init__(self, fh: Any, name: str):
        self.fh, self.name = fh, name
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.offset = 0
        self.content = False

    def read(self, size: int = -1) -> bytes:
        data = self.fh.read(CHUNK_BYTES if size is None or size < 0 else size)
        if self.offset == 0 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
            self.offset = 3
        try:
            self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data":  # cut inside a multi-byte letter
                raise ValidationError(_N("errors", "{name} bị cắt cụt (kết thúc giữa chừng); "
                                         "hãy lấy lại tệp đầy đủ."), code="bad_json",
                                      args={"name": self.name}) from None
            raise ValidationError(_N("errors", "{name} không phải UTF-8 (byte lỗi ở vị trí "
                                     "{position}). Hãy lưu lại tệp với bảng mã UTF-8 "
                                     "(Unicode)."), code="bad_encoding",
                                  args={"name": self.name,
                                        "position": str(self.offset + exc.start)}) from None
        if not self.content and data.strip():
            self.content = True
        self.offset += len(data)
        return data


def _events(path: Path, name: str) -> Iterator[tuple[str, str, Any]]:
    """ijson's (prefix, event, value) of the file; broken JSON → ValidationError ``bad_json``
    naming the line and column (files up to :data:`PRECISE_ERROR_BYTES`) or the byte offset."""
    with open(path, "rb") as fh:
        reader = _Utf8Reader(fh, name)
        try:
            yield from ijson.parse(reader, buf_size=CHUNK_BYTES, use_float=True)
        except ijson.JSONError as exc:
            if not reader.content:
                raise ValidationError(_N("errors", "{name} rỗng."), code="empty_file",
                                      args={"name": name}) from None
            if path.stat().st_size <= PRECISE_ERROR_BYTES:
                parse_bytes(path.read_bytes(), name)  # raises with the line and column
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            raise ValidationError(_N("errors", "{name} không phải JSON hợp lệ (lỗi trong khoảng "
                                     "byte {position}): {detail}."), code="bad_json",
                                  args={"name": name, "position": str(reader.offset),
                                        "detail": detail}) from None
    if not reader.content:
        raise ValidationError(_N("errors", "{name} rỗng."), code="empty_file",
                              args={"name": name})


class Scan:
    """What :func:`scan_file` found: the file's display name, the tables it holds, and the rows
    of the small tables (kept while the scan read them, up to :data:`KEEP_ROWS` in all); a
    table not in ``rows`` is read again from the file."""

    def __init__(self, name: str, tables: list[str], rows: dict[str, list[Any]]):
        self.name, self.tables, self.rows = name, tables, rows


def scan_file(path: Path) -> Scan:
    """Check that ``path`` is a readable interchange file within the size limit, valid UTF-8 and
    JSON, of this format, not from a newer version, with known tables each holding a list —
    reading it once, keeping only the rows of small tables; nothing is written (call it before
    creating a workbook). Raises ValidationError (broken JSON before a bad header)."""
    path = Path(path)
    name = _check_size(path)
    header: dict[str, Any] = {}
    tables: list[str] = []
    tables_kind: str | None = None
    kinds: dict[str, str] = {}
    first: str | None = None
    kept: dict[str, list[Any]] = {}
    budget = KEEP_ROWS
    table: str | None = None  # the table whose rows are being kept
    item_prefix = ""
    builder: Any = None
    depth = 0
    for prefix, event, value in _events(path, name):
        if builder is not None:  # inside a kept row
            builder.event(event, value)
            if event in ("start_map", "start_array"):
                depth += 1
            elif event in ("end_map", "end_array"):
                depth -= 1
            if depth == 0:
                kept[table].append(builder.value)  # type: ignore[index]
                builder = None
            continue
        if first is None:
            first = event
        if prefix == "tables":
            if tables_kind is None:
                tables_kind = event
            if event == "map_key":
                tables.append(value)
                table = None
        elif prefix in ("format", "schema_version"):
            header[prefix] = nfc(value) if isinstance(value, str) else value
        elif tables and prefix == f"tables.{tables[-1]}":
            if tables[-1] not in kinds:
                kinds[tables[-1]] = event
                if event == "start_array" and tables[-1] not in kept:
                    table, item_prefix = tables[-1], f"tables.{tables[-1]}.item"
                    kept[table] = []
        elif table is not None and prefix == item_prefix:
            if budget <= 0:  # too many rows to keep: this table is read again later
                del kept[table]
                table = None
                continue
            budget -= 1
            if event in ("start_map", "start_array"):
                builder, depth = ijson.ObjectBuilder(), 1
                builder.event(event, value)
            else:
                kept[table].append(value)
    if first != "start_map":
        _header_checks(None, None)
    _header_checks(header.get("format"), header.get("schema_version"))
    if tables_kind != "start_map":
        raise _missing_tables()
    unknown = set(tables) - set(DOMAIN_TABLES)
    if unknown:
        raise ValidationError(_N("errors", "Bảng không xác định: {tables}."), code="bad_format",
                              args={"tables": ", ".join(sorted(unknown))})
    for t in DOMAIN_TABLES:
        if t in kinds and kinds[t] != "start_array":
            raise _not_a_list(t)
    if len(tables) != len(set(tables)):  # a key given twice: read from the file, as the parser does
        for t in tables:
            if tables.count(t) > 1:
                kept.pop(t, None)
    return Scan(name, tables, kept)


def _file_rows(path: Path, scan: Scan) -> Iterator[tuple[str, int, Any]]:
    """The file's rows table by table in :data:`DOMAIN_TABLES` order: the small tables from the
    scan, each other table by one more pass of the C parser (each row built in C), so memory
    holds the small tables and one row at a time. Every row is NFC-normalised."""
    for table in DOMAIN_TABLES:
        if table not in scan.tables:
            continue
        if table in scan.rows:
            for i, row in enumerate(scan.rows[table]):
                yield table, i, _nfc_deep(row)
            continue
        with open(path, "rb") as fh:
            reader = _Utf8Reader(fh, scan.name)
            items = ijson.items(reader, f"tables.{table}.item", use_float=True,
                                buf_size=CHUNK_BYTES)
            for i, row in enumerate(items):
                yield table, i, _nfc_deep(row)


def _check_size(path: Path) -> str:
    name = f"Tệp {path.name}"
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(_N("errors", "Không đọc được tệp {path}: {detail}"),
                              code="unreadable",
                              args={"path": str(path), "detail": os_reason(exc)}) from None
    if size > MAX_FILE_BYTES:
        raise ValidationError(_N("errors", "Tệp {name} quá lớn."), code="too_large",
                              args={"name": path.name})
    return name


def load_file(wb: Workbook, path: Path, scan: Scan | None = None) -> dict[str, int]:
    """:func:`load` of an interchange file, streamed (memory bounded by the largest row, not the
    file): checked by :func:`scan_file` (unless ``scan`` is its result), then read table by
    table. Errors name ``tables.<table>[i]`` as :func:`load` does; nothing is written unless
    every row and reference is valid (one transaction)."""
    path = Path(path)
    scan = scan or scan_file(path)
    try:
        return load_rows(wb, _file_rows(path, scan))
    except OSError as exc:
        raise ValidationError(_N("errors", "Không đọc được tệp {path}: {detail}"),
                              code="unreadable",
                              args={"path": str(path), "detail": os_reason(exc)}) from None
