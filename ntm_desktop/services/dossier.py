"""Printing the recognition dossier: the year it is for, the checklist and what is missing, and
the PDF built on a connection of its own, tied to the package holding the current data.
``ntm dossier`` and the Hồ sơ page call these."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ntm_desktop.core.progress import CancelToken, ProgressFn
from ntm_desktop.dossier import checklist as ck
from ntm_desktop.dossier import fields as fl
from ntm_desktop.dossier.data import DossierData, collect
from ntm_desktop.dossier.fonts import register_fonts
from ntm_desktop.services._common import worker_workbook
from ntm_desktop.services.packages import package_for_current_data
from ntm_desktop.store.dossier_fields import get_fields
from ntm_desktop.store.evaluation_service import default_year
from ntm_desktop.store.workbook import Workbook


def dossier_year(wb: Workbook) -> int:
    c = wb.commune() or {}
    return int(c.get("target_year") or default_year(wb))


def dossier_state(wb: Workbook, year: int) -> dict[str, Any]:
    """Checklist, missing fields and current values (``ntm dossier check``), quick enough for
    the GUI thread (no evaluation, no PDF)."""
    c = wb.commune() or {}
    fields = get_fields(wb)
    cl = ck.load(fields.get("dossier.checklist")
                 or ck.default_for(c.get("criteria_set") or "", year))
    missing = fl.check(fields, tuple(d.id for d in cl.generated))
    return {"checklist": cl, "missing": missing, "fields": fields, "year": year}


def collect_dossier(wb: Workbook, year: int, *, package: Path | None = None,
                    **options: Any) -> DossierData:
    """What the dossier prints for ``year``, tied to ``package`` — by default the last package
    sent when it holds the current data (:func:`package_for_current_data`), so a dossier printed
    after ``ntm export`` or "Xuất gói" carries that package's code. ``options`` go to
    :func:`ntm_desktop.dossier.data.collect`."""
    return collect(wb, year, package=package if package is not None
                   else package_for_current_data(wb), **options)


def build_dossier_pdf(wb_path: Path, year: int, out: Path, *, draft: bool,
                      report: ProgressFn | None = None, cancel: CancelToken | None = None
                      ) -> dict[str, Any]:
    """Collect and print the dossier to ``out`` (temp file then rename) on a connection of its
    own, tied to the last package sent when that package holds the current data
    (:func:`package_for_current_data`). Raises MissingFields unless ``draft``."""
    from ntm_desktop.dossier.compose import build_dossier  # reportlab: loaded on first print
    wb = worker_workbook(wb_path)
    try:
        data = collect_dossier(wb, year, draft=draft, cancel=cancel)
        info = build_dossier(data, Path(out), fonts=register_fonts(), report=report,
                             cancel=cancel)
        return {"output": str(out), **info}
    finally:
        wb.close()
