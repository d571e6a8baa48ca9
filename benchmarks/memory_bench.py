"""Peak memory of reading hostile and very large packages (issue 12, item 5).

Each measured step runs in a fresh child process, which prints its own peak resident memory
(``VmHWM`` from ``/proc/self/status``; ``ru_maxrss`` elsewhere), next to a baseline measured in
the same run: the same child doing everything but the package (Python, NTM's modules, an open
hub). Goal: under 150 MB
for any input up to the package size limit.

Cases:
- a 53 MB file whose central directory holds a million entries (ZIP64 end record), refused
  from the end record alone — and, for comparison, what Python's ``zipfile`` alone costs to
  open that file (what the reader did before);
- the same directory behind a plain end record that under-declares its entries;
- the largest allowed snapshot: a commune whose attachments fill the 2 GiB package limit
  (40 files of 50 MB, the largest attachment the app accepts), verified, then imported into a
  new hub (every blob streamed from the package file to the replica);
- a large ``changes.jsonl``: the full snapshot of a commune with 50,000 contributions, verified
  and imported (the journal streamed from the package file, twice, never held) — and, for
  comparison, what reading that member whole into dicts costs (what the reader did before).

Usage: ``python benchmarks/memory_bench.py [--snapshot-mib 2000] [--contributions 50000]
[--keep DIR]``. Writes about 3 × the snapshot size to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_MB = 150

CHILD = r"""
import sys
from pathlib import Path
from ntm_desktop.store.hub import Hub
from ntm_desktop.sync import importer
from ntm_desktop.sync.keys import KeyStore
mode, hub_path, keys, pkg = sys.argv[1:5]
hub = Hub.open(Path(hub_path))
rx = importer.HubReceiver(hub, KeyStore(Path(keys)), Path(hub_path).parent / "quarantine")
if mode == "verify":
    o = importer.verify_file(Path(pkg), rx)
    print(o.status, o.code)
elif mode == "import":
    [o] = importer.import_files([Path(pkg)], rx)
    print(o.status, o.code, o.applied)
elif mode == "parse":
    # what the reader did before: changes.jsonl read whole, every entry built as a dict
    import zipfile
    from ntm_desktop.sync import jsonsafe
    with zipfile.ZipFile(pkg) as zf:
        data = zf.read("changes.jsonl")
    print("parsed", len(jsonsafe.loads_lines(data, "changes.jsonl")))
elif mode == "zipfile":
    import zipfile
    with zipfile.ZipFile(pkg) as zf:
        print("zipfile", len(zf.infolist()))
else:
    print("baseline")
hub.close()
# peak resident memory of this process image (VmHWM is reset by exec, unlike ru_maxrss)
try:
    hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
    print("PEAK_KB", hwm)
except OSError:
    import resource
    print("PEAK_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def measure(mode: str, hub: Path, keys: Path, pkg: Path | str) -> tuple[float, float, str]:
    """(peak MB, seconds, child's result line) of one child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(hub), str(keys), str(pkg)],
                          env=env, capture_output=True, text=True, check=False)
    secs = time.perf_counter() - t0
    lines = done.stdout.strip().splitlines()
    peak = [int(x.split()[1]) for x in lines if x.startswith("PEAK_KB")]
    result = " ".join(x for x in lines if not x.startswith("PEAK_KB")) or \
        (done.stderr.strip().splitlines() or ["?"])[-1]
    return (peak[0] / 1024 if peak else float("nan")), secs, result


def million_entry_file(dest: Path, *, zip64: bool = True, entries: int = 1_000_000) -> int:
    """One small stored member, then a central directory of ``entries`` entries (each naming
    that member under another 7-digit name): about 53 MB. Written with struct — a hostile file,
    not a package."""
    name0 = b"0000000"
    body = b"x"
    import zlib
    crc = zlib.crc32(body)
    local = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, crc, 1, 1,
                        len(name0), 0) + name0 + body
    with open(dest, "wb") as fh:
        fh.write(local)
        cd_start = fh.tell()
        chunk = []
        for i in range(entries):
            name = f"{i:07d}".encode()
            chunk.append(struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 3, 20, 0, 0, 0, 0, 0,
                                     crc, 1, 1, len(name), 0, 0, 0, 0, 0o100644 << 16, 0)
                         + name)
            if len(chunk) == 10000:
                fh.write(b"".join(chunk))
                chunk.clear()
        fh.write(b"".join(chunk))
        cd_size = fh.tell() - cd_start
        if zip64:
            z64_at = fh.tell()
            fh.write(struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, entries, entries,
                                 cd_size, cd_start))
            fh.write(struct.pack("<4sLQL", b"PK\x06\x07", 0, z64_at, 1))
            fh.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                                 0xFFFFFFFF, 0))
        else:  # a plain end record that declares 40,000 entries for the same directory
            fh.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 40000, 40000, cd_size,
                                 cd_start, 0))
    return dest.stat().st_size


def largest_snapshot(root: Path, total_mib: int) -> tuple[Path, Path, Path]:
    """A commune whose attachments fill the package limit, its full snapshot, and a new hub
    that trusts it. Returns (package, hub file, hub keys folder)."""
    sys.path.insert(0, str(ROOT))
    import json

    from ntm_desktop.store.attachments import MAX_FILE_BYTES, add_bytes
    from ntm_desktop.store.commune import save_commune
    from ntm_desktop.store.hub import Hub
    from ntm_desktop.store.workbook import Workbook
    from ntm_desktop.sync import exporter
    from ntm_desktop.sync.keys import KeyStore, read_card
    wb = Workbook.open(root / "c" / "workbook.ntm.sqlite", create=True, author="bench")
    save_commune(wb, {"code": "10001", "name": "Xã Lớn", "criteria_set": "qd318-2022"})
    cks = KeyStore(root / "c" / "keys")
    ck = cks.generate(role="commune", name="Xã Lớn", commune_code="10001")
    hks = KeyStore(root / "h" / "keys")
    hk = hks.generate(role="appraiser", name="Sở", level="province")
    hub = Hub.open(root / "h" / "hub.ntm.sqlite", create=True, name="Sở", level="province")
    hub.trust_add(read_card(json.dumps(cks.card()).encode()))
    hub.close()
    wb.set_meta("sync.appraiser_key_id", hk.key_id)
    size = MAX_FILE_BYTES
    remaining = total_mib * 1024**2
    i = 0
    while remaining > 0:
        n = min(size, remaining)
        add_bytes(wb, os.urandom(n), {"original_name": f"bien-ban-{i:02d}.pdf",
                                      "mime": "application/pdf"})
        remaining -= n
        i += 1
    pkg = root / "snapshot.ntmpkg"
    exporter.export_commune(wb, cks, ck, pkg, full=True)
    wb.close()
    return pkg, root / "h" / "hub.ntm.sqlite", root / "h" / "keys"


def large_changes(root: Path, contributions: int) -> tuple[Path, Path, Path]:
    """A commune with ``contributions`` contributions (the demo generator's data: villages,
    infrastructure, contributions, each a journal entry), its full snapshot — a large
    ``changes.jsonl`` — and a new hub that trusts it. Returns (package, hub file, hub keys)."""
    sys.path.insert(0, str(ROOT))
    import json

    from ntm_desktop.devtools.demo import generate
    from ntm_desktop.store.hub import Hub
    from ntm_desktop.store.workbook import Workbook
    from ntm_desktop.sync import exporter
    from ntm_desktop.sync.keys import KeyStore, read_card
    wb = Workbook.open(root / "c" / "workbook.ntm.sqlite", create=True, author="bench",
                       daily_backup=False)
    generate(wb, villages=20, infra=500, contribs=contributions, seed=11)
    c = wb.commune()
    cks = KeyStore(root / "c" / "keys")
    ck = cks.generate(role="commune", name=c["name"], commune_code=c["code"])
    hks = KeyStore(root / "h" / "keys")
    hk = hks.generate(role="appraiser", name="Sở", level="province")
    hub = Hub.open(root / "h" / "hub.ntm.sqlite", create=True, name="Sở", level="province")
    hub.trust_add(read_card(json.dumps(cks.card()).encode()))
    hub.close()
    wb.set_meta("sync.appraiser_key_id", hk.key_id)
    pkg = root / "changes.ntmpkg"
    exporter.export_commune(wb, cks, ck, pkg, full=True)
    wb.close()
    return pkg, root / "h" / "hub.ntm.sqlite", root / "h" / "keys"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--snapshot-mib", type=int, default=2000,
                    help="attachments in the snapshot, MiB (default 2000: the 2 GiB limit)")
    ap.add_argument("--contributions", type=int, default=50_000,
                    help="contributions in the large-changes case (default 50,000)")
    ap.add_argument("--keep", help="work in this folder and keep it")
    a = ap.parse_args()
    root = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="ntm-mem-"))
    root.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, float, float, str]] = []
    try:
        t0 = time.perf_counter()
        pkg, hub, keys = largest_snapshot(root / "snap", a.snapshot_mib)
        print(f"(snapshot of {pkg.stat().st_size / 1024**2:,.0f} MiB built in "
              f"{time.perf_counter() - t0:.0f} s)", flush=True)
        rows.append(("baseline (Python + NTM + open hub)", *measure("baseline", hub, keys, "-")))
        big = root / "million.zip"
        size = million_entry_file(big)
        rows.append((f"1,000,000-entry directory, ZIP64 ({size / 1e6:.0f} MB): verify",
                     *measure("verify", hub, keys, big)))
        rows.append(("  same file opened by zipfile alone (before)",
                     *measure("zipfile", hub, keys, big)))
        lying = root / "million-lying.zip"
        million_entry_file(lying, zip64=False)
        rows.append(("1,000,000-entry directory, under-declared: verify",
                     *measure("verify", hub, keys, lying)))
        rows.append((f"largest snapshot ({pkg.stat().st_size / 1024**2:,.0f} MiB): verify",
                     *measure("verify", hub, keys, pkg)))
        rows.append((f"largest snapshot ({pkg.stat().st_size / 1024**2:,.0f} MiB): import",
                     *measure("import", hub, keys, pkg)))
        t0 = time.perf_counter()
        cpkg, chub, ckeys = large_changes(root / "changes", a.contributions)
        import zipfile
        with zipfile.ZipFile(cpkg) as zf:
            jsonl = zf.getinfo("changes.jsonl").file_size
        print(f"(commune with {a.contributions:,} contributions built and exported in "
              f"{time.perf_counter() - t0:.0f} s: changes.jsonl {jsonl / 1e6:,.0f} MB)",
              flush=True)
        what = f"{a.contributions:,} contributions (changes.jsonl {jsonl / 1e6:,.0f} MB)"
        rows.append((f"{what}: verify", *measure("verify", chub, ckeys, cpkg)))
        rows.append(("  changes.jsonl parsed into memory (before)",
                     *measure("parse", chub, ckeys, cpkg)))
        rows.append((f"{what}: import", *measure("import", chub, ckeys, cpkg)))
    finally:
        if not a.keep:
            shutil.rmtree(root, ignore_errors=True)
    width = max(len(r[0]) for r in rows)
    print(f"\n{'case':<{width}}  {'peak MB':>8}  {'seconds':>8}  result")
    for name, mb, secs, out in rows:
        print(f"{name:<{width}}  {mb:8.1f}  {secs:8.1f}  {out}")
    worst = max(mb for name, mb, _, _ in rows if not name.startswith("  "))
    print(f"\nworst NTM case: {worst:.1f} MB (goal < {GOAL_MB} MB)")
    return 0 if worst < GOAL_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
