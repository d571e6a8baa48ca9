"""THE sample commune of the tests: one builder, :func:`build`, with size/shape parameters.

``build(path, *, size="full", infra_n=0, contrib_n=0, photos=None, fields=True, eligible=False,
author=None, seed=7) -> Workbook``
    Create a new workbook at ``path`` (must not exist) through the store API and return it open
    (close it, or use it in a ``with`` block). ``size`` picks the commune:

    ``"small"`` — :data:`SMALL`: Xã Tân Hòa (10001, bộ tiêu chí ``qd318-2022``), one village
        (Thôn Đông, 120 hộ) and nothing else: exactly two journal entries. Author "Cán bộ A".
    ``"medium"`` — :data:`MEDIUM`: Xã Minh Tân (08125, Tuyên Quang, vùng TDMNPB), four villages,
        roads of every level and surface, canals, cultural houses, two schools, a market, a
        health station, two projects (one with outstanding debt), six contributions of every
        kind, a satisfaction survey, three self-assessments for 2024 and a few dossier fields.
        :data:`EXPECTED` holds its figures, written down independently. Author "Hoàng Văn Thái".
    ``"full"`` — :data:`FULL`: Xã Bản Phiệt (02680, Lào Cai, vùng TDMNPB), eight villages,
        roads, canals, cultural houses, three schools, a health station, a market, three
        projects, six contributions, a survey, a self-assessment of every indicator for 2025
        (short of criterion 10 on the national catalog), four evidence photos and every dossier
        field. Author "Lù Thị Dung".

    The other parameters size or shape any of them:

    ``infra_n`` / ``contrib_n`` — that many bulk infrastructure items / contributions more,
        spread over the villages (infrastructure drawn with ``random.Random(seed)``).
    ``photos`` — evidence photos attached round-robin to the preset's photo targets
        (default: the preset's own count; 4 for ``"full"``, 0 otherwise).
    ``fields`` — ``False`` leaves the preset's dossier fields out.
    ``eligible`` — every criterion met on a made-up test overlay (:func:`example_overlay`,
        marked VÍ DỤ), a few roads hardened, the recognition conditions confirmed (``"full"``
        only: the preset names what changes).
    ``author`` — the journal's author instead of the preset's.

    Ids of the rows a test may want are in ``wb.sample_ids``: ``villages``, ``infra``,
    ``projects`` (name → id) and ``assessments`` (indicator code → id).

A preset (:class:`Preset`) is data only; ``SIZES`` maps each ``size`` to it, and its ``year`` is
the year of its survey and self-assessments. All text is NFC; dates are in the past
(contributions refuse future dates).
"""

from __future__ import annotations

import copy
import io
import os
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_desktop.store import attachments, contributions, projects, survey
from ntm_desktop.store.assessment import set_assessment
from ntm_desktop.store.commune import save_commune, save_village
from ntm_desktop.store.dossier_fields import set_fields
from ntm_desktop.store.evaluation_service import catalog_for, install_overlay
from ntm_desktop.store.infrastructure import save_item
from ntm_desktop.store.workbook import Workbook


@dataclass(frozen=True)
class Preset:
    """One commune's data, written by :func:`build` in this order. References between rows are
    by name: ``"village"`` (a village's name → ``village_id``), ``"project"`` (a project's name →
    ``project_id``), a project's ``items`` (infrastructure names), a photo target
    (``("assessment", code | "infra_item", name | "project", name, caption)``)."""
    author: str
    commune: dict[str, Any]
    villages: tuple[dict[str, Any], ...]
    year: int | None = None
    infra: tuple[dict[str, Any], ...] = ()
    projects: tuple[tuple[dict[str, Any], dict[str, int], tuple[str, ...]], ...] = ()
    contributions: tuple[dict[str, Any], ...] = ()
    survey: dict[str, Any] | None = None
    #: self-assess every (non-derived) indicator; the codes given are declared not met, with the
    #: note given (unless ``eligible``)
    assess_every: dict[str, str] | None = None
    assessments: tuple[tuple[str, dict[str, Any]], ...] = ()  # after assess_every
    photo_targets: tuple[tuple[str, str, str], ...] = ()
    photos: int = 0
    fields: dict[str, Any] = field(default_factory=dict)
    #: what ``eligible`` changes: attrs of infrastructure items (by name), fields added
    eligible_attrs: dict[str, dict[str, Any]] | None = None
    eligible_fields: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- small: Xã Tân Hòa

SMALL = Preset(
    author="Cán bộ A",
    commune={"code": "10001", "name": "Xã Tân Hòa", "criteria_set": "qd318-2022"},
    villages=({"name": "Thôn Đông", "households": 120},),
)

# ------------------------------------------------------------------------- medium: Xã Minh Tân

_MT_VILLAGES = (  # name, households, population
    ("Thôn Nà Héc", 112, 468),
    ("Bản Khuổi Sáp", 64, 301),
    ("Thôn Đồng Tâm", 150, 602),
    ("Bản Pắc Mường", 48, 219),
)
_MT_ROADS = (  # name, level, length_km, surface, hardened (None → derived from surface)
    ("Đường xã Minh Tân – Yên Phú", "duong_xa", 6.5, "nhua", None),
    ("Đường xã đi Khuổi Sáp", "duong_xa", 3.5, "cap_phoi", False),
    ("Đường trục thôn Nà Héc", "truc_thon", 2.0, "be_tong", None),
    ("Đường liên thôn Đồng Tâm – Pắc Mường", "truc_thon", 3.0, "dat", False),
    ("Ngõ xóm Bản Pắc Mường", "ngo_xom", 1.2, "be_tong", None),
    ("Đường trục chính nội đồng Nà Héc", "noi_dong", 2.5, "cap_phoi", True),
    ("Đường nội đồng Khuổi Sáp", "noi_dong", 1.5, "dat", False),
)
_MT_CANALS = (("Mương Nà Héc", 3.2, True), ("Mương Khuổi Sáp", 1.8, False))

MEDIUM = Preset(
    author="Hoàng Văn Thái",
    year=2024,
    commune={
        "code": "08125", "name": "Xã Minh Tân", "province_name": "Tuyên Quang",
        "region": "TDMNPB", "applied_region": "TDMNPB", "criteria_set": "qd318-2022",
        "officer_name": "Hoàng Văn Thái", "officer_title": "Công chức Địa chính – Xây dựng",
        "target_year": 2025, "special_difficult": True, "old_name": "Xã Minh Tân",
        "old_district_name": "Huyện Vị Xuyên",
    },
    villages=tuple({"name": n, "households": h, "population": p, "ordering": i}
                   for i, (n, h, p) in enumerate(_MT_VILLAGES, start=1)),
    infra=(
        *({"kind": "road", "name": n, "year": 2019, "condition": "trung_binh",
           "attrs": {"level": lvl, "length_km": km, "surface": s, "width_m": 3.5,
                     **({} if hard is None else {"hardened": hard})}}
          for n, lvl, km, s, hard in _MT_ROADS),
        *({"kind": "canal", "name": n, "attrs": {"length_km": km, "solidified": solid}}
          for n, km, solid in _MT_CANALS),
        {"kind": "cultural_house", "name": "Hội trường UBND xã Minh Tân",
         "attrs": {"level": "xa", "area_m2": 250, "seats": 200}},
        *({"kind": "cultural_house", "name": f"Nhà văn hóa {v}", "village": v,
           "attrs": {"level": "thon", "area_m2": 90}}
          for v in ("Thôn Nà Héc", "Bản Khuổi Sáp", "Thôn Đồng Tâm")),
        {"kind": "school", "name": "Trường Tiểu học Minh Tân", "lat": 22.81, "lon": 104.98,
         "attrs": {"school_level": "tieu_hoc", "national_standard": True,
                   "facilities_standard": True}},
        {"kind": "school", "name": "Trường Mầm non Hoa Ban",
         "attrs": {"school_level": "mam_non", "facilities_standard": False}},
        {"kind": "market", "name": "Chợ phiên Minh Tân", "attrs": {"area_m2": 1200}},
        {"kind": "health_station", "name": "Trạm Y tế xã Minh Tân",
         "attrs": {"national_standard": True}},
    ),
    projects=(
        ({"name": "Cứng hóa đường trục thôn Nà Héc", "field": "giao_thong",
          "total_investment": 1_800_000_000, "outstanding_debt": 150_000_000,
          "start_date": "2022-03-01", "finish_date": "2022-11-30",
          "settlement": "dang_quyet_toan", "state": "hoan_thanh"},
         {"ns_trung_uong": 1_000_000_000, "ns_dia_phuong": 500_000_000,
          "cong_dong": 300_000_000},
         ("Đường trục thôn Nà Héc",)),
        ({"name": "Nhà văn hóa thôn Đồng Tâm", "total_investment": 650_000_000,
          "outstanding_debt": 0, "start_date": "2023-02-15", "settlement": "da_quyet_toan",
          "state": "hoan_thanh"},
         {"ns_dia_phuong": 450_000_000, "long_ghep": 200_000_000}, ()),
    ),
    contributions=(
        # the first row names its village by name ("village_id"), as an import file may
        {"date": "2022-04-10", "contributor": "Hộ ông Lù Văn Páo", "kind": "hien_dat",
         "quantity": 120, "village_id": "Thôn Nà Héc",
         "project": "Cứng hóa đường trục thôn Nà Héc", "note": "Hiến đất mở rộng đường"},
        {"date": "2022-05-02", "contributor": "Hộ bà Hoàng Thị Lả", "kind": "tien_mat",
         "quantity": 5_000_000, "village": "Thôn Nà Héc",
         "project": "Cứng hóa đường trục thôn Nà Héc", "receipt_no": "PT-0012"},
        {"date": "2022-05-20", "contributor": "Thôn Nà Héc", "contributor_kind": "to_chuc",
         "kind": "ngay_cong", "quantity": 85, "rate": 200_000, "village": "Thôn Nà Héc",
         "project": "Cứng hóa đường trục thôn Nà Héc"},
        {"date": "2023-03-08", "contributor": "Hộ ông Triệu Văn Sơn", "kind": "vat_lieu",
         "quantity": 12.5, "unit": "m³", "rate": 350_000, "village": "Thôn Đồng Tâm",
         "project": "Nhà văn hóa thôn Đồng Tâm"},
        {"date": "2023-03-09", "contributor": "Công ty TNHH Đức Thịnh",
         "contributor_kind": "to_chuc", "kind": "tien_mat", "quantity": 2_500_000},
        {"date": "2023-04-01", "contributor": "Hộ bà Nông Thị Mỷ", "kind": "khac",
         "quantity": 2, "unit": "cây", "value_vnd": 400_000, "village": "Bản Pắc Mường",
         "note": "Cây giống trồng ven đường"},
    ),
    survey={"year": 2024, "households_asked": 200, "households_satisfied": 185,
            "date": "2024-10-15", "organised_by": "Ủy ban MTTQ xã"},
    assessments=(
        ("17.1", {"value": 96.4, "note": "Theo báo cáo tháng 9"}),
        ("9.1", {"value": 0}),
        ("18.1", {"value": 1, "declared_status": "dat", "responsible": "Nguyễn Thị Hằng"}),
    ),
    fields={"to_trinh.number": "45/TTr-UBND", "signer.name": "Hoàng Văn Thái",
            "recipients": ["UBND tỉnh Tuyên Quang", "Lưu: VT"]},
)

#: the figures of ``size="medium"`` (road km per level, hardened km, shares …), so tests compare
#: computed values with numbers written down independently
EXPECTED: dict[str, Any] = {
    "villages": 4,
    "roads": 7,
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

# ---------------------------------------------------------------------------- full: Bản Phiệt

_BP_VILLAGES = (("Thôn Phìn Hồ", 118, 512), ("Thôn Nậm Chủ", 96, 431),
                ("Bản Lả Dì Thàng", 74, 352), ("Thôn Cốc Phương", 132, 580),
                ("Thôn Sín Chải", 61, 298), ("Bản Pờ Ngài Chồ", 88, 402),
                ("Thôn Tả Lèng", 105, 466), ("Thôn Khúng Khảng", 70, 321))
_BP_ROADS = (("Đường xã Bản Phiệt - Phìn Hồ", "duong_xa", 6.4, "nhua"),
             ("Đường xã Nậm Chủ - Cốc Phương", "duong_xa", 4.1, "be_tong"),
             ("Đường trục thôn Tả Lèng", "truc_thon", 2.35, "be_tong"),
             ("Đường trục thôn Sín Chải", "truc_thon", 1.8, "cap_phoi"),
             ("Đường ngõ xóm Lả Dì Thàng", "ngo_xom", 1.2, "be_tong"),
             ("Đường ngõ xóm Khúng Khảng", "ngo_xom", 0.9, "dat"),
             ("Đường nội đồng Cốc Phương", "noi_dong", 1.5, "cap_phoi"))

FULL = Preset(
    author="Lù Thị Dung",
    year=2025,
    commune={"code": "02680", "name": "Bản Phiệt", "province_name": "tỉnh Lào Cai",
             "old_district_name": "huyện Bảo Thắng", "criteria_set": "qd318-2022",
             "region": "TDMNPB", "officer_name": "Lù Thị Dung", "target_year": 2025},
    villages=tuple({"name": n, "households": h, "population": p} for n, h, p in _BP_VILLAGES),
    infra=(
        *({"kind": "road", "name": n, "village": _BP_VILLAGES[i % 8][0],
           "attrs": {"level": lvl, "length_km": km, "surface": s}}
          for i, (n, lvl, km, s) in enumerate(_BP_ROADS)),
        *(row for i, (v, _h, _p) in enumerate(_BP_VILLAGES) for row in (
            {"kind": "cultural_house", "name": f"Nhà văn hóa {v}", "village": v,
             "attrs": {"level": "thon", "area_m2": 120 + i}},
            {"kind": "canal", "name": f"Mương {v}", "village": v,
             "attrs": {"length_km": 1.2 + i / 10, "solidified": i % 3 != 0}})),
        {"kind": "cultural_house", "name": "Hội trường UBND xã Bản Phiệt",
         "attrs": {"level": "xa", "seats": 200}},
        *({"kind": "school", "name": n, "attrs": {"school_level": lvl, "national_standard": True,
                                                  "facilities_standard": True}}
          for n, lvl in (("Trường Mầm non Bản Phiệt", "mam_non"),
                         ("Trường Tiểu học Bản Phiệt", "tieu_hoc"),
                         ("Trường THCS Bản Phiệt", "thcs"))),
        {"kind": "health_station", "name": "Trạm Y tế xã Bản Phiệt",
         "attrs": {"national_standard": True}},
        {"kind": "market", "name": "Chợ Bản Phiệt", "attrs": {"meets_standard": True}},
    ),
    projects=(
        ({"name": "Bê tông hóa đường trục thôn Tả Lèng", "field": "giao_thong",
          "total_investment": 3_450_000_000, "start_date": "2024-03-01",
          "finish_date": "2024-11-30", "settlement": "da_quyet_toan", "state": "hoan_thanh"},
         {"ns_trung_uong": 2_100_000_000, "ns_dia_phuong": 850_000_000,
          "cong_dong": 500_000_000},
         ("Đường trục thôn Tả Lèng",)),
        ({"name": "Nhà văn hóa thôn Phìn Hồ", "total_investment": 1_200_000_000,
          "settlement": "da_quyet_toan", "state": "hoan_thanh"},
         {"ns_dia_phuong": 700_000_000, "long_ghep": 380_000_000, "cong_dong": 120_000_000},
         ()),
        ({"name": "Kiên cố hóa kênh mương Nậm Chủ", "total_investment": 2_050_000_000,
          "settlement": "dang_quyet_toan", "state": "hoan_thanh"},
         {"ns_trung_uong": 1_500_000_000, "tin_dung": 300_000_000,
          "doanh_nghiep": 150_000_000, "cong_dong": 100_000_000},
         ()),
    ),
    contributions=(
        {"date": "2024-04-02", "contributor": "Giàng A Páo", "kind": "tien_mat",
         "quantity": 5_000_000, "village": "Thôn Tả Lèng",
         "project": "Bê tông hóa đường trục thôn Tả Lèng"},
        {"date": "2024-04-05", "contributor": "Hộ ông Lý Seo Chứ", "kind": "hien_dat",
         "quantity": 350, "rate": 50_000, "village": "Thôn Tả Lèng",
         "project": "Bê tông hóa đường trục thôn Tả Lèng"},
        {"date": "2024-04-10", "contributor": "Thôn Tả Lèng", "contributor_kind": "to_chuc",
         "kind": "ngay_cong", "quantity": 420, "rate": 200_000, "village": "Thôn Tả Lèng",
         "project": "Bê tông hóa đường trục thôn Tả Lèng"},
        {"date": "2024-06-01", "contributor": "Sùng Thị Mỷ", "kind": "tien_mat",
         "quantity": 2_000_000, "village": "Thôn Phìn Hồ", "project": "Nhà văn hóa thôn Phìn Hồ"},
        {"date": "2024-06-03", "contributor": "Thôn Phìn Hồ", "contributor_kind": "to_chuc",
         "kind": "ngay_cong", "quantity": 180, "rate": 200_000, "village": "Thôn Phìn Hồ",
         "project": "Nhà văn hóa thôn Phìn Hồ"},
        {"date": "2024-07-15", "contributor": "Vàng A Dình", "kind": "vat_lieu", "quantity": 12,
         "rate": 300_000, "village": "Thôn Nậm Chủ"},
    ),
    survey={"year": 2025, "households_asked": 744, "households_satisfied": 702,
            "date": "2025-02-15", "organised_by": "Ủy ban Mặt trận Tổ quốc Việt Nam xã"},
    assess_every={"10": "Thu nhập bình quân 2024 chưa đạt mức của tỉnh"},
    assessments=(("2.1", {"declared_status": "dat"}),
                 ("6.1", {"note": "Hội trường 200 chỗ"})),
    photo_targets=(
        ("assessment", "2.1", "Đường xã Bản Phiệt - Phìn Hồ sau khi thảm nhựa"),
        ("assessment", "6.1", "Hội trường Ủy ban nhân dân xã"),
        ("infra_item", "Đường trục thôn Tả Lèng", "Đường trục thôn Tả Lèng – bê tông hóa năm 2024"),
        ("project", "Nhà văn hóa thôn Phìn Hồ", "Lễ khánh thành nhà văn hóa thôn Phìn Hồ"),
    ),
    photos=4,
    fields={
        "dossier.checklist": "qd18-2022",
        "signer.name": "Hoàng Văn Sìn",
        "recipients": ["Như trên", "Văn phòng Điều phối NTM tỉnh", "Đảng ủy, HĐND xã",
                       "Lưu: VT"],
        "to_trinh.recipient": "Ủy ban nhân dân tỉnh Lào Cai",
        "to_trinh.number": "45", "to_trinh.date": "2025-03-05",
        "bao_cao_ket_qua.number": "112", "bao_cao_ket_qua.date": "2025-02-20",
        "bao_cao_y_kien.number": "118", "bao_cao_y_kien.date": "2025-02-27",
        "bao_cao_no_dong.number": "120", "bao_cao_no_dong.date": "2025-02-28",
        "bien_ban.date": "2025-03-03", "bien_ban.time": "08 giờ 00",
        "bien_ban.place": "Hội trường Ủy ban nhân dân xã",
        "bien_ban.chair": "Hoàng Văn Sìn, Chủ tịch UBND xã",
        "bien_ban.secretary": "Lù Thị Dung, công chức Văn phòng - Thống kê",
        "bien_ban.attendees": ["Thường trực Đảng ủy, HĐND, UBND xã",
                               "Ban Chỉ đạo, Ban Quản lý xây dựng NTM xã",
                               "Trưởng ban Phát triển 8 thôn, bản"],
        "bien_ban.members": 25, "bien_ban.present": 24, "bien_ban.votes_for": 23,
        "bien_ban.votes_against": 1,
        "text.to_chuc": "Ban Chỉ đạo xây dựng nông thôn mới xã được kiện toàn theo Quyết định "
                        "số 15/QĐ-UBND ngày 10/01/2025; 8/8 thôn, bản thành lập Ban Phát triển "
                        "thôn.",
        "text.tuyen_truyen": "Tổ chức 46 buổi tuyên truyền tại nhà văn hóa thôn với 2.350 lượt "
                             "người tham dự; phát 1.200 tờ rơi bằng tiếng Việt và tiếng Mông.",
        "text.ton_tai": "Thu nhập bình quân còn thấp; một số tuyến đường ngõ, xóm chưa được "
                        "cứng hóa.",
        "text.ke_hoach": "Tiếp tục duy trì và nâng cao chất lượng 19 tiêu chí; phát triển sản "
                         "phẩm OCOP chè Shan tuyết.",
        "text.y_kien.to_chuc": "Ủy ban MTTQ xã, Hội Phụ nữ, Hội Nông dân, Đoàn Thanh niên, Hội "
                               "Cựu chiến binh thống nhất với kết quả tự đánh giá.",
        "text.y_kien.nhan_dan": "Nhân dân 8/8 thôn, bản đồng tình; đề nghị tiếp tục sửa chữa "
                                "đường liên thôn Phìn Hồ - Nậm Chủ.",
        "text.bien_ban.thao_luan": "Các đại biểu thống nhất đề nghị xét, công nhận xã đạt chuẩn.",
        "text.tieu_chi.2": "Đường trục thôn Tả Lèng được bê tông hóa năm 2024.",
    },
    eligible_attrs={"Đường trục thôn Sín Chải": {"surface": "be_tong"},
                    "Đường nội đồng Cốc Phương": {"surface": "be_tong"}},
    # the recognition conditions 3 and 4 of QĐ 18/2022/QĐ-TTg (as amended by QĐ 03/2024/QĐ-TTg)
    # recorded as yes/no with their evidence
    eligible_fields={
        "dieu_kien.hai_long": "có",
        "dieu_kien.hai_long.can_cu": "Kết quả lấy ý kiến ngày 15/02/2025 của Ủy ban MTTQ xã: "
                                     "702/744 hộ hài lòng",
        "dieu_kien.an_ninh_trat_tu": "có",
        "dieu_kien.an_ninh_trat_tu.can_cu": "Quyết định số 12/QĐ-CAT ngày 10/01/2025 của Công "
                                            "an tỉnh Lào Cai",
    },
)

SIZES: dict[str, Preset] = {"small": SMALL, "medium": MEDIUM, "full": FULL}

#: test-only provincial thresholds (an overlay marked VÍ DỤ): NOT real levels
TEST_OVERLAY_SOURCE = ("VÍ DỤ: Quyết định số 9999/QĐ-UBND ngày 01/9/2022 của Ủy ban nhân dân "
                       "tỉnh Mẫu (dữ liệu kiểm thử)")
TEST_LEVELS = {"2.1": 100, "2.2": 70, "2.3": 50, "2.4": 50, "10": 45, "11": 8, "15.3": 26.7,
               "12.2": 25, "14.3": 40, "15.4": 70}
#: self-assessed values: an eligible commune's (percent indicators not listed: 95), and the
#: national-catalog commune's percent and amount values
ELIGIBLE_VALUES = {"10": 52.3, "11": 3.2, "15.3": 18.4, "12.2": 28.5, "14.3": 62.0,
                   "15.4": 86.0, "17.11": 88.0}
PERCENT, AMOUNT = 92.5, 48.6


def example_overlay(cat: Any) -> dict[str, Any]:
    """A provincial overlay that gives every numeric indicator a (made-up, test) threshold."""
    override = []
    for ind in cat.indicators():
        if ind.kind not in ("percent", "amount", "count"):
            continue
        value = TEST_LEVELS.get(ind.code, 80)
        override.append({"code": ind.code, "verified": True, "thresholds": [
            {"value": value, "dimension_value": None, "year": None}]})
    return {"format": "ntm-catalog/1", "kind": "overlay", "id": "vd-tinh-mau-kiem-thu",
            "version": "1.0.0", "base": cat.id, "title": "VÍ DỤ — bộ tiêu chí tỉnh Mẫu (kiểm thử)",
            "legal_source": TEST_OVERLAY_SOURCE, "effective_from": "2022-09-01",
            "override": override}


def _photo(seed: int) -> bytes:
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (1600, 1200), (90 + seed * 20 % 120, 140, 90))
    d = ImageDraw.Draw(img)
    for i in range(0, 1600, 100):
        d.line([(i, 0), (1600 - i, 1200)], fill=(200, 200, 180), width=6)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=85)
    return buf.getvalue()


def _bulk_infra(rnd: random.Random, i: int, village: str, n_villages: int) -> dict[str, Any]:
    kind = ("road", "canal", "power_line", "waste_point", "water_supply")[i % 5]
    attrs: dict[str, Any] = {}
    if kind == "road":
        attrs = {"level": "ngo_xom", "length_km": round(0.1 + rnd.random(), 2),
                 "surface": rnd.choice(["be_tong", "cap_phoi", "dat"])}
    elif kind in ("canal", "power_line"):
        attrs = {"length_km": round(0.2 + rnd.random(), 2)}
    return {"kind": kind, "name": f"Công trình số {i + 1} – Thôn {i % n_villages + 1}",
            "village": village, "attrs": attrs}


def _bulk_contribution(i: int, village: str) -> dict[str, Any]:
    return {"date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "contributor": f"Hộ số {i + 1}",
            "kind": ("tien_mat", "ngay_cong", "hien_dat")[i % 3],
            "quantity": (200_000, 2, 15)[i % 3], "rate": (None, 200_000, 50_000)[i % 3],
            "village": village}


def build(path: str | os.PathLike[str], *, size: str = "full", infra_n: int = 0,
          contrib_n: int = 0, photos: int | None = None, fields: bool = True,
          eligible: bool = False, author: str | None = None, seed: int = 7) -> Workbook:
    """Create the sample commune ``size`` at ``path`` and return it open (see the module
    docstring for the sizes and parameters)."""
    p = SIZES[size]
    if eligible and p.eligible_attrs is None:
        raise ValueError(f"size={size!r} has no eligible variant")
    photos = p.photos if photos is None else photos
    if photos and not p.photo_targets:
        raise ValueError(f"size={size!r} has nothing to attach photos to")
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    rnd = random.Random(seed)
    wb = Workbook.open(path, create=True, author=author or p.author, daily_backup=False)
    ids: dict[str, dict[str, str]] = {"villages": {}, "infra": {}, "projects": {},
                                      "assessments": {}}
    vid = ids["villages"]

    def resolve(row: dict[str, Any]) -> dict[str, Any]:
        row = copy.deepcopy(row)
        if "village" in row:
            row["village_id"] = vid[row.pop("village")]
        if "project" in row:
            row["project_id"] = ids["projects"][row.pop("project")]
        return row

    save_commune(wb, dict(p.commune))
    for v in p.villages:
        vid[v["name"]] = save_village(wb, dict(v))["id"]
    names = list(vid)
    for item in p.infra:
        row = resolve(item)
        if eligible:
            row["attrs"].update(p.eligible_attrs.get(row["name"], {}))  # type: ignore[union-attr]
        ids["infra"][row["name"]] = save_item(wb, row)["id"]
    for i in range(infra_n):
        save_item(wb, resolve(_bulk_infra(rnd, i, names[i % len(names)], len(names))))
    for attrs, funding, items in p.projects:
        ids["projects"][attrs["name"]] = projects.save_project(
            wb, dict(attrs), funding=dict(funding), items=[ids["infra"][n] for n in items])["id"]
    rows = [resolve(r) for r in p.contributions]
    rows += [resolve(_bulk_contribution(i, names[i % len(names)])) for i in range(contrib_n)]
    if rows:
        contributions.add_many(wb, rows)
    if p.survey:
        survey.save_survey(wb, dict(p.survey))
    if p.assess_every is not None or p.assessments:
        cat = catalog_for(wb)
        if eligible:
            install_overlay(wb, example_overlay(cat))
            cat = catalog_for(wb)
        if p.assess_every is not None:
            for ind in cat.indicators():
                if not ind.derived:
                    set_assessment(wb, ind.code, p.year, _self_assessed(
                        ind, eligible, None if eligible else p.assess_every.get(ind.code)),
                        catalog=cat)
        for code, values in p.assessments:
            ids["assessments"][code] = set_assessment(wb, code, p.year, dict(values),
                                                      catalog=cat)["id"]
    for i in range(photos):
        entity, ref, caption = p.photo_targets[i % len(p.photo_targets)]
        eid = ids["infra" if entity == "infra_item" else entity + "s"][ref]
        attachments.add_bytes(wb, _photo(i), {"original_name": f"anh_{i + 1}.jpg",
                                               "mime": "image/jpeg", "width": 1600,
                                               "height": 1200,
                                               "taken_at": f"2024-1{i % 3}-0{i % 9 + 1}T09:00:00"},
                              entity=entity, entity_id=eid, caption=caption)
    if fields and p.fields:
        set_fields(wb, p.fields)
    if eligible:
        set_fields(wb, p.eligible_fields)
    wb.sample_ids = ids  # type: ignore[attr-defined]
    return wb


def _self_assessed(ind: Any, eligible: bool, short_note: str | None) -> dict[str, Any]:
    """The self-assessment of one indicator when a preset assesses every indicator: met (with
    :data:`ELIGIBLE_VALUES` when ``eligible``), or declared not met with ``short_note``."""
    vals: dict[str, Any] = {} if eligible else {"declared_status": "dat"}
    if ind.kind == "boolean":
        vals["value"] = 1
    elif ind.kind == "must_be_none":
        vals["value"] = 0
    elif ind.kind == "percent":
        vals["value"] = ELIGIBLE_VALUES.get(ind.code, 95.0) if eligible else PERCENT
    elif ind.kind == "amount":
        vals["value"] = ELIGIBLE_VALUES.get(ind.code, AMOUNT) if eligible else AMOUNT
    if short_note:
        vals.update(declared_status="chua_dat", note=short_note)
    return vals
