"""Setting up a workspace (the first-run wizard, the demo, ``ntm init commune``) and the facts
the overview shows that are not part of the evaluation (sync history, evidence gaps).

* :func:`create_commune_workbook` validates everything first, then creates the workbook file
  with the commune profile and its villages in one transaction.
* :func:`create_demo_workbook` loads ``resources/demo/demo-commune.json`` into a workbook (kept
  apart from the real one, ``demo.ntm.sqlite``), unless it already holds a commune.
* :func:`sync_summary` reads the last exported package and the last appraisal feedback received.
* :func:`declared_without_evidence` lists indicators declared "Đạt" that have no evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ntm_desktop.core import model
from ntm_desktop.core.catalog import builtin_catalog_ids, builtin_title
from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn
from ntm_desktop.paths import resource
from ntm_desktop.store.evaluation_service import installed_overlays
from ntm_desktop.store.workbook import Workbook

DEMO_FILE = "demo.ntm.sqlite"


def demo_source() -> Path:
    return resource("demo", "demo-commune.json")


def _clean_villages(villages: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, v in enumerate(villages):
        if not str(v.get("name") or "").strip():
            continue
        clean = model.validate_village({**v, "ordering": i + 1})
        key = clean["name"].casefold()
        if key in seen:
            raise ValidationError(_N("errors", "Đã có thôn “{name}”."), field="name", code="duplicate",
                                  args={"name": clean["name"]})
        seen.add(key)
        out.append(clean)
    return out


def create_commune_workbook(path: Path, commune: dict[str, Any],
                            villages: Iterable[dict[str, Any]] = ()) -> Path:
    """Create the workbook at ``path`` with ``commune`` and ``villages``.

    Raises ValidationError (naming the field) before any file is created, and NtmError
    ``exists`` when ``path`` already holds a commune.
    """
    path = Path(path)
    clean = model.validate_commune(dict(commune))
    if clean["criteria_set"] not in builtin_catalog_ids():
        raise ValidationError(_N("errors", "Bộ tiêu chí không xác định: “{name}”."), field="criteria_set",
                              code="unknown_catalog", args={"name": clean["criteria_set"]})
    rows = _clean_villages(villages)
    if path.exists():
        with Workbook.open(path) as existing:
            if existing.commune():
                raise NtmError(_N("errors", "Sổ dữ liệu {path} đã có thông tin xã."), code="exists",
                               args={"path": str(path)})
    wb = Workbook.open(path, create=True, author=clean.get("officer_name") or None)
    try:
        with wb.atomic():
            wb.put("commune", clean)
            for v in rows:
                wb.put("village", v)
    finally:
        wb.close()
    return path


def create_demo_workbook(path: Path, *, report: ProgressFn | None = None,
                         cancel: CancelToken | None = None) -> Path:
    """Load the demo commune into ``path`` (created if needed); a no-op when it already holds a
    commune. Safe to run in the background (opens its own connection)."""
    path = Path(path)
    if cancel is not None:
        cancel.check()
    wb = Workbook.open(path, create=True, daily_backup=False)
    try:
        if wb.commune() is None:
            from ntm_desktop.store import interchange  # ijson: saves start-up time
            doc = interchange.read_file(demo_source())
            if cancel is not None:
                cancel.check()
            interchange.load(wb, doc)
        from ntm_desktop.store.demo import is_demo, mark_demo
        if not is_demo(wb):
            mark_demo(wb)  # its packages say so, and it gets a throwaway key of its own
    finally:
        wb.close()
    return path


def is_demo_workbook(wb: Workbook) -> bool:
    """The workbook holds the demo commune's sample data (marked when it was created)."""
    from ntm_desktop.store.demo import is_demo  # not sync.workspace: no cryptography at start
    return is_demo(wb)


def sync_summary(wb: Workbook) -> dict[str, Any]:
    """``{"export": {...} | None, "feedback": {...} | None}`` from the workbook's local sync
    state and the imported appraisal rows."""
    export = None
    seq = int(wb.meta("sync.out_seq") or 0)
    if seq:
        export = {"seq": seq, "at": wb.meta("sync.out_at")}
    feedback = None
    in_seq = 0
    for r in wb.query("SELECT key, value FROM meta WHERE key LIKE 'sync.in.feedback:%.seq'"):
        in_seq = max(in_seq, int(r["value"] or 0))
    rows = list(wb.query("SELECT count(*) AS n, max(updated_at) AS at, max(date) AS day "
                            "FROM appraisal"))
    n = rows[0]["n"] if rows else 0
    if in_seq or n:
        feedback = {"seq": in_seq or None, "count": n, "received_at": rows[0]["at"],
                    "date": rows[0]["day"]}
    return {"export": export, "feedback": feedback}


def declared_without_evidence(evaluation: Any) -> list[Any]:
    """Indicator results declared "Đạt" (status source declared) with no evidence attached."""
    return [r for r in evaluation.indicators()
            if r.status_source == "declared" and r.status == model.STATUS_MET
            and r.evidence_count == 0]


def appraisals_for(wb: Workbook, code: str, year: int) -> list[dict[str, Any]]:
    """The appraiser's feedback rows for one indicator and year (imported from packages)."""
    return wb.rows("appraisal", "indicator_code = ? AND year = ?", [code, year])


def criteria_title(wb: Workbook) -> str:
    """The title of the criteria set the commune is evaluated against: the province's set when
    one is installed and active, else the national set (its id if neither can be read)."""
    commune = wb.commune() or {}
    overlay_id = commune.get("overlay_id")
    if overlay_id:
        doc = installed_overlays(wb).get(str(overlay_id))
        if doc and doc.get("title"):
            return str(doc["title"])
    set_id = str(commune.get("criteria_set") or "")
    try:
        return builtin_title(set_id)  # the title only: no Catalog built, nothing copied
    except Exception:  # noqa: BLE001 - a title is never worth an error dialog
        return set_id
