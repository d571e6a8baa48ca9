"""Criteria catalogs: list, show, validate, install; the province's editor (draft, header, edit,
add, split, remove, restore, diff, export-xlsx, import-xlsx — ``publish`` is registered by
sync_cmds). Every editing command calls :mod:`ntm_desktop.services.catalog_editor`, as the hub's
“Bộ tiêu chí của tỉnh” page does."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def cmd_list(ctx: Any) -> int:
    from ntm_desktop.core import catalog as cat
    rows = []
    for cid in cat.builtin_catalog_ids():
        c = cat.load_catalog(cid)
        rows.append({"id": c.id, "version": c.version, "title": c.title,
                     "criteria": len(c.criteria), "indicators": len(c.indicators())})
    installed: dict[str, Any] = {}
    if ctx.workbook_path.exists():
        from ntm_desktop.store.evaluation_service import installed_overlays
        installed = installed_overlays(ctx.workbook())
    data = {"national": rows, "overlays": [{"id": k, "version": v.get("version"),
                                            "title": v.get("title"), "base": v.get("base")}
                                           for k, v in installed.items()]}
    ctx.out(data, lambda: "\n".join(
        [f"{r['id']}  {r['version']}  {r['criteria']} tiêu chí, {r['indicators']} chỉ tiêu — "
         f"{r['title']}" for r in rows] +
        [f"{o['id']}  {o['version']}  (bổ sung của tỉnh cho {o['base']}) — {o['title']}"
         for o in data["overlays"]]))
    return 0


def cmd_show(ctx: Any) -> int:
    from ntm_desktop.core import catalog as cat
    c = cat.load_catalog(ctx.args.id)
    data = {"id": c.id, "version": c.version, "title": c.title, "sha256": c.sha256,
            "criteria": [{"code": k.code, "name": k.name, "group": k.group_name,
                          "indicators": [{"code": i.code, "text": i.text, "kind": i.kind,
                                          "comparator": i.comparator, "unit": i.unit,
                                          "verified": i.verified,
                                          "thresholds": [t._asdict() for t in i.thresholds]}
                                         for i in k.indicators]} for k in c.criteria]}

    def text() -> str:
        lines = [f"{c.title} ({c.id} {c.version})"]
        for k in c.criteria:
            lines.append(f"Tiêu chí {k.code}. {k.name}")
            for i in k.indicators:
                mark = "" if i.verified else " [chưa xác minh]"
                lines.append(f"   {i.code} {i.text}{mark}")
        return "\n".join(lines)
    ctx.out(data, text)
    return 0


def cmd_validate(ctx: Any) -> int:
    """A catalog/overlay .json (the same whole-document check as the editor) or an editor
    table .xlsx (every row and cell checked)."""
    from ntm_desktop.core import catalog as cat
    from ntm_desktop.core.errors import ValidationError
    from ntm_desktop.services import catalog_editor as ce
    path = Path(ctx.args.file)
    if path.suffix.lower() == ".xlsx":
        draft, issues = ce.import_xlsx(path)
        errors = ce.errors_of(issues)
        data = {"ok": not errors, "id": draft.id, "issues": [i.to_json() for i in issues]}
        if errors:
            raise ValidationError(ISSUES_FAILED, code="draft_invalid", detail=data["issues"],
                                  args={"count": str(len(errors)),
                                        "first": _issue_line(errors[0])})
        ctx.out(data, lambda: "\n".join([f"Hợp lệ: {draft.id} {draft.version}"]
                                        + [_issue_line(i) for i in issues]))
        return 0
    doc = cat.load_catalog_file(path)
    ce.check_overlay(doc)
    ctx.out({"ok": True, "id": doc.get("id")}, f"Hợp lệ: {doc.get('id')} {doc.get('version')}")
    return 0


def cmd_install(ctx: Any) -> int:
    from ntm_desktop.core import catalog as cat
    from ntm_desktop.store.evaluation_service import install_overlay
    doc = cat.load_catalog_file(Path(ctx.args.file))
    oid = install_overlay(ctx.workbook(), doc, activate=not ctx.args.no_activate)
    ctx.out({"installed": oid}, f"Đã cài bộ tiêu chí của tỉnh: {oid}")
    return 0


# ----------------------------------------------------------------------- the province's editor
ISSUES_FAILED = "Bộ tiêu chí còn {count} lỗi: {first}"
DEFAULT_SET = "qd51-2025"  # services.catalog_editor.DEFAULT_SET (imported lazily)


def _issue_line(i: Any) -> str:
    mark = "LỖI" if i.severity == "error" else "lưu ý"
    where = f"chỉ tiêu {i.row.lstrip('+')}, " if i.row else ""
    return f"  [{mark}] {where}{i.column}: {i.message}"


def _hub(ctx: Any) -> Any:
    from ntm_desktop.store.hub import Hub
    hub = Hub.open(ctx.paths.hub)
    ctx._catalog_hub = hub
    return hub


def _draft(ctx: Any) -> tuple[Any, Any]:
    from ntm_desktop.services import catalog_editor as ce
    hub = _hub(ctx)
    return hub, ce.open_draft(hub, ctx.args.set, province_name=None)


def _save(ctx: Any, hub: Any, draft: Any, issues: list[Any], message: str) -> int:
    from ntm_desktop.services import catalog_editor as ce
    try:
        ce.save_draft(hub, draft)
    finally:
        hub.close()
    data = {"id": draft.id, "version": draft.version, "base": draft.base,
            "issues": [i.to_json() for i in issues]}
    ctx.out(data, lambda: "\n".join([message] + [_issue_line(i) for i in issues]))
    return 0


def _row_json(draft: Any, row: Any, states: dict[str, str]) -> dict[str, Any]:
    return {"key": row.key, "criterion": row.criterion, "code": row.code, "text": row.text,
            "kind": row.kind, "comparator": row.comparator, "unit": row.unit,
            "levels": {(k or "chung"): v for k, v in row.levels.items() if v is not None},
            "year": row.year, "confirmed": row.confirmed, "decision": row.decision,
            "state": states[row.key]}


def cmd_draft_new(ctx: Any) -> int:
    from ntm_desktop.core.errors import ConflictError
    from ntm_desktop.services import catalog_editor as ce
    a = ctx.args
    hub = _hub(ctx)
    if ce.load_draft(hub, a.set) is not None and not a.force:
        hub.close()
        raise ConflictError("Đã có bản dự thảo cho bộ tiêu chí này; dùng --force để bắt đầu lại.",
                            code="draft_exists")
    draft = ce.new_draft(a.set, province_name=a.province or "", province_code=a.province_code,
                         overlay_id=a.id)
    return _save(ctx, hub, draft, ce.validate(draft),
                 f"Đã tạo bản dự thảo {draft.id} từ bộ tiêu chí {a.set} "
                 f"({len(draft.rows)} chỉ tiêu).")


def cmd_draft_show(ctx: Any) -> int:
    from ntm_desktop.core import vnformat as vf
    from ntm_desktop.services import catalog_editor as ce
    hub, draft = _draft(ctx)
    hub.close()
    issues = ce.validate(draft)
    states = ce.row_states(draft)
    data = {"id": draft.id, "version": draft.version, "base": draft.base,
            "title": draft.title, "decision": draft.decision, "legal_source":
            ce.legal_source(draft), "rows": [_row_json(draft, r, states) for r in draft.rows],
            "issues": [i.to_json() for i in issues]}

    def text() -> str:
        lines = [f"{draft.title} — {draft.id} {draft.version} (dựa trên {draft.base})",
                 f"Căn cứ: {ce.legal_source(draft)}", ""]
        for r in draft.rows:
            state = ce.ORIGIN_LABELS[states[r.key]]
            levels = ", ".join(f"{k or 'chung'} {ce.COMPARATOR_SIGNS.get(r.comparator, '')} "
                               f"{vf.number(v, 4, trim=True)}" for k, v in r.levels.items()
                               if v is not None) or "—"
            kind = ce.KIND_LABELS.get(r.kind, r.kind)
            lines.append(f"  {r.code:<6} [{state}] {r.text} ({r.unit or kind}): {levels}")
        return "\n".join(lines + [_issue_line(i) for i in issues])
    ctx.out(data, text)
    return 0


def cmd_draft_header(ctx: Any) -> int:
    from ntm_desktop.services import catalog_editor as ce
    a = ctx.args
    hub, draft = _draft(ctx)
    issues: list[Any] = []
    for name, value in (("id", a.id), ("version", a.version), ("title", a.title),
                        ("province_name", a.province), ("province_code", a.province_code),
                        ("effective_from", a.effective_from),
                        ("decision.number", a.number), ("decision.date", a.date),
                        ("decision.issuer", a.issuer), ("decision.title", a.decision_title),
                        ("decision.url", a.url)):
        if value is not None:
            issues = ce.set_header(draft, name, value)
    return _save(ctx, hub, draft, issues or ce.header_issues(draft),
                 f"Đã lưu thông tin bộ tiêu chí {draft.id}. Căn cứ: {ce.legal_source(draft)}")


def cmd_edit(ctx: Any) -> int:
    from ntm_desktop.core.errors import ValidationError
    from ntm_desktop.services import catalog_editor as ce
    a = ctx.args
    hub, draft = _draft(ctx)
    changes: list[tuple[str, Any]] = []
    for name in ("text", "kind", "comparator", "unit", "year", "note"):
        if getattr(a, name) is not None:
            changes.append((name, getattr(a, name)))
    for item in a.level or []:
        dim, sep, value = item.partition("=")
        if not sep:
            hub.close()
            raise ValidationError("Mức đạt chuẩn ghi dạng NHÓM=GIÁ_TRỊ, ví dụ N2=80 hoặc "
                                  "chung=80.", field="level")
        changes.append((f"level.{dim.strip()}", value))
    for name, value in (("decision.number", a.decision_number), ("decision.date",
                        a.decision_date), ("decision.issuer", a.decision_issuer)):
        if value is not None:
            changes.append((name, value))
    if a.confirm is not None:
        changes.append(("confirmed", a.confirm == "yes"))
    issues: list[Any] = []
    try:
        for name, value in changes:
            issues = ce.set_field(draft, a.code, name, value)
    except ValidationError:
        hub.close()
        raise
    return _save(ctx, hub, draft, issues, f"Đã sửa chỉ tiêu {a.code} trong bản dự thảo.")


def cmd_add(ctx: Any) -> int:
    from ntm_desktop.services import catalog_editor as ce
    a = ctx.args
    hub, draft = _draft(ctx)
    try:
        row = ce.add_row(draft, a.criterion, after=a.after, text=a.text or "", kind=a.kind,
                         unit=a.unit if a.unit is not None else ("%" if a.kind == "percent"
                                                                 else ""))
        issues = ce.row_issues(draft, row)
        for item in a.level or []:
            dim, _, value = item.partition("=")
            issues = ce.set_field(draft, row.key, f"level.{dim.strip()}", value)
    except Exception:
        hub.close()
        raise
    return _save(ctx, hub, draft, issues, f"Đã thêm chỉ tiêu {row.code} vào tiêu chí "
                                          f"{row.criterion}.")


def cmd_split(ctx: Any) -> int:
    from ntm_desktop.services import catalog_editor as ce
    hub, draft = _draft(ctx)
    try:
        rows = ce.split_row(draft, ctx.args.code, ctx.args.parts)
    except Exception:
        hub.close()
        raise
    return _save(ctx, hub, draft, [], f"Đã tách chỉ tiêu {ctx.args.code} thành "
                                      f"{', '.join(r.code for r in rows)}.")


def cmd_remove(ctx: Any) -> int:
    from ntm_desktop.services import catalog_editor as ce
    hub, draft = _draft(ctx)
    try:
        ce.remove_row(draft, ctx.args.code)
    except Exception:
        hub.close()
        raise
    return _save(ctx, hub, draft, ce.header_issues(draft),
                 f"Đã bỏ chỉ tiêu {ctx.args.code} khỏi bộ tiêu chí của tỉnh.")


def cmd_restore(ctx: Any) -> int:
    from ntm_desktop.services import catalog_editor as ce
    hub, draft = _draft(ctx)
    try:
        ce.restore_row(draft, ctx.args.code)
    except Exception:
        hub.close()
        raise
    return _save(ctx, hub, draft, [], f"Đã khôi phục chỉ tiêu {ctx.args.code}.")


def cmd_diff(ctx: Any) -> int:
    from ntm_desktop.services import catalog_editor as ce
    hub, draft = _draft(ctx)
    try:
        changes = (ce.diff_national(draft) if ctx.args.against == "national"
                   else ce.diff_published(hub, draft))
    finally:
        hub.close()
    if changes is None:
        ctx.out({"published": None, "changes": []}, "Bộ tiêu chí này chưa ban hành lần nào.")
        return 0
    what = {"added": "thêm", "removed": "bỏ", "changed": "sửa"}

    def text() -> str:
        lines = []
        for c in changes:
            lines.append(f"  {c.code}: {what[c.what]}")
            lines += [f"      {f}: “{b}” → “{a}”" for f, b, a in c.fields]
        return "\n".join(lines) or "Không có thay đổi."
    ctx.out({"changes": [c.to_json() for c in changes]}, text)
    return 0


def cmd_export_xlsx(ctx: Any) -> int:
    from ntm_desktop.services import catalog_editor as ce
    hub, draft = _draft(ctx)
    hub.close()
    r = ce.export_xlsx(draft, Path(ctx.args.file))
    ctx.out(r, f"Đã ghi bảng bộ tiêu chí ({r['rows']} chỉ tiêu) vào {r['file']}")
    return 0


def cmd_import_xlsx(ctx: Any) -> int:
    from ntm_desktop.services import catalog_editor as ce
    hub, current = _draft(ctx)
    try:
        draft, issues = ce.import_xlsx(Path(ctx.args.file), current)
    except Exception:
        hub.close()
        raise
    if draft.base != ctx.args.set:
        current = None
    return _save(ctx, hub, draft, issues, f"Đã đọc bảng Excel vào bản dự thảo {draft.id} "
                                          f"({len(draft.live_rows())} chỉ tiêu).")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             groups: dict[str, argparse._SubParsersAction]) -> None:
    catalog = sub.add_parser("catalog", help="bộ tiêu chí").add_subparsers(metavar="LỆNH")
    groups["catalog"] = catalog
    p = catalog.add_parser("list", help="các bộ tiêu chí có sẵn và đã cài", parents=[common])
    p.set_defaults(func=cmd_list)
    p = catalog.add_parser("show", help="xem một bộ tiêu chí", parents=[common])
    p.add_argument("id")
    p.set_defaults(func=cmd_show)
    p = catalog.add_parser("validate", help="kiểm tra tệp bộ tiêu chí", parents=[common])
    p.add_argument("file")
    p.set_defaults(func=cmd_validate)
    p = catalog.add_parser("install", help="cài bộ tiêu chí bổ sung của tỉnh", parents=[common])
    p.add_argument("file")
    p.add_argument("--no-activate", action="store_true")
    p.set_defaults(func=cmd_install)

    def add(name: str, help_: str, func: Any, parent: Any = catalog) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_, parents=[common])
        p.add_argument("--set", default=DEFAULT_SET, help=f"bộ tiêu chí quốc gia (mặc định "
                                                          f"{DEFAULT_SET})")
        p.set_defaults(func=func)
        return p

    draft = catalog.add_parser("draft", help="bản dự thảo bộ tiêu chí của tỉnh (nơi thẩm "
                                             "định)").add_subparsers(metavar="LỆNH")
    p = add("new", "bắt đầu bản dự thảo từ bộ tiêu chí quốc gia", cmd_draft_new, draft)
    p.add_argument("--province", help="tên tỉnh")
    p.add_argument("--province-code", help="mã tỉnh (2 chữ số)")
    p.add_argument("--id", help="mã bộ tiêu chí của tỉnh, ví dụ 99-qd51-2025")
    p.add_argument("--force", action="store_true", help="bỏ bản dự thảo đang có")
    add("show", "xem bản dự thảo và các lỗi", cmd_draft_show, draft)
    p = add("header", "quyết định ban hành, tên, mã, phiên bản", cmd_draft_header, draft)
    for opt, help_ in (("--number", "số quyết định, ví dụ 15/2026/QĐ-UBND"),
                       ("--date", "ngày ban hành (dd/mm/yyyy)"),
                       ("--issuer", "cơ quan ban hành, ví dụ “UBND tỉnh …”"),
                       ("--decision-title", "trích yếu quyết định"), ("--url", "đường dẫn"),
                       ("--id", "mã bộ tiêu chí của tỉnh"), ("--version", "phiên bản"),
                       ("--title", "tên bộ tiêu chí"), ("--province", "tên tỉnh"),
                       ("--province-code", "mã tỉnh"),
                       ("--effective-from", "áp dụng từ ngày (dd/mm/yyyy)")):
        p.add_argument(opt, help=help_)
    p = add("edit", "sửa một chỉ tiêu của bản dự thảo", cmd_edit)
    p.add_argument("code")
    p.add_argument("--text")
    p.add_argument("--kind", choices=["percent", "amount", "count", "boolean", "must_be_none"])
    p.add_argument("--comparator", choices=[">=", "<=", "="])
    p.add_argument("--unit")
    p.add_argument("--level", action="append", metavar="NHÓM=GIÁ_TRỊ",
                   help="mức đạt chuẩn, ví dụ N2=80 hoặc chung=80 (dùng được nhiều lần)")
    p.add_argument("--year", help="áp dụng từ năm")
    p.add_argument("--note")
    p.add_argument("--confirm", choices=["yes", "no"], help="tỉnh đã xác nhận mức này")
    p.add_argument("--decision-number", help="quyết định riêng của chỉ tiêu (nếu khác)")
    p.add_argument("--decision-date")
    p.add_argument("--decision-issuer")
    p = add("add", "thêm chỉ tiêu của tỉnh vào một tiêu chí", cmd_add)
    p.add_argument("criterion")
    p.add_argument("--after", help="đặt sau chỉ tiêu này")
    p.add_argument("--text")
    p.add_argument("--kind", default="percent",
                   choices=["percent", "amount", "count", "boolean", "must_be_none"])
    p.add_argument("--unit")
    p.add_argument("--level", action="append", metavar="NHÓM=GIÁ_TRỊ")
    p = add("split", "tách một chỉ tiêu thành nhiều chỉ tiêu", cmd_split)
    p.add_argument("code")
    p.add_argument("--parts", type=int, default=2)
    p = add("remove", "bỏ một chỉ tiêu", cmd_remove)
    p.add_argument("code")
    p = add("restore", "khôi phục chỉ tiêu đã bỏ", cmd_restore)
    p.add_argument("code")
    p = add("diff", "so với bộ quốc gia hoặc với bản đã ban hành", cmd_diff)
    p.add_argument("--against", choices=["national", "published"], default="national")
    p = add("export-xlsx", "ghi bản dự thảo ra bảng Excel", cmd_export_xlsx)
    p.add_argument("file")
    p = add("import-xlsx", "đọc bảng Excel vào bản dự thảo", cmd_import_xlsx)
    p.add_argument("file")
