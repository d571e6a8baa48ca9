"""Approval of a commune's evaluation year (the Thẩm định xã page's Trả lại / Phê duyệt,
``ntm approval list|return|approve|feedback``).

States per commune and year: **submitted** (a package arrived) → **returned** with comments →
**resubmitted** (a package arrived after the return) → … → **approved**, which locks the year:
no more findings (``appraise set``) and no package that changes it (``approved_year_locked``,
see ``sync/locks.py``). Returning sends the comments in a signed feedback package, which also
carries every finding per indicator, the state of every year and the notices owed to the commune
(e.g. why a package was refused); the commune's app shows them on Tổng quan and Tiêu chí
(read there through :mod:`ntm_desktop.services.approval_state`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import ConflictError, NtmError, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.services._common import package_destination
from ntm_desktop.services.hub_common import load_signing_key, open_hub
from ntm_desktop.store import hub as hs
from ntm_desktop.store import journal as jr
from ntm_desktop.store.hub import Hub
from ntm_desktop.sync.payload import APPROVAL_FORMAT


def approval_doc(hub: Hub, code: str) -> dict[str, Any]:
    """``approval.json`` for the commune's next feedback package."""
    from ntm_desktop.services.communes import display_state  # roll-up: saves start-up time
    years = []
    for a in hs.all_approvals(hub):
        if a["commune_code"] != code or not str(a["period"]).isdigit():
            continue
        years.append({"year": int(a["period"]),
                      "state": display_state(hub, code, a["period"], a),
                      "comment": a["comment"], "decided_at": a["updated_at"],
                      "decided_by": a["decided_by"], "locked": bool(a["locked"])})
    notices = [{"code": n["code"], "message": n["message"], "year": n["year"],
                "file": n["file_name"], "at": n["created_at"]}
               for n in hs.pending_notices(hub, code)]
    return {"format": APPROVAL_FORMAT, "years": years, "notices": notices}


def _dest(dest: Path, code: str, seq: int) -> Path:
    return package_destination(dest, f"phan-hoi-{code}-{seq:04d}.ntmpkg")


def export_feedback(paths: Any, code: str, dest: Path, *, passphrase: str | None = None,
                    report: ProgressFn | None = None, cancel: CancelToken | None = None
                    ) -> dict[str, Any]:
    """The signed feedback package for ``code`` (findings, approval states, notices)."""
    step(report, cancel, 0, 1, _N("progress", "Xuất phản hồi"))
    ks, key = load_signing_key(paths, passphrase)
    with open_hub(paths) as hub:
        seq, _ = hub.feedback_state(code)
        doc = approval_doc(hub, code)
        out = _dest(dest, code, seq + 1)
        from ntm_desktop.sync import exporter  # signing and zip: saves start-up time (Tổng quan)
        r = exporter.export_feedback(hub, ks, key, code, out, approval=doc)
        with hub.atomic():
            hs.mark_notices_sent(hub, code, [n["id"] for n in hs.pending_notices(hub, code)],
                                 r["seq"])
    r["approval"] = doc
    return r


def _decide(paths: Any, code: str, year: int, state: str, comment: str | None,
            decided_by: str | None) -> dict[str, Any]:
    with open_hub(paths) as hub:
        if hub.commune_row(code) is None:
            raise NtmError(_N("errors", "Chưa nhận dữ liệu của xã {code}."),
                           code="unknown_commune", args={"code": code})
        current = hub.approval(code, str(year))
        if current and current["locked"]:
            raise ConflictError(_N("errors", "Hồ sơ năm {year} của xã {code} đã được phê duyệt "
                                   "và khóa."), code="approval_locked",
                                args={"year": str(year), "code": code})
        head = jr.head(hub.replica(code).conn)[0]
        hub.close_replica(code)
        with hub.atomic():
            row = hub.set_approval(code, str(year), state, comment=comment,
                                   decided_by=decided_by or hub.name,
                                   package_hash=hub.commune_row(code)["last_package_hash"])
            hs.add_approval_event(hub, code, str(year), state, comment=comment,
                                  decided_by=decided_by or hub.name, journal_seq=head)
        return dict(row)


def return_commune(paths: Any, code: str, year: int, comment: str, dest: Path, *,
                   passphrase: str | None = None, decided_by: str | None = None,
                   report: ProgressFn | None = None, cancel: CancelToken | None = None
                   ) -> dict[str, Any]:
    """Return the year to the commune with ``comment`` and write the feedback package."""
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError(_N("errors", "Hãy ghi ý kiến để xã biết cần sửa gì."),
                              field="comment")
    load_signing_key(paths, passphrase)  # a wrong passphrase changes nothing
    row = _decide(paths, code, year, "returned", comment, decided_by)
    fb = export_feedback(paths, code, dest, passphrase=passphrase, report=report, cancel=cancel)
    return {"approval": row, "feedback": fb}


def approve(paths: Any, code: str, year: int, *, comment: str | None = None,
            dest: Path | None = None, passphrase: str | None = None,
            decided_by: str | None = None, report: ProgressFn | None = None,
            cancel: CancelToken | None = None) -> dict[str, Any]:
    """Approve and lock the year; with ``dest`` also write the feedback telling the commune."""
    if dest is not None:
        load_signing_key(paths, passphrase)
    row = _decide(paths, code, year, "approved", (comment or "").strip() or None, decided_by)
    with open_hub(paths) as hub:  # the year keeps the criteria version it was approved with
        from ntm_desktop.services.catalog_editor import pin_approved_year  # saves start-up time
        pin_approved_year(hub, code, year)
    fb = (export_feedback(paths, code, dest, passphrase=passphrase, report=report,
                          cancel=cancel) if dest is not None else None)
    return {"approval": row, "feedback": fb}


def approval_list(paths: Any, year: int | None = None) -> list[dict[str, Any]]:
    """Every commune's state (for ``year``, else every year recorded)."""
    from ntm_desktop.services.communes import display_state  # roll-up: saves start-up time
    out = []
    with open_hub(paths) as hub:
        for a in hs.all_approvals(hub):
            if year is not None and a["period"] != str(year):
                continue
            row = hub.commune_row(a["commune_code"]) or {}
            out.append({"code": a["commune_code"], "name": row.get("name"),
                        "year": a["period"],
                        "state": display_state(hub, a["commune_code"], a["period"], a),
                        "comment": a["comment"], "decided_by": a["decided_by"],
                        "updated_at": a["updated_at"], "locked": bool(a["locked"])})
    return out
