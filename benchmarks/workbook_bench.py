"""Workbook benchmark: a large commune (50 villages, 5,000 infrastructure items, 100,000
contributions). Prints the time to build it through the store API, to dump it, to ``ntm load``
the dump into a fresh workbook, to evaluate it (``ntm status``), and the DB size.

    .venv/bin/python benchmarks/workbook_bench.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ntm_desktop.devtools.demo import generate  # noqa: E402
from ntm_desktop.store import evaluation_service, interchange  # noqa: E402
from ntm_desktop.store.workbook import Workbook  # noqa: E402


def timed(label: str, fn, results: dict) -> object:
    t0 = time.perf_counter()
    out = fn()
    results[label] = time.perf_counter() - t0
    print(f"{label:<40} {results[label]:8.2f} s", flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", help="keep the generated workbook and dump in this folder")
    ap.add_argument("--contributions", type=int, default=100_000)
    args = ap.parse_args()
    tmp = Path(args.keep or tempfile.mkdtemp())
    tmp.mkdir(parents=True, exist_ok=True)
    results: dict[str, float] = {}
    src = tmp / "large.ntm.sqlite"
    src.unlink(missing_ok=True)
    wb = Workbook.open(src, create=True, author="bench")
    timed("generate via store API (validated, journaled)",
          lambda: generate(wb, villages=50, infra=5000, contribs=args.contributions, seed=7),
          results)
    dump_path = tmp / "large.json"
    timed("ntm dump (JSON)", lambda: interchange.dump_file(wb, dump_path), results)
    dst = tmp / "loaded.ntm.sqlite"
    dst.unlink(missing_ok=True)
    wb2 = Workbook.open(dst, create=True, author="bench")
    doc = timed("read dump file", lambda: interchange.read_file(dump_path), results)
    timed("ntm load into a fresh workbook", lambda: interchange.load(wb2, doc), results)
    ev = timed("ntm status (evaluate)", lambda: evaluation_service.status_report(wb2, 2025),
               results)
    print(f"criteria met: {ev['met_count']}/{ev['total']}")
    wb2.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = dst.stat().st_size
    print(f"{'DB size':<40} {size / 1e6:8.1f} MB")
    print(f"{'dump size':<40} {dump_path.stat().st_size / 1e6:8.1f} MB")
    print(f"{'journal entries':<40} {wb2.count('journal'):8d}")
    wb.close()
    wb2.close()
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
