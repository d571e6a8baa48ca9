"""The first-run wizard: role, commune, criteria set and region/group, villages, officer, then
the workbook and signing key are created and the key's fingerprint is shown.

``outcome`` after the wizard closes: ``"commune"`` (``workbook_path`` is the new workbook),
``"appraiser"`` (the hub was created), ``"demo"`` (the user chose to look at the demo commune),
or None (cancelled). :func:`open_demo` and :func:`run_setup` are used by the main window.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QListWidgetItem,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ntm_desktop.core import admin_units, catalog
from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.core.model import COMMUNE_GROUPS, REGIONS
from ntm_desktop.gui.errors import user_message
from ntm_desktop.gui.i18n import fill, tr_core
from ntm_desktop.gui.ui_loader import load_ui_into
from ntm_desktop.paths import AppPaths

log = logging.getLogger(__name__)

P_ROLE, P_COMMUNE, P_CRITERIA, P_VILLAGES, P_OFFICER, P_APPRAISER, P_KEY = range(7)
COMMUNE_ROLE = 0x0100  # Qt.UserRole
#: what the window frame (title bar, borders) takes beyond the wizard, when the window system
#: has not told us yet (before the first show)
FRAME_ALLOWANCE = QSize(16, 40)
#: the size the wizard asks for when the screen has room (logical pixels)
PREFERRED = QSize(780, 560)


def make_page_scrollable(page: QWidget) -> QScrollArea:
    """Move ``page``'s layout (and so its widgets) into a frameless scroll area that fills the
    page: on a small screen the page scrolls instead of pushing the wizard's buttons off it."""
    content = QWidget()
    content.setObjectName(f"{page.objectName()}Content")
    content.setLayout(page.layout())  # takes the layout over, with its widgets
    scroll = QScrollArea(page)
    scroll.setObjectName(f"{page.objectName()}Scroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


def default_catalog_id(ids: list[str], year: int | None = None) -> str:
    """The set whose period contains ``year`` (today), else the newest."""
    year = year or dt.date.today().year
    for set_id in ids:
        period = catalog.load_catalog(set_id).period
        if period.start <= year <= period.end:
            return set_id
    return ids[-1]


class FirstRunWizard(QWizard):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_ui_into("dialogs/first_run_wizard.ui", self)
        self.paths = paths
        self.outcome: str | None = None
        self.workbook_path: Path | None = None
        self.fingerprint: str | None = None
        self.card: dict[str, Any] | None = None
        self.commune_values: dict[str, Any] = {}
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Quay lại"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Hủy"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Tạo sổ"))
        self.communeCodeEdit.setVisible(False)
        self.pageCommune.registerField("communeCode*", self.communeCodeEdit)
        self.pageOfficer.registerField("officerName*", self.officerNameEdit)
        self.pageAppraiser.registerField("appraiserName*", self.appraiserNameEdit)
        self.pageOfficer.setCommitPage(True)
        self.pageAppraiser.setCommitPage(True)
        self.pageAppraiser.setButtonText(QWizard.WizardButton.CommitButton,
                                         self.tr("&Tạo không gian"))
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self._run_search)
        self.communeSearchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.communeList.currentItemChanged.connect(self._on_commune_current_changed)
        self.demoButton.clicked.connect(self._on_demo_clicked)
        self.printCardButton.clicked.connect(self._on_print_card_clicked)
        self.removeVillageButton.clicked.connect(self._on_remove_village_clicked)
        self.villagesTable.itemChanged.connect(self._on_village_item_changed)
        self._fill_criteria_choices()
        self._setup_villages()
        # the province appraises since the two-level local government of 7/2025
        self.appraiserLevelCombo.addItem(self.tr("Cấp tỉnh"), "province")
        self.appraiserLevelCombo.addItem(self.tr("Cấp huyện (trước 7/2025)"), "district")
        for combo in self.findChildren(QComboBox):  # long choices must not widen the page
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
            combo.currentTextChanged.connect(lambda text, c=combo: c.setToolTip(text))
        for page_id in self.pageIds():
            make_page_scrollable(self.page(page_id))
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """The size the pages ask for, at most what the screen gives (a 1366×768 laptop at
        150 % gives about 910×480): the pages scroll rather than the window leaving the
        screen."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or self.screen() \
            or QGuiApplication.primaryScreen()
        want = self.sizeHint().expandedTo(PREFERRED)
        if screen is None:
            self.resize(want)
            return
        avail = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.size() if self.isVisible() else QSize()
        frame = frame.expandedTo(FRAME_ALLOWANCE)
        room = QSize(avail.width() - frame.width(), avail.height() - frame.height())
        self.setMinimumSize(self.minimumSize().boundedTo(room))
        size = want.boundedTo(room)
        self.resize(size)
        # centred on the screen (or on the parent) and wholly on it
        centre = (parent.frameGeometry() if parent is not None else avail).center()
        x = min(max(avail.left(), centre.x() - size.width() // 2),
                avail.right() - size.width() - frame.width() + 1)
        y = min(max(avail.top(), centre.y() - size.height() // 2),
                avail.bottom() - size.height() - frame.height() + 1)
        self.move(max(x, avail.left()), max(y, avail.top()))

    # ------------------------------------------------------------------ flow
    def nextId(self) -> int:  # noqa: N802
        current = self.currentId()
        if current == P_ROLE:
            return P_COMMUNE if self.communeRadio.isChecked() else P_APPRAISER
        return {P_COMMUNE: P_CRITERIA, P_CRITERIA: P_VILLAGES, P_VILLAGES: P_OFFICER,
                P_OFFICER: P_KEY, P_APPRAISER: P_KEY}.get(current, -1)

    def validateCurrentPage(self) -> bool:  # noqa: N802
        current = self.currentId()
        if current == P_CRITERIA:
            return self._check_criteria()
        if current == P_VILLAGES:
            return self._check_villages()
        if current == P_OFFICER:
            return self._create_commune()
        if current == P_APPRAISER:
            return self._create_appraiser()
        return super().validateCurrentPage()

    def _on_demo_clicked(self) -> None:
        self.outcome = "demo"
        self.accept()

    # ------------------------------------------------------------------ commune search
    def _run_search(self) -> None:
        text = self.communeSearchEdit.text().strip()
        self.communeList.blockSignals(True)  # rebuilding must not change the chosen commune
        try:
            self._fill_results(text)
        finally:
            self.communeList.blockSignals(False)

    def _fill_results(self, text: str) -> None:
        self.communeList.clear()
        if len(text) < 2:
            return
        listed: set[str] = set()
        for c in admin_units.search_communes(text, limit=30):
            self._add_commune_item(c, admin_units.legacy_by_code(c.code))
            listed.add(c.code)
        for old in admin_units.search_legacy(text, limit=30):
            new = admin_units.successor_of(old.code)
            if new is not None and new.code not in listed:
                self._add_commune_item(new, old, matched_old=True)
                listed.add(new.code)
        if self.communeList.count() == 0:
            item = QListWidgetItem(self.tr("Không tìm thấy xã nào. Hãy kiểm tra chính tả hoặc gõ "
                                           "mã xã 5 chữ số."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.communeList.addItem(item)

    def _add_commune_item(self, c: Any, old: Any, *, matched_old: bool = False) -> None:
        text = fill(self.tr("%1 — %2 (mã %3)"), c.name, c.province_name, c.code)
        if old is not None:
            before = fill(self.tr("Trước 7/2025: %1, %2, %3"),
                          old.name, old.district_name, old.province_name)
            text += "\n    " + before
        item = QListWidgetItem(text)
        values = {"code": c.code, "name": c.name, "province_code": c.province_code,
                  "province_name": c.province_name}
        if old is not None:
            values.update(old_code=old.code, old_name=old.name,
                          old_district_code=old.district_code, old_district_name=old.district_name)
        item.setData(COMMUNE_ROLE, values)
        self.communeList.addItem(item)

    def _on_commune_current_changed(self, item: QListWidgetItem | None, _prev: Any) -> None:
        values = item.data(COMMUNE_ROLE) if item is not None else None
        if not values:
            return
        self.commune_values = dict(values)
        self.communeCodeEdit.setText(values["code"])
        self.communeSelectedLabel.setText(fill(self.tr("Đã chọn: <b>%1</b>, %2"),
                                               html.escape(values["name"]),
                                               html.escape(values["province_name"])))

    # ------------------------------------------------------------------ criteria set
    def _fill_criteria_choices(self) -> None:
        ids = list(catalog.builtin_catalog_ids())
        for set_id in ids:
            cat = catalog.load_catalog(set_id)
            self.criteriaSetCombo.addItem(cat.title, set_id)
        self.criteriaSetCombo.setCurrentIndex(ids.index(default_catalog_id(ids)))
        self.regionCombo.addItem(self.tr("— chọn vùng —"), None)
        for code, label in REGIONS.items():
            self.regionCombo.addItem(tr_core("model", label), code)
        self.groupCombo.addItem(self.tr("— chọn nhóm xã —"), None)
        for code, label in COMMUNE_GROUPS.items():
            self.groupCombo.addItem(tr_core("model", label), code)
        self.criteriaSetCombo.currentIndexChanged.connect(self._on_set_changed)
        self._on_set_changed()

    def _selected_catalog(self) -> Any:
        return catalog.load_catalog(self.criteriaSetCombo.currentData())

    def _on_set_changed(self, *_: Any) -> None:
        cat = self._selected_catalog()
        by_group = cat.dimension == "commune_group"
        for w in (self.regionCaption, self.regionCombo, self.specialCheck,
                  self.appliedExplainLabel):
            w.setVisible(not by_group)
        self.groupCaption.setVisible(by_group)
        self.groupCombo.setVisible(by_group)
        self.criteriaSetInfo.setText(fill(self.tr("Giai đoạn %1–%2, %3 tiêu chí. Căn cứ: %4"),
                                          str(cat.period.start), str(cat.period.end),
                                          str(len(cat.criteria)), cat.legal_source.split(" — ")[0]))
        self.criteriaError.clear()

    def criteria_values(self) -> dict[str, Any]:
        cat = self._selected_catalog()
        values: dict[str, Any] = {"criteria_set": cat.id, "region": None, "applied_region": None,
                                  "commune_group": None, "special_difficult": None}
        if cat.dimension == "commune_group":
            values["commune_group"] = self.groupCombo.currentData()
        else:
            values["region"] = self.regionCombo.currentData()
            if self.specialCheck.isChecked():
                values["applied_region"] = "TDMNPB"
                values["special_difficult"] = True
        return values

    def _check_criteria(self) -> bool:
        v = self.criteria_values()
        if self._selected_catalog().dimension == "commune_group" and not v["commune_group"]:
            self.criteriaError.setText(self.tr("Hãy chọn nhóm xã (theo quyết định của tỉnh)."))
            self.groupCombo.setFocus()
            return False
        if self._selected_catalog().dimension != "commune_group" and not v["region"]:
            self.criteriaError.setText(self.tr("Hãy chọn vùng của xã."))
            self.regionCombo.setFocus()
            return False
        self.criteriaError.clear()
        return True

    # ------------------------------------------------------------------ villages
    def _setup_villages(self) -> None:
        t = self.villagesTable
        t.setRowCount(1)
        header = t.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        t.setColumnWidth(1, 110)
        t.setColumnWidth(2, 130)

    def _on_village_item_changed(self, item: QTableWidgetItem) -> None:
        t = self.villagesTable
        if item.row() == t.rowCount() - 1 and item.text().strip():
            t.setRowCount(t.rowCount() + 1)
        self.villagesError.clear()

    def _on_remove_village_clicked(self) -> None:
        t = self.villagesTable
        row = t.currentRow()
        if 0 <= row < t.rowCount() - 1:
            t.removeRow(row)

    def villages(self) -> list[dict[str, Any]]:
        t = self.villagesTable
        out = []
        for row in range(t.rowCount()):
            cells = [(t.item(row, c).text().strip() if t.item(row, c) else "") for c in range(3)]
            if any(cells):
                out.append({"name": cells[0], "households": cells[1].replace(".", "") or None,
                            "population": cells[2].replace(".", "") or None, "_row": row})
        return out

    def _check_villages(self) -> bool:
        from ntm_desktop.core.model import validate_village
        for v in self.villages():
            try:
                validate_village({k: val for k, val in v.items() if k != "_row"})
            except ValidationError as exc:
                self.villagesError.setText(fill(self.tr("Dòng %1: %2"),
                                                str(v["_row"] + 1), user_message(exc)))
                self.villagesTable.setCurrentCell(v["_row"], 0)
                return False
        self.villagesError.clear()
        return True

    # ------------------------------------------------------------------ creating
    def _create_commune(self) -> bool:
        from ntm_desktop.services.workspace import create_commune_workbook

        values = {**self.commune_values, **self.criteria_values(),
                  "officer_name": self.officerNameEdit.text().strip(),
                  "officer_title": self.officerTitleEdit.text().strip() or None}
        villages = [{k: v for k, v in r.items() if k != "_row"} for r in self.villages()]
        try:
            path = create_commune_workbook(self.paths.workbook, values, villages)
        except NtmError as exc:
            self.officerError.setText(user_message(exc))
            return False
        self.workbook_path = path
        self.outcome = "commune"
        self._make_commune_key(path)
        self.doneLabel.setText(fill(self.tr("Đã tạo sổ dữ liệu của <b>%1</b> tại %2."),
                                    html.escape(values["name"]), html.escape(str(path))))
        return True

    def _create_appraiser(self) -> bool:
        try:
            from ntm_desktop.store.hub import Hub
        except ImportError:  # the hub store is not available in this build
            self.outcome = "appraiser"
            return True
        name = self.appraiserNameEdit.text().strip()
        try:
            with Hub.open(self.paths.hub, create=True, name=name,
                          level=self.appraiserLevelCombo.currentData()):
                pass
        except NtmError as exc:
            self.appraiserNote.setText(user_message(exc))
            return False
        self.outcome = "appraiser"
        self._make_key(role="appraiser", name=name,
                       level=self.appraiserLevelCombo.currentData())
        self.doneLabel.setText(fill(self.tr("Đã tạo không gian thẩm định “%1” tại %2."),
                                    html.escape(name), html.escape(str(self.paths.hub))))
        return True

    def _make_commune_key(self, path: Path) -> None:
        """Create the new commune's own signing key (never another commune's or the demo's)."""
        from ntm_desktop.services.keys import key_card
        from ntm_desktop.store.workbook import Workbook
        try:
            with Workbook.open(path) as wb:
                card = key_card(self.paths, wb)
        except NtmError as exc:
            log.warning("key creation failed: %s", exc)
            self._show_no_key(user_message(exc))
            return
        self._show_card(card)

    def _make_key(self, **identity: Any) -> None:
        """Create the appraiser's signing key (kept if one exists) and show its fingerprint."""
        from ntm_desktop.sync.workspace import keystore
        try:
            ks = keystore(self.paths)
            if not ks.exists():
                ks.generate(**identity)
            card = ks.card()
        except NtmError as exc:
            log.warning("key creation failed: %s", exc)
            self._show_no_key(user_message(exc))
            return
        self._show_card(card)

    def _show_card(self, card: dict[str, Any]) -> None:
        self.card = card
        self.fingerprint = card["fingerprint"]
        self.fingerprintLabel.setText(self.fingerprint)

    def _show_no_key(self, reason: str = "") -> None:
        for w in (self.fingerprintCaption, self.fingerprintLabel, self.printCardButton):
            w.setVisible(False)
        if reason:
            self.keyNoteLabel.setText(fill(self.tr("Chưa tạo được khóa ký: %1"), reason))

    def _on_print_card_clicked(self) -> None:
        if self.card:
            from ntm_desktop.gui.dialogs.trust_dialog import print_key_card
            self.print_job = print_key_card(self, self.card)


# ---------------------------------------------------------------------- main window helpers
def demo_path(paths: AppPaths) -> Path:
    from ntm_desktop.services.workspace import DEMO_FILE
    return paths.data_dir / DEMO_FILE


def open_workbook_in(window: Any, path: Path) -> None:
    """Open ``path`` in ``window``; the previous workbook is closed cleanly once no background
    work uses it (its last connection closes, so SQLite folds the WAL into the file)."""
    from ntm_desktop.store.workbook import Workbook
    old = window.ctx.workbook
    if old is not None and Path(old.path).resolve() == Path(path).resolve():
        window.show_page(0)
        return
    try:
        wb = Workbook.open(path)
    except NtmError as exc:
        window.errors.present(exc)
        return
    window.tasks.wait(10000)  # workers open connections of their own: let them finish
    window.set_workbook(wb)
    if old is not None:
        old.close()
    window.show_page(0)


def open_demo(window: Any) -> None:
    """Load the demo commune in the background (first time), then show it."""
    from ntm_desktop.services.workspace import create_demo_workbook
    path = demo_path(window.paths)
    window.tasks.run(create_demo_workbook, path, writer=True,
                     label=QCoreApplication.translate("FirstRunWizard", "Đang mở xã mẫu…"),
                     on_result=lambda p: open_workbook_in(window, Path(p)))


def run_setup(window: Any) -> FirstRunWizard:
    """Open the setup wizard (non-blocking); on success the new workspace is opened."""
    wizard = FirstRunWizard(window.paths, window)

    def finished(_code: int) -> None:
        if wizard.outcome == "demo":
            open_demo(window)
        elif wizard.outcome == "commune" and wizard.workbook_path is not None:
            open_workbook_in(window, wizard.workbook_path)
        elif wizard.outcome == "appraiser":  # the appraiser's workspace has its own window
            from ntm_desktop.gui.hub.hub_window import HubWindow
            window.hub_window = HubWindow(window.paths, settings=window.settings,
                                          language=getattr(window, "language", "vi"))
            window.hub_window.show()
            window.set_workbook(None)
            window.close()
    wizard.finished.connect(finished)
    wizard.open()
    return wizard
