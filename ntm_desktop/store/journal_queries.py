"""Reading the change journal page by page with filters (the History page, ``ntm log``).

Data access only: the labels and before/after presentation live in
:mod:`ntm_desktop.services.history`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ntm_desktop.core.text import nfc
from ntm_desktop.store import journal as jr


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

    def where(self) -> tuple[str, list[Any]]:
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
        text = nfc((self.text or "").strip())
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            parts.append("(row LIKE ? ESCAPE '\\' OR entity_id LIKE ? ESCAPE '\\' "
                         "OR author LIKE ? ESCAPE '\\')")
            params += [like, like, like]
        return (" WHERE " + " AND ".join(parts)) if parts else "", params


def journal_count(db: Database, flt: JournalFilter) -> int:
    where, params = flt.where()
    return db.execute(f"SELECT COUNT(*) FROM journal{where}", params).fetchone()[0]


def journal_page(db: Database, flt: JournalFilter, *, offset: int, limit: int
                 ) -> list[dict[str, Any]]:
    """Entries matching ``flt``, newest first (``row`` decoded)."""
    where, params = flt.where()
    cur = db.execute(f"SELECT * FROM journal{where} ORDER BY seq DESC LIMIT ? OFFSET ?",
                     [*params, int(limit), int(offset)])
    names = [d[0] for d in cur.description]
    return [jr.row_to_entry(dict(zip(names, r, strict=True))) for r in cur.fetchall()]


def journal_authors(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT DISTINCT author FROM journal WHERE author IS NOT NULL ORDER BY author")]


def journal_entities(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT entity FROM journal ORDER BY entity")]


def row_before(db: Database, entry: dict[str, Any]) -> dict[str, Any] | None:
    """The row as it was before ``entry`` (the previous entry for the same entity id)."""
    r = db.execute("SELECT op, row FROM journal WHERE entity = ? AND entity_id = ? AND seq < ? "
                   "ORDER BY seq DESC LIMIT 1",
                   [entry["entity"], entry["entity_id"], entry["seq"]]).fetchone()
    if not r or r[0] == "delete" or r[1] is None:
        return None
    return json.loads(r[1])

