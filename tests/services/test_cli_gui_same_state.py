"""Each use case run through the ``ntm`` command and through the service the GUI calls leaves the
same state: the package log, the sync state, the key card file, the dossier's tie to a package."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ntm_desktop.cli import main as ntm
from ntm_desktop.paths import AppPaths
from ntm_desktop.services import dossier as dossier_svc
from ntm_desktop.services import keys as keys_svc
from ntm_desktop.services import packages as packages_svc
from ntm_desktop.store.package_log import package_history
from ntm_desktop.store.workbook import Workbook
from ntm_desktop.sync import state as sync_state

INIT = ["init", "commune", "--code", "06325", "--set", "qd318-2022", "--region", "TDMNPB",
        "--village", "Thôn Nà Pàn:120:480", "--officer", "Hoàng Văn An"]


def _workspace(root: Path) -> AppPaths:
    root.mkdir()
    assert ntm(["--data-dir", str(root), *INIT]) == 0
    assert ntm(["--data-dir", str(root), "set", "1.1", "--value", "1", "--year", "2025"]) == 0
    return AppPaths.resolve(root).ensure()


def _state(paths: AppPaths) -> dict:
    with Workbook.open(paths.workbook, daily_backup=False) as wb:
        log = [{k: v for k, v in item.items() if k not in ("at", "path", "file", "dossier_code", "size")}
               for item in package_history(wb)]
        return {"log": log, "out": sync_state.out_state(wb)[0]}


def test_init_commune_creates_the_commune_key(tmp_path):
    paths = _workspace(tmp_path / "a")
    card = json.loads(_run_json(["--data-dir", str(paths.data_dir), "keys", "show"]))
    assert card["commune_code"] == "06325" and card["role"] == "commune"


def _run_json(argv: list[str], capsys=None) -> str:
    import contextlib
    import io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert ntm(["--json", *argv]) == 0
    return buf.getvalue()


def test_export_logs_the_package_as_the_sync_page_does(tmp_path):
    cli, gui = _workspace(tmp_path / "cli"), _workspace(tmp_path / "gui")
    out = tmp_path / "usb"
    out.mkdir()
    r_cli = json.loads(_run_json(["--data-dir", str(cli.data_dir), "export", "-o",
                                  str(out / "cli.ntmpkg")]))
    r_gui = packages_svc.export_package(gui.workbook, gui, out)
    assert _state(cli) == _state(gui)
    assert _state(cli)["log"][0]["direction"] == "out" and _state(cli)["out"] == 1
    assert r_cli["entries"] == r_gui["entries"] and r_cli["kind"] == r_gui["kind"]
    with Workbook.open(cli.workbook, daily_backup=False) as wb:
        assert package_history(wb)[0]["dossier_code"] == r_cli["dossier_code"]


def test_dossier_after_cli_export_is_tied_to_that_package(tmp_path):
    paths = _workspace(tmp_path / "a")
    pkg = tmp_path / "goi.ntmpkg"
    r = json.loads(_run_json(["--data-dir", str(paths.data_dir), "export", "-o", str(pkg)]))
    with Workbook.open(paths.workbook, daily_backup=False) as wb:
        assert packages_svc.package_for_current_data(wb) == pkg
        data = dossier_svc.collect_dossier(wb, 2025, draft=True)
    assert data.verification.code == r["dossier_code"]
    pdf = tmp_path / "ho-so.pdf"
    assert ntm(["--data-dir", str(paths.data_dir), "dossier", "--draft", "--year", "2025",
                "-o", str(pdf)]) == 0
    verdict = json.loads(_run_json(["--data-dir", str(paths.data_dir), "verify", str(pkg),
                                    "--dossier-code", r["dossier_code"]]))
    assert verdict["details"]["dossier_code"]["matches"] is True
    # after a change, the next dossier is no longer tied to the old package
    assert ntm(["--data-dir", str(paths.data_dir), "set", "1.1", "--value", "0",
                "--year", "2025"]) == 0
    with Workbook.open(paths.workbook, daily_backup=False) as wb:
        assert packages_svc.package_for_current_data(wb) is None


def test_public_card_and_qr_payload_are_the_same_from_cli_and_service(tmp_path):
    paths = _workspace(tmp_path / "a")
    cli_card = tmp_path / "cli.json"
    assert ntm(["--data-dir", str(paths.data_dir), "keys", "export-public", "-o",
                str(cli_card)]) == 0
    gui_card = tmp_path / "gui.json"
    with Workbook.open(paths.workbook, daily_backup=False) as wb:
        keys_svc.export_public_card(paths, wb, gui_card)
        card = keys_svc.key_card(paths, wb)
    assert cli_card.read_bytes() == gui_card.read_bytes()
    qr = json.loads(_run_json(["--data-dir", str(paths.data_dir), "keys", "qr", "-o",
                               str(tmp_path / "k.png")]))
    assert qr["payload"] == keys_svc.key_qr_payload(card)


@pytest.mark.parametrize("size", [64 * 1024 + 1])
def test_key_card_size_cap_is_one_rule(tmp_path, size):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * size)
    with pytest.raises(Exception) as info:
        keys_svc.read_key_card(big)
    assert getattr(info.value, "code", None) == "bad_card"
    paths = _workspace(tmp_path / "a")
    out = json.loads(_run_err(["--data-dir", str(paths.data_dir), "trust", "add", "--card",
                               str(big), "--yes"]))
    assert out["error"] == "bad_card"


def _run_err(argv: list[str]) -> str:
    import contextlib
    import io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert ntm(["--json", *argv]) == 2
    return buf.getvalue()


def test_import_logs_each_package_as_the_sync_page_does(tmp_path):
    """``ntm import`` at the commune applies and logs packages with the Đồng bộ page's service
    (a good feedback package and a broken file: both in the log, the same way)."""
    from hub_world import make_province

    p = make_province(tmp_path / "tinh", codes=("06313",))
    hub = ["--data-dir", str(p.hub.data_dir)]
    assert ntm([*hub, "--json", "trust", "add", "--card", str(p.cards), "--yes"]) == 0
    p.export("06313")
    assert ntm([*hub, "--json", "import", str(p.inbox)]) == 0
    inbox = tmp_path / "thu-cua-xa"
    inbox.mkdir()
    assert ntm([*hub, "--json", "feedback", "export", "06313", "-o",
                str(inbox / "phan-hoi.ntmpkg")]) == 0
    (inbox / "hong.ntmpkg").write_bytes(b"PK\x03\x04 broken")
    commune = p.communes["06313"]
    twin = AppPaths.resolve(tmp_path / "ban-sao").ensure()  # the same commune, for the service
    shutil.copytree(commune.data_dir, twin.data_dir, dirs_exist_ok=True)
    assert ntm(["--data-dir", str(commune.data_dir), "--json", "import", str(inbox)]) == 2
    packages_svc.import_packages(twin.workbook, twin, sorted(inbox.iterdir()))
    cli, gui = _state(commune), _state(twin)
    assert cli == gui
    ins = [e for e in cli["log"] if e["direction"] == "in"]
    assert sorted((e["status"], e["kind"]) for e in ins) == [("applied", "appraisal_feedback"),
                                                              ("rejected", None)]
