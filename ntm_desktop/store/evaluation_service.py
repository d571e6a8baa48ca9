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
    for r in wb.db.query("SELECT key, value FROM meta WHERE key LIKE 'overlay:%'"):
        out[r["key"][len(OVERLAY_META_PREFIX):]] = json.loads(r["value"])
    return out


def install_overlay(wb: Workbook, doc: dict[str, Any], *, activate: bool = True) -> str:
    """Validate and keep a provincial overlay in this workbook; optionally make it active."""
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
    with wb.atomic():
        wb.set_meta(OVERLAY_META_PREFIX + doc["id"], canonical_json(doc).decode("utf-8"))
        if activate and commune:
            wb.put("commune", {**commune, "overlay_id": doc["id"]})
    return doc["id"]


def catalog_for(wb: Workbook) -> cat.Catalog:
    commune = get_commune(wb)
    overlays = []
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
    catalog = catalog_for(wb)
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
    for c in out["criteria"]:
        for i in c["indicators"]:
            a = appraisals.get(i["code"])
            i["appraisal"] = None if a is None else {
                k: a.get(k) for k in ("result", "status", "comment", "date", "appraiser")}
            pending += a is None
    out["appraisals_pending"] = pending
    return out
