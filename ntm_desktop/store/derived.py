"""Indicators measured from the registry (catalog ``derived`` keys).

Each function returns a :class:`DerivedFigure` with the value and the figures it came from, so
the app can show "82,5% (33,0 km / 40,0 km)" and link to the items.
"""

from __future__ import annotations

import json
import logging
import math
import sqlite3
from typing import Any

from ntm_desktop import __version__
from ntm_desktop.core.evaluation import DerivedFigure
from ntm_desktop.core.model import ROAD_LEVELS
from ntm_desktop.core.vnformat import number
from ntm_desktop.store.journal import head as journal_head
from ntm_desktop.store.workbook import Workbook

log = logging.getLogger(__name__)


def _share(num: float, den: float) -> float | None:
    return round(num * 100.0 / den, 2) if den else None


_KINDS = ("road", "canal", "cultural_house", "sports_ground", "school", "market",
          "health_station")
# The attributes the measures read, and of which kinds: each is read from an item's JSON only
# for those kinds (json_extract parses the JSON anew at each call; a large commune has thousands
# of items and the overview measures them at every start).
_FIELDS: dict[str, tuple[str, ...]] = {
    "level": ("road", "cultural_house", "sports_ground"),
    "length_km": ("road", "canal"),
    "hardened": ("road",),
    "solidified": ("canal",),
    "national_standard": ("school", "health_station"),
    "facilities_standard": ("school",),
}
# A registry item as the measures read it: (id, village_id, then _FIELDS in order; None where
# the field is not read for the item's kind). Tuples, not dicts.
_ID, _VILLAGE, _LEVEL, _LENGTH = 0, 1, 2, 3
_FLAG = {f: 2 + i for i, f in enumerate(_FIELDS)}
Item = tuple[object, ...]


def _items(wb: Workbook) -> dict[str, list[Item]]:
    """The registry items the measures use, read in ONE pass (rowid order), by kind."""
    cols = ", ".join(
        f"CASE WHEN kind IN ({', '.join(repr(k) for k in kinds)}) "
        f"THEN json_extract(attrs, '$.{f}') END" for f, kinds in _FIELDS.items())
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

# The figures are also kept in the workbook's local ``meta`` (not journaled, not synchronised),
# stamped with the journal head they were measured at: the registry only changes through the
# journal, whose head hash covers every row written, so the next start of an unchanged commune
# reads a few hundred kB instead of measuring thousands of items. Bump FORMAT when a measure
# changes; the app's version is in the stamp too.
CACHE_KEY = "cache.derived_figures"
FORMAT = 1


def compute_all(wb: Workbook) -> dict[str, DerivedFigure]:
    """Every derived measure key → figure (one read of the registry). Remembered until the next
    write to the workbook (its journal head moves): in this process, so the pages shown at start
    share one read, and in the workbook, so the next start of an unchanged commune does not
    measure again."""
    stamp = [FORMAT, __version__, list(journal_head(wb.conn))]
    key = (str(wb.path), tuple(stamp[2]))
    if key not in _cache:
        _cache.clear()  # one workbook's latest figures are all worth keeping
        figures = _stored(wb, stamp)
        if figures is None:
            figures = _compute(wb)
            _store(wb, stamp, figures)
        _cache[key] = figures
    return dict(_cache[key])


def _figure(v: Any) -> DerivedFigure | None:
    """A stored figure, or None when it is not exactly what _store writes."""
    if not (isinstance(v, list) and len(v) == 6):
        return None
    value, num, den, unit, detail, ids = v

    def finite(x: object) -> bool:
        return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)

    if not ((value is None or finite(value)) and finite(num) and finite(den)
            and isinstance(unit, str) and isinstance(detail, str) and isinstance(ids, list)
            and set(map(type, ids)) <= {str}):
        return None
    return DerivedFigure(value, num, den, unit, detail, tuple(ids))


def _stored(wb: Workbook, stamp: list[Any]) -> dict[str, DerivedFigure] | None:
    text = wb.meta(CACHE_KEY)
    if not text:
        return None
    try:
        doc = json.loads(text)
    except ValueError:
        return None
    if not isinstance(doc, dict) or doc.get("stamp") != stamp:
        return None
    raw = doc.get("figures")
    if not isinstance(raw, dict):
        return None
    figures = {k: _figure(v) for k, v in raw.items()}
    if set(figures) != set(MEASURES) or any(f is None for f in figures.values()):
        return None
    return figures  # type: ignore[return-value]


def _store(wb: Workbook, stamp: list[Any], figures: dict[str, DerivedFigure]) -> None:
    doc = {"stamp": stamp, "figures": {
        k: [f.value, f.numerator, f.denominator, f.unit, f.detail, list(f.item_ids)]
        for k, f in figures.items()}}
    try:
        wb.set_meta(CACHE_KEY, json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
    except sqlite3.Error as exc:  # a read-only or busy file: measured again next time
        log.info("derived figures not kept in the workbook: %s", exc)


MEASURES = (*(f"road_hardened_share/{level}" for level in ROAD_LEVELS),
            "road_hardened_share/all", "canal_solidified_share",
            "villages_with_cultural_house_share", "villages_with_sports_ground_share",
            "schools_national_standard_share", "schools_facilities_standard_share",
            "commune_cultural_house", "market_exists", "health_station_standard")


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
