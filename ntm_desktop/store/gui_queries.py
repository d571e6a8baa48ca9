"""Qt-free queries and thin adapters used by the Dossier, Sync and History pages.

Nothing here is a business rule: it reads the journal page by page with filters, opens a second
connection for background work (one connection per thread; the GUI keeps its own), and calls the
sync and dossier layers exactly as the CLI does. It also keeps the commune's local log of the
packages sent and received (``meta`` key :data:`HISTORY_KEY`, not journaled, not synchronised),
which the sync layer does not keep on the commune side.

Background functions take ``report`` and ``cancel`` keyword arguments (see
:mod:`ntm_desktop.core.progress`) and raise :class:`~ntm_desktop.core.errors.NtmError`.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.core.text import nfc
from ntm_desktop.store import journal as jr
from ntm_desktop.store.workbook import Workbook

CTX = "gui_queries"
HISTORY_KEY = "gui.package_history"
HISTORY_LIMIT = 500

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
CHAIN_REASONS: dict[str, str] = {
    "liên kết với mục trước bị hỏng": _N(CTX, "liên kết với mục trước bị hỏng"),
    "nội dung mục đã bị sửa (hash không khớp)":
        _N(CTX, "nội dung mục đã bị sửa (hash không khớp)"),
}
NO_COMMUNE = _N("errors", "Sổ dữ liệu chưa có thông tin xã.")
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


# ------------------------------------------------------------------------------ journal
def hlc_datetime(hlc: str) -> dt.datetime | None:
    """The local wall time of a hybrid logical clock value (None if malformed)."""
    try:
        return dt.datetime.fromtimestamp(int(hlc.split("-", 1)[0]) / 1000)
    except (ValueError, OSError, OverflowError):
        return None


def _hlc_bound(day: dt.date) -> str:
    ms = int(dt.datetime.combine(day, dt.time()).timestamp() * 1000)
    return f"{ms:013d}"


@dataclass(frozen=True)
class JournalFilter:
    """What the History page shows. Dates are local days, both inclusive."""

    entity: str | None = None
    author: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        if self.entity:
            parts.append("entity = ?")
            params.append(self.entity)
        if self.author:
            parts.append("author = ?")
            params.append(self.author)
        if self.date_from:
            parts.append("hlc >= ?")
            params.append(_hlc_bound(self.date_from))
        if self.date_to:
            parts.append("hlc < ?")
            params.append(_hlc_bound(self.date_to + dt.timedelta(days=1)))
        text = nfc((self.text or "").strip())
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            parts.append("(row LIKE ? ESCAPE '\\' OR entity_id LIKE ? ESCAPE '\\' "
                         "OR author LIKE ? ESCAPE '\\')")
            params += [like, like, like]
        return (" WHERE " + " AND ".join(parts)) if parts else "", params


def journal_count(db: Database, flt: JournalFilter) -> int:
    where, params = flt.where()
    return db.execute(f"SELECT COUNT(*) FROM journal{where}", params).fetchone()[0]


def journal_page(db: Database, flt: JournalFilter, *, offset: int, limit: int
                 ) -> list[dict[str, Any]]:
    """Entries matching ``flt``, newest first (``row`` decoded)."""
    where, params = flt.where()
    cur = db.execute(f"SELECT * FROM journal{where} ORDER BY seq DESC LIMIT ? OFFSET ?",
                     [*params, int(limit), int(offset)])
    names = [d[0] for d in cur.description]
    return [jr.row_to_entry(dict(zip(names, r, strict=True))) for r in cur.fetchall()]


def journal_authors(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT DISTINCT author FROM journal WHERE author IS NOT NULL ORDER BY author")]


def journal_entities(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT entity FROM journal ORDER BY entity")]


def row_before(db: Database, entry: dict[str, Any]) -> dict[str, Any] | None:
    """The row as it was before ``entry`` (the previous entry for the same entity id)."""
    r = db.execute("SELECT op, row FROM journal WHERE entity = ? AND entity_id = ? AND seq < ? "
                   "ORDER BY seq DESC LIMIT 1",
                   [entry["entity"], entry["entity_id"], entry["seq"]]).fetchone()
    if not r or r[0] == "delete" or r[1] is None:
        return None
    return json.loads(r[1])


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


# ------------------------------------------------------------------------------ workbooks
def worker_workbook(path: Path) -> Workbook:
    """A second connection to the open workbook, for one background task (close it after)."""
    return Workbook.open(path, daily_backup=False)


# ------------------------------------------------------------------------------ package log
def package_history(wb: Workbook) -> list[dict[str, Any]]:
    """Packages sent and received by this workbook, newest first."""
    raw = wb.meta(HISTORY_KEY)
    try:
        items = json.loads(raw) if raw else []
    except ValueError:
        items = []
    return list(reversed(items))


def record_package(wb: Workbook, entry: dict[str, Any]) -> None:
    raw = wb.meta(HISTORY_KEY)
    try:
        items = json.loads(raw) if raw else []
    except ValueError:
        items = []
    items.append({"at": dt.datetime.now().isoformat(timespec="seconds"), **entry})
    wb.set_meta(HISTORY_KEY, json.dumps(items[-HISTORY_LIMIT:], ensure_ascii=False))


# ------------------------------------------------------------------------------ sync
def key_card(paths: Any, wb: Workbook) -> dict[str, Any]:
    """The commune's public-key card, creating the key pair on first use."""
    from ntm_desktop.sync.workspace import ensure_commune_key
    commune = wb.commune()
    if commune is None:
        raise NtmError(NO_COMMUNE, code="no_commune")
    ks = ensure_commune_key(paths, commune)
    card = ks.card()
    card["encrypted"] = ks.is_encrypted()
    return card


def rotate_key(paths: Any, wb: Workbook, passphrase: str | None = None) -> dict[str, Any]:
    """``ntm keys rotate``: a new key pair (same passphrase); the old key signs the notice that
    every package sent from now on carries. Returns the new card."""
    from ntm_desktop.sync.workspace import keystore
    key_card(paths, wb)  # the commune has a key to rotate
    ks = keystore(paths)
    _new, endorsement = ks.rotate(passphrase)
    card = ks.card()
    card["encrypted"] = ks.is_encrypted()
    card["old_key_id"] = endorsement["old_key_id"]
    return card


def key_qr_payload(card: dict[str, Any]) -> str:
    """The text of the key QR code (same as ``ntm keys qr``)."""
    return (f"NTMKEY:1;role={card['role']};code={card.get('commune_code') or ''};"
            f"key={card['public_key']};fp={card['fingerprint'].replace(' ', '')}")


def key_qr_png(card: dict[str, Any], scale: int = 6) -> bytes:
    import io

    import segno
    buf = io.BytesIO()
    segno.make(key_qr_payload(card), error="m").save(buf, kind="png", scale=scale, border=2)
    return buf.getvalue()


def export_public_card(paths: Any, wb: Workbook, dest: Path) -> dict[str, Any]:
    from ntm_desktop.store.workbook import atomic_write_bytes
    card = {k: v for k, v in key_card(paths, wb).items() if k != "encrypted"}
    atomic_write_bytes(Path(dest), jr.canonical_json(card))
    return card


def export_package(wb_path: Path, paths: Any, folder: Path, *, full: bool = False,
                   passphrase: str | None = None, report: ProgressFn | None = None,
                   cancel: CancelToken | None = None) -> dict[str, Any]:
    """Write the next package into ``folder`` (``ntm export``) and log it."""
    from ntm_desktop.core.dossier_code import dossier_code
    from ntm_desktop.sync import exporter
    from ntm_desktop.sync import state as st
    from ntm_desktop.sync.workspace import default_package_name, ensure_commune_key
    step(report, cancel, 0, 2, "")
    wb = worker_workbook(wb_path)
    try:
        commune = wb.commune()
        if commune is None:
            raise NtmError(NO_COMMUNE, code="no_commune")
        ks = ensure_commune_key(paths, commune)
        key = ks.load(passphrase)
        name = default_package_name(commune["code"], st.out_state(wb)[0] + 1,
                                    "full" if full else "update").name
        dest = Path(folder) / name
        if not Path(folder).is_dir():
            raise NtmError(_N("errors", "Không có thư mục {folder}."), code="no_folder",
                           args={"folder": str(folder)})
        step(report, cancel, 1, 2, "")
        r = exporter.export_commune(wb, ks, key, dest, full=full)
        r["dossier_code"] = dossier_code(r["commune_code"], r["file_sha256"])
        record_package(wb, {"direction": "out", "file": dest.name, "path": str(dest),
                            "kind": r["kind"], "seq": r["seq"], "status": "sent", "code": None,
                            "message": "", "entries": r["entries"], "size": r["size"],
                            "dossier_code": r["dossier_code"]})
        step(report, cancel, 2, 2, "")
        return r
    finally:
        wb.close()


@dataclass
class ImportResult:
    outcomes: list[Any]
    entries: list[dict[str, Any]]  # journal entries committed (for data_did_change)


def import_packages(wb_path: Path, paths: Any, files: Sequence[Path], *,
                    report: ProgressFn | None = None, cancel: CancelToken | None = None
                    ) -> ImportResult:
    """Verify and apply feedback and catalog packages (``ntm import``) and log each."""
    from ntm_desktop.sync import importer
    from ntm_desktop.sync.workspace import keystore
    step(report, cancel, 0, 0, "")
    wb = worker_workbook(wb_path)
    captured: list[dict[str, Any]] = []
    wb.listeners.append(captured.extend)
    try:
        rx = importer.CommuneReceiver(wb, keystore(paths), paths.quarantine)
        outcomes = importer.import_files([Path(f) for f in files], rx)
        for o in outcomes:
            record_package(wb, {"direction": "in", "file": Path(o.file).name, "path": o.file,
                                "kind": o.kind, "seq": o.seq, "status": o.status,
                                "code": o.code, "message": o.message, "entries": o.applied,
                                "size": None, "sender": o.details.get("sender"),
                                "fingerprint": o.details.get("fingerprint")})
        return ImportResult(outcomes, captured)
    finally:
        wb.close()


def read_key_card(path: Path) -> dict[str, Any]:
    """Parse a public-key card file (``ntm trust add``'s reading, without registering)."""
    from ntm_desktop.core.errors import ValidationError
    from ntm_desktop.sync.keys import read_card
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise NtmError(_N("errors", "Không đọc được thẻ khóa {name}: {reason}"),
                       code="unreadable",
                       args={"name": Path(path).name, "reason": str(exc.strerror)}) from None
    if len(data) > 64 * 1024:
        raise ValidationError(_N("errors", "Thẻ khóa quá lớn."), code="bad_card")
    return read_card(data)


def trust_appraiser(wb: Workbook, card: dict[str, Any]) -> dict[str, Any]:
    """Register the appraiser's card in the commune workbook (``ntm trust add`` for a commune)."""
    from ntm_desktop.core.errors import ValidationError
    from ntm_desktop.sync.trust import CommuneTrust
    if card["role"] != "appraiser":
        raise ValidationError(_N("errors", "Sổ dữ liệu xã chỉ đăng ký khóa của nơi thẩm định."),
                              code="bad_card")
    with wb.atomic():
        row = CommuneTrust(wb).add(card)
        wb.set_meta("sync.appraiser_key_id", card["key_id"])
        wb.set_meta("sync.appraiser_name", card["name"])
    return row


def trusted_keys(wb: Workbook) -> list[dict[str, Any]]:
    from ntm_desktop.sync.trust import CommuneTrust
    return CommuneTrust(wb).list()


# ------------------------------------------------------------------------------ dossier
def dossier_year(wb: Workbook) -> int:
    from ntm_desktop.store.evaluation_service import default_year
    c = wb.commune() or {}
    return int(c.get("target_year") or default_year(wb))


def dossier_state(wb: Workbook, year: int) -> dict[str, Any]:
    """Checklist, missing fields and current values (``ntm dossier check``), quick enough for
    the GUI thread (no evaluation, no PDF)."""
    from ntm_desktop.dossier import checklist as ck
    from ntm_desktop.dossier import fields as fl
    from ntm_desktop.store.dossier_fields import get_fields
    c = wb.commune() or {}
    fields = get_fields(wb)
    cl = ck.load(fields.get("dossier.checklist")
                 or ck.default_for(c.get("criteria_set") or "", year))
    missing = fl.check(fields, tuple(d.id for d in cl.generated))
    return {"checklist": cl, "missing": missing, "fields": fields, "year": year}


def package_for_current_data(wb: Workbook) -> Path | None:
    """The last package this workbook sent, if it still exists and holds exactly the data the
    workbook has now (its signed journal head is the workbook's): a dossier printed now can then
    be tied to that package. None when data changed since, or the file was moved."""
    from ntm_desktop.dossier.data import package_journal_head
    from ntm_desktop.store import journal as jr
    head_hash = jr.head(wb.db)[1]
    for item in package_history(wb):
        if item.get("direction") != "out":
            continue
        path = Path(item.get("path") or "")
        return path if path.is_file() and package_journal_head(path) == head_hash else None
    return None


def build_dossier_pdf(wb_path: Path, year: int, out: Path, *, draft: bool,
                      report: ProgressFn | None = None, cancel: CancelToken | None = None
                      ) -> dict[str, Any]:
    """Collect and print the dossier to ``out`` (temp file then rename) on a connection of its
    own, tied to the last package sent when that package holds the current data
    (:func:`package_for_current_data`). Raises MissingFields unless ``draft``."""
    from ntm_desktop.dossier.compose import build_dossier
    from ntm_desktop.dossier.data import collect
    from ntm_desktop.dossier.fonts import register_fonts
    wb = worker_workbook(wb_path)
    try:
        data = collect(wb, year, draft=draft, cancel=cancel,
                       package=package_for_current_data(wb))
        info = build_dossier(data, Path(out), fonts=register_fonts(), report=report,
                             cancel=cancel)
        return {"output": str(out), **info}
    finally:
        wb.close()
