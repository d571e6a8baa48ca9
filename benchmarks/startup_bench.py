"""Start-up benchmark: NTM Desktop to an interactive window with the large generated commune
(50 villages, 5,000 infrastructure items, 100,000 contributions), against a bare PySide6
``QMainWindow`` process, side by side in one run. Goal: ≤ 2× the bare window.

A third process, the bare window after ``import sqlite_utils`` (the store's library), shows what
that library alone would add if it were imported on the start path (the app loads it on first
use since issue 8).

Every process is driven the same way: when its event loop runs for the first time (the window is
shown and the first events are processed) it reports its CPU time so far (user + system, every
thread, from ``exec``: getrusage), then quits. "to window" is that figure and the goal; "to exit"
is the CPU of the whole process, shutdown included (wait4). Runs alternate (``--runs`` each) and
the medians are compared.

    .venv/bin/python benchmarks/startup_bench.py [--workbook FILE] [--runs 5] [--stages]

Without ``--workbook`` the large commune is generated first (about half a minute).
``--stages`` prints the CPU of each stage of the app's own start (``ntm_desktop.core.startup``
marks in ``app.main`` and the main window; medians over the runs).
``--profile`` prints the 25 most expensive calls of one app start (cProfile, cumulative).
``--instructions`` also counts the instructions each process executes up to its first event-loop
pass (valgrind's cachegrind, when installed: ``apt install valgrind``; about 30 s): unlike CPU
time on a shared machine, the count is the same from run to run, so it shows what a change saves.
With ``--stages`` too, it counts the instructions of each stage of the app's start (one
cachegrind run stopped at each mark; about two minutes more).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Run from a checkout: import this tree's ntm_desktop, not an installed one.
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL = 2.0

# Every driver runs with the offscreen platform; on its first event-loop pass it writes its CPU
# so far (and the app's stage marks, when it has them) to stderr and quits.
REPORT = """
import resource, sys
def _report_and_quit():
    from PySide6.QtWidgets import QApplication
    usage = resource.getrusage(resource.RUSAGE_SELF)
    sys.stderr.write(f"@cpu {usage.ru_utime + usage.ru_stime}\\n")
    startup = sys.modules.get("ntm_desktop.core.startup")
    for stage, ms in (startup.report() if startup else []):
        sys.stderr.write(f"@stage {ms} {stage}\\n")
    QApplication.quit()
"""

# The bare window: its ``exec`` schedules the report first.
QUIT_ON_FIRST_LOOP = REPORT + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def _exec_then_quit(*args):
    QTimer.singleShot(0, _report_and_quit)
    return _exec()
QApplication.exec = _exec_then_quit
"""

BARE = QUIT_ON_FIRST_LOOP + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1256, 655)
w.show()
sys.exit(app.exec())
"""

# The bare window with the store's library imported first (with click, dateutil, pluggy): what
# it would cost on the start path. Imported before PySide6, whose import hook reads the source of
# every module imported after it (PYSIDE-2029; a frozen bundle has no source to read).
BARE_SQLITE_UTILS = """
import sqlite_utils
""" + BARE

# The app as ``python -m ntm_desktop`` starts it; the benchmark wraps ``app.run_event_loop`` (no
# PySide6 import of its own before the app's: PySide6's import hook reads the source of every
# module imported after it, PYSIDE-2029, so importing it first would slow the app down).
APP = REPORT + """
import ntm_desktop.app as _app
_run = _app.run_event_loop
def _run_then_quit(qapp):
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, _report_and_quit)
    return _run(qapp)
_app.run_event_loop = _run_then_quit
sys.exit(_app.main(sys.argv[1:]))
"""

PROFILE = """
import cProfile, sys
_out = sys.argv.pop(1)
""" + APP.replace("sys.exit(_app.main(sys.argv[1:]))", "cProfile.run('_app.main(sys.argv[1:])', _out)")


class Run:
    """One process: CPU to its first event-loop pass, CPU to exit, wall to exit, its stages."""

    def __init__(self, code: str, args: list[str], env: dict[str, str]) -> None:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        self.wall = time.perf_counter() - t0
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"process failed ({os.waitstatus_to_exitcode(status)}):\n{err}")
        self.to_exit = usage.ru_utime + usage.ru_stime
        self.to_window = 0.0
        self.stages: list[tuple[str, float]] = []
        for line in err.splitlines():
            if line.startswith("@cpu "):
                self.to_window = float(line.split()[1])
            elif line.startswith("@stage "):
                _, ms, stage = line.split(" ", 2)
                self.stages.append((stage, float(ms)))
        if not self.to_window:
            raise SystemExit(f"the process did not reach its event loop:\n{err}")


def instructions(code: str, args: list[str], env: dict[str, str]) -> int:
    """Instructions the process executes up to its first event-loop pass (cachegrind)."""
    code = code.replace("    QApplication.quit()\n", "    import os; os._exit(0)\n")
    out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                          "--cachegrind-out-file=/dev/null", sys.executable, "-c", code, *args],
                         env=env, cwd=ROOT, capture_output=True, text=True, check=True).stderr
    for line in out.splitlines():
        if "I   refs:" in line or "I refs:" in line:
            return int(line.split(":")[1].strip().replace(",", ""))
    raise SystemExit(f"no instruction count from valgrind:\n{out}")


# The app, stopped at its k-th stage mark (``core/startup.mark``; the first event-loop pass is the
# last mark): instructions to each mark, one cachegrind run per mark.
APP_TO_MARK = """
import os, sys
_k = int(sys.argv.pop(1))
import ntm_desktop.core.startup as _startup
_mark, _n = _startup.mark, [0]
def _stop_at(stage):
    _n[0] += 1
    if _n[0] == _k:
        sys.stderr.write(f"@stage {stage}\\n"); sys.stderr.flush(); os._exit(0)
    _mark(stage)
_startup.mark = _stop_at
import ntm_desktop.app as _app
_app.mark = _stop_at
_run = _app.run_event_loop
def _run_then_stop(qapp):
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, lambda: _stop_at("first event-loop pass"))
    return _run(qapp)
_app.run_event_loop = _run_then_stop
_app.main(sys.argv[1:])
"""


def stage_instructions(args: list[str], env: dict[str, str]) -> list[tuple[str, int]]:
    """(stage, instructions to its end) for every stage mark of one app start."""
    out: list[tuple[str, int]] = []
    while not out or out[-1][0] != "first event-loop pass":
        err = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                              "--cachegrind-out-file=/dev/null", sys.executable, "-c",
                              APP_TO_MARK, str(len(out) + 1), *args],
                             env=env, cwd=ROOT, capture_output=True, text=True).stderr
        stage = [line[7:] for line in err.splitlines() if line.startswith("@stage ")]
        refs = [line for line in err.splitlines() if "I   refs:" in line or "I refs:" in line]
        if not stage or not refs:
            raise SystemExit(f"no stage or instruction count from valgrind:\n{err}")
        out.append((stage[0], int(refs[0].split(":")[1].strip().replace(",", ""))))
    return out


def make_workbook(folder: Path) -> Path:
    from ntm_desktop.devtools.demo import generate
    from ntm_desktop.store.workbook import Workbook

    path = folder / "large.ntm.sqlite"
    with Workbook.open(path, create=True, author="bench", daily_backup=False) as wb:
        generate(wb, villages=50, infra=5000, contribs=100_000, seed=7)
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workbook", help="the large commune's workbook (generated if absent)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--stages", action="store_true")
    ap.add_argument("--instructions", action="store_true",
                    help="also count instructions with valgrind (deterministic)")
    args = ap.parse_args()
    if args.instructions and shutil.which("valgrind") is None:
        ap.error("--instructions needs valgrind (apt install valgrind)")
    tmp = Path(tempfile.mkdtemp())
    try:
        if args.workbook:
            workbook = tmp / "large.ntm.sqlite"
            shutil.copy(args.workbook, workbook)
        else:
            print("generating the large commune …", flush=True)
            workbook = make_workbook(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NTM_DATA_DIR": str(tmp / "data")}
        # Measure as installed: with compiled bytecode (the warm-up run writes it), not with
        # every module compiled from source on each start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app_args = ["--data-dir", str(tmp / "data"), "--workbook", str(workbook)]
        Run(APP, app_args, env)  # first start: migration, daily backup, bytecode; not measured
        if args.profile:
            out = tmp / "start.prof"
            Run(PROFILE, [str(out), *app_args], env)
            import pstats
            pstats.Stats(str(out)).sort_stats("cumulative").print_stats(25)
        bare, bare_su, app = [], [], []
        for _ in range(args.runs):
            bare.append(Run(BARE, [], env))
            bare_su.append(Run(BARE_SQLITE_UTILS, [], env))
            app.append(Run(APP, app_args, env))
        if args.stages:
            print(f"stages of the app's start, CPU ms (medians of {args.runs} runs)")
            for i, (stage, _) in enumerate(app[0].stages):
                print(f"{statistics.median(r.stages[i][1] for r in app):8.1f}  {stage}")
            print(f"{statistics.median(r.to_window for r in app) * 1000:8.1f}  to the first "
                  "event-loop pass (getrusage)\n")

        def medians(runs: list[Run]) -> tuple[float, float, float]:
            return (statistics.median(r.to_window for r in runs),
                    statistics.median(r.to_exit for r in runs),
                    statistics.median(r.wall for r in runs))

        bw, be, bwall = medians(bare)
        sw, se, swall = medians(bare_su)
        aw, ae, awall = medians(app)
        print(f"medians of {args.runs} runs, CPU s{'':<11}{'to window':>10}{'to exit':>9}"
              f"{'wall':>7}")
        print(f"{'bare PySide6 QMainWindow':<34}{bw:>10.3f}{be:>9.3f}{bwall:>7.2f}")
        print(f"{'  + import sqlite_utils':<34}{sw:>10.3f}{se:>9.3f}{swall:>7.2f}"
              f"   ({sw / bw:.2f}× the bare window)")
        print(f"{'NTM Desktop, large commune':<34}{aw:>10.3f}{ae:>9.3f}{awall:>7.2f}")
        if args.instructions and args.stages:
            print("stages of the app's start, instructions (cachegrind)")
            before = 0
            for stage, total in stage_instructions(app_args, env):
                print(f"{(total - before) / 1e6:8.1f} M  {stage}")
                before = total
        if args.instructions:
            bi, ai = instructions(BARE, [], env), instructions(APP, app_args, env)
            print(f"instructions to window: bare {bi / 1e6:,.0f} M, NTM Desktop {ai / 1e6:,.0f} M"
                  f" = {ai / bi:.2f}×")
        ratio = aw / bw
        print(f"{'ratio':<34}{ratio:>9.2f}×{ae / be:>8.2f}×{awall / bwall:>6.2f}×"
              f"   (goal ≤ {GOAL}× CPU to window)")
        return 0 if ratio <= GOAL else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
