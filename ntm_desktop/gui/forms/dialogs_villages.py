"""Compiled from ``ui/dialogs/villages.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_VillagesDialog(object):
    def setupUi(self, VillagesDialog):
        if not VillagesDialog.objectName():
            VillagesDialog.setObjectName(u"VillagesDialog")
        VillagesDialog.setMinimumSize(QSize(600, 440))
        self.layout = QVBoxLayout(VillagesDialog)
        self.layout.setObjectName(u"layout")
        self.explainLabel = QLabel(VillagesDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.layout.addWidget(self.explainLabel)

        self.villagesTable = QTableView(VillagesDialog)
        self.villagesTable.setObjectName(u"villagesTable")
        self.villagesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.villagesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.villagesTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.villagesTable.setAlternatingRowColors(True)
        self.villagesTable.setSortingEnabled(True)
        self.villagesTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.villagesTable)

        self.errorLabel = QLabel(VillagesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.errorLabel)

        self.tableButtons = QHBoxLayout()
        self.tableButtons.setObjectName(u"tableButtons")
        self.removeButton = QPushButton(VillagesDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.tableButtons.addWidget(self.removeButton)

        self.undoButton = QPushButton(VillagesDialog)
        self.undoButton.setObjectName(u"undoButton")

        self.tableButtons.addWidget(self.undoButton)

        self.redoButton = QPushButton(VillagesDialog)
        self.redoButton.setObjectName(u"redoButton")

        self.tableButtons.addWidget(self.redoButton)

        self.tableButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tableButtons.addItem(self.tableButtonsSpacer)


        self.layout.addLayout(self.tableButtons)

        self.addGroup = QGroupBox(VillagesDialog)
        self.addGroup.setObjectName(u"addGroup")
        self.addLayout = QGridLayout(self.addGroup)
        self.addLayout.setObjectName(u"addLayout")
        self.nameCaption = QLabel(self.addGroup)
        self.nameCaption.setObjectName(u"nameCaption")

        self.addLayout.addWidget(self.nameCaption, 0, 0, 1, 1)

        self.householdsCaption = QLabel(self.addGroup)
        self.householdsCaption.setObjectName(u"householdsCaption")

        self.addLayout.addWidget(self.householdsCaption, 0, 1, 1, 1)

        self.populationCaption = QLabel(self.addGroup)
        self.populationCaption.setObjectName(u"populationCaption")

        self.addLayout.addWidget(self.populationCaption, 0, 2, 1, 1)

        self.nameEdit = QLineEdit(self.addGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.addLayout.addWidget(self.nameEdit, 1, 0, 1, 1)

        self.householdsEdit = QLineEdit(self.addGroup)
        self.householdsEdit.setObjectName(u"householdsEdit")
        self.householdsEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.addLayout.addWidget(self.householdsEdit, 1, 1, 1, 1)

        self.populationEdit = QLineEdit(self.addGroup)
        self.populationEdit.setObjectName(u"populationEdit")
        self.populationEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.addLayout.addWidget(self.populationEdit, 1, 2, 1, 1)

        self.addButton = QPushButton(self.addGroup)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.addWidget(self.addButton, 1, 3, 1, 1)

        self.nameError = QLabel(self.addGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")

        self.addLayout.addWidget(self.nameError, 2, 0, 1, 1)

        self.householdsError = QLabel(self.addGroup)
        self.householdsError.setObjectName(u"householdsError")
        self.householdsError.setText(u"")

        self.addLayout.addWidget(self.householdsError, 2, 1, 1, 1)

        self.populationError = QLabel(self.addGroup)
        self.populationError.setObjectName(u"populationError")
        self.populationError.setText(u"")

        self.addLayout.addWidget(self.populationError, 2, 2, 1, 1)


        self.layout.addWidget(self.addGroup)

        self.buttonBox = QDialogButtonBox(VillagesDialog)
        self.buttonBox.setObjectName(u"buttonBox")

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.householdsCaption.setBuddy(self.householdsEdit)
        self.populationCaption.setBuddy(self.populationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.villagesTable, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.householdsEdit)
        QWidget.setTabOrder(self.householdsEdit, self.populationEdit)
        QWidget.setTabOrder(self.populationEdit, self.addButton)

        self.retranslateUi(VillagesDialog)
    # setupUi

    def retranslateUi(self, VillagesDialog):
        VillagesDialog.setWindowTitle(QCoreApplication.translate("VillagesDialog", u"Th\u00f4n, b\u1ea3n", None))
        self.explainLabel.setText(QCoreApplication.translate("VillagesDialog", u"Danh s\u00e1ch th\u00f4n, b\u1ea3n c\u1ee7a x\u00e3. B\u1ea5m \u0111\u00fap v\u00e0o m\u1ed9t \u00f4 (ho\u1eb7c nh\u1ea5n F2) \u0111\u1ec3 s\u1eeda; s\u1ed1 h\u1ed9 v\u00e0 s\u1ed1 nh\u00e2n kh\u1ea9u d\u00f9ng \u0111\u1ec3 t\u00ednh c\u00e1c t\u1ef7 l\u1ec7 theo th\u00f4n.", None))
        self.removeButton.setText(QCoreApplication.translate("VillagesDialog", u"&X\u00f3a th\u00f4n \u0111\u00e3 ch\u1ecdn\u2026", None))
        self.undoButton.setText(QCoreApplication.translate("VillagesDialog", u"&Ho\u00e0n t\u00e1c", None))
        self.redoButton.setText(QCoreApplication.translate("VillagesDialog", u"&L\u00e0m l\u1ea1i", None))
        self.addGroup.setTitle(QCoreApplication.translate("VillagesDialog", u"Th\u00eam th\u00f4n, b\u1ea3n", None))
        self.nameCaption.setText(QCoreApplication.translate("VillagesDialog", u"&T\u00ean th\u00f4n, b\u1ea3n", None))
        self.householdsCaption.setText(QCoreApplication.translate("VillagesDialog", u"S\u1ed1 &h\u1ed9", None))
        self.populationCaption.setText(QCoreApplication.translate("VillagesDialog", u"S\u1ed1 &nh\u00e2n kh\u1ea9u", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("VillagesDialog", u"V\u00ed d\u1ee5: Th\u00f4n \u0110\u1ed3ng T\u00e2m", None))
        self.addButton.setText(QCoreApplication.translate("VillagesDialog", u"&Th\u00eam", None))
    # retranslateUi


FORM = Ui_VillagesDialog
BASE = 'QDialog'
