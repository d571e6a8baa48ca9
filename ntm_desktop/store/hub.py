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
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from sqlite_utils import Database, Migrations

from ntm_desktop.core.errors import NotFound, NtmError, StorageError, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import nfc
from ntm_desktop.store.journal import GENESIS
from ntm_desktop.store.workbook import BUSY_TIMEOUT_MS, Workbook, translate_sqlite_error

migrations = Migrations("ntm_hub")
HUB_SCHEMA_VERSION = 1
APPROVAL_STATES = ("submitted", "returned", "approved")
RESULTS = ("agree", "disagree")
STATUSES = (None, "dat", "chua_dat")
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


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


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
            conn = sqlite3.connect(str(path), isolation_level=None,
                                   timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            db = Database(conn)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
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

    def trust_add(self, card: dict[str, Any], *, source: str = "card") -> dict[str, Any]:
        """Register a checked public-key card (see ``sync.keys.read_card``)."""
        existing = self.trusted(card["key_id"])
        if existing and existing["status"] == "revoked":
            raise NtmError(_N("errors", "Khóa này đã bị thu hồi; không đăng ký lại được."),
                           code="key_revoked")
        self.db.execute(
            "INSERT INTO trusted_key(key_id, public_key, fingerprint, role, name, commune_code, "
            "level, added_at, source) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(key_id) DO UPDATE "
            "SET name = excluded.name, level = excluded.level",
            [card["key_id"], card["public_key"], card["fingerprint"], card["role"],
             nfc(card.get("name")), card.get("commune_code"), card.get("level"), _now(), source])
        return self.trusted(card["key_id"])  # type: ignore[return-value]

    def trust_revoke(self, key_id: str, reason: str | None = None) -> dict[str, Any]:
        row = self._find_key(key_id)
        self.db.execute("UPDATE trusted_key SET revoked_at = ?, revoked_reason = ? "
                        "WHERE key_id = ?", [_now(), nfc(reason), row["key_id"]])
        return self.trusted(row["key_id"])  # type: ignore[return-value]

    def trust_supersede(self, old_key_id: str, new_card: dict[str, Any]) -> None:
        """Key rotation accepted: the new key replaces the old one (call inside a transaction)."""
        self.trust_add(new_card, source=f"rotation:{old_key_id}")
        self.db.execute("UPDATE trusted_key SET superseded_by = ? WHERE key_id = ?",
                        [new_card["key_id"], old_key_id])

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
        if not (len(code) == 5 and code.isdigit()):
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
            state["journal_seq"], state["journal_hash"] = jr.head(wb.db)
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
            raise StorageError(_N("errors", "Không ghi được kết quả thẩm định: {detail}"),
                               args={"detail": str(exc)}) from exc
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


def _key_status(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["status"] = ("revoked" if row["revoked_at"] else
                     "superseded" if row["superseded_by"] else "active")
    return out
