"""Sync commands: init appraiser, keys, trust, export, verify, import, appraise, feedback,
catalog publish.

Rejected packages exit with code 2 and, under ``--json``, print each outcome with its stable
``code`` (see ``ntm_desktop/sync/errors.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import NtmError, ValidationError


# ----------------------------------------------------------------------------- helpers
def _workbook_given(ctx: Any) -> bool:
    return bool(getattr(ctx.args, "workbook", None))


def _hub(ctx: Any) -> Any:
    from ntm_desktop.store.hub import Hub
    hub = Hub.open(ctx.paths.hub)
    ctx._hub = hub
    return hub


def _is_appraiser(ctx: Any) -> bool:
    from ntm_desktop.sync.workspace import is_appraiser
    return is_appraiser(ctx.paths, _workbook_given(ctx))


def _keystore(ctx: Any, *, create_for_commune: bool = True) -> Any:
    from ntm_desktop.sync.workspace import ensure_commune_key, keystore, read_passphrase
    ks = keystore(ctx.paths)
    if not ks.exists() and create_for_commune and not _is_appraiser(ctx):
        wb = ctx.workbook()
        commune = wb.commune()
        if commune is None:
            raise NtmError("Sổ dữ liệu chưa có thông tin xã. Hãy chạy “ntm init commune”.",
                           code="no_commune")
        ensure_commune_key(ctx.paths, commune,
                           read_passphrase(getattr(ctx.args, "passphrase_env", None)))
    return ks


def _key(ctx: Any) -> tuple[Any, Any]:
    from ntm_desktop.sync.workspace import load_key
    ks = _keystore(ctx)
    return ks, load_key(ks, getattr(ctx.args, "passphrase_env", None))


def _receiver(ctx: Any) -> Any:
    from ntm_desktop.sync import importer
    from ntm_desktop.sync.workspace import keystore
    ks = keystore(ctx.paths)
    if _is_appraiser(ctx):
        return importer.HubReceiver(_hub(ctx), ks, ctx.paths.quarantine)
    return importer.CommuneReceiver(ctx.workbook(), ks, ctx.paths.quarantine)


def _close_hub(ctx: Any) -> None:
    hub = getattr(ctx, "_hub", None)
    if hub is not None:
        hub.close()
        ctx._hub = None


def _subactions(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("parser has no sub-commands")


def _outcome_text(o: Any) -> str:
    head = {"verified": "HỢP LỆ", "applied": "ĐÃ NHẬP", "duplicate": "ĐÃ CÓ",
            "rejected": "TỪ CHỐI", "set_aside": "ĐỂ RIÊNG"}.get(o.status, o.status.upper())
    lines = [f"[{head}] {Path(o.file).name}: {o.message}"]
    if o.kind:
        lines.append(f"    loại {o.kind}, gói số {o.seq}, xã {o.commune_code or '—'}, người gửi "
                     f"{o.details.get('sender')} (mã vân tay {o.details.get('fingerprint')})")
    if o.code and o.status not in ("verified", "applied"):
        lines.append(f"    mã lỗi: {o.code}")
    if o.quarantine:
        lines.append(f"    đã chuyển vào thư mục cách ly: {o.quarantine}")
    dc = o.details.get("dossier_code")
    if dc:
        lines.append("    Mã hồ sơ " + dc["code"] + (" KHỚP với gói dữ liệu." if dc["matches"]
                                                      else f" KHÔNG khớp (mã đúng: {dc['expected']})."))
    if o.details.get("key_checked_against_trust") is False:
        lines.append("    Chữ ký đúng với khóa ghi trong gói; so mã vân tay "
                     f"{o.details.get('fingerprint')} với dòng “Khóa của xã” in trên hồ sơ.")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- init
def cmd_init_appraiser(ctx: Any) -> int:
    from ntm_desktop.store.hub import Hub
    from ntm_desktop.sync.workspace import keystore, read_passphrase
    a = ctx.args
    ctx.paths.ensure()
    ks = keystore(ctx.paths)
    if ctx.paths.hub.exists() and not a.force:
        raise NtmError(f"Đã có không gian thẩm định tại {ctx.paths.hub}.", code="exists")
    with Hub.open(ctx.paths.hub, create=True, name=a.name, level=a.level) as hub:
        if not ks.exists() or a.force:
            ks.generate(role="appraiser", name=a.name, level=a.level,
                        passphrase=read_passphrase(a.passphrase_env), overwrite=a.force)
        card = ks.card()
        data = {"hub": str(hub.path), "name": a.name, "level": a.level,
                "key_id": card["key_id"], "fingerprint": card["fingerprint"]}
    ctx.out(data, f"Đã tạo không gian thẩm định “{a.name}” ({a.level}) tại {ctx.paths.hub}\n"
                  f"Mã vân tay khóa ký: {card['fingerprint']}")
    return 0


def _wrap_init_commune(original: Any) -> Any:
    def run(ctx: Any) -> int:
        rc = original(ctx)
        if not rc:
            from ntm_desktop.sync.workspace import ensure_commune_key, read_passphrase
            commune = ctx.workbook().commune()
            if commune:
                ensure_commune_key(ctx.paths, commune,
                                   read_passphrase(getattr(ctx.args, "passphrase_env", None)))
        return rc
    return run


# ----------------------------------------------------------------------------- keys
def cmd_keys_show(ctx: Any) -> int:
    ks = _keystore(ctx)
    card = ks.card()
    ident = ks.identity()
    data = {**card, "encrypted": ks.is_encrypted(), "private_key_file": str(ks.private_file),
            "rotation": ident.get("rotation")}
    ctx.out(data, f"{card['name']} ({card['role']}"
                  + (f", xã {card['commune_code']}" if card.get("commune_code") else "") + ")\n"
                  f"Mã khóa: {card['key_id']}\nMã vân tay: {card['fingerprint']}\n"
                  f"Khóa riêng: {ks.private_file}"
                  + (" (có mật khẩu)" if data["encrypted"] else " (không mật khẩu)"))
    return 0


def cmd_keys_qr(ctx: Any) -> int:
    import segno
    ks = _keystore(ctx)
    card = ks.card()
    out = Path(ctx.args.output)
    payload = (f"NTMKEY:1;role={card['role']};code={card.get('commune_code') or ''};"
               f"key={card['public_key']};fp={card['fingerprint'].replace(' ', '')}")
    qr = segno.make(payload, error="m")
    qr.save(str(out), scale=ctx.args.scale, border=4)
    ctx.out({"output": str(out), "payload": payload, "fingerprint": card["fingerprint"]},
            f"Đã ghi mã QR của khóa vào {out} (mã vân tay {card['fingerprint']}).")
    return 0


def cmd_keys_export_public(ctx: Any) -> int:
    from ntm_desktop.store.journal import canonical_json
    from ntm_desktop.store.workbook import atomic_write_bytes
    card = _keystore(ctx).card()
    out = Path(ctx.args.output)
    atomic_write_bytes(out, canonical_json(card))
    ctx.out({"output": str(out), **card},
            f"Đã ghi thẻ khóa công khai vào {out}. Mã vân tay: {card['fingerprint']}")
    return 0


def cmd_keys_rotate(ctx: Any) -> int:
    from ntm_desktop.sync.workspace import read_passphrase
    ks = _keystore(ctx)
    phrase = read_passphrase(ctx.args.passphrase_env)
    new_phrase = (read_passphrase(ctx.args.new_passphrase_env)
                  if ctx.args.new_passphrase_env else None)
    new, endorsement = ks.rotate(phrase, new_phrase)
    data = {"key_id": new.key_id, "fingerprint": new.fingerprint,
            "old_key_id": endorsement["old_key_id"]}
    ctx.out(data, f"Đã tạo khóa mới {new.fingerprint}. Các gói gửi đi từ nay mang thông báo đổi "
                  "khóa do khóa cũ ký; bên nhận tự chấp nhận khóa mới khi nhập gói.")
    return 0


# ----------------------------------------------------------------------------- trust
def cmd_trust_add(ctx: Any) -> int:
    from ntm_desktop.store.gui_queries import trust_appraiser
    from ntm_desktop.sync.keys import read_card
    from ntm_desktop.sync.trust import HubTrust, card_from_package
    if ctx.args.package:  # the key of a package set aside with unknown_key
        path = Path(ctx.args.package)
        if not path.is_file():
            raise NtmError(f"Không đọc được gói dữ liệu {path}.", code="unreadable")
        card = card_from_package(path)
    else:
        path = Path(ctx.args.card)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise NtmError(f"Không đọc được thẻ khóa {path}: {exc.strerror}",
                           code="unreadable") from None
        if len(data) > 64 * 1024:
            raise ValidationError("Thẻ khóa quá lớn.", code="bad_card")
        card = read_card(data)
    given = ctx.args.fingerprint
    if given is not None:
        if given.replace(" ", "").upper() != card["fingerprint"].replace(" ", ""):
            raise NtmError(f"Mã vân tay không khớp: thẻ có {card['fingerprint']}.",
                           code="fingerprint_mismatch")
    elif not ctx.args.yes:
        if not sys.stdin.isatty():
            raise NtmError(f"Mã vân tay của thẻ: {card['fingerprint']}. So với người gửi rồi chạy "
                           "lại với --yes hoặc --fingerprint.", code="confirm_required",
                           detail={"fingerprint": card["fingerprint"], "name": card["name"],
                                   "role": card["role"],
                                   "commune_code": card.get("commune_code")})
        print(f"Thẻ khóa của: {card['name']} ({card['role']}, {card.get('commune_code') or '—'})")
        print(f"Mã vân tay: {card['fingerprint']}")
        if input("Mã vân tay có khớp với người gửi đọc qua điện thoại? (c/k) ").strip().lower() \
                not in ("c", "co", "có", "y", "yes"):
            raise NtmError("Đã hủy: chưa đăng ký khóa.", code="cancelled")
    if _is_appraiser(ctx):
        if card["role"] != "commune":
            raise ValidationError("Không gian thẩm định chỉ đăng ký khóa của xã.", code="bad_card")
        row = HubTrust(_hub(ctx)).add(card)
    else:
        row = trust_appraiser(ctx.workbook(), card)  # the same service the Sync page uses
    ctx.out(row, f"Đã đăng ký khóa của {card['name']} (mã vân tay {card['fingerprint']}).")
    return 0


def _trust(ctx: Any) -> Any:
    from ntm_desktop.sync.trust import CommuneTrust, HubTrust
    return HubTrust(_hub(ctx)) if _is_appraiser(ctx) else CommuneTrust(ctx.workbook())


def cmd_trust_list(ctx: Any) -> int:
    rows = _trust(ctx).list()
    ctx.out(rows, lambda: "\n".join(
        f"{r['key_id']}  {r['fingerprint']}  {r['status']:<10} {r.get('commune_code') or '':5} "
        f"{r.get('name') or ''}" for r in rows) or "Chưa đăng ký khóa nào.")
    return 0


def cmd_trust_revoke(ctx: Any) -> int:
    row = _trust(ctx).revoke(ctx.args.key, ctx.args.reason)
    ctx.out(row, f"Đã thu hồi khóa {row['fingerprint']} ({row.get('name')}).")
    return 0


# ----------------------------------------------------------------------------- packages
def cmd_export(ctx: Any) -> int:
    from ntm_desktop.sync import exporter
    from ntm_desktop.sync import state as st
    from ntm_desktop.sync.workspace import default_package_name
    if _is_appraiser(ctx):
        raise NtmError("Không gian thẩm định gửi phản hồi bằng “ntm feedback export”.",
                       code="wrong_workspace")
    wb = ctx.workbook()
    ks, key = _key(ctx)
    commune = wb.commune() or {}
    out = Path(ctx.args.output) if ctx.args.output else default_package_name(
        commune.get("code", "xa"), st.out_state(wb)[0] + 1, "full" if ctx.args.full else "update")
    r = exporter.export_commune(wb, ks, key, out, full=ctx.args.full)
    from ntm_desktop.core import vnformat
    from ntm_desktop.core.dossier_code import dossier_code
    r["dossier_code"] = dossier_code(r["commune_code"], r["file_sha256"])
    ctx.out(r, f"Đã xuất gói số {r['seq']} ({r['entries']} thay đổi, {r['blobs']} tệp đính kèm, "
               f"{vnformat.number(r['size'])} byte) vào {out}\nMã hồ sơ: {r['dossier_code']}")
    return 0


def cmd_verify(ctx: Any) -> int:
    from ntm_desktop.sync import importer
    # the line printed on a dossier works as printed: without a workbook (and not in an
    # appraiser workspace) the package is checked on its own, against the paper's code
    paper = bool(ctx.args.dossier_code) and not _is_appraiser(ctx) and \
        not ctx.workbook_path.exists()
    try:
        receiver = importer.PaperReceiver() if paper else _receiver(ctx)
        o = importer.verify_file(Path(ctx.args.file), receiver,
                                 dossier_code=ctx.args.dossier_code)
    finally:
        _close_hub(ctx)
    if paper and o.ok:
        o.details["key_checked_against_trust"] = False
    data = o.to_json()
    ok = o.ok
    if ok and o.details.get("dossier_code") and not o.details["dossier_code"]["matches"]:
        ok = False
        data["error"] = "dossier_mismatch"
    if not o.ok:
        data["error"] = o.code
    ctx.out(data, lambda: _outcome_text(o))
    return 0 if ok else 2


def cmd_import(ctx: Any) -> int:
    from ntm_desktop.sync import importer
    files = importer.collect([Path(f) for f in ctx.args.files])
    if not files:
        raise NtmError("Không có tệp .ntmpkg nào để nhập.", code="no_files")
    try:
        outcomes = importer.import_files(files, _receiver(ctx))
    finally:
        _close_hub(ctx)
    data = [o.to_json() for o in outcomes]
    bad = [o for o in outcomes if not o.ok]
    if ctx.json:
        print(json.dumps({"outcomes": data, "error": bad[0].code if bad else None,
                          "rejected": len(bad)}, ensure_ascii=False, indent=2, default=str))
    else:
        print("\n".join(_outcome_text(o) for o in outcomes))
    return 2 if bad else 0


# ----------------------------------------------------------------------------- appraiser
def _year(ctx: Any, replica: Any = None) -> int:
    """``--year``, else the year the commune is assessing (its replica), else this year."""
    from ntm_desktop.store.evaluation_service import default_year
    return ctx.args.year or default_year(replica)


def cmd_appraise_set(ctx: Any) -> int:
    a = ctx.args
    hub = _hub(ctx)
    year = _year(ctx, hub.replica(a.code))  # the commune must be known
    row = hub.record_appraisal(a.code, year, a.indicator, result=a.result,
                               status=None if a.status in (None, "none") else a.status,
                               comment=a.comment, date=a.date,
                               appraiser=a.appraiser or getattr(a, "author", None)
                               or hub.name)
    ctx.out({"code": a.code, "year": year, "indicator_code": a.indicator, **row},
            f"Đã ghi kết quả thẩm định chỉ tiêu {a.indicator} của xã {a.code} (năm {year}).")
    _close_hub(ctx)
    return 0


def cmd_appraise_list(ctx: Any) -> int:
    hub = _hub(ctx)
    rows = hub.appraisals(ctx.args.code, _year(ctx, hub.replica(ctx.args.code)))
    ctx.out(rows, lambda: "\n".join(
        f"{k:<8} {v['result']:<9} {v['status'] or '—':<9} {v['date'] or ''}  "
        f"{v['comment'] or ''}" for k, v in rows.items()) or "Chưa có kết quả thẩm định.")
    _close_hub(ctx)
    return 0


def cmd_feedback_export(ctx: Any) -> int:
    from ntm_desktop.sync import exporter
    hub = _hub(ctx)
    ks, key = _key(ctx)
    try:
        r = exporter.export_feedback(hub, ks, key, ctx.args.code, Path(ctx.args.output))
    finally:
        _close_hub(ctx)
    ctx.out(r, f"Đã xuất phản hồi số {r['seq']} ({r['appraisals']} kết quả) vào {r['file']}")
    return 0


def cmd_catalog_publish(ctx: Any) -> int:
    from ntm_desktop.sync import exporter
    src = Path(ctx.args.overlay)
    try:
        data = src.read_bytes()
    except OSError as exc:
        raise NtmError(f"Không đọc được {src}: {exc.strerror}", code="unreadable") from None
    hub = _hub(ctx)
    ks, key = _key(ctx)
    try:
        r = exporter.export_catalog(hub, ks, key, data, Path(ctx.args.output))
    finally:
        _close_hub(ctx)
    ctx.out(r, f"Đã xuất gói bộ tiêu chí {r['catalog']['id']} vào {r['file']}")
    return 0


# ----------------------------------------------------------------------------- registration
def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Adds the sync command group; hooks ``init appraiser`` and ``catalog publish`` into the
    groups other modules created."""
    def add(name: str, help_: str, func: Any, parent: Any = sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_, parents=[common])
        p.set_defaults(func=func)
        return p

    def pass_env(p: argparse.ArgumentParser) -> None:
        p.add_argument("--passphrase-env", metavar="BIẾN",
                       help="đọc mật khẩu khóa ký từ biến môi trường này")

    init = _subactions(sub.choices["init"]) if "init" in sub.choices else \
        sub.add_parser("init", help="tạo không gian làm việc").add_subparsers(metavar="LOẠI")
    if "commune" in init.choices:
        commune_p = init.choices["commune"]
        pass_env(commune_p)
        commune_p.set_defaults(func=_wrap_init_commune(commune_p.get_default("func")))
    p = add("appraiser", "tạo không gian thẩm định (huyện/tỉnh)", cmd_init_appraiser, init)
    p.add_argument("--name", required=True)
    p.add_argument("--level", choices=["district", "province"], required=True)
    p.add_argument("--force", action="store_true")
    pass_env(p)

    keys = sub.add_parser("keys", help="khóa ký gói dữ liệu").add_subparsers(metavar="LỆNH")
    pass_env(add("show", "xem mã vân tay khóa", cmd_keys_show, keys))
    p = add("qr", "ghi mã vân tay khóa thành ảnh QR", cmd_keys_qr, keys)
    p.add_argument("-o", "--output", required=True, help="tệp .png hoặc .svg")
    p.add_argument("--scale", type=int, default=8)
    p = add("export-public", "ghi thẻ khóa công khai", cmd_keys_export_public, keys)
    p.add_argument("-o", "--output", required=True)
    p = add("rotate", "đổi khóa ký (khóa cũ ký thông báo khóa mới)", cmd_keys_rotate, keys)
    pass_env(p)
    p.add_argument("--new-passphrase-env", metavar="BIẾN")

    trust = sub.add_parser("trust", help="danh sách khóa tin cậy").add_subparsers(metavar="LỆNH")
    p = add("add", "đăng ký thẻ khóa công khai", cmd_trust_add, trust)
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--card", help="tệp thẻ khóa công khai (ntm keys export-public)")
    src.add_argument("--package", help="lấy khóa của người gửi từ một gói dữ liệu (ví dụ gói "
                                       "bị để riêng vì khóa chưa đăng ký)")
    p.add_argument("--fingerprint", help="mã vân tay đã đối chiếu (kiểm tra khớp)")
    p.add_argument("--yes", action="store_true", help="đã đối chiếu mã vân tay")
    add("list", "danh sách khóa", cmd_trust_list, trust)
    p = add("revoke", "thu hồi khóa", cmd_trust_revoke, trust)
    p.add_argument("key", help="mã khóa hoặc mã vân tay")
    p.add_argument("--reason")

    p = add("export", "xuất gói dữ liệu gửi nơi thẩm định", cmd_export)
    p.add_argument("-o", "--output")
    p.add_argument("--full", action="store_true", help="bản đầy đủ (dựng lại từ đầu được)")
    pass_env(p)
    p = add("verify", "kiểm tra gói dữ liệu (không thay đổi gì)", cmd_verify)
    p.add_argument("file")
    p.add_argument("--dossier-code", help="mã hồ sơ in trên giấy, để đối chiếu")
    p = add("import", "nhập gói dữ liệu (tệp hoặc thư mục)", cmd_import)
    p.add_argument("files", nargs="+")

    appraise = sub.add_parser("appraise", help="kết quả thẩm định").add_subparsers(
        metavar="LỆNH")
    p = add("set", "ghi kết quả thẩm định một chỉ tiêu", cmd_appraise_set, appraise)
    p.add_argument("code", help="mã xã")
    p.add_argument("indicator")
    p.add_argument("--result", choices=["agree", "disagree"], required=True)
    p.add_argument("--status", choices=["dat", "chua_dat", "none"])
    p.add_argument("--comment")
    p.add_argument("--year", type=int)
    p.add_argument("--date")
    p.add_argument("--appraiser")
    p = add("list", "xem kết quả thẩm định của một xã", cmd_appraise_list, appraise)
    p.add_argument("code")
    p.add_argument("--year", type=int)

    feedback = sub.add_parser("feedback", help="phản hồi cho xã").add_subparsers(metavar="LỆNH")
    p = add("export", "xuất gói phản hồi (kết quả thẩm định, xác nhận đã nhận)",
            cmd_feedback_export, feedback)
    p.add_argument("code")
    p.add_argument("-o", "--output", required=True)
    pass_env(p)

    catalog = _subactions(sub.choices["catalog"]) if "catalog" in sub.choices else \
        sub.add_parser("catalog", help="bộ tiêu chí").add_subparsers(metavar="LỆNH")
    p = add("publish", "ký và xuất bộ tiêu chí của tỉnh cho các xã", cmd_catalog_publish,
            catalog)
    p.add_argument("overlay")
    p.add_argument("-o", "--output", required=True)
    pass_env(p)
