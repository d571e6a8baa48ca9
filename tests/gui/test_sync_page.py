"""The Sync page: export a package to a folder and see it in the history; import an appraisal
feedback package (dropped on the window) and see the appraisal recorded; a tampered package is
refused with its Vietnamese message and stable code; the key is shown; models pass the tester."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sample_commune
from gui_helpers import open_main_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ntm_desktop.gui.models.packages_table import PackagesTableModel
from ntm_desktop.paths import AppPaths
from ntm_desktop.store.hub import Hub
from ntm_desktop.sync import exporter, importer
from ntm_desktop.sync.keys import KeyStore, read_card
from ntm_desktop.sync.workspace import ensure_commune_key

pytestmark = pytest.mark.gui
SYNC = 6


@pytest.fixture
def wb(tmp_path: Path, app_paths: AppPaths):
    wb = sample_commune.build(tmp_path / "w.ntm.sqlite", size="small")
    yield wb
    wb.close()


@pytest.fixture
def window(qtbot, app_paths: AppPaths, wb, tmp_path: Path):
    w = open_main_window(qtbot, app_paths, wb, tmp_path, SYNC)
    yield w
    w.tasks.wait(5000)


def status_column(page) -> list[str]:
    proxy = page.view.model()
    return [proxy.index(r, PackagesTableModel.COL_STATUS).data() for r in range(proxy.rowCount())]


def export_via_page(qtbot, page, folder: Path) -> dict:
    page.set_destination(folder)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.export_task.did_finish, timeout=10000):
        pass
    assert page.export_task.error is None
    return page.export_task.result


def test_key_fingerprint_and_qr_are_shown(window, app_paths) -> None:
    page = window.current_page()
    card = KeyStore(app_paths.keys).card()  # created on first use
    assert page.fingerprint_label.text().replace("\n", " ") == card["fingerprint"]
    assert not page.qr_label.pixmap().isNull()


def test_export_to_folder_shows_in_history(qtbot, window, tmp_path) -> None:
    page = window.current_page()
    out = tmp_path / "usb"
    out.mkdir()
    r = export_via_page(qtbot, page, out)
    files = list(out.glob("*.ntmpkg"))
    assert [f.name for f in files] == [Path(r["file"]).name]
    assert r["seq"] == 1 and r["entries"] == 2
    assert status_column(page) == ["Đã gửi"]
    assert "Đã xuất gói số 1" in page.export_result.text()
    proxy = page.view.model()
    assert proxy.index(0, PackagesTableModel.COL_FILE).data() == files[0].name


def test_import_feedback_by_drop_and_reject_tampered(qtbot, window, wb, app_paths,
                                                     tmp_path) -> None:
    page = window.current_page()
    # the appraiser's hub, which trusts the commune's key, and vice versa
    hks = KeyStore(tmp_path / "h" / "keys")
    hk = hks.generate(role="appraiser", name="Sở Nông nghiệp và Môi trường", level="province")
    hub = Hub.open(tmp_path / "h" / "hub.ntm.sqlite", create=True, name="Sở NN&MT",
                   level="province")
    cks = ensure_commune_key(app_paths, wb.commune())
    hub.trust_add(read_card(json.dumps(cks.card()).encode()))
    card_file = tmp_path / "appraiser-card.json"
    card_file.write_text(json.dumps(hks.card()), encoding="utf-8")
    # register the appraiser's card through the dialog, as the officer would
    dialog = page.open_trust_dialog()
    dialog.load_card(card_file)
    assert not dialog.register_button.isEnabled()  # fingerprints not compared yet
    dialog.confirm_check.setChecked(True)
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert "Sở Nông nghiệp" in page.trust_label.text()

    pkg = export_via_page(qtbot, page, tmp_path)
    out = importer.import_files([Path(pkg["file"])],
                                importer.HubReceiver(hub, hks, tmp_path / "hq"))
    assert [o.status for o in out] == ["applied"]
    hub.record_appraisal("10001", 2025, "2.1", result="disagree", status="chua_dat",
                         comment="Thiếu biên bản nghiệm thu", appraiser="Nguyễn Văn Thẩm")
    fb = tmp_path / "phan-hoi.ntmpkg"
    exporter.export_feedback(hub, hks, hk, "10001", fb)
    hub.close()

    window.files_dropped.emit([fb, tmp_path / "ghi-chu.txt"])  # as a drop on the window does
    task = window.drop_router.last_task
    assert task is not None and window.current_index() == SYNC
    with qtbot.waitSignal(task.did_finish, timeout=10000):
        pass
    rows = wb.rows("appraisal")
    assert [(r["indicator_code"], r["result"], r["comment"]) for r in rows] == [
        ("2.1", "disagree", "Thiếu biên bản nghiệm thu")]
    assert "nhập gói số 1" in page.import_result.text()
    assert status_column(page)[0] == "Đã nhập"

    # a tampered copy: one byte flipped inside the signed data
    data = bytearray(fb.read_bytes())
    data[len(data) // 3] ^= 0x01
    bad = tmp_path / "phan-hoi-sua.ntmpkg"
    bad.write_bytes(bytes(data))
    task = page.import_packages([bad])
    with qtbot.waitSignal(task.did_finish, timeout=10000):
        pass
    text = page.form.findChild(QLabel, "importResult").text()
    assert "✗" in text and "mã lỗi:" in text
    outcome = task.result.outcomes[0]
    assert outcome.status == "rejected" and outcome.code
    assert outcome.message in text.replace("&quot;", '"')
    assert status_column(page)[0] == "Bị từ chối"
    assert len(wb.rows("appraisal")) == 1


def test_packages_model_passes_the_model_tester(qtmodeltester) -> None:
    model = PackagesTableModel()
    model.set_rows([
        {"at": "2025-05-01T10:00:00", "direction": "out", "file": "a.ntmpkg", "kind":
         "commune_update", "seq": 1, "status": "sent", "entries": 3, "dossier_code": "NTM-1"},
        {"at": "2025-05-02T10:00:00", "direction": "in", "file": "b.ntmpkg", "kind":
         "appraisal_feedback", "seq": 1, "status": "rejected", "code": "bad_signature",
         "message": "Chữ ký không hợp lệ"},
    ])
    qtmodeltester.check(model)
