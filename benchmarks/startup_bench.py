"""Start-up benchmark: NTM Desktop to an interactive window with the large generated commune
(50 villages, 5,000 infrastructure items, 100,000 contributions), against a bare PySide6
``QMainWindow`` process, side by side in one run. Goal: ≤ 2× the bare window.

A third process, the bare window after ``import sqlite_utils`` (the store's library, which the
app imports before its window), shows how much of the goal that library alone takes.

Each process is timed from spawn to exit; it quits as soon as its event loop runs (the window
is shown and the first events are processed). CPU = user + system time of the process. Runs
alternate (``--runs`` each) and the medians are compared.

    .venv/bin/python benchmarks/startup_bench.py [--workbook FILE] [--runs 5] [--profile]

Without ``--workbook`` the large commune is generated first (about half a minute).
``--profile`` prints the 25 most expensive calls of one app start (cProfile, cumulative);
``--stages`` prints the CPU of each stage of one start (imports, window, first event loop).
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

# Both drivers run with the offscreen platform and quit from inside the first event loop pass.
QUIT_ON_FIRST_LOOP = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def _exec_then_quit(*args):
    QTimer.singleShot(0, QApplication.quit)
    return _exec()
QApplication.exec = _exec_then_quit
"""

BARE = QUIT_ON_FIRST_LOOP + """
import sys
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1256, 655)
w.show()
sys.exit(app.exec())
"""

# The bare window with the store's library imported first (with click, dateutil, pluggy), as
# the app does: before PySide6, whose import hook reads the source of every module imported
# after it (PYSIDE-2029; a frozen bundle has no source to read).
BARE_SQLITE_UTILS = """
import sqlite_utils
""" + BARE

# The app's module is imported first, as ``python -m ntm_desktop`` does: it imports the store
# before PySide6 (see BARE_SQLITE_UTILS).
APP = """
import sys
from ntm_desktop.app import main
""" + QUIT_ON_FIRST_LOOP + """
sys.exit(main(sys.argv[1:]))
"""

PROFILE = """
import cProfile, pstats, sys
_out = sys.argv.pop(1)
cProfile.run("from ntm_desktop.app import main", _out + ".imports")
""" + QUIT_ON_FIRST_LOOP + """
cProfile.run("main(sys.argv[1:])", _out)
"""


# One start cut into stages (CPU milliseconds of this process between marks).
STAGES = """
import sys, time
from pathlib import Path
_marks = [("Python start-up", time.process_time())]
def mark(name):
    _marks.append((name, time.process_time()))
import ntm_desktop.app as appmod
mark("import the app: store, core, sqlite-utils")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
mark("import PySide6 (QtCore, QtGui, QtWidgets)")
from ntm_desktop.gui import main_window as mw
from ntm_desktop.gui.i18n import install_translators
mark("import the main window (not its pages)")
from ntm_desktop.gui.pages import PAGES
PAGES[0].load()
mark("import the first page (overview)")
from ntm_desktop.paths import AppPaths
paths = AppPaths.resolve(sys.argv[1]).ensure()
app = QApplication(sys.argv[:1])
translators = install_translators(app, "vi")
settings = mw.open_settings(paths.data_dir)
wb, error = appmod.open_workbook(Path(sys.argv[2]), explicit=True)
mark("QApplication, translations, settings, open the workbook")
window = mw.MainWindow(paths, workbook=wb, settings=settings, language="vi")
mark("build the window and the overview (evaluation)")
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
mark("show and the first event loop pass")
previous = 0.0
for name, t in _marks:
    print(f"{(t - previous) * 1000:8.1f} ms  {name}")
    previous = t
print(f"{previous * 1000:8.1f} ms  in all (CPU of this process)")
"""


def run(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"process failed ({proc.returncode}):\n{err}")
    return wall, usage.ru_utime + usage.ru_stime


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
    args = ap.parse_args()
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
        run(APP, app_args, env)  # first start: migration, daily backup, bytecode; not measured
        if args.profile:
            out = tmp / "start.prof"
            run(PROFILE, [str(out), *app_args], env)
            import pstats
            pstats.Stats(str(out)).sort_stats("cumulative").print_stats(25)
        if args.stages:
            print(subprocess.run([sys.executable, "-c", STAGES, str(tmp / "data"), str(workbook)],
                                 env=env, cwd=ROOT, capture_output=True, text=True,
                                 check=True).stdout)
        bare, bare_su, app = [], [], []
        for _ in range(args.runs):
            bare.append(run(BARE, [], env))
            bare_su.append(run(BARE_SQLITE_UTILS, [], env))
            app.append(run(APP, app_args, env))
        bw, bc = (statistics.median(x) for x in zip(*bare, strict=True))
        sw, sc = (statistics.median(x) for x in zip(*bare_su, strict=True))
        aw, ac = (statistics.median(x) for x in zip(*app, strict=True))
        print(f"medians of {args.runs} runs{'':<14}{'CPU s':>8}{'wall s':>8}")
        print(f"{'bare PySide6 QMainWindow':<34}{bc:>8.2f}{bw:>8.2f}")
        print(f"{'  + import sqlite_utils':<34}{sc:>8.2f}{sw:>8.2f}   ({sc / bc:.2f}× the bare window)")
        print(f"{'NTM Desktop, large commune':<34}{ac:>8.2f}{aw:>8.2f}")
        ratio = ac / bc
        print(f"{'ratio':<34}{ratio:>7.2f}×{aw / bw:>7.2f}×   (goal ≤ {GOAL}× CPU)")
        return 0 if ratio <= GOAL else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
