"""build.spec, executed with stand-ins for PyInstaller's Analysis/PYZ/EXE/COLLECT: it parses,
bundles every folder and every lazily imported module, excludes only Qt modules the code never
imports, and prepares the translations, the Windows icon and the bundle manifest."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pkg_helpers import ROOT

SPEC = ROOT / "build.spec"


class _Recorder:
    def __init__(self) -> None:
        self.analyses: list[SimpleNamespace] = []
        self.exes: list[dict[str, Any]] = []
        self.collects: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def Analysis(self, scripts, **kw):  # noqa: ANN001, ANN201, N802
        # a few files PyInstaller would have collected, to check the trimming
        fake = [("babel/locale-data/fr.dat", "/x/fr.dat", "DATA"),
                ("babel/locale-data/vi.dat", "/x/vi.dat", "DATA"),
                ("babel/locale-data/root.dat", "/x/root.dat", "DATA"),
                ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                 "/x/v.so", "BINARY"),
                ("PySide6/Qt/lib/libQt6Quick.so.6", "/x/quick.so", "BINARY"),
                ("PySide6/Qt/lib/libQt6QmlModels.so.6", "/x/qml.so", "BINARY"),
                ("PySide6/Qt/lib/libQt6Widgets.so.6", "/x/widgets.so", "BINARY"),
                ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/q.so", "BINARY")]
        a = SimpleNamespace(scripts=scripts, pure=["pure"], binaries=list(fake),
                            datas=list(kw.get("datas") or []) + fake, kw=kw)
        self.analyses.append(a)
        return a

    def PYZ(self, pure):  # noqa: ANN001, ANN201, N802
        return ("PYZ", id(pure))

    def EXE(self, *args, **kw):  # noqa: ANN002, ANN003, ANN201, N802
        self.exes.append(kw)
        return ("EXE", kw["name"])

    def COLLECT(self, *args, **kw):  # noqa: ANN002, ANN003, ANN201, N802
        self.collects.append((args, kw))

    def MERGE(self, *args):  # noqa: ANN002, ANN201, N802
        raise AssertionError("a shared one-folder build needs no MERGE")


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    work = tmp_path_factory.mktemp("work")
    rec = _Recorder()
    ns: dict[str, Any] = {"SPECPATH": str(ROOT), "workpath": str(work), "DISTPATH": "dist",
                          "__name__": "__main__", "Analysis": rec.Analysis, "PYZ": rec.PYZ,
                          "EXE": rec.EXE, "COLLECT": rec.COLLECT, "MERGE": rec.MERGE}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), ns)  # noqa: S102
    gui, cli = rec.analyses
    return SimpleNamespace(ns=ns, rec=rec, gui=gui, cli=cli, work=work)


def _modules_on_disk(folder: str) -> set[str]:
    base = ROOT / "ntm_desktop" / folder
    return {"ntm_desktop." + folder.replace("/", ".") + "." + p.stem
            for p in base.glob("*.py") if p.stem not in ("__init__", "__main__")}


def _static_imports(script: Path) -> set[str]:
    tree = ast.parse(script.read_text(encoding="utf-8"))
    return {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}


def test_spec_is_valid_python() -> None:
    ast.parse(SPEC.read_text(encoding="utf-8"), str(SPEC))


def test_two_executables_one_folder(spec: SimpleNamespace) -> None:
    exes = {e["name"]: e for e in spec.rec.exes}
    assert set(exes) == {"ntm-desktop", "ntm"}
    assert exes["ntm-desktop"]["console"] is False and exes["ntm"]["console"] is True
    assert all(e["exclude_binaries"] for e in exes.values())  # one-folder, not one-file
    [(args, kw)] = spec.rec.collects
    assert kw["name"] == "ntm-desktop"
    assert ("EXE", "ntm-desktop") in args and ("EXE", "ntm") in args
    assert spec.gui.binaries in args and spec.cli.datas in args
    assert Path(spec.gui.scripts[0]) == ROOT / "ntm_desktop" / "__main__.py"
    assert Path(spec.cli.scripts[0]) == ROOT / "ntm_desktop" / "cli" / "__main__.py"


def test_bundles_ui_resources_and_compiled_translations(spec: SimpleNamespace) -> None:
    datas = {dest: Path(src) for src, dest in spec.gui.kw["datas"]}
    assert datas["ui"] == ROOT / "ui" and datas["resources"] == ROOT / "resources"
    qm = datas["translations"]
    assert qm.is_relative_to(spec.work), "translations must compile into the work folder"
    assert sorted(p.name for p in qm.glob("*.qm")) == ["ntm_desktop_en.qm", "ntm_desktop_vi.qm",
                                                      "qt_extra_vi.qm"]
    manifest = json.loads(datas["."].read_text(encoding="utf-8"))
    assert manifest["modules"] == spec.ns["MODULES"]


def test_every_lazily_imported_module_is_hidden_import(spec: SimpleNamespace) -> None:
    gui_hidden = set(spec.gui.kw["hiddenimports"])
    cli_hidden = set(spec.cli.kw["hiddenimports"])
    pages = _modules_on_disk("gui/pages")
    commands = _modules_on_disk("cli")
    assert pages and commands
    assert pages <= gui_hidden, pages - gui_hidden
    assert commands <= gui_hidden and commands <= cli_hidden, commands - cli_hidden
    from ntm_desktop.gui.pages import PAGES
    written = {entry.load().__module__ for entry in PAGES}
    assert written <= gui_hidden
    assert "ntm_desktop.gui.drop_router" in gui_hidden
    assert "ntm_desktop.selftest" in cli_hidden
    # every other module: statically imported by an entry script or listed
    for path in (ROOT / "ntm_desktop").rglob("*.py"):
        rel = path.relative_to(ROOT).with_suffix("")
        if {"__pycache__", "devtools"} & set(rel.parts) or rel.name == "__main__":
            continue
        name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        assert name in gui_hidden or name in _static_imports(ROOT / "ntm_desktop" /
                                                             "__main__.py"), name


def test_cli_is_qt_free(spec: SimpleNamespace) -> None:
    assert not [m for m in spec.cli.kw["hiddenimports"] if m.startswith("ntm_desktop.gui")]
    assert "ntm_desktop.app" not in spec.cli.kw["hiddenimports"]
    assert "PySide6" in spec.cli.kw["excludes"]


def test_excludes_only_unused_qt_modules(spec: SimpleNamespace) -> None:
    used = set()
    for path in (ROOT / "ntm_desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    for ui in (ROOT / "ui").rglob("*.ui"):  # e.g. QChartView promoted in Designer
        if "QChartView" in ui.read_text(encoding="utf-8"):
            used.add("QtCharts")
    excluded = {m.split(".", 1)[1] for m in spec.gui.kw["excludes"] if m.startswith("PySide6.")}
    assert not used & excluded, used & excluded
    assert {"QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia"} <= excluded
    hidden = set(spec.gui.kw["hiddenimports"])
    assert {f"PySide6.{m}" for m in used if m not in ("QtCore", "QtGui", "QtWidgets")} <= hidden


def test_trims_babel_locales_and_qt_quick(spec: SimpleNamespace) -> None:
    for a in (spec.gui, spec.cli):
        dests = {d[0] for d in a.datas} | {b[0] for b in a.binaries}
        assert "babel/locale-data/fr.dat" not in dests
        assert {"babel/locale-data/vi.dat", "babel/locale-data/root.dat"} <= dests
        assert not [d for d in dests if "virtualkeyboard" in d]
        assert not [d for d in dests if "Qt6Quick" in d or "Qt6Qml" in d]
        assert {"PySide6/Qt/plugins/platforms/libqxcb.so",
                "PySide6/Qt/lib/libQt6Widgets.so.6"} <= dests
    from ntm_desktop.core import vnformat
    assert vnformat.LOCALE in spec.ns["BABEL_KEEP"]


def test_windows_icon(spec: SimpleNamespace) -> None:
    icon = Path(spec.rec.exes[0]["icon"])
    committed = ROOT / "resources" / "icons" / "app.ico"
    assert icon == committed if committed.exists() else icon.is_relative_to(spec.work)
    from PIL import Image
    with Image.open(icon) as im:
        assert im.format == "ICO"
        assert (256, 256) in im.info["sizes"] and (16, 16) in im.info["sizes"]
