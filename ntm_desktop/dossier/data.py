"""Everything a dossier prints, read from the workbook in one place.

:func:`collect` reads the commune, its catalog and its evaluation once and hands them to small
functions that each return a small frozen dataclass (indicators, infrastructure, funding,
contributions, photos, verification). The builders take the plain :class:`DossierData` and
never touch the workbook — except the two annex lists of ``--full-annex``, which are streamed
page by page from :mod:`ntm_desktop.store.dossier_sources` while the PDF is laid out, so a
commune with 300,000 contributions prints in memory proportional to a page.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ntm_desktop.core import evaluation as ev
from ntm_desktop.core import model
from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.catalog import NUMERIC_KINDS
from ntm_desktop.core.dossier_code import dossier_code, package_sha256, qr_payload
from ntm_desktop.core.errors import NotFound, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.core.text import nfc
from ntm_desktop.dossier import checklist as ck
from ntm_desktop.dossier.fields import DOC_SYMBOLS, as_date, as_int, as_list

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook


# ------------------------------------------------------------------------------ dataclasses
@dataclass(frozen=True)
class Village:
    id: str
    name: str
    households: int | None
    population: int | None


@dataclass(frozen=True)
class Commune:
    code: str
    name: str            # as stored, e.g. "Bản Phiệt"
    province_name: str | None
    district_name: str | None
    criteria_set: str
    catalog_title: str
    catalog_label: str
    legal_basis: str     # "Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ …"
    region_label: str | None
    recognised_year: int | None
    target_year: int | None
    villages: tuple[Village, ...]

    @property
    def short_name(self) -> str:
        n = self.name.strip()
        return n[3:].strip() if n.lower().startswith("xã ") else n

    @property
    def full_name(self) -> str:
        return f"xã {self.short_name}"


@dataclass(frozen=True)
class IndicatorRow:
    code: str
    text: str
    unit: str
    kind: str
    threshold_text: str          # "≥ 85%", "Đạt", "…" when no threshold is in force
    threshold_basis: str | None  # the legal citation of the threshold in force
    value_text: str
    status: str
    status_label: str
    status_source: str
    confirmed: bool              # the threshold in force is confirmed (numeric indicators)
    out_of_range: bool           # the value lies outside the catalog's plausible range
    plausible_range: tuple[float, float] | None
    evidence: tuple[str, ...]
    note: str | None
    computed_status: str
    value: float | None


@dataclass(frozen=True)
class CriterionRow:
    code: str
    name: str
    phrase: str                  # "về giao thông", "hộ nghèo" (catalog data)
    status: str
    status_label: str
    indicators: tuple[IndicatorRow, ...]


def photo_date(taken_at: str | None, created_at: str | None) -> str | None:
    """The date under a photo: the day it was taken ("05/03/2025", from EXIF), else the day it
    was attached ("nhập ngày 05/03/2025"), so every photo carries a date."""
    for raw, prefix in ((taken_at, ""), (created_at, "nhập ngày ")):
        try:
            return prefix + vf.short_date(dt.date.fromisoformat((raw or "")[:10]))
        except ValueError:
            continue
    return None


def _iso_date(raw: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((raw or "")[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Photo:
    number: int
    path: Path
    caption: str
    date: str | None
    place: str | None
    width: int | None
    height: int | None
    taken: dt.date | None = None      # EXIF capture date
    imported: dt.date | None = None   # the day it was attached


@dataclass(frozen=True)
class Project:
    name: str
    field: str | None
    total_investment: int | None
    funding: dict[str, int]
    funding_total: int
    debt: int
    settlement: str | None
    state: str | None
    finish_date: str | None


@dataclass(frozen=True)
class Verification:
    linked: bool
    code: str
    footer: str
    qr_payload: str
    package_sha256: str | None
    fingerprint: str | None
    journal_seq: int
    journal_head: str


@dataclass(frozen=True)
class Roads:
    levels: tuple[tuple[str, float, float, float | None], ...]   # label, km, hardened, share
    surfaces: tuple[tuple[str, float], ...]
    total_km: float
    hardened_km: float
    hardened_share: float | None
    canal_total_km: float
    canal_solidified_km: float


@dataclass(frozen=True)
class Infrastructure:
    by_kind: tuple[tuple[str, int], ...]
    by_village: tuple[tuple[str, str, int, float | None], ...]   # village, kind, count, km
    total: int


@dataclass(frozen=True)
class Funding:
    projects: tuple[Project, ...]
    resources: tuple[tuple[str, int, float | None], ...]         # source label, đồng, share
    total: int

    @property
    def debt_total(self) -> int:
        return sum(p.debt for p in self.projects)

    @property
    def debt_projects(self) -> tuple[Project, ...]:
        return tuple(p for p in self.projects if p.debt > 0)


@dataclass(frozen=True)
class Contributions:
    cash_vnd: float
    labour_days: float
    land_m2: float
    materials: float
    total_value_vnd: float
    by_village: tuple[tuple[str, float, float, float, float, int], ...]
    by_project: tuple[tuple[str, float, float, float, float, int], ...]
    count: int


#: a long annex list, produced lazily (row tuples of printed strings)
RowSource = Callable[[], Iterator[tuple[str, ...]]]


@dataclass
class DossierData:
    year: int
    commune: Commune
    fields: dict[str, Any]
    checklist: ck.Checklist
    criteria: list[CriterionRow]
    met_count: int
    total: int
    roads: Roads
    infra: Infrastructure
    funding: Funding
    contrib: Contributions
    survey: dict[str, Any] | None
    revocation: dict[str, Any]
    photos: list[Photo]
    verification: Verification
    infra_full: RowSource | None = None
    infra_full_count: int = 0
    contrib_full: RowSource | None = None
    draft: bool = False

    # ---- field helpers (builders use these; draft placeholders when missing)
    def f(self, key: str, default: Any = None) -> Any:
        v = self.fields.get(key)
        return default if v in (None, "", []) else v

    def date_of(self, doc: str) -> dt.date | None:
        return as_date(self.fields.get(f"{doc}.date"))

    def number_line(self, doc: str) -> str:
        num = self.f(f"{doc}.number")
        sym = self.f(f"{doc}.symbol", DOC_SYMBOLS.get(doc, "UBND"))
        return f"Số: {num if num else '…'}/{sym}"

    @property
    def place(self) -> str:
        return self.f("dossier.place", self.commune.short_name)

    def place_date(self, doc: str) -> str:
        d = self.date_of(doc)
        if d is None:
            return f"{self.place}, ngày … tháng … năm {self.year}"
        return vf.long_date(d, place=self.place)

    def recipients(self, doc: str, default_extra: list[str] | None = None) -> list[str]:
        r = as_list(self.fields.get(f"{doc}.recipients")) or as_list(self.fields.get("recipients"))
        if r:
            return r
        return [*(default_extra or []), "Lưu: VT"]

    @property
    def signer_name(self) -> str:
        return self.f("signer.name", "…" if self.draft else "")

    @property
    def signer_title(self) -> str:
        return self.f("signer.title", "CHỦ TỊCH")

    @property
    def signer_authority(self) -> str:
        return self.f("signer.authority", "TM. ỦY BAN NHÂN DÂN")

    def int_field(self, key: str) -> int | None:
        return as_int(self.fields.get(key))

    @property
    def dossier_date(self) -> dt.date | None:
        """The date of the request letter (the dossier's date), else of the minutes."""
        return self.date_of("to_trinh") or self.date_of("bien_ban")

    @property
    def documents(self) -> tuple[ck.ChecklistItem, ...]:
        """The checklist's documents that apply to this commune (conditional ones only when
        their condition field is set)."""
        return tuple(d for d in self.checklist.documents
                     if not d.when_field or _yes(self.fields.get(d.when_field)))


def _yes(value: Any) -> bool:
    return str(value or "").strip().lower() in ("1", "true", "yes", "co", "có", "x", "đạt", "dat")


# --------------------------------------------------------------------------- verification
def read_manifest(package: Path) -> dict[str, Any] | None:
    """The package's ``manifest.json`` as a dict (format ``ntm-package`` 1, docs/sync-format.md),
    or None when it cannot be read. Not a verification: ``ntm verify`` checks the signature."""
    try:
        with zipfile.ZipFile(package) as z:
            info = z.getinfo("manifest.json")
            if info.file_size > 1_000_000:
                return None
            manifest = json.loads(z.read(info).decode("utf-8"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return None
    return manifest if isinstance(manifest, dict) else None


def read_fingerprint(package: Path) -> str | None:
    """The sender's key fingerprint from the package's manifest (``sender.public_key``)."""
    import base64
    import binascii

    from ntm_desktop.sync.keys import fingerprint
    manifest = read_manifest(package) or {}
    try:
        raw = base64.b64decode(manifest["sender"]["public_key"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error):
        return None
    return fingerprint(raw) if len(raw) == 32 else None


def package_journal_head(package: Path) -> str | None:
    """The journal head hash the package was signed with (``journal.head_hash``)."""
    journal = (read_manifest(package) or {}).get("journal")
    head = journal.get("head_hash") if isinstance(journal, dict) else None
    return head if isinstance(head, str) else None


def make_verification(commune_code: str, journal: tuple[int, str], *,
                      package: Path | None = None, fingerprint: str | None = None
                      ) -> Verification:
    seq, head = journal
    if package is not None:
        package = Path(package)
        if not package.is_file():
            raise NotFound(_N("errors", "Không tìm thấy gói đồng bộ {path}."), field="package",
                           args={"path": str(package)})
        if package_journal_head(package) != head:
            raise ValidationError(_N("errors", "Gói {name} không chứa đúng dữ liệu hiện tại của sổ "
                                     "(dữ liệu đã thay đổi sau khi xuất gói, hoặc gói của sổ "
                                     "khác). Hãy xuất gói mới rồi in lại hồ sơ."),
                                  field="package", code="package_outdated",
                                  args={"name": package.name})
        sha = package_sha256(package) or ""
        fp = fingerprint or read_fingerprint(package)
        if not fp:
            raise ValidationError(_N("errors", "Không đọc được dấu vân tay khóa trong "
                                     "manifest.json của gói; hãy dùng --fingerprint."),
                                  field="fingerprint",
                                  code="no_fingerprint")
        code = dossier_code(commune_code, sha)
        return Verification(True, code, f"Mã hồ sơ: {code}",
                            qr_payload(commune_code, sha, fp), sha, fp, seq, head)
    code = f"NTM-{commune_code}-J{seq}"
    footer = f"Mã hồ sơ: {code}"
    payload = (f"NTMDOSSIER:1;code={code};unlinked=1;journal_seq={seq};"
               f"journal_sha256={head}")
    return Verification(False, code, footer, payload, None, fingerprint, seq, head)


# ----------------------------------------------------------------------------------- helpers
def indicator_value(v: float | None, unit: str, kind: str) -> str:
    """A measured value in the one format of its quantity (core/vnformat.py)."""
    if v is None:
        return "—"
    if unit == "%" or kind == "percent":
        return vf.percent(v)
    if unit.startswith("triệu đồng"):
        return f"{vf.income(v)} {unit}"
    if unit == "km":
        return f"{vf.km(v)} km"
    if kind == "count" or float(v).is_integer():
        return f"{vf.number(v)} {unit}".strip()
    return f"{vf.number(v, 2)} {unit}".strip()


def rule_value(v: float, unit: str) -> str:
    """A threshold as the decision writes it: "85%", "26,7%", "45 triệu đồng/người/năm"."""
    s = vf.rule_number(v)
    return s + "%" if unit == "%" else f"{s} {unit}".strip()


def threshold_text(r: Any) -> str:
    """The requirement in force, without any software caveat: "≥ 85%", "Đạt", "Không có";
    "…" when no threshold is in force (only a draft prints then; the check page says why)."""
    if r.kind == "boolean":
        return "Đạt"
    if r.kind == "must_be_none":
        return "Không có"
    if r.threshold is None:
        return "…"
    cmp = {">=": "≥", "<=": "≤", "=": "="}.get(r.comparator, r.comparator)
    return f"{cmp} {rule_value(r.threshold.value, r.unit)}"


def value_text(r: Any) -> str:
    if r.value is None:
        return "—"
    if r.kind == "boolean":
        return "Có" if r.value else "Không"
    if r.kind == "must_be_none":
        return "Không có" if r.value == 0 else indicator_value(r.value, r.unit, "count")
    return indicator_value(r.value, r.unit, r.kind)


# -------------------------------------------------------------------------------- collect
def collect(wb: Workbook, year: int, *, package: Path | None = None, fingerprint: str | None = None,
            full_annex: bool = False, checklist: str | Path | None = None, draft: bool = False,
            report: ProgressFn | None = None, cancel: CancelToken | None = None) -> DossierData:
    """Read the commune, its catalog and its evaluation once, then each part of the dossier."""
    from ntm_desktop.store import evaluation_service
    from ntm_desktop.store.commune import get_commune, list_villages
    from ntm_desktop.store.dossier_fields import get_fields
    from ntm_desktop.store.journal import head

    total_steps = 7
    step(report, cancel, 0, total_steps, _N("progress", "Đọc thông tin xã"))
    c = get_commune(wb)
    fields = {k: nfc(v) if isinstance(v, str) else v for k, v in get_fields(wb).items()}
    villages = tuple(Village(v["id"], v["name"], v.get("households"), v.get("population"))
                     for v in list_villages(wb))
    step(report, cancel, 1, total_steps, _N("progress", "Đánh giá các tiêu chí"))
    evaluation = evaluation_service.evaluate(wb, year)
    catalog = evaluation.catalog
    commune = Commune(
        code=c["code"], name=c["name"], province_name=c.get("province_name"),
        district_name=c.get("old_district_name"), criteria_set=c["criteria_set"],
        catalog_title=catalog.title if catalog else "",
        catalog_label=catalog.label if catalog else "",
        legal_basis=(catalog.legal_basis or catalog.legal_source) if catalog else "",
        region_label=model.REGIONS.get(c.get("applied_region") or c.get("region") or ""),
        recognised_year=c.get("recognised_year"), target_year=c.get("target_year"),
        villages=villages)
    cl = ck.load(checklist or fields.get("dossier.checklist")
                 or ck.default_for(commune.criteria_set, year))
    vnames = {v.id: v.name for v in villages}
    photos, evidence = read_photos(wb, year, vnames)
    criteria = criteria_rows(evaluation, evidence)
    step(report, cancel, 2, total_steps, _N("progress", "Tổng hợp hạ tầng"))
    roads = read_roads(wb)
    infra = read_infrastructure(wb, villages)
    step(report, cancel, 3, total_steps, _N("progress", "Tổng hợp dự án, nguồn vốn"))
    funding = read_funding(wb)
    step(report, cancel, 4, total_steps, _N("progress", "Tổng hợp đóng góp của cộng đồng"))
    contrib = read_contributions(wb, villages)
    step(report, cancel, 5, total_steps, _N("progress", "Khảo sát, nợ đọng"))
    from ntm_desktop.store import survey as survey_store
    survey = survey_store.latest_survey(wb, year)
    revocation = ev.revocation_risk(evaluation, bool(c.get("recognised_year")))
    step(report, cancel, 6, total_steps, _N("progress", "Mã xác minh"))
    verification = make_verification(commune.code, head(wb.conn), package=package,
                                     fingerprint=fingerprint)
    data = DossierData(
        year=year, commune=commune, fields=fields, checklist=cl, criteria=criteria,
        met_count=evaluation.met_count, total=evaluation.total, roads=roads, infra=infra,
        funding=funding, contrib=contrib, survey=survey, revocation=revocation,
        photos=photos, verification=verification, draft=draft)
    if full_annex:
        data.infra_full = infra_source(wb, vnames)
        data.infra_full_count = infra.total
        data.contrib_full = ledger_source(wb, vnames)
    step(report, cancel, total_steps, total_steps, _N("progress", "Đã đọc dữ liệu"))
    return data


def criteria_rows(evaluation: ev.Evaluation, evidence: dict[str, list[str]]
                  ) -> list[CriterionRow]:
    """The evaluation as printed rows, with the legal basis of each threshold in force."""
    catalog = evaluation.catalog
    out: list[CriterionRow] = []
    for cr in evaluation.criteria:
        phrase = catalog.criterion(cr.code).report_phrase if catalog else f"về {cr.name.lower()}"
        rows = tuple(IndicatorRow(
            code=i.code, text=i.text, unit=i.unit, kind=i.kind, threshold_text=threshold_text(i),
            threshold_basis=i.threshold.source if i.threshold is not None else
            (i.source if i.kind not in NUMERIC_KINDS else None),
            value_text=value_text(i), status=i.status, status_label=model.STATUSES[i.status],
            status_source=i.status_source, confirmed=i.threshold_confirmed,
            out_of_range=i.out_of_range, plausible_range=i.plausible_range,
            evidence=tuple(evidence.get(i.code, ())), note=i.input_note,
            computed_status=i.computed_status, value=i.value) for i in cr.indicators)
        out.append(CriterionRow(cr.code, cr.name, phrase, cr.status, model.STATUSES[cr.status],
                                rows))
    return out


def read_photos(wb: Workbook, year: int, vnames: dict[str, str]
                ) -> tuple[list[Photo], dict[str, list[str]]]:
    """Photos of the annex (numbered) and the evidence references per indicator code."""
    from ntm_desktop.store import dossier_sources as src
    from ntm_desktop.store.attachments import blob_path
    assess_codes = src.assessment_codes(wb, year)
    infra_names: dict[str, str | None] = {}
    photos: list[Photo] = []
    evidence: dict[str, list[str]] = {}
    for r in src.evidence_links(wb):
        if r["entity"] == "assessment" and r["entity_id"] not in assess_codes:
            continue
        place = None
        if r["entity"] == "infra_item":
            if r["entity_id"] not in infra_names:
                it = wb.get("infra_item", r["entity_id"])
                infra_names[r["entity_id"]] = (it["name"] + (
                    f", {vnames[it['village_id']]}" if it.get("village_id") in vnames else "")
                ) if it else None
            place = infra_names[r["entity_id"]]
        if place is None and r["gps_lat"] is not None:
            place = f"{vf.number(r['gps_lat'], 5)}, {vf.number(r['gps_lon'], 5)}"
        ref = r["original_name"] or r["sha256"][:8]
        if (r["mime"] or "").startswith("image/"):
            n = len(photos) + 1
            caption = r["caption"] or Path(r["original_name"] or f"ảnh {n}").stem
            photos.append(Photo(n, blob_path(wb, r["sha256"]), nfc(caption),
                                photo_date(r["taken_at"], r["created_at"]),
                                nfc(place) if place else None, r["width"], r["height"],
                                _iso_date(r["taken_at"]), _iso_date(r["created_at"])))
            ref = f"Ảnh {n}"
        if r["entity"] == "assessment":
            evidence.setdefault(assess_codes[r["entity_id"]], []).append(nfc(ref))
    return photos, evidence


def read_roads(wb: Workbook) -> Roads:
    from ntm_desktop.store import dossier_sources as src
    from ntm_desktop.store import infrastructure
    roads = infrastructure.road_totals(wb)
    levels = tuple((model.ROAD_LEVELS.get(k or "", k or "Khác"), v["total_km"], v["hardened_km"],
                    v["hardened_share"])
                   for k, v in sorted(roads["by_level"].items(),
                                      key=lambda kv: list(model.ROAD_LEVELS).index(kv[0])
                                      if kv[0] in model.ROAD_LEVELS else 99))
    surfaces = tuple((model.ROAD_SURFACES.get(k, "Khác"), v)
                     for k, v in sorted(roads["by_surface"].items(), key=lambda kv: str(kv[0])))
    canal_km, canal_sol = src.canal_totals(wb)
    return Roads(levels, surfaces, roads["total_km"], roads["hardened_km"],
                 roads["hardened_share"], canal_km, canal_sol)


def read_infrastructure(wb: Workbook, villages: tuple[Village, ...]) -> Infrastructure:
    from ntm_desktop.store import dossier_sources as src
    from ntm_desktop.store import infrastructure
    vnames = {v.id: v.name for v in villages}
    counts = infrastructure.counts_by_kind(wb)
    by_kind = tuple((model.INFRA_KINDS[k].label, n) for k, n in counts.items() if n)
    order = {v.name: i for i, v in enumerate(villages)}
    by_village = sorted(((vnames.get(r["village_id"], "Chung toàn xã"),
                          model.INFRA_KINDS[r["kind"]].label, r["n"], r["km"])
                         for r in src.infra_by_village_kind(wb)),
                        key=lambda x: (order.get(x[0], -1), x[1]))
    return Infrastructure(by_kind, tuple(by_village), sum(counts.values()))


def read_funding(wb: Workbook) -> Funding:
    from ntm_desktop.store import projects
    plist = tuple(Project(
        p["name"], p.get("field"), p.get("total_investment"),
        {model.FUNDING_SOURCES[s]: a for s, a in p["funding"].items()},
        p["funding_total"], p.get("outstanding_debt") or 0,
        model.SETTLEMENT_STATUSES.get(p.get("settlement") or ""),
        model.PROJECT_STATES.get(p.get("state") or ""), p.get("finish_date"))
        for p in projects.list_projects(wb))
    res = projects.resources_mobilised(wb)
    resources = tuple((model.FUNDING_SOURCES[s], v, res["shares"][s])
                      for s, v in res["by_source"].items() if v)
    return Funding(plist, resources, res["total"])


def read_contributions(wb: Workbook, villages: tuple[Village, ...]) -> Contributions:
    from ntm_desktop.store import contributions, projects
    from ntm_desktop.store import dossier_sources as src
    vnames = {v.id: v.name for v in villages}
    t = contributions.totals(wb)
    mats = t["by_kind"].get("vat_lieu", {})
    pnames = {p["id"]: p["name"] for p in projects.list_projects(wb)}

    def grouped(col: str, names: dict[str, str], none_label: str
                ) -> list[tuple[str, float, float, float, float, int]]:
        out = [(names.get(r["k"], none_label), r["cash"] or 0, r["days"] or 0, r["land"] or 0,
                r["value"] or 0, r["n"]) for r in src.contributions_by(wb, col)]
        return sorted(out, key=lambda x: (x[0] == none_label, x[0]))
    order = {v.name: i for i, v in enumerate(villages)}
    by_village = sorted(grouped("village_id", vnames, "Không ghi thôn"),
                        key=lambda x: order.get(x[0], 1e9))
    return Contributions(
        cash_vnd=t["cash_vnd"] or 0, labour_days=t["labour_days"] or 0,
        land_m2=t["land_m2"] or 0, materials=mats.get("quantity") or 0,
        total_value_vnd=t["total_value_vnd"] or 0, by_village=tuple(by_village),
        by_project=tuple(grouped("project_id", pnames, "Không gắn dự án")),
        count=contributions.count_contributions(wb))


def infra_source(wb: Workbook, vnames: dict[str, str]) -> RowSource:
    """The full infrastructure list, formatted row by row when the annex is laid out."""
    from ntm_desktop.store import dossier_sources as src

    def rows() -> Iterator[tuple[str, ...]]:
        for kind_id, name, village_id, attrs in src.infra_list(wb):
            kind = model.INFRA_KINDS[kind_id]
            desc = "; ".join(f"{a.label}: {_attr_text(a, attrs[a.key])}" for a in kind.attrs
                             if a.key in attrs)
            yield kind.label, nfc(name), vnames.get(village_id or "", ""), desc
    return rows


def ledger_source(wb: Workbook, vnames: dict[str, str]) -> RowSource:
    """The full contributions ledger, streamed from the workbook while the annex is laid out."""
    from ntm_desktop.store import dossier_sources as src

    def rows() -> Iterator[tuple[str, ...]]:
        for date, who, village_id, kind, qty, unit, value in src.contribution_ledger(wb):
            yield (vf.short_date(dt.date.fromisoformat(date)), nfc(who),
                   vnames.get(village_id or "", ""),
                   model.CONTRIBUTION_KINDS.get(kind, kind),
                   f"{vf.number(qty, 2, trim=True)} {unit or ''}".strip(), vf.dong(value))
    return rows


def _attr_text(a: model.Attr, v: Any) -> str:
    if a.type == "choice":
        return a.choices.get(v, str(v))
    if a.type == "bool":
        return "có" if v else "không"
    if isinstance(v, (int, float)):
        return f"{vf.number(v, 2, trim=True)} {a.unit}".strip()
    return str(v)
