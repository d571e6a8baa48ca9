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

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.model import APPRAISAL_RESULTS, APPRAISAL_STATUSES


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
    from ntm_desktop.sync.workspace import (
        ensure_workbook_key,
        keystore,
        read_passphrase,
        workbook_keystore,
    )
    if _is_appraiser(ctx):
        return keystore(ctx.paths)
    wb = ctx.workbook()  # keys belong to a workbook: this commune's own key
    if wb.commune() is None:
        raise NtmError("Sổ dữ liệu chưa có thông tin xã. Hãy chạy “ntm init commune”.",
                       code="no_commune")
    ks = workbook_keystore(ctx.paths, wb)
    if not ks.exists() and create_for_commune:
        ks = ensure_workbook_key(ctx.paths, wb,
                                 read_passphrase(getattr(ctx.args, "passphrase_env", None)))
    return ks


def _key(ctx: Any) -> tuple[Any, Any]:
    from ntm_desktop.sync.workspace import load_key
    ks = _keystore(ctx)
    return ks, load_key(ks, getattr(ctx.args, "passphrase_env", None))


def _receiver(ctx: Any) -> Any:
    from ntm_desktop.sync import importer
    from ntm_desktop.sync.workspace import keystore, workbook_keystore
    if _is_appraiser(ctx):
        return importer.HubReceiver(_hub(ctx), keystore(ctx.paths), ctx.paths.quarantine)
    wb = ctx.workbook()
    return importer.CommuneReceiver(wb, workbook_keystore(ctx.paths, wb), ctx.paths.quarantine)


def _close_hub(ctx: Any) -> None:
    hub = getattr(ctx, "_hub", None)
    if hub is not None:
        hub.close()
        ctx._hub = None


ROLE_LABELS = {"commune": "xã", "appraiser": "cơ quan thẩm định"}


def _outcome_text(o: Any) -> str:
    """One file's outcome for the terminal; every name and value taken from the package (file
    name, sender, member names in the message) is escaped (controls, bidi, lone surrogates)."""
    from ntm_desktop.core.text import escape_text as esc
    head = {"verified": "HỢP LỆ", "applied": "ĐÃ NHẬP", "duplicate": "ĐÃ CÓ",
            "rejected": "TỪ CHỐI", "set_aside": "ĐỂ RIÊNG"}.get(o.status, o.status.upper())
    lines = [f"[{head}] {esc(Path(o.file).name)}: {esc(o.message)}"]
    if o.kind:
        from ntm_desktop.services.packages import KIND_LABELS
        kind = KIND_LABELS.get(o.kind, o.kind).lower()
        lines.append(f"    {kind}, gói số {o.seq}, xã {o.commune_code or '—'}, người gửi "
                     f"{esc(o.details.get('sender'))} (mã vân tay "
                     f"{o.details.get('fingerprint')})")
    claimed = o.details.get("claimed_sender")
    if claimed:
        lines.append(f"    gói tự ghi người gửi: {esc(claimed.get('name'))} "
                     f"({ROLE_LABELS.get(claimed.get('role'), esc(claimed.get('role')))}, "
                     f"xã {esc(claimed.get('commune_code') or '—')})")
    rot = o.details.get("key_rotation")
    if rot:
        lines.append(f"    CHÚ Ý: xã đã đổi khóa ký, từ {rot['old_fingerprint']} sang "
                     f"{rot['new_fingerprint']}. Hãy gọi điện cho xã để xác nhận, rồi chạy "
                     f"“ntm trust ack-rotation {rot['new_key_id']}”; nếu xã không đổi khóa, "
                     "thu hồi khóa cũ (ntm trust revoke … --since NGÀY).")
    if o.code and o.status not in ("verified", "applied"):
        lines.append(f"    mã lỗi: {o.code}")
    if o.quarantine:
        lines.append(f"    đã chuyển vào thư mục cách ly: {esc(o.quarantine)}")
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
    from ntm_desktop.services.hub_common import LEVELS
    level = LEVELS.get(a.level, a.level).lower()
    ctx.out(data, f"Đã tạo không gian thẩm định “{a.name}” ({level}) tại {ctx.paths.hub}\n"
                  f"Mã vân tay khóa ký: {card['fingerprint']}")
    return 0


# ----------------------------------------------------------------------------- keys
def cmd_keys_show(ctx: Any) -> int:
    ks = _keystore(ctx)
    card = ks.card()
    ident = ks.identity()
    data = {**card, "encrypted": ks.is_encrypted(), "private_key_file": str(ks.private_file),
            "rotation": ident.get("rotation")}
    ctx.out(data, f"{card['name']} ({card['role']}"
                  + (f", xã {card['commune_code']}" if card.get("commune_code") else "") + ")\n"
                  f"Mã vân tay: {card['fingerprint']}\n"
                  f"Mã đọc qua điện thoại: {card['spoken_code']}\n"
                  f"Mã khóa: {card['key_id']}\n"
                  f"Khóa riêng: {ks.private_file}"
                  + (" (có mật khẩu)" if data["encrypted"] else " (không mật khẩu)"))
    return 0


def cmd_keys_qr(ctx: Any) -> int:
    import segno

    from ntm_desktop.services.keys import key_qr_payload
    card = _keystore(ctx).card()
    out = Path(ctx.args.output)
    payload = key_qr_payload(card)
    segno.make(payload, error="m").save(str(out), scale=ctx.args.scale, border=4)
    ctx.out({"output": str(out), "payload": payload, "fingerprint": card["fingerprint"]},
            f"Đã ghi mã QR của khóa vào {out} (mã vân tay {card['fingerprint']}).")
    return 0


def cmd_keys_export_public(ctx: Any) -> int:
    from ntm_desktop.services.keys import write_public_card
    out = Path(ctx.args.output)
    card = write_public_card(_keystore(ctx).card(), out)
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
    from ntm_desktop.core.text import escape_text as esc
    from ntm_desktop.services.keys import read_key_card, trust_appraiser
    from ntm_desktop.sync.trust import card_from_package
    if ctx.args.card and Path(ctx.args.card).is_dir() and _is_appraiser(ctx):
        from ntm_desktop.cli.hub_cmds import cmd_trust_folder
        return cmd_trust_folder(ctx, Path(ctx.args.card))
    if ctx.args.package:  # the key of a package set aside with unknown_key
        path = Path(ctx.args.package)
        if not path.is_file():
            raise NtmError(f"Không đọc được gói dữ liệu {esc(path)}.", code="unreadable")
        card = card_from_package(path)
    else:
        card = read_key_card(Path(ctx.args.card))
    role = (f"mã xã {card['commune_code']}" if card["role"] == "commune"
            and card.get("commune_code") else ROLE_LABELS.get(card["role"], ""))
    who = esc(card["name"]) + (f" ({role})" if role else "")
    given = ctx.args.fingerprint
    if given is not None:
        if given.replace(" ", "").upper() not in (card["fingerprint"].replace(" ", ""),
                                                  card["spoken_code"].replace(" ", "")):
            raise NtmError(f"Mã vân tay không khớp: thẻ có {card['fingerprint']} (mã đọc "
                           f"{card['spoken_code']}).", code="fingerprint_mismatch")
    elif not ctx.args.yes:
        if not sys.stdin.isatty():
            raise NtmError(f"Mã vân tay của thẻ: {card['fingerprint']} (mã đọc "
                           f"{card['spoken_code']}). So với người gửi rồi chạy lại với --yes "
                           "hoặc --fingerprint.", code="confirm_required",
                           detail={"fingerprint": card["fingerprint"],
                                   "spoken_code": card["spoken_code"], "name": esc(card["name"]),
                                   "role": card["role"],
                                   "commune_code": card.get("commune_code")})
        print(f"Thẻ khóa của: {who}")
        print(f"Mã vân tay: {card['fingerprint']}")
        print(f"Mã đọc qua điện thoại: {card['spoken_code']}")
        if input("Người gửi đọc đủ 30 chữ số và khớp? (c/k) ").strip().lower() \
                not in ("c", "co", "có", "y", "yes"):
            raise NtmError("Đã hủy: chưa đăng ký khóa.", code="cancelled")
    if _is_appraiser(ctx):
        from ntm_desktop.services.hub_trust import trust_card
        row = trust_card(_hub(ctx), card, replace=ctx.args.replace)
    else:
        row = trust_appraiser(ctx.workbook(), card)  # the same service the Sync page uses
    ctx.out(row, f"Đã đăng ký khóa của {who}, mã vân tay {card['fingerprint']}.")
    return 0


def _trust(ctx: Any) -> Any:
    from ntm_desktop.sync.trust import CommuneTrust, HubTrust
    return HubTrust(_hub(ctx)) if _is_appraiser(ctx) else CommuneTrust(ctx.workbook())


def cmd_trust_list(ctx: Any) -> int:
    from ntm_desktop.core.text import escape_text as esc
    trust = _trust(ctx)
    rows = trust.list()
    pending = trust.rotations(pending=True)

    def text() -> str:
        if not rows:
            return "Chưa đăng ký khóa nào."
        status = {"active": "đang dùng", "superseded": "đã thay", "revoked": "đã thu hồi"}
        out = [f"{r['fingerprint']}  {status.get(r['status'], r['status']):<10} "
               f"{r.get('commune_code') or '':5} "
               f"{esc(r.get('name') or '')}\n    mã đọc {r.get('spoken_code') or '—'} · mã khóa "
               f"{r['key_id']}" for r in rows]
        if pending:
            out.append(f"\n{len(pending)} lần đổi khóa chưa xác nhận (ntm trust rotations).")
        return "\n".join(out)
    ctx.out(rows, text)
    return 0


def cmd_trust_rotations(ctx: Any) -> int:
    trust = _trust(ctx)
    rows = trust.rotations(pending=ctx.args.pending)
    ctx.out(rows, lambda: "\n".join(
        f"{'ĐÃ XÁC NHẬN' if r['acknowledged_at'] else 'CHƯA XÁC NHẬN'}  xã "
        f"{r.get('commune_code') or '—'}: {r['old_fingerprint']} → {r['new_fingerprint']} "
        f"(nhận lúc {r['accepted_at']})" for r in rows) or "Không có lần đổi khóa nào.")
    return 0


def cmd_trust_ack_rotation(ctx: Any) -> int:
    from ntm_desktop.sync.trust import acknowledge_rotation
    row = acknowledge_rotation(_trust(ctx), ctx.args.key, getattr(ctx.args, "author", None))
    ctx.out(row, f"Đã xác nhận lần đổi khóa sang {row['new_fingerprint']}.")
    return 0


def cmd_trust_revoke(ctx: Any) -> int:
    from ntm_desktop.core.text import escape_text as esc
    from ntm_desktop.sync.trust import revoke_key
    row = revoke_key(_trust(ctx), ctx.args.key, ctx.args.reason, since=ctx.args.since)
    lines = [f"Đã thu hồi khóa {row['fingerprint']} ({esc(row.get('name'))})."]
    lines += [f"Cũng thu hồi khóa {r['fingerprint']} (do khóa này chứng nhận khi đổi khóa)."
              for r in row.get("also_revoked", [])]
    lines += [f"Dữ liệu nhận từ các khóa này đã được để riêng: {esc(p)}. Xã cần gửi gói đầy "
              "đủ (ntm export --full) ký bằng khóa mới." for p in row.get("set_aside", [])]
    lines += [f"CHƯA để riêng được dữ liệu của xã {c} (tệp đang được chương trình khác mở): hãy "
              "đóng các chương trình NTM khác rồi chạy lại lệnh thu hồi này."
              for c in row.get("set_aside_failed", [])]
    ctx.out(row, "\n".join(lines))
    return 0


def cmd_quarantine_clean(ctx: Any) -> int:
    from ntm_desktop.core import vnformat
    from ntm_desktop.sync.importer import clean_quarantine
    r = clean_quarantine(ctx.paths.quarantine, older_than_days=ctx.args.older_than)
    ctx.out(r, f"Đã xóa {vnformat.number(r['files'])} tệp "
               f"({vnformat.number(r['bytes'])} byte) trong thư mục cách ly.")
    return 0


# ----------------------------------------------------------------------------- packages
def cmd_export(ctx: Any) -> int:
    from ntm_desktop.core import vnformat
    from ntm_desktop.services import packages as packages_svc
    from ntm_desktop.sync.workspace import passphrase_for
    if _is_appraiser(ctx):
        raise NtmError("Không gian thẩm định gửi phản hồi bằng “ntm feedback export”.",
                       code="wrong_workspace")
    ks = _keystore(ctx)
    dest = Path(ctx.args.output) if ctx.args.output else Path.cwd()
    ctx.close()  # the service works on a connection of its own, as the Đồng bộ page does
    r = packages_svc.export_package(ctx.workbook_path, ctx.paths, dest, full=ctx.args.full,
                                    passphrase=passphrase_for(ks, ctx.args.passphrase_env))
    ctx.out(r, f"Đã xuất gói số {r['seq']} ({r['entries']} thay đổi, {r['blobs']} tệp đính kèm, "
               f"{vnformat.number(r['size'])} byte) vào {r['path']}\nMã hồ sơ: {r['dossier_code']}")
    return 0


def cmd_verify(ctx: Any) -> int:
    from ntm_desktop.sync import importer
    # the line printed on a dossier works as printed: without a workbook (and not in an
    # appraiser workspace) the package is checked on its own, against the paper's code
    paper = bool(ctx.args.dossier_code) and not _is_appraiser(ctx) and \
        not ctx.workbook_path.exists()
    if not paper and not _is_appraiser(ctx):  # the Đồng bộ page's "Kiểm tra gói"
        from ntm_desktop.services.packages import verify_package
        ctx.workbook()  # a clear message when there is no workbook
        o = verify_package(ctx.workbook_path, ctx.paths, Path(ctx.args.file),
                           ctx.args.dossier_code)
    else:
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
    if _is_appraiser(ctx):  # the same service as the appraiser's window (caches, approvals)
        from ntm_desktop.cli.hub_cmds import cmd_hub_import
        return cmd_hub_import(ctx, files)
    from ntm_desktop.services.packages import import_packages
    ctx.workbook()  # the commune's workbook must exist (a clear message if it does not)
    # the Đồng bộ page's service: applies, describes catalogs, writes the package log
    outcomes = import_packages(ctx.workbook_path, ctx.paths, files).outcomes
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
    from ntm_desktop.services.approval import export_feedback
    from ntm_desktop.sync.workspace import read_passphrase
    r = export_feedback(ctx.paths, ctx.args.code, Path(ctx.args.output),
                        passphrase=read_passphrase(ctx.args.passphrase_env))
    ctx.out(r, f"Đã xuất phản hồi số {r['seq']} ({r['appraisals']} kết quả) vào {r['file']}")
    return 0


def cmd_catalog_publish(ctx: Any) -> int:
    """``ntm catalog publish [FILE] -o OUT``: the hub's draft (``--set``), or an overlay file;
    both through services.catalog_editor (checks, signature, version kept in the hub)."""
    from ntm_desktop.services import catalog_editor as ce
    from ntm_desktop.store.hub import Hub
    from ntm_desktop.sync.workspace import keystore, passphrase_for
    a = ctx.args
    ks = keystore(ctx.paths)
    phrase = passphrase_for(ks, getattr(a, "passphrase_env", None))
    if a.overlay:
        r = ce.publish_file(ctx.paths.hub, ctx.paths.keys, Path(a.overlay), Path(a.output),
                            passphrase=phrase)
    else:
        with Hub.open(ctx.paths.hub) as hub:
            draft = ce.open_draft(hub, a.set)
        if a.version:
            ce.set_header(draft, "version", a.version)
        r = ce.publish(ctx.paths.hub, ctx.paths.keys, draft, Path(a.output), passphrase=phrase)
    ctx.out(r, f"Đã ban hành bộ tiêu chí {r['id']} phiên bản {r['version']} (gói số {r['seq']}) "
               f"vào {r['file']}\nCăn cứ: {r['legal_source']}")
    return 0


# ----------------------------------------------------------------------------- registration
def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             groups: dict[str, argparse._SubParsersAction]) -> None:
    """Adds the sync command group; hooks ``init appraiser`` and ``catalog publish`` into the
    groups other modules created."""
    def add(name: str, help_: str, func: Any, parent: Any = sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_, parents=[common])
        p.set_defaults(func=func)
        return p

    def pass_env(p: argparse.ArgumentParser) -> None:
        p.add_argument("--passphrase-env", metavar="BIẾN",
                       help="đọc mật khẩu khóa ký từ biến môi trường này")

    p = add("appraiser", "tạo không gian thẩm định (huyện/tỉnh)", cmd_init_appraiser,
            groups["init"])
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
    src.add_argument("--card", help="tệp thẻ khóa công khai (ntm keys export-public), hoặc "
                                    "thư mục chứa thẻ khóa của nhiều xã")
    src.add_argument("--package", help="lấy khóa của người gửi từ một gói dữ liệu (ví dụ gói "
                                       "bị để riêng vì khóa chưa đăng ký)")
    p.add_argument("--fingerprint", help="mã vân tay (hoặc mã đọc 30 chữ số) đã đối chiếu")
    p.add_argument("--yes", action="store_true", help="đã đối chiếu mã vân tay")
    p.add_argument("--replace", action="store_true",
                   help="khóa mới thay khóa đang dùng của xã (xã đã xác nhận qua điện thoại)")
    add("list", "danh sách khóa", cmd_trust_list, trust)
    p = add("rotations", "các lần đổi khóa nhận được trong gói dữ liệu", cmd_trust_rotations,
            trust)
    p.add_argument("--pending", action="store_true", help="chỉ những lần chưa xác nhận")
    p = add("ack-rotation", "xác nhận một lần đổi khóa (đã gọi điện cho bên gửi)",
            cmd_trust_ack_rotation, trust)
    p.add_argument("key", help="mã khóa hoặc mã vân tay của khóa MỚI")
    p = add("revoke", "thu hồi khóa (và mọi khóa nó đã chứng nhận khi đổi khóa)",
            cmd_trust_revoke, trust)
    p.add_argument("key", help="mã khóa hoặc mã vân tay")
    p.add_argument("--reason")
    p.add_argument("--since", metavar="THỜI_ĐIỂM",
                   help="khóa có thể đã bị lộ từ lúc này (ví dụ 2025-07-05 hoặc 05/7/2025; mặc "
                        "định: từ khi đăng ký khóa)")

    quarantine = sub.add_parser("quarantine", help="thư mục cách ly gói bị từ chối"
                                ).add_subparsers(metavar="LỆNH")
    groups["quarantine"] = quarantine
    p = add("clean", "xóa các tệp trong thư mục cách ly", cmd_quarantine_clean, quarantine)
    p.add_argument("--older-than", type=int, metavar="NGÀY",
                   help="chỉ xóa tệp cũ hơn số ngày này")

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
    p.add_argument("--result", choices=list(APPRAISAL_RESULTS), required=True)
    p.add_argument("--status", choices=[s for s in APPRAISAL_STATUSES if s] + ["none"])
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

    p = add("publish", "ký và xuất bộ tiêu chí của tỉnh cho các xã", cmd_catalog_publish,
            groups["catalog"])
    p.add_argument("overlay", nargs="?", help="tệp bộ tiêu chí của tỉnh (.json); bỏ trống để "
                                              "ban hành bản dự thảo trong không gian thẩm định")
    p.add_argument("--set", default="qd51-2025", help="bộ tiêu chí quốc gia của bản dự thảo")
    p.add_argument("--version", help="phiên bản ban hành (mặc định: phiên bản của bản dự thảo)")
    p.add_argument("-o", "--output", required=True)
    pass_env(p)
