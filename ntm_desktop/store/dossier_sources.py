"""The registers a recognition dossier summarises, read with SQL aggregates (the dossier builders
never run SQL themselves). Large registers stay large on disk only: the annex lists are
iterated row by row (:func:`infra_list`, :func:`contribution_ledger`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ntm_desktop.store.workbook import Workbook

_GROUP_COLUMNS = ("village_id", "project_id")


def evidence_links(wb: Workbook) -> list[dict[str, Any]]:
    """Files attached to assessments, infrastructure items and projects, assessments first, in
    the order they were attached."""
    return list(wb.query(
        "SELECT l.id AS link_id, l.entity, l.entity_id, l.caption, a.sha256, a.original_name,"
        " a.mime, a.taken_at, a.gps_lat, a.gps_lon, a.width, a.height, a.created_at"
        " FROM attachment_link l JOIN attachment a ON a.id = l.attachment_id"
        " WHERE l.entity IN ('assessment','infra_item','project')"
        " ORDER BY l.entity = 'assessment' DESC, l.created_at, l.rowid"))


def assessment_codes(wb: Workbook, year: int) -> dict[str, str]:
    """assessment id → indicator code for ``year``."""
    return {a["id"]: a["indicator_code"] for a in wb.rows("assessment", "year = ?", [year])}


def canal_totals(wb: Workbook) -> tuple[float, float]:
    """(total km, solidified km) of the canals in the registry."""
    r = next(iter(wb.query(
        "SELECT coalesce(sum(json_extract(attrs,'$.length_km')),0) AS km,"
        " coalesce(sum(CASE WHEN json_extract(attrs,'$.solidified') THEN"
        " json_extract(attrs,'$.length_km') ELSE 0 END),0) AS sol"
        " FROM infra_item WHERE kind='canal'")))
    return float(r["km"] or 0), float(r["sol"] or 0)


def infra_by_village_kind(wb: Workbook) -> list[dict[str, Any]]:
    """Rows ``village_id, kind, n, km`` (count and length) per village and kind."""
    return list(wb.query(
        "SELECT village_id, kind, count(*) AS n, sum(json_extract(attrs,'$.length_km')) AS km"
        " FROM infra_item GROUP BY village_id, kind"))


def contributions_by(wb: Workbook, column: str) -> list[dict[str, Any]]:
    """Contribution totals grouped by ``village_id`` or ``project_id``: ``k, cash, days, land,
    value, n`` (cash in đồng, labour days, land m², converted value in đồng, count)."""
    if column not in _GROUP_COLUMNS:
        raise ValueError(column)
    return list(wb.query(
        f"SELECT {column} AS k,"
        " sum(CASE WHEN kind='tien_mat' THEN quantity ELSE 0 END) AS cash,"
        " sum(CASE WHEN kind='ngay_cong' THEN quantity ELSE 0 END) AS days,"
        " sum(CASE WHEN kind='hien_dat' THEN quantity ELSE 0 END) AS land,"
        " sum(coalesce(value_vnd,0)) AS value, count(*) AS n"
        f" FROM contribution GROUP BY {column}"))


def infra_list(wb: Workbook) -> Iterator[tuple[str, str, str | None, dict[str, Any]]]:
    """Every infrastructure item ``(kind, name, village_id, attrs)`` in kind and name order."""
    for r in wb.query("SELECT kind, name, village_id, attrs FROM infra_item"
                         " ORDER BY kind, name, rowid"):
        yield r["kind"], r["name"], r["village_id"], json.loads(r["attrs"] or "{}")


def contribution_ledger(wb: Workbook) -> Iterator[tuple[Any, ...]]:
    """Every contribution ``(date, contributor, village_id, kind, quantity, unit, value_vnd)``
    in date order, streamed from the database."""
    for r in wb.query("SELECT date, contributor, kind, quantity, unit, value_vnd, village_id"
                         " FROM contribution ORDER BY date, rowid"):
        yield (r["date"], r["contributor"], r["village_id"], r["kind"], r["quantity"],
               r["unit"], r["value_vnd"])


def assessment_years(wb: Workbook) -> list[int]:
    """The years with at least one assessment, latest first."""
    return [int(r["year"]) for r in wb.query(
        "SELECT DISTINCT year FROM assessment WHERE year IS NOT NULL ORDER BY year DESC")]
