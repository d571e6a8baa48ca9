"""What the appraiser's pages share: their context, file dialogs that tests can answer, dates
and states as people read them, read-only tables whose columns fit the window (as the commune
pages' do, :mod:`ntm_desktop.gui.widgets.table_columns`)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ntm_desktop.core import vnformat
from ntm_desktop.gui.i18n import is_vietnamese, tr_core
from ntm_desktop.gui.widgets.table_columns import ColumnFitter
from ntm_desktop.services.communes import STATE_LABELS, default_review_year, years_in_hub
from ntm_desktop.store.evaluation_service import default_year

FINGERPRINT_PX = 460  # a column cap that leaves a key's fingerprint whole (it is read aloud)
STATE_COLORS = {None: "#6b7280", "submitted": "#1d4ed8", "returned": "#b45309",
                "resubmitted": "#7c3aed", "approved": "#15803d"}


@dataclass
class HubContext:
    paths: Any
    tasks: Any
    errors: Any
    settings: QSettings
    window: Any


def state_text(state: str | None) -> str:
    return tr_core("hub", STATE_LABELS.get(state, STATE_LABELS[None]))


def fmt_date(value: Any) -> str:
    """An ISO date/time (or date) as 05/3/2025 (Vietnamese) or 2025-03-05."""
    if not value:
        return "—"
    if isinstance(value, dt.datetime):
        d = value.date()
    elif isinstance(value, dt.date):
        d = value
    else:
        try:
            d = dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return html.escape(str(value))
    return vnformat.short_date(d) if is_vietnamese() else d.isoformat()


def tip(text: Any) -> str:
    """A tooltip showing ``text`` literally (tooltips render anything that looks like HTML, and
    names, reasons and comments come from outside)."""
    if text is None or text == "":
        return ""
    return "<p>" + html.escape(str(text)).replace("\n", "<br>") + "</p>"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def choose_paths(parent: QWidget, title: str, on_chosen: Callable[[list[Path]], None], *,
                 mode: str = "files", name_filter: str = "", start: str = "",
                 default_name: str = "") -> QFileDialog:
    """A non-blocking file dialog (``mode``: files, folder, save); ``on_chosen`` gets the
    paths. Kept on ``parent.file_dialog`` so tests can answer it."""
    dlg = QFileDialog(parent, title, start)
    dlg.setObjectName("hubFileDialog")
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if mode == "folder":
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif mode == "save":
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if default_name:
            dlg.selectFile(default_name)
    else:
        dlg.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if name_filter:
        dlg.setNameFilter(name_filter)
    dlg.filesSelected.connect(lambda files: on_chosen([Path(f) for f in files]))
    parent.file_dialog = dlg  # type: ignore[attr-defined]
    dlg.open()
    return dlg


def answer(dialog: QFileDialog, paths: Sequence[Path]) -> None:
    """Answer a dialog made by :func:`choose_paths` (tests)."""
    dialog.filesSelected.emit([str(p) for p in paths])
    dialog.close()


def fit_columns(view: QAbstractItemView, settings: Any, name: str, *, stretch: int = 0,
                key: Sequence[int] = (), min_stretch: int = 180,
                caps: dict[int, int] | None = None, order: Sequence[int] = ()) -> ColumnFitter:
    """Size ``view``'s columns to its width like the commune pages': the ``key`` columns at
    their natural width, ``stretch`` takes the rest (elided, full text as tooltip), the others
    shown while there is room (those of ``order`` first); the columns the user shows or hides
    through the header's menu are kept in ``settings`` under ``headers/hub/<name>``."""
    return ColumnFitter(view, stretch=stretch, key=key, min_stretch=min_stretch,
                        settings=settings, settings_key=f"headers/hub/{name}", caps=caps,
                        order=order)


def compact_rows(view: Any) -> None:
    """One line of text per row (as the commune pages' tables), no row numbers."""
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setWordWrap(False)


def readonly_table(parent: QWidget, headers: list[str], name: str, *, settings: Any,
                   fit: str, stretch: int = 0, key: Sequence[int] = (),
                   min_stretch: int = 180, caps: dict[int, int] | None = None) -> QTableWidget:
    """A read-only table (object name ``name``) whose columns fit its width (see
    :func:`fit_columns`; ``fit`` names its settings key)."""
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    compact_rows(t)
    fit_columns(t, settings, fit, stretch=stretch, key=key, min_stretch=min_stretch, caps=caps)
    return t


def fill_table(t: QTableWidget, rows: list[list[Any]], *, right: Sequence[int] = ()) -> None:
    t.setSortingEnabled(False)
    t.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            item = QTableWidgetItem("" if v is None else str(v))
            item.setToolTip(tip(v))
            if j in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(i, j, item)
    t.findChild(ColumnFitter, "ColumnFitter").fit()  # the data's widths, now they are in


def heading(text: str, parent: QWidget) -> QLabel:
    lab = QLabel(text, parent)
    f = lab.font()
    f.setPointSizeF(f.pointSizeF() * 1.25)
    f.setBold(True)
    lab.setFont(f)
    return lab


def fill_year_combo(combo: Any, paths: Any, user_year: int | None) -> None:
    """The evaluation years the hub holds, with the year the appraiser chose (else the year
    under review) selected; an empty or unreadable hub offers this year."""
    combo.blockSignals(True)
    combo.clear()
    try:
        years = years_in_hub(paths)
    except Exception:  # noqa: BLE001 - an empty hub still offers this year
        years = [default_year()]
    for y in years:
        combo.addItem(str(y), y)
    try:
        chosen = user_year or default_review_year(paths)
    except Exception:  # noqa: BLE001 - an unreadable hub: this year
        chosen = default_year()
    if combo.findData(chosen) < 0:
        combo.addItem(str(chosen), chosen)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)


class HubPage(QWidget):
    """A page of the hub window: reloaded on every visit, and when data changes while shown."""

    def __init__(self, ctx: HubContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def activate(self) -> None:
        self.reload()

    def data_changed(self, _codes: list[str]) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the page's data again (in the background)."""


class YearPage(HubPage):
    """A hub page showing one evaluation year (``self.year_combo``): a visit reloads only when
    the year changed; new data refreshes the years offered and reloads when shown."""

    def __init__(self, ctx: HubContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.user_year: int | None = None  # a year the user chose (else the review year)
        self.loaded_year: int | None = None

    @property
    def year(self) -> int:
        return int(self.year_combo.currentData() or default_year())

    def _fill_years(self) -> None:
        fill_year_combo(self.year_combo, self.ctx.paths, self.user_year)

    def activate(self) -> None:
        if self.loaded_year != self.year:
            self.reload()

    def data_changed(self, codes: list[str]) -> None:
        self._fill_years()
        self.loaded_year = None
        super().data_changed(codes)
