"""Appraiser hub benchmark: a province of N communes (default 200; generated communes of the
demo size — 10 villages, 300 infrastructure items, 400 contributions — one generated and
copied with its own code and key, see ``devtools/hub_demo.py``).

Measured in the same run:

1. importing all N snapshot packages through ``services.hub_import`` (verify, apply, refresh
   the per-commune result cache) in the BACKGROUND of the appraiser's window (TaskRunner) while
   a 10 ms timer on the GUI thread records the longest gap between its ticks — compared with the
   same import run ON the GUI thread (what a window without background work would freeze for);
2. the communes list and the roll-up from the CACHE (``services.communes.commune_rows``,
   ``services.rollup.compute_rollup``) — compared with evaluating every replica from scratch
   (what ``ntm report`` did: ``dossier.rollup.commune_result`` per replica + ``aggregate``);
3. the Các xã page showing N rows (model reset + first paint) in the real window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/hub_bench.py [--communes N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(label: str, fn, results: dict):
    t0 = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t0
    results[label] = dt
    unit = f"{dt * 1000:8.1f} ms" if dt < 1 else f"{dt:8.2f} s "
    print(f"{label:<66} {unit}", flush=True)
    return out


class StallMeter:
    """Longest gap between ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.gaps.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def worst_ms(self) -> float:
        return max(self.gaps, default=0) * 1000

    @property
    def p99_ms(self) -> float:
        if len(self.gaps) < 2:
            return self.worst_ms
        return statistics.quantiles(self.gaps, n=100)[98] * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--communes", type=int, default=200)
    a = ap.parse_args()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ntm_desktop.devtools import hub_demo
    from ntm_desktop.dossier import rollup as ru
    from ntm_desktop.gui.hub.hub_window import HubWindow
    from ntm_desktop.services import communes, hub_import, rollup
    from ntm_desktop.services.hub_common import open_hub

    app = QApplication.instance() or QApplication(["hub-bench"])
    results: dict[str, float] = {}
    n = a.communes
    with tempfile.TemporaryDirectory(prefix="ntm-hub-bench-") as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        demo = hub_demo.build(root / "bg", n, copy_from_first=True, villages=10, infra=300,
                              contribs=400)
        size = sum(p.stat().st_size for p in demo.packages) / 1e6
        print(f"(prepared {n} communes and snapshot packages in {time.perf_counter() - t0:.1f} s;"
              f" {size:.1f} MB)")
        # the same province a second time, for the import on the GUI thread
        fg = hub_demo.build(root / "fg", n, copy_from_first=True, villages=10, infra=300,
                            contribs=400)

        w = HubWindow(demo.hub, settings=QSettings(str(root / "s.ini"),
                                                   QSettings.Format.IniFormat))
        w.resize(1256, 655)
        w.show()
        app.processEvents()
        meter = StallMeter()
        done: list[object] = []

        def idle() -> None:  # control: the same timer with nothing running (machine noise)
            meter.start()
            end = time.perf_counter() + 3
            while time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.001)
            meter.stop()
        timed("control: GUI thread idle for 3 s", idle, results)
        print(f"    GUI thread: longest stall {meter.worst_ms:.0f} ms, 99th percentile "
              f"{meter.p99_ms:.0f} ms (scheduling noise of this machine)")
        results["idle_worst_ms"] = meter.worst_ms

        def background() -> None:
            meter.start()
            w.tasks.run(hub_import.import_packages, demo.hub, demo.packages,
                        on_result=done.append, show_progress=False)
            while not done:
                app.processEvents()
                time.sleep(0.001)
            meter.stop()
        timed(f"import {n} packages in the background (window responsive)", background, results)
        bad = [line.text() for line in done[0].lines if line.status != "applied"]
        assert not bad, bad[:3]
        print(f"    GUI thread: longest stall {meter.worst_ms:.0f} ms, 99th percentile "
              f"{meter.p99_ms:.0f} ms over {len(meter.gaps)} ticks")
        results["stall_worst_ms"] = meter.worst_ms

        meter.start()
        timed("baseline: the same import ON the GUI thread", lambda: (
            hub_import.import_packages(fg.hub, fg.packages), app.processEvents()), results)
        meter.stop()
        print(f"    GUI thread: longest stall {meter.worst_ms:.0f} ms (frozen for the whole "
              "import)")

        year = 2025
        timed(f"communes list from the cache ({n} rows)",
              lambda: communes.commune_rows(demo.hub, year), results)
        timed(f"roll-up from the cache ({n} communes)",
              lambda: rollup.compute_rollup(demo.hub, year), results)

        def scratch():
            with open_hub(demo.hub) as hub:
                pairs = []
                for c in hub.communes():
                    pairs.append(ru.commune_result(hub.replica(c["code"]),
                                                   hub.appraisals(c["code"], year), year))
                    hub.close_replica(c["code"])
                return ru.aggregate(pairs, year)
        fresh = timed(f"baseline: roll-up evaluating {n} replicas from scratch", scratch,
                      results)
        assert ru.to_json(fresh) == ru.to_json(rollup.compute_rollup(demo.hub, year))
        print(f"    cache speed-up: {results[f'baseline: roll-up evaluating {n} replicas from scratch'] / results[f'roll-up from the cache ({n} communes)']:.0f}×"
              " (identical figures)")

        page = w.go("communes")

        while w.tasks.active:
            app.processEvents()
            time.sleep(0.001)

        def show_page():
            shown: list[float] = []
            page.ctx.tasks.run(communes.commune_rows, demo.hub, year, show_progress=False,
                               on_result=lambda rows: (page._show(rows),
                                                       page.table.viewport().repaint(),
                                                       shown.append(time.perf_counter())))
            while not shown:
                app.processEvents()
            assert page.model.rowCount() == n
        for _ in range(2):
            timed(f"Các xã page: read in the background and show {n} rows", show_page, results)
        w.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
