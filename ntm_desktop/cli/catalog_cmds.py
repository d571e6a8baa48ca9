"""Criteria catalogs: list, show, validate, install."""

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
                                          "thresholds": [t.__dict__ for t in i.thresholds]}
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
    from ntm_desktop.core import catalog as cat
    doc = cat.load_catalog_file(Path(ctx.args.file))
    cat.validate_document(doc)
    if doc.get("kind") == "overlay":
        cat.load_catalog(doc["base"], [doc])
    ctx.out({"ok": True, "id": doc.get("id")}, f"Hợp lệ: {doc.get('id')} {doc.get('version')}")
    return 0


def cmd_install(ctx: Any) -> int:
    from ntm_desktop.core import catalog as cat
    from ntm_desktop.store.evaluation_service import install_overlay
    doc = cat.load_catalog_file(Path(ctx.args.file))
    oid = install_overlay(ctx.workbook(), doc, activate=not ctx.args.no_activate)
    ctx.out({"installed": oid}, f"Đã cài bộ tiêu chí của tỉnh: {oid}")
    return 0


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
