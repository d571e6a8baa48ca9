"""Installation self-test: proves that this installation (PyInstaller bundle, wheel or checkout)
works on this machine, without touching the user's data.

``ntm selftest [--json]`` runs the Qt-free part (:func:`run_selftest`); ``ntm-desktop
--self-test`` runs it and then the GUI part (:func:`run_gui_selftest`, offscreen-capable).

Everything happens in a fresh temporary data folder (``$NTM_DATA_DIR`` is pointed there while the
test runs and restored afterwards): assets and compiled translations are found, every bundled
module imports (catches missing PyInstaller hidden imports), a workbook is created, the demo
commune is loaded and evaluated, a commune key signs an update package that an appraiser hub
verifies, and a short dossier PDF is printed. The GUI part loads every ``.ui`` file, installs the
translators, opens the main window on the demo workbook, visits every page and closes it.

One line per check (``OK name: detail`` / ``FAIL name: reason`` / ``SKIP name: reason``) and a
summary; exit code 0 only when nothing failed. Never a traceback: an exception in a check becomes
its FAIL line; the tracebacks go to the ``ntm_desktop.selftest`` logger and to
``<temp>/ntm-selftest-details.txt``, whose path is printed.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ntm_desktop import __version__
from ntm_desktop.paths import ENV_DATA_DIR, AppPaths, asset_dir

log = logging.getLogger("ntm_desktop.selftest")
log.addHandler(logging.NullHandler())  # never logging's last-resort stderr output

#: Written next to the bundled assets by build.spec: the ntm_desktop modules the bundle must
#: contain (the spec's hidden imports). Absent outside a PyInstaller bundle.
MANIFEST = "bundle-manifest.json"
#: Where ``ntm-desktop --self-test`` writes its report when there is no console (windowed
#: executable on Windows): ``%TEMP%\\ntm-desktop-selftest.txt``.
REPORT_NAME = "ntm-desktop-selftest.txt"
#: Tracebacks of failed checks, for support: ``<temp>/ntm-selftest-details.txt``.
DETAILS_NAME = "ntm-selftest-details.txt"

DEMO = ("demo", "demo-commune.json")
FONT_FILES = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
              "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf")
LANGUAGES = ("vi", "en")
#: Modules never imported by the self-test: entry points run main() on import; devtools are
#: build-time helpers.
_SKIP_PREFIXES = ("ntm_desktop.devtools",)
_SKIP_SUFFIXES = (".__main__",)
_GUI_PREFIXES = ("ntm_desktop.gui", "ntm_desktop.app")


class Skip(Exception):
    """Raised by a check that does not apply here (reported as SKIP, not a failure)."""


@dataclass
class Result:
    name: str
    status: str  # "ok" | "fail" | "skip"
    detail: str = ""
    seconds: float = 0.0
    trace: str = ""

    def line(self) -> str:
        head = {"ok": "OK", "fail": "FAIL", "skip": "SKIP"}[self.status]
        return f"{head} {self.name}" + (f": {self.detail}" if self.detail else "")

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "status": self.status, "detail": self.detail,
                "seconds": round(self.seconds, 3)}


@dataclass
class Runner:
    """Runs checks in order, printing one line each; a check returns its detail text."""

    out: TextIO | None = None
    quiet: bool = False
    results: list[Result] = field(default_factory=list)

    def emit(self, text: str) -> None:
        if self.quiet or self.out is None:
            return
        with contextlib.suppress(Exception):
            self.out.write(text + "\n")
            self.out.flush()

    def check(self, name: str, fn: Callable[[], str | None], *,
              needs: tuple[str, ...] = ()) -> Result:
        failed = [n for n in needs if not self.passed(n)]
        start = time.perf_counter()
        if failed:
            result = Result(name, "fail", "not run: " + ", ".join(failed) + " failed")
        else:
            try:
                result = Result(name, "ok", fn() or "")
            except Skip as exc:
                result = Result(name, "skip", str(exc))
            except BaseException as exc:  # noqa: BLE001 - reported, never raised
                if isinstance(exc, KeyboardInterrupt):
                    raise
                trace = traceback.format_exc()
                log.error("self-test %s failed:\n%s", name, trace)
                result = Result(name, "fail", _reason(exc), trace=trace)
        result.seconds = time.perf_counter() - start
        self.results.append(result)
        self.emit(result.line())
        return result

    def passed(self, name: str) -> bool:
        return any(r.name == name and r.status == "ok" for r in self.results)

    @property
    def failures(self) -> list[Result]:
        return [r for r in self.results if r.status == "fail"]

    def summary(self) -> str:
        ok = sum(r.status == "ok" for r in self.results)
        skipped = sum(r.status == "skip" for r in self.results)
        total = sum(r.seconds for r in self.results)
        verdict = "PASSED" if not self.failures else "FAILED"
        return (f"Self-test {verdict}: {ok} ok, {len(self.failures)} failed, {skipped} skipped "
                f"({total:.1f} s)")

    def write_details(self) -> Path | None:
        """Write the failed checks' tracebacks to the temp folder; returns the file."""
        traces = [f"== {r.name}\n{r.trace}" for r in self.results if r.trace]
        if not traces:
            return None
        path = Path(tempfile.gettempdir()) / DETAILS_NAME
        try:
            path.write_text(header() + "\n\n" + "\n".join(traces), encoding="utf-8")
        except OSError:
            return None
        return path

    def exit_code(self) -> int:
        return 0 if not self.failures and self.results else 1


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{exc.__class__.__name__}: {text}" if text else exc.__class__.__name__


# ----------------------------------------------------------------------------- environment
def installation_kind() -> str:
    if getattr(sys, "frozen", False) or getattr(sys, "_MEIPASS", None):
        return "PyInstaller bundle"
    if (Path(__file__).resolve().parent / "_assets").is_dir():
        return "installed package"
    return "source checkout"


def header() -> str:
    return (f"NTM Desktop {__version__} self-test — {installation_kind()}, Python "
            f"{platform.python_version()}, {platform.system()} {platform.release()} "
            f"({platform.machine()})")


@contextlib.contextmanager
def isolated_data_dir() -> Iterator[AppPaths]:
    """A fresh temporary data folder, set as ``$NTM_DATA_DIR`` while the test runs."""
    tmp = Path(tempfile.mkdtemp(prefix="ntm-selftest-"))
    previous = os.environ.get(ENV_DATA_DIR)
    os.environ[ENV_DATA_DIR] = str(tmp / "commune")
    try:
        yield AppPaths.resolve(tmp / "commune").ensure()
    finally:
        if previous is None:
            os.environ.pop(ENV_DATA_DIR, None)
        else:
            os.environ[ENV_DATA_DIR] = previous
        shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------- module list
def expected_modules() -> list[str]:
    """The ntm_desktop modules this installation must be able to import.

    In a bundle: the list build.spec wrote (its hidden imports). Elsewhere: every module found
    on disk under the package.
    """
    manifest = asset_dir() / MANIFEST
    if getattr(sys, "frozen", False):
        if not manifest.is_file():
            raise FileNotFoundError(f"{MANIFEST} missing from the bundle ({manifest})")
        names = json.loads(manifest.read_text(encoding="utf-8"))["modules"]
    else:  # the files, not pkgutil.walk_packages: that imports packages (gui → Qt) to recurse
        package = Path(__file__).resolve().parent
        names = []
        for path in sorted(package.rglob("*.py")):
            rel = path.relative_to(package.parent).with_suffix("")
            if "__pycache__" in rel.parts or "_assets" in rel.parts:
                continue
            names.append(".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts))
    return sorted(n for n in names if not n.startswith(_SKIP_PREFIXES)
                  and not n.endswith(_SKIP_SUFFIXES) and n != "ntm_desktop._assets")


def _import_all(gui: bool) -> str:
    names = [n for n in expected_modules() if n.startswith(_GUI_PREFIXES) == gui]
    if not names:
        raise AssertionError("no modules listed")
    bad = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001
            bad.append(f"{name} ({_reason(exc)})")
    if bad:
        raise ImportError(f"{len(bad)} of {len(names)} cannot be imported: " + "; ".join(bad))
    return f"{len(names)} modules import"


# ----------------------------------------------------------------------------- core checks
def _need(path: Path, what: str) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"{what} missing: {path}")
    return path


def check_assets() -> str:
    base = asset_dir()
    _need(base / "ui" / "main_window.ui", "main window form")
    ui = sorted((base / "ui").rglob("*.ui"))
    res = base / "resources"
    catalogs = sorted(p for p in (res / "catalogs").glob("*.json") if p.name != "catalog.schema.json")
    if not catalogs:
        raise FileNotFoundError(f"no criteria catalogues in {res / 'catalogs'}")
    for p in [*catalogs, res / "catalogs" / "catalog.schema.json",
              res / "schemas" / "interchange.schema.json", *sorted((res / "dossier").glob("*.json")),
              res / "admin_units" / "units-2025.json"]:
        json.loads(_need(p, "data file").read_text(encoding="utf-8"))
    for f in FONT_FILES:
        if _need(res / "fonts" / f, "font").stat().st_size < 10_000:
            raise ValueError(f"font {f} is truncated")
    _need(res / "icons" / "app.svg", "application icon")
    _need(res.joinpath(*DEMO), "demo commune")
    qms = [f"ntm_desktop_{lang}.qm" for lang in LANGUAGES] + ["qt_extra_vi.qm"]
    for name in qms:
        qm = _need(base / "translations" / name, "compiled translation")
        if qm.read_bytes()[:16] != bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"):
            raise ValueError(f"{qm.name} is not a Qt .qm file")
    return (f"{base}: {len(ui)} .ui files, {len(catalogs)} catalogues, {len(FONT_FILES)} fonts, "
            f"{len(qms)} .qm translations")


class CoreState:
    """What the core checks hand each other (and the GUI part)."""

    def __init__(self, paths: AppPaths):
        self.paths = paths
        self.workbook: Any = None
        self.package: Path | None = None
        self.commune_code = ""

    def close(self) -> None:
        if self.workbook is not None:
            with contextlib.suppress(Exception):
                self.workbook.close()
            self.workbook = None


def check_workbook(st: CoreState) -> str:
    from ntm_desktop.store.workbook import Workbook
    st.workbook = Workbook.open(st.paths.workbook, create=True, author="self-test")
    n = st.workbook.count("journal")
    return f"{st.paths.workbook.name} created (schema ready, {n} journal entries)"


def check_demo(st: CoreState) -> str:
    from ntm_desktop.paths import resource
    from ntm_desktop.store import interchange
    doc = interchange.read_file(resource(*DEMO))
    counts = interchange.load(st.workbook, doc)
    commune = st.workbook.commune() or {}
    st.commune_code = commune.get("code", "")
    return (f"{commune.get('name')} ({st.commune_code}) loaded: {sum(counts.values())} rows in "
            f"{sum(1 for v in counts.values() if v)} tables")


def check_evaluation(st: CoreState) -> str:
    from ntm_desktop.store.evaluation_service import status_report
    rep = status_report(st.workbook)
    criteria = rep.get("criteria") or []
    if not criteria:
        raise AssertionError("the evaluation lists no criteria")
    indicators = sum(len(c.get("indicators") or []) for c in criteria)
    return (f"{rep['commune'].get('criteria_set')} year {rep.get('year')}: {len(criteria)} "
            f"criteria, {indicators} indicators, {rep.get('met_count')}/{rep.get('total')} met")


def check_sync(st: CoreState) -> str:
    """Commune key → signed update package → verified by an appraiser hub that trusts it."""
    from ntm_desktop.store.hub import Hub
    from ntm_desktop.sync import exporter, importer
    from ntm_desktop.sync.trust import HubTrust
    from ntm_desktop.sync.workspace import ensure_commune_key, keystore
    wb = st.workbook
    ks = ensure_commune_key(st.paths, wb.commune())
    key = ks.load(None)
    st.package = st.paths.data_dir / "selftest-update.ntmpkg"
    r = exporter.export_commune(wb, ks, key, st.package)
    own = importer.verify_file(st.package, importer.CommuneReceiver(wb, ks, st.paths.quarantine))
    if not own.ok:
        raise AssertionError(f"own package rejected: {own.code}: {own.message}")
    hub_paths = AppPaths.resolve(st.paths.data_dir.parent / "appraiser").ensure()
    hub_ks = keystore(hub_paths)
    hub_ks.generate(role="appraiser", name="Self-test appraiser", level="province")
    with Hub.open(hub_paths.hub, create=True, name="Self-test appraiser", level="province") as hub:
        HubTrust(hub).add(ks.card())
        o = importer.verify_file(st.package, importer.HubReceiver(hub, hub_ks,
                                                                  hub_paths.quarantine))
    if not o.ok:
        raise AssertionError(f"appraiser rejected the package: {o.code}: {o.message}")
    return (f"package {r['seq']} ({r['entries']} changes, {r['size']:,} bytes) signed by "
            f"{ks.card()['fingerprint']} and verified by an appraiser hub")


def check_dossier(st: CoreState) -> str:
    try:
        from ntm_desktop.dossier import documents
        from ntm_desktop.dossier.data import collect
        from ntm_desktop.dossier.fonts import register_fonts
    except ImportError as exc:
        raise Skip(f"dossier builder not available ({_reason(exc)})") from None
    build = getattr(documents, "build_to_trinh", None)
    if build is None:
        raise Skip("dossier builder not available (no documents.build_to_trinh)")
    c = st.workbook.commune() or {}
    from ntm_desktop.store.evaluation_service import default_year
    year = c.get("target_year") or default_year(st.workbook)
    data = collect(st.workbook, year, draft=True)
    out = st.paths.data_dir / "selftest-to-trinh.pdf"
    info = build(data, out, fonts=register_fonts(), invariant=True)
    head = out.read_bytes()[:5]
    if head != b"%PDF-":
        raise AssertionError(f"{out.name} is not a PDF")
    pages = info.get("pages") if isinstance(info, dict) else None
    return f"draft Tờ trình printed ({pages} pages, {out.stat().st_size:,} bytes)"


def check_formatting() -> str:
    """Babel's Vietnamese locale data is present (the bundle keeps only vi and en)."""
    from ntm_desktop.core import vnformat
    got = (vnformat.number(1264), vnformat.number(28.18, 2))
    if got != ("1.264", "28,18"):
        raise AssertionError(f"1264 and 28.18 formatted as {got}, expected ('1.264', '28,18')")
    return f"1264 → {got[0]}, 28.18 → {got[1]}"


def run_core_checks(runner: Runner, st: CoreState) -> None:
    runner.check("assets", check_assets)
    runner.check("number format", check_formatting)
    runner.check("modules", lambda: _import_all(gui=False))
    runner.check("workbook", lambda: check_workbook(st))
    runner.check("demo commune", lambda: check_demo(st), needs=("workbook",))
    runner.check("evaluation", lambda: check_evaluation(st), needs=("demo commune",))
    runner.check("signed package", lambda: check_sync(st), needs=("demo commune",))
    runner.check("dossier PDF", lambda: check_dossier(st), needs=("demo commune",))


# ----------------------------------------------------------------------------- GUI checks
class GuiState:
    def __init__(self) -> None:
        self.app: Any = None
        self.translators: list[Any] = []


def check_qapplication(gs: GuiState) -> str:
    from PySide6.QtWidgets import QApplication
    qt_args = [a for a in sys.argv if a != "--self-test"] or ["ntm-desktop"]  # e.g. -platform
    app = QApplication.instance() or QApplication(qt_args)
    gs.app = app
    from PySide6.QtGui import QGuiApplication, QImageReader
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise AssertionError("no SVG image plugin (icons would be blank)")
    return f"platform {QGuiApplication.platformName()}, Qt image formats include svg"


def check_ui_files(gs: GuiState) -> str:
    from PySide6.QtWidgets import QWidget

    from ntm_desktop.gui.ui_loader import load_ui, ui_dir
    root = ui_dir()
    files = sorted(root.rglob("*.ui"))
    if not files:
        raise FileNotFoundError(f"no .ui files in {root}")
    bad = []
    for f in files:
        rel = f.relative_to(root).as_posix()
        try:
            w = load_ui(rel)
            if not isinstance(w, QWidget):
                raise TypeError("not a widget")
            w.deleteLater()
        except Exception as exc:  # noqa: BLE001
            bad.append(f"{rel} ({_reason(exc)})")
    if bad:
        raise RuntimeError("cannot load " + "; ".join(bad))
    return f"{len(files)} forms load"


def check_translators(gs: GuiState) -> str:
    from PySide6.QtCore import QCoreApplication

    from ntm_desktop.gui.i18n import install_translators, remove_translators
    en = install_translators(gs.app, "en")
    try:
        sample = QCoreApplication.translate("Navigation", "Tổng quan")
        if len(en) < 1 or sample == "Tổng quan":
            raise AssertionError(f"English catalogue not applied ({len(en)} translators, "
                                 f"'Tổng quan' → '{sample}')")
    finally:
        remove_translators(gs.app, en)
    gs.translators = install_translators(gs.app, "vi")
    qt_text = ("QPlatformTheme", "Cancel")  # Qt's own text: not a literal call, or lupdate takes it
    cancel = QCoreApplication.translate(*qt_text)
    if cancel == "Cancel":
        raise AssertionError("Vietnamese for Qt's own texts (qt_extra_vi.qm) not applied")
    return f"en ('Tổng quan' → '{sample}') and vi ('Cancel' → '{cancel}') installed"


def check_main_window(gs: GuiState, st: CoreState) -> str:
    from PySide6.QtCore import QCoreApplication, QEvent

    from ntm_desktop.gui.main_window import MainWindow, open_settings
    from ntm_desktop.gui.pages import PAGES, PlaceholderPage
    settings = open_settings(st.paths.data_dir)
    window = MainWindow(st.paths, workbook=st.workbook, settings=settings, language="vi")
    placeholders: list[str] = []
    try:
        window.show()
        gs.app.processEvents()
        for index, entry in enumerate(PAGES):
            window.show_page(index)
            gs.app.processEvents()
            if type(window.page(index)) is PlaceholderPage:
                placeholders.append(entry.name)
        deadline = time.monotonic() + 20
        while not window.tasks.wait(50) and time.monotonic() < deadline:
            gs.app.processEvents()
        gs.app.processEvents()
        errors = [*window.page_errors]
        dialogs = list(getattr(window.errors, "open_dialogs", []))
        title = window.windowTitle()
        if errors:
            raise RuntimeError("page errors: " + "; ".join(_reason(e) for e in errors))
        if dialogs:
            texts = [d.text() if hasattr(d, "text") else d.windowTitle() for d in dialogs]
            raise RuntimeError("error dialogs opened: " + "; ".join(map(str, texts)))
    finally:
        window.close()
        window.tasks.wait(5000)
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gs.app.processEvents()
        settings.sync()
    real = len(PAGES) - len(placeholders)
    text = f"“{title}”: {real} of {len(PAGES)} pages opened"
    if placeholders:
        text += " (not written yet: " + ", ".join(placeholders) + ")"
    return text


def run_gui_checks(runner: Runner, st: CoreState) -> None:
    gs = GuiState()
    runner.check("Qt modules", lambda: _import_all(gui=True))
    runner.check("QApplication", lambda: check_qapplication(gs))
    runner.check("ui files", lambda: check_ui_files(gs), needs=("QApplication",))
    runner.check("translations", lambda: check_translators(gs), needs=("QApplication",))
    runner.check("main window", lambda: check_main_window(gs, st),
                 needs=("QApplication", "demo commune"))
    if gs.app is not None and gs.translators:
        from ntm_desktop.gui.i18n import remove_translators
        remove_translators(gs.app, gs.translators)


# ----------------------------------------------------------------------------- entry points
def _run(gui: bool, out: TextIO | None, quiet: bool = False) -> Runner:
    runner = Runner(out=out, quiet=quiet)
    runner.emit(header())
    try:
        with isolated_data_dir() as paths:
            runner.emit(f"temporary data folder: {paths.data_dir}")
            st = CoreState(paths)
            try:
                run_core_checks(runner, st)
                if gui:
                    run_gui_checks(runner, st)
            finally:
                st.close()
    except Exception as exc:  # noqa: BLE001 - e.g. no writable temp folder
        trace = traceback.format_exc()
        log.error("self-test aborted:\n%s", trace)
        runner.results.append(Result("setup", "fail", _reason(exc), trace=trace))
        runner.emit(runner.results[-1].line())
    details = runner.write_details()
    if details is not None:
        runner.emit(f"details of the failures: {details}")
    runner.emit(runner.summary())
    return runner


def run_selftest(*, json_output: bool = False, out: TextIO | None = None) -> int:
    """The Qt-free self-test (``ntm selftest``). Returns the exit code."""
    out = out or sys.stdout
    if not json_output:
        return _run(False, out).exit_code()
    runner = _run(False, out, quiet=True)
    data = {"version": __version__, "installation": installation_kind(),
            "asset_dir": str(asset_dir()), "ok": runner.exit_code() == 0,
            "checks": [r.to_json() for r in runner.results]}
    with contextlib.suppress(Exception):
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        out.flush()
    return runner.exit_code()


def run_gui_selftest(out: TextIO | None = None) -> int:
    """Both parts (``ntm-desktop --self-test``). Returns the exit code.

    Without a console (windowed Windows executable: ``sys.stdout`` is None) the report goes to
    ``%TEMP%\\ntm-desktop-selftest.txt``.
    """
    if out is not None:
        return _run(True, out).exit_code()
    if sys.stdout is not None:
        with contextlib.suppress(AttributeError, ValueError):
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        return _run(True, sys.stdout).exit_code()
    report = Path(tempfile.gettempdir()) / REPORT_NAME
    try:
        with open(report, "w", encoding="utf-8") as fh:
            return _run(True, fh).exit_code()
    except OSError:
        return _run(True, None).exit_code()
