"""Demo and benchmark communes, generated through the store API (deterministic for a seed).

``python -m ntm_desktop.devtools.demo --out resources/demo/demo-commune.json`` regenerates the
committed demo: Xã Bắc Sơn (Lạng Sơn), a mountainous northern commune with 10 villages, a few
hundred infrastructure items and contributions. ``--large`` makes the benchmark commune
(50 villages, 5,000 items, 100,000 contributions).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import uuid
from pathlib import Path
from typing import Any

from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.store import commune as commune_store
from ntm_desktop.store import contributions, projects, survey
from ntm_desktop.store.workbook import Workbook

NS = uuid.UUID("5b0e1c1e-6f1b-4a59-9b8e-7a1d2f0c4e11")
VILLAGES = ["Thôn Pác Lùng", "Thôn Nà Riềng", "Thôn Hồng Phong", "Thôn Khuổi Bó", "Thôn Nà Lay",
            "Thôn Cò Luông", "Thôn Pò Nặm", "Thôn Tiến Hậu", "Thôn Đồng Tâm", "Thôn Quyết Tiến"]
SURNAMES = ["Hoàng", "Nông", "Lương", "Vi", "Lăng", "Triệu", "Dương", "Hà", "Lý", "Mông", "Chu",
            "Nguyễn", "Lộc", "Đinh", "Tô"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Hữu", "Ngọc", "Kim"]
GIVEN = ["An", "Bằng", "Chiến", "Dũng", "Hạnh", "Hoa", "Khánh", "Lâm", "Lợi", "Mai", "Nguyên",
         "Phúc", "Quân", "Sơn", "Thắm", "Thành", "Tuyết", "Vượng", "Xuân", "Yến"]


def _id(seed: int, table: str, i: int) -> str:
    return str(uuid.uuid5(NS, f"{seed}:{table}:{i}"))


def in_sentence(village: str) -> str:
    """A village name inside a phrase: "Thôn Nà Lay" → "thôn Nà Lay" (proper name kept)."""
    head, _, rest = village.partition(" ")
    return f"{head.lower()} {rest}" if rest else village


def _person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def generate(wb: Workbook, *, villages: int = 10, infra: int = 300, contribs: int = 400,
             year: int = 2025, seed: int = 1, report: ProgressFn | None = None,
             cancel: CancelToken | None = None) -> None:
    """Fill an empty workbook with a realistic commune."""
    rng = random.Random(seed)
    today = dt.date(year, 11, 20)
    commune_store.save_commune(wb, {
        "id": _id(seed, "commune", 0), "code": "06325", "name": "Xã Bắc Sơn",
        "province_code": "20", "province_name": "Tỉnh Lạng Sơn",
        # before 01/7/2025 (official list): Thị trấn Bắc Sơn 06325, Huyện Bắc Sơn 185
        "old_code": "06325", "old_name": "Thị trấn Bắc Sơn", "old_district_code": "185",
        "old_district_name": "Huyện Bắc Sơn", "region": "TDMNPB", "commune_group": "N3",
        "criteria_set": "qd318-2022", "officer_name": "Hoàng Văn Thành",
        "officer_title": "Công chức Nông nghiệp - Môi trường", "target_year": year,
    })
    names = list(VILLAGES)
    while len(names) < villages:
        names.append(f"Thôn {len(names) + 1:02d} {rng.choice(['Nà', 'Pác', 'Khuổi', 'Bản'])} "
                     f"{rng.choice(['Cà', 'Lần', 'Sáng', 'Mạ', 'Tồng'])}")
    vids = []
    for i, name in enumerate(names[:villages]):
        hh = rng.randint(60, 180)
        v = commune_store.save_village(wb, {"id": _id(seed, "village", i), "name": name,
                                            "households": hh, "population": hh * rng.randint(4, 5),
                                            "ordering": i + 1})
        vids.append(v["id"])
    step(report, cancel, 1, 4, "villages")

    items: list[dict[str, Any]] = []

    def item(kind: str, name: str, village: str | None, attrs: dict[str, Any], **extra: Any) -> None:
        items.append({"id": _id(seed, "infra", len(items)), "kind": kind, "name": name,
                      "village_id": village, "attrs": attrs,
                      "year": extra.get("year", rng.randint(2012, year)),
                      "condition": extra.get("condition", rng.choice(["tot", "tot", "trung_binh"]))})

    item("cultural_house", "Nhà văn hóa - Hội trường đa năng xã", None,
         {"level": "xa", "area_m2": 420, "seats": 250})
    item("sports_ground", "Sân thể thao trung tâm xã", None, {"level": "xa", "area_m2": 3200})
    item("health_station", "Trạm Y tế xã Bắc Sơn", None, {"national_standard": True})
    item("market", "Chợ Bắc Sơn", None, {"area_m2": 2100, "meets_standard": True})
    for lvl, name in (("mam_non", "Trường Mầm non Bắc Sơn"), ("tieu_hoc", "Trường Tiểu học Bắc Sơn"),
                      ("thcs", "Trường THCS Bắc Sơn")):
        item("school", name, None, {"school_level": lvl, "national_standard": lvl != "thcs",
                                    "facilities_standard": True})
    for n in range(3):
        item("road", f"Đường xã ĐX.{n + 1:02d}", None,
             {"level": "duong_xa", "length_km": round(rng.uniform(2.0, 6.5), 2),
              "width_m": 5.5, "surface": "nhua", "hardened": True})
    item("transformer", "Trạm biến áp Bắc Sơn 1", None, {"capacity_kva": 250})
    item("water_supply", "Công trình cấp nước sinh hoạt tập trung Bắc Sơn", None,
         {"capacity_m3_day": 300, "households_served": 420})
    for i, vid in enumerate(vids):
        vname = in_sentence(names[i])
        if i != 3:  # one village still without a cultural house: a visible gap in the demo
            item("cultural_house", f"Nhà văn hóa {vname}", vid,
                 {"level": "thon", "area_m2": rng.choice([120, 150, 180]), "seats": 100})
        if i % 2 == 0:
            item("sports_ground", f"Sân thể thao {vname}", vid, {"level": "thon", "area_m2": 600})
        item("waste_point", f"Điểm tập kết rác {vname}", vid, {"capacity_m3": 6})
        item("power_line", f"Đường dây hạ thế {vname}", vid,
             {"length_km": round(rng.uniform(1, 4), 2), "voltage": "ha_the"})
    per_village = max(0, infra - len(items))
    n = 0
    numbers: dict[tuple[str, str], int] = {}

    def number(label: str, village: str) -> int:
        """Branches and sections are numbered within their village: "nhánh 1, 2, 3 …"."""
        numbers[(label, village)] = numbers.get((label, village), 0) + 1
        return numbers[(label, village)]
    while n < per_village:
        vid = vids[n % len(vids)]
        vname = in_sentence(names[n % len(vids)])
        place = vname.split(" ", 1)[1]            # "Nà Lay" of "thôn Nà Lay"
        roll = rng.random()
        if roll < 0.55:
            lvl = rng.choice(["truc_thon", "ngo_xom", "ngo_xom", "noi_dong"])
            surface = rng.choices(["be_tong", "cap_phoi", "dat", "nhua"], [6, 2, 1, 1])[0]
            label = {"truc_thon": "Đường trục thôn", "ngo_xom": "Đường ngõ xóm",
                     "noi_dong": "Đường nội đồng"}[lvl]
            name = (f"{label} {place}" if lvl == "truc_thon" else f"{label} {vname}")
            item("road", f"{name}, nhánh {number(label, vname)}", vid,
                 {"level": lvl, "length_km": round(rng.uniform(0.2, 2.5), 2),
                  "width_m": rng.choice([2.5, 3.0, 3.5]), "surface": surface,
                  "hardened": surface in ("be_tong", "nhua")})
        elif roll < 0.85:
            canal = f"Mương {rng.choice(['Nà Cạn', 'Khuổi Luông', 'Pác Cáp', 'Nà Mò'])}"
            item("canal", f"{canal} ({vname}), đoạn {number(canal, vname)}", vid,
                 {"length_km": round(rng.uniform(0.3, 1.8), 2), "solidified": rng.random() < 0.82})
        else:
            item("irrigation", f"Đập dâng {vname} số {number('dap', vname)}", vid,
                 {"irrigated_area_ha": round(rng.uniform(3, 25), 1)})
        n += 1
    from ntm_desktop.core.model import validate_infra
    with wb.atomic():
        for it in items:
            wb.put("infra_item", validate_infra(it))
    step(report, cancel, 2, 4, "infrastructure")

    road_ids = [it["id"] for it in items if it["kind"] == "road"][:12]
    plan = [
        ("Bê tông hóa đường trục thôn Pác Lùng - Nà Riềng", "giao_thong", 2100, 0,
         {"ns_trung_uong": 0.55, "ns_dia_phuong": 0.2, "cong_dong": 0.25}, road_ids[:3]),
        ("Kiên cố hóa kênh mương Nà Cạn", "thuy_loi", 1450, 0,
         {"ns_trung_uong": 0.6, "long_ghep": 0.3, "cong_dong": 0.1}, []),
        ("Nhà văn hóa thôn Khuổi Bó", "van_hoa", 850, 0,
         {"ns_dia_phuong": 0.7, "cong_dong": 0.3}, []),
        ("Nâng cấp Trường THCS Bắc Sơn", "giao_duc", 3200, 0,
         {"ns_trung_uong": 0.5, "long_ghep": 0.5}, []),
        ("Đường giao thông nội đồng Nà Lay", "giao_thong", 980, 0,
         {"ns_dia_phuong": 0.5, "cong_dong": 0.3, "doanh_nghiep": 0.2}, road_ids[3:5]),
        ("Cải tạo chợ Bắc Sơn", "thuong_mai", 1600, 0,
         {"tin_dung": 0.4, "doanh_nghiep": 0.3, "ns_dia_phuong": 0.3}, []),
        ("Công trình nước sinh hoạt tập trung", "moi_truong", 2500, 0,
         {"ns_trung_uong": 0.7, "ns_dia_phuong": 0.2, "khac": 0.1}, []),
        ("Điện chiếu sáng đường thôn", "dien", 420, 0,
         {"ns_dia_phuong": 0.4, "cong_dong": 0.6}, []),
    ]
    pids = []
    for i, (name, field, total_m, debt, mix, linked) in enumerate(plan):
        total = total_m * 1_000_000
        funding = {src: int(round(total * share)) for src, share in mix.items()}
        start = dt.date(year - 2 + i % 2, 1 + i, 10)
        p = projects.save_project(wb, {
            "id": _id(seed, "project", i), "name": name, "field": field,
            "total_investment": total, "outstanding_debt": debt,
            "start_date": start.isoformat(),
            "finish_date": (start + dt.timedelta(days=240)).isoformat(),
            "settlement": "da_quyet_toan" if i < 6 else "dang_quyet_toan",
            "state": "hoan_thanh"}, funding=funding, items=linked)
        pids.append(p["id"])
    step(report, cancel, 3, 4, "projects")

    kinds = [("tien_mat", 0.45), ("ngay_cong", 0.35), ("hien_dat", 0.1), ("vat_lieu", 0.1)]
    rows = []
    first = dt.date(year - 2, 1, 1)
    span = (today - first).days
    for i in range(contribs):
        kind = rng.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
        vi = rng.randrange(len(vids))
        r: dict[str, Any] = {"id": _id(seed, "contribution", i),
                             "date": (first + dt.timedelta(days=rng.randrange(span))).isoformat(),
                             "contributor": f"Hộ {'ông' if rng.random() < 0.6 else 'bà'} "
                                            f"{_person(rng)}",
                             "contributor_kind": "ho", "kind": kind, "village_id": vids[vi],
                             "project_id": pids[rng.randrange(len(pids))] if rng.random() < 0.8
                             else None,
                             "receipt_no": f"BN-{year}-{i + 1:06d}"}
        if rng.random() < 0.03:
            r["contributor"] = rng.choice(["Đoàn Thanh niên xã", "Hội Phụ nữ xã",
                                           "Hợp tác xã Nông nghiệp Bắc Sơn",
                                           "Công ty TNHH Xây dựng Hữu Lũng"])
            r["contributor_kind"] = "to_chuc"
        if kind == "tien_mat":
            r["quantity"] = rng.choice([200_000, 500_000, 1_000_000, 2_000_000, 5_000_000])
        elif kind == "ngay_cong":
            r.update(quantity=rng.randint(1, 12), rate=150_000)
        elif kind == "hien_dat":
            r.update(quantity=rng.randint(15, 450), rate=50_000)
        else:
            r.update(quantity=round(rng.uniform(0.5, 8), 1), unit="m³", rate=320_000,
                     note=rng.choice(["Cát xây", "Đá dăm", "Sỏi"]))
        rows.append(r)
    chunk = 5000
    for start in range(0, len(rows), chunk):
        contributions.add_many(wb, rows[start:start + chunk])
        step(report, cancel, 3, 4, f"contributions {start + chunk}")

    hh = sum(v["households"] for v in commune_store.list_villages(wb))
    survey.save_survey(wb, {"id": _id(seed, "survey", 0), "year": year,
                            "households_asked": int(hh * 0.9),
                            "households_satisfied": int(hh * 0.9 * 0.953),
                            "date": dt.date(year, 10, 15).isoformat(),
                            "organised_by": "Ủy ban MTTQ Việt Nam xã Bắc Sơn"})
    _assess(wb, year, rng, seed)
    step(report, cancel, 4, 4, "assessments")


#: plausible self-assessed values of a mountainous commune of Lạng Sơn (percent unless noted):
#: (low, high) drawn per indicator; "≤" indicators (poverty, stunting) are low shares
PLAUSIBLE = {"11": (2.1, 5.8), "15.3": (17.5, 23.9), "12.2": (26.0, 34.0),
             "15.4": (72.0, 86.0), "17.10": (55.0, 72.0), "17.11": (60.0, 78.0),
             "14.3": (45.0, 60.0), "10": (38.0, 44.0)}


def _assess(wb: Workbook, year: int, rng: random.Random, seed: int) -> None:
    """Plausible self-assessment values for every indicator that is not derived, within the
    catalog's plausible range (never "87% multidimensional poverty")."""
    from ntm_desktop.core.model import validate_assessment
    from ntm_desktop.store.evaluation_service import catalog_for
    catalog = catalog_for(wb)
    officers = ["Hoàng Văn Thành", "Nông Thị Hạnh", "Lương Đức Lâm", "Vi Thị Mai"]
    with wb.atomic():
        for i, ind in enumerate(catalog.indicators()):
            row: dict[str, Any] = {"id": _id(seed, "assessment", i), "indicator_code": ind.code,
                                   "year": year, "unit": ind.unit or None,
                                   "responsible": officers[i % len(officers)]}
            lagging = ind.code.split(".")[0] in ("10", "13")
            if ind.derived:  # measured from the registry: the officer only declares a status
                if not ind.thresholds:
                    row["declared_status"] = ("chua_dat" if ind.derived ==
                                              "villages_with_cultural_house_share" else "dat")
                    wb.put("assessment", validate_assessment(row))
                continue
            lo, hi = PLAUSIBLE.get(ind.code, (62, 80) if lagging else (86, 99.5))
            if ind.kind in ("percent", "amount"):
                row["value"] = round(rng.uniform(lo, hi), 1)
            elif ind.kind == "boolean":
                row["value"] = 0.0 if lagging else 1.0
            elif ind.kind == "must_be_none":
                row["value"] = 0.0
            elif ind.kind == "count":
                row["value"] = float(rng.randint(1, 5))
            if not ind.plausible(row.get("value")):
                raise ValueError(f"demo value of {ind.code} outside its plausible range")
            if not ind.thresholds:
                row["declared_status"] = "chua_dat" if lagging else "dat"
            if lagging:
                row["target_date"] = dt.date(year + 1, 6, 30).isoformat()
                row["note"] = "Đang triển khai, dự kiến hoàn thành trong năm sau."
            wb.put("assessment", validate_assessment(row))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, help="interchange JSON to write")
    ap.add_argument("--large", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    from ntm_desktop.store import interchange
    with tempfile.TemporaryDirectory() as tmp:
        wb = Workbook.open(Path(tmp) / "demo.ntm.sqlite", create=True, author="Hoàng Văn Thành")
        if args.large:
            generate(wb, villages=50, infra=5000, contribs=100_000, seed=args.seed)
        else:
            generate(wb, seed=args.seed)
        interchange.dump_file(wb, Path(args.out))
        wb.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
