"""The app opens the appraiser's window for a data folder holding a hub, and the wizard's
appraiser role opens it right after creating the hub."""

from __future__ import annotations

import pytest
from gui_helpers import show_active
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWizard

from ntm_desktop.app import open_workbook, opens_hub
from ntm_desktop.gui.hub.hub_window import HubWindow
from ntm_desktop.gui.main_window import MainWindow
from ntm_desktop.gui.wizard import run_setup

pytestmark = pytest.mark.gui


def test_app_chooses_the_hub_window(app_paths, tmp_path):
    from ntm_desktop.store.hub import Hub
    wb, err = open_workbook(app_paths.workbook, explicit=False)
    assert not opens_hub(app_paths, wb, err, explicit=False)  # nothing yet: commune side
    Hub.open(app_paths.hub, create=True, name="Sở NN&MT", level="province").close()
    assert opens_hub(app_paths, wb, err, explicit=False)
    assert not opens_hub(app_paths, wb, err, explicit=True)  # --workbook asked for


def test_wizard_appraiser_role_opens_the_hub_window(qtbot, app_paths, tmp_path):
    window = MainWindow(app_paths, settings=QSettings(str(tmp_path / "g.ini"),
                                                      QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    wizard = run_setup(window)
    show_active(qtbot, wizard)
    qtbot.mouseClick(wizard.appraiserRadio, Qt.MouseButton.LeftButton)
    wizard.next()
    wizard.appraiserNameEdit.setText("Sở Nông nghiệp và Môi trường tỉnh Cao Bằng")
    assert wizard.appraiserLevelCombo.currentData() == "province"  # since 7/2025, the default
    assert wizard.appraiserLevelCombo.itemText(1) == "Cấp huyện (trước 7/2025)"
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "hub_window", None), HubWindow),
                    timeout=15000)
    hub_window = window.hub_window
    qtbot.addWidget(hub_window)
    assert hub_window.isVisible() and not window.isVisible()
    assert "Cao Bằng" in hub_window.windowTitle()
    assert "Cấp tỉnh" in hub_window.body_label.text()
    QApplication.processEvents()
    hub_window.tasks.wait(5000)
