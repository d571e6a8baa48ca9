"""The ``.ntmpkg`` container: writing a signed package and reading one safely.

A package is a zip holding ``manifest.json``, ``manifest.sig`` (64-byte Ed25519 signature over
the exact manifest bytes) and the members the manifest lists with their size and SHA-256
(``changes.jsonl``, ``appraisals.jsonl``, ``catalog.json``, ``blobs/<sha256>``). The package hash
is SHA-256 of the manifest bytes: it identifies the package and chains it to the sender's
previous one (``prev_package``).

Reading (:func:`read_package`) treats the file as hostile: every ``ZipInfo`` is checked before
any member is read (names, links, flags, sizes, compression ratio, count); members are read into
memory with a size cap, never extracted to paths derived from their names; the signature is
checked against a key the caller trusts, then every member's size and hash. Everything raises
:class:`~ntm_desktop.sync.errors.PackageRejected` with a stable code.
"""

from __future__ import annotations

import hashlib
import io
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import StorageError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.store.files import replace_file_bytes
from ntm_desktop.store.journal import GENESIS, canonical_json
from ntm_desktop.sync import jsonsafe
from ntm_desktop.sync.errors import PackageRejected, reject
from ntm_desktop.sync.keys import SigningKey
from ntm_desktop.sync.manifest import FORMAT, FORMAT_VERSION, KINDS  # noqa: F401

SUFFIX = ".ntmpkg"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHANGES = "changes.jsonl"
APPRAISALS = "appraisals.jsonl"
CATALOG = "catalog.json"
APPROVAL = "approval.json"  # appraisal_feedback: approval state per year, comments, notices
BLOB_PREFIX = "blobs/"
BLOB_RE = re.compile(r"^blobs/[0-9a-f]{64}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
HEX16 = re.compile(r"^[0-9a-f]{16}$")
FIXED_DATE = (2020, 1, 1, 0, 0, 0)

# kind -> the payload members it may carry (besides manifest, signature)
KIND_MEMBERS: dict[str, frozenset[str]] = {
    "commune_update": frozenset({CHANGES}),
    "commune_snapshot": frozenset({CHANGES}),
    "appraisal_feedback": frozenset({APPRAISALS, APPROVAL}),
    "catalog": frozenset({CATALOG}),
}
KIND_BLOBS = {"commune_update", "commune_snapshot"}


@dataclass(frozen=True)
class Limits:
    """Caps applied before anything is decompressed (see docs/sync-format.md §5)."""

    max_file: int = 2 * 1024**3
    max_members: int = 50_000
    max_manifest: int = 8 * 1024**2
    max_signature: int = 64
    max_changes: int = 1024**3
    max_small: int = 16 * 1024**2  # appraisals.jsonl, catalog.json
    max_blob: int = 64 * 1024**2
    max_total: int = 2 * 1024**3
    max_ratio: float = 100.0
    ratio_floor: int = 64 * 1024  # members smaller than this are not ratio-checked

    def member_cap(self, name: str) -> int:
        if name == MANIFEST:
            return self.max_manifest
        if name == SIGNATURE:
            return self.max_signature
        if name == CHANGES:
            return self.max_changes
        if name.startswith(BLOB_PREFIX):
            return self.max_blob
        return self.max_small


DEFAULT_LIMITS = Limits()


@dataclass
class Package:
    """A package whose signature and member hashes have been checked."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    members: dict[str, bytes]
    file_sha256: str
    path: Path | None = None
    signer_public: bytes = b""
    notes: list[str] = field(default_factory=list)

    @property
    def package_hash(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def seq(self) -> int:
        return self.manifest["seq"]

    def blobs(self) -> dict[str, bytes]:
        return {n[len(BLOB_PREFIX):]: b for n, b in self.members.items()
                if n.startswith(BLOB_PREFIX)}


# ----------------------------------------------------------------------------- writing
def build_manifest(fields: dict[str, Any], members: list[tuple[str, bytes]]) -> bytes:
    doc = dict(fields)
    doc["format"] = FORMAT
    doc["format_version"] = FORMAT_VERSION
    doc["members"] = [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                      for n, b in members]
    return canonical_json(doc)


def package_bytes(manifest_bytes: bytes, signature: bytes,
                  members: list[tuple[str, bytes]]) -> bytes:
    """The zip bytes (deterministic: fixed dates, fixed order)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in [(MANIFEST, manifest_bytes), (SIGNATURE, signature), *members]:
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.create_system = 3
            stored = name == SIGNATURE or name.startswith(BLOB_PREFIX)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zf.writestr(info, data, compresslevel=6)
    return buf.getvalue()


def sign_and_pack(fields: dict[str, Any], members: list[tuple[str, bytes]],
                  key: SigningKey) -> tuple[bytes, bytes]:
    """Return (zip bytes, manifest bytes)."""
    manifest = build_manifest(fields, members)
    return package_bytes(manifest, key.sign(manifest), members), manifest


def write_file(dest: Path, data: bytes) -> None:
    """Write under a temporary name that does not end in ``.ntmpkg``, fsync, then rename: an
    interrupted write (disk full, USB stick pulled) never leaves a file that looks valid."""
    dest = Path(dest)
    try:
        replace_file_bytes(dest, data, temp_suffix=".partial")
    except OSError as exc:
        code = "disk_full" if getattr(exc, "errno", None) == 28 else "write_failed"
        raise StorageError(_N("errors", "Không ghi được gói dữ liệu {path}: {detail}. Không có "
                              "tệp dở dang nào được để lại."), code=code,
                           args={"path": str(dest), "detail": str(exc.strerror or exc)}) from exc


# ----------------------------------------------------------------------------- reading
def _name_problem(name: str) -> str | None:
    if not name:
        return "bad_member_name"
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "absolute_path"
    parts = re.split(r"[/\\]", name)
    if ".." in parts:
        return "path_traversal"
    if "\\" in name or "\x00" in name or any(ord(c) < 32 for c in name) or "" in parts \
            or "." in parts:
        return "bad_member_name"
    return None


def _check_infos(zf: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise reject("too_many_members", detail=len(infos))
    seen: dict[str, zipfile.ZipInfo] = {}
    folded: dict[str, str] = {}
    for info in infos:  # first every name, so a name trick is reported as such
        name = info.filename
        orig = getattr(info, "orig_filename", name)
        problem = _name_problem(orig) or _name_problem(name)
        if problem:
            raise reject(problem, name)
        mode = (info.external_attr >> 16) & 0o170000
        if mode == stat.S_IFLNK:
            raise reject("symlink", name)
        if name in seen:
            raise reject("duplicate_member", name)
        key = unicodedata.normalize("NFC", name).casefold()
        if key in folded:
            raise reject("name_collision", name)
        seen[name] = info
        folded[key] = name
    total = 0
    for name, info in seen.items():
        mode = (info.external_attr >> 16) & 0o170000
        if info.is_dir() or (mode and mode != stat.S_IFREG):
            raise reject("unknown_member", name)
        if info.flag_bits & 0x1:
            raise reject("encrypted_member", name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise reject("bad_compression", name)
        if not (name in (MANIFEST, SIGNATURE, CHANGES, APPRAISALS, CATALOG, APPROVAL)
                or BLOB_RE.match(name)):
            raise reject("unknown_member", name)
        cap = limits.member_cap(name)
        if info.file_size > cap:
            raise reject("member_too_large", name, f"{info.file_size} byte")
        if info.file_size > limits.ratio_floor and \
                info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise reject("zip_bomb", name)
        total += info.file_size
        if total > limits.max_total:
            raise reject("zip_bomb", name, "tổng dung lượng giải nén quá lớn")
    return seen


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    cap = min(limits.member_cap(info.filename), info.file_size)
    try:
        with zf.open(info) as fh:
            data = fh.read(cap + 1)
            if len(data) > cap or fh.read(1):
                raise reject("member_too_large", info.filename)
    except PackageRejected:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise reject("corrupt_member", info.filename, str(exc)[:80]) from None
    return data


KeyLookup = Callable[[dict[str, Any]], bytes]


def read_package(source: Path | bytes, key_lookup: KeyLookup, *,
                 limits: Limits = DEFAULT_LIMITS) -> Package:
    """Open and check a package. ``key_lookup(manifest)`` returns the trusted public key of the
    sender (raw 32 bytes) or raises PackageRejected (unknown / revoked key)."""
    from ntm_desktop.sync import manifest as mf
    path: Path | None = None
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        path = Path(source)
        try:
            size = path.stat().st_size
            if size > limits.max_file:
                raise reject("package_too_large", detail=f"{size} byte")
            data = path.read_bytes()
        except OSError as exc:
            raise reject("unreadable", detail=exc.strerror or str(exc)) from None
    if not data:
        raise reject("empty_file")
    if len(data) > limits.max_file:
        raise reject("package_too_large", detail=f"{len(data)} byte")
    file_sha = hashlib.sha256(data).hexdigest()
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise reject("truncated" if data[:4] == b"PK\x03\x04" else "not_a_zip") from None
    except Exception:  # noqa: BLE001 - zipfile can raise odd errors on crafted input
        raise reject("not_a_zip") from None
    with zf:
        infos = _check_infos(zf, limits)
        if MANIFEST not in infos:
            raise reject("missing_manifest")
        if SIGNATURE not in infos:
            raise reject("missing_signature")
        manifest_bytes = _read_member(zf, infos[MANIFEST], limits)
        signature = _read_member(zf, infos[SIGNATURE], limits)
        manifest = jsonsafe.loads(manifest_bytes, MANIFEST)
        mf.check_header(manifest)
        public = key_lookup(manifest)
        from ntm_desktop.sync.keys import verify
        if len(signature) != 64 or not verify(public, signature, manifest_bytes):
            raise reject("bad_signature", SIGNATURE)
        mf.validate(manifest)
        listed = {m["name"]: m for m in manifest["members"]}
        allowed = KIND_MEMBERS[manifest["kind"]]
        for name in listed:
            if not (name in allowed or (manifest["kind"] in KIND_BLOBS and BLOB_RE.match(name))):
                raise reject("bad_manifest", name, f"tệp “{name}” không thuộc loại gói này")
        for name in infos:
            if name not in listed and name not in (MANIFEST, SIGNATURE):
                raise reject("unlisted_member", name)
        members: dict[str, bytes] = {}
        for name, spec in listed.items():
            info = infos.get(name)
            if info is None:
                raise reject("missing_member", name)
            if info.file_size != spec["size"]:
                raise reject("size_mismatch", name)
            body = _read_member(zf, info, limits)
            if len(body) != spec["size"]:
                raise reject("size_mismatch", name)
            digest = hashlib.sha256(body).hexdigest()
            if digest != spec["sha256"]:
                raise reject("hash_mismatch", name)
            if name.startswith(BLOB_PREFIX) and name[len(BLOB_PREFIX):] != digest:
                raise reject("hash_mismatch", name)
            members[name] = body
    return Package(manifest=manifest, manifest_bytes=manifest_bytes, signature=signature,
                   members=members, file_sha256=file_sha, path=path, signer_public=public)


__all__ = ["FORMAT", "FORMAT_VERSION", "GENESIS", "KINDS", "Limits", "Package", "read_package",
           "sign_and_pack", "write_file"]
