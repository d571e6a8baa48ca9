"""The core, store, sync, dossier and CLI never import PySide6 (checked in a fresh process)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from conftest import ROOT

PACKAGES = ["ntm_desktop.core", "ntm_desktop.store", "ntm_desktop.sync", "ntm_desktop.dossier",
            "ntm_desktop.cli"]

SCRIPT = textwrap.dedent("""
    import importlib, importlib.util, pkgutil, sys
    imported = []
    for name in sys.argv[1:]:
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        imported.append(name)
        for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
            importlib.import_module(info.name)
            imported.append(info.name)
    leaked = sorted(m for m in sys.modules if m == "PySide6" or m.startswith("PySide6."))
    print(len(imported), "modules imported")
    assert not leaked, f"PySide6 imported by the Qt-free packages: {leaked}"
    assert "ntm_desktop.core" in imported
""")


def test_qt_free_packages_do_not_import_pyside6() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT, *PACKAGES], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
