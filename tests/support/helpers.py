"""Shared test factories: a realistic small commune workbook built through the store API.

API (keep it small; other test packages import it):

``build_commune(path, *, author="Hoàng Văn Thái") -> Workbook``
    Create a workbook at ``path`` (must not exist) holding a mountainous northern commune
    (Xã Minh Tân, Tuyên Quang, vùng TDMNPB, bộ tiêu chí ``qd318-2022``) with four villages,
    roads of every level and surface, canals, cultural houses, two schools, a market, a health
    station, two projects with funding (one with outstanding debt), contributions of every kind,
    a satisfaction survey, some self-assessments for :data:`YEAR` and dossier fields. Returns the
    open workbook (close it, or use it in a ``with`` block). Ids of interesting rows are in
    ``wb.sample_ids`` (a dict: ``villages`` name → id, ``roads``, ``projects`` …).

``EXPECTED``
    The figures :func:`build_commune` produces (road km per level, hardened km, shares …), so
    tests compare computed values with numbers written down independently.

``dump_bytes(wb) -> bytes``
    Canonical JSON of the whole workbook's domain data (for "unchanged" comparisons).

``build_small_commune(path) -> Workbook``
    A new workbook with just a commune (Xã Tân Hòa) and one village (for the History/Sync pages).

``copy_workbook(src, folder) -> Path`` / ``open_test_workbook(path) -> Workbook``
    Copy a template workbook to ``folder/wb/commune.ntm.sqlite``; open a workbook as the tests
    do (author "Kiểm thử", no automatic backup on open).

All Vietnamese text is NFC. Dates are in the past (contributions refuse future dates).
"""

from __future__ import annotations

import os
import shutil
import unicodedata
from pathlib import Path
from typing import Any

from ntm_desktop.store import (
    assessment,
    commune,
    contributions,
    dossier_fields,
    infrastructure,
    interchange,
    projects,
    survey,
)
from ntm_desktop.store.workbook import Workbook

YEAR = 2024
COMMUNE_NAME = "Xã Minh Tân"
COMMUNE_CODE = "08125"
VILLAGES = (  # name, households, population
    ("Thôn Nà Héc", 112, 468),
    ("Bản Khuổi Sáp", 64, 301),
    ("Thôn Đồng Tâm", 150, 602),
    ("Bản Pắc Mường", 48, 219),
)
# roads: name, level, length_km, surface, hardened (None → derived from surface)
ROADS = (
    ("Đường xã Minh Tân – Yên Phú", "duong_xa", 6.5, "nhua", None),
    ("Đường xã đi Khuổi Sáp", "duong_xa", 3.5, "cap_phoi", False),
    ("Đường trục thôn Nà Héc", "truc_thon", 2.0, "be_tong", None),
    ("Đường liên thôn Đồng Tâm – Pắc Mường", "truc_thon", 3.0, "dat", False),
    ("Ngõ xóm Bản Pắc Mường", "ngo_xom", 1.2, "be_tong", None),
    ("Đường trục chính nội đồng Nà Héc", "noi_dong", 2.5, "cap_phoi", True),
    ("Đường nội đồng Khuổi Sáp", "noi_dong", 1.5, "dat", False),
)
CANALS = (("Mương Nà Héc", 3.2, True), ("Mương Khuổi Sáp", 1.8, False))

EXPECTED: dict[str, Any] = {
    "villages": len(VILLAGES),
    "road_km": {"duong_xa": 10.0, "truc_thon": 5.0, "ngo_xom": 1.2, "noi_dong": 4.0},
    "road_hardened_km": {"duong_xa": 6.5, "truc_thon": 2.0, "ngo_xom": 1.2, "noi_dong": 2.5},
    "road_hardened_share": {"duong_xa": 65.0, "truc_thon": 40.0, "ngo_xom": 100.0,
                            "noi_dong": 62.5},
    "road_total_km": 20.2,
    "road_hardened_total_km": 12.2,
    "canal_km": 5.0,
    "canal_solidified_km": 3.2,
    "canal_share": 64.0,
    "villages_with_cultural_house": 3,  # Bản Pắc Mường has none
    "cultural_house_share": 75.0,
    "schools": 2,
    "schools_facilities_standard": 1,
    "market_count": 1,
    "projects": 2,
    "outstanding_debt": 150_000_000,
    "contribution_kinds": ("tien_mat", "ngay_cong", "hien_dat", "vat_lieu", "khac"),
    "contributions": 6,
    "cash_vnd": 5_000_000 + 2_500_000,
    "survey_share": 92.5,
}


def dump_bytes(wb: Workbook) -> bytes:
    """Canonical JSON of every domain table (timestamps included)."""
    return interchange.dump_bytes(wb)


def copy_workbook(src: Path, folder: Path) -> Path:
    """Copy the (closed) workbook ``src`` to ``folder/wb/commune.ntm.sqlite``; return the copy."""
    dest = Path(folder) / "wb" / "commune.ntm.sqlite"
    dest.parent.mkdir()
    shutil.copyfile(src, dest)
    return dest


def open_test_workbook(path: Path) -> Workbook:
    """Open ``path`` with the tests' author and no automatic backup on open."""
    return Workbook.open(path, author="Kiểm thử", daily_backup=False)


def build_small_commune(path: Path, *, author: str = "Cán bộ A") -> Workbook:
    """A new workbook at ``path``: Xã Tân Hòa (bộ tiêu chí ``qd318-2022``) with one village,
    Thôn Đông (120 households); two journal entries. Returns it open."""
    wb = Workbook.open(path, create=True, author=author)
    commune.save_commune(wb, {"code": "10001", "name": "Xã Tân Hòa",
                              "criteria_set": "qd318-2022"})
    commune.save_village(wb, {"name": "Thôn Đông", "households": 120})
    return wb


def build_commune(path: str | os.PathLike[str], *, author: str = "Hoàng Văn Thái") -> Workbook:
    """Build the sample commune at ``path`` through the store API (see module docstring)."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    wb = Workbook.open(path, create=True, author=author)
    ids: dict[str, Any] = {"villages": {}, "roads": {}, "canals": {}, "projects": {}}
    commune.save_commune(wb, {
        "code": COMMUNE_CODE, "name": COMMUNE_NAME, "province_name": "Tuyên Quang",
        "region": "TDMNPB", "applied_region": "TDMNPB", "criteria_set": "qd318-2022",
        "officer_name": "Hoàng Văn Thái", "officer_title": "Công chức Địa chính – Xây dựng",
        "target_year": 2025, "special_difficult": True, "old_name": "Xã Minh Tân",
        "old_district_name": "Huyện Vị Xuyên",
    })
    for order, (name, hh, pop) in enumerate(VILLAGES, start=1):
        v = commune.save_village(wb, {"name": name, "households": hh, "population": pop,
                                      "ordering": order})
        ids["villages"][name] = v["id"]
    vid = ids["villages"]
    for name, level, km, surface, hardened in ROADS:
        attrs: dict[str, Any] = {"level": level, "length_km": km, "surface": surface,
                                 "width_m": 3.5}
        if hardened is not None:
            attrs["hardened"] = hardened
        r = infrastructure.save_item(wb, {"kind": "road", "name": name, "year": 2019,
                                          "condition": "trung_binh", "attrs": attrs})
        ids["roads"][name] = r["id"]
    for name, km, solid in CANALS:
        c = infrastructure.save_item(wb, {"kind": "canal", "name": name, "attrs": {
            "length_km": km, "solidified": solid}})
        ids["canals"][name] = c["id"]
    infrastructure.save_item(wb, {"kind": "cultural_house", "name": "Hội trường UBND xã Minh Tân",
                                  "attrs": {"level": "xa", "area_m2": 250, "seats": 200}})
    for vname in ("Thôn Nà Héc", "Bản Khuổi Sáp", "Thôn Đồng Tâm"):
        infrastructure.save_item(wb, {"kind": "cultural_house", "name": f"Nhà văn hóa {vname}",
                                      "village_id": vid[vname],
                                      "attrs": {"level": "thon", "area_m2": 90}})
    ids["school"] = infrastructure.save_item(wb, {
        "kind": "school", "name": "Trường Tiểu học Minh Tân", "lat": 22.81, "lon": 104.98,
        "attrs": {"school_level": "tieu_hoc", "national_standard": True,
                  "facilities_standard": True}})["id"]
    infrastructure.save_item(wb, {"kind": "school", "name": "Trường Mầm non Hoa Ban",
                                  "attrs": {"school_level": "mam_non",
                                            "facilities_standard": False}})
    ids["market"] = infrastructure.save_item(wb, {"kind": "market", "name": "Chợ phiên Minh Tân",
                                                  "attrs": {"area_m2": 1200}})["id"]
    infrastructure.save_item(wb, {"kind": "health_station", "name": "Trạm Y tế xã Minh Tân",
                                  "attrs": {"national_standard": True}})
    p1 = projects.save_project(
        wb, {"name": "Cứng hóa đường trục thôn Nà Héc", "field": "giao_thong",
             "total_investment": 1_800_000_000, "outstanding_debt": 150_000_000,
             "start_date": "2022-03-01", "finish_date": "2022-11-30",
             "settlement": "dang_quyet_toan", "state": "hoan_thanh"},
        funding={"ns_trung_uong": 1_000_000_000, "ns_dia_phuong": 500_000_000,
                 "cong_dong": 300_000_000},
        items=[ids["roads"]["Đường trục thôn Nà Héc"]])
    p2 = projects.save_project(
        wb, {"name": "Nhà văn hóa thôn Đồng Tâm", "total_investment": 650_000_000,
             "outstanding_debt": 0, "start_date": "2023-02-15", "settlement": "da_quyet_toan",
             "state": "hoan_thanh"},
        funding={"ns_dia_phuong": 450_000_000, "long_ghep": 200_000_000})
    ids["projects"] = {p1["name"]: p1["id"], p2["name"]: p2["id"]}
    contributions.add_many(wb, [
        {"date": "2022-04-10", "contributor": "Hộ ông Lù Văn Páo", "kind": "hien_dat",
         "quantity": 120, "village_id": "Thôn Nà Héc", "project_id": p1["id"],
         "note": "Hiến đất mở rộng đường"},
        {"date": "2022-05-02", "contributor": "Hộ bà Hoàng Thị Lả", "kind": "tien_mat",
         "quantity": 5_000_000, "village_id": vid["Thôn Nà Héc"], "project_id": p1["id"],
         "receipt_no": "PT-0012"},
        {"date": "2022-05-20", "contributor": "Thôn Nà Héc", "contributor_kind": "to_chuc",
         "kind": "ngay_cong", "quantity": 85, "rate": 200_000, "village_id": vid["Thôn Nà Héc"],
         "project_id": p1["id"]},
        {"date": "2023-03-08", "contributor": "Hộ ông Triệu Văn Sơn", "kind": "vat_lieu",
         "quantity": 12.5, "unit": "m³", "rate": 350_000, "village_id": vid["Thôn Đồng Tâm"],
         "project_id": p2["id"]},
        {"date": "2023-03-09", "contributor": "Công ty TNHH Đức Thịnh",
         "contributor_kind": "to_chuc", "kind": "tien_mat", "quantity": 2_500_000},
        {"date": "2023-04-01", "contributor": "Hộ bà Nông Thị Mỷ", "kind": "khac",
         "quantity": 2, "unit": "cây", "value_vnd": 400_000, "village_id": vid["Bản Pắc Mường"],
         "note": "Cây giống trồng ven đường"},
    ])
    survey.save_survey(wb, {"year": YEAR, "households_asked": 200, "households_satisfied": 185,
                            "date": f"{YEAR}-10-15", "organised_by": "Ủy ban MTTQ xã"})
    from ntm_desktop.store.evaluation_service import catalog_for
    cat = catalog_for(wb)
    assessment.set_assessment(wb, "17.1", YEAR, {"value": 96.4, "note": "Theo báo cáo tháng 9"},
                              catalog=cat)
    assessment.set_assessment(wb, "9.1", YEAR, {"value": 0}, catalog=cat)
    assessment.set_assessment(wb, "18.1", YEAR, {"value": 1, "declared_status": "dat",
                                                 "responsible": "Nguyễn Thị Hằng"}, catalog=cat)
    dossier_fields.set_fields(wb, {"to_trinh.number": "45/TTr-UBND",
                                   "signer.name": "Hoàng Văn Thái",
                                   "recipients": ["UBND tỉnh Tuyên Quang", "Lưu: VT"]})
    wb.sample_ids = ids  # type: ignore[attr-defined]
    return wb


def assert_nfc(obj: Any) -> None:
    """Every string in ``obj`` (nested lists/dicts) is NFC."""
    if isinstance(obj, str):
        assert unicodedata.is_normalized("NFC", obj), repr(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            assert_nfc(k)
            assert_nfc(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            assert_nfc(v)
