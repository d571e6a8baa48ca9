"""The demo commune is never mistaken for real data: it has a throwaway key of its own, its
packages say they are demo data and an appraiser hub refuses them; a real commune's key is made
for that commune and never shared with the demo or another commune."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ntm_desktop.paths import AppPaths
from ntm_desktop.services import keys as keys_svc
from ntm_desktop.services import packages as packages_svc
from ntm_desktop.services.workspace import create_commune_workbook, create_demo_workbook
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.workbook import Workbook
from ntm_desktop.sync import importer
from ntm_desktop.sync.keys import KeyStore
from ntm_desktop.sync.workspace import is_demo

DEMO_CODE = "06325"


def _real(paths: AppPaths, code: str = "08707", name: str = "Phường Vĩnh Yên") -> Path:
    return create_commune_workbook(paths.data_dir / f"{code}.ntm.sqlite", {
        "code": code, "name": name, "province_code": "26", "province_name": "Phú Thọ",
        "criteria_set": "qd318-2022", "region": "DBSH"})


def _manifest(package: Path) -> dict:
    with zipfile.ZipFile(package) as zf:
        return json.loads(zf.read("manifest.json"))


def _card(paths: AppPaths, path: Path) -> dict:
    with Workbook.open(path) as wb:
        return keys_svc.key_card(paths, wb)


def test_demo_and_real_commune_never_share_a_key(app_paths: AppPaths) -> None:
    demo = create_demo_workbook(app_paths.data_dir / "demo.ntm.sqlite")
    with Workbook.open(demo) as wb:
        assert is_demo(wb) and wb.commune()["code"] == DEMO_CODE
    demo_card = _card(app_paths, demo)  # the demo is opened first, as on a fresh machine
    real_card = _card(app_paths, _real(app_paths))
    other_card = _card(app_paths, _real(app_paths, "08710", "Xã Thanh Trù"))
    assert demo_card["commune_code"] == DEMO_CODE and real_card["commune_code"] == "08707"
    assert other_card["commune_code"] == "08710"
    fingerprints = {demo_card["fingerprint"], real_card["fingerprint"],
                    other_card["fingerprint"]}
    assert len(fingerprints) == 3
    # each key stays with its commune: asking again gives the same key, in the other order too
    assert _card(app_paths, app_paths.data_dir / "08707.ntm.sqlite") == real_card
    assert _card(app_paths, demo) == demo_card
    assert KeyStore(app_paths.keys / "demo").identity()["demo"] is True
    assert KeyStore(app_paths.keys).identity()["commune_code"] == "08707"


def test_real_key_first_then_demo_gets_its_own(app_paths: AppPaths) -> None:
    real_card = _card(app_paths, _real(app_paths))
    demo = create_demo_workbook(app_paths.data_dir / "demo.ntm.sqlite")
    demo_card = _card(app_paths, demo)
    assert demo_card["fingerprint"] != real_card["fingerprint"]
    assert demo_card["name"].startswith("Xã Bắc Sơn")


def _hub_trusting(tmp_path: Path, card: dict) -> tuple[Hub, KeyStore]:
    hks = KeyStore(tmp_path / "hub" / "keys")
    hks.generate(role="appraiser", name="Sở Nông nghiệp và Môi trường", level="province")
    hub = Hub.open(tmp_path / "hub" / "hub.ntm.sqlite", create=True, name="Sở NN&MT",
                   level="province")
    hub.trust_add(card)
    return hub, hks


def test_a_package_exported_from_the_demo_is_refused_by_a_hub(app_paths: AppPaths,
                                                               tmp_path: Path) -> None:
    demo = create_demo_workbook(app_paths.data_dir / "demo.ntm.sqlite")
    card = _card(app_paths, demo)
    out = tmp_path / "usb"
    out.mkdir()
    r = packages_svc.export_package(demo, app_paths, out)
    manifest = _manifest(Path(r["file"]))
    assert manifest["demo"] is True and manifest["sender"]["key_id"] == card["key_id"]
    hub, hks = _hub_trusting(tmp_path, card)  # even a hub that trusts the demo key
    try:
        [o] = importer.import_files([Path(r["file"])],
                                    importer.HubReceiver(hub, hks, tmp_path / "q"))
    finally:
        hub.close()
    assert o.status == "rejected" and o.code == "demo_package"
    assert "xã mẫu" in o.message


def test_a_real_communes_package_is_not_marked_demo(app_paths: AppPaths, tmp_path: Path) -> None:
    real = _real(app_paths)
    card = _card(app_paths, real)
    r = packages_svc.export_package(real, app_paths, tmp_path)
    manifest = _manifest(Path(r["file"]))
    assert "demo" not in manifest and manifest["sender"]["key_id"] == card["key_id"]
    hub, hks = _hub_trusting(tmp_path, card)
    try:
        [o] = importer.import_files([Path(r["file"])],
                                    importer.HubReceiver(hub, hks, tmp_path / "q"))
    finally:
        hub.close()
    assert o.status == "applied", (o.code, o.message)
