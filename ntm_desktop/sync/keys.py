"""Ed25519 signing keys of a workspace, public-key cards and key rotation.

Files under ``AppPaths.keys``:

- ``signing.key`` — the private key, PKCS#8 PEM, optionally encrypted with a passphrase,
  created with mode 0600 (owner only). It never leaves the machine.
- ``identity.json`` — who the key belongs to (role, commune code or appraiser name, level), the
  current key id, and after a rotation the endorsement of the new key by the old one.
- ``retired/<key id>.key`` — keys replaced by a rotation (kept so old packages stay readable).

Key id = first 16 hex digits of SHA-256(raw 32-byte public key). Fingerprint = first 32 hex
digits of the same hash, upper case, in groups of 4 ("3F2A 9C01 …") — easy to read over the
phone. Raises :class:`ntm_desktop.core.errors.NtmError` subclasses with stable codes.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ntm_desktop.core.errors import NotFound, NtmError, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.store.journal import canonical_json

CARD_FORMAT = "ntm-keycard/1"
ROTATION_CONTEXT = b"NTM-KEY-ROTATION/1\n"
ROLES = ("commune", "appraiser")
LEVELS = ("district", "province")


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def fingerprint(public_raw: bytes) -> str:
    h = hashlib.sha256(public_raw).hexdigest()[:32].upper()
    return " ".join(h[i:i + 4] for i in range(0, 32, 4))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, *, length: int | None = None) -> bytes:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise ValidationError(_N("errors", "Khóa công khai không hợp lệ (base64)."),
                              code="bad_key") from exc
    if length is not None and len(raw) != length:
        raise ValidationError(_N("errors", "Khóa công khai không hợp lệ (độ dài)."),
                              code="bad_key")
    return raw


def verify(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``data`` by ``public_raw``."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
        return True
    except (InvalidSignature, ValueError):
        return False


def rotation_message(old_key_id: str, new_public_raw: bytes) -> bytes:
    return ROTATION_CONTEXT + old_key_id.encode("ascii") + b"\n" + new_public_raw


@dataclass
class SigningKey:
    private: Ed25519PrivateKey

    @property
    def public_raw(self) -> bytes:
        return self.private.public_key().public_bytes(serialization.Encoding.Raw,
                                                      serialization.PublicFormat.Raw)

    @property
    def key_id(self) -> str:
        return key_id(self.public_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    def to_pem(self, passphrase: str | None) -> bytes:
        enc: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(passphrase.encode("utf-8")) if passphrase
            else serialization.NoEncryption())
        return self.private.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8, enc)

    @classmethod
    def from_pem(cls, data: bytes, passphrase: str | None) -> SigningKey:
        try:
            key = serialization.load_pem_private_key(
                data, password=passphrase.encode("utf-8") if passphrase else None)
        except TypeError as exc:
            if passphrase:
                raise NtmError(_N("errors", "Khóa riêng không có mật khẩu; bỏ --passphrase-env."),
                               code="passphrase_not_needed") from exc
            raise NtmError(_N("errors", "Khóa riêng được bảo vệ bằng mật khẩu: dùng "
                              "--passphrase-env BIẾN (hoặc biến NTM_KEY_PASSPHRASE)."),
                           code="passphrase_required") from exc
        except ValueError as exc:
            raise NtmError(_N("errors", "Sai mật khẩu của khóa riêng, hoặc tệp khóa bị hỏng."),
                           code="bad_passphrase") from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise NtmError(_N("errors", "Tệp khóa riêng không phải khóa Ed25519."),
                           code="bad_key")
        return cls(key)


def _write_private(path: Path, data: bytes) -> None:
    """Create ``path`` with mode 0600 from the start (never world-readable), then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path.parent, 0o700)
    tmp = path.with_name(f".{path.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _write_json(path: Path, obj: Any) -> None:
    from ntm_desktop.store.workbook import atomic_write_bytes
    atomic_write_bytes(path, canonical_json(obj))


class KeyStore:
    """The key folder of one workspace."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    @property
    def private_file(self) -> Path:
        return self.folder / "signing.key"

    @property
    def identity_file(self) -> Path:
        return self.folder / "identity.json"

    def exists(self) -> bool:
        return self.private_file.exists() and self.identity_file.exists()

    def identity(self) -> dict[str, Any]:
        if not self.exists():
            raise NotFound(_N("errors", "Chưa có khóa ký cho không gian làm việc này (chạy "
                              "“ntm init” hoặc “ntm keys show”)."), code="no_key")
        import json
        return json.loads(self.identity_file.read_text("utf-8"))

    def generate(self, *, role: str, name: str, commune_code: str | None = None,
                 level: str | None = None, passphrase: str | None = None,
                 overwrite: bool = False) -> SigningKey:
        """Make a new key pair and identity. Refuses to overwrite an existing key."""
        if self.exists() and not overwrite:
            raise NtmError(_N("errors", "Đã có khóa ký tại {path}."), code="key_exists",
                           args={"path": str(self.private_file)})
        if role not in ROLES:
            raise ValidationError(_N("errors", "Vai trò không hợp lệ: {role}"), code="bad_role",
                                  args={"role": str(role)})
        key = SigningKey.generate()
        _write_private(self.private_file, key.to_pem(passphrase))
        _write_json(self.identity_file, {
            "role": role, "name": name, "commune_code": commune_code, "level": level,
            "key_id": key.key_id, "public_key": b64(key.public_raw),
            "created_at": _now(), "encrypted": bool(passphrase), "rotation": None})
        return key

    def load(self, passphrase: str | None = None) -> SigningKey:
        ident = self.identity()
        key = SigningKey.from_pem(self.private_file.read_bytes(), passphrase)
        if key.key_id != ident["key_id"]:
            raise NtmError(_N("errors", "Tệp khóa riêng không khớp với identity.json."),
                           code="key_mismatch")
        return key

    def is_encrypted(self) -> bool:
        return b"ENCRYPTED" in self.private_file.read_bytes()[:64]

    def update_identity(self, **values: Any) -> None:
        ident = self.identity()
        ident.update(values)
        _write_json(self.identity_file, ident)

    def card(self) -> dict[str, Any]:
        """The public-key card another workspace registers with ``ntm trust add``."""
        ident = self.identity()
        raw = unb64(ident["public_key"], length=32)
        return {"format": CARD_FORMAT, "role": ident["role"], "name": ident["name"],
                "commune_code": ident.get("commune_code"), "level": ident.get("level"),
                "key_id": key_id(raw), "public_key": ident["public_key"],
                "fingerprint": fingerprint(raw), "created_at": ident.get("created_at")}

    def rotate(self, passphrase: str | None = None, new_passphrase: str | None = None
               ) -> tuple[SigningKey, dict[str, Any]]:
        """Replace the key. The old key signs an endorsement of the new one; every package
        written from now on carries it until the receiver has accepted the new key."""
        old = self.load(passphrase)
        new = SigningKey.generate()
        retired = self.folder / "retired" / f"{old.key_id}.key"
        retired.parent.mkdir(parents=True, exist_ok=True)
        _write_private(retired, self.private_file.read_bytes())
        endorsement = {"old_key_id": old.key_id, "old_public_key": b64(old.public_raw),
                       "new_key_id": new.key_id, "new_public_key": b64(new.public_raw),
                       "signature": b64(old.sign(rotation_message(old.key_id, new.public_raw)))}
        _write_private(self.private_file, new.to_pem(new_passphrase if new_passphrase is not None
                                                     else passphrase))
        self.update_identity(key_id=new.key_id, public_key=b64(new.public_raw),
                             rotated_at=_now(), rotation=endorsement,
                             encrypted=bool(new_passphrase or passphrase))
        return new, endorsement


def read_card(data: bytes) -> dict[str, Any]:
    """Parse and check a public-key card (untrusted input). Raises ValidationError."""
    from ntm_desktop.sync import jsonsafe
    from ntm_desktop.sync.errors import PackageRejected
    try:
        card = jsonsafe.loads(data, "card")
    except PackageRejected as exc:
        raise ValidationError(_N("errors", "Thẻ khóa công khai không hợp lệ: {detail}"),
                              code="bad_card", args={"detail": exc.message}) from None
    if not isinstance(card, dict) or card.get("format") != CARD_FORMAT:
        raise ValidationError(_N("errors", "Tệp này không phải thẻ khóa công khai NTM."),
                              code="bad_card")
    allowed = {"format", "role", "name", "commune_code", "level", "key_id", "public_key",
               "fingerprint", "created_at"}
    if set(card) - allowed:
        raise ValidationError(_N("errors", "Thẻ khóa có trường lạ."), code="bad_card")
    if card.get("role") not in ROLES or not isinstance(card.get("name"), str):
        raise ValidationError(_N("errors", "Thẻ khóa thiếu vai trò hoặc tên."), code="bad_card")
    if not isinstance(card.get("public_key"), str):
        raise ValidationError(_N("errors", "Thẻ khóa thiếu khóa công khai."), code="bad_card")
    raw = unb64(card["public_key"], length=32)
    if card.get("key_id") not in (None, key_id(raw)):
        raise ValidationError(_N("errors", "Mã khóa trên thẻ không khớp với khóa công khai."),
                              code="bad_card")
    if card["role"] == "commune":
        code = card.get("commune_code")
        if not isinstance(code, str) or not code.isdigit() or len(code) != 5:
            raise ValidationError(_N("errors", "Thẻ khóa của xã phải có mã xã 5 chữ số."),
                                  code="bad_card")
    card["key_id"] = key_id(raw)
    card["fingerprint"] = fingerprint(raw)
    return card


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
