"""Schema migrations (sqlite-utils ``Migrations``). Never edit a shipped migration; add one,
and add its name to :data:`ntm_desktop.store.schema.MIGRATIONS`."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from ntm_desktop.store.schema import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)

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


@migrations()
def m002_compact_journal(db: Database) -> None:
    """The journal's compact stored form (the entries themselves are unchanged).

    - ``hash`` is kept as 32 raw bytes and ``prev_hash`` is not stored: it is the previous
      entry's hash (GENESIS for seq 1), so the chain still links every entry to the one before.
    - ``row`` may be NULL for an insert/update that is the latest entry of its row when the live
      row, read back and decoded, is byte-for-byte that entry's row: the journal then does not
      store the same row twice. Before the live row is changed or deleted the store writes the
      old row into that entry (:meth:`Workbook._materialize`), so every entry always has its
      full row and :func:`verify_chain` hashes it.
    - No UNIQUE index on the hash (the chain makes hashes distinct; nothing looks rows up by it),
      and no index on ``contribution.kind`` (a handful of values: every query by kind scans or
      groups anyway).
    - The view ``journal`` shows the documented columns (hex ``hash`` and ``prev_hash``), so
      readers keep querying ``journal``; only the store writes ``journal_entry``.
    """
    # One statement at a time: executescript() would COMMIT the migration's transaction.
    conn = db.conn
    conn.execute("""CREATE TABLE journal_entry (
        seq INTEGER PRIMARY KEY, hlc TEXT NOT NULL, device_id TEXT NOT NULL, author TEXT,
        entity TEXT NOT NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL, row TEXT,
        hash BLOB NOT NULL)""")
    conn.executemany(
        "INSERT INTO journal_entry(seq, hlc, device_id, author, entity, entity_id, op, row, hash)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        [(*r[:8], bytes.fromhex(r[8])) for r in conn.execute(
            "SELECT seq, hlc, device_id, author, entity, entity_id, op, row, hash FROM journal "
            "ORDER BY seq")])
    conn.execute("DROP TABLE journal")
    conn.execute("DROP INDEX IF EXISTS contribution_kind")
    conn.execute("CREATE INDEX journal_entry_entity ON journal_entry(entity_id)")
    conn.execute(f"""CREATE VIEW journal AS SELECT
        j.seq AS seq, j.hlc AS hlc, j.device_id AS device_id, j.author AS author,
        j.entity AS entity, j.entity_id AS entity_id, j.op AS op, j.row AS row,
        CASE WHEN j.seq = 1 THEN '{"0" * 64}' ELSE
            (SELECT lower(hex(p.hash)) FROM journal_entry p WHERE p.seq = j.seq - 1) END
            AS prev_hash,
        lower(hex(j.hash)) AS hash
        FROM journal_entry j""")
