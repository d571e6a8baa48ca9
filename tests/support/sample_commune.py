"""A realistic mountainous northern commune built through the store API (tests, benchmark).

Xã Bản Phiệt (Lào Cai, vùng TDMNPB): 8 thôn, roads by level and surface, canals, cultural
houses, schools, a health station, a market, projects with funding by source, contributions,
a satisfaction survey, self-assessments with evidence photos, and every dossier field.
"""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

from ntm_desktop.store import attachments, contributions, projects, survey
from ntm_desktop.store.assessment import set_assessment
from ntm_desktop.store.commune import save_commune, save_village
from ntm_desktop.store.dossier_fields import set_fields
from ntm_desktop.store.evaluation_service import catalog_for
from ntm_desktop.store.infrastructure import save_item
from ntm_desktop.store.workbook import Workbook

YEAR = 2025
VILLAGES = [("Thôn Phìn Hồ", 118, 512), ("Thôn Nậm Chủ", 96, 431), ("Bản Lả Dì Thàng", 74, 352),
            ("Thôn Cốc Phương", 132, 580), ("Thôn Sín Chải", 61, 298),
            ("Bản Pờ Ngài Chồ", 88, 402), ("Thôn Tả Lèng", 105, 466), ("Thôn Khúng Khảng", 70, 321)]

FIELDS: dict[str, Any] = {
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
    "text.to_chuc": "Ban Chỉ đạo xây dựng nông thôn mới xã được kiện toàn theo Quyết định số "
                    "15/QĐ-UBND ngày 10/01/2025; 8/8 thôn, bản thành lập Ban Phát triển thôn.",
    "text.tuyen_truyen": "Tổ chức 46 buổi tuyên truyền tại nhà văn hóa thôn với 2.350 lượt người "
                         "tham dự; phát 1.200 tờ rơi bằng tiếng Việt và tiếng Mông.",
    "text.ton_tai": "Thu nhập bình quân còn thấp; một số tuyến đường ngõ, xóm chưa được cứng hóa.",
    "text.ke_hoach": "Tiếp tục duy trì và nâng cao chất lượng 19 tiêu chí; phát triển sản phẩm "
                     "OCOP chè Shan tuyết.",
    "text.y_kien.to_chuc": "Ủy ban MTTQ xã, Hội Phụ nữ, Hội Nông dân, Đoàn Thanh niên, Hội Cựu "
                           "chiến binh thống nhất với kết quả tự đánh giá.",
    "text.y_kien.nhan_dan": "Nhân dân 8/8 thôn, bản đồng tình; đề nghị tiếp tục sửa chữa đường "
                            "liên thôn Phìn Hồ - Nậm Chủ.",
    "text.bien_ban.thao_luan": "Các đại biểu thống nhất đề nghị xét, công nhận xã đạt chuẩn.",
    "text.tieu_chi.2": "Đường trục thôn Tả Lèng được bê tông hóa năm 2024.",
}


def _photo(seed: int) -> bytes:
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (1600, 1200), (90 + seed * 20 % 120, 140, 90))
    d = ImageDraw.Draw(img)
    for i in range(0, 1600, 100):
        d.line([(i, 0), (1600 - i, 1200)], fill=(200, 200, 180), width=6)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=85)
    return buf.getvalue()


#: fields of an eligible commune: the recognition conditions 3 and 4 of QĐ 18/2022/QĐ-TTg (as
#: amended by QĐ 03/2024/QĐ-TTg) recorded as yes/no with their evidence
CONDITION_FIELDS: dict[str, Any] = {
    "dieu_kien.hai_long": "có",
    "dieu_kien.hai_long.can_cu": "Kết quả lấy ý kiến ngày 15/02/2025 của Ủy ban MTTQ xã: "
                                 "702/744 hộ hài lòng",
    "dieu_kien.an_ninh_trat_tu": "có",
    "dieu_kien.an_ninh_trat_tu.can_cu": "Quyết định số 12/QĐ-CAT ngày 10/01/2025 của Công an "
                                        "tỉnh Lào Cai",
}
#: test-only provincial thresholds (an overlay marked VÍ DỤ): NOT real levels
TEST_OVERLAY_SOURCE = ("VÍ DỤ: Quyết định số 9999/QĐ-UBND ngày 01/9/2022 của Ủy ban nhân dân "
                       "tỉnh Mẫu (dữ liệu kiểm thử)")
TEST_LEVELS = {"2.1": 100, "2.2": 70, "2.3": 50, "2.4": 50, "10": 45, "11": 8, "15.3": 26.7,
               "12.2": 25, "14.3": 40, "15.4": 70}
#: plausible values of an eligible commune (percent indicators not listed: 95)
ELIGIBLE_VALUES = {"10": 52.3, "11": 3.2, "15.3": 18.4, "12.2": 28.5, "14.3": 62.0,
                   "15.4": 86.0, "17.11": 88.0}


def test_overlay(cat: Any) -> dict[str, Any]:
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


def build(path: Path, *, infra_n: int = 0, contrib_n: int = 0, photos: int = 4,
          fields: bool = True, seed: int = 7, eligible: bool = False) -> Workbook:
    """Create the sample workbook at ``path``; ``infra_n``/``contrib_n`` add bulk rows.
    Default: a commune short of criterion 10 (thu nhập) on the national catalog (no confirmed
    thresholds); ``eligible``: every criterion met on a test overlay, conditions confirmed."""
    rnd = random.Random(seed)
    wb = Workbook.open(path, create=True, author="Lù Thị Dung", daily_backup=False)
    save_commune(wb, {"code": "02680", "name": "Bản Phiệt", "province_name": "tỉnh Lào Cai",
                      "old_district_name": "huyện Bảo Thắng", "criteria_set": "qd318-2022",
                      "region": "TDMNPB", "officer_name": "Lù Thị Dung",
                      "target_year": YEAR})
    vids = [save_village(wb, {"name": n, "households": h, "population": p})["id"]
            for n, h, p in VILLAGES]
    roads = [("Đường xã Bản Phiệt - Phìn Hồ", "duong_xa", 6.4, "nhua"),
             ("Đường xã Nậm Chủ - Cốc Phương", "duong_xa", 4.1, "be_tong"),
             ("Đường trục thôn Tả Lèng", "truc_thon", 2.35, "be_tong"),
             ("Đường trục thôn Sín Chải", "truc_thon", 1.8,
              "be_tong" if eligible else "cap_phoi"),
             ("Đường ngõ xóm Lả Dì Thàng", "ngo_xom", 1.2, "be_tong"),
             ("Đường ngõ xóm Khúng Khảng", "ngo_xom", 0.9, "dat"),
             ("Đường nội đồng Cốc Phương", "noi_dong", 1.5,
              "be_tong" if eligible else "cap_phoi")]
    items = []
    for i, (name, level, length, surface) in enumerate(roads):
        items.append(save_item(wb, {"kind": "road", "name": name, "village_id": vids[i % 8],
                                    "attrs": {"level": level, "length_km": length,
                                              "surface": surface}})["id"])
    for i, vid in enumerate(vids):
        save_item(wb, {"kind": "cultural_house", "name": f"Nhà văn hóa {VILLAGES[i][0]}",
                       "village_id": vid, "attrs": {"level": "thon", "area_m2": 120 + i}})
        save_item(wb, {"kind": "canal", "name": f"Mương {VILLAGES[i][0]}", "village_id": vid,
                       "attrs": {"length_km": 1.2 + i / 10, "solidified": i % 3 != 0}})
    save_item(wb, {"kind": "cultural_house", "name": "Hội trường UBND xã Bản Phiệt",
                   "attrs": {"level": "xa", "seats": 200}})
    for name, lvl in (("Trường Mầm non Bản Phiệt", "mam_non"),
                      ("Trường Tiểu học Bản Phiệt", "tieu_hoc"),
                      ("Trường THCS Bản Phiệt", "thcs")):
        save_item(wb, {"kind": "school", "name": name,
                       "attrs": {"school_level": lvl, "national_standard": True,
                                 "facilities_standard": True}})
    save_item(wb, {"kind": "health_station", "name": "Trạm Y tế xã Bản Phiệt",
                   "attrs": {"national_standard": True}})
    save_item(wb, {"kind": "market", "name": "Chợ Bản Phiệt", "attrs": {"meets_standard": True}})
    kinds = ["road", "canal", "power_line", "waste_point", "water_supply"]
    for i in range(infra_n):
        k = kinds[i % len(kinds)]
        attrs: dict[str, Any] = {}
        if k == "road":
            attrs = {"level": "ngo_xom", "length_km": round(0.1 + rnd.random(), 2),
                     "surface": rnd.choice(["be_tong", "cap_phoi", "dat"])}
        elif k in ("canal", "power_line"):
            attrs = {"length_km": round(0.2 + rnd.random(), 2)}
        save_item(wb, {"kind": k, "name": f"Công trình số {i + 1} – Thôn {i % 8 + 1}",
                       "village_id": vids[i % 8], "attrs": attrs})

    p1 = projects.save_project(wb, {"name": "Bê tông hóa đường trục thôn Tả Lèng",
                                    "field": "giao_thong", "total_investment": 3_450_000_000,
                                    "start_date": "2024-03-01", "finish_date": "2024-11-30",
                                    "settlement": "da_quyet_toan", "state": "hoan_thanh"},
                               funding={"ns_trung_uong": 2_100_000_000,
                                        "ns_dia_phuong": 850_000_000,
                                        "cong_dong": 500_000_000}, items=[items[2]])
    p2 = projects.save_project(wb, {"name": "Nhà văn hóa thôn Phìn Hồ",
                                    "total_investment": 1_200_000_000,
                                    "settlement": "da_quyet_toan", "state": "hoan_thanh"},
                               funding={"ns_dia_phuong": 700_000_000, "long_ghep": 380_000_000,
                                        "cong_dong": 120_000_000})
    projects.save_project(wb, {"name": "Kiên cố hóa kênh mương Nậm Chủ",
                               "total_investment": 2_050_000_000,
                               "settlement": "dang_quyet_toan", "state": "hoan_thanh"},
                          funding={"ns_trung_uong": 1_500_000_000, "tin_dung": 300_000_000,
                                   "doanh_nghiep": 150_000_000, "cong_dong": 100_000_000})
    rows = [
        {"date": "2024-04-02", "contributor": "Giàng A Páo", "kind": "tien_mat",
         "quantity": 5_000_000, "village_id": vids[6], "project_id": p1["id"]},
        {"date": "2024-04-05", "contributor": "Hộ ông Lý Seo Chứ", "kind": "hien_dat",
         "quantity": 350, "rate": 50_000, "village_id": vids[6], "project_id": p1["id"]},
        {"date": "2024-04-10", "contributor": "Thôn Tả Lèng", "contributor_kind": "to_chuc",
         "kind": "ngay_cong", "quantity": 420, "rate": 200_000, "village_id": vids[6],
         "project_id": p1["id"]},
        {"date": "2024-06-01", "contributor": "Sùng Thị Mỷ", "kind": "tien_mat",
         "quantity": 2_000_000, "village_id": vids[0], "project_id": p2["id"]},
        {"date": "2024-06-03", "contributor": "Thôn Phìn Hồ", "contributor_kind": "to_chuc",
         "kind": "ngay_cong", "quantity": 180, "rate": 200_000, "village_id": vids[0],
         "project_id": p2["id"]},
        {"date": "2024-07-15", "contributor": "Vàng A Dình", "kind": "vat_lieu", "quantity": 12,
         "rate": 300_000, "village_id": vids[1]},
    ]
    for i in range(contrib_n):
        rows.append({"date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                     "contributor": f"Hộ số {i + 1}", "kind": ["tien_mat", "ngay_cong",
                                                              "hien_dat"][i % 3],
                     "quantity": [200_000, 2, 15][i % 3], "rate": [None, 200_000, 50_000][i % 3],
                     "village_id": vids[i % 8]})
    contributions.add_many(wb, rows)
    survey.save_survey(wb, {"year": YEAR, "households_asked": 744, "households_satisfied": 702,
                            "date": "2025-02-15",
                            "organised_by": "Ủy ban Mặt trận Tổ quốc Việt Nam xã"})
    cat = catalog_for(wb)
    if eligible:
        from ntm_desktop.store.evaluation_service import install_overlay
        install_overlay(wb, test_overlay(cat))
        cat = catalog_for(wb)
    for ind in cat.indicators():
        if ind.derived:
            continue
        vals: dict[str, Any] = {} if eligible else {"declared_status": "dat"}
        if ind.kind == "boolean":
            vals["value"] = 1
        elif ind.kind == "must_be_none":
            vals["value"] = 0
        elif ind.kind == "percent":
            vals["value"] = ELIGIBLE_VALUES.get(ind.code, 95.0) if eligible else 92.5
        elif ind.kind == "amount":
            vals["value"] = ELIGIBLE_VALUES.get(ind.code, 48.6) if eligible else 48.6
        if ind.code == "10" and not eligible:
            vals["declared_status"] = "chua_dat"
            vals["note"] = "Thu nhập bình quân 2024 chưa đạt mức của tỉnh"
        set_assessment(wb, ind.code, YEAR, vals, catalog=cat)
    a21 = set_assessment(wb, "2.1", YEAR, {"declared_status": "dat"}, catalog=cat)
    a61 = set_assessment(wb, "6.1", YEAR, {"note": "Hội trường 200 chỗ"}, catalog=cat)
    targets = [("assessment", a21["id"], "Đường xã Bản Phiệt - Phìn Hồ sau khi thảm nhựa"),
               ("assessment", a61["id"], "Hội trường Ủy ban nhân dân xã"),
               ("infra_item", items[2], "Đường trục thôn Tả Lèng – bê tông hóa năm 2024"),
               ("project", p2["id"], "Lễ khánh thành nhà văn hóa thôn Phìn Hồ")]
    for i in range(photos):
        entity, eid, cap = targets[i % len(targets)]
        attachments.add_bytes(wb, _photo(i), {"original_name": f"anh_{i + 1}.jpg",
                                               "mime": "image/jpeg", "width": 1600,
                                               "height": 1200,
                                               "taken_at": f"2024-1{i % 3}-0{i % 9 + 1}T09:00:00"},
                              entity=entity, entity_id=eid, caption=cap)
    if fields:
        set_fields(wb, FIELDS)
    if eligible:
        set_fields(wb, CONDITION_FIELDS)
    return wb
