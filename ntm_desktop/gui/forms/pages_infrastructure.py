"""Compiled from ``ui/pages/infrastructure.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_InfrastructurePage(object):
    def setupUi(self, InfrastructurePage):
        if not InfrastructurePage.objectName():
            InfrastructurePage.setObjectName(u"InfrastructurePage")
        self.pageLayout = QVBoxLayout(InfrastructurePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 10, 12, 8)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.kindLabel = QLabel(InfrastructurePage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(InfrastructurePage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.kindCombo)

        self.villageLabel = QLabel(InfrastructurePage)
        self.villageLabel.setObjectName(u"villageLabel")

        self.filterRow.addWidget(self.villageLabel)

        self.villageCombo = QComboBox(InfrastructurePage)
        self.villageCombo.setObjectName(u"villageCombo")
        self.villageCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.villageCombo)

        self.conditionLabel = QLabel(InfrastructurePage)
        self.conditionLabel.setObjectName(u"conditionLabel")

        self.filterRow.addWidget(self.conditionLabel)

        self.conditionCombo = QComboBox(InfrastructurePage)
        self.conditionCombo.setObjectName(u"conditionCombo")

        self.filterRow.addWidget(self.conditionCombo)

        self.searchEdit = QLineEdit(InfrastructurePage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(200, 0))

        self.filterRow.addWidget(self.searchEdit)


        self.pageLayout.addLayout(self.filterRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.addButton = QPushButton(InfrastructurePage)
        self.addButton.setObjectName(u"addButton")

        self.actionRow.addWidget(self.addButton)

        self.editButton = QPushButton(InfrastructurePage)
        self.editButton.setObjectName(u"editButton")

        self.actionRow.addWidget(self.editButton)

        self.deleteButton = QPushButton(InfrastructurePage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionRow.addWidget(self.deleteButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.countLabel = QLabel(InfrastructurePage)
        self.countLabel.setObjectName(u"countLabel")

        self.actionRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.actionRow)

        self.tableView = QTableView(InfrastructurePage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)

        self.pageLayout.addWidget(self.tableView)

        self.totalsLabel = QLabel(InfrastructurePage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setWordWrap(True)
        self.totalsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totalsLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.totalsLabel.setMargin(6)

        self.pageLayout.addWidget(self.totalsLabel)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.villageLabel.setBuddy(self.villageCombo)
        self.conditionLabel.setBuddy(self.conditionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InfrastructurePage)
    # setupUi

    def retranslateUi(self, InfrastructurePage):
        self.kindLabel.setText(QCoreApplication.translate("InfrastructurePage", u"&Lo\u1ea1i:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("InfrastructurePage", u"Lo\u1ea1i c\u00f4ng tr\u00ecnh", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("InfrastructurePage", u"Ch\u1ecdn lo\u1ea1i c\u00f4ng tr\u00ecnh \u0111\u1ec3 xem c\u00e1c c\u1ed9t th\u00f4ng s\u1ed1 c\u1ee7a lo\u1ea1i \u0111\u00f3", None))
#endif // QT_CONFIG(tooltip)
        self.villageLabel.setText(QCoreApplication.translate("InfrastructurePage", u"T&h\u00f4n:", None))
#if QT_CONFIG(accessibility)
        self.villageCombo.setAccessibleName(QCoreApplication.translate("InfrastructurePage", u"L\u1ecdc theo th\u00f4n", None))
#endif // QT_CONFIG(accessibility)
        self.conditionLabel.setText(QCoreApplication.translate("InfrastructurePage", u"T\u00ecnh t&r\u1ea1ng:", None))
#if QT_CONFIG(accessibility)
        self.conditionCombo.setAccessibleName(QCoreApplication.translate("InfrastructurePage", u"L\u1ecdc theo t\u00ecnh tr\u1ea1ng", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("InfrastructurePage", u"T\u00ecm c\u00f4ng tr\u00ecnh", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InfrastructurePage", u"T\u00ecm theo t\u00ean, ghi ch\u00fa (g\u00f5 c\u00f3 d\u1ea5u ho\u1eb7c kh\u00f4ng d\u1ea5u)", None))
        self.addButton.setText(QCoreApplication.translate("InfrastructurePage", u"&Th\u00eam c\u00f4ng tr\u00ecnh", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("InfrastructurePage", u"Th\u00eam m\u1ed9t c\u00f4ng tr\u00ecnh m\u1edbi (ph\u00edm Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("InfrastructurePage", u"&S\u1eeda", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("InfrastructurePage", u"S\u1eeda c\u00f4ng tr\u00ecnh \u0111ang ch\u1ecdn (ph\u00edm Enter ho\u1eb7c nh\u1ea5p \u0111\u00fap)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("InfrastructurePage", u"&X\u00f3a", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("InfrastructurePage", u"X\u00f3a c\u00f4ng tr\u00ecnh \u0111ang ch\u1ecdn (ph\u00edm Delete); c\u00f3 th\u1ec3 ho\u00e0n t\u00e1c b\u1eb1ng Ctrl+Z", None))
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("InfrastructurePage", u"Danh s\u00e1ch c\u00f4ng tr\u00ecnh", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.totalsLabel.setAccessibleName(QCoreApplication.translate("InfrastructurePage", u"T\u1ed5ng h\u1ee3p", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


FORM = Ui_InfrastructurePage
BASE = 'QWidget'
