"""Sync packages for a commune workbook: export the next package, import feedback and catalog
packages, verify a package without importing it, the local package log, and which package holds
the workbook's current data. ``ntm export|import|verify`` and the Đồng bộ page call these.

Background functions take ``report`` and ``cancel`` keyword arguments (see
:mod:`ntm_desktop.core.progress`), open a connection of their own and raise
:class:`~ntm_desktop.core.errors.NtmError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.dossier.data import package_journal_head
from ntm_desktop.services._common import NO_COMMUNE, package_destination, worker_workbook
from ntm_desktop.store import journal as jr
from ntm_desktop.store.package_log import package_history, record_package
from ntm_desktop.store.workbook import Workbook
from ntm_desktop.sync import exporter, importer
from ntm_desktop.sync import state as st
from ntm_desktop.sync.workspace import default_package_name, ensure_workbook_key, workbook_keystore

__all__ = ["KIND_LABELS", "ImportResult", "describe_catalogs", "export_package",
           "import_packages", "package_for_current_data", "package_history", "record_package",
           "verify_package"]

#: what each kind of package is called (the Đồng bộ page, import results, ``ntm import``)
KIND_LABELS = {
    "commune_update": _N("PackagesTableModel", "Gói cập nhật"),
    "commune_snapshot": _N("PackagesTableModel", "Gói đầy đủ"),
    "appraisal_feedback": _N("PackagesTableModel", "Phản hồi thẩm định"),
    "catalog": _N("PackagesTableModel", "Bộ tiêu chí của tỉnh"),
}


def export_package(wb_path: Path, paths: Any, dest: Path, *, full: bool = False,
                   passphrase: str | None = None, report: ProgressFn | None = None,
                   cancel: CancelToken | None = None) -> dict[str, Any]:
    """Write the next package (``ntm export``, the Đồng bộ page's "Xuất gói") and log it.

    ``dest`` is a folder (the file gets the standard name) or the package's file name. The
    result carries the dossier code of the package, so a dossier printed next is tied to it.
    """
    step(report, cancel, 0, 2, "")
    wb = worker_workbook(wb_path)
    try:
        commune = wb.commune()
        if commune is None:
            raise NtmError(NO_COMMUNE, code="no_commune")
        ks = ensure_workbook_key(paths, wb)
        key = ks.load(passphrase)
        dest = package_destination(dest, default_package_name(
            commune["code"], st.out_state(wb)[0] + 1, "full" if full else "update").name)
        step(report, cancel, 1, 2, "")
        r = exporter.export_commune(wb, ks, key, dest, full=full)
        r["path"] = str(dest)
        record_package(wb, {"direction": "out", "file": dest.name, "path": str(dest),
                            "kind": r["kind"], "seq": r["seq"], "status": "sent", "code": None,
                            "message": "", "entries": r["entries"], "size": r["size"],
                            "dossier_code": r["dossier_code"]})
        step(report, cancel, 2, 2, "")
        return r
    finally:
        wb.close()


@dataclass
class ImportResult:
    outcomes: list[Any]
    entries: list[dict[str, Any]]  # journal entries committed (for data_did_change)


def import_packages(wb_path: Path, paths: Any, files: Sequence[Path], *,
                    report: ProgressFn | None = None, cancel: CancelToken | None = None
                    ) -> ImportResult:
    """Verify and apply feedback and catalog packages (``ntm import``) and log each."""
    step(report, cancel, 0, 0, "")
    wb = worker_workbook(wb_path)
    captured: list[dict[str, Any]] = []
    wb.listeners.append(captured.extend)
    try:
        rx = importer.CommuneReceiver(wb, workbook_keystore(paths, wb), paths.quarantine)
        outcomes = importer.import_files([Path(f) for f in files], rx)
        describe_catalogs(wb, outcomes)
        for o in outcomes:
            record_package(wb, {"direction": "in", "file": Path(o.file).name, "path": o.file,
                                "kind": o.kind, "seq": o.seq, "status": o.status,
                                "code": o.code, "message": o.message, "entries": o.applied,
                                "size": None, "sender": o.details.get("sender"),
                                "fingerprint": o.details.get("fingerprint")})
        return ImportResult(outcomes, captured)
    finally:
        wb.close()



CATALOG_APPLIED = _N("errors", "Đã nhận bộ tiêu chí của tỉnh “{title}”, phiên bản {version}, "
                   "căn cứ {basis}. Các chỉ tiêu từ nay được đánh giá theo bộ này (năm đã được "
                   "phê duyệt giữ bộ tiêu chí đã dùng khi phê duyệt).")


def describe_catalogs(wb: Workbook, outcomes: Sequence[Any]) -> None:
    """Give each applied catalog package a plain result line (``message``) and
    ``details["catalog"]`` = id, version, title, legal basis — from the overlay installed."""
    from ntm_desktop.core.catalog import cite_decision
    from ntm_desktop.store.evaluation_service import overlay_versions
    versions = overlay_versions(wb)
    for o in outcomes:
        ref = o.details.get("catalog") or {}
        if o.kind != "catalog" or o.status not in ("applied", "duplicate"):
            continue
        doc = versions.get((str(ref.get("id")), str(ref.get("version"))))
        if doc is None:
            continue
        basis = cite_decision(doc["decision"]) if doc.get("decision") else doc["legal_source"]
        o.details["catalog"] = {"id": doc["id"], "version": doc["version"],
                                "title": doc["title"], "legal_basis": basis}
        if o.status == "applied":
            o.message = CATALOG_APPLIED.format(title=doc["title"], version=doc["version"],
                                               basis=basis)


def package_for_current_data(wb: Workbook) -> Path | None:
    """The last package this workbook sent, if it still exists and holds exactly the data the
    workbook has now (its signed journal head is the workbook's): a dossier printed now can then
    be tied to that package. None when data changed since, or the file was moved."""
    head_hash = jr.head(wb.conn)[1]
    for item in package_history(wb):
        if item.get("direction") != "out":
            continue
        path = Path(item.get("path") or "")
        return path if path.is_file() and package_journal_head(path) == head_hash else None
    return None


def verify_package(wb_path: Path, paths: Any, file: Path, dossier_code: str | None = None, *,
                   report: ProgressFn | None = None, cancel: CancelToken | None = None
                   ) -> importer.Outcome:
    """Check a package without applying it (``ntm verify``, "Kiểm tra gói (không nhập)…"):
    nothing is written — no package log entry, no quarantine copy. With ``dossier_code``,
    ``details["dossier_code"]`` says whether it matches the package."""
    step(report, cancel, 0, 0, "")
    wb = worker_workbook(wb_path)
    try:
        rx = importer.CommuneReceiver(wb, workbook_keystore(paths, wb), paths.quarantine)
        return importer.verify_file(Path(file), rx, dossier_code=(dossier_code or "").strip()
                                    or None)
    finally:
        wb.close()
