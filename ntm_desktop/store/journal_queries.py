"""Reading the change journal page by page with filters (the History page, ``ntm log``).

Data access only: the labels and before/after presentation live in
:mod:`ntm_desktop.services.history`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ntm_desktop.store import journal as jr
from ntm_desktop.store.schema import DOMAIN_TABLES
from ntm_desktop.store.search import glob_pattern

if TYPE_CHECKING:
    from sqlite_utils import Database


def hlc_datetime(hlc: str) -> dt.datetime | None:
    """The local wall time of a hybrid logical clock value (None if malformed)."""
    try:
        return dt.datetime.fromtimestamp(int(hlc.split("-", 1)[0]) / 1000)
    except (ValueError, OSError, OverflowError):
        return None


def _hlc_bound(day: dt.date) -> str:
    ms = int(dt.datetime.combine(day, dt.time()).timestamp() * 1000)
    return f"{ms:013d}"


@dataclass(frozen=True)
class JournalFilter:
    """What the History page shows. Dates are local days, both inclusive."""

    entity: str | None = None
    author: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str | None = None

    def where(self, db: Database | None = None) -> tuple[str, list[Any]]:
        """SQL ``WHERE`` over the ``journal`` view and its parameters. With ``db`` the text
        search also looks inside live rows that the journal does not store twice."""
        parts: list[str] = []
        params: list[Any] = []
        if self.entity:
            parts.append("entity = ?")
            params.append(self.entity)
        if self.author:
            parts.append("author = ?")
            params.append(self.author)
        if self.date_from:
            parts.append("hlc >= ?")
            params.append(_hlc_bound(self.date_from))
        if self.date_to:
            parts.append("hlc < ?")
            params.append(_hlc_bound(self.date_to + dt.timedelta(days=1)))
        pattern = glob_pattern(self.text)  # accents and case aside, as every list's search
        if pattern:
            live_sql, live_n = _live_text_clause(db) if db is not None else ("", 0)
            parts.append("(row GLOB ? OR entity_id GLOB ? OR author GLOB ?" + live_sql + ")")
            params += [pattern] * (3 + live_n)
        return (" WHERE " + " AND ".join(parts)) if parts else "", params


def _live_text_clause(db: Database) -> tuple[str, int]:
    """`` OR (row IS NULL AND …)``: a latest entry whose row is the live row matches when any
    column of that live row matches; returns the SQL and how many GLOB parameters it takes."""
    parts: list[str] = []
    n = 0
    for table in DOMAIN_TABLES:
        cols = [r[1] for r in db.conn.execute(f"PRAGMA table_info([{table}])")]
        cond = " OR ".join(f"[{c}] GLOB ?" for c in cols)
        parts.append(f"(entity = '{table}' AND entity_id IN (SELECT id FROM [{table}] "
                     f"WHERE {cond}))")
        n += len(cols)
    return " OR (row IS NULL AND op != 'delete' AND (" + " OR ".join(parts) + "))", n


def journal_count(db: Database, flt: JournalFilter) -> int:
    where, params = flt.where(db)
    return db.execute(f"SELECT COUNT(*) FROM journal{where}", params).fetchone()[0]


def journal_page(db: Database, flt: JournalFilter, *, offset: int, limit: int
                 ) -> list[dict[str, Any]]:
    """Entries matching ``flt``, newest first (``row`` decoded)."""
    where, params = flt.where(db)
    cur = db.execute(f"SELECT * FROM journal{where} ORDER BY seq DESC LIMIT ? OFFSET ?",
                     [*params, int(limit), int(offset)])
    names = [d[0] for d in cur.description]
    return [jr.row_to_entry(dict(zip(names, r, strict=True)), db) for r in cur.fetchall()]


def journal_seqs(db: Database, flt: JournalFilter) -> list[int]:
    """The entry numbers matching ``flt``, newest first: one scan, then pages by number
    (:func:`journal_entries`) instead of a scan per page (the History search)."""
    where, params = flt.where(db)
    return [r[0] for r in db.execute(f"SELECT seq FROM journal{where} ORDER BY seq DESC",
                                     params)]


def journal_entries(db: Database, seqs: list[int]) -> list[dict[str, Any]]:
    """The entries numbered ``seqs``, in that order (``row`` decoded)."""
    if not seqs:
        return []
    marks = ",".join("?" for _ in seqs)
    cur = db.execute(f"SELECT * FROM journal WHERE seq IN ({marks})", [int(s) for s in seqs])
    names = [d[0] for d in cur.description]
    at = names.index("seq")
    by_seq = {r[at]: r for r in cur.fetchall()}
    return [jr.row_to_entry(dict(zip(names, by_seq[s], strict=True)), db)
            for s in seqs if s in by_seq]


def journal_authors(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT DISTINCT author FROM journal WHERE author IS NOT NULL ORDER BY author")]


def journal_entities(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT entity FROM journal ORDER BY entity")]


def row_before(db: Database, entry: dict[str, Any]) -> dict[str, Any] | None:
    """The row as it was before ``entry`` (the previous entry for the same entity id)."""
    cur = db.execute("SELECT * FROM journal WHERE entity = ? AND entity_id = ? AND seq < ? "
                     "ORDER BY seq DESC LIMIT 1",
                     [entry["entity"], entry["entity_id"], entry["seq"]])
    r = cur.fetchone()
    if r is None:
        return None
    return jr.row_to_entry(dict(zip([d[0] for d in cur.description], r, strict=True)), db)["row"]



def entries_between(db: Database, lo: int, hi: int | None = None) -> Iterator[dict[str, Any]]:
    """Entries with ``lo < seq <= hi`` (``hi`` None: to the end), oldest first, ``row``
    decoded (the live row where the journal leaves it to the table, see migration m002)."""
    for e in jr.iter_entries(db, after_seq=lo):
        if hi is not None and e["seq"] > hi:
            return
        yield e


def touched_between(db: Database, lo: int, hi: int) -> tuple[dict[str, set[str]], int]:
    """What the entries ``lo < seq <= hi`` touched: entity → ids, and how many attachments
    (photos and files) they added."""
    ids: dict[str, set[str]] = {}
    added = 0
    for entity, entity_id, op in db.execute(
            "SELECT entity, entity_id, op FROM journal WHERE seq > ? AND seq <= ?", [lo, hi]):
        ids.setdefault(entity, set()).add(entity_id)
        added += entity == "attachment" and op == "insert"
    return ids, added
