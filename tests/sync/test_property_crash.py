"""Random mutations of valid packages never give anything but a clean rejection or a verified
import; an importer killed at random points leaves the hub consistent and every package either
wholly applied or not at all."""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import add_photo, hub_state, make_world, raw_zip

from ntm_desktop.store import interchange
from ntm_desktop.store import journal as jr
from ntm_desktop.sync import importer

_WORLD: dict = {}


def _setup():
    if not _WORLD:
        root = Path(tempfile.mkdtemp(prefix="ntm-prop-"))
        w = make_world(root)
        w.edit(1)
        add_photo(w.wb, b"\xff\xd8" + bytes(range(256)) * 4)
        p = w.export()
        _WORLD.update(world=w, data=p.read_bytes(), dump=interchange.dump(w.wb))
    return _WORLD


def _mutate(data: bytes, ops: list[tuple[str, int, int, bytes]]) -> bytes:
    b = bytearray(data)
    for op, pos, n, junk in ops:
        if not b:
            break
        pos %= len(b)
        if op == "flip":
            b[pos] ^= 1 << (n % 8)
        elif op == "truncate":
            del b[pos:]
        elif op == "insert":
            b[pos:pos] = junk
        elif op == "delete":
            del b[pos:pos + 1 + n % 64]
        elif op == "member":  # rewrite one member's content in a well-formed zip
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                entries = [(i.filename, zf.read(i)) for i in zf.infolist()]
            i = pos % len(entries)
            name, body = entries[i]
            body = bytearray(body)
            if body:
                body[n % len(body)] ^= 0xFF
            entries[i] = (name, bytes(body) + junk)
            b = bytearray(raw_zip(entries))
    return bytes(b)


OPS = st.lists(st.tuples(st.sampled_from(["flip", "truncate", "insert", "delete", "member"]),
                         st.integers(0, 1 << 20), st.integers(0, 255),
                         st.binary(max_size=16)), min_size=1, max_size=4)


def _check(data: bytes) -> None:
    env = _setup()
    w = env["world"]
    path = w.root / "mutant.ntmpkg"
    path.write_bytes(data)
    before = hub_state(w.hub)
    out = importer.import_files([path], w.hub_rx)
    assert len(out) == 1
    o = out[0]
    assert o.status in ("applied", "duplicate", "rejected", "set_aside"), o
    if o.status == "applied":
        assert interchange.dump(w.hub.replica("10001")) == env["dump"]
    else:
        assert o.code
        assert hub_state(w.hub) == before


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(ops=OPS)
def test_random_mutations_are_refused_cleanly(ops):
    _check(_mutate(_setup()["data"], ops))


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(ops=OPS)
def test_random_mutations_many(ops):
    _check(_mutate(_setup()["data"], ops))


# ----------------------------------------------------------------------------- crash test
CHILD = r"""
import sys
from pathlib import Path
from ntm_desktop.store.hub import Hub
from ntm_desktop.sync import importer
from ntm_desktop.sync.keys import KeyStore
hub = Hub.open(Path(sys.argv[1]))
rx = importer.HubReceiver(hub, KeyStore(Path(sys.argv[2])), Path(sys.argv[3]))
out = importer.import_files([Path(p) for p in sys.argv[4:]], rx)
print([(o.status, o.code, o.message) for o in out], flush=True)
"""


@pytest.mark.slow
def test_importer_killed_at_random_points(tmp_path):
    w = make_world(tmp_path)
    boundaries = [0]
    packages = []
    for k in range(3):
        with w.wb.atomic():
            for i in range(1500):
                w.wb.put("contribution", {"date": "2024-03-01", "contributor": f"Hộ {k}-{i}",
                                          "kind": "tien_mat", "quantity": 1, "value_vnd": 1000})
        packages.append(w.export())
        w.wb.set_meta("sync.acked_journal_seq", str(jr.head(w.wb.conn)[0]))  # deltas
        boundaries.append(jr.head(w.wb.conn)[0])
    w.hub.close()
    hub_path = tmp_path / "h" / "hub.ntm.sqlite"
    replica = tmp_path / "h" / "hub" / "communes" / "10001.ntm.sqlite"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    args = [sys.executable, "-c", CHILD, str(hub_path), str(tmp_path / "h" / "keys"),
            str(tmp_path / "q"), *map(str, packages)]
    # Measure how long a whole import takes here, then kill fresh copies of the hub at random
    # points inside that window (timing-independent: a fast machine still gets killed mid-way).
    pristine = tmp_path / "h-pristine"
    shutil.copytree(tmp_path / "h", pristine)
    t0 = time.perf_counter()
    probe = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    full = time.perf_counter() - t0
    assert probe.returncode == 0, probe.stderr
    rng = random.Random(20250705)
    kills = 0
    for _ in range(8):
        shutil.rmtree(tmp_path / "h")
        shutil.copytree(pristine, tmp_path / "h")
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.05, 0.95) * full)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.communicate()
        for db in (hub_path, replica):
            if db.exists():
                con = sqlite3.connect(db)
                assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                con.close()
        if replica.exists():
            con = sqlite3.connect(replica)
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            head, seq = 0, None  # killed while the replica was being created: nothing applied
            if "journal" in tables:
                head = con.execute("SELECT coalesce(max(seq), 0) FROM journal").fetchone()[0]
                seq = con.execute("SELECT value FROM meta WHERE key = 'sync.in_seq'").fetchone()
            con.close()
            assert head in boundaries  # never half a package
            assert int(seq[0] if seq else 0) == boundaries.index(head)
        # whatever the point of the kill, importing the same files again finishes the job
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "rejected" not in done.stdout, done.stdout
        from ntm_desktop.store.hub import Hub
        with Hub.open(hub_path) as hub:
            assert interchange.dump(hub.replica("10001")) == interchange.dump(w.wb)
            assert hub.communes()[0]["last_seq"] == 3
    assert kills >= 4
