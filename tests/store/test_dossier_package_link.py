"""A dossier printed from the app is tied to the last package sent when that package holds the
current data (the paper can then be checked with ``ntm verify --dossier-code``)."""

from __future__ import annotations

from ntm_desktop.core.dossier_code import dossier_code, package_sha256
from ntm_desktop.paths import AppPaths
from ntm_desktop.services import dossier as dossier_svc
from ntm_desktop.services import packages as packages_svc
from ntm_desktop.store.commune import save_village
from ntm_desktop.store.workbook import Workbook


def test_dossier_links_to_the_package_holding_the_current_data(sample_wb, tmp_path):
    path = sample_wb.path
    paths = AppPaths(tmp_path / "data").ensure()
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    sample_wb.close()
    sent = packages_svc.export_package(path, paths, out_dir)
    pkg = out_dir / sent["file"] if "file" in sent else next(out_dir.glob("*.ntmpkg"))
    wb = Workbook.open(path)
    try:
        assert packages_svc.package_for_current_data(wb) == pkg
        commune_code = wb.commune()["code"]
    finally:
        wb.close()
    info = dossier_svc.build_dossier_pdf(path, 2025, tmp_path / "a.pdf", draft=True)
    assert info["dossier_code"] == dossier_code(commune_code, package_sha256(pkg))

    wb = Workbook.open(path)  # a change after sending: the paper no longer matches the package
    try:
        save_village(wb, {"name": "Thôn Mới Lập"})
        assert packages_svc.package_for_current_data(wb) is None
    finally:
        wb.close()
    info = dossier_svc.build_dossier_pdf(path, 2025, tmp_path / "b.pdf", draft=True)
    assert info["dossier_code"] != dossier_code(commune_code, package_sha256(pkg))
