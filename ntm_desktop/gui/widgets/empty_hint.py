"""A short "start here" line in the middle of an empty table or list: shown while its model has
no rows, hidden as soon as one arrives."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel
from shiboken6 import isValid


class EmptyHint(QObject):
    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.setObjectName("EmptyHint")
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: #455A64; padding: 12px;")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.update)
        self.update()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.update()

    def update(self, *_args: object) -> None:
        if not isValid(self.view) or not isValid(self.label):
            return
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        self.label.setVisible(empty)
        if empty:
            self._place()

    def _place(self) -> None:
        rect = self.view.viewport().rect()
        width = min(rect.width() - 20, 520)
        self.label.setFixedWidth(max(width, 120))
        self.label.adjustSize()
        self.label.move((rect.width() - self.label.width()) // 2,
                        max((rect.height() - self.label.height()) // 3, 4))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isValid(self.label) and \
                self.label.isVisible():
            self._place()
        return False
