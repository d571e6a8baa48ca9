"""The start path does only what the first screen shows (issue 8, start-up): the overview reads
the commune once, the form loader leaves Qt's plugin paths as they were, and a real start of
``ntm-desktop`` does not import the PDF, signing-package, spreadsheet or file-interchange code.
The cost itself is measured by benchmarks/startup_bench.py, not here."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from gui_helpers import open_main_window
from pkg_helpers import clean_env, run
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImageReader

from ntm_desktop.gui.pages.overview import OverviewPage
from ntm_desktop.gui.ui_loader import load_ui
from ntm_desktop.store import evaluation_service as es

pytestmark = pytest.mark.gui


def test_the_overview_evaluates_the_commune_once_when_the_window_opens(
        qtbot, app_paths, wb, tmp_path, monkeypatch) -> None:
    calls: list[int | None] = []
    evaluate = es.evaluate

    def counting(workbook, year=None):
        calls.append(year)
        return evaluate(workbook, year)

    monkeypatch.setattr(es, "evaluate", counting)
    window = open_main_window(qtbot, app_paths, wb, tmp_path, 0)
    page = window.page(0)
    assert isinstance(page, OverviewPage) and page.evaluation is not None
    assert len(calls) == 1
    window.show_page(1)  # the Criteria page evaluates for itself
    before = len(calls)
    window.show_page(0)  # coming back reads the commune again, as before
    assert len(calls) == before + 1


def test_loading_a_form_leaves_the_plugin_paths_and_image_plugins_alone(qtbot) -> None:
    before = QCoreApplication.libraryPaths()
    widget = load_ui("pages/overview.ui")
    qtbot.addWidget(widget)
    assert QCoreApplication.libraryPaths() == before
    assert b"svg" in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]


START = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
seen = {}
def _first_pass():
    seen["gc_enabled"] = gc.isenabled()
    seen["gc_frozen"] = gc.get_freeze_count()
    QApplication.quit()
def _exec_then_quit(*args):
    seen["gc_enabled_while_building"] = gc.isenabled()
    QTimer.singleShot(0, _first_pass)
    seen["title"] = QApplication.activeWindow().windowTitle() if QApplication.activeWindow() \
        else [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    seen["modules"] = sorted(sys.modules)
    return _exec()
QApplication.exec = _exec_then_quit
from ntm_desktop.app import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(seen, f)
sys.exit(code)
"""

NOT_AT_START = ("reportlab", "openpyxl", "segno", "PIL", "jsonschema", "babel", "ijson",
                "PySide6.QtPdf", "PySide6.QtCharts", "importlib.metadata",
                "ntm_desktop.services.dossier", "ntm_desktop.services.packages",
                "ntm_desktop.services.files", "ntm_desktop.sync.exporter",
                "ntm_desktop.sync.importer", "ntm_desktop.gui.widgets.pdf_preview",
                "cryptography", "ntm_desktop.sync.keys", "ntm_desktop.sync.workspace",
                # sqlite-utils loads on the first write or migration, not to show a workbook
                "sqlite_utils", "click", "dateutil", "pluggy", "ntm_desktop.store.migrations",
                # dialogs load when they are first shown
                "ntm_desktop.gui.error_dialog", "uuid", "mimetypes",
                # the log file is a plain FileHandler, rotated at start
                "logging.handlers", "socket",
                # forms are compiled ahead; records built at start are NamedTuples
                "PySide6.QtUiTools", "dataclasses", "ntm_desktop.store.rows",
                # the Criteria page's tree model (the Overview needs only gui/status)
                "ntm_desktop.gui.models.criteria_tree")


def test_a_real_start_imports_nothing_the_first_screen_does_not_show(sample_path: Path,
                                                                     data_dir: Path,
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "seen.json"
    result = run([sys.executable, "-c", START, str(out), "--data-dir", str(data_dir),
                  "--workbook", str(sample_path)], env=clean_env(data_dir), timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(out.read_text("utf-8"))
    assert "Minh Tân" in str(seen["title"])  # the commune's window was really shown
    modules = set(seen["modules"])
    assert "ntm_desktop.gui.pages.overview" in modules
    loaded = sorted(m for m in modules for name in NOT_AT_START
                    if m == name or m.startswith(name + "."))
    assert loaded == []
    # no cyclic garbage collection while the window is built; back on after the first pass,
    # with what the start built moved out of the collector's sight
    assert seen["gc_enabled_while_building"] is False
    assert seen["gc_enabled"] is True and seen["gc_frozen"] > 10_000


def test_a_record_stays_itself_in_item_data_and_signals(qtbot) -> None:
    """Records are NamedTuples (tuples): Qt must hand them back whole, not as lists."""
    from PySide6.QtCore import QObject, Qt, Signal
    from PySide6.QtWidgets import QTreeWidgetItem

    from ntm_desktop.core.evaluation import DerivedFigure

    figure = DerivedFigure(50.0, 1, 2, "%", "1/2 trường", ("a", "b"))
    item = QTreeWidgetItem(["x"])
    item.setData(0, Qt.ItemDataRole.UserRole, figure)
    assert item.data(0, Qt.ItemDataRole.UserRole) == figure
    assert type(item.data(0, Qt.ItemDataRole.UserRole)) is DerivedFigure

    class Emitter(QObject):
        sent = Signal(object)

    got: list[object] = []
    emitter = Emitter()
    emitter.sent.connect(got.append)
    emitter.sent.emit(figure)
    assert got == [figure] and type(got[0]) is DerivedFigure
