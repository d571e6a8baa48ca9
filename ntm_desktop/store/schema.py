"""Schema migrations (sqlite-utils ``Migrations``). Never edit a shipped migration; add one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("ntm_workbook")

SCHEMA_VERSION = 1  # number of migrations below; packages carry it

_TS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(f"""
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE commune (
        id TEXT PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL,
        province_code TEXT, province_name TEXT,
        old_code TEXT, old_name TEXT, old_district_code TEXT, old_district_name TEXT,
        region TEXT, applied_region TEXT, commune_group TEXT,
        criteria_set TEXT NOT NULL, overlay_id TEXT,
        officer_name TEXT, officer_title TEXT,
        recognised_year INTEGER, target_year INTEGER,
        special_difficult INTEGER, border INTEGER, {_TS});
    CREATE TABLE village (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, households INTEGER, population INTEGER,
        ordering INTEGER, {_TS});
    CREATE TABLE assessment (
        id TEXT PRIMARY KEY, indicator_code TEXT NOT NULL, year INTEGER NOT NULL,
        value REAL, unit TEXT, declared_status TEXT, note TEXT, responsible TEXT,
        target_date TEXT, {_TS}, UNIQUE (indicator_code, year));
    CREATE TABLE attachment (
        id TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, original_name TEXT, mime TEXT,
        size INTEGER NOT NULL, taken_at TEXT, gps_lat REAL, gps_lon REAL,
        width INTEGER, height INTEGER, {_TS});
    CREATE TABLE attachment_link (
        id TEXT PRIMARY KEY, attachment_id TEXT NOT NULL REFERENCES attachment(id),
        entity TEXT NOT NULL, entity_id TEXT NOT NULL, caption TEXT, {_TS});
    CREATE INDEX attachment_link_entity ON attachment_link(entity, entity_id);
    CREATE TABLE infra_item (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
        village_id TEXT REFERENCES village(id), year INTEGER, condition TEXT,
        lat REAL, lon REAL, attrs TEXT NOT NULL DEFAULT '{{}}', note TEXT, {_TS});
    CREATE INDEX infra_item_kind ON infra_item(kind);
    CREATE INDEX infra_item_village ON infra_item(village_id);
    CREATE TABLE project (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, field TEXT, total_investment INTEGER,
        outstanding_debt INTEGER, start_date TEXT, finish_date TEXT, settlement TEXT,
        state TEXT, note TEXT, {_TS});
    CREATE TABLE project_funding (
        id TEXT PRIMARY KEY, project_id TEXT NOT NULL REFERENCES project(id),
        source TEXT NOT NULL, amount INTEGER NOT NULL, {_TS}, UNIQUE (project_id, source));
    CREATE TABLE project_item (
        id TEXT PRIMARY KEY, project_id TEXT NOT NULL REFERENCES project(id),
        infra_id TEXT NOT NULL REFERENCES infra_item(id), {_TS}, UNIQUE (project_id, infra_id));
    CREATE TABLE contribution (
        id TEXT PRIMARY KEY, date TEXT NOT NULL, contributor TEXT NOT NULL,
        contributor_kind TEXT, village_id TEXT REFERENCES village(id), kind TEXT NOT NULL,
        quantity REAL NOT NULL, unit TEXT, rate REAL, value_vnd INTEGER,
        project_id TEXT REFERENCES project(id), receipt_no TEXT, note TEXT, {_TS});
    CREATE INDEX contribution_date ON contribution(date);
    CREATE INDEX contribution_village ON contribution(village_id);
    CREATE INDEX contribution_project ON contribution(project_id);
    CREATE INDEX contribution_kind ON contribution(kind);
    CREATE TABLE survey (
        id TEXT PRIMARY KEY, year INTEGER NOT NULL, households_asked INTEGER NOT NULL,
        households_satisfied INTEGER NOT NULL, date TEXT, organised_by TEXT, note TEXT, {_TS});
    CREATE TABLE dossier_field (
        id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, value TEXT, {_TS});
    CREATE TABLE appraisal (
        id TEXT PRIMARY KEY, indicator_code TEXT NOT NULL, year INTEGER NOT NULL,
        result TEXT NOT NULL, status TEXT, comment TEXT, date TEXT, appraiser TEXT,
        appraiser_body TEXT, {_TS}, UNIQUE (indicator_code, year));
    CREATE TABLE journal (
        seq INTEGER PRIMARY KEY, hlc TEXT NOT NULL, device_id TEXT NOT NULL, author TEXT,
        entity TEXT NOT NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL, row TEXT,
        prev_hash TEXT NOT NULL, hash TEXT NOT NULL UNIQUE);
    CREATE INDEX journal_entity ON journal(entity_id);
    """)


# Tables whose rows are domain data: journaled, dumped, synchronised. Order = dependency order.
DOMAIN_TABLES: tuple[str, ...] = (
    "commune", "village", "assessment", "attachment", "attachment_link", "infra_item",
    "project", "project_funding", "project_item", "contribution", "survey", "dossier_field",
    "appraisal",
)
JSON_COLUMNS: dict[str, frozenset[str]] = {"infra_item": frozenset({"attrs"}),
                                           "dossier_field": frozenset({"value"})}
BOOL_COLUMNS: dict[str, frozenset[str]] = {"commune": frozenset({"special_difficult", "border"})}
