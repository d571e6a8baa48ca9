"""Every translatable string is in both catalogues, finished, and both catalogues compile."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ntm_desktop.devtools import i18n

pytestmark = pytest.mark.gui


def test_catalogues_complete_and_finished() -> None:
    problems = i18n.check()
    assert not problems, "run `python -m ntm_desktop.devtools.i18n update` and translate:\n" + \
        "\n".join(problems[:50])


def test_catalogues_compile(tmp_path: Path) -> None:
    qms = i18n.compile_catalogs(out_dir=tmp_path)
    assert [q.name for q in qms] == ["ntm_desktop_vi.qm", "ntm_desktop_en.qm"]
    assert all(q.stat().st_size > 100 for q in qms)


def test_lupdate_sees_python_ui_and_aliased_core_strings(tmp_path: Path) -> None:
    ts = tmp_path / "translations"
    i18n.update(ts_dir=ts)
    root = ET.parse(ts / "ntm_desktop_en.ts").getroot()
    contexts = {c.findtext("name") for c in root.iter("context")}
    assert {"MainWindow", "PlaceholderPage", "Navigation", "ErrorPresenter"} <= contexts
    # vi is the source language: finished with the identical text
    vi = ET.parse(ts / "ntm_desktop_vi.ts").getroot()
    for message in vi.iter("message"):
        tr = message.find("translation")
        assert tr is not None and tr.get("type") is None
        assert (tr.text or "") == message.findtext("source")


def test_english_translation_is_used(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from ntm_desktop.gui.i18n import install_translators, locale_for, remove_translators

    qms = i18n.compile_catalogs()
    assert all(q.exists() for q in qms)
    translators = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("Navigation", "Tổng quan") == "Overview"
    finally:
        remove_translators(qapp, translators)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(locale_for("vi"))
