"""The house has floors: core ← store ← sync ← dossier ← services ← cli / gui / app.

Every import in every module — at the top or inside a function — may only reach its own floor or
one below. The walk reads the source (AST), so a function-local import that no run happens to
execute is still caught.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "ntm_desktop"

# floor of each top-level part of the package; parts on the same floor may not import each
# other unless listed in SIDEWAYS.
FLOORS: dict[str, int] = {
    "__init__": 0, "paths": 0, "core": 0,
    "store": 1,
    "sync": 2,
    "dossier": 3,
    "services": 4,
    "cli": 5, "gui": 5, "selftest": 5,
    "app": 6, "__main__": 7,
    "devtools": 8,  # development tools (screenshots, demo data, i18n): never imported by the app
}
# Allowed on one floor: the core finds its data files through paths; the installation self-test
# (``ntm selftest``, ``ntm-desktop --self-test``) checks both the command line and the window.
SIDEWAYS = {("core", "paths"), ("selftest", "gui"), ("cli", "selftest")}


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module) for every ntm_desktop import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    me = _module_name(path)
    package = me if path.name == "__init__.py" else me.rsplit(".", 1)[0]
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.startswith("ntm_desktop")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if not mod.startswith("ntm_desktop"):
                continue
            if mod == "ntm_desktop":  # from ntm_desktop import core, paths …
                out += [(node.lineno, f"ntm_desktop.{a.name}") for a in node.names]
            else:
                out.append((node.lineno, mod))
    return out


def violations() -> list[str]:
    found: list[str] = []
    for path in sorted(ROOT.rglob("*.py")):
        me = _module_name(path)
        mine = _part(me)
        for line, target in _imports(path):
            theirs = _part(target)
            if theirs == mine or theirs not in FLOORS:
                continue
            if (mine, theirs) in SIDEWAYS:
                continue
            if FLOORS[theirs] >= FLOORS[mine]:
                found.append(f"{path.relative_to(ROOT.parent)}:{line}: {mine} imports {target}")
    return found


def test_no_import_runs_up_the_house() -> None:
    assert violations() == []


def test_every_part_has_a_floor() -> None:
    parts = {p.stem if p.is_file() else p.name for p in ROOT.iterdir()
             if (p.is_dir() and (p / "__init__.py").exists()) or p.suffix == ".py"}
    assert parts <= set(FLOORS), sorted(parts - set(FLOORS))


@pytest.mark.parametrize("source, expected", [
    ("from ntm_desktop.gui import main_window\n", ["store imports ntm_desktop.gui"]),
    ("def f():\n    from ntm_desktop.sync import keys\n", ["store imports ntm_desktop.sync"]),
    ("def f():\n    from ..services import packages\n", ["store imports ntm_desktop.services"]),
    ("import ntm_desktop.dossier.data\n", ["store imports ntm_desktop.dossier.data"]),
    ("from ntm_desktop.core import text\nfrom . import journal\n", []),
])
def test_the_walk_sees_top_level_local_and_relative_imports(tmp_path, source, expected) -> None:
    """The checker itself: a store module importing upward in each way is reported."""
    fake_root = tmp_path / "ntm_desktop"
    (fake_root / "store").mkdir(parents=True)
    (fake_root / "__init__.py").write_text("")
    (fake_root / "store" / "__init__.py").write_text("")
    (fake_root / "store" / "bad.py").write_text(source)
    globals()["ROOT"] = fake_root
    try:
        found = violations()
    finally:
        globals()["ROOT"] = Path(__file__).resolve().parents[1] / "ntm_desktop"
    assert [f.split(": ", 1)[1] for f in found] == expected
