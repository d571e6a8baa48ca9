"""The dossier preview under stress: build it, rebuild it before and right after the previous
preview is shown, scroll through it while the view renders, close the window with a build
running, and again — in a child process, so a native crash (segmentation fault) fails the test
with the Python stacks faulthandler writes, instead of killing the test run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROUNDS = 6

SCRIPT = r"""
import faulthandler, sys
from pathlib import Path
faulthandler.enable(all_threads=True)
sys.path.insert(0, sys.argv[3])  # tests/support, for sample_commune.py
import sample_commune
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from ntm_desktop.gui.main_window import MainWindow
from ntm_desktop.paths import AppPaths

app = QApplication(sys.argv[:1])
tmp = Path(sys.argv[1])
rounds = int(sys.argv[2])
paths = AppPaths.resolve(tmp / "data").ensure()
wb = sample_commune.build(tmp / "w.ntm.sqlite", size="medium")


def wait(pred, timeout=60.0):
    import time
    end = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        app.processEvents()


built = 0
for r in range(rounds):
    window = MainWindow(paths, workbook=wb,
                        settings=QSettings(str(tmp / f"s{r}.ini"), QSettings.Format.IniFormat))
    window.resize(1256, 655)
    window.show()
    window.show_page(5)
    page = window.current_page()
    page.draft_check.setChecked(True)
    first = page.build_preview()
    wait(lambda: not first.running)
    second = page.build_preview()  # a new build while the first preview renders
    wait(lambda: not second.running)
    built += page.preview.document.pageCount() > 0
    bar = page.preview.view.verticalScrollBar()
    for step in range(0, bar.maximum() + 1, max(1, bar.maximum() // 8)):
        bar.setValue(step)  # the view renders pages while the next build starts
        app.processEvents()
    page.build_preview()
    if r % 2:  # close with the build running, or right after it finishes
        window.tasks.wait(60000)
        app.processEvents()
    window.close()
    window.tasks.wait(60000)
    app.processEvents()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _ in range(20):
        app.processEvents()
wb.close()
print("BUILT", built, flush=True)
"""


def test_building_and_closing_previews_repeatedly_never_crashes(tmp_path: Path) -> None:
    tests_dir = Path(__file__).resolve().parents[1] / "support"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path), str(ROUNDS),
                             str(tests_dir)], env=env, capture_output=True, text=True,
                            timeout=900)
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr[-4000:])
    assert f"BUILT {ROUNDS}" in result.stdout
