"""Smoke tests of the GUI shell: forms load, the window navigates and remembers, background
tasks deliver everything on the GUI thread, errors are presented. Dialogs never block."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QThread, QUrl
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ntm_desktop.core.errors import Cancelled, ValidationError
from ntm_desktop.core.progress import CancelToken, Progress, ProgressFn
from ntm_desktop.gui import main_window
from ntm_desktop.gui.error_dialog import UnexpectedErrorDialog
from ntm_desktop.gui.errors import ErrorPresenter
from ntm_desktop.gui.main_window import MainWindow, open_settings
from ntm_desktop.gui.pages import PAGES, Page, PlaceholderPage
from ntm_desktop.gui.signals import SignalHub
from ntm_desktop.gui.tasks import TaskRunner, writer_pool
from ntm_desktop.gui.ui_loader import load_ui, ui_dir
from ntm_desktop.paths import AppPaths

pytestmark = pytest.mark.gui

UI_FILES = sorted(p.relative_to(ui_dir()).as_posix() for p in ui_dir().rglob("*.ui"))


# ----------------------------------------------------------------------------- forms
@pytest.mark.parametrize("relpath", UI_FILES)
def test_every_ui_file_loads(qtbot, relpath: str) -> None:
    widget = load_ui(relpath)
    qtbot.addWidget(widget)
    assert isinstance(widget, QWidget)


def test_missing_ui_file_raises() -> None:
    with pytest.raises(FileNotFoundError):
        load_ui("pages/does_not_exist.ui")


def test_navigation_is_eight_pages_with_icons_each_loading_its_own_module() -> None:
    assert len(PAGES) == 8
    assert len({entry.name for entry in PAGES}) == 8
    for entry in PAGES:
        assert entry.name and entry.title and entry.tip
        assert not entry.qicon().isNull(), entry.icon
        cls = entry.load()
        assert isinstance(cls, type) and issubclass(cls, Page)
        assert cls.__module__ == f"ntm_desktop.gui.pages.{entry.name}"
        assert cls.form_name() == entry.name


def test_start_up_imports_only_the_page_on_screen(tmp_path) -> None:
    """Page modules are imported on first visit: a fresh process that builds the main window
    on the overview has imported no other page module."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ntm_desktop.gui.main_window import MainWindow, open_settings\n"
        "from ntm_desktop.paths import AppPaths\n"
        f"paths = AppPaths.resolve({str(tmp_path / 'data')!r}).ensure()\n"
        "w = MainWindow(paths, workbook=None, settings=open_settings(paths.data_dir))\n"
        "w.show(); app.processEvents()\n"
        "print(sorted(m for m in sys.modules if m.startswith('ntm_desktop.gui.pages.')))\n"
        "w.close()\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NTM_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert out.strip().splitlines()[-1] == "['ntm_desktop.gui.pages.base', " \
        "'ntm_desktop.gui.pages.overview']"


def test_pages_are_built_on_first_visit(make_window) -> None:
    window = make_window()
    assert set(window.pages) == {0}  # only the page shown
    window.show_page(6)
    assert set(window.pages) == {0, 6}


# ----------------------------------------------------------------------------- main window
@pytest.fixture
def make_window(qtbot, app_paths: AppPaths):
    def make(**kw) -> MainWindow:
        window = MainWindow(app_paths, settings=open_settings(app_paths.data_dir), **kw)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=15000)
        return window

    return make


def test_window_opens_without_workbook(make_window) -> None:
    window = make_window()
    assert window.windowTitle() == "NTM Desktop"
    nav = window.findChild(QListWidget, "navList")
    assert nav.count() == 8
    assert window.current_index() == 0
    assert isinstance(window.current_page(), Page)
    assert window.page_errors == []


def test_title_shows_commune_and_criteria_set(make_window) -> None:
    class FakeWorkbook:
        path = Path("xa-demo.ntm.sqlite")
        listeners: list = []

        def commune(self) -> dict:
            return {"name": "Xã Tân Hòa", "criteria_set": "2021-2025"}

        def meta(self, key: str, default: str | None = None) -> str | None:
            return default

    window = make_window(workbook=FakeWorkbook())
    assert window.windowTitle() == "NTM Desktop — Xã Tân Hòa — 2021-2025"


def test_ctrl_n_navigates_to_every_page(qtbot, make_window) -> None:
    window = make_window()
    for index in [*range(1, 8), 0]:
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda i=index: window.current_index() == i, timeout=15000)
        page = window.current_page()
        assert page is not None and page.isVisible()
        assert window.nav.item(index).text() == PAGES[index].translated_title()
        assert type(page) is PAGES[index].load()
    assert window.page_errors == []


def test_last_page_and_geometry_survive_a_restart(qtbot, make_window) -> None:
    window = make_window()
    window.show_page(5)
    window.resize(780, 520)  # the offscreen screen is 800×600
    window.close()
    again = make_window()
    assert again.current_index() == 5
    assert (again.width(), again.height()) == (780, 520)


def test_hidden_pages_get_changes_when_activated(qtbot, make_window) -> None:
    window = make_window()
    seen: list[list] = []
    page = window.page(2)
    page.refresh = seen.append  # type: ignore[method-assign]
    with qtbot.waitSignal(window.hub.data_did_change):
        window.hub.announce([{"entity": "road", "entity_id": "x", "op": "put"}], None)
    assert seen == []  # hidden: delivered later
    window.show_page(2)
    assert seen == [[{"entity": "road", "entity_id": "x", "op": "put"}]]


def test_undo_redo_bound_to_the_window_stack(make_window) -> None:
    window = make_window()
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"
    assert not window.undo_action.isEnabled()


def test_dropping_files_emits_paths(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    target = tmp_path / "goi.ntmpkg"
    target.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.hub.files_dropped) as blocker:
        window.dropEvent(event)
    assert blocker.args == [[target]]


def test_about_box_is_non_blocking(qtbot, make_window) -> None:
    window = make_window()
    box = window.show_about()
    assert box.isVisible() and "NTM Desktop" in box.text()
    box.accept()


def test_a_page_that_fails_to_build_becomes_a_placeholder_with_its_title(
        qtbot, make_window, monkeypatch) -> None:
    class Broken(Page):
        def __init__(self, *args: object) -> None:
            raise RuntimeError("trang hỏng")

    index = 7
    pages = list(PAGES)
    pages[index] = PAGES[index]._replace(load=lambda: Broken)
    monkeypatch.setattr(main_window, "PAGES", pages)
    window = make_window()
    page = window.page(index)
    assert isinstance(page, PlaceholderPage) and page.entry is pages[index]
    assert page.findChild(QLabel, "titleLabel").text() == "Lịch sử"
    assert [str(e) for e in window.page_errors] == ["trang hỏng"]
    dialog = window.errors.open_dialogs[-1]
    assert "trang hỏng" in dialog.details.toPlainText()
    dialog.close()


# ----------------------------------------------------------------------------- tasks
def add(a: int, b: int, *, report: ProgressFn, cancel: CancelToken) -> tuple[int, bool]:
    report(Progress(1, 2, "nửa chừng"))
    return a + b, threading.current_thread() is threading.main_thread()


def wait_for_cancel(*, report: ProgressFn, cancel: CancelToken) -> None:
    for i in range(500):
        cancel.check()
        report(Progress(i, 500))
        time.sleep(0.01)
    raise AssertionError("never cancelled")


def explode(*, report: ProgressFn, cancel: CancelToken) -> None:
    raise ZeroDivisionError("boom")


@pytest.fixture
def runner(qtbot) -> TaskRunner:
    host = QWidget()
    qtbot.addWidget(host)
    runner = TaskRunner(host, presenter=ErrorPresenter(host))
    yield runner
    runner.cancel_all()
    runner.wait(5000)


def test_task_delivers_result_and_progress_on_gui_thread(qtbot, runner: TaskRunner) -> None:
    threads: list[QThread] = []
    progress: list[Progress] = []

    def on_progress(p: Progress) -> None:
        threads.append(QThread.currentThread())
        progress.append(p)

    task = runner.run(add, 2, 3, on_progress=on_progress,
                      on_result=lambda r: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(task.did_finish, timeout=15000):
        pass
    assert task.result == (5, False)  # computed off the GUI thread
    assert progress == [Progress(1, 2, "nửa chừng")]
    assert threads and all(t is qtbot_main_thread() for t in threads)


def qtbot_main_thread() -> QThread:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_task_cancellation_shows_progress_dialog(qtbot, runner: TaskRunner) -> None:
    runner.progress_delay_ms = 50
    cancelled: list[bool] = []
    task = runner.run(wait_for_cancel, label="Đang chờ", on_cancel=lambda: cancelled.append(True),
                      on_error=lambda e: pytest.fail(f"unexpected {e!r}"))
    qtbot.waitUntil(lambda: any(d.objectName() == "TaskProgressDialog" and d.isVisible()
                                for d in runner._parent_widget.findChildren(QDialog)),
                    timeout=15000)
    dialog = next(d for d in runner._parent_widget.findChildren(QDialog)
                  if d.objectName() == "TaskProgressDialog")
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button.text() == "Hủy"
    with qtbot.waitSignal(task.did_finish, timeout=15000):
        cancel_button.click()
    assert cancelled == [True]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)


def test_task_exception_reaches_gui_thread(qtbot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []
    task = runner.run(explode, on_error=errors.append, writer=True)
    with qtbot.waitSignal(task.did_finish, timeout=15000):
        pass
    assert isinstance(errors[0], ZeroDivisionError)
    assert errors[0].__traceback__ is not None
    assert writer_pool().maxThreadCount() == 1


def test_unhandled_task_exception_goes_to_presenter(qtbot, runner: TaskRunner) -> None:
    task = runner.run(explode)
    with qtbot.waitSignal(task.did_finish, timeout=15000):
        pass
    dialogs = runner.presenter.open_dialogs
    assert len(dialogs) == 1 and isinstance(dialogs[0], UnexpectedErrorDialog)
    dialogs[0].accept()


# ----------------------------------------------------------------------------- errors
def test_presenter_shows_ntm_error_message(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    presenter = ErrorPresenter(host)
    box = presenter.present(ValidationError("Số lượng phải lớn hơn 0.", field="quantity"))
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Số lượng phải lớn hơn 0."
    box.accept()
    qtbot.waitUntil(lambda: presenter.open_dialogs == [])


def test_presenter_ignores_cancellation() -> None:
    assert ErrorPresenter(None).present(Cancelled()) is None


def test_presenter_shows_unexpected_error_with_details(qtbot, tmp_path: Path) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    presenter = ErrorPresenter(host, log_dir=tmp_path / "logs")
    try:
        raise KeyError("thiếu khóa")
    except KeyError as exc:
        dialog = presenter.present(exc)
    assert isinstance(dialog, UnexpectedErrorDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Lỗi không mong muốn"
    assert "KeyError" in dialog.details.toPlainText()
    assert "thiếu khóa" in dialog.details.toPlainText()
    assert dialog.logs_button.isEnabled()
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert "KeyError" in QGuiApplication.clipboard().text()
    dialog.reject()


def test_presenter_explains_a_file_error_in_words_not_a_traceback(qtbot, tmp_path: Path) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    presenter = ErrorPresenter(host, log_dir=tmp_path / "logs")
    try:
        open(tmp_path / "USB" / "bao-cao.xlsx", "rb")  # noqa: SIM115 - the stick was pulled out
    except OSError as exc:
        box = presenter.present(exc)
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == ("Không đọc hoặc ghi được tệp “bao-cao.xlsx”: "
                          "không có tệp hoặc thư mục này.")
    assert "Traceback" not in box.text() and "Errno" not in box.text()
    box.reject()
    box = presenter.present(OSError(28, "No space left on device"))
    assert box.text() == "Không đọc hoặc ghi được tệp: ổ đĩa đã đầy."
    box.reject()


def test_signal_hub_delivers_cross_thread_changes_on_gui_thread(qtbot) -> None:
    hub = SignalHub()

    class FakeWorkbook:
        listeners: list = []

    wb = FakeWorkbook()
    hub.attach_workbook(wb)
    received: list[tuple[list, object, bool]] = []
    hub.data_did_change.connect(lambda c, i: received.append(
        (c, i, threading.current_thread() is threading.main_thread())))
    thread = threading.Thread(target=lambda: wb.listeners[0]([{"entity": "project"}]))
    with qtbot.waitSignal(hub.data_did_change, timeout=15000):
        thread.start()
    thread.join()
    assert received == [([{"entity": "project"}], None, True)]
    hub.detach_workbook(wb)
    assert wb.listeners == []


APP_SCRIPT = """
import sys
from ntm_desktop.app import main
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def finish():
    windows = [w for w in app.topLevelWidgets() if w.objectName() == "MainWindow"]
    import faulthandler
    print("FAULTHANDLER", faulthandler.is_enabled(), flush=True)
    print("TITLE", windows[0].windowTitle() if windows else None, flush=True)
    for w in windows:
        w.close()
    app.quit()
QTimer.singleShot(500, finish)
sys.exit(main(sys.argv[1:]))
"""


def test_app_main_runs_and_exits(data_dir: Path) -> None:
    """The composition root in a real process: window up, clean exit, log and settings written."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", APP_SCRIPT, "--data-dir", str(data_dir),
                             "--lang", "en"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    title = next(line for line in result.stdout.splitlines() if line.startswith("TITLE "))
    # a fresh data folder opens the demo commune (wizard over it), marked as sample data
    assert "NTM Desktop" in title and "Bắc Sơn" in title
    assert "SAMPLE DATA" in title or "SỐ LIỆU THỬ" in title.upper(), title
    # the demo workbook was closed cleanly: its write-ahead log folded into the file
    wal = data_dir / "demo.ntm.sqlite-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert (data_dir / "logs" / "ntm-desktop.log").exists()
    assert (data_dir / "gui.ini").exists()
    assert "FAULTHANDLER True" in result.stdout  # native crashes leave their stacks in the log


def test_the_log_file_rotates_at_start_past_its_size_keeping_five(tmp_path: Path) -> None:
    from ntm_desktop.app import LOG_FILE, configure_logging, rotate_log

    log = tmp_path / LOG_FILE
    log.write_bytes(b"x" * 999_999)
    assert rotate_log(log) is False and log.stat().st_size == 999_999  # under 1 MB: kept
    for i in range(1, 6):
        log.with_name(f"{LOG_FILE}.{i}").write_text(f"backup {i}", "utf-8")
    log.write_bytes(b"old session\n" * 90_000)  # 1,08 MB
    handler = configure_logging(tmp_path)
    try:
        logging.getLogger("ntm_desktop.test").warning("after the rotation")
        handler.flush()
    finally:
        logging.getLogger("ntm_desktop").removeHandler(handler)
        handler.close()
    assert log.read_text("utf-8").count("\n") == 1 and "after the rotation" in log.read_text("utf-8")
    assert log.with_name(f"{LOG_FILE}.1").read_bytes().startswith(b"old session")
    assert [log.with_name(f"{LOG_FILE}.{i}").read_text("utf-8") for i in range(2, 6)] == [
        "backup 1", "backup 2", "backup 3", "backup 4"]  # the oldest (backup 5) is dropped
    assert not log.with_name(f"{LOG_FILE}.6").exists()


def test_a_native_crash_leaves_its_stack_in_the_log_file(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    script = ("import ctypes, sys\nfrom pathlib import Path\n"
              "from ntm_desktop.app import enable_faulthandler\n"
              "enable_faulthandler(Path(sys.argv[1]))\n"
              "def crash_here():\n    ctypes.string_at(0)\n"
              "crash_here()\n")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                            text=True, timeout=60, env={**os.environ})
    assert result.returncode != 0
    faults = (tmp_path / "ntm-desktop-faults.log").read_text("utf-8")
    assert "Segmentation fault" in faults and "crash_here" in faults
    # the next start puts the report into the log file
    again = ("import sys\nfrom pathlib import Path\n"
             "from ntm_desktop.app import configure_logging, enable_faulthandler\n"
             "configure_logging(Path(sys.argv[1]))\nenable_faulthandler(Path(sys.argv[1]))\n")
    subprocess.run([sys.executable, "-c", again, str(tmp_path)], check=True, timeout=60)
    text = (tmp_path / "ntm-desktop.log").read_text("utf-8")
    assert "native crash" in text and "crash_here" in text
    assert (tmp_path / "ntm-desktop-faults.log").read_text("utf-8") == ""


def test_language_choice_is_saved_for_next_start(make_window) -> None:
    window = make_window()
    english = next(a for a in window.findChildren(QAction) if a.data() == "en")
    english.trigger()
    assert window.settings.value("ui/language") == "en"
