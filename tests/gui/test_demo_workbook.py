"""The demo commune is never mistaken for real data: it has a throwaway key of its own, its
packages say they are demo data and an appraiser hub refuses them; a real commune's key is made
for that commune and never shared with the demo or another commune."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ntm_desktop.paths import AppPaths
from ntm_desktop.services import keys as keys_svc
from ntm_desktop.services import packages as packages_svc
from ntm_desktop.services.workspace import create_commune_workbook, create_demo_workbook
from ntm_desktop.store.demo import is_demo
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.workbook import Workbook
from ntm_desktop.sync import importer
from ntm_desktop.sync.keys import KeyStore

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
    assert demo_card["name"] == "Xã Bắc Sơn (xã mẫu — khóa thử)"  # its card says so


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


# ----------------------------------------------------------------------------- in the window
@pytest.fixture
def window(qtbot, app_paths: AppPaths):
    from ntm_desktop.gui.main_window import MainWindow, open_settings
    own = Workbook.open(_real(app_paths, "08707", "Phường Vĩnh Yên").rename(
        app_paths.workbook))
    w = MainWindow(app_paths, workbook=own, settings=open_settings(app_paths.data_dir))
    qtbot.addWidget(w)
    w.resize(1256, 655)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.tasks.wait(10000)
    if w.ctx.workbook is not None:
        w.ctx.workbook.close()


def _file_action(window, name: str):
    from PySide6.QtGui import QAction
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_demo_is_marked_and_the_file_menu_leads_back_to_my_commune(qtbot, window,
                                                                    app_paths) -> None:
    own_path = app_paths.workbook
    assert not window.demo_banner.isVisible()
    assert "XÃ MẪU" not in window.windowTitle()
    _file_action(window, "actionDemo").trigger()
    qtbot.waitUntil(lambda: window.is_demo(), timeout=20000)
    assert window.demo_banner.isVisible() and "XÃ MẪU" in window.demo_label.text()
    assert window.windowTitle().startswith("XÃ MẪU (số liệu thử)")
    assert window.demo_own_button.text() == "Mở sổ của xã tôi"
    # the File menu offers my own workbook and lists both as recent workbooks
    window._update_file_actions()
    assert _file_action(window, "actionOpenOwn").isEnabled()
    assert not _file_action(window, "actionSetup").isEnabled()  # my commune exists already
    window._fill_recent_menu()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert labels[0].startswith("Xã mẫu (số liệu thử): Xã Bắc Sơn")
    assert labels[1] == "Phường Vĩnh Yên (08707)"
    qtbot.mouseClick(window.demo_own_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_demo(), timeout=15000)
    assert Path(window.ctx.workbook.path) == own_path
    assert not window.demo_banner.isVisible() and "Vĩnh Yên" in window.windowTitle()
    # the demo workbook was closed cleanly when it was left: nothing waits in its WAL
    wal = app_paths.data_dir / "demo.ntm.sqlite-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    # and back to the demo through the recent list
    window._fill_recent_menu()
    demo_entry = next(a for a in window.recent_menu.actions() if "Bắc Sơn" in a.text())
    demo_entry.trigger()
    qtbot.waitUntil(lambda: window.is_demo(), timeout=15000)


def test_setup_wizard_can_be_started_again(qtbot, app_paths) -> None:
    from ntm_desktop.gui.main_window import MainWindow, open_settings
    from ntm_desktop.gui.wizard import FirstRunWizard
    demo = Workbook.open(create_demo_workbook(app_paths.data_dir / "demo.ntm.sqlite"))
    w = MainWindow(app_paths, workbook=demo, settings=open_settings(app_paths.data_dir))
    qtbot.addWidget(w)
    w.show()
    try:
        assert w.demo_own_button.text() == "Thiết lập xã của tôi…"
        w._update_file_actions()
        assert _file_action(w, "actionSetup").isEnabled()
        assert not _file_action(w, "actionOpenOwn").isEnabled()
        qtbot.mouseClick(w.demo_own_button, Qt.MouseButton.LeftButton)
        wizard = w.setup_wizard
        assert isinstance(wizard, FirstRunWizard) and wizard.isVisible()
        assert wizard.width() >= 600 and wizard.height() >= 400
        wizard.reject()  # cancelled again: the demo stays open, and the menu still offers it
        assert w.is_demo()
        _file_action(w, "actionSetup").trigger()
        assert w.setup_wizard is not wizard and w.setup_wizard.isVisible()
        w.setup_wizard.reject()
    finally:
        w.tasks.wait(5000)
        demo.close()
