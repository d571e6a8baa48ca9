"""Evaluate a workbook against its criteria set: the data behind ``ntm status``.

Combines the catalog (national set + installed provincial overlay), the commune profile, the
self-assessments of the year, the figures derived from the registry, and the recognition
conditions (no outstanding construction debt, resident satisfaction, revocation risk).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ntm_desktop.core import catalog as cat
from ntm_desktop.core import evaluation as ev
from ntm_desktop.core.canonical import canonical_json
from ntm_desktop.core.errors import CatalogError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.store import attachments, derived, projects, survey
from ntm_desktop.store.commune import get_commune
from ntm_desktop.store.row_rules import OVERLAY_META_PREFIX
from ntm_desktop.store.workbook import Workbook

#: every version ever installed: ``overlay_version:<id>@<version>`` → the overlay document
OVERLAY_VERSION_PREFIX = "overlay_version:"
#: the catalog an evaluation year is pinned to (on approval): ``catalog_pin:<year>``
PIN_PREFIX = "catalog_pin:"


def default_year(wb: Workbook | None = None) -> int:
    """The evaluation year in use: the workbook's setting ``evaluation_year``, else the latest
    year with assessments, else the current year."""
    if wb is not None:
        setting = wb.meta("evaluation_year")
        if setting and setting.isdigit():
            return int(setting)
        rows = wb._query("SELECT max(year) AS y FROM assessment")
        if rows and rows[0]["y"]:
            return int(rows[0]["y"])
    return dt.date.today().year


def set_evaluation_year(wb: Workbook, year: int) -> None:
    """Remember the evaluation year shown by default (local setting, not synchronised)."""
    if not 2010 <= int(year) <= 2100:
        raise CatalogError(_N("errors", "Năm đánh giá không hợp lệ."), code="bad_year")
    wb.set_meta("evaluation_year", str(int(year)))


def installed_overlays(wb: Workbook) -> dict[str, dict[str, Any]]:
    out = {}
    for r in wb.query("SELECT key, value FROM meta WHERE key LIKE 'overlay:%'"):
        out[r["key"][len(OVERLAY_META_PREFIX):]] = json.loads(r["value"])
    return out


def overlay_versions(wb: Workbook) -> dict[tuple[str, str], dict[str, Any]]:
    """Every overlay version installed in this workbook: (id, version) → document. The latest
    of each id is also in :func:`installed_overlays`."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for r in wb.query("SELECT key, value FROM meta WHERE key LIKE 'overlay_version:%'"):
        oid, _, version = r["key"][len(OVERLAY_VERSION_PREFIX):].rpartition("@")
        out[(oid, version)] = json.loads(r["value"])
    for oid, doc in installed_overlays(wb).items():  # installed before versions were kept
        out.setdefault((oid, str(doc.get("version"))), doc)
    return out


def install_overlay(wb: Workbook, doc: dict[str, Any], *, activate: bool = True) -> str:
    """Validate and keep a provincial overlay in this workbook; optionally make it active.

    Every version is kept (a year pinned to an older version keeps evaluating with it); the
    newest becomes the one ``overlay:<id>`` names. Activating writes the commune row (one journal
    entry), so the pages showing statuses reload."""
    cat.validate_document(doc)
    if doc.get("kind") != "overlay":
        raise CatalogError(_N("errors", "Tệp này không phải bộ tiêu chí bổ sung của tỉnh "
                              "(kind = overlay)."), code="not_overlay")
    commune = wb.commune()
    if commune and doc.get("base") != commune["criteria_set"]:
        raise CatalogError(_N("errors", "Bộ tiêu chí của tỉnh dựa trên “{base}”, còn xã đang "
                              "dùng “{criteria_set}”."), code="overlay_base_mismatch",
                           args={"base": str(doc.get("base")),
                                 "criteria_set": str(commune["criteria_set"])})
    cat.load_catalog(doc["base"], [doc])  # the merged set must be valid too
    text = canonical_json(doc).decode("utf-8")
    current = installed_overlays(wb).get(doc["id"])
    newer = current is None or version_key(str(doc["version"])) >= \
        version_key(str(current.get("version")))
    with wb.atomic():
        wb.set_meta(f"{OVERLAY_VERSION_PREFIX}{doc['id']}@{doc['version']}", text)
        if newer:
            wb.set_meta(OVERLAY_META_PREFIX + doc["id"], text)
        if activate and commune:
            wb.put("commune", {**commune, "overlay_id": doc["id"]})
    return doc["id"]


def version_key(version: str) -> tuple[int, ...]:
    """"1.10.0" after "1.9.2"; a suffix ("-rc1") is ignored for ordering."""
    head = version.split("-", 1)[0].split("+", 1)[0]
    return tuple(int(p) for p in head.split(".") if p.isdigit())


def _pin(wb: Workbook, year: int) -> dict[str, Any] | None:
    raw = wb.meta(f"{PIN_PREFIX}{int(year)}")
    return json.loads(raw) if raw else None


def catalog_version_for(wb: Workbook, year: int) -> dict[str, Any]:
    """Which catalog evaluates ``year``: ``{"criteria_set", "overlay_id", "overlay_version",
    "sha256", "label", "pinned"}``. A pinned year (:func:`pin_catalog`, done when the year is
    approved) keeps the version it was approved with; any other year uses the active overlay's
    newest installed version. Raises CatalogError when the overlay is not installed."""
    catalog = catalog_for(wb, year)
    pin = _pin(wb, year)
    overlay = catalog.overlays[-1] if catalog.overlays else None
    return {"criteria_set": catalog.id, "criteria_set_version": catalog.version,
            "overlay_id": overlay.id if overlay else None,
            "overlay_version": overlay.version if overlay else None,
            "sha256": catalog.sha256, "label": catalog.label, "pinned": pin is not None,
            "pinned_at": pin.get("pinned_at") if pin else None}


def pin_catalog(wb: Workbook, year: int) -> dict[str, Any]:
    """Keep ``year`` on the catalog version it is evaluated with now (call when the year is
    approved). Later overlay versions then leave this year's statuses unchanged. Returns the
    pin; pinning an already pinned year keeps the first pin."""
    existing = _pin(wb, year)
    if existing is not None:
        return existing
    catalog = catalog_for(wb, year)
    overlay = catalog.overlays[-1] if catalog.overlays else None
    pin = {"criteria_set": catalog.id, "overlay_id": overlay.id if overlay else None,
           "overlay_version": overlay.version if overlay else None, "sha256": catalog.sha256,
           "pinned_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
    with wb.atomic():
        wb.set_meta(f"{PIN_PREFIX}{int(year)}", json.dumps(pin, ensure_ascii=False))
    return pin


def catalog_for(wb: Workbook, year: int | None = None) -> cat.Catalog:
    """The criteria set (+ the province's overlay) that evaluates ``year`` (default: the
    current setting). A year pinned by :func:`pin_catalog` uses its pinned overlay version."""
    commune = get_commune(wb)
    pin = _pin(wb, year) if year is not None else None
    overlays = []
    if pin is not None and pin.get("criteria_set") == commune["criteria_set"]:
        if pin.get("overlay_id"):
            doc = overlay_versions(wb).get((pin["overlay_id"], str(pin["overlay_version"])))
            if doc is None:
                raise CatalogError(_N("errors", "Chưa cài bộ tiêu chí của tỉnh “{overlay}”."),
                                   code="unknown_catalog",
                                   args={"overlay": f"{pin['overlay_id']} {pin['overlay_version']}"})
            overlays.append(doc)
        return cat.load_catalog(commune["criteria_set"], overlays)
    if commune.get("overlay_id"):
        doc = installed_overlays(wb).get(commune["overlay_id"])
        if doc is None:
            raise CatalogError(_N("errors", "Chưa cài bộ tiêu chí của tỉnh “{overlay}”."),
                               code="unknown_catalog",
                               args={"overlay": str(commune["overlay_id"])})
        overlays.append(doc)
    return cat.load_catalog(commune["criteria_set"], overlays, overlays_checked=True)


def profile_of(commune: dict[str, Any]) -> ev.CommuneProfile:
    return ev.CommuneProfile(region=commune.get("region"),
                             applied_region=commune.get("applied_region"),
                             commune_group=commune.get("commune_group"),
                             recognised_year=commune.get("recognised_year"))


def evaluate(wb: Workbook, year: int | None = None) -> ev.Evaluation:
    year = year or default_year(wb)
    commune = get_commune(wb)
    catalog = catalog_for(wb, year)
    counts = attachments.evidence_counts(wb, year)
    inputs = {}
    for a in wb.rows("assessment", "year = ?", [year]):
        inputs[a["indicator_code"]] = ev.IndicatorInput(
            value=a.get("value"), declared_status=a.get("declared_status"), note=a.get("note"),
            responsible=a.get("responsible"), target_date=a.get("target_date"),
            evidence_count=counts.get(a["indicator_code"], 0))
    return ev.evaluate(catalog, profile_of(commune), year, inputs, derived.compute_all(wb))


def recognition_conditions(wb: Workbook, evaluation: ev.Evaluation) -> dict[str, Any]:
    """The conditions beyond the criteria (QĐ 18/2022): debt, satisfaction, revocation risk."""
    commune = get_commune(wb)
    debt = projects.debt_summary(wb)
    s = survey.latest_survey(wb, evaluation.year)
    recognised = bool(commune.get("recognised_year"))
    return {
        "outstanding_debt": {"ok": debt["total"] == 0, **debt},
        "satisfaction": {"ok": None if s is None else None, "survey": s,
                         "note": "Tỷ lệ hài lòng tối thiểu theo quy định của tỉnh (chưa xác minh)."},
        "all_criteria_met": evaluation.met_count == evaluation.total,
        "revocation": ev.revocation_risk(evaluation, recognised).to_json(),
    }


def status_report(wb: Workbook, year: int | None = None) -> dict[str, Any]:
    """Everything ``ntm status --json`` prints."""
    evaluation = evaluate(wb, year)
    commune = get_commune(wb)
    out = ev.to_json(evaluation)
    out["commune"] = {k: commune.get(k) for k in ("code", "name", "province_name",
                                                    "criteria_set", "overlay_id")}
    out["conditions"] = recognition_conditions(wb, evaluation)
    appraisals = {a["indicator_code"]: a for a in wb.rows("appraisal", "year = ?",
                                                           [evaluation.year])}
    pending = 0
    catalog = evaluation.catalog
    out["catalog"]["pinned"] = _pin(wb, evaluation.year) is not None
    out["catalog"]["decisions"] = [o.decision.cite() for o in catalog.overlays
                                   if o.decision] if catalog else []
    for c in out["criteria"]:
        for i in c["indicators"]:
            ind = catalog.indicator(i["code"]) if catalog else None
            i["legal_basis"] = ind.decision.cite() if ind and ind.decision else None
            a = appraisals.get(i["code"])
            i["appraisal"] = None if a is None else {
                k: a.get(k) for k in ("result", "status", "comment", "date", "appraiser")}
            pending += a is None
    out["appraisals_pending"] = pending
    return out
