"""Catalog data and loader: shipped sets, schema + semantic validation, files, thresholds, overlays."""

from __future__ import annotations

import copy
import json
import math
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from ntm_desktop.core import catalog as catalog_module
from ntm_desktop.core.catalog import (
    DERIVED_MEASURES,
    Indicator,
    Threshold,
    apply_overlay,
    builtin_catalog_ids,
    catalog_from_document,
    load_builtin_document,
    load_catalog,
    load_catalog_file,
    select_threshold,
    validate_document,
)
from ntm_desktop.core.errors import CatalogError
from ntm_desktop.core.model import COMMUNE_GROUPS, REGIONS

DATA = Path(__file__).resolve().parents[1] / "data"
OVERLAY_EXAMPLE = DATA / "overlay_example.json"
SHIPPED = ("qd1980-2016", "qd318-2022", "qd51-2025")


def overlay_example() -> dict:
    return load_catalog_file(OVERLAY_EXAMPLE)


# --- shipped data ----------------------------------------------------------------------------------
def test_builtin_ids_are_the_three_national_sets():
    assert builtin_catalog_ids() == tuple(sorted(SHIPPED))


@pytest.mark.parametrize("set_id,criteria,dimension,period", [
    ("qd1980-2016", 19, "region", (2016, 2020)),
    ("qd318-2022", 19, "region", (2021, 2025)),
    ("qd51-2025", 10, "commune_group", (2026, 2030)),
])
def test_shipped_catalog_validates_and_has_expected_shape(set_id, criteria, dimension, period):
    doc = load_builtin_document(set_id)
    validate_document(doc)  # raises on any problem
    cat = catalog_from_document(doc)
    assert cat.id == set_id and cat.kind == "national"
    assert len(cat.criteria) == criteria
    assert [c.code for c in cat.criteria] == [str(n) for n in range(1, criteria + 1)]
    assert cat.dimension == dimension
    assert (cat.period.start, cat.period.end) == period
    assert all(c.indicators for c in cat.criteria)
    assert len(cat.sha256) == 64
    assert cat.bands[0].min == cat.bands[0].max == criteria


def test_effective_dates():
    assert load_catalog("qd51-2025").effective_from.isoformat() == "2026-02-15"
    assert load_catalog("qd318-2022").effective_from.isoformat() == "2022-03-08"
    assert load_catalog("qd1980-2016").effective_from.isoformat() == "2016-12-01"


@pytest.mark.parametrize("set_id", SHIPPED)
def test_never_ship_an_unverified_number(set_id):
    """Unverified indicators carry no thresholds, and carry a note saying what to confirm."""
    for ind in load_catalog(set_id).indicators():
        if not ind.verified:
            assert ind.thresholds == (), ind.code
            assert ind.note, ind.code
        for t in ind.thresholds:
            assert t.source.startswith("Quyết định số "), ind.code   # a legal citation


RESEARCH_WORDS = ("http", "kiểm chứng", "Dàn ý", "§", "danviet", "thuvienphapluat", "tóm tắt",
                  "overlay", "tài liệu tham chiếu")


@pytest.mark.parametrize("set_id", SHIPPED)
def test_officers_read_legal_citations_not_research_notes(set_id):
    """Sources are citations (decision, date); notes and help are plain instructions; the
    research provenance lives in docs/catalog-sources.md (issue 11 item 8, issue 10 item 19)."""
    cat = load_catalog(set_id)
    texts = [cat.legal_source, cat.revocation.source, cat.revocation.note or "",
             cat.revocation.text, *(n.text for n in cat.notes), *(n.source for n in cat.notes)]
    for ind in cat.indicators():
        texts += [ind.source, ind.note or "", ind.help or "", *(t.source for t in ind.thresholds)]
    for text in texts:
        for word in RESEARCH_WORDS:
            assert word not in text, (word, text)
    for ind in cat.indicators():
        assert ind.source.startswith("Quyết định số "), ind.code
    assert cat.legal_basis and cat.legal_basis.startswith(cat.legal_source)
    assert "docs/catalog-sources.md" not in cat.legal_basis


@pytest.mark.parametrize("set_id", SHIPPED)
def test_every_numeric_indicator_has_a_plausible_range(set_id):
    for ind in load_catalog(set_id).indicators():
        if ind.kind in ("percent", "amount", "count", "must_be_none"):
            assert ind.plausible_range is not None, ind.code
            lo, hi = ind.plausible_range
            assert lo <= hi
            if ind.kind == "percent":
                assert 0 <= lo and hi <= 100
        else:
            assert ind.plausible_range is None, ind.code


def test_1980_corrections_from_the_research():
    """thresholds-research.md §4.4 (verified items only)."""
    cat = load_catalog("qd1980-2016")
    assert len(cat.indicators()) == 49
    i141 = cat.indicator("14.1")
    assert i141.verified and i141.text.endswith(
        "phổ cập giáo dục tiểu học đúng độ tuổi; phổ cập giáo dục trung học cơ sở")
    regions = ("TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL")
    for code, chung, values in (("14.2", 85, (70, 90, 85, 85, 70, 90, 80)),
                                ("14.3", 40, (25, 40, 40, 40, 25, 45, 25))):
        ind = cat.indicator(code)
        assert ind.verified and ind.comparator == ">="
        got = {t.dimension_value: t.value for t in ind.thresholds}
        assert got == {None: chung, **dict(zip(regions, values, strict=True))}
    c18 = cat.criterion("18")
    assert [i.code for i in c18.indicators] == [f"18.{n}" for n in range(1, 7)]
    assert c18.indicators[1].text == "Có đủ các tổ chức trong hệ thống chính trị cơ sở theo quy định"
    assert cat.indicator("18.5").text == "Xã đạt chuẩn tiếp cận pháp luật theo quy định"
    assert cat.indicator("17.2").kind == "percent" and cat.indicator("17.2").thresholds == ()
    assert cat.indicator("15.3").comparator == "<="
    assert cat.criterion("11").report_phrase == "hộ nghèo"
    assert cat.criterion("2").report_phrase == "về giao thông"
    # no number that the research does not mark verified
    assert cat.indicator("11").thresholds == () and cat.indicator("16").thresholds == ()
    assert cat.indicator("17.1").thresholds == ()


def test_318_official_wordings_and_ministry_rules_as_help():
    cat = load_catalog("qd318-2022")
    for code in ("12.1", "14.2", "15.1"):
        assert "(áp dụng đạt cho cả nam và nữ)" in cat.indicator(code).text, code
    assert cat.indicator("18.5").text.startswith("Đảm bảo bình đẳng giới và phòng chống bạo lực "
                                                "gia đình; phòng chống bạo lực trên cơ sở giới")
    assert all(cat.indicator(f"8.{n}").verified for n in range(1, 5))
    for code, decision in (("5", "1491/QĐ-BGDĐT"), ("6.2", "1064/HD-BVHTTDL"),
                           ("6.3", "1064/HD-BVHTTDL"), ("7", "1214/QĐ-BCT"),
                           ("14.1", "1491/QĐ-BGDĐT")):
        ind = cat.indicator(code)
        assert decision in (ind.help or ""), code
        assert ind.thresholds == () and not ind.verified, code   # not a national number
    assert "nâng cao" in cat.notes[0].text     # the ĐBKK/ATK rule also covers nâng cao
    assert not cat.revocation.verified and "18/2022/QĐ-TTg" in cat.revocation.source
    assert cat.legal_basis.startswith("Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng "
                                      "Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới")


@pytest.mark.parametrize("set_id", SHIPPED)
def test_every_indicator_has_a_source_and_fitting_comparator(set_id):
    cat = load_catalog(set_id)
    for ind in cat.indicators():
        assert ind.source
        assert ind.code == ind.criterion_code or ind.code.startswith(ind.criterion_code + ".")
        if ind.kind in ("boolean", "must_be_none"):
            assert ind.comparator == "="
        if ind.derived:
            assert ind.derived in DERIVED_MEASURES
        for t in ind.thresholds:
            assert t.dimension_value is None or t.dimension_value in cat.dimension_values


def test_318_criterion_names_match_reference():
    names = [c.name for c in load_catalog("qd318-2022").criteria]
    assert names == [
        "Quy hoạch", "Giao thông", "Thủy lợi và phòng, chống thiên tai", "Điện", "Trường học",
        "Cơ sở vật chất văn hóa", "Cơ sở hạ tầng thương mại nông thôn",
        "Thông tin và Truyền thông", "Nhà ở dân cư", "Thu nhập", "Nghèo đa chiều", "Lao động",
        "Tổ chức sản xuất và phát triển kinh tế nông thôn", "Giáo dục và Đào tạo", "Y tế",
        "Văn hóa", "Môi trường và an toàn thực phẩm", "Hệ thống chính trị và tiếp cận pháp luật",
        "Quốc phòng và An ninh"]


def test_1980_and_51_criterion_names_match_reference():
    c1980 = load_catalog("qd1980-2016")
    assert [c1980.criterion(k).name for k in ("3", "11", "12", "13")] == [
        "Thủy lợi", "Hộ nghèo", "Lao động có việc làm", "Tổ chức sản xuất"]
    assert [c.name for c in load_catalog("qd51-2025").criteria] == [
        "Quy hoạch", "Hạ tầng kinh tế - xã hội", "Phát triển kinh tế nông thôn",
        "Đào tạo nguồn nhân lực nông thôn", "Văn hóa, giáo dục, y tế",
        "Giảm nghèo và an sinh xã hội", "Khoa học công nghệ và chuyển đổi số",
        "Môi trường và cảnh quan nông thôn", "Xây dựng hệ thống chính trị và hành chính công",
        "Tiếp cận pháp luật và an ninh, quốc phòng"]


@pytest.mark.parametrize("set_id,code,dim,year,expected", [
    ("qd1980-2016", "4.2", None, 2018, 98),
    ("qd1980-2016", "5", None, 2018, 80),
    ("qd1980-2016", "9.2", "BTB", 2018, 80),
    ("qd1980-2016", "12", None, 2019, 90),
    ("qd1980-2016", "15.1", "TN", 2019, 85),
    ("qd1980-2016", "15.3", None, 2019, 21.8),
    ("qd1980-2016", "15.3", "TN", 2019, 31.4),
    ("qd1980-2016", "15.3", "DBSH", 2019, 13.9),
    ("qd1980-2016", "17.6", None, 2019, 85),
    ("qd1980-2016", "17.8", None, 2019, 100),
    ("qd318-2022", "3.1", "DBSCL", 2023, 80),
])
def test_verified_facts_are_in_the_data(set_id, code, dim, year, expected):
    ind = load_catalog(set_id).indicator(code)
    assert ind.verified
    t = select_threshold(ind, dimension_value=dim, year=year)
    assert t is not None and t.value == expected


def test_kinds_of_verified_special_indicators():
    c = load_catalog("qd1980-2016")
    assert c.indicator("9.1").kind == "must_be_none"
    assert c.indicator("15.2").kind == "boolean" and c.indicator("15.2").verified
    assert c.indicator("15.3").comparator == "<="
    assert load_catalog("qd318-2022").indicator("3.2").kind == "boolean"


def test_derived_measures_are_attached_where_the_outline_is_clear():
    c = load_catalog("qd318-2022")
    assert {i.code: i.derived for i in c.indicators() if i.derived} == {
        "2.1": "road_hardened_share/duong_xa", "2.2": "road_hardened_share/truc_thon",
        "2.3": "road_hardened_share/ngo_xom", "2.4": "road_hardened_share/noi_dong",
        "5": "schools_facilities_standard_share", "6.1": "commune_cultural_house",
        "6.3": "villages_with_cultural_house_share", "7": "market_exists",
        "15.2": "health_station_standard"}
    assert load_catalog("qd1980-2016").indicator("5").derived == "schools_national_standard_share"


def test_revocation_rule_data():
    for set_id in SHIPPED:
        r = load_catalog(set_id).revocation
        assert (r.revoke_share, r.revoke_share_with_key) == (50, 30)
        assert r.verified is False
    assert load_catalog("qd318-2022").revocation.key_criteria == ("10", "17", "19")
    assert load_catalog("qd51-2025").revocation.key_criteria == ("3", "8", "10")


def test_catalog_lookup_errors():
    c = load_catalog("qd318-2022")
    with pytest.raises(CatalogError) as e:
        c.indicator("99.1")
    assert e.value.code == "unknown_indicator"
    with pytest.raises(CatalogError):
        c.criterion("20")
    assert [i.code for i in c.indicators()][:3] == ["1.1", "1.2", "2.1"]
    assert c.indicators()[-1].code == "19.2"


def test_unknown_catalog_id():
    with pytest.raises(CatalogError) as e:
        load_catalog("qd999-2099")
    assert e.value.code == "unknown_catalog"


# --- schema / semantic rejection -------------------------------------------------------------------
def _ind(doc, g, c, i):
    return doc["groups"][g]["criteria"][c]["indicators"][i]


def _set_kind(d):
    d["kind"] = "provincial"


def _dup_indicator(d):
    _ind(d, 1, 0, 1)["code"] = "2.1"


def _dup_criterion(d):
    d["groups"][1]["criteria"][1]["code"] = "2"


def _nan(d):
    _ind(d, 1, 1, 0)["thresholds"][0]["value"] = float("nan")


def _inf(d):
    _ind(d, 1, 1, 0)["thresholds"][0]["value"] = math.inf


def _bad_comparator(d):
    _ind(d, 1, 0, 0)["comparator"] = ">"


def _boolean_with_ge(d):
    _ind(d, 0, 0, 0)["comparator"] = ">="


def _prefix(d):
    _ind(d, 1, 0, 0)["code"] = "3.9"


def _group_value_in_region_set(d):
    _ind(d, 1, 1, 0)["thresholds"][0]["dimension_value"] = "N1"


def _year_too_old(d):
    _ind(d, 1, 1, 0)["thresholds"][0]["year"] = 1999


def _percent_over_100(d):
    _ind(d, 1, 1, 0)["thresholds"][0]["value"] = 120


def _missing_text(d):
    del _ind(d, 1, 0, 0)["text"]


def _extra_field(d):
    _ind(d, 1, 0, 0)["weight"] = 2


def _unknown_derived(d):
    _ind(d, 1, 0, 0)["derived"] = "road_length_total"


def _derived_kind_mismatch(d):
    _ind(d, 1, 0, 0)["derived"] = "market_exists"


def _overlapping_bands(d):
    d["bands"][1]["max"] = 19


def _band_over_total(d):
    d["bands"][0] = {"min": 20, "max": 20, "label": "x"}


def _unknown_key_criterion(d):
    d["revocation"]["key_criteria"] = ["10", "42"]


def _dup_threshold(d):
    t = _ind(d, 1, 1, 0)["thresholds"]
    t.append(dict(t[0]))


def _empty_indicators(d):
    d["groups"][0]["criteria"][0]["indicators"] = []


def _bad_format(d):
    d["format"] = "ntm-catalog/2"


def _bad_date(d):
    d["effective_from"] = "2022-02-30"


def _threshold_no_source(d):
    del _ind(d, 1, 1, 0)["thresholds"][0]["source"]


def _boolean_threshold(d):
    _ind(d, 0, 0, 0)["thresholds"] = [{"value": 5, "dimension_value": None, "year": None,
                                       "source": "x"}]


@pytest.mark.parametrize("mutate,path_part", [
    (_set_kind, "$.kind"),
    (_dup_indicator, "indicators[1].code"),
    (_dup_criterion, "criteria[1].code"),
    (_nan, "thresholds[0].value"),
    (_inf, "thresholds[0].value"),
    (_bad_comparator, "comparator"),
    (_boolean_with_ge, "comparator"),
    (_prefix, "indicators[0].code"),
    (_group_value_in_region_set, "dimension_value"),
    (_year_too_old, "thresholds[0].year"),
    (_percent_over_100, "thresholds[0].value"),
    (_missing_text, "indicators[0]"),
    (_extra_field, "indicators[0]"),
    (_unknown_derived, "derived"),
    (_derived_kind_mismatch, "derived"),
    (_overlapping_bands, "$.bands"),
    (_band_over_total, "$.bands[0]"),
    (_unknown_key_criterion, "key_criteria[1]"),
    (_dup_threshold, "thresholds[1]"),
    (_empty_indicators, "criteria[0].indicators"),
    (_bad_format, "$.format"),
    (_bad_date, "$.effective_from"),
    (_threshold_no_source, "thresholds[0]"),
    (_boolean_threshold, "thresholds[0].value"),
])
def test_validation_rejects_bad_documents(mutate, path_part):
    doc = load_builtin_document("qd318-2022")
    validate_document(doc)  # the unmodified document is fine
    mutate(doc)
    with pytest.raises(CatalogError) as e:
        validate_document(doc)
    assert path_part in e.value.message, e.value.message
    assert "Danh mục không hợp lệ" in e.value.message


def test_commune_group_value_must_fit_commune_group_set():
    overlay = {"format": "ntm-catalog/1", "kind": "overlay", "id": "thu-nghiem", "version": "1",
               "base": "qd51-2025", "title": "t", "legal_source": "t",
               "override": [{"code": "2.1", "thresholds": [
                   {"value": 1, "dimension_value": "DBSCL", "year": None}]}]}
    with pytest.raises(CatalogError) as e:
        load_catalog("qd51-2025", [overlay])
    assert e.value.code == "catalog_dimension_value"


# --- files -----------------------------------------------------------------------------------------
def test_truncated_json_file(tmp_path):
    src = (Path(__file__).resolve().parents[2] / "resources/catalogs/qd318-2022.json").read_bytes()
    p = tmp_path / "cut.json"
    p.write_bytes(src[: src.rfind(b"\n", 0, len(src) // 2)])  # cut between lines (valid UTF-8)
    with pytest.raises(CatalogError) as e:
        load_catalog_file(p)
    assert e.value.code == "catalog_json"
    assert "dòng" in e.value.message


@pytest.mark.parametrize("data", [
    json.dumps({"title": "Thủy lợi và phòng, chống thiên tai"}, ensure_ascii=False).encode("utf-16"),
    b'{"title": "\xd0i\xeau"}',  # "Điêu" in Windows-1258 (TCVN-era files)
])
def test_other_encoding_is_rejected(tmp_path, data):
    p = tmp_path / "enc.json"
    p.write_bytes(data)
    with pytest.raises(CatalogError) as e:
        load_catalog_file(p)
    assert e.value.code == "catalog_encoding"


def test_nan_literal_and_duplicate_keys_are_rejected(tmp_path):
    p = tmp_path / "nan.json"
    p.write_text('{"value": NaN}', encoding="utf-8")
    with pytest.raises(CatalogError) as e:
        load_catalog_file(p)
    assert e.value.code == "catalog_not_finite"
    p.write_text('{"id": "a", "id": "b"}', encoding="utf-8")
    with pytest.raises(CatalogError) as e:
        load_catalog_file(p)
    assert e.value.code == "catalog_duplicate_key"


def test_missing_file(tmp_path):
    with pytest.raises(CatalogError) as e:
        load_catalog_file(tmp_path / "absent.json")
    assert e.value.code == "catalog_io"


def test_nfd_input_is_normalised_to_nfc(tmp_path):
    doc = load_builtin_document("qd318-2022")
    nfd_text = json.dumps(doc, ensure_ascii=False)
    nfd_text = unicodedata.normalize("NFD", nfd_text)
    assert nfd_text != json.dumps(doc, ensure_ascii=False)  # the file really is NFD
    p = tmp_path / "nfd.json"
    p.write_text(nfd_text, encoding="utf-8")
    loaded = load_catalog_file(p)
    assert loaded == doc
    name = loaded["groups"][1]["criteria"][1]["name"]
    assert name == "Thủy lợi và phòng, chống thiên tai"
    assert unicodedata.is_normalized("NFC", name)
    assert catalog_from_document(loaded).sha256 == load_catalog("qd318-2022").sha256


def test_utf8_bom_is_accepted(tmp_path):
    p = tmp_path / "bom.json"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps({"a": "Điện"}, ensure_ascii=False).encode())
    assert load_catalog_file(p) == {"a": "Điện"}


# --- threshold selection ----------------------------------------------------------------------------
@pytest.mark.parametrize("region,year,expected", [
    ("TDMNPB", 2020, 36), ("DBSH", 2020, 50), ("BTB", 2020, 36), ("DHNTB", 2020, 41),
    ("TN", 2020, 41), ("DNB", 2020, 59), ("DBSCL", 2020, 50), (None, 2020, 45),
    ("DNB", 2021, 59),  # the latest dated value at or before the year keeps applying
    ("DNB", 2019, None), (None, 2016, None),  # 2016-2019 interim values are not in the data
])
def test_income_1980_by_region_and_year(region, year, expected):
    ind = load_catalog("qd1980-2016").indicator("10")
    t = select_threshold(ind, dimension_value=region, year=year)
    assert (t.value if t else None) == expected


def _indicator(*thresholds: Threshold) -> Indicator:
    return Indicator(code="1.1", text="t", kind="percent", comparator=">=", unit="%",
                     thresholds=thresholds, source="s", verified=True, derived=None, note=None,
                     help=None, criterion_code="1")


def test_selection_prefers_own_value_then_latest_year_then_undated():
    ind = _indicator(Threshold(10, None, None, "s"), Threshold(20, None, 2022, "s"),
                     Threshold(30, None, 2025, "s"), Threshold(40, "N3", None, "s"),
                     Threshold(50, "N1", 2024, "s"))
    pick = lambda dv, y: select_threshold(ind, dimension_value=dv, year=y).value  # noqa: E731
    assert pick(None, 2021) == 10  # undated national, no dated one yet
    assert pick(None, 2022) == 20
    assert pick(None, 2024) == 20
    assert pick(None, 2030) == 30
    assert pick("N3", 2030) == 40  # own (undated) beats national dated
    assert pick("N1", 2025) == 50
    assert pick("N1", 2023) == 20  # own not yet in force → national
    assert pick("N2", 2026) == 30  # no own value → national


def test_selection_none_when_nothing_applies():
    ind = _indicator(Threshold(5, "DBSH", 2025, "s"))
    assert select_threshold(ind, dimension_value="DBSH", year=2024) is None
    assert select_threshold(ind, dimension_value="BTB", year=2030) is None


def test_commune_group_selection_through_an_overlay():
    overlay = {"format": "ntm-catalog/1", "kind": "overlay", "id": "nhom", "version": "1",
               "base": "qd51-2025", "title": "t", "legal_source": "VÍ DỤ",
               "add": [{"criterion": "2", "indicator": {
                   "code": "2.2", "text": "Tỷ lệ ví dụ", "kind": "percent", "comparator": ">=",
                   "unit": "%", "verified": False, "thresholds": [
                       {"value": 90, "dimension_value": "N1", "year": None},
                       {"value": 70, "dimension_value": "N3", "year": None},
                       {"value": 80, "dimension_value": None, "year": None}]}}]}
    ind = load_catalog("qd51-2025", [overlay]).indicator("2.2")
    assert {g: select_threshold(ind, dimension_value=g, year=2027).value
            for g in COMMUNE_GROUPS} == {"N1": 90, "N2": 80, "N3": 70}
    assert ind.thresholds[0].source == "VÍ DỤ"


# --- overlays ----------------------------------------------------------------------------------------------
def test_overlay_example_validates_as_a_file():
    validate_document(overlay_example())


def test_overlay_override_beats_national_and_adds_indicators():
    base = load_catalog("qd318-2022")
    merged = load_catalog("qd318-2022", [overlay_example()])
    assert base.indicator("2.1").thresholds == ()
    ind = merged.indicator("2.1")
    assert ind.verified is True
    assert select_threshold(ind, dimension_value="DBSH", year=2023).value == 100
    assert select_threshold(ind, dimension_value="TDMNPB", year=2023).value == 90
    assert ind.derived == "road_hardened_share/duong_xa"  # untouched fields stay
    assert ind.text == base.indicator("2.1").text
    assert [i.code for i in merged.criterion("3").indicators] == ["3.1", "3.2", "3.3"]
    assert merged.indicator("3.3").derived == "canal_solidified_share"
    assert [i.code for i in merged.criterion("6").indicators] == ["6.1", "6.2", "6.3", "6.4"]
    assert [i.code for i in merged.criterion("13").indicators] == ["13.1", "13.2", "13.3"]
    assert [(o.id, o.version) for o in merged.overlays] == [("vd-tinh-mau-318", "1.0.0")]
    assert merged.sha256 != base.sha256
    assert merged.id == base.id


def test_overlay_income_by_year():
    ind = load_catalog("qd318-2022", [overlay_example()]).indicator("10")
    pick = lambda dv, y: select_threshold(ind, dimension_value=dv, year=y)  # noqa: E731
    assert pick("DBSCL", 2023).value == 40
    assert pick("DBSCL", 2025).value == 55
    assert pick("DNB", 2024).value == 50
    assert pick("DNB", 2025).value == 60
    assert pick("DNB", 2021) is None


def test_apply_overlay_does_not_modify_inputs_and_is_deterministic():
    base = load_builtin_document("qd318-2022")
    ov = overlay_example()
    base_copy, ov_copy = copy.deepcopy(base), copy.deepcopy(ov)
    merged1 = apply_overlay(base, ov)
    merged2 = apply_overlay(base, ov)
    assert base == base_copy and ov == ov_copy
    assert catalog_from_document(merged1).sha256 == catalog_from_document(merged2).sha256


@pytest.mark.parametrize("change,code", [
    (lambda o: o.update(base="qd1980-2016"), "overlay_base_mismatch"),
    (lambda o: o.update(base_version="0.9"), "overlay_base_mismatch"),
    (lambda o: o["override"].append({"code": "2.9", "verified": True}), "overlay_unknown_indicator"),
    (lambda o: o["add"][0]["indicator"].update(code="3.1"), "overlay_duplicate_indicator"),
    (lambda o: o["remove"].append("2-1"), "catalog_schema"),
    (lambda o: o["remove"].append("18.9"), "overlay_unknown_indicator"),
    (lambda o: o["override"].append(dict(o["override"][0])), "catalog_duplicate_code"),
    (lambda o: o["add"][0].update(criterion="2"), "catalog_code_prefix"),
])
def test_bad_overlays_are_rejected(change, code):
    ov = overlay_example()
    change(ov)
    with pytest.raises(CatalogError) as e:
        load_catalog("qd318-2022", [ov])
    assert e.value.code == code


def test_overlay_cannot_be_applied_twice_or_used_alone():
    ov = overlay_example()
    with pytest.raises(CatalogError) as e:
        load_catalog("qd318-2022", [ov, ov])
    assert e.value.code == "overlay_duplicate"
    with pytest.raises(CatalogError) as e:
        catalog_from_document(ov)
    assert e.value.code == "catalog_is_overlay"


def test_overlay_removing_every_indicator_of_a_criterion_is_rejected():
    ov = {"format": "ntm-catalog/1", "kind": "overlay", "id": "xoa-tc7", "version": "1",
          "base": "qd318-2022", "title": "t", "legal_source": "t", "remove": ["7"]}
    with pytest.raises(CatalogError) as e:
        load_catalog("qd318-2022", [ov])
    assert "indicators" in e.value.message


def test_overlay_can_drop_a_derived_measure():
    ov = {"format": "ntm-catalog/1", "kind": "overlay", "id": "bo-tu-tinh", "version": "1",
          "base": "qd318-2022", "title": "t", "legal_source": "t",
          "override": [{"code": "6.1", "derived": None}]}
    assert load_catalog("qd318-2022", [ov]).indicator("6.1").derived is None


# --- architecture ---------------------------------------------------------------------------------------
def test_core_catalog_modules_do_not_import_qt_or_outer_layers():
    code = ("import sys, ntm_desktop.core.catalog, ntm_desktop.core.evaluation\n"
            "from ntm_desktop.core.catalog import load_catalog; load_catalog('qd318-2022')\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'ntm_desktop.store', "
            "'ntm_desktop.sync', 'ntm_desktop.dossier', 'ntm_desktop.gui'))]\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True,
                   cwd=Path(__file__).resolve().parents[2])


def test_regions_known_to_model_cover_catalog_dimensions():
    assert set(load_catalog("qd318-2022").dimension_values) == set(REGIONS)
    assert set(load_catalog("qd51-2025").dimension_values) == set(COMMUNE_GROUPS)


# --- start-up cost: shipped sets are trusted at start, checked here and at build time ------------
def test_build_time_check_passes_on_shipped_sets():
    from ntm_desktop.devtools.check_catalogs import check_all

    assert check_all() == []


def test_build_time_check_reports_a_broken_shipped_set(tmp_path, monkeypatch):
    import json

    from ntm_desktop.devtools import check_catalogs

    doc = load_builtin_document("qd318-2022")
    doc["groups"][0]["criteria"][0]["indicators"][0]["kind"] = "không-có"
    (tmp_path / "qd318-2022.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    monkeypatch.setattr(catalog_module, "_catalog_dir", lambda: tmp_path)
    catalog_module._builtin_document_cached.cache_clear()
    try:
        problems = check_catalogs.check_all()
    finally:
        catalog_module._builtin_document_cached.cache_clear()
    assert len(problems) == 1 and problems[0].startswith("qd318-2022:")


def test_loading_a_shipped_set_does_not_import_jsonschema():
    import subprocess
    import sys

    code = ("import sys; from ntm_desktop.core.catalog import load_catalog; "
            "c = load_catalog('qd318-2022'); assert len(c.criteria) == 19; "
            "print('jsonschema' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
