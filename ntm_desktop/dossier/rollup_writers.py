"""The roll-up as PDF (official page format) and as an Excel workbook (openpyxl) — the same
content as ``ntm report --json``."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer

from ntm_desktop.core import vnformat as vf
from ntm_desktop.dossier.fonts import Fonts
from ntm_desktop.dossier.issuer import number_line, place_from, place_of, signer_for, symbol_for
from ntm_desktop.dossier.rollup import (
    Rollup,
    band_paragraph,
    criterion_sentence,
    n2,
    printed_bands,
    recognised_sentence,
    registered_sentence,
    revocation_applies,
    sentences,
)
from ntm_desktop.dossier.template import (
    P,
    data_table,
    header_block,
    issuer_bodies,
    make_styles,
    render,
    signature_block,
    title_block,
    write_pdf,
)


def _pct(v: float | None) -> str:
    return "—" if v is None else vf.percent(v)


def _province(r: Rollup) -> str | None:
    provinces = Counter(c.province for c in r.communes if c.province)
    return place_from(provinces.most_common(1)[0][0], bare=True) if provinces else None


def _issuer_facts(r: Rollup, issuer: str | None, date: dt.date | None, number: str | None,
                  place: str | None, invariant: bool) -> tuple[list[str], str, str, dt.date]:
    """(issuer lines, "Số: …" line, place, date) shared by the PDF and the Excel file."""
    when = date or (r.when.date if invariant else dt.date.today())
    issuer_lines = (issuer or "CƠ QUAN THẨM ĐỊNH").split("/")
    place = place or place_of(issuer_lines) or _province(r) or "…"
    return issuer_lines, number_line(number, f"BC-{symbol_for(issuer_lines)}"), place, when


def report_title(r: Rollup) -> str:
    return f"Kết quả thực hiện Bộ tiêu chí quốc gia về xã nông thôn mới {r.when.title}"


def write_rollup_pdf(r: Rollup, out: Path, *, fonts: Fonts, invariant: bool = False,
                     issuer: str | None = None, date: dt.date | None = None,
                     number: str | None = None, signer: str | None = None,
                     signer_title: str | None = None, place: str | None = None,
                     recipients: list[str] | None = None,
                     band_style: str = "sentence") -> dict[str, Any]:
    """The roll-up report; ``issuer`` lines separated by "/" ("ỦY BAN NHÂN DÂN/TỈNH LÀO CAI",
    "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN/SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"); the number carries the
    issuer's symbol (88/BC-SNNMT); the date line the place only; signed by the issuing body
    (see :func:`issuer.signer_for`). A section with nothing to report is left out."""
    st = make_styles(fonts)
    issuer_lines, num_line, place, when = _issuer_facts(r, issuer, date, number, place,
                                                        invariant)
    authority, title = signer_for(issuer_lines)
    story: list[Flowable] = [
        header_block(st, issuer_lines=issuer_lines, number_line=num_line,
                     place_date=vf.long_date(when, place=place)),
        *title_block(st, "BÁO CÁO", [report_title(r)]),
        P(f"Căn cứ {r.legal_basis};", st.body),
    ]
    rest = sentences(r, band_style=band_style)
    sec = 1
    story.append(P(f"{sec}. Kết quả chung", st.heading))
    story.append(P(rest[0], st.body))
    para = band_paragraph(r, style=band_style)
    if isinstance(para, list):
        story.append(P(para[0], st.body))
        story += [P(x, st.body_left) for x in para[1:]]
    else:
        story.append(P(para, st.body))
    rec = recognised_sentence(r)
    if rec:
        story.append(P(rec, st.body))
    shown = printed_bands(r)
    story.append(data_table(st, ["Nhóm xã theo số tiêu chí đạt", "Số xã", "Tỷ lệ"],
                            [[_cap(b.label), f"{n2(b.count)}/{n2(r.n)}", _pct(b.share)]
                             for b in shown], [0.55, 0.2, 0.25], align=["L", "C", "R"]))
    sec += 1
    story += [P(f"{sec}. Kết quả thực hiện từng tiêu chí", st.heading)]
    story += [P(f"- Tiêu chí {c.code}: {criterion_sentence(c, r.n)}.", st.body_left)
              for c in r.criteria]
    story.append(data_table(st, ["TT", "Tiêu chí", "Số xã đạt", "Tỷ lệ"],
                            [[c.code, c.name, f"{n2(c.count)}/{n2(r.n)}", _pct(c.share)]
                             for c in r.criteria], [0.08, 0.57, 0.17, 0.18],
                            align=["C", "L", "C", "R"]))
    if r.resources:
        sec += 1
        story.append(P(f"{sec}. Huy động nguồn lực", st.heading))
        for s in rest:
            if s.startswith(("Tổng huy động", "- Vốn", "- Huy động", "- Nguồn")):
                story.append(P(s, st.body_left if s.startswith("-") else st.body))
        story.append(data_table(st, ["Nguồn vốn", "Triệu đồng", "Tỷ lệ"],
                                [[label, vf.trieu(v), _pct(sh)] for _, label, v, sh
                                 in r.resources] + [["Tổng cộng", vf.trieu(r.resources_total),
                                                     _pct(100.0)]],
                                [0.55, 0.25, 0.2], align=["L", "R", "R"],
                                bold_rows=[len(r.resources)]))
    contrib = [s for s in rest if s.startswith("Nhân dân đóng góp")]
    if contrib:
        sec += 1
        story.append(P(f"{sec}. Đóng góp của cộng đồng dân cư", st.heading))
        story += [P(s, st.body) for s in contrib]
    if revocation_applies(r):
        sec += 1
        story.append(P(f"{sec}. Duy trì tiêu chí, nguy cơ thu hồi quyết định công nhận",
                       st.heading))
        story += [P(s, st.body) for s in rest if "thu hồi" in s]
        if r.at_risk:
            wd = r.when.with_districts
            story.append(data_table(st, ["Xã", "Tiêu chí đạt", "Tiêu chí chưa đạt", "Mức"],
                                    [[_cap(c.named(wd)), f"{n2(c.met_count)}/{n2(c.total)}",
                                      ", ".join(c.not_met) or "—",
                                      "Thu hồi" if c.revocation_level == "revocation" else
                                      "Cảnh báo"] for c in r.at_risk],
                                    [0.4, 0.16, 0.28, 0.16], align=["L", "C", "L", "C"]))
    reg = registered_sentence(r)
    if reg:
        sec += 1
        story.append(P(f"{sec}. Xã đăng ký đạt chuẩn trong năm", st.heading))
        story.append(P(reg, st.body))
        wd = r.when.with_districts
        story.append(data_table(st, ["Xã", "Tiêu chí đạt", "Tiêu chí cần hoàn thành"],
                                [[_cap(c.named(wd)), f"{n2(c.met_count)}/{n2(c.total)}",
                                  ", ".join(c.not_met + c.unknown) or "—"]
                                 for c in r.registered],
                                [0.4, 0.18, 0.42], align=["L", "C", "L"]))
    sec += 1
    story.append(P(f"{sec}. Tình hình thẩm định", st.heading))
    story += [P(s, st.body) for s in rest if s.startswith(("Số chỉ tiêu chưa", "Không tổng hợp"))]
    wd = r.when.with_districts
    story.append(data_table(st, ["TT", "Xã", "Đạt (kết quả sử dụng)", "Xã tự đánh giá",
                                 "Chỉ tiêu chưa thẩm định"],
                            [[str(i), _cap(c.named(wd)), f"{n2(c.met_count)}/{n2(c.total)}",
                              f"{n2(c.self_met_count)}/{n2(c.total)}", vf.number(c.unappraised)]
                             for i, c in enumerate(r.communes, 1)],
                            [0.07, 0.4, 0.18, 0.17, 0.18], align=["C", "L", "C", "C", "R"]))
    story.append(Spacer(1, 6))
    story.append(signature_block(st, recipients=recipients or ["Lưu: VT"],
                                 authority=authority, title=signer_title or title,
                                 name=signer or "", tag="rollup"))
    pdf, info = render(story, fonts=fonts, title=report_title(r), invariant=invariant)
    write_pdf(out, pdf)
    return {"pages": info.pages}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def write_rollup_xlsx(r: Rollup, out: Path, *, issuer: str | None = None,
                      date: dt.date | None = None, number: str | None = None,
                      place: str | None = None, invariant: bool = False,
                      band_style: str = "sentence") -> None:
    """Same content and labels as the PDF, one sheet per table, with the issuer, number and
    date on top of the summary sheet; for a report before 7/2025 the commune list carries the
    district and subtotals by district, as those reports were organised. Written atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    issuer_lines, num_line, place, when = _issuer_facts(r, issuer, date, number, place,
                                                        invariant)
    wb = Workbook()
    bold = Font(bold=True)
    money, share = "#,##0", "0.00"

    def sheet(title: str, headers: list[str], rows: list[list[Any]], widths: list[int],
              formats: dict[int, str] | None = None, bold_rows: set[int] | None = None) -> Any:
        ws = wb.create_sheet(title)
        ws.append(headers)
        for c in ws[1]:
            c.font = bold
            c.alignment = Alignment(wrap_text=True, vertical="center")
        for i, row in enumerate(rows):
            ws.append(row)
            for col, fmt in (formats or {}).items():
                ws.cell(row=i + 2, column=col + 1).number_format = fmt
            if bold_rows and i in bold_rows:
                for c in ws[i + 2]:
                    c.font = bold
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.freeze_panes = "A2"
        return ws

    ws = wb.active
    ws.title = "Tổng hợp"
    for line in issuer_bodies(issuer_lines):
        ws.append([line])
    ws.append([num_line])
    ws.append([vf.long_date(when, place=place)])
    ws.append([])
    ws.append(["BÁO CÁO"])
    ws.append([report_title(r)])
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
        row[0].font = bold
    ws.append([])
    for s in sentences(r, band_style=band_style):
        ws.append([s])
    ws.column_dimensions["A"].width = 120
    sheet("Nhóm xã", ["Nhóm xã theo số tiêu chí đạt", "Từ", "Đến", "Số xã", "Tỷ lệ (%)"],
          [[_cap(b.label), b.lo, b.hi, b.count, b.share] for b in r.bands], [32, 8, 8, 10, 12],
          {4: share})
    sheet("Theo tiêu chí", ["TT", "Tiêu chí", "Số xã đạt", "Tổng số xã", "Tỷ lệ (%)"],
          [[c.code, c.name, c.count, r.n, c.share] for c in r.criteria], [8, 50, 12, 12, 12],
          {4: share})
    if r.resources:
        sheet("Nguồn lực", ["Nguồn vốn", "Triệu đồng", "Tỷ lệ (%)"],
              [[label, round(v / 1e6), sh] for _, label, v, sh in r.resources]
              + [["Tổng cộng", round(r.resources_total / 1e6), 100.0]], [48, 16, 12],
              {1: money, 2: share}, {len(r.resources)})
    if r.cash_vnd or r.labour_days or r.land_m2:
        sheet("Đóng góp", ["Tiền mặt (triệu đồng)", "Ngày công", "Hiến đất (m²)",
                           "Giá trị quy đổi (triệu đồng)"],
              [[round(r.cash_vnd / 1e6), r.labour_days, r.land_m2,
                round(r.contrib_value_vnd / 1e6)]], [20, 14, 16, 26],
              {0: money, 1: money, 2: money, 3: money})
    wd = r.when.with_districts
    if revocation_applies(r) and r.at_risk:
        sheet("Nguy cơ thu hồi", ["Xã", "Tiêu chí đạt", "Tiêu chí chưa đạt", "Mức", "Lý do"],
              [[_cap(c.named(wd)), c.met_count, ", ".join(c.not_met),
                "Thu hồi" if c.revocation_level == "revocation" else "Cảnh báo",
                " ".join(c.revocation_reasons)] for c in r.at_risk], [36, 12, 20, 12, 80])
    if r.registered:
        sheet("Đăng ký đạt chuẩn", ["Xã", "Tiêu chí đạt", "Tiêu chí cần hoàn thành", "Số lượt"],
              [[_cap(c.named(wd)), c.met_count, ", ".join(c.not_met + c.unknown),
                len(c.not_met) + len(c.unknown)] for c in r.registered]
              + [["Tổng cộng", None, None, r.registered_open]], [36, 12, 40, 10],
              bold_rows={len(r.registered)})
    heads = ["Mã xã", "Xã", "Đạt (kết quả sử dụng)", "Xã tự đánh giá",
             "Chỉ tiêu chưa thẩm định", "Năm đạt chuẩn", "Năm đăng ký"]
    if wd:
        rows: list[list[Any]] = []
        subtotal_rows: set[int] = set()
        by_district: dict[str, list[Any]] = {}
        for c in r.communes:
            by_district.setdefault(c.district or "", []).append(c)
        for district in sorted(by_district):
            cs = by_district[district]
            rows += [[district, c.code, _cap(c.xa), c.met_count, c.self_met_count, c.unappraised,
                      c.recognised_year, c.target_year] for c in cs]
            subtotal_rows.add(len(rows))
            rows.append([f"Cộng {district}".strip(), f"{len(cs)} xã", None,
                         round(sum(c.met_count for c in cs) / len(cs), 2), None,
                         sum(c.unappraised for c in cs),
                         sum(1 for c in cs if c.recognised_year
                             and c.recognised_year <= r.year), None])
        sheet("Danh sách xã", ["Huyện", *heads], rows, [22, 10, 24, 14, 14, 14, 14, 12],
              {3: share}, subtotal_rows)
    else:
        sheet("Danh sách xã", heads,
              [[c.code, _cap(c.xa), c.met_count, c.self_met_count, c.unappraised,
                c.recognised_year, c.target_year] for c in r.communes],
              [10, 24, 14, 14, 14, 14, 12])
    buf = io.BytesIO()
    wb.save(buf)
    write_pdf(out, buf.getvalue())
