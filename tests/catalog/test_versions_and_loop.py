"""The loop province → commune: the province publishes a group-2 overlay for qd51-2025, the
commune imports the signed package (Đồng bộ service and ``ntm import``), ``ntm status`` computes
with it and cites the decision; every version is kept and an approved (pinned) year keeps the
version it was approved with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from province_helpers import CITE, group2_draft

from ntm_desktop.cli import main
from ntm_desktop.core.catalog import load_catalog
from ntm_desktop.core.errors import CatalogError
from ntm_desktop.services import catalog_editor as ce
from ntm_desktop.services import packages
from ntm_desktop.store import evaluation_service as es
from ntm_desktop.store.assessment import set_assessment

NATIONAL = load_catalog("qd51-2025").version  # the shipped set's version


def publish(province, tmp_path: Path, draft=None) -> Path:
    r = ce.publish(province.paths.hub, province.paths.keys, draft or group2_draft(), tmp_path)
    return Path(r["file"])


def run_cli(capsys, *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out + err


def test_commune_imports_the_package_and_status_cites_the_decision(province, commune, tmp_path,
                                                                   capsys):
    pkg_file = publish(province, tmp_path)
    wb = commune.wb
    before = es.evaluate(wb, 2026)
    assert before.indicator("2.1").kind == "boolean" and not before.indicator("2.1").verified
    result = packages.import_packages(wb.path, commune.paths, [pkg_file])
    (o,) = result.outcomes
    assert o.status == "applied" and o.kind == "catalog"
    assert o.details["catalog"] == {"id": "mau-qd51-2025", "version": "1.0.0",
                                    "title": "Bộ tiêu chí xã nông thôn mới tỉnh Mẫu giai đoạn "
                                             "2026-2030", "legal_basis": CITE}
    assert CITE in o.message and "phiên bản 1.0.0" in o.message
    assert any(e["entity"] == "commune" for e in result.entries)  # pages reload
    history = packages.package_history(wb)
    assert history[0]["kind"] == "catalog" and history[0]["status"] == "applied"

    with wb.atomic():
        catalog = es.catalog_for(wb, 2026)
        set_assessment(wb, "2.1", 2026, {"value": 86}, catalog=catalog)
        set_assessment(wb, "2.2", 2026, {"value": 1}, catalog=catalog)
        set_assessment(wb, "2.3", 2026, {"value": 0}, catalog=catalog)
    rep = es.status_report(wb, 2026)
    crit2 = next(c for c in rep["criteria"] if c["code"] == "2")
    road = next(i for i in crit2["indicators"] if i["code"] == "2.1")
    assert road["threshold"]["value"] == 85.5 and road["threshold"]["dimension_value"] == "N2"
    assert (road["status"], road["verified"], road["legal_basis"]) == ("dat", True, CITE)
    assert crit2["status"] == "dat"
    assert rep["catalog"]["overlays"] == ["mau-qd51-2025@1.0.0"]
    assert rep["catalog"]["decisions"] == [CITE]
    assert "2.1" not in rep["unverified"]

    # the same through the command line, as a commune officer runs it
    wb.close()
    rc, out = run_cli(capsys, "status", "--year", "2026", "--data-dir",
                      str(commune.paths.data_dir))
    assert rc == 0
    assert f"Mức đạt chuẩn của tỉnh: căn cứ {CITE}" in out.splitlines()[2]
    line = next(x for x in out.splitlines() if x.strip().startswith("2.1:"))
    assert "≥ 85,5" in line and f"(căn cứ {CITE})" in line and "Đạt" in line
    assert "chưa xác minh" not in line
    rc, out = run_cli(capsys, "status", "--year", "2026", "--json", "--data-dir",
                      str(commune.paths.data_dir))
    data = json.loads(out)
    assert data["met_count"] == 1 and data["catalog"]["sha256"]


def test_cli_import_names_the_catalog(province, commune, tmp_path, capsys):
    pkg_file = publish(province, tmp_path)
    commune.wb.close()
    rc, out = run_cli(capsys, "import", str(pkg_file), "--data-dir", str(commune.paths.data_dir))
    assert rc == 0 and "Đã nhận bộ tiêu chí của tỉnh" in out and CITE in out
    rc, out = run_cli(capsys, "import", str(pkg_file), "--data-dir", str(commune.paths.data_dir))
    assert rc == 0 and "[ĐÃ CÓ]" in out  # a second import changes nothing


def test_a_pinned_year_keeps_its_version(province, commune, tmp_path):
    wb = commune.wb
    packages.import_packages(wb.path, commune.paths, [publish(province, tmp_path)])
    with wb.atomic():
        for year in (2026, 2027):
            set_assessment(wb, "2.1", year, {"value": 88}, catalog=es.catalog_for(wb, year))
    assert es.evaluate(wb, 2026).indicator("2.1").status == "dat"
    pin = es.pin_catalog(wb, 2026)  # the year is approved
    assert pin["overlay_version"] == "1.0.0"
    assert es.pin_catalog(wb, 2026) == pin  # the first pin stays

    with province.hub() as hub:
        d2 = ce.open_draft(hub, "qd51-2025")
        ce.set_header(d2, "version", ce.next_version(hub, d2.id))
    ce.set_field(d2, "2.1", "level.N2", "90")
    out = tmp_path / "v2"
    out.mkdir()
    r = packages.import_packages(wb.path, commune.paths, [publish(province, out, d2)])
    assert r.outcomes[0].status == "applied"
    assert sorted(v for _, v in es.overlay_versions(wb)) == ["1.0.0", "1.1.0"]

    approved, later = es.evaluate(wb, 2026), es.evaluate(wb, 2027)
    assert approved.indicator("2.1").threshold.value == 85.5
    assert approved.indicator("2.1").status == "dat"
    assert approved.overlays == ("mau-qd51-2025@1.0.0",)
    assert later.indicator("2.1").threshold.value == 90
    assert later.indicator("2.1").status == "chua_dat"
    assert later.overlays == ("mau-qd51-2025@1.1.0",)
    v2026, v2027 = es.catalog_version_for(wb, 2026), es.catalog_version_for(wb, 2027)
    assert (v2026["overlay_version"], v2026["pinned"]) == ("1.0.0", True)
    assert (v2027["overlay_version"], v2027["pinned"]) == ("1.1.0", False)
    assert v2026["sha256"] != v2027["sha256"]
    # the dossier of the approved year prints with its catalog, recorded in the PDF's metadata
    from pypdf import PdfReader

    from ntm_desktop.services.dossier import build_dossier_pdf
    pdfs = {}
    for year in (2026, 2027):
        pdfs[year] = tmp_path / f"hoso-{year}.pdf"
        r = build_dossier_pdf(wb.path, year, pdfs[year], draft=True)
        assert r["catalog"].startswith(f"qd51-2025 {NATIONAL} + mau-qd51-2025")
    keywords = {y: PdfReader(p).metadata["/Keywords"] for y, p in pdfs.items()}
    assert keywords == {2026: f"Bộ tiêu chí: qd51-2025 {NATIONAL} + mau-qd51-2025 1.0.0",
                        2027: f"Bộ tiêu chí: qd51-2025 {NATIONAL} + mau-qd51-2025 1.1.0"}


def test_pinned_version_missing_is_a_clear_error(commune):
    wb = commune.wb
    with wb.atomic():
        wb.set_meta("catalog_pin:2026", json.dumps({"criteria_set": "qd51-2025",
                                                    "overlay_id": "khong-co",
                                                    "overlay_version": "1.0.0"}))
    with pytest.raises(CatalogError) as exc:
        es.evaluate(wb, 2026)
    assert "khong-co" in exc.value.message


def test_an_older_version_does_not_replace_the_newest(province, commune, tmp_path):
    wb = commune.wb
    d = group2_draft()
    doc1 = ce.to_overlay(d)
    d.version = "1.1.0"
    ce.set_field(d, "2.1", "level.N2", "90")
    doc2 = ce.to_overlay(d)
    es.install_overlay(wb, doc2)
    es.install_overlay(wb, doc1)  # e.g. an old file installed by hand
    assert es.installed_overlays(wb)["mau-qd51-2025"]["version"] == "1.1.0"
    assert es.evaluate(wb, 2026).indicator("2.1").threshold.value == 90


def test_hub_replicas_get_the_published_versions(province, commune, tmp_path):
    """After publishing, the hub evaluates a commune that uses the overlay (its replica holds
    the versions), so the appraiser's figures match the commune's."""
    from ntm_desktop.sync import exporter, importer
    from ntm_desktop.sync.keys import KeyStore, read_card
    wb = commune.wb
    packages.import_packages(wb.path, commune.paths, [publish(province, tmp_path)])
    cks = KeyStore(commune.paths.keys)
    with province.hub() as hub:
        hub.trust_add(read_card(json.dumps(cks.card()).encode()))
        exporter.export_commune(wb, cks, cks.load(None), tmp_path / "xa.ntmpkg", full=True)
        (o,) = importer.import_files([tmp_path / "xa.ntmpkg"], importer.HubReceiver(
            hub, KeyStore(province.paths.keys), tmp_path / "q"))
        assert o.status == "applied"
        assert ce.share_with_replicas(hub) == 1
        replica = hub.replica("10001")
        assert es.evaluate(replica, 2026).overlays == ("mau-qd51-2025@1.0.0",)
        assert ce.share_with_replicas(hub) == 0  # nothing new
        # the hub approves 2026: a later version leaves that year alone at the hub too
        assert ce.pin_approved_year(hub, "10001", 2026)["overlay_version"] == "1.0.0"
        d2 = ce.open_draft(hub, "qd51-2025")
        ce.set_header(d2, "version", ce.next_version(hub, d2.id))
    ce.set_field(d2, "2.1", "level.N2", "90")
    out = tmp_path / "v2"
    out.mkdir()
    publish(province, out, d2)
    packages.import_packages(wb.path, commune.paths, [next(out.glob("*.ntmpkg"))])
    with province.hub() as hub:
        replica = hub.replica("10001")
        assert es.evaluate(replica, 2026).overlays == ("mau-qd51-2025@1.0.0",)
        assert sorted(v for _, v in es.overlay_versions(replica)) == ["1.0.0", "1.1.0"]


def test_a_signed_overlay_that_does_not_fit_the_set_changes_nothing(province, commune,
                                                                    tmp_path):
    """Signed by the province, valid on its own, but naming an indicator the national set does
    not have: refused whole, kept in quarantine, the commune keeps its catalog."""
    from ntm_desktop.sync import exporter
    from ntm_desktop.sync.keys import KeyStore
    doc = ce.to_overlay(group2_draft())
    doc["override"] = [{"code": "9.9", "verified": True}]
    ks = KeyStore(province.paths.keys)
    with province.hub() as hub:
        exporter.export_catalog(hub, ks, ks.load(None), ce.overlay_bytes(doc),
                                tmp_path / "sai.ntmpkg")
    wb = commune.wb
    before = es.catalog_for(wb, 2026).sha256
    result = packages.import_packages(wb.path, commune.paths, [tmp_path / "sai.ntmpkg"])
    (o,) = result.outcomes
    assert o.status == "rejected" and o.quarantine and "9.9" in o.message
    assert es.installed_overlays(wb) == {} and es.catalog_for(wb, 2026).sha256 == before
    assert (wb.commune() or {}).get("overlay_id") is None


def test_hub_import_gives_new_replicas_the_published_criteria(province, commune, tmp_path,
                                                              capsys):
    """``ntm import`` at the hub: a commune that uses the province's overlay is evaluated with
    it there too (``ntm status --workbook <replica>`` would otherwise not find the overlay)."""
    from ntm_desktop.sync import exporter
    from ntm_desktop.sync.keys import KeyStore, read_card
    wb = commune.wb
    packages.import_packages(wb.path, commune.paths, [publish(province, tmp_path)])
    cks = KeyStore(commune.paths.keys)
    with province.hub() as hub:
        hub.trust_add(read_card(json.dumps(cks.card()).encode()))
    exporter.export_commune(wb, cks, cks.load(None), tmp_path / "xa.ntmpkg", full=True)
    rc, out = run_cli(capsys, "import", str(tmp_path / "xa.ntmpkg"), "--data-dir",
                      str(province.paths.data_dir))
    assert rc == 0 and "[ĐÃ NHẬP]" in out, out
    with province.hub() as hub:
        replica = hub.replica("10001")
        assert es.evaluate(replica, 2026).indicator("2.1").threshold.value == 85.5
