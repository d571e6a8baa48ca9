"""Writing packages: commune update/snapshot, appraisal feedback, catalog.

Each writer signs the manifest and writes the file under a temporary name then renames it
(:func:`package.write_package`). A commune's journal is first written line by line to a
temporary ``changes.jsonl`` (hashed while the manifest is built), and every member is streamed
into the zip from its file: the package is never held in memory. The sender's stream state (sequence
number, hash of the last package) is advanced in the same transaction as the file is written, so
a failed write leaves neither a file nor a used sequence number.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import tempfile
import uuid
from pathlib import Path
from typing import Any

from ntm_desktop import __version__
from ntm_desktop.core.dossier_code import dossier_code
from ntm_desktop.core.errors import NotFound, NtmError, StorageError, os_reason
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.store import journal as jr
from ntm_desktop.store.attachments import blob_path
from ntm_desktop.store.demo import is_demo
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.schema import SCHEMA_VERSION
from ntm_desktop.store.workbook import Workbook
from ntm_desktop.sync import package as pk
from ntm_desktop.sync import state as st
from ntm_desktop.sync.keys import KeyStore, SigningKey


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sender(ks: KeyStore, key: SigningKey) -> tuple[dict[str, Any], dict[str, Any] | None]:
    ident = ks.identity()
    from ntm_desktop.sync.keys import b64
    sender = {"key_id": key.key_id, "public_key": b64(key.public_raw), "role": ident["role"], "name": ident["name"],
              "commune_code": ident.get("commune_code"), "level": ident.get("level")}
    rotation = ident.get("rotation")
    if rotation and rotation.get("new_key_id") != key.key_id:
        rotation = None
    return sender, rotation


def _entry_line(e: dict[str, Any]) -> bytes:
    from ntm_desktop.sync.payload import wire_line
    return wire_line(e)


#: the temporary folder (in the system's temporary directory) an export spools changes.jsonl in
SPOOL_PREFIX = "ntm-export-"


def remove_stale_spools(folder: Path | None = None, *, now: float | None = None) -> list[Path]:
    """Delete the spool folders of exports that were killed before they could remove them:
    ``ntm-export-*`` folders of this user in ``folder`` (the system's temporary directory)
    untouched for longer than :data:`~ntm_desktop.sync.package.STALE_PARTIAL_SECONDS`, as
    :func:`~ntm_desktop.sync.package.remove_stale_partials` does for ``.partial`` files.
    Returns the folders removed; a folder that cannot be read or removed is left alone."""
    import os
    import shutil
    import stat
    import time
    folder = Path(tempfile.gettempdir()) if folder is None else Path(folder)
    now = time.time() if now is None else now
    uid = os.getuid() if hasattr(os, "getuid") else None
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for d in folder.iterdir():
            if not d.name.startswith(SPOOL_PREFIX):
                continue
            with contextlib.suppress(OSError):
                info = d.lstat()  # a link is never followed
                if not stat.S_ISDIR(info.st_mode) or (uid is not None and info.st_uid != uid):
                    continue
                newest = max([info.st_mtime] + [f.lstat().st_mtime for f in d.iterdir()])
                if now - newest > pk.STALE_PARTIAL_SECONDS:
                    shutil.rmtree(d)
                    removed.append(d)
    return removed


def export_commune(wb: Workbook, ks: KeyStore, key: SigningKey, dest: Path, *,
                   full: bool = False) -> dict[str, Any]:
    """Write everything the hub has not acknowledged (or, with ``full``, the whole journal and
    every attachment) to ``dest``. Returns a summary. Raises NtmError."""
    commune = wb.commune()
    if commune is None:
        raise NotFound(_N("errors", "Sổ dữ liệu chưa có thông tin xã."), code="no_commune")
    sender, rotation = _sender(ks, key)
    if sender["role"] != "commune" or sender["commune_code"] != commune["code"]:
        raise NtmError(_N("errors", "Khóa ký thuộc “{name}” ({key_commune}), không phải xã "
                          "{commune}."), code="key_mismatch",
                       args={"name": str(sender["name"]),
                             "key_commune": str(sender["commune_code"]),
                             "commune": str(commune["code"])})
    acked = 0 if full else st.acked_journal_seq(wb)
    head_seq, head_hash = jr.head(wb.conn)
    if acked > head_seq:
        acked = 0
    prev_hash = jr.GENESIS
    if acked:
        prev_hash = next(wb.query("SELECT hash FROM journal WHERE seq = ?", [acked]))["hash"]
    remove_stale_spools()
    with tempfile.TemporaryDirectory(prefix=SPOOL_PREFIX) as spool:
        changes = Path(spool) / pk.CHANGES
        count, wanted_blobs = _spool_changes(wb, changes, after_seq=acked,
                                             sent=set() if full else st.sent_blobs(wb))
        if full:
            wanted_blobs = {r["sha256"] for r in wb.query("SELECT sha256 FROM attachment")}
        members: list[pk.Member] = [pk.Member.of_file(pk.CHANGES, changes)]
        for sha in sorted(wanted_blobs):
            p = blob_path(wb, sha)
            if not p.exists():
                current = wb.rows("attachment", "sha256 = ?", [sha])
                if not current:
                    continue  # attachment deleted since; its blob is not needed
                raise StorageError(_N("errors", "Thiếu tệp đính kèm {name}: {path}"),
                                   code="missing_blob",
                                   args={"name": str(current[0].get("original_name") or sha),
                                         "path": str(p)})
            members.append(pk.Member.of_file(pk.BLOB_PREFIX + sha, p))
        seq, prev_pkg = st.out_state(wb)
        fields = {
            "kind": "commune_snapshot" if full else "commune_update",
            "package_id": str(uuid.uuid4()), "created_at": _now(), "app_version": __version__,
            "sender": sender,
            "recipient": {"key_id": wb.meta("sync.appraiser_key_id"),
                          "name": wb.meta("sync.appraiser_name")},
            "stream": f"commune:{commune['code']}", "seq": seq + 1, "prev_package": prev_pkg,
            "journal": {"from_seq": acked + 1, "to_seq": head_seq, "count": count,
                        "prev_hash": prev_hash, "head_hash": head_hash if count else prev_hash,
                        "full": full},
            "schema_version": SCHEMA_VERSION,
            "catalog": {"id": commune["criteria_set"], "version": commune.get("overlay_id")},
            "ack": None,
        }
        if rotation:
            fields["key_rotation"] = rotation
        if is_demo(wb):
            fields["demo"] = True  # the demo commune's sample data: a hub refuses it
        manifest = pk.build_manifest(fields, members)
        signature = key.sign(manifest)
        phash = hashlib.sha256(manifest).hexdigest()
        with wb.atomic():
            st.set_out_state(wb, seq + 1, phash)
            size, file_sha = pk.write_package(dest, manifest, signature, members)
    return {"file": str(dest), "kind": fields["kind"], "seq": seq + 1, "package_hash": phash,
            "entries": count, "from_seq": acked + 1, "to_seq": head_seq,
            "blobs": len(members) - 1, "size": size, "file_sha256": file_sha,
            "commune_code": commune["code"], "dossier_code": dossier_code(commune["code"], phash)}


def _spool_changes(wb: Workbook, dest: Path, *, after_seq: int, sent: set[str]
                   ) -> tuple[int, set[str]]:
    """Write the journal entries after ``after_seq`` to ``dest`` as ``changes.jsonl`` lines,
    read from the database one at a time. Returns (number of entries, attachment files the hub
    has not acknowledged)."""
    count = 0
    wanted: set[str] = set()
    try:
        with open(dest, "wb") as out:
            for e in jr.iter_entries(wb.db, after_seq=after_seq):
                out.write(_entry_line(e))
                count += 1
                if e["entity"] == "attachment" and e["row"] and \
                        e["row"].get("sha256") not in sent:
                    wanted.add(e["row"]["sha256"])
    except OSError as exc:  # the temporary folder is full or not writable
        raise StorageError(_N("errors", "Không ghi được tệp {path}: {detail}"),
                           code="write_failed",
                           args={"path": str(dest), "detail": os_reason(exc)}) from exc
    return count, wanted


def export_feedback(hub: Hub, ks: KeyStore, key: SigningKey, code: str, dest: Path,
                    approval: dict[str, Any] | None = None) -> dict[str, Any]:
    """Appraisal feedback for one commune: every appraisal row recorded for it, and the
    acknowledgement of the last package applied at the hub."""
    import hashlib
    row = hub.commune_row(code)
    if row is None:
        raise NotFound(_N("errors", "Chưa nhận dữ liệu của xã {code}."), code="unknown_commune",
                       args={"code": str(code)})
    state = hub.sync_state(code)
    sender, rotation = _sender(ks, key)
    lines = []
    for year in hub.appraisal_years(code):
        for ind, a in hub.appraisals(code, year).items():
            lines.append(jr.canonical_json({"indicator_code": ind, "year": year, **a,
                                            "appraiser_body": hub.name}) + b"\n")
    seq, prev = hub.feedback_state(code)
    fields = {
        "kind": "appraisal_feedback", "package_id": str(uuid.uuid4()), "created_at": _now(),
        "app_version": __version__, "sender": sender,
        "recipient": {"key_id": row["key_id"], "commune_code": code, "name": row["name"]},
        "stream": f"feedback:{code}", "seq": seq + 1, "prev_package": prev, "journal": None,
        "schema_version": SCHEMA_VERSION, "catalog": None,
        "ack": {"package_seq": state["seq"], "package_hash": state["hash"],
                "journal_seq": state["journal_seq"], "journal_hash": state["journal_hash"]},
    }
    if rotation:
        fields["key_rotation"] = rotation
    members = [(pk.APPRAISALS, b"".join(lines))]
    if approval is not None:  # approval state per year, comments, notices (payload.py)
        members.append((pk.APPROVAL, jr.canonical_json(approval)))
    data, manifest = pk.sign_and_pack(fields, members, key)
    phash = hashlib.sha256(manifest).hexdigest()
    with hub.atomic():
        hub.note_feedback(code, seq + 1, phash)
        pk.write_file(dest, data)
    return {"file": str(dest), "kind": "appraisal_feedback", "seq": seq + 1,
            "package_hash": phash, "appraisals": len(lines), "size": len(data),
            "ack": fields["ack"]}


def export_catalog(hub: Hub, ks: KeyStore, key: SigningKey, overlay_bytes: bytes, dest: Path
                   ) -> dict[str, Any]:
    """Sign a provincial criteria overlay for the communes (validated first)."""
    import hashlib

    from ntm_desktop.core import catalog as cat
    from ntm_desktop.sync import jsonsafe
    from ntm_desktop.sync.errors import PackageRejected
    try:
        doc = jsonsafe.loads(overlay_bytes, "overlay")
    except PackageRejected as exc:
        raise NtmError(exc.template, code="bad_catalog", args=exc.fmt_args) from None
    cat.validate_document(doc)
    if doc.get("kind") != "overlay":
        raise NtmError(_N("errors", "Tệp này không phải bộ tiêu chí bổ sung của tỉnh "
                          "(kind = overlay)."), code="not_overlay")
    sender, rotation = _sender(ks, key)
    seq = int(hub.meta("catalog_seq") or 0)
    prev = hub.meta("catalog_hash") or jr.GENESIS
    fields = {
        "kind": "catalog", "package_id": str(uuid.uuid4()), "created_at": _now(),
        "app_version": __version__, "sender": sender, "recipient": {},
        "stream": "catalog", "seq": seq + 1, "prev_package": prev, "journal": None,
        "schema_version": SCHEMA_VERSION,
        "catalog": {"id": doc["id"], "version": doc.get("version")}, "ack": None,
    }
    if rotation:
        fields["key_rotation"] = rotation
    data, manifest = pk.sign_and_pack(fields, [(pk.CATALOG, overlay_bytes)], key)
    phash = hashlib.sha256(manifest).hexdigest()
    with hub.atomic():
        hub.set_meta("catalog_seq", str(seq + 1))
        hub.set_meta("catalog_hash", phash)
        pk.write_file(dest, data)
    return {"file": str(dest), "kind": "catalog", "seq": seq + 1, "package_hash": phash,
            "catalog": fields["catalog"], "size": len(data)}
