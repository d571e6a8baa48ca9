"""The province's criteria editor: the draft of its overlay, checked as it is typed, compared with
the national set and the last published version, exchanged as Excel, saved in the hub and
published as a signed catalog package. ``ntm catalog draft|edit|add|split|remove|diff|
export-xlsx|import-xlsx|publish`` and the hub's "Bộ tiêu chí của tỉnh" page call these.

A :class:`Draft` is a table with one :class:`Row` per indicator of the national set (plus those
the province adds), the level the province applies per region (2021–2025) or commune group
(2026–2030), unit, comparator and, when it differs from the overlay's, a decision of its own.
:func:`to_overlay` turns it into an ``ntm-catalog/1`` overlay (``override``/``add``/``remove``
against the national set), :func:`draft_from_overlay` reads one back.

Every check is :func:`validate` (one row: :func:`row_issues`; the whole overlay:
:func:`check_overlay`, which ``ntm catalog validate`` runs on a file). Qt-free.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ntm_desktop.core import catalog as cat
from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.errors import CatalogError, NtmError, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.core.text import nfc
from ntm_desktop.services._common import package_destination
from ntm_desktop.store.evaluation_service import install_overlay, version_key
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.workbook import atomic_write_bytes

DRAFT_FORMAT = "ntm-catalog-draft/1"
DRAFT_META = "catalog.draft:"          # + base id → the draft (JSON)
PUBLISHED_META = "catalog.published:"  # + overlay id + "@" + version → {"doc", "published_at", …}
CHUNG = ""  # the key of the national ("chung") level in Row.levels
DEFAULT_SET = "qd51-2025"  # the period in force (2026–2030)

KIND_LABELS = {
    "percent": _N("model", "Tỷ lệ (%)"),
    "amount": _N("model", "Giá trị, số lượng"),
    "count": _N("model", "Số đếm"),
    "boolean": _N("model", "Đạt/Không đạt"),
    "must_be_none": _N("model", "Phải không có"),
}
COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", "=": "="}
ORIGIN_LABELS = {"same": _N("model", "Giữ nguyên"), "changed": _N("model", "Sửa"),
                 "added": _N("model", "Thêm"), "removed": _N("model", "Bỏ")}
_CODE = re.compile(r"^[1-9][0-9]?(\.[1-9][0-9]?)?$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_VERSION = re.compile(r"^[0-9]+(\.[0-9]+){0,3}([-+][0-9A-Za-z.-]+)?$")
MAX_ROWS = 500
MAX_XLSX_BYTES = 10 * 1024 * 1024
MAX_COLUMNS = 40  # the table has at most 25 columns; more is not read


# ================================================================== the draft
@dataclass
class Row:
    """One indicator as the province applies it. ``levels`` maps a region/commune-group code
    (or ``CHUNG`` for every commune) to the level, for evaluation years from ``year`` (None =
    every year); thresholds of other years are kept unchanged in ``other_thresholds``."""

    criterion: str
    code: str
    text: str
    kind: str
    comparator: str
    unit: str
    levels: dict[str, float | None] = field(default_factory=dict)
    year: int | None = None
    confirmed: bool = False
    decision: dict[str, Any] | None = None
    note: str | None = None
    help: str | None = None
    derived: str | None = None
    origin: str = "national"  # national | added
    removed: bool = False
    other_thresholds: list[dict[str, Any]] = field(default_factory=list)
    source: str | None = None  # the national indicator's source (kept for untouched rows)

    @property
    def key(self) -> str:
        """Stable identity inside a draft: the code, prefixed for an added row that replaces
        a removed national one with the same code."""
        return ("+" if self.origin == "added" else "") + self.code

    def thresholds(self, source: str | None = None) -> list[dict[str, Any]]:
        out = [{"value": v, "dimension_value": (k or None), "year": self.year}
               for k, v in self.levels.items() if v is not None]
        out += [dict(t) for t in self.other_thresholds]
        if source:
            for t in out:
                t.setdefault("source", source)
        return sorted(out, key=lambda t: (t["dimension_value"] or "", t["year"] or 0))


@dataclass
class Draft:
    base: str
    base_version: str
    dimension: str
    id: str
    version: str
    title: str
    province_name: str = ""
    province_code: str | None = None
    effective_from: str | None = None
    decision: dict[str, Any] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    saved_at: str | None = None
    published_version: str | None = None  # the published version this draft continues

    @property
    def dimension_values(self) -> tuple[str, ...]:
        return tuple(cat.DIMENSIONS[self.dimension])

    def row(self, key: str) -> Row:
        """The row with ``key`` (or, failing that, the live row with code ``key``)."""
        for r in self.rows:
            if r.key == key:
                return r
        for r in self.rows:
            if r.code == key and not r.removed:
                return r
        raise ValidationError(_N("errors", "Không có chỉ tiêu “{code}” trong bản dự thảo."),
                              code="unknown_indicator", field="code", args={"code": str(key)})

    def live_rows(self) -> list[Row]:
        return [r for r in self.rows if not r.removed]

    def to_json(self) -> dict[str, Any]:
        return {"format": DRAFT_FORMAT, **asdict(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        if not isinstance(data, dict) or data.get("format") != DRAFT_FORMAT:
            raise ValidationError(_N("errors", "Bản dự thảo bộ tiêu chí không đọc được."),
                                  code="bad_draft")
        d = {k: v for k, v in data.items() if k != "format"}
        rows = [Row(**{**r, "levels": {k: v for k, v in (r.get("levels") or {}).items()}})
                for r in d.pop("rows", [])]
        return cls(**d, rows=rows)


# ------------------------------------------------------------------ building drafts
def _national(base: str) -> dict[str, Any]:
    return cat.load_builtin_document(base)


def _row_from_indicator(ind: dict[str, Any], criterion: str, *, origin: str,
                        overlay_decision: dict[str, Any] | None = None) -> Row:
    thresholds = ind.get("thresholds") or []
    undated = [t for t in thresholds if t.get("year") is None]
    years = sorted({t["year"] for t in thresholds if t.get("year") is not None})
    year = None if undated or not years else years[-1]
    levels: dict[str, float | None] = {}
    others = []
    for t in thresholds:
        if t.get("year") == year:
            levels[t.get("dimension_value") or CHUNG] = t["value"]
        else:
            others.append({k: t[k] for k in ("value", "dimension_value", "year")})
    decision = ind.get("decision")
    if decision is not None and overlay_decision is not None and decision == overlay_decision:
        decision = None
    return Row(criterion=criterion, code=ind["code"], text=ind["text"], kind=ind["kind"],
               comparator=ind["comparator"], unit=ind.get("unit") or "", levels=levels,
               year=year, confirmed=bool(ind.get("verified")), decision=copy.deepcopy(decision),
               note=ind.get("note"), help=ind.get("help"), derived=ind.get("derived"),
               origin=origin, other_thresholds=others, source=ind.get("source"))


def new_draft(base: str, *, province_name: str = "", province_code: str | None = None,
              overlay_id: str | None = None) -> Draft:
    """A draft holding the national set as it is (nothing changed yet)."""
    doc = _national(base)
    rows = [_row_from_indicator(i, c["code"], origin="national")
            for g in doc["groups"] for c in g["criteria"] for i in c["indicators"]]
    slug = "".join(ch for ch in (province_code or "tinh") if ch.isalnum()).lower() or "tinh"
    return Draft(base=base, base_version=doc["version"], dimension=doc["dimension"],
                 id=overlay_id or f"{slug}-{base}", version="1.0.0",
                 title=default_title(base, province_name),
                 province_name=province_name, province_code=province_code, rows=rows)


def default_title(base: str, province_name: str) -> str:
    """"Bộ tiêu chí xã nông thôn mới tỉnh … giai đoạn 2026-2030"."""
    period = _national(base)["period"]
    name = (province_name or "").strip()
    if name and not name.lower().startswith(("tỉnh", "thành phố")):
        name = f"tỉnh {name}"
    return " ".join(f"Bộ tiêu chí xã nông thôn mới {name} giai đoạn "
                    f"{period['from']}-{period['to']}".split())


def draft_from_overlay(overlay: dict[str, Any]) -> Draft:
    """The editable table of a (valid) overlay document."""
    check_overlay(overlay)
    base = _national(overlay["base"])
    merged = cat.apply_overlay(base, overlay)
    national_codes = {i["code"] for g in base["groups"] for c in g["criteria"]
                      for i in c["indicators"]}
    removed = set(overlay.get("remove", ()))
    added = {item["indicator"]["code"] for item in overlay.get("add", ())}
    ov_decision = overlay.get("decision")
    rows: list[Row] = []
    for g in merged["groups"]:
        for c in g["criteria"]:
            gone = [_row_from_indicator(i, c["code"], origin="national")
                    for bg in base["groups"] for bc in bg["criteria"] if bc["code"] == c["code"]
                    for i in bc["indicators"] if i["code"] in removed]
            for r in gone:
                r.removed = True
            rows += gone
            for i in c["indicators"]:
                origin = "added" if i["code"] in added or i["code"] not in national_codes \
                    else "national"
                rows.append(_row_from_indicator(i, c["code"], origin=origin,
                                                overlay_decision=ov_decision))
    prov = overlay.get("province") or {}
    return Draft(base=overlay["base"], base_version=base["version"], dimension=base["dimension"],
                 id=overlay["id"], version=overlay["version"], title=overlay["title"],
                 province_name=prov.get("name", ""), province_code=prov.get("code"),
                 effective_from=overlay.get("effective_from"),
                 decision=copy.deepcopy(ov_decision or {}), rows=rows,
                 published_version=overlay["version"])


# ------------------------------------------------------------------ draft → overlay
def legal_source(draft: Draft) -> str:
    """The overlay's ``legal_source``: the decision's citation, its title and URL."""
    d = draft.decision or {}
    text = cat.cite_decision(d) if d.get("number") else draft.title
    if d.get("title"):
        text += f" {d['title']}"
    if d.get("url"):
        text += f" — {d['url']}"
    return text


def _same_thresholds(a: Iterable[dict[str, Any]], b: Iterable[dict[str, Any]]) -> bool:
    def norm(ts: Iterable[dict[str, Any]]) -> set[tuple[Any, Any, float]]:
        return {(t.get("dimension_value"), t.get("year"), float(t["value"])) for t in ts}
    return norm(a) == norm(b)


def _indicator_fields(row: Row) -> dict[str, Any]:
    out: dict[str, Any] = {"code": row.code, "text": row.text, "kind": row.kind,
                           "comparator": row.comparator, "unit": row.unit,
                           "thresholds": row.thresholds(
                               cat.cite_decision(row.decision) if row.decision else None),
                           "verified": bool(row.confirmed)}
    for key in ("note", "help", "derived"):
        value = getattr(row, key)
        if value:
            out[key] = value
    if row.decision:
        out["decision"] = copy.deepcopy(row.decision)
    return out


def _compact(d: dict[str, Any] | None) -> dict[str, Any] | None:
    if not d:
        return None
    out = {k: nfc(v.strip()) if isinstance(v, str) else v for k, v in d.items()
           if v not in (None, "")}
    return out or None


def _replaces(nat: dict[str, Any], row: Row) -> bool:
    return not nat.get("verified") and (row.kind != nat["kind"] or row.text != nat["text"])


def to_overlay(draft: Draft) -> dict[str, Any]:
    """The overlay document of ``draft`` (not validated: see :func:`validate`)."""
    base = _national(draft.base)
    national = {i["code"]: i for g in base["groups"] for c in g["criteria"]
                for i in c["indicators"]}
    override: list[dict[str, Any]] = []
    add: list[dict[str, Any]] = []
    remove: list[str] = []
    last_in_criterion: dict[str, str] = {}
    for row in draft.rows:
        if row.removed:
            if row.origin == "national" and row.code in national:
                remove.append(row.code)
            continue
        fields = _indicator_fields(row)
        nat = national.get(row.code) if row.origin == "national" else None
        if nat is not None and _replaces(nat, row):
            # an unverified national item (a 2026–2030 placeholder) the province redefines:
            # replaced whole, so none of its national notes stays on the province's indicator
            remove.append(row.code)
            if fields.get("note") == nat.get("note"):
                fields.pop("note", None)
            if fields.get("help") == nat.get("help"):
                fields.pop("help", None)
            nat = None
            item = {"criterion": row.criterion, "indicator": fields}
            if last_in_criterion.get(row.criterion):
                item["after"] = last_in_criterion[row.criterion]
            add.append(item)
        elif nat is not None:
            changes: dict[str, Any] = {}
            for key, value in fields.items():
                if key == "code":
                    continue
                if key == "thresholds":
                    own_basis = row.decision and row.decision != nat.get("decision")
                    if not _same_thresholds(value, nat.get("thresholds") or []) or \
                            (own_basis and value):
                        changes[key] = value
                elif nat.get(key) != value:
                    changes[key] = value
            if nat.get("derived") and not row.derived:
                changes["derived"] = None
            if changes:
                override.append({"code": row.code, **changes})
        else:
            item: dict[str, Any] = {"criterion": row.criterion, "indicator": fields}
            after = last_in_criterion.get(row.criterion)
            if after:
                item["after"] = after
            add.append(item)
        last_in_criterion[row.criterion] = row.code
    doc: dict[str, Any] = {
        "format": cat.FORMAT, "kind": "overlay", "id": draft.id, "version": draft.version,
        "base": draft.base, "base_version": draft.base_version, "title": draft.title,
        "legal_source": legal_source(draft)}
    decision = _compact(draft.decision)
    if decision:
        doc["decision"] = decision
    if draft.effective_from:
        doc["effective_from"] = draft.effective_from
    if draft.province_name:
        doc["province"] = {"name": draft.province_name}
        if draft.province_code:
            doc["province"]["code"] = draft.province_code
    if override:
        doc["override"] = override
    if add:
        doc["add"] = add
    if remove:
        doc["remove"] = remove
    return doc


def overlay_bytes(doc: dict[str, Any]) -> bytes:
    """The published file: UTF-8 JSON, keys in document order, readable in a text editor."""
    return (json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode("utf-8")


# ================================================================== validation
@dataclass(frozen=True)
class Issue:
    """One problem: ``row`` is the row key (None for the header), ``column`` the field."""

    severity: str  # error | warning
    row: str | None
    column: str
    error: NtmError

    @property
    def message(self) -> str:
        return self.error.message

    def to_json(self) -> dict[str, Any]:
        return {"severity": self.severity, "row": self.row, "column": self.column,
                "code": self.error.code, "message": self.error.message}


def _issue(row: str | None, column: str, template: str, error_code: str = "invalid", *,
           severity: str = "error", **args: Any) -> Issue:
    return Issue(severity, row, column,
                 ValidationError(template, code=error_code, field=column,
                                 args={k: str(v) for k, v in args.items()}))


def check_decision(d: dict[str, Any] | None, row: str | None, prefix: str = "decision"
                   ) -> list[Issue]:
    """Number, date and issuer of a legal basis are all given, the date is real and not in the
    future."""
    out: list[Issue] = []
    d = d or {}
    if not str(d.get("number") or "").strip():
        out.append(_issue(row, f"{prefix}.number", _N("errors", "Cần số quyết định (ví dụ "
                                                      "“15/2026/QĐ-UBND”)."), "required"))
    elif len(str(d["number"])) > 100:
        out.append(_issue(row, f"{prefix}.number", _N("errors", "Số quyết định quá dài.")))
    if not str(d.get("issuer") or "").strip():
        out.append(_issue(row, f"{prefix}.issuer", _N("errors", "Cần cơ quan ban hành (ví dụ "
                                                      "“UBND tỉnh …”)."), "required"))
    date = str(d.get("date") or "").strip()
    if not date:
        out.append(_issue(row, f"{prefix}.date", _N("errors", "Cần ngày ban hành quyết định."),
                          "required"))
    else:
        try:
            day = dt.date.fromisoformat(date)
        except ValueError:
            out.append(_issue(row, f"{prefix}.date", _N("errors", "Ngày “{date}” không hợp lệ."),
                              date=date))
        else:
            if day > dt.date.today():
                out.append(_issue(row, f"{prefix}.date", _N("errors", "Ngày ban hành "
                                  "{date} ở tương lai."), date=vf.doc_date(day)))
    return out


def row_issues(draft: Draft, row: Row) -> list[Issue]:
    """The checks of one row (run on every edit)."""
    out: list[Issue] = []
    key = row.key
    if row.removed:
        return out
    if not _CODE.match(row.code or ""):
        out.append(_issue(key, "code", _N("errors", "Mã chỉ tiêu “{code}” không hợp lệ (dạng "
                                          "“5” hoặc “5.2”)."), code=row.code))
    elif row.code != row.criterion and not row.code.startswith(row.criterion + "."):
        out.append(_issue(key, "code", _N("errors", "Mã chỉ tiêu “{code}” phải bắt đầu bằng "
                                          "“{criterion}.”."), code=row.code,
                          criterion=row.criterion))
    elif sum(1 for r in draft.live_rows() if r.code == row.code) > 1:
        out.append(_issue(key, "code", _N("errors", "Mã chỉ tiêu “{code}” bị trùng."),
                          "duplicate", code=row.code))
    if not (row.text or "").strip():
        out.append(_issue(key, "text", _N("errors", "Cần nội dung chỉ tiêu."), "required"))
    elif len(row.text) > 4000:
        out.append(_issue(key, "text", _N("errors", "Nội dung chỉ tiêu quá dài.")))
    if len(row.unit or "") > 100:
        out.append(_issue(key, "unit", _N("errors", "Đơn vị tính quá dài.")))
    if row.kind not in cat.KINDS:
        out.append(_issue(key, "kind", _N("errors", "Loại chỉ tiêu không hợp lệ.")))
    if row.comparator not in cat.COMPARATORS:
        out.append(_issue(key, "comparator", _N("errors", "Phép so sánh phải là ≥, ≤ hoặc =.")))
    elif row.kind in ("boolean", "must_be_none") and row.comparator != "=":
        out.append(_issue(key, "comparator", _N("errors", "Chỉ tiêu Đạt/Không đạt chỉ dùng "
                                                "phép so sánh “=”.")))
    if row.year is not None and not 2000 <= row.year <= 2100:
        out.append(_issue(key, "year", _N("errors", "Năm áp dụng phải trong khoảng "
                                          "2000–2100.")))
    for dim, value in row.levels.items():
        if value is None:
            continue
        column = f"level.{dim or 'chung'}"
        if dim and dim not in draft.dimension_values:
            out.append(_issue(key, column, _N("errors", "“{value}” không phải vùng/nhóm xã của "
                                              "bộ tiêu chí này."), value=dim))
        if row.kind == "percent" and not 0 <= value <= 100:
            out.append(_issue(key, column, _N("errors", "Tỷ lệ phải trong khoảng 0–100, không "
                                              "phải {value}."), value=vf.number(value, 4,
                                                                                trim=True)))
        elif row.kind in ("amount", "count") and value < 0:
            out.append(_issue(key, column, _N("errors", "Mức đạt chuẩn không được âm.")))
        elif row.kind == "count" and value != int(value):
            out.append(_issue(key, column, _N("errors", "Số đếm phải là số nguyên.")))
        elif row.kind == "boolean" and value != 1:
            out.append(_issue(key, column, _N("errors", "Chỉ tiêu Đạt/Không đạt chỉ nhận mức "
                                              "1 (Đạt); để trống cũng được.")))
        elif row.kind == "must_be_none" and value != 0:
            out.append(_issue(key, column, _N("errors", "Chỉ tiêu “phải không có” chỉ nhận "
                                              "mức 0.")))
    if row.decision:
        out += check_decision(row.decision, key)
    if row.derived and cat.DERIVED_MEASURES.get(row.derived) not in (None, row.kind):
        out.append(_issue(key, "kind", _N("errors", "Chỉ tiêu tự tính từ sổ công trình phải giữ "
                                          "loại “{kind}”."),
                          kind=KIND_LABELS.get(cat.DERIVED_MEASURES[row.derived], "")))
    numeric = row.kind in cat.NUMERIC_KINDS
    if numeric and row.confirmed and not out:
        given = {k for k, v in row.levels.items() if v is not None}
        given |= {t.get("dimension_value") or CHUNG for t in row.other_thresholds}
        if CHUNG not in given:
            missing = [d for d in draft.dimension_values if d not in given]
            if missing:
                out.append(_issue(key, f"level.{missing[0]}", _N(
                    "errors", "Chưa có mức đạt chuẩn cho {groups}: xã thuộc đó sẽ ở trạng thái "
                    "“chưa xác định”."), "missing_level", severity="warning",
                    groups=", ".join(missing)))
    return out


def header_issues(draft: Draft, *, for_publish: bool = False) -> list[Issue]:
    out: list[Issue] = []
    if not _ID.match(draft.id or ""):
        out.append(_issue(None, "id", _N("errors", "Mã bộ tiêu chí của tỉnh chỉ gồm chữ thường "
                                         "không dấu, số, “.”, “-”, “_” (2–64 ký tự).")))
    if not _VERSION.match(draft.version or ""):
        out.append(_issue(None, "version", _N("errors", "Phiên bản phải có dạng 1.0.0.")))
    if not (draft.title or "").strip():
        out.append(_issue(None, "title", _N("errors", "Cần tên bộ tiêu chí."), "required"))
    if not (draft.province_name or "").strip():
        out.append(_issue(None, "province_name", _N("errors", "Cần tên tỉnh."), "required"))
    if draft.province_code and not re.fullmatch(r"[0-9]{2}", draft.province_code):
        out.append(_issue(None, "province_code", _N("errors", "Mã tỉnh gồm 2 chữ số.")))
    if draft.effective_from:
        try:
            dt.date.fromisoformat(draft.effective_from)
        except ValueError:
            out.append(_issue(None, "effective_from", _N("errors", "Ngày “{date}” không hợp "
                                                         "lệ."), date=draft.effective_from))
    decision = check_decision(draft.decision, None)
    if not for_publish:  # while typing, a missing decision is only a reminder
        decision = [Issue("warning", i.row, i.column, i.error) if i.error.code == "required"
                    else i for i in decision]
    out += decision
    criteria = {r.criterion for r in draft.rows}
    for c in sorted(criteria, key=cat.code_sort_key):
        if not any(r.criterion == c for r in draft.live_rows()):
            out.append(_issue(None, "rows", _N("errors", "Tiêu chí {criterion} phải còn ít nhất "
                                               "một chỉ tiêu."), criterion=c))
    return out


def check_overlay(doc: dict[str, Any]) -> cat.Catalog:
    """The whole-document check shared by the editor and ``ntm catalog validate``: the JSON
    Schema and semantic rules, a shipped base set, the merged set valid. Returns the merged
    catalog; raises CatalogError naming the JSON path."""
    cat.validate_document(doc)
    if doc.get("kind") != "overlay":
        return cat.catalog_from_document(doc)
    return cat.load_catalog(doc["base"], [doc])


def validate(draft: Draft, *, for_publish: bool = False) -> list[Issue]:
    """Every problem of the draft: header, rows, then the overlay it makes as a whole."""
    if len(draft.rows) > MAX_ROWS:
        return [_issue(None, "rows", _N("errors", "Quá nhiều chỉ tiêu (tối đa {limit})."),
                       limit=MAX_ROWS)]
    out = header_issues(draft, for_publish=for_publish)
    for row in draft.rows:
        out += row_issues(draft, row)
    if not any(i.severity == "error" for i in out):
        try:
            check_overlay(to_overlay(draft))
        except CatalogError as exc:
            out.append(Issue("error", None, exc.field or "document", exc))
    return out


def errors_of(issues: Sequence[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity == "error"]


# ================================================================== editing
def parse_level(text: str | float | int | None) -> float | None:
    """A level typed the Vietnamese way: "80", "80,5", "1.264" (thousands), "85.5"; "" → None.
    Raises ValidationError."""
    if text is None or isinstance(text, int | float) and not isinstance(text, bool):
        return None if text is None else float(text)
    t = str(text).strip().replace(" ", "").replace("\u00a0", "").rstrip("%")
    if not t:
        return None
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    if not re.fullmatch(r"-?(\d+\.?\d*|\.\d+)", t):
        raise ValidationError(_N("errors", "“{text}” không phải là số."), code="not_a_number",
                              args={"text": str(text)})
    return float(t)


EDITABLE = ("code", "text", "kind", "comparator", "unit", "year", "confirmed", "note",
            "decision.number", "decision.date", "decision.issuer")


def set_field(draft: Draft, key: str, column: str, value: Any) -> list[Issue]:
    """Change one cell: ``column`` is ``level.<N1|N2|…|chung>`` or one of :data:`EDITABLE`;
    ``value`` is text as typed or a number. Returns the row's issues after the change (the row
    is changed even when it has issues, so a draft can be finished later)."""
    row = draft.row(key)
    if column.startswith("level."):
        dim = column[6:]
        dim = CHUNG if dim in ("", "chung") else dim
        if dim and dim not in draft.dimension_values:
            raise ValidationError(_N("errors", "“{value}” không phải vùng/nhóm xã của bộ tiêu chí "
                                     "này."), field=column, args={"value": dim})
        row.levels[dim] = parse_level(value)
        if row.levels[dim] is not None:
            row.confirmed = True
    elif column == "code":
        if row.origin != "added":
            raise ValidationError(_N("errors", "Chỉ đổi được mã của chỉ tiêu tỉnh thêm."),
                                  field="code")
        row.code = str(value or "").strip()
    elif column == "year":
        text = str(value if value is not None else "").strip()
        if text and not text.isdigit():
            raise ValidationError(_N("errors", "“{text}” không phải là năm."), field="year",
                                  args={"text": text})
        row.year = int(text) if text else None
    elif column == "confirmed":
        row.confirmed = value in (True, 1) or str(value).strip().lower() in (
            "1", "true", "có", "x", "đã xác nhận", "yes")
    elif column == "kind":
        value = {nfc(v): k for k, v in KIND_LABELS.items()}.get(nfc(str(value)), value)
        row.kind = str(value)
        if row.kind in ("boolean", "must_be_none"):
            row.comparator = "="
            row.unit = ""
    elif column == "comparator":
        value = {v: k for k, v in COMPARATOR_SIGNS.items()}.get(str(value).strip(), value)
        row.comparator = str(value).strip()
    elif column.startswith("decision."):
        part = column.split(".", 1)[1]
        d = dict(row.decision or {})
        text = nfc(str(value or "").strip())
        if part == "date" and text:
            try:
                text = vf.parse_date(text).isoformat()
            except ValueError:
                pass  # kept as typed; the check names it
        d[part] = text
        row.decision = d if any(d.values()) else None
        if row.decision:
            row.confirmed = True
    elif column in ("text", "unit", "note"):
        text = nfc(str(value or "")).strip()
        setattr(row, column, text if text or column != "note" else None)
    else:
        raise ValidationError(_N("errors", "Không sửa được cột “{column}”."), field=column,
                              args={"column": column})
    if column in ("text", "kind"):
        _drop_placeholder_notes(draft, row)
    return row_issues(draft, row)


def _drop_placeholder_notes(draft: Draft, row: Row) -> None:
    """A national item the province redefines (an unverified placeholder whose text or kind
    changes) loses the national note and help, which describe the placeholder."""
    if row.origin != "national":
        return
    nat = next((i for g in _national(draft.base)["groups"] for c in g["criteria"]
                for i in c["indicators"] if i["code"] == row.code), None)
    if nat is None or not _replaces(nat, row):
        return
    if row.note == nat.get("note"):
        row.note = None
    if row.help == nat.get("help"):
        row.help = None


def set_header(draft: Draft, name: str, value: Any) -> list[Issue]:
    """Change the overlay's id, version, title, province, effective date or decision."""
    text = nfc(str(value or "")).strip()
    if name in ("decision.number", "decision.issuer", "decision.title", "decision.url"):
        draft.decision[name.split(".", 1)[1]] = text
    elif name in ("decision.date", "effective_from"):
        if text:
            try:
                text = vf.parse_date(text).isoformat()
            except ValueError:
                pass
        if name == "effective_from":
            draft.effective_from = text or None
        else:
            draft.decision["date"] = text
    elif name in ("id", "version", "title", "province_name", "province_code"):
        if name == "province_name" and draft.title == default_title(draft.base,
                                                                     draft.province_name):
            draft.title = default_title(draft.base, text)
        setattr(draft, name, text or (None if name == "province_code" else ""))
    else:
        raise ValidationError(_N("errors", "Không sửa được mục “{column}”."), field=name,
                              args={"column": name})
    return header_issues(draft)


def _next_code(draft: Draft, criterion: str) -> str:
    used = {r.code for r in draft.live_rows()}
    n = 1
    while f"{criterion}.{n}" in used:
        n += 1
    if n > 99:
        raise ValidationError(_N("errors", "Tiêu chí {criterion} đã đủ 99 chỉ tiêu."),
                              args={"criterion": criterion})
    return f"{criterion}.{n}"


def _insert_after(draft: Draft, row: Row, after_key: str | None) -> None:
    if after_key is None:
        idx = max((i for i, r in enumerate(draft.rows) if r.criterion == row.criterion),
                  default=len(draft.rows) - 1)
    else:
        idx = next(i for i, r in enumerate(draft.rows) if r.key == draft.row(after_key).key)
    draft.rows.insert(idx + 1, row)


def add_row(draft: Draft, criterion: str, *, after: str | None = None, text: str = "",
            kind: str = "percent", unit: str = "%") -> Row:
    """A new provincial indicator in ``criterion`` (after the row ``after``, else last), with
    the next free code. Its text is empty until typed (the check says so)."""
    if criterion not in {r.criterion for r in draft.rows}:
        raise ValidationError(_N("errors", "Không có tiêu chí “{criterion}”."),
                              field="criterion", args={"criterion": str(criterion)})
    if len(draft.rows) >= MAX_ROWS:
        raise ValidationError(_N("errors", "Quá nhiều chỉ tiêu (tối đa {limit})."),
                              args={"limit": str(MAX_ROWS)})
    comparator = "=" if kind in ("boolean", "must_be_none") else ">="
    row = Row(criterion=criterion, code=_next_code(draft, criterion), text=nfc(text), kind=kind,
              comparator=comparator, unit=unit if kind in cat.NUMERIC_KINDS else "",
              origin="added", confirmed=True)
    _insert_after(draft, row, after)
    return row


def split_row(draft: Draft, key: str, parts: int = 2) -> list[Row]:
    """Split an indicator into ``parts`` (2–20): the row keeps its code and gains “(phần 1)”,
    the new rows follow it with the next free codes and the same kind, unit and levels — the
    usual start of replacing a 2026–2030 placeholder by the province's indicators."""
    if not 2 <= parts <= 20:
        raise ValidationError(_N("errors", "Tách thành 2 đến 20 chỉ tiêu."), field="parts")
    row = draft.row(key)
    if row.removed:
        raise ValidationError(_N("errors", "Chỉ tiêu “{code}” đã bị bỏ."),
                              args={"code": row.code})
    base_text = row.text
    row.text = f"{base_text} (phần 1)"
    row.confirmed = True
    _drop_placeholder_notes(draft, row)
    out = [row]
    after = row.key
    for n in range(2, parts + 1):
        new = Row(criterion=row.criterion, code=_next_code(draft, row.criterion),
                  text=f"{base_text} (phần {n})", kind=row.kind, comparator=row.comparator,
                  unit=row.unit, levels=dict(row.levels), year=row.year, confirmed=True,
                  decision=copy.deepcopy(row.decision), origin="added")
        _insert_after(draft, new, after)
        after = new.key
        out.append(new)
    return out


def remove_row(draft: Draft, key: str) -> Row | None:
    """Drop an indicator: a national one is marked removed (the overlay lists it in
    ``remove``; :func:`restore_row` brings it back), an added one is deleted."""
    row = draft.row(key)
    if row.origin == "added":
        draft.rows.remove(row)
        return None
    row.removed = True
    return row


def restore_row(draft: Draft, key: str) -> Row:
    row = next((r for r in draft.rows if r.key == key and r.removed), None)
    if row is None:
        raise ValidationError(_N("errors", "Không có chỉ tiêu “{code}” đã bỏ."),
                              args={"code": str(key)})
    row.removed = False
    return row


def row_states(draft: Draft) -> dict[str, str]:
    """Row key → same | changed | added | removed, against the national set."""
    changed = {c.key for c in diff_national(draft) if c.what == "changed"}
    return {r.key: ("removed" if r.removed else "added" if r.origin == "added"
                    else "changed" if r.key in changed else "same") for r in draft.rows}


def row_state(draft: Draft, row: Row) -> str:
    """One row's :func:`row_states`."""
    return row_states(draft)[row.key]


# ================================================================== differences
@dataclass(frozen=True)
class Change:
    key: str
    code: str
    what: str  # added | removed | changed
    fields: tuple[tuple[str, str, str], ...] = ()  # (field, before, after) as text
    values: tuple[tuple[str, Any, Any], ...] = ()  # the same, as values (for the GUI)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "what": self.what,
                "fields": [{"field": f, "before": b, "after": a} for f, b, a in self.fields]}


def _level_text(row: Row, dim: str) -> str:
    v = row.levels.get(dim)
    return "" if v is None else vf.number(v, 4, trim=True)


def _row_texts(row: Row, dims: Sequence[str]) -> dict[str, str]:
    out = {"text": row.text, "kind": row.kind, "comparator": COMPARATOR_SIGNS.get(
        row.comparator, row.comparator), "unit": row.unit or "",
        "year": "" if row.year is None else str(row.year),
        "confirmed": "có" if row.confirmed else "không",
        "decision": cat.cite_decision(row.decision) if row.decision else ""}
    for d in (CHUNG, *dims):
        out[f"level.{d or 'chung'}"] = _level_text(row, d)
    return out


def _row_values(row: Row, dims: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"text": row.text, "kind": row.kind, "comparator": row.comparator,
                           "unit": row.unit or "", "year": row.year, "confirmed": row.confirmed,
                           "decision": row.decision}
    for d in (CHUNG, *dims):
        out[f"level.{d or 'chung'}"] = row.levels.get(d)
    return out


def diff_rows(old: Sequence[Row], new: Sequence[Row], dims: Sequence[str]) -> list[Change]:
    """What changed from ``old`` to ``new`` (live rows matched by code), in ``new``'s order."""
    before = {r.code: r for r in old if not r.removed}
    after = {r.code: r for r in new if not r.removed}
    out: list[Change] = []
    for r in new:
        if r.removed:
            continue
        o = before.get(r.code)
        if o is None:
            out.append(Change(r.key, r.code, "added"))
            continue
        a, b = _row_texts(o, dims), _row_texts(r, dims)
        fields = tuple((k, a[k], b[k]) for k in b if a[k] != b[k])
        if fields:
            va, vb = _row_values(o, dims), _row_values(r, dims)
            out.append(Change(r.key, r.code, "changed", fields,
                              tuple((k, va[k], vb[k]) for k, _, _ in fields)))
    for r in old:
        if not r.removed and r.code not in after:
            out.append(Change(r.key, r.code, "removed"))
    return out


def diff_national(draft: Draft) -> list[Change]:
    """What the province changes in the national set."""
    return diff_rows(new_draft(draft.base).rows, draft.rows, draft.dimension_values)


def diff_published(hub: Hub, draft: Draft) -> list[Change] | None:
    """What changed since the last published version of this overlay (None: never published)."""
    last = last_published(hub, draft.id)
    if last is None:
        return None
    return diff_rows(draft_from_overlay(last["doc"]).rows, draft.rows, draft.dimension_values)


# ================================================================== the hub: draft and versions
def save_draft(hub: Hub, draft: Draft) -> Draft:
    """Keep the draft in the hub (one transaction; a draft may still have issues)."""
    draft.saved_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with hub.atomic():
        hub.set_meta(DRAFT_META + draft.base, json.dumps(draft.to_json(), ensure_ascii=False))
    return draft


def load_draft(hub: Hub, base: str) -> Draft | None:
    raw = hub.meta(DRAFT_META + base)
    if not raw:
        return None
    try:
        return Draft.from_json(json.loads(raw))
    except (ValueError, TypeError) as exc:
        raise ValidationError(_N("errors", "Bản dự thảo bộ tiêu chí không đọc được."),
                              code="bad_draft") from exc


def open_draft(hub: Hub, base: str, *, province_name: str | None = None) -> Draft:
    """The saved draft for ``base``; else one continuing the last published version; else
    the national set as it is."""
    draft = load_draft(hub, base)
    if draft is not None:
        return draft
    published = [p for p in published_versions(hub) if p["doc"]["base"] == base]
    if published:
        draft = draft_from_overlay(published[-1]["doc"])
        draft.version = next_version(hub, draft.id)
        return draft
    return new_draft(base, province_name=province_name or "")


def discard_draft(hub: Hub, base: str) -> None:
    with hub.atomic():
        hub.db.execute("DELETE FROM meta WHERE key = ?", [DRAFT_META + base])


def published_versions(hub: Hub, overlay_id: str | None = None) -> list[dict[str, Any]]:
    """Published overlays, oldest first: {"id", "version", "published_at", "file", "seq",
    "doc"}."""
    out = []
    for r in hub.db.query("SELECT value FROM meta WHERE key LIKE 'catalog.published:%'"):
        item = json.loads(r["value"])
        if overlay_id is None or item["id"] == overlay_id:
            out.append(item)
    return sorted(out, key=lambda p: (p["id"], version_key(p["version"])))


def last_published(hub: Hub, overlay_id: str) -> dict[str, Any] | None:
    items = published_versions(hub, overlay_id)
    return items[-1] if items else None


def next_version(hub: Hub, overlay_id: str) -> str:
    """1.0.0 for a first publication, else the last version with its second part raised."""
    last = last_published(hub, overlay_id)
    if last is None:
        return "1.0.0"
    parts = list(version_key(last["version"])) + [0, 0, 0]
    return f"{parts[0]}.{parts[1] + 1}.0"


def publish(hub_path: Path, keys_dir: Path, draft: Draft, dest: Path, *,
            passphrase: str | None = None, report: ProgressFn | None = None,
            cancel: CancelToken | None = None) -> dict[str, Any]:
    """Check the draft, sign it as a catalog package to ``dest`` (a folder or a file name),
    keep the version in the hub and hand it to the replicas. Raises ValidationError (with the
    issues in ``detail``) when the draft has errors or the version is not newer than the last
    published one."""
    step(report, cancel, 0, 3, _N("progress", "Kiểm tra bộ tiêu chí"))
    issues = errors_of(validate(draft, for_publish=True))
    if issues:
        raise ValidationError(_N("errors", "Bộ tiêu chí còn {count} lỗi, chưa ban hành được: "
                                 "{first}"), code="draft_invalid",
                              field=issues[0].column,
                              args={"count": str(len(issues)), "first": issues[0].message},
                              detail=[i.to_json() for i in issues])
    doc = to_overlay(draft)
    return _sign(hub_path, keys_dir, doc, overlay_bytes(doc), dest, passphrase, draft,
                 report, cancel)


def publish_file(hub_path: Path, keys_dir: Path, overlay: Path, dest: Path, *,
                 passphrase: str | None = None, report: ProgressFn | None = None,
                 cancel: CancelToken | None = None) -> dict[str, Any]:
    """Publish an overlay file written by hand (``ntm catalog publish FILE``): the same checks
    (:func:`check_overlay`), signature and version record as :func:`publish`."""
    step(report, cancel, 0, 3, _N("progress", "Kiểm tra bộ tiêu chí"))
    doc = cat.load_catalog_file(overlay)
    if doc.get("kind") != "overlay":
        raise CatalogError(_N("errors", "Tệp này không phải bộ tiêu chí bổ sung của tỉnh "
                              "(kind = overlay)."), code="not_overlay")
    check_overlay(doc)
    return _sign(hub_path, keys_dir, doc, Path(overlay).read_bytes(), dest, passphrase, None,
                 report, cancel)


def _sign(hub_path: Path, keys_dir: Path, doc: dict[str, Any], data: bytes, dest: Path,
          passphrase: str | None, draft: Draft | None, report: ProgressFn | None,
          cancel: CancelToken | None) -> dict[str, Any]:
    from ntm_desktop.sync import exporter
    from ntm_desktop.sync.keys import KeyStore
    hub = Hub.open(hub_path)
    try:
        last = last_published(hub, doc["id"])
        if last is not None and _without_version(last["doc"]) == _without_version(doc):
            raise ValidationError(_N("errors", "Không có thay đổi so với phiên bản {last} đã ban "
                                     "hành; không cần ban hành lại."), code="no_changes",
                                  args={"last": last["version"]})
        if last is not None and version_key(doc["version"]) <= version_key(last["version"]):
            raise ValidationError(_N("errors", "Phiên bản {version} phải lớn hơn phiên bản đã ban "
                                     "hành {last}."), code="version_not_newer", field="version",
                                  args={"version": doc["version"], "last": last["version"]})
        dest = package_destination(dest, f"NTM-botieuchi-{doc['id']}-{doc['version']}.ntmpkg")
        step(report, cancel, 1, 3, _N("progress", "Ký gói bộ tiêu chí"))
        ks = KeyStore(keys_dir)
        key = ks.load(passphrase)
        result = exporter.export_catalog(hub, ks, key, data, dest)
        step(report, cancel, 2, 3, _N("progress", "Lưu phiên bản đã ban hành"))
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        item = {"id": doc["id"], "version": doc["version"], "published_at": now,
                "file": str(dest), "seq": result["seq"], "package_hash": result["package_hash"],
                "doc": doc}
        with hub.atomic():
            hub.set_meta(f"{PUBLISHED_META}{doc['id']}@{doc['version']}",
                         json.dumps(item, ensure_ascii=False))
            if draft is not None:  # the draft goes on as the next version
                draft.published_version = draft.version
                draft.version = next_version(hub, draft.id)
                draft.saved_at = now
                hub.set_meta(DRAFT_META + draft.base,
                             json.dumps(draft.to_json(), ensure_ascii=False))
        shared = share_with_replicas(hub)
        step(report, cancel, 3, 3, "")
        return {**result, "id": doc["id"], "version": doc["version"], "file": str(dest),
                "legal_source": doc["legal_source"], "replicas": shared,
                "changes": len(doc.get("override", ())) + len(doc.get("add", ()))
                + len(doc.get("remove", ()))}
    finally:
        hub.close()


def pin_approved_year(hub: Hub, code: str, year: int) -> dict[str, Any]:
    """Call when the hub approves ``year`` for commune ``code``: the replica keeps evaluating
    that year with the catalog version it uses now, whatever the province publishes later
    (:func:`ntm_desktop.store.evaluation_service.pin_catalog`). Returns the pin."""
    from ntm_desktop.store.evaluation_service import pin_catalog
    share_with_replicas(hub)
    return pin_catalog(hub.replica(code), year)


def _without_version(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "version"}


def share_with_replicas(hub: Hub, codes: list[str] | None = None) -> int:
    """Install every published overlay version into the commune replicas held by the hub
    (not activated), so the hub evaluates a commune with the version the commune uses — and a
    year pinned on approval keeps its version. Call after publishing and after importing
    packages (``codes``: only those communes' replicas). Returns the number updated."""
    from ntm_desktop.store.evaluation_service import overlay_versions
    published = published_versions(hub)
    n = 0
    for code in codes if codes is not None else [row["code"] for row in hub.communes()]:
        try:
            wb = hub.replica(code)
        except NtmError:
            continue
        commune = wb.commune() or {}
        have = overlay_versions(wb)
        changed = False
        for p in published:
            doc = p["doc"]
            if doc["base"] != commune.get("criteria_set") or (doc["id"], doc["version"]) in have:
                continue
            install_overlay(wb, doc, activate=False)
            changed = True
        n += changed
    return n


# ================================================================== Excel
INFO_SHEET = "Thông tin"
TABLE_SHEET = "Chỉ tiêu"
INFO_ROWS = (("base", "Bộ tiêu chí quốc gia"), ("id", "Mã bộ tiêu chí của tỉnh"),
             ("version", "Phiên bản"), ("title", "Tên bộ tiêu chí"),
             ("province_name", "Tỉnh"), ("province_code", "Mã tỉnh"),
             ("effective_from", "Áp dụng từ ngày"), ("decision.number", "Số quyết định"),
             ("decision.date", "Ngày ban hành"), ("decision.issuer", "Cơ quan ban hành"),
             ("decision.title", "Trích yếu"), ("decision.url", "Đường dẫn văn bản"))


def _table_columns(draft: Draft) -> list[tuple[str, str]]:
    levels = [("level.chung", "Mức chung")] + [
        (f"level.{d}", f"Mức {label}") for d, label in cat.DIMENSIONS[draft.dimension].items()]
    return [("criterion", "Tiêu chí"), ("code", "Mã"), ("text", "Nội dung chỉ tiêu"),
            ("kind", "Loại"), ("comparator", "So sánh"), ("unit", "Đơn vị tính"), *levels,
            ("year", "Áp dụng từ năm"), ("confirmed", "Tỉnh đã xác nhận"),
            ("decision.number", "Số QĐ riêng"), ("decision.date", "Ngày QĐ riêng"),
            ("decision.issuer", "Cơ quan ban hành QĐ riêng"), ("note", "Ghi chú"),
            ("state", "Thay đổi so với bộ quốc gia")]


def export_xlsx(draft: Draft, path: Path, *, report: ProgressFn | None = None,
                cancel: CancelToken | None = None) -> dict[str, Any]:
    """Write the draft as .xlsx: sheet “Thông tin” (the decision) and “Chỉ tiêu” (the table:
    row 1 titles, row 2 column keys, data from row 3). Levels are numbers (format
    ``#,##0.##``); dates dd/mm/yyyy. Temporary file, then rename."""
    from openpyxl import Workbook as XlsxBook
    from openpyxl.styles import Alignment, Font
    step(report, cancel, 0, 2, "")
    book = XlsxBook()
    info = book.active
    info.title = INFO_SHEET
    for key, title in INFO_ROWS:
        if key.startswith("decision."):
            value = (draft.decision or {}).get(key.split(".", 1)[1])
        else:
            value = getattr(draft, key)
        if key.endswith("date") or key == "effective_from":
            try:
                value = vf.short_date(dt.date.fromisoformat(value)) if value else value
            except ValueError:
                pass
        info.append([title, value, key])
        info.cell(info.max_row, 2).data_type = "s"
    info.column_dimensions["A"].width = 26
    info.column_dimensions["B"].width = 70
    info.column_dimensions["C"].hidden = True
    sheet = book.create_sheet(TABLE_SHEET)
    cols = _table_columns(draft)
    sheet.append([t for _, t in cols])
    sheet.append([k for k, _ in cols])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[2].hidden = True
    national_changes = {c.key for c in diff_national(draft)}
    for row in draft.rows:
        state = ("removed" if row.removed else "added" if row.origin == "added"
                 else "changed" if row.key in national_changes else "same")
        values: list[Any] = []
        for key, _ in cols:
            if key.startswith("level."):
                dim = key[6:]
                values.append(row.levels.get(CHUNG if dim == "chung" else dim))
            elif key == "kind":
                values.append(KIND_LABELS.get(row.kind, row.kind))
            elif key == "comparator":
                values.append(COMPARATOR_SIGNS.get(row.comparator, row.comparator))
            elif key == "confirmed":
                values.append("có" if row.confirmed else "")
            elif key.startswith("decision."):
                v = (row.decision or {}).get(key.split(".", 1)[1])
                if key == "decision.date" and v:
                    try:
                        v = vf.short_date(dt.date.fromisoformat(v))
                    except ValueError:
                        pass
                values.append(v)
            elif key == "state":
                values.append(ORIGIN_LABELS[state])
            else:
                values.append(getattr(row, key))
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula
            elif isinstance(cell.value, float | int):
                cell.number_format = "#,##0.##"
    widths = {"text": 60, "note": 30, "decision.issuer": 24, "state": 14}
    for i, (key, _) in enumerate(cols, start=1):
        sheet.column_dimensions[sheet.cell(1, i).column_letter].width = widths.get(key, 11)
    sheet.freeze_panes = "D3"
    buf = io.BytesIO()
    try:
        book.save(buf)
    except Exception as exc:  # openpyxl: IllegalCharacterError for control characters
        raise ValidationError(_N("errors", "Không ghi được Excel: {detail}"), code="xlsx_write",
                              args={"detail": str(exc)}) from exc
    atomic_write_bytes(Path(path), buf.getvalue())
    step(report, cancel, 2, 2, "")
    return {"file": str(path), "rows": len(draft.rows)}


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        d = value.date() if isinstance(value, dt.datetime) else value
        return d.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return nfc(str(value)).strip()


def import_xlsx(path: Path, current: Draft | None = None, *, report: ProgressFn | None = None,
                cancel: CancelToken | None = None) -> tuple[Draft, list[Issue]]:
    """Read a table written by :func:`export_xlsx` (and edited in Excel) into a new draft.

    Rows are matched to the national set by code: a national code is an override, “Bỏ” in the
    last column removes it, an unknown code is an added indicator. Cells that cannot be read
    are reported as issues naming the sheet, line and column; the rest is kept. Raises
    ValidationError for a file that is not such a table."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException
    path = Path(path)
    step(report, cancel, 0, 2, "")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(_N("errors", "Không đọc được tệp {name}."), code="unreadable",
                              args={"name": path.name}) from exc
    if size > MAX_XLSX_BYTES:
        raise ValidationError(_N("errors", "Tệp Excel “{name}” quá lớn."), code="too_large",
                              args={"name": path.name})
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ValidationError(_N("errors", "Tệp Excel “{name}” hỏng hoặc không phải định dạng "
                                 ".xlsx."), code="bad_xlsx", args={"name": path.name}) from exc
    issues: list[Issue] = []
    try:
        if INFO_SHEET not in book.sheetnames or TABLE_SHEET not in book.sheetnames:
            raise ValidationError(_N("errors", "Tệp Excel “{name}” không phải bảng bộ tiêu chí "
                                     "(cần hai trang “{info}” và “{table}”)."), code="bad_xlsx",
                                  args={"name": path.name, "info": INFO_SHEET,
                                        "table": TABLE_SHEET})
        header: dict[str, str] = {}
        for n, values in enumerate(book[INFO_SHEET].iter_rows(values_only=True, max_col=3),
                                   start=1):
            if n > 100:
                break
            if values and len(values) >= 3 and values[2]:
                header[str(values[2])] = _cell_text(values[1])
            elif values and len(values) >= 2 and values[0]:
                by_title = {t: k for k, t in INFO_ROWS}
                key = by_title.get(_cell_text(values[0]))
                if key:
                    header[key] = _cell_text(values[1])
        base = header.get("base") or (current.base if current else "")
        if base not in cat.builtin_catalog_ids():
            raise ValidationError(_N("errors", "Tệp Excel ghi bộ tiêu chí quốc gia “{base}”, "
                                     "không có trong phần mềm."), code="unknown_catalog",
                                  args={"base": base or "—"})
        draft = new_draft(base)
        for key, _ in INFO_ROWS:
            if key in header and key != "base":
                set_header(draft, key, header[key])
        national = {r.code: r for r in draft.rows}
        draft.rows = []
        rows_iter = book[TABLE_SHEET].iter_rows(values_only=True, max_col=MAX_COLUMNS)
        try:
            next(rows_iter)
            keys = [str(k) if k else "" for k in next(rows_iter)]
        except StopIteration:
            raise ValidationError(_N("errors", "Trang “{sheet}” thiếu dòng tiêu đề (dòng 2 là "
                                     "mã cột)."), code="bad_xlsx",
                                  args={"sheet": TABLE_SHEET}) from None
        if "code" not in keys or "criterion" not in keys:
            raise ValidationError(_N("errors", "Trang “{sheet}” thiếu cột Mã hoặc Tiêu chí."),
                                  code="bad_xlsx", args={"sheet": TABLE_SHEET})
        removed_label = nfc(ORIGIN_LABELS["removed"]).lower()
        seen_national: set[str] = set()
        for n, values in enumerate(rows_iter, start=3):
            if cancel is not None:
                cancel.check()
            if n > MAX_ROWS + 2:
                raise ValidationError(_N("errors", "Tệp Excel quá nhiều dòng."),
                                      code="too_large")
            if values is None or all(v is None or v == "" for v in values):
                continue
            cells = {k: v for k, v in zip(keys, values, strict=False) if k}
            code = _cell_text(cells.get("code"))
            criterion = _cell_text(cells.get("criterion")) or code.split(".")[0]
            state = _cell_text(cells.get("state")).lower()
            where = f"trang “{TABLE_SHEET}”, dòng {n}"
            nat = national.get(code)
            if nat is not None and code not in seen_national and state != "thêm":
                row = copy.deepcopy(nat)
                seen_national.add(code)
            else:
                row = Row(criterion=criterion, code=code, text="", kind="percent",
                          comparator=">=", unit="%", origin="added")
            draft.rows.append(row)
            if state == removed_label:
                row.removed = True
                continue
            row.levels = {}
            for key, value in cells.items():
                if key in ("criterion", "code", "state"):
                    continue
                if key not in EDITABLE and not key.startswith("level."):
                    continue
                numeric = isinstance(value, int | float) and not isinstance(value, bool)
                text = value if numeric and key.startswith("level.") else _cell_text(value)
                if key.startswith("level.") and text == "":
                    continue
                try:
                    set_field(draft, row.key, key, text)
                except ValidationError as exc:
                    issues.append(Issue("error", row.key, key, ValidationError(
                        _N("errors", "{where}, cột {column}: {message}"), code=exc.code,
                        field=key, args={"where": where, "column": key,
                                         "message": exc.message})))
            if "confirmed" in cells:
                set_field(draft, row.key, "confirmed", _cell_text(cells.get("confirmed")))
        for code, nat in national.items():  # national rows missing from the sheet: removed
            if code not in seen_national:
                gone = copy.deepcopy(nat)
                gone.removed = True
                draft.rows.append(gone)
    except (zipfile.BadZipFile, OSError, KeyError) as exc:
        raise ValidationError(_N("errors", "Tệp Excel “{name}” bị cắt cụt hoặc hỏng."),
                              code="bad_xlsx", args={"name": path.name}) from exc
    finally:
        book.close()
    _reorder(draft)
    if current is not None and current.id == draft.id:
        draft.published_version = current.published_version
    step(report, cancel, 2, 2, "")
    return draft, issues + validate(draft)


def _reorder(draft: Draft) -> None:
    """Rows grouped by criterion in the national order (stable inside a criterion)."""
    order = {c: i for i, c in enumerate(dict.fromkeys(r.criterion for r in new_draft(
        draft.base).rows))}
    draft.rows.sort(key=lambda r: order.get(r.criterion, len(order)))


# ================================================================== background wrappers
def save_draft_at(hub_path: Path, draft: Draft, *, report: ProgressFn | None = None,
                  cancel: CancelToken | None = None) -> Draft:
    """:func:`save_draft` on a connection of its own (for the GUI's writer lane)."""
    hub = Hub.open(hub_path)
    try:
        return save_draft(hub, draft)
    finally:
        hub.close()


def validate_task(draft: Draft, *, for_publish: bool = False, report: ProgressFn | None = None,
                  cancel: CancelToken | None = None) -> list[Issue]:
    """:func:`validate` for a background task (merging the whole set takes ~100 ms)."""
    return validate(draft, for_publish=for_publish)


def load_for_editing(hub_path: Path, base: str, *, province_name: str | None = None,
                     report: ProgressFn | None = None, cancel: CancelToken | None = None
                     ) -> dict[str, Any]:
    """Open the draft of ``base`` (:func:`open_draft`) with its analysis (for the editor page)."""
    hub = Hub.open(hub_path)
    try:
        if province_name is None:  # "Sở Nông nghiệp và Môi trường tỉnh Mẫu" → "Mẫu"
            name = hub.name
            province_name = name.split(" tỉnh ", 1)[1].strip() if " tỉnh " in name else ""
        draft = open_draft(hub, base, province_name=province_name)
        return {"draft": draft, **_analyse(hub, draft)}
    finally:
        hub.close()


def analyse(hub_path: Path, draft: Draft, *, report: ProgressFn | None = None,
            cancel: CancelToken | None = None) -> dict[str, Any]:
    """Issues, differences with the national set and with the last published version, the
    versions published — computed on a copy of the draft in the background."""
    hub = Hub.open(hub_path)
    try:
        return _analyse(hub, draft)
    finally:
        hub.close()


def _analyse(hub: Hub, draft: Draft) -> dict[str, Any]:
    issues = validate(draft)
    try:
        published = diff_published(hub, draft)
    except NtmError:
        published = None
    return {"issues": issues, "national": diff_national(draft), "published": published,
            "versions": [{k: v for k, v in p.items() if k != "doc"}
                         for p in published_versions(hub, draft.id)]}
