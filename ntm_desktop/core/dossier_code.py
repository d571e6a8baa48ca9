"""The code that ties a printed dossier to the signed sync package it was printed from.

Printed in every page footer and in the QR code of the last page; ``ntm verify PKG
--dossier-code CODE`` recomputes it from the package file.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

PATTERN = re.compile(r"^NTM-(\d{5})-([0-9A-F]{16})$")


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def dossier_code(commune_code: str, package_sha256: str) -> str:
    """"NTM-<5-digit commune code>-<first 16 hex digits of the package SHA-256, upper case>"."""
    return f"NTM-{commune_code}-{package_sha256[:16].upper()}"


def matches(code: str, commune_code: str, package_sha256: str) -> bool:
    return code.strip().upper() == dossier_code(commune_code, package_sha256).upper()


def qr_payload(commune_code: str, package_sha256: str, key_fingerprint: str) -> str:
    """Text held by the QR code on the dossier's last page."""
    return (f"NTMDOSSIER:1;code={dossier_code(commune_code, package_sha256)};"
            f"pkg_sha256={package_sha256};key={key_fingerprint}")
