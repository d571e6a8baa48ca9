"""Indicators measured from the registry: values and the figures they came from."""

from __future__ import annotations

import pytest
from sample_commune import EXPECTED, MEDIUM

from ntm_desktop.store import commune, derived, infrastructure
from ntm_desktop.store.evaluation_service import evaluate, status_report


@pytest.mark.parametrize("level", ["duong_xa", "truc_thon", "ngo_xom", "noi_dong"])
def test_road_hardened_share_per_level(sample_wb, level):
    fig = derived.compute_all(sample_wb)[f"road_hardened_share/{level}"]
    assert fig.value == pytest.approx(EXPECTED["road_hardened_share"][level])
    assert fig.numerator == pytest.approx(EXPECTED["road_hardened_km"][level])
    assert fig.denominator == pytest.approx(EXPECTED["road_km"][level])
    assert fig.unit == "%"
    road_ids = {i for i in fig.item_ids}
    roads = {r["id"]: r for r in infrastructure.list_items(sample_wb, kind="road")}
    assert road_ids == {i for i, r in roads.items() if r["attrs"]["level"] == level}


def test_road_share_detail_text(sample_wb):
    fig = derived.compute_all(sample_wb)["road_hardened_share/duong_xa"]
    assert fig.detail == "6,50 km / 10,00 km"


def test_all_roads_share_matches_road_totals(sample_wb):
    fig = derived.compute_all(sample_wb)["road_hardened_share/all"]
    totals = infrastructure.road_totals(sample_wb)
    assert fig.denominator == pytest.approx(EXPECTED["road_total_km"])
    assert fig.numerator == pytest.approx(EXPECTED["road_hardened_total_km"])
    assert totals["total_km"] == pytest.approx(EXPECTED["road_total_km"])
    assert totals["hardened_km"] == pytest.approx(EXPECTED["road_hardened_total_km"])
    for level, share in EXPECTED["road_hardened_share"].items():
        assert totals["by_level"][level]["hardened_share"] == pytest.approx(share)


def test_canal_village_school_market(sample_wb):
    figs = derived.compute_all(sample_wb)
    canal = figs["canal_solidified_share"]
    assert (canal.value, canal.numerator, canal.denominator) == pytest.approx(
        (EXPECTED["canal_share"], EXPECTED["canal_solidified_km"], EXPECTED["canal_km"]))
    ch = figs["villages_with_cultural_house_share"]
    assert (ch.value, ch.numerator, ch.denominator) == (
        EXPECTED["cultural_house_share"], EXPECTED["villages_with_cultural_house"],
        EXPECTED["villages"])
    assert ch.detail == "3/4 thôn"
    sch = figs["schools_facilities_standard_share"]
    assert (sch.value, sch.numerator, sch.denominator) == (50.0, 1, EXPECTED["schools"])
    assert figs["schools_national_standard_share"].value == 50.0
    m = figs["market_exists"]
    assert (m.value, m.numerator) == (1.0, EXPECTED["market_count"])
    assert m.item_ids == (sample_wb.sample_ids["infra"]["Chợ phiên Minh Tân"],)
    assert figs["commune_cultural_house"].value == 1.0
    assert figs["health_station_standard"].value == 1.0


def _add_asphalt_commune_road(wb):
    """10 km of asphalt road at commune level: 6,5 of 10 km hardened becomes 16,5 of 20."""
    return infrastructure.save_item(wb, {"kind": "road", "name": "Đường xã mới (nhựa)",
                                         "attrs": {"level": "duong_xa", "length_km": 10,
                                                   "surface": "nhua"}})


def test_adding_a_road_changes_the_derived_value(sample_wb):
    wb = sample_wb
    before = derived.compute_all(wb)["road_hardened_share/duong_xa"]
    item = _add_asphalt_commune_road(wb)
    after = derived.compute_all(wb)["road_hardened_share/duong_xa"]
    assert before.value == 65.0 and after.value == pytest.approx(82.5)
    assert after.detail == "16,50 km / 20,00 km"
    assert item["id"] in after.item_ids
    # other levels untouched
    assert derived.compute_all(wb)["road_hardened_share/ngo_xom"].value == 100.0
    infrastructure.remove_item(wb, item["id"])
    assert derived.compute_all(wb)["road_hardened_share/duong_xa"].value == 65.0


def test_changing_surface_to_dirt_drops_the_hardened_flag(sample_wb):
    """An asphalt road re-surveyed as dirt is no longer counted as hardened."""
    wb = sample_wb
    rid = wb.sample_ids["infra"]["Đường xã Minh Tân – Yên Phú"]
    infrastructure.save_item(wb, {"id": rid, "attrs": {"surface": "dat"}})
    assert wb.get("infra_item", rid)["attrs"].get("hardened") in (None, False)
    assert derived.compute_all(wb)["road_hardened_share/duong_xa"].value == 0.0
    # an explicit flag still wins
    infrastructure.save_item(wb, {"id": rid, "attrs": {"hardened": True}})
    assert derived.compute_all(wb)["road_hardened_share/duong_xa"].value == 65.0


def test_adding_a_cultural_house_for_the_last_village(sample_wb):
    wb = sample_wb
    vid = wb.sample_ids["villages"]["Bản Pắc Mường"]
    # a commune-level hall in that village does not count as a village house
    infrastructure.save_item(wb, {"kind": "cultural_house", "name": "Hội trường phụ",
                                  "village_id": vid, "attrs": {"level": "xa"}})
    assert derived.compute_all(wb)["villages_with_cultural_house_share"].value == 75.0
    infrastructure.save_item(wb, {"kind": "cultural_house", "name": "Nhà văn hóa Pắc Mường",
                                  "village_id": "bản pắc mường", "attrs": {"level": "thon"}})
    assert derived.compute_all(wb)["villages_with_cultural_house_share"].value == 100.0
    commune.save_village(wb, {"name": "Thôn Mới Tách"})
    assert derived.compute_all(wb)["villages_with_cultural_house_share"].value == 80.0


def test_empty_registry_gives_no_value(empty_wb):
    figs = derived.compute_all(empty_wb)
    assert figs["road_hardened_share/duong_xa"].value is None
    assert figs["canal_solidified_share"].value is None
    assert figs["villages_with_cultural_house_share"].value is None
    assert figs["schools_facilities_standard_share"].value is None
    assert figs["market_exists"].value == 0.0
    assert figs["health_station_standard"].value is None


def test_evaluation_uses_derived_figures(sample_wb):
    ev = evaluate(sample_wb, MEDIUM.year)
    rep = status_report(sample_wb, MEDIUM.year)
    inds = {i["code"]: i for c in rep["criteria"] for i in c["indicators"]}
    assert inds["2.1"]["value"] == pytest.approx(65.0)
    assert inds["6.3"]["value"] == pytest.approx(75.0)
    assert inds["7"]["value"] == pytest.approx(1.0)
    assert inds["17.1"]["value"] == pytest.approx(96.4)  # entered, not derived
    assert ev.year == MEDIUM.year
    infrastructure.save_item(sample_wb, {"kind": "road", "name": "Đường xã bê tông",
                                         "attrs": {"level": "duong_xa", "length_km": 30,
                                                   "surface": "be_tong"}})
    rep2 = status_report(sample_wb, MEDIUM.year)
    inds2 = {i["code"]: i for c in rep2["criteria"] for i in c["indicators"]}
    assert inds2["2.1"]["value"] == pytest.approx(91.25)


def _fresh_process(wb):
    """What the next start sees: nothing remembered in this process."""
    derived._cache.clear()


def test_the_figures_are_kept_in_the_workbook_and_read_back_at_the_next_start(
        sample_wb, monkeypatch):
    wb = sample_wb
    first = derived.compute_all(wb)
    assert set(first) == set(derived.MEASURES)
    assert wb.meta(derived.CACHE_KEY)  # kept, stamped with the journal head
    _fresh_process(wb)
    monkeypatch.setattr(derived, "_compute", lambda _wb: pytest.fail("measured again"))
    assert derived.compute_all(wb) == first  # the same figures, item ids included


def test_a_write_moves_the_head_and_the_figures_are_measured_again(sample_wb):
    wb = sample_wb
    before = derived.compute_all(wb)["road_hardened_share/duong_xa"]
    item = _add_asphalt_commune_road(wb)
    _fresh_process(wb)
    after = derived.compute_all(wb)["road_hardened_share/duong_xa"]
    assert before.value == 65.0 and after.value == pytest.approx(82.5)
    assert item["id"] in after.item_ids


@pytest.mark.parametrize("stored", [
    "not json", "[]", '{"stamp": [], "figures": {}}',
    # the right stamp but a figure of the wrong shape or type: measured again, never trusted
    "STAMP_WITH:" + '["x", 1, 2, "%", "", []]',
    "STAMP_WITH:" + '[1e999, 1, 2, "%", "", []]',
    "STAMP_WITH:" + '[1, 1, 2, "%", "", [3]]',
    "STAMP_WITH:" + '[1, 1, 2, "%", ""]',
])
def test_a_damaged_or_foreign_stored_figure_is_measured_again(sample_wb, stored):
    wb = sample_wb
    good = derived.compute_all(wb)
    if stored.startswith("STAMP_WITH:"):
        import json
        doc = json.loads(wb.meta(derived.CACHE_KEY))
        doc["figures"]["market_exists"] = json.loads(stored.split(":", 1)[1])
        stored = json.dumps(doc)
    wb.set_meta(derived.CACHE_KEY, stored)
    _fresh_process(wb)
    assert derived.compute_all(wb) == good
    assert wb.meta(derived.CACHE_KEY) != stored  # measured and kept anew


def test_a_read_only_workbook_is_measured_without_keeping_the_figures(sample_wb, tmp_path):
    import sqlite3

    from ntm_desktop.store.workbook import Workbook

    good = derived.compute_all(sample_wb)
    sample_wb.set_meta(derived.CACHE_KEY, None)
    path = sample_wb.path
    sample_wb.close()
    _fresh_process(None)
    with Workbook.open(path, daily_backup=False) as wb:
        wb.conn.execute("PRAGMA query_only = ON")  # as a file on a write-protected stick
        assert derived.compute_all(wb) == good
        assert wb.meta(derived.CACHE_KEY) is None
        try:
            wb.conn.execute("DELETE FROM meta WHERE key = 'x'")
        except sqlite3.Error:
            pass
        else:
            pytest.fail("the connection was not read-only")
