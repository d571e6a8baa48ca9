"""Compile the Qt Designer forms (``ui/**/*.ui``) into Python modules in ``ntm_desktop/gui/forms/``.

The ``.ui`` files stay the source (edit them in Qt Designer; lupdate reads them for the
translations). ``pyside6-uic`` turns each into ``gui/forms/<folder>_<name>.py``, which
:func:`ntm_desktop.gui.ui_loader.load_ui` imports: building a form from compiled code does not
parse XML at run time and does not load ``QUiLoader``, whose first use builds the Python class
of every Qt widget type (measured in ``benchmarks/startup_bench.py``).

The output is made stable: uic's header (which names the Qt version) is replaced by ours, the
imports are cut to the names the form uses (each Qt class named in an import is built on import),
and ``FORM`` (the ``Ui_`` class) and ``BASE`` (the top-level widget's class) are added.

    python -m ntm_desktop.devtools.forms           # write the modules that changed
    python -m ntm_desktop.devtools.forms --check   # exit 1 when one is missing or stale

``tests/gui/test_forms.py`` runs the check, so a form edited without compiling fails the suite.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ntm_desktop.devtools.i18n import qt_tool
from ntm_desktop.store.workbook import atomic_write_bytes

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "ntm_desktop" / "gui" / "forms"

HEADER = '''"""Compiled from ``ui/{rel}`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

'''


def module_name(rel: str) -> str:
    """``pages/overview.ui`` → ``pages_overview`` (the module in ``gui/forms``)."""
    return rel.removesuffix(".ui").replace("/", "_")


def ui_files(ui_dir: Path = UI_DIR) -> list[str]:
    return sorted(p.relative_to(ui_dir).as_posix() for p in ui_dir.rglob("*.ui"))


def _trim_imports(source: str) -> str:
    """Keep only the imported names the generated code uses; one import line per module."""
    tree = ast.parse(source)
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    imports: list[str] = []
    first = last = None
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            first = node.lineno if first is None else first
            last = node.end_lineno
            names = [a.name for a in node.names if a.name in used]
            if names:
                imports.append(f"from {node.module} import {', '.join(names)}\n")
    if first is None or last is None:
        return source
    lines = source.splitlines(keepends=True)
    return "".join(imports) + "".join(lines[last:])


def compile_form(rel: str, ui_dir: Path = UI_DIR) -> str:
    """The Python module for ``ui/<rel>``."""
    path = ui_dir / rel
    # --no-autoconnection: no connectSlotsByName, as QUiLoader; the controllers connect
    out = subprocess.run([qt_tool("uic"), "-g", "python", "--no-autoconnection", str(path)],
                         capture_output=True, text=True, encoding="utf-8", check=False)
    if out.returncode != 0:
        raise SystemExit(f"uic failed on {rel}: {out.stderr.strip()}")
    code = out.stdout
    # drop uic's own header (comment lines naming the Qt version) up to the first import
    start = re.search(r"^from ", code, re.M)
    if start is None:
        raise SystemExit(f"uic wrote no imports for {rel}")
    code = _trim_imports(code[start.start():])
    top = ET.parse(path).getroot().find("widget")
    if top is None:
        raise SystemExit(f"{rel}: no top-level widget")
    ui_class = f"Ui_{top.get('name')}"
    if f"class {ui_class}(" not in code:
        raise SystemExit(f"{rel}: uic did not write {ui_class}")
    return (HEADER.format(rel=rel) + code.rstrip() + "\n\n\n"
            f"FORM = {ui_class}\nBASE = {top.get('class')!r}\n")


def stale_forms(ui_dir: Path = UI_DIR, forms_dir: Path = FORMS_DIR) -> list[str]:
    """The ``.ui`` files whose compiled module is missing or differs."""
    out = []
    for rel in ui_files(ui_dir):
        target = forms_dir / f"{module_name(rel)}.py"
        if not target.is_file() or target.read_text("utf-8") != compile_form(rel, ui_dir):
            out.append(rel)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report missing or stale modules")
    args = ap.parse_args(argv)
    if args.check:
        stale = stale_forms()
        for rel in stale:
            print(f"stale: ui/{rel} (run python -m ntm_desktop.devtools.forms)")
        return 1 if stale else 0
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        atomic_write_bytes(init, b'"""Forms compiled from ``ui/`` (``python -m ntm_desktop.devtools.forms``)."""\n')
    expected = {f"{module_name(rel)}.py" for rel in ui_files()}
    for old in FORMS_DIR.glob("*.py"):
        if old.name != "__init__.py" and old.name not in expected:
            old.unlink()
            print(f"removed {old.relative_to(ROOT)}")
    for rel in ui_files():
        target = FORMS_DIR / f"{module_name(rel)}.py"
        text = compile_form(rel)
        if not target.is_file() or target.read_text("utf-8") != text:
            atomic_write_bytes(target, text.encode("utf-8"))
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
