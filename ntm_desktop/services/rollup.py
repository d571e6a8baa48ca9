"""The appraiser's roll-up (the Tổng hợp dashboard, ``ntm report`` over the hub) from the
per-commune results cached in the hub (:mod:`ntm_desktop.services.communes`), with PDF and
Excel export. Same figures as :func:`ntm_desktop.dossier.rollup.compute` over the replicas."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_desktop.core.catalog import load_catalog
from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.dossier import rollup as ru
from ntm_desktop.services.communes import commune_result_of, results
from ntm_desktop.services.hub_common import open_hub


@dataclass(frozen=True)
class _Criterion:
    code: str
    name: str


class _Catalog:
    """The catalog a cached result was evaluated with, as the roll-up reads it: the national
    set's criteria phrases, legal source and basis, with the title the commune used."""

    def __init__(self, catalog_id: str, title: str) -> None:
        self._national = load_catalog(catalog_id)
        self.title = title or self._national.title

    def __getattr__(self, name: str) -> Any:
        return getattr(self._national, name)


@dataclass(frozen=True)
class CachedEvaluation:
    """The two things :func:`rollup.aggregate` reads from an evaluation."""

    catalog: _Catalog
    criteria: tuple[_Criterion, ...]


def compute_rollup(paths: Any, year: int, *, bands: str | None = None,
                   as_of: ru.AsOf | None = None, report: ProgressFn | None = None,
                   cancel: CancelToken | None = None) -> ru.Rollup:
    """The roll-up for ``year`` from the cache (stale communes recomputed first)."""
    with open_hub(paths) as hub:
        docs = results(hub, year, report=report, cancel=cancel)
    pairs = []
    excluded = [(code, doc.get("name") or code, doc["error"]) for code, doc in
                sorted(docs.items()) if "error" in doc]
    catalogs: dict[tuple[str, str], _Catalog] = {}
    for _code, doc in sorted(docs.items()):
        if "result" not in doc:
            continue
        result = commune_result_of(doc)
        key = (result.catalog_id, doc.get("catalog_title") or "")
        if key not in catalogs:
            catalogs[key] = _Catalog(*key)
        ev = CachedEvaluation(catalogs[key], tuple(_Criterion(c, n) for c, n in doc["criteria"]))
        pairs.append((result, ev))
    if not pairs:
        raise NtmError(_N("errors", "Kho thẩm định chưa có dữ liệu của xã nào."),
                       code="empty_hub")
    return ru.aggregate(pairs, year, bands=ru.parse_bands(bands) if bands else None,
                        excluded=excluded, as_of=as_of)


def rollup_json(r: ru.Rollup) -> dict[str, Any]:
    return ru.to_json(r)


def export_rollup(paths: Any, year: int, out: Path, *, bands: str | None = None,
                  issuer: str | None = None, report: ProgressFn | None = None,
                  cancel: CancelToken | None = None, **options: Any) -> dict[str, Any]:
    """Write the roll-up to ``out``: PDF when it ends in .pdf, else Excel (.xlsx)."""
    step(report, cancel, 0, 2, _N("progress", "Tổng hợp"))
    r = compute_rollup(paths, year, bands=bands, cancel=cancel)
    step(report, cancel, 1, 2, _N("progress", "Ghi tệp"))
    out = Path(out)
    if out.suffix.lower() == ".pdf":
        from ntm_desktop.dossier.fonts import register_fonts
        from ntm_desktop.dossier.rollup_writers import write_rollup_pdf
        if issuer is None:
            with open_hub(paths) as hub:
                name = hub.meta("name")
            issuer = name.upper() if name else None
        write_rollup_pdf(r, out, fonts=register_fonts(), issuer=issuer, **options)
    else:
        from ntm_desktop.dossier.rollup_writers import write_rollup_xlsx
        write_rollup_xlsx(r, out)
    return {"output": str(out), "communes": r.n, "average": r.average}
