"""Identifiers of an Ed25519 public key, and the weak-key check (pure functions, no I/O).

- **key id** — first 16 hex digits of SHA-256(raw 32-byte public key);
- **fingerprint** — first 32 hex digits of the same hash, upper case, in 8 groups of 4;
- **spoken code** — six groups of five decimal digits made from the *whole* SHA-256 of the key
  (like the safety numbers of messaging apps): what two people read to each other over the
  phone. Digits are easier to say and hear than hex, and all 30 must match, so "comparing only
  the first groups" is not an option the format invites;
- :func:`weak_key_reason` — refuses public keys of small order (the 8 torsion points, for which
  a "signature" can verify for every message) and non-canonical encodings (y ≥ p). The list of
  the 8 encodings is the published constant set (as libsodium's blocklist); no curve arithmetic
  is done here.
"""

from __future__ import annotations

import hashlib

SPOKEN_CONTEXT = b"NTM-SPOKEN-CODE/1\n"

# y coordinates (sign bit cleared) of the 8 small-order points of edwards25519: the identity
# (order 1), y = -1 (order 2), y = 0 (order 4, both signs) and the order-8 points (both signs)
_SMALL_ORDER_Y = frozenset(bytes.fromhex(h) for h in (
    "0100000000000000000000000000000000000000000000000000000000000000",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0000000000000000000000000000000000000000000000000000000000000000",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
))
_P = 2**255 - 19


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def fingerprint(public_raw: bytes) -> str:
    h = hashlib.sha256(public_raw).hexdigest()[:32].upper()
    return " ".join(h[i:i + 4] for i in range(0, 32, 4))


def spoken_code(public_raw: bytes) -> str:
    """"12345 67890 …": six groups of five digits from SHA-256 of the whole public key."""
    digest = hashlib.sha256(SPOKEN_CONTEXT + public_raw).digest()
    return " ".join(f"{int.from_bytes(digest[i:i + 5], 'big') % 100000:05d}"
                    for i in range(0, 30, 5))


def weak_key_reason(public_raw: bytes) -> str | None:
    """Why ``public_raw`` must not be trusted (None when it is a usable key)."""
    if len(public_raw) != 32:
        return "độ dài khác 32 byte"
    y = public_raw[:31] + bytes([public_raw[31] & 0x7F])
    if y in _SMALL_ORDER_Y:
        return "điểm bậc nhỏ"
    if int.from_bytes(y, "little") >= _P:
        return "mã hóa không chuẩn (y ≥ p)"
    return None
