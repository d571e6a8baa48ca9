"""The ``.ntmpkg`` container: writing a signed package and reading one safely.

A package is a zip holding ``manifest.json``, ``manifest.sig`` (64-byte Ed25519 signature over
the exact manifest bytes) and the members the manifest lists with their size and SHA-256
(``changes.jsonl``, ``appraisals.jsonl``, ``catalog.json``, ``blobs/<sha256>``). The package hash
is SHA-256 of the manifest bytes: it identifies the package and chains it to the sender's
previous one (``prev_package``).

Reading (:func:`read_package`) treats the file as hostile: every ``ZipInfo`` is checked before
any member is read (names, links, flags, sizes, compression ratio, count); members are read in
pieces with a size cap, never extracted to paths derived from their names; the signature is
checked against a key the caller trusts, then every member's size and hash. Only the small
members are kept in memory: ``changes.jsonl`` and attachment blobs are read again from the file,
streamed and re-hashed, when they are used. Everything raises
:class:`~ntm_desktop.sync.errors.PackageRejected` with a stable code.

Writing (:func:`write_package`) streams each member into the zip (Python's ``zipfile``) from
bytes or from a file, so a package is never held whole in memory either.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import secrets
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ntm_desktop.core.errors import StorageError, os_reason
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
BLOB_RE = re.compile(r"blobs/[0-9a-f]{64}")
HEX64 = re.compile(r"[0-9a-f]{64}")
HEX16 = re.compile(r"[0-9a-f]{16}")
FIXED_DATE = (2020, 1, 1, 0, 0, 0)

# kind -> the payload members it may carry (besides manifest, signature)
KIND_MEMBERS: dict[str, frozenset[str]] = {
    "commune_update": frozenset({CHANGES}),
    "commune_snapshot": frozenset({CHANGES}),
    "appraisal_feedback": frozenset({APPRAISALS, APPROVAL}),
    "catalog": frozenset({CATALOG}),
}
KIND_BLOBS = {"commune_update", "commune_snapshot"}
# payload members not held in memory after verification: read again, streamed, when used
STREAMED = frozenset({CHANGES})


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
_EXTERNAL_ATTR = (stat.S_IFREG | 0o644) << 16
_CHUNK = 1 << 20
_LINE_PIECE = 1 << 18  # JSON Lines are read in smaller pieces: each piece is split into lines


@dataclass
class Package:
    """A package whose signature and member hashes have been checked.

    ``members`` holds the small payload members (``appraisals.jsonl``, ``approval.json``,
    ``catalog.json``); ``changes.jsonl`` (up to 1 GiB) and the attachment blobs are never held:
    they are read again from the file, in pieces, by :meth:`iter_lines` / :meth:`write_blob`,
    each pass re-checking the member's size and SHA-256 against the signed manifest."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    members: dict[str, bytes]
    file_sha256: str
    path: Path | None = None
    signer_public: bytes = b""
    notes: list[str] = field(default_factory=list)
    blob_shas: frozenset[str] = frozenset()
    source: bytes | None = None  # the file's bytes when it was read from memory
    limits: Limits = DEFAULT_LIMITS
    streamed: frozenset[str] = frozenset()  # payload members left in the file (changes.jsonl)

    @property
    def package_hash(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def seq(self) -> int:
        return self.manifest["seq"]

    @contextlib.contextmanager
    def _zip(self) -> Iterator[zipfile.ZipFile]:
        """The package file opened again (its framing checked again first: the file may have
        been replaced since it was verified; what is read from it is re-hashed by the caller)."""
        if self.source is not None:
            src: BinaryIO = io.BytesIO(self.source)
            size = len(self.source)
        else:
            try:
                src = open(self.path, "rb")  # type: ignore[arg-type]  # noqa: SIM115
                size = os.fstat(src.fileno()).st_size
            except OSError as exc:
                raise reject("unreadable", detail=os_reason(exc)) from None
        with src:
            try:
                check_framing(src, size, self.limits)
            except OSError as exc:
                raise reject("unreadable", detail=os_reason(exc)) from None
            with _open_zip(src) as zf:
                yield zf

    def iter_member(self, name: str, piece: int = _CHUNK) -> Iterator[bytes]:
        """The member's bytes in pieces, read from the package file. Once the last piece has
        been given, the size and SHA-256 are compared with the signed manifest
        (``size_mismatch`` / ``hash_mismatch``): a caller acts on what it read only after the
        iteration ended without an error (or inside a transaction that the error rolls back)."""
        if name in self.members:
            yield self.members[name]
            return
        spec = next((m for m in self.manifest["members"] if m["name"] == name), None)
        if spec is None:
            return
        h = hashlib.sha256()
        got = 0
        with self._zip() as zf:
            try:
                info = zf.getinfo(name)
            except KeyError:
                raise reject("missing_member", name) from None
            if info.file_size != spec["size"]:
                raise reject("size_mismatch", name)
            for chunk in _stream_member(zf, info, self.limits, piece):
                h.update(chunk)
                got += len(chunk)
                yield chunk
        if got != spec["size"]:
            raise reject("size_mismatch", name)
        if h.hexdigest() != spec["sha256"]:
            raise reject("hash_mismatch", name)

    def iter_lines(self, name: str, *, max_line: int) -> Iterator[tuple[int, bytes]]:
        """``(line number, line without its newline)`` of a JSON Lines member, streamed
        (:meth:`iter_member`). A line longer than ``max_line`` bytes is refused
        (``bad_entry``), and so is a last line without its newline."""
        buf = b""
        n = 0
        for chunk in self.iter_member(name, _LINE_PIECE):
            buf += chunk
            parts = buf.split(b"\n")
            buf = parts.pop()
            for line in parts:
                n += 1
                if len(line) > max_line:
                    raise reject("bad_entry", name, f"{n}: dòng dài quá {max_line} byte")
                yield n, line
            if len(buf) > max_line:
                raise reject("bad_entry", name, f"{n + 1}: dòng dài quá {max_line} byte")
        if buf:
            raise reject("bad_entry", name, "dòng cuối không kết thúc")

    @contextlib.contextmanager
    def open_blob(self, sha: str) -> Iterator[BinaryIO]:
        """Attachment ``sha`` as a readable, seekable file read from the package (never the
        whole member in memory): for checks that look at a file's header, such as a photo's
        pixel size."""
        if sha not in self.blob_shas:
            raise reject("missing_blob", detail=sha[:12])
        with self._zip() as zf:
            try:
                info = zf.getinfo(BLOB_PREFIX + sha)
            except KeyError:
                raise reject("missing_blob", detail=sha[:12]) from None
            with zf.open(info) as member:
                yield member  # type: ignore[misc]

    def write_blob(self, sha: str, dest: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        """Copy attachment ``sha`` from the package file to ``dest`` (temporary name, fsync,
        rename), streaming and re-checking its SHA-256: the file may have changed since it
        was verified. Raises PackageRejected (``hash_mismatch``) or OSError."""
        if sha not in self.blob_shas:
            raise reject("missing_blob", detail=sha[:12])
        name = BLOB_PREFIX + sha
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.tmp")
        try:
            with self._zip() as zf:
                try:
                    info = zf.getinfo(name)
                except KeyError:
                    raise reject("missing_blob", detail=sha[:12]) from None
                h = hashlib.sha256()
                with open(tmp, "wb") as out:
                    for chunk in _stream_member(zf, info, limits):
                        h.update(chunk)
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
            if h.hexdigest() != sha:
                raise reject("hash_mismatch", name)
            os.replace(tmp, dest)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()


# ----------------------------------------------------------------------------- writing
@dataclass(frozen=True)
class Member:
    """A payload member to write: its bytes, or a file read in pieces (``changes.jsonl``
    spooled by the exporter, attachment blobs), with the size and SHA-256 the manifest lists."""

    name: str
    size: int
    sha256: str
    data: bytes | None = None
    path: Path | None = None

    @classmethod
    def of_bytes(cls, name: str, data: bytes) -> Member:
        return cls(name, len(data), hashlib.sha256(data).hexdigest(), data=data)

    @classmethod
    def of_file(cls, name: str, path: Path) -> Member:
        """Hashed now, in pieces; :func:`write_package` checks it again while copying."""
        h = hashlib.sha256()
        size = 0
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(_CHUNK), b""):
                h.update(chunk)
                size += len(chunk)
        return cls(name, size, h.hexdigest(), path=Path(path))

    def chunks(self) -> Iterator[bytes]:
        if self.data is not None:
            yield self.data
            return
        with open(self.path, "rb") as fh:  # type: ignore[arg-type]
            yield from iter(lambda: fh.read(_CHUNK), b"")


MemberLike = Member | tuple[str, bytes]


def _as_member(m: MemberLike) -> Member:
    return m if isinstance(m, Member) else Member.of_bytes(*m)


def build_manifest(fields: dict[str, Any], members: list[MemberLike]) -> bytes:
    doc = dict(fields)
    doc["format"] = FORMAT
    doc["format_version"] = FORMAT_VERSION
    doc["members"] = [{"name": m.name, "size": m.size, "sha256": m.sha256}
                      for m in map(_as_member, members)]
    return canonical_json(doc)


class MemberChanged(Exception):
    """A member's source file changed between hashing and writing."""

    def __init__(self, name: str):
        super().__init__(name)
        self.name = name


def _write_zip(fh: BinaryIO, manifest_bytes: bytes, signature: bytes,
               members: list[MemberLike]) -> None:
    """The canonical archive (fixed dates, attributes, order; deflate except the signature and
    blobs), written by Python's ``zipfile`` member by member from pieces. Each member's size is
    given to ``zipfile`` before writing, as ``ZipFile.writestr`` does, so the bytes are the same
    as writing the member in one piece (same headers: sizes and CRC in the local header, no data
    descriptor, no ZIP64)."""
    with zipfile.ZipFile(fh, "w") as zf:
        for m in [Member.of_bytes(MANIFEST, manifest_bytes),
                  Member.of_bytes(SIGNATURE, signature), *map(_as_member, members)]:
            info = zipfile.ZipInfo(m.name, FIXED_DATE)
            info.external_attr = _EXTERNAL_ATTR
            info.create_system = 3
            stored = m.name == SIGNATURE or m.name.startswith(BLOB_PREFIX)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.file_size = m.size
            h = hashlib.sha256()
            with zf.open(info, "w") as out:
                for chunk in m.chunks():
                    h.update(chunk)
                    out.write(chunk)
            if info.file_size != m.size or h.hexdigest() != m.sha256:
                raise MemberChanged(m.name)


def package_bytes(manifest_bytes: bytes, signature: bytes,
                  members: list[MemberLike]) -> bytes:
    """The zip bytes (deterministic: fixed dates, fixed order)."""
    buf = io.BytesIO()
    _write_zip(buf, manifest_bytes, signature, members)
    return buf.getvalue()


def sign_and_pack(fields: dict[str, Any], members: list[MemberLike],
                  key: SigningKey) -> tuple[bytes, bytes]:
    """Return (zip bytes, manifest bytes)."""
    manifest = build_manifest(fields, members)
    return package_bytes(manifest, key.sign(manifest), members), manifest


# ``.<name>.ntmpkg.<8 hex>.partial``: what an export killed mid-way leaves behind
PARTIAL_RE = re.compile(r"\..+\.ntmpkg\.[0-9a-f]{8}\.partial")
STALE_PARTIAL_SECONDS = 15 * 60  # older than this, no export is still writing it


def remove_stale_partials(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete temporary files of exports that were killed before their rename."""
    import time
    removed = []
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        for f in Path(folder).iterdir():
            if PARTIAL_RE.fullmatch(f.name) and f.is_file():
                with contextlib.suppress(OSError):
                    if now - f.stat().st_mtime > STALE_PARTIAL_SECONDS:
                        f.unlink()
                        removed.append(f)
    return removed


def _write_failed(dest: Path, exc: OSError) -> StorageError:
    code = "disk_full" if getattr(exc, "errno", None) == 28 else "write_failed"
    return StorageError(_N("errors", "Không ghi được gói dữ liệu {path}: {detail}. Không có "
                           "tệp dở dang nào được để lại."), code=code,
                        args={"path": str(dest), "detail": os_reason(exc)})


def write_file(dest: Path, data: bytes) -> None:
    """Write under a temporary name that does not end in ``.ntmpkg``, fsync, then rename: an
    interrupted write (disk full, USB stick pulled) never leaves a file that looks valid.
    Stale temporary files of killed exports in the same folder are removed first."""
    dest = Path(dest)
    remove_stale_partials(dest.parent if str(dest.parent) else Path("."))
    try:
        replace_file_bytes(dest, data, temp_suffix=".partial")
    except OSError as exc:
        raise _write_failed(dest, exc) from exc


def write_package(dest: Path, manifest_bytes: bytes, signature: bytes,
                  members: list[MemberLike]) -> tuple[int, str]:
    """Write the package to ``dest`` as :func:`write_file` does (temporary ``.partial`` name,
    fsync, rename; stale temporary files removed first), streaming each member into the zip.
    Returns (file size, SHA-256 of the file). Raises StorageError; no file is left behind."""
    dest = Path(dest)
    folder = dest.parent if str(dest.parent) else Path(".")
    remove_stale_partials(folder)
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.partial")
    try:
        with open(tmp, "wb") as fh:
            _write_zip(fh, manifest_bytes, signature, members)
            fh.flush()
            os.fsync(fh.fileno())
            size = fh.tell()
        with open(tmp, "rb") as fh:
            sha = _file_hash(fh)
        os.replace(tmp, dest)
        return size, sha
    except MemberChanged as exc:
        raise StorageError(_N("errors", "Tệp “{name}” thay đổi trong khi đang xuất gói dữ liệu; "
                              "hãy xuất lại."), code="source_changed",
                           args={"name": exc.name}) from None
    except OSError as exc:
        raise _write_failed(dest, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


# ----------------------------------------------------------------------------- framing
# Only the end-of-central-directory record (and its ZIP64 form) is parsed here, with struct,
# before Python's zipfile is given the file: zipfile builds a ZipInfo for every entry of the
# central directory, so a directory that claims a million entries must be refused first.
_EOCD = struct.Struct("<4s4H2LH")        # signature, disk, cd disk, entries here, entries,
#                                          cd size, cd offset, comment length
_ZIP64_LOCATOR = struct.Struct("<4sLQL")  # signature, disk, zip64 record offset, disks
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")  # signature, size, versions, disks, entries here,
#                                            entries, cd size, cd offset
_LOCAL = struct.Struct("<4s2B4HL2L2H")   # local file header (zipfile.structFileHeader)
EOCD_SIG = b"PK\x05\x06"
ZIP64_LOCATOR_SIG = b"PK\x06\x07"
ZIP64_EOCD_SIG = b"PK\x06\x06"
LOCAL_SIG = b"PK\x03\x04"
# a central-directory entry is 46 bytes + name (member names are at most 70 characters):
# a directory larger than this per declared entry hides entries the count does not declare
MAX_CD_ENTRY = 46 + 114


@dataclass(frozen=True)
class Framing:
    entries: int
    cd_size: int
    cd_offset: int


def _read_at(fh: BinaryIO, offset: int, n: int) -> bytes:
    fh.seek(offset)
    return fh.read(n)


def _zip64_counts(fh: BinaryIO, size: int, eocd_at: int) -> tuple[int, int] | None:
    """(entries, cd size) from a ZIP64 end record located just before the end record."""
    if eocd_at < _ZIP64_LOCATOR.size:
        return None
    loc = _read_at(fh, eocd_at - _ZIP64_LOCATOR.size, _ZIP64_LOCATOR.size)
    sig, _disk, rec_at, _disks = _ZIP64_LOCATOR.unpack(loc)
    if sig != ZIP64_LOCATOR_SIG or rec_at + _ZIP64_EOCD.size > size:
        return None
    rec = _read_at(fh, rec_at, _ZIP64_EOCD.size)
    if len(rec) != _ZIP64_EOCD.size:
        return None
    fields = _ZIP64_EOCD.unpack(rec)
    if fields[0] != ZIP64_EOCD_SIG:
        return None
    return fields[7], fields[8]


def check_framing(fh: BinaryIO, size: int, limits: Limits) -> Framing:
    """The framing rule (docs/sync-format.md §2): the file is exactly one archive — its first
    member starts at offset 0, its central directory directly precedes the end record, and the
    end record (22 bytes, no comment, no ZIP64) is the last thing in the file. Also refuses,
    from the end record alone, archives whose entry count or directory size exceeds the limits.
    """
    head = _read_at(fh, 0, 4)
    tail = _read_at(fh, max(0, size - _EOCD.size), _EOCD.size)
    looks_zip = head == LOCAL_SIG
    if size < _EOCD.size or tail[:4] != EOCD_SIG:
        # an end record earlier in the last 64 KiB whose directory is consistent = bytes were
        # appended (or an archive comment added); otherwise the copy was cut short
        window = min(size, _EOCD.size + 0xFFFF)
        buf = _read_at(fh, size - window, window)
        at = buf.rfind(EOCD_SIG)
        if at >= 0 and at + _EOCD.size <= len(buf):
            fields = _EOCD.unpack(buf[at:at + _EOCD.size])
            if fields[6] + fields[5] == size - window + at:
                raise reject("bad_framing", detail="dữ liệu thừa sau bản ghi kết thúc")
        if looks_zip or head[:2] == b"PK":
            raise reject("truncated")
        raise reject("not_a_zip")
    (_sig, disk, cd_disk, here, entries, cd_size, cd_offset, comment) = _EOCD.unpack(tail)
    eocd_at = size - _EOCD.size
    z64 = _zip64_counts(fh, size, eocd_at)
    if z64 is not None or 0xFFFF in (here, entries) or 0xFFFFFFFF in (cd_size, cd_offset):
        if z64 is not None:
            entries, cd_size = z64
        if entries > limits.max_members:
            raise reject("too_many_members", detail=entries)
        if cd_size > max(entries, 1) * MAX_CD_ENTRY:
            raise reject("too_many_members", detail=f"thư mục {cd_size} byte")
        raise reject("bad_framing", detail="ZIP64 (gói NTM không dùng)")
    if entries > limits.max_members:
        raise reject("too_many_members", detail=entries)
    if cd_size > max(entries, 1) * MAX_CD_ENTRY:
        raise reject("too_many_members", detail=f"thư mục {cd_size} byte")
    if disk or cd_disk or here != entries or comment:
        raise reject("bad_framing", detail="bản ghi kết thúc không chuẩn")
    if cd_offset + cd_size != eocd_at:
        raise reject("bad_framing", detail="dữ liệu thừa trước hoặc giữa các tệp thành phần")
    if entries and not looks_zip:
        raise reject("bad_framing", detail="gói không bắt đầu ở byte đầu tiên của tệp")
    return Framing(entries, cd_size, cd_offset)


def _central_name(info: zipfile.ZipInfo) -> bytes:
    return info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437")


_DOS_FIXED_DATE = ((FIXED_DATE[0] - 1980) << 9 | FIXED_DATE[1] << 5 | FIXED_DATE[2],
                   FIXED_DATE[3] << 11 | FIXED_DATE[4] << 5 | FIXED_DATE[5] // 2)


def _check_canonical_header(info: zipfile.ZipInfo, local: tuple) -> None:
    """Every byte of the framing is the one :func:`package_bytes` writes: the local header
    repeats the directory (version, flags, method, date, CRC, sizes), no extra fields, no
    comments, the fixed date and attributes. A package has exactly one byte form, so nothing
    outside the signed content can be changed unnoticed."""
    _sig, version, system, flags, method, time, date, crc, csize, usize, _n, extra_len = local
    expected_method = zipfile.ZIP_STORED if (info.filename == SIGNATURE or info.filename
                                             .startswith(BLOB_PREFIX)) else zipfile.ZIP_DEFLATED
    same = (version == info.extract_version and system == info.reserved
            and flags == info.flag_bits and method == info.compress_type == expected_method
            and (date, time) == _DOS_FIXED_DATE and info.date_time == FIXED_DATE
            and crc == info.CRC and csize == info.compress_size and usize == info.file_size
            and extra_len == 0 and not info.extra and not info.comment
            and info.internal_attr == 0 and info.external_attr == _EXTERNAL_ATTR
            and info.create_system == 3 and info.create_version == zipfile.DEFAULT_VERSION
            and info.volume == 0)
    if not same:
        raise reject("bad_framing", detail=f"tiêu đề của “{info.filename}” khác dạng chuẩn")


_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # central directory record (zipfile.structCentralDir)


def _check_central_records(fh: BinaryIO, infos: list[zipfile.ZipInfo], framing: Framing) -> None:
    """The directory holds exactly its records, each with the name the reader saw and no extra
    field or comment, and nothing else (a length field pointing past the directory is refused,
    where a zip reader would silently read short)."""
    pos = framing.cd_offset
    for info in infos:
        raw = _read_at(fh, pos, _CENTRAL.size)
        if len(raw) != _CENTRAL.size or raw[:4] != b"PK\x01\x02":
            raise reject("bad_framing", detail="thư mục trung tâm")
        fields = _CENTRAL.unpack(raw)
        name_len, extra_len, comment_len = fields[12], fields[13], fields[14]
        if (name_len != len(_central_name(info)) or extra_len or comment_len
                or fields[15] or fields[17] != info.external_attr):
            raise reject("bad_framing", detail=f"mục “{info.filename}” của thư mục trung tâm")
        pos += _CENTRAL.size + name_len
    if pos != framing.cd_offset + framing.cd_size:
        raise reject("bad_framing", detail="kích thước thư mục trung tâm")


def _check_members_contiguous(fh: BinaryIO, infos: list[zipfile.ZipInfo], framing: Framing
                              ) -> dict[str, tuple]:
    """Members follow each other from offset 0 with nothing in between, each local header
    names the same file as the directory, and the directory follows the last member."""
    if len(infos) != framing.entries:
        raise reject("bad_framing", detail="số tệp thành phần khác bản ghi kết thúc")
    expected = 0
    headers: dict[str, tuple] = {}
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset != expected:
            raise reject("bad_framing", detail=f"khoảng trống trước “{info.filename}”")
        raw = _read_at(fh, info.header_offset, _LOCAL.size)
        if len(raw) != _LOCAL.size:
            raise reject("truncated")
        fields = _LOCAL.unpack(raw)
        if fields[0] != LOCAL_SIG:
            raise reject("bad_framing", detail=f"tiêu đề của “{info.filename}”")
        if fields[3] & 0x8:
            raise reject("bad_framing", detail=f"“{info.filename}” dùng data descriptor")
        name_len, extra_len = fields[10], fields[11]
        if fh.read(name_len) != _central_name(info):
            raise reject("name_mismatch", info.filename)
        headers[info.filename] = fields
        expected = info.header_offset + _LOCAL.size + name_len + extra_len + info.compress_size
    if expected != framing.cd_offset:
        raise reject("bad_framing", detail="dữ liệu thừa trước thư mục trung tâm")
    return headers


# ----------------------------------------------------------------------------- reading
def _name_problem(name: str) -> str | None:
    if not name:
        return "bad_member_name"
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
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
                or BLOB_RE.fullmatch(name)):
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


def _corrupt(info: zipfile.ZipInfo, exc: BaseException) -> PackageRejected:
    text = str(exc)
    if "File name in directory" in text:
        return reject("name_mismatch", info.filename)
    if "CRC" in text:
        return reject("corrupt_member", info.filename, "mã kiểm tra CRC không khớp")
    return reject("corrupt_member", info.filename, "dữ liệu nén hỏng")


def _stream_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits,
                   piece: int = _CHUNK) -> Iterator[bytes]:
    """The member's bytes in chunks of ``piece`` bytes, never more than the declared size (nor
    the cap)."""
    cap = min(limits.member_cap(info.filename), info.file_size)
    got = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(min(piece, cap + 1 - got))
                if not chunk:
                    break
                got += len(chunk)
                if got > cap:
                    raise reject("member_too_large", info.filename)
                yield chunk
            if fh.read(1):
                raise reject("member_too_large", info.filename)
    except PackageRejected:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise _corrupt(info, exc) from None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    return b"".join(_stream_member(zf, info, limits))


def _open_zip(fh: BinaryIO) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(fh)
    except UnicodeDecodeError:
        raise reject("bad_member_name", detail="tên tệp thành phần không phải UTF-8 hợp lệ"
                     ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise reject("bad_framing", detail="thư mục trung tâm hỏng") from None
    except Exception:  # noqa: BLE001 - zipfile can raise odd errors on crafted input
        raise reject("not_a_zip") from None


KeyLookup = Callable[[dict[str, Any]], bytes]


def _open_source(source: Path | bytes, limits: Limits) -> tuple[BinaryIO, int, Path | None]:
    if isinstance(source, (bytes, bytearray)):
        return io.BytesIO(bytes(source)), len(source), None
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > limits.max_file:
            raise reject("package_too_large", detail=f"{size} byte")
        return open(path, "rb"), size, path  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise reject("unreadable", detail=os_reason(exc)) from None


def _file_hash(fh: BinaryIO) -> str:
    fh.seek(0)
    h = hashlib.sha256()
    for chunk in iter(lambda: fh.read(_CHUNK), b""):
        h.update(chunk)
    return h.hexdigest()


def read_package(source: Path | bytes, key_lookup: KeyLookup, *,
                 limits: Limits = DEFAULT_LIMITS) -> Package:
    """Open and check a package. ``key_lookup(manifest)`` returns the trusted public key of the
    sender (raw 32 bytes) or raises PackageRejected (unknown / revoked key).

    Members are read from the file (never the whole file into memory); attachment blobs are
    only hashed here and copied later with :meth:`Package.write_blob`."""
    fh, size, path = _open_source(source, limits)
    try:
        return _read(fh, size, path, source, key_lookup, limits)
    finally:
        fh.close()


def _read(fh: BinaryIO, size: int, path: Path | None, source: Path | bytes,
          key_lookup: KeyLookup, limits: Limits) -> Package:
    from ntm_desktop.sync import manifest as mf
    if not size:
        raise reject("empty_file")
    if size > limits.max_file:
        raise reject("package_too_large", detail=f"{size} byte")
    try:
        framing = check_framing(fh, size, limits)
    except OSError as exc:
        raise reject("unreadable", detail=os_reason(exc)) from None
    zf = _open_zip(fh)
    with zf:
        infos = _check_infos(zf, limits)
        headers = _check_members_contiguous(fh, list(infos.values()), framing)
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
            if not (name in allowed or (manifest["kind"] in KIND_BLOBS
                                        and BLOB_RE.fullmatch(name))):
                raise reject("bad_manifest", name, f"tệp “{name}” không thuộc loại gói này")
        for name in infos:
            if name not in listed and name not in (MANIFEST, SIGNATURE):
                raise reject("unlisted_member", name)
        members: dict[str, bytes] = {}
        blobs: list[str] = []
        for name, spec in listed.items():
            info = infos.get(name)
            if info is None:
                raise reject("missing_member", name)
            if info.file_size != spec["size"]:
                raise reject("size_mismatch", name)
            h = hashlib.sha256()
            got = 0
            is_blob = name.startswith(BLOB_PREFIX)
            keep = not (is_blob or name in STREAMED)  # those are read again when needed
            parts: list[bytes] = []
            for chunk in _stream_member(zf, info, limits):
                h.update(chunk)
                got += len(chunk)
                if keep:
                    parts.append(chunk)
            if got != spec["size"]:
                raise reject("size_mismatch", name)
            digest = h.hexdigest()
            if digest != spec["sha256"]:
                raise reject("hash_mismatch", name)
            if is_blob:
                if name[len(BLOB_PREFIX):] != digest:
                    raise reject("hash_mismatch", name)
                blobs.append(digest)
            elif keep:
                members[name] = b"".join(parts)
        # last, once every more telling check has passed: the one canonical byte form
        for info in infos.values():
            _check_canonical_header(info, headers[info.filename])
        _check_central_records(fh, zf.infolist(), framing)
    file_sha = _file_hash(fh)
    return Package(manifest=manifest, manifest_bytes=manifest_bytes, signature=signature,
                   members=members, file_sha256=file_sha, path=path, signer_public=public,
                   blob_shas=frozenset(blobs),
                   source=None if path is not None else bytes(source),  # type: ignore[arg-type]
                   limits=limits, streamed=frozenset(n for n in listed if n in STREAMED))


__all__ = ["FORMAT", "FORMAT_VERSION", "GENESIS", "KINDS", "Limits", "Member", "Package",
           "check_framing", "read_package", "sign_and_pack", "write_file", "write_package"]
