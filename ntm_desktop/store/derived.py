"""Indicators measured from the registry (catalog ``derived`` keys).

Each function returns a :class:`DerivedFigure` with the value and the figures it came from, so
the app can show "82,5% (33,0 km / 40,0 km)" and link to the items.
"""

from __future__ import annotations

from ntm_desktop.core.evaluation import DerivedFigure
from ntm_desktop.core.model import ROAD_LEVELS
from ntm_desktop.core.vnformat import number
from ntm_desktop.store.workbook import Workbook


def _share(num: float, den: float) -> float | None:
    return round(num * 100.0 / den, 2) if den else None


def _length_share(wb: Workbook, kind: str, flag: str, where: str = "", params: tuple = ()
                  ) -> DerivedFigure:
    q = (f"SELECT id, coalesce(json_extract(attrs,'$.length_km'),0) AS km, "
         f"coalesce(json_extract(attrs,'$.{flag}'),0) AS ok FROM infra_item "
         f"WHERE kind = ? {where}")
    rows = list(wb.db.query(q, [kind, *params]))
    total = sum(r["km"] for r in rows)
    done = sum(r["km"] for r in rows if r["ok"])
    return DerivedFigure(_share(done, total), round(done, 3), round(total, 3), "%",
                         f"{number(done, 2)} km / {number(total, 2)} km",
                         tuple(r["id"] for r in rows))


def _village_share(wb: Workbook, kind: str) -> DerivedFigure:
    villages = [r["id"] for r in wb.db.query("SELECT id FROM village")]
    rows = list(wb.db.query("SELECT id, village_id FROM infra_item WHERE kind = ? AND "
                            "json_extract(attrs,'$.level') = 'thon' AND village_id IS NOT NULL",
                            [kind]))
    have = {r["village_id"] for r in rows} & set(villages)
    return DerivedFigure(_share(len(have), len(villages)), len(have), len(villages), "%",
                         f"{len(have)}/{len(villages)} thôn", tuple(r["id"] for r in rows))


def _school_share(wb: Workbook, flag: str) -> DerivedFigure:
    rows = list(wb.db.query(f"SELECT id, coalesce(json_extract(attrs,'$.{flag}'),0) AS ok "
                            "FROM infra_item WHERE kind = 'school'"))
    done = sum(1 for r in rows if r["ok"])
    return DerivedFigure(_share(done, len(rows)), done, len(rows), "%",
                         f"{done}/{len(rows)} trường", tuple(r["id"] for r in rows))


def _exists(wb: Workbook, kind: str, where: str = "", label: str = "") -> DerivedFigure:
    rows = list(wb.db.query(f"SELECT id FROM infra_item WHERE kind = ? {where}", [kind]))
    return DerivedFigure(1.0 if rows else 0.0, len(rows), 1, "", f"{len(rows)} {label}".strip(),
                         tuple(r["id"] for r in rows))


def compute_all(wb: Workbook) -> dict[str, DerivedFigure]:
    """Every derived measure key → figure."""
    out: dict[str, DerivedFigure] = {}
    for level in ROAD_LEVELS:
        out[f"road_hardened_share/{level}"] = _length_share(
            wb, "road", "hardened", "AND json_extract(attrs,'$.level') = ?", (level,))
    out["road_hardened_share/all"] = _length_share(wb, "road", "hardened")
    out["canal_solidified_share"] = _length_share(wb, "canal", "solidified")
    out["villages_with_cultural_house_share"] = _village_share(wb, "cultural_house")
    out["villages_with_sports_ground_share"] = _village_share(wb, "sports_ground")
    out["schools_national_standard_share"] = _school_share(wb, "national_standard")
    out["schools_facilities_standard_share"] = _school_share(wb, "facilities_standard")
    out["commune_cultural_house"] = _exists(wb, "cultural_house",
                                            "AND json_extract(attrs,'$.level') = 'xa'",
                                            "nhà văn hóa xã")
    out["market_exists"] = _exists(wb, "market", label="chợ")
    hs = list(wb.db.query("SELECT id, coalesce(json_extract(attrs,'$.national_standard'),0) AS ok"
                          " FROM infra_item WHERE kind = 'health_station'"))
    ok = any(r["ok"] for r in hs)
    out["health_station_standard"] = DerivedFigure(
        (1.0 if ok else 0.0) if hs else None, 1 if ok else 0, len(hs), "",
        "trạm y tế đạt chuẩn" if ok else ("trạm y tế chưa đạt chuẩn" if hs else "chưa có trạm y tế"),
        tuple(r["id"] for r in hs))
    return out
