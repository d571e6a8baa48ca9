"""Evaluation of a commune against the shipped catalogs (real data files, no mocks)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ntm_desktop.core.catalog import load_catalog, load_catalog_file
from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.evaluation import (
    CommuneProfile,
    DerivedFigure,
    IndicatorInput,
    evaluate,
    revocation_risk,
    to_json,
)
from ntm_desktop.core.model import STATUS_MET, STATUS_NA, STATUS_NOT_MET, STATUS_UNKNOWN

OVERLAY = Path(__file__).resolve().parents[1] / "data" / "overlay_example.json"

DBSH = CommuneProfile(region="DBSH")
DAT = IndicatorInput(declared_status=STATUS_MET)


def all_declared_met(catalog) -> dict[str, IndicatorInput]:
    return {i.code: DAT for i in catalog.indicators()}


def with_not_met(catalog, criteria: list[str]) -> dict[str, IndicatorInput]:
    """Everything declared đạt, except the first indicator of each criterion in ``criteria``."""
    inputs = all_declared_met(catalog)
    for code in criteria:
        inputs[catalog.criterion(code).indicators[0].code] = IndicatorInput(
            declared_status=STATUS_NOT_MET)
    return inputs


# --- values and statuses --------------------------------------------------------------------------
def test_derived_value_wins_over_entered_value():
    cat = load_catalog("qd1980-2016")
    fig = DerivedFigure(value=50.0, numerator=2, denominator=4, unit="%",
                        detail="2/4 trường đạt chuẩn quốc gia", item_ids=("a", "b"))
    ev = evaluate(cat, DBSH, 2019, {"5": IndicatorInput(value=90)},
                  {"schools_national_standard_share": fig})
    r = ev.indicator("5")
    assert (r.value, r.value_source, r.derived) == (50.0, "derived", fig)
    assert r.threshold.value == 80
    assert r.computed_status == STATUS_NOT_MET and r.status == STATUS_NOT_MET
    assert r.status_source == "computed"


def test_entered_value_used_when_derived_figure_has_no_denominator():
    cat = load_catalog("qd1980-2016")
    empty = DerivedFigure(value=None, numerator=0, denominator=0, unit="%", detail="chưa có trường")
    zero = DerivedFigure(value=0.0, numerator=0, denominator=0, unit="%", detail="0/0")
    for fig in (empty, zero):
        ev = evaluate(cat, DBSH, 2019, {"5": IndicatorInput(value=90)},
                      {"schools_national_standard_share": fig})
        r = ev.indicator("5")
        assert (r.value, r.value_source, r.derived) == (90, "entered", None)
        assert r.status == STATUS_MET


def test_boolean_derived_figure_counts_without_denominator():
    cat = load_catalog("qd318-2022")
    no_market = DerivedFigure(value=0.0, numerator=0, denominator=0, unit="", detail="không có chợ")
    ev = evaluate(cat, DBSH, 2023, {"7": IndicatorInput(value=1)}, {"market_exists": no_market})
    r = ev.indicator("7")
    assert (r.value, r.value_source, r.status) == (0.0, "derived", STATUS_NOT_MET)
    ev = evaluate(cat, DBSH, 2023, {}, {"market_exists": DerivedFigure(1.0, 1, 1, "", "1 chợ")})
    assert ev.indicator("7").status == STATUS_MET


def test_declared_vs_computed_mismatch_is_listed():
    cat = load_catalog("qd1980-2016")
    inputs = {
        "4.2": IndicatorInput(value=90, declared_status=STATUS_MET),       # computed chưa đạt
        "12": IndicatorInput(value=95, declared_status=STATUS_MET),        # agrees
        "15.1": IndicatorInput(value=70, declared_status=STATUS_NA),       # NA: no mismatch
        "9.2": IndicatorInput(value=85, declared_status=STATUS_NOT_MET),   # computed đạt
        "11": IndicatorInput(value=3, declared_status=STATUS_MET),         # no threshold
    }
    ev = evaluate(cat, DBSH, 2019, inputs, {})
    assert [r.code for r in ev.mismatches] == ["4.2", "9.2"]
    r = ev.indicator("4.2")
    assert (r.status, r.status_source, r.computed_status) == (STATUS_MET, "declared",
                                                              STATUS_NOT_MET)
    assert ev.indicator("11").computed_status == STATUS_UNKNOWN
    assert not ev.indicator("11").mismatch


def test_not_applicable_indicator_is_excluded_from_its_criterion():
    cat = load_catalog("qd318-2022")
    inputs = {c: DAT for c in ("13.1", "13.2", "13.3")}
    ev = evaluate(cat, DBSH, 2023, inputs, {})
    assert ev.criterion("13").status == STATUS_UNKNOWN  # 13.4 still open
    inputs["13.4"] = IndicatorInput(declared_status=STATUS_NA)
    ev = evaluate(cat, DBSH, 2023, inputs, {})
    crit = ev.criterion("13")
    assert crit.status == STATUS_MET
    assert (crit.met_count, crit.applicable_count) == (3, 3)
    assert "13.4" not in [r.code for r in ev.todo + ev.missing + ev.unverified]


def test_criterion_all_not_applicable_is_not_met_by_default():
    cat = load_catalog("qd318-2022")
    ev = evaluate(cat, DBSH, 2023, {"7": IndicatorInput(declared_status=STATUS_NA)}, {})
    assert ev.criterion("7").status == STATUS_UNKNOWN


@pytest.mark.parametrize("value,status", [(0, STATUS_MET), (2, STATUS_NOT_MET),
                                          (None, STATUS_UNKNOWN)])
def test_must_be_none(value, status):
    ev = evaluate(load_catalog("qd1980-2016"), DBSH, 2019, {"9.1": IndicatorInput(value=value)})
    assert ev.indicator("9.1").status == status


@pytest.mark.parametrize("region,value,status", [
    ("TN", 30.0, STATUS_MET),        # ≤ 31,4
    ("DBSH", 20.0, STATUS_NOT_MET),  # > 13,9
    ("DBSH", 13.9, STATUS_MET),      # boundary
    (None, 21.8, STATUS_MET),        # national ≤ 21,8
])
def test_upper_bound_indicator_by_region(region, value, status):
    ev = evaluate(load_catalog("qd1980-2016"), CommuneProfile(region=region), 2019,
                  {"15.3": IndicatorInput(value=value)})
    assert ev.indicator("15.3").status == status


@pytest.mark.parametrize("profile,year,value,threshold,status", [
    (CommuneProfile(region="DNB"), 2020, 55, 59, STATUS_NOT_MET),
    (CommuneProfile(region="TDMNPB"), 2020, 40, 36, STATUS_MET),
    # ĐBKK/ATK commune in ĐBSH evaluated at the TDMNPB level
    (CommuneProfile(region="DBSH", applied_region="TDMNPB"), 2020, 40, 36, STATUS_MET),
    (CommuneProfile(region="DBSH"), 2020, 40, 50, STATUS_NOT_MET),
    (CommuneProfile(), 2020, 45, 45, STATUS_MET),
    (CommuneProfile(region="DBSH"), 2018, 60, None, STATUS_UNKNOWN),
])
def test_income_threshold_by_region_applied_region_and_year(profile, year, value, threshold,
                                                            status):
    ev = evaluate(load_catalog("qd1980-2016"), profile, year, {"10": IndicatorInput(value=value)})
    r = ev.indicator("10")
    assert (r.threshold.value if r.threshold else None) == threshold
    assert r.status == status


def test_overlay_threshold_and_added_derived_indicator_in_evaluation():
    cat = load_catalog("qd318-2022", [load_catalog_file(OVERLAY)])
    derived = {
        "road_hardened_share/duong_xa": DerivedFigure(95.0, 19, 20, "%", "19/20 km"),
        "canal_solidified_share": DerivedFigure(75.0, 3, 4, "%", "3/4 km"),
    }
    ev = evaluate(cat, CommuneProfile(region="TDMNPB"), 2023, {}, derived)
    assert ev.indicator("2.1").threshold.value == 90 and ev.indicator("2.1").status == STATUS_MET
    ev2 = evaluate(cat, CommuneProfile(region="DBSH"), 2023, {}, derived)
    assert ev2.indicator("2.1").status == STATUS_NOT_MET  # national 100 for DBSH
    assert ev.indicator("3.3").status == STATUS_MET
    assert ev.overlays == ("vd-tinh-mau-318@1.0.0",)


def test_commune_group_set_uses_group():
    cat = load_catalog("qd51-2025")
    ev = evaluate(cat, CommuneProfile(region="DBSH", commune_group="N3"), 2027,
                  all_declared_met(cat))
    assert ev.dimension_value == "N3"
    assert (ev.met_count, ev.total, ev.band) == (10, 10, "Đạt 10 tiêu chí")
    with pytest.raises(ValidationError):
        evaluate(load_catalog("qd318-2022"), CommuneProfile(region="N1"), 2023)


# --- totals -------------------------------------------------------------------------------------------
def test_criterion_and_total_counts():
    cat = load_catalog("qd1980-2016")
    ev = evaluate(cat, DBSH, 2020, all_declared_met(cat))
    assert (ev.met_count, ev.total, ev.band) == (19, 19, "Đạt 19 tiêu chí")
    ev = evaluate(cat, DBSH, 2020, with_not_met(cat, ["2", "10"]))
    assert (ev.met_count, ev.band) == (17, "Đạt 15-18 tiêu chí")
    assert [c.code for c in ev.not_met] == ["2", "10"]
    assert ev.criterion("2").met_count == len(cat.criterion("2").indicators) - 1
    inputs = with_not_met(cat, [])
    del inputs["17.3"]
    ev = evaluate(cat, DBSH, 2020, inputs)
    assert ev.criterion("17").status == STATUS_UNKNOWN
    assert ev.met_count == 18
    empty = evaluate(cat, DBSH, 2020, {}, {})
    assert (empty.met_count, empty.band) == (0, "Dưới 5 tiêu chí")
    assert all(c.status == STATUS_UNKNOWN for c in empty.criteria)


def test_missing_unverified_and_todo_lists():
    cat = load_catalog("qd318-2022")
    inputs = {
        "3.1": IndicatorInput(value=70, target_date="2025-06-30", responsible="Ban thủy lợi"),
        "4.2": IndicatorInput(declared_status=STATUS_MET),  # numeric: a figure is still needed
        "1.1": IndicatorInput(declared_status=STATUS_MET),  # boolean: declaration is enough
        "2.1": IndicatorInput(value=80, target_date="2024-12-31"),
        "11": IndicatorInput(value=2.0, target_date="2024-12-31"),
        "99.9": IndicatorInput(value=1),
    }
    ev = evaluate(cat, DBSH, 2024, inputs, {})
    missing = [r.code for r in ev.missing]
    assert "4.2" in missing and "1.1" not in missing and "3.1" not in missing
    assert "3.2" in missing
    unverified = [r.code for r in ev.unverified]
    assert "3.1" not in unverified and "3.2" not in unverified and "2.1" in unverified
    todo = [r.code for r in ev.todo]
    assert todo[:3] == ["2.1", "11", "3.1"]  # by target date, then natural code order
    assert "1.1" not in todo and "4.2" not in todo
    assert ev.indicator("3.1").responsible == "Ban thủy lợi"
    assert ev.unused_inputs == ("99.9",)


def test_invalid_inputs_are_rejected():
    cat = load_catalog("qd318-2022")
    with pytest.raises(ValidationError):
        evaluate(cat, DBSH, 2023, {"1.1": IndicatorInput(declared_status="dat roi")})
    with pytest.raises(ValidationError):
        evaluate(cat, DBSH, 1990, {})
    with pytest.raises(ValidationError):
        evaluate(cat, DBSH, 2023, {"3.1": IndicatorInput(value=float("nan"))})


# --- revocation ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("set_id,not_met,level", [
    # 10 criteria: 30 % = 3, 50 % = 5; key criteria 3, 8, 10
    ("qd51-2025", ["1", "2", "3"], "revocation"),     # 30 % with a key criterion
    ("qd51-2025", ["1", "2", "4"], "warning"),        # 30 % without key criterion
    ("qd51-2025", ["3", "8"], "warning"),             # 20 % even with key criteria
    ("qd51-2025", ["1", "2", "4", "5"], "warning"),   # 40 % without key criterion
    ("qd51-2025", ["1", "2", "4", "5", "6"], "revocation"),  # 50 %
    ("qd51-2025", [], "none"),
    # 19 criteria: 6/19 = 31,6 % ≥ 30 %; 5/19 = 26,3 %; 10/19 = 52,6 %; 9/19 = 47,4 %
    ("qd318-2022", ["1", "2", "3", "4", "5", "10"], "revocation"),
    ("qd318-2022", ["1", "2", "3", "4", "10"], "warning"),
    ("qd318-2022", ["1", "2", "3", "4", "5", "6", "7", "8", "9"], "warning"),
    ("qd318-2022", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "11"], "revocation"),
    ("qd318-2022", ["1", "2", "3", "4", "5", "19"], "revocation"),
])
def test_revocation_boundaries(set_id, not_met, level):
    cat = load_catalog(set_id)
    ev = evaluate(cat, CommuneProfile(region="BTB", commune_group="N2"), 2027,
                  with_not_met(cat, not_met))
    risk = revocation_risk(ev, recognised=True)
    assert risk["level"] == level
    assert risk["not_met"] == not_met
    assert risk["rule_verified"] is False
    assert any("đối chiếu với quyết định của tỉnh" in r for r in risk["reasons"])
    assert ev.revocation_risk(True) == risk


def test_revocation_not_recognised_and_unknown_criteria():
    cat = load_catalog("qd51-2025")
    ev = evaluate(cat, CommuneProfile(commune_group="N1"), 2027,
                  with_not_met(cat, ["1", "2", "3", "4", "5", "6"]))
    assert revocation_risk(ev, recognised=False)["level"] == "none"
    inputs = with_not_met(cat, ["1", "2"])
    del inputs["3.1"]
    ev = evaluate(cat, CommuneProfile(commune_group="N1"), 2027, inputs)
    risk = revocation_risk(ev, recognised=True)
    assert risk["level"] == "warning"
    assert risk["unknown"] == ["3"]
    assert any("Nếu các tiêu chí chưa xác định" in r for r in risk["reasons"])


def test_revocation_reasons_write_shares_the_vietnamese_way():
    cat = load_catalog("qd318-2022")
    ev = evaluate(cat, CommuneProfile(region="BTB"), 2024,
                  with_not_met(cat, ["1", "2", "3", "4", "5", "10"]))
    for recognised in (True, False):
        reasons = revocation_risk(ev, recognised=recognised)["reasons"]
        assert any("31,58%" in r for r in reasons), reasons  # 6/19, decimal comma
        assert not any("31.58" in r for r in reasons), reasons


# --- JSON ----------------------------------------------------------------------------------------------
def test_to_json_is_serialisable_and_stable():
    cat = load_catalog("qd318-2022", [load_catalog_file(OVERLAY)])
    inputs = {"3.1": IndicatorInput(value=82.5, note="đo 2024", evidence_count=2)}
    derived = {"road_hardened_share/duong_xa": DerivedFigure(95.0, 19, 20, "%", "19/20 km",
                                                             ("r1", "r2"))}
    a = to_json(evaluate(cat, DBSH, 2024, inputs, derived), recognised=True)
    b = to_json(evaluate(cat, DBSH, 2024, inputs, derived), recognised=True)
    text = json.dumps(a, ensure_ascii=False)
    assert text == json.dumps(b, ensure_ascii=False)
    assert list(a)[:6] == ["catalog", "year", "profile", "dimension", "dimension_value",
                           "met_count"]
    assert a["catalog"]["sha256"] == cat.sha256
    ind = next(i for c in a["criteria"] for i in c["indicators"] if i["code"] == "3.1")
    assert ind["value"] == 82.5 and ind["status"] == STATUS_MET
    assert ind["threshold"]["value"] == 80 and ind["evidence_count"] == 2
    road = next(i for c in a["criteria"] for i in c["indicators"] if i["code"] == "2.1")
    assert road["derived"]["item_ids"] == ["r1", "r2"] and road["value_source"] == "derived"
    assert a["revocation"]["level"] in ("none", "warning", "revocation")
    assert json.loads(text)["total"] == 19
