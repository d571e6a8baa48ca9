"""The appraiser's roll-up over many communes: the figures and the sentences of the provincial
reports ("bình quân 01 xã đạt 11,66 tiêu chí"; "Số xã đạt 19 tiêu chí có 51/181 xã, chiếm
28,18%"; "có 58/207 xã đạt tiêu chí về giao thông, chiếm tỷ lệ 28,02%" …).

:func:`compute` takes plain inputs — a list of open workbooks (the hub's replicas) and a mapping
commune code → indicator code → appraisal ``{result: agree|disagree, status: dat|chua_dat|None,
comment, date, appraiser}`` — so it is testable without the hub.

Status used for each indicator: the appraiser's ``status`` when recorded; else, with
``result = agree``, the commune's own status; with ``result = disagree`` and no status, the
opposite of the commune's đạt/chưa đạt; without any appraisal, the commune's self-assessment
(counted in ``unappraised``). Criteria are then re-derived with the core rule.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ntm_desktop.core import evaluation as ev
from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.model import (
    FUNDING_SOURCES,
    STATUS_MET,
    STATUS_NA,
    STATUS_NOT_MET,
)
from ntm_desktop.core.progress import CancelToken, ProgressFn, step

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook

log = logging.getLogger("ntm.dossier")

REPORT_SOURCE_LABELS = {
    "ns_trung_uong": "Vốn ngân sách trung ương",
    "ns_dia_phuong": "Vốn ngân sách địa phương",
    "long_ghep": "Vốn lồng ghép từ các chương trình, dự án khác",
    "tin_dung": "Vốn tín dụng",
    "doanh_nghiep": "Vốn huy động doanh nghiệp",
    "cong_dong": "Huy động đóng góp của cộng đồng dân cư",
    "khac": "Nguồn vốn khác",
}
#: the revocation rule cited by the reports is QĐ 18/2022/QĐ-TTg (02/8/2022): not cited for
#: earlier years (item 14 of issue 10)
REVOCATION_FROM = 2022
DEFAULT_BANDS: dict[int, tuple[tuple[int, int], ...]] = {
    19: ((19, 19), (15, 18), (10, 14), (5, 9), (0, 4)),
    10: ((10, 10), (5, 9), (0, 4)),
}


def n2(n: int) -> str:
    """Counts as the reports write them: 4 → "04"."""
    return f"{n:02d}" if 0 <= n < 10 else vf.number(n)


def parse_bands(text: str) -> tuple[tuple[int, int], ...]:
    """"19;15-18;10-14;5-9;0-4" → ((19, 19), (15, 18), …)."""
    out = []
    for part in text.replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        try:
            if "-" in part:
                lo, hi = (int(x) for x in part.split("-", 1))
            else:
                lo = hi = int(part)
        except ValueError:
            raise ValidationError(_N("errors", "Nhóm tiêu chí không hợp lệ: “{part}” (ví dụ "
                                     "15-18)."), field="bands", args={"part": part}) from None
        if lo > hi or lo < 0:
            raise ValidationError(_N("errors", "Nhóm tiêu chí không hợp lệ: “{part}”."),
                                  field="bands", args={"part": part})
        out.append((lo, hi))
    if not out:
        raise ValidationError(_N("errors", "Cần ít nhất một nhóm tiêu chí."), field="bands")
    return tuple(out)


def band_label(lo: int, hi: int, *, from_word: bool = False) -> str:
    """"đạt 19 tiêu chí", "đạt 15-18 tiêu chí", "đạt dưới 5 tiêu chí"; with ``from_word`` the
    band just above the lowest reads "đạt từ 5-9 tiêu chí", as the Lạng Sơn reports write it."""
    if lo == hi:
        return f"đạt {lo} tiêu chí"
    if lo == 0:
        return f"đạt dưới {hi + 1} tiêu chí"
    return f"đạt {'từ ' if from_word else ''}{lo}-{hi} tiêu chí"


@dataclass(frozen=True)
class AsOf:
    """When the report's figures stand: "Đến hết tháng 7/2020" (``month``), "Đến hết năm 2018"
    (year only), "Đến ngày 30/6/2017" (``day``) — or a period named in words ("6 tháng đầu
    năm 2017") that sets the title and the lead of the band sentence."""

    year: int
    month: int | None = None
    day: int | None = None
    period: str | None = None

    @classmethod
    def parse(cls, text: str | None, year: int) -> AsOf:
        t = (text or "").strip()
        if not t:
            return cls(year)
        parts = t.split("/")
        try:
            nums = [int(x) for x in parts]
        except ValueError:
            return cls(year, period=t)
        if len(nums) == 1 and 2000 <= nums[0] <= 2100:
            return cls(nums[0])
        if len(nums) == 2 and 1 <= nums[0] <= 12:
            return cls(nums[1], nums[0])
        if len(nums) == 3:
            dt.date(nums[2], nums[1], nums[0])   # raises ValueError on a bad date
            return cls(nums[2], nums[1], nums[0])
        raise ValidationError(_N("errors", "Thời điểm báo cáo không hợp lệ: “{value}” (ví dụ "
                                 "7/2020, 30/6/2017 hoặc 2020)."), field="as_of",
                              args={"value": t})

    @property
    def lead(self) -> str:
        if self.period:
            return f"Đến hết {self.period}"
        if self.day:
            return f"Đến ngày {self.day}/{self.month}/{self.year}"
        if self.month:
            return f"Đến hết tháng {self.month}/{self.year}"
        return f"Đến hết năm {self.year}"

    @property
    def title(self) -> str:
        if self.period:
            return self.period
        return self.lead[0].lower() + self.lead[1:]

    @property
    def date(self) -> dt.date:
        """The last day the figures cover (for rules by period)."""
        if self.day and self.month:
            return dt.date(self.year, self.month, self.day)
        if self.month:
            nxt = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)

    @property
    def with_districts(self) -> bool:
        """Before 7/2025 communes belonged to districts (huyện); the reports name them."""
        return self.date < dt.date(2025, 7, 1)


def default_bands(total: int) -> tuple[tuple[int, int], ...]:
    if total in DEFAULT_BANDS:
        return DEFAULT_BANDS[total]
    half = total // 2
    return ((total, total), (half, total - 1), (0, half - 1))


# ------------------------------------------------------------------------------ per commune
def apply_appraisals(evaluation: ev.Evaluation, appraisals: Mapping[str, Mapping[str, Any]]
                     ) -> tuple[ev.Evaluation, int, int]:
    """Evaluation with the appraiser's statuses; (evaluation, unappraised, applicable)."""
    criteria = []
    unappraised = applicable = 0
    for c in evaluation.criteria:
        results = []
        for r in c.indicators:
            if r.status != STATUS_NA:
                applicable += 1
            a = appraisals.get(r.code)
            if not a:
                if r.status != STATUS_NA:
                    unappraised += 1
                results.append(r)
                continue
            status = a.get("status")
            if status not in (STATUS_MET, STATUS_NOT_MET):
                if a.get("result") == "disagree":
                    status = {STATUS_MET: STATUS_NOT_MET, STATUS_NOT_MET: STATUS_MET}.get(
                        r.status, r.status)
                else:
                    status = r.status
            results.append(r._replace(status=status, status_source="appraisal"))
        res = tuple(results)
        criteria.append(c._replace(
            indicators=res, status=ev.criterion_status(res),
            met_count=sum(1 for r in res if r.status == STATUS_MET)))
    met = sum(1 for c in criteria if c.status == STATUS_MET)
    return (evaluation._replace(criteria=tuple(criteria), met_count=met),
            unappraised, applicable)


@dataclass
class CommuneResult:
    code: str
    name: str
    catalog_id: str
    total: int
    met_count: int
    self_met_count: int
    criteria_status: dict[str, str]
    not_met: list[str]
    unknown: list[str]
    unappraised: int
    applicable: int
    recognised_year: int | None
    target_year: int | None
    revocation_level: str
    revocation_reasons: list[str]
    resources: dict[str, int]
    cash_vnd: float
    labour_days: float
    land_m2: float
    contrib_value_vnd: float
    province: str = ""
    district: str = ""
    catalog_citation: str = ""

    @property
    def xa(self) -> str:
        """The commune in a sentence: "xã Cao Minh"."""
        n = self.name.strip()
        return f"xã {n[3:].strip() if n[:3].lower() == 'xã ' else n}"

    def named(self, with_district: bool) -> str:
        """"xã Cao Minh, huyện Tràng Định" (before 7/2025) or "xã Cao Minh"."""
        d = self.district.strip()
        if with_district and d:
            d = d if d[:5].lower() in ("huyện", "thị x", "thành", "quận ") else f"huyện {d}"
            return f"{self.xa}, {d[0].lower()}{d[1:]}"
        return self.xa


def commune_result(wb: Workbook, appraisals: Mapping[str, Mapping[str, Any]], year: int
                   ) -> tuple[CommuneResult, ev.Evaluation]:
    """One commune of the roll-up: read its workbook once, then :func:`result_from`."""
    from ntm_desktop.store import contributions, evaluation_service, projects
    from ntm_desktop.store.commune import get_commune
    c = get_commune(wb)
    own = evaluation_service.evaluate(wb, year)
    return result_from(c, own, appraisals, projects.resources_mobilised(wb)["by_source"],
                       contributions.totals(wb))


def result_from(c: Mapping[str, Any], own: ev.Evaluation,
                appraisals: Mapping[str, Mapping[str, Any]],
                resources: Mapping[str, int] | None = None,
                totals: Mapping[str, Any] | None = None
                ) -> tuple[CommuneResult, ev.Evaluation]:
    """The commune's result from plain inputs: its profile row, its own evaluation, the
    appraiser's results, funding by source (đồng) and contribution totals."""
    adj, unappraised, applicable = apply_appraisals(own, appraisals)
    risk = ev.revocation_risk(adj, bool(c.get("recognised_year")))
    t = totals or {}
    catalog = own.catalog
    return CommuneResult(
        code=c["code"], name=c["name"], catalog_id=adj.catalog_id, total=adj.total,
        met_count=adj.met_count, self_met_count=own.met_count,
        criteria_status={cr.code: cr.status for cr in adj.criteria},
        not_met=[cr.code for cr in adj.not_met], unknown=[cr.code for cr in adj.unknown],
        unappraised=unappraised, applicable=applicable, recognised_year=c.get("recognised_year"),
        target_year=c.get("target_year"), revocation_level=risk["level"],
        revocation_reasons=risk["reasons"], resources=dict(resources or {}),
        cash_vnd=t.get("cash_vnd") or 0, labour_days=t.get("labour_days") or 0,
        land_m2=t.get("land_m2") or 0, contrib_value_vnd=t.get("total_value_vnd") or 0,
        province=c.get("province") or "", district=c.get("old_district_name") or "",
        catalog_citation=(f"{catalog.title} ({catalog.legal_source})" if catalog else "")), adj


def evaluate_each(items: Iterable[tuple[str, Any, Mapping[str, Mapping[str, Any]]]], year: int,
                  *, names: Mapping[str, str] | None = None
                  ) -> tuple[list[tuple[CommuneResult, ev.Evaluation]], list[tuple[str, str, str]]]:
    """:func:`commune_result` for each ``(code, replica, appraisals)``. The commune's identity
    (code, and name when ``names`` has it) comes from the hub's registry, not from the replica's
    own ``commune`` row; a replica that cannot be evaluated is left out with a reason
    ``(code, name, reason)`` instead of breaking the whole report."""
    pairs: list[tuple[CommuneResult, ev.Evaluation]] = []
    excluded: list[tuple[str, str, str]] = []
    for code, wb, appraisals in items:
        name = (names or {}).get(code) or code
        try:
            res, evaluation = commune_result(wb, appraisals, year)
        except Exception as exc:  # noqa: BLE001 - one replica never breaks the report
            log.error("roll-up: commune %s not evaluated: %r", code, exc)
            excluded.append((code, name, "không đánh giá được dữ liệu của xã"))
            continue
        res.code = code
        if names and names.get(code):
            res.name = names[code]
        pairs.append((res, evaluation))
    return pairs, excluded


# ------------------------------------------------------------------------------ roll-up
@dataclass
class Band:
    lo: int
    hi: int
    label: str
    count: int
    share: float | None


@dataclass
class CriterionCount:
    code: str
    name: str
    count: int
    share: float | None
    phrase: str = ""

    @property
    def report_phrase(self) -> str:
        return self.phrase or f"về {self.name[:1].lower()}{self.name[1:]}"


@dataclass
class Rollup:
    year: int
    catalog_id: str
    catalog_title: str
    total_criteria: int
    communes: list[CommuneResult]
    average: float | None
    bands: list[Band]
    criteria: list[CriterionCount]
    resources: list[tuple[str, str, int, float | None]]   # code, label, đồng, share
    resources_total: int
    cash_vnd: float
    labour_days: float
    land_m2: float
    contrib_value_vnd: float
    at_risk: list[CommuneResult]
    registered: list[CommuneResult]
    registered_open: int
    unappraised: int
    applicable: int
    excluded: list[tuple[str, str, str]] = field(default_factory=list)  # code, name, reason
    recognised_now: list[CommuneResult] = field(default_factory=list)
    recognised_total: int = 0
    catalog_citation: str = ""
    legal_basis: str = ""                # "Quyết định số 1980/QĐ-TTg ngày … ban hành …"
    revocation_from: int | None = None   # first year the revocation rule applies
    as_of: AsOf | None = None

    @property
    def when(self) -> AsOf:
        return self.as_of or AsOf(self.year)

    @property
    def n(self) -> int:
        return len(self.communes)


def compute(workbooks: Sequence[Any], appraisals: Mapping[str, Mapping[str, Mapping[str, Any]]],
            year: int, *, bands: Sequence[tuple[int, int]] | None = None,
            as_of: AsOf | None = None,
            report: ProgressFn | None = None, cancel: CancelToken | None = None) -> Rollup:
    """Roll up ``workbooks`` for ``year`` (see the module docstring)."""
    pairs = []
    for i, wb in enumerate(workbooks):
        step(report, cancel, i, len(workbooks), _N("progress", "Đánh giá các xã"))
        code = (wb.commune() or {}).get("code", "")
        pairs.append(commune_result(wb, appraisals.get(code, {}), year))
    return aggregate(pairs, year, bands=bands, as_of=as_of)


def aggregate(pairs: Sequence[tuple[CommuneResult, ev.Evaluation]], year: int, *,
              bands: Sequence[tuple[int, int]] | None = None,
              excluded: Sequence[tuple[str, str, str]] = (),
              as_of: AsOf | None = None) -> Rollup:
    """Aggregate per-commune results (from :func:`commune_result`)."""
    if not pairs:
        raise ValidationError(_N("errors", "Không có xã nào để tổng hợp."), code="empty")
    main_catalog = Counter(r.catalog_id for r, _ in pairs).most_common(1)[0][0]
    excluded = list(excluded) + [
        (r.code, r.name, f"đánh giá theo {r.catalog_citation or r.catalog_id}")
        for r, _ in pairs if r.catalog_id != main_catalog]
    pairs = [(r, e) for r, e in pairs if r.catalog_id == main_catalog]
    communes = [r for r, _ in pairs]
    catalog = pairs[0][1].catalog
    crit_list = [(c.code, c.name) for c in pairs[0][1].criteria]
    total = len(crit_list)
    n = len(communes)
    avg = round(sum(r.met_count for r in communes) / n, 2) if n else None
    band_defs = tuple(bands) if bands else default_bands(total)
    band_rows = []
    lowest = {hi + 1 for lo, hi in band_defs if lo == 0}
    for lo, hi in band_defs:
        k = sum(1 for r in communes if lo <= r.met_count <= hi)
        band_rows.append(Band(lo, hi, band_label(lo, hi, from_word=lo in lowest), k,
                              vf.share(k, n)))
    crit_rows = []
    for code, name in crit_list:
        k = sum(1 for r in communes if r.criteria_status.get(code) == STATUS_MET)
        phrase = catalog.criterion(code).report_phrase if catalog else ""
        crit_rows.append(CriterionCount(code, name, k, vf.share(k, n), phrase))
    by_source = {s: 0 for s in FUNDING_SOURCES}
    for r in communes:
        for s, v in r.resources.items():
            by_source[s] = by_source.get(s, 0) + (v or 0)
    res_total = sum(by_source.values())
    resources = [(s, REPORT_SOURCE_LABELS.get(s, s), v, vf.share(v, res_total))
                 for s, v in by_source.items() if v]
    at_risk = [r for r in communes if r.recognised_year and r.revocation_level != ev.LEVEL_NONE]
    # registered for this year and not already recognised in an earlier year
    registered = [r for r in communes if r.target_year == year
                  and not (r.recognised_year and r.recognised_year < year)]
    registered_open = sum(len(r.not_met) + len(r.unknown) for r in registered)
    recognised_now = [r for r in communes if r.recognised_year == year]
    recognised_total = sum(1 for r in communes if r.recognised_year and r.recognised_year <= year)
    return Rollup(
        year=year, catalog_id=main_catalog, catalog_title=catalog.title if catalog else "",
        total_criteria=total, communes=communes, average=avg, bands=band_rows,
        criteria=crit_rows, resources=resources, resources_total=res_total,
        cash_vnd=sum(r.cash_vnd for r in communes),
        labour_days=sum(r.labour_days for r in communes),
        land_m2=sum(r.land_m2 for r in communes),
        contrib_value_vnd=sum(r.contrib_value_vnd for r in communes),
        at_risk=at_risk, registered=registered, registered_open=registered_open,
        unappraised=sum(r.unappraised for r in communes),
        applicable=sum(r.applicable for r in communes), excluded=excluded,
        recognised_now=recognised_now, recognised_total=recognised_total,
        catalog_citation=(f"{catalog.title} ({catalog.legal_source})" if catalog else ""),
        legal_basis=(catalog.legal_basis or catalog.legal_source) if catalog else "",
        revocation_from=REVOCATION_FROM, as_of=as_of)


# ----------------------------------------------------------------------------- sentences
def _million(vnd: float) -> str:
    return vf.trieu(vnd)


def band_sentence(b: Band, n: int) -> str:
    """"Số xã đạt 19 tiêu chí có 51/181 xã, chiếm 28,18%"; the lowest band "còn" as the
    reports write it ("Số xã đạt dưới 5 tiêu chí còn 46/207 xã")."""
    verb = "còn" if b.lo == 0 and b.hi > 0 else "có"
    return f"Số xã {b.label} {verb} {n2(b.count)}/{n2(n)} xã, chiếm {vf.percent(b.share or 0)}"


def criterion_sentence(c: CriterionCount, n: int) -> str:
    return (f"có {n2(c.count)}/{n2(n)} xã đạt tiêu chí {c.report_phrase}, chiếm tỷ lệ "
            f"{vf.percent(c.share or 0)}")


def printed_bands(r: Rollup) -> list[Band]:
    """The bands the report prints: an empty band is left out."""
    return [b for b in r.bands if b.count]


def band_paragraph(r: Rollup, *, style: str = "sentence") -> str | list[str]:
    """The report's paragraph: "Đến hết tháng 7/2020, số tiêu chí bình quân 01 xã đạt 11,66
    tiêu chí/xã, cụ thể: Số xã đạt 19 tiêu chí có 51/181 xã, chiếm 28,18%; …; Số xã đạt từ 5-9
    tiêu chí có 90/181 xã, chiếm 49,72%." (one sentence); ``style="list"``: the lead and one
    "+ …;" line per band, the last ending with a period (the 2017 report's form)."""
    lead = (f"{r.when.lead}, số tiêu chí bình quân 01 xã đạt {vf.number(r.average or 0, 2)} "
            "tiêu chí/xã, cụ thể:")
    bands = [band_sentence(b, r.n) for b in printed_bands(r)]
    if style == "list":
        return [lead, *(f"+ {x}{'.' if i == len(bands) - 1 else ';'}"
                        for i, x in enumerate(bands))]
    return f"{lead} {'; '.join(bands)}."


def recognised_sentence(r: Rollup) -> str:
    """"Có 02 xã được thẩm định công nhận đạt chuẩn nông thôn mới năm 2020 (xã Cao Minh,
    huyện Tràng Định; …), nâng tổng số xã đạt chuẩn lên 48 xã."."""
    wd = r.when.with_districts
    if r.recognised_now:
        names = "; ".join(c.named(wd) for c in r.recognised_now)
        return (f"Có {n2(len(r.recognised_now))} xã được thẩm định công nhận đạt chuẩn nông thôn "
                f"mới năm {r.year} ({names}), nâng tổng số xã đạt chuẩn lên "
                f"{n2(r.recognised_total)} xã.")
    if r.recognised_total:
        return f"Tổng số xã đã được công nhận đạt chuẩn nông thôn mới là {n2(r.recognised_total)} xã."
    return ""


def registered_sentence(r: Rollup) -> str:
    if not r.registered:
        return ""
    wd = r.when.with_districts
    names = "; ".join(c.named(wd) for c in r.registered)
    return (f"Có {n2(len(r.registered))} xã đăng ký đạt chuẩn nông thôn mới năm {r.year}: "
            f"{names}; các xã cần hoàn thành {n2(r.registered_open)} lượt tiêu chí chưa đạt.")


def revocation_applies(r: Rollup) -> bool:
    return r.revocation_from is not None and r.year >= r.revocation_from


def sentences(r: Rollup, *, band_style: str = "sentence") -> list[str]:
    """The report's sentences, in the wording and number format of the provincial reports;
    a section with nothing to report is left out."""
    out = [f"Tổng hợp {n2(r.n)} xã, đánh giá theo {r.catalog_citation}."]
    para = band_paragraph(r, style=band_style)
    out += para if isinstance(para, list) else [para]
    rec = recognised_sentence(r)
    if rec:
        out.append(rec)
    out.append("Kết quả thực hiện từng tiêu chí:")
    out += [f"- Tiêu chí {c.code}: {criterion_sentence(c, r.n)}." for c in r.criteria]
    if r.resources_total:
        out.append(f"Tổng huy động, lồng ghép các nguồn lực thực hiện Chương trình xây dựng "
                   f"nông thôn mới: {_million(r.resources_total)} triệu đồng. Cụ thể như sau:")
        out += [f"- {label}: {_million(v)} triệu đồng (chiếm {vf.percent(s or 0)})."
                for _, label, v, s in r.resources]
    parts = []
    if r.cash_vnd:
        parts.append(f"bằng tiền {_million(r.cash_vnd)} triệu đồng")
    if r.labour_days:
        parts.append(f"{vf.number(r.labour_days)} ngày công lao động")
    if r.land_m2:
        parts.append(f"hiến {vf.number(r.land_m2)} m² đất")
    if parts:
        out.append(f"Nhân dân đóng góp {', '.join(parts)}.")
    if revocation_applies(r):
        if r.at_risk:
            out.append(f"Có {n2(len(r.at_risk))} xã đã được công nhận đạt chuẩn có nguy cơ bị "
                       "thu hồi quyết định công nhận theo Quyết định số 18/2022/QĐ-TTg ngày "
                       "02/8/2022 của Thủ tướng Chính phủ: "
                       + "; ".join(f"{c.named(r.when.with_districts)} (đạt {n2(c.met_count)}/"
                                   f"{n2(c.total)} tiêu chí"
                                   + (", thuộc diện thu hồi" if c.revocation_level == "revocation"
                                      else ", cảnh báo") + ")" for c in r.at_risk) + ".")
        else:
            out.append("Không có xã đã được công nhận đạt chuẩn nào có nguy cơ bị thu hồi quyết "
                       "định công nhận.")
    reg = registered_sentence(r)
    if reg:
        out.append(reg)
    if r.unappraised:
        out.append(f"Số chỉ tiêu chưa được thẩm định: {vf.number(r.unappraised)}/"
                   f"{vf.number(r.applicable)} (tổng hợp theo kết quả tự đánh giá của xã).")
    for code, name, why in r.excluded:
        out.append(f"Không tổng hợp {name} ({code}): {why}.")
    return out


def to_json(r: Rollup) -> dict[str, Any]:
    return {
        "year": r.year, "as_of": r.when.lead, "catalog": r.catalog_id, "communes": r.n,
        "recognised": {"year": r.year, "communes": [{"code": c.code, "name": c.name}
                                                    for c in r.recognised_now],
                       "total": r.recognised_total},
        "total_criteria": r.total_criteria, "average_met": r.average,
        "bands": [{"label": b.label, "min": b.lo, "max": b.hi, "count": b.count,
                   "share": b.share} for b in r.bands],
        "criteria": [{"code": c.code, "name": c.name, "count": c.count, "share": c.share,
                      "phrase": c.report_phrase} for c in r.criteria],
        "resources": {"total_vnd": r.resources_total,
                      "by_source": [{"source": s, "label": label, "amount_vnd": v, "share": sh}
                                    for s, label, v, sh in r.resources]},
        "contributions": {"cash_vnd": r.cash_vnd, "labour_days": r.labour_days,
                          "land_m2": r.land_m2, "total_value_vnd": r.contrib_value_vnd},
        "at_risk": [{"code": c.code, "name": c.name, "level": c.revocation_level,
                     "met": c.met_count, "not_met": c.not_met, "reasons": c.revocation_reasons}
                    for c in r.at_risk],
        "registered": {"year": r.year, "communes": [
            {"code": c.code, "name": c.name, "met": c.met_count,
             "to_complete": c.not_met + c.unknown} for c in r.registered],
            "criteria_to_complete": r.registered_open},
        "appraisal": {"unappraised_indicators": r.unappraised,
                      "applicable_indicators": r.applicable},
        "per_commune": [{"code": c.code, "name": c.name, "district": c.district,
                         "met": c.met_count,
                         "self_met": c.self_met_count, "unappraised": c.unappraised}
                        for c in r.communes],
        "excluded": [{"code": c, "name": nm, "reason": why} for c, nm, why in r.excluded],
        "sentences": sentences(r),
    }
