"""Registry and ledger commands: infra, contrib, project, survey, units, attach."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ntm_desktop.cli.common import parse_kv, text_table
from ntm_desktop.core import model
from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.errors import ValidationError


# ----------------------------------------------------------------------- infrastructure
def _infra_values(a: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key in ("name", "year", "condition", "lat", "lon", "note"):
        v = getattr(a, key, None)
        if v is not None:
            values[key] = v
    if getattr(a, "village", None) is not None:
        values["village_id"] = a.village or None
    attrs = parse_kv(a.attr, "--attr")
    if attrs:
        values["attrs"] = attrs
    return values


def cmd_infra_add(ctx: Any) -> int:
    from ntm_desktop.store.infrastructure import save_item
    values = _infra_values(ctx.args)
    values["kind"] = ctx.args.kind
    item = save_item(ctx.workbook(), values)
    ctx.out(item, f"Đã thêm {item['name']} ({item['id']})")
    return 0


def cmd_infra_edit(ctx: Any) -> int:
    from ntm_desktop.store.infrastructure import save_item
    wb = ctx.workbook()
    wb.require("infra_item", ctx.args.id)
    item = save_item(wb, {"id": ctx.args.id, **_infra_values(ctx.args)})
    ctx.out(item, f"Đã sửa {item['name']}")
    return 0


def cmd_infra_remove(ctx: Any) -> int:
    from ntm_desktop.store.infrastructure import remove_item
    remove_item(ctx.workbook(), ctx.args.id)
    ctx.out({"removed": ctx.args.id}, "Đã xóa.")
    return 0


def cmd_infra_list(ctx: Any) -> int:
    from ntm_desktop.store.commune import find_village
    from ntm_desktop.store.infrastructure import list_items, road_totals
    wb = ctx.workbook()
    rows = list_items(wb, kind=ctx.args.kind, village_id=find_village(wb, ctx.args.village),
                      search=ctx.args.search)
    if ctx.args.totals:
        data = road_totals(wb)
        ctx.out(data, lambda: "\n".join(
            [f"Tổng chiều dài đường: {vf.number(data['total_km'], 2)} km, cứng hóa "
             f"{vf.number(data['hardened_km'], 2)} km ({vf.percent(data['hardened_share'])})"] +
            [f"  {model.ROAD_LEVELS.get(k or '', k)}: {vf.number(v['total_km'], 2)} km, cứng hóa "
             f"{vf.percent(v['hardened_share'])}" for k, v in data["by_level"].items()]))
        return 0
    ctx.out(rows, lambda: text_table(
        [[model.INFRA_KINDS[r["kind"]].label, r["name"],
          ", ".join(f"{k}={v}" for k, v in r["attrs"].items()), r["id"]] for r in rows],
        ["Loại", "Tên", "Thuộc tính", "ID"]))
    return 0


# ----------------------------------------------------------------------- contributions
def cmd_contrib_add(ctx: Any) -> int:
    from ntm_desktop.store.contributions import add_contribution
    a = ctx.args
    row = add_contribution(ctx.workbook(), {
        "date": a.date, "contributor": a.contributor, "contributor_kind": a.contributor_kind,
        "kind": a.kind, "quantity": a.quantity, "unit": a.unit, "rate": a.rate,
        "value_vnd": a.value, "village_id": a.village, "project_id": a.project,
        "receipt_no": a.receipt, "note": a.note})
    ctx.out(row, f"Đã ghi đóng góp của {row['contributor']}: {vf.number(row['quantity'], 2, trim=True)} "
                 f"{row['unit']} ({vf.money(row.get('value_vnd'))})")
    return 0


def cmd_contrib_list(ctx: Any) -> int:
    from ntm_desktop.store.commune import find_village
    from ntm_desktop.store.contributions import list_contributions, totals
    wb = ctx.workbook()
    if ctx.args.totals:
        t = totals(wb)
        ctx.out(t, lambda: (f"Tiền mặt: {vf.money(t['cash_vnd'])}\nNgày công: "
                            f"{vf.number(t['labour_days'], 1, trim=True)} công\nHiến đất: "
                            f"{vf.number(t['land_m2'], 1, trim=True)} m²\nTổng giá trị quy đổi: "
                            f"{vf.money(t['total_value_vnd'])}"))
        return 0
    rows = list_contributions(wb, kind=ctx.args.kind, village_id=find_village(wb, ctx.args.village),
                              search=ctx.args.search, limit=ctx.args.limit)
    ctx.out(rows, lambda: text_table(
        [[vf.short_date(vf.parse_date(r["date"])), r["contributor"],
          model.CONTRIBUTION_KINDS[r["kind"]], vf.number(r["quantity"], 2, trim=True), r["unit"],
          vf.number(r.get("value_vnd")), r["id"]] for r in rows],
        ["Ngày", "Người đóng góp", "Hình thức", "Số lượng", "ĐVT", "Giá trị (đồng)", "ID"]))
    return 0


def cmd_contrib_remove(ctx: Any) -> int:
    from ntm_desktop.store.contributions import remove_contribution
    remove_contribution(ctx.workbook(), ctx.args.id)
    ctx.out({"removed": ctx.args.id}, "Đã xóa.")
    return 0


# ----------------------------------------------------------------------- projects / survey
def _project_values(a: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, attr in (("name", "name"), ("field", "field"), ("total_investment", "total"),
                      ("outstanding_debt", "debt"), ("start_date", "start"),
                      ("finish_date", "finish"), ("settlement", "settlement"),
                      ("state", "state"), ("note", "note")):
        v = getattr(a, attr, None)
        if v is not None:
            values[key] = v
    return values


def cmd_project_save(ctx: Any) -> int:
    from ntm_desktop.store.projects import save_project
    a = ctx.args
    values = _project_values(a)
    if getattr(a, "id", None):
        ctx.workbook().require("project", a.id)
        values["id"] = a.id
    funding = parse_kv(a.fund, "--fund") if a.fund else None
    p = save_project(ctx.workbook(), values, funding=funding, items=a.item or None)
    ctx.out(p, f"Đã lưu dự án {p['name']} ({p['id']})")
    return 0


def cmd_project_list(ctx: Any) -> int:
    from ntm_desktop.store.projects import list_projects, resources_mobilised
    wb = ctx.workbook()
    rows = list_projects(wb)
    if ctx.args.resources:
        r = resources_mobilised(wb)
        ctx.out(r, lambda: "\n".join(
            [f"Tổng nguồn lực: {vf.million(r['total'])} triệu đồng"] +
            [f"  {model.FUNDING_SOURCES[s]}: {vf.million(v)} triệu đồng ({vf.percent(r['shares'][s])})"
             for s, v in r["by_source"].items() if v]))
        return 0
    ctx.out(rows, lambda: text_table(
        [[p["name"], vf.number(p.get("total_investment")), vf.number(p["funding_total"]),
          vf.number(p.get("outstanding_debt")), p["id"]] for p in rows],
        ["Dự án", "Tổng mức đầu tư", "Đã bố trí vốn", "Nợ đọng", "ID"]))
    return 0


def cmd_project_remove(ctx: Any) -> int:
    from ntm_desktop.store.projects import remove_project
    remove_project(ctx.workbook(), ctx.args.id)
    ctx.out({"removed": ctx.args.id}, "Đã xóa dự án.")
    return 0


def cmd_survey(ctx: Any) -> int:
    from ntm_desktop.store.survey import save_survey
    a = ctx.args
    s = save_survey(ctx.workbook(), {"year": a.year, "households_asked": a.asked,
                                     "households_satisfied": a.satisfied, "date": a.date,
                                     "organised_by": a.organised_by})
    ctx.out(s, f"Đã ghi kết quả khảo sát năm {s['year']}.")
    return 0


# ----------------------------------------------------------------------- units / attachments
def cmd_units_search(ctx: Any) -> int:
    from ntm_desktop.core import admin_units
    a = ctx.args
    if a.legacy:
        rows = [asdict(u) for u in admin_units.search_legacy(a.query, province_code=a.province,
                                                              limit=a.limit)]
        ctx.out(rows, lambda: text_table([[r["code"], r["name"], r["district_name"],
                                       r["province_name"]] for r in rows],
                                     ["Mã", "Xã (trước 7/2025)", "Huyện", "Tỉnh"]))
    else:
        rows = [asdict(u) for u in admin_units.search_communes(a.query, province_code=a.province,
                                                                limit=a.limit)]
        ctx.out(rows, lambda: text_table([[r["code"], r["name"], r["province_name"]] for r in rows],
                                     ["Mã", "Xã, phường", "Tỉnh"]))
    return 0


def cmd_attach_add(ctx: Any) -> int:
    from ntm_desktop.store.attachments import add_file
    wb = ctx.workbook()
    entity, _, entity_id = ctx.args.to.partition(":")
    if not entity_id:
        raise ValidationError("--to phải có dạng BẢNG:ID, ví dụ infra_item:5298d335-….",
                              field="to")
    att = add_file(wb, Path(ctx.args.file), entity=entity, entity_id=entity_id,
                   caption=ctx.args.caption)
    ctx.out(att, f"Đã đính kèm {att['original_name']} ({att['sha256'][:12]})")
    return 0


def cmd_attach_list(ctx: Any) -> int:
    from ntm_desktop.store.attachments import links_for
    wb = ctx.workbook()
    entity, _, entity_id = ctx.args.of.partition(":")
    rows = links_for(wb, entity, entity_id)
    ctx.out(rows, lambda: text_table([[r["attachment"]["original_name"], r.get("caption"),
                                   vf.number(r["attachment"]["size"]), r["id"]] for r in rows],
                                 ["Tệp", "Chú thích", "Byte", "ID liên kết"]))
    return 0


def cmd_attach_remove(ctx: Any) -> int:
    from ntm_desktop.store.attachments import unlink
    unlink(ctx.workbook(), ctx.args.link_id)
    ctx.out({"removed": ctx.args.link_id}, "Đã gỡ tệp đính kèm.")
    return 0


# ----------------------------------------------------------------------- registration
def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             groups: dict[str, argparse._SubParsersAction]) -> None:
    def add(name: str, help_: str, func: Any, parent: Any = sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_, parents=[common])
        p.set_defaults(func=func)
        return p

    infra = sub.add_parser("infra", help="hạ tầng").add_subparsers(metavar="LỆNH")
    p = add("add", "thêm công trình", cmd_infra_add, infra)
    p.add_argument("kind", choices=list(model.INFRA_KINDS))
    for q in (p, edit := add("edit", "sửa công trình", cmd_infra_edit, infra)):
        q.add_argument("--name", required=q is p)
        q.add_argument("--village")
        q.add_argument("--year", type=int)
        q.add_argument("--condition", choices=list(model.CONDITIONS))
        q.add_argument("--lat", type=float)
        q.add_argument("--lon", type=float)
        q.add_argument("--note")
        q.add_argument("--attr", action="append", metavar="KHÓA=GIÁ_TRỊ")
    edit.add_argument("id")
    p = add("list", "danh sách công trình", cmd_infra_list, infra)
    p.add_argument("--kind", choices=list(model.INFRA_KINDS))
    p.add_argument("--village")
    p.add_argument("--search")
    p.add_argument("--totals", action="store_true", help="tổng chiều dài đường theo cấp")
    p = add("remove", "xóa công trình", cmd_infra_remove, infra)
    p.add_argument("id")

    contrib = sub.add_parser("contrib", help="đóng góp của cộng đồng").add_subparsers(
        metavar="LỆNH")
    p = add("add", "ghi một khoản đóng góp", cmd_contrib_add, contrib)
    p.add_argument("--date", required=True)
    p.add_argument("--contributor", required=True)
    p.add_argument("--contributor-kind", choices=list(model.CONTRIBUTOR_KINDS))
    p.add_argument("--kind", required=True, choices=list(model.CONTRIBUTION_KINDS))
    p.add_argument("--quantity", required=True)
    p.add_argument("--unit")
    p.add_argument("--rate", help="đơn giá quy đổi (đồng / đơn vị)")
    p.add_argument("--value", help="giá trị quy đổi (đồng)")
    p.add_argument("--village")
    p.add_argument("--project")
    p.add_argument("--receipt")
    p.add_argument("--note")
    p = add("list", "sổ đóng góp", cmd_contrib_list, contrib)
    p.add_argument("--kind", choices=list(model.CONTRIBUTION_KINDS))
    p.add_argument("--village")
    p.add_argument("--search")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--totals", action="store_true")
    p = add("remove", "xóa một khoản đóng góp", cmd_contrib_remove, contrib)
    p.add_argument("id")

    project = sub.add_parser("project", help="dự án, công trình đầu tư").add_subparsers(
        metavar="LỆNH")
    p = add("add", "thêm dự án", cmd_project_save, project)
    q = add("edit", "sửa dự án", cmd_project_save, project)
    q.add_argument("id")
    for x in (p, q):
        x.add_argument("--name", required=x is p)
        x.add_argument("--field")
        x.add_argument("--total", help="tổng mức đầu tư (đồng)")
        x.add_argument("--debt", help="nợ đọng xây dựng cơ bản (đồng)")
        x.add_argument("--start")
        x.add_argument("--finish")
        x.add_argument("--settlement", choices=list(model.SETTLEMENT_STATUSES))
        x.add_argument("--state", choices=list(model.PROJECT_STATES))
        x.add_argument("--note")
        x.add_argument("--fund", action="append", metavar="NGUỒN=SỐ_TIỀN",
                       help=f"nguồn vốn: {', '.join(model.FUNDING_SOURCES)}")
        x.add_argument("--item", action="append", metavar="ID_HẠ_TẦNG")
    p = add("list", "danh sách dự án", cmd_project_list, project)
    p.add_argument("--resources", action="store_true", help="tổng hợp nguồn lực theo nguồn")
    p = add("remove", "xóa dự án", cmd_project_remove, project)
    p.add_argument("id")

    p = add("survey", "ghi kết quả lấy ý kiến sự hài lòng", cmd_survey)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--asked", type=int, required=True)
    p.add_argument("--satisfied", type=int, required=True)
    p.add_argument("--date")
    p.add_argument("--organised-by")

    units = sub.add_parser("units", help="danh mục đơn vị hành chính").add_subparsers(
        metavar="LỆNH")
    p = add("search", "tìm xã, phường theo tên hoặc mã", cmd_units_search, units)
    p.add_argument("query")
    p.add_argument("--province", help="mã tỉnh 2 chữ số")
    p.add_argument("--legacy", action="store_true", help="danh mục trước 01/7/2025 (3 cấp)")
    p.add_argument("--limit", type=int, default=20)

    attach = sub.add_parser("attach", help="tệp đính kèm, minh chứng").add_subparsers(
        metavar="LỆNH")
    p = add("add", "đính kèm một tệp vào bản ghi", cmd_attach_add, attach)
    p.add_argument("file")
    p.add_argument("--to", required=True, metavar="BẢNG:ID")
    p.add_argument("--caption")
    p = add("list", "tệp đính kèm của một bản ghi", cmd_attach_list, attach)
    p.add_argument("of", metavar="BẢNG:ID")
    p = add("remove", "gỡ một tệp đính kèm", cmd_attach_remove, attach)
    p.add_argument("link_id")
