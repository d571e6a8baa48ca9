"""Vietnamese text helpers: NFC normalisation and accent-insensitive matching."""

from __future__ import annotations

import re
import unicodedata
from typing import Any


def nfc(value: Any) -> Any:
    """Return ``value`` NFC-normalised when it is a string; other values unchanged."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


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


# Vietnamese dictionary order (a ă â b c d đ e ê …, tones after letters), numbers by value
VI_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_RANK = {ch: i for i, ch in enumerate(VI_ALPHABET)}
# tones in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_SHAPES = {("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê",
           ("o", "\u0302"): "ô", ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư"}
_DIGITS = re.compile(r"\d+")



def vi_sort_key(text: str | None) -> str:
    """A string that sorts like a Vietnamese dictionary, with numbers by value ("nhánh 76"
    before "nhánh 126"): used by the GUI's tables and the ledger's SQL collation."""
    primary: list[str] = []
    tones: list[str] = []
    chars = unicodedata.normalize("NFD", (text or "").casefold())
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch.isdigit():
            run = _DIGITS.match(chars, i)
            digits = run.group() if run else ch
            primary.append("\u3000" + digits.lstrip("0").rjust(20, "0"))
            i += len(digits)
            continue
        i += 1
        tone = "0"
        while i < len(chars) and unicodedata.combining(chars[i]):
            mark = chars[i]
            ch = _SHAPES.get((ch, mark), ch)
            tone = _TONES.get(mark, tone)
            i += 1
        if ch in _RANK:
            primary.append(chr(0x4000 + _RANK[ch]))
            tones.append(tone)
        elif ch.isalpha():
            primary.append(chr(0x4100) + ch)
        elif ch.isspace():
            primary.append("\u1000")
        else:
            primary.append(chr(0x2000) + ch)
    return "".join(primary) + "\u0001" + "".join(tones)
