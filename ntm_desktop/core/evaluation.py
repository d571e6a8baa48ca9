"""Evaluate a commune against a criteria catalog (pure functions, no I/O, no Qt).

:func:`evaluate` turns entered values, declared statuses and figures derived from the
infrastructure registry into per-indicator, per-criterion and commune results;
:func:`revocation_risk` applies the catalog's revocation rule; :func:`to_json` gives the stable
JSON used by ``ntm status --json``.

Rules (also in docs/catalog-format.md):

* value: the derived figure's value when the indicator has ``derived`` and the figure has a
  value and a denominator > 0 (for boolean / must_be_none indicators the denominator does not
  matter); otherwise the entered value.
* computed status: percent/amount/count compare the value with the selected threshold using the
  comparator; boolean: 0 → chưa đạt, any other value → đạt; must_be_none: 0 → đạt, > 0 → chưa
  đạt; no value, or no threshold for a numeric kind → chưa xác định.
* reported status: the declared status when there is one, otherwise the computed one. Declared
  "khong_ap_dung" takes the indicator out of its criterion.
* criterion: đạt when it has applicable indicators and all are đạt; chưa đạt when any is chưa đạt;
  otherwise chưa xác định. Commune total = number of criteria đạt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from fractions import Fraction
from typing import Any, NamedTuple

from ntm_desktop.core import vnformat
from ntm_desktop.core.catalog import (
    NUMERIC_KINDS,
    Catalog,
    Indicator,
    RevocationRule,
    Threshold,
    code_sort_key,
    select_threshold,
)
from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.message import Message
from ntm_desktop.core.model import (
    COMMUNE_GROUPS,
    DECLARABLE_STATUSES,
    REGIONS,
    STATUS_MET,
    STATUS_NA,
    STATUS_NOT_MET,
    STATUS_UNKNOWN,
)

_EPS = 1e-9
LEVEL_NONE = "none"
LEVEL_WARNING = "warning"
LEVEL_REVOCATION = "revocation"
# Translation context of the revocation reasons (``RevocationRisk.messages``).
REASONS_CONTEXT = "evaluation"


# --- inputs ------------------------------------------------------------------------------------------
# Records are NamedTuples, like the catalog's (defined at every start; docs/decisions.md).
class DerivedFigure(NamedTuple):
    """A measure computed by the store from the registry, e.g. 12.5 km hardened of 20 km → 62.5 %.

    ``value`` is None when it cannot be computed (nothing registered)."""

    value: float | None
    numerator: float
    denominator: float
    unit: str
    detail: str
    item_ids: tuple[str, ...] = ()


class CommuneProfile(NamedTuple):
    region: str | None = None
    applied_region: str | None = None
    commune_group: str | None = None
    recognised_year: int | None = None

    def dimension_value(self, dimension: str) -> str | None:
        """Region sets use the applied region (e.g. TDMNPB for ĐBKK/ATK communes under 318)
        when set, else the region; commune-group sets use the commune group."""
        if dimension == "commune_group":
            return self.commune_group
        return self.applied_region or self.region


class IndicatorInput(NamedTuple):
    value: float | None = None
    declared_status: str | None = None
    note: str | None = None
    responsible: str | None = None
    target_date: str | None = None
    evidence_count: int = 0


# --- results -------------------------------------------------------------------------------------------
class IndicatorResult(NamedTuple):
    code: str
    text: str
    criterion_code: str
    kind: str
    comparator: str
    unit: str
    threshold: Threshold | None
    value: float | None
    value_source: str | None  # "entered" | "derived" | None
    derived: DerivedFigure | None
    computed_status: str
    declared_status: str | None
    status: str
    status_source: str  # "declared" | "computed" | "none"
    mismatch: bool
    verified: bool
    missing_data: bool
    source: str
    note: str | None
    target_date: str | None
    responsible: str | None
    evidence_count: int
    input_note: str | None = None
    help: str | None = None
    plausible_range: tuple[float, float] | None = None

    @property
    def applicable(self) -> bool:
        return self.status != STATUS_NA

    @property
    def out_of_range(self) -> bool:
        """The value lies outside the catalog's plausible range (a likely entry error)."""
        if self.value is None or self.plausible_range is None:
            return False
        lo, hi = self.plausible_range
        return not lo <= self.value <= hi

    @property
    def threshold_confirmed(self) -> bool:
        """A numeric indicator has a threshold in force from a verified catalog entry (yes/no
        indicators carry their requirement in their text)."""
        if self.kind not in NUMERIC_KINDS:
            return True
        return self.threshold is not None and self.verified


class CriterionResult(NamedTuple):
    code: str
    name: str
    group: str
    group_name: str
    status: str  # dat | chua_dat | chua_xac_dinh
    indicators: tuple[IndicatorResult, ...]
    met_count: int

    @property
    def applicable_count(self) -> int:
        return sum(1 for i in self.indicators if i.applicable)


class Evaluation(NamedTuple):
    catalog_id: str
    catalog_version: str
    catalog_sha256: str
    overlays: tuple[str, ...]
    year: int
    profile: CommuneProfile
    dimension: str
    dimension_value: str | None
    criteria: tuple[CriterionResult, ...]
    met_count: int
    total: int
    mismatches: tuple[IndicatorResult, ...]
    missing: tuple[IndicatorResult, ...]
    unverified: tuple[IndicatorResult, ...]
    todo: tuple[IndicatorResult, ...]
    band: str | None
    unused_inputs: tuple[str, ...] = ()
    catalog: Catalog | None = None

    def criterion(self, code: str) -> CriterionResult:
        for c in self.criteria:
            if c.code == code:
                return c
        raise KeyError(code)

    def indicator(self, code: str) -> IndicatorResult:
        for c in self.criteria:
            for i in c.indicators:
                if i.code == code:
                    return i
        raise KeyError(code)

    def indicators(self) -> tuple[IndicatorResult, ...]:
        return tuple(i for c in self.criteria for i in c.indicators)

    @property
    def not_met(self) -> tuple[CriterionResult, ...]:
        return tuple(c for c in self.criteria if c.status == STATUS_NOT_MET)

    @property
    def unknown(self) -> tuple[CriterionResult, ...]:
        return tuple(c for c in self.criteria if c.status == STATUS_UNKNOWN)

    def revocation_risk(self, recognised: bool) -> RevocationRisk:
        """Shortcut for :func:`revocation_risk`."""
        return revocation_risk(self, recognised)


# --- evaluation -----------------------------------------------------------------------------------------
def compare(value: float, comparator: str, threshold: float) -> bool:
    """``value <comparator> threshold`` with a tiny tolerance for floating-point noise."""
    if comparator == ">=":
        return value >= threshold - _EPS
    if comparator == "<=":
        return value <= threshold + _EPS
    if comparator == "=":
        return math.isclose(value, threshold, rel_tol=0.0, abs_tol=_EPS)
    raise ValueError(f"unknown comparator {comparator!r}")


def computed_status(indicator: Indicator, value: float | None,
                    threshold: Threshold | None) -> str:
    """Status from data alone (see the module docstring)."""
    if value is None:
        return STATUS_UNKNOWN
    if indicator.kind == "boolean":
        return STATUS_NOT_MET if math.isclose(value, 0.0, abs_tol=_EPS) else STATUS_MET
    if indicator.kind == "must_be_none":
        return STATUS_MET if value <= _EPS else STATUS_NOT_MET
    if threshold is None:
        return STATUS_UNKNOWN
    return STATUS_MET if compare(value, indicator.comparator, threshold.value) else STATUS_NOT_MET


def _clean_number(value: Any, code: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    try:
        num = float(value)
    except (TypeError, ValueError):
        raise ValidationError(_N("errors", "Giá trị của chỉ tiêu {code} phải là số, không phải "
                                 "“{value}”."), field=code,
                              args={"code": str(code), "value": str(value)}) from None
    if math.isnan(num) or math.isinf(num):
        raise ValidationError(_N("errors", "Giá trị của chỉ tiêu {code} không phải số hợp lệ."),
                              field=code, args={"code": str(code)})
    return num


def _declared(status: str | None, code: str) -> str | None:
    if status is None or status == "" or status == STATUS_UNKNOWN:
        return None
    if status not in DECLARABLE_STATUSES:
        allowed = ", ".join(DECLARABLE_STATUSES)
        raise ValidationError(_N("errors", "Trạng thái khai báo của chỉ tiêu {code} không hợp "
                                 "lệ: “{status}” (chọn một trong: {allowed})."), field=code,
                              args={"code": str(code), "status": str(status),
                                    "allowed": allowed})
    return status


def evaluate_indicator(indicator: Indicator, *, dimension_value: str | None, year: int,
                       entry: IndicatorInput | None = None,
                       figure: DerivedFigure | None = None) -> IndicatorResult:
    """Evaluate one indicator (see the module docstring for the rules)."""
    entry = entry or IndicatorInput()
    threshold = select_threshold(indicator, dimension_value=dimension_value, year=year)
    value: float | None = None
    value_source: str | None = None
    used_figure: DerivedFigure | None = None
    if indicator.derived and figure is not None and figure.value is not None:
        fig_value = _clean_number(figure.value, indicator.code)
        usable = indicator.kind in ("boolean", "must_be_none") or figure.denominator > 0
        if usable:
            value, value_source, used_figure = fig_value, "derived", figure
    if value is None:
        entered = _clean_number(entry.value, indicator.code)
        if entered is not None:
            value, value_source = entered, "entered"
    computed = computed_status(indicator, value, threshold)
    declared = _declared(entry.declared_status, indicator.code)
    if declared is not None:
        status, status_source = declared, "declared"
    elif computed != STATUS_UNKNOWN:
        status, status_source = computed, "computed"
    else:
        status, status_source = STATUS_UNKNOWN, "none"
    known = (STATUS_MET, STATUS_NOT_MET)
    mismatch = declared in known and computed in known and declared != computed
    missing = status != STATUS_NA and value is None and (
        declared is None or indicator.kind in NUMERIC_KINDS)
    return IndicatorResult(
        code=indicator.code, text=indicator.text, criterion_code=indicator.criterion_code,
        kind=indicator.kind, comparator=indicator.comparator, unit=indicator.unit,
        threshold=threshold, value=value, value_source=value_source, derived=used_figure,
        computed_status=computed, declared_status=declared, status=status,
        status_source=status_source, mismatch=mismatch, verified=indicator.verified,
        missing_data=missing, source=indicator.source, note=indicator.note,
        target_date=entry.target_date, responsible=entry.responsible,
        evidence_count=int(entry.evidence_count or 0), input_note=entry.note,
        help=indicator.help, plausible_range=indicator.plausible_range)


def criterion_status(results: tuple[IndicatorResult, ...]) -> str:
    applicable = [r for r in results if r.status != STATUS_NA]
    if any(r.status == STATUS_NOT_MET for r in applicable):
        return STATUS_NOT_MET
    if applicable and all(r.status == STATUS_MET for r in applicable):
        return STATUS_MET
    return STATUS_UNKNOWN


def _todo_key(r: IndicatorResult) -> tuple[Any, ...]:
    return (r.target_date is None, r.target_date or "", code_sort_key(r.code))


def evaluate(catalog: Catalog, profile: CommuneProfile, year: int,
             inputs: Mapping[str, IndicatorInput] | None = None,
             derived: Mapping[str, DerivedFigure] | None = None) -> Evaluation:
    """Evaluate a commune for ``year``.

    ``inputs`` maps indicator codes to what the officer entered/declared; ``derived`` maps measure
    keys (``Indicator.derived``) to figures computed by the store. Codes in ``inputs`` that the
    catalog does not know are listed in ``unused_inputs``. Raises ValidationError for an invalid
    year, a declared status outside dat/chua_dat/khong_ap_dung, or a non-numeric value.
    """
    inputs = inputs or {}
    derived = derived or {}
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        raise ValidationError(_N("errors", "Năm đánh giá không hợp lệ: “{year}”."), field="year",
                              args={"year": str(year)})
    dim_value = profile.dimension_value(catalog.dimension)
    allowed = COMMUNE_GROUPS if catalog.dimension == "commune_group" else REGIONS
    if dim_value is not None and dim_value not in allowed:
        raise ValidationError(_N("errors", "“{value}” không phải giá trị hợp lệ cho bộ tiêu chí "
                                 "{catalog} (theo {dimension})."), field="profile",
                              args={"value": str(dim_value), "catalog": catalog.id,
                                    "dimension": str(catalog.dimension)})
    criteria: list[CriterionResult] = []
    for crit in catalog.criteria:
        results = tuple(
            evaluate_indicator(ind, dimension_value=dim_value, year=year,
                               entry=inputs.get(ind.code),
                               figure=derived.get(ind.derived) if ind.derived else None)
            for ind in crit.indicators)
        criteria.append(CriterionResult(
            code=crit.code, name=crit.name, group=crit.group_code, group_name=crit.group_name,
            status=criterion_status(results), indicators=results,
            met_count=sum(1 for r in results if r.status == STATUS_MET)))
    all_results = [r for c in criteria for r in c.indicators]
    met = sum(1 for c in criteria if c.status == STATUS_MET)
    band = catalog.band_for(met)
    known_codes = {r.code for r in all_results}
    return Evaluation(
        catalog_id=catalog.id, catalog_version=catalog.version, catalog_sha256=catalog.sha256,
        overlays=tuple(f"{o.id}@{o.version}" for o in catalog.overlays),
        year=year, profile=profile, dimension=catalog.dimension, dimension_value=dim_value,
        criteria=tuple(criteria), met_count=met, total=len(criteria),
        mismatches=tuple(r for r in all_results if r.mismatch),
        missing=tuple(r for r in all_results if r.missing_data),
        unverified=tuple(r for r in all_results if not r.verified and r.applicable),
        todo=tuple(sorted((r for r in all_results if r.status in (STATUS_NOT_MET, STATUS_UNKNOWN)),
                          key=_todo_key)),
        band=band.label if band else None,
        unused_inputs=tuple(sorted(set(inputs) - known_codes, key=code_sort_key)),
        catalog=catalog)


# --- revocation ----------------------------------------------------------------------------------------
def _pct(part: int, total: int) -> float:
    return round(100.0 * part / total, 2) if total else 0.0


class RevocationRisk(NamedTuple):
    """What :func:`revocation_risk` finds. ``to_json()`` is the stable JSON (``ntm status``);
    ``risk["level"]`` reads the same keys, for callers written against that JSON."""

    level: str  # LEVEL_NONE | LEVEL_WARNING | LEVEL_REVOCATION
    recognised: bool
    messages: tuple[Message, ...]
    total: int
    not_met: tuple[str, ...]
    unknown: tuple[str, ...]
    not_met_share: float | None
    key_not_met: tuple[str, ...]
    rule: RevocationRule

    @property
    def reasons(self) -> list[str]:
        """The reasons in Vietnamese (filled)."""
        return [m.text() for m in self.messages]

    def to_json(self) -> dict[str, Any]:
        r = self.rule
        return {
            "level": self.level,
            "recognised": self.recognised,
            "reasons": self.reasons,
            "reason_templates": [m.to_json() for m in self.messages],
            "total": self.total,
            "not_met": list(self.not_met),
            "unknown": list(self.unknown),
            "not_met_share": self.not_met_share,
            "key_criteria": list(r.key_criteria),
            "key_not_met": list(self.key_not_met),
            "rule": {"text": r.text, "revoke_share": r.revoke_share,
                     "revoke_share_with_key": r.revoke_share_with_key, "source": r.source,
                     "verified": r.verified, "note": r.note},
            "rule_verified": r.verified,
        }

    def __getitem__(self, key: str) -> Any:  # type: ignore[override]
        """``risk["level"]``: the JSON's keys (not tuple positions)."""
        return self.to_json()[key]


def revocation_risk(evaluation: Evaluation, recognised: bool) -> RevocationRisk:
    """Apply the catalog's revocation rule to ``evaluation``.

    With ``n`` criteria and ``k`` not met (shares compared exactly, as fractions):
    ``revocation`` when k/n ≥ revoke_share %, or k/n ≥ revoke_share_with_key % and a key criterion
    is not met; ``warning`` when a recognised commune has any criterion not met or not yet
    determined (it must keep every criterion), or when counting the undetermined ones as not met
    would reach the rule; otherwise ``none``. A commune that is not recognised gets ``none`` with
    the figures for information. The result says whether the rule is verified.
    """
    catalog = evaluation.catalog
    if catalog is None:
        raise ValueError("evaluation has no catalog attached")
    rule = catalog.revocation
    n = evaluation.total
    not_met = [c.code for c in evaluation.not_met]
    unknown = [c.code for c in evaluation.unknown]
    key_not_met = [c for c in not_met if c in rule.key_criteria]
    key_unknown = [c for c in unknown if c in rule.key_criteria]

    def triggers(k: int, key: bool) -> str | None:
        if n == 0:
            return None
        share = Fraction(k, n) * 100
        if share >= Fraction(rule.revoke_share).limit_denominator(10_000):
            return "share"
        if key and share >= Fraction(rule.revoke_share_with_key).limit_denominator(10_000):
            return "share_with_key"
        return None

    names = {c.code: c.name for c in evaluation.criteria}
    # Each reason is a Message: a template marked in context REASONS_CONTEXT plus its (string)
    # arguments; "reasons" is the filled Vietnamese text, "reason_templates" what the GUI
    # translates.
    messages: list[Message] = []

    def reason(template: str, **args: str) -> None:
        messages.append(Message(REASONS_CONTEXT, template, args))

    trigger = triggers(len(not_met), bool(key_not_met))
    worst = triggers(len(not_met) + len(unknown), bool(key_not_met or key_unknown))
    share = {"not_met": str(len(not_met)), "total": str(n),
             "share": vnformat.number(_pct(len(not_met), n), 2, trim=True)}
    key_list = "; ".join(f"{c} – {names[c]}" for c in key_not_met)
    if not recognised:
        level = LEVEL_NONE
        reason(_N(REASONS_CONTEXT, "Xã chưa được công nhận đạt chuẩn nên không có quyết định để "
                  "thu hồi; hiện có {not_met}/{total} tiêu chí chưa đạt ({share}%)."), **share)
    elif trigger == "share":
        level = LEVEL_REVOCATION
        reason(_N(REASONS_CONTEXT, "Có {not_met}/{total} tiêu chí chưa đạt ({share}%), từ "
                  "{limit}% số tiêu chí trở lên."), **share,
               limit=format(rule.revoke_share, "g"))
    elif trigger == "share_with_key":
        level = LEVEL_REVOCATION
        reason(_N(REASONS_CONTEXT, "Có {not_met}/{total} tiêu chí chưa đạt ({share}%), từ "
                  "{limit_key}% đến dưới {limit}%, trong đó có tiêu chí then chốt chưa đạt: "
                  "{keys}."), **share, limit_key=format(rule.revoke_share_with_key, "g"),
               limit=format(rule.revoke_share, "g"), keys=key_list)
    elif not_met or unknown:
        level = LEVEL_WARNING
        if not_met:
            reason(_N(REASONS_CONTEXT, "Xã đã được công nhận phải duy trì đủ các tiêu chí; hiện có "
                      "{not_met}/{total} tiêu chí chưa đạt ({share}%): {codes}."), **share,
                   codes=", ".join(not_met))
        if key_not_met:
            reason(_N(REASONS_CONTEXT, "Tiêu chí then chốt chưa đạt: {keys}."), keys=key_list)
        if unknown:
            reason(_N(REASONS_CONTEXT, "{count} tiêu chí chưa xác định: {codes}."),
                   count=str(len(unknown)), codes=", ".join(unknown))
        if worst is not None:
            reason(_N(REASONS_CONTEXT, "Nếu các tiêu chí chưa xác định không đạt, xã thuộc diện bị "
                      "thu hồi quyết định công nhận."))
    else:
        level = LEVEL_NONE
        reason(_N(REASONS_CONTEXT, "Xã duy trì đủ các tiêu chí."))
    if not rule.verified:
        reason(_N(REASONS_CONTEXT, "Quy tắc thu hồi theo {source}; đối chiếu với quyết định của "
                  "tỉnh trước khi kết luận."), source=str(rule.source))
    return RevocationRisk(level=level, recognised=bool(recognised), messages=tuple(messages),
                          total=n, not_met=tuple(not_met), unknown=tuple(unknown),
                          not_met_share=_pct(len(not_met), n), key_not_met=tuple(key_not_met),
                          rule=rule)


# --- JSON ----------------------------------------------------------------------------------------------
def _num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def _threshold_json(t: Threshold | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {"value": _num(t.value), "dimension_value": t.dimension_value, "year": t.year,
            "source": t.source}


def _figure_json(f: DerivedFigure | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {"value": _num(f.value), "numerator": _num(f.numerator),
            "denominator": _num(f.denominator), "unit": f.unit, "detail": f.detail,
            "item_ids": list(f.item_ids)}


def indicator_json(r: IndicatorResult) -> dict[str, Any]:
    return {
        "code": r.code, "text": r.text, "criterion": r.criterion_code, "kind": r.kind,
        "comparator": r.comparator, "unit": r.unit, "threshold": _threshold_json(r.threshold),
        "value": _num(r.value), "value_source": r.value_source, "derived": _figure_json(r.derived),
        "computed_status": r.computed_status, "declared_status": r.declared_status,
        "status": r.status, "status_source": r.status_source, "mismatch": r.mismatch,
        "verified": r.verified, "missing_data": r.missing_data, "source": r.source,
        "note": r.note, "input_note": r.input_note, "target_date": r.target_date,
        "responsible": r.responsible, "evidence_count": r.evidence_count,
        "plausible_range": list(r.plausible_range) if r.plausible_range else None,
        "out_of_range": r.out_of_range,
    }


def to_json(evaluation: Evaluation, *, recognised: bool | None = None) -> dict[str, Any]:
    """JSON-serialisable dict with a stable key order (for ``ntm status --json``). With
    ``recognised`` given, includes the revocation assessment."""
    p = evaluation.profile
    out: dict[str, Any] = {
        "catalog": {"id": evaluation.catalog_id, "version": evaluation.catalog_version,
                    "sha256": evaluation.catalog_sha256, "overlays": list(evaluation.overlays)},
        "year": evaluation.year,
        "profile": {"region": p.region, "applied_region": p.applied_region,
                    "commune_group": p.commune_group, "recognised_year": p.recognised_year},
        "dimension": evaluation.dimension,
        "dimension_value": evaluation.dimension_value,
        "met_count": evaluation.met_count,
        "total": evaluation.total,
        "band": evaluation.band,
        "criteria": [
            {"code": c.code, "name": c.name, "group": c.group, "group_name": c.group_name,
             "status": c.status, "met_count": c.met_count,
             "applicable_count": c.applicable_count,
             "indicators": [indicator_json(r) for r in c.indicators]}
            for c in evaluation.criteria],
        "mismatches": [r.code for r in evaluation.mismatches],
        "missing": [r.code for r in evaluation.missing],
        "unverified": [r.code for r in evaluation.unverified],
        "todo": [{"code": r.code, "status": r.status, "target_date": r.target_date,
                  "responsible": r.responsible} for r in evaluation.todo],
        "unused_inputs": list(evaluation.unused_inputs),
    }
    if recognised is not None:
        out["revocation"] = revocation_risk(evaluation, recognised).to_json()
    return out
