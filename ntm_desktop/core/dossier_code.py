"""The code that ties a printed dossier to the signed sync package it was printed from.

Printed in every page footer and in the QR code of the last page; ``ntm verify PKG
--dossier-code CODE`` recomputes it from the package.

Rule (docs/sync-format.md §2): the code is made from the **package hash** — SHA-256 of the
exact bytes of the signed ``manifest.json`` (which lists the SHA-256 of every member) — not
from the bytes of the zip file. So one signed package has exactly one dossier code: the same
signed content re-wrapped in another zip (another compression, a ZIP64 form, bytes added
around it) has the same code, and the reader refuses every framing but the canonical one
anyway.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

PATTERN = re.compile(r"NTM-(\d{5})-([0-9A-F]{16})")  # use with fullmatch
MANIFEST = "manifest.json"
MAX_MANIFEST = 8 * 1024**2


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes (streamed). Not the dossier code's input: see
    :func:`package_sha256`."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def package_sha256(path: Path) -> str | None:
    """The package hash: SHA-256 of the signed ``manifest.json`` inside the package at
    ``path`` (None when it cannot be read). This does not check the signature — ``ntm verify``
    does."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(MANIFEST)
            if info.file_size > MAX_MANIFEST:
                return None
            with zf.open(info) as fh:
                data = fh.read(MAX_MANIFEST + 1)
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile, RuntimeError):
        return None
    if len(data) > MAX_MANIFEST:
        return None
    return hashlib.sha256(data).hexdigest()


def dossier_code(commune_code: str, package_sha256: str) -> str:
    """"NTM-<5-digit commune code>-<first 16 hex digits of the package hash, upper case>"."""
    return f"NTM-{commune_code}-{package_sha256[:16].upper()}"


def matches(code: str, commune_code: str, package_sha256: str) -> bool:
    return code.strip().upper() == dossier_code(commune_code, package_sha256).upper()


def qr_payload(commune_code: str, package_sha256: str, key_fingerprint: str) -> str:
    """Text held by the QR code on the dossier's last page (``pkg_sha256`` = package hash)."""
    return (f"NTMDOSSIER:1;code={dossier_code(commune_code, package_sha256)};"
            f"pkg_sha256={package_sha256};key={key_fingerprint}")
