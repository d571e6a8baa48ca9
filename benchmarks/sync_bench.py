"""Sync benchmark: package size and speed on the large generated commune (50 villages, 5,000
infrastructure items, 100,000 contributions, via ``ntm_desktop.devtools.demo.generate``), a
weekly update, and 200 communes' snapshots imported into one hub compared with sqlite-utils
``insert_all`` of the same rows.

    .venv/bin/python benchmarks/sync_bench.py [--contributions N] [--communes N]

The 200-commune comparison uses small realistic communes (10 villages, 300 infrastructure
items, 400 contributions each: ``generate`` defaults), one generated workbook copied 200 times
with a different commune code and key each — 200 large communes do not fit this 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlite_utils import Database  # noqa: E402

from ntm_desktop.devtools.demo import generate  # noqa: E402
from ntm_desktop.store import interchange  # noqa: E402
from ntm_desktop.store import journal as jr  # noqa: E402
from ntm_desktop.store.commune import save_commune  # noqa: E402
from ntm_desktop.store.hub import Hub  # noqa: E402
from ntm_desktop.store.migrations import migrations  # noqa: E402
from ntm_desktop.store.schema import DOMAIN_TABLES  # noqa: E402
from ntm_desktop.store.workbook import Workbook, new_id  # noqa: E402
from ntm_desktop.sync import exporter, importer  # noqa: E402
from ntm_desktop.sync.keys import KeyStore, read_card  # noqa: E402


def timed(label: str, fn, results: dict, best_of: int = 1):
    best, out = None, None
    for _ in range(best_of):
        t0 = time.perf_counter()
        out = fn()
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    results[label] = best
    unit = f"{best * 1000:8.1f} ms" if best < 1 else f"{best:8.2f} s "
    print(f"{label:<58} {unit}", flush=True)
    return out


def card(ks: KeyStore) -> dict:
    return read_card(json.dumps(ks.card()).encode())


def make_hub(root: Path) -> tuple[Hub, KeyStore]:
    hks = KeyStore(root / "keys")
    hks.generate(role="appraiser", name="Sở NN&MT (bench)", level="province")
    return Hub.open(root / "hub.ntm.sqlite", create=True, name="bench", level="province"), hks


def large(tmp: Path, contributions: int, results: dict) -> None:
    print("== large commune ==")
    wb = Workbook.open(tmp / "c" / "workbook.ntm.sqlite", create=True, author="bench")
    timed("generate (not part of sync)",
          lambda: generate(wb, villages=50, infra=5000, contribs=contributions, seed=7), results)
    code = wb.commune()["code"]
    cks = KeyStore(tmp / "c" / "keys")
    ck = cks.generate(role="commune", name=wb.commune()["name"], commune_code=code)
    hub, hks = make_hub(tmp / "h")
    hub.trust_add(card(cks))
    print(f"journal entries: {wb.count('journal'):,}")
    snap = tmp / "snapshot.ntmpkg"
    timed("full snapshot: export", lambda: exporter.export_commune(wb, cks, ck, snap, full=True),
          results)
    print(f"full snapshot size: {snap.stat().st_size / 1e6:.2f} MB")
    rx = importer.HubReceiver(hub, hks, tmp / "q")
    o = timed("full snapshot: verify at hub", lambda: importer.verify_file(snap, rx), results)
    assert o.status == "verified", o
    out = timed("full snapshot: import at hub", lambda: importer.import_files([snap], rx), results)
    assert out[0].status == "applied", out[0]
    assert interchange.dump(hub.replica(code)) == interchange.dump(wb)
    # acknowledge everything (what a feedback package does), then a week of work
    wb.set_meta("sync.acked_journal_seq", str(jr.head(wb.conn)[0]))
    assessments = wb.rows("assessment", limit=50)
    with wb.atomic():
        for i, a in enumerate(assessments):
            wb.put("assessment", {**a, "note": f"cập nhật tuần {i}"})
        for i in range(50 - len(assessments)):
            wb.put("assessment", {"indicator_code": f"99.{i}", "year": 2025, "value": i})
        vid = wb.rows("village", limit=1)[0]["id"]
        for i in range(300):
            wb.put("contribution", {"id": new_id(), "date": "2025-11-01",
                                    "contributor": f"Hộ ông Nguyễn Văn {i}", "kind": "tien_mat",
                                    "quantity": 1, "value_vnd": 500_000, "village_id": vid})
    upd = tmp / "weekly.ntmpkg"

    def export_weekly():
        wb.set_meta("sync.out_seq", "1")
        wb.set_meta("sync.out_hash", out[0].package_hash)
        return exporter.export_commune(wb, cks, ck, upd)
    r = timed("weekly update (50 indicators, 300 contributions): export", export_weekly, results,
              best_of=5)
    print(f"weekly update size: {upd.stat().st_size / 1e3:.1f} KB ({r['entries']} entries)")
    o = timed("weekly update: verify", lambda: importer.verify_file(upd, rx), results, best_of=5)
    assert o.status == "verified", o
    out = timed("weekly update: import at hub", lambda: importer.import_files([upd], rx), results)
    assert out[0].status == "applied"
    assert interchange.dump(hub.replica(code)) == interchange.dump(wb)
    results["weekly_size_kb"] = upd.stat().st_size / 1e3
    results["snapshot_size_mb"] = snap.stat().st_size / 1e6
    hub.close()
    wb.close()


def many(tmp: Path, n: int, results: dict) -> None:
    print(f"== {n} small communes into one hub ==")
    base = tmp / "base.ntm.sqlite"
    wb = Workbook.open(base, create=True, author="bench")
    generate(wb, seed=3)
    wb.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wb.close()
    hub, hks = make_hub(tmp / "hub")
    pkgs = []
    t0 = time.perf_counter()
    for i in range(n):
        code = f"{10000 + i:05d}"
        d = tmp / "communes" / code
        d.mkdir(parents=True)
        shutil.copy(base, d / "workbook.ntm.sqlite")
        c = Workbook.open(d / "workbook.ntm.sqlite", daily_backup=False, author="bench")
        c.set_meta("device_id", f"dev{i:05d}")
        save_commune(c, {"code": code})
        ks = KeyStore(d / "keys")
        key = ks.generate(role="commune", name=f"Xã {i}", commune_code=code)
        hub.trust_add(card(ks))
        p = tmp / "pkgs" / f"{code}.ntmpkg"
        p.parent.mkdir(exist_ok=True)
        exporter.export_commune(c, ks, key, p, full=True)
        c.close()
        pkgs.append(p)
    print(f"(prepared {n} snapshot packages in {time.perf_counter() - t0:.1f} s; "
          f"{sum(p.stat().st_size for p in pkgs) / 1e6:.1f} MB)")
    rx = importer.HubReceiver(hub, hks, tmp / "q")
    out = timed(f"import {n} snapshots into one hub (verify + apply)",
                lambda: importer.import_files(pkgs, rx), results)
    assert all(o.status == "applied" for o in out), [o.code for o in out if o.status != "applied"]
    hub.close()
    # baseline: the same rows (domain tables + journal) with sqlite-utils insert_all
    rows_per_commune = []
    for p in pkgs[:1]:
        c = Workbook.open(tmp / "communes" / p.stem / "workbook.ntm.sqlite", daily_backup=False)
        rows_per_commune = {t: list(c.db.query(f"SELECT * FROM [{t}]"))
                            for t in (*DOMAIN_TABLES, "journal")}
        c.close()

    def baseline():
        for i in range(n):
            db = Database(tmp / "baseline" / f"{i:05d}.sqlite")
            migrations.apply(db)
            for t, rows in rows_per_commune.items():
                db[t].insert_all(rows)
            db.close()
    (tmp / "baseline").mkdir()
    timed(f"baseline: sqlite-utils insert_all of the same rows ({n} DBs)", baseline, results)
    ratio = results[f"import {n} snapshots into one hub (verify + apply)"] / \
        results[f"baseline: sqlite-utils insert_all of the same rows ({n} DBs)"]
    print(f"ratio import / insert_all: {ratio:.2f}×")
    results["ratio"] = ratio


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contributions", type=int, default=100_000)
    ap.add_argument("--communes", type=int, default=200)
    ap.add_argument("--skip-large", action="store_true")
    ap.add_argument("--keep")
    args = ap.parse_args()
    tmp = Path(args.keep or tempfile.mkdtemp(prefix="ntm-sync-bench-"))
    results: dict = {}
    try:
        if not args.skip_large:
            large(tmp / "large", args.contributions, results)
        if args.communes:
            many(tmp / "many", args.communes, results)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
