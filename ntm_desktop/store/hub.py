"""The appraiser's hub: many communes' data, the trust registry, appraisals and approvals.

``hub.ntm.sqlite`` (``AppPaths.hub``) holds the trust registry, the log of every package received
(with its status), the per-commune sync state, the appraisal results per indicator and the
approval state per commune and period. Each commune's data lives in a REPLICA workbook,
``<data_dir>/hub/communes/<commune code>.ntm.sqlite``: a normal :class:`Workbook` into which the
commune's journal entries are applied verbatim, so its journal chain is the commune's and its
interchange dump equals the commune's. The replica's ``meta`` also holds the commune's package
stream state (``sync.in_seq``, ``sync.in_hash``) written in the same transaction as the entries;
the hub's ``commune`` row is a cache of it, repaired by :meth:`Hub.sync_state`.

Text the hub writes (its name and settings, key names, commune names, appraisal and approval
comments, revocation reasons) is stored NFC through ``core.text.nfc``, as the workbook's
:meth:`Workbook.put` does; replicas keep the commune's entries verbatim (they are hash-chained).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import secrets
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlite_utils import Database, Migrations

from ntm_desktop.core.clock import utc_now
from ntm_desktop.core.errors import (
    ConflictError,
    NotFound,
    NtmError,
    StorageError,
    ValidationError,
)
from ntm_desktop.core.fingerprint import weak_key_reason
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.model import APPRAISAL_RESULTS, APPRAISAL_STATUSES
from ntm_desktop.core.text import nfc
from ntm_desktop.store.connection import connect, translate_sqlite_error
from ntm_desktop.store.journal import GENESIS
from ntm_desktop.store.workbook import Workbook

log = logging.getLogger("ntm.hub")
migrations = Migrations("ntm_hub")
HUB_SCHEMA_VERSION = 3
APPROVAL_STATES = ("submitted", "returned", "approved")
RESULTS = tuple(APPRAISAL_RESULTS)  # core/model.py: the one appraisal vocabulary
STATUSES = APPRAISAL_STATUSES
MAX_OPEN_REPLICAS = 32


@migrations()
def m001_hub(db: Database) -> None:
    db.executescript("""
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE trusted_key (
        key_id TEXT PRIMARY KEY, public_key TEXT NOT NULL, fingerprint TEXT NOT NULL,
        role TEXT NOT NULL, name TEXT, commune_code TEXT, level TEXT,
        added_at TEXT NOT NULL, revoked_at TEXT, revoked_reason TEXT,
        superseded_by TEXT, source TEXT);
    CREATE INDEX trusted_key_commune ON trusted_key(commune_code);
    CREATE TABLE commune (
        code TEXT PRIMARY KEY, name TEXT, key_id TEXT,
        last_seq INTEGER NOT NULL DEFAULT 0, last_package_hash TEXT,
        last_journal_seq INTEGER NOT NULL DEFAULT 0, last_journal_hash TEXT,
        last_package_at TEXT, feedback_seq INTEGER NOT NULL DEFAULT 0,
        feedback_hash TEXT, created_at TEXT NOT NULL);
    CREATE TABLE package_log (
        id INTEGER PRIMARY KEY, received_at TEXT NOT NULL, file_name TEXT,
        file_sha256 TEXT, package_hash TEXT, kind TEXT, sender_key_id TEXT,
        commune_code TEXT, seq INTEGER, status TEXT NOT NULL, code TEXT, message TEXT,
        entries_applied INTEGER, quarantine_path TEXT);
    CREATE INDEX package_log_hash ON package_log(package_hash);
    CREATE INDEX package_log_commune ON package_log(commune_code, seq);
    CREATE TABLE appraisal (
        commune_code TEXT NOT NULL, year INTEGER NOT NULL, indicator_code TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('agree', 'disagree')),
        status TEXT CHECK (status IS NULL OR status IN ('dat', 'chua_dat')),
        comment TEXT, date TEXT, appraiser TEXT, updated_at TEXT NOT NULL,
        PRIMARY KEY (commune_code, year, indicator_code));
    CREATE TABLE approval (
        commune_code TEXT NOT NULL, period TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('submitted', 'returned', 'approved')),
        comment TEXT, package_hash TEXT, decided_by TEXT, updated_at TEXT NOT NULL,
        locked INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (commune_code, period));
    """)


@migrations()
def m002_key_events(db: Database) -> None:
    db.executescript("""
    ALTER TABLE trusted_key ADD COLUMN endorsed_by TEXT;
    UPDATE trusted_key SET endorsed_by = substr(source, 10) WHERE source LIKE 'rotation:%';
    CREATE TABLE key_rotation (
        id INTEGER PRIMARY KEY, commune_code TEXT, old_key_id TEXT NOT NULL,
        new_key_id TEXT NOT NULL, old_fingerprint TEXT, new_fingerprint TEXT,
        package_hash TEXT, accepted_at TEXT NOT NULL, acknowledged_at TEXT,
        acknowledged_by TEXT, UNIQUE (old_key_id, new_key_id));
    """)


class SecondKeyError(ConflictError):
    """``trust add`` of a commune key while another key of that commune is active: the
    appraiser must say explicitly that the new key replaces the old one (``--replace``)."""

    def __init__(self, *, commune_code: str, active: dict[str, Any]):
        code = commune_code
        super().__init__(_N("errors", "Xã {code} đã có khóa đang dùng ({fingerprint}). Chỉ đăng "
                            "ký khóa mới khi xã xác nhận qua điện thoại là thay khóa cũ (ntm trust "
                            "add … --replace)."), code="second_key",
                         args={"code": str(code), "fingerprint": str(active["fingerprint"])},
                         detail={"commune_code": code, "active_key_id": active["key_id"],
                                 "active_fingerprint": active["fingerprint"]})
        self.active = active


@migrations()
def m003_appraiser_workspace(db: Database) -> None:
    """The appraiser's workspace: cached per-commune results (so the list of communes and the
    roll-up read one row per commune instead of evaluating every replica), the history of
    approval decisions, the journal range each applied package brought, and notices owed to a
    commune (for example a package refused because it changed an approved year)."""
    db.executescript("""
    CREATE TABLE commune_result (
        commune_code TEXT NOT NULL, year INTEGER NOT NULL, stamp TEXT NOT NULL,
        data TEXT NOT NULL, computed_at TEXT NOT NULL,
        PRIMARY KEY (commune_code, year));
    CREATE TABLE approval_event (
        id INTEGER PRIMARY KEY, commune_code TEXT NOT NULL, period TEXT NOT NULL,
        state TEXT NOT NULL, comment TEXT, decided_by TEXT, journal_seq INTEGER,
        at TEXT NOT NULL);
    CREATE INDEX approval_event_commune ON approval_event(commune_code, period, id);
    CREATE TABLE package_range (
        commune_code TEXT NOT NULL, seq INTEGER NOT NULL, package_hash TEXT,
        journal_from INTEGER NOT NULL, journal_to INTEGER NOT NULL, at TEXT NOT NULL,
        PRIMARY KEY (commune_code, seq));
    CREATE TABLE commune_notice (
        id INTEGER PRIMARY KEY, commune_code TEXT NOT NULL, code TEXT NOT NULL,
        message TEXT NOT NULL, year INTEGER, file_name TEXT, created_at TEXT NOT NULL,
        sent_in INTEGER);
    CREATE INDEX commune_notice_commune ON commune_notice(commune_code, sent_in);
    """)


_now = utc_now


class Hub:
    """An open hub. Use :meth:`open`; close with :meth:`close` or ``with``."""

    def __init__(self, path: Path, db: Database):
        self.path = path
        self.db = db
        self._replicas: dict[str, Workbook] = {}

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | os.PathLike[str], create: bool = False, *,
             name: str | None = None, level: str | None = None) -> Hub:
        """Open (or with ``create`` make) the hub file. Raises NotFound / StorageError."""
        path = Path(path)
        if not path.exists() and not create:
            raise NotFound(_N("errors", "Chưa có không gian thẩm định tại {path}. Chạy “ntm init "
                              "appraiser”."), code="no_hub", args={"path": str(path)})
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = connect(path)
            migrations.apply(db)
            hub = cls(path, db)
            if hub.meta("hub_id") is None:
                hub.set_meta("hub_id", secrets.token_hex(8))
            if name is not None:
                hub.set_meta("name", name)
            if level is not None:
                if level not in ("district", "province"):
                    raise ValidationError(_N("errors", "Cấp thẩm định phải là district hoặc "
                                             "province."),
                                          field="level")
                hub.set_meta("level", level)
            return hub
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc) from exc

    def close(self) -> None:
        for wb in self._replicas.values():
            wb.close()
        self._replicas.clear()
        with contextlib.suppress(Exception):
            self.db.conn.close()

    def __enter__(self) -> Hub:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def atomic(self):  # noqa: ANN201
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------------ meta
    def meta(self, key: str, default: str | None = None) -> str | None:
        rows = list(self.db.query("SELECT value FROM meta WHERE key = ?", [key]))
        return rows[0]["value"] if rows else default

    def set_meta(self, key: str, value: str | None) -> None:
        """Set a hub setting; text is stored NFC (the hub's name goes on its key card and
        feedback packages)."""
        self.db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                        "SET value = excluded.value", [key, nfc(value)])

    @property
    def name(self) -> str:
        return self.meta("name") or "—"

    @property
    def level(self) -> str | None:
        return self.meta("level")

    # ------------------------------------------------------------------ trust registry
    def trusted(self, key_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM trusted_key WHERE key_id = ?", [key_id]))
        return _key_status(rows[0]) if rows else None

    def trust_list(self) -> list[dict[str, Any]]:
        return [_key_status(r) for r in
                self.db.query("SELECT * FROM trusted_key ORDER BY commune_code, added_at")]

    def trust_add(self, card: dict[str, Any], *, source: str = "card", replace: bool = False,
                  endorsed_by: str | None = None) -> dict[str, Any]:
        """Register a checked public-key card (see ``sync.keys.read_card``). A commune has at
        most one active key: while another is active this raises :class:`SecondKeyError`
        unless ``replace`` (the old key is then superseded by the new one)."""
        import base64
        if weak_key_reason(base64.b64decode(card["public_key"])):
            raise ValidationError(_N("errors", "Khóa công khai yếu hoặc không chuẩn; không "
                                     "đăng ký được."), code="weak_key")
        existing = self.trusted(card["key_id"])
        if existing and existing["status"] == "revoked":
            raise NtmError(_N("errors", "Khóa này đã bị thu hồi; không đăng ký lại được."),
                           code="key_revoked")
        others = [] if card.get("role") != "commune" else [
            r for r in self.active_keys(card.get("commune_code")) if r["key_id"] != card["key_id"]]
        if others and not replace:
            raise SecondKeyError(commune_code=card["commune_code"], active=others[0])
        for r in others:
            self.db.execute("UPDATE trusted_key SET superseded_by = ? WHERE key_id = ?",
                            [card["key_id"], r["key_id"]])
        self.db.execute(
            "INSERT INTO trusted_key(key_id, public_key, fingerprint, role, name, commune_code, "
            "level, added_at, source, endorsed_by) VALUES (?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(key_id) DO UPDATE SET name = excluded.name, level = excluded.level",
            [card["key_id"], card["public_key"], card["fingerprint"], card["role"],
             nfc(card.get("name")), card.get("commune_code"), card.get("level"), _now(), source,
             endorsed_by])
        return self.trusted(card["key_id"])  # type: ignore[return-value]

    def active_keys(self, commune_code: str | None) -> list[dict[str, Any]]:
        return [r for r in (_key_status(x) for x in self.db.query(
            "SELECT * FROM trusted_key WHERE commune_code IS ? AND revoked_at IS NULL AND "
            "superseded_by IS NULL", [commune_code]))]

    def trust_revoke(self, key_id: str, reason: str | None = None, *,
                     since: str | None = None) -> dict[str, Any]:
        """Revoke a key and, transitively, every key it endorsed (key rotation) at or after
        ``since`` — the time of the compromise, an ISO date/time; by default the moment the key
        was registered, i.e. everything it ever endorsed. Returns the key's row with
        ``also_revoked`` (the endorsed keys) and ``set_aside`` (replicas of communes that
        received data signed by a revoked key since then; see :meth:`set_replica_aside`).
        Call inside :meth:`atomic` for one transaction."""
        row = self._find_key(key_id)
        start = since or row["added_at"]
        revoked = [row["key_id"]]
        frontier = [row["key_id"]]
        while frontier:
            kid = frontier.pop()
            for child in self.db.query(
                    "SELECT key_id FROM trusted_key WHERE endorsed_by = ? AND added_at >= ?",
                    [kid, start]):
                if child["key_id"] not in revoked:
                    revoked.append(child["key_id"])
                    frontier.append(child["key_id"])
        now = _now()
        reason = nfc(reason)
        for kid in revoked:
            self.db.execute("UPDATE trusted_key SET revoked_at = coalesce(revoked_at, ?), "
                            "revoked_reason = coalesce(revoked_reason, ?) WHERE key_id = ?",
                            [now, reason if kid == row["key_id"] else
                             f"khóa đổi từ khóa bị thu hồi {row['fingerprint']}", kid])
        marks = ",".join("?" for _ in revoked)
        tainted = sorted({r["commune_code"] for r in self.db.query(
            f"SELECT DISTINCT commune_code FROM package_log WHERE status = 'applied' AND "
            f"sender_key_id IN ({marks}) AND received_at >= ? AND commune_code IS NOT NULL",
            [*revoked, start])})
        out = dict(self.trusted(row["key_id"]) or {})
        out["also_revoked"] = [self.trusted(k) for k in revoked[1:]]
        out["set_aside"], out["set_aside_failed"] = [], []
        for c in tainted:  # the revocation stands even if a replica cannot be moved now
            try:
                moved = self.set_replica_aside(c)
            except OSError as exc:
                log.error("set_replica_aside(%s): %s", c, exc)
                out["set_aside_failed"].append(c)
                continue
            if moved is not None:
                out["set_aside"].append(str(moved))
        return out

    def trust_supersede(self, old_key_id: str, new_card: dict[str, Any], *,
                        package_hash: str | None = None) -> None:
        """Key rotation accepted: the new key replaces the old one, and the rotation is kept as
        an event for the appraiser to acknowledge (call inside a transaction)."""
        old = self.trusted(old_key_id)
        self.db.execute("UPDATE trusted_key SET superseded_by = ? WHERE key_id = ?",
                        [new_card["key_id"], old_key_id])
        self.trust_add(new_card, source=f"rotation:{old_key_id}", endorsed_by=old_key_id)
        self.db.execute(
            "INSERT INTO key_rotation(commune_code, old_key_id, new_key_id, old_fingerprint, "
            "new_fingerprint, package_hash, accepted_at) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT(old_key_id, new_key_id) DO NOTHING",
            [new_card.get("commune_code"), old_key_id, new_card["key_id"],
             old["fingerprint"] if old else None, new_card["fingerprint"], package_hash, _now()])

    def rotations(self, *, pending: bool = False) -> list[dict[str, Any]]:
        """Key rotations accepted from packages (newest first); ``pending``: not yet
        acknowledged by the appraiser."""
        sql = "SELECT * FROM key_rotation"
        if pending:
            sql += " WHERE acknowledged_at IS NULL"
        return list(self.db.query(sql + " ORDER BY id DESC"))

    def acknowledge_rotation(self, key: str, by: str | None = None) -> dict[str, Any]:
        """Mark the rotation to key ``key`` (new key id or fingerprint) as checked with the
        commune. Raises NotFound."""
        k = key.replace(" ", "").lower()
        rows = [r for r in self.rotations() if k in (
            r["new_key_id"], (r["new_fingerprint"] or "").replace(" ", "").lower())]
        if not rows:
            raise NotFound(_N("errors", "Không có lần đổi khóa nào sang khóa {key_id}."),
                           code="no_such_rotation", args={"key_id": str(key)})
        self.db.execute("UPDATE key_rotation SET acknowledged_at = coalesce(acknowledged_at, ?), "
                        "acknowledged_by = coalesce(acknowledged_by, ?) WHERE id = ?",
                        [_now(), by, rows[0]["id"]])
        return next(r for r in self.rotations() if r["id"] == rows[0]["id"])

    def _find_key(self, key_id: str) -> dict[str, Any]:
        k = key_id.replace(" ", "").lower()
        rows = list(self.db.query("SELECT * FROM trusted_key WHERE key_id = ? OR "
                                  "lower(replace(fingerprint, ' ', '')) = ?", [k, k]))
        if not rows:
            raise NotFound(_N("errors", "Không có khóa {key_id} trong danh sách tin cậy."),
                           code="no_such_key", args={"key_id": str(key_id)})
        return rows[0]

    # ------------------------------------------------------------------ communes and replicas
    @property
    def communes_dir(self) -> Path:
        return self.path.parent / "hub" / "communes"

    def replica_path(self, code: str) -> Path:
        if not (isinstance(code, str) and re.fullmatch(r"[0-9]{5}", code)):
            raise ValidationError(_N("errors", "Mã xã không hợp lệ: {code}"), field="code",
                                  args={"code": str(code)})
        return self.communes_dir / f"{code}.ntm.sqlite"

    def replica(self, code: str, *, create: bool = False) -> Workbook:
        """The commune's replica workbook (cached, opened once)."""
        wb = self._replicas.get(code)
        if wb is None:
            path = self.replica_path(code)
            if not path.exists() and not create:
                raise NotFound(_N("errors", "Chưa nhận dữ liệu của xã {code}."),
                               code="unknown_commune", args={"code": str(code)})
            wb = Workbook.open(path, create=create, daily_backup=False,
                               backup_dir=self.communes_dir / "backups", author="hub")
            while len(self._replicas) >= MAX_OPEN_REPLICAS:  # bound open files: close the oldest
                self._replicas.pop(next(iter(self._replicas))).close()
            self._replicas[code] = wb
        return wb

    def set_replica_aside(self, code: str) -> Path | None:
        """Move the commune's replica (and its attachments) to ``communes/set-aside/`` — kept
        as evidence, no longer used: the data came (in part) from a revoked key. The next
        package of the commune must then be a full one (``ntm export --full``), which rebuilds
        the replica as a first import. Returns the new location (None if there was none)."""
        path = self.replica_path(code)
        if not path.exists():
            return None
        self.close_replica(code)
        folder = self.communes_dir / "set-aside"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = folder / f"{code}-{stamp}.ntm.sqlite"
        att = path.with_name(code + ".attachments")
        if att.exists():
            os.replace(att, folder / f"{code}-{stamp}.attachments")
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.replace(str(path) + suffix, str(dest) + suffix)
        os.replace(path, dest)
        self.db.execute("UPDATE commune SET last_seq = 0, last_package_hash = NULL, "
                        "last_journal_seq = 0, last_journal_hash = NULL WHERE code = ?", [code])
        # the packages it was built from are no longer applied anywhere
        self.db.execute("UPDATE package_log SET status = 'set_aside' WHERE commune_code = ? AND "
                        "status = 'applied'", [code])
        return dest

    def building_path(self, code: str) -> Path:
        """Where a new replica is built before it is renamed into place (first import)."""
        self.replica_path(code)  # validates the code
        folder = self.communes_dir / ".building"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{code}-{secrets.token_hex(4)}.ntm.sqlite"

    def install_replica(self, code: str, built: Path) -> None:
        """Rename a replica built under :meth:`building_path` (closed, committed) into place:
        the attachments first, the database last — until then there is no replica at all."""
        path = self.replica_path(code)
        att_src = built.with_name(built.name.split(".")[0] + ".attachments")
        att_dst = path.with_name(code + ".attachments")
        if att_src.exists():
            if not att_dst.exists():
                os.replace(att_src, att_dst)
            else:
                for f in att_src.rglob("*"):
                    if f.is_file():
                        target = att_dst / f.relative_to(att_src)
                        target.parent.mkdir(parents=True, exist_ok=True)
                        os.replace(f, target)
                shutil.rmtree(att_src, ignore_errors=True)
        os.replace(built, path)

    def drop_unfinished_builds(self, *, older_than: float = 3600.0,
                               only: Path | None = None) -> None:
        """Remove replicas left half-built by a killed first import: those not written for
        ``older_than`` seconds (another process may be building one right now), or the files
        of build ``only`` whatever their age."""
        import time
        folder = self.communes_dir / ".building"
        if not folder.is_dir():
            return
        stem = only.name.split(".")[0] if only is not None else ""
        for f in folder.glob(stem + "*"):
            with contextlib.suppress(OSError):
                if only is None and time.time() - f.stat().st_mtime < older_than:
                    continue
                if f.is_dir():
                    shutil.rmtree(f, ignore_errors=True)
                else:
                    f.unlink()

    def close_replica(self, code: str) -> None:
        wb = self._replicas.pop(code, None)
        if wb is not None:
            wb.close()

    def commune_row(self, code: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM commune WHERE code = ?", [code]))
        return rows[0] if rows else None

    def communes(self) -> list[dict[str, Any]]:
        """code, name, replica_path, last_seq, last_package_at, key fingerprint, approval."""
        out = []
        for r in self.db.query("SELECT * FROM commune ORDER BY code"):
            key = self.trusted(r["key_id"]) if r["key_id"] else None
            approvals = list(self.db.query(
                "SELECT period, state, locked FROM approval WHERE commune_code = ? "
                "ORDER BY period DESC LIMIT 1", [r["code"]]))
            out.append({"code": r["code"], "name": r["name"],
                        "replica_path": str(self.replica_path(r["code"])),
                        "last_seq": r["last_seq"], "last_package_hash": r["last_package_hash"],
                        "last_journal_seq": r["last_journal_seq"],
                        "last_package_at": r["last_package_at"],
                        "key_id": r["key_id"], "fingerprint": key["fingerprint"] if key else None,
                        "approval": approvals[0] if approvals else None})
        return out

    def sync_state(self, code: str) -> dict[str, Any]:
        """The commune's stream state, read from its replica (authoritative) and repaired in
        the hub's cache if they differ (after a crash between the two commits)."""
        path = self.replica_path(code)
        state = {"seq": 0, "hash": GENESIS, "journal_seq": 0, "journal_hash": GENESIS}
        if path.exists():
            wb = self.replica(code)
            from ntm_desktop.store import journal as jr
            state["seq"] = int(wb.meta("sync.in_seq") or 0)
            state["hash"] = wb.meta("sync.in_hash") or GENESIS
            state["journal_seq"], state["journal_hash"] = jr.head(wb.conn)
        row = self.commune_row(code)
        if row and (row["last_seq"] != state["seq"]
                    or row["last_journal_seq"] != state["journal_seq"]):
            self.db.execute("UPDATE commune SET last_seq = ?, last_package_hash = ?, "
                            "last_journal_seq = ?, last_journal_hash = ? WHERE code = ?",
                            [state["seq"], state["hash"], state["journal_seq"],
                             state["journal_hash"], code])
        return state

    def note_commune(self, code: str, *, name: str | None, key_id: str, seq: int,
                     package_hash: str, journal_seq: int, journal_hash: str) -> None:
        now = _now()
        self.db.execute(
            "INSERT INTO commune(code, name, key_id, last_seq, last_package_hash, "
            "last_journal_seq, last_journal_hash, last_package_at, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE SET "
            "name = coalesce(excluded.name, name), key_id = excluded.key_id, "
            "last_seq = excluded.last_seq, last_package_hash = excluded.last_package_hash, "
            "last_journal_seq = excluded.last_journal_seq, "
            "last_journal_hash = excluded.last_journal_hash, "
            "last_package_at = excluded.last_package_at",
            [code, nfc(name), key_id, seq, package_hash, journal_seq, journal_hash, now, now])

    # ------------------------------------------------------------------ package log
    def log_package(self, **values: Any) -> None:
        values.setdefault("received_at", _now())
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self.db.execute(f"INSERT INTO package_log({cols}) VALUES ({marks})", list(values.values()))

    def packages(self, code: str | None = None) -> list[dict[str, Any]]:
        if code:
            return list(self.db.query("SELECT * FROM package_log WHERE commune_code = ? "
                                      "ORDER BY id", [code]))
        return list(self.db.query("SELECT * FROM package_log ORDER BY id"))

    # ------------------------------------------------------------------ appraisals
    def appraisals(self, code: str, year: int) -> dict[str, dict[str, Any]]:
        """indicator code → {result, status, comment, date, appraiser}."""
        return {r["indicator_code"]: {"result": r["result"], "status": r["status"],
                                      "comment": r["comment"], "date": r["date"],
                                      "appraiser": r["appraiser"]}
                for r in self.db.query("SELECT * FROM appraisal WHERE commune_code = ? AND "
                                       "year = ? ORDER BY indicator_code", [code, year])}

    def appraisal_years(self, code: str) -> list[int]:
        return [r["year"] for r in self.db.query(
            "SELECT DISTINCT year FROM appraisal WHERE commune_code = ? ORDER BY year", [code])]

    def record_appraisal(self, code: str, year: int, indicator_code: str, *, result: str,
                         status: str | None = None, comment: str | None = None,
                         date: str | None = None, appraiser: str | None = None) -> dict[str, Any]:
        """Record (or replace) the appraiser's finding on one indicator. Raises
        ValidationError for a bad result/status and ConflictError when the period is locked."""
        if result not in RESULTS:
            raise ValidationError(_N("errors", "Kết quả thẩm định phải là agree hoặc disagree."),
                                  field="result")
        if status not in STATUSES:
            raise ValidationError(_N("errors", "Trạng thái phải là dat hoặc chua_dat."),
                                  field="status")
        if not isinstance(year, int) or not 2000 <= year <= 2100:
            raise ValidationError(_N("errors", "Năm không hợp lệ."), field="year")
        if not indicator_code or len(indicator_code) > 20:
            raise ValidationError(_N("errors", "Mã chỉ tiêu không hợp lệ."),
                                  field="indicator_code")
        approval = self.approval(code, str(year))
        if approval and approval["locked"]:
            from ntm_desktop.core.errors import ConflictError
            raise ConflictError(_N("errors", "Hồ sơ năm {year} của xã {code} đã được phê duyệt "
                                   "và khóa."), code="approval_locked",
                                args={"year": str(year), "code": str(code)})
        date = date or dt.date.today().isoformat()
        try:
            self.db.execute(
                "INSERT INTO appraisal(commune_code, year, indicator_code, result, status, "
                "comment, date, appraiser, updated_at) VALUES (?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT(commune_code, year, indicator_code) DO UPDATE SET "
                "result = excluded.result, status = excluded.status, comment = excluded.comment, "
                "date = excluded.date, appraiser = excluded.appraiser, "
                "updated_at = excluded.updated_at",
                [code, year, indicator_code, result, status, nfc(comment), date, nfc(appraiser),
                 _now()])
        except sqlite3.Error as exc:
            known = translate_sqlite_error(exc)
            if getattr(known, "code", None) != "sqlite":  # locked, disk full, read-only …
                raise known from exc
            # SQLite's own (English) text goes to the log, not to the officer
            log.error("record_appraisal: %s", exc)
            raise StorageError(_N("errors", "Không ghi được kết quả thẩm định (lỗi cơ sở dữ "
                                  "liệu; chi tiết trong nhật ký chương trình)."),
                               code="sqlite") from exc
        return self.appraisals(code, year)[indicator_code]

    # ------------------------------------------------------------------ approval
    def approval(self, code: str, period: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM approval WHERE commune_code = ? AND period = ?",
                                  [code, period]))
        return rows[0] if rows else None

    def set_approval(self, code: str, period: str, state: str, *, comment: str | None = None,
                     decided_by: str | None = None, package_hash: str | None = None
                     ) -> dict[str, Any]:
        """submitted → returned (with comments) → submitted … → approved (locked)."""
        if state not in APPROVAL_STATES:
            raise ValidationError(_N("errors", "Trạng thái phê duyệt không hợp lệ."),
                                  field="state")
        current = self.approval(code, period)
        if current and current["locked"]:
            from ntm_desktop.core.errors import ConflictError
            raise ConflictError(_N("errors", "Hồ sơ đã được phê duyệt và khóa."),
                                code="approval_locked")
        self.db.execute(
            "INSERT INTO approval(commune_code, period, state, comment, package_hash, "
            "decided_by, updated_at, locked) VALUES (?,?,?,?,?,?,?,?) "
            "ON CONFLICT(commune_code, period) DO UPDATE SET state = excluded.state, "
            "comment = excluded.comment, package_hash = excluded.package_hash, "
            "decided_by = excluded.decided_by, updated_at = excluded.updated_at, "
            "locked = excluded.locked",
            [code, period, state, nfc(comment), package_hash, nfc(decided_by), _now(),
             1 if state == "approved" else 0])
        return self.approval(code, period)  # type: ignore[return-value]

    # ------------------------------------------------------------------ feedback stream
    def feedback_state(self, code: str) -> tuple[int, str]:
        row = self.commune_row(code)
        if row is None:
            raise NotFound(_N("errors", "Chưa nhận dữ liệu của xã {code}."),
                           code="unknown_commune", args={"code": str(code)})
        return row["feedback_seq"], row["feedback_hash"] or GENESIS

    def note_feedback(self, code: str, seq: int, package_hash: str) -> None:
        self.db.execute("UPDATE commune SET feedback_seq = ?, feedback_hash = ? WHERE code = ?",
                        [seq, package_hash, code])


# ---------------------------------------------------------------------- appraiser workspace
# Additive functions over the tables of m002 (the GUI's and the CLI's services call these).
def cached_results(hub: Hub, year: int) -> dict[str, dict[str, Any]]:
    """commune code → {stamp, data (JSON text)} of the cached results for ``year``."""
    return {r["commune_code"]: r for r in hub.db.query(
        "SELECT commune_code, stamp, data FROM commune_result WHERE year = ?", [year])}


def put_result(hub: Hub, code: str, year: int, stamp: str, data: str) -> None:
    hub.db.execute("INSERT INTO commune_result(commune_code, year, stamp, data, computed_at) "
                   "VALUES (?,?,?,?,?) ON CONFLICT(commune_code, year) DO UPDATE SET "
                   "stamp = excluded.stamp, data = excluded.data, "
                   "computed_at = excluded.computed_at", [code, year, stamp, data, _now()])


def appraisal_stamps(hub: Hub, year: int) -> dict[str, str]:
    """commune code → "count/last update" of its appraisal rows for ``year`` (cache key)."""
    return {r["commune_code"]: f"{r['n']}/{r['at']}" for r in hub.db.query(
        "SELECT commune_code, count(*) AS n, max(updated_at) AS at FROM appraisal "
        "WHERE year = ? GROUP BY commune_code", [year])}


def add_approval_event(hub: Hub, code: str, period: str, state: str, *,
                       comment: str | None, decided_by: str | None,
                       journal_seq: int | None) -> None:
    hub.db.execute("INSERT INTO approval_event(commune_code, period, state, comment, "
                   "decided_by, journal_seq, at) VALUES (?,?,?,?,?,?,?)",
                   [code, period, state, comment, decided_by, journal_seq, _now()])


def approval_events(hub: Hub, code: str, period: str | None = None) -> list[dict[str, Any]]:
    if period is None:
        return list(hub.db.query("SELECT * FROM approval_event WHERE commune_code = ? "
                                 "ORDER BY id", [code]))
    return list(hub.db.query("SELECT * FROM approval_event WHERE commune_code = ? AND "
                             "period = ? ORDER BY id", [code, period]))


def all_approvals(hub: Hub) -> list[dict[str, Any]]:
    return list(hub.db.query("SELECT * FROM approval ORDER BY commune_code, period"))


def locked_years(hub: Hub, code: str) -> list[int]:
    """The evaluation years approved (and so locked) for a commune."""
    out = []
    for r in hub.db.query("SELECT period FROM approval WHERE commune_code = ? AND locked = 1",
                          [code]):
        if str(r["period"]).isdigit():
            out.append(int(r["period"]))
    return sorted(out)


def note_package_range(hub: Hub, code: str, seq: int, package_hash: str | None,
                       journal_from: int, journal_to: int) -> None:
    hub.db.execute("INSERT INTO package_range(commune_code, seq, package_hash, journal_from, "
                   "journal_to, at) VALUES (?,?,?,?,?,?) ON CONFLICT(commune_code, seq) DO "
                   "UPDATE SET package_hash = excluded.package_hash, "
                   "journal_from = excluded.journal_from, journal_to = excluded.journal_to",
                   [code, seq, package_hash, journal_from, journal_to, _now()])


def package_ranges(hub: Hub, code: str) -> list[dict[str, Any]]:
    return list(hub.db.query("SELECT * FROM package_range WHERE commune_code = ? ORDER BY seq",
                             [code]))


def add_notice(hub: Hub, code: str, notice_code: str, message: str, *, year: int | None,
               file_name: str | None) -> None:
    hub.db.execute("INSERT INTO commune_notice(commune_code, code, message, year, file_name, "
                   "created_at) VALUES (?,?,?,?,?,?)",
                   [code, notice_code, message, year, file_name, _now()])


def pending_notices(hub: Hub, code: str) -> list[dict[str, Any]]:
    return list(hub.db.query("SELECT * FROM commune_notice WHERE commune_code = ? AND "
                             "sent_in IS NULL ORDER BY id", [code]))


def mark_notices_sent(hub: Hub, code: str, ids: list[int], feedback_seq: int) -> None:
    for i in ids:
        hub.db.execute("UPDATE commune_notice SET sent_in = ? WHERE id = ? AND "
                       "commune_code = ?", [feedback_seq, i, code])


def _key_status(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["status"] = ("revoked" if row["revoked_at"] else
                     "superseded" if row["superseded_by"] else "active")
    return out
