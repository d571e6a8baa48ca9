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
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.model import STATUS_MET, STATUS_NA, STATUS_NOT_MET
from ntm_desktop.dossier import fields as fl
from ntm_desktop.dossier.data import DossierData, _yes

CONFIRM_PREFIX = "xac_nhan."   # xac_nhan.<code> = reason: the officer confirms an unusual value


#: translation context of the problem templates (the Hồ sơ page translates them)
CTX = "dossier"


@dataclass(frozen=True)
class Problem:
    kind: str    # missing_field | criterion | condition | threshold | out_of_range | photo_date
    code: str    # field key, criterion or indicator code, condition id, photo number
    template: str                # marked _N(CTX, …); {names} filled from ``args``
    args: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        """One Vietnamese sentence (CLI, check page)."""
        return self.template.format(**dict(self.args))

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "code": self.code, "text": self.text,
                "template": self.template, "args": dict(self.args)}


def _problem(kind: str, code: str, template: str, /, **args: Any) -> Problem:
    return Problem(kind, code, template, tuple((k, str(v)) for k, v in args.items()))


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
        out.append(_problem("missing_field", m.key, _N(CTX, "Thiếu thông tin: {label} ({key})."),
                            label=m.label, key=m.key))
    pf = d.checklist.province_decision_field
    if pf and not d.f(pf):
        out.append(_problem("missing_field", pf, _N(CTX, "Chưa nhập quyết định của tỉnh quy định "
                                                    "thủ tục xét, công nhận xã đạt chuẩn "
                                                    "({key})."), key=pf))
    for cr in d.criteria:
        if cr.status != STATUS_MET:
            failing = ", ".join(r.code for r in cr.indicators
                                if r.status not in (STATUS_MET, STATUS_NA)) or "—"
            template = (_N(CTX, "Tiêu chí số {code} ({name}): chưa đạt — chỉ tiêu {indicators}.")
                        if cr.status == STATUS_NOT_MET else
                        _N(CTX, "Tiêu chí số {code} ({name}): chưa xác định — chỉ tiêu "
                                "{indicators}."))
            out.append(_problem("criterion", cr.code, template, code=cr.code, name=cr.name,
                                indicators=failing))
    for c in conditions(d):
        if c.met:
            continue
        check = next((x for x in d.checklist.conditions if x.id == c.id), None)
        if check is not None and check.check in ("criteria", "debt"):
            out.append(_problem("condition", c.id, _N(CTX, "Điều kiện “{condition}” chưa đáp ứng: "
                                                      "{evidence}."),
                                condition=c.text, evidence=c.evidence[:1].lower() + c.evidence[1:]))
        else:
            out.append(_problem("condition", c.id, _N(CTX, "Điều kiện “{condition}” chưa được xác "
                                                      "nhận: ghi “có” vào {field} và văn bản làm "
                                                      "căn cứ vào {field}.can_cu."),
                                condition=c.text, field=check.field if check else ""))
    for cr in d.criteria:
        for r in cr.indicators:
            if r.status == STATUS_NA:
                continue
            if not r.confirmed:
                out.append(_problem("threshold", r.code, _N(CTX, "Chỉ tiêu {code} ({text}): chưa "
                                                            "có mức đạt chuẩn được công bố áp "
                                                            "dụng cho xã; cần bộ tiêu chí của "
                                                            "tỉnh."), code=r.code, text=r.text))
            if r.out_of_range and not d.f(CONFIRM_PREFIX + r.code):
                out.append(_problem("out_of_range", r.code,
                                    _N(CTX, "Chỉ tiêu {code} ({text}): giá trị {value} nằm ngoài "
                                            "khoảng hợp lý {range}; kiểm tra lại số liệu hoặc "
                                            "xác nhận bằng khóa {key}."),
                                    code=r.code, text=r.text, value=r.value_text,
                                    range=_range_text(r), key=CONFIRM_PREFIX + r.code))
    dossier_date = d.dossier_date
    for ph in d.photos:
        if ph.taken is not None:
            continue
        if ph.imported is None or dossier_date is None or ph.imported >= dossier_date:
            when = vf.short_date(ph.imported) if ph.imported else "không rõ"
            out.append(_problem("photo_date", str(ph.number),
                                _N(CTX, "Ảnh {number} ({caption}) không có ngày chụp; ngày nhập "
                                        "{date} không trước ngày của hồ sơ."),
                                number=ph.number, caption=ph.caption, date=when))
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
