"""Criteria catalogs: versioned JSON data → frozen, validated objects.

A *catalog* is one national commune criteria set (``resources/catalogs/<id>.json``), optionally
merged with provincial *overlays*. The file format is ``ntm-catalog/1``, described in
``docs/catalog-format.md`` and checked by ``resources/catalogs/catalog.schema.json`` plus the
semantic rules of :func:`validate_document`.

Every function here raises :class:`~ntm_desktop.core.errors.CatalogError` (with a Vietnamese
message naming the JSON path, e.g. ``$.groups[1].criteria[0].indicators[2].comparator``) when a
document is unreadable or invalid. Nothing here imports Qt or the store.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ntm_desktop.core.canonical import canonical_json, json_error_reason
from ntm_desktop.core.errors import CatalogError, os_reason
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.model import COMMUNE_GROUPS, REGIONS
from ntm_desktop.core.text import nfc

FORMAT = "ntm-catalog/1"
SCHEMA_FILE = "catalog.schema.json"
MAX_FILE_BYTES = 5 * 1024 * 1024

KINDS = ("percent", "amount", "count", "boolean", "must_be_none")
NUMERIC_KINDS = ("percent", "amount", "count")
COMPARATORS = (">=", "<=", "=")
DIMENSIONS: dict[str, Mapping[str, str]] = {"region": REGIONS, "commune_group": COMMUNE_GROUPS}

#: Measure keys the store computes from the infrastructure registry (see docs/catalog-format.md).
#: Shares are percentages (0–100); the three last keys are booleans (1 = yes, 0 = no).
DERIVED_MEASURES: dict[str, str] = {
    "road_hardened_share/duong_xa": "percent",
    "road_hardened_share/truc_thon": "percent",
    "road_hardened_share/ngo_xom": "percent",
    "road_hardened_share/noi_dong": "percent",
    "canal_solidified_share": "percent",
    "villages_with_cultural_house_share": "percent",
    "villages_with_sports_ground_share": "percent",
    "schools_national_standard_share": "percent",
    "schools_facilities_standard_share": "percent",
    "commune_cultural_house": "boolean",
    "market_exists": "boolean",
    "health_station_standard": "boolean",
}


# --- objects ---------------------------------------------------------------------------------------
# Records are NamedTuples, not frozen dataclasses: they are defined at every start, where a frozen
# dataclass costs about three times as much to define (docs/decisions.md, start-up).
class Decision(NamedTuple):
    """A legal basis as documents cite it (``decision`` in a catalog or overlay): number, date
    (ISO) and issuing body, optionally the title and a public URL."""

    number: str
    date: str
    issuer: str
    title: str | None = None
    url: str | None = None

    @classmethod
    def from_json(cls, d: Mapping[str, Any] | None) -> Decision | None:
        if not d:
            return None
        return cls(number=d["number"], date=d["date"], issuer=d["issuer"],
                   title=d.get("title"), url=d.get("url"))

    def cite(self) -> str:
        """"Quyết định số 15/2026/QĐ-UBND ngày 10/3/2026 của UBND tỉnh Mẫu" (no title)."""
        return cite_decision(self._asdict())


def cite_decision(d: Mapping[str, Any]) -> str:
    """The citation of a ``decision`` object: "Quyết định số {number} ngày {dd/m/yyyy} của
    {issuer}"; the date as official papers write it (:func:`vnformat.doc_date`)."""
    from ntm_desktop.core.vnformat import doc_date

    number = str(d.get("number") or "").strip()
    issuer = str(d.get("issuer") or "").strip()
    try:
        date = doc_date(dt.date.fromisoformat(str(d.get("date"))))
    except ValueError:
        date = str(d.get("date") or "")
    out = f"Quyết định số {number}" if number else "Quyết định"
    if date:
        out += f" ngày {date}"
    if issuer:
        out += f" của {issuer}"
    return out


class Threshold(NamedTuple):
    """One level: ``value`` applies to ``dimension_value`` (None = chung/national) from ``year``
    (None = every year)."""

    value: float
    dimension_value: str | None
    year: int | None
    source: str


class Indicator(NamedTuple):
    code: str
    text: str
    kind: str
    comparator: str
    unit: str
    thresholds: tuple[Threshold, ...]
    source: str
    verified: bool
    derived: str | None
    note: str | None
    help: str | None
    criterion_code: str
    #: the province's (or ministry's) decision this indicator's level comes from, when given
    decision: Decision | None = None

    #: sanity bounds of an entered value (not a legal level): a value outside is flagged for
    #: confirmation before a final dossier prints (docs/catalog-format.md)
    plausible_range: tuple[float, float] | None = None

    def plausible(self, value: float | None) -> bool:
        """True unless ``value`` lies outside :attr:`plausible_range`."""
        if value is None or self.plausible_range is None:
            return True
        lo, hi = self.plausible_range
        return lo <= value <= hi


class Criterion(NamedTuple):
    code: str
    name: str
    group_code: str
    group_name: str
    indicators: tuple[Indicator, ...]
    #: how reports name it after "đạt tiêu chí": "về giao thông", "hộ nghèo"
    phrase: str | None = None

    @property
    def report_phrase(self) -> str:
        return self.phrase or f"về {self.name[:1].lower()}{self.name[1:]}"


class Group(NamedTuple):
    code: str
    name: str
    criteria: tuple[Criterion, ...]


class Period(NamedTuple):
    start: int
    end: int


class RevocationRule(NamedTuple):
    """Data of the revocation rule: revoke when the share (percent) of criteria not met is at
    least ``revoke_share``, or at least ``revoke_share_with_key`` and one of ``key_criteria`` is
    among them."""

    text: str
    revoke_share: float
    revoke_share_with_key: float
    key_criteria: tuple[str, ...]
    source: str
    verified: bool
    note: str | None = None


class Band(NamedTuple):
    min: int
    max: int
    label: str


class CatalogNote(NamedTuple):
    text: str
    source: str
    verified: bool


class OverlayRef(NamedTuple):
    id: str
    version: str
    title: str
    legal_source: str
    decision: Decision | None = None


class Catalog(NamedTuple):
    id: str
    version: str
    title: str
    legal_source: str
    kind: str
    dimension: str
    period: Period
    effective_from: dt.date
    groups: tuple[Group, ...]
    criteria: tuple[Criterion, ...]
    revocation: RevocationRule
    bands: tuple[Band, ...]
    sha256: str
    overlays: tuple[OverlayRef, ...] = ()
    notes: tuple[CatalogNote, ...] = ()
    #: the decision as cited in "Căn cứ …" (number, date, issuer, title); None when not given
    legal_basis: str | None = None

    def criterion(self, code: str) -> Criterion:
        """The criterion with ``code``; raises CatalogError ``unknown_criterion``."""
        for c in self.criteria:
            if c.code == code:
                return c
        raise CatalogError(_N("errors", "Bộ tiêu chí {catalog} không có tiêu chí “{code}”."),
                           code="unknown_criterion", field=code,
                           args={"catalog": self.id, "code": str(code)})

    def indicator(self, code: str) -> Indicator:
        """The indicator with ``code``; raises CatalogError ``unknown_indicator``."""
        for c in self.criteria:
            for i in c.indicators:
                if i.code == code:
                    return i
        raise CatalogError(_N("errors", "Bộ tiêu chí {catalog} không có chỉ tiêu “{code}”."),
                           code="unknown_indicator", field=code,
                           args={"catalog": self.id, "code": str(code)})

    def indicators(self) -> tuple[Indicator, ...]:
        """All indicators in catalog order (criterion order, then indicator order)."""
        return tuple(i for c in self.criteria for i in c.indicators)

    @property
    def dimension_values(self) -> tuple[str, ...]:
        return tuple(DIMENSIONS[self.dimension])

    def band_for(self, met_count: int) -> Band | None:
        """The report band containing ``met_count`` (None when the bands leave a gap)."""
        for band in self.bands:
            if band.min <= met_count <= band.max:
                return band
        return None

    @property
    def label(self) -> str:
        """``"qd318-2022 1.0.0"`` plus the overlays, for headers and logs."""
        extra = "".join(f" + {o.id} {o.version}" for o in self.overlays)
        return f"{self.id} {self.version}{extra}"


# --- threshold selection -----------------------------------------------------------------------------
def select_threshold(indicator: Indicator, *, dimension_value: str | None,
                     year: int) -> Threshold | None:
    """The threshold that applies to a commune with ``dimension_value`` evaluated for ``year``.

    Rule (documented in docs/catalog-format.md):

    1. Tiers: first the thresholds whose ``dimension_value`` equals the commune's (applied region
       or commune group); only if that tier yields nothing, the national ones (``None``).
    2. Inside a tier: the dated threshold with the greatest ``year`` ≤ ``year``; if none is dated
       at or before ``year``, the undated one (``year`` = None); otherwise the tier yields nothing.
    3. Nothing applies → ``None`` (the status is then "chưa xác định", never guessed).
    """
    tiers: list[str | None] = []
    if dimension_value is not None:
        tiers.append(dimension_value)
    tiers.append(None)
    for tier in tiers:
        candidates = [t for t in indicator.thresholds if t.dimension_value == tier]
        dated = [t for t in candidates if t.year is not None and t.year <= year]
        if dated:
            return max(dated, key=lambda t: t.year or 0)
        undated = [t for t in candidates if t.year is None]
        if undated:
            return undated[0]
    return None


# --- reading files -------------------------------------------------------------------------------------
def _nfc_tree(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc_tree(v) for v in value]
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            key = nfc(k)
            if key in out:
                raise CatalogError(_N("errors", "Khóa “{key}” bị lặp (sau khi chuẩn hóa Unicode "
                                      "NFC)."), code="catalog_duplicate_key", field=key,
                                   args={"key": key})
            out[key] = _nfc_tree(v)
        return out
    return value


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise CatalogError(_N("errors", "Khóa “{key}” xuất hiện hai lần trong cùng một đối "
                                  "tượng JSON."), code="catalog_duplicate_key", field=k,
                               args={"key": k})
        out[k] = v
    return out


def _reject_constant(name: str) -> Any:
    raise CatalogError(_N("errors", "Giá trị “{value}” không phải là số hợp lệ trong JSON."),
                       code="catalog_not_finite", field=name, args={"value": name})


def parse_catalog_bytes(data: bytes, *, name: str = "tệp danh mục") -> dict[str, Any]:
    """Decode UTF-8 JSON bytes into a dict with every string (and key) NFC-normalised.

    Raises CatalogError: ``catalog_encoding`` (not UTF-8), ``catalog_json`` (malformed, with line
    and column), ``catalog_not_finite`` (NaN/Infinity), ``catalog_duplicate_key``,
    ``catalog_not_object``, ``catalog_too_large``.
    """
    if len(data) > MAX_FILE_BYTES:
        raise CatalogError(_N("errors", "{name} quá lớn ({size} byte; tối đa {limit})."),
                           code="catalog_too_large",
                           args={"name": name, "size": str(len(data)),
                                 "limit": str(MAX_FILE_BYTES)})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError(
            _N("errors", "{name} không phải văn bản UTF-8 (byte lỗi ở vị trí {position}). Hãy lưu "
               "lại tệp với mã hóa UTF-8."), code="catalog_encoding", detail=str(exc),
            args={"name": name, "position": str(exc.start)}) from None
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicate_keys,
                         parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            _N("errors", "{name} không phải JSON hợp lệ: dòng {line}, cột {column} ({detail}). "
               "Tệp có thể bị cắt cụt hoặc sửa sai."), code="catalog_json", detail=str(exc),
            args={"name": name, "line": str(exc.lineno), "column": str(exc.colno),
                  "detail": json_error_reason(exc)}) from None
    if not isinstance(doc, dict):
        raise CatalogError(_N("errors", "{name} phải chứa một đối tượng JSON ở mức ngoài cùng."),
                           code="catalog_not_object", args={"name": name})
    return _nfc_tree(doc)


def load_catalog_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a catalog or overlay JSON file (UTF-8) and return the NFC-normalised document.

    The document is *not* validated; call :func:`validate_document`. Raises CatalogError
    (``catalog_io`` when the file cannot be read, plus the codes of :func:`parse_catalog_bytes`).
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CatalogError(_N("errors", "Tệp {name} quá lớn ({size} byte)."),
                               code="catalog_too_large", args={"name": p.name, "size": str(size)})
        data = p.read_bytes()
    except OSError as exc:
        raise CatalogError(_N("errors", "Không đọc được tệp danh mục {path}: {detail}."),
                           code="catalog_io", detail=str(exc),
                           args={"path": str(p), "detail": os_reason(exc)}) from None
    return parse_catalog_bytes(data, name=f"Tệp {p.name}")


# --- validation ----------------------------------------------------------------------------------------
def _json_path(parts: Iterable[Any]) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


@lru_cache(maxsize=1)
def _schema_validator() -> Any:
    import jsonschema

    from ntm_desktop.paths import resource

    schema_path = resource("catalogs", SCHEMA_FILE)
    try:
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogError(_N("errors", "Không đọc được lược đồ danh mục {path}."),
                           code="catalog_schema_missing", detail=str(exc),
                           args={"path": str(schema_path)}) from None
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


_VALIDATOR_MESSAGES = {
    # Filled into an "errors" template as {what}; the GUI translates string args in "model".
    "required": _N("model", "thiếu trường bắt buộc"),
    "additionalProperties": _N("model", "có trường không được phép"),
    "enum": _N("model", "giá trị không nằm trong danh sách cho phép"),
    "const": _N("model", "giá trị không đúng"),
    "type": _N("model", "sai kiểu dữ liệu"),
    "pattern": _N("model", "sai định dạng"),
    "minItems": _N("model", "danh sách quá ngắn (không được rỗng)"),
    "maxItems": _N("model", "danh sách quá dài"),
    "minLength": _N("model", "chuỗi rỗng"),
    "maxLength": _N("model", "chuỗi quá dài"),
    "minimum": _N("model", "giá trị quá nhỏ"),
    "maximum": _N("model", "giá trị quá lớn"),
    "exclusiveMinimum": _N("model", "giá trị quá nhỏ"),
    "uniqueItems": _N("model", "danh sách có phần tử lặp"),
    "oneOf": _N("model", "giá trị không hợp lệ"),
    "minProperties": _N("model", "đối tượng thiếu nội dung"),
}


def _check_schema(doc: Mapping[str, Any]) -> None:
    import jsonschema

    validator = _schema_validator()
    errors = list(validator.iter_errors(doc))
    if not errors:
        return
    best = jsonschema.exceptions.best_match(errors)
    # best_match may descend into if/then branches; report the deepest path.
    path = _json_path(best.absolute_path)
    what = _VALIDATOR_MESSAGES.get(str(best.validator), _N("model", "không hợp lệ"))
    raise CatalogError(_N("errors", "Danh mục không hợp lệ tại {path}: {what} ({detail})."),
                       code="catalog_schema", field=path,
                       args={"path": path, "what": what, "detail": best.message},
                       detail=[{"path": _json_path(e.absolute_path), "message": e.message}
                               for e in errors[:20]])


def _fail(path: str, template: str, error_code: str = "catalog_invalid", **args: str) -> None:
    """Raise ``catalog_invalid`` (or ``error_code``) at ``path``: ``template`` is a marked
    “Danh mục không hợp lệ tại {path}: …” message, ``args`` fill its other placeholders."""
    raise CatalogError(template, code=error_code, field=path, args={"path": path, **args})


def _check_finite(value: Any, path: str) -> None:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        _fail(path, _N("errors", "Danh mục không hợp lệ tại {path}: số không hữu hạn (NaN/Infinity)."),
              "catalog_not_finite")
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_finite(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_finite(v, f"{path}[{i}]")


def code_sort_key(code: str) -> tuple[int, ...]:
    """Natural order of codes: "2.10" after "2.9"."""
    return tuple(int(p) for p in code.split(".") if p.isdigit())


def _check_indicator(ind: Mapping[str, Any], path: str, *, criterion_code: str | None,
                     dimension: str | None) -> None:
    """Semantic checks of one (full) indicator."""
    code = ind["code"]
    if criterion_code is not None and code != criterion_code and \
            not code.startswith(criterion_code + "."):
        _fail(f"{path}.code", _N("errors", "Danh mục không hợp lệ tại {path}: mã chỉ tiêu “{code}” phải là "
                                 "“{criterion}” hoặc bắt đầu bằng “{criterion}.”."),
              "catalog_code_prefix", code=code, criterion=criterion_code)
    kind, comp = ind["kind"], ind["comparator"]
    if kind in ("boolean", "must_be_none") and comp != "=":
        _fail(f"{path}.comparator", _N("errors", "Danh mục không hợp lệ tại {path}: chỉ tiêu loại “{kind}” chỉ dùng phép "
                                       "so sánh “=”, không dùng “{comparator}”."),
              "catalog_comparator", kind=str(kind), comparator=str(comp))
    if ind.get("derived"):
        measure = DERIVED_MEASURES.get(ind["derived"])
        if measure is None:
            _fail(f"{path}.derived", _N("errors", "Danh mục không hợp lệ tại {path}: số đo tự tính “{measure}” không được "
                                        "hỗ trợ."), measure=str(ind["derived"]))
        if measure == "boolean" and kind != "boolean":
            _fail(f"{path}.derived", _N("errors", "Danh mục không hợp lệ tại {path}: số đo “{measure}” là có/không nên chỉ "
                                        "tiêu phải thuộc loại “boolean”."),
                  measure=str(ind["derived"]))
        if measure == "percent" and kind != "percent":
            _fail(f"{path}.derived", _N("errors", "Danh mục không hợp lệ tại {path}: số đo “{measure}” là tỷ lệ % nên chỉ "
                                        "tiêu phải thuộc loại “percent”."),
                  measure=str(ind["derived"]))
    rng = ind.get("plausible_range")
    if rng is not None and not (len(rng) == 2 and rng[0] <= rng[1]):
        _fail(f"{path}.plausible_range", _N("errors", "Danh mục không hợp lệ tại {path}: khoảng giá "
                                             "trị hợp lý phải là [nhỏ nhất, lớn nhất]."))
    seen: set[tuple[Any, Any]] = set()
    allowed = DIMENSIONS.get(dimension) if dimension else None
    for j, t in enumerate(ind.get("thresholds", ())):
        tpath = f"{path}.thresholds[{j}]"
        v = t["value"]
        if isinstance(v, bool):
            _fail(f"{tpath}.value", _N("errors", "Danh mục không hợp lệ tại {path}: ngưỡng phải là số, không phải "
                                       "true/false."))
        if kind == "percent" and not 0 <= v <= 100:
            _fail(f"{tpath}.value", _N("errors", "Danh mục không hợp lệ tại {path}: tỷ lệ phần trăm phải trong khoảng 0–100, "
                                       "không phải {value}."), value=str(v))
        if kind in ("amount", "count") and v < 0:
            _fail(f"{tpath}.value", _N("errors", "Danh mục không hợp lệ tại {path}: ngưỡng không được âm ({value})."),
                  value=str(v))
        if kind == "count" and v != int(v):
            _fail(f"{tpath}.value", _N("errors", "Danh mục không hợp lệ tại {path}: ngưỡng đếm phải là số nguyên ({value})."),
                  value=str(v))
        if kind == "boolean" and v != 1:
            _fail(f"{tpath}.value", _N("errors", "Danh mục không hợp lệ tại {path}: chỉ tiêu có/không chỉ nhận ngưỡng 1 "
                                       "(Đạt)."))
        if kind == "must_be_none" and v != 0:
            _fail(f"{tpath}.value", _N("errors", "Danh mục không hợp lệ tại {path}: chỉ tiêu “Không” chỉ nhận ngưỡng 0."))
        dv = t["dimension_value"]
        if dv is not None and allowed is not None and dv not in allowed:
            _fail(f"{tpath}.dimension_value",
                  _N("errors", "Danh mục không hợp lệ tại {path}: “{value}” không phải giá trị hợp lệ của chiều "
                     "“{dimension}” (cho phép: {allowed})."), "catalog_dimension_value",
                  value=str(dv), dimension=str(dimension), allowed=", ".join(allowed))
        key = (dv, t["year"])
        if key in seen:
            _fail(tpath, _N("errors", "Danh mục không hợp lệ tại {path}: hai ngưỡng cùng vùng/nhóm “{dimension_value}” và "
                            "cùng năm “{year}”."), "catalog_duplicate_threshold",
                  dimension_value=str(dv or _N("model", "chung")),
                  year=str(t["year"] or _N("model", "mọi năm")))
        seen.add(key)


def _check_national(doc: Mapping[str, Any]) -> None:
    dimension = doc["dimension"]
    try:
        dt.date.fromisoformat(doc["effective_from"])
    except ValueError:
        _fail("$.effective_from", _N("errors", "Danh mục không hợp lệ tại {path}: ngày “{date}” không hợp lệ."),
              date=str(doc["effective_from"]))
    period = doc["period"]
    if period["from"] > period["to"]:
        _fail("$.period", _N("errors", "Danh mục không hợp lệ tại {path}: năm bắt đầu lớn hơn năm kết thúc."))
    group_codes: set[str] = set()
    crit_codes: set[str] = set()
    ind_codes: set[str] = set()
    for gi, g in enumerate(doc["groups"]):
        gpath = f"$.groups[{gi}]"
        if g["code"] in group_codes:
            _fail(f"{gpath}.code", _N("errors", "Danh mục không hợp lệ tại {path}: mã nhóm “{code}” bị trùng."),
                  "catalog_duplicate_code", code=str(g["code"]))
        group_codes.add(g["code"])
        for ci, c in enumerate(g["criteria"]):
            cpath = f"{gpath}.criteria[{ci}]"
            if c["code"] in crit_codes:
                _fail(f"{cpath}.code", _N("errors", "Danh mục không hợp lệ tại {path}: mã tiêu chí “{code}” bị trùng."),
                      "catalog_duplicate_code", code=str(c["code"]))
            crit_codes.add(c["code"])
            for ii, ind in enumerate(c["indicators"]):
                ipath = f"{cpath}.indicators[{ii}]"
                if ind["code"] in ind_codes:
                    _fail(f"{ipath}.code", _N("errors", "Danh mục không hợp lệ tại {path}: mã chỉ tiêu “{code}” bị trùng."),
                          "catalog_duplicate_code", code=str(ind["code"]))
                ind_codes.add(ind["code"])
                _check_indicator(ind, ipath, criterion_code=c["code"], dimension=dimension)
                _check_decision(ind.get("decision"), f"{ipath}.decision")
    rev = doc["revocation"]
    for k, code in enumerate(rev["key_criteria"]):
        if code not in crit_codes:
            _fail(f"$.revocation.key_criteria[{k}]",
                  _N("errors", "Danh mục không hợp lệ tại {path}: tiêu chí “{code}” không có trong bộ."), code=str(code))
    if rev["revoke_share_with_key"] > rev["revoke_share"]:
        _fail("$.revocation.revoke_share_with_key",
              _N("errors", "Danh mục không hợp lệ tại {path}: ngưỡng có tiêu chí then chốt phải nhỏ hơn hoặc bằng ngưỡng thu "
                 "hồi chung."))
    total = len(crit_codes)
    spans: list[tuple[int, int]] = []
    for bi, band in enumerate(doc["bands"]):
        bpath = f"$.bands[{bi}]"
        if band["min"] > band["max"]:
            _fail(bpath, _N("errors", "Danh mục không hợp lệ tại {path}: min lớn hơn max."))
        if band["max"] > total:
            _fail(f"{bpath}.max", _N("errors", "Danh mục không hợp lệ tại {path}: vượt quá số tiêu chí của bộ ({total})."),
                  total=str(total))
        for lo, hi in spans:
            if band["min"] <= hi and lo <= band["max"]:
                _fail(bpath, _N("errors", "Danh mục không hợp lệ tại {path}: các nhóm báo cáo chồng lên nhau."))
        spans.append((band["min"], band["max"]))
    seen_ov: set[str] = set()
    for oi, ov in enumerate(doc.get("overlays", ())):
        if ov["id"] in seen_ov:
            _fail(f"$.overlays[{oi}].id",
                  _N("errors", "Danh mục không hợp lệ tại {path}: điều chỉnh “{id}” được áp dụng hai lần."), id=str(ov["id"]))
        seen_ov.add(ov["id"])


def _check_decision(d: Mapping[str, Any] | None, path: str) -> None:
    if not d:
        return
    try:
        dt.date.fromisoformat(d["date"])
    except ValueError:
        _fail(f"{path}.date", _N("errors", "Danh mục không hợp lệ tại {path}: ngày “{date}” không hợp lệ."),
              date=str(d["date"]))


def _check_overlay(doc: Mapping[str, Any]) -> None:
    _check_decision(doc.get("decision"), "$.decision")
    for k, item in enumerate(doc.get("override", ())):
        _check_decision(item.get("decision"), f"$.override[{k}].decision")
    for k, item in enumerate(doc.get("add", ())):
        _check_decision(item["indicator"].get("decision"), f"$.add[{k}].indicator.decision")
    if "effective_from" in doc:
        try:
            dt.date.fromisoformat(doc["effective_from"])
        except ValueError:
            _fail("$.effective_from", _N("errors", "Danh mục không hợp lệ tại {path}: ngày “{date}” không hợp lệ."),
                  date=str(doc["effective_from"]))
    seen: set[str] = set()
    for k, ov in enumerate(doc.get("override", ())):
        path = f"$.override[{k}]"
        if ov["code"] in seen:
            _fail(f"{path}.code", _N("errors", "Danh mục không hợp lệ tại {path}: chỉ tiêu “{code}” được điều chỉnh hai "
                                     "lần."), "catalog_duplicate_code", code=str(ov["code"]))
        seen.add(ov["code"])
    added: set[str] = set()
    for k, item in enumerate(doc.get("add", ())):
        path = f"$.add[{k}].indicator"
        ind = item["indicator"]
        if ind["code"] in added:
            _fail(f"{path}.code", _N("errors", "Danh mục không hợp lệ tại {path}: chỉ tiêu “{code}” được thêm hai lần."),
                  "catalog_duplicate_code", code=str(ind["code"]))
        added.add(ind["code"])
        full = dict(ind)
        full["thresholds"] = [dict(t, source=t.get("source", "-")) for t in ind["thresholds"]]
        _check_indicator(full, path, criterion_code=item["criterion"], dimension=None)


def validate_document(doc: dict[str, Any], *, schema: bool = True) -> None:
    """Check a national catalog, a merged catalog or an overlay document.

    JSON Schema first (unless ``schema`` is False: a document built from already checked
    parts), then semantic rules: finite numbers; unique group, criterion and indicator
    codes; an indicator code equals its criterion code or starts with it plus "."; boolean and
    must_be_none indicators use "="; thresholds fit their kind (percent 0–100, no negatives,
    boolean 1, must_be_none 0); dimension values exist for the catalog's dimension; no two
    thresholds share (dimension value, year); derived keys are known and fit the kind; revocation
    key criteria exist; report bands lie within 0..number of criteria and do not overlap.
    Raises CatalogError naming the JSON path.
    """
    if not isinstance(doc, dict):
        raise CatalogError(_N("errors", "Danh mục phải là một đối tượng JSON."),
                           code="catalog_not_object")
    _check_finite(doc, "$")
    if schema:
        _check_schema(doc)
    if doc["kind"] == "overlay":
        _check_overlay(doc)
    else:
        _check_national(doc)


# --- overlays --------------------------------------------------------------------------------------------
def _find_indicator(doc: dict[str, Any], code: str) -> tuple[dict[str, Any], int] | None:
    for g in doc["groups"]:
        for c in g["criteria"]:
            for k, ind in enumerate(c["indicators"]):
                if ind["code"] == code:
                    return c, k
    return None


def apply_overlay(base_doc: dict[str, Any], overlay_doc: dict[str, Any], *,
                  base_checked: bool = False, overlay_checked: bool = False) -> dict[str, Any]:
    """Return a new document: ``base_doc`` (national or already merged) with ``overlay_doc``
    applied. Neither input is modified. ``base_checked`` / ``overlay_checked`` say a document
    was validated already (a shipped set; an overlay checked when it was installed): it is not
    validated again; the merged result always passes the semantic rules.

    Order: ``remove`` first, then ``override`` (listed fields replace the base's; ``thresholds``
    replaces the whole list), then ``add`` (appended to the criterion, or placed after
    ``after``), then ``revocation``/``bands`` if given. Threshold sources left out of the overlay
    default to its ``legal_source``. The overlay is recorded in ``overlays``.
    Raises CatalogError ``overlay_base_mismatch``, ``overlay_unknown_indicator``,
    ``overlay_duplicate_indicator``, ``overlay_unknown_criterion`` or any validation error of the
    merged result.
    """
    if not base_checked:
        validate_document(base_doc)
    if not overlay_checked:
        validate_document(overlay_doc)
    if base_doc["kind"] != "national":
        raise CatalogError(_N("errors", "Chỉ áp dụng được tệp điều chỉnh lên một bộ tiêu chí "
                              "quốc gia."),
                           code="overlay_base_mismatch")
    if overlay_doc["kind"] != "overlay":
        raise CatalogError(_N("errors", "“{id}” không phải tệp điều chỉnh (kind = overlay)."),
                           code="overlay_not_overlay", args={"id": str(overlay_doc["id"])})
    if overlay_doc["base"] != base_doc["id"]:
        raise CatalogError(
            _N("errors", "Tệp điều chỉnh “{id}” dành cho bộ tiêu chí “{base}”, không áp dụng được "
               "cho “{catalog}”."), code="overlay_base_mismatch",
            args={"id": str(overlay_doc["id"]), "base": str(overlay_doc["base"]),
                  "catalog": str(base_doc["id"])})
    if overlay_doc.get("base_version") and overlay_doc["base_version"] != base_doc["version"]:
        raise CatalogError(
            _N("errors", "Tệp điều chỉnh “{id}” viết cho phiên bản {base_version} của "
               "“{catalog}”, nhưng phiên bản đang dùng là {version}."),
            code="overlay_base_mismatch",
            args={"id": str(overlay_doc["id"]), "base_version": str(overlay_doc["base_version"]),
                  "catalog": str(base_doc["id"]), "version": str(base_doc["version"])})
    if any(o["id"] == overlay_doc["id"] for o in base_doc.get("overlays", ())):
        raise CatalogError(_N("errors", "Tệp điều chỉnh “{id}” đã được áp dụng."),
                           code="overlay_duplicate", args={"id": str(overlay_doc["id"])})

    doc = copy.deepcopy(base_doc)
    ov = copy.deepcopy(overlay_doc)
    default_source = ov["legal_source"]
    default_decision = ov.get("decision")

    def with_sources(thresholds: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{"value": t["value"], "dimension_value": t["dimension_value"], "year": t["year"],
                 "source": t.get("source") or default_source} for t in thresholds]

    for k, code in enumerate(ov.get("remove", ())):
        found = _find_indicator(doc, code)
        if found is None:
            raise CatalogError(_N("errors", "Tệp điều chỉnh xóa chỉ tiêu “{code}” không có "
                                  "trong bộ “{catalog}”."), code="overlay_unknown_indicator",
                               field=f"$.remove[{k}]",
                               args={"code": str(code), "catalog": str(doc["id"])})
        crit, idx = found
        del crit["indicators"][idx]
    for k, item in enumerate(ov.get("override", ())):
        found = _find_indicator(doc, item["code"])
        if found is None:
            raise CatalogError(_N("errors", "Tệp điều chỉnh sửa chỉ tiêu “{code}” không có "
                                  "trong bộ “{catalog}”."), code="overlay_unknown_indicator",
                               field=f"$.override[{k}].code",
                               args={"code": str(item["code"]), "catalog": str(doc["id"])})
        crit, idx = found
        target = crit["indicators"][idx]
        if default_decision and "decision" not in item:
            target["decision"] = copy.deepcopy(default_decision)
        for key, value in item.items():
            if key == "code":
                continue
            if key == "thresholds":
                target["thresholds"] = with_sources(value)
            elif key == "derived" and value is None:
                target.pop("derived", None)
            else:
                target[key] = value
    for k, item in enumerate(ov.get("add", ())):
        ind = item["indicator"]
        if _find_indicator(doc, ind["code"]) is not None:
            raise CatalogError(_N("errors", "Chỉ tiêu “{code}” đã có trong bộ “{catalog}”; dùng "
                                  "“override” để sửa."), code="overlay_duplicate_indicator",
                               field=f"$.add[{k}].indicator.code",
                               args={"code": str(ind["code"]), "catalog": str(doc["id"])})
        crit = next((c for g in doc["groups"] for c in g["criteria"]
                     if c["code"] == item["criterion"]), None)
        if crit is None:
            raise CatalogError(_N("errors", "Bộ “{catalog}” không có tiêu chí “{criterion}”."),
                               code="overlay_unknown_criterion", field=f"$.add[{k}].criterion",
                               args={"catalog": str(doc["id"]),
                                     "criterion": str(item["criterion"])})
        new = dict(ind)
        new["thresholds"] = with_sources(ind["thresholds"])
        new.setdefault("source", default_source)
        if default_decision:
            new.setdefault("decision", copy.deepcopy(default_decision))
        after = item.get("after")
        if after is None:
            crit["indicators"].append(new)
        else:
            pos = next((j for j, x in enumerate(crit["indicators"]) if x["code"] == after), None)
            if pos is None:
                raise CatalogError(_N("errors", "Không có chỉ tiêu “{code}” trong tiêu chí "
                                      "“{criterion}”."), code="overlay_unknown_indicator",
                                   field=f"$.add[{k}].after",
                                   args={"code": str(after), "criterion": str(item["criterion"])})
            crit["indicators"].insert(pos + 1, new)
    if "revocation" in ov:
        doc["revocation"] = ov["revocation"]
    if "bands" in ov:
        doc["bands"] = ov["bands"]
    ref = {"id": ov["id"], "version": ov["version"], "title": ov["title"],
           "legal_source": ov["legal_source"]}
    if default_decision:
        ref["decision"] = default_decision
    doc.setdefault("overlays", []).append(ref)
    validate_document(doc, schema=not (base_checked and overlay_checked))
    return doc


# --- building objects ------------------------------------------------------------------------------------
def catalog_from_document(doc: dict[str, Any], *, validated: bool = False) -> Catalog:
    """Validate a national (possibly merged) document (unless ``validated``) and build the
    :class:`Catalog`."""
    if not validated:
        validate_document(doc)
    if doc["kind"] != "national":
        raise CatalogError(_N("errors", "Tệp điều chỉnh (overlay) không dùng riêng được; hãy áp "
                              "dụng nó lên bộ tiêu chí “{base}”."), code="catalog_is_overlay",
                           args={"base": str(doc.get("base"))})
    groups: list[Group] = []
    criteria: list[Criterion] = []
    for g in doc["groups"]:
        g_criteria: list[Criterion] = []
        for c in g["criteria"]:
            indicators = tuple(
                Indicator(
                    code=i["code"], text=i["text"], kind=i["kind"], comparator=i["comparator"],
                    unit=i["unit"],
                    thresholds=tuple(Threshold(value=float(t["value"]),
                                               dimension_value=t["dimension_value"],
                                               year=t["year"], source=t["source"])
                                     for t in i["thresholds"]),
                    source=i["source"], verified=i["verified"], derived=i.get("derived"),
                    note=i.get("note"), help=i.get("help"), criterion_code=c["code"],
                    decision=Decision.from_json(i.get("decision")),
                    plausible_range=(tuple(float(x) for x in i["plausible_range"])  # type: ignore[arg-type]
                                     if i.get("plausible_range") else None))
                for i in c["indicators"])
            crit = Criterion(code=c["code"], name=c["name"], group_code=g["code"],
                             group_name=g["name"], indicators=indicators,
                             phrase=c.get("phrase"))
            g_criteria.append(crit)
            criteria.append(crit)
        groups.append(Group(code=g["code"], name=g["name"], criteria=tuple(g_criteria)))
    r = doc["revocation"]
    revocation = RevocationRule(text=r["text"], revoke_share=float(r["revoke_share"]),
                                revoke_share_with_key=float(r["revoke_share_with_key"]),
                                key_criteria=tuple(r["key_criteria"]), source=r["source"],
                                verified=r["verified"], note=r.get("note"))
    return Catalog(
        id=doc["id"], version=doc["version"], title=doc["title"],
        legal_source=doc["legal_source"], kind=doc["kind"], dimension=doc["dimension"],
        period=Period(doc["period"]["from"], doc["period"]["to"]),
        effective_from=dt.date.fromisoformat(doc["effective_from"]),
        groups=tuple(groups), criteria=tuple(criteria), revocation=revocation,
        bands=tuple(Band(b["min"], b["max"], b["label"]) for b in doc["bands"]),
        sha256=hashlib.sha256(canonical_json(doc)).hexdigest(),
        overlays=tuple(OverlayRef(o["id"], o["version"], o["title"], o["legal_source"],
                                  Decision.from_json(o.get("decision")))
                       for o in doc.get("overlays", ())),
        notes=tuple(CatalogNote(n["text"], n["source"], n["verified"])
                    for n in doc.get("notes", ())),
        legal_basis=doc.get("legal_basis"),
    )


# --- built-in catalogs ------------------------------------------------------------------------------------
def _catalog_dir() -> Path:
    from ntm_desktop.paths import resource

    return resource("catalogs")


def builtin_catalog_ids() -> tuple[str, ...]:
    """Ids of the national sets shipped in resources/catalogs, sorted."""
    folder = _catalog_dir()
    if not folder.is_dir():
        return ()
    return tuple(sorted(p.stem for p in folder.glob("*.json") if not p.name.endswith(".schema.json")))


@lru_cache(maxsize=16)
def _builtin_document_cached(set_id: str) -> dict[str, Any]:
    """A shipped set as read from resources/catalogs. Not validated here: shipped sets are
    validated by the tests (tests/core/test_catalog.py) and at build time
    (``python -m ntm_desktop.devtools.check_catalogs``), not on every start."""
    path = _catalog_dir() / f"{set_id}.json"
    doc = load_catalog_file(path)
    if doc.get("id") != set_id:
        raise CatalogError(_N("errors", "Tệp {name} khai báo id “{id}”, khác tên tệp."),
                           code="catalog_invalid", field="$.id",
                           args={"name": path.name, "id": str(doc["id"])})
    return doc


def builtin_title(set_id: str) -> str:
    """The title of a shipped set (read from the cached document, nothing copied or built).
    Unknown id → ``unknown_catalog``."""
    return str(_builtin_document(set_id)["title"])


def load_builtin_document(set_id: str) -> dict[str, Any]:
    """The document of a shipped set (a fresh copy). Unknown id → ``unknown_catalog``."""
    return copy.deepcopy(_builtin_document(set_id))


def _builtin_document(set_id: str) -> dict[str, Any]:
    """The shared, cached document of a shipped set: never modify it."""
    if set_id not in builtin_catalog_ids():
        known = ", ".join(builtin_catalog_ids()) or _N("model", "không có")
        raise CatalogError(_N("errors", "Không có bộ tiêu chí “{id}” (có sẵn: {known})."),
                           code="unknown_catalog", field="criteria_set",
                           args={"id": str(set_id), "known": known})
    return _builtin_document_cached(set_id)


def load_catalog(set_id: str, overlays: Sequence[dict[str, Any]] = (), *,
                 overlays_checked: bool = False) -> Catalog:
    """Load a shipped national set and apply ``overlays`` (documents) in order.

    ``overlays_checked``: the overlays were validated when they were installed (the workbook
    keeps only validated ones), so only the merged result's semantic rules run. No JSON Schema
    validation (and no jsonschema import) happens on this path unless an overlay is new.
    Raises CatalogError ``unknown_catalog`` for an unknown id, or any overlay/validation error.
    """
    doc = _builtin_document(set_id)  # not copied: apply_overlay and catalog_from_document copy
    for overlay in overlays:
        doc = apply_overlay(doc, overlay, base_checked=True, overlay_checked=overlays_checked)
    return catalog_from_document(doc, validated=True)
