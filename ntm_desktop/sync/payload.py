"""Parsing and checking package payloads: ``changes.jsonl`` (journal entries, checked as they
are streamed: :func:`iter_changes`) and ``appraisals.jsonl`` (appraisal results). Raises
PackageRejected; nothing is written."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ntm_desktop.store import journal as jr
from ntm_desktop.store.schema import DOMAIN_TABLES, JSON_COLUMNS
from ntm_desktop.sync import jsonsafe
from ntm_desktop.sync.errors import reject

HEX64 = re.compile(r"[0-9a-f]{64}")
# On the wire an entry omits ``prev_hash`` and ``hash``: both are recomputed from the chain
# (``prev_hash`` of the first is the manifest's ``journal.prev_hash``), and the recomputed chain
# must end at the signed ``journal.head_hash``. This halves the size of a package.
WIRE_FIELDS = tuple(f for f in jr.ENTRY_FIELDS if f != "prev_hash")
ENTRY_KEYS = frozenset(WIRE_FIELDS)
OPS = ("insert", "update", "delete")
MAX_TEXT = 100_000
APPRAISAL_KEYS = frozenset({"indicator_code", "year", "result", "status", "comment", "date",
                            "appraiser", "appraiser_body"})
RESULTS = ("agree", "disagree")
APPRAISAL_STATUSES = (None, "dat", "chua_dat")


@functools.cache
def table_columns() -> dict[str, frozenset[str]]:
    """Column names of every domain table, from the schema migrations (in-memory DB)."""
    from sqlite_utils import Database

    from ntm_desktop.store.migrations import migrations
    db = Database(memory=True)
    migrations.apply(db)
    return {t: frozenset(r["name"] for r in db.query(f"PRAGMA table_info([{t}])"))
            for t in DOMAIN_TABLES}


def _lines(data: bytes, member: str) -> list[tuple[int, Any]]:
    if data and not data.endswith(b"\n"):
        raise reject("bad_entry", member, "dòng cuối không kết thúc")
    return jsonsafe.loads_lines(data, member)


_SCALARS = (type(None), bool, int, float)


def _scalar_ok(v: Any) -> bool:
    # exact types: the decoder only makes these (no subclasses), and this runs once per value
    t = type(v)
    return t in _SCALARS or (t is str and len(v) <= MAX_TEXT)


def check_entry(e: Any, line: int, member: str = "changes.jsonl") -> dict[str, Any]:
    def bad(what: str) -> Exception:
        return reject("bad_entry", member, f"{line}: {what}")
    if not isinstance(e, dict):
        raise bad("không phải đối tượng")
    if set(e) != ENTRY_KEYS:
        extra = set(e) - ENTRY_KEYS
        if extra:
            raise reject("unknown_field", member, f"dòng {line}: {sorted(extra)[0]}")
        raise bad(f"thiếu {sorted(ENTRY_KEYS - set(e))[0]}")
    if not isinstance(e["seq"], int) or isinstance(e["seq"], bool) or e["seq"] < 1:
        raise bad("seq")
    for k in ("hlc", "device_id", "entity_id"):
        if not isinstance(e[k], str) or not (0 < len(e[k]) <= 100):
            raise bad(k)
    if e["author"] is not None and (not isinstance(e["author"], str) or len(e["author"]) > 300):
        raise bad("author")
    if e["entity"] not in DOMAIN_TABLES:
        raise bad(f"bảng “{str(e['entity'])[:40]}” không xác định")
    if e["op"] not in OPS:
        raise bad("op")
    row = e["row"]
    if e["op"] == "delete":
        if row is not None:
            raise bad("row của thao tác xóa phải rỗng")
    else:
        if not isinstance(row, dict):
            raise bad("row")
        cols = table_columns()[e["entity"]]
        extra = set(row) - cols
        if extra:
            raise reject("unknown_field", member, f"dòng {line}: {e['entity']}.{sorted(extra)[0]}")
        if row.get("id") != e["entity_id"]:
            raise bad("row.id khác entity_id")
        json_cols = JSON_COLUMNS.get(e["entity"], frozenset())
        for k, v in row.items():
            if k not in json_cols and not _scalar_ok(v):
                raise bad(f"giá trị của {k}")
    return e


# a changes.jsonl line is read whole before it is decoded: longer lines are refused (bounded
# memory). A journal entry's scalar values hold at most MAX_TEXT characters each.
MAX_LINE = 16 * 1024**2


class Chain:
    """Checks ``changes.jsonl`` entry by entry as it is read, keeping no entry: the fields of
    each (:func:`check_entry`), the sequence numbers, and the hash chain rebuilt from the
    manifest's ``journal.prev_hash``. :meth:`finish`, after the last line, checks the count
    against the manifest and that the chain ends at the signed ``journal.head_hash``. Errors
    come in the order a reader of the whole member would give them: a malformed entry at once,
    then the count, then the first sequence break, then the end of the chain."""

    def __init__(self, journal: dict[str, Any], member: str = "changes.jsonl"):
        self.journal = journal
        self.member = member
        self.prev = journal["prev_hash"]
        self.next_seq = journal["from_seq"]
        self.count = 0
        self.broken: int | None = None

    def entry(self, number: int, obj: Any) -> dict[str, Any]:
        e = check_entry(obj, number, self.member)
        if self.broken is None and e["seq"] != self.next_seq:
            self.broken = e["seq"]
        e["prev_hash"] = self.prev
        e["hash"] = jr.entry_hash(e)
        self.prev = e["hash"]
        self.next_seq += 1
        self.count += 1
        return e

    def finish(self) -> None:
        j, member = self.journal, self.member
        if self.count != j["count"]:
            raise reject("bad_manifest", member, "số mục nhật ký khác manifest")
        if self.broken is not None:
            raise reject("chain_broken", member, self.broken)
        if self.prev != j["head_hash"]:
            raise reject("chain_broken", member, "cuối")
        if j["full"] and j["prev_hash"] != jr.GENESIS:
            raise reject("chain_broken", member, 1)


def iter_changes(lines: Iterable[tuple[int, bytes]], journal: dict[str, Any],
                 member: str = "changes.jsonl") -> Iterator[dict[str, Any]]:
    """Entries of ``changes.jsonl`` given as ``(line number, line bytes)``, each checked field by
    field and given its ``prev_hash`` and ``hash``; the chain as a whole (:meth:`Chain.finish`)
    is checked once the last line has been read, so a caller must read to the end before acting
    on what it read (or act inside a transaction the error rolls back)."""
    chain = Chain(journal, member)
    for number, line in lines:
        yield chain.entry(number, jsonsafe.loads_line(line, member, number))
    chain.finish()


def parse_appraisals(data: bytes, member: str = "appraisals.jsonl") -> list[dict[str, Any]]:
    out = []
    keys: set[tuple[str, int]] = set()
    for i, r in _lines(data, member):
        def bad(what: str, i: int = i) -> Exception:
            return reject("bad_appraisal", member, f"{i}: {what}")
        if not isinstance(r, dict):
            raise bad("không phải đối tượng")
        extra = set(r) - APPRAISAL_KEYS
        if extra:
            raise reject("unknown_field", member, f"dòng {i}: {sorted(extra)[0]}")
        if not isinstance(r.get("indicator_code"), str) or not re.fullmatch(
                r"[0-9A-Za-z.]{1,20}", r["indicator_code"]):
            raise bad("indicator_code")
        y = r.get("year")
        if not isinstance(y, int) or isinstance(y, bool) or not 2000 <= y <= 2100:
            raise bad("year")
        if r.get("result") not in RESULTS:
            raise bad("result")
        if r.get("status") not in APPRAISAL_STATUSES:
            raise bad("status")
        for k in ("comment", "date", "appraiser", "appraiser_body"):
            v = r.get(k)
            if v is not None and (not isinstance(v, str) or len(v) > 8000):
                raise bad(k)
        if (r["indicator_code"], y) in keys:
            raise bad("trùng chỉ tiêu")
        keys.add((r["indicator_code"], y))
        out.append({k: r.get(k) for k in APPRAISAL_KEYS})
    return out


APPROVAL_FORMAT = "ntm-approval/1"
APPROVAL_STATES = ("submitted", "returned", "resubmitted", "approved")


def parse_approval(data: bytes, member: str = "approval.json") -> dict[str, Any]:
    """``approval.json`` of a feedback package: the approval state per evaluation year with the
    appraiser's comment, and notices (e.g. a package refused because it changed an approved
    year). Strict: unknown fields, wrong types and long texts are refused."""
    doc = jsonsafe.loads(data, member)

    def bad(what: str) -> Exception:
        return reject("bad_appraisal", member, what)

    def text(v: Any, what: str, cap: int = 8000) -> str | None:
        if v is not None and (not isinstance(v, str) or len(v) > cap):
            raise bad(what)
        return v

    if not isinstance(doc, dict) or doc.get("format") != APPROVAL_FORMAT:
        raise bad("format")
    if set(doc) - {"format", "years", "notices"}:
        raise reject("unknown_field", member, sorted(set(doc) - {"format", "years",
                                                                 "notices"})[0])
    years, notices = doc.get("years", []), doc.get("notices", [])
    if not isinstance(years, list) or not isinstance(notices, list) or \
            len(years) > 200 or len(notices) > 1000:
        raise bad("years/notices")
    out_years, seen = [], set()
    for i, y in enumerate(years):
        keys = {"year", "state", "comment", "decided_at", "decided_by", "locked"}
        if not isinstance(y, dict) or set(y) - keys:
            raise bad(f"years[{i}]")
        yr = y.get("year")
        if not isinstance(yr, int) or isinstance(yr, bool) or not 2000 <= yr <= 2100 \
                or yr in seen:
            raise bad(f"years[{i}].year")
        seen.add(yr)
        if y.get("state") not in APPROVAL_STATES:
            raise bad(f"years[{i}].state")
        if not isinstance(y.get("locked", False), bool):
            raise bad(f"years[{i}].locked")
        out_years.append({"year": yr, "state": y["state"],
                          "comment": text(y.get("comment"), f"years[{i}].comment"),
                          "decided_at": text(y.get("decided_at"), f"years[{i}].decided_at", 40),
                          "decided_by": text(y.get("decided_by"), f"years[{i}].decided_by", 400),
                          "locked": bool(y.get("locked", False))})
    out_notices = []
    for i, n in enumerate(notices):
        keys = {"code", "message", "year", "file", "at"}
        if not isinstance(n, dict) or set(n) - keys:
            raise bad(f"notices[{i}]")
        yr = n.get("year")
        if yr is not None and (not isinstance(yr, int) or isinstance(yr, bool)):
            raise bad(f"notices[{i}].year")
        code = text(n.get("code"), f"notices[{i}].code", 60)
        message = text(n.get("message"), f"notices[{i}].message")
        if not code or not message:
            raise bad(f"notices[{i}]")
        out_notices.append({"code": code, "message": message, "year": yr,
                            "file": text(n.get("file"), f"notices[{i}].file", 300),
                            "at": text(n.get("at"), f"notices[{i}].at", 40)})
    return {"format": APPROVAL_FORMAT, "years": out_years, "notices": out_notices}


def wire_line(entry: dict[str, Any]) -> bytes:
    """One ``changes.jsonl`` line for a journal entry."""
    return jr.canonical_json({k: entry[k] for k in WIRE_FIELDS}) + b"\n"
