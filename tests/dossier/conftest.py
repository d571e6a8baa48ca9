from __future__ import annotations

import pytest
import sample_commune

from ntm_desktop.dossier.fonts import register_fonts


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
