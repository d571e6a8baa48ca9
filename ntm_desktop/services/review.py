"""Reviewing one commune on its replica (the Thẩm định xã page, ``ntm appraise``):

* the commune's own data, read-only: evaluation with the appraiser's findings applied,
  infrastructure, projects and funding, contributions, evidence of an indicator;
* **what changed** since the last package and since the appraiser's last decision, from the
  replica's journal: which indicators, items and figures, before → after;
* the appraiser's finding per indicator (agree / disagree, the appraiser's value or status where
  it differs, a comment) and a summary of disagreements per criterion;
* the appraisal report (báo cáo thẩm tra / thẩm định) of the commune as PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.model import STATUS_NA
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.dossier.rollup import apply_appraisals
from ntm_desktop.services.history import ENTITY_LABELS, field_changes, row_summary
from ntm_desktop.services.hub_common import open_hub, review_year
from ntm_desktop.store import hub as hs
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.journal_queries import entries_between, row_before
from ntm_desktop.store.workbook import Workbook

HIDDEN_FIELDS = ("id", "created_at", "updated_at")
# the appraiser's own findings, echoed back in the commune's journal, are not the commune's
# changes
NOT_CHANGES = ("appraisal",)


@dataclass
class Change:
    entity: str
    entity_id: str
    op: str
    summary: str
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)  # changed ones only
    seq: int = 0

    @property
    def label(self) -> str:
        return ENTITY_LABELS.get(self.entity, self.entity)


def open_replica(paths: Any, code: str) -> Workbook:
    """A connection of its own to the commune's replica (the caller closes it). The review
    never writes to it."""
    with open_hub(paths) as hub:
        path = hub.replica_path(code)
    if not path.exists():
        raise NtmError(_N("errors", "Chưa nhận dữ liệu của xã {code}."), code="unknown_commune",
                       args={"code": code})
    return Workbook.open(path, daily_backup=False, author="hub")


def _changes(db: Any, lo: int, hi: int | None = None) -> list[Change]:
    """Net change per record between journal seq ``lo`` (exclusive) and ``hi``: the state
    before the first entry → the state after the last."""
    first: dict[tuple[str, str], dict[str, Any]] = {}
    last: dict[tuple[str, str], dict[str, Any]] = {}
    for e in entries_between(db, lo, hi):
        if e["entity"] in NOT_CHANGES:
            continue
        key = (e["entity"], e["entity_id"])
        first.setdefault(key, e)
        last[key] = e
    out = []
    for key, f in first.items():
        before = row_before(db, f)
        lr = last[key]
        after = lr["row"] if lr["op"] != "delete" else None
        if before == after:
            continue
        op = "insert" if before is None else "delete" if after is None else "update"
        changed = [(k, b, a) for k, b, a, ch in field_changes(before, after)
                   if ch and k not in HIDDEN_FIELDS]
        out.append(Change(key[0], key[1], op, row_summary(key[0], after or before), changed,
                          lr["seq"]))
    out.sort(key=lambda c: (c.entity != "assessment", c.entity, c.summary))
    return out


def changes_since_last_package(paths: Any, code: str) -> list[Change]:
    """What the last package applied changed (the journal range the hub recorded)."""
    with open_hub(paths) as hub:
        ranges = hs.package_ranges(hub, code)
    if not ranges:
        return []
    r = ranges[-1]
    wb = open_replica(paths, code)
    try:
        return _changes(wb.db, r["journal_from"] - 1, r["journal_to"])
    finally:
        wb.close()


def last_decision(hub: Hub, code: str, year: int) -> dict[str, Any] | None:
    for e in reversed(hs.approval_events(hub, code, str(year))):
        if e["state"] in ("returned", "approved") and e["journal_seq"] is not None:
            return e
    return None


def changes_since_decision(paths: Any, code: str, year: int) -> tuple[dict[str, Any] | None,
                                                                        list[Change]]:
    """(the last decision — return or approval — or None, what changed since it)."""
    with open_hub(paths) as hub:
        decision = last_decision(hub, code, year)
    if decision is None:
        return None, []
    wb = open_replica(paths, code)
    try:
        return decision, _changes(wb.db, int(decision["journal_seq"]))
    finally:
        wb.close()


# ------------------------------------------------------------------------------ the review
@dataclass
class IndicatorReview:
    code: str
    text: str
    criterion: str
    value: Any
    unit: str
    threshold: str
    self_status: str
    final_status: str
    result: str | None = None
    status: str | None = None
    comment: str | None = None
    evidence: int = 0


@dataclass
class CriterionSummary:
    code: str
    name: str
    self_status: str
    final_status: str
    agree: int
    disagree: int
    unappraised: int
    disagreements: list[str]


@dataclass
class Review:
    code: str
    name: str
    year: int
    catalog_title: str
    self_met: int
    final_met: int
    total: int
    indicators: list[IndicatorReview]
    criteria: list[CriterionSummary]
    approval: dict[str, Any] | None
    state: str | None
    locked: bool
    events: list[dict[str, Any]]


def load_review(paths: Any, code: str, year: int | None = None, *,
                report: ProgressFn | None = None, cancel: CancelToken | None = None) -> Review:
    """The commune's evaluation for ``year`` beside the appraiser's findings (background)."""
    from ntm_desktop.dossier.data import threshold_text
    from ntm_desktop.services.communes import display_state
    from ntm_desktop.store import evaluation_service
    from ntm_desktop.store.attachments import evidence_counts
    step(report, cancel, 0, 2, _N("progress", "Đánh giá xã"))
    wb = open_replica(paths, code)
    try:
        year = year or review_year(wb)
        c = wb.commune() or {}
        own = evaluation_service.evaluate(wb, year)
        evidence = evidence_counts(wb, year)
    finally:
        wb.close()
    with open_hub(paths) as hub:
        appraisals = hub.appraisals(code, year)
        approval = hub.approval(code, str(year))
        state = display_state(hub, code, str(year), approval)
        events = hs.approval_events(hub, code, str(year))
    adj, _, _ = apply_appraisals(own, appraisals)
    indicators, criteria = [], []
    for oc, ac in zip(own.criteria, adj.criteria, strict=True):
        agree = disagree = unappraised = 0
        dis: list[str] = []
        for oi, ai in zip(oc.indicators, ac.indicators, strict=True):
            a = appraisals.get(oi.code) or {}
            if a.get("result") == "agree":
                agree += 1
            elif a.get("result") == "disagree":
                disagree += 1
                dis.append(oi.code)
            elif oi.status != STATUS_NA:
                unappraised += 1
            indicators.append(IndicatorReview(
                oi.code, oi.text, oc.code, oi.value, oi.unit or "",
                threshold_text(oi), oi.status, ai.status, a.get("result"), a.get("status"),
                a.get("comment"), evidence.get(oi.code, 0)))
        criteria.append(CriterionSummary(oc.code, oc.name, oc.status, ac.status, agree,
                                         disagree, unappraised, dis))
    step(report, cancel, 2, 2, "")
    return Review(code, c.get("name") or code, year,
                  own.catalog.title if own.catalog else "", own.met_count, adj.met_count,
                  adj.total, indicators, criteria, approval, state,
                  bool(approval and approval["locked"]), events)


def record_finding(paths: Any, code: str, year: int, indicator: str, *, result: str,
                   status: str | None = None, value: str | None = None,
                   comment: str | None = None, appraiser: str | None = None) -> dict[str, Any]:
    """Record the appraiser's finding on one indicator (one transaction). ``value`` — the
    figure the appraiser found where it differs — is kept at the head of the comment, which is
    what the commune reads beside the indicator."""
    comment = (comment or "").strip() or None
    value = (value or "").strip() or None
    if result == "disagree" and not (comment or value or status):
        raise ValidationError(_N("errors", "Khi không thống nhất, hãy ghi nhận xét hoặc số liệu "
                              "của cơ quan thẩm định."), field="comment")
    if value:
        comment = f"Số liệu thẩm định: {value}" + (f". {comment}" if comment else "")
    with open_hub(paths) as hub:
        with hub.atomic():
            return hub.record_appraisal(code, year, indicator, result=result, status=status,
                                        comment=comment, appraiser=appraiser or hub.name)


def print_appraisal_report(paths: Any, code: str, year: int, out: Path, *,
                           level: str | None = None, report: ProgressFn | None = None,
                           cancel: CancelToken | None = None, **options: Any) -> dict[str, Any]:
    """The appraisal report of one commune: the review page's "In báo cáo thẩm định" and
    ``ntm report --commune CODE --pdf``. By default issued by the hub's body (its name in
    capitals), a "thẩm định" of a province, a "thẩm tra" of a district (before 7/2025)."""
    from ntm_desktop.dossier import appraisal
    from ntm_desktop.dossier.fonts import register_fonts
    step(report, cancel, 0, 2, _N("progress", "In báo cáo thẩm định"))
    wb = open_replica(paths, code)
    try:
        with open_hub(paths) as hub:
            ap = hub.appraisals(code, year)
            name = hub.meta("name")
            hub_level = hub.level
        rep = appraisal.compute(wb, ap, year)
    finally:
        wb.close()
    step(report, cancel, 1, 2, "")
    level = level or ("tham_dinh" if hub_level == "province" else "tham_tra")
    issuer = options.pop("issuer", None) or (name.upper() if name else None)
    info = appraisal.build_appraisal_report(rep, Path(out), fonts=register_fonts(),
                                            issuer=issuer, level=level, **options)
    return {"output": str(out), **info, "disagreements": rep.disagreements}


def read_only_data(paths: Any, code: str) -> dict[str, Any]:
    """Infrastructure, projects, contribution totals and villages of the replica (read-only
    tabs of the review page)."""
    from ntm_desktop.store import contributions, infrastructure, projects
    from ntm_desktop.store.commune import list_villages
    wb = open_replica(paths, code)
    try:
        return {"commune": wb.commune() or {},
                "villages": {v["id"]: v["name"] for v in list_villages(wb)},
                "infra": infrastructure.list_items(wb), "projects": projects.list_projects(wb),
                "resources": projects.resources_mobilised(wb),
                "contributions": contributions.totals(wb),
                "contribution_rows": contributions.list_contributions(wb, limit=500)}
    finally:
        wb.close()


def load_all(paths: Any, code: str, year: int | None = None, *,
             report: ProgressFn | None = None, cancel: CancelToken | None = None
             ) -> dict[str, Any]:
    """Everything the review page shows, read in one background task."""
    rv = load_review(paths, code, year, report=report, cancel=cancel)
    decision, since_decision = changes_since_decision(paths, code, rv.year)
    return {"review": rv, "since_package": changes_since_last_package(paths, code),
            "decision": decision, "since_decision": since_decision,
            "data": read_only_data(paths, code)}


def evidence_of(paths: Any, code: str, indicator: str, year: int) -> list[dict[str, Any]]:
    """Evidence files of one indicator: name, capture date and place, and the stored file."""
    from ntm_desktop.store.attachments import blob_path, links_for
    wb = open_replica(paths, code)
    try:
        rows = wb.rows("assessment", "indicator_code = ? AND year = ?", [indicator, year])
        if not rows:
            return []
        out = []
        for link in links_for(wb, "assessment", rows[0]["id"]):
            att = link.get("attachment") or {}
            out.append({**link, "file": str(blob_path(wb, att.get("sha256", "")))})
        return out
    finally:
        wb.close()
