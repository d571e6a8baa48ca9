"""The change journal: one hash-chained entry per domain write.

Entry fields: ``seq`` (monotonic, 1-based), ``hlc`` (hybrid logical clock), ``device_id``,
``author``, ``entity`` (table), ``entity_id``, ``op`` ("insert" | "update" | "delete"), ``row``
(the full row after the change; ``None`` for a delete), ``prev_hash`` and ``hash``.

``hash = sha256(canonical_json(entry without "hash"))`` where canonical JSON sorts keys, uses
compact separators and UTF-8. The first entry's ``prev_hash`` is :data:`GENESIS`. Entries are
what sync packages carry; a replica stores received entries verbatim.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N

GENESIS = "0" * 64
ENTRY_FIELDS = ("seq", "hlc", "device_id", "author", "entity", "entity_id", "op", "row",
                "prev_hash")


def canonical_json(obj: Any) -> bytes:
    """Deterministic JSON bytes (sorted keys, no spaces, UTF-8, NaN refused)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def entry_hash(entry: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json({k: entry[k] for k in ENTRY_FIELDS})).hexdigest()


class HybridClock:
    """Hybrid logical clock: ``"<unix ms, 13 digits>-<counter, 4 digits>-<device prefix>"``.

    Strings sort in causal order for one device and never go backwards even when the wall
    clock does.
    """

    def __init__(self, device_id: str, last: str | None = None):
        self.device = device_id[:8]
        self.ms, self.counter = 0, 0
        if last:
            self.observe(last)

    def observe(self, hlc: str) -> None:
        try:
            ms, counter, _ = hlc.split("-", 2)
            ms_i, c_i = int(ms), int(counter)
        except ValueError:
            return
        if (ms_i, c_i) > (self.ms, self.counter):
            self.ms, self.counter = ms_i, c_i

    def now(self) -> str:
        wall = int(time.time() * 1000)
        if wall > self.ms:
            self.ms, self.counter = wall, 0
        else:
            self.counter += 1
        return f"{self.ms:013d}-{self.counter:04d}-{self.device}"


# Why verify_chain() stopped: templates marked for translation (context "errors").
REASON_GAP = _N("errors", "thiếu mục nhật ký trước số {seq}")
REASON_LINK = _N("errors", "liên kết với mục trước bị hỏng")
REASON_HASH = _N("errors", "nội dung mục đã bị sửa (hash không khớp)")


@dataclass(frozen=True)
class ChainReport:
    """``reason`` is the filled Vietnamese text; ``reason_template`` + ``reason_args`` let the GUI
    translate it (``tr("errors", reason_template).format(**reason_args)``)."""

    ok: bool
    checked: int
    first_broken_seq: int | None = None
    reason: str | None = None
    reason_template: str | None = None
    reason_args: dict[str, str] | None = None

    @classmethod
    def broken(cls, checked: int, at_seq: int, template: str, **args: str) -> ChainReport:
        return cls(False, checked, at_seq, template.format(**args), template, args or None)

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "checked": self.checked, "first_broken_seq": self.first_broken_seq,
                "reason": self.reason}


def row_to_entry(r: dict[str, Any]) -> dict[str, Any]:
    """A journal table row → an entry dict (``row`` decoded)."""
    e = dict(r)
    e["row"] = json.loads(e["row"]) if e.get("row") else None
    return e


def iter_entries(db: Any, *, after_seq: int = 0, entity_id: str | None = None,
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
    for r in db.query(sql, params):
        yield row_to_entry(r)


def verify_chain(db: Any) -> ChainReport:
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


def head(db: Any) -> tuple[int, str]:
    """(last seq, last hash) or (0, GENESIS)."""
    rows = list(db.query("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"))
    if not rows:
        return 0, GENESIS
    return rows[0]["seq"], rows[0]["hash"]
