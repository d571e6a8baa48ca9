"""Strict JSON decoding for untrusted package members.

Refuses: invalid UTF-8 (and a BOM), strings with a lone surrogate (``bad_text``), NaN/Infinity, integers beyond ±2**53, floats that overflow,
duplicate object keys, nesting deeper than :data:`MAX_DEPTH`. Raises :class:`PackageRejected`.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from ntm_desktop.core.canonical import json_error_reason
from ntm_desktop.sync.errors import reject

MAX_INT = 2**53
MAX_DEPTH = 32
MAX_NUMBER_CHARS = 40


class _Bad(Exception):
    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code = code
        self.detail = detail


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Bad("bad_number", text[:20] + "…")
    value = int(text)
    if abs(value) > MAX_INT:
        raise _Bad("bad_number", text)
    return value


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Bad("bad_number", text[:20] + "…")
    value = float(text)
    if math.isinf(value) or math.isnan(value):
        raise _Bad("bad_number", text)
    return value


def _constant(name: str) -> Any:
    raise _Bad("bad_number", name)


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _Bad("bad_json", f"khóa “{k}” lặp lại")
        out[k] = v
    return out


def _depth(obj: Any, level: int = 0) -> None:
    if level > MAX_DEPTH:
        raise _Bad("bad_json", "lồng quá sâu")
    if isinstance(obj, dict):
        for v in obj.values():
            if isinstance(v, (dict, list)):
                _depth(v, level + 1)
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, (dict, list)):
                _depth(v, level + 1)


# One decoder for every document: building a JSONDecoder per call (what ``json.loads`` does
# when given hooks) dominated the cost of reading a 100,000-line ``changes.jsonl``.
_DECODER = json.JSONDecoder(parse_int=_parse_int, parse_float=_parse_float,
                            parse_constant=_constant, object_pairs_hook=_pairs)


# a JSON escape of a surrogate code point (U+D800–U+DFFF); paired ones decode to one character
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogate(obj: Any) -> str | None:
    """The first string (key or value) that cannot be encoded as UTF-8, shortened."""
    stack = [obj]
    while stack:
        x = stack.pop()
        items = (list(x.keys()) + list(x.values())) if isinstance(x, dict) else \
            x if isinstance(x, list) else [x]
        for v in items:
            if isinstance(v, str):
                try:
                    v.encode("utf-8")
                except UnicodeEncodeError:
                    return v.encode("utf-8", "backslashreplace").decode("ascii", "replace")[:40]
            elif isinstance(v, (dict, list)):
                stack.append(v)
    return None


def _decode_text(text: str, member: str, line: int | None = None) -> Any:
    try:
        obj = _DECODER.decode(text)
        # "\ud800" alone decodes to a string no UTF-8 writer (SQLite, files, terminals) accepts
        if _SURROGATE_ESCAPE.search(text):
            bad = _lone_surrogate(obj)
            if bad is not None:
                where = f"dòng {line}: " if line is not None else ""
                raise _Bad("bad_text", where + bad)
        # nesting depth cannot exceed the number of opening brackets (those inside strings only
        # make the bound looser), so the walk is needed only when there are more than MAX_DEPTH
        if text.count("{") + text.count("[") > MAX_DEPTH:
            _depth(obj)
    except _Bad as exc:
        raise reject(exc.code, member, exc.detail) from None
    except RecursionError:
        raise reject("bad_json", member, "lồng quá sâu") from None
    except json.JSONDecodeError as exc:
        where = exc.lineno if line is None else line
        raise reject("bad_json", member,
                     f"dòng {where}, cột {exc.colno}: {json_error_reason(exc)}") from None
    except ValueError as exc:  # e.g. int conversion limits
        raise reject("bad_number", member, str(exc)[:80]) from None
    return obj


def _text(data: bytes, member: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise reject("bad_encoding", member) from None
    if text.startswith("\ufeff"):
        raise reject("bad_json", member, "có BOM ở đầu tệp")
    return text


def loads(data: bytes, member: str) -> Any:
    """Decode one JSON document from ``data`` (the bytes of package member ``member``)."""
    return _decode_text(_text(data, member), member)


def loads_lines(data: bytes, member: str) -> list[tuple[int, Any]]:
    """Decode JSON Lines: ``[(line number, document), …]``. ``data`` must be empty or end with
    a newline (checked by the caller); every line is one document with the rules above."""
    if not data:
        return []
    text = _text(data, member)
    return [(i, _decode_text(line, member, i))
            for i, line in enumerate(text.split("\n")[:-1], start=1)]


def loads_line(line: bytes, member: str, number: int) -> Any:
    """Decode line ``number`` (1-based, without its newline) of a JSON Lines member read in
    pieces: the same rules as :func:`loads_lines` applied to one line (a BOM is refused at the
    start of the member, that is of line 1)."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise reject("bad_encoding", member) from None
    if number == 1 and text.startswith("\ufeff"):
        raise reject("bad_json", member, "có BOM ở đầu tệp")
    return _decode_text(text, member, number)
