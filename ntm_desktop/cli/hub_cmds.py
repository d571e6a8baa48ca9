"""The appraiser's commands over the same services as the appraiser's window:

* ``ntm communes [--year Y]`` — one line per commune (criteria met, last package, approval);
* ``ntm approval list [--year Y]``, ``ntm approval return CODE --year Y --comment TEXT -o DIR``,
  ``ntm approval approve CODE --year Y [-o DIR]``;
* ``ntm quarantine list``, ``ntm quarantine recheck FILE…|--all``,
  ``ntm quarantine delete FILE… --yes``;
* ``ntm trust add --card DIR`` (a folder of cards) is handled here for the appraiser.

``ntm import`` in an appraiser workspace also goes through :mod:`services.hub_import`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import NtmError


def _passphrase(ctx: Any) -> str | None:
    from ntm_desktop.sync.workspace import read_passphrase
    return read_passphrase(getattr(ctx.args, "passphrase_env", None))


def _year(ctx: Any) -> int:
    from ntm_desktop.store.evaluation_service import default_year
    return ctx.args.year or default_year()


# ----------------------------------------------------------------------------- import
def print_import(ctx: Any, result: Any) -> int:
    """Print the result lines of :func:`services.hub_import.import_packages`; exit 2 if any
    file was refused (as ``ntm import`` always did)."""
    bad = [line for line in result.lines if not line.ok]
    if ctx.json:
        print(json.dumps({"outcomes": [line.to_json() for line in result.lines],
                          "error": bad[0].code if bad else None, "rejected": len(bad)},
                         ensure_ascii=False, indent=2, default=str))
    else:
        head = {"applied": "ĐÃ NHẬP", "duplicate": "ĐÃ CÓ", "rejected": "TỪ CHỐI",
                "set_aside": "ĐỂ RIÊNG"}
        for line in result.lines:
            print(f"[{head.get(line.status, line.status)}] {line.file}: {line.text()}")
            if line.code and not line.ok:
                print(f"    mã lỗi: {line.code}")
            if line.quarantine:
                print(f"    đã chuyển vào thư mục cách ly: {line.quarantine}")
            rot = line.key_rotation
            if rot:
                print(f"    CHÚ Ý: xã đã đổi khóa ký, từ {rot['old_fingerprint']} sang "
                      f"{rot['new_fingerprint']}. Hãy gọi điện cho xã để xác nhận, rồi chạy "
                      f"“ntm trust ack-rotation {rot['new_key_id']}”; nếu xã không đổi khóa, "
                      "thu hồi khóa cũ (ntm trust revoke … --since NGÀY).")
    return 2 if bad else 0


def cmd_hub_import(ctx: Any, files: list[Path]) -> int:
    from ntm_desktop.services.hub_import import import_packages
    return print_import(ctx, import_packages(ctx.paths, files))


# ----------------------------------------------------------------------------- trust
def cmd_trust_folder(ctx: Any, folder: Path) -> int:
    """``ntm trust add --card DIR``: every card of the folder, each fingerprint confirmed."""
    from ntm_desktop.services import hub_trust
    rows = hub_trust.scan_cards(ctx.paths, [folder])
    todo = [r for r in rows if r.state in (hub_trust.NEW, hub_trust.CONFLICT)]
    replace = {r.commune_code for r in todo if r.state == hub_trust.CONFLICT} \
        if ctx.args.replace else set()
    if not ctx.args.yes:
        if not sys.stdin.isatty():
            raise NtmError("Đọc mã vân tay từng thẻ cho xã xác nhận rồi chạy lại với --yes.",
                           code="confirm_required",
                           detail=[{"file": r.file, "commune_code": r.commune_code,
                                    "fingerprint": r.fingerprint, "state": r.state}
                                   for r in rows])
        picked = []
        for r in todo:
            print(f"{r.commune_code} {r.name}: {r.fingerprint}")
            if input("Khớp? (c/k) ").strip().lower() in ("c", "co", "có", "y", "yes"):
                picked.append(r)
        todo = picked
    results = hub_trust.trust_cards(ctx.paths, [r.card for r in todo if r.card],
                                    replace=replace)
    out = [{"file": r.file, "state": r.state, "commune_code": r.commune_code,
            "fingerprint": r.fingerprint, "error": r.error} for r in rows]
    for res in results:
        for o in out:
            if o["fingerprint"] == res["card"]["fingerprint"]:
                o["trusted"] = res["ok"]
                if not res["ok"]:
                    o["error"], o["code"] = res["message"], res["code"]
    ctx.out(out, lambda: "\n".join(
        f"{'ĐÃ ĐĂNG KÝ' if o.get('trusted') else o['state'].upper():<11} {o['commune_code']:<5} "
        f"{o['fingerprint'] or ''}  {Path(o['file']).name}"
        + (f"  — {o['error']}" if o.get("error") else "") for o in out)
        or "Thư mục không có thẻ khóa nào.")
    return 0 if all(o.get("trusted", True) for o in out) else 2


# ----------------------------------------------------------------------------- communes
def cmd_communes(ctx: Any) -> int:
    from ntm_desktop.services.communes import STATE_LABELS, commune_rows
    rows = commune_rows(ctx.paths, _year(ctx))
    data = [r.__dict__ for r in rows]
    ctx.out(data, lambda: "\n".join(
        f"{r.code} {r.name:<28} {r.met if r.met is not None else '—'}/"
        f"{r.total if r.total is not None else '—'} tiêu chí"
        f"{' (thẩm định)' if r.by_appraiser else ''}  gói số {r.last_seq}  "
        f"{STATE_LABELS.get(r.state, r.state)}"
        + (f"  [{', '.join(r.problems)}]" if r.problems else "") for r in rows)
        or "Chưa nhận dữ liệu của xã nào.")
    return 0


# ----------------------------------------------------------------------------- approval
def cmd_approval_list(ctx: Any) -> int:
    from ntm_desktop.services.approval import approval_list
    from ntm_desktop.services.communes import STATE_LABELS
    rows = approval_list(ctx.paths, ctx.args.year)
    ctx.out(rows, lambda: "\n".join(
        f"{r['code']} {r['name'] or '':<28} năm {r['year']}: {STATE_LABELS.get(r['state'])}"
        + (f" — {r['comment']}" if r["comment"] else "") for r in rows)
        or "Chưa có hồ sơ nào.")
    return 0


def cmd_approval_return(ctx: Any) -> int:
    from ntm_desktop.services.approval import return_commune
    a = ctx.args
    r = return_commune(ctx.paths, a.code, _year(ctx), a.comment, Path(a.output),
                       passphrase=_passphrase(ctx), decided_by=a.by)
    ctx.out(r, f"Đã trả lại hồ sơ năm {_year(ctx)} của xã {a.code}. Gửi cho xã tệp phản hồi "
               f"{r['feedback']['file']}.")
    return 0


def cmd_approval_approve(ctx: Any) -> int:
    from ntm_desktop.services.approval import approve
    a = ctx.args
    r = approve(ctx.paths, a.code, _year(ctx), comment=a.comment,
                dest=Path(a.output) if a.output else None, passphrase=_passphrase(ctx),
                decided_by=a.by)
    msg = f"Đã phê duyệt và khóa hồ sơ năm {_year(ctx)} của xã {a.code}."
    if r["feedback"]:
        msg += f" Gửi cho xã tệp phản hồi {r['feedback']['file']}."
    ctx.out(r, msg)
    return 0


# ----------------------------------------------------------------------------- quarantine
def cmd_quarantine_list(ctx: Any) -> int:
    from ntm_desktop.services.quarantine import list_quarantine
    items = list_quarantine(ctx.paths)
    data = [{**i.__dict__, "received": i.received.isoformat() if i.received else None}
            for i in items]
    ctx.out(data, lambda: "\n".join(
        f"{Path(i.path).name}\n    {i.code}: {i.reason}\n    nhận lúc "
        f"{i.received:%d/%m/%Y %H:%M}" if i.received else f"{Path(i.path).name}: {i.reason}"
        for i in items) or "Thư mục cách ly trống.")
    return 0


def _q_files(ctx: Any) -> list[Path]:
    from ntm_desktop.services.quarantine import list_quarantine
    if getattr(ctx.args, "all", False):
        return [Path(i.path) for i in list_quarantine(ctx.paths)]
    folder = ctx.paths.quarantine
    return [Path(f) if Path(f).is_absolute() else folder / f for f in ctx.args.files]


def cmd_quarantine_recheck(ctx: Any) -> int:
    from ntm_desktop.services.quarantine import recheck
    return print_import(ctx, recheck(ctx.paths, _q_files(ctx)))


def cmd_quarantine_delete(ctx: Any) -> int:
    from ntm_desktop.services.quarantine import delete_item
    if not ctx.args.yes:
        raise NtmError("Xóa hẳn tệp khỏi thư mục cách ly: chạy lại với --yes.",
                       code="confirm_required")
    files = _q_files(ctx)
    for f in files:
        delete_item(ctx.paths, f)
    ctx.out({"deleted": [str(f) for f in files]}, f"Đã xóa {len(files)} tệp.")
    return 0


# ----------------------------------------------------------------------------- registration
def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             groups: dict[str, argparse._SubParsersAction]) -> None:
    def add(name: str, help_: str, func: Any, parent: Any = sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_, parents=[common])
        p.set_defaults(func=func)
        return p

    p = add("communes", "danh sách các xã trong kho thẩm định", cmd_communes)
    p.add_argument("--year", type=int)

    ap = sub.add_parser("approval", help="phê duyệt hồ sơ của xã").add_subparsers(
        metavar="LỆNH")
    p = add("list", "trạng thái hồ sơ của các xã", cmd_approval_list, ap)
    p.add_argument("--year", type=int)
    p = add("return", "trả lại hồ sơ kèm ý kiến (xuất gói phản hồi)", cmd_approval_return, ap)
    p.add_argument("code")
    p.add_argument("--year", type=int)
    p.add_argument("--comment", required=True)
    p.add_argument("-o", "--output", required=True, help="thư mục hoặc tệp .ntmpkg")
    p.add_argument("--by", help="người quyết định")
    p.add_argument("--passphrase-env", metavar="BIẾN")
    p = add("approve", "phê duyệt và khóa năm đánh giá", cmd_approval_approve, ap)
    p.add_argument("code")
    p.add_argument("--year", type=int)
    p.add_argument("--comment")
    p.add_argument("-o", "--output", help="cũng xuất gói phản hồi báo cho xã")
    p.add_argument("--by")
    p.add_argument("--passphrase-env", metavar="BIẾN")

    qp = groups["quarantine"]  # created with ``quarantine clean`` (sync_cmds)
    add("list", "liệt kê tệp, lý do, ngày, người gửi (tự khai)", cmd_quarantine_list, qp)
    p = add("recheck", "kiểm tra lại (sau khi đăng ký khóa…)", cmd_quarantine_recheck, qp)
    p.add_argument("files", nargs="*")
    p.add_argument("--all", action="store_true")
    p = add("delete", "xóa tệp khỏi thư mục cách ly", cmd_quarantine_delete, qp)
    p.add_argument("files", nargs="*")
    p.add_argument("--all", action="store_true")
    p.add_argument("--yes", action="store_true")
