"""The rows the store hands to the floors above, one ``TypedDict`` per domain table.

Keys are the table's columns (``store/schema.py``); a row read from the store has them all
(``None`` where empty). JSON columns come back parsed (``infra_item.attrs`` a dict), booleans as
``bool``. Input dictionaries (``save_*``'s ``values``) may hold any subset, so they stay
``dict[str, Any]``.
"""

from __future__ import annotations

from typing import Any, TypedDict


class _Stamped(TypedDict):
    id: str
    created_at: str
    updated_at: str


class CommuneRow(_Stamped):
    code: str
    name: str
    province_code: str | None
    province_name: str | None
    old_code: str | None
    old_name: str | None
    old_district_code: str | None
    old_district_name: str | None
    region: str | None
    applied_region: str | None
    commune_group: str | None
    criteria_set: str
    overlay_id: str | None
    officer_name: str | None
    officer_title: str | None
    recognised_year: int | None
    target_year: int | None
    special_difficult: bool | None
    border: bool | None


class VillageRow(_Stamped):
    name: str
    households: int | None
    population: int | None
    ordering: int | None


class AssessmentRow(_Stamped):
    indicator_code: str
    year: int
    value: float | None
    unit: str | None
    declared_status: str | None
    note: str | None
    responsible: str | None
    target_date: str | None


class AttachmentRow(_Stamped):
    sha256: str
    original_name: str | None
    mime: str | None
    size: int
    taken_at: str | None
    gps_lat: float | None
    gps_lon: float | None
    width: int | None
    height: int | None


class AttachmentLinkRow(_Stamped):
    attachment_id: str
    entity: str
    entity_id: str
    caption: str | None


class InfraItemRow(_Stamped):
    kind: str
    name: str
    village_id: str | None
    year: int | None
    condition: str | None
    lat: float | None
    lon: float | None
    attrs: dict[str, Any]
    note: str | None


class ProjectRow(_Stamped):
    name: str
    field: str | None
    total_investment: int | None
    outstanding_debt: int | None
    start_date: str | None
    finish_date: str | None
    settlement: str | None
    state: str | None
    note: str | None


class ProjectFundingRow(_Stamped):
    project_id: str
    source: str
    amount: int


class ProjectItemRow(_Stamped):
    project_id: str
    infra_id: str


class ContributionRow(_Stamped):
    date: str
    contributor: str
    contributor_kind: str | None
    village_id: str | None
    kind: str
    quantity: float
    unit: str | None
    rate: float | None
    value_vnd: int | None
    project_id: str | None
    receipt_no: str | None
    note: str | None


class SurveyRow(_Stamped):
    year: int
    households_asked: int
    households_satisfied: int
    date: str | None
    organised_by: str | None
    note: str | None


class DossierFieldRow(_Stamped):
    key: str
    value: Any


class AppraisalRow(_Stamped):
    indicator_code: str
    year: int
    result: str
    status: str | None
    comment: str | None
    date: str | None
    appraiser: str | None
    appraiser_body: str | None


ROW_TYPES: dict[str, type] = {
    "commune": CommuneRow, "village": VillageRow, "assessment": AssessmentRow,
    "attachment": AttachmentRow, "attachment_link": AttachmentLinkRow,
    "infra_item": InfraItemRow, "project": ProjectRow, "project_funding": ProjectFundingRow,
    "project_item": ProjectItemRow, "contribution": ContributionRow, "survey": SurveyRow,
    "dossier_field": DossierFieldRow, "appraisal": AppraisalRow,
}
