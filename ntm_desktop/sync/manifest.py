"""Validation of ``manifest.json`` (known fields, valid values). Raises PackageRejected."""

from __future__ import annotations

import re
from typing import Any

from ntm_desktop.sync.errors import reject

FORMAT = "ntm-package"
FORMAT_VERSION = 1
KINDS = ("commune_update", "commune_snapshot", "appraisal_feedback", "catalog")
HEX64 = re.compile(r"[0-9a-f]{64}")
HEX16 = re.compile(r"[0-9a-f]{16}")
COMMUNE_CODE = re.compile(r"[0-9]{5}")
# patterns are used with fullmatch only ("06325\n" is not a commune code)
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
B64_32 = re.compile(r"[A-Za-z0-9+/]{43}=")
B64_64 = re.compile(r"[A-Za-z0-9+/]{86}==")

TOP_FIELDS = {"format", "format_version", "kind", "package_id", "created_at", "sender",
              "recipient", "stream", "seq", "prev_package", "journal", "schema_version",
              "catalog", "ack", "key_rotation", "members", "app_version", "demo"}
SENDER_FIELDS = {"key_id", "public_key", "role", "name", "commune_code", "level"}
RECIPIENT_FIELDS = {"key_id", "commune_code", "name"}
JOURNAL_FIELDS = {"from_seq", "to_seq", "prev_hash", "head_hash", "count", "full"}
CATALOG_FIELDS = {"id", "version"}
ACK_FIELDS = {"package_seq", "package_hash", "journal_seq", "journal_hash"}
ROTATION_FIELDS = {"old_key_id", "old_public_key", "new_key_id", "new_public_key", "signature"}
MEMBER_FIELDS = {"name", "size", "sha256"}


def _bad(detail: str) -> Exception:
    return reject("bad_manifest", "manifest.json", detail)


def _fields(obj: Any, allowed: set[str], where: str, required: set[str] | None = None) -> dict:
    if not isinstance(obj, dict):
        raise _bad(f"“{where}” phải là một đối tượng")
    extra = set(obj) - allowed
    if extra:
        raise reject("unknown_field", "manifest.json", f"{where}.{sorted(extra)[0]}")
    missing = (required if required is not None else allowed) - set(obj)
    if missing:
        raise _bad(f"thiếu “{where}.{sorted(missing)[0]}”")
    return obj


def _int(v: Any, where: str, minimum: int = 0) -> int:
    if not isinstance(v, int) or isinstance(v, bool) or v < minimum:
        raise _bad(f"“{where}” phải là số nguyên ≥ {minimum}")
    return v


def _str(v: Any, where: str, *, pattern: re.Pattern[str] | None = None, max_len: int = 300,
         optional: bool = False) -> str | None:
    if v is None and optional:
        return None
    if not isinstance(v, str) or len(v) > max_len or (pattern and not pattern.fullmatch(v)):
        raise _bad(f"“{where}” không hợp lệ")
    return v


def check_header(m: Any) -> None:
    """The minimum needed before the signature can be checked: format, version, sender key."""
    if not isinstance(m, dict) or m.get("format") != FORMAT:
        raise reject("not_a_package", "manifest.json")
    v = m.get("format_version")
    if not isinstance(v, int) or isinstance(v, bool) or v < 1:
        raise _bad("format_version")
    if v > FORMAT_VERSION:
        raise reject("unsupported_version", "manifest.json", v)
    sender = m.get("sender")
    if not isinstance(sender, dict) or not isinstance(sender.get("key_id"), str) \
            or not HEX16.fullmatch(sender["key_id"]):
        raise _bad("sender.key_id")
    pub = sender.get("public_key")
    if not isinstance(pub, str) or not B64_32.fullmatch(pub):
        raise _bad("sender.public_key")
    _check_key(pub, "sender.public_key")
    import base64
    import hashlib
    if hashlib.sha256(base64.b64decode(pub)).hexdigest()[:16] != sender["key_id"]:
        raise _bad("sender.key_id khác khóa công khai")


def _check_key(text: str, where: str) -> None:
    """A public key carried by the manifest must not be weak (small order / non-canonical)."""
    import base64

    from ntm_desktop.core.fingerprint import weak_key_reason
    reason = weak_key_reason(base64.b64decode(text))
    if reason:
        raise reject("weak_key", "manifest.json", f"{where}: {reason}")


def validate(m: dict[str, Any]) -> None:
    """Every field known, every value of the right type and range."""
    _fields(m, TOP_FIELDS, "manifest", TOP_FIELDS - {"app_version", "key_rotation", "demo"})
    if "demo" in m and m["demo"] is not True:
        raise _bad("demo")
    if m["kind"] not in KINDS:
        raise _bad(f"kind “{m['kind']}” không xác định")
    _str(m["package_id"], "package_id", max_len=64)
    _str(m["created_at"], "created_at", pattern=TIMESTAMP)
    _str(m.get("app_version"), "app_version", optional=True, max_len=40)
    s = _fields(m["sender"], SENDER_FIELDS, "sender")
    _str(s["key_id"], "sender.key_id", pattern=HEX16)
    if s["role"] not in ("commune", "appraiser"):
        raise _bad("sender.role")
    _str(s["name"], "sender.name")
    _str(s["commune_code"], "sender.commune_code", pattern=COMMUNE_CODE,
         optional=s["role"] != "commune")
    if s["level"] not in (None, "district", "province"):
        raise _bad("sender.level")
    commune_kinds = ("commune_update", "commune_snapshot")
    if (m["kind"] in commune_kinds) != (s["role"] == "commune"):
        raise _bad("kind không khớp với vai trò người gửi")
    r = _fields(m["recipient"], RECIPIENT_FIELDS, "recipient", set())
    _str(r.get("key_id"), "recipient.key_id", pattern=HEX16, optional=True)
    _str(r.get("commune_code"), "recipient.commune_code", pattern=COMMUNE_CODE, optional=True)
    _str(r.get("name"), "recipient.name", optional=True)
    _str(m["stream"], "stream", max_len=80)
    _int(m["seq"], "seq", 1)
    _str(m["prev_package"], "prev_package", pattern=HEX64)
    _int(m["schema_version"], "schema_version", 1)
    j = m["journal"]
    if m["kind"] in commune_kinds:
        _fields(j, JOURNAL_FIELDS, "journal")
        _int(j["from_seq"], "journal.from_seq", 1)
        _int(j["to_seq"], "journal.to_seq", 0)
        _int(j["count"], "journal.count", 0)
        if j["to_seq"] - j["from_seq"] + 1 != j["count"]:
            raise _bad("journal.count")
        _str(j["prev_hash"], "journal.prev_hash", pattern=HEX64)
        _str(j["head_hash"], "journal.head_hash", pattern=HEX64)
        if not isinstance(j["full"], bool) or j["full"] != (m["kind"] == "commune_snapshot"):
            raise _bad("journal.full")
        if j["full"] and j["from_seq"] != 1:
            raise _bad("journal.from_seq")
    elif j is not None:
        raise _bad("journal chỉ có ở gói của xã")
    c = m["catalog"]
    if c is not None:
        _fields(c, CATALOG_FIELDS, "catalog")
        _str(c["id"], "catalog.id", max_len=100)
        _str(c["version"], "catalog.version", max_len=40, optional=True)
    a = m["ack"]
    if a is not None:
        if m["kind"] != "appraisal_feedback":
            raise _bad("ack chỉ có ở gói phản hồi")
        _fields(a, ACK_FIELDS, "ack")
        _int(a["package_seq"], "ack.package_seq", 0)
        _int(a["journal_seq"], "ack.journal_seq", 0)
        _str(a["package_hash"], "ack.package_hash", pattern=HEX64)
        _str(a["journal_hash"], "ack.journal_hash", pattern=HEX64)
    rot = m.get("key_rotation")
    if rot is not None:
        _fields(rot, ROTATION_FIELDS, "key_rotation")
        _str(rot["old_key_id"], "key_rotation.old_key_id", pattern=HEX16)
        _str(rot["new_key_id"], "key_rotation.new_key_id", pattern=HEX16)
        _str(rot["old_public_key"], "key_rotation.old_public_key", pattern=B64_32)
        _str(rot["new_public_key"], "key_rotation.new_public_key", pattern=B64_32)
        _str(rot["signature"], "key_rotation.signature", pattern=B64_64)
        _check_key(rot["old_public_key"], "key_rotation.old_public_key")
        _check_key(rot["new_public_key"], "key_rotation.new_public_key")
        if rot["new_key_id"] != s["key_id"]:
            raise _bad("key_rotation.new_key_id khác sender.key_id")
    members = m["members"]
    if not isinstance(members, list):
        raise _bad("members")
    names: set[str] = set()
    for i, mem in enumerate(members):
        _fields(mem, MEMBER_FIELDS, f"members[{i}]")
        _str(mem["name"], f"members[{i}].name", max_len=200)
        _int(mem["size"], f"members[{i}].size", 0)
        _str(mem["sha256"], f"members[{i}].sha256", pattern=HEX64)
        if mem["name"] in names or mem["name"] in ("manifest.json", "manifest.sig"):
            raise _bad(f"members[{i}].name lặp lại")
        names.add(mem["name"])
