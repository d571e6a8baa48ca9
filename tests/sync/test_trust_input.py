"""Issue 12, outside input: one bad file never stops a folder (lone surrogates, undecodable
file names, unexpected errors), the roll-up survives a replica it cannot evaluate, the central
directory is checked before zipfile sees it, the dossier code is one per signed package, text
from a package is escaped, future dates, quarantine cap and clean-up, stale partial files and a
first import killed at random points."""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from sync_helpers import World, hub_state, make_commune, make_world, resign, split

from ntm_desktop.cli import main
from ntm_desktop.core import dossier_code as dc
from ntm_desktop.core.text import escape_text
from ntm_desktop.store import interchange
from ntm_desktop.store import journal as jr
from ntm_desktop.store.hub import Hub
from ntm_desktop.sync import importer
from ntm_desktop.sync import package as pk
from ntm_desktop.sync.keys import read_card


def run(capsys, *args: str) -> tuple[int, object]:
    rc = main(list(args))
    out = capsys.readouterr().out
    try:
        return rc, json.loads(out)
    except json.JSONDecodeError:
        return rc, out


def _surrogate_package(w: World) -> bytes:
    parts = split(w.export().read_bytes())
    parts.members = [(n, b.replace("Đông".encode(), b"\\ud800") if n == pk.CHANGES else b)
                     for n, b in parts.members]
    return resign(parts, w.ck)


# ----------------------------------------------------------------------------- item 4
def test_folder_import_goes_on_after_every_kind_of_bad_file(world, monkeypatch):
    """A lone surrogate, a file name that is not UTF-8, and an error no check anticipated:
    each file is quarantined with its reason, the valid package after them is applied."""
    folder = world.root / "usb"
    folder.mkdir()
    (folder / "a-surrogate.ntmpkg").write_bytes(_surrogate_package(world))
    world.wb.set_meta("sync.out_seq", "0")  # the next export is package 1 again, valid
    world.wb.set_meta("sync.out_hash", jr.GENESIS)
    good = world.export()
    shutil.copyfile(good, folder / "z-good.ntmpkg")
    raw_name = os.fsencode(folder) + b"/b-t\xe0i li\xea\xf2u.ntmpkg"  # cp1258 bytes
    with open(raw_name, "wb") as fh:
        fh.write(b"PK\x03\x04 not really")
    boom = world.root / "c-boom.ntmpkg"
    boom.write_bytes(good.read_bytes())
    shutil.copyfile(boom, folder / "c-boom.ntmpkg")
    rx = world.hub_rx
    real_read = rx.read

    def read(source):
        if Path(source).name == "c-boom.ntmpkg":
            raise RuntimeError("unexpected")
        return real_read(source)
    monkeypatch.setattr(rx, "read", read)
    out = importer.import_files([folder], rx)
    codes = {escape_text(Path(o.file).name): o.code for o in out}
    assert codes["a-surrogate.ntmpkg"] == "bad_text"
    assert codes["c-boom.ntmpkg"] == "internal_error"
    assert [c for n, c in codes.items() if n.startswith("b-t")] == ["truncated"]
    assert codes["z-good.ntmpkg"] is None
    assert [o.status for o in out if o.code is None] == ["applied"]
    for o in out:
        if o.code:
            reason = Path(o.quarantine + ".reason.txt").read_text("utf-8")
            assert o.code in reason
            json.dumps(o.to_json(), ensure_ascii=False).encode("utf-8")  # printable


def test_json_output_never_crashes_on_manifest_text(world, capsys, tmp_path):
    """A package set aside (unknown key) shows who its unverified manifest claims to be:
    control characters and bidi overrides are escaped in the text output, and the JSON output
    prints whatever the name holds."""
    from ntm_desktop.sync.keys import KeyStore, b64
    parts = split(world.export().read_bytes())
    evil = KeyStore(tmp_path / "evil").generate(role="commune", name="x", commune_code="10001")
    parts.manifest["sender"].update(key_id=evil.key_id, public_key=b64(evil.public_raw),
                                    name="Xã \x1b[2J\u202eAHK\x07")
    data_dir = tmp_path / "hdata"
    shutil.copytree(world.root / "h", data_dir)
    pkg = tmp_path / "claims.ntmpkg"
    pkg.write_bytes(resign(parts, evil))
    rc, out = run(capsys, "verify", str(pkg), "--data-dir", str(data_dir), "--json")
    assert rc == 2 and out["error"] == "unknown_key"
    rc, text = run(capsys, "verify", str(pkg), "--data-dir", str(data_dir))
    assert "\\x1b[2J\\u202eAHK\\x07" in text and "\x1b" not in text and "\u202e" not in text


# ----------------------------------------------------------------------------- item 3
def test_report_survives_a_replica_it_cannot_evaluate(world, capsys):
    """Identity comes from the hub's registry; a broken replica is named and left out."""
    from ntm_desktop.store.assessment import set_assessment
    set_assessment(world.wb, "1.1", 2025, {"declared_status": "dat"})  # a year to report on
    world.to_hub(world.export())
    wb2, ks2, key2 = make_commune(world.root / "c2", code="10002", name="Xã Hai")
    set_assessment(wb2, "1.1", 2025, {"declared_status": "dat"})
    world.hub.trust_add(read_card(json.dumps(ks2.card()).encode()))
    wb2.set_meta("sync.appraiser_key_id", world.hk.key_id)
    from ntm_desktop.sync import exporter
    exporter.export_commune(wb2, ks2, key2, world.root / "c2.ntmpkg")
    assert [o.status for o in world.to_hub(world.root / "c2.ntmpkg")] == ["applied"]
    wb2.close()
    # damage done outside the importer (an older version applied such packages)
    r1 = world.hub.replica("10001")
    r1.db.execute("UPDATE commune SET code = '10002', name = 'Xã Hai'")
    r2 = world.hub.replica("10002")
    r2.db.execute("DELETE FROM commune")
    world.hub.close()
    rc, rep = run(capsys, "report", "--year", "2025", "--data-dir", str(world.root / "h"),
                  "--json")
    assert rc == 0, rep
    assert rep["communes"] == 1
    assert [(c["code"], c["name"]) for c in rep["per_commune"]] == [("10001", "Xã Tân Hòa")]
    assert [(e["code"], e["name"]) for e in rep["excluded"]] == [("10002", "Xã Hai")]
    world.hub = Hub.open(world.root / "h" / "hub.ntm.sqlite")


# ----------------------------------------------------------------------------- item 5
def _eocd_claiming(entries: int, cd_size: int, data: bytes = b"") -> bytes:
    return data + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, entries & 0xFFFF,
                              entries & 0xFFFF, cd_size, len(data), 0)


def test_central_directory_checked_before_zipfile_builds_it(world, monkeypatch):
    built = []
    real = zipfile.ZipFile.__init__

    def spy(self, *a, **k):
        built.append(1)
        return real(self, *a, **k)
    monkeypatch.setattr(zipfile.ZipFile, "__init__", spy)
    # a million entries claimed in the ZIP64 end record
    body = b"PK\x03\x04" + b"\0" * 100
    z64 = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, 1_000_000, 1_000_000,
                      46 * 1_000_000, len(body))
    loc = struct.pack("<4sLQL", b"PK\x06\x07", 0, len(body), 1)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    cases = {
        "zip64 million": (body + z64 + loc + end, "too_many_members"),
        "60k entries": (_eocd_claiming(60_000, 46 * 60_000, body), "too_many_members"),
        "directory larger than its entries": (_eocd_claiming(3, 50 * 1024**2, body),
                                              "too_many_members"),
    }
    before = hub_state(world.hub)
    for name, (data, code) in cases.items():
        path = world.root / f"{name}.ntmpkg"
        path.write_bytes(data)
        assert [o.code for o in world.to_hub(path)] == [code], name
    assert built == [] and hub_state(world.hub) == before


def test_members_are_read_from_the_file(world, monkeypatch):
    """The package file is never read whole into memory, and a blob is streamed to its place:
    importing an 8 MB attachment allocates far less than 8 MB of Python memory."""
    import tracemalloc

    from ntm_desktop.store.attachments import add_bytes
    # a first package with a small attachment: modules imported and caches filled on first
    # use (Pillow, the schema's columns) are not what is measured
    add_bytes(world.wb, b"%PDF-1.4 small", {"original_name": "nho.pdf", "mime": "application/pdf"})
    assert [o.status for o in world.to_hub(world.export())] == ["applied"]
    blob = os.urandom(8 * 1024**2)
    add_bytes(world.wb, blob, {"original_name": "bien-ban.pdf", "mime": "application/pdf"})
    p = world.export()
    real = Path.read_bytes

    def guard(self):
        assert self.suffix != ".ntmpkg", "the whole package was read into memory"
        return real(self)
    monkeypatch.setattr(Path, "read_bytes", guard)
    tracemalloc.start()
    out = world.to_hub(p)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [o.status for o in out] == ["applied"]
    assert peak < 4 * 1024**2, peak


# ----------------------------------------------------------------------------- item 6
def test_one_signed_package_has_one_dossier_code(world):
    """Re-compressing the same signed content (another deflate level, same headers) gives the
    same code; any other header form is refused (hostile suite, test_byte_flips)."""
    p = world.export()
    code = dc.dossier_code("10001", dc.package_sha256(p))
    buf = io.BytesIO()
    with zipfile.ZipFile(p) as src, zipfile.ZipFile(buf, "w") as dst:
        for i in src.infolist():
            info = zipfile.ZipInfo(i.filename, i.date_time)
            info.compress_type = i.compress_type
            info.external_attr, info.create_system = i.external_attr, i.create_system
            dst.writestr(info, src.read(i), compresslevel=1)
    other = world.root / "rewrapped.ntmpkg"
    other.write_bytes(buf.getvalue())
    assert dc.file_sha256(other) != dc.file_sha256(p)
    for f in (p, other):
        o = importer.verify_file(f, world.hub_rx, dossier_code=code)
        assert o.status == "verified" and o.details["dossier_code"]["matches"], f
    # the same content with other attributes is refused, as is a prefixed byte; a refused
    # file has no dossier code at all
    attrs = io.BytesIO()
    with zipfile.ZipFile(p) as src, zipfile.ZipFile(attrs, "w") as dst:
        for i in src.infolist():
            info = zipfile.ZipInfo(i.filename, i.date_time)
            info.compress_type = i.compress_type
            dst.writestr(info, src.read(i))
    (world.root / "attrs.ntmpkg").write_bytes(attrs.getvalue())
    o = importer.verify_file(world.root / "attrs.ntmpkg", world.hub_rx, dossier_code=code)
    assert o.code == "bad_framing"
    bad = world.root / "prefixed.ntmpkg"
    bad.write_bytes(b"\0" + p.read_bytes())
    o = importer.verify_file(bad, world.hub_rx, dossier_code=code)
    assert o.code == "bad_framing" and not o.details["dossier_code"]["matches"]


# ----------------------------------------------------------------------------- item 9
def test_future_package_does_not_move_the_clock(world):
    world.to_hub(world.export())
    world.wb.set_meta("sync.acked_journal_seq", str(jr.head(world.wb.conn)[0]))
    world.edit(1)
    parts = split(world.export().read_bytes())
    entries = [json.loads(x) for x in parts.members[0][1].split(b"\n")[:-1]]
    for e in entries:
        ms, rest = e["hlc"].split("-", 1)
        e["hlc"] = f"{int(ms) + 2 * 86400 * 1000:013d}-{rest}"  # two days ahead
    prev = parts.manifest["journal"]["prev_hash"]
    for e in entries:
        prev = jr.entry_hash({**e, "prev_hash": prev})
    parts.members[0] = (pk.CHANGES, b"".join(jr.canonical_json(e) + b"\n" for e in entries))
    parts.manifest["journal"]["head_hash"] = prev
    path = world.root / "future.ntmpkg"
    path.write_bytes(resign(parts, world.ck))
    clock_before = world.hub.replica("10001").meta("hlc_last")
    out = world.to_hub(path)
    assert [o.code for o in out] == ["future_date"]
    assert "ngày giờ của máy tính" in out[0].message
    assert world.hub.replica("10001").meta("hlc_last") == clock_before


# ----------------------------------------------------------------------------- item 14
def test_quarantine_cap_and_clean(world, monkeypatch, capsys):
    monkeypatch.setattr(importer, "QUARANTINE_MAX_COPY", 1000)
    monkeypatch.setattr(importer, "QUARANTINE_MAX_TOTAL", 5000)
    big = world.root / "big.ntmpkg"
    big.write_bytes(b"PK\x03\x04" + b"\0" * 5000)
    [o] = world.to_hub(big)
    assert o.code == "truncated" and not Path(o.quarantine).exists()
    reason = Path(o.quarantine + ".reason.txt").read_text("utf-8")
    assert "không được sao chép" in reason and str(big) in reason
    for i in range(10):
        small = world.root / f"s{i}.ntmpkg"
        small.write_bytes(b"not a zip " * 80)
        world.to_hub(small)
    q = world.root / "h" / "quarantine"
    assert sum(f.stat().st_size for f in q.iterdir()) <= 5000 + 2000
    r = importer.clean_quarantine(q)
    assert r["files"] > 0 and not any(q.iterdir())
    # the command
    qdir = world.root / "cli" / "quarantine"
    qdir.mkdir(parents=True)
    (qdir / "old.ntmpkg").write_bytes(b"x" * 10)
    os.utime(qdir / "old.ntmpkg", (time.time() - 40 * 86400,) * 2)
    (qdir / "new.ntmpkg").write_bytes(b"y")
    rc, out = run(capsys, "quarantine", "clean", "--older-than", "30", "--data-dir",
                  str(world.root / "cli"), "--json")
    assert rc == 0 and out == {"files": 1, "bytes": 10}
    assert [f.name for f in qdir.iterdir()] == ["new.ntmpkg"]


# ----------------------------------------------------------------------------- item 15
def test_stale_partial_files_are_removed_on_the_next_export(world):
    out = world.root
    stale = out / ".NTM-10001-x-0001-update.ntmpkg.0a1b2c3d.partial"
    stale.write_bytes(b"half a package")
    os.utime(stale, (time.time() - 3600,) * 2)
    fresh = out / ".NTM-10001-y-0002-update.ntmpkg.0a1b2c3e.partial"
    fresh.write_bytes(b"being written right now")
    other = out / ".notes.partial"
    other.write_bytes(b"not ours")
    os.utime(other, (time.time() - 3600,) * 2)
    world.export()
    assert not stale.exists() and fresh.exists() and other.exists()


CHILD = r"""
import sys
from pathlib import Path
from ntm_desktop.store.hub import Hub
from ntm_desktop.sync import importer
from ntm_desktop.sync.keys import KeyStore
hub = Hub.open(Path(sys.argv[1]))
rx = importer.HubReceiver(hub, KeyStore(Path(sys.argv[2])), Path(sys.argv[3]))
out = importer.import_files([Path(sys.argv[4])], rx)
print([(o.status, o.code) for o in out], flush=True)
"""


@pytest.mark.slow
def test_first_import_killed_at_random_points_leaves_no_empty_replica(tmp_path):
    """A new commune's first package, killed at ~20 random moments: afterwards the replica is
    either absent or complete, never empty; importing again always finishes the job."""
    w = make_world(tmp_path)
    with w.wb.atomic():
        for i in range(3000):
            w.wb.put("contribution", {"date": "2024-03-01", "contributor": f"Hộ {i}",
                                      "kind": "tien_mat", "quantity": 1000, "value_vnd": 1000})
    pkg = w.export(full=True)
    head = jr.head(w.wb.conn)[0]
    w.hub.close()
    hub_path = tmp_path / "h" / "hub.ntm.sqlite"
    replica = tmp_path / "h" / "hub" / "communes" / "10001.ntm.sqlite"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    args = [sys.executable, "-c", CHILD, str(hub_path), str(tmp_path / "h" / "keys"),
            str(tmp_path / "q"), str(pkg)]
    pristine = tmp_path / "h-pristine"
    shutil.copytree(tmp_path / "h", pristine)
    t0 = time.perf_counter()
    probe = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    full = time.perf_counter() - t0
    assert "applied" in probe.stdout, probe.stdout + probe.stderr
    rng = random.Random(1205)
    kills = 0
    for _ in range(20):
        shutil.rmtree(tmp_path / "h")
        shutil.copytree(pristine, tmp_path / "h")
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.3, 1.0) * full)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.communicate()
        if replica.exists():
            con = sqlite3.connect(replica)
            n = con.execute("SELECT count(*) FROM journal").fetchone()[0]
            seq = con.execute("SELECT value FROM meta WHERE key = 'sync.in_seq'").fetchone()
            con.close()
            assert n == head and seq == ("1",)  # complete, never empty
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
        assert "rejected" not in done.stdout, done.stdout + done.stderr
        with Hub.open(hub_path) as hub:
            assert interchange.dump(hub.replica("10001")) == interchange.dump(w.wb)
    assert kills >= 8


def test_unfinished_builds_are_removed_when_old(world):
    folder = world.hub.communes_dir / ".building"
    folder.mkdir(parents=True)
    old = folder / "10009-0a0b0c0d.ntm.sqlite"
    old.write_bytes(b"SQLite format 3\0")
    os.utime(old, (time.time() - 2 * 3600,) * 2)
    fresh = folder / "10008-0a0b0c0e.ntm.sqlite"  # another process is building it right now
    fresh.write_bytes(b"SQLite format 3\0")
    world.hub_rx  # noqa: B018 - an import starts
    assert not old.exists() and fresh.exists()
    assert not world.hub.replica_path("10009").exists()


# ----------------------------------------------------------------------------- item 7
def test_database_text_never_reaches_the_officer(world, monkeypatch):
    from ntm_desktop.store.workbook import Workbook, translate_sqlite_error

    def broken(self, entries):
        raise translate_sqlite_error(sqlite3.OperationalError("database disk image is weird"))
    monkeypatch.setattr(Workbook, "apply_entries", broken)
    before = hub_state(world.hub)
    [o] = world.to_hub(world.export())
    assert o.code == "apply_failed"
    assert "weird" not in o.message and "database" not in o.message
    assert "nhật ký chương trình" in o.message
    assert hub_state(world.hub) == before
    assert not world.hub.replica_path("10001").exists()  # the first import left nothing
