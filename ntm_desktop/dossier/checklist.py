"""Dossier checklists per regime, kept as data (``resources/dossier/*.json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import nfc
from ntm_desktop.paths import resource

FORMAT = "ntm-dossier-checklist/1"
GENERATED_IDS = ("to_trinh", "bao_cao_ket_qua", "bao_cao_y_kien", "bien_ban",
                 "bao_cao_no_dong", "phu_luc")


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    title: str
    generated: bool
    required: bool
    copy: str
    #: a dossier field that must be "có" for the document to belong to this commune's dossier
    #: (e.g. ``dossier.sap_xep_2025`` for the merger decision); None: always
    when_field: str | None = None


@dataclass(frozen=True)
class Condition:
    """A recognition condition (QĐ 18/2022/QĐ-TTg, khoản 1 Điều 4 as amended): ``check`` is
    ``criteria`` (every criterion met), ``debt`` (no outstanding debt in the registry) or
    ``field`` (a yes/no dossier field with its evidence in ``<field>.can_cu``)."""

    id: str
    text: str
    check: str
    field: str | None = None


@dataclass(frozen=True)
class Checklist:
    id: str
    title: str
    legal_source: str
    verified: bool
    note: str
    default_recipient: str
    documents: tuple[ChecklistItem, ...]
    legal_basis: tuple[str, ...] = ()       # "Căn cứ …" lines of the procedure
    conditions: tuple[Condition, ...] = ()
    conditions_basis: str = ""
    province_decision_field: str | None = None   # the province's own decision (after 7/2025)

    @property
    def generated(self) -> tuple[ChecklistItem, ...]:
        return tuple(d for d in self.documents if d.generated)

    def has(self, doc_id: str) -> bool:
        return any(d.id == doc_id and d.generated for d in self.documents)


def builtin_ids() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in resource("dossier").glob("*.json")))


def parse(doc: dict, *, name: str = "checklist") -> Checklist:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError(_N("errors", "{name}: không phải danh mục hồ sơ ({format})."),
                              field="checklist", code="checklist_invalid",
                              args={"name": name, "format": FORMAT})
    docs = []
    seen = set()
    for i, d in enumerate(doc.get("documents") or []):
        if not isinstance(d, dict) or not d.get("id") or not d.get("title"):
            raise ValidationError(_N("errors", "{name}: tài liệu số {number} thiếu id hoặc title."),
                                  field="checklist", code="checklist_invalid",
                                  args={"name": name, "number": str(i + 1)})
        if d["id"] in seen:
            raise ValidationError(_N("errors", "{name}: trùng tài liệu “{id}”."),
                                  field="checklist", code="checklist_invalid",
                                  args={"name": name, "id": str(d["id"])})
        seen.add(d["id"])
        generated = bool(d.get("generated")) and d["id"] in GENERATED_IDS
        docs.append(ChecklistItem(d["id"], nfc(d["title"]), generated,
                                  bool(d.get("required", True)), nfc(d.get("copy") or ""),
                                  d.get("when_field") or None))
    conditions = []
    for i, c in enumerate(doc.get("conditions") or []):
        if not isinstance(c, dict) or c.get("check") not in ("criteria", "debt", "field") or \
                not c.get("text") or (c.get("check") == "field" and not c.get("field")):
            raise ValidationError(_N("errors", "{name}: điều kiện số {number} không hợp lệ."),
                                  field="checklist", code="checklist_invalid",
                                  args={"name": name, "number": str(i + 1)})
        conditions.append(Condition(str(c.get("id") or i + 1), nfc(c["text"]), c["check"],
                                    c.get("field")))
    if not docs:
        raise ValidationError(_N("errors", "{name}: danh mục không có tài liệu nào."),
                              field="checklist", code="checklist_invalid", args={"name": name})
    return Checklist(doc.get("id") or name, nfc(doc.get("title") or ""),
                     nfc(doc.get("legal_source") or ""), bool(doc.get("verified")),
                     nfc(doc.get("note") or ""),
                     nfc(doc.get("default_recipient") or "Ủy ban nhân dân {province}"),
                     tuple(docs), tuple(nfc(x) for x in doc.get("legal_basis") or ()),
                     tuple(conditions), nfc(doc.get("conditions_basis") or ""),
                     doc.get("province_decision_field") or None)


def load(id_or_path: str | Path) -> Checklist:
    """A built-in checklist by id, or a JSON file."""
    p = Path(id_or_path)
    if not p.suffix:
        p = resource("dossier", f"{id_or_path}.json")
    if not p.is_file():
        raise ValidationError(_N("errors", "Không có danh mục hồ sơ “{id}” (có sẵn: {available})."),
                              field="checklist", code="unknown_checklist",
                              args={"id": str(id_or_path), "available": ", ".join(builtin_ids())})
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError(_N("errors", "Không đọc được danh mục hồ sơ {name}: {reason}"),
                              field="checklist", code="checklist_invalid",
                              args={"name": p.name, "reason": str(exc)}) from exc
    return parse(doc, name=p.name)


def default_for(criteria_set: str, year: int) -> str:
    if criteria_set.startswith("qd1980"):
        return "qd2540-2016"
    if criteria_set.startswith("qd51") or year >= 2025:
        return "tinh-2025"
    return "qd18-2022"
