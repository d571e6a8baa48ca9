"""Every page at the window a 1366×768 laptop with a taskbar gives (1256×655), with the demo
commune: the columns an officer needs are inside the view with their headers whole, the chart
labels are readable (code and name, never a bare "…"), and the same again at 150 % scaling
(in a child process, since the scale is fixed when Qt starts)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import column_problems, visible_headers
from PySide6.QtCore import QSettings

from ntm_desktop.gui.main_window import MainWindow
from ntm_desktop.gui.pages import PAGES, page_index
from ntm_desktop.paths import AppPaths
from ntm_desktop.services.workspace import create_demo_workbook
from ntm_desktop.store.workbook import Workbook

pytestmark = pytest.mark.gui
LAPTOP = (1256, 655)

#: the columns the field test found off-screen or cut, by page
NAMED = {
    "infrastructure": {"Tên công trình", "Thôn", "Chiều dài (km)", "Đã cứng hóa", "Năm",
                       "Tình trạng", "Ảnh"},
    "contributions": {"Ngày", "Người/đơn vị đóng góp", "Hình thức", "Số lượng",
                      "Giá trị quy đổi (đồng)"},
    "projects": {"Tên dự án", "Tổng mức đầu tư (triệu đồng)", "Nợ đọng XDCB (triệu đồng)",
                 "Quyết toán"},
    "criteria": {"Tiêu chí / chỉ tiêu", "Mức đạt chuẩn", "Giá trị", "Trạng thái", "Nguồn"},
    "history": {"Thời gian", "Dữ liệu", "Thao tác", "Bản ghi"},
}


@pytest.fixture
def demo(app_paths: AppPaths):
    wb = Workbook.open(create_demo_workbook(app_paths.data_dir / "demo.ntm.sqlite"))
    yield wb
    wb.close()


def open_window(qtbot, app_paths, wb, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(app_paths, workbook=wb, settings=settings)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_page_works_at_1256x655(qtbot, app_paths, demo, tmp_path) -> None:
    window = open_window(qtbot, app_paths, demo, tmp_path)
    assert (window.width(), window.height()) == LAPTOP
    problems = []
    for index, entry in enumerate(PAGES):
        window.show_page(index)
        qtbot.wait(30)
        window.tasks.wait(10000)
        qtbot.wait(30)
        page = window.current_page()
        assert page.width() <= LAPTOP[0] and page.isVisible()
        problems += column_problems(page)
        missing = NAMED.get(entry.name, set()) - visible_headers(page)
        problems += [f"{entry.name}: “{name}” not visible" for name in sorted(missing)]
    assert problems == []
    window.tasks.wait(10000)


#: a 1366×768 laptop set to 150 %, less its taskbar, in logical pixels
SMALL_150 = (910, 480)


def test_a_small_screen_at_150_percent_scrolls_pages_instead_of_overflowing(
        qtbot, app_paths, demo, tmp_path) -> None:
    """Windows never makes a window smaller than its minimum size: every page must let the
    window fit 910×480 logical pixels, and a page that wants more scrolls inside its place."""
    window = open_window(qtbot, app_paths, demo, tmp_path)
    window.resize(*SMALL_150)
    for index, entry in enumerate(PAGES):
        window.show_page(index)
        window.tasks.wait(10000)
        qtbot.wait(20)
        least = window.minimumSizeHint()
        assert least.width() <= SMALL_150[0] and least.height() <= SMALL_150[1], \
            (entry.name, least)
        host = window.stack.currentWidget()
        page = window.current_page()
        assert host.widget() is page and page.isVisible()
        wanted = page.minimumSizeHint()
        bars = host.verticalScrollBar(), host.horizontalScrollBar()
        if wanted.height() > host.viewport().height():
            assert bars[0].isVisible() and bars[0].maximum() > 0, entry.name
        if wanted.width() > host.viewport().width():
            assert bars[1].isVisible() and bars[1].maximum() > 0, entry.name
    window.show_page(0)
    assert window.stack.currentWidget().verticalScrollBar().maximum() > 0  # the overview scrolls


def test_chart_labels_are_code_and_name(qtbot, app_paths, demo, tmp_path) -> None:
    window = open_window(qtbot, app_paths, demo, tmp_path)
    chart = window.page(page_index("overview")).chart
    qtbot.waitUntil(lambda: len(chart.labels()) == 19, timeout=15000)
    for code, label in zip(chart.codes(), chart.labels(), strict=True):
        assert label.startswith(f"{code}. ") and label.strip(". …") != code, label
        assert len(label.rstrip("…")) >= len(code) + 6, label  # a readable part of the name
    assert "3. Thủy lợi và phòng, chống thiên tai" in chart.labels() or \
        "3. Thủy lợi" in chart.labels()
    window.tasks.wait(10000)


def test_squashed_panes_are_not_restored_and_reset_layout(qtbot, app_paths, demo,
                                                           tmp_path) -> None:
    from PySide6.QtWidgets import QSplitter
    window = open_window(qtbot, app_paths, demo, tmp_path)
    dossier = window.page(page_index("dossier"))
    window.show_page(page_index("dossier"))
    splitter = dossier.findChild(QSplitter, "splitter")
    splitter.setSizes([130, 1000])  # as if dragged too far and saved
    window.save_state()
    window.close()
    window2 = open_window(qtbot, app_paths, demo, tmp_path)
    window2.show_page(page_index("dossier"))
    restored = window2.current_page().findChild(QSplitter, "splitter")
    assert restored.sizes()[0] >= 400, restored.sizes()
    # Xem → Đặt lại bố cục rebuilds the pages with their default panes
    old_page = window2.current_page()
    window2.reset_layout_action.trigger()
    page = window2.current_page()
    assert page is not old_page and type(page).__name__ == "DossierPage"
    assert not window2.settings.value("splitters/dossier/splitter")
    window2.resize(*LAPTOP)  # the window was fitted to the (small) offscreen screen
    qtbot.waitUntil(lambda: page.findChild(QSplitter, "splitter").sizes()[0] >= 400,
                    timeout=15000)
    window2.tasks.wait(10000)


SCALED = r"""
import sys
sys.path[:0] = [sys.argv[2], sys.argv[3]]
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from gui_helpers import column_problems
from ntm_desktop.gui.main_window import MainWindow
from ntm_desktop.gui.pages import PAGES
from ntm_desktop.paths import AppPaths
from ntm_desktop.services.workspace import create_demo_workbook
from ntm_desktop.store.workbook import Workbook
app = QApplication(sys.argv[:1])
tmp = Path(sys.argv[1])
paths = AppPaths.resolve(tmp / "data").ensure()
wb = Workbook.open(create_demo_workbook(paths.data_dir / "demo.ntm.sqlite"))
w = MainWindow(paths, workbook=wb, settings=QSettings(str(tmp / "s.ini"),
                                                      QSettings.Format.IniFormat))
w.resize(1256, 655)
w.show()
problems = []
for i in range(len(PAGES)):
    w.show_page(i)
    for _ in range(5):
        app.processEvents()
    w.tasks.wait(10000)
    app.processEvents()
    problems += column_problems(w.current_page())
print("DPR", w.devicePixelRatio())
print("PROBLEMS", problems)
w.close()
w.tasks.wait(10000)
wb.close()
"""


def test_every_page_works_at_150_percent(tmp_path: Path) -> None:
    support = Path(__file__).resolve().parents[1] / "support"  # the child's test helpers
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5"}
    result = subprocess.run([sys.executable, "-c", SCALED, str(tmp_path), str(support),
                             str(support)], env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "DPR 1.5" in result.stdout
    assert "PROBLEMS []" in result.stdout, result.stdout


WIZARD = r"""
import json, sys
sys.path[:0] = [sys.argv[2]]
from pathlib import Path
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QScrollArea, QWizard
from ntm_desktop.devtools.screenshot import walk_wizard
from ntm_desktop.paths import AppPaths
app = QApplication(sys.argv[:1])
size = json.loads(sys.argv[3])
from ntm_desktop.gui.i18n import install_translators
translators = install_translators(app, sys.argv[4])


def settle():
    for _ in range(5):
        app.processEvents()


def problems_of(name, w):
    out = []
    avail = w.screen().availableGeometry()
    if size is None and not avail.contains(w.geometry()):
        out.append(f"{name}: wizard {w.geometry()} is not within the screen {avail}")
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                  QWizard.WizardButton.CancelButton):
        b = w.button(which)
        if b.isVisible() and not w.rect().contains(b.geometry().translated(
                b.parentWidget().mapTo(w, b.parentWidget().rect().topLeft()))):
            out.append(f"{name}: button {b.text()!r} outside the wizard")
    page = w.currentPage()
    scroll = page.findChild(QScrollArea)
    if scroll is None:
        return out + [f"{name}: the page does not scroll"]
    content, view = scroll.widget(), scroll.viewport()
    if content.width() > view.width() or scroll.horizontalScrollBar().isVisible():
        out.append(f"{name}: content {content.width()} wider than {view.width()}")
    if content.height() > view.height() and not scroll.verticalScrollBar().isVisible():
        out.append(f"{name}: content {content.height()} taller than {view.height()}, no scroll bar")
    for child in content.findChildren(QLabel) + content.findChildren(QAbstractScrollArea):
        if not child.isVisibleTo(content) or child.parentWidget() is not content:
            continue
        hint = child.minimumSizeHint()
        if isinstance(child, QLabel) and child.wordWrap() and child.text():
            need = child.heightForWidth(child.width())
            if need > child.height():
                out.append(f"{name}: {child.objectName()} cut ({child.height()} < {need})")
        elif hint.isValid() and (child.width() < hint.width() or child.height() < hint.height()):
            out.append(f"{name}: {child.objectName()} squashed {child.size()} < {hint}")
    return out


paths = AppPaths.resolve(Path(sys.argv[1]) / "data").ensure()
problems = []
for name, w in walk_wizard(paths, tuple(size) if size else None, settle):
    print("PAGE", f"{w.width()}x{w.height()}", name)
    problems += problems_of(name, w)
print("PROBLEMS", problems)
"""


@pytest.mark.parametrize(("screen", "scale", "size", "lang"), [
    ((1366, 720), "1.5", None, "vi"),  # a 1366×768 laptop less its taskbar, at 150 %: ~910×480
    ((1366, 720), "1.5", None, "en"),
    ((1366, 768), "1", [1256, 655], "vi"),
    ((1366, 720), "1.5", [600, 330], "vi"),  # made smaller still by the user: pages scroll
], ids=["150-percent", "150-percent-en", "1256x655", "smaller"])
def test_every_wizard_page_fits(tmp_path: Path, screen, scale, size, lang) -> None:
    """The setup wizard opens within the screen, sized from its pages, and every page of both
    paths (commune officer, appraiser) shows its buttons, never needs sideways scrolling,
    scrolls down rather than clips, and no label or list is squashed below what it needs."""
    import json
    support = Path(__file__).resolve().parents[1] / "support"
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": screen[0], "height": screen[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "QT_SCALE_FACTOR": scale}
    result = subprocess.run([sys.executable, "-c", WIZARD, str(tmp_path), str(support),
                             json.dumps(size), lang], env=env, capture_output=True, text=True,
                            timeout=300, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr[-3000:]
    sizes = [tuple(int(v) for v in line.split()[1].split("x"))
             for line in result.stdout.splitlines() if line.startswith("PAGE ")]
    assert len(sizes) == 9, result.stdout  # all nine pages of both paths were visited
    if size is None:  # sized from its pages, within the ~910×480 the screen gives
        assert all(w <= 910 and h <= 480 for w, h in sizes), sizes
    else:
        assert set(sizes) == {tuple(size)}, sizes
    assert "PROBLEMS []" in result.stdout, result.stdout
