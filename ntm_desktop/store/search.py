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
