"""Ed25519 signing keys of a workspace, public-key cards and key rotation.

Files under ``AppPaths.keys`` (the folder is made readable by its owner only:
:func:`restrict_to_owner`):

- ``signing.key`` — the private key: PKCS#8 PEM without a passphrase; with one, the key sealed
  under a scrypt-derived key (:func:`seal`). Created with mode 0600. It never leaves the machine.
- ``identity.json`` — who the key belongs to (role, commune code or appraiser name, level), the
  current key id, after a rotation the endorsement of the new key by the old one, and the
  public halves of retired keys (``retired_public``). Retired private keys are not kept.

Key id, fingerprint and the spoken code (six groups of five digits read over the phone) are
made in :mod:`ntm_desktop.core.fingerprint`, which also refuses weak public keys
(:func:`check_public_key`). Raises :class:`ntm_desktop.core.errors.NtmError` subclasses with
stable codes.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ntm_desktop.core.errors import NotFound, NtmError, ValidationError
from ntm_desktop.core.fingerprint import fingerprint, key_id, spoken_code, weak_key_reason
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.store.journal import canonical_json

CARD_FORMAT = "ntm-keycard/1"
ROTATION_CONTEXT = b"NTM-KEY-ROTATION/1\n"
ROLES = ("commune", "appraiser")
LEVELS = ("district", "province")
COMMUNE_CODE = re.compile(r"[0-9]{5}")  # used with fullmatch: "06325\n" is not a code


def check_public_key(public_raw: bytes) -> bytes:
    """``public_raw`` when it is a usable Ed25519 public key; raises ValidationError
    (``weak_key``) for a small-order or non-canonical encoding, or one OpenSSL refuses."""
    reason = weak_key_reason(public_raw)
    if reason is None:
        try:
            Ed25519PublicKey.from_public_bytes(public_raw)
        except ValueError:
            reason = "không phải điểm trên đường cong"
    if reason is not None:
        raise ValidationError(_N("errors", "Khóa công khai yếu hoặc không chuẩn ({reason}); "
                                 "không dùng được."), code="weak_key",
                              args={"reason": reason})
    return public_raw


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, *, length: int | None = None) -> bytes:
    """Strict base64 (untrusted input). Raises ValidationError ``bad_key``."""
    try:
        raw = base64.b64decode(str(text).encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise ValidationError(_N("errors", "Khóa công khai không hợp lệ (base64)."),
                              code="bad_key") from exc
    if length is not None and len(raw) != length:
        raise ValidationError(_N("errors", "Khóa công khai không hợp lệ (độ dài)."),
                              code="bad_key")
    return raw


def public_key(text: str) -> bytes:
    """A base64 public key from outside (card, manifest, rotation): decoded and checked."""
    return check_public_key(unb64(text, length=32))


def verify(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``data`` by ``public_raw``
    (never for a weak key: a small-order key can "verify" every message)."""
    if weak_key_reason(public_raw) is not None:
        return False
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

    def to_file(self, passphrase: str | None) -> bytes:
        """The private key file: PKCS#8 PEM without a passphrase; with one, the key encrypted
        under a scrypt-derived key (:func:`seal`)."""
        if passphrase:
            return seal(self.private.private_bytes(serialization.Encoding.Raw,
                                                   serialization.PrivateFormat.Raw,
                                                   serialization.NoEncryption()), passphrase)
        return self.private.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption())

    @classmethod
    def from_file(cls, data: bytes, passphrase: str | None) -> SigningKey:
        if data.lstrip().startswith(b"{"):
            if not passphrase:
                raise NtmError(_N("errors", "Khóa riêng được bảo vệ bằng mật khẩu: dùng "
                                  "--passphrase-env BIẾN (hoặc biến NTM_KEY_PASSPHRASE)."),
                               code="passphrase_required")
            return cls(Ed25519PrivateKey.from_private_bytes(unseal(data, passphrase)))
        return cls.from_pem(data, passphrase)

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


# ----------------------------------------------------------------------------- passphrase
# A passphrase-protected key file is JSON: {"format": "ntm-sealed-key/1", "kdf": "scrypt",
# "n", "r", "p", "salt", "nonce", "ciphertext"} — scrypt (memory-hard, from ``cryptography``)
# derives a 256-bit key that encrypts the raw private key with AES-256-GCM. Until 2026 the
# file was PKCS#8 PEM encrypted by OpenSSL's default PBKDF2 (2,048 iterations): such a file is
# still read, and rewritten in this form the first time the passphrase is given (migration).
SEALED_FORMAT = "ntm-sealed-key/1"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1  # 128 MiB, as OWASP recommends for scrypt
_SEAL_AAD = b"NTM signing key"


def _kdf(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def seal(secret: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _kdf(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return canonical_json({"format": SEALED_FORMAT, "kdf": "scrypt", "n": SCRYPT_N,
                           "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64(salt),
                           "nonce": b64(nonce),
                           "ciphertext": b64(AESGCM(key).encrypt(nonce, secret, _SEAL_AAD))})


def unseal(data: bytes, passphrase: str) -> bytes:
    import json

    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    try:
        doc = json.loads(data)
        if doc.get("format") != SEALED_FORMAT or doc.get("kdf") != "scrypt":
            raise ValueError("format")
        n, r, p = int(doc["n"]), int(doc["r"]), int(doc["p"])
        if not (2**14 <= n <= 2**20 and 1 <= r <= 16 and 1 <= p <= 4):
            raise ValueError("kdf parameters")
        key = _kdf(passphrase, base64.b64decode(doc["salt"]), n, r, p)
        return AESGCM(key).decrypt(base64.b64decode(doc["nonce"]),
                                   base64.b64decode(doc["ciphertext"]), _SEAL_AAD)
    except InvalidTag as exc:
        raise NtmError(_N("errors", "Sai mật khẩu của khóa riêng, hoặc tệp khóa bị hỏng."),
                       code="bad_passphrase") from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise NtmError(_N("errors", "Tệp khóa riêng bị hỏng."), code="bad_key") from exc


# ----------------------------------------------------------------------------- key folder
def icacls_command(folder: Path, user: str) -> list[str]:
    """Windows: remove inherited permissions and give the current user alone full control of
    the key folder (inherited by the files created in it)."""
    return ["icacls", str(folder), "/inheritance:r", "/grant:r", f"{user}:(OI)(CI)F"]


def restrict_to_owner(folder: Path) -> str:
    """Make ``folder`` readable by its owner only. POSIX: mode 0700 (files are created 0600).
    Windows: the POSIX mode bits do nothing there, so ``icacls`` replaces the folder's access
    list (see :func:`icacls_command`). Returns what was done ("chmod 0700", "icacls", or why
    nothing could be done); never raises."""
    if os.name == "nt":
        import getpass
        import subprocess
        try:
            user = os.environ.get("USERNAME") or getpass.getuser()
            done = subprocess.run(icacls_command(folder, user), capture_output=True,
                                  check=False, timeout=30)
            return "icacls" if done.returncode == 0 else "icacls failed"
        except (OSError, subprocess.SubprocessError):
            return "icacls unavailable"
    try:
        os.chmod(folder, 0o700)
        return "chmod 0700"
    except OSError:
        return "chmod failed"


def _write_private(path: Path, data: bytes) -> None:
    """Create ``path`` with mode 0600 from the start (never world-readable), then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    restrict_to_owner(path.parent)
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
        _write_private(self.private_file, key.to_file(passphrase))
        _write_json(self.identity_file, {
            "role": role, "name": name, "commune_code": commune_code, "level": level,
            "key_id": key.key_id, "public_key": b64(key.public_raw),
            "created_at": _now(), "encrypted": bool(passphrase), "rotation": None,
            "retired_public": []})
        return key

    def load(self, passphrase: str | None = None) -> SigningKey:
        """The private key. A key file in an older form is migrated on the way (passphrase
        files re-encrypted with scrypt; retired private keys removed)."""
        ident = self.identity()
        data = self.private_file.read_bytes()
        key = SigningKey.from_file(data, passphrase)
        if key.key_id != ident["key_id"]:
            raise NtmError(_N("errors", "Tệp khóa riêng không khớp với identity.json."),
                           code="key_mismatch")
        if passphrase and not data.lstrip().startswith(b"{"):
            _write_private(self.private_file, key.to_file(passphrase))  # PBKDF2-2048 → scrypt
        self.drop_retired_private()
        return key

    def drop_retired_private(self) -> list[str]:
        """Delete the unencrypted private halves of retired keys (kept by versions before
        2026 in ``retired/``), remembering their public keys. Encrypted ones stay as they are.
        Returns the key ids removed."""
        folder = self.folder / "retired"
        if not folder.is_dir():
            return []
        removed: list[str] = []
        publics: list[str] = []
        for f in sorted(folder.glob("*.key")):
            try:
                data = f.read_bytes()
                if b"ENCRYPTED" in data[:64] or data.lstrip().startswith(b"{"):
                    continue
                old = SigningKey.from_pem(data, None)
            except (OSError, NtmError):
                continue
            publics.append(b64(old.public_raw))
            removed.append(old.key_id)
        if publics:
            ident = self.identity()
            known = list(ident.get("retired_public") or [])
            self.update_identity(retired_public=known + [p for p in publics if p not in known])
            for f in sorted(folder.glob("*.key")):
                if f.stem in removed:
                    with contextlib.suppress(OSError):
                        f.unlink()
        return removed

    def is_encrypted(self) -> bool:
        head = self.private_file.read_bytes()[:64]
        return b"ENCRYPTED" in head or head.lstrip().startswith(b"{")

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
                "fingerprint": fingerprint(raw), "spoken_code": spoken_code(raw),
                "created_at": ident.get("created_at")}

    def rotate(self, passphrase: str | None = None, new_passphrase: str | None = None
               ) -> tuple[SigningKey, dict[str, Any]]:
        """Replace the key. The old key signs an endorsement of the new one; every package
        written from now on carries it until the receiver has accepted the new key. The old
        private key is not kept (packages are signed, not encrypted: nothing needs it), only
        its public half (``retired_public``) so the workspace recognises its own old packages."""
        old = self.load(passphrase)
        new = SigningKey.generate()
        endorsement = {"old_key_id": old.key_id, "old_public_key": b64(old.public_raw),
                       "new_key_id": new.key_id, "new_public_key": b64(new.public_raw),
                       "signature": b64(old.sign(rotation_message(old.key_id, new.public_raw)))}
        _write_private(self.private_file, new.to_file(new_passphrase if new_passphrase is not None
                                                      else passphrase))
        ident = self.identity()
        retired = list(ident.get("retired_public") or [])
        if b64(old.public_raw) not in retired:
            retired.append(b64(old.public_raw))
        self.update_identity(key_id=new.key_id, public_key=b64(new.public_raw),
                             rotated_at=_now(), rotation=endorsement, retired_public=retired,
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
               "fingerprint", "spoken_code", "created_at"}
    if set(card) - allowed:
        raise ValidationError(_N("errors", "Thẻ khóa có trường lạ."), code="bad_card")
    if card.get("role") not in ROLES or not isinstance(card.get("name"), str):
        raise ValidationError(_N("errors", "Thẻ khóa thiếu vai trò hoặc tên."), code="bad_card")
    if not isinstance(card.get("public_key"), str):
        raise ValidationError(_N("errors", "Thẻ khóa thiếu khóa công khai."), code="bad_card")
    raw = public_key(card["public_key"])
    if card.get("key_id") not in (None, key_id(raw)):
        raise ValidationError(_N("errors", "Mã khóa trên thẻ không khớp với khóa công khai."),
                              code="bad_card")
    if card["role"] == "commune":
        code = card.get("commune_code")
        if not isinstance(code, str) or not COMMUNE_CODE.fullmatch(code):
            raise ValidationError(_N("errors", "Thẻ khóa của xã phải có mã xã 5 chữ số."),
                                  code="bad_card")
    for k in ("name", "level", "created_at"):
        if card.get(k) is not None and (not isinstance(card[k], str) or len(card[k]) > 300):
            raise ValidationError(_N("errors", "Thẻ khóa có trường không hợp lệ."),
                                  code="bad_card")
    card["key_id"] = key_id(raw)
    card["fingerprint"] = fingerprint(raw)
    card["spoken_code"] = spoken_code(raw)
    return card


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
