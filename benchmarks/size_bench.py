"""Size benchmark (issue 12 items 16 and 19): peak memory of a commune with 300,000 contributions
through dump, load, package export and the hub's verify and import of that package, and of the
largest photos NTM accepts.

Every operation runs in a fresh subprocess that reports its own peak resident memory
(``VmHWM`` of ``/proc/self/status``, else ``ru_maxrss``: Python, SQLite's cache, Pillow's and
libjpeg's buffers, everything). Baselines measured in the same run:

* ``baseline: program floor`` — the CLI imported and the workbook opened, nothing done;
* ``baseline: in-memory dump`` / ``in-memory load`` — the whole document in memory
  (``interchange.dump_bytes`` / ``read_file`` + ``load``), as ``ntm dump``/``ntm load`` did before;
* ``baseline: Pillow full decode`` — opening and decoding the photo at full size, as attaching a
  photo did before;
* ``baseline: changes.jsonl parsed into memory`` — the package's journal read whole and every
  entry built as a dict, as the hub's verify and import did before; with ``--compare-with DIR``
  the package export, verify and import also run with the code in DIR (``before: …`` lines).

    .venv/bin/python benchmarks/size_bench.py [--contributions 300000] [--keep DIR] [--skip-sync]
        [--sync-only] [--compare-with DIR]

Goals: every streamed operation under 500 MB at 300,000 contributions; every photo under 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ``--compare-with DIR`` runs the package operations a second time with the ``ntm_desktop`` of
# another source tree (e.g. ``git archive <base commit> ntm_desktop translations | tar -x -C
# DIR``): before and after in the same run. The child finds that tree in NTM_BENCH_SRC.
sys.path.insert(0, os.environ.get("NTM_BENCH_SRC") or str(ROOT))

GOAL_ROWS_MB = 500
GOAL_PHOTO_MB = 300


# ----------------------------------------------------------------------------- child side
def _child(op: str, args: list[str]) -> None:
    """Run one operation and print {"seconds", "maxrss_mb"} as the last line of stdout."""
    t0 = time.perf_counter()
    if op == "floor":
        from ntm_desktop.cli import main  # noqa: F401
        from ntm_desktop.store.workbook import Workbook
        with Workbook.open(args[0], daily_backup=False) as wb:
            wb.count("contribution")
    elif op == "cli":
        from ntm_desktop.cli import main
        rc = main(args)
        if rc:
            raise SystemExit(f"ntm {' '.join(args)} → {rc}")
    elif op == "dump_in_memory":
        from ntm_desktop.store import interchange
        from ntm_desktop.store.workbook import Workbook
        with Workbook.open(args[0], daily_backup=False) as wb:
            Path(args[1]).write_bytes(interchange.dump_bytes(wb))
    elif op == "load_in_memory":
        from ntm_desktop.store import interchange
        from ntm_desktop.store.workbook import Workbook
        doc = interchange.read_file(Path(args[0]))
        with Workbook.open(args[1], create=True, daily_backup=False) as wb:
            interchange.load(wb, doc)
    elif op == "build":
        build_commune(Path(args[0]), int(args[1]))
    elif op == "make_photos":
        photos(Path(args[0]))
    elif op == "photo":
        from ntm_desktop.store import attachments
        data = Path(args[0]).read_bytes()
        attachments.prepare_bytes(data, Path(args[0]).name, max_px=int(args[1]))
    elif op == "photo_pillow":
        from PIL import Image
        Image.MAX_IMAGE_PIXELS = None
        with Image.open(args[0]) as img:
            img.load()
            img.thumbnail((int(args[1]), int(args[1])))
    elif op == "export":
        from ntm_desktop.store.workbook import Workbook
        from ntm_desktop.sync import exporter
        from ntm_desktop.sync.keys import KeyStore
        ks = KeyStore(Path(args[1]))
        with Workbook.open(args[0], daily_backup=False) as wb:
            exporter.export_commune(wb, ks, ks.load(None), Path(args[2]), full=True)
    elif op == "parse_in_memory":
        # what the reader did before: changes.jsonl read whole, every entry built as a dict
        import zipfile

        from ntm_desktop.sync import jsonsafe
        with zipfile.ZipFile(args[0]) as zf:
            data = zf.read("changes.jsonl")
        entries = jsonsafe.loads_lines(data, "changes.jsonl")
        print(f"{len(entries)} entries", file=sys.stderr)
    elif op in ("verify", "import"):
        from ntm_desktop.store.hub import Hub
        from ntm_desktop.sync import importer
        from ntm_desktop.sync.keys import KeyStore
        hub = Hub.open(Path(args[0]))
        rx = importer.HubReceiver(hub, KeyStore(Path(args[1])), Path(args[0]).parent / "q")
        outcome = (importer.verify_file(Path(args[2]), rx) if op == "verify"
                   else importer.import_files([Path(args[2])], rx)[0])
        hub.close()
        if outcome.status not in ("verified", "applied"):
            raise SystemExit(f"{op}: {outcome.status} {outcome.code} {outcome.message}")
    else:
        raise SystemExit(f"unknown op {op}")
    print(json.dumps({"seconds": time.perf_counter() - t0, "maxrss_mb": _peak_kib() / 1024}))


def _peak_kib() -> float:
    """Peak resident memory of this process since it started running this program: VmHWM (Linux;
    ``ru_maxrss`` would also count the parent's memory at fork), else ``ru_maxrss``."""
    import resource
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 if sys.platform == "darwin" else rss  # bytes on macOS, KiB elsewhere


# ----------------------------------------------------------------------------- parent side
def measure(label: str, op: str, *args: object, goal: float | None = None,
            src: Path | None = None) -> dict:
    env = {**os.environ, "NTM_BENCH_SRC": str(src)} if src else None
    proc = subprocess.run([sys.executable, __file__, "--child", op, *map(str, args)],
                          capture_output=True, text=True, check=False, cwd=str(ROOT), env=env)
    if proc.returncode:
        print(f"{label:<48} FAILED: {proc.stderr.strip().splitlines()[-1:]}", flush=True)
        return {}
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    verdict = "" if goal is None else ("  ok" if res["maxrss_mb"] < goal else "  OVER")
    print(f"{label:<48} {res['maxrss_mb']:8.0f} MB {res['seconds']:8.1f} s{verdict}", flush=True)
    return res


def build_commune(path: Path, contributions: int) -> None:
    from ntm_desktop.devtools.demo import generate
    from ntm_desktop.store.workbook import Workbook
    t0 = time.perf_counter()
    with Workbook.open(path, create=True, author="bench", daily_backup=False) as wb:
        generate(wb, villages=50, infra=5000, contribs=contributions, seed=7)
        n = wb.count("contribution")
    print(f"built {path.name}: {n} contributions in {time.perf_counter() - t0:.0f} s", flush=True)


def photos(tmp: Path) -> list[tuple[str, Path]]:
    """The largest photos accepted, made once (each a flat colour: small on disk)."""
    import warnings

    from PIL import Image
    warnings.simplefilter("ignore", Image.DecompressionBombWarning)

    from ntm_desktop.store import attachments
    limit = attachments.PHOTO_MAX_PIXELS
    side = int((limit * 4 / 3) ** 0.5)  # 4:3 at the pixel limit
    made = []
    for label, name, size, kw in [
        ("largest JPEG (baseline, 100 Mpx)", "jpeg100.jpg", (side, side * 3 // 4), {}),
        ("largest progressive JPEG (4:2:0)", "prog.jpg",
         _fit(attachments.DECODE_BUDGET_BYTES / 3), {"progressive": True}),
        ("largest PNG (RGB)", "rgb.png", _fit(attachments.DECODE_BUDGET_BYTES / 4), {}),
    ]:
        path = tmp / name
        if not path.exists():
            img = Image.new("RGB", size, (90, 140, 60))
            # a gradient band so that the encoder has something to do
            img.paste((200, 30, 30), (0, 0, size[0], size[1] // 8))
            img.save(path, quality=85, **kw)
            del img
        made.append((label, path))
    return made


def _fit(pixels: float) -> tuple[int, int]:
    w = int((pixels * 4 / 3) ** 0.5) - 8
    return w, w * 3 // 4


def make_keys_and_hub(tmp: Path, wb_path: Path) -> tuple[Path, Path, Path, Path]:
    """Commune and appraiser keys that trust each other, and an empty hub."""
    from ntm_desktop.store.hub import Hub
    from ntm_desktop.store.workbook import Workbook
    from ntm_desktop.sync.keys import KeyStore, read_card
    from ntm_desktop.sync.trust import CommuneTrust
    cks_dir, hks_dir = tmp / "ckeys", tmp / "hkeys"
    hub_path = tmp / "hub" / "hub.ntm.sqlite"
    for d in (cks_dir, hks_dir, hub_path.parent):
        if d.exists():
            import shutil
            shutil.rmtree(d)
    with Workbook.open(wb_path, daily_backup=False) as wb:
        c = wb.commune()
        cks = KeyStore(cks_dir)
        cks.generate(role="commune", name=c["name"], commune_code=c["code"])
        hks = KeyStore(hks_dir)
        hk = hks.generate(role="appraiser", name="Sở NN&MT", level="province")
        CommuneTrust(wb).add(read_card(json.dumps(hks.card()).encode()))
        wb.set_meta("sync.appraiser_key_id", hk.key_id)
    with Hub.open(hub_path, create=True, name="Sở NN&MT", level="province") as hub:
        hub.trust_add(read_card(json.dumps(cks.card()).encode()))
    return cks_dir, hks_dir, hub_path, tmp / "full.ntmpkg"


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3:])
        return 0
    ap = argparse.ArgumentParser()
    ap.add_argument("--contributions", type=int, default=300_000)
    ap.add_argument("--keep", help="keep (and reuse) the generated files in this folder")
    ap.add_argument("--skip-sync", action="store_true", help="leave out export/verify/import")
    ap.add_argument("--photos-only", action="store_true", help="only the photo measurements")
    ap.add_argument("--sync-only", action="store_true",
                    help="only export/verify/import of the commune package")
    ap.add_argument("--compare-with", type=Path, metavar="DIR",
                    help="also run export/verify/import with the ntm_desktop in DIR (before)")
    args = ap.parse_args()
    tmp = Path(args.keep or tempfile.mkdtemp(prefix="ntm-size-"))
    tmp.mkdir(parents=True, exist_ok=True)
    if args.sync_only:
        sync_section(tmp, args.contributions, args.compare_with)
    elif not args.photos_only:
        rows(tmp, args.contributions)
        if not args.skip_sync:
            sync_section(tmp, args.contributions, args.compare_with)
    if not args.sync_only:
        photo_section(tmp)
    print(f"\nfiles in {tmp}")
    return 0


def rows(tmp: Path, contributions: int) -> None:
    src = tmp / f"commune-{contributions}.ntm.sqlite"
    if not src.exists():
        measure(f"(setup) build the commune, {contributions} contributions", "build", src,
                contributions)
    data = tmp / "data"
    print(f"\n{'operation':<48} {'peak RSS':>11} {'time':>10}")
    measure("baseline: program floor (CLI, workbook open)", "floor", src)
    dump = tmp / "dump.json"
    measure("baseline: in-memory dump (dump_bytes)", "dump_in_memory", src, tmp / "mem.json")
    measure("ntm dump (JSON, streamed)", "cli", "dump", "-o", dump, "--workbook", src,
            "--data-dir", data, goal=GOAL_ROWS_MB)
    print(f"{'  dump size':<48} {dump.stat().st_size / 1e6:8.0f} MB")
    for name in ("mem-loaded.ntm.sqlite", "loaded.ntm.sqlite", "xlsx-loaded.ntm.sqlite"):
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp / name) + suffix).unlink(missing_ok=True)
    measure("baseline: in-memory load (read_file + load)", "load_in_memory", dump,
            tmp / "mem-loaded.ntm.sqlite")
    measure("ntm load (JSON, streamed) into a new workbook", "cli", "load", dump, "--workbook",
            tmp / "loaded.ntm.sqlite", "--data-dir", data, goal=GOAL_ROWS_MB)
    xl = tmp / "dump.xlsx"
    measure("ntm dump --xlsx (streamed)", "cli", "dump", "--xlsx", "-o", xl, "--workbook", src,
            "--data-dir", data, goal=GOAL_ROWS_MB)
    measure("ntm load (.xlsx, streamed) into a new workbook", "cli", "load", xl, "--workbook",
            tmp / "xlsx-loaded.ntm.sqlite", "--data-dir", data, goal=GOAL_ROWS_MB)

def sync_section(tmp: Path, contributions: int, compare: Path | None = None) -> None:
    """``ntm export --full`` of the commune, then the hub's verify and import of that package;
    with ``compare``, the same with that source tree's code first (same commune, same hub)."""
    src = tmp / f"commune-{contributions}.ntm.sqlite"
    if not src.exists():
        measure(f"(setup) build the commune, {contributions} contributions", "build", src,
                contributions)
    print(f"\n{'package operation':<48} {'peak RSS':>11} {'time':>10}")
    cks, hks, hub, pkg = make_keys_and_hub(tmp, src)
    hub_before = tmp / "hub-before"
    if compare:
        shutil.rmtree(hub_before, ignore_errors=True)
        shutil.copytree(hub.parent, hub_before)
    before = tmp / "full-before.ntmpkg"
    measure("baseline: program floor (CLI, workbook open)", "floor", src)
    if compare:
        measure("before: ntm export --full", "export", src, cks, before, src=compare)
    measure("ntm export --full (sync/exporter)", "export", src, cks, pkg, goal=GOAL_ROWS_MB)
    print(f"{'  package size':<48} {pkg.stat().st_size / 1e6:8.0f} MB")
    measure("baseline: changes.jsonl parsed into memory", "parse_in_memory", pkg)
    if compare:
        measure("before: hub verify", "verify", hub, hks, before, src=compare)
    measure("hub verify of that package (sync/importer)", "verify", hub, hks, pkg,
            goal=GOAL_ROWS_MB)
    if compare:
        measure("hub verify of the package exported before", "verify", hub, hks, before,
                goal=GOAL_ROWS_MB)
        measure("before: hub import", "import", hub_before / hub.name, hks, before,
                src=compare)
    measure("hub import of that package (sync/importer)", "import", hub, hks, pkg,
            goal=GOAL_ROWS_MB)


def photo_section(tmp: Path) -> None:
    print()
    measure("(setup) make the photos", "make_photos", tmp)
    for label, path in photos(tmp):
        from PIL import Image
        with Image.open(path) as img:
            w, h = img.size
        print(f"{label}: {w} × {h} = {w * h / 1e6:.1f} Mpx, {path.stat().st_size / 1e6:.1f} MB")
        measure("  baseline: Pillow full decode", "photo_pillow", path, 1600)
        measure("  attach (prepare_bytes, max 1600 px)", "photo", path, 1600, goal=GOAL_PHOTO_MB)
        measure("  attach (prepare_bytes, max 6000 px)", "photo", path, 6000, goal=GOAL_PHOTO_MB)


if __name__ == "__main__":
    raise SystemExit(main())
