"""The JSON interchange format for a whole workbook (``docs/interchange-format.md``).

``dump`` writes every domain table (rows sorted by id, timestamps kept; no journal, no local
settings), ``load`` validates every row first and then upserts them by UUID in one transaction:
dump → load into a fresh workbook → dump gives the same document.

Both directions stream, so memory stays bounded whatever the number of rows (a commune with
300,000 contributions: ``benchmarks/size_bench.py``):

* :func:`dump_file` writes one row at a time from an SQL cursor into a temporary file, renamed
  into place at the end; the bytes are those of :func:`dump_bytes` (indent 1, keys sorted).
* :func:`load_file` reads the file once with an incremental parser (ijson), checking UTF-8 on
  the way; each row is validated as it comes and put in a temporary staging database (so a bad
  row, a bad reference or broken JSON is reported before anything is written), then the rows
  are written table by table in :data:`DOMAIN_TABLES` order (parents first, as the journal and
  the hub's replicas need) in one transaction.
* :func:`read_file` / :func:`load` keep the whole document in memory (small documents: the demo
  commune, the GUI preview); :func:`load` goes through the same staging and rules.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import math
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import ijson

from ntm_desktop.core import model
from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import nfc
from ntm_desktop.store.journal import canonical_json
from ntm_desktop.store.schema import DOMAIN_TABLES, SCHEMA_VERSION
from ntm_desktop.store.workbook import Workbook

FORMAT = "ntm-workbook/1"
MAX_FILE_BYTES = 512 * 1024 * 1024
# A broken JSON file up to this size is parsed again in memory to name the line and column.
PRECISE_ERROR_BYTES = 32 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024

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
    cur = wb.db.conn.execute(f"SELECT * FROM [{table}] ORDER BY id")
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
                           args={"path": str(path), "detail": str(exc.strerror or exc)}) from exc
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


class _Stage:
    """Rows validated one at a time and kept in a temporary SQLite file until every row and
    reference has been checked; then handed out table by table in :data:`DOMAIN_TABLES` order.

    Memory holds only the ids seen per table (for duplicates and references) and one entry per
    distinct unresolved reference."""

    def __init__(self, wb: Workbook):
        self.wb = wb
        fd, name = tempfile.mkstemp(prefix="ntm-load-", suffix=".sqlite")
        os.close(fd)
        self.path = Path(name)
        self.db = sqlite3.connect(name, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute("CREATE TABLE row (tbl TEXT NOT NULL, i INTEGER NOT NULL, data TEXT NOT "
                        "NULL, PRIMARY KEY (tbl, i)) WITHOUT ROWID")
        self.db.execute("BEGIN")
        self.ids: dict[str, set[str]] = {t: set() for t in DOMAIN_TABLES}
        self.refs: dict[tuple[str, str], str] = {}  # (target table, id) → first place using it
        self.commune: dict[str, Any] | None = None
        self.columns = {t: wb._columns(t) for t in DOMAIN_TABLES}

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        with contextlib.suppress(OSError):
            self.path.unlink()

    def __enter__(self) -> _Stage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, table: str, i: int, row: Any) -> None:
        """Validate row ``i`` of ``table`` (messages name ``tables.<table>[i]``) and stage it."""
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
            if ref is not None:
                self.refs.setdefault((target, ref), f"{where}.{col}")
        if table == "commune":
            if self.commune is not None:
                raise ValidationError(_N("errors", "Một sổ dữ liệu chỉ có một xã."),
                                      code="bad_format")
            self.commune = clean
        self.db.execute("INSERT INTO row(tbl, i, data) VALUES (?, ?, ?)",
                        [table, i, json.dumps(clean, ensure_ascii=False)])

    def check_references(self) -> None:
        """Every reference points to a row of the document or of the workbook."""
        for (target, ref), place in self.refs.items():
            if ref in self.ids[target]:
                continue
            if self.wb.db.conn.execute(f"SELECT 1 FROM [{target}] WHERE id = ?",
                                       [ref]).fetchone() is None:
                raise ValidationError(
                    _N("errors", "{where}: tham chiếu tới “{ref}” không có trong {target}."),
                    code="bad_reference",
                    args={"where": place, "ref": str(ref), "target": target})

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        for (data,) in self.db.execute("SELECT data FROM row WHERE tbl = ? ORDER BY i",
                                       [table]):
            yield json.loads(data)

    def write(self) -> dict[str, int]:
        """Upsert every staged row by id in one transaction (parents first); rows identical to
        the stored ones are skipped (no journal entry). Returns rows written per table."""
        wb = self.wb
        current = wb.commune()
        incoming = self.commune
        if current and incoming and incoming["id"] != current["id"]:
            raise ValidationError(_N("errors", "Tệp thuộc xã khác ({incoming}); sổ dữ liệu này "
                                     "của {current}."), code="other_commune",
                                  args={"incoming": _commune_label(incoming),
                                        "current": _commune_label(current)})
        counts = {t: 0 for t in DOMAIN_TABLES}
        # The workbook keeps each entry of a transaction for its commit listeners (page refresh,
        # undo); with none registered (the CLI), a bulk load must not hold them all.
        keep = bool(wb.listeners)
        with wb.atomic():
            for table in DOMAIN_TABLES:
                stored_ids = {r[0] for r in wb.db.conn.execute(f"SELECT id FROM [{table}]")}
                for row in self.rows(table):
                    if not keep and len(wb._committed) >= 1000:
                        wb._committed.clear()
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


def _stage_document(stage: _Stage, doc: Any) -> None:
    """Stage an in-memory document (header first, as :func:`validate_document` always did)."""
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
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            raise _not_a_list(table)
        for i, row in enumerate(rows):
            stage.add(table, i, row)


def validate_document(wb: Workbook, doc: Any) -> dict[str, list[dict[str, Any]]]:
    """Check the whole document; returns cleaned rows per table or raises ValidationError."""
    with _Stage(wb) as stage:
        _stage_document(stage, doc)
        stage.check_references()
        return {t: list(stage.rows(t)) for t in DOMAIN_TABLES}


def _commune_label(c: dict[str, Any]) -> str:
    """Name, code and id: two workbooks made separately for one commune share name and code."""
    return f"{c.get('name')}, {c.get('code')}, id {str(c.get('id'))[:8]}"


def load(wb: Workbook, doc: Any) -> dict[str, int]:
    """Validate then upsert every row by id in one transaction. Returns rows written per table.

    Rows identical to the stored ones are skipped (no journal entry).
    """
    with _Stage(wb) as stage:
        _stage_document(stage, doc)
        stage.check_references()
        return stage.write()


def load_rows(wb: Workbook, rows: Iterable[tuple[str, int, Any]]) -> dict[str, int]:
    """:func:`load` of rows coming one at a time as ``(table, index in its table, row)`` (the
    Excel reader); the header and table names are the caller's to check."""
    with _Stage(wb) as stage:
        for table, i, row in rows:
            stage.add(table, i, row)
        stage.check_references()
        return stage.write()


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


def _stage_file(stage: _Stage, path: Path, name: str) -> None:
    """Stream the file's rows into ``stage``, building one row at a time from the parser's
    events. The header is checked as soon as the tables begin (the dump writes it first); a bad
    header is reported after the whole file has been parsed (broken JSON is named first) and
    no row of such a file is looked at."""
    header: dict[str, Any] = {}
    header_error: ValidationError | None = None
    tables_seen = False
    table: str | None = None
    item_prefix = ""
    i = 0
    builder: Any = None
    depth = 0
    for prefix, event, value in _events(path, name):
        if builder is not None:  # inside a row
            builder.event(event, value)
            if event in ("start_map", "start_array"):
                depth += 1
            elif event in ("end_map", "end_array"):
                depth -= 1
            if depth == 0:
                if header_error is None:
                    stage.add(table, i, _nfc_deep(builder.value))  # type: ignore[arg-type]
                builder, i = None, i + 1
            continue
        if prefix == "":
            if event not in ("start_map", "map_key", "end_map"):  # not a JSON object
                _header_checks(None, None)
            continue
        if prefix in ("format", "schema_version"):
            if event not in ("start_map", "start_array"):
                header[prefix] = nfc(value) if isinstance(value, str) else value
            continue
        if prefix == "tables":
            if event == "start_map":
                try:
                    _header_checks(header.get("format"), header.get("schema_version"))
                except ValidationError as exc:
                    header_error = exc
                tables_seen = True
            elif event == "map_key":
                _check_table_name(value)
                table = value
            elif event != "end_map":
                raise _missing_tables()
            continue
        if table is None:
            continue
        if prefix == f"tables.{table}":
            if event == "start_array":
                item_prefix, i = f"tables.{table}.item", 0
            elif event == "end_array":
                table = None
            else:
                raise _not_a_list(table)
        elif prefix == item_prefix:
            if event in ("start_map", "start_array"):
                builder, depth = ijson.ObjectBuilder(), 1
                builder.event(event, value)
            elif header_error is None:  # a row that is not an object: refused with its place
                stage.add(table, i, value)
    if header_error is not None:
        raise header_error
    _header_checks(header.get("format"), header.get("schema_version"))
    if not tables_seen:
        raise _missing_tables()


def scan_file(path: Path) -> None:
    """Check that ``path`` is a readable interchange file within the size limit, valid UTF-8 and
    JSON, of this format and not from a newer version, without keeping it in memory (nothing
    is written: call it before creating a workbook). Raises ValidationError."""
    path = Path(path)
    name = _check_size(path)
    header: dict[str, Any] = {}
    for prefix, event, value in _events(path, name):
        if prefix in ("format", "schema_version") and event not in ("start_map", "start_array"):
            header[prefix] = value
    _header_checks(header.get("format"), header.get("schema_version"))


def _check_size(path: Path) -> str:
    name = f"Tệp {path.name}"
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(_N("errors", "Không đọc được tệp {path}: {detail}"),
                              code="unreadable",
                              args={"path": str(path), "detail": str(exc.strerror)}) from None
    if size > MAX_FILE_BYTES:
        raise ValidationError(_N("errors", "Tệp {name} quá lớn."), code="too_large",
                              args={"name": path.name})
    return name


def load_file(wb: Workbook, path: Path) -> dict[str, int]:
    """:func:`load` of an interchange file, streamed (memory bounded by the largest row, not
    the file). Validation errors name ``tables.<table>[i]`` as :func:`load` does; nothing is
    written unless every row and reference is valid."""
    path = Path(path)
    name = _check_size(path)
    try:
        with _Stage(wb) as stage:
            _stage_file(stage, path, name)
            stage.check_references()
            return stage.write()
    except OSError as exc:
        raise ValidationError(_N("errors", "Không đọc được tệp {path}: {detail}"),
                              code="unreadable",
                              args={"path": str(path), "detail": str(exc.strerror)}) from None
