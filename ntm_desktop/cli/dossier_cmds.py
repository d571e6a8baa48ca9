"""Dossier and report commands.

``ntm dossier -o HỒ_SƠ.pdf [--package GÓI.ntmpkg] [--draft] [--full-annex]`` prints the commune's
recognition dossier; ``ntm dossier check`` lists what is missing; ``ntm dossier fields
set|list`` enters the document numbers, signer, recipients, dates and narrative texts.
``ntm report`` is the appraiser's roll-up over the hub (``--json``, ``--pdf``, ``--xlsx``) and,
with ``--commune CODE``, the appraisal report of one commune.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.errors import NtmError, ValidationError

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook


def _year(ctx: Any, wb: Workbook) -> int:
    if getattr(ctx.args, "year", None):
        return ctx.args.year
    c = wb.commune() or {}
    from ntm_desktop.store.evaluation_service import default_year
    return c.get("target_year") or default_year(wb)


def _collect(ctx: Any, *, draft: bool = False) -> Any:
    from ntm_desktop.services.dossier import collect_dossier
    wb = ctx.workbook()
    a = ctx.args
    return collect_dossier(wb, _year(ctx, wb), package=Path(a.package) if getattr(a, "package", None)
                   else None, fingerprint=getattr(a, "fingerprint", None),
                   full_annex=bool(getattr(a, "full_annex", False)),
                   checklist=getattr(a, "checklist", None), draft=draft)


# ------------------------------------------------------------------------------ dossier
def cmd_dossier(ctx: Any) -> int:
    a = ctx.args
    if not a.output:
        raise ValidationError("Cần tệp kết quả: ntm dossier -o HO_SO.pdf (hoặc ntm dossier "
                              "check / ntm dossier fields …).", field="output")
    from ntm_desktop.dossier import documents
    from ntm_desktop.dossier.compose import build_dossier
    from ntm_desktop.dossier.fonts import register_fonts
    data = _collect(ctx, draft=a.draft)
    fonts = register_fonts()
    out = Path(a.output)
    if a.only:
        from ntm_desktop.dossier.compose import DossierRefused, problems
        found = problems(data)
        if found and not a.draft:
            raise DossierRefused(problems=found)
        info = getattr(documents, f"build_{a.only}")(data, out, fonts=fonts,
                                                     invariant=a.invariant)
    else:
        info = build_dossier(data, out, fonts=fonts, invariant=a.invariant)
    info = {"output": str(out), **info}
    ctx.out(info, f"Đã in {out} ({info['pages']} trang; mã hồ sơ "
                  f"{data.verification.code})" + (" — BẢN DỰ THẢO" if a.draft else ""))
    return 0


def cmd_dossier_check(ctx: Any) -> int:
    """What keeps the dossier from printing as the final paper (exit 2 when anything does):
    missing fields, criteria and recognition conditions not met, thresholds not confirmed,
    implausible values, photos without a date."""
    from ntm_desktop.dossier import eligibility
    data = _collect(ctx)
    found = eligibility.problems(data)
    conds = eligibility.conditions(data)
    narrative = [k for k in ("text.to_chuc", "text.tuyen_truyen", "text.ton_tai",
                             "text.ke_hoach", "text.y_kien.to_chuc", "text.y_kien.nhan_dan")
                 if not data.fields.get(k)]
    missing = [p for p in found if p.kind == "missing_field"]
    rep = {"complete": not found, "missing": [{"key": p.code, "text": p.text} for p in missing],
           "problems": [p.to_json() for p in found],
           "conditions": [{"id": c.id, "text": c.text, "met": c.met, "evidence": c.evidence}
                          for c in conds],
           "narrative_missing": narrative, "checklist": data.checklist.id, "year": data.year}

    def text() -> str:
        if not found:
            lines = [f"Hồ sơ năm {data.year} ({data.checklist.id}) đủ điều kiện in bản chính "
                     "thức."]
        else:
            lines = [f"Hồ sơ năm {data.year} chưa in được bản chính thức ({len(found)} nội "
                     "dung chưa đáp ứng; bản dự thảo in được với --draft):"]
            lines += [f"  {i}. {p.text}" for i, p in enumerate(found, 1)]
        if conds:
            lines.append("Điều kiện xét, công nhận:")
            lines += [f"  [{'x' if c.met else ' '}] {c.text}"
                      + (f" — {c.evidence}" if c.evidence else "") for c in conds]
        if narrative:
            lines.append("Chưa nhập nội dung: " + ", ".join(narrative))
        return "\n".join(lines)
    ctx.out(rep, text)
    return 0 if not found else 2


def cmd_fields_set(ctx: Any) -> int:
    from ntm_desktop.dossier.fields import parse_value
    from ntm_desktop.store.dossier_fields import set_fields
    values: dict[str, Any] = {}
    for item in ctx.args.items:
        if "=" not in item:
            raise ValidationError(f"Phải có dạng KHÓA=GIÁ_TRỊ, không phải “{item}”.",
                                  field="field")
        k, v = item.split("=", 1)
        values[k.strip()] = parse_value(k.strip(), v)
    set_fields(ctx.workbook(), values)
    ctx.out({"set": values}, f"Đã ghi {len(values)} thông tin hồ sơ.")
    return 0


def cmd_fields_list(ctx: Any) -> int:
    from ntm_desktop.dossier.fields import FIELDS
    from ntm_desktop.store.dossier_fields import get_fields
    current = get_fields(ctx.workbook())
    if ctx.args.all:
        data = [{"key": f.key, "label": f.label, "kind": f.kind, "example": f.example,
                 "value": current.get(f.key)} for f in FIELDS]
        extra = [{"key": k, "label": "", "kind": "text", "example": "", "value": v}
                 for k, v in current.items() if k not in {f.key for f in FIELDS}]
        data += extra
    else:
        data = [{"key": k, "value": v} for k, v in current.items()]

    def fmt(v: Any) -> str:
        if v is None:
            return "—"
        if isinstance(v, list):
            return "; ".join(map(str, v))
        s = str(v)
        return s if len(s) < 70 else s[:67] + "…"
    ctx.out(data, lambda: "\n".join(
        f"{r['key']:<28} {fmt(r['value'])}" + (f"   ({r['label']})" if r.get("label") else "")
        for r in data) or "Chưa có thông tin hồ sơ.")
    return 0


# ------------------------------------------------------------------------------- report
def _bands(text: str | None) -> Any:
    if not text:
        return None
    from ntm_desktop.dossier.rollup import parse_bands
    return parse_bands(text)


def _default_year() -> int:
    from ntm_desktop.store.evaluation_service import default_year
    return default_year()


def _workbook_appraisals(wb: Workbook, year: int) -> dict[str, Any]:
    """Appraisal results kept in a commune workbook (``appraisal`` table) for ``year``."""
    return {r["indicator_code"]: {k: r.get(k) for k in ("result", "status", "comment", "date",
                                                         "appraiser")}
            for r in wb.rows("appraisal", "year = ?", [year])}


def _each_commune(ctx: Any, year: int):  # noqa: ANN202 - generator of (code, wb, appraisals)
    """Yield (code, workbook, appraisals) from ``--replica`` files or the hub, opening one
    replica at a time (the hub bounds its open files)."""
    from ntm_desktop.store.workbook import Workbook
    a = ctx.args
    if a.replicas:
        for p in a.replicas:
            wb = Workbook.open(Path(p), daily_backup=False)
            try:
                code = (wb.commune() or {}).get("code", "")
                if not a.commune or a.commune == code:
                    yield code, wb, _workbook_appraisals(wb, year)
            finally:
                wb.close()
        return
    from ntm_desktop.store.hub import Hub
    hub = Hub.open(Path(a.hub) if a.hub else ctx.paths.hub)
    try:
        for c in hub.communes():
            if a.commune and c["code"] != a.commune:
                continue
            if not Path(c["replica_path"]).exists():
                continue
            wb = hub.replica(c["code"])
            try:
                yield c["code"], wb, hub.appraisals(c["code"], year)
            finally:
                hub.close_replica(c["code"])
    finally:
        hub.close()


def _hub_name(ctx: Any) -> str | None:
    """The appraiser hub's name in capitals, as the issuing body of the roll-up."""
    a = ctx.args
    if a.replicas:
        return None
    from ntm_desktop.store.hub import Hub
    path = Path(a.hub) if a.hub else ctx.paths.hub
    if not path.exists():
        return None
    hub = Hub.open(path)
    try:
        name = hub.meta("name")
    finally:
        hub.close()
    return name.upper() if name else None


def _hub_names(ctx: Any) -> dict[str, str]:
    """Commune code → name from the hub's registry (identity never taken from a replica)."""
    a = ctx.args
    path = Path(a.hub) if a.hub else ctx.paths.hub
    if a.replicas or not path.exists():
        return {}
    from ntm_desktop.store.hub import Hub
    with Hub.open(path) as hub:
        return {c["code"]: c["name"] for c in hub.communes() if c["name"]}


def _list(text: str | None) -> list[str] | None:
    items = [x.strip() for x in (text or "").split(";") if x.strip()]
    return items or None


def _years_with_data(ctx: Any) -> set[int]:
    from ntm_desktop.store.dossier_sources import assessment_years
    years: set[int] = set()
    for _, wb, _ in _each_commune(ctx, 0):
        years.update(assessment_years(wb))
    return years


def _report_year(ctx: Any) -> int:
    """``--year``, else the year of ``--as-of``, else the latest year with assessments; a year
    for which no commune has an assessment is an error that says so."""
    a = ctx.args
    years = _years_with_data(ctx)
    year = a.year
    if year is None and getattr(a, "as_of", None):
        from ntm_desktop.dossier.rollup import AsOf
        year = AsOf.parse(a.as_of, 0).year or None
    if year is None:
        if not years:
            raise NtmError("Chưa có kết quả đánh giá của xã nào để tổng hợp.", code="empty")
        return max(years)
    if year not in years:
        have = ", ".join(str(y) for y in sorted(years)) or "không có"
        raise ValidationError(f"Năm {year} chưa có kết quả đánh giá của xã nào (các năm có dữ "
                              f"liệu: {have}).", field="year", code="no_assessments")
    return year


def cmd_report(ctx: Any) -> int:
    from ntm_desktop.dossier import rollup
    a = ctx.args
    year = _report_year(ctx) if not a.commune else (a.year or _default_year())
    if a.commune:
        return _report_commune(ctx, year)
    as_of = rollup.AsOf.parse(a.as_of, year)
    if not a.replicas and not a.hub:  # the hub of the data folder: its cached results
        from ntm_desktop.services.rollup import compute_rollup
        r = compute_rollup(ctx.paths, year, bands=a.bands, as_of=as_of)
    else:
        pairs, excluded = rollup.evaluate_each(_each_commune(ctx, year), year,
                                               names=_hub_names(ctx))
        if not pairs:
            raise NtmError("Kho thẩm định chưa có dữ liệu của xã nào.", code="empty_hub")
        r = rollup.aggregate(pairs, year, bands=_bands(a.bands), excluded=excluded,
                             as_of=as_of)
    style = "list" if a.band_list else "sentence"
    issuer = a.issuer or _hub_name(ctx)
    when = vf.parse_date(a.date) if a.date else None
    written = []
    if a.pdf:
        from ntm_desktop.dossier.fonts import register_fonts
        from ntm_desktop.dossier.rollup_writers import write_rollup_pdf
        write_rollup_pdf(r, Path(a.pdf), fonts=register_fonts(), invariant=a.invariant,
                         issuer=issuer, number=a.number, signer=a.signer, date=when,
                         place=a.place, signer_title=a.signer_title,
                         recipients=_list(a.recipients), band_style=style)
        written.append(a.pdf)
    if a.xlsx:
        from ntm_desktop.dossier.rollup_writers import write_rollup_xlsx
        write_rollup_xlsx(r, Path(a.xlsx), issuer=issuer, number=a.number, date=when,
                          place=a.place, invariant=a.invariant, band_style=style)
        written.append(a.xlsx)
    if written and not ctx.json:
        print("Đã ghi: " + ", ".join(written))
        return 0
    ctx.out(rollup.to_json(r), lambda: "\n".join(rollup.sentences(r, band_style=style)))
    return 0


def _report_commune(ctx: Any, year: int) -> int:
    from ntm_desktop.dossier import appraisal
    a = ctx.args
    options = {"invariant": a.invariant, "issuer": a.issuer, "number": a.number,
               "signer": a.signer, "date": vf.parse_date(a.date) if a.date else None,
               "place": a.place, "signer_title": a.signer_title}
    if a.pdf and not a.replicas and not a.hub:  # the data folder's hub: as the review page
        from ntm_desktop.services.review import print_appraisal_report
        info = print_appraisal_report(ctx.paths, a.commune, year, Path(a.pdf), level=a.level,
                                      **options)
        ctx.out(info, f"Đã ghi {a.pdf} ({info['pages']} trang)")
        return 0
    rep = None
    for _, wb, ap in _each_commune(ctx, year):
        rep = appraisal.compute(wb, ap, year)
    if rep is None:
        raise NtmError(f"Không có dữ liệu của xã mã {a.commune}.", code="unknown_commune")
    if a.pdf:
        from ntm_desktop.dossier.fonts import register_fonts
        info = appraisal.build_appraisal_report(rep, Path(a.pdf), fonts=register_fonts(),
                                                level=a.level or "tham_dinh", **options)
        if not ctx.json:
            print(f"Đã ghi {a.pdf} ({info['pages']} trang)")
            return 0
    ctx.out(appraisal.to_json(rep), lambda: "\n".join(appraisal.summary_lines(rep)))
    return 0


# ------------------------------------------------------------------------------ register
def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             groups: dict[str, argparse._SubParsersAction]) -> None:
    p = sub.add_parser("dossier", help="in hồ sơ đề nghị công nhận xã đạt chuẩn (PDF)",
                       parents=[common])
    p.set_defaults(func=cmd_dossier)
    opts = argparse.ArgumentParser(add_help=False)
    opts.add_argument("--year", type=int, help="năm đề nghị (mặc định: năm đăng ký của xã)")
    opts.add_argument("--checklist", help="danh mục hồ sơ: qd2540-2016, qd18-2022, tinh-2025 "
                                          "hoặc tệp JSON của tỉnh")
    for q in (p,):
        q.add_argument("-o", "--output", help="tệp PDF kết quả")
        q.add_argument("--year", type=int, help="năm đề nghị (mặc định: năm đăng ký của xã)")
        q.add_argument("--checklist", help="danh mục hồ sơ: qd2540-2016, qd18-2022, tinh-2025 "
                                           "hoặc tệp JSON của tỉnh")
        q.add_argument("--package", help="gói đồng bộ đã ký (.ntmpkg) mà hồ sơ được in từ đó")
        q.add_argument("--fingerprint", help="dấu vân tay khóa của xã (nếu không đọc từ gói)")
        q.add_argument("--draft", action="store_true",
                       help="in bản DỰ THẢO khi còn thiếu số, ngày, người ký")
        q.add_argument("--full-annex", action="store_true",
                       help="thêm phụ lục danh sách đầy đủ hạ tầng và sổ đóng góp")
        q.add_argument("--only", choices=["to_trinh", "bao_cao_ket_qua", "bao_cao_y_kien",
                                          "bien_ban", "bao_cao_no_dong", "phu_luc"],
                       help="chỉ in một văn bản")
        q.add_argument("--invariant", action="store_true",
                       help="tệp PDF giống hệt nhau giữa các lần in (kiểm thử)")
    dsub = p.add_subparsers(dest="dossier_cmd", metavar="LỆNH")
    c = dsub.add_parser("check", help="liệt kê thông tin còn thiếu trước khi in",
                        parents=[common, opts])
    c.set_defaults(func=cmd_dossier_check)
    f = dsub.add_parser("fields", help="số văn bản, người ký, nơi nhận, ngày, nội dung",
                        parents=[common]).add_subparsers(dest="fields_cmd", metavar="LỆNH")
    s = f.add_parser("set", help="ghi KHÓA=GIÁ_TRỊ (giá trị rỗng để xóa)", parents=[common])
    s.add_argument("items", nargs="+", metavar="KHÓA=GIÁ_TRỊ")
    s.set_defaults(func=cmd_fields_set)
    ls = f.add_parser("list", help="xem các thông tin đã nhập", parents=[common])
    ls.add_argument("--all", action="store_true", help="mọi khóa có thể nhập, kèm giải thích")
    ls.set_defaults(func=cmd_fields_list)

    r = sub.add_parser("report", help="báo cáo tổng hợp của cơ quan thẩm định (hub)",
                       parents=[common])
    r.set_defaults(func=cmd_report)
    r.add_argument("--year", type=int, help="năm đánh giá (mặc định: năm gần nhất có kết quả "
                                            "đánh giá)")
    r.add_argument("--as-of", help="thời điểm hoặc kỳ báo cáo: 7/2020 (đến hết tháng), "
                                   "30/6/2017 (đến ngày), 2020, hoặc chữ “6 tháng đầu năm 2017”")
    r.add_argument("--band-list", action="store_true",
                   help="ghi các nhóm xã thành danh sách “+ …;” (như báo cáo 2017) thay vì "
                        "một câu")
    r.add_argument("--hub", help="tệp kho thẩm định (mặc định <data-dir>/hub.ntm.sqlite)")
    r.add_argument("--replica", dest="replicas", action="append", metavar="SỔ.sqlite",
                   help="tổng hợp trực tiếp từ các sổ dữ liệu (không cần hub)")
    r.add_argument("--pdf", help="ghi báo cáo PDF")
    r.add_argument("--xlsx", help="ghi bảng Excel")
    r.add_argument("--bands", help="nhóm số tiêu chí, ví dụ “19;15-18;10-14;5-9;0-4”")
    r.add_argument("--commune", help="báo cáo thẩm định của một xã (mã 5 chữ số)")
    r.add_argument("--issuer", help="cơ quan ban hành, ví dụ “ỦY BAN NHÂN DÂN TỈNH LÀO CAI”")
    r.add_argument("--number", help="số báo cáo, ví dụ 88 hoặc 88/BC-SNNMT")
    r.add_argument("--signer", help="họ và tên người ký báo cáo")
    r.add_argument("--signer-title", help="chức vụ người ký (mặc định theo cơ quan ban hành: "
                                          "CHỦ TỊCH, GIÁM ĐỐC …)")
    r.add_argument("--date", help="ngày báo cáo")
    r.add_argument("--place", help="địa danh ở dòng ngày tháng (mặc định theo cơ quan ban "
                                   "hành hoặc tỉnh của các xã)")
    r.add_argument("--recipients", help="nơi nhận báo cáo tổng hợp, cách nhau bởi “;”")
    r.add_argument("--level", choices=["tham_tra", "tham_dinh"],
                   help="thẩm tra (huyện, trước 7/2025) hay thẩm định (tỉnh); mặc định theo "
                        "cấp của kho thẩm định")
    r.add_argument("--invariant", action="store_true", help=argparse.SUPPRESS)

