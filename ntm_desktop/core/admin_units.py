"""Official Vietnamese administrative units: pick a commune by name or code (Qt-free).

Two lists are bundled under ``resources/admin_units/`` (built by
``ntm_desktop.devtools.build_admin_units``; see the README there):

* ``units-2025.json`` — the two-level list applied from 01/7/2025 (QĐ 19/2025/QĐ-TTg): 34
  provinces (code 2 digits) and 3.321 communes/wards/special zones (code 5 digits);
* ``units-legacy.json`` — the pre-2025 three-level list (province 2 digits / district 3 digits /
  commune 5 digits, QĐ 124/2004/QĐ-TTg), needed because NTM recognition decisions 2011–2025 name
  pre-merger communes and districts.

Codes are zero-padded strings ("01", "001", "00004"). Files are read lazily on first use and
cached. Search is accent- and case-insensitive (``core.text.fold``) with word-prefix matching.

This module must not import ``vietnam_provinces`` (GPL) nor PySide6.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from ntm_desktop import paths
from ntm_desktop.core.text import fold, nfc

__all__ = [
    "Province",
    "Commune",
    "LegacyProvince",
    "LegacyDistrict",
    "LegacyCommune",
    "provinces",
    "province_by_code",
    "communes",
    "commune_by_code",
    "search_communes",
    "legacy_provinces",
    "legacy_districts",
    "legacy_communes",
    "legacy_by_code",
    "search_legacy",
    "successor_of",
    "has_explicit_mapping",
]

UNITS_2025 = "units-2025.json"
UNITS_LEGACY = "units-legacy.json"
MAPPING_2025 = "mapping-2025.json"


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Province:
    code: str  # 2 digits
    name: str  # as in the list, e.g. "Thành phố Hà Nội", "Cao Bằng"
    type: str  # "tỉnh" | "thành phố trung ương"

    @property
    def full_name(self) -> str:
        """Name with its unit word: "Tỉnh Cao Bằng", "Thành phố Hà Nội"."""
        if self.type == "tỉnh" and not self.name.startswith("Tỉnh "):
            return f"Tỉnh {self.name}"
        return self.name


@dataclass(frozen=True, slots=True)
class Commune:
    code: str  # 5 digits
    name: str  # e.g. "Phường Vĩnh Yên"
    type: str  # "xã" | "phường" | "đặc khu"
    province_code: str
    province_name: str


@dataclass(frozen=True, slots=True)
class LegacyProvince:
    code: str
    name: str
    type: str


@dataclass(frozen=True, slots=True)
class LegacyDistrict:
    code: str  # 3 digits
    name: str
    type: str  # "quận" | "huyện" | "thị xã" | "thành phố"
    province_code: str
    province_name: str


@dataclass(frozen=True, slots=True)
class LegacyCommune:
    code: str  # 5 digits
    name: str
    district_code: str
    district_name: str
    province_code: str
    province_name: str


# --------------------------------------------------------------------------- loading


def _read(name: str) -> dict[str, Any] | None:
    path = paths.resource("admin_units", name)
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", fold(text)))


@dataclass(frozen=True, slots=True)
class _Entry:
    """A record plus its pre-folded search keys."""

    record: Any
    name_tokens: tuple[str, ...]  # folded words of the name, unit word included
    bare: str  # folded name without the unit word ("vinh yen")
    context_tokens: tuple[str, ...]  # folded words of the parent units


_UNIT_WORDS_2025 = ("xa", "phuong", "dac khu")
_UNIT_WORDS_LEGACY = ("xa", "phuong", "thi tran")


def _bare(tokens: tuple[str, ...], unit_words: Sequence[str]) -> str:
    joined = " ".join(tokens)
    for word in unit_words:
        if joined.startswith(word + " "):
            return joined[len(word) + 1 :]
    return joined


class _Modern:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.meta: dict[str, Any] = doc.get("meta", {})
        self.provinces = [
            Province(str(p["code"]), nfc(p["name"]), p["type"]) for p in doc["provinces"]
        ]
        self.province_map = {p.code: p for p in self.provinces}
        self.communes = [
            Commune(
                str(c["code"]),
                nfc(c["name"]),
                c["type"],
                str(c["province_code"]),
                self.province_map[c["province_code"]].name,
            )
            for c in doc["communes"]
        ]
        self.commune_map = {c.code: c for c in self.communes}
        self.entries = [
            _Entry(c, t, _bare(t, _UNIT_WORDS_2025), _tokens(c.province_name))
            for c in self.communes
            for t in [_tokens(c.name)]
        ]


class _Legacy:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.meta: dict[str, Any] = doc.get("meta", {})
        self.provinces = [
            LegacyProvince(str(p["code"]), nfc(p["name"]), p["type"]) for p in doc["provinces"]
        ]
        pmap = {p.code: p for p in self.provinces}
        self.province_map = pmap
        self.districts = [
            LegacyDistrict(
                str(d["code"]),
                nfc(d["name"]),
                d["type"],
                str(d["province_code"]),
                pmap[d["province_code"]].name,
            )
            for d in doc["districts"]
        ]
        dmap = {d.code: d for d in self.districts}
        self.district_map = dmap
        self.communes = []
        for c in doc["communes"]:
            d = dmap[c["district_code"]]
            self.communes.append(
                LegacyCommune(
                    str(c["code"]), nfc(c["name"]), d.code, d.name, d.province_code, d.province_name
                )
            )
        self.commune_map = {c.code: c for c in self.communes}
        self.entries = [
            _Entry(
                c,
                t,
                _bare(t, _UNIT_WORDS_LEGACY),
                _tokens(c.district_name) + _tokens(c.province_name),
            )
            for c in self.communes
            for t in [_tokens(c.name)]
        ]


@cache
def _modern() -> _Modern:
    doc = _read(UNITS_2025)
    if doc is None:
        raise FileNotFoundError(paths.resource("admin_units", UNITS_2025))
    return _Modern(doc)


@cache
def _legacy() -> _Legacy:
    doc = _read(UNITS_LEGACY)
    if doc is None:
        raise FileNotFoundError(paths.resource("admin_units", UNITS_LEGACY))
    return _Legacy(doc)


@cache
def _explicit_mapping() -> dict[str, str]:
    doc = _read(MAPPING_2025)
    if not doc:
        return {}
    return {str(k): str(v) for k, v in doc.get("mapping", {}).items()}


# --------------------------------------------------------------------------- code helpers


def _norm_code(code: str | int | None, width: int) -> str | None:
    if code is None:
        return None
    text = str(code).strip()
    if text.isdigit() and len(text) <= width:
        return text.zfill(width)
    return text


# --------------------------------------------------------------------------- post-2025 list


def provinces() -> list[Province]:
    """The 34 provinces/centrally-run cities, by code."""
    return list(_modern().provinces)


def province_by_code(code: str | int) -> Province | None:
    return _modern().province_map.get(_norm_code(code, 2) or "")


def communes(province_code: str | None = None) -> list[Commune]:
    """All 2025 communes/wards/special zones by code, optionally of one province."""
    data = _modern()
    pc = _norm_code(province_code, 2)
    if pc is None:
        return list(data.communes)
    return [c for c in data.communes if c.province_code == pc]


def commune_by_code(code: str | int) -> Commune | None:
    """The 2025 commune with this 5-digit code ("00004"; 4 and "4" are padded)."""
    return _modern().commune_map.get(_norm_code(code, 5) or "")


# --------------------------------------------------------------------------- search


def _prefix_in_order(query: Sequence[str], words: Sequence[str]) -> bool:
    """Each query word is a prefix of a later word than the previous match."""
    i = 0
    for q in query:
        while i < len(words) and not words[i].startswith(q):
            i += 1
        if i == len(words):
            return False
        i += 1
    return True


def _rank(q_tokens: tuple[str, ...], entry: _Entry) -> int | None:
    q = " ".join(q_tokens)
    full = " ".join(entry.name_tokens)
    if q == full or q == entry.bare:
        return 0  # exact name, with or without "xã"/"phường"
    if entry.bare.startswith(q) or full.startswith(q):
        return 1  # name starts with the query
    if _prefix_in_order(q_tokens, entry.name_tokens):
        return 2  # all words in the name
    if _prefix_in_order(q_tokens, entry.name_tokens + entry.context_tokens):
        return 3  # some words matched the district/province ("vinh yen phu tho")
    return None


def _strip_unit_word(q_tokens: tuple[str, ...], unit_words: Sequence[str]) -> tuple[str, ...]:
    """("xa", "vinh", "yen") → ("vinh", "yen"); unchanged when there is no leading unit word."""
    for word in unit_words:
        parts = tuple(word.split())
        if len(q_tokens) > len(parts) and q_tokens[: len(parts)] == parts:
            return q_tokens[len(parts) :]
    return q_tokens


def _strip_unit_word_text(text: str) -> str:
    words = _lower_words(text)
    for unit in ("đặc khu", "thị trấn", "phường", "xã"):
        parts = unit.split()
        if len(words) > len(parts) and words[: len(parts)] == parts:
            return " ".join(words[len(parts) :])
    return " ".join(words)


def _search(
    entries: Sequence[_Entry],
    by_code: Callable[[str], Any],
    unit_words: Sequence[str],
    query: str,
    province_code: str | None,
    limit: int,
) -> list[Any]:
    pc = _norm_code(province_code, 2)
    text = (query or "").strip()
    if not text or limit <= 0:
        return []
    compact = text.replace(" ", "")
    if compact.isdigit():
        exact = by_code(compact.zfill(5)) if len(compact) <= 5 else None
        hits = [exact] if exact is not None else []
        hits += [e.record for e in entries if e.record.code.startswith(compact)]
        hits = list(dict.fromkeys(hits))  # exact first, no duplicates
        return [h for h in hits if pc is None or h.province_code == pc][:limit]

    q_tokens = _tokens(text)
    if not q_tokens:
        return []
    # "xã Vĩnh Yên" should still find "Phường Vĩnh Yên" (after any real "Xã Vĩnh Yên").
    loose = _strip_unit_word(q_tokens, unit_words)
    q_plain = _strip_unit_word_text(text)
    q_lower = q_plain.split() if fold(q_plain) != q_plain else []  # only if typed with accents
    scored: list[tuple[int, int, str, str, Any]] = []
    for e in entries:
        if pc is not None and e.record.province_code != pc:
            continue
        r = _rank(q_tokens, e)
        if r is None and loose != q_tokens:
            r2 = _rank(loose, e)
            r = None if r2 is None else 4 + r2
        if r is not None:
            # Among exact matches, one spelled with the same diacritics wins: "Ba Đình" before
            # "Ba Dinh" when the user typed "Ba Đình".
            accent = 0 if r in (0, 4) and _same_spelling(q_lower, e.record.name) else 1
            scored.append((r, accent, e.bare, e.record.code, e.record))
    scored.sort(key=lambda s: s[:4])
    return [s[4] for s in scored[:limit]]


def _lower_words(text: str) -> list[str]:
    return re.findall(r"\w+", nfc(text).lower())


def _same_spelling(q_lower: list[str], name: str) -> bool:
    words = _lower_words(name)
    n = len(q_lower)
    return n > 0 and (words == q_lower or words[-n:] == q_lower)


def search_communes(
    query: str, *, province_code: str | None = None, limit: int = 50
) -> list[Commune]:
    """Find 2025 communes by name or code.

    Accent/case-insensitive; each query word must start a word of the name, in order ("vinh yen",
    "xa vinh yen", "p vinh y"); words may also match the province ("vinh yen phu tho"). Exact
    names come first, then names starting with the query, then other matches. An all-digit query
    looks up codes ("00004" or "4" exactly, then codes starting with the digits).
    """
    data = _modern()
    return _search(
        data.entries, data.commune_map.get, _UNIT_WORDS_2025, query, province_code, limit
    )


# --------------------------------------------------------------------------- pre-2025 list


def legacy_provinces() -> list[LegacyProvince]:
    """The 63 provinces of the pre-2025 list."""
    return list(_legacy().provinces)


def legacy_districts(province_code: str | None = None) -> list[LegacyDistrict]:
    data = _legacy()
    pc = _norm_code(province_code, 2)
    return [d for d in data.districts if pc is None or d.province_code == pc]


def legacy_communes(
    province_code: str | None = None, district_code: str | None = None
) -> list[LegacyCommune]:
    data = _legacy()
    pc = _norm_code(province_code, 2)
    dc = _norm_code(district_code, 3)
    return [
        c
        for c in data.communes
        if (pc is None or c.province_code == pc) and (dc is None or c.district_code == dc)
    ]


def legacy_by_code(code: str | int) -> LegacyCommune | None:
    """The pre-2025 commune with this 5-digit code (e.g. "00001" Phường Phúc Xá)."""
    return _legacy().commune_map.get(_norm_code(code, 5) or "")


def search_legacy(
    query: str, *, province_code: str | None = None, limit: int = 50
) -> list[LegacyCommune]:
    """Like :func:`search_communes` over the pre-2025 list (province_code is a pre-2025 code);
    words may also match the district or province ("phuc xa ba dinh")."""
    data = _legacy()
    return _search(
        data.entries, data.commune_map.get, _UNIT_WORDS_LEGACY, query, province_code, limit
    )


# --------------------------------------------------------------------------- old → new


def has_explicit_mapping() -> bool:
    """True when ``mapping-2025.json`` (an old→new table) is bundled."""
    return bool(_explicit_mapping())


def successor_of(old_code: str | int) -> Commune | None:
    """The 2025 commune that continues the pre-2025 commune ``old_code``, if known.

    Uses the bundled ``mapping-2025.json`` when it has the code. Otherwise applies the
    code-continuity rule of the official code list (QĐ 124/2004, kept by QĐ 19/2025): when units
    merge, the unit keeping the seat keeps its code and codes are never reused — so a 2025
    commune carrying the same code as an existing pre-2025 commune is its successor (3.310 of the
    3.321 new codes). Pre-2025 communes whose code was closed in the merger return ``None``:
    their successor is not in the bundled data.
    """
    code = _norm_code(old_code, 5)
    if code is None:
        return None
    mapped = _explicit_mapping().get(code)
    if mapped is not None:
        return commune_by_code(mapped)
    if legacy_by_code(code) is None:
        return None
    return commune_by_code(code)
