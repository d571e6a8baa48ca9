"""Verifying and applying packages (hostile input).

:func:`verify_file` runs every check and changes nothing. :func:`import_files` verifies each
file, sorts the good ones by stream and sequence number, and applies each in one transaction;
a package that fails any check is copied to the quarantine folder with a ``.reason.txt`` and
nothing of it is applied. Receivers:

- :class:`HubReceiver` (appraiser): commune update/snapshot packages → the commune's replica.
- :class:`CommuneReceiver` (commune): appraisal feedback and catalog packages.

Order of checks: container (zip) → manifest header → signature against a trusted key →
manifest fields → members (presence, size, SHA-256) → payload (JSON, fields, journal chain) →
sender/recipient/kind → schema version → sequence (replay, stale, fork, gap) → journal
continuity with what is held → attachments present. See docs/sync-format.md §6.
"""

from __future__ import annotations

import abc
import base64
import contextlib
import datetime as dt
import functools
import inspect
import json
import logging
import os
import shutil
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import NtmError, ValidationError, os_reason
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import escape_text
from ntm_desktop.store import journal as jr
from ntm_desktop.store.attachments import blob_path, check_photo_blob
from ntm_desktop.store.evaluation_service import pin_catalog
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.schema import SCHEMA_VERSION
from ntm_desktop.store.workbook import Workbook, atomic_write_bytes
from ntm_desktop.sync import keys as kz
from ntm_desktop.sync import package as pk
from ntm_desktop.sync import payload as pl
from ntm_desktop.sync import state as st
from ntm_desktop.sync.errors import PackageRejected, reject
from ntm_desktop.sync.locks import LockedYears
from ntm_desktop.sync.trust import CommuneTrust, HubTrust

log = logging.getLogger("ntm.sync")
COMMUNE_KINDS = ("commune_update", "commune_snapshot")
# how far ahead of this computer's clock a package may be dated (clocks drift, time zones)
CLOCK_TOLERANCE = dt.timedelta(days=1)
SELF_CONTAINED = ("commune_snapshot", "appraisal_feedback", "catalog")


class AlreadyImported(PackageRejected):
    def __init__(self) -> None:
        super().__init__("already_imported")


@dataclass
class Outcome:
    """What happened to one file."""

    file: str
    status: str  # verified | applied | duplicate | rejected | set_aside | failed
    code: str | None = None
    message: str = ""
    kind: str | None = None
    seq: int | None = None
    commune_code: str | None = None
    package_hash: str | None = None
    file_sha256: str | None = None
    applied: int = 0
    quarantine: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status in ("verified", "applied", "duplicate")

    def to_json(self) -> dict[str, Any]:
        """JSON-ready: text that cannot be encoded (lone surrogates from an unverified
        manifest, undecodable file names) is escaped, so printing it never fails."""
        return encodable({k: v for k, v in self.__dict__.items()})


@dataclass
class Plan:
    code: str | None
    stream: str
    # commune packages: entries with a seq above this are applied (the package's changes are
    # read again from the file, streamed, when applied: never held)
    after_seq: int = 0
    blobs: set[str] = field(default_factory=set)
    appraisals: list[dict[str, Any]] = field(default_factory=list)
    catalog: dict[str, Any] | None = None
    rotation: tuple[str, dict[str, Any]] | None = None
    new_replica: bool = False
    approval: dict[str, Any] | None = None


def _now_stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


# A refused file is copied to the quarantine folder only up to this size (a bigger one stays
# where it is; the reason file names it), and the folder is kept under QUARANTINE_MAX_TOTAL by
# removing the oldest entries. ``ntm quarantine clean`` empties it.
QUARANTINE_MAX_COPY = 256 * 1024**2
QUARANTINE_MAX_TOTAL = 2 * 1024**3


def encodable(obj: Any) -> Any:
    """``obj`` with every string made encodable as UTF-8 (lone surrogates escaped)."""
    if isinstance(obj, str):
        try:
            obj.encode("utf-8")
            return obj
        except UnicodeEncodeError:
            return obj.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(obj, dict):
        return {encodable(k): encodable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [encodable(v) for v in obj]
    return obj


def quarantine(src: Path | None, data: bytes | None, name: str, folder: Path,
               exc: PackageRejected) -> Path:
    """Copy the refused file to ``folder/<timestamp>-<name>`` and write the reason beside it.
    Any file name is handled (undecodable bytes, control characters): the copy gets a safe
    name, the reason file shows the original one escaped."""
    folder.mkdir(parents=True, exist_ok=True)
    safe = "".join(c if (c.isalnum() and c.isascii()) or c in "-_." else "_"
                   for c in name)[:120].lstrip(".") or "package"
    dest = folder / f"{_now_stamp()}-{safe}"
    note = ""
    size = None
    with contextlib.suppress(OSError):
        size = src.stat().st_size if src is not None else None
    if src is not None and size is not None:
        if size <= QUARANTINE_MAX_COPY:
            shutil.copyfile(src, dest)
        else:
            note = (f"Tệp lớn ({size} byte) không được sao chép vào thư mục cách ly; tệp gốc vẫn "
                    f"ở: {escape_text(str(src))}\n")
    elif data is not None:
        atomic_write_bytes(dest, data)
    reason = (f"Tệp: {escape_text(name)}\nMã lỗi: {exc.code}\nLý do: {escape_text(exc.message)}\n"
              f"Thời điểm: {dt.datetime.now().isoformat(timespec='seconds')}\n" + note)
    if exc.set_aside:
        reason += ("Gói được để riêng vì khóa ký chưa đăng ký. Gọi điện cho người gửi để so mã "
                   "vân tay; nếu khớp, đăng ký khóa bằng thẻ khóa của họ (ntm trust add --card …) "
                   f"hoặc lấy khóa từ chính gói này (ntm trust add --package \"{dest}\"), rồi "
                   "nhập lại tệp này.\n")
    dest.with_name(dest.name + ".reason.txt").write_text(reason, encoding="utf-8")
    _prune_quarantine(folder, keep={dest.name, dest.name + ".reason.txt"})
    return dest


def _prune_quarantine(folder: Path, *, keep: set[str], limit: int | None = None) -> None:
    limit = QUARANTINE_MAX_TOTAL if limit is None else limit
    files = sorted((f for f in folder.iterdir() if f.is_file()), key=lambda f: f.name)
    total = sum(f.stat().st_size for f in files)
    for f in files:  # names start with a timestamp: oldest first
        if total <= limit:
            break
        if f.name in keep:
            continue
        with contextlib.suppress(OSError):
            size = f.stat().st_size
            f.unlink()
            total -= size


def clean_quarantine(folder: Path, *, older_than_days: int | None = None) -> dict[str, int]:
    """Delete quarantined files (all, or those older than ``older_than_days``). Returns
    ``{"files": n, "bytes": b}``."""
    out = {"files": 0, "bytes": 0}
    if not folder.is_dir():
        return out
    cutoff = None
    if older_than_days is not None:
        cutoff = (dt.datetime.now() - dt.timedelta(days=older_than_days)).timestamp()
    for f in sorted(folder.iterdir()):
        if not f.is_file():
            continue
        with contextlib.suppress(OSError):
            st_ = f.stat()
            if cutoff is not None and st_.st_mtime >= cutoff:
                continue
            f.unlink()
            out["files"] += 1
            out["bytes"] += st_.st_size
    return out


class Receiver(abc.ABC):
    """Shared key resolution; subclasses check and apply one kind of stream."""

    trust: HubTrust | CommuneTrust
    own_key_ids: set[str]
    own_public: dict[str, bytes]
    quarantine_dir: Path
    limits: pk.Limits = pk.DEFAULT_LIMITS

    # -------------------------------------------------------------- keys
    def resolve_key(self, m: dict[str, Any]) -> tuple[bytes, dict[str, Any],
                                                      tuple[str, dict[str, Any]] | None]:
        """(public key, trusted key row, pending rotation) for the sender of manifest ``m``."""
        sender = m["sender"]
        kid = sender["key_id"]
        if kid in self.own_public:
            ident = {"key_id": kid, "role": sender.get("role"), "status": "own",
                     "commune_code": sender.get("commune_code")}
            return self.own_public[kid], ident, None
        row = self.trust.get(kid)
        if row is not None:
            if row["status"] == "revoked":
                raise reject("key_revoked", detail=row["fingerprint"])
            return kz.unb64(row["public_key"], length=32), row, None
        rot = m.get("key_rotation")
        if isinstance(rot, dict) and isinstance(rot.get("old_key_id"), str):
            old = self.trust.get(rot["old_key_id"])
            if old is not None:
                if old["status"] == "revoked":
                    raise reject("key_revoked", detail=old["fingerprint"])
                if old["status"] != "active":
                    raise reject("key_superseded", detail=old["fingerprint"])
                try:
                    new_pub = kz.unb64(str(rot.get("new_public_key")), length=32)
                    sig = base64.b64decode(str(rot.get("signature")), validate=True)
                except (NtmError, ValueError):
                    raise reject("bad_rotation", detail="khóa hoặc chữ ký hỏng") from None
                if kz.key_id(new_pub) != kid or rot.get("new_key_id") != kid:
                    raise reject("bad_rotation", detail="mã khóa mới không khớp")
                old_pub = kz.unb64(old["public_key"], length=32)
                if not kz.verify(old_pub, sig, kz.rotation_message(old["key_id"], new_pub)):
                    raise reject("bad_rotation", detail="chữ ký của khóa cũ không hợp lệ")
                card = {"key_id": kid, "public_key": kz.b64(new_pub),
                        "fingerprint": kz.fingerprint(new_pub), "role": old["role"],
                        "name": sender.get("name"), "commune_code": old.get("commune_code"),
                        "level": sender.get("level")}
                return new_pub, {**old, "key_id": kid, "status": "active"}, (old["key_id"], card)
        fp = None
        with contextlib.suppress(Exception):
            fp = kz.fingerprint(base64.b64decode(sender["public_key"]))
        exc = reject("unknown_key", detail=fp or kid, set_aside=True)
        # who the (not yet verifiable) manifest claims to be, to help the officer on the phone
        exc.claimed_sender = {k: (v[:200] if isinstance(v, str) else None)
                              for k in ("name", "role", "commune_code", "key_id")
                              for v in [sender.get(k)]}
        raise exc

    def lookup(self, m: dict[str, Any]) -> bytes:
        return self.resolve_key(m)[0]

    def read(self, source: Path | bytes) -> pk.Package:
        return pk.read_package(source, self.lookup, limits=self.limits)

    # -------------------------------------------------------------- to override
    @abc.abstractmethod
    def plan(self, pkg: pk.Package) -> Plan:
        """Decide what to do with a verified package (apply, duplicate, refuse)."""

    @abc.abstractmethod
    def apply(self, pkg: pk.Package, plan: Plan) -> int:
        """Apply a planned package in one transaction; returns the number of changes."""

    def log(self, outcome: Outcome) -> None:
        return None

    def settle_duplicate(self, pkg: pk.Package) -> None:
        """Finish bookkeeping of a package whose data was applied before a crash."""
        return None

    # kinds this workspace writes itself: verifying its own outgoing package is allowed
    OWN_KINDS: tuple[str, ...] = ()

    def _common(self, pkg: pk.Package) -> tuple[dict[str, Any], tuple | None]:
        m = pkg.manifest
        if m["schema_version"] > SCHEMA_VERSION:
            raise reject("unsupported_schema", detail=m["schema_version"])
        _, row, rotation = self.resolve_key(m)
        if row.get("status") == "own":  # the trust row would be the manifest itself
            kind = {"commune_update": "gói cập nhật của xã", "commune_snapshot":
                    "gói đầy đủ của xã", "appraisal_feedback": "gói phản hồi thẩm định",
                    "catalog": "gói bộ tiêu chí"}.get(m["kind"], m["kind"])
            raise reject("own_key", detail=f"{kind}, khóa {kz.fingerprint(pkg.signer_public)}")
        if row.get("role") != m["sender"]["role"]:
            raise reject("commune_mismatch", detail=m["sender"].get("commune_code") or "—")
        check_not_future(m["created_at"])
        return row, rotation

    @staticmethod
    def _sequence(m: dict[str, Any], phash: str, last_seq: int, last_hash: str,
                  known: bool, key_row: dict[str, Any]) -> None:
        if known or (m["seq"] == last_seq and phash == last_hash):
            raise AlreadyImported()
        if key_row.get("status") == "superseded":
            raise reject("key_superseded", detail=key_row.get("fingerprint"))
        if m["seq"] < last_seq:
            raise reject("stale_package", detail=f"{m['seq']} < {last_seq}")
        if m["seq"] == last_seq:
            raise reject("fork", detail=f"gói số {m['seq']} khác gói đã nhập")
        if m["seq"] == last_seq + 1 and m["prev_package"] != last_hash:
            raise reject("fork", detail=f"gói số {m['seq']} không nối tiếp gói {last_seq}")
        if m["seq"] > last_seq + 1 and m["kind"] not in SELF_CONTAINED:
            raise reject("sequence_gap", detail=f"đã nhập đến gói {last_seq}, gói này số "
                                                f"{m['seq']}")


# ================================================================== appraiser side
class HubReceiver(Receiver):
    role = "appraiser"

    def __init__(self, hub: Hub, ks: kz.KeyStore | None, quarantine_dir: Path):
        self.hub = hub
        self.trust = HubTrust(hub)
        self.quarantine_dir = quarantine_dir
        self.own_public = _own_keys(ks)
        self.own_key_ids = set(self.own_public)
        hub.drop_unfinished_builds()

    OWN_KINDS = ("appraisal_feedback", "catalog")

    def plan(self, pkg: pk.Package) -> Plan:
        m = pkg.manifest
        if m["kind"] not in COMMUNE_KINDS:
            raise reject("wrong_kind", detail=m["kind"])
        if m.get("demo"):
            raise reject("demo_package", detail=m["sender"].get("name"))
        key_row, rotation = self._common(pkg)
        code = m["sender"]["commune_code"]
        if key_row.get("commune_code") != code:
            raise reject("commune_mismatch", detail=code)
        rkey = m["recipient"].get("key_id")
        if rkey is not None and rkey not in self.own_key_ids:
            raise reject("wrong_recipient", detail=m["recipient"].get("name") or rkey)
        if m["stream"] != f"commune:{code}":
            raise reject("bad_manifest", "manifest.json", "stream")
        exists = self.hub.replica_path(code).exists() and not self._empty_replica(code)
        state = (self.hub.sync_state(code) if exists else
                 {"seq": 0, "hash": jr.GENESIS, "journal_seq": 0, "journal_hash": jr.GENESIS})
        known = any(r["status"] == "applied" for r in self.hub.db.query(
            "SELECT status FROM package_log WHERE package_hash = ? AND commune_code = ?",
            [pkg.package_hash, code]))
        self._sequence(m, pkg.package_hash, state["seq"], state["hash"], known, key_row)
        hseq = state["journal_seq"]
        scan = _ChangesScan(self, pkg, code, exists, hseq, state["journal_hash"])
        needed = scan.run()
        return Plan(code=code, stream=m["stream"], after_seq=hseq, blobs=needed,
                    rotation=rotation, new_replica=not exists)

    def _empty_replica(self, code: str) -> bool:
        """A replica with no journal and no stream state (left by a killed first import of an
        older version) counts as absent."""
        wb = self.hub.replica(code)
        return jr.head(wb.conn)[0] == 0 and not wb.meta("sync.in_seq")

    def _hashes(self, code: str, lo: int, hi: int) -> dict[int, str]:
        wb = self.hub.replica(code)
        return {r["seq"]: r["hash"] for r in wb.query(
            "SELECT seq, hash FROM journal WHERE seq BETWEEN ? AND ?", [lo, hi])}

    def apply(self, pkg: pk.Package, plan: Plan) -> int:
        code = plan.code
        assert code is not None
        try:
            if plan.new_replica:
                n = self._apply_first(pkg, plan, code)
            else:
                wb = self.hub.replica(code)
                self._write_blobs(pkg, plan, wb)
                n = self._apply_to(wb, pkg, plan)
        except PackageRejected:  # the file read again no longer matches what was verified
            raise
        except NtmError as exc:
            raise reject("apply_failed", detail=officer_text(exc)) from None
        except OSError as exc:  # renaming the new replica into place, a full disk …
            raise reject("apply_failed", detail=os_reason(exc)) from None
        self._bookkeep(pkg, plan.rotation)
        return n

    def _write_blobs(self, pkg: pk.Package, plan: Plan, wb: Workbook) -> None:
        """Attachment files first (content-addressed: harmless if the transaction fails)."""
        for sha in sorted(plan.blobs):
            dest = blob_path(wb, sha)
            if not dest.exists():
                try:
                    pkg.write_blob(sha, dest, self.limits)
                except OSError as exc:
                    raise NtmError(_N("errors", "Không ghi được tệp đính kèm: {detail}"),
                                   code="write_failed",
                                   args={"detail": os_reason(exc)}) from None

    @staticmethod
    def _apply_to(wb: Workbook, pkg: pk.Package, plan: Plan) -> int:
        """The package's new entries, read again from the file and checked again as a chain
        (its end must be the signed head: a file changed since it was verified fails there),
        applied in one transaction: any error rolls back all of it."""
        m = pkg.manifest
        try:
            with wb.atomic():
                n = wb.apply_entries(e for e in changes(pkg) if e["seq"] > plan.after_seq)
                wb.set_meta("sync.in_seq", str(m["seq"]))
                wb.set_meta("sync.in_hash", pkg.package_hash)
                wb.set_meta("sync.in_key", m["sender"]["key_id"])
        except NtmError:
            # rolled back; if the file changed since it was verified (an entry no longer
            # continues the replica's chain), say so rather than report a storage error
            for _ in pkg.iter_member(pk.CHANGES):
                pass
            raise
        return n

    def _apply_first(self, pkg: pk.Package, plan: Plan, code: str) -> int:
        """A new commune: its replica is built under a temporary name and renamed into place
        once complete, so a killed import leaves no replica at all (never an empty one)."""
        if self.hub.replica_path(code).exists():  # empty, left by an older version
            self._drop_replica(code)
        built = self.hub.building_path(code)
        wb = Workbook.open(built, create=True, daily_backup=False,
                           backup_dir=self.hub.communes_dir / "backups", author="hub")
        try:
            self._write_blobs(pkg, plan, wb)
            n = self._apply_to(wb, pkg, plan)
            with contextlib.suppress(Exception):
                wb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            wb.close()
            for suffix in ("-shm", "-wal"):
                side = Path(str(built) + suffix)
                if side.exists() and side.stat().st_size == 0:
                    side.unlink()
            wal = Path(str(built) + "-wal")
            if wal.exists():
                os.replace(wal, str(self.hub.replica_path(code)) + "-wal")
            self.hub.install_replica(code, built)
        except BaseException:
            wb.close()
            self.hub.drop_unfinished_builds(only=built)
            raise
        return n

    def _drop_replica(self, code: str) -> None:
        self.hub.close_replica(code)
        path = self.hub.replica_path(code)
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(path) + suffix).unlink()
        with contextlib.suppress(OSError):
            shutil.rmtree(path.with_name(path.name.split(".")[0] + ".attachments"))

    def _bookkeep(self, pkg: pk.Package, rotation: tuple[str, dict[str, Any]] | None) -> None:
        m = pkg.manifest
        code = m["sender"]["commune_code"]
        st_ = self.hub.sync_state(code)
        with self.hub.atomic():
            self.hub.note_commune(code, name=m["sender"]["name"], key_id=m["sender"]["key_id"],
                                  seq=st_["seq"], package_hash=st_["hash"],
                                  journal_seq=st_["journal_seq"],
                                  journal_hash=st_["journal_hash"])
            if rotation:
                self.trust.supersede(*rotation, package_hash=pkg.package_hash)

    def settle_duplicate(self, pkg: pk.Package) -> None:
        m = pkg.manifest
        if m["kind"] in COMMUNE_KINDS and self.hub.replica_path(
                m["sender"]["commune_code"]).exists():
            try:
                _, _, rotation = self.resolve_key(m)
            except PackageRejected:
                rotation = None
            code = m["sender"]["commune_code"]
            row = self.hub.commune_row(code)
            state = self.hub.sync_state(code)
            if row is None or row["last_seq"] != state["seq"] or (
                    rotation and self.trust.get(rotation[1]["key_id"]) is None):
                self._bookkeep(pkg, rotation)  # finish what a crash interrupted

    def log(self, o: Outcome) -> None:
        if o.status == "verified":
            return
        self.hub.log_package(file_name=encodable(Path(o.file).name), file_sha256=o.file_sha256,
                             package_hash=o.package_hash, kind=o.kind,
                             sender_key_id=o.details.get("sender_key_id"),
                             commune_code=o.commune_code, seq=o.seq, status=o.status,
                             code=o.code, message=encodable(o.message),
                             entries_applied=o.applied,
                             quarantine_path=o.quarantine)


# ================================================================== commune side
class PaperReceiver(Receiver):
    """Checks a package against a printed dossier without any workbook or hub: the signature
    with the key the package names (its fingerprint is printed on the dossier, to compare by
    eye) and every member's hash. Nothing is trusted, planned or applied."""

    role = "paper"

    def __init__(self) -> None:
        self.own_public = {}
        self.own_key_ids = set()
        self.quarantine_dir = Path(".")

    def resolve_key(self, m: dict[str, Any]) -> tuple[bytes, dict[str, Any],
                                                      tuple[str, dict[str, Any]] | None]:
        sender = m["sender"]
        try:
            pub = kz.unb64(str(sender.get("public_key")), length=32)
        except NtmError:
            raise reject("bad_manifest", detail="sender.public_key") from None
        if kz.key_id(pub) != sender["key_id"]:
            raise reject("bad_manifest", detail="sender.key_id")
        return pub, {"key_id": sender["key_id"], "role": sender.get("role"),
                     "status": "embedded"}, None

    def plan(self, pkg: pk.Package) -> Plan:
        return Plan(code=pkg.manifest["sender"].get("commune_code"), stream="paper")

    def apply(self, pkg: pk.Package, plan: Plan) -> int:
        raise reject("wrong_kind", detail="chỉ kiểm tra")


class CommuneReceiver(Receiver):
    role = "commune"

    def __init__(self, wb: Workbook, ks: kz.KeyStore | None, quarantine_dir: Path):
        self.wb = wb
        self.trust = CommuneTrust(wb)
        self.quarantine_dir = quarantine_dir
        self.own_public = _own_keys(ks)
        self.own_key_ids = set(self.own_public)

    OWN_KINDS = COMMUNE_KINDS

    def plan(self, pkg: pk.Package) -> Plan:
        m = pkg.manifest
        if m["kind"] not in ("appraisal_feedback", "catalog"):
            raise reject("wrong_kind", detail=m["kind"])
        key_row, rotation = self._common(pkg)
        commune = self.wb.commune() or {}
        code = commune.get("code")
        rcode = m["recipient"].get("commune_code")
        if (m["kind"] == "appraisal_feedback" and rcode != code) or \
                (rcode is not None and rcode != code):
            raise reject("wrong_recipient", detail=rcode or "—")
        rkey = m["recipient"].get("key_id")
        if rkey is not None and rkey not in self.own_key_ids:
            raise reject("wrong_recipient", detail=rkey)
        expected = f"feedback:{code}" if m["kind"] == "appraisal_feedback" else "catalog"
        if m["stream"] != expected:
            raise reject("bad_manifest", "manifest.json", "stream")
        seq, last = st.in_state(self.wb, expected)
        known = pkg.package_hash in json.loads(self.wb.meta("sync.in.log") or "[]")
        self._sequence(m, pkg.package_hash, seq, last, known, key_row)
        plan = Plan(code=code, stream=expected, rotation=rotation)
        if m["kind"] == "appraisal_feedback":
            plan.appraisals = pl.parse_appraisals(pkg.members.get(pk.APPRAISALS, b""))
            if pk.APPROVAL in pkg.members:
                plan.approval = pl.parse_approval(pkg.members[pk.APPROVAL])
            a = m["ack"]
            if a is None:
                raise reject("bad_manifest", "manifest.json", "ack")
            head_seq, _ = jr.head(self.wb.conn)
            held = jr.GENESIS
            if a["journal_seq"]:
                rows = list(self.wb.query("SELECT hash FROM journal WHERE seq = ?",
                                             [a["journal_seq"]]))
                held = rows[0]["hash"] if rows else ""
            if a["journal_seq"] > head_seq or held != a["journal_hash"]:
                raise reject("ack_mismatch", detail=a["journal_seq"])
        else:
            from ntm_desktop.core import catalog as cat
            from ntm_desktop.sync import jsonsafe
            doc = jsonsafe.loads(pkg.members.get(pk.CATALOG, b""), pk.CATALOG)
            try:
                cat.validate_document(doc)
            except NtmError as exc:
                raise reject("bad_catalog", pk.CATALOG, exc.message) from None
            if not isinstance(doc, dict) or doc.get("kind") != "overlay":
                raise reject("bad_catalog", pk.CATALOG, "không phải bộ tiêu chí của tỉnh")
            if commune and doc.get("base") != commune.get("criteria_set"):
                raise reject("bad_catalog", pk.CATALOG,
                             f"dựa trên “{doc.get('base')}”, xã dùng “{commune.get('criteria_set')}”")
            if m["catalog"] is None or m["catalog"]["id"] != doc.get("id"):
                raise reject("bad_manifest", "manifest.json", "catalog.id")
            plan.catalog = doc
        return plan

    def apply(self, pkg: pk.Package, plan: Plan) -> int:
        m = pkg.manifest
        wb = self.wb
        n = 0
        try:
            with wb.atomic():
                if m["kind"] == "appraisal_feedback":
                    n = self._apply_feedback(pkg, plan)
                else:
                    from ntm_desktop.store.evaluation_service import install_overlay
                    install_overlay(wb, plan.catalog or {})
                    n = 1
                st.set_in_state(wb, plan.stream, m["seq"], pkg.package_hash)
                log = json.loads(wb.meta("sync.in.log") or "[]")[-999:]
                wb.set_meta("sync.in.log", json.dumps([*log, pkg.package_hash]))
                if plan.rotation:
                    self.trust.supersede(*plan.rotation, package_hash=pkg.package_hash)
        except PackageRejected:
            raise
        except NtmError as exc:
            raise reject("apply_failed", detail=officer_text(exc)) from None
        return n

    def _apply_feedback(self, pkg: pk.Package, plan: Plan) -> int:
        wb = self.wb
        n = 0
        current = {(r["indicator_code"], r["year"]): r for r in wb.rows("appraisal")}
        incoming = set()
        for a in plan.appraisals:
            key = (a["indicator_code"], a["year"])
            incoming.add(key)
            old = current.get(key)
            row = {**a, "id": old["id"]} if old else dict(a)
            if old and all(old.get(k) == row.get(k) for k in a):
                continue
            wb.put("appraisal", row)
            n += 1
        for key, old in current.items():
            if key not in incoming:
                wb.remove("appraisal", old["id"])
                n += 1
        ack = pkg.manifest["ack"]
        if ack["journal_seq"] > st.acked_journal_seq(wb):
            wb.set_meta("sync.acked_journal_seq", str(ack["journal_seq"]))
            wb.set_meta("sync.acked_package_seq", str(ack["package_seq"]))
            wb.set_meta("sync.acked_package_hash", ack["package_hash"])
            sent = st.sent_blobs(wb)
            for r in wb.query("SELECT row FROM journal WHERE entity = 'attachment' AND "
                                 "op != 'delete' AND seq <= ?", [ack["journal_seq"]]):
                sent.add(json.loads(r["row"])["sha256"])
            st.set_sent_blobs(wb, sent)
        if not wb.meta("sync.appraiser_key_id"):
            wb.set_meta("sync.appraiser_key_id", pkg.manifest["sender"]["key_id"])
        if plan.approval is not None:  # state per year, comments, notices: shown on Tổng quan
            wb.set_meta("sync.approval", json.dumps(plan.approval, ensure_ascii=False))
            for y in plan.approval.get("years", []):
                if y.get("state") == "approved" and y.get("locked"):
                    pin_catalog(wb, int(y["year"]))  # an approved year keeps its criteria version
            n += 1
        return n


def _own_keys(ks: kz.KeyStore | None) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    if ks is None or not ks.exists():
        return out
    ident = ks.identity()
    out[ident["key_id"]] = kz.unb64(ident["public_key"], length=32)
    rot = ident.get("rotation")
    if rot:
        out[rot["old_key_id"]] = kz.unb64(rot["old_public_key"], length=32)
    for old in ident.get("retired_public", []) or []:
        raw = kz.unb64(old, length=32)
        out[kz.key_id(raw)] = raw
    return out


# ================================================================== content checks
# Each is a separate function (the hub's plan calls them in turn); each raises PackageRejected.
def officer_text(exc: NtmError) -> str:
    """The officer-facing text of an error raised while applying: a database error's own
    (English) text stays in the log."""
    if exc.code in ("sqlite", "corrupt", "chain_gap", "chain_hash", "bad_row", "bad_entity"):
        log.error("apply failed: %s (%s)", exc.message, exc.code)
        return _N("errors", "lỗi khi ghi vào kho dữ liệu (chi tiết trong nhật ký chương trình)")
    return exc.message


def _too_far_ahead(when: dt.datetime, now: dt.datetime | None = None) -> bool:
    now = now or dt.datetime.now(dt.UTC)
    return when > now + CLOCK_TOLERANCE


def check_not_future(created_at: str, *, now: dt.datetime | None = None) -> None:
    """A package dated more than a day after this computer's clock is refused: either the
    sender's clock or this one is wrong, and adopting its time would move ours forward."""
    when = dt.datetime.strptime(created_at[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.UTC)
    if _too_far_ahead(when, now):
        from ntm_desktop.core import vnformat
        raise reject("future_date", detail=vnformat.short_date(when.date()))


def _clock_limit_ms(now: dt.datetime | None = None) -> float:
    return ((now or dt.datetime.now(dt.UTC)) + CLOCK_TOLERANCE).timestamp() * 1000


def check_entry_not_future(e: dict[str, Any], limit_ms: float) -> None:
    """A journal entry whose clock value is more than a day ahead (``limit_ms``, from
    :func:`_clock_limit_ms`) is refused: the replica's clock observes every applied entry, so
    it never moves forward by more than that."""
    head = e["hlc"].split("-", 1)[0]
    if head.isdigit() and int(head) > limit_ms:
        from ntm_desktop.core import vnformat
        when = dt.datetime.fromtimestamp(min(int(head) / 1000, 253402214400), dt.UTC)
        raise reject("future_date", detail=f"mục nhật ký {e['seq']}, "
                                           f"{vnformat.short_date(when.date())}")


def _values_today() -> dt.date:
    return (dt.datetime.now(dt.UTC) + CLOCK_TOLERANCE).date()


def check_row_value(e: dict[str, Any], tomorrow: dt.date) -> None:
    """The row an entry writes is checked by the same validator as a row typed in the app
    (``store.interchange.VALIDATORS``, the one used by ``ntm load``), and each value must
    already have the type that validator produces (no text in a number column). "Not in the
    future" is judged with the same one-day tolerance as the clock (``tomorrow``)."""
    from ntm_desktop.store.interchange import VALIDATORS
    validator = VALIDATORS.get(e["entity"])
    if validator is None or e["op"] == "delete":
        return
    row = e["row"]
    where = f"{e['seq']}: {e['entity']}"
    try:
        clean = (validator(dict(row), today=tomorrow) if _takes_today(validator)
                 else validator(dict(row)))
    except ValidationError as exc:
        raise reject("bad_value", pk.CHANGES, f"{where}.{exc.field}: {exc.message}") from None
    for k, v in row.items():
        if not _same_value(v, clean.get(k, v)):
            raise reject("bad_value", pk.CHANGES, f"{where}.{k}")


@functools.cache
def _takes_today(validator: Any) -> bool:
    return "today" in inspect.signature(validator).parameters


def _same_value(sent: Any, clean: Any) -> bool:
    """The validator accepted the value without having to convert it to another type
    (it may still normalise it, e.g. recompute a derived amount)."""
    if sent is None or clean is None or type(sent) is type(clean):
        return True
    return type(sent) is int and type(clean) is float


class CommuneIdentity:
    """After a commune's package exactly one commune row remains, and it carries the commune
    code the key is registered for: a package may not move the commune to another code. (A code
    corrected before the first package — a row created as 06325 and fixed to 06001 — is
    history, not a change of identity: only the state the package leaves counts.) Fed one entry
    at a time; only the commune rows' ids and final codes are kept."""

    def __init__(self, held: Iterable[dict[str, Any]], code: str):
        self.code = code
        self.codes = {r["id"]: r.get("code") for r in held}

    def feed(self, e: dict[str, Any]) -> None:
        if e["entity"] != "commune":
            return
        if e["op"] == "delete":
            self.codes.pop(e["entity_id"], None)
        else:
            self.codes[e["entity_id"]] = e["row"].get("code")

    def finish(self) -> None:
        for other in self.codes.values():
            if other != self.code:
                raise reject("commune_identity", detail=f"mã xã {self.code} → {str(other)[:20]}")
        if len(self.codes) != 1:
            raise reject("commune_identity", detail=f"{len(self.codes)} dòng thông tin xã")


def changes(pkg: pk.Package) -> Iterator[dict[str, Any]]:
    """The entries of a commune package's ``changes.jsonl``, read from the package file line by
    line, each checked and chained (:func:`payload.iter_changes`); the member's hash and the end
    of the chain are checked after the last entry (an error then, in a transaction, rolls back
    what was applied from it)."""
    return pl.iter_changes(pkg.iter_lines(pk.CHANGES, max_line=pl.MAX_LINE),
                           pkg.manifest["journal"], pk.CHANGES)


# the replica's hashes of overlapping entries are fetched this many at a time
_HELD_BATCH = 10_000
_BAD_SHA = object()  # an attachment row whose sha256 is not 64 hex digits


class _ChangesScan:
    """Every check of a commune package's ``changes.jsonl`` against the hub, in one pass over
    the member streamed from the file, keeping only what the checks after the last entry need:
    the final sha256 of each attachment touched, the ids of the commune rows, the final locked
    fields of each assessment touched (for approved years), and the first error of each check.
    Errors are raised in the order of the checks (journal continuity with the replica, dates
    from the future, values, commune identity, approved years, attachments), whatever line they
    were found on; a malformed entry or a broken chain is refused before any of them."""

    def __init__(self, rx: HubReceiver, pkg: pk.Package, code: str, exists: bool, hseq: int,
                 hhash: str):
        self.rx, self.pkg, self.code, self.exists = rx, pkg, code, exists
        self.hseq, self.hhash = hseq, hhash
        self.held: dict[int, str] = {}  # the replica's hashes of held_range (a batch)
        self.held_range = (1, 0)
        self.first: dict[str, PackageRejected] = {}
        self.overlap = False
        self.limit_ms = _clock_limit_ms()
        self.tomorrow = _values_today()
        held_rows = rx.hub.replica(code).rows("commune") if exists else []
        self.identity = CommuneIdentity(held_rows, code)
        self.locks = LockedYears(rx.hub, code, exists)
        self.attachments: dict[str, Any] = {}  # entity id → final sha256 (None: deleted)

    def _defer(self, what: str, check: Callable[..., None], *args: Any) -> None:
        if what in self.first:
            return
        try:
            check(*args)
        except PackageRejected as exc:
            self.first[what] = exc

    def _check_overlap(self, e: dict[str, Any]) -> None:
        seq = e["seq"]
        if not self.held_range[0] <= seq <= self.held_range[1]:
            self.held_range = (seq, min(seq + _HELD_BATCH - 1, self.hseq))
            self.held = self.rx._hashes(self.code, *self.held_range)
        if self.held.get(seq) != e["hash"]:
            raise reject("journal_fork", detail=seq)

    def _feed(self, e: dict[str, Any]) -> None:
        if e["seq"] <= self.hseq:
            self.overlap = True
            self._defer("fork", self._check_overlap, e)
            return
        self._defer("future", check_entry_not_future, e, self.limit_ms)
        self._defer("values", check_row_value, e, self.tomorrow)
        self.identity.feed(e)
        self.locks.feed(e)
        if e["entity"] == "attachment":
            row = e["row"]
            if not row:
                self.attachments[e["entity_id"]] = None
            else:
                sha = row.get("sha256")
                ok = isinstance(sha, str) and pk.HEX64.fullmatch(sha)
                self.attachments[e["entity_id"]] = sha if ok else _BAD_SHA

    def run(self) -> set[str]:
        """Raise the first refusal; else the attachment files to copy from the package."""
        for e in changes(self.pkg):
            self._feed(e)
        j = self.pkg.manifest["journal"]
        if j["from_seq"] > self.hseq + 1:
            raise reject("journal_gap", detail=f"{self.hseq + 1}…{j['from_seq'] - 1}")
        if j["to_seq"] < self.hseq:
            raise reject("journal_fork", detail=j["to_seq"])
        if self.overlap:
            if "fork" in self.first:
                raise self.first["fork"]
        elif j["prev_hash"] != self.hhash:
            raise reject("journal_fork", detail=j["from_seq"])
        for what in ("future", "values"):
            if what in self.first:
                raise self.first[what]
        self.identity.finish()
        self.locks.finish()
        return self._blobs()

    def _blobs(self) -> set[str]:
        """The final state of every attachment touched must have its file: in the package (a
        photo within the limits the commune's own app applies) or already at the hub."""
        pkg = self.pkg
        needed: set[str] = set()
        for sha in self.attachments.values():
            if sha is None:
                continue
            if sha is _BAD_SHA:
                raise reject("bad_entry", pk.CHANGES, "attachment.sha256")
            if sha in pkg.blob_shas:
                try:
                    with pkg.open_blob(sha) as blob:
                        check_photo_blob(blob, name=sha[:12])
                except NtmError as exc:
                    raise reject("bad_blob", pk.BLOB_PREFIX + sha, detail=exc.message) from None
                needed.add(sha)
            elif not (self.exists and blob_path(self.rx.hub.replica(self.code), sha).exists()):
                raise reject("missing_blob", detail=sha[:12])
        return needed


# ================================================================== entry points
def _describe(o: Outcome, pkg: pk.Package) -> None:
    m = pkg.manifest
    o.kind, o.seq = m["kind"], m["seq"]
    o.commune_code = m["sender"].get("commune_code") or m["recipient"].get("commune_code")
    o.package_hash = pkg.package_hash
    o.details.update(sender_key_id=m["sender"]["key_id"], sender=escape_text(m["sender"]["name"]),
                     fingerprint=kz.fingerprint(pkg.signer_public), created_at=m["created_at"],
                     journal=m.get("journal"), members=len(m["members"]),
                     catalog=m.get("catalog"))


def _refused(o: Outcome, exc: PackageRejected) -> None:
    o.status = "set_aside" if exc.set_aside else "rejected"
    o.code, o.message = exc.code, exc.message
    if exc.detail is not None:
        o.details["detail"] = exc.detail
    claimed = getattr(exc, "claimed_sender", None)
    if claimed:
        o.details["claimed_sender"] = claimed


def verify_file(path: Path, receiver: Receiver, *, dossier_code: str | None = None) -> Outcome:
    """Run every check; change nothing. ``dossier_code`` is compared with the package file."""
    path = Path(path)
    o = Outcome(file=str(path), status="verified")
    try:
        pkg = receiver.read(path)
        o.file_sha256 = pkg.file_sha256
        _describe(o, pkg)
        m = pkg.manifest
        if not (m["sender"]["key_id"] in receiver.own_key_ids
                and m["kind"] in receiver.OWN_KINDS):  # one's own outgoing package
            receiver.plan(pkg)
        o.message = "Gói dữ liệu hợp lệ: chữ ký đúng, mọi tệp thành phần khớp."
    except AlreadyImported as exc:
        o.status, o.code, o.message = "duplicate", exc.code, exc.message
    except PackageRejected as exc:
        _refused(o, exc)
    if o.file_sha256 is None:
        o.file_sha256 = _file_sha256(path)
    if dossier_code is not None:
        from ntm_desktop.core import dossier_code as dc
        commune = o.commune_code or ""
        # one rule: the code is made from the signed content (package hash), and only a
        # package that passed every check has one
        phash = o.package_hash if o.status in ("verified", "duplicate") else None
        ok = bool(phash) and dc.matches(dossier_code, commune, phash or "")
        o.details["dossier_code"] = {"code": escape_text(dossier_code), "matches": ok,
                                     "expected": dc.dossier_code(commune, phash)
                                     if phash else None}
    return o


def _file_sha256(path: Path) -> str | None:
    """SHA-256 of a file that could not be read as a package (streamed; None if unreadable)."""
    import hashlib
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def collect(paths: list[Path]) -> list[Path]:
    """Files named, with folders expanded to their ``*.ntmpkg`` files (sorted)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.is_file()
                              and x.suffix.lower() == pk.SUFFIX))
        else:
            out.append(p)
    return out


def import_files(paths: list[Path], receiver: Receiver) -> list[Outcome]:
    """Verify all, then apply in (stream, sequence) order, each in one transaction."""
    files = collect(paths)
    ready: list[tuple[tuple[str, int], Outcome, pk.Package]] = []
    outcomes: list[Outcome] = []
    for path in files:
        o = Outcome(file=str(path), status="rejected")
        outcomes.append(o)
        try:
            pkg = receiver.read(path)  # hashes the file once (Package.file_sha256)
            o.file_sha256 = pkg.file_sha256
            _describe(o, pkg)
            ready.append(((pkg.manifest["stream"], pkg.seq), o, pkg))
        except PackageRejected as exc:
            o.file_sha256 = _file_sha256(path)
            _finish_refusal(receiver, o, exc, path)
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
            o.file_sha256 = _file_sha256(path)
            _finish_refusal(receiver, o, _unexpected(exc, path), path)
    ready.sort(key=lambda t: t[0])
    for _, o, pkg in ready:
        try:
            plan = receiver.plan(pkg)
            o.applied = receiver.apply(pkg, plan)
            o.status, o.code = "applied", None
            if plan.rotation:  # shown to the officer as an event to acknowledge
                old_id, card = plan.rotation
                old = receiver.trust.get(old_id) or {}
                o.details["key_rotation"] = {
                    "old_key_id": old_id, "old_fingerprint": old.get("fingerprint"),
                    "new_key_id": card["key_id"], "new_fingerprint": card["fingerprint"]}
            o.message = f"Đã nhập gói số {pkg.seq} ({o.applied} thay đổi)."
        except AlreadyImported as exc:
            receiver.settle_duplicate(pkg)
            o.status, o.code, o.message = "duplicate", exc.code, exc.message
        except PackageRejected as exc:
            _finish_refusal(receiver, o, exc, Path(o.file))
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
            _finish_refusal(receiver, o, _unexpected(exc, Path(o.file)), Path(o.file))
        receiver.log(o)
    return outcomes


def _unexpected(exc: BaseException, path: Path) -> PackageRejected:
    """An error no check anticipated, while handling one file: logged in full for the
    developers, shown to the officer as a refusal of that file only."""
    log.error("unexpected error on %r: %s", str(path), traceback.format_exc())
    return reject("internal_error", detail=exc.__class__.__name__)


def _finish_refusal(receiver: Receiver, o: Outcome, exc: PackageRejected, path: Path) -> None:
    _refused(o, exc)
    o.quarantine = None
    if path.is_file():  # a file that is gone (or never was) leaves nothing to keep
        try:
            o.quarantine = str(quarantine(path, None, path.name, receiver.quarantine_dir, exc))
        except (OSError, ValueError):
            o.quarantine = None
    if o.package_hash is None:
        try:
            receiver.log(o)
        except Exception:  # noqa: BLE001 - the log must not stop the folder
            log.error("package log failed: %s", traceback.format_exc())
