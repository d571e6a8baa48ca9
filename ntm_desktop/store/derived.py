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


_KINDS = ("road", "canal", "cultural_house", "sports_ground", "school", "market",
          "health_station")
_FIELDS = ("level", "length_km", "hardened", "solidified", "national_standard",
           "facilities_standard")
# A registry item as the measures read it: (id, village_id, then _FIELDS in order). Tuples, not
# dicts: a large commune has thousands of items and the overview measures them at every start.
_ID, _VILLAGE, _LEVEL, _LENGTH = 0, 1, 2, 3
_FLAG = {f: 2 + i for i, f in enumerate(_FIELDS)}
Item = tuple[object, ...]


def _items(wb: Workbook) -> dict[str, list[Item]]:
    """The registry items the measures use, read in ONE pass (rowid order), by kind."""
    cols = ", ".join(f"json_extract(attrs, '$.{f}')" for f in _FIELDS)
    marks = ", ".join("?" for _ in _KINDS)
    out: dict[str, list[Item]] = {k: [] for k in _KINDS}
    for r in wb.conn.execute(f"SELECT kind, id, village_id, {cols} FROM infra_item "
                             f"WHERE kind IN ({marks}) ORDER BY rowid", _KINDS):
        out[r[0]].append(r[1:])
    return out


def _length_share(items: list[Item], flag: str, level: str | None = None) -> DerivedFigure:
    rows = [r for r in items if level is None or r[_LEVEL] == level]
    i = _FLAG[flag]
    total = sum(r[_LENGTH] or 0 for r in rows)
    done = sum(r[_LENGTH] or 0 for r in rows if r[i])
    return DerivedFigure(_share(done, total), round(done, 3), round(total, 3), "%",
                         f"{number(done, 2)} km / {number(total, 2)} km",
                         tuple(r[_ID] for r in rows))


def _village_share(villages: list[str], items: list[Item]) -> DerivedFigure:
    rows = [r for r in items if r[_LEVEL] == "thon" and r[_VILLAGE] is not None]
    have = {r[_VILLAGE] for r in rows} & set(villages)
    return DerivedFigure(_share(len(have), len(villages)), len(have), len(villages), "%",
                         f"{len(have)}/{len(villages)} thôn", tuple(r[_ID] for r in rows))


def _school_share(items: list[Item], flag: str) -> DerivedFigure:
    i = _FLAG[flag]
    done = sum(1 for r in items if r[i])
    return DerivedFigure(_share(done, len(items)), done, len(items), "%",
                         f"{done}/{len(items)} trường", tuple(r[_ID] for r in items))


def _exists(rows: list[Item], label: str) -> DerivedFigure:
    return DerivedFigure(1.0 if rows else 0.0, len(rows), 1, "", f"{len(rows)} {label}".strip(),
                         tuple(r[_ID] for r in rows))


_cache: dict[tuple[str, object], dict[str, DerivedFigure]] = {}


def compute_all(wb: Workbook) -> dict[str, DerivedFigure]:
    """Every derived measure key → figure (one read of the registry). Remembered until the next
    write to the workbook (its journal head moves), so the pages shown at start share one read."""
    key = (str(wb.path), wb.conn.execute(  # the head's hash: same content, same figures
        "SELECT seq, hash FROM journal_entry ORDER BY seq DESC LIMIT 1").fetchone())
    if key not in _cache:
        _cache.clear()  # one workbook's latest figures are all worth keeping
        _cache[key] = _compute(wb)
    return dict(_cache[key])


def _compute(wb: Workbook) -> dict[str, DerivedFigure]:
    items = _items(wb)
    villages = [r[0] for r in wb.conn.execute("SELECT id FROM village")]
    out: dict[str, DerivedFigure] = {}
    for level in ROAD_LEVELS:
        out[f"road_hardened_share/{level}"] = _length_share(items["road"], "hardened", level)
    out["road_hardened_share/all"] = _length_share(items["road"], "hardened")
    out["canal_solidified_share"] = _length_share(items["canal"], "solidified")
    out["villages_with_cultural_house_share"] = _village_share(villages, items["cultural_house"])
    out["villages_with_sports_ground_share"] = _village_share(villages, items["sports_ground"])
    out["schools_national_standard_share"] = _school_share(items["school"], "national_standard")
    out["schools_facilities_standard_share"] = _school_share(items["school"],
                                                             "facilities_standard")
    out["commune_cultural_house"] = _exists(
        [r for r in items["cultural_house"] if r[_LEVEL] == "xa"], "nhà văn hóa xã")
    out["market_exists"] = _exists(items["market"], "chợ")
    hs = items["health_station"]
    ok = any(r[_FLAG["national_standard"]] for r in hs)
    out["health_station_standard"] = DerivedFigure(
        (1.0 if ok else 0.0) if hs else None, 1 if ok else 0, len(hs), "",
        "trạm y tế đạt chuẩn" if ok else ("trạm y tế chưa đạt chuẩn" if hs else "chưa có trạm y tế"),
        tuple(r[_ID] for r in hs))
    return out
