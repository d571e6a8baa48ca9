"""Item-data roles and the index type shared by the table models."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's UUID
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts correctly (numbers, folded text)
Index = QModelIndex | QPersistentModelIndex
