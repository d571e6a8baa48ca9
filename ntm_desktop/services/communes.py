"""The appraiser's list of communes, one row each, from results CACHED in the hub.

Evaluating a commune means reading its replica and running the core rule — tens of ms for a
small commune, seconds for 200. So each commune's result for a year is cached in the hub
(``commune_result``) under a stamp made of the replica's journal head and the appraisal rows
recorded for it: the import service refreshes it when a package is applied, recording an
appraisal changes the stamp, and a stale or missing row is recomputed on demand (also after a
package applied by an older ``ntm import``). The list itself is a handful of queries.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.dossier.rollup import CommuneResult
from ntm_desktop.services.hub_common import open_hub
from ntm_desktop.store.evaluation_service import default_year
from ntm_desktop.store.hub import Hub, appraisal_stamps, approval_events, cached_results, put_result

PROBLEM_CODES = ("fork", "sequence_gap", "journal_gap", "journal_fork", "stale_package",
                 "approved_year_locked")
STATE_LABELS = {None: _N("hub", "Chưa nộp"), "submitted": _N("hub", "Đã nộp"),
                "returned": _N("hub", "Trả lại"), "resubmitted": _N("hub", "Nộp lại"),
                "approved": _N("hub", "Đã phê duyệt")}
PROBLEM_LABELS = {"fork": _N("hub", "hai bản dữ liệu khác nhau"),
                  "sequence_gap": _N("hub", "thiếu gói"),
                  "journal_gap": _N("hub", "nhật ký không nối tiếp"),
                  "journal_fork": _N("hub", "lịch sử bị thay đổi"),
                  "stale_package": _N("hub", "gói cũ"),
                  "approved_year_locked": _N("hub", "sửa năm đã phê duyệt")}


@dataclass
class CommuneRow:
    code: str
    name: str
    year: int
    old_name: str = ""
    old_district: str = ""
    province: str = ""
    met: int | None = None
    total: int | None = None
    self_met: int | None = None
    by_appraiser: bool = False
    last_seq: int = 0
    last_at: str | None = None
    problems: list[str] = field(default_factory=list)
    state: str | None = None
    unappraised: int | None = None
    applicable: int | None = None
    revocation_level: str = "none"
    error: str | None = None


def display_state(hub: Hub, code: str, period: str, approval: dict[str, Any] | None
                  ) -> str | None:
    """submitted → returned → resubmitted (submitted again after a return) → approved."""
    if approval is None:
        return None
    if approval["state"] == "submitted" and any(
            e["state"] == "returned" for e in approval_events(hub, code, period)):
        return "resubmitted"
    return approval["state"]


# ------------------------------------------------------------------------------ the cache
def _stamp(journal_seq: int, appraisal_stamp: str | None) -> str:
    return f"{journal_seq}|{appraisal_stamp or ''}"


def compute_result(hub: Hub, code: str, year: int) -> dict[str, Any]:
    """Evaluate one replica for ``year`` with the appraiser's findings; store it in the cache
    and return the cached document. The commune's identity (code, name) comes from the hub's
    registry, never from the replica's own row; a replica that cannot be evaluated gives
    ``{"error": reason, "name": name}`` (not cached), so one commune never breaks a report."""
    from ntm_desktop.dossier.rollup import evaluate_each
    from ntm_desktop.store import journal as jr
    name = (hub.commune_row(code) or {}).get("name") or code
    wb = hub.replica(code)
    try:
        pairs, excluded = evaluate_each([(code, wb, hub.appraisals(code, year))], year,
                                        names={code: name})
        if excluded:
            return {"error": excluded[0][2], "name": name}
        result, evaluation = pairs[0]
        c = wb.commune() or {}
        journal_seq = jr.head(wb.conn)[0]
    finally:
        hub.close_replica(code)
    doc = {"result": dataclasses.asdict(result),
           "criteria": [[cr.code, cr.name] for cr in evaluation.criteria],
           "catalog_title": evaluation.catalog.title if evaluation.catalog else "",
           "old_name": c.get("old_name") or "", "old_district": c.get("old_district_name") or "",
           "appraised": bool(hub.appraisals(code, year))}
    stamp = _stamp(journal_seq, appraisal_stamps(hub, year).get(code))
    put_result(hub, code, year, stamp, json.dumps(doc, ensure_ascii=False))
    return doc


def results(hub: Hub, year: int, *, report: ProgressFn | None = None,
            cancel: CancelToken | None = None) -> dict[str, dict[str, Any]]:
    """commune code → cached result document for ``year``; stale rows recomputed."""
    cache = cached_results(hub, year)
    stamps = appraisal_stamps(hub, year)
    out: dict[str, dict[str, Any]] = {}
    rows = list(hub.db.query("SELECT code, last_journal_seq FROM commune ORDER BY code"))
    for i, r in enumerate(rows):
        code = r["code"]
        hit = cache.get(code)
        if hit and hit["stamp"] == _stamp(r["last_journal_seq"], stamps.get(code)):
            out[code] = json.loads(hit["data"])
            continue
        step(report, cancel, i, len(rows), _N("progress", "Đánh giá các xã"))
        if not hub.replica_path(code).exists():
            continue
        try:
            out[code] = compute_result(hub, code, year)
        except NtmError as exc:
            out[code] = {"error": exc.message}
    return out


def commune_result_of(doc: dict[str, Any]) -> CommuneResult:
    return CommuneResult(**doc["result"])


# ------------------------------------------------------------------------------ the list
def commune_rows(paths: Any, year: int | None = None, *, report: ProgressFn | None = None,
                 cancel: CancelToken | None = None) -> list[CommuneRow]:
    """One row per commune known to the hub (the Xã page, ``ntm approval list``)."""
    year = year or default_review_year(paths)
    with open_hub(paths) as hub:
        res = results(hub, year, report=report, cancel=cancel)
        approvals = {r["commune_code"]: r for r in hub.db.query(
            "SELECT * FROM approval WHERE period = ?", [str(year)])}
        last_applied = {r["commune_code"]: r["id"] for r in hub.db.query(
            "SELECT commune_code, max(id) AS id FROM package_log WHERE status = 'applied' "
            "GROUP BY commune_code")}
        problems: dict[str, list[str]] = {}
        marks = ",".join("?" for _ in PROBLEM_CODES)
        for r in hub.db.query(f"SELECT id, commune_code, code FROM package_log WHERE code IN "
                              f"({marks}) ORDER BY id", list(PROBLEM_CODES)):
            if r["id"] > last_applied.get(r["commune_code"], 0) or \
                    r["code"] == "approved_year_locked":
                lst = problems.setdefault(r["commune_code"] or "", [])
                if r["code"] not in lst:
                    lst.append(r["code"])
        out = []
        for c in hub.db.query("SELECT * FROM commune ORDER BY code"):
            code = c["code"]
            doc = res.get(code) or {}
            row = CommuneRow(code=code, name=c["name"] or "", year=year,
                             last_seq=c["last_seq"], last_at=c["last_package_at"],
                             problems=problems.get(code, []),
                             state=display_state(hub, code, str(year), approvals.get(code)))
            if "result" in doc:
                r = doc["result"]
                row.name = r["name"] or row.name
                row.old_name, row.old_district = doc["old_name"], doc["old_district"]
                row.province = r.get("province") or ""
                row.met, row.total, row.self_met = r["met_count"], r["total"], \
                    r["self_met_count"]
                row.by_appraiser = bool(doc.get("appraised"))
                row.unappraised, row.applicable = r["unappraised"], r["applicable"]
                row.revocation_level = r["revocation_level"]
            elif "error" in doc:
                row.error = doc["error"]
            out.append(row)
        return out


def commune_names(paths: Any) -> list[tuple[str, str]]:
    """(code, name) of every commune the hub received data from — one query."""
    with open_hub(paths) as hub:
        return [(r["code"], r["name"] or "") for r in hub.db.query(
            "SELECT code, name FROM commune ORDER BY code")]


def default_review_year(paths: Any) -> int:
    """The year most communes submitted for (their registration year), else this year."""
    with open_hub(paths) as hub:
        rows = list(hub.db.query("SELECT period, count(*) AS n FROM approval GROUP BY period "
                                 "ORDER BY n DESC, period DESC LIMIT 1"))
    if rows and str(rows[0]["period"]).isdigit():
        return int(rows[0]["period"])
    return default_year()


def years_in_hub(paths: Any) -> list[int]:
    """Years worth offering: this year, those registered, appraised or decided."""
    years = {default_year()}
    with open_hub(paths) as hub:
        for r in hub.db.query("SELECT DISTINCT year FROM appraisal"):
            years.add(int(r["year"]))
        for r in hub.db.query("SELECT DISTINCT period FROM approval"):
            if str(r["period"]).isdigit():
                years.add(int(r["period"]))
        for r in hub.db.query("SELECT DISTINCT year FROM commune_result"):
            years.add(int(r["year"]))
    return sorted(years, reverse=True)
