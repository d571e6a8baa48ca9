"""One helper fills Qt-style placeholders in the GUI: ``fill(self.tr("… %1 …"), value)``.

A chained ``.replace("%1", …).replace("%2", …)`` fills a value that itself contains "%2" a
second time; :func:`ntm_desktop.gui.i18n.fill` does it in one pass like ``QString.arg``. This
test reads every GUI module's syntax tree and fails on any new ``.replace("%N", …)``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import ntm_desktop.gui
from ntm_desktop.gui.i18n import fill

GUI = Path(ntm_desktop.gui.__file__).parent
# Edited by another branch at the time of the conversion; drop an entry once converted there.
NOT_YET_CONVERTED: set[str] = set()  # every GUI module fills placeholders with fill()
PLACEHOLDER = re.compile(r"%\d")


def placeholder_replaces(path: Path) -> list[int]:
    """Lines of ``.replace("%N", …)`` calls, and of a bare "%N" anywhere else (the loop form:
    ``for k, v in (("%1", a), ("%2", b)): text = text.replace(k, v)``)."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace" and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and PLACEHOLDER.fullmatch(node.args[0].value)):
            lines.append(node.lineno)
        elif (isinstance(node, ast.Tuple) and node.elts and isinstance(node.elts[0], ast.Constant)
                and isinstance(node.elts[0].value, str)
                and PLACEHOLDER.fullmatch(node.elts[0].value)):
            lines.append(node.lineno)
    return sorted(set(lines))


def test_no_replace_chains_for_placeholders() -> None:
    found = {}
    for path in sorted(GUI.rglob("*.py")):
        rel = path.relative_to(GUI).as_posix()
        if rel in NOT_YET_CONVERTED:
            continue
        hits = placeholder_replaces(path)
        if hits:
            found[rel] = hits
    assert not found, f'use fill(...) instead of .replace("%N", ...): {found}'


def test_the_scan_sees_a_chain(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('x = tr("a %1 b %2").replace("%1", "v")\n'
                      'y = fill(tr("a %1"), "v")\nz = "a-b".replace("-", "%")\n'
                      'for k, v in (("%1", a), ("%2", b)):\n    t = t.replace(k, v)\n',
                      encoding="utf-8")
    assert placeholder_replaces(sample) == [1, 4]


def test_fill_is_one_pass_and_keeps_missing_placeholders() -> None:
    assert fill("%1 và %2", "có %2", "B") == "có %2 và B"
    assert fill("%2 trước %1", "một", 2) == "2 trước một"
    assert fill("thiếu %3", "a") == "thiếu %3"
