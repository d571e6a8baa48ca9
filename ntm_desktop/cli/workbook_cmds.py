"""Workbook commands: init, commune, village, set, status, log, journal, backup, restore, dump,
load. The registry and ledger commands are in :mod:`ntm_desktop.cli.registry_cmds`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ntm_desktop.cli.common import parse_kv, text_table
from ntm_desktop.core import model
from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.sync.workspace import ensure_commune_key, read_passphrase


# ----------------------------------------------------------------------- init / commune / village
def cmd_init_commune(ctx: Any) -> int:
    from ntm_desktop.store.commune import save_commune, save_village
    a = ctx.args
    path = ctx.workbook_path
    if path.exists() and not a.force:
        from ntm_desktop.store.workbook import Workbook
        with Workbook.open(path) as existing:
            if existing.commune():
                raise NtmError(f"Sổ dữ liệu {path} đã có thông tin xã. Dùng “ntm commune edit” "
                               "hoặc --force.", code="exists")
    values: dict[str, Any] = {"code": a.code, "name": a.name, "criteria_set": a.set,
                              "region": a.region, "applied_region": a.applied_region,
                              "commune_group": a.group, "officer_name": a.officer,
                              "officer_title": a.officer_title, "target_year": a.target_year,
                              "recognised_year": a.recognised_year}
    try:
        from ntm_desktop.core import admin_units
        unit = admin_units.commune_by_code(a.code)
    except Exception:  # noqa: BLE001 - the official list is optional here
        unit = None
    if unit is not None:
        values["name"] = values["name"] or unit.name
        values["province_code"] = unit.province_code
        values["province_name"] = a.province or unit.province_name
    else:
        values["province_name"] = a.province
    values["old_code"], values["old_name"] = a.old_code, a.old_name
    values["old_district_name"] = a.old_district
    old = _legacy_unit(a.old_code)
    if old is not None:  # the pre-2025 name and district, kept for history
        values["old_name"] = a.old_name or old.name
        values["old_district_code"] = old.district_code
        values["old_district_name"] = a.old_district or old.district_name
    if not values["name"]:
        raise ValidationError("Cần tên xã (--name) khi mã xã không có trong danh mục.",
                              field="name")
    model.validate_commune({k: v for k, v in values.items()})  # fail before creating a file
    from ntm_desktop.core.catalog import builtin_catalog_ids
    if a.set not in builtin_catalog_ids():
        raise ValidationError(f"Bộ tiêu chí không xác định: “{a.set}” (xem “ntm catalog list”).",
                              field="criteria_set", code="unknown_catalog")
    wb = ctx.workbook(create=True)
    c = save_commune(wb, values)
    for spec in a.village or []:
        parts = spec.split(":")
        save_village(wb, {"name": parts[0], "households": parts[1] if len(parts) > 1 else None,
                          "population": parts[2] if len(parts) > 2 else None})
    # the commune's signing key is created with its workbook (as the set-up wizard does)
    ensure_commune_key(ctx.paths, c, read_passphrase(a.passphrase_env))
    ctx.out(c, f"Đã tạo sổ dữ liệu cho {c['name']} ({c['code']}) tại {wb.path}")
    if unit is None:
        print(f"Cảnh báo: mã {c['code']} không có trong danh mục đơn vị hành chính 2025 "
              "(tìm mã đúng bằng “ntm units search TÊN”).", file=sys.stderr)
    return 0


def _legacy_unit(code: str | None) -> Any:
    if not code:
        return None
    try:
        from ntm_desktop.core import admin_units
        return admin_units.legacy_by_code(code)
    except Exception:  # noqa: BLE001 - the official list is optional here
        return None


def cmd_commune_show(ctx: Any) -> int:
    from ntm_desktop.store.commune import get_commune, list_villages
    wb = ctx.workbook()
    c = get_commune(wb)
    villages = list_villages(wb)
    data = {**c, "villages": villages}

    def text() -> str:
        lines = [f"{c['name']} (mã {c['code']}) — {c.get('province_name') or ''}",
                 *([f"Trước 01/7/2025: {c.get('old_name') or '—'} (mã {c.get('old_code') or '—'})"
                    + (f", {c['old_district_name']}" if c.get("old_district_name") else "")]
                   if c.get("old_code") or c.get("old_name") else []),
                 f"Bộ tiêu chí: {c['criteria_set']}"
                 + (f" + {c['overlay_id']}" if c.get("overlay_id") else ""),
                 f"Vùng: {model.REGIONS.get(c.get('region') or '', '—')}; vùng áp dụng: "
                 f"{model.REGIONS.get(c.get('applied_region') or '', '—')}; nhóm xã: "
                 f"{c.get('commune_group') or '—'}",
                 f"Cán bộ phụ trách: {c.get('officer_name') or '—'}",
                 f"Thôn ({len(villages)}):"]
        lines += [f"  - {v['name']}: {vf.number(v.get('households'))} hộ, "
                  f"{vf.number(v.get('population'))} nhân khẩu" for v in villages]
        return "\n".join(lines)
    ctx.out(data, text)
    return 0


def cmd_commune_edit(ctx: Any) -> int:
    from ntm_desktop.store.commune import save_commune
    values = parse_kv(ctx.args.set_values, "--set")
    c = save_commune(ctx.workbook(), values)
    ctx.out(c, "Đã cập nhật thông tin xã.")
    return 0


def cmd_village_add(ctx: Any) -> int:
    from ntm_desktop.store.commune import save_village
    v = save_village(ctx.workbook(), {"name": ctx.args.name, "households": ctx.args.households,
                                      "population": ctx.args.population})
    ctx.out(v, f"Đã thêm {v['name']} ({v['id']})")
    return 0


def cmd_village_list(ctx: Any) -> int:
    from ntm_desktop.store.commune import list_villages
    rows = list_villages(ctx.workbook())
    ctx.out(rows, lambda: text_table([[v["name"], vf.number(v.get("households")),
                                   vf.number(v.get("population")), v["id"]] for v in rows],
                                 ["Thôn", "Số hộ", "Nhân khẩu", "ID"]))
    return 0


def cmd_village_remove(ctx: Any) -> int:
    from ntm_desktop.store.commune import find_village, remove_village
    wb = ctx.workbook()
    remove_village(wb, find_village(wb, ctx.args.village))
    ctx.out({"removed": ctx.args.village}, "Đã xóa thôn.")
    return 0


# ----------------------------------------------------------------------- assessments / status
def cmd_set(ctx: Any) -> int:
    from ntm_desktop.store.assessment import set_assessment
    from ntm_desktop.store.evaluation_service import catalog_for, default_year
    a = ctx.args
    wb = ctx.workbook()
    values: dict[str, Any] = {}
    if a.value is not None:
        values["value"] = a.value
    if a.status is not None:
        values["declared_status"] = None if a.status == "none" else a.status
    for key in ("note", "responsible", "unit"):
        if getattr(a, key) is not None:
            values[key] = getattr(a, key)
    if a.target_date is not None:
        values["target_date"] = a.target_date
    catalog = catalog_for(wb)
    with wb.atomic():  # the value and its evidence files: all or nothing
        row = set_assessment(wb, a.indicator, a.year or default_year(wb), values,
                             catalog=catalog)
        if a.evidence:
            from ntm_desktop.store.attachments import add_file
            for f in a.evidence:
                add_file(wb, Path(f), entity="assessment", entity_id=row["id"])
    ctx.out(row, f"Đã ghi chỉ tiêu {a.indicator} năm {row['year']}.")
    from ntm_desktop.services.approval_state import LOCKED_YEAR_WARNING, is_year_locked
    if is_year_locked(wb, row["year"]):  # written all the same: the commune may need to correct
        print(LOCKED_YEAR_WARNING.format(year=row["year"]), file=sys.stderr)
    return 0


def _status_text(rep: dict[str, Any], approval: dict[str, Any] | None = None) -> str:
    from ntm_desktop.core.model import APPRAISAL_RESULTS, STATUSES
    from ntm_desktop.core.text import escape_text as esc
    SOURCES = {"declared": "tự đánh giá", "computed": "tính từ số liệu", "none": "chưa có số liệu"}
    overlays = rep["catalog"].get("overlays") or []
    lines = [f"{rep['commune']['name']} — năm {rep['year']} — bộ tiêu chí {rep['catalog']['id']}"
             + "".join(f" + {o}" for o in overlays),
             f"Số tiêu chí đạt: {rep['met_count']}/{rep['total']}"]
    lines += [f"Mức đạt chuẩn của tỉnh: căn cứ {d}" for d in rep["catalog"].get("decisions") or []]
    if rep["catalog"].get("pinned"):
        lines.append("Năm đã phê duyệt: giữ bộ tiêu chí đã dùng khi phê duyệt.")
    lines += _approval_lines(rep, approval)
    lines.append("")
    for c in rep["criteria"]:
        lines.append(f"[{STATUSES.get(c['status'], c['status'])}] Tiêu chí {c['code']}. {c['name']}")
        for i in c["indicators"]:
            thr = i.get("threshold") or {}
            comp = {">=": "≥", "<=": "≤", "=": "="}.get(i.get("comparator") or "", "")
            thr_text = (f"{comp} {vf.number(thr['value'], 2, trim=True)}"
                        if thr.get("value") is not None else "chưa có mức đạt chuẩn")
            val = "—" if i.get("value") is None else vf.number(i["value"], 2, trim=True)
            flag = (f" ⚠ theo số liệu: {STATUSES.get(i['computed_status'], i['computed_status'])}"
                    if i.get("mismatch") else "")
            unver = (f" (căn cứ {i['legal_basis']})" if i.get("legal_basis") and i.get("verified")
                     else " (mức đạt chuẩn chưa xác minh)"
                     if not i.get("verified") and thr.get("value") is not None else "")
            source = SOURCES.get(i["status_source"], "")
            if i["status_source"] == "none" and not i.get("missing_data"):
                source = "chưa có mức đạt chuẩn để so sánh"  # a figure, nothing to compare with
            lines.append(f"    {i['code']}: {val} {i.get('unit') or ''} / {thr_text}{unver} → "
                         f"{STATUSES.get(i['status'], i['status'])} ({source}){flag}")
            if i.get("derived"):
                lines.append(f"        tính từ sổ công trình: {i['derived'].get('detail') or ''}")
            a = i.get("appraisal")
            if a and a.get("result"):
                opinion = APPRAISAL_RESULTS.get(a["result"], a["result"])
                if a.get("status"):
                    opinion += f", đánh giá: {STATUSES.get(a['status'], a['status'])}"
                if a.get("comment"):
                    opinion += f" — {esc(a['comment'])}"
                lines.append(f"        ý kiến thẩm định: {opinion}")
    cond = rep.get("conditions", {})
    debt = cond.get("outstanding_debt", {})
    lines += ["", "Điều kiện công nhận:",
              f"  - Nợ đọng XDCB: {vf.money(debt.get('total', 0))}"
              f" ({'đạt' if debt.get('ok') else 'chưa đạt'})"]
    s = (cond.get("satisfaction") or {}).get("survey")
    lines.append("  - Hài lòng của người dân: " + (
        f"{vf.percent(s['share'])} ({s['households_satisfied']}/{s['households_asked']} hộ)"
        if s else "chưa có kết quả khảo sát"))
    rev = cond.get("revocation") or {}
    if rev:
        lines.append(f"  - Nguy cơ thu hồi: {REVOCATION_LEVELS.get(rev.get('level'), rev.get('level'))}")
        lines += [f"      {r}" for r in rev.get("reasons") or []]
    if rep.get("mismatches"):
        lines += ["", f"Tự đánh giá khác với số liệu: {', '.join(m if isinstance(m, str) else m.get('code', '') for m in rep['mismatches'])}"]
    if rep.get("missing"):
        lines += ["", f"Thiếu số liệu: {', '.join(rep['missing'])}"]
    if rep.get("todo"):
        lines += ["", "Việc còn phải làm:"]
        for t in rep["todo"]:
            extra = "; ".join(x for x in (
                f"phụ trách: {t['responsible']}" if t.get("responsible") else "",
                f"hạn: {vf.short_date(vf.parse_date(t['target_date']))}" if t.get("target_date") else "") if x)
            lines.append(f"  - {t['code']}: {STATUSES.get(t['status'], t['status'])}"
                         + (f" ({extra})" if extra else ""))
    return "\n".join(lines)


REVOCATION_LEVELS = {"none": "không", "warning": "cần lưu ý", "revocation": "thuộc diện thu hồi"}


def cmd_status(ctx: Any) -> int:
    from ntm_desktop.services.approval_state import commune_approval
    from ntm_desktop.store.evaluation_service import status_report
    wb = ctx.workbook()
    rep = status_report(wb, ctx.args.year)
    ctx.out(rep, lambda: _status_text(rep, commune_approval(wb)))
    return 0


def _approval_lines(rep: dict[str, Any], approval: dict[str, Any] | None) -> list[str]:
    """What the appraiser last said of this year (the feedback package's approval.json)."""
    from ntm_desktop.core.text import escape_text as esc
    from ntm_desktop.services.communes import STATE_LABELS
    lines = []
    for y in (approval or {}).get("years", []):
        if y.get("year") == rep["year"]:
            line = f"Kết quả thẩm định năm {y['year']}: {STATE_LABELS.get(y.get('state'), '—')}"
            if y.get("comment"):
                line += " — " + esc(y["comment"])
            lines.append(line)
    lines += [f"⚠ {esc(n['message'])}" for n in (approval or {}).get("notices", [])
              if n.get("message")]
    return lines


# ----------------------------------------------------------------------- journal / backups
def _hlc_time(hlc: str) -> str:
    """The wall-clock part of a hybrid logical clock, as local "dd/mm/yyyy hh:mm:ss"."""
    import datetime as dt
    try:
        when = dt.datetime.fromtimestamp(int(hlc.split("-")[0]) / 1000)
    except (ValueError, OverflowError, OSError):
        return hlc
    return when.strftime("%d/%m/%Y %H:%M:%S")


def cmd_log(ctx: Any) -> int:
    from ntm_desktop.services import history
    from ntm_desktop.store.journal import iter_entries
    wb = ctx.workbook()
    rows = list(iter_entries(wb.db, entity_id=ctx.args.entity_id, limit=ctx.args.limit,
                             descending=True))

    def text() -> str:  # the labels and record names of the History page
        names = history.Names(wb)
        return text_table(
            [[e["seq"], _hlc_time(e["hlc"]), e.get("author"),
              history.ENTITY_LABELS.get(e["entity"], e["entity"]),
              history.OP_LABELS.get(e["op"], e["op"]),
              history.record_name(names, e["entity"], e.get("row") or history.row_before(
                  wb.db, e)), e["entity_id"]] for e in rows],
            ["#", "Thời điểm", "Người sửa", "Dữ liệu", "Thao tác", "Bản ghi", "ID"])
    ctx.out(rows, text)
    return 0


def cmd_journal_verify(ctx: Any) -> int:
    from ntm_desktop.store.journal import verify_chain
    rep = verify_chain(ctx.workbook().db)
    ctx.out(rep.to_json(), (f"Nhật ký toàn vẹn: {rep.checked} mục." if rep.ok else
                            f"Nhật ký bị hỏng tại mục {rep.first_broken_seq}: {rep.reason}"))
    return 0 if rep.ok else 3


def cmd_backup(ctx: Any) -> int:
    from ntm_desktop.store import backups
    wb = ctx.workbook()
    folder = Path(ctx.args.dir) if ctx.args.dir else backups.default_dir(wb.path)
    dest = backups.make_backup(wb.conn, wb.path, folder, reason="manual")
    ctx.out({"backup": str(dest)}, f"Đã sao lưu: {dest}")
    return 0


def cmd_backup_list(ctx: Any) -> int:
    from ntm_desktop.store import backups
    path = ctx.workbook_path
    files = backups.list_backups(backups.default_dir(path), path.name.split(".")[0])
    ctx.out([str(f) for f in files], "\n".join(str(f) for f in files) or "Chưa có bản sao lưu.")
    return 0


def cmd_restore(ctx: Any) -> int:
    from ntm_desktop.store import backups
    safety = backups.restore(ctx.workbook_path, Path(ctx.args.file))
    ctx.out({"restored": ctx.args.file, "previous_copy": str(safety)},
            f"Đã khôi phục từ {ctx.args.file}. Bản cũ được giữ tại {safety}")
    return 0


# ----------------------------------------------------------------------- interchange
def cmd_dump(ctx: Any) -> int:
    from ntm_desktop.store import interchange
    wb = ctx.workbook()
    out = Path(ctx.args.output)
    if ctx.args.xlsx or out.suffix.lower() == ".xlsx":
        from ntm_desktop.store import xlsx
        xlsx.dump_xlsx(wb, out)
    else:
        interchange.dump_file(wb, out)
    ctx.out({"output": str(out)}, f"Đã xuất {out}")
    return 0


def cmd_load(ctx: Any) -> int:
    """The same service as the File menu's import (checked first, streamed, one transaction;
    a workbook it created is removed again when a row is refused)."""
    from ntm_desktop.services.files import import_data
    ctx.paths.ensure()
    ctx.close()
    counts = import_data(ctx.workbook_path, Path(ctx.args.file), create=True,
                         author=getattr(ctx.args, "author", None)).counts
    written = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    ctx.out(counts, f"Đã nạp: {written}" if written else
            "Không có gì thay đổi: sổ dữ liệu đã có đúng các dòng này.")
    return 0


# ----------------------------------------------------------------------- registration
def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             groups: dict[str, argparse._SubParsersAction]) -> None:
    def add(name: str, help_: str, func: Any, parent: Any = sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_, parents=[common])
        p.set_defaults(func=func)
        return p

    init = sub.add_parser("init", help="tạo sổ dữ liệu mới").add_subparsers(dest="what",
                                                                             metavar="LOẠI")
    groups["init"] = init
    p = add("commune", "tạo sổ dữ liệu của một xã", cmd_init_commune, init)
    p.add_argument("--code", required=True, help="mã xã 5 chữ số (QĐ 19/2025/QĐ-TTg)")
    p.add_argument("--name", help="tên xã (lấy từ danh mục nếu bỏ trống)")
    p.add_argument("--province")
    p.add_argument("--set", default="qd318-2022", help="bộ tiêu chí (ntm catalog list)")
    p.add_argument("--region", choices=list(model.REGIONS))
    p.add_argument("--applied-region", choices=list(model.REGIONS),
                   help="vùng áp dụng mức đạt chuẩn (xã ĐBKK, ATK áp dụng mức vùng TDMNPB)")
    p.add_argument("--group", choices=list(model.COMMUNE_GROUPS), help="nhóm xã (bộ 2026-2030)")
    p.add_argument("--officer")
    p.add_argument("--officer-title")
    p.add_argument("--target-year", type=int)
    p.add_argument("--recognised-year", type=int)
    p.add_argument("--old-code")
    p.add_argument("--old-name")
    p.add_argument("--old-district")
    p.add_argument("--village", action="append", metavar="TÊN[:HỘ[:NHÂN_KHẨU]]")
    p.add_argument("--force", action="store_true")
    p.add_argument("--passphrase-env", metavar="BIẾN",
                   help="đặt mật khẩu cho khóa ký mới, đọc từ biến môi trường này")
    init.required = True

    commune = sub.add_parser("commune", help="thông tin xã").add_subparsers(metavar="LỆNH")
    add("show", "xem thông tin xã", cmd_commune_show, commune)
    p = add("edit", "sửa thông tin xã", cmd_commune_edit, commune)
    p.add_argument("--set", dest="set_values", action="append", metavar="TRƯỜNG=GIÁ_TRỊ",
                   required=True)

    village = sub.add_parser("village", help="thôn, bản").add_subparsers(metavar="LỆNH")
    p = add("add", "thêm thôn", cmd_village_add, village)
    p.add_argument("name")
    p.add_argument("--households", type=int)
    p.add_argument("--population", type=int)
    add("list", "danh sách thôn", cmd_village_list, village)
    p = add("remove", "xóa thôn", cmd_village_remove, village)
    p.add_argument("village")

    p = add("set", "ghi kết quả một chỉ tiêu", cmd_set)
    p.add_argument("indicator", help="mã chỉ tiêu, ví dụ 2.1 hoặc 17.10")
    p.add_argument("--value")
    p.add_argument("--status", choices=[*model.DECLARABLE_STATUSES, "none"],
                   help="trạng thái tự đánh giá (none = bỏ)")
    p.add_argument("--note")
    p.add_argument("--responsible")
    p.add_argument("--target-date")
    p.add_argument("--unit")
    p.add_argument("--year", type=int)
    p.add_argument("--evidence", action="append", help="tệp minh chứng (ảnh, tài liệu)")

    p = add("status", "kết quả đánh giá các tiêu chí", cmd_status)
    p.add_argument("--year", type=int)

    p = add("log", "lịch sử thay đổi", cmd_log)
    p.add_argument("entity_id", nargs="?")
    p.add_argument("--limit", type=int, default=100)
    journal = sub.add_parser("journal", help="nhật ký thay đổi").add_subparsers(metavar="LỆNH")
    add("verify", "kiểm tra chuỗi hash của nhật ký", cmd_journal_verify, journal)

    p = add("backup", "sao lưu sổ dữ liệu", cmd_backup)
    p.add_argument("--dir")
    p.add_argument("--list", action="store_const", const=True, dest="list_only")
    p.set_defaults(func=lambda ctx: cmd_backup_list(ctx) if ctx.args.list_only else cmd_backup(ctx))
    p = add("restore", "khôi phục từ bản sao lưu", cmd_restore)
    p.add_argument("file")

    p = add("dump", "xuất toàn bộ sổ dữ liệu (JSON hoặc Excel)", cmd_dump)
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--xlsx", action="store_true")
    p = add("load", "nạp tệp JSON/Excel vào sổ dữ liệu", cmd_load)
    p.add_argument("file")
