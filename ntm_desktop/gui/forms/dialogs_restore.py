"""Compiled from ``ui/dialogs/restore.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.setMinimumSize(QSize(560, 360))
        self.layout = QVBoxLayout(RestoreDialog)
        self.layout.setObjectName(u"layout")
        self.explainLabel = QLabel(RestoreDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.layout.addWidget(self.explainLabel)

        self.backupsTable = QTableWidget(RestoreDialog)
        if (self.backupsTable.columnCount() < 3):
            self.backupsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setAlternatingRowColors(True)
        self.backupsTable.setWordWrap(False)
        self.backupsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.backupsTable)

        self.emptyLabel = QLabel(RestoreDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.layout.addWidget(self.emptyLabel)

        self.folderLabel = QLabel(RestoreDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setText(u"")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.folderLabel)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Kh\u00f4i ph\u1ee5c t\u1eeb b\u1ea3n sao l\u01b0u", None))
        self.explainLabel.setText(QCoreApplication.translate("RestoreDialog", u"Ch\u1ecdn b\u1ea3n sao l\u01b0u c\u1ea7n kh\u00f4i ph\u1ee5c. S\u1ed5 d\u1eef li\u1ec7u s\u1ebd tr\u1edf v\u1ec1 \u0111\u00fang nh\u01b0 l\u00fac sao l\u01b0u; s\u1ed5 d\u1eef li\u1ec7u hi\u1ec7n t\u1ea1i v\u1eabn \u0111\u01b0\u1ee3c gi\u1eef l\u1ea1i th\u00e0nh m\u1ed9t b\u1ea3n sao \u201cTr\u01b0\u1edbc khi kh\u00f4i ph\u1ee5c\u201d, n\u00ean c\u00f3 th\u1ec3 quay l\u1ea1i n\u1ebfu ch\u1ecdn nh\u1ea7m.", None))
        ___qtablewidgetitem = self.backupsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RestoreDialog", u"Ng\u00e0y gi\u1edd sao l\u01b0u", None))
        ___qtablewidgetitem1 = self.backupsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RestoreDialog", u"Lo\u1ea1i", None))
        ___qtablewidgetitem2 = self.backupsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RestoreDialog", u"Dung l\u01b0\u1ee3ng", None))
        self.emptyLabel.setText(QCoreApplication.translate("RestoreDialog", u"Ch\u01b0a c\u00f3 b\u1ea3n sao l\u01b0u n\u00e0o c\u1ee7a s\u1ed5 d\u1eef li\u1ec7u n\u00e0y. H\u00e3y d\u00f9ng \u201cT\u1ec7p \u2192 Sao l\u01b0u ngay\u201d.", None))
    # retranslateUi


FORM = Ui_RestoreDialog
BASE = 'QDialog'
