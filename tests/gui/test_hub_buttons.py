"""Every other button of the appraiser's window, pressed: choosing files, folders and the
e-mail folder, trusting an unknown key from its result line, re-checking, refreshing, exporting
feedback, saving the key card and QR code, trusting cards one by one, revoking, the menu."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hub_gui import click_yes, close_hub_window, open_hub_window, settle
from hub_world import YEAR, run
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ntm_desktop.gui.hub.common import answer
from ntm_desktop.services.hub_common import open_hub
from ntm_desktop.sync.keys import read_card

pytestmark = pytest.mark.gui




@pytest.fixture
def world(tmp_path, qtbot):
    p, w = open_hub_window(qtbot, tmp_path)
    yield p, w
    close_hub_window(w)


def test_keys_page_buttons(world, qtbot, tmp_path):
    p, w = world
    keys = w.go("keys")
    # the body's card and QR code
    qtbot.mouseClick(keys.card_button, Qt.MouseButton.LeftButton)
    answer(keys.file_dialog, [tmp_path / "the.card.json"])
    card = read_card((tmp_path / "the.card.json").read_bytes())
    assert card["role"] == "appraiser" and card["fingerprint"] in keys.body.text()
    qtbot.mouseClick(keys.qr_button, Qt.MouseButton.LeftButton)
    answer(keys.file_dialog, [tmp_path / "qr.png"])
    assert (tmp_path / "qr.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # cards one by one: an unticked row is not trusted; Close closes
    qtbot.mouseClick(keys.add_button, Qt.MouseButton.LeftButton)
    answer(keys.file_dialog, [p.cards / "06313.card.json", p.cards / "06316.card.json"])
    qtbot.waitUntil(lambda: keys.cards_dialog is not None, timeout=10000)
    dlg = keys.cards_dialog
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert dlg.result_label.text() == "Chưa đánh dấu thẻ nào."
    dlg.tick(0)
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: keys.table.rowCount() == 1, timeout=15000)
    assert keys.table.item(0, 0).text() == "06313"
    # a second key for 06313: refused unless "replace" is ticked
    other = tmp_path / "other"
    run("--data-dir", str(other), "init", "commune", "--code", "06313", "--set", "qd318-2022",
        "--region", "TDMNPB")
    run("--data-dir", str(other), "keys", "export-public", "-o", str(other / "n.card.json"))
    qtbot.mouseClick(keys.add_button, Qt.MouseButton.LeftButton)
    answer(keys.file_dialog, [other / "n.card.json"])
    qtbot.waitUntil(lambda: keys.cards_dialog is not dlg, timeout=10000)
    dlg = keys.cards_dialog
    assert dlg.table.item(0, 4).text().startswith("Xã đã có khóa khác")
    dlg.tick(0)
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert "đã có khóa đang dùng" in dlg.result_label.text()
    dlg.tick(0, replace=True)
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: keys.table.rowCount() == 2, timeout=15000)
    states = sorted(keys.table.item(i, 3).text() for i in range(2))
    assert states == ["Đang dùng", "Đã thay bằng khóa mới"]
    close = dlg.findChild(QPushButton, "closeButton")
    assert close is not None
    # revoke the active one
    active = next(i for i in range(2) if keys.table.item(i, 3).text() == "Đang dùng")
    keys.table.selectRow(active)
    qtbot.mouseClick(keys.revoke_button, Qt.MouseButton.LeftButton)
    click_yes(qtbot, keys.box)
    assert "Đã thu hồi" in [keys.table.item(i, 3).text() for i in range(2)]


def test_import_quarantine_review_rollup_buttons(world, qtbot, tmp_path):
    p, w = world
    with open_hub(p.hub) as hub:
        for f in sorted(p.cards.iterdir()):
            if f.name.startswith(("06313", "06316")):
                hub.trust_add(read_card(f.read_bytes()))
    imp = w.go("import")
    # choose files
    first = p.export("06313", tmp_path)
    qtbot.mouseClick(imp.files_button, Qt.MouseButton.LeftButton)
    answer(imp.file_dialog, [first])
    settle(qtbot, w)
    assert imp.results.topLevelItem(0).text(0) == "Đã nhập"
    # review this commune from its line
    imp.results.setCurrentItem(imp.results.topLevelItem(0))
    qtbot.mouseClick(imp.review_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert w.pages["review"].code == "06313"
    # choose a folder
    w.go("import")
    folder = tmp_path / "usb"
    folder.mkdir()
    p.export("06316", folder)
    qtbot.mouseClick(imp.folder_button, Qt.MouseButton.LeftButton)
    answer(imp.file_dialog, [folder])
    settle(qtbot, w)
    assert "Đã nhập: " in imp.results.topLevelItem(0).text(2)
    # the e-mail folder: set once, then import it (06325's key is not trusted yet)
    mail = tmp_path / "mail"
    mail.mkdir()
    p.export("06325", mail)
    assert not imp.mail_button.isEnabled()
    qtbot.mouseClick(imp.mail_choose, Qt.MouseButton.LeftButton)
    answer(imp.file_dialog, [mail])
    assert imp.mail_button.isEnabled() and str(mail) in imp.mail_label.text()
    qtbot.mouseClick(imp.mail_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    line = imp.results.topLevelItem(0)
    assert line.text(0) == "Khóa chưa đăng ký" and "06325" in line.text(2)
    # trust it from the result line (fingerprint compared) and re-check in one click
    imp.results.setCurrentItem(line)
    assert imp.trust_button.isEnabled()
    qtbot.mouseClick(imp.trust_button, Qt.MouseButton.LeftButton)
    assert "06325" in imp.box.text()
    click_yes(qtbot, imp.box)
    settle(qtbot, w)
    assert imp.results.topLevelItem(0).text(0) == "Đã nhập"
    with open_hub(p.hub) as hub:
        assert sorted(c["code"] for c in hub.communes()) == ["06313", "06316", "06325"]
    # the File menu imports too
    menu = w.menuBar().actions()[0].menu()
    acts = [a for a in menu.actions() if not a.isSeparator()]
    acts[1].trigger()  # "Nhập từ thư mục thư điện tử"
    settle(qtbot, w)
    assert imp.results.topLevelItem(0).text(0) == "Đã có"

    # quarantine: a damaged file, re-check (still refused), re-check all, refresh
    bad = tmp_path / "hong.ntmpkg"
    bad.write_bytes(b"PK\x03\x04 broken")
    imp.import_paths([bad])
    settle(qtbot, w)
    q = w.go("quarantine")
    settle(qtbot, w)
    assert q.table.rowCount() == 1 and "hong.ntmpkg" in q.table.item(0, 0).text()
    q.table.selectRow(0)
    qtbot.mouseClick(q.recheck_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    qtbot.mouseClick(q.refresh_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert q.table.rowCount() == 1  # refused again: one copy, fresh reason
    qtbot.mouseClick(q.recheck_all_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    qtbot.mouseClick(q.refresh_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert q.table.rowCount() == 1

    # review: export feedback (folder chosen with Browse), refusing a dialog without a folder
    w.open_review("06316", YEAR)
    settle(qtbot, w)
    rv = w.pages["review"]
    qtbot.mouseClick(rv.feedback_button, Qt.MouseButton.LeftButton)
    d = rv.dialog
    assert not d.comment.isEnabled()
    d.folder.setText(str(tmp_path / "khong-co"))
    qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
    assert d.error.text() == "Hãy chọn thư mục lưu gói phản hồi."
    out = tmp_path / "fb"
    out.mkdir()
    qtbot.mouseClick(d.findChild(QPushButton, "browseButton"), Qt.MouseButton.LeftButton)
    answer(d.file_dialog, [out])
    assert d.folder.text() == str(out)
    qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert Path(rv.last_output["feedback"]["file"]).parent == out
    doc = rv.last_output["feedback"]["approval"]
    assert doc["years"][0]["state"] == "submitted"
    # cancel a decision: nothing changes
    qtbot.mouseClick(rv.return_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rv.dialog.findChild(QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    with open_hub(p.hub) as hub:
        assert hub.approval("06316", str(YEAR))["state"] == "submitted"

    # roll-up: recompute after a finding changes the figures
    ru = w.go("rollup")
    settle(qtbot, w)
    before = json.dumps([c.share for c in ru.rollup.criteria])
    from ntm_desktop.services import review
    assert ru.rollup.criteria[0].count == 0
    for code in ("06313", "06316", "06325"):  # the appraiser finds criterion 1 met everywhere
        for ind in ("1.1", "1.2"):
            review.record_finding(p.hub, code, YEAR, ind, result="disagree", status="dat",
                                  comment="Đã có quy hoạch được duyệt")
    qtbot.mouseClick(ru.refresh_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert json.dumps([c.share for c in ru.rollup.criteria]) != before
    assert ru.rollup.criteria[0].count == 3
