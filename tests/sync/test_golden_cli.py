"""Golden packages (format v1 stays readable) and the CLI commands end to end."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from cli_runner import run

from ntm_desktop.store.hub import Hub
from ntm_desktop.sync import importer
from ntm_desktop.sync.keys import read_card

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"


def test_golden_v1_package_is_read_and_applied(tmp_path):
    pkg = GOLDEN / "v1-commune-update.ntmpkg"
    with zipfile.ZipFile(pkg) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
    assert names[:3] == ["manifest.json", "manifest.sig", "changes.jsonl"]
    assert manifest["format"] == "ntm-package" and manifest["format_version"] == 1
    assert manifest["kind"] == "commune_update" and manifest["seq"] == 1
    assert {m["name"] for m in manifest["members"]} == set(names) - {"manifest.json",
                                                                      "manifest.sig"}
    hub = Hub.open(tmp_path / "hub.ntm.sqlite", create=True, name="x", level="province")
    hub.trust_add(read_card((GOLDEN / "commune.card.json").read_bytes()))
    # the golden package is addressed to the golden appraiser key
    from ntm_desktop.sync.keys import KeyStore
    ks = KeyStore(tmp_path / "keys")
    ks.folder.mkdir()
    (ks.identity_file).write_bytes((GOLDEN / "appraiser.identity.json").read_bytes())
    (ks.private_file).write_bytes((GOLDEN / "appraiser.TEST-ONLY.key").read_bytes())
    out = importer.import_files([pkg], importer.HubReceiver(hub, ks, tmp_path / "q"))
    assert [(o.status, o.code) for o in out] == [("applied", None)]
    from ntm_desktop.store import interchange
    expected = json.loads((GOLDEN / "v1-commune-dump.json").read_text("utf-8"))
    assert json.loads(json.dumps(interchange.dump(hub.replica("10001")))) == expected
    hub.close()


def test_golden_feedback_verifies_with_the_appraiser_card(tmp_path):
    from sync_helpers import make_commune

    from ntm_desktop.sync.trust import CommuneTrust
    wb, ks, _ = make_commune(tmp_path)
    CommuneTrust(wb).add(read_card((GOLDEN / "appraiser.card.json").read_bytes()))
    o = importer.verify_file(GOLDEN / "v1-feedback.ntmpkg",
                             importer.CommuneReceiver(wb, ks, tmp_path / "q"))
    # the signature and members verify; the ack names a journal this new workbook lacks
    assert o.code in ("ack_mismatch", "wrong_recipient")
    assert o.details["fingerprint"] == json.loads(
        (GOLDEN / "appraiser.card.json").read_text())["fingerprint"]
    wb.close()


def test_cli_names_levels_and_key_owners_in_vietnamese(capsys, dirs):
    c, h, t = dirs["c"], dirs["h"], dirs["t"]
    assert run(capsys, "init", "commune", "--code", "20001", "--name", "Xã Cờ Lê",
               "--data-dir", c)[0] == 0
    assert run(capsys, "keys", "export-public", "-o", str(t / "c.card"), "--data-dir", c)[0] == 0
    rc, text = run(capsys, "init", "appraiser", "--name", "Sở NN&MT", "--level", "province",
                   "--data-dir", h)
    assert rc == 0 and "“Sở NN&MT” (cấp tỉnh)" in text and "province" not in text
    rc, text = run(capsys, "trust", "add", "--card", str(t / "c.card"), "--yes", "--data-dir", h)
    assert rc == 0 and "Đã đăng ký khóa của Xã Cờ Lê (mã xã 20001), mã vân tay " in text
    assert "commune" not in text
    assert run(capsys, "keys", "export-public", "-o", str(t / "h.card"), "--data-dir", h)[0] == 0
    rc, text = run(capsys, "trust", "add", "--card", str(t / "h.card"), "--yes", "--data-dir", c)
    assert rc == 0 and "Sở NN&MT (cơ quan thẩm định), mã vân tay " in text
    assert "appraiser" not in text


def test_cli_end_to_end(capsys, dirs, repo_root):
    c, h, t = dirs["c"], dirs["h"], dirs["t"]
    assert run(capsys, "init", "commune", "--code", "20001", "--name", "Xã Cờ Lê",
               "--data-dir", c, "--json")[0] == 0
    rc, show = run(capsys, "keys", "show", "--data-dir", c, "--json")
    assert rc == 0 and show["commune_code"] == "20001" and len(show["fingerprint"]) == 39
    assert run(capsys, "keys", "qr", "-o", str(t / "k.png"), "--data-dir", c)[0] == 0
    assert (t / "k.png").read_bytes()[:4] == b"\x89PNG"
    assert run(capsys, "keys", "export-public", "-o", str(t / "c.card"), "--data-dir", c)[0] == 0
    assert run(capsys, "init", "appraiser", "--name", "Sở NN&MT", "--level", "province",
               "--data-dir", h)[0] == 0
    assert run(capsys, "keys", "export-public", "-o", str(t / "h.card"), "--data-dir", h)[0] == 0
    rc, err = run(capsys, "trust", "add", "--card", str(t / "c.card"), "--data-dir", h, "--json")
    assert rc == 2 and err["error"] == "confirm_required"
    rc, err = run(capsys, "trust", "add", "--card", str(t / "c.card"), "--fingerprint",
                  "0000 0000", "--data-dir", h, "--json")
    assert rc == 2 and err["error"] == "fingerprint_mismatch"
    assert run(capsys, "trust", "add", "--card", str(t / "c.card"), "--fingerprint",
               show["fingerprint"], "--data-dir", h)[0] == 0
    assert run(capsys, "trust", "add", "--card", str(t / "h.card"), "--yes",
               "--data-dir", c)[0] == 0
    assert run(capsys, "village", "add", "Thôn Một", "--data-dir", c)[0] == 0
    rc, exp = run(capsys, "export", "-o", str(t / "p1.ntmpkg"), "--data-dir", c, "--json")
    assert rc == 0 and exp["seq"] == 1 and exp["dossier_code"].startswith("NTM-20001-")
    rc, v = run(capsys, "verify", str(t / "p1.ntmpkg"), "--dossier-code", exp["dossier_code"],
                "--data-dir", h, "--json")
    assert rc == 0 and v["details"]["dossier_code"]["matches"]
    rc, v = run(capsys, "verify", str(t / "p1.ntmpkg"), "--dossier-code",
                "NTM-20001-0000000000000000", "--data-dir", h, "--json")
    assert rc == 2 and v["error"] == "dossier_mismatch"
    rc, imp = run(capsys, "import", str(t / "p1.ntmpkg"), "--data-dir", h, "--json")
    assert rc == 0 and imp["outcomes"][0]["status"] == "applied"
    rc, imp = run(capsys, "import", str(t / "p1.ntmpkg"), "--data-dir", h, "--json")
    assert rc == 0 and imp["outcomes"][0]["code"] == "already_imported"
    tampered = t / "bad.ntmpkg"
    data = (t / "p1.ntmpkg").read_bytes()
    tampered.write_bytes(data[:-30])
    rc, imp = run(capsys, "import", str(tampered), "--data-dir", h, "--json")
    assert rc == 2 and imp["error"] == "truncated"
    assert any(Path(h, "quarantine").glob("*.reason.txt"))
    assert run(capsys, "appraise", "set", "20001", "2.1", "--result", "disagree", "--status",
               "chua_dat", "--comment", "Thiếu hồ sơ", "--year", "2025", "--data-dir", h)[0] == 0
    rc, lst = run(capsys, "appraise", "list", "20001", "--year", "2025", "--data-dir", h, "--json")
    assert lst["2.1"]["result"] == "disagree"
    assert run(capsys, "feedback", "export", "20001", "-o", str(t / "f1.ntmpkg"),
               "--data-dir", h)[0] == 0
    rc, imp = run(capsys, "import", str(t), "--data-dir", c, "--json")  # a whole folder
    statuses = {Path(o["file"]).name: (o["status"], o["code"]) for o in imp["outcomes"]}
    assert statuses["f1.ntmpkg"] == ("applied", None)
    assert statuses["p1.ntmpkg"] == ("rejected", "wrong_kind")
    assert run(capsys, "catalog", "publish", str(repo_root / "tests/data/overlay_example.json"),
               "-o", str(t / "cat.ntmpkg"), "--data-dir", h)[0] == 0
    rc, imp = run(capsys, "import", str(t / "cat.ntmpkg"), "--data-dir", c, "--json")
    assert rc == 0 and imp["outcomes"][0]["status"] == "applied"
    rc, tl = run(capsys, "trust", "list", "--data-dir", h, "--json")
    assert [k["status"] for k in tl] == ["active"]
    assert run(capsys, "trust", "revoke", tl[0]["key_id"], "--data-dir", h)[0] == 0
    assert run(capsys, "village", "add", "Thôn Hai", "--data-dir", c)[0] == 0
    assert run(capsys, "export", "-o", str(t / "p2.ntmpkg"), "--data-dir", c)[0] == 0
    rc, imp = run(capsys, "import", str(t / "p2.ntmpkg"), "--data-dir", h, "--json")
    assert rc == 2 and imp["error"] == "key_revoked"


def test_cli_passphrase_and_rotation(capsys, dirs, monkeypatch):
    c = dirs["c"]
    monkeypatch.setenv("PW", "mật khẩu dài")
    assert run(capsys, "init", "commune", "--code", "20002", "--name", "Xã Hai",
               "--passphrase-env", "PW", "--data-dir", c)[0] == 0
    monkeypatch.delenv("NTM_KEY_PASSPHRASE", raising=False)
    rc, err = run(capsys, "export", "-o", str(dirs["t"] / "x.ntmpkg"), "--data-dir", c, "--json")
    assert rc == 2 and err["error"] == "passphrase_required"
    assert run(capsys, "export", "-o", str(dirs["t"] / "x.ntmpkg"), "--passphrase-env", "PW",
               "--data-dir", c)[0] == 0
    rc, rot = run(capsys, "keys", "rotate", "--passphrase-env", "PW", "--data-dir", c, "--json")
    assert rc == 0 and rot["old_key_id"] != rot["key_id"]
