"""Storage benchmark: the large generated commune (50 villages, 5,000 infrastructure items,
100,000 contributions) put into a workbook by ``ntm load`` (validated, journaled, hash-chained)
against the same rows put into plain tables with sqlite-utils ``insert_all`` — the baseline —
in the same run. Prints both sizes and times and the ratios (goal: ≤ 2.5× the space and ≤ 3×
the time), then checks the journal (one entry per row, chain verified).

    .venv/bin/python benchmarks/storage_bench.py [--dump large.json] [--keep DIR]

Without ``--dump`` the commune is generated first (about half a minute) and dumped.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

# Run from a checkout: import this tree's ntm_desktop, not an installed one.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlite_utils import Database  # noqa: E402

from ntm_desktop.devtools.demo import generate  # noqa: E402
from ntm_desktop.store import interchange  # noqa: E402
from ntm_desktop.store import journal as jr  # noqa: E402
from ntm_desktop.store.workbook import Workbook  # noqa: E402

SPACE_GOAL, TIME_GOAL = 2.5, 3.0


def file_size(path: Path) -> int:
    """Bytes on disk after the WAL is folded back into the main file."""
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def baseline(doc: dict, path: Path) -> tuple[float, float]:
    """The same rows in plain tables (sqlite-utils ``insert_all``, no journal): (wall, CPU)
    seconds."""
    t0, c0 = time.perf_counter(), time.process_time()
    db = Database(path)
    for table, rows in doc["tables"].items():
        if rows:
            db[table].insert_all(
                {k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
                 for k, v in r.items()} for r in rows)
    db.conn.close()
    return time.perf_counter() - t0, time.process_time() - c0


def load(doc: dict, path: Path) -> tuple[float, float, Workbook]:
    """``ntm load`` into a fresh workbook: (wall, CPU) seconds and the open workbook."""
    wb = Workbook.open(path, create=True, author="bench", daily_backup=False)
    t0, c0 = time.perf_counter(), time.process_time()
    interchange.load(wb, doc)
    return time.perf_counter() - t0, time.process_time() - c0, wb


def space_by_object(path: Path, top: int = 8) -> list[tuple[str, float]]:
    con = sqlite3.connect(str(path))
    try:
        return [(n, s / 1e6) for n, s in con.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT ?", [top])]
    except sqlite3.Error:  # dbstat not compiled in
        return []
    finally:
        con.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", help="an `ntm dump` of the large commune (generated if absent)")
    ap.add_argument("--keep", help="keep the files in this folder")
    ap.add_argument("--contributions", type=int, default=100_000)
    args = ap.parse_args()
    tmp = Path(args.keep or tempfile.mkdtemp())
    tmp.mkdir(parents=True, exist_ok=True)
    dump = Path(args.dump) if args.dump else tmp / "large.json"
    if not dump.exists():
        print("generating the large commune …", flush=True)
        src = tmp / "generated.ntm.sqlite"
        with Workbook.open(src, create=True, author="bench", daily_backup=False) as wb:
            generate(wb, villages=50, infra=5000, contribs=args.contributions, seed=7)
            interchange.dump_file(wb, dump)
    doc = interchange.read_file(dump)
    rows = sum(len(r) for r in doc["tables"].values())
    for name in ("baseline.sqlite", "loaded.ntm.sqlite"):
        for p in tmp.glob(name + "*"):
            p.unlink()
    base_path, ntm_path = tmp / "baseline.sqlite", tmp / "loaded.ntm.sqlite"
    base_s, base_cpu = baseline(doc, base_path)
    ntm_s, ntm_cpu, wb = load(doc, ntm_path)
    entries = wb.count("journal")
    t0 = time.perf_counter()
    report = jr.verify_chain(wb.db)
    verify_s = time.perf_counter() - t0
    wb.close()
    base_b, ntm_b = file_size(base_path), file_size(ntm_path)
    print(f"rows: {rows:,}   journal entries: {entries:,}   chain verified: {report.ok} "
          f"({verify_s:.2f} s)")
    print(f"{'':<32}{'size MB':>10}{'CPU s':>10}{'wall s':>10}")
    print(f"{'sqlite-utils insert_all':<32}{base_b / 1e6:>10.1f}{base_cpu:>10.2f}{base_s:>10.2f}")
    print(f"{'ntm load (journaled)':<32}{ntm_b / 1e6:>10.1f}{ntm_cpu:>10.2f}{ntm_s:>10.2f}")
    space, speed = ntm_b / base_b, ntm_cpu / base_cpu
    print(f"{'ratio':<32}{space:>9.2f}×{speed:>9.2f}×{ntm_s / base_s:>9.2f}×   "
          f"(goal ≤ {SPACE_GOAL}× space, ≤ {TIME_GOAL}× time; time compared on CPU, which "
          f"other processes on the machine disturb less than wall)")
    print("largest objects in the workbook (MB):",
          ", ".join(f"{n} {s:.1f}" for n, s in space_by_object(ntm_path)))
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    ok = report.ok and entries == rows and space <= SPACE_GOAL and speed <= TIME_GOAL
    print("goals met" if ok else "GOALS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("NTM_AUTHOR", "bench")
    raise SystemExit(main())
