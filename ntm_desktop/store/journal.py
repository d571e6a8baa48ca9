"""The change journal: one hash-chained entry per domain write.

Entry fields: ``seq`` (monotonic, 1-based), ``hlc`` (hybrid logical clock), ``device_id``,
``author``, ``entity`` (table), ``entity_id``, ``op`` ("insert" | "update" | "delete"), ``row``
(the full row after the change; ``None`` for a delete), ``prev_hash`` and ``hash``.

``hash = sha256(canonical_json(entry without "hash"))`` where canonical JSON sorts keys, uses
compact separators and UTF-8. The first entry's ``prev_hash`` is :data:`GENESIS`. Entries are
what sync packages carry; a replica stores received entries verbatim.

Stored form (migration m002): table ``journal_entry`` holds each entry with its hash as raw
bytes and without ``prev_hash`` (the previous entry's hash); the latest entry of a row may leave
``row`` NULL when the live row is exactly that row. The view ``journal`` shows the documented
columns; :func:`row_to_entry` fills a NULL row from the live table. Only
:class:`~ntm_desktop.store.workbook.Workbook` writes ``journal_entry``.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from ntm_desktop.core.canonical import canonical_json
from ntm_desktop.core.clock import HybridClock
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.message import Message
from ntm_desktop.store.schema import DOMAIN_TABLES, decode_row

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["GENESIS", "ENTRY_FIELDS", "canonical_json", "HybridClock", "entry_hash",
           "ChainReport", "row_to_entry", "iter_entries", "verify_chain", "head", "live_row"]

GENESIS = "0" * 64
ENTRY_FIELDS = ("seq", "hlc", "device_id", "author", "entity", "entity_id", "op", "row",
                "prev_hash")


def entry_hash(entry: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json({k: entry[k] for k in ENTRY_FIELDS})).hexdigest()


# Why verify_chain() stopped: templates marked for translation (context "errors").
REASON_GAP = _N("errors", "thiếu mục nhật ký trước số {seq}")
REASON_LINK = _N("errors", "liên kết với mục trước bị hỏng")
REASON_HASH = _N("errors", "nội dung mục đã bị sửa (hash không khớp)")


class ChainReport(NamedTuple):
    """What :func:`verify_chain` found. ``message`` (a :class:`Message` in context
    ``"errors"``) says why it stopped; ``reason`` is its Vietnamese text."""

    ok: bool
    checked: int
    first_broken_seq: int | None = None
    message: Message | None = None

    @property
    def reason(self) -> str | None:
        return None if self.message is None else self.message.text()

    @classmethod
    def broken(cls, checked: int, at_seq: int, template: str, **args: str) -> ChainReport:
        return cls(False, checked, at_seq, Message("errors", template, args))

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "checked": self.checked, "first_broken_seq": self.first_broken_seq,
                "reason": self.reason}


def live_row(db: Database, entity: str, entity_id: str) -> dict[str, Any] | None:
    """The current row ``entity_id`` of domain table ``entity``, decoded; None when absent."""
    if entity not in DOMAIN_TABLES:
        return None
    cur = db.conn.execute(f"SELECT * FROM [{entity}] WHERE id = ?", [entity_id])
    r = cur.fetchone()
    if r is None:
        return None
    return decode_row(entity, dict(zip([d[0] for d in cur.description], r, strict=True)))


def row_to_entry(r: dict[str, Any], db: Database | None = None) -> dict[str, Any]:
    """A ``journal`` view row → an entry dict (``row`` decoded).

    A NULL ``row`` on an insert or update means "the live row" (see migration m002): it is read
    from the domain table through ``db``.
    """
    e = dict(r)
    if e.get("row"):
        e["row"] = json.loads(e["row"])
    elif e.get("op") not in (None, "delete") and db is not None:
        e["row"] = live_row(db, e["entity"], e["entity_id"])
    else:
        e["row"] = None
    return e


def iter_entries(db: Database, *, after_seq: int = 0, entity_id: str | None = None,
                 limit: int | None = None, descending: bool = False) -> Iterator[dict[str, Any]]:
    sql = "SELECT * FROM journal WHERE seq > ?"
    params: list[Any] = [after_seq]
    if entity_id:
        sql += " AND entity_id = ?"
        params.append(entity_id)
    sql += " ORDER BY seq" + (" DESC" if descending else "")
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    cur = db.conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    while batch := cur.fetchmany(2000):
        for r in batch:
            yield row_to_entry(dict(zip(names, r, strict=True)), db)


def verify_chain(db: Database) -> ChainReport:
    """Recompute every hash and link; report the first broken entry."""
    prev = GENESIS
    expected_seq = None
    n = 0
    for e in iter_entries(db):
        n += 1
        if expected_seq is not None and e["seq"] != expected_seq:
            return ChainReport.broken(n, e["seq"], REASON_GAP, seq=str(e["seq"]))
        if e["prev_hash"] != prev:
            return ChainReport.broken(n, e["seq"], REASON_LINK)
        if entry_hash(e) != e["hash"]:
            return ChainReport.broken(n, e["seq"], REASON_HASH)
        prev = e["hash"]
        expected_seq = e["seq"] + 1
    return ChainReport(True, n)


def head(conn: sqlite3.Connection) -> tuple[int, str]:
    """(last seq, last hash) or (0, GENESIS) of the workbook open on ``conn``."""
    r = conn.execute("SELECT seq, hash FROM journal_entry ORDER BY seq DESC LIMIT 1").fetchone()
    if r is None:
        return 0, GENESIS
    return r[0], r[1].hex()
