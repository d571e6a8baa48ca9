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
from ntm_desktop.dossier.rollup import Rollup, band_sentence, criterion_sentence, n2, sentences
from ntm_desktop.dossier.template import (
    P,
    data_table,
    header_block,
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


def write_rollup_pdf(r: Rollup, out: Path, *, fonts: Fonts, invariant: bool = False,
                     issuer: str | None = None, date: dt.date | None = None,
                     number: str | None = None, signer: str | None = None,
                     signer_title: str | None = None, place: str | None = None,
                     recipients: list[str] | None = None) -> dict[str, Any]:
    """The roll-up report; ``issuer`` lines separated by "/" ("ỦY BAN NHÂN DÂN/TỈNH LÀO CAI"),
    the place of the date line from ``place``, else the issuer, else the communes' province;
    signed by the issuing body (see :func:`issuer.signer_for`)."""
    st = make_styles(fonts)
    rest = sentences(r)
    when = date or (dt.date(r.year, 12, 31) if invariant else dt.date.today())
    issuer_lines = (issuer or "CƠ QUAN THẨM ĐỊNH").split("/")
    place = place or place_of(issuer_lines) or _province(r)
    authority, title = signer_for(issuer_lines)
    story: list[Flowable] = [
        header_block(st, issuer_lines=issuer_lines, number_line=number_line(number, f"BC-{symbol_for(issuer_lines)}"),
                     place_date=vf.long_date(when, place=place)),
        *title_block(st, "BÁO CÁO", ["Kết quả thực hiện Bộ tiêu chí quốc gia về xã nông thôn "
                                     f"mới năm {r.year}", f"({n2(r.n)} xã; bộ tiêu chí "
                                                           f"{r.catalog_id})"]),
        P("1. Kết quả chung", st.heading),
        P(rest[0], st.body),
        P(rest[1], st.body),
    ]
    story += [P(f"+ {band_sentence(b, r.n)};", st.body_left) for b in r.bands]
    story.append(data_table(st, ["Nhóm xã theo số tiêu chí đạt", "Số xã", "Tỷ lệ"],
                            [[b.label[0].upper() + b.label[1:], f"{n2(b.count)}/{n2(r.n)}",
                              _pct(b.share)] for b in r.bands],
                            [0.55, 0.2, 0.25], align=["L", "C", "R"]))
    story += [P("2. Kết quả thực hiện từng tiêu chí", st.heading)]
    story += [P(f"- Tiêu chí {c.code}: {criterion_sentence(c, r.n)}.", st.body_left)
              for c in r.criteria]
    story.append(data_table(st, ["TT", "Tiêu chí", "Số xã đạt", "Tỷ lệ"],
                            [[c.code, c.name, f"{n2(c.count)}/{n2(r.n)}", _pct(c.share)]
                             for c in r.criteria], [0.08, 0.57, 0.17, 0.18],
                            align=["C", "L", "C", "R"]))
    story.append(P("3. Huy động nguồn lực", st.heading))
    for s in rest:
        if s.startswith(("Tổng huy động", "- Vốn", "- Huy động", "- Nguồn")):
            story.append(P(s, st.body_left if s.startswith("-") else st.body))
    if r.resources:
        story.append(data_table(st, ["Nguồn vốn", "Triệu đồng", "Tỷ lệ"],
                                [[label, vf.million(v), _pct(sh)] for _, label, v, sh
                                 in r.resources] + [["Tổng cộng", vf.million(r.resources_total),
                                                     "100%"]],
                                [0.55, 0.25, 0.2], align=["L", "R", "R"],
                                bold_rows=[len(r.resources)]))
    story.append(P("4. Đóng góp của cộng đồng dân cư", st.heading))
    story += [P(s, st.body) for s in rest if s.startswith("Nhân dân đóng góp")]
    story.append(P("5. Duy trì tiêu chí, nguy cơ thu hồi quyết định công nhận", st.heading))
    story += [P(s, st.body) for s in rest if "thu hồi" in s]
    if r.at_risk:
        story.append(data_table(st, ["Xã", "Mã", "Tiêu chí đạt", "Tiêu chí chưa đạt", "Mức"],
                                [[c.name, c.code, f"{n2(c.met_count)}/{n2(c.total)}",
                                  ", ".join(c.not_met) or "—",
                                  "Thu hồi" if c.revocation_level == "revocation" else
                                  "Cảnh báo"] for c in r.at_risk],
                                [0.3, 0.12, 0.16, 0.26, 0.16], align=["L", "C", "C", "L", "C"]))
    story.append(P("6. Xã đăng ký đạt chuẩn trong năm", st.heading))
    story += [P(s, st.body) for s in rest if "đăng ký đạt chuẩn" in s]
    if r.registered:
        story.append(data_table(st, ["Xã", "Mã", "Tiêu chí đạt", "Tiêu chí cần hoàn thành"],
                                [[c.name, c.code, f"{n2(c.met_count)}/{n2(c.total)}",
                                  ", ".join(c.not_met + c.unknown) or "—"]
                                 for c in r.registered],
                                [0.32, 0.12, 0.16, 0.4], align=["L", "C", "C", "L"]))
    story.append(P("7. Tình hình thẩm định", st.heading))
    story += [P(s, st.body) for s in rest if s.startswith(("Số chỉ tiêu chưa", "Không tổng hợp"))]
    story.append(data_table(st, ["TT", "Xã", "Mã", "Đạt (kết quả sử dụng)", "Xã tự đánh giá",
                                 "Chỉ tiêu chưa thẩm định"],
                            [[str(i), c.name, c.code, f"{n2(c.met_count)}/{n2(c.total)}",
                              f"{n2(c.self_met_count)}/{n2(c.total)}", vf.number(c.unappraised)]
                             for i, c in enumerate(r.communes, 1)],
                            [0.07, 0.3, 0.1, 0.18, 0.17, 0.18],
                            align=["C", "L", "C", "C", "C", "R"]))
    story.append(Spacer(1, 6))
    story.append(signature_block(st, recipients=recipients or ["Lưu: VT"],
                                 authority=authority, title=signer_title or title,
                                 name=signer or "", tag="rollup"))
    pdf, info = render(story, fonts=fonts, title=f"Báo cáo tổng hợp NTM năm {r.year}",
                       invariant=invariant)
    write_pdf(out, pdf)
    return {"pages": info.pages}


def write_rollup_xlsx(r: Rollup, out: Path) -> None:
    """Same content as the PDF, one sheet per table; written atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    bold = Font(bold=True)

    def sheet(title: str, headers: list[str], rows: list[list[Any]], widths: list[int]) -> Any:
        ws = wb.create_sheet(title)
        ws.append(headers)
        for c in ws[1]:
            c.font = bold
            c.alignment = Alignment(wrap_text=True, vertical="center")
        for row in rows:
            ws.append(row)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.freeze_panes = "A2"
        return ws

    ws = wb.active
    ws.title = "Tổng hợp"
    ws.append([f"Kết quả thực hiện Bộ tiêu chí quốc gia về xã nông thôn mới năm {r.year}"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Số xã", r.n])
    ws.append(["Bình quân tiêu chí đạt/xã", r.average])
    ws.append(["Chỉ tiêu chưa thẩm định", r.unappraised])
    ws.append(["Chỉ tiêu áp dụng", r.applicable])
    ws.append([])
    for s in sentences(r):
        ws.append([s])
    ws.column_dimensions["A"].width = 120
    sheet("Nhóm xã", ["Nhóm", "Từ", "Đến", "Số xã", "Tỷ lệ (%)"],
          [[b.label, b.lo, b.hi, b.count, b.share] for b in r.bands], [28, 8, 8, 10, 12])
    sheet("Theo tiêu chí", ["Mã", "Tiêu chí", "Số xã đạt", "Tổng số xã", "Tỷ lệ (%)"],
          [[c.code, c.name, c.count, r.n, c.share] for c in r.criteria], [8, 50, 12, 12, 12])
    sheet("Nguồn lực", ["Mã nguồn", "Nguồn vốn", "Số tiền (đồng)", "Triệu đồng", "Tỷ lệ (%)"],
          [[s, label, v, round(v / 1e6, 3), sh] for s, label, v, sh in r.resources]
          + [["", "Tổng cộng", r.resources_total, round(r.resources_total / 1e6, 3), 100.0
              if r.resources_total else None]], [16, 48, 20, 16, 12])
    sheet("Đóng góp", ["Tiền mặt (đồng)", "Ngày công", "Hiến đất (m²)", "Giá trị quy đổi (đồng)"],
          [[r.cash_vnd, r.labour_days, r.land_m2, r.contrib_value_vnd]], [18, 14, 16, 24])
    sheet("Nguy cơ thu hồi", ["Mã xã", "Xã", "Tiêu chí đạt", "Tiêu chí chưa đạt", "Mức", "Lý do"],
          [[c.code, c.name, c.met_count, ", ".join(c.not_met), c.revocation_level,
            " ".join(c.revocation_reasons)] for c in r.at_risk], [10, 24, 12, 20, 12, 80])
    sheet("Đăng ký đạt chuẩn", ["Mã xã", "Xã", "Tiêu chí đạt", "Cần hoàn thành", "Số lượt"],
          [[c.code, c.name, c.met_count, ", ".join(c.not_met + c.unknown),
            len(c.not_met) + len(c.unknown)] for c in r.registered]
          + [["", "Tổng cộng", None, None, r.registered_open]], [10, 24, 12, 40, 10])
    sheet("Danh sách xã", ["Mã xã", "Xã", "Bộ tiêu chí", "Đạt (sử dụng)", "Tự đánh giá",
                           "Chưa thẩm định", "Năm đạt chuẩn", "Năm đăng ký"],
          [[c.code, c.name, c.catalog_id, c.met_count, c.self_met_count, c.unappraised,
            c.recognised_year, c.target_year] for c in r.communes],
          [10, 24, 14, 12, 12, 14, 14, 12])
    buf = io.BytesIO()
    wb.save(buf)
    write_pdf(out, buf.getvalue())
