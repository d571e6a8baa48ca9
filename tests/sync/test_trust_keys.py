"""Issue 12, keys and trust: revocation that covers a thief's rotation (the lost-key procedure
played through the CLI), rotation events, weak keys at every entry, one active key per commune,
key storage (scrypt, migration, retired keys, folder permissions), the spoken code, full-match
identifiers."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from sync_helpers import card_bytes, hub_state, make_commune, resign, split

from ntm_desktop.cli import main
from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.core.fingerprint import fingerprint, spoken_code, weak_key_reason
from ntm_desktop.store import interchange
from ntm_desktop.store.hub import Hub, SecondKeyError
from ntm_desktop.store.workbook import Workbook
from ntm_desktop.sync import importer
from ntm_desktop.sync import keys as kz
from ntm_desktop.sync.trust import CommuneTrust, HubTrust, card_from_package, register_commune_key

# the 8 small-order encodings, and non-canonical ones (y >= p, x = 0 with the sign bit)
WEAK = [bytes.fromhex(h) for h in (
    "0100000000000000000000000000000000000000000000000000000000000000",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0000000000000000000000000000000000000000000000000000000000000080",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
    "0100000000000000000000000000000000000000000000000000000000000080",
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
)]


def run(capsys, *args: str) -> tuple[int, object]:
    rc = main(list(args))
    out = capsys.readouterr().out
    try:
        return rc, json.loads(out)
    except json.JSONDecodeError:
        return rc, out


def _weak_card(raw: bytes, role: str = "commune") -> bytes:
    return json.dumps({"format": kz.CARD_FORMAT, "role": role, "name": "Xã Giả",
                       "commune_code": "10001" if role == "commune" else None, "level": None,
                       "public_key": kz.b64(raw)}).encode()


# ----------------------------------------------------------------------------- item 1
def test_lost_key_procedure_covers_a_thiefs_rotation(capsys, tmp_path):
    """docs/sync-format.md §1, played through: a copy of the commune's folder rotates its key
    and sends first; the real commune is locked out; the appraiser sees the rotation, revokes
    the old key from the time of the copy (the thief's key goes with it and the data received
    from it is set aside); the commune makes a new key, reads its code by phone, sends a full
    package, and the hub holds exactly the commune's data again."""
    c, h, t = str(tmp_path / "c"), str(tmp_path / "h"), tmp_path
    assert run(capsys, "init", "commune", "--code", "20001", "--name", "Xã Thật",
               "--data-dir", c)[0] == 0
    assert run(capsys, "init", "appraiser", "--name", "Sở", "--level", "province",
               "--data-dir", h)[0] == 0
    run(capsys, "keys", "export-public", "-o", str(t / "c.card"), "--data-dir", c)
    run(capsys, "keys", "export-public", "-o", str(t / "h.card"), "--data-dir", h)
    assert run(capsys, "trust", "add", "--card", str(t / "c.card"), "--yes", "--data-dir", h)[0] == 0
    assert run(capsys, "trust", "add", "--card", str(t / "h.card"), "--yes", "--data-dir", c)[0] == 0
    run(capsys, "village", "add", "Thôn Một", "--data-dir", c)
    run(capsys, "export", "-o", str(t / "p1.ntmpkg"), "--data-dir", c)
    assert run(capsys, "import", str(t / "p1.ntmpkg"), "--data-dir", h)[0] == 0
    rc, old = run(capsys, "keys", "show", "--data-dir", c, "--json")

    since = dt.datetime.now().isoformat(timespec="seconds")  # the folder is copied now
    thief = str(tmp_path / "thief")
    shutil.copytree(c, thief)
    assert run(capsys, "keys", "rotate", "--data-dir", thief)[0] == 0
    run(capsys, "village", "add", "Thôn Ma", "--data-dir", thief)
    run(capsys, "export", "-o", str(t / "evil1.ntmpkg"), "--data-dir", thief)
    rc, imp = run(capsys, "import", str(t / "evil1.ntmpkg"), "--data-dir", h, "--json")
    assert rc == 0 and imp["outcomes"][0]["status"] == "applied"
    rot = imp["outcomes"][0]["details"]["key_rotation"]  # shown, not applied silently
    assert rot["old_fingerprint"] == old["fingerprint"]
    rc, text = run(capsys, "import", str(t / "evil1.ntmpkg"), "--data-dir", h)
    rc, pending = run(capsys, "trust", "rotations", "--pending", "--data-dir", h, "--json")
    assert [(r["old_fingerprint"], r["new_fingerprint"]) for r in pending] == [
        (old["fingerprint"], rot["new_fingerprint"])]
    rc, text = run(capsys, "trust", "list", "--data-dir", h)
    assert "1 lần đổi khóa chưa xác nhận" in text
    assert text.splitlines()[0].startswith(old["fingerprint"])  # fingerprint first

    # the real commune is locked out
    run(capsys, "village", "add", "Thôn Hai", "--data-dir", c)
    run(capsys, "export", "-o", str(t / "p2.ntmpkg"), "--data-dir", c)
    rc, imp = run(capsys, "import", str(t / "p2.ntmpkg"), "--data-dir", h, "--json")
    assert rc == 2 and imp["error"] == "key_superseded"

    # the commune calls: it never rotated. Revoke the old key from the time of the copy.
    rc, rev = run(capsys, "trust", "revoke", old["fingerprint"], "--since", since,
                  "--reason", "máy bị sao chép", "--data-dir", h, "--json")
    assert rc == 0 and [r["fingerprint"] for r in rev["also_revoked"]] == [rot["new_fingerprint"]]
    assert len(rev["set_aside"]) == 1 and Path(rev["set_aside"][0]).exists()
    run(capsys, "village", "add", "Thôn Ma 2", "--data-dir", thief)
    run(capsys, "export", "-o", str(t / "evil2.ntmpkg"), "--data-dir", thief)
    rc, imp = run(capsys, "import", str(t / "evil2.ntmpkg"), "--data-dir", h, "--json")
    assert rc == 2 and imp["error"] == "key_revoked"

    # the procedure: a new key pair, its card, the code read by phone, a full package
    shutil.rmtree(Path(c) / "keys")
    rc, new = run(capsys, "keys", "show", "--data-dir", c, "--json")
    assert new["fingerprint"] != old["fingerprint"]
    run(capsys, "keys", "export-public", "-o", str(t / "c2.card"), "--data-dir", c)
    assert run(capsys, "trust", "add", "--card", str(t / "c2.card"), "--fingerprint",
               new["spoken_code"], "--data-dir", h)[0] == 0
    run(capsys, "export", "--full", "-o", str(t / "p3.ntmpkg"), "--data-dir", c)
    rc, imp = run(capsys, "import", str(t / "p3.ntmpkg"), "--data-dir", h, "--json")
    assert rc == 0 and imp["outcomes"][0]["status"] == "applied", imp
    with Hub.open(Path(h) / "hub.ntm.sqlite") as hub, \
            Workbook.open(Path(c) / "workbook.ntm.sqlite", daily_backup=False) as wb:
        assert interchange.dump(hub.replica("20001")) == interchange.dump(wb)
        names = {r["name"] for r in hub.replica("20001").rows("village")}
        assert "Thôn Ma" not in names and "Thôn Hai" in names
    # running the revocation again sets nothing more aside
    rc, rev = run(capsys, "trust", "revoke", old["fingerprint"], "--since", since,
                  "--data-dir", h, "--json")
    assert rc == 0 and rev["set_aside"] == [] and rev["set_aside_failed"] == []


def test_rotation_event_acknowledged(world):
    world.to_hub(world.export())
    old_fp = world.ck.fingerprint
    new, _ = world.cks.rotate()
    world.ck = new
    world.edit(1)
    out = world.to_hub(world.export())
    assert out[0].status == "applied"
    assert out[0].details["key_rotation"]["new_fingerprint"] == new.fingerprint
    trust = HubTrust(world.hub)
    [event] = trust.rotations(pending=True)
    assert (event["old_fingerprint"], event["new_fingerprint"]) == (old_fp, new.fingerprint)
    trust.acknowledge(new.fingerprint, by="Chuyên viên A")
    assert trust.rotations(pending=True) == []
    assert trust.rotations()[0]["acknowledged_by"] == "Chuyên viên A"
    with pytest.raises(NtmError) as exc:
        trust.acknowledge("0" * 16)
    assert exc.value.code == "no_such_rotation"


def test_revocation_is_transitive_on_the_commune_side_too(world):
    """A commune revoking its appraiser's key also revokes keys that key endorsed."""
    trust = CommuneTrust(world.wb)
    world.to_hub(world.export())
    world.hub.record_appraisal("10001", 2025, "1.1", result="agree")
    new, _ = world.hks.rotate()
    world.hk = new
    assert [o.status for o in world.to_commune(world.feedback())] == ["applied"]
    assert trust.get(new.key_id)["status"] == "active"
    assert len(trust.rotations(pending=True)) == 1
    row = trust.revoke(trust.get(new.key_id)["endorsed_by"], "mất máy")
    assert [r["key_id"] for r in row["also_revoked"]] == [new.key_id]
    world.hub.record_appraisal("10001", 2025, "1.2", result="agree")
    assert [o.code for o in world.to_commune(world.feedback())] == ["key_revoked"]


# ----------------------------------------------------------------------------- item 2
def test_weak_key_list_is_refused_and_real_keys_pass():
    for raw in WEAK:
        assert weak_key_reason(raw), raw.hex()
        with pytest.raises(ValidationError) as exc:
            kz.check_public_key(raw)
        assert exc.value.code == "weak_key"
        assert not kz.verify(raw, bytes([1]) + bytes(63), b"any message")
    for _ in range(20):
        assert weak_key_reason(kz.SigningKey.generate().public_raw) is None


@pytest.mark.parametrize("raw", WEAK[:3], ids=["identity", "order-2", "order-4"])
def test_weak_keys_refused_at_every_entry(world, raw):
    world.to_hub(world.export())
    before = hub_state(world.hub)
    for role in ("commune", "appraiser"):  # key cards
        with pytest.raises(ValidationError) as exc:
            kz.read_card(_weak_card(raw, role))
        assert exc.value.code == "weak_key"
    card = {"key_id": kz.key_id(raw), "public_key": kz.b64(raw), "fingerprint": fingerprint(raw),
            "role": "commune", "name": "x", "commune_code": "10009", "level": None}
    with pytest.raises(ValidationError):  # the registry itself (defence in depth)
        world.hub.trust_add(card)
    with pytest.raises(ValidationError):
        CommuneTrust(world.wb).add({**card, "role": "appraiser"})
    # trust add --package, and catalog / feedback packages at the commune
    parts = split(world.export().read_bytes())
    parts.manifest["sender"].update(public_key=kz.b64(raw), key_id=kz.key_id(raw))
    path = world.root / "weak.ntmpkg"
    path.write_bytes(resign(parts, world.ck))
    with pytest.raises(NtmError) as exc:
        card_from_package(path)
    assert exc.value.code == "weak_key"
    assert hub_state(world.hub) == before
    world.hub.record_appraisal("10001", 2025, "1.1", result="agree")
    for pkg in (world.feedback(), _catalog(world)):
        parts = split(pkg.read_bytes())
        parts.manifest["sender"].update(public_key=kz.b64(raw), key_id=kz.key_id(raw))
        pkg.write_bytes(resign(parts, world.hk))
        assert [o.code for o in world.to_commune(pkg)] == ["weak_key"]
    assert world.hub.trusted(kz.key_id(raw)) is None


def _catalog(world) -> Path:
    from ntm_desktop.sync import exporter
    overlay = (Path(__file__).resolve().parents[1] / "data" / "overlay_example.json").read_bytes()
    dest = world.root / "cat.ntmpkg"
    exporter.export_catalog(world.hub, world.hks, world.hk, overlay, dest)
    return dest


# ----------------------------------------------------------------------------- item 8
def test_own_key_feedback_is_not_a_valid_feedback_package(world):
    """A feedback package signed by the commune's own key: verify says it is not valid."""
    world.to_hub(world.export())
    world.hub.record_appraisal("10001", 2025, "1.1", result="agree")
    parts = split(world.feedback().read_bytes())
    parts.manifest["sender"].update(key_id=world.ck.key_id, public_key=kz.b64(world.ck.public_raw))
    path = world.root / "own-feedback.ntmpkg"
    path.write_bytes(resign(parts, world.ck))
    o = importer.verify_file(path, world.commune_rx)
    assert (o.status, o.code) == ("rejected", "own_key")
    assert "gói phản hồi thẩm định" in o.message and "không phải gói hợp lệ" in o.message
    # the commune's own outgoing package still verifies as its own
    assert importer.verify_file(world.export(), world.commune_rx).status == "verified"


# ----------------------------------------------------------------------------- item 11
def test_second_active_key_needs_replace(world, capsys):
    _, ks2, key2 = make_commune(world.root / "c2", code="10001", name="Xã Tân Hòa (máy mới)")
    card = kz.read_card(card_bytes(ks2))
    before = hub_state(world.hub)
    with pytest.raises(SecondKeyError) as exc:
        register_commune_key(world.hub, card)
    assert exc.value.code == "second_key" and exc.value.active["key_id"] == world.ck.key_id
    assert hub_state(world.hub) == before
    row = register_commune_key(world.hub, card, replace=True)
    assert row["status"] == "active"
    assert world.hub.trusted(world.ck.key_id)["status"] == "superseded"
    assert [r["key_id"] for r in world.hub.active_keys("10001")] == [key2.key_id]
    # a card for another commune is not a second key
    _, ks3, _ = make_commune(world.root / "c3", code="10003", name="Xã Ba")
    assert register_commune_key(world.hub, kz.read_card(card_bytes(ks3)))["status"] == "active"


# ----------------------------------------------------------------------------- item 12
def test_legacy_passphrase_key_is_migrated_to_scrypt(tmp_path):
    ks = kz.KeyStore(tmp_path / "keys")
    key = ks.generate(role="commune", name="Xã", commune_code="10001")
    legacy = key.private.private_bytes(  # what versions before 2026 wrote (PBKDF2, 2,048)
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"mat khau"))
    ks.private_file.write_bytes(legacy)
    assert ks.is_encrypted()
    assert ks.load("mat khau").key_id == key.key_id
    sealed = json.loads(ks.private_file.read_bytes())  # rewritten on the first use
    assert sealed["kdf"] == "scrypt" and sealed["n"] >= 2**17 and b"PRIVATE" not in \
        ks.private_file.read_bytes()
    assert ks.load("mat khau").key_id == key.key_id
    with pytest.raises(NtmError) as exc:
        ks.load("sai")
    assert exc.value.code == "bad_passphrase"


def test_retired_private_keys_are_not_kept_in_clear(tmp_path):
    ks = kz.KeyStore(tmp_path / "keys")
    first = ks.generate(role="commune", name="Xã", commune_code="10001")
    new, _ = ks.rotate()
    assert not (ks.folder / "retired").exists()
    assert kz.b64(first.public_raw) in ks.identity()["retired_public"]
    # a retired key left in clear by an older version is removed on the next load; an
    # encrypted one stays as it is
    retired = ks.folder / "retired"
    retired.mkdir()
    old = kz.SigningKey.generate()
    clear = retired / f"{old.key_id}.key"
    clear.write_bytes(old.private.private_bytes(serialization.Encoding.PEM,
                                                serialization.PrivateFormat.PKCS8,
                                                serialization.NoEncryption()))
    other = kz.SigningKey.generate()
    enc = retired / f"{other.key_id}.key"
    enc.write_bytes(other.private.private_bytes(serialization.Encoding.PEM,
                                                serialization.PrivateFormat.PKCS8,
                                                serialization.BestAvailableEncryption(b"x")))
    assert ks.load().key_id == new.key_id
    assert not clear.exists() and enc.exists()
    assert kz.b64(old.public_raw) in ks.identity()["retired_public"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_key_folder_is_owner_only_on_posix(tmp_path):
    ks = kz.KeyStore(tmp_path / "keys")
    ks.generate(role="commune", name="Xã", commune_code="10001")
    assert stat.S_IMODE(os.stat(ks.folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(ks.private_file).st_mode) == 0o600
    assert kz.restrict_to_owner(ks.folder) == "chmod 0700"


def test_windows_key_folder_command():
    cmd = kz.icacls_command(Path("C:/Users/a/AppData/NTM/keys"), "canbo")
    assert cmd[0] == "icacls" and "/inheritance:r" in cmd
    assert cmd[-1] == "canbo:(OI)(CI)F" and cmd[-2] == "/grant:r"


@pytest.mark.skipif(sys.platform != "win32", reason="Windows access lists")
def test_key_folder_is_owner_only_on_windows(tmp_path):  # pragma: no cover - Windows CI
    import subprocess
    ks = kz.KeyStore(tmp_path / "keys")
    ks.generate(role="commune", name="Xã", commune_code="10001")
    assert kz.restrict_to_owner(ks.folder) == "icacls"
    acl = subprocess.run(["icacls", str(ks.folder)], capture_output=True, text=True).stdout
    assert "Everyone" not in acl and "Users" not in acl and os.environ["USERNAME"] in acl


# ----------------------------------------------------------------------------- item 13
def test_spoken_code_from_the_whole_key(world, capsys):
    raw = world.ck.public_raw
    code = spoken_code(raw)
    groups = code.split()
    assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
    changed = raw[:-1] + bytes([raw[-1] ^ 1])  # only the last byte differs
    assert spoken_code(changed) != code
    card = world.cks.card()
    assert card["spoken_code"] == code
    assert kz.read_card(card_bytes(world.cks))["spoken_code"] == code
    rows = HubTrust(world.hub).list()
    assert rows[0]["spoken_code"] == code


# ----------------------------------------------------------------------------- item 14
@pytest.mark.parametrize("code", ["06325\n", "0632", "063255", "٠٦٣٢٥"])
def test_identifiers_fully_matched(world, code):
    card = json.loads(card_bytes(world.cks))
    card["commune_code"] = code
    with pytest.raises(ValidationError):
        kz.read_card(json.dumps(card).encode())
    with pytest.raises(ValidationError):
        world.hub.replica_path(code)
    parts = split(world.export().read_bytes())
    parts.manifest["sender"]["commune_code"] = code
    path = world.root / "code.ntmpkg"
    path.write_bytes(resign(parts, world.ck))
    assert importer.verify_file(path, world.hub_rx).code == "bad_manifest"
