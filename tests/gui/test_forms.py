"""The forms: compiled from ``ui/`` (never stale), every one builds with its named children as
attributes, and its texts follow a language change, as QUiLoader's did."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWidget

from ntm_desktop.devtools import forms
from ntm_desktop.gui.ui_loader import load_ui, load_ui_into, ui_dir

pytestmark = pytest.mark.gui

UI_FILES = forms.ui_files(ui_dir())


def test_every_form_is_compiled_from_its_current_ui_file() -> None:
    assert UI_FILES and forms.stale_forms(ui_dir()) == []


@pytest.mark.parametrize("rel", UI_FILES)
def test_every_form_builds_with_its_named_children(qtbot, rel: str) -> None:
    root = ET.parse(ui_dir() / rel).getroot()
    top = root.find("widget")
    widget = load_ui(rel)
    qtbot.addWidget(widget)
    assert type(widget).__name__ == top.get("class") and widget.objectName() == top.get("name")
    names = [w.get("name") for w in top.iter("widget") if w is not top]
    assert names
    for name in names:
        child = getattr(widget, name)
        assert isinstance(child, QWidget) and child.objectName() == name


def test_a_form_built_into_the_wrong_class_is_refused(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    with pytest.raises(TypeError):
        load_ui_into("main_window.ui", widget)
    with pytest.raises(FileNotFoundError):
        load_ui("pages/no_such_page.ui")


class _Upper(QTranslator):
    """Every text of the OverviewPage context in capitals: a language of its own."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802
        return source.upper() if context == "OverviewPage" else ""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt skips empty translators
        return False


def test_a_form_follows_a_language_change(qtbot) -> None:
    widget = load_ui("pages/overview.ui")
    qtbot.addWidget(widget)
    before = widget.setupButton.text()
    translator = _Upper()
    QCoreApplication.installTranslator(translator)  # LanguageChange to every widget
    try:
        qtbot.waitUntil(lambda: widget.setupButton.text() == before.upper(), timeout=3000)
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: widget.setupButton.text() == before, timeout=3000)
