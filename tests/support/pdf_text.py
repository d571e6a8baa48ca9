"""Reading generated PDFs back as text (pdftotext / pypdf), shared by the dossier tests."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

HAVE_POPPLER = shutil.which("pdftotext") is not None


def pdftext(path: Path, first: int | None = None, last: int | None = None) -> str:
    """Text of a PDF (pdftotext, reading order), whitespace collapsed."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    out = subprocess.run([*args, str(path), "-"], check=True, capture_output=True).stdout
    return " ".join(out.decode("utf-8").split())


def page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]


def is_nfc(text: str) -> bool:
    return unicodedata.normalize("NFC", text) == text
