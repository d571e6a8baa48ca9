"""Canonical JSON and key fingerprints: the pure helpers every floor hashes with.

``canonical_json`` is the one definition behind the journal hash chain, the catalog hash, sync
package payloads and key cards: sorted keys, compact separators, UTF-8, NaN/Infinity refused.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(obj: Any) -> bytes:
    """Deterministic JSON bytes (sorted keys, no spaces, UTF-8, NaN refused)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(public_raw: bytes) -> str:
    """First 32 hex digits of SHA-256(raw public key), upper case, in groups of 4."""
    h = hashlib.sha256(public_raw).hexdigest()[:32].upper()
    return " ".join(h[i:i + 4] for i in range(0, 32, 4))
