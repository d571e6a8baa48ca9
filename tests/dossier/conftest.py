from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import sample_commune  # noqa: E402

from ntm_desktop.dossier.fonts import register_fonts  # noqa: E402

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


@pytest.fixture(scope="module")
def fonts():
    return register_fonts()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample commune workbook (module scope: built once)."""
    d = tmp_path_factory.mktemp("commune")
    wb = sample_commune.build(d / "workbook.ntm.sqlite")
    yield wb
    wb.close()


@pytest.fixture(scope="module")
def dossier(sample, fonts, tmp_path_factory):
    """(data, info, pdf path) for the full dossier printed with invariant=True."""
    from ntm_desktop.dossier.compose import build_dossier
    from ntm_desktop.dossier.data import collect
    data = collect(sample, sample_commune.YEAR)
    out = tmp_path_factory.mktemp("pdf") / "dossier.pdf"
    info = build_dossier(data, out, fonts=fonts, invariant=True)
    return data, info, out
