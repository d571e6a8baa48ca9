"""The core, store, sync, dossier, services and CLI never import PySide6 (checked in a fresh process)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PACKAGES = ["ntm_desktop.core", "ntm_desktop.store", "ntm_desktop.sync", "ntm_desktop.dossier",
            "ntm_desktop.services", "ntm_desktop.cli"]

SCRIPT = textwrap.dedent("""
    import importlib, importlib.util, os, pkgutil, sys
    imported = []
    for name in os.environ["NTM_QT_FREE_PACKAGES"].split():
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        imported.append(name)
        for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
            if info.name.rsplit(".", 1)[-1] == "__main__":
                continue  # runs the program when imported
            importlib.import_module(info.name)
            imported.append(info.name)
    leaked = sorted(m for m in sys.modules if m == "PySide6" or m.startswith("PySide6."))
    print(len(imported), "modules imported")
    assert not leaked, f"PySide6 imported by the Qt-free packages: {leaked}"
    assert "ntm_desktop.core" in imported
""")


def test_qt_free_packages_do_not_import_pyside6() -> None:
    env = {**os.environ, "NTM_QT_FREE_PACKAGES": " ".join(PACKAGES)}
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
