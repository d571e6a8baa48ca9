"""Compiled from ``ui/pages/history.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTreeWidget, QVBoxLayout, QWidget

class Ui_HistoryPage(object):
    def setupUi(self, HistoryPage):
        if not HistoryPage.objectName():
            HistoryPage.setObjectName(u"HistoryPage")
        self.rootLayout = QVBoxLayout(HistoryPage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(10, 8, 10, 6)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.entityLabel = QLabel(HistoryPage)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filterLayout.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(HistoryPage)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.entityCombo)

        self.authorLabel = QLabel(HistoryPage)
        self.authorLabel.setObjectName(u"authorLabel")

        self.filterLayout.addWidget(self.authorLabel)

        self.authorCombo = QComboBox(HistoryPage)
        self.authorCombo.setObjectName(u"authorCombo")
        self.authorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.authorCombo)

        self.fromLabel = QLabel(HistoryPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(HistoryPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(HistoryPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(HistoryPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toDate)

        self.searchEdit = QLineEdit(HistoryPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(180, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.clearFiltersButton = QPushButton(HistoryPage)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout.addWidget(self.clearFiltersButton)


        self.rootLayout.addLayout(self.filterLayout)

        self.mainSplitter = QSplitter(HistoryPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.mainSplitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.journalView = QTableView(self.listPane)
        self.journalView.setObjectName(u"journalView")
        self.journalView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.journalView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.journalView.setAlternatingRowColors(True)
        self.journalView.setWordWrap(False)
        self.journalView.horizontalHeader().setStretchLastSection(False)
        self.journalView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.journalView)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.countLabel = QLabel(self.listPane)
        self.countLabel.setObjectName(u"countLabel")

        self.statusLayout.addWidget(self.countLabel)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)

        self.verifyButton = QPushButton(self.listPane)
        self.verifyButton.setObjectName(u"verifyButton")

        self.statusLayout.addWidget(self.verifyButton)


        self.listLayout.addLayout(self.statusLayout)

        self.verifyLabel = QLabel(self.listPane)
        self.verifyLabel.setObjectName(u"verifyLabel")
        self.verifyLabel.setWordWrap(True)
        self.verifyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.listLayout.addWidget(self.verifyLabel)

        self.mainSplitter.addWidget(self.listPane)
        self.sideSplitter = QSplitter(self.mainSplitter)
        self.sideSplitter.setObjectName(u"sideSplitter")
        self.sideSplitter.setOrientation(Qt.Orientation.Vertical)
        self.sideSplitter.setChildrenCollapsible(False)
        self.detailGroup = QGroupBox(self.sideSplitter)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QVBoxLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailTitle = QLabel(self.detailGroup)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setWordWrap(True)
        self.detailTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailTitle)

        self.detailTree = QTreeWidget(self.detailGroup)
        self.detailTree.setObjectName(u"detailTree")
        self.detailTree.setRootIsDecorated(False)
        self.detailTree.setAlternatingRowColors(True)
        self.detailTree.setWordWrap(True)

        self.detailLayout.addWidget(self.detailTree)

        self.sideSplitter.addWidget(self.detailGroup)
        self.undoGroup = QGroupBox(self.sideSplitter)
        self.undoGroup.setObjectName(u"undoGroup")
        self.undoLayout = QVBoxLayout(self.undoGroup)
        self.undoLayout.setObjectName(u"undoLayout")
        self.undoHost = QWidget(self.undoGroup)
        self.undoHost.setObjectName(u"undoHost")
        self.undoHostLayout = QVBoxLayout(self.undoHost)
        self.undoHostLayout.setObjectName(u"undoHostLayout")
        self.undoHostLayout.setContentsMargins(0, 0, 0, 0)

        self.undoLayout.addWidget(self.undoHost)

        self.undoButtons = QHBoxLayout()
        self.undoButtons.setObjectName(u"undoButtons")
        self.undoButton = QPushButton(self.undoGroup)
        self.undoButton.setObjectName(u"undoButton")

        self.undoButtons.addWidget(self.undoButton)

        self.redoButton = QPushButton(self.undoGroup)
        self.redoButton.setObjectName(u"redoButton")

        self.undoButtons.addWidget(self.redoButton)

        self.undoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.undoButtons.addItem(self.undoSpacer)


        self.undoLayout.addLayout(self.undoButtons)

        self.sideSplitter.addWidget(self.undoGroup)
        self.mainSplitter.addWidget(self.sideSplitter)

        self.rootLayout.addWidget(self.mainSplitter)

#if QT_CONFIG(shortcut)
        self.entityLabel.setBuddy(self.entityCombo)
        self.authorLabel.setBuddy(self.authorCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HistoryPage)
    # setupUi

    def retranslateUi(self, HistoryPage):
        self.entityLabel.setText(QCoreApplication.translate("HistoryPage", u"&D\u1eef li\u1ec7u:", None))
#if QT_CONFIG(tooltip)
        self.entityCombo.setToolTip(QCoreApplication.translate("HistoryPage", u"Ch\u1ec9 xem thay \u0111\u1ed5i c\u1ee7a m\u1ed9t lo\u1ea1i d\u1eef li\u1ec7u", None))
#endif // QT_CONFIG(tooltip)
        self.authorLabel.setText(QCoreApplication.translate("HistoryPage", u"&Ng\u01b0\u1eddi s\u1eeda:", None))
#if QT_CONFIG(tooltip)
        self.authorCombo.setToolTip(QCoreApplication.translate("HistoryPage", u"Ch\u1ec9 xem thay \u0111\u1ed5i do m\u1ed9t ng\u01b0\u1eddi th\u1ef1c hi\u1ec7n", None))
#endif // QT_CONFIG(tooltip)
        self.fromLabel.setText(QCoreApplication.translate("HistoryPage", u"&T\u1eeb ng\u00e0y:", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("HistoryPage", u"dd/MM/yyyy", None))
        self.fromDate.setSpecialValueText(QCoreApplication.translate("HistoryPage", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("HistoryPage", u"Ng\u00e0y \u0111\u1ea7u (\u0111\u1ec3 \u201c\u2014\u201d n\u1ebfu kh\u00f4ng gi\u1edbi h\u1ea1n)", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("HistoryPage", u"\u0111\u1ebfn:", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("HistoryPage", u"dd/MM/yyyy", None))
        self.toDate.setSpecialValueText(QCoreApplication.translate("HistoryPage", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("HistoryPage", u"Ng\u00e0y cu\u1ed1i (\u0111\u1ec3 \u201c\u2014\u201d n\u1ebfu kh\u00f4ng gi\u1edbi h\u1ea1n)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HistoryPage", u"T\u00ecm trong n\u1ed9i dung thay \u0111\u1ed5i\u2026", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("HistoryPage", u"&B\u1ecf l\u1ecdc", None))
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("HistoryPage", u"Xem l\u1ea1i to\u00e0n b\u1ed9 nh\u1eadt k\u00fd", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.journalView.setAccessibleName(QCoreApplication.translate("HistoryPage", u"Nh\u1eadt k\u00fd thay \u0111\u1ed5i", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.verifyButton.setText(QCoreApplication.translate("HistoryPage", u"&Ki\u1ec3m tra to\u00e0n v\u1eb9n nh\u1eadt k\u00fd", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("HistoryPage", u"T\u00ednh l\u1ea1i chu\u1ed7i m\u00e3 b\u0103m c\u1ee7a m\u1ecdi m\u1ee5c nh\u1eadt k\u00fd \u0111\u1ec3 ph\u00e1t hi\u1ec7n s\u1eeda \u0111\u1ed5i tr\u00e1i ph\u00e9p", None))
#endif // QT_CONFIG(tooltip)
        self.verifyLabel.setText("")
        self.detailGroup.setTitle(QCoreApplication.translate("HistoryPage", u"Chi ti\u1ebft thay \u0111\u1ed5i", None))
        self.detailTitle.setText(QCoreApplication.translate("HistoryPage", u"Ch\u1ecdn m\u1ed9t d\u00f2ng \u0111\u1ec3 xem d\u1eef li\u1ec7u tr\u01b0\u1edbc v\u00e0 sau khi thay \u0111\u1ed5i.", None))
        ___qtreewidgetitem = self.detailTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("HistoryPage", u"Sau", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("HistoryPage", u"Tr\u01b0\u1edbc", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("HistoryPage", u"Tr\u01b0\u1eddng", None))
#if QT_CONFIG(accessibility)
        self.detailTree.setAccessibleName(QCoreApplication.translate("HistoryPage", u"D\u1eef li\u1ec7u tr\u01b0\u1edbc v\u00e0 sau khi thay \u0111\u1ed5i", None))
#endif // QT_CONFIG(accessibility)
        self.undoGroup.setTitle(QCoreApplication.translate("HistoryPage", u"Thao t\u00e1c trong phi\u00ean l\u00e0m vi\u1ec7c n\u00e0y", None))
        self.undoButton.setText(QCoreApplication.translate("HistoryPage", u"&Ho\u00e0n t\u00e1c", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("HistoryPage", u"H\u1ee7y thao t\u00e1c v\u1eeba l\u00e0m (Ctrl+Z)", None))
#endif // QT_CONFIG(tooltip)
        self.redoButton.setText(QCoreApplication.translate("HistoryPage", u"&L\u00e0m l\u1ea1i", None))
#if QT_CONFIG(tooltip)
        self.redoButton.setToolTip(QCoreApplication.translate("HistoryPage", u"L\u00e0m l\u1ea1i thao t\u00e1c v\u1eeba h\u1ee7y (Ctrl+Shift+Z)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi


FORM = Ui_HistoryPage
BASE = 'QWidget'
