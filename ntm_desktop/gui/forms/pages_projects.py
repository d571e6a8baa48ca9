"""Compiled from ``ui/pages/projects.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTableWidget, QVBoxLayout, QWidget

class Ui_ProjectsPage(object):
    def setupUi(self, ProjectsPage):
        if not ProjectsPage.objectName():
            ProjectsPage.setObjectName(u"ProjectsPage")
        self.pageLayout = QVBoxLayout(ProjectsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 10, 12, 8)
        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.addButton = QPushButton(ProjectsPage)
        self.addButton.setObjectName(u"addButton")

        self.actionRow.addWidget(self.addButton)

        self.editButton = QPushButton(ProjectsPage)
        self.editButton.setObjectName(u"editButton")

        self.actionRow.addWidget(self.editButton)

        self.deleteButton = QPushButton(ProjectsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionRow.addWidget(self.deleteButton)

        self.searchEdit = QLineEdit(ProjectsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.actionRow.addWidget(self.searchEdit)

        self.countLabel = QLabel(ProjectsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.actionRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.actionRow)

        self.splitter = QSplitter(ProjectsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.tableView = QTableView(self.splitter)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.splitter.addWidget(self.tableView)
        self.sidePanel = QWidget(self.splitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sideLayout = QHBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 4, 0, 0)
        self.resourcesColumn = QVBoxLayout()
        self.resourcesColumn.setObjectName(u"resourcesColumn")
        self.resourcesTitle = QLabel(self.sidePanel)
        self.resourcesTitle.setObjectName(u"resourcesTitle")

        self.resourcesColumn.addWidget(self.resourcesTitle)

        self.resourcesTable = QTableWidget(self.sidePanel)
        self.resourcesTable.setObjectName(u"resourcesTable")
        self.resourcesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resourcesTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.resourcesTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resourcesTable.setShowGrid(False)
        self.resourcesTable.setWordWrap(False)

        self.resourcesColumn.addWidget(self.resourcesTable)

        self.resourcesTotal = QLabel(self.sidePanel)
        self.resourcesTotal.setObjectName(u"resourcesTotal")
        self.resourcesTotal.setWordWrap(True)

        self.resourcesColumn.addWidget(self.resourcesTotal)

        self.resourcesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resourcesColumn.addItem(self.resourcesSpacer)


        self.sideLayout.addLayout(self.resourcesColumn)

        self.debtColumn = QVBoxLayout()
        self.debtColumn.setObjectName(u"debtColumn")
        self.debtTitle = QLabel(self.sidePanel)
        self.debtTitle.setObjectName(u"debtTitle")

        self.debtColumn.addWidget(self.debtTitle)

        self.debtLabel = QLabel(self.sidePanel)
        self.debtLabel.setObjectName(u"debtLabel")
        self.debtLabel.setWordWrap(True)
        self.debtLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.debtLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.debtColumn.addWidget(self.debtLabel)

        self.debtSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.debtColumn.addItem(self.debtSpacer)


        self.sideLayout.addLayout(self.debtColumn)

        self.sideLayout.setStretch(0, 3)
        self.sideLayout.setStretch(1, 2)
        self.splitter.addWidget(self.sidePanel)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(ProjectsPage)
    # setupUi

    def retranslateUi(self, ProjectsPage):
        self.addButton.setText(QCoreApplication.translate("ProjectsPage", u"&Th\u00eam d\u1ef1 \u00e1n", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ProjectsPage", u"Th\u00eam m\u1ed9t d\u1ef1 \u00e1n m\u1edbi (ph\u00edm Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ProjectsPage", u"&S\u1eeda", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ProjectsPage", u"S\u1eeda d\u1ef1 \u00e1n \u0111ang ch\u1ecdn (ph\u00edm Enter ho\u1eb7c nh\u1ea5p \u0111\u00fap)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("ProjectsPage", u"&X\u00f3a", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ProjectsPage", u"X\u00f3a d\u1ef1 \u00e1n \u0111ang ch\u1ecdn (ph\u00edm Delete); c\u00f3 th\u1ec3 ho\u00e0n t\u00e1c b\u1eb1ng Ctrl+Z", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"T\u00ecm d\u1ef1 \u00e1n", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ProjectsPage", u"T\u00ecm d\u1ef1 \u00e1n (kh\u00f4ng c\u1ea7n d\u1ea5u)", None))
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Danh s\u00e1ch d\u1ef1 \u00e1n", None))
#endif // QT_CONFIG(accessibility)
        self.resourcesTitle.setText(QCoreApplication.translate("ProjectsPage", u"<b>Ngu\u1ed3n l\u1ef1c \u0111\u00e3 huy \u0111\u1ed9ng</b>", None))
#if QT_CONFIG(accessibility)
        self.resourcesTable.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Ngu\u1ed3n l\u1ef1c \u0111\u00e3 huy \u0111\u1ed9ng theo ngu\u1ed3n", None))
#endif // QT_CONFIG(accessibility)
        self.debtTitle.setText(QCoreApplication.translate("ProjectsPage", u"<b>N\u1ee3 \u0111\u1ecdng x\u00e2y d\u1ef1ng c\u01a1 b\u1ea3n</b>", None))
        pass
    # retranslateUi


FORM = Ui_ProjectsPage
BASE = 'QWidget'
