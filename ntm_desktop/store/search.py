"""Accent-insensitive search in SQL: one rule for every list (CLI, GUI, exports).

A search text and the stored text are both folded by :func:`ntm_desktop.core.text.fold`
(NFC/NFD alike, accents and case removed, đ → d, spaces collapsed), so "luong thi thuy",
"Lương Thị Thủy" typed NFC and the same name typed NFD find the same rows. The fold runs inside
SQLite as the function ``ntm_fold(text)``, registered on the connection by
:func:`install_fold`, so filtering, counting and paging stay in SQL. The GUI's filter proxies
call the same :func:`~ntm_desktop.core.text.fold` on the rows they hold.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Sequence
from typing import Any

from ntm_desktop.core.text import fold

FOLD_FUNCTION = "ntm_fold"


def _fold_sql(value: Any) -> str:
    return fold(value) if isinstance(value, str) else ""


def install_fold(conn: sqlite3.Connection) -> None:
    """Register ``ntm_fold(text)`` on ``conn`` (idempotent; cheap to call before each query)."""
    conn.create_function(FOLD_FUNCTION, 1, _fold_sql, deterministic=True)


def like_pattern(text: str | None) -> str | None:
    """The ``LIKE … ESCAPE '\\'`` pattern matching the folded ``text`` anywhere; ``None`` when the
    text folds to nothing (an empty or blank search matches every row)."""
    key = fold(text or "")
    if not key:
        return None
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fold_match(columns: Sequence[str], text: str | None) -> tuple[str | None, list[Any]]:
    """SQL condition true when the folded ``text`` occurs in any of ``columns`` (SQL expressions),
    with its parameters; ``(None, [])`` for an empty search. Call :func:`install_fold` on the
    connection that runs it."""
    pattern = like_pattern(text)
    if pattern is None:
        return None, []
    parts = [f"{FOLD_FUNCTION}({c}) LIKE ? ESCAPE '\\'" for c in columns]
    return "(" + " OR ".join(parts) + ")", [pattern] * len(columns)


#: the marks Vietnamese writes on a letter: the five tones and the shapes of ă, â/ê/ô, ơ/ư
_VI_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b")


def _variants() -> dict[str, str]:
    """Every letter of Vietnamese writing that folds to each ASCII letter, both cases:
    "a" → "aAàÀáÁ…ậẬ" (36), "d" → "dDđĐ", "b" → "bB". Short classes keep GLOB fast."""
    out: dict[str, list[str]] = {}
    for code in (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250),
                 *range(0x1E00, 0x1F00)):
        ch = chr(code)
        key = fold(ch)
        marks = unicodedata.normalize("NFD", ch)[1:]
        if len(key) == 1 and key.isascii() and key.isalpha() and (
                not marks or ch in "đĐ" or (key in "aeiouy" and set(marks) <= _VI_MARKS)):
            out.setdefault(key, []).append(ch)
    return {k: "".join(v) for k, v in out.items()}


_VARIANTS: dict[str, str] | None = None


def glob_pattern(text: str | None) -> str | None:
    """A ``GLOB`` pattern matching the folded ``text`` anywhere in NFC text, accents and case
    aside: "luong" → ``*[lL…][uUùÙ…ựỰ][oO…][nN…][gG…]*``. The same rule as :func:`fold`, but the
    matching runs in SQLite's own code (no Python call per row), for long scans such as the
    journal. ``None`` when the text folds to nothing."""
    global _VARIANTS
    key = fold(text or "")
    if not key:
        return None
    if _VARIANTS is None:
        _VARIANTS = _variants()
    parts = []
    for ch in key:
        if ch in _VARIANTS:
            parts.append(f"[{_VARIANTS[ch]}]")
        elif ch in "*?[]":
            parts.append(f"[{ch}]")
        else:
            parts.append(ch)
    return "*" + "".join(parts) + "*"
