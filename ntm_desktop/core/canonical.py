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


#: what Python's JSON parser says, as an officer reads it (the start of ``JSONDecodeError.msg``)
_JSON_REASONS = (
    ("Expecting value", "thiếu giá trị hoặc có ký tự không hợp lệ"),
    ("Expecting property name", "tên mục phải đặt trong dấu nháy kép"),
    ("Expecting ',' delimiter", "thiếu dấu phẩy"),
    ("Expecting ':' delimiter", "thiếu dấu hai chấm"),
    ("Extra data", "còn dữ liệu thừa sau phần JSON"),
    ("Unterminated string", "chuỗi chưa đóng dấu nháy"),
    ("Invalid control character", "có ký tự điều khiển trong chuỗi"),
    ("Invalid \\uXXXX escape", "mã \\u không hợp lệ"),
    ("Invalid \\escape", "ký tự thoát (\\) không hợp lệ"),
    ("Illegal trailing comma", "dấu phẩy thừa trước dấu đóng"),
)


def json_error_reason(error: json.JSONDecodeError) -> str:
    """Why ``error``'s text is not JSON, in Vietnamese (for the messages of every reader)."""
    for start, reason in _JSON_REASONS:
        if error.msg.startswith(start):
            return reason
    return "cú pháp JSON không hợp lệ"
