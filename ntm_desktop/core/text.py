"""Vietnamese text helpers: NFC normalisation and accent-insensitive matching."""

from __future__ import annotations

import unicodedata
from typing import Any


def nfc(value: Any) -> Any:
    """Return ``value`` NFC-normalised when it is a string; other values unchanged."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def nfc_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: nfc(v) for k, v in row.items()}


def fold(text: str) -> str:
    """Lower-case, strip diacritics (đ→d) for search: "Vĩnh Yên" → "vinh yen"."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return " ".join(text.lower().split())


# Characters that must not reach a terminal, a text file or a label unescaped when they come
# from outside (package member names, manifest values): C0/C1 controls (ESC starts terminal
# escape sequences, CR rewrites a line, BEL rings), DEL, bidirectional overrides, embeddings
# and isolates (U+202E makes "gpj.exe" read "exe.jpg"), other invisible format characters,
# line/paragraph separators, and lone surrogates (undecodable file names).
_BIDI_AND_FORMAT = frozenset("\u061c\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b"
                             "\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff")


def _needs_escape(c: str) -> bool:
    o = ord(c)
    return o < 0x20 or 0x7F <= o < 0xA0 or 0xD800 <= o <= 0xDFFF or c in _BIDI_AND_FORMAT


def escape_text(value: Any, *, keep_newlines: bool = False) -> str:
    """``value`` as text safe to show: every control, bidi or invisible format character,
    and every lone surrogate, is written as a visible escape (``\\x1b``, ``\\u202e``,
    ``\\udcfe``). Vietnamese letters and ordinary punctuation are unchanged. Used by the CLI,
    the reason files of the quarantine and the GUI for any text taken from a package."""
    text = value if isinstance(value, str) else str(value)
    if not any(_needs_escape(c) for c in text):
        return text
    out = []
    for c in text:
        if keep_newlines and c == "\n":
            out.append(c)
        elif _needs_escape(c):
            o = ord(c)
            out.append(f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}")
        else:
            out.append(c)
    return "".join(out)
