"""One builder per document of the commune's recognition dossier.

``story_x(data, st)`` returns the flowables of document *x* (used by the composer);
``build_x(data, out, *, fonts, invariant=False)`` prints that document alone. Builders read only
the plain :class:`~ntm_desktop.dossier.data.DossierData`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.model import STATUS_MET
from ntm_desktop.core.text import fold
from ntm_desktop.dossier.data import DossierData, Photo
from ntm_desktop.dossier.fonts import Fonts
from ntm_desktop.dossier.template import (
    TEXT_W,
    P,
    Styles,
    data_table,
    header_block,
    make_styles,
    render,
    signature_block,
    title_block,
    write_pdf,
)

MISSING_TEXT = "(Xã chưa nhập nội dung mục này.)"


# ------------------------------------------------------------------------------ formatting
def trieu(vnd: float | None) -> str:
    """đồng → triệu đồng, up to 2 decimals: 1234567000 → "1.234,57"."""
    return "—" if vnd is None else vf.number(vnd / 1_000_000, 2, trim=True)


def n2(n: int) -> str:
    """Counts as the reports write them: 4 → "04", 12 → "12"."""
    return f"{n:02d}" if 0 <= n < 10 else vf.number(n)


def km(v: float | None) -> str:
    return vf.number(v or 0, 2, trim=True)


def pct(v: float | None) -> str:
    return "—" if v is None else vf.percent(v)


def issuer_lines(d: DossierData) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", f"XÃ {d.commune.short_name}"]


def head(d: DossierData, st: Styles, doc: str, *, number: bool = True) -> list[Flowable]:
    return [header_block(st, issuer_lines=issuer_lines(d),
                         number_line=d.number_line(doc) if number else None,
                         place_date=d.place_date(doc), parent_line=d.f("issuer.parent"))]


def para(st: Styles, text: str | None, *, draft: bool = False) -> list[Flowable]:
    """Officer-written text (kept in the workbook): one paragraph per line."""
    if not text:
        return [P(MISSING_TEXT, st.body)]
    return [P(line.strip(), st.body) for line in str(text).splitlines() if line.strip()]


def sign(d: DossierData, st: Styles, doc: str, default_recipients: list[str]) -> Flowable:
    return signature_block(st, recipients=d.recipients(doc, default_recipients),
                           authority=d.signer_authority, title=d.signer_title,
                           name=d.signer_name, tag=doc)


def recipient(d: DossierData) -> str:
    r = d.f("to_trinh.recipient")
    if r:
        return r
    tmpl = d.checklist.default_recipient
    prov = d.commune.province_name or "…"
    dist = d.commune.district_name or "…"
    return tmpl.replace("{province}", prov).replace("{district}", dist)


def short(date: Any) -> str:
    return "…" if date is None else vf.short_date(date)


# ---------------------------------------------------------------------- 1. Tờ trình
def story_to_trinh(d: DossierData, st: Styles) -> list[Flowable]:
    c = d.commune
    xa = c.full_name
    xa_cap = xa[0].upper() + xa[1:]
    to = recipient(d)
    out = head(d, st, "to_trinh")
    out += title_block(st, "TỜ TRÌNH", [f"Về việc đề nghị xét, công nhận {xa}",
                                        f"đạt chuẩn nông thôn mới năm {d.year}"], to)
    bb = d.date_of("bien_ban")
    out += [
        P(f"Căn cứ {c.catalog_title};", st.body),
        P(f"Căn cứ {d.checklist.legal_source};", st.body),
        P(f"Căn cứ kết quả tự đánh giá mức độ đạt chuẩn các tiêu chí nông thôn mới năm {d.year} "
          f"của {xa}; ý kiến tham gia của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và "
          f"nhân dân trong xã; Biên bản cuộc họp ngày {short(bb)} đề nghị xét, công nhận xã đạt "
          "chuẩn nông thôn mới,", st.body),
        P(f"Ủy ban nhân dân {xa} kính trình {to} xem xét, thẩm định và công nhận {xa} đạt chuẩn "
          f"nông thôn mới năm {d.year}, với các nội dung sau:", st.body),
        P(f"1. Kết quả thực hiện các tiêu chí: {xa_cap} tự đánh giá đạt {n2(d.met_count)}/"
          f"{n2(d.total)} tiêu chí nông thôn mới.", st.body),
    ]
    not_met = [f"{cr.code}. {cr.name}" for cr in d.criteria if cr.status != STATUS_MET]
    if not_met:
        out.append(P("Các tiêu chí chưa đạt hoặc chưa xác định: " + "; ".join(not_met) + ".",
                     st.body))
    s = d.survey
    if s:
        out.append(P(f"2. Tỷ lệ hài lòng của người dân: có {vf.number(s['households_satisfied'])}/"
                     f"{vf.number(s['households_asked'])} hộ được lấy ý kiến hài lòng với kết "
                     f"quả xây dựng nông thôn mới, chiếm {pct(s['share'])}.", st.body))
    else:
        out.append(P("2. Tỷ lệ hài lòng của người dân: chưa có kết quả lấy ý kiến.", st.body))
    if d.debt_total:
        out.append(P(f"3. Nợ đọng xây dựng cơ bản: còn {trieu(d.debt_total)} triệu đồng tại "
                     f"{n2(len(d.debt_projects))} công trình.", st.body))
    else:
        out.append(P("3. Nợ đọng xây dựng cơ bản: trên địa bàn xã không có nợ đọng xây dựng cơ "
                     "bản trong xây dựng nông thôn mới.", st.body))
    out.append(P("4. Hồ sơ kèm theo:", st.body))
    for item in d.checklist.documents:
        if item.id != "to_trinh":
            out.append(P(f"- {item.title}.", st.body))
    if d.f("text.to_trinh"):
        out += para(st, d.f("text.to_trinh"))
    out.append(P(f"Ủy ban nhân dân {xa} kính trình {to} xem xét, quyết định./.", st.body))
    out.append(sign(d, st, "to_trinh", ["Như trên"]))
    return out


# ---------------------------------------------------------------- 2. Báo cáo kết quả
def criterion_sentences(d: DossierData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for i, cr in enumerate(d.criteria, start=1):
        out.append(P(f"3.{i}. Tiêu chí số {cr.code} về {cr.name}", st.heading2))
        for r in cr.indicators:
            ev = f"; minh chứng: {', '.join(r.evidence)}" if r.evidence else ""
            out.append(P(f"- Chỉ tiêu {r.code}. {r.text}: kết quả {r.value_text} (mức đạt "
                         f"chuẩn: {r.threshold_text}); tự đánh giá: {r.status_label}{ev}.",
                         st.body_left))
        if "giao thong" in fold(cr.name) and d.road_total_km:
            out.append(P(f"Tổng chiều dài đường giao thông trên địa bàn xã {km(d.road_total_km)} "
                         f"km, đã cứng hóa {km(d.road_hardened_km)} km, tỷ lệ cứng hóa "
                         f"{pct(d.road_hardened_share)}.", st.body))
        if "thuy loi" in fold(cr.name) and d.canal_total_km:
            out.append(P(f"Tổng chiều dài kênh mương {km(d.canal_total_km)} km, đã kiên cố hóa "
                         f"{km(d.canal_solidified_km)} km.", st.body))
        extra = d.f(f"text.tieu_chi.{cr.code}")
        if extra:
            out += para(st, extra)
        out.append(P(f"Đánh giá: {cr.status_label.lower()} tiêu chí.", st.body))
    return out


def resources_sentences(d: DossierData, st: Styles) -> list[Flowable]:
    if not d.resources_total:
        return [P("Chưa có số liệu nguồn lực huy động.", st.body)]
    out = [P(f"Tổng nguồn lực huy động thực hiện Chương trình xây dựng nông thôn mới trên địa "
             f"bàn xã là {trieu(d.resources_total)} triệu đồng, cụ thể như sau:", st.body)]
    for label, amount, share in d.resources:
        out.append(P(f"- {label}: {trieu(amount)} triệu đồng (chiếm {pct(share)}).",
                     st.body_left))
    return out


def contribution_sentence(d: DossierData) -> str:
    t = d.contrib_totals
    return (f"Nhân dân đóng góp bằng tiền {trieu(t['cash_vnd'])} triệu đồng, "
            f"{vf.number(t['labour_days'], 1, trim=True)} ngày công lao động, hiến "
            f"{vf.number(t['land_m2'], 1, trim=True)} m² đất"
            + (f", {vf.number(t['materials'], 1, trim=True)} m³ vật liệu" if t["materials"]
               else "")
            + f"; tổng giá trị quy đổi {trieu(t['total_value_vnd'])} triệu đồng "
            f"({vf.number(d.contrib_count)} lượt đóng góp).")


def criteria_table(d: DossierData, st: Styles) -> Table:
    rows: list[list[Any]] = []
    bold = []
    for cr in d.criteria:
        bold.append(len(rows))
        rows.append([cr.code, f"Tiêu chí {cr.code}. {cr.name}", "", "", cr.status_label, ""])
        for r in cr.indicators:
            rows.append([r.code, r.text, r.threshold_text, r.value_text, r.status_label,
                         ", ".join(r.evidence)])
    return data_table(st, ["TT", "Tiêu chí, chỉ tiêu", "Mức đạt chuẩn", "Kết quả",
                           "Tự đánh giá", "Minh chứng"], rows,
                      [0.07, 0.37, 0.15, 0.13, 0.12, 0.16],
                      align=["C", "L", "C", "C", "C", "L"], bold_rows=bold)


def story_bao_cao_ket_qua(d: DossierData, st: Styles) -> list[Flowable]:
    c = d.commune
    xa = c.full_name
    out = head(d, st, "bao_cao_ket_qua")
    out += title_block(st, "BÁO CÁO", [f"Kết quả xây dựng nông thôn mới năm {d.year}",
                                       f"của {xa}"])
    hh = sum(v.households or 0 for v in c.villages)
    pop = sum(v.population or 0 for v in c.villages)
    out += [P("I. ĐẶC ĐIỂM TÌNH HÌNH", st.heading),
            P(f"{xa[0].upper() + xa[1:]} có {n2(len(c.villages))} thôn, bản"
              + (f" ({', '.join(v.name for v in c.villages)})" if c.villages else "")
              + f", {vf.number(hh)} hộ với {vf.number(pop)} nhân khẩu"
              + (f"; thuộc vùng {c.region_label}" if c.region_label else "") + ".", st.body),
            P(f"Xã thực hiện xây dựng nông thôn mới theo {c.catalog_title}.", st.body),
            P("II. KẾT QUẢ THỰC HIỆN", st.heading),
            P("1. Công tác tổ chức, chỉ đạo, điều hành", st.heading2)]
    out += para(st, d.f("text.to_chuc"))
    out.append(P("2. Công tác tuyên truyền, vận động", st.heading2))
    out += para(st, d.f("text.tuyen_truyen"))
    out.append(P("3. Kết quả thực hiện các tiêu chí", st.heading2))
    out += criterion_sentences(d, st)
    out.append(P("4. Kết quả huy động nguồn lực", st.heading2))
    out += resources_sentences(d, st)
    out.append(P("5. Đóng góp của cộng đồng dân cư", st.heading2))
    out.append(P(contribution_sentence(d), st.body))
    out += [P("III. ĐÁNH GIÁ CHUNG", st.heading),
            P(f"1. Kết quả đạt được: đến thời điểm báo cáo, {xa} tự đánh giá đạt "
              f"{n2(d.met_count)}/{n2(d.total)} tiêu chí nông thôn mới.", st.body)]
    if d.unverified_count:
        out.append(P(f"Có {n2(d.unverified_count)} chỉ tiêu có mức đạt chuẩn chưa được xác minh "
                     "với văn bản gốc (ghi “Chưa xác minh” trong biểu chi tiết).", st.body))
    out.append(P("2. Tồn tại, hạn chế và nguyên nhân", st.heading2))
    out += para(st, d.f("text.ton_tai"))
    out.append(P("IV. KẾ HOẠCH DUY TRÌ, NÂNG CAO CHẤT LƯỢNG CÁC TIÊU CHÍ", st.heading))
    out += para(st, d.f("text.ke_hoach"))
    out.append(sign(d, st, "bao_cao_ket_qua", ["UBND tỉnh (b/c)"]))
    out += [PageBreak(),
            P("BIỂU CHI TIẾT KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI", st.summary),
            P(f"(Kèm theo Báo cáo số {d.f('bao_cao_ket_qua.number', '…')}/"
              f"{d.f('bao_cao_ket_qua.symbol', 'BC-UBND')} ngày "
              f"{short(d.date_of('bao_cao_ket_qua'))} của Ủy ban nhân dân {xa})",
              st.centre_italic),
            Spacer(1, 4), criteria_table(d, st),
            Spacer(1, 4),
            P(f"Tổng số tiêu chí đạt: {n2(d.met_count)}/{n2(d.total)}. “Chưa xác minh”: bộ tiêu "
              "chí chưa có mức đạt chuẩn đã kiểm chứng cho chỉ tiêu này.", st.small)]
    return out


# -------------------------------------------------------------- 3. Báo cáo ý kiến
def story_bao_cao_y_kien(d: DossierData, st: Styles) -> list[Flowable]:
    xa = d.commune.full_name
    out = head(d, st, "bao_cao_y_kien")
    out += title_block(st, "BÁO CÁO", [
        "Tổng hợp ý kiến tham gia của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội",
        f"và nhân dân về kết quả xây dựng nông thôn mới {xa} năm {d.year}"])
    out += [P("1. Hình thức lấy ý kiến", st.heading2),
            P(f"Báo cáo kết quả tự đánh giá mức độ đạt chuẩn các tiêu chí nông thôn mới năm "
              f"{d.year} của {xa} (đạt {n2(d.met_count)}/{n2(d.total)} tiêu chí) được gửi "
              "Ủy ban Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và công khai tại "
              f"{n2(len(d.commune.villages))} thôn, bản để nhân dân tham gia ý kiến.", st.body),
            P("2. Ý kiến của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội", st.heading2)]
    out += para(st, d.f("text.y_kien.to_chuc"))
    out.append(P("3. Ý kiến của nhân dân", st.heading2))
    out += para(st, d.f("text.y_kien.nhan_dan"))
    out.append(P("4. Kết quả lấy ý kiến sự hài lòng của người dân", st.heading2))
    s = d.survey
    if s:
        asked, ok = s["households_asked"], s["households_satisfied"]
        who = s.get("organised_by") or "Ủy ban Mặt trận Tổ quốc xã"
        when = f" ngày {short(vf.parse_date(s['date']))}" if s.get("date") else ""
        out.append(P(f"{who} tổ chức lấy ý kiến sự hài lòng của người dân đối với kết quả xây "
                     f"dựng nông thôn mới{when}: có {vf.number(ok)}/{vf.number(asked)} hộ hài "
                     f"lòng, chiếm {pct(s['share'])}.", st.body))
        out.append(data_table(st, ["Nội dung", "Số hộ", "Tỷ lệ"], [
            ["Số hộ được lấy ý kiến", vf.number(asked), "100%"],
            ["Số hộ hài lòng", vf.number(ok), pct(s["share"])],
            ["Số hộ chưa hài lòng", vf.number(asked - ok),
             pct(vf.share(asked - ok, asked))]], [0.6, 0.2, 0.2], align=["L", "R", "R"]))
    else:
        out.append(P("Chưa có kết quả lấy ý kiến sự hài lòng của người dân.", st.body))
    out.append(sign(d, st, "bao_cao_y_kien", ["UBND tỉnh (b/c)"]))
    return out


# -------------------------------------------------------------------- 4. Biên bản
def story_bien_ban(d: DossierData, st: Styles) -> list[Flowable]:
    xa = d.commune.full_name
    out = head(d, st, "bien_ban", number=bool(d.f("bien_ban.number")))
    out += title_block(st, "BIÊN BẢN", ["Cuộc họp đề nghị xét, công nhận",
                                         f"{xa} đạt chuẩn nông thôn mới năm {d.year}"])
    date = d.date_of("bien_ban")
    when = vf.long_date(date) if date else f"ngày … tháng … năm {d.year}"
    out.append(P(f"Hồi {d.f('bien_ban.time', '… giờ …')}, {when}, tại "
                 f"{d.f('bien_ban.place', 'trụ sở Ủy ban nhân dân xã')}, Ủy ban nhân dân {xa} "
                 "tổ chức cuộc họp đề nghị xét, công nhận xã đạt chuẩn nông thôn mới.", st.body))
    members = d.int_field("bien_ban.members")
    present = d.int_field("bien_ban.present")
    votes_for = d.int_field("bien_ban.votes_for")
    against = d.int_field("bien_ban.votes_against") or 0
    out += [P("I. THÀNH PHẦN THAM DỰ", st.heading),
            P(f"- Chủ trì: {d.f('bien_ban.chair', '…')}.", st.body_left),
            P(f"- Thư ký: {d.f('bien_ban.secretary', '…')}.", st.body_left)]
    attendees = d.f("bien_ban.attendees") or []
    if attendees:
        out.append(P("- Thành phần:", st.body_left))
        for a in attendees:
            out.append(P(f"+ {a};", st.body_left))
    m_txt = vf.number(members) if members is not None else "…"
    p_txt = vf.number(present) if present is not None else m_txt
    absent = (members - present) if (members is not None and present is not None) else None
    out.append(P(f"Tổng số thành viên được mời: {m_txt}; có mặt: {p_txt}"
                 + (f"; vắng mặt: {vf.number(absent)}" if absent else "") + ".", st.body))
    out += [P("II. NỘI DUNG CUỘC HỌP", st.heading),
            P(f"1. Ủy ban nhân dân xã báo cáo kết quả tự đánh giá: {xa} đạt {n2(d.met_count)}/"
              f"{n2(d.total)} tiêu chí nông thôn mới năm {d.year}.", st.body)]
    s = d.survey
    out.append(P("2. Tổng hợp ý kiến tham gia của các tổ chức chính trị - xã hội và nhân dân"
                 + (f"; kết quả lấy ý kiến sự hài lòng: {vf.number(s['households_satisfied'])}/"
                    f"{vf.number(s['households_asked'])} hộ hài lòng, chiếm {pct(s['share'])}."
                    if s else "."), st.body))
    out.append(P("3. Ý kiến thảo luận:", st.body))
    out += para(st, d.f("text.bien_ban.thao_luan"))
    out.append(P("III. KẾT QUẢ BIỂU QUYẾT", st.heading))
    share = vf.share(votes_for, members) if (votes_for is not None and members) else None
    vf_txt = vf.number(votes_for) if votes_for is not None else "…"
    out.append(P(f"Số thành viên nhất trí đề nghị xét, công nhận {xa} đạt chuẩn nông thôn mới "
                 f"năm {d.year}: {vf_txt}/{m_txt} thành viên, đạt {pct(share)}.", st.body))
    out.append(data_table(st, ["Tổng số thành viên", "Có mặt", "Đồng ý", "Không đồng ý",
                               "Tỷ lệ đồng ý"],
                          [[m_txt, p_txt, vf_txt, vf.number(against), pct(share)]],
                          [0.22, 0.18, 0.18, 0.2, 0.22], align=["C"] * 5))
    out.append(P("Cuộc họp kết thúc cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp "
                 "nghe và nhất trí thông qua./.", st.body))
    t = Table([[[P("THƯ KÝ", st.sign), Spacer(1, 22 * mm),
                 P(_name(d.f("bien_ban.secretary")), st.sign_name)],
                [P("CHỦ TRÌ", st.sign), Spacer(1, 22 * mm),
                 P(_name(d.f("bien_ban.chair")), st.sign_name)]]],
              colWidths=[TEXT_W / 2, TEXT_W / 2])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    out.append(KeepTogether([Spacer(1, 8), t]))
    return out


def _name(text: str | None) -> str:
    """"Hoàng Văn Sìn, Chủ tịch UBND xã" → "Hoàng Văn Sìn"."""
    return (text or "").split(",")[0].strip()


# ------------------------------------------------------------------ 5. Nợ đọng XDCB
def story_bao_cao_no_dong(d: DossierData, st: Styles) -> list[Flowable]:
    xa = d.commune.full_name
    out = head(d, st, "bao_cao_no_dong")
    date = d.date_of("bao_cao_no_dong")
    out += title_block(st, "BÁO CÁO", [
        "Tình hình nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới",
        f"của {xa}" + (f" (tính đến ngày {short(date)})" if date else "")])
    total_inv = sum(p.total_investment or 0 for p in d.projects)
    funded = sum(p.funding_total for p in d.projects)
    out.append(P(f"Trong quá trình xây dựng nông thôn mới, trên địa bàn xã đã triển khai "
                 f"{n2(len(d.projects))} công trình, dự án với tổng mức đầu tư "
                 f"{trieu(total_inv)} triệu đồng; tổng vốn đã bố trí {trieu(funded)} triệu "
                 "đồng.", st.body))
    if d.debt_total:
        out.append(P(f"Đến thời điểm báo cáo, còn nợ đọng xây dựng cơ bản {trieu(d.debt_total)} "
                     f"triệu đồng tại {n2(len(d.debt_projects))} công trình (chi tiết tại biểu "
                     "dưới đây).", st.body))
    else:
        out.append(P("Đến thời điểm báo cáo, trên địa bàn xã không có nợ đọng xây dựng cơ bản "
                     "trong xây dựng nông thôn mới.", st.body))
    if d.f("text.no_dong"):
        out += para(st, d.f("text.no_dong"))
    rows = [[str(i), p.name, trieu(p.total_investment), trieu(p.funding_total), trieu(p.debt),
             p.settlement or "—"] for i, p in enumerate(d.projects, start=1)]
    rows.append(["", "Tổng cộng", trieu(total_inv), trieu(funded), trieu(d.debt_total), ""])
    out.append(P("Đơn vị tính: triệu đồng", st.small))
    out.append(data_table(st, ["TT", "Tên công trình, dự án", "Tổng mức đầu tư", "Vốn đã bố trí",
                               "Nợ đọng XDCB", "Quyết toán"], rows,
                          [0.07, 0.37, 0.15, 0.14, 0.13, 0.14],
                          align=["C", "L", "R", "R", "R", "C"], bold_rows=[len(rows) - 1]))
    out.append(sign(d, st, "bao_cao_no_dong", ["UBND tỉnh (b/c)"]))
    return out


# ---------------------------------------------------------------------- 6. Phụ lục
def _photo_bytes(path: Path, max_px: int) -> tuple[bytes, int, int] | None:
    try:
        from PIL import Image as PILImage
        with PILImage.open(path) as img:
            img.load()
            if img.mode not in ("RGB", "L"):
                img = img.convert("RGB")
            img.thumbnail((max_px, max_px))
            buf = io.BytesIO()
            img.save(buf, format="JPEG", quality=80)
            return buf.getvalue(), img.size[0], img.size[1]
    except (OSError, ValueError):
        return None


def photo_cell(ph: Photo, st: Styles, box_w: float, box_h: float, max_px: int) -> list[Flowable]:
    got = _photo_bytes(ph.path, max_px)
    out: list[Flowable] = []
    if got is None:
        out.append(Spacer(box_w, box_h))
        out.append(P(f"(Không đọc được tệp ảnh {ph.number})", st.caption))
    else:
        data, w, h = got
        scale = min(box_w / w, box_h / h)
        out.append(Image(io.BytesIO(data), width=w * scale, height=h * scale))
    meta = " – ".join(x for x in (ph.date, ph.place) if x)
    out.append(P(f"Ảnh {ph.number}. {ph.caption}" + (f" ({meta})" if meta else ""), st.caption))
    return out


def photo_pages(d: DossierData, st: Styles) -> list[Flowable]:
    per_page = 4 if str(d.f("phu_luc.photos_per_page", "2")) == "4" else 2
    out: list[Flowable] = []
    if not d.photos:
        return [P("Chưa có ảnh minh họa.", st.body)]
    if per_page == 2:
        for i in range(0, len(d.photos), 2):
            cells = [photo_cell(ph, st, TEXT_W - 6, 100 * mm, 1200) for ph in d.photos[i:i + 2]]
            t = Table([[c] for c in cells], colWidths=[TEXT_W])
            t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
                                   ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out += [t, PageBreak()] if i + 2 < len(d.photos) else [t]
    else:
        for i in range(0, len(d.photos), 4):
            chunk = d.photos[i:i + 4]
            cells = [photo_cell(ph, st, TEXT_W / 2 - 8, 85 * mm, 800) for ph in chunk]
            while len(cells) < 4:
                cells.append([Spacer(1, 1)])
            t = Table([cells[0:2], cells[2:4]], colWidths=[TEXT_W / 2, TEXT_W / 2])
            t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
                                   ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out += [t, PageBreak()] if i + 4 < len(d.photos) else [t]
    return out


def story_phu_luc(d: DossierData, st: Styles) -> list[Flowable]:
    xa = d.commune.full_name
    out: list[Flowable] = [
        P("PHỤ LỤC", st.doc_kind),
        P(f"Số liệu hạ tầng, dự án, đóng góp của cộng đồng và ảnh minh họa của {xa} năm {d.year}",
          st.summary),
        P(f"(Kèm theo Báo cáo số {d.f('bao_cao_ket_qua.number', '…')}/"
          f"{d.f('bao_cao_ket_qua.symbol', 'BC-UBND')} ngày "
          f"{short(d.date_of('bao_cao_ket_qua'))} của Ủy ban nhân dân {xa})", st.centre_italic),
        Spacer(1, 6),
        P("Phụ lục 1. Hạ tầng kinh tế - xã hội", st.heading),
        P(f"Tổng số công trình hạ tầng đã đăng ký: {vf.number(d.infra_total)}. Tổng chiều dài "
          f"đường giao thông {km(d.road_total_km)} km, đã cứng hóa {km(d.road_hardened_km)} km, "
          f"tỷ lệ cứng hóa {pct(d.road_hardened_share)}"
          + (f"; kênh mương {km(d.canal_total_km)} km, đã kiên cố hóa "
             f"{km(d.canal_solidified_km)} km" if d.canal_total_km else "") + ".", st.body),
        P("1.1. Công trình theo loại", st.heading2),
        data_table(st, ["TT", "Loại công trình", "Số lượng"],
                   [[str(i), k, vf.number(n)] for i, (k, n) in enumerate(d.infra_by_kind, 1)]
                   + [["", "Tổng cộng", vf.number(d.infra_total)]],
                   [0.1, 0.65, 0.25], align=["C", "L", "R"], bold_rows=[len(d.infra_by_kind)]),
        P("1.2. Đường giao thông theo cấp", st.heading2),
        data_table(st, ["Cấp đường", "Chiều dài (km)", "Đã cứng hóa (km)", "Tỷ lệ cứng hóa"],
                   [[lbl, km(t), km(h), pct(s)] for lbl, t, h, s in d.road_levels]
                   + [["Tổng cộng", km(d.road_total_km), km(d.road_hardened_km),
                       pct(d.road_hardened_share)]],
                   [0.4, 0.2, 0.2, 0.2], align=["L", "R", "R", "R"],
                   bold_rows=[len(d.road_levels)]),
        P("1.3. Đường giao thông theo kết cấu mặt đường", st.heading2),
        data_table(st, ["Kết cấu mặt đường", "Chiều dài (km)", "Tỷ lệ"],
                   [[lbl, km(v), pct(vf.share(v, d.road_total_km))]
                    for lbl, v in d.road_surfaces], [0.5, 0.25, 0.25], align=["L", "R", "R"]),
        CondPageBreak(40 * mm),
        P("1.4. Công trình theo thôn và loại", st.heading2),
        data_table(st, ["Thôn, bản", "Loại công trình", "Số lượng", "Chiều dài (km)"],
                   [[v, k, vf.number(n), km(L) if L else ""]
                    for v, k, n, L in d.infra_by_village],
                   [0.3, 0.4, 0.12, 0.18], align=["L", "L", "R", "R"]),
        PageBreak(),
        P("Phụ lục 2. Dự án đầu tư và nguồn vốn", st.heading),
    ]
    sources = [s for s, _, _ in d.resources]
    prow = []
    for i, p in enumerate(d.projects, 1):
        prow.append([str(i), p.name] + [trieu(p.funding.get(s, 0)) for s in sources]
                    + [trieu(p.funding_total)])
    totals = ["", "Tổng cộng"] + [trieu(a) for _, a, _ in d.resources] + [trieu(d.resources_total)]
    nsrc = len(sources)
    src_w = (0.93 - 0.3 - 0.13) / max(nsrc, 1)
    out.append(P("Đơn vị tính: triệu đồng", st.small))
    out.append(data_table(st, ["TT", "Dự án, công trình", *sources, "Tổng"], prow + [totals],
                          [0.07, 0.3, *([src_w] * nsrc), 0.13],
                          align=["C", "L", *(["R"] * nsrc), "R"], bold_rows=[len(prow)],
                          font_size=9.5 if nsrc > 3 else None))
    out.append(P("Cơ cấu nguồn lực huy động", st.heading2))
    out.append(data_table(st, ["Nguồn vốn", "Triệu đồng", "Tỷ lệ"],
                          [[lbl, trieu(a), pct(s)] for lbl, a, s in d.resources]
                          + [["Tổng cộng", trieu(d.resources_total), "100%"
                              if d.resources_total else "—"]],
                          [0.5, 0.25, 0.25], align=["L", "R", "R"],
                          bold_rows=[len(d.resources)]))
    out += [PageBreak(), P("Phụ lục 3. Đóng góp của cộng đồng dân cư", st.heading),
            P(contribution_sentence(d), st.body),
            P("3.1. Theo thôn, bản", st.heading2)]
    head_c = ["Thôn, bản", "Tiền mặt (triệu đồng)", "Ngày công", "Hiến đất (m²)",
              "Giá trị quy đổi (triệu đồng)", "Số lượt"]

    def crow(r: tuple) -> list[str]:
        return [r[0], trieu(r[1]), vf.number(r[2], 1, trim=True), vf.number(r[3], 1, trim=True),
                trieu(r[4]), vf.number(r[5])]
    t = d.contrib_totals
    tot_row = ["Tổng cộng", trieu(t["cash_vnd"]), vf.number(t["labour_days"], 1, trim=True),
               vf.number(t["land_m2"], 1, trim=True), trieu(t["total_value_vnd"]),
               vf.number(d.contrib_count)]
    widths = [0.25, 0.15, 0.14, 0.15, 0.18, 0.13]
    out.append(data_table(st, head_c, [crow(r) for r in d.contrib_by_village] + [tot_row],
                          widths, align=["L", "R", "R", "R", "R", "R"],
                          bold_rows=[len(d.contrib_by_village)]))
    out.append(P("3.2. Theo dự án, công trình", st.heading2))
    out.append(data_table(st, ["Dự án, công trình", *head_c[1:]],
                          [crow(r) for r in d.contrib_by_project] + [tot_row], widths,
                          align=["L", "R", "R", "R", "R", "R"],
                          bold_rows=[len(d.contrib_by_project)]))
    out += [PageBreak(), P("Phụ lục 4. Ảnh minh họa", st.heading)]
    out += photo_pages(d, st)
    if d.infra_full is not None:
        out += [PageBreak(), P("Phụ lục 5. Danh sách đầy đủ công trình hạ tầng", st.heading),
                data_table(st, ["TT", "Loại", "Tên công trình", "Thôn, bản", "Thông số"],
                           [[str(i), *r] for i, r in enumerate(d.infra_full, 1)],
                           [0.08, 0.17, 0.3, 0.15, 0.3], align=["C", "L", "L", "L", "L"],
                           font_size=9)]
    if d.contrib_full is not None:
        out += [PageBreak(), P("Phụ lục 6. Sổ đóng góp của cộng đồng (đầy đủ)", st.heading),
                data_table(st, ["TT", "Ngày", "Người đóng góp", "Thôn, bản", "Hình thức",
                                "Số lượng", "Giá trị (đồng)"],
                           [[str(i), *r] for i, r in enumerate(d.contrib_full, 1)],
                           [0.08, 0.12, 0.24, 0.14, 0.12, 0.14, 0.16],
                           align=["C", "C", "L", "L", "L", "R", "R"], font_size=9)]
    return out


# ------------------------------------------------------------------------------ registry
STORIES: dict[str, Callable[[DossierData, Styles], list[Flowable]]] = {
    "to_trinh": story_to_trinh,
    "bao_cao_ket_qua": story_bao_cao_ket_qua,
    "bao_cao_y_kien": story_bao_cao_y_kien,
    "bien_ban": story_bien_ban,
    "bao_cao_no_dong": story_bao_cao_no_dong,
    "phu_luc": story_phu_luc,
}
# Also the progress messages while the dossier is printed, hence marked in context "progress"
# (the GUI's progress dialog translates them); the PDF prints them unchanged, in Vietnamese.
TITLES = {
    "to_trinh": _N("progress", "Tờ trình đề nghị xét, công nhận xã đạt chuẩn nông thôn mới"),
    "bao_cao_ket_qua": _N("progress", "Báo cáo kết quả xây dựng nông thôn mới"),
    "bao_cao_y_kien": _N("progress", "Báo cáo tổng hợp ý kiến tham gia"),
    "bien_ban": _N("progress", "Biên bản cuộc họp đề nghị xét công nhận"),
    "bao_cao_no_dong": _N("progress", "Báo cáo tình hình nợ đọng xây dựng cơ bản"),
    "phu_luc": _N("progress", "Phụ lục"),
}


def _build_one(doc_id: str, d: DossierData, out: Path | Any, fonts: Fonts,
               invariant: bool) -> dict[str, Any]:
    from ntm_desktop.dossier.template import DocStart
    st = make_styles(fonts)
    story = [DocStart(doc_id, TITLES[doc_id]), *STORIES[doc_id](d, st)]
    data, info = render(story, fonts=fonts, title=TITLES[doc_id], footer=d.verification.footer,
                        draft=d.draft, invariant=invariant)
    write_pdf(out, data)
    return {"pages": info.pages, "signature_areas": info.signature_areas}


def build_to_trinh(data: DossierData, out: Path | Any, *, fonts: Fonts,
                   invariant: bool = False) -> dict[str, Any]:
    return _build_one("to_trinh", data, out, fonts, invariant)


def build_bao_cao_ket_qua(data: DossierData, out: Path | Any, *, fonts: Fonts,
                          invariant: bool = False) -> dict[str, Any]:
    return _build_one("bao_cao_ket_qua", data, out, fonts, invariant)


def build_bao_cao_y_kien(data: DossierData, out: Path | Any, *, fonts: Fonts,
                         invariant: bool = False) -> dict[str, Any]:
    return _build_one("bao_cao_y_kien", data, out, fonts, invariant)


def build_bien_ban(data: DossierData, out: Path | Any, *, fonts: Fonts,
                   invariant: bool = False) -> dict[str, Any]:
    return _build_one("bien_ban", data, out, fonts, invariant)


def build_bao_cao_no_dong(data: DossierData, out: Path | Any, *, fonts: Fonts,
                          invariant: bool = False) -> dict[str, Any]:
    return _build_one("bao_cao_no_dong", data, out, fonts, invariant)


def build_phu_luc(data: DossierData, out: Path | Any, *, fonts: Fonts,
                  invariant: bool = False) -> dict[str, Any]:
    return _build_one("phu_luc", data, out, fonts, invariant)
