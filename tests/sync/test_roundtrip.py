"""Commune edits → export → appraiser import → the hub's copy equals the commune's dump;
appraisal feedback → commune import; snapshots, overlap, attachments, rotation, catalogs."""

from __future__ import annotations

import json
import os
import stat

import pytest
from sync_helpers import add_photo, commune_state, hub_state, make_commune, split

from ntm_desktop.store import interchange
from ntm_desktop.store.attachments import blob_path
from ntm_desktop.store.hub import Hub
from ntm_desktop.sync import exporter, importer
from ntm_desktop.sync import package as pk
from ntm_desktop.sync.keys import KeyStore, read_card


def statuses(outcomes):
    return [(o.status, o.code) for o in outcomes]


def test_realistic_commune_round_trip(world, tmp_path):
    import sample_commune
    wb = sample_commune.build(tmp_path / "real" / "workbook.ntm.sqlite", size="medium")
    code = wb.commune()["code"]
    ks = KeyStore(tmp_path / "real" / "keys")
    key = ks.generate(role="commune", name=wb.commune()["name"], commune_code=code)
    world.hub.trust_add(read_card(json.dumps(ks.card()).encode()))
    dest = tmp_path / "real.ntmpkg"
    exporter.export_commune(wb, ks, key, dest)
    out = world.to_hub(dest)
    assert statuses(out) == [("applied", None)]
    assert interchange.dump(world.hub.replica(code)) == interchange.dump(wb)
    wb.close()


def test_edits_round_trip_and_feedback(world):
    p1 = world.export()
    assert statuses(world.to_hub(p1)) == [("applied", None)]
    assert interchange.dump(world.hub.replica("10001")) == interchange.dump(world.wb)
    world.edit(1)
    add_photo(world.wb)
    p2 = world.export()
    assert len(split(p2.read_bytes()).members) == 2  # changes + one blob
    assert statuses(world.to_hub(p2)) == [("applied", None)]
    replica = world.hub.replica("10001")
    assert interchange.dump(replica) == interchange.dump(world.wb)
    sha = world.wb.rows("attachment")[0]["sha256"]
    assert blob_path(replica, sha).read_bytes() == blob_path(world.wb, sha).read_bytes()
    # appraisal → feedback → commune
    world.hub.record_appraisal("10001", 2025, "2.1", result="disagree", status="chua_dat",
                               comment="Thiếu biên bản nghiệm thu", date="2025-06-01",
                               appraiser="Nguyễn Văn Thẩm")
    world.hub.record_appraisal("10001", 2025, "17.10", result="agree", status="dat")
    assert world.hub.appraisals("10001", 2025)["2.1"] == {
        "result": "disagree", "status": "chua_dat", "comment": "Thiếu biên bản nghiệm thu",
        "date": "2025-06-01", "appraiser": "Nguyễn Văn Thẩm"}
    fb = world.feedback()
    assert statuses(world.to_commune(fb)) == [("applied", None)]
    rows = {r["indicator_code"]: r for r in world.wb.rows("appraisal")}
    assert rows["2.1"]["result"] == "disagree" and rows["2.1"]["comment"].startswith("Thiếu")
    assert rows["2.1"]["appraiser_body"] == "Sở NN&MT"
    assert int(world.wb.meta("sync.acked_journal_seq")) == replica.db.execute(
        "SELECT max(seq) FROM journal").fetchone()[0]
    # the photo is acknowledged, so the next delta carries no blob and only new entries
    world.edit(2)
    p3 = world.export()
    parts = split(p3.read_bytes())
    assert [n for n, _ in parts.members] == [pk.CHANGES]
    assert parts.manifest["journal"]["from_seq"] == int(world.wb.meta("sync.acked_journal_seq")) + 1
    assert statuses(world.to_hub(p3)) == [("applied", None)]
    assert interchange.dump(world.hub.replica("10001")) == interchange.dump(world.wb)
    # re-import of feedback is a no-op that says so
    before = commune_state(world.wb)
    assert statuses(world.to_commune(fb)) == [("duplicate", "already_imported")]
    assert commune_state(world.wb) == before


def test_overlapping_deltas_before_ack_are_merged(world):
    world.edit(1)
    p1 = world.export()
    world.edit(2)
    p2 = world.export()  # carries p1's entries again (no ack yet)
    assert split(p2.read_bytes()).manifest["journal"]["from_seq"] == 1
    out = world.to_hub(p2, p1)  # any order on the command line: sorted by sequence
    assert statuses(out) == [("applied", None), ("applied", None)]
    assert out[0].applied == 1  # p2 only added what p1 did not have
    assert interchange.dump(world.hub.replica("10001")) == interchange.dump(world.wb)


def test_snapshot_rebuilds_a_new_hub(world, tmp_path):
    world.edit(1)
    add_photo(world.wb, b"photo-1")
    world.to_hub(world.export())
    world.edit(2)
    snap = world.export(full=True)
    m = split(snap.read_bytes()).manifest
    assert m["kind"] == "commune_snapshot" and m["journal"]["from_seq"] == 1 and m["seq"] == 2
    # a brand-new hub that never saw package 1 rebuilds from the snapshot (sequence jump allowed)
    other = Hub.open(tmp_path / "h2" / "hub.ntm.sqlite", create=True, name="Huyện", level="district")
    other.trust_add(read_card(json.dumps(world.cks.card()).encode()))
    out = importer.import_files([snap], importer.HubReceiver(other, None, tmp_path / "q2"))
    assert statuses(out) == [("rejected", "wrong_recipient")]  # addressed to world's appraiser
    out = importer.import_files([snap], importer.HubReceiver(other, world.hks, tmp_path / "q2"))
    assert statuses(out) == [("applied", None)]
    assert interchange.dump(other.replica("10001")) == interchange.dump(world.wb)
    other.close()
    # and the first hub accepts it as the next package too
    assert statuses(world.to_hub(snap)) == [("applied", None)]


def test_private_key_is_owner_only_and_passphrase(tmp_path):
    ks = KeyStore(tmp_path / "keys")
    key = ks.generate(role="appraiser", name="Huyện X", level="district", passphrase="bí mật")
    mode = stat.S_IMODE(os.stat(ks.private_file).st_mode)
    assert mode == 0o600
    assert ks.is_encrypted()
    sealed = json.loads(ks.private_file.read_bytes())
    assert sealed["format"] == "ntm-sealed-key/1" and sealed["kdf"] == "scrypt"
    assert sealed["n"] >= 2**17
    with pytest.raises(Exception) as exc:
        ks.load(None)
    assert exc.value.code == "passphrase_required"
    with pytest.raises(Exception) as exc:
        ks.load("sai")
    assert exc.value.code == "bad_passphrase"
    assert ks.load("bí mật").key_id == key.key_id
    fp = ks.card()["fingerprint"]
    assert len(fp.split()) == 8 and all(len(g) == 4 for g in fp.split())


def test_key_rotation_is_accepted_through_an_endorsed_package(world):
    world.to_hub(world.export())
    new, endorsement = world.cks.rotate()
    world.ck = new
    world.edit(1)
    p = world.export()
    assert split(p.read_bytes()).manifest["key_rotation"]["old_key_id"] == endorsement["old_key_id"]
    assert statuses(world.to_hub(p)) == [("applied", None)]
    assert world.hub.trusted(new.key_id)["status"] == "active"
    assert world.hub.trusted(endorsement["old_key_id"])["status"] == "superseded"
    assert interchange.dump(world.hub.replica("10001")) == interchange.dump(world.wb)


def test_rotation_with_forged_endorsement_is_rejected(world, tmp_path):
    from sync_helpers import resign
    world.to_hub(world.export())
    new, _ = world.cks.rotate()
    world.ck = new
    world.edit(1)
    parts = split(world.export().read_bytes())
    attacker = KeyStore(tmp_path / "evil").generate(role="commune", name="x", commune_code="10001")
    parts.manifest["key_rotation"]["signature"] = __import__("base64").b64encode(
        attacker.sign(b"whatever")).decode()
    bad = tmp_path / "forged.ntmpkg"
    bad.write_bytes(resign(parts, new))
    before = hub_state(world.hub)
    assert statuses(world.to_hub(bad)) == [("rejected", "bad_rotation")]
    assert hub_state(world.hub) == before


def test_catalog_package_installs_overlay(world, repo_root):
    src = (repo_root / "tests" / "data" / "overlay_example.json").read_bytes()
    dest = world.root / "catalog.ntmpkg"
    exporter.export_catalog(world.hub, world.hks, world.hk, src, dest)
    assert statuses(world.to_commune(dest)) == [("applied", None)]
    assert world.wb.commune()["overlay_id"] == "vd-tinh-mau-318"
    from ntm_desktop.store.evaluation_service import installed_overlays
    assert "vd-tinh-mau-318" in installed_overlays(world.wb)
    assert statuses(world.to_commune(dest)) == [("duplicate", "already_imported")]


def test_unknown_key_is_set_aside_then_accepted_after_trust(world, tmp_path):
    wb2, ks2, key2 = make_commune(tmp_path / "c2", code="10002", name="Xã Mới")
    dest = tmp_path / "new.ntmpkg"
    exporter.export_commune(wb2, ks2, key2, dest)
    out = world.to_hub(dest)
    assert statuses(out) == [("set_aside", "unknown_key")]
    assert ks2.card()["fingerprint"] in out[0].message
    reason = (out[0].quarantine + ".reason.txt")
    assert "ntm trust add" in open(reason, encoding="utf-8").read()
    world.hub.trust_add(read_card(json.dumps(ks2.card()).encode()))
    assert statuses(world.to_hub(dest)) == [("applied", None)]
    assert {c["code"] for c in world.hub.communes()} == {"10002"}
    wb2.close()


def test_verify_changes_nothing_and_checks_dossier_code(world):
    from ntm_desktop.core.dossier_code import dossier_code, package_sha256
    p = world.export()
    before = hub_state(world.hub)
    code = dossier_code("10001", package_sha256(p))
    o = importer.verify_file(p, world.hub_rx, dossier_code=code)
    assert o.status == "verified" and o.details["dossier_code"]["matches"]
    o = importer.verify_file(p, world.hub_rx, dossier_code="NTM-10001-0000000000000000")
    assert not o.details["dossier_code"]["matches"]
    assert hub_state(world.hub) == before
    assert world.hub.communes() == []


def test_failed_write_leaves_no_package(world, tmp_path, monkeypatch):
    dest = tmp_path / "out" / "x.ntmpkg"
    dest.parent.mkdir()
    real_fsync = os.fsync

    def boom(fd):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "fsync", boom)
    before = world.wb.meta("sync.out_seq")
    with pytest.raises(Exception) as exc:
        exporter.export_commune(world.wb, world.cks, world.ck, dest)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert exc.value.code == "disk_full"
    assert list(dest.parent.iterdir()) == []
    assert world.wb.meta("sync.out_seq") == before  # the sequence number was not used
