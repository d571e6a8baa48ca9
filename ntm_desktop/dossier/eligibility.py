"""May this dossier be printed as the final, signed request? What fails, and why.

A final dossier requests recognition only when every criterion is met and the recognition
conditions of the checklist hold (QĐ 18/2022/QĐ-TTg, khoản 1 Điều 4, condition 4 as amended by
QĐ 03/2024/QĐ-TTg: "Xã đạt tiêu chuẩn “An toàn về an ninh, trật tự” theo quy định của Bộ Công
an", recorded as a yes/no dossier field with its evidence), every numeric indicator has a
confirmed threshold in force for this commune, no value lies outside its plausible range
unless confirmed, every photo carries a date, and every document number, date and signer is
filled in. :func:`problems` lists what fails; ``ntm dossier check``, the Hồ sơ page and the
draft's separate check page show that list. Nothing of it is printed inside the documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.model import STATUS_MET, STATUS_NA
from ntm_desktop.dossier import fields as fl
from ntm_desktop.dossier.data import DossierData, _yes

CONFIRM_PREFIX = "xac_nhan."   # xac_nhan.<code> = reason: the officer confirms an unusual value


@dataclass(frozen=True)
class Problem:
    kind: str    # missing_field | criterion | condition | threshold | out_of_range | photo_date
    code: str    # field key, criterion or indicator code, condition id, photo number
    text: str    # one Vietnamese sentence (CLI, Hồ sơ page, check page)

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "code": self.code, "text": self.text}


@dataclass(frozen=True)
class ConditionResult:
    id: str
    text: str
    met: bool
    evidence: str     # what shows it: a decision, the debt figure, the survey …


def _evidence_of(d: DossierData, field: str) -> str:
    return str(d.f(f"{field}.can_cu", "") or "").strip()


def conditions(d: DossierData) -> list[ConditionResult]:
    """The checklist's recognition conditions, each met or not, with its evidence."""
    out = []
    for c in d.checklist.conditions:
        if c.check == "criteria":
            met = d.met_count == d.total
            ev = f"Xã đạt {vf.count(d.met_count)}/{vf.count(d.total)} tiêu chí"
        elif c.check == "debt":
            met = d.funding.debt_total == 0
            ev = ("Không có nợ đọng xây dựng cơ bản" if met else
                  f"Còn nợ đọng {vf.trieu(d.funding.debt_total)} triệu đồng")
        else:
            value = d.f(c.field or "")
            evidence = _evidence_of(d, c.field or "")
            met = _yes(value) and bool(evidence)
            ev = evidence
        out.append(ConditionResult(c.id, c.text, met, ev))
    return out


def _range_text(r: Any) -> str:
    lo, hi = r.plausible_range
    unit = "%" if r.unit == "%" else f" {r.unit}".rstrip()
    return f"{vf.rule_number(lo)}–{vf.rule_number(hi)}{unit}"


def problems(d: DossierData) -> list[Problem]:
    """Everything that keeps this dossier from being printed as the final paper."""
    out: list[Problem] = []
    for m in fl.check(d.fields, tuple(x.id for x in d.checklist.generated)):
        out.append(Problem("missing_field", m.key, f"Thiếu thông tin: {m.label} ({m.key})."))
    pf = d.checklist.province_decision_field
    if pf and not d.f(pf):
        out.append(Problem("missing_field", pf, "Chưa nhập quyết định của tỉnh quy định thủ tục "
                           f"xét, công nhận xã đạt chuẩn ({pf})."))
    for cr in d.criteria:
        if cr.status != STATUS_MET:
            failing = [r.code for r in cr.indicators if r.status not in (STATUS_MET, STATUS_NA)]
            out.append(Problem("criterion", cr.code,
                               f"Tiêu chí số {cr.code} ({cr.name}): {cr.status_label.lower()}"
                               + (f" — chỉ tiêu {', '.join(failing)}" if failing else "") + "."))
    for c in conditions(d):
        if c.met:
            continue
        if c.id == "tieu_chi":
            text = f"Điều kiện “{c.text}” chưa đáp ứng: {c.evidence.lower()}."
        elif c.evidence and c.id == "no_dong":
            text = f"Điều kiện “{c.text}” chưa đáp ứng: {c.evidence.lower()}."
        else:
            field = next((x.field for x in d.checklist.conditions if x.id == c.id), "")
            text = (f"Điều kiện “{c.text}” chưa được xác nhận: ghi “có” vào {field} và văn bản "
                    f"làm căn cứ vào {field}.can_cu.")
        out.append(Problem("condition", c.id, text))
    for cr in d.criteria:
        for r in cr.indicators:
            if r.status == STATUS_NA:
                continue
            if not r.confirmed:
                out.append(Problem("threshold", r.code,
                                   f"Chỉ tiêu {r.code} ({r.text}): chưa có mức đạt chuẩn được "
                                   "công bố áp dụng cho xã; cần bộ tiêu chí của tỉnh."))
            if r.out_of_range and not d.f(CONFIRM_PREFIX + r.code):
                out.append(Problem("out_of_range", r.code,
                                   f"Chỉ tiêu {r.code} ({r.text}): giá trị {r.value_text} nằm "
                                   f"ngoài khoảng hợp lý {_range_text(r)}; kiểm tra lại số liệu "
                                   f"hoặc xác nhận bằng khóa {CONFIRM_PREFIX}{r.code}."))
    dossier_date = d.dossier_date
    for ph in d.photos:
        if ph.taken is not None:
            continue
        if ph.imported is None or dossier_date is None or ph.imported >= dossier_date:
            when = vf.short_date(ph.imported) if ph.imported else "không rõ"
            out.append(Problem("photo_date", str(ph.number),
                               f"Ảnh {ph.number} ({ph.caption}) không có ngày chụp; ngày nhập "
                               f"{when} không trước ngày của hồ sơ."))
    return out


def photo_caption_date(d: DossierData, ph: Any) -> str | None:
    """The date printed under a photo: the capture date; else the import date when it is
    before the dossier's date; else none (the check page flags the photo)."""
    if ph.taken is not None:
        return vf.short_date(ph.taken)
    dossier_date = d.dossier_date
    if ph.imported is not None and dossier_date is not None and ph.imported < dossier_date:
        return f"nhập ngày {vf.short_date(ph.imported)}"
    return None
