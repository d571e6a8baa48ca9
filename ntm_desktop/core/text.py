"""Vietnamese text helpers: NFC normalisation and accent-insensitive matching."""

from __future__ import annotations

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
