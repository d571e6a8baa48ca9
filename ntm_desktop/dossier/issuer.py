"""Who issues an appraiser's report: the place in the date line, the signature block for the
issuing body, and the commune's name inside a sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ntm_desktop.dossier.template import issuer_bodies, nfc

#: the levels a province or district is named with ("tỉnh Lào Cai", "thành phố Hà Nội")
UNIT_LEVELS = ("tỉnh", "thành phố", "huyện", "thị xã", "quận")
_PLACE = re.compile(r"(?:^|\s)(?:" + "|".join(UNIT_LEVELS) + r")\s+(.+)$", re.IGNORECASE)


def place_from(text: str | None, *, bare: bool = False) -> str | None:
    """The place name for "…, ngày … tháng … năm …" from a body or unit name that names its
    level: "TỈNH LẠNG SƠN" → "Lạng Sơn", "Sở Nông nghiệp và Môi trường tỉnh Lào Cai" →
    "Lào Cai"; a name without a level word gives None unless ``bare`` (a province field)."""
    if not text:
        return None
    t = nfc(text).strip()
    m = _PLACE.search(t)
    if m:
        t = m.group(1)
    elif not bare:
        return None
    t = t.strip(" ,.…")
    if not any(ch.isalpha() for ch in t):
        return None
    return t.title() if t.isupper() else t


def signer_for(issuer_lines: Sequence[str]) -> tuple[str | None, str]:
    """(authority, title) of the signature block for the issuing body (the lowest issuer line
    that names one): a People's Committee signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", a department
    "GIÁM ĐỐC", an office "TRƯỞNG PHÒNG"; any other body "THỦ TRƯỞNG CƠ QUAN"."""
    for line in reversed(list(issuer_lines)):
        body = nfc(line).strip().upper()
        if body.startswith(("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND")):
            return "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
        for prefix, title in _BODIES:
            if body.startswith(prefix):
                return None, title
    return None, "THỦ TRƯỞNG CƠ QUAN"


_BODIES = (("SỞ", "GIÁM ĐỐC"), ("PHÒNG", "TRƯỞNG PHÒNG"), ("VĂN PHÒNG", "CHÁNH VĂN PHÒNG"),
           ("BAN", "TRƯỞNG BAN"), ("HỘI ĐỒNG", "CHỦ TỊCH HỘI ĐỒNG"))


def xa_phrase(name: str) -> str:
    """The commune inside a sentence: "Bắc Sơn" and "Xã Bắc Sơn" → "xã Bắc Sơn"."""
    n = nfc(name).strip()
    if n[:3].lower() == "xã ":
        n = n[3:].strip()
    return f"xã {n}"


def unit_phrase(name: str | None, default_level: str) -> str | None:
    """A province or district inside a sentence, with its level in lower case: "Tuyên Quang"
    → "tỉnh Tuyên Quang", "Thành phố Hà Nội" → "thành phố Hà Nội", "huyện Bảo Thắng" stays
    (``default_level``: "tỉnh" or "huyện", for a bare name)."""
    if not name:
        return None
    n = nfc(name).strip()
    for level in UNIT_LEVELS:
        if n[:len(level) + 1].lower() == level + " ":
            return f"{level} {n[len(level) + 1:].strip()}"
    return f"{default_level} {n}"


def number_line(number: str | None, symbol: str) -> str:
    """"Số: 88/BC-UBND"; a number given with its own symbol ("88/BC-SNNMT") is kept whole."""
    n = nfc(number or "").strip()
    if "/" in n:
        return f"Số: {n}"
    return f"Số: {n or '…'}/{symbol}"


def place_of(issuer_lines: Sequence[str]) -> str | None:
    """The place of the date line from the issuing bodies: the first body that names its level
    ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN/SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" → "Lạng Sơn") — the place
    only, never the rest of the name."""
    for body in issuer_bodies(issuer_lines):
        place = place_from(body)
        if place:
            return place
    return None


def symbol_for(issuer_lines: Sequence[str]) -> str:
    """The issuer's part of a document symbol (NĐ 30/2020): a People's Committee "UBND", a
    department the initials of its name ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" → "SNNMT"), an office
    likewise ("PHÒNG KINH TẾ" → "PKT"); "VÀ" and the place name are left out."""
    bodies = issuer_bodies(issuer_lines)
    body = bodies[-1] if bodies else ""
    if body.startswith(("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND")) or not body:
        return "UBND"
    letters = []
    for word in body.split():
        if word in ("VÀ", "-", "–"):
            continue
        if word in ("TỈNH", "HUYỆN", "XÃ", "THÀNH", "QUẬN", "THỊ"):
            break
        if "&" in word:      # an abbreviated name ("SỞ NN&MT LÀO CAI"): its letters, then stop
            letters += [c for c in word if c.isalpha()]
            break
        letters.append(word[0])
    return "".join(letters) or "UBND"
