"""GUI composition root: arguments, paths, logging, excepthook, workbook, QApplication,
translators, main window. ``main()`` returns the process exit code.
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import logging
import os
import sys
import threading
import types
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ntm_desktop import __version__
from ntm_desktop.core.startup import mark
from ntm_desktop.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ntm_desktop.store.workbook import Workbook

log = logging.getLogger("ntm_desktop.app")

LOG_FILE = "ntm-desktop.log"


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest (left for Qt, e.g. ``-platform offscreen``)."""
    parser = argparse.ArgumentParser(prog="ntm-desktop", description="NTM Desktop")
    parser.add_argument("--data-dir", help="data folder (default: $NTM_DATA_DIR or the user's "
                        "data folder)")
    parser.add_argument("--lang", choices=["vi", "en"], help="interface language (default: "
                        "the saved setting, else Vietnamese)")
    parser.add_argument("--workbook", help="workbook file to open (default: the data folder's)")
    parser.add_argument("--demo", action="store_true", help="open the demo commune (created in "
                        "the data folder if needed) without the setup wizard")
    parser.add_argument("--version", action="version", version=f"NTM Desktop {__version__}")
    return parser.parse_known_args(list(argv))


LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5


def rotate_log(path: Path, *, max_bytes: int = LOG_MAX_BYTES, backups: int = LOG_BACKUPS) -> bool:
    """At start, a log file of ``max_bytes`` or more becomes ``<name>.1`` (``.1`` → ``.2`` … the
    oldest of ``backups`` is dropped), as ``RotatingFileHandler`` names them. Only at start: a
    session's log stays in one file, and Windows cannot rename a file another running copy of
    the app keeps open (then nothing is renamed and the log grows until a later start).
    Returns True when the file was rotated."""
    try:
        if path.stat().st_size < max_bytes:
            return False
        for i in range(backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{i}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{i + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
        return True
    except OSError:
        return False


def configure_logging(logs_dir: Path) -> logging.Handler:
    """The log file for the ``ntm_desktop`` loggers (rotated at start past 1 MB, 5 kept);
    returns the handler. A plain ``FileHandler``: ``logging.handlers`` (socket, pickle, queue)
    is not loaded to start the app."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    rotate_log(logs_dir / LOG_FILE)
    handler = logging.FileHandler(logs_dir / LOG_FILE, encoding="utf-8")
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"))
    root = logging.getLogger("ntm_desktop")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return handler


FAULT_FILE = "ntm-desktop-faults.log"
_fault_file: Any = None


def enable_faulthandler(logs_dir: Path) -> Any:
    """On every run: a native crash (segmentation fault, abort) writes the Python stack of every
    thread to ``logs/ntm-desktop-faults.log``, and the next start copies that report into the
    log file (``ntm-desktop.log``) — a file of its own while running, because Windows cannot
    rotate a log file that another handle keeps open. Returns the open fault file."""
    global _fault_file
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / FAULT_FILE
    if _fault_file is None or _fault_file.closed:
        try:
            previous = path.read_text("utf-8", errors="replace").strip()
        except OSError:
            previous = ""
        if previous:
            log.critical("the previous run ended in a native crash:\n%s", previous)
        _fault_file = open(path, "w", encoding="utf-8")  # noqa: SIM115 - open for the process
    faulthandler.enable(file=_fault_file, all_threads=True)
    return _fault_file


def open_workbook(path: Path, *, explicit: bool) -> tuple[Workbook | None, BaseException | None]:
    """Open the workbook at ``path``; ``(None, error)`` when it cannot be opened.

    A missing default workbook is normal on first run (no error). ``error`` is returned, not
    raised, so the window still opens (with placeholders) and can show it.
    """
    if not path.exists() and not explicit:
        log.info("no workbook at %s yet (first run)", path)
        return None, None
    from ntm_desktop.store.workbook import Workbook  # imported in main(), before PySide6
    try:
        return Workbook.open(path, create=False), None
    except Exception as exc:
        log.warning("cannot open workbook %s: %s", path, exc)
        return None, exc


def first_run(paths: AppPaths, workbook_path: Path, *, demo: bool, explicit: bool
              ) -> tuple[Path, str | None]:
    """What to open: ``--demo`` → the demo workbook (created if needed), choice ``"demo"``; a
    fresh machine (no workbook, no hub, no ``--workbook``) → the demo commune too, with the
    setup wizard over it (choice ``"wizard"``): cancelling leaves the officer looking around the
    demo, finishing opens their own workbook; otherwise the workbook, choice None."""
    if explicit or (not demo and (workbook_path.exists() or paths.hub.exists())):
        return workbook_path, None
    from ntm_desktop.gui.wizard import demo_path
    from ntm_desktop.services.workspace import create_demo_workbook
    return create_demo_workbook(demo_path(paths)), "demo" if demo else "wizard"


def opens_hub(paths: AppPaths, workbook: Any, open_error: BaseException | None, *,
              explicit: bool) -> bool:
    """The appraiser's window, not the commune's: the data folder holds a hub and no workbook
    was asked for or found."""
    return workbook is None and open_error is None and not explicit and paths.hub.exists()


def _install_qt_message_handler() -> None:
    """Send Qt's own warnings to the log file instead of a console nobody sees."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("ntm.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def run_event_loop(app: QApplication) -> int:
    """``app.exec()``: one name that ``benchmarks/startup_bench.py`` can wrap to measure the
    start up to the first event-loop pass."""
    return int(app.exec())


def _started() -> None:
    """After the first event-loop pass: cyclic garbage collection back on. What the start built
    (modules, classes, Qt's enum classes, the window) lives as long as the process, so it is
    moved out of the collector's sight (``gc.freeze``) instead of being scanned again and again."""
    gc.freeze()
    gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    # No cyclic garbage collection while the modules and the window are built: the start
    # allocates hundreds of thousands of long-lived objects, and the collector would scan them
    # repeatedly for nothing (about 2 % of the start's instructions). Back on after the first
    # event-loop pass.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    if "--self-test" in (sys.argv[1:] if argv is None else argv):  # installation check, no data
        from ntm_desktop.selftest import run_gui_selftest
        return run_gui_selftest()
    # The store and the core before PySide6, whose import hook reads the source file of every
    # module imported after it to look for "PySide6" (PYSIDE-2029).
    import ntm_desktop.store.workbook as _store  # noqa: F401
    mark("import the store and the core")
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = AppPaths.resolve(args.data_dir).ensure()
    log_handler = configure_logging(paths.logs)
    enable_faulthandler(paths.logs)
    log.info("NTM Desktop %s starting; data folder %s", __version__, paths.data_dir)
    mark("arguments, data folder, log")

    from PySide6.QtCore import QCoreApplication, QEvent, QMetaObject, Qt, QTimer
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication
    mark("import PySide6")

    from ntm_desktop.gui.i18n import install_translators, normalize_language, remove_translators
    from ntm_desktop.gui.main_window import MainWindow, open_settings
    from ntm_desktop.paths import resource
    mark("import the main window module")

    if QCoreApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "ntm-desktop",
                                                   *qt_args])
    assert isinstance(app, QApplication)
    _install_qt_message_handler()
    app.setApplicationName("NTM Desktop")
    app.setOrganizationName("NTM")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))

    settings = open_settings(paths.data_dir)
    language = normalize_language(args.lang or str(settings.value("ui/language", "vi")))
    translators = install_translators(app, language)
    mark("QApplication, settings, translations")

    workbook_path = Path(args.workbook).expanduser() if args.workbook else paths.workbook
    workbook_path, first_run_choice = first_run(paths, workbook_path, demo=args.demo,
                                                explicit=bool(args.workbook))
    workbook, open_error = open_workbook(workbook_path, explicit=bool(args.workbook))
    mark("open the workbook")
    window: Any
    if opens_hub(paths, workbook, open_error, explicit=bool(args.workbook)):
        from ntm_desktop.gui.hub.hub_window import HubWindow  # the appraiser's data folder
        window = HubWindow(paths, settings=settings, language=language)
    else:
        window = MainWindow(paths, workbook=workbook, settings=settings, language=language)
    mark("build the window")

    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def excepthook(kind: type[BaseException], exc: BaseException,
                   tb: types.TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        exc.__traceback__ = exc.__traceback__ or tb
        try:
            window.errors.present(exc)
        except Exception:  # the dialog itself failed: at least log both
            log.critical("unexpected error", exc_info=(kind, exc, tb))
            log.exception("the error dialog failed")

    def thread_excepthook(hook_args: threading.ExceptHookArgs) -> None:
        log.error("unexpected error in thread %s", hook_args.thread,
                  exc_info=(hook_args.exc_type, hook_args.exc_value, hook_args.exc_traceback))
        if hook_args.exc_value is not None:  # show it on the GUI thread
            QMetaObject.invokeMethod(window.errors, lambda e=hook_args.exc_value:
                                     window.errors.present(e),
                                     Qt.ConnectionType.QueuedConnection)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    try:
        window.show()
        mark("show the window")
        if first_run_choice == "wizard":
            from ntm_desktop.gui.wizard import run_setup
            run_setup(window)
        if open_error is not None:
            window.errors.present(open_error)
        QTimer.singleShot(0, _started)
        code = run_event_loop(app)
        window.tasks.wait(5000)
        log.info("exiting with code %s", code)
        return int(code)
    finally:
        sys.excepthook = previous_hook
        threading.excepthook = previous_thread_hook
        remove_translators(app, translators)
        current = window.ctx.workbook  # the officer may have switched workbooks meanwhile
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for wb in {id(w): w for w in (current, workbook) if w is not None}.values():
            wb.close()  # the last connection: SQLite folds the WAL into the file
        logging.getLogger("ntm_desktop").removeHandler(log_handler)
        log_handler.close()


if __name__ == "__main__":
    raise SystemExit(main())
