"""Compiled from ``ui/pages/dossier.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTreeWidget, QVBoxLayout, QWidget

class Ui_DossierPage(object):
    def setupUi(self, DossierPage):
        if not DossierPage.objectName():
            DossierPage.setObjectName(u"DossierPage")
        self.rootLayout = QVBoxLayout(DossierPage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(10, 8, 10, 6)
        self.splitter = QSplitter(DossierPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.checklistTab = QWidget()
        self.checklistTab.setObjectName(u"checklistTab")
        self.checklistLayout = QVBoxLayout(self.checklistTab)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistTitle = QLabel(self.checklistTab)
        self.checklistTitle.setObjectName(u"checklistTitle")
        self.checklistTitle.setWordWrap(True)

        self.checklistLayout.addWidget(self.checklistTitle)

        self.checklistTree = QTreeWidget(self.checklistTab)
        self.checklistTree.setObjectName(u"checklistTree")
        self.checklistTree.setRootIsDecorated(False)
        self.checklistTree.setWordWrap(True)
        self.checklistTree.setAlternatingRowColors(True)

        self.checklistLayout.addWidget(self.checklistTree)

        self.missingLabel = QLabel(self.checklistTab)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)

        self.checklistLayout.addWidget(self.missingLabel)

        self.missingList = QListWidget(self.checklistTab)
        self.missingList.setObjectName(u"missingList")
        self.missingList.setMaximumSize(QSize(16777215, 190))

        self.checklistLayout.addWidget(self.missingList)

        self.tabs.addTab(self.checklistTab, "")
        self.fieldsTab = QWidget()
        self.fieldsTab.setObjectName(u"fieldsTab")
        self.fieldsTabLayout = QVBoxLayout(self.fieldsTab)
        self.fieldsTabLayout.setObjectName(u"fieldsTabLayout")
        self.fieldsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.fieldsScroll = QScrollArea(self.fieldsTab)
        self.fieldsScroll.setObjectName(u"fieldsScroll")
        self.fieldsScroll.setWidgetResizable(True)
        self.fieldsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fieldsHost = QWidget()
        self.fieldsHost.setObjectName(u"fieldsHost")
        self.fieldsScroll.setWidget(self.fieldsHost)

        self.fieldsTabLayout.addWidget(self.fieldsScroll)

        self.tabs.addTab(self.fieldsTab, "")
        self.textsTab = QWidget()
        self.textsTab.setObjectName(u"textsTab")
        self.textsTabLayout = QVBoxLayout(self.textsTab)
        self.textsTabLayout.setObjectName(u"textsTabLayout")
        self.textsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.textsScroll = QScrollArea(self.textsTab)
        self.textsScroll.setObjectName(u"textsScroll")
        self.textsScroll.setWidgetResizable(True)
        self.textsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.textsHost = QWidget()
        self.textsHost.setObjectName(u"textsHost")
        self.textsScroll.setWidget(self.textsHost)

        self.textsTabLayout.addWidget(self.textsScroll)

        self.tabs.addTab(self.textsTab, "")
        self.splitter.addWidget(self.tabs)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.yearLabel = QLabel(self.previewPane)
        self.yearLabel.setObjectName(u"yearLabel")

        self.actionsLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.previewPane)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2010)
        self.yearSpin.setMaximum(2040)

        self.actionsLayout.addWidget(self.yearSpin)

        self.draftCheck = QCheckBox(self.previewPane)
        self.draftCheck.setObjectName(u"draftCheck")

        self.actionsLayout.addWidget(self.draftCheck)

        self.previewButton = QPushButton(self.previewPane)
        self.previewButton.setObjectName(u"previewButton")

        self.actionsLayout.addWidget(self.previewButton)

        self.printButton = QPushButton(self.previewPane)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(self.previewPane)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsLayout.addWidget(self.saveButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.previewLayout.addLayout(self.actionsLayout)

        self.infoLabel = QLabel(self.previewPane)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.infoLabel)

        self.previewHost = QWidget(self.previewPane)
        self.previewHost.setObjectName(u"previewHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewHost.sizePolicy().hasHeightForWidth())
        self.previewHost.setSizePolicy(sizePolicy)
        self.previewHostLayout = QVBoxLayout(self.previewHost)
        self.previewHostLayout.setObjectName(u"previewHostLayout")
        self.previewHostLayout.setContentsMargins(0, 0, 0, 0)

        self.previewLayout.addWidget(self.previewHost)

        self.splitter.addWidget(self.previewPane)

        self.rootLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, DossierPage):
        self.checklistTitle.setText("")
        ___qtreewidgetitem = self.checklistTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("DossierPage", u"C\u00e1ch l\u1eadp", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("DossierPage", u"T\u00e0i li\u1ec7u", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("DossierPage", u"TT", None))
#if QT_CONFIG(accessibility)
        self.checklistTree.setAccessibleName(QCoreApplication.translate("DossierPage", u"Danh m\u1ee5c t\u00e0i li\u1ec7u c\u1ee7a h\u1ed3 s\u01a1", None))
#endif // QT_CONFIG(accessibility)
        self.missingLabel.setText("")
#if QT_CONFIG(accessibility)
        self.missingList.setAccessibleName(QCoreApplication.translate("DossierPage", u"Th\u00f4ng tin c\u00f2n thi\u1ebfu", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.missingList.setToolTip(QCoreApplication.translate("DossierPage", u"B\u1ea5m \u0111\u00fap \u0111\u1ec3 \u0111\u1ebfn \u00f4 c\u1ea7n nh\u1eadp", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.checklistTab), QCoreApplication.translate("DossierPage", u"&Danh m\u1ee5c h\u1ed3 s\u01a1", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fieldsTab), QCoreApplication.translate("DossierPage", u"&S\u1ed1 v\u0103n b\u1ea3n, ng\u01b0\u1eddi k\u00fd", None))
        self.tabs.setTabText(self.tabs.indexOf(self.textsTab), QCoreApplication.translate("DossierPage", u"N\u1ed9i dung &thuy\u1ebft minh", None))
        self.yearLabel.setText(QCoreApplication.translate("DossierPage", u"&N\u0103m:", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("DossierPage", u"N\u0103m \u0111\u1ec1 ngh\u1ecb c\u00f4ng nh\u1eadn", None))
#endif // QT_CONFIG(tooltip)
        self.draftCheck.setText(QCoreApplication.translate("DossierPage", u"B\u1ea3n &d\u1ef1 th\u1ea3o", None))
#if QT_CONFIG(tooltip)
        self.draftCheck.setToolTip(QCoreApplication.translate("DossierPage", u"In ch\u1eef \u201cD\u1ef0 TH\u1ea2O\u201d tr\u00ean m\u1ecdi trang v\u00e0 \u0111\u1ec3 tr\u1ed1ng c\u00e1c ch\u1ed7 c\u00f2n thi\u1ebfu", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("DossierPage", u"&Xem tr\u01b0\u1edbc", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("DossierPage", u"L\u1eadp h\u1ed3 s\u01a1 PDF v\u00e0 hi\u1ec3n th\u1ecb \u1edf \u0111\u00e2y", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("DossierPage", u"&In\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("DossierPage", u"&L\u01b0u PDF\u2026", None))
        self.infoLabel.setText(QCoreApplication.translate("DossierPage", u"B\u1ea5m \u201cXem tr\u01b0\u1edbc\u201d \u0111\u1ec3 l\u1eadp h\u1ed3 s\u01a1. C\u00f3 th\u1ec3 in b\u1ea3n d\u1ef1 th\u1ea3o khi c\u00f2n thi\u1ebfu s\u1ed1 v\u0103n b\u1ea3n, ng\u00e0y ho\u1eb7c ng\u01b0\u1eddi k\u00fd.", None))
        pass
    # retranslateUi


FORM = Ui_DossierPage
BASE = 'QWidget'
