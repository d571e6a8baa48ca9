"""Everything a dossier prints, collected from the workbook in one place.

:func:`collect` is the only function here that reads the workbook; the builders take the
plain :class:`DossierData` it returns and never touch SQL. Large registers are summarised with
SQL aggregates (by village and kind), so a commune with 5,000 infrastructure items and 100,000
contributions still produces a short dossier; the full lists are read only for ``full_annex``.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_desktop.core import model
from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.dossier_code import dossier_code, package_sha256, qr_payload
from ntm_desktop.core.errors import NotFound, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.core.text import nfc
from ntm_desktop.dossier import checklist as ck
from ntm_desktop.dossier.fields import DOC_SYMBOLS, as_date, as_int, as_list


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
    threshold_text: str
    value_text: str
    status: str
    status_label: str
    status_source: str
    verified: bool
    evidence: tuple[str, ...]
    note: str | None
    computed_status: str
    value: float | None


@dataclass(frozen=True)
class CriterionRow:
    code: str
    name: str
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


@dataclass(frozen=True)
class Photo:
    number: int
    path: Path
    caption: str
    date: str | None
    place: str | None
    width: int | None
    height: int | None


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


@dataclass
class DossierData:
    year: int
    commune: Commune
    fields: dict[str, Any]
    checklist: ck.Checklist
    criteria: list[CriterionRow]
    met_count: int
    total: int
    unverified_count: int
    road_levels: list[tuple[str, float, float, float | None]]   # label, km, hardened km, share
    road_surfaces: list[tuple[str, float]]
    road_total_km: float
    road_hardened_km: float
    road_hardened_share: float | None
    canal_total_km: float
    canal_solidified_km: float
    infra_by_kind: list[tuple[str, int]]
    infra_by_village: list[tuple[str, str, int, float | None]]   # village, kind, count, km
    infra_total: int
    projects: list[Project]
    resources: list[tuple[str, int, float | None]]               # source label, đồng, share
    resources_total: int
    contrib_totals: dict[str, float]
    contrib_by_village: list[tuple[str, float, float, float, float, int]]
    contrib_by_project: list[tuple[str, float, float, float, float, int]]
    contrib_count: int
    survey: dict[str, Any] | None
    debt_total: int
    debt_projects: list[Project]
    revocation: dict[str, Any]
    photos: list[Photo]
    verification: Verification
    infra_full: list[tuple[str, str, str, str]] | None = None
    contrib_full: list[tuple[str, str, str, str, str, str]] | None = None
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
            return f"{self.place}, ngày … tháng … năm {self.year}" + (" (DỰ THẢO)"
                                                                      if self.draft else "")
        return vf.long_date(d, place=self.place)

    def recipients(self, doc: str, default_extra: list[str] | None = None) -> list[str]:
        r = as_list(self.fields.get(f"{doc}.recipients")) or as_list(self.fields.get("recipients"))
        if r:
            return r
        return [*(default_extra or []), "Lưu: VT"]

    @property
    def signer_name(self) -> str:
        return self.f("signer.name", "[DỰ THẢO – chưa có người ký]" if self.draft else "")

    @property
    def signer_title(self) -> str:
        return self.f("signer.title", "CHỦ TỊCH")

    @property
    def signer_authority(self) -> str:
        return self.f("signer.authority", "TM. ỦY BAN NHÂN DÂN")

    def int_field(self, key: str) -> int | None:
        return as_int(self.fields.get(key))


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
        return Verification(True, code, f"Mã hồ sơ: {code} · gói {sha[:12]}… · khóa {fp[:19]}",
                            qr_payload(commune_code, sha, fp), sha, fp, seq, head)
    code = f"NTM-{commune_code}-J{seq}"
    footer = (f"Hồ sơ chưa gắn với gói đồng bộ đã ký · nhật ký #{seq} · "
              f"{head[:16].upper()}")
    payload = (f"NTMDOSSIER:1;code={code};unlinked=1;journal_seq={seq};"
               f"journal_sha256={head}")
    return Verification(False, code, footer, payload, None, fingerprint, seq, head)


# ----------------------------------------------------------------------------------- helpers
def _num(v: float | None, unit: str = "") -> str:
    if v is None:
        return "—"
    digits = 0 if float(v).is_integer() else 2
    s = vf.number(v, digits, trim=True)
    if unit == "%":
        return s + "%"
    return f"{s} {unit}".strip()


def threshold_text(r: Any) -> str:
    if r.kind == "boolean":
        return "Đạt"
    if r.kind == "must_be_none":
        return "Không có"
    if r.threshold is None:
        return "Chưa xác minh"
    t = _num(r.threshold.value, r.unit)
    cmp = {">=": "≥", "<=": "≤", "=": "="}.get(r.comparator, r.comparator)
    text = f"{cmp} {t}"
    return text if r.verified else f"{text} (chưa xác minh)"


def value_text(r: Any) -> str:
    if r.value is None:
        return "—"
    if r.kind == "boolean":
        return "Có" if r.value else "Không"
    if r.kind == "must_be_none":
        return "Không có" if r.value == 0 else _num(r.value, r.unit)
    return _num(r.value, r.unit)


# -------------------------------------------------------------------------------- collect
def collect(wb: Any, year: int, *, package: Path | None = None, fingerprint: str | None = None,
            full_annex: bool = False, checklist: str | Path | None = None, draft: bool = False,
            report: ProgressFn | None = None, cancel: CancelToken | None = None) -> DossierData:
    """Read the workbook once and return what the dossier prints."""
    from ntm_desktop.store import contributions, evaluation_service, infrastructure, projects
    from ntm_desktop.store import survey as survey_store
    from ntm_desktop.store.commune import get_commune, list_villages
    from ntm_desktop.store.dossier_fields import get_fields
    from ntm_desktop.store.journal import head

    total_steps = 8
    step(report, cancel, 0, total_steps, _N("progress", "Đọc thông tin xã"))
    c = get_commune(wb)
    fields = {k: nfc(v) if isinstance(v, str) else v for k, v in get_fields(wb).items()}
    villages = tuple(Village(v["id"], v["name"], v.get("households"), v.get("population"))
                     for v in list_villages(wb))
    vnames = {v.id: v.name for v in villages}
    catalog = evaluation_service.catalog_for(wb, year)
    commune = Commune(
        code=c["code"], name=c["name"], province_name=c.get("province_name"),
        district_name=c.get("old_district_name"), criteria_set=c["criteria_set"],
        catalog_title=catalog.title, catalog_label=catalog.label,
        region_label=model.REGIONS.get(c.get("applied_region") or c.get("region") or ""),
        recognised_year=c.get("recognised_year"), target_year=c.get("target_year"),
        villages=villages)
    cl = ck.load(checklist or fields.get("dossier.checklist")
                 or ck.default_for(commune.criteria_set, year))

    step(report, cancel, 1, total_steps, _N("progress", "Đánh giá các tiêu chí"))
    evaluation = evaluation_service.evaluate(wb, year)
    conditions = evaluation_service.recognition_conditions(wb, evaluation)

    # photos and evidence references
    photo_rows = list(wb.db.query(
        "SELECT l.id AS link_id, l.entity, l.entity_id, l.caption, a.sha256, a.original_name,"
        " a.mime, a.taken_at, a.gps_lat, a.gps_lon, a.width, a.height, a.created_at"
        " FROM attachment_link l JOIN attachment a ON a.id = l.attachment_id"
        " WHERE l.entity IN ('assessment','infra_item','project')"
        " ORDER BY l.entity = 'assessment' DESC, l.created_at, l.rowid"))
    assess_codes = {a["id"]: a["indicator_code"]
                    for a in wb.rows("assessment", "year = ?", [year])}
    infra_names = {}
    photos: list[Photo] = []
    evidence: dict[str, list[str]] = {}
    from ntm_desktop.store.attachments import blob_path
    for r in photo_rows:
        if r["entity"] == "assessment" and r["entity_id"] not in assess_codes:
            continue
        is_photo = (r["mime"] or "").startswith("image/")
        place = None
        if r["entity"] == "infra_item":
            if r["entity_id"] not in infra_names:
                it = wb.get("infra_item", r["entity_id"])
                infra_names[r["entity_id"]] = (it["name"] + (f", {vnames[it['village_id']]}"
                                               if it and it.get("village_id") in vnames else "")
                                               ) if it else None
            place = infra_names[r["entity_id"]]
        if place is None and r["gps_lat"] is not None:
            place = f"{vf.number(r['gps_lat'], 5)}, {vf.number(r['gps_lon'], 5)}"
        ref = r["original_name"] or r["sha256"][:8]
        if is_photo:
            n = len(photos) + 1
            caption = r["caption"] or Path(r["original_name"] or f"ảnh {n}").stem
            photos.append(Photo(n, blob_path(wb, r["sha256"]), nfc(caption),
                                photo_date(r["taken_at"], r["created_at"]),
                                nfc(place) if place else None, r["width"], r["height"]))
            ref = f"Ảnh {n}"
        if r["entity"] == "assessment":
            evidence.setdefault(assess_codes[r["entity_id"]], []).append(nfc(ref))

    criteria: list[CriterionRow] = []
    for cr in evaluation.criteria:
        rows = tuple(IndicatorRow(
            code=i.code, text=i.text, unit=i.unit, kind=i.kind, threshold_text=threshold_text(i),
            value_text=value_text(i), status=i.status, status_label=model.STATUSES[i.status],
            status_source=i.status_source, verified=i.verified,
            evidence=tuple(evidence.get(i.code, ())), note=i.input_note,
            computed_status=i.computed_status, value=i.value) for i in cr.indicators)
        criteria.append(CriterionRow(cr.code, cr.name, cr.status, model.STATUSES[cr.status], rows))

    step(report, cancel, 2, total_steps, _N("progress", "Tổng hợp hạ tầng"))
    roads = infrastructure.road_totals(wb)
    road_levels = [(model.ROAD_LEVELS.get(k or "", k or "Khác"), v["total_km"], v["hardened_km"],
                    v["hardened_share"])
                   for k, v in sorted(roads["by_level"].items(),
                                      key=lambda kv: list(model.ROAD_LEVELS).index(kv[0])
                                      if kv[0] in model.ROAD_LEVELS else 99)]
    road_surfaces = [(model.ROAD_SURFACES.get(k, "Khác"), v)
                     for k, v in sorted(roads["by_surface"].items(), key=lambda kv: str(kv[0]))]
    canal = next(iter(wb.db.query(
        "SELECT coalesce(sum(json_extract(attrs,'$.length_km')),0) AS km,"
        " coalesce(sum(CASE WHEN json_extract(attrs,'$.solidified') THEN"
        " json_extract(attrs,'$.length_km') ELSE 0 END),0) AS sol"
        " FROM infra_item WHERE kind='canal'")))
    counts = infrastructure.counts_by_kind(wb)
    infra_by_kind = [(model.INFRA_KINDS[k].label, n) for k, n in counts.items() if n]
    by_village = []
    for r in wb.db.query(
            "SELECT village_id, kind, count(*) AS n,"
            " sum(json_extract(attrs,'$.length_km')) AS km FROM infra_item"
            " GROUP BY village_id, kind"):
        by_village.append((vnames.get(r["village_id"], "Chung toàn xã"),
                           model.INFRA_KINDS[r["kind"]].label, r["n"], r["km"]))
    order = {v.name: i for i, v in enumerate(villages)}
    by_village.sort(key=lambda x: (order.get(x[0], -1), x[1]))

    step(report, cancel, 3, total_steps, _N("progress", "Tổng hợp dự án, nguồn vốn"))
    plist = []
    for p in projects.list_projects(wb):
        plist.append(Project(
            p["name"], p.get("field"), p.get("total_investment"),
            {model.FUNDING_SOURCES[s]: a for s, a in p["funding"].items()},
            p["funding_total"], p.get("outstanding_debt") or 0,
            model.SETTLEMENT_STATUSES.get(p.get("settlement") or ""),
            model.PROJECT_STATES.get(p.get("state") or ""), p.get("finish_date")))
    res = projects.resources_mobilised(wb)
    resources = [(model.FUNDING_SOURCES[s], v, res["shares"][s])
                 for s, v in res["by_source"].items() if v]

    step(report, cancel, 4, total_steps, _N("progress", "Tổng hợp đóng góp của cộng đồng"))
    t = contributions.totals(wb)
    mats = t["by_kind"].get("vat_lieu", {})
    contrib_totals = {"cash_vnd": t["cash_vnd"] or 0, "labour_days": t["labour_days"] or 0,
                      "land_m2": t["land_m2"] or 0, "materials": mats.get("quantity") or 0,
                      "total_value_vnd": t["total_value_vnd"] or 0}
    pnames = {p["id"]: p["name"] for p in wb.rows("project")}

    def grouped(col: str, names: dict[str, str], none_label: str
                ) -> list[tuple[str, float, float, float, float, int]]:
        q = (f"SELECT {col} AS k,"
             " sum(CASE WHEN kind='tien_mat' THEN quantity ELSE 0 END) AS cash,"
             " sum(CASE WHEN kind='ngay_cong' THEN quantity ELSE 0 END) AS days,"
             " sum(CASE WHEN kind='hien_dat' THEN quantity ELSE 0 END) AS land,"
             " sum(coalesce(value_vnd,0)) AS value, count(*) AS n"
             f" FROM contribution GROUP BY {col}")
        out = [(names.get(r["k"], none_label), r["cash"] or 0, r["days"] or 0, r["land"] or 0,
                r["value"] or 0, r["n"]) for r in wb.db.query(q)]
        return sorted(out, key=lambda x: (x[0] == none_label, x[0]))
    contrib_by_village = grouped("village_id", vnames, "Không ghi thôn")
    contrib_by_village.sort(key=lambda x: order.get(x[0], 1e9))
    contrib_by_project = grouped("project_id", pnames, "Không gắn dự án")
    contrib_count = contributions.count_contributions(wb)

    step(report, cancel, 5, total_steps, _N("progress", "Khảo sát, nợ đọng"))
    s = survey_store.latest_survey(wb, year)
    debt = conditions["outstanding_debt"]
    debt_projects = [p for p in plist if p.debt > 0]

    infra_full = contrib_full = None
    if full_annex:
        step(report, cancel, 6, total_steps, _N("progress", "Danh sách đầy đủ"))
        infra_full = []
        for r in wb.db.query("SELECT kind, name, village_id, attrs FROM infra_item"
                             " ORDER BY kind, name, rowid"):
            attrs = json.loads(r["attrs"] or "{}")
            kind = model.INFRA_KINDS[r["kind"]]
            desc = "; ".join(f"{a.label}: {_attr_text(a, attrs[a.key])}" for a in kind.attrs
                             if a.key in attrs)
            infra_full.append((kind.label, nfc(r["name"]), vnames.get(r["village_id"], ""),
                               desc))
        contrib_full = []
        for r in wb.db.query("SELECT date, contributor, kind, quantity, unit, value_vnd,"
                             " village_id FROM contribution ORDER BY date, rowid"):
            contrib_full.append((vf.short_date(dt.date.fromisoformat(r["date"])),
                                 nfc(r["contributor"]), vnames.get(r["village_id"], ""),
                                 model.CONTRIBUTION_KINDS.get(r["kind"], r["kind"]),
                                 f"{vf.number(r['quantity'], 2, trim=True)} {r['unit'] or ''}"
                                 .strip(), vf.number(r["value_vnd"])))

    step(report, cancel, 7, total_steps, _N("progress", "Mã xác minh"))
    verification = make_verification(commune.code, head(wb.db), package=package,
                                     fingerprint=fingerprint)
    data = DossierData(
        year=year, commune=commune, fields=fields, checklist=cl, criteria=criteria,
        met_count=evaluation.met_count, total=evaluation.total,
        unverified_count=len(evaluation.unverified),
        road_levels=road_levels, road_surfaces=road_surfaces, road_total_km=roads["total_km"],
        road_hardened_km=roads["hardened_km"], road_hardened_share=roads["hardened_share"],
        canal_total_km=canal["km"] or 0.0, canal_solidified_km=canal["sol"] or 0.0,
        infra_by_kind=infra_by_kind, infra_by_village=by_village,
        infra_total=sum(counts.values()), projects=plist, resources=resources,
        resources_total=res["total"], contrib_totals=contrib_totals,
        contrib_by_village=contrib_by_village, contrib_by_project=contrib_by_project,
        contrib_count=contrib_count, survey=s, debt_total=debt["total"],
        debt_projects=debt_projects, revocation=conditions["revocation"], photos=photos,
        verification=verification, infra_full=infra_full, contrib_full=contrib_full,
        draft=draft)
    step(report, cancel, total_steps, total_steps, _N("progress", "Đã đọc dữ liệu"))
    return data


def _attr_text(a: model.Attr, v: Any) -> str:
    if a.type == "choice":
        return a.choices.get(v, str(v))
    if a.type == "bool":
        return "có" if v else "không"
    if isinstance(v, (int, float)):
        return f"{vf.number(v, 2, trim=True)} {a.unit}".strip()
    return str(v)
