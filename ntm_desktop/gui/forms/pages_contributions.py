"""Compiled from ``ui/pages/contributions.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QTableWidget, QVBoxLayout, QWidget

class Ui_ContributionsPage(object):
    def setupUi(self, ContributionsPage):
        if not ContributionsPage.objectName():
            ContributionsPage.setObjectName(u"ContributionsPage")
        self.pageLayout = QVBoxLayout(ContributionsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 8, 12, 6)
        self.quickBox = QGroupBox(ContributionsPage)
        self.quickBox.setObjectName(u"quickBox")
        self.quickLayout = QVBoxLayout(self.quickBox)
        self.quickLayout.setObjectName(u"quickLayout")
        self.quickLayout.setContentsMargins(-1, 4, -1, 4)

        self.pageLayout.addWidget(self.quickBox)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(ContributionsPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.kindFilter = QComboBox(ContributionsPage)
        self.kindFilter.setObjectName(u"kindFilter")

        self.filterRow.addWidget(self.kindFilter)

        self.villageFilter = QComboBox(ContributionsPage)
        self.villageFilter.setObjectName(u"villageFilter")

        self.filterRow.addWidget(self.villageFilter)

        self.projectFilter = QComboBox(ContributionsPage)
        self.projectFilter.setObjectName(u"projectFilter")
        self.projectFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.projectFilter.setMinimumContentsLength(18)

        self.filterRow.addWidget(self.projectFilter)

        self.searchEdit = QLineEdit(ContributionsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)


        self.pageLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(ContributionsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
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
        self.totalsTabs = QTabWidget(self.splitter)
        self.totalsTabs.setObjectName(u"totalsTabs")
        self.kindTab = QWidget()
        self.kindTab.setObjectName(u"kindTab")
        self.kindTabLayout = QVBoxLayout(self.kindTab)
        self.kindTabLayout.setObjectName(u"kindTabLayout")
        self.kindTotals = QTableWidget(self.kindTab)
        self.kindTotals.setObjectName(u"kindTotals")

        self.kindTabLayout.addWidget(self.kindTotals)

        self.totalsTabs.addTab(self.kindTab, "")
        self.villageTab = QWidget()
        self.villageTab.setObjectName(u"villageTab")
        self.villageTabLayout = QVBoxLayout(self.villageTab)
        self.villageTabLayout.setObjectName(u"villageTabLayout")
        self.villageTotals = QTableWidget(self.villageTab)
        self.villageTotals.setObjectName(u"villageTotals")

        self.villageTabLayout.addWidget(self.villageTotals)

        self.totalsTabs.addTab(self.villageTab, "")
        self.projectTab = QWidget()
        self.projectTab.setObjectName(u"projectTab")
        self.projectTabLayout = QVBoxLayout(self.projectTab)
        self.projectTabLayout.setObjectName(u"projectTabLayout")
        self.projectTotals = QTableWidget(self.projectTab)
        self.projectTotals.setObjectName(u"projectTotals")

        self.projectTabLayout.addWidget(self.projectTotals)

        self.totalsTabs.addTab(self.projectTab, "")
        self.splitter.addWidget(self.totalsTabs)

        self.pageLayout.addWidget(self.splitter)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.editButton = QPushButton(ContributionsPage)
        self.editButton.setObjectName(u"editButton")

        self.actionRow.addWidget(self.editButton)

        self.deleteButton = QPushButton(ContributionsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionRow.addWidget(self.deleteButton)

        self.exportButton = QPushButton(ContributionsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionRow.addWidget(self.exportButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.countLabel = QLabel(ContributionsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.actionRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.actionRow)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(ContributionsPage)

        self.totalsTabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ContributionsPage):
        self.quickBox.setTitle(QCoreApplication.translate("ContributionsPage", u"Nh\u1eadp nhanh (ch\u1ec9 d\u00f9ng b\u00e0n ph\u00edm)", None))
        self.filterLabel.setText(QCoreApplication.translate("ContributionsPage", u"<b>S\u1ed5 \u0111\u00f3ng g\u00f3p</b>  L\u1ecdc:", None))
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("ContributionsPage", u"L\u1ecdc theo h\u00ecnh th\u1ee9c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.villageFilter.setAccessibleName(QCoreApplication.translate("ContributionsPage", u"L\u1ecdc theo th\u00f4n", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.projectFilter.setAccessibleName(QCoreApplication.translate("ContributionsPage", u"L\u1ecdc theo d\u1ef1 \u00e1n", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ContributionsPage", u"T\u00ecm trong s\u1ed5 \u0111\u00f3ng g\u00f3p", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ContributionsPage", u"T\u00ecm ng\u01b0\u1eddi \u0111\u00f3ng g\u00f3p, s\u1ed1 bi\u00ean nh\u1eadn (kh\u00f4ng c\u1ea7n d\u1ea5u)", None))
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("ContributionsPage", u"S\u1ed5 \u0111\u00f3ng g\u00f3p", None))
#endif // QT_CONFIG(accessibility)
        self.totalsTabs.setTabText(self.totalsTabs.indexOf(self.kindTab), QCoreApplication.translate("ContributionsPage", u"Theo h\u00ecnh th\u1ee9c", None))
        self.totalsTabs.setTabText(self.totalsTabs.indexOf(self.villageTab), QCoreApplication.translate("ContributionsPage", u"Theo th\u00f4n", None))
        self.totalsTabs.setTabText(self.totalsTabs.indexOf(self.projectTab), QCoreApplication.translate("ContributionsPage", u"Theo d\u1ef1 \u00e1n", None))
        self.editButton.setText(QCoreApplication.translate("ContributionsPage", u"&S\u1eeda kho\u1ea3n \u0111\u00e3 ch\u1ecdn", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ContributionsPage", u"\u0110\u01b0a kho\u1ea3n \u0111ang ch\u1ecdn l\u00ean \u00f4 nh\u1eadp nhanh \u0111\u1ec3 s\u1eeda (Enter ho\u1eb7c nh\u1ea5p \u0111\u00fap)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("ContributionsPage", u"&X\u00f3a kho\u1ea3n \u0111\u00e3 ch\u1ecdn", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ContributionsPage", u"X\u00f3a kho\u1ea3n \u0111ang ch\u1ecdn (ph\u00edm Delete); c\u00f3 th\u1ec3 ho\u00e0n t\u00e1c b\u1eb1ng Ctrl+Z", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ContributionsPage", u"Xu\u1ea5t &Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ContributionsPage", u"Xu\u1ea5t s\u1ed5 \u0111\u00f3ng g\u00f3p (theo b\u1ed9 l\u1ecdc \u0111ang ch\u1ecdn) v\u00e0 b\u1ea3ng t\u1ed5ng h\u1ee3p ra t\u1ec7p Excel", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi


FORM = Ui_ContributionsPage
BASE = 'QWidget'
