"""One builder per document of the commune's recognition dossier.

``story_x(data, st)`` returns the flowables of document *x* (used by the composer);
``build_x(data, out, *, fonts, invariant=False)`` prints that document alone. Builders read only
the plain :class:`~ntm_desktop.dossier.data.DossierData`.
"""

from __future__ import annotations

import io
import re
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
from ntm_desktop.core.text import fold
from ntm_desktop.dossier.data import DossierData, Photo
from ntm_desktop.dossier.eligibility import photo_caption_date
from ntm_desktop.dossier.fonts import Fonts
from ntm_desktop.dossier.issuer import unit_phrase
from ntm_desktop.dossier.template import (
    TEXT_W,
    P,
    Styles,
    centred,
    data_table,
    header_block,
    make_styles,
    render,
    signature_block,
    title_block,
    with_signature,
    write_pdf,
)

MISSING_TEXT = "…"


# ------------------------------------------------------------------------------ formatting
# One format per quantity (core/vnformat.py): money in triệu đồng, whole, thousands dots;
# shares with two decimals; lengths in km with two decimals; counts below ten as "04".
trieu = vf.trieu
km = vf.km
n2 = vf.count


def pct(v: float | None) -> str:
    return "—" if v is None else vf.percent(v)


def issuer_lines(d: DossierData) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", f"XÃ {d.commune.short_name}"]


def head(d: DossierData, st: Styles, doc: str, *, number: bool = True) -> list[Flowable]:
    return [header_block(st, issuer_lines=issuer_lines(d),
                         number_line=d.number_line(doc) if number else None,
                         place_date=d.place_date(doc), parent_line=d.f("issuer.parent"))]


def para(st: Styles, text: str | None) -> list[Flowable]:
    """Officer-written text (kept in the workbook): one paragraph per line; "…" when the
    officer has not written it (only a draft prints then)."""
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
    prov = unit_phrase(d.commune.province_name, "tỉnh") or "…"
    dist = unit_phrase(d.commune.district_name, "huyện") or "…"
    return tmpl.replace("{province}", prov).replace("{district}", dist)


def short(date: Any) -> str:
    return "…" if date is None else vf.short_date(date)


def legal_basis(d: DossierData) -> list[str]:
    """The "Căn cứ …;" lines: the criteria set's decision, the procedure's decisions and, after
    7/2025, the province's own decision — by number and date (catalog and checklist data)."""
    lines = [d.commune.legal_basis, *d.checklist.legal_basis]
    pf = d.checklist.province_decision_field
    if pf:
        lines.append(d.f(pf, "…"))
    return [f"Căn cứ {x};" for x in lines if x]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------- 1. Tờ trình
def story_to_trinh(d: DossierData, st: Styles) -> list[Flowable]:
    c = d.commune
    xa = c.full_name
    to = recipient(d)
    out = head(d, st, "to_trinh")
    out += title_block(st, "TỜ TRÌNH", [f"Về việc đề nghị xét, công nhận {xa}",
                                        f"đạt chuẩn nông thôn mới năm {d.year}"], to)
    bb = d.date_of("bien_ban")
    out += [P(x, st.body) for x in legal_basis(d)]
    out += [
        P(f"Căn cứ kết quả tự đánh giá mức độ đạt chuẩn các tiêu chí nông thôn mới năm {d.year} "
          f"của {xa}; ý kiến tham gia của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và "
          f"nhân dân trong xã; Biên bản cuộc họp ngày {short(bb)} đề nghị xét, công nhận xã đạt "
          "chuẩn nông thôn mới,", st.body),
        P(f"Ủy ban nhân dân {xa} kính trình {to} xem xét, thẩm định và công nhận {xa} đạt chuẩn "
          f"nông thôn mới năm {d.year}, với các nội dung sau:", st.body),
        P(f"1. Kết quả thực hiện các tiêu chí: {xa} đạt {n2(d.met_count)}/{n2(d.total)} tiêu "
          "chí nông thôn mới.", st.body),
    ]
    s = d.survey
    if s:
        out.append(P(f"2. Tỷ lệ hài lòng của người dân: có {vf.number(s['households_satisfied'])}/"
                     f"{vf.number(s['households_asked'])} hộ được lấy ý kiến hài lòng với kết "
                     f"quả xây dựng nông thôn mới, chiếm {pct(s['share'])}.", st.body))
    else:
        out.append(P("2. Tỷ lệ hài lòng của người dân: …", st.body))
    if d.funding.debt_total:
        out.append(P(f"3. Nợ đọng xây dựng cơ bản: còn {trieu(d.funding.debt_total)} triệu đồng "
                     f"tại {n2(len(d.funding.debt_projects))} công trình.", st.body))
    else:
        out.append(P("3. Nợ đọng xây dựng cơ bản: trên địa bàn xã không có nợ đọng xây dựng cơ "
                     "bản thuộc Chương trình mục tiêu quốc gia xây dựng nông thôn mới.", st.body))
    n = 4
    antt = next((x for x in d.checklist.conditions if x.id == "an_ninh_trat_tu"), None)
    if antt is not None:
        ev = d.f(f"{antt.field}.can_cu", "…")
        out.append(P(f"{n}. An ninh, trật tự: {xa} đạt tiêu chuẩn “An toàn về an ninh, trật tự” "
                     f"theo quy định của Bộ Công an ({ev}).", st.body))
        n += 1
    out.append(P(f"{n}. Hồ sơ kèm theo:", st.body))
    for item in d.documents:
        if item.id != "to_trinh":
            out.append(P(f"- {item.title}.", st.body))
    if d.f("text.to_trinh"):
        out += para(st, d.f("text.to_trinh"))
    out.append(P(f"Ủy ban nhân dân {xa} kính trình {to} xem xét, quyết định./.", st.body))
    return with_signature(out, sign(d, st, "to_trinh", ["Như trên"]))


# ---------------------------------------------------------------- 2. Báo cáo kết quả
def _indicator_phrase(r: Any) -> str:
    """One indicator as a clause of the report's prose."""
    text = r.text[:1].lower() + r.text[1:]
    if r.kind == "boolean":
        verdict = {"dat": "đạt", "chua_dat": "chưa đạt"}.get(r.status, "…")
        return f"{text}: {verdict}"
    if r.kind == "must_be_none":
        return f"{text}: {r.value_text.lower() if r.value_text != '—' else '…'}"
    req = f" (mức đạt chuẩn {r.threshold_text})" if r.threshold_text != "…" else ""
    return f"{text} đạt {r.value_text if r.value_text != '—' else '…'}{req}"


def criterion_sentences(d: DossierData, st: Styles) -> list[Flowable]:
    """Criterion by criterion, as the provincial reports write it ("Về giao thông: …")."""
    out: list[Flowable] = []
    for i, cr in enumerate(d.criteria, start=1):
        out.append(P(f"3.{i}. Tiêu chí số {cr.code} về {cr.name}", st.heading2))
        topic = cr.phrase[3:] if cr.phrase.startswith("về ") else cr.name.lower()
        clauses = [_indicator_phrase(r) for r in cr.indicators if r.status != "khong_ap_dung"]
        text = f"Về {topic}: " + "; ".join(clauses) + "."
        if "giao thong" in fold(cr.name) and d.roads.total_km:
            text += (f" Tổng chiều dài đường giao thông trên địa bàn xã {km(d.roads.total_km)} "
                     f"km, đã cứng hóa {km(d.roads.hardened_km)} km, tỷ lệ cứng hóa "
                     f"{pct(d.roads.hardened_share)}.")
        if "thuy loi" in fold(cr.name) and d.roads.canal_total_km:
            text += (f" Tổng chiều dài kênh mương {km(d.roads.canal_total_km)} km, đã kiên cố "
                     f"hóa {km(d.roads.canal_solidified_km)} km.")
        refs = [e for r in cr.indicators for e in r.evidence]
        if refs:
            text += f" Minh chứng: {', '.join(dict.fromkeys(refs))}."
        out.append(P(text, st.body))
        extra = d.f(f"text.tieu_chi.{cr.code}")
        if extra:
            out += para(st, extra)
        verdict = "đạt" if cr.status == "dat" else "chưa đạt"
        out.append(P(f"Đánh giá: {verdict} tiêu chí {cr.phrase}.", st.body))
    return out


def resources_sentences(d: DossierData, st: Styles) -> list[Flowable]:
    out = [P(f"Tổng nguồn lực huy động thực hiện Chương trình xây dựng nông thôn mới trên địa "
             f"bàn xã là {trieu(d.funding.total)} triệu đồng, cụ thể như sau:", st.body)]
    for label, amount, share in d.funding.resources:
        out.append(P(f"- {label}: {trieu(amount)} triệu đồng (chiếm {pct(share)}).",
                     st.body_left))
    return out


def contribution_sentence(d: DossierData) -> str:
    """What the community gave; a kind of contribution with nothing recorded is left out."""
    t = d.contrib
    parts = []
    if t.cash_vnd:
        parts.append(f"bằng tiền {trieu(t.cash_vnd)} triệu đồng")
    if t.labour_days:
        parts.append(f"{vf.number(t.labour_days)} ngày công lao động")
    if t.land_m2:
        parts.append(f"hiến {vf.number(t.land_m2)} m² đất")
    if t.materials:
        parts.append(f"{vf.number(t.materials)} m³ vật liệu")
    if not parts:
        return ""
    return (f"Nhân dân đóng góp {', '.join(parts)}; tổng giá trị quy đổi "
            f"{trieu(t.total_value_vnd)} triệu đồng ({vf.number(t.count)} lượt đóng góp).")


LONG_NOTE = 60   # characters: a longer note goes below the table as a numbered note


def criteria_table(d: DossierData, st: Styles) -> list[Flowable]:
    """The detailed table: a criterion's heading row stays with its first indicator; the
    threshold carries the number of its legal basis, listed under the table."""
    rows: list[list[Any]] = []
    bold = []
    bases: dict[str, int] = {}
    for cr in d.criteria:
        bold.append(len(rows))
        rows.append([cr.code, f"Tiêu chí {cr.code}. {cr.name}", "", "", cr.status_label, ""])
        for r in cr.indicators:
            thr = r.threshold_text
            if r.threshold_basis and r.kind in ("percent", "amount", "count"):
                # one note per decision ("…, tiêu chí số 14" → the decision and its annex)
                basis = re.sub(r", tiêu chí số \d+$", "", r.threshold_basis)
                k = bases.setdefault(basis, len(bases) + 1)
                thr = f"{thr} ({k})"
            rows.append([r.code, r.text, thr, r.value_text, r.status_label,
                         ", ".join(r.evidence)])
    out: list[Flowable] = [data_table(
        st, ["TT", "Tiêu chí, chỉ tiêu", "Mức đạt chuẩn", "Kết quả", "Tự đánh giá", "Minh chứng"],
        rows, [0.07, 0.37, 0.15, 0.13, 0.12, 0.16], align=["C", "L", "C", "C", "C", "L"],
        bold_rows=bold, keep_with_next=bold)]
    if bases:
        out.append(Spacer(1, 4))
        out.append(P("Căn cứ mức đạt chuẩn: " + "; ".join(f"({k}) {b}" for b, k in bases.items())
                     + ".", st.small))
    return out


def story_bao_cao_ket_qua(d: DossierData, st: Styles) -> list[Flowable]:
    c = d.commune
    xa = c.full_name
    out = head(d, st, "bao_cao_ket_qua")
    out += title_block(st, "BÁO CÁO", [f"Kết quả xây dựng nông thôn mới năm {d.year}",
                                       f"của {xa}"])
    hh = sum(v.households or 0 for v in c.villages)
    pop = sum(v.population or 0 for v in c.villages)
    out += [P("I. ĐẶC ĐIỂM TÌNH HÌNH", st.heading),
            P(f"{_cap(xa)} có {n2(len(c.villages))} thôn, bản"
              + (f" ({', '.join(v.name for v in c.villages)})" if c.villages else "")
              + f", {vf.number(hh)} hộ với {vf.number(pop)} nhân khẩu"
              + (f"; thuộc vùng {c.region_label}" if c.region_label else "") + ".", st.body),
            P(f"Xã thực hiện xây dựng nông thôn mới theo {c.legal_basis}.", st.body),
            P("II. KẾT QUẢ THỰC HIỆN", st.heading),
            P("1. Công tác tổ chức, chỉ đạo, điều hành", st.heading2)]
    out += para(st, d.f("text.to_chuc"))
    out.append(P("2. Công tác tuyên truyền, vận động", st.heading2))
    out += para(st, d.f("text.tuyen_truyen"))
    out.append(P("3. Kết quả thực hiện các tiêu chí", st.heading2))
    out += criterion_sentences(d, st)
    section = 4
    if d.funding.total:
        out.append(P(f"{section}. Kết quả huy động nguồn lực", st.heading2))
        out += resources_sentences(d, st)
        section += 1
    contrib = contribution_sentence(d)
    if contrib:
        out.append(P(f"{section}. Đóng góp của cộng đồng dân cư", st.heading2))
        out.append(P(contrib, st.body))
    out += [P("III. ĐÁNH GIÁ CHUNG", st.heading),
            P(f"1. Kết quả đạt được: đến thời điểm báo cáo, {xa} đạt "
              f"{n2(d.met_count)}/{n2(d.total)} tiêu chí nông thôn mới.", st.body),
            P("2. Tồn tại, hạn chế và nguyên nhân", st.heading2)]
    out += para(st, d.f("text.ton_tai"))
    out.append(P("IV. KẾ HOẠCH DUY TRÌ, NÂNG CAO CHẤT LƯỢNG CÁC TIÊU CHÍ", st.heading))
    out += para(st, d.f("text.ke_hoach"))
    out = with_signature(out, sign(d, st, "bao_cao_ket_qua", ["UBND tỉnh (b/c)"]))
    out += [PageBreak(),
            centred("BIỂU CHI TIẾT KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI", st.summary),
            centred(f"(Kèm theo Báo cáo số {d.f('bao_cao_ket_qua.number', '…')}/"
                    f"{d.f('bao_cao_ket_qua.symbol', 'BC-UBND')} ngày "
                    f"{short(d.date_of('bao_cao_ket_qua'))} của Ủy ban nhân dân {xa})",
                    st.centre_italic),
            Spacer(1, 4), *criteria_table(d, st),
            Spacer(1, 4),
            P(f"Tổng số tiêu chí đạt: {n2(d.met_count)}/{n2(d.total)}.", st.small)]
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
        out.append(P("…", st.body))
    return with_signature(out, sign(d, st, "bao_cao_y_kien", ["UBND tỉnh (b/c)"]))


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
    closing = P("Cuộc họp kết thúc cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp "
                "nghe và nhất trí thông qua./.", st.body)
    t = Table([[[P("THƯ KÝ", st.sign), Spacer(1, 22 * mm),
                 P(_name(d.f("bien_ban.secretary")), st.sign_name)],
                [P("CHỦ TRÌ", st.sign), Spacer(1, 22 * mm),
                 P(_name(d.f("bien_ban.chair")), st.sign_name)]]],
              colWidths=[TEXT_W / 2, TEXT_W / 2])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    out.append(KeepTogether([closing, Spacer(1, 8), t]))
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
    projects = d.funding.projects
    debt_total = d.funding.debt_total
    total_inv = sum(p.total_investment or 0 for p in projects)
    funded = sum(p.funding_total for p in projects)
    out.append(P(f"Trong quá trình xây dựng nông thôn mới, trên địa bàn xã đã triển khai "
                 f"{n2(len(projects))} công trình, dự án với tổng mức đầu tư "
                 f"{trieu(total_inv)} triệu đồng; tổng vốn đã bố trí {trieu(funded)} triệu "
                 "đồng.", st.body))
    if debt_total:
        out.append(P(f"Đến thời điểm báo cáo, còn nợ đọng xây dựng cơ bản {trieu(debt_total)} "
                     f"triệu đồng tại {n2(len(d.funding.debt_projects))} công trình (chi tiết tại biểu "
                     "dưới đây).", st.body))
    else:
        out.append(P("Đến thời điểm báo cáo, trên địa bàn xã không có nợ đọng xây dựng cơ bản "
                     "trong xây dựng nông thôn mới.", st.body))
    if d.f("text.no_dong"):
        out += para(st, d.f("text.no_dong"))
    rows = [[str(i), p.name, trieu(p.total_investment), trieu(p.funding_total), trieu(p.debt),
             p.settlement or "—"] for i, p in enumerate(projects, start=1)]
    rows.append(["", "Tổng cộng", trieu(total_inv), trieu(funded), trieu(debt_total), ""])
    out.append(P("Đơn vị tính: triệu đồng", st.small))
    out.append(data_table(st, ["TT", "Tên công trình, dự án", "Tổng mức đầu tư", "Vốn đã bố trí",
                               "Nợ đọng XDCB", "Quyết toán"], rows,
                          [0.07, 0.37, 0.15, 0.14, 0.13, 0.14],
                          align=["C", "L", "R", "R", "R", "C"], bold_rows=[len(rows) - 1]))
    return with_signature(out, sign(d, st, "bao_cao_no_dong", ["UBND tỉnh (b/c)"]))


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


def photo_cell(ph: Photo, st: Styles, box_w: float, box_h: float, max_px: int,
               date: str | None = None) -> list[Flowable]:
    got = _photo_bytes(ph.path, max_px)
    out: list[Flowable] = []
    if got is None:
        out.append(Spacer(box_w, box_h))
        out.append(P(f"(Không đọc được tệp ảnh {ph.number})", st.caption))
    else:
        data, w, h = got
        scale = min(box_w / w, box_h / h)
        out.append(Image(io.BytesIO(data), width=w * scale, height=h * scale))
    meta = " – ".join(x for x in (date, ph.place) if x)
    out.append(P(f"Ảnh {ph.number}. {ph.caption}" + (f" ({meta})" if meta else ""), st.caption))
    return out


def photo_pages(d: DossierData, st: Styles) -> list[Flowable]:
    per_page = 4 if str(d.f("phu_luc.photos_per_page", "2")) == "4" else 2
    out: list[Flowable] = []
    if not d.photos:
        return []
    if per_page == 2:
        for i in range(0, len(d.photos), 2):
            cells = [photo_cell(ph, st, TEXT_W - 6, 100 * mm, 1200, photo_caption_date(d, ph))
                     for ph in d.photos[i:i + 2]]
            t = Table([[c] for c in cells], colWidths=[TEXT_W])
            t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
                                   ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out += [t, PageBreak()] if i + 2 < len(d.photos) else [t]
    else:
        for i in range(0, len(d.photos), 4):
            chunk = d.photos[i:i + 4]
            cells = [photo_cell(ph, st, TEXT_W / 2 - 8, 85 * mm, 800, photo_caption_date(d, ph))
                     for ph in chunk]
            while len(cells) < 4:
                cells.append([Spacer(1, 1)])
            t = Table([cells[0:2], cells[2:4]], colWidths=[TEXT_W / 2, TEXT_W / 2])
            t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
                                   ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out += [t, PageBreak()] if i + 4 < len(d.photos) else [t]
    return out


def story_phu_luc(d: DossierData, st: Styles) -> list[Flowable]:
    """The annex: infrastructure, projects and funding, contributions and photos; a part with
    nothing recorded is left out (never a table of zeros)."""
    xa = d.commune.full_name
    ro, inf, fu, co = d.roads, d.infra, d.funding, d.contrib
    out: list[Flowable] = [
        P("PHỤ LỤC", st.doc_kind),
        centred(f"Số liệu hạ tầng, dự án, đóng góp của cộng đồng và ảnh minh họa của {xa} năm "
                f"{d.year}", st.summary),
        centred(f"(Kèm theo Báo cáo số {d.f('bao_cao_ket_qua.number', '…')}/"
                f"{d.f('bao_cao_ket_qua.symbol', 'BC-UBND')} ngày "
                f"{short(d.date_of('bao_cao_ket_qua'))} của Ủy ban nhân dân {xa})",
                st.centre_italic),
        Spacer(1, 6),
    ]
    part = 1
    if inf.total:
        out += [
            P(f"Phụ lục {part}. Hạ tầng kinh tế - xã hội", st.heading),
            P(f"Tổng số công trình hạ tầng đã đăng ký: {vf.number(inf.total)}."
              + (f" Tổng chiều dài đường giao thông {km(ro.total_km)} km, đã cứng hóa "
                 f"{km(ro.hardened_km)} km, tỷ lệ cứng hóa {pct(ro.hardened_share)}"
                 if ro.total_km else "")
              + (f"; kênh mương {km(ro.canal_total_km)} km, đã kiên cố hóa "
                 f"{km(ro.canal_solidified_km)} km" if ro.canal_total_km else "")
              + ("." if ro.total_km or ro.canal_total_km else ""), st.body),
            P(f"{part}.1. Công trình theo loại", st.heading2),
            data_table(st, ["TT", "Loại công trình", "Số lượng"],
                       [[str(i), k, vf.number(n)] for i, (k, n) in enumerate(inf.by_kind, 1)]
                       + [["", "Tổng cộng", vf.number(inf.total)]],
                       [0.1, 0.65, 0.25], align=["C", "L", "R"], bold_rows=[len(inf.by_kind)])]
        if ro.levels:
            out += [P(f"{part}.2. Đường giao thông theo cấp", st.heading2),
                    data_table(st, ["Cấp đường", "Chiều dài (km)", "Đã cứng hóa (km)",
                                    "Tỷ lệ cứng hóa"],
                               [[lbl, km(t), km(h), pct(s)] for lbl, t, h, s in ro.levels]
                               + [["Tổng cộng", km(ro.total_km), km(ro.hardened_km),
                                   pct(ro.hardened_share)]],
                               [0.4, 0.2, 0.2, 0.2], align=["L", "R", "R", "R"],
                               bold_rows=[len(ro.levels)]),
                    P(f"{part}.3. Đường giao thông theo kết cấu mặt đường", st.heading2),
                    data_table(st, ["Kết cấu mặt đường", "Chiều dài (km)", "Tỷ lệ"],
                               [[lbl, km(v), pct(vf.share(v, ro.total_km))]
                                for lbl, v in ro.surfaces], [0.5, 0.25, 0.25],
                               align=["L", "R", "R"])]
        out += [CondPageBreak(40 * mm),
                P(f"{part}.{4 if ro.levels else 2}. Công trình theo thôn và loại", st.heading2),
                data_table(st, ["Thôn, bản", "Loại công trình", "Số lượng", "Chiều dài (km)"],
                           [[v, k, vf.number(n), km(L) if L else ""]
                            for v, k, n, L in inf.by_village],
                           [0.3, 0.4, 0.12, 0.18], align=["L", "L", "R", "R"])]
        part += 1
    if fu.projects:
        sources = [s for s, _, _ in fu.resources]
        prow = [[str(i), p.name] + [trieu(p.funding.get(s, 0)) for s in sources]
                + [trieu(p.funding_total)] for i, p in enumerate(fu.projects, 1)]
        totals = ["", "Tổng cộng"] + [trieu(a) for _, a, _ in fu.resources] + [trieu(fu.total)]
        nsrc = len(sources)
        src_w = (0.93 - 0.3 - 0.13) / max(nsrc, 1)
        out += [PageBreak(), P(f"Phụ lục {part}. Dự án đầu tư và nguồn vốn", st.heading),
                P("Đơn vị tính: triệu đồng", st.small),
                data_table(st, ["TT", "Dự án, công trình", *sources, "Tổng"], prow + [totals],
                           [0.07, 0.3, *([src_w] * nsrc), 0.13],
                           align=["C", "L", *(["R"] * nsrc), "R"], bold_rows=[len(prow)],
                           font_size=9.5 if nsrc > 3 else None)]
        if fu.total:
            out += [P("Cơ cấu nguồn lực huy động", st.heading2),
                    data_table(st, ["Nguồn vốn", "Triệu đồng", "Tỷ lệ"],
                               [[lbl, trieu(a), pct(s)] for lbl, a, s in fu.resources]
                               + [["Tổng cộng", trieu(fu.total), pct(100.0)]],
                               [0.5, 0.25, 0.25], align=["L", "R", "R"],
                               bold_rows=[len(fu.resources)])]
        part += 1
    if co.count:
        head_c = ["Thôn, bản", "Tiền mặt (triệu đồng)", "Ngày công", "Hiến đất (m²)",
                  "Giá trị quy đổi (triệu đồng)", "Số lượt"]

        def crow(r: tuple) -> list[str]:
            return [r[0], trieu(r[1]), vf.number(r[2]), vf.number(r[3]), trieu(r[4]),
                    vf.number(r[5])]
        tot_row = ["Tổng cộng", trieu(co.cash_vnd), vf.number(co.labour_days),
                   vf.number(co.land_m2), trieu(co.total_value_vnd), vf.number(co.count)]
        widths = [0.25, 0.15, 0.14, 0.15, 0.18, 0.13]
        out += [PageBreak(), P(f"Phụ lục {part}. Đóng góp của cộng đồng dân cư", st.heading),
                P(contribution_sentence(d), st.body),
                P(f"{part}.1. Theo thôn, bản", st.heading2),
                data_table(st, head_c, [crow(r) for r in co.by_village] + [tot_row],
                           widths, align=["L", "R", "R", "R", "R", "R"],
                           bold_rows=[len(co.by_village)]),
                P(f"{part}.2. Theo dự án, công trình", st.heading2),
                data_table(st, ["Dự án, công trình", *head_c[1:]],
                           [crow(r) for r in co.by_project] + [tot_row], widths,
                           align=["L", "R", "R", "R", "R", "R"],
                           bold_rows=[len(co.by_project)])]
        part += 1
    if d.photos:
        out += [PageBreak(), P(f"Phụ lục {part}. Ảnh minh họa", st.heading)]
        out += photo_pages(d, st)
        part += 1
    if d.infra_full is not None and d.infra_full_count:
        numbered = ((str(i), *r) for i, r in enumerate(d.infra_full(), 1))
        out += [PageBreak(), P(f"Phụ lục {part}. Danh sách đầy đủ công trình hạ tầng",
                               st.heading),
                data_table(st, ["TT", "Loại", "Tên công trình", "Thôn, bản", "Thông số"],
                           numbered, [0.08, 0.17, 0.3, 0.15, 0.3],
                           align=["C", "L", "L", "L", "L"], font_size=9, paged=True)]
        part += 1
    if d.contrib_full is not None and co.count:
        numbered = ((str(i), *r) for i, r in enumerate(d.contrib_full(), 1))
        out += [PageBreak(), P(f"Phụ lục {part}. Sổ đóng góp của cộng đồng (đầy đủ)",
                               st.heading),
                data_table(st, ["TT", "Ngày", "Người đóng góp", "Thôn, bản", "Hình thức",
                                "Số lượng", "Giá trị (đồng)"], numbered,
                           [0.08, 0.12, 0.24, 0.14, 0.12, 0.14, 0.16],
                           align=["C", "C", "L", "L", "L", "R", "R"], font_size=9, paged=True)]
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
