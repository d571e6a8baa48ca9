"""Compiled from ``ui/pages/overview.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTreeWidget, QVBoxLayout, QWidget

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(1100, 680)
        self.pageLayout = QVBoxLayout(OverviewPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(14, 10, 14, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(14)
        self.headerRow.setObjectName(u"headerRow")
        self.bigFigureLabel = QLabel(OverviewPage)
        self.bigFigureLabel.setObjectName(u"bigFigureLabel")
        self.bigFigureLabel.setText(u"\u2014")
        self.bigFigureLabel.setStyleSheet(u"color: #0F5132;")

        self.headerRow.addWidget(self.bigFigureLabel)

        self.headlineColumn = QVBoxLayout()
        self.headlineColumn.setSpacing(2)
        self.headlineColumn.setObjectName(u"headlineColumn")
        self.headlineLabel = QLabel(OverviewPage)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setText(u"")

        self.headlineColumn.addWidget(self.headlineLabel)

        self.subtitleLabel = QLabel(OverviewPage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setText(u"")
        self.subtitleLabel.setWordWrap(True)
        self.subtitleLabel.setStyleSheet(u"color: #4A5A54;")

        self.headlineColumn.addWidget(self.subtitleLabel)


        self.headerRow.addLayout(self.headlineColumn)


        self.pageLayout.addLayout(self.headerRow)

        self.emptyFrame = QFrame(OverviewPage)
        self.emptyFrame.setObjectName(u"emptyFrame")
        self.emptyFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.emptyLayout = QVBoxLayout(self.emptyFrame)
        self.emptyLayout.setSpacing(10)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyFrame)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.setupButton = QPushButton(self.emptyFrame)
        self.setupButton.setObjectName(u"setupButton")

        self.emptyButtons.addWidget(self.setupButton)

        self.demoButton = QPushButton(self.emptyFrame)
        self.demoButton.setObjectName(u"demoButton")

        self.emptyButtons.addWidget(self.demoButton)

        self.emptySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptySpacer)


        self.emptyLayout.addLayout(self.emptyButtons)


        self.pageLayout.addWidget(self.emptyFrame)

        self.splitter = QSplitter(OverviewPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.chartGroup = QGroupBox(self.splitter)
        self.chartGroup.setObjectName(u"chartGroup")
        self.chartLayout = QVBoxLayout(self.chartGroup)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(4, 4, 4, 4)
        self.splitter.addWidget(self.chartGroup)
        self.rightColumn = QWidget(self.splitter)
        self.rightColumn.setObjectName(u"rightColumn")
        self.rightLayout = QVBoxLayout(self.rightColumn)
        self.rightLayout.setSpacing(6)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.todoGroup = QGroupBox(self.rightColumn)
        self.todoGroup.setObjectName(u"todoGroup")
        self.todoLayout = QVBoxLayout(self.todoGroup)
        self.todoLayout.setObjectName(u"todoLayout")
        self.todoLayout.setContentsMargins(4, 4, 4, 4)
        self.todoList = QTreeWidget(self.todoGroup)
        self.todoList.setObjectName(u"todoList")
        self.todoList.setRootIsDecorated(False)
        self.todoList.setAlternatingRowColors(True)
        self.todoList.setUniformRowHeights(True)

        self.todoLayout.addWidget(self.todoList)


        self.rightLayout.addWidget(self.todoGroup)

        self.warningsGroup = QGroupBox(self.rightColumn)
        self.warningsGroup.setObjectName(u"warningsGroup")
        self.warningsLayout = QVBoxLayout(self.warningsGroup)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warningsLayout.setContentsMargins(4, 4, 4, 4)
        self.warningsList = QListWidget(self.warningsGroup)
        self.warningsList.setObjectName(u"warningsList")
        self.warningsList.setWordWrap(True)

        self.warningsLayout.addWidget(self.warningsList)


        self.rightLayout.addWidget(self.warningsGroup)

        self.factsRow = QHBoxLayout()
        self.factsRow.setSpacing(6)
        self.factsRow.setObjectName(u"factsRow")
        self.conditionsGroup = QGroupBox(self.rightColumn)
        self.conditionsGroup.setObjectName(u"conditionsGroup")
        self.conditionsLayout = QVBoxLayout(self.conditionsGroup)
        self.conditionsLayout.setObjectName(u"conditionsLayout")
        self.conditionsLayout.setContentsMargins(6, 4, 6, 4)
        self.conditionsLabel = QLabel(self.conditionsGroup)
        self.conditionsLabel.setObjectName(u"conditionsLabel")
        self.conditionsLabel.setText(u"")
        self.conditionsLabel.setWordWrap(True)
        self.conditionsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.conditionsLayout.addWidget(self.conditionsLabel)


        self.factsRow.addWidget(self.conditionsGroup)

        self.syncGroup = QGroupBox(self.rightColumn)
        self.syncGroup.setObjectName(u"syncGroup")
        self.syncLayout = QVBoxLayout(self.syncGroup)
        self.syncLayout.setObjectName(u"syncLayout")
        self.syncLayout.setContentsMargins(6, 4, 6, 4)
        self.syncLabel = QLabel(self.syncGroup)
        self.syncLabel.setObjectName(u"syncLabel")
        self.syncLabel.setText(u"")
        self.syncLabel.setWordWrap(True)
        self.syncLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.syncLayout.addWidget(self.syncLabel)


        self.factsRow.addWidget(self.syncGroup)


        self.rightLayout.addLayout(self.factsRow)

        self.splitter.addWidget(self.rightColumn)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
#if QT_CONFIG(accessibility)
        self.bigFigureLabel.setAccessibleName(QCoreApplication.translate("OverviewPage", u"S\u1ed1 ti\u00eau ch\u00ed \u0111\u1ea1t", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("OverviewPage", u"<h3>Ch\u01b0a m\u1edf s\u1ed5 d\u1eef li\u1ec7u c\u1ee7a x\u00e3</h3><p>Thi\u1ebft l\u1eadp s\u1ed5 cho x\u00e3 c\u1ee7a b\u1ea1n (ch\u1ecdn x\u00e3, b\u1ed9 ti\u00eau ch\u00ed, c\u00e1c th\u00f4n) ho\u1eb7c m\u1edf x\u00e3 m\u1eabu \u0111\u1ec3 xem th\u1eed ch\u01b0\u01a1ng tr\u00ecnh.</p>", None))
        self.setupButton.setText(QCoreApplication.translate("OverviewPage", u"&Thi\u1ebft l\u1eadp s\u1ed5 d\u1eef li\u1ec7u\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("OverviewPage", u"M\u1edf &x\u00e3 m\u1eabu (demo)", None))
        self.chartGroup.setTitle(QCoreApplication.translate("OverviewPage", u"T\u00ecnh tr\u1ea1ng c\u00e1c ti\u00eau ch\u00ed (b\u1ea5m v\u00e0o m\u1ed9t ti\u00eau ch\u00ed \u0111\u1ec3 xem chi ti\u1ebft)", None))
        self.todoGroup.setTitle(QCoreApplication.translate("OverviewPage", u"Vi\u1ec7c c\u1ea7n l\u00e0m (theo th\u1eddi h\u1ea1n)", None))
        ___qtreewidgetitem = self.todoList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("OverviewPage", u"Ph\u1ee5 tr\u00e1ch", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("OverviewPage", u"Th\u1eddi h\u1ea1n", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OverviewPage", u"Ch\u1ec9 ti\u00eau", None))
#if QT_CONFIG(accessibility)
        self.todoList.setAccessibleName(QCoreApplication.translate("OverviewPage", u"Vi\u1ec7c c\u1ea7n l\u00e0m", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.todoList.setToolTip(QCoreApplication.translate("OverviewPage", u"B\u1ea5m \u0111\u1ec3 m\u1edf ch\u1ec9 ti\u00eau \u1edf trang Ti\u00eau ch\u00ed", None))
#endif // QT_CONFIG(tooltip)
        self.warningsGroup.setTitle(QCoreApplication.translate("OverviewPage", u"C\u1ea3nh b\u00e1o", None))
#if QT_CONFIG(accessibility)
        self.warningsList.setAccessibleName(QCoreApplication.translate("OverviewPage", u"C\u1ea3nh b\u00e1o", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.warningsList.setToolTip(QCoreApplication.translate("OverviewPage", u"B\u1ea5m \u0111\u1ec3 m\u1edf ch\u1ec9 ti\u00eau li\u00ean quan", None))
#endif // QT_CONFIG(tooltip)
        self.conditionsGroup.setTitle(QCoreApplication.translate("OverviewPage", u"\u0110i\u1ec1u ki\u1ec7n c\u00f4ng nh\u1eadn", None))
        self.syncGroup.setTitle(QCoreApplication.translate("OverviewPage", u"G\u1eedi v\u00e0 nh\u1eadn d\u1eef li\u1ec7u", None))
        pass
    # retranslateUi


FORM = Ui_OverviewPage
BASE = 'QWidget'
