"""Errors shown at the field, as the user types, and locale-aware number/date text.

A :class:`FormValidator` owns the checks of one form: each field has an editor, an error label
(shown under the editor, hidden while the field is valid) and a check function returning an error
message or ``None``. Checks run on every edit; ``validity_did_change(bool)`` lets the dialog
enable its OK button only when every field is valid. :meth:`FormValidator.show_error` puts a
message from the store (a ``ValidationError.field``) at the named field.

Numbers follow the interface language: Vietnamese "1.264.000" / "1,5"; English "1,264,000" /
"1.5"; they are written by :mod:`ntm_desktop.gui.numbers` (one format per quantity). :func:`parse_number` (the core parser in the interface's convention) accepts both decimal
marks when the text is unambiguous, and a trailing "%".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from ntm_desktop.core import vnformat
from ntm_desktop.gui import numbers as nf
from ntm_desktop.gui.i18n import fill, is_vietnamese

ERROR_STYLE = "color: #b3261e;"
INVALID_STYLE = "border: 1px solid #b3261e; border-radius: 2px;"


# ----------------------------------------------------------------------------- formatting
def fmt_date(iso: str | None) -> str:
    """"2025-03-05" → "05/03/2025" (both languages; day first, as on Vietnamese forms)."""
    if not iso:
        return ""
    try:
        return vnformat.short_date(dt.date.fromisoformat(str(iso)[:10]))
    except ValueError:
        return str(iso)


_GROUPED_DOTS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
_GROUPED_COMMAS = re.compile(r"^-?\d{1,3}(,\d{3})+$")


def parse_number(text: str) -> float | None:
    """A number typed in the interface language's convention ("1.264.000", "1,5", "85%");
    "" → None; raises ValueError. The one parser: :func:`ntm_desktop.core.vnformat.parse_number`."""
    return vnformat.parse_number(text, vietnamese=is_vietnamese())


def parse_date_text(text: str) -> dt.date | None:
    """"05/03/2025", "5/3/2025" or "2025-03-05"; "" → None; raises ValueError."""
    t = text.strip()
    if not t:
        return None
    return vnformat.parse_date(t)


# ----------------------------------------------------------------------------- money editor
class MoneyLineEdit(QLineEdit):
    """A line edit for whole đồng amounts, grouped "1.264.000" while typing and on focus-out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(self.alignment().AlignRight | self.alignment().AlignVCenter)
        self.textEdited.connect(self._on_text_edited)

    def value(self) -> int | None:
        """The amount, or None when empty; raises ValueError when not a number."""
        v = parse_number(self.text())
        return None if v is None else int(round(v))

    def set_value(self, amount: int | float | None) -> None:
        self.setText("" if amount is None else nf.number(amount))

    def _on_text_edited(self, text: str) -> None:
        digits = re.sub(r"\D", "", text)
        if not digits or len(digits) > 16 or not re.fullmatch(r"[\d.,\s]*", text):
            return  # leave odd input alone: the validator explains what is wrong
        if "," in text and is_vietnamese() or "." in text and not is_vietnamese():
            if not _GROUPED_COMMAS.match(text) and not _GROUPED_DOTS.match(text):
                return  # a decimal mark: not a whole amount, let validation speak
        cursor = self.cursorPosition()
        before = len(re.sub(r"\D", "", text[:cursor]))
        new = nf.number(int(digits))
        if new == text:
            return
        pos, seen = 0, 0
        while pos < len(new) and seen < before:
            if new[pos].isdigit():
                seen += 1
            pos += 1
        self.setText(new)
        self.setCursorPosition(pos)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        try:
            v = self.value()
        except ValueError:
            v = None
        if v is not None:
            self.set_value(v)
        super().focusOutEvent(event)


# ----------------------------------------------------------------------------- checks
Check = Callable[[], str | None]


def number_check(edit: QLineEdit, label: str, *, required: bool = False,
                 minimum: float | None = 0, maximum: float | None = None,
                 integer: bool = False) -> Check:
    """A check for a number field: required, ≥ minimum, ≤ maximum, whole number."""

    def check() -> str | None:
        try:
            v = parse_number(edit.text())
        except ValueError:
            return fill(QCoreApplication.translate("FieldValidation", "“%1” phải là một số."),
                        label)
        if v is None:
            return fill(QCoreApplication.translate("FieldValidation", "Hãy nhập “%1”."), label) if required else None
        if minimum is not None and v < minimum:
            return (fill(QCoreApplication.translate("FieldValidation", "“%1” không được nhỏ hơn %2."),
                         label, nf.number(minimum, 2, trim=True)))
        if maximum is not None and v > maximum:
            return (fill(QCoreApplication.translate("FieldValidation", "“%1” không được lớn hơn %2."),
                         label, nf.number(maximum, 2, trim=True)))
        if integer and v != int(v):
            return fill(QCoreApplication.translate("FieldValidation", "“%1” phải là số nguyên."),
                        label)
        return None

    return check


def text_check(edit: QLineEdit | QComboBox, label: str, *, required: bool = True) -> Check:
    def check() -> str | None:
        text = edit.currentText() if isinstance(edit, QComboBox) else edit.text()
        if required and not text.strip():
            return fill(QCoreApplication.translate("FieldValidation", "Hãy nhập “%1”."), label)
        return None

    return check


def date_check(edit: QLineEdit, label: str, *, required: bool = False,
               allow_future: bool = True) -> Check:
    def check() -> str | None:
        try:
            d = parse_date_text(edit.text())
        except ValueError:
            return fill(QCoreApplication.translate("FieldValidation", "“%1”: hãy nhập ngày dạng 05/03/2025."),
                        label)
        if d is None:
            return fill(QCoreApplication.translate("FieldValidation", "Hãy nhập “%1”."), label) if required else None
        if d.year < 1900:
            return fill(QCoreApplication.translate("FieldValidation", "“%1” quá xa trong quá khứ."),
                        label)
        if not allow_future and d > dt.date.today():
            return fill(QCoreApplication.translate("FieldValidation", "“%1” không được là ngày trong tương lai."),
                        label)
        return None

    return check


def choice_check(combo: QComboBox, label: str) -> Check:
    def check() -> str | None:
        if combo.currentData() in (None, ""):
            return fill(QCoreApplication.translate("FieldValidation", "Hãy chọn “%1”."), label)
        return None

    return check


# ----------------------------------------------------------------------------- the validator
@dataclass
class Field:
    name: str
    editor: QWidget
    error_label: QLabel | None
    check: Check | None
    message: str | None = None  # current message (typed check or store error)
    store_error: bool = False


def make_error_label(parent: QWidget | None = None) -> QLabel:
    """A red, word-wrapped label, hidden until it has something to say."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FormValidator(QObject):
    """Checks fields as they change; ``validity_did_change(valid)`` after each change."""

    validity_did_change = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self._valid: bool | None = None
        self.general_label: QLabel | None = None  # errors not tied to a field

    def add(self, name: str, editor: QWidget, error_label: QLabel | None = None,
            check: Check | None = None) -> Field:
        """Register ``editor`` under ``name`` (the store's field name)."""
        if error_label is not None:
            error_label.setStyleSheet(ERROR_STYLE)
            error_label.setWordWrap(True)
            error_label.hide()
        f = Field(name, editor, error_label, check)
        self.fields[name] = f
        if isinstance(editor, QLineEdit):
            editor.textChanged.connect(lambda _t, n=name: self._on_edited(n))
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _i, n=name: self._on_edited(n))
            editor.editTextChanged.connect(lambda _t, n=name: self._on_edited(n))
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(lambda n=name: self._on_edited(n))
        return f

    def remove(self, name: str) -> None:
        self.fields.pop(name, None)
        self.revalidate()

    def _on_edited(self, name: str) -> None:
        f = self.fields.get(name)
        if f is None:
            return
        f.store_error = False
        self._run(f)
        if self.general_label is not None:
            self.general_label.hide()
        self._emit()

    def _run(self, f: Field) -> None:
        if f.store_error:
            return
        self._set(f, f.check() if f.check else None)

    def _set(self, f: Field, message: str | None) -> None:
        f.message = message
        if f.error_label is not None:
            f.error_label.setText(message or "")
            f.error_label.setVisible(bool(message))
        f.editor.setStyleSheet(INVALID_STYLE if message and isinstance(f.editor, QLineEdit)
                               else "")
        f.editor.setProperty("invalid", bool(message))
        if f.editor.accessibleDescription() != (message or ""):
            f.editor.setAccessibleDescription(message or "")

    def _emit(self) -> None:
        valid = self.is_valid()
        if valid != self._valid:
            self._valid = valid
            self.validity_did_change.emit(valid)

    def revalidate(self) -> bool:
        """Run every check now (e.g. after the form was filled in); returns validity."""
        for f in self.fields.values():
            self._run(f)
        self._valid = None
        self._emit()
        return self.is_valid()

    def reset(self) -> None:
        """Forget every message (e.g. after the form was cleared for the next entry)."""
        for f in self.fields.values():
            f.store_error = False
            self._set(f, None)
        if self.general_label is not None:
            self.general_label.hide()
        self._valid = None
        self._emit()

    def hide_messages(self) -> None:
        """Keep the validity but show nothing yet (a fresh form: don't scold before typing)."""
        for f in self.fields.values():
            if f.error_label is not None:
                f.error_label.hide()
            f.editor.setStyleSheet("")

    def is_valid(self) -> bool:
        return all(not f.message for f in self.fields.values())

    def message(self, name: str) -> str | None:
        f = self.fields.get(name)
        return f.message if f else None

    def first_invalid(self) -> QWidget | None:
        for f in self.fields.values():
            if f.message:
                return f.editor
        return None

    def show_error(self, name: str | None, message: str) -> bool:
        """Show a store error at field ``name`` (focusing it); False if no such field (then the
        message goes to the general label, when there is one)."""
        f = self.fields.get(name or "")
        if f is None:
            if self.general_label is not None:
                self.general_label.setStyleSheet(ERROR_STYLE)
                self.general_label.setWordWrap(True)
                self.general_label.setText(message)
                self.general_label.show()
            return False
        f.store_error = True
        self._set(f, message)
        f.editor.setFocus()
        self._valid = None
        self._emit()
        return True


# ----------------------------------------------------------------------------- confirmations
def confirm(parent: QWidget, title: str, text: str, yes_text: str, no_text: str,
            on_yes: Callable[[], None], *, informative: str = "") -> QMessageBox:
    """A window-modal, non-blocking question with explicit button texts (Qt has no Vietnamese
    for standard buttons). ``on_yes`` runs when the first button is chosen. Returns the box
    (kept by the caller; tests click its buttons)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("confirmBox")
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    yes.setObjectName("yesButton")
    no.setObjectName("noButton")
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def on_clicked(button: Any) -> None:
        if button is yes:
            on_yes()

    box.buttonClicked.connect(on_clicked)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
