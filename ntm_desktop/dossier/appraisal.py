"""The district/province appraisal report (báo cáo thẩm tra / thẩm định) for one commune: the
appraiser's result for each indicator beside the commune's own assessment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable

from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.model import STATUS_MET, STATUSES
from ntm_desktop.dossier.data import threshold_text, value_text
from ntm_desktop.dossier.fonts import Fonts
from ntm_desktop.dossier.issuer import (
    number_line,
    place_from,
    place_of,
    signer_for,
    symbol_for,
    xa_phrase,
)
from ntm_desktop.dossier.rollup import apply_appraisals, n2
from ntm_desktop.dossier.template import (
    P,
    data_table,
    header_block,
    make_styles,
    render,
    signature_block,
    title_block,
    with_signature,
    write_pdf,
)

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook

RESULTS = {"agree": "Thống nhất", "disagree": "Không thống nhất"}
LONG_COMMENT = 60   # characters: a longer comment goes below the table as a numbered note
LEVELS = {"tham_tra": ("thẩm tra", "THẨM TRA"), "tham_dinh": ("thẩm định", "THẨM ĐỊNH")}


@dataclass
class Row:
    code: str
    text: str
    threshold: str
    value: str
    self_status: str
    result: str
    final_status: str
    comment: str
    appraiser: str
    is_criterion: bool = False


@dataclass
class AppraisalReport:
    year: int
    commune_code: str
    commune_name: str
    catalog_title: str
    legal_basis: str
    rows: list[Row]
    self_met: int
    final_met: int
    total: int
    unappraised: int
    applicable: int
    disagreements: int
    province: str = ""


def compute(wb: Workbook, appraisals: Mapping[str, Mapping[str, Any]], year: int) -> AppraisalReport:
    from ntm_desktop.store import evaluation_service
    from ntm_desktop.store.commune import get_commune
    c = get_commune(wb)
    own = evaluation_service.evaluate(wb, year)
    adj, unappraised, applicable = apply_appraisals(own, appraisals)
    rows: list[Row] = []
    disagreements = 0
    for oc, ac in zip(own.criteria, adj.criteria, strict=True):
        rows.append(Row(oc.code, f"Tiêu chí {oc.code}. {oc.name}", "", "",
                        STATUSES[oc.status], "", STATUSES[ac.status], "", "", True))
        for oi, ai in zip(oc.indicators, ac.indicators, strict=True):
            a = appraisals.get(oi.code) or {}
            if a.get("result") == "disagree":
                disagreements += 1
            rows.append(Row(oi.code, oi.text, threshold_text(oi), value_text(oi),
                            STATUSES[oi.status],
                            RESULTS.get(a.get("result") or "", "Chưa thẩm định"),
                            STATUSES[ai.status], a.get("comment") or "",
                            a.get("appraiser") or ""))
    cat = own.catalog
    return AppraisalReport(year, c["code"], c["name"], cat.title if cat else "",
                           (cat.legal_basis or cat.legal_source) if cat else "", rows, own.met_count, adj.met_count, adj.total, unappraised,
                           applicable, disagreements, c.get("province") or "")


def summary_lines(r: AppraisalReport) -> list[str]:
    return [f"Xã {r.commune_name} ({r.commune_code}) năm {r.year}:",
            f"- Xã tự đánh giá đạt {n2(r.self_met)}/{n2(r.total)} tiêu chí;",
            f"- Kết quả thẩm định: đạt {n2(r.final_met)}/{n2(r.total)} tiêu chí;",
            f"- Số chỉ tiêu không thống nhất với xã: {n2(r.disagreements)};",
            f"- Số chỉ tiêu chưa thẩm định: {vf.number(r.unappraised)}/"
            f"{vf.number(r.applicable)}."]


def to_json(r: AppraisalReport) -> dict[str, Any]:
    return {"year": r.year, "commune": {"code": r.commune_code, "name": r.commune_name},
            "self_met": r.self_met, "final_met": r.final_met, "total": r.total,
            "unappraised": r.unappraised, "applicable": r.applicable,
            "disagreements": r.disagreements,
            "rows": [row.__dict__ for row in r.rows], "summary": summary_lines(r)}


def build_appraisal_report(r: AppraisalReport, out: Path | Any, *, fonts: Fonts,
                           invariant: bool = False, issuer: str | None = None,
                           number: str | None = None, signer: str | None = None,
                           level: str = "tham_dinh", date: dt.date | None = None,
                           place: str | None = None, signer_title: str | None = None
                           ) -> dict[str, Any]:
    st = make_styles(fonts)
    word, word_cap = LEVELS.get(level, LEVELS["tham_dinh"])
    when = date or (dt.date(r.year, 12, 31) if invariant else dt.date.today())
    xa = xa_phrase(r.commune_name)
    issuer_lines = (issuer or "ỦY BAN NHÂN DÂN TỈNH …").split("/")
    place = place or place_of(issuer_lines) or place_from(r.province, bare=True)
    authority, title = signer_for(issuer_lines)
    story: list[Flowable] = [
        header_block(st, issuer_lines=issuer_lines,
                     number_line=number_line(number, f"BC-{symbol_for(issuer_lines)}"),
                     place_date=vf.long_date(when, place=place)),
        *title_block(st, "BÁO CÁO", [f"Kết quả {word} hồ sơ và mức độ đạt chuẩn các tiêu chí",
                                     f"nông thôn mới của {xa} năm {r.year}"]),
        P(f"Căn cứ {r.legal_basis};", st.body),
        P(f"Căn cứ hồ sơ đề nghị xét, công nhận {xa} đạt chuẩn nông thôn mới năm {r.year} và kết "
          f"quả {word} từng chỉ tiêu của các cơ quan chuyên môn,", st.body),
        P(f"I. KẾT QUẢ {word_cap}", st.heading),
        P(f"1. {xa[0].upper() + xa[1:]} tự đánh giá đạt {n2(r.self_met)}/{n2(r.total)} tiêu "
          f"chí nông thôn mới.", st.body),
        P(f"2. Kết quả {word}: {xa} đạt {n2(r.final_met)}/{n2(r.total)} tiêu chí; có "
          f"{n2(r.disagreements)} chỉ tiêu không thống nhất với kết quả tự đánh giá của xã"
          + (f"; còn {vf.number(r.unappraised)}/{vf.number(r.applicable)} chỉ tiêu chưa được "
             f"{word}, tính theo kết quả tự đánh giá của xã" if r.unappraised else "") + ".",
          st.body),
        P(f"II. BIỂU CHI TIẾT KẾT QUẢ {word_cap}", st.heading),
    ]
    rows, notes = [], []
    for row in r.rows:
        comment = row.comment
        if len(comment) > LONG_COMMENT:          # a long comment: a numbered note below
            notes.append(comment)
            comment = f"Ghi chú ({len(notes)})"
        rows.append([row.code, row.text, row.threshold, row.value, row.self_status, row.result,
                     row.final_status, comment])
    bold = [i for i, row in enumerate(r.rows) if row.is_criterion]
    story.append(data_table(st, ["TT", "Tiêu chí, chỉ tiêu", "Mức đạt chuẩn", "Kết quả của xã",
                                 "Xã tự đánh giá", f"Ý kiến {word}", f"Kết quả {word}",
                                 "Ghi chú"], rows,
                            [0.06, 0.27, 0.12, 0.1, 0.11, 0.12, 0.11, 0.11],
                            align=["C", "L", "C", "C", "C", "C", "C", "L"], bold_rows=bold,
                            font_size=9.5, keep_with_next=bold))
    for i, note in enumerate(notes, 1):
        story.append(P(f"({i}) {note}", st.small))
    verdict = ("đủ điều kiện" if r.final_met == r.total and r.unappraised == 0 else
               "chưa đủ điều kiện")
    story += [P("III. KẾT LUẬN", st.heading),
              P(f"Căn cứ kết quả {word}, {xa} {verdict} đề nghị xét, công nhận đạt chuẩn nông "
                f"thôn mới năm {r.year}.", st.body)]
    story = with_signature(story, signature_block(
        st, recipients=["UBND " + xa, "Lưu: VT"], authority=authority,
        title=signer_title or title, name=signer or "", tag="appraisal"))
    pdf, info = render(story, fonts=fonts, title=f"Báo cáo {word} {xa} năm {r.year}",
                       invariant=invariant)
    write_pdf(out, pdf)
    return {"pages": info.pages, "final_met": r.final_met, "self_met": r.self_met,
            "status_met": STATUS_MET}
