"""Streamed packages (issue 12, item 19): ``changes.jsonl`` is never held in memory — read line
by line from the package file when planning and again when applying, each pass re-checking the
member's hash and the hash chain — and a package is written member by member from files.

Peak memory at size is measured in ``benchmarks/size_bench.py`` (300,000 contributions) and
``benchmarks/memory_bench.py`` (a large ``changes.jsonl``); here: the canonical bytes, what is
kept, and a file changed between the passes."""

from __future__ import annotations

import hashlib
import io
import json
import tracemalloc
import zipfile

import pytest
from sync_helpers import hub_state, resign, split

from ntm_desktop.core.errors import StorageError
from ntm_desktop.store import journal as jr
from ntm_desktop.sync import exporter, importer
from ntm_desktop.sync import package as pk
from ntm_desktop.sync import payload as pl
from ntm_desktop.sync.errors import PackageRejected


def _writestr_bytes(manifest: bytes, signature: bytes, members: list[tuple[str, bytes]]
                    ) -> bytes:
    """The archive as Python's ``ZipFile.writestr`` writes it in one piece per member: the byte
    form the reader requires (tests/sync/test_byte_flips.py)."""
    import stat
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in [(pk.MANIFEST, manifest), (pk.SIGNATURE, signature), *members]:
            info = zipfile.ZipInfo(name, pk.FIXED_DATE)
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.create_system = 3
            stored = name == pk.SIGNATURE or name.startswith(pk.BLOB_PREFIX)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zf.writestr(info, data, compresslevel=6)
    return buf.getvalue()


def _members(n: int = 3000) -> list[tuple[str, bytes]]:
    changes = b"".join(json.dumps({"i": i, "t": "Thôn Đông " * (i % 7)}).encode() + b"\n"
                       for i in range(n))
    blob = hashlib.sha256(b"seed").digest() * 40000  # 1.28 MB: several 1 MiB pieces
    return [(pk.CHANGES, changes), (pk.BLOB_PREFIX + hashlib.sha256(blob).hexdigest(), blob)]


def test_streamed_writer_gives_the_canonical_bytes(world, tmp_path):
    """Written member by member from files, the package has exactly the bytes ``writestr``
    gives for the same members, and reports the file's real size and hash."""
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    members = _members()
    manifest = pk.build_manifest({"kind": "commune_update"}, members)
    sig = world.ck.sign(manifest)
    expected = _writestr_bytes(manifest, sig, members)
    assert pk.package_bytes(manifest, sig, members) == expected
    files = []
    for i, (name, data) in enumerate(members):
        f = tmp_path / f"m{i}"
        f.write_bytes(data)
        files.append(pk.Member.of_file(name, f))
    assert pk.build_manifest({"kind": "commune_update"}, files) == manifest
    dest = tmp_path / "out.ntmpkg"
    size, sha = pk.write_package(dest, manifest, sig, files)
    assert dest.read_bytes() == expected
    assert (size, sha) == (len(expected), hashlib.sha256(expected).hexdigest())
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_member_changed_while_writing_leaves_no_file(world, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    name, data = _members()[0]
    src = tmp_path / "changes"
    src.write_bytes(data)
    member = pk.Member.of_file(name, src)
    src.write_bytes(data.replace(b'"i": 1,', b'"i": 9,'))  # same size, other content
    manifest = pk.build_manifest({"kind": "commune_update"}, [member])
    dest = tmp_path / "out.ntmpkg"
    with pytest.raises(StorageError) as err:
        pk.write_package(dest, manifest, world.ck.sign(manifest), [member])
    assert err.value.code == "source_changed" and "{" not in err.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["changes"]


def test_export_streams_and_its_package_verifies(world):
    """The exporter's summary matches the file; the package is read back without holding
    changes.jsonl, and the journal read from the file is the commune's."""
    world.edit(1)
    dest = world.root / "full.ntmpkg"
    res = exporter.export_commune(world.wb, world.cks, world.ck, dest, full=True)
    data = dest.read_bytes()
    assert res["size"] == len(data)
    assert res["file_sha256"] == hashlib.sha256(data).hexdigest()
    pkg = world.hub_rx.read(dest)
    assert pk.CHANGES not in pkg.members and pkg.streamed == {pk.CHANGES}
    got = [(e["seq"], e["hash"]) for e in importer.changes(pkg)]
    held = [(e["seq"], e["hash"]) for e in jr.iter_entries(world.wb.db)]
    assert got == held and res["entries"] == len(held)
    assert [o.status for o in world.to_hub(dest)] == ["applied"]
    assert not list(world.root.glob("*.partial"))


def _tampered_copy(data: bytes) -> bytes:
    """The same signed manifest and signature, with one entry of changes.jsonl altered."""
    parts = split(data)
    body = dict(parts.members)[pk.CHANGES].replace(b'"households":120', b'"households":121')
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        manifest, sig = zf.read(pk.MANIFEST), zf.read(pk.SIGNATURE)
    members = [(n, body if n == pk.CHANGES else b) for n, b in parts.members]
    return pk.package_bytes(manifest, sig, members)


@pytest.mark.parametrize("known", [False, True], ids=["new commune", "known commune"])
def test_file_changed_between_verify_and_apply(world, known):
    """A package file replaced after it was verified (a USB stick written to meanwhile): the
    apply pass reads it again, finds the hash of changes.jsonl no longer signed, and applies
    nothing — the new replica is not created, the known one is unchanged."""
    if known:
        world.to_hub(world.export())
        world.edit(1)
    path = world.export()
    data = path.read_bytes()
    rx = world.hub_rx
    before = hub_state(world.hub)
    pkg = rx.read(path)
    plan = rx.plan(pkg)
    path.write_bytes(_tampered_copy(data))
    with pytest.raises(PackageRejected) as err:
        rx.apply(pkg, plan)
    assert err.value.code == "hash_mismatch"
    assert hub_state(world.hub) == before
    assert world.hub.replica_path("10001").exists() == known
    path.write_bytes(data)  # the real file again: it applies
    assert [o.status for o in world.to_hub(path)] == ["applied"]


def test_file_changed_between_read_and_plan(world):
    path = world.export()
    data = path.read_bytes()
    rx = world.hub_rx
    pkg = rx.read(path)
    path.write_bytes(_tampered_copy(data))
    with pytest.raises(PackageRejected) as err:
        rx.plan(pkg)
    assert err.value.code == "hash_mismatch"
    path.write_bytes(b"")  # gone altogether: a clear refusal, not a crash
    with pytest.raises(PackageRejected) as err:
        rx.plan(pkg)
    assert err.value.code in ("truncated", "not_a_zip", "unreadable")


def test_long_line_is_refused_only_for_its_length(world, monkeypatch):
    """The 17 MiB entry of the hostile suite is otherwise valid: with the line limit raised it
    is applied — so its refusal there is the limit, not another check."""
    from test_hostile import CASES_19
    make = next(m for name, m, _ in CASES_19 if "16 MiB" in name)
    path = world.root / "long.ntmpkg"
    path.write_bytes(make(world))
    monkeypatch.setattr(pl, "MAX_LINE", 64 * 1024**2)
    [o] = world.to_hub(path)
    assert (o.status, o.code) == ("applied", None), o.message
    row = world.hub.replica("10001").rows("infra_item")[0]
    assert len(row["attrs"]["mô tả"]) == 17 * 1024**2


def test_overlap_is_compared_in_batches(world, monkeypatch):
    """A full package re-sending entries the hub holds is compared with the replica batch by
    batch; a rewritten entry deep in the overlap is still found."""
    for i in range(12):
        world.edit(i)
    world.to_hub(world.export())
    monkeypatch.setattr(importer, "_HELD_BATCH", 4)
    world.edit(99)
    ok = world.export(full=True)
    assert [o.status for o in world.to_hub(ok)] == ["applied"]
    world.edit(100)
    parts = split(world.export(full=True).read_bytes())
    entries = [json.loads(x) for x in dict(parts.members)[pk.CHANGES].split(b"\n")[:-1]]
    entries[9]["author"] = "người khác"
    prev = jr.GENESIS
    for e in entries:
        prev = jr.entry_hash({**e, "prev_hash": prev})
    parts.members = [(pk.CHANGES, b"".join(jr.canonical_json(e) + b"\n" for e in entries))]
    parts.manifest["journal"]["head_hash"] = prev
    bad = world.root / "rewritten.ntmpkg"
    bad.write_bytes(resign(parts, world.ck))
    before = hub_state(world.hub)
    [o] = world.to_hub(bad)
    assert (o.code, o.details.get("detail")) == ("journal_fork", 10)
    assert hub_state(world.hub) == before


def _with_villages(w, n: int) -> bytes:
    """The commune's package with ``n`` more village entries (a consistent, signed chain)."""
    from test_hostile import _rechain
    parts = split(w.export().read_bytes())
    entries = [json.loads(x) for x in dict(parts.members)[pk.CHANGES].split(b"\n")[:-1]]
    v = next(e for e in entries if e["entity"] == "village")
    first = entries[-1]["seq"] + 1
    for i in range(n):
        row = {**v["row"], "id": f"v{i:06d}", "name": f"Thôn {i}", "households": i % 500}
        entries.append({**v, "seq": first + i, "entity_id": row["id"], "row": row})
    _rechain(parts, entries)
    return resign(parts, w.ck)


def _traced_peak(fn) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_verify_and_apply_keep_no_entries(world):
    """Python memory while planning and applying a package of 40,000 entries stays far below
    the size of its changes.jsonl — which the reader held before, with every entry as a dict
    (several times that size). Peak resident memory at 300,000 contributions:
    benchmarks/size_bench.py."""
    path = world.root / "big.ntmpkg"
    path.write_bytes(_with_villages(world, 40_000))
    rx = world.hub_rx
    pkg = rx.read(path)
    size = next(m["size"] for m in pkg.manifest["members"] if m["name"] == pk.CHANGES)
    assert size > 10_000_000
    rx.plan(pkg)  # once untraced: caches (table columns, validators) are not what is measured
    plan_peak = _traced_peak(lambda: rx.plan(pkg))
    plan = rx.plan(pkg)
    apply_peak = _traced_peak(lambda: rx.apply(pkg, plan))
    assert world.hub.replica("10001").count("village") == 40_001
    print(f"changes.jsonl {size} B; traced peak: plan {plan_peak} B, apply {apply_peak} B")
    assert plan_peak < size / 4 and apply_peak < size / 4, (plan_peak, apply_peak, size)


def test_export_removes_spool_folders_left_by_killed_exports(world, tmp_path, monkeypatch):
    """A killed export leaves its ``ntm-export-*`` spool folder in the temporary directory; the
    next export removes those untouched for over 15 minutes and keeps the rest (a recent one
    may be another export's; other folders and links are not the exporter's)."""
    import os
    import tempfile
    import time
    spools = tmp_path / "systemp"
    spools.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spools))
    old = time.time() - pk.STALE_PARTIAL_SECONDS - 60

    def folder(name: str, mtime: float) -> None:
        (spools / name).mkdir()
        (spools / name / pk.CHANGES).write_bytes(b'{"seq": 1}\n')
        for p in (spools / name / pk.CHANGES, spools / name):
            os.utime(p, (mtime, mtime))

    folder("ntm-export-killed", old)
    folder("ntm-export-recent", time.time() - 60)
    folder("other-old", old)
    target = tmp_path / "kept"
    target.mkdir()
    os.utime(target, (old, old))
    (spools / "ntm-export-link").symlink_to(target, target_is_directory=True)
    world.edit(1)
    dest = world.export()
    assert [o.status for o in world.to_hub(dest)] == ["applied"]
    assert sorted(p.name for p in spools.iterdir()) == [
        "ntm-export-link", "ntm-export-recent", "other-old"]  # and its own spool is gone
    assert target.is_dir()
    assert exporter.remove_stale_spools(spools, now=time.time() + pk.STALE_PARTIAL_SECONDS
                                        + 120) == [spools / "ntm-export-recent"]
