"""Compiled from ``ui/pages/sync.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QToolButton, QVBoxLayout

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        self.rootLayout = QVBoxLayout(SyncPage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(10, 8, 10, 6)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.exportGroup = QGroupBox(SyncPage)
        self.exportGroup.setObjectName(u"exportGroup")
        self.exportLayout = QVBoxLayout(self.exportGroup)
        self.exportLayout.setObjectName(u"exportLayout")
        self.destLayout = QHBoxLayout()
        self.destLayout.setObjectName(u"destLayout")
        self.destLabel = QLabel(self.exportGroup)
        self.destLabel.setObjectName(u"destLabel")

        self.destLayout.addWidget(self.destLabel)

        self.destCombo = QComboBox(self.exportGroup)
        self.destCombo.setObjectName(u"destCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.destCombo.sizePolicy().hasHeightForWidth())
        self.destCombo.setSizePolicy(sizePolicy)

        self.destLayout.addWidget(self.destCombo)

        self.rescanButton = QToolButton(self.exportGroup)
        self.rescanButton.setObjectName(u"rescanButton")

        self.destLayout.addWidget(self.rescanButton)

        self.browseButton = QPushButton(self.exportGroup)
        self.browseButton.setObjectName(u"browseButton")

        self.destLayout.addWidget(self.browseButton)


        self.exportLayout.addLayout(self.destLayout)

        self.fullCheck = QCheckBox(self.exportGroup)
        self.fullCheck.setObjectName(u"fullCheck")

        self.exportLayout.addWidget(self.fullCheck)

        self.exportButtons = QHBoxLayout()
        self.exportButtons.setObjectName(u"exportButtons")
        self.exportButton = QPushButton(self.exportGroup)
        self.exportButton.setObjectName(u"exportButton")

        self.exportButtons.addWidget(self.exportButton)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportButtons.addItem(self.exportSpacer)


        self.exportLayout.addLayout(self.exportButtons)

        self.exportResult = QLabel(self.exportGroup)
        self.exportResult.setObjectName(u"exportResult")
        self.exportResult.setWordWrap(True)
        self.exportResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.exportLayout.addWidget(self.exportResult)


        self.leftColumn.addWidget(self.exportGroup)

        self.importGroup = QGroupBox(SyncPage)
        self.importGroup.setObjectName(u"importGroup")
        self.importLayout = QVBoxLayout(self.importGroup)
        self.importLayout.setObjectName(u"importLayout")
        self.importHint = QLabel(self.importGroup)
        self.importHint.setObjectName(u"importHint")
        self.importHint.setWordWrap(True)

        self.importLayout.addWidget(self.importHint)

        self.importButtons = QHBoxLayout()
        self.importButtons.setObjectName(u"importButtons")
        self.importButton = QPushButton(self.importGroup)
        self.importButton.setObjectName(u"importButton")

        self.importButtons.addWidget(self.importButton)

        self.trustButton = QPushButton(self.importGroup)
        self.trustButton.setObjectName(u"trustButton")

        self.importButtons.addWidget(self.trustButton)

        self.importSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importButtons.addItem(self.importSpacer)


        self.importLayout.addLayout(self.importButtons)

        self.importResult = QLabel(self.importGroup)
        self.importResult.setObjectName(u"importResult")
        self.importResult.setWordWrap(True)
        self.importResult.setTextFormat(Qt.TextFormat.RichText)
        self.importResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.importLayout.addWidget(self.importResult)

        self.trustLabel = QLabel(self.importGroup)
        self.trustLabel.setObjectName(u"trustLabel")
        self.trustLabel.setWordWrap(True)

        self.importLayout.addWidget(self.trustLabel)

        self.verifyLayout = QHBoxLayout()
        self.verifyLayout.setObjectName(u"verifyLayout")
        self.verifyButton = QPushButton(self.importGroup)
        self.verifyButton.setObjectName(u"verifyButton")

        self.verifyLayout.addWidget(self.verifyButton)

        self.dossierCodeLabel = QLabel(self.importGroup)
        self.dossierCodeLabel.setObjectName(u"dossierCodeLabel")

        self.verifyLayout.addWidget(self.dossierCodeLabel)

        self.dossierCodeEdit = QLineEdit(self.importGroup)
        self.dossierCodeEdit.setObjectName(u"dossierCodeEdit")
        self.dossierCodeEdit.setClearButtonEnabled(True)

        self.verifyLayout.addWidget(self.dossierCodeEdit)


        self.importLayout.addLayout(self.verifyLayout)

        self.verifyResult = QLabel(self.importGroup)
        self.verifyResult.setObjectName(u"verifyResult")
        self.verifyResult.setWordWrap(True)
        self.verifyResult.setTextFormat(Qt.TextFormat.RichText)
        self.verifyResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.importLayout.addWidget(self.verifyResult)


        self.leftColumn.addWidget(self.importGroup)


        self.topLayout.addLayout(self.leftColumn)

        self.keyGroup = QGroupBox(SyncPage)
        self.keyGroup.setObjectName(u"keyGroup")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.keyGroup.sizePolicy().hasHeightForWidth())
        self.keyGroup.setSizePolicy(sizePolicy1)
        self.keyLayout = QGridLayout(self.keyGroup)
        self.keyLayout.setObjectName(u"keyLayout")
        self.qrLabel = QLabel(self.keyGroup)
        self.qrLabel.setObjectName(u"qrLabel")
        self.qrLabel.setMinimumSize(QSize(150, 150))
        self.qrLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.keyLayout.addWidget(self.qrLabel, 0, 0, 3, 1)

        self.fingerprintCaption = QLabel(self.keyGroup)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")
        self.fingerprintCaption.setWordWrap(True)

        self.keyLayout.addWidget(self.fingerprintCaption, 0, 1, 1, 1)

        self.fingerprintLabel = QLabel(self.keyGroup)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keyLayout.addWidget(self.fingerprintLabel, 1, 1, 1, 1)

        self.keyInfoLabel = QLabel(self.keyGroup)
        self.keyInfoLabel.setObjectName(u"keyInfoLabel")
        self.keyInfoLabel.setWordWrap(True)

        self.keyLayout.addWidget(self.keyInfoLabel, 2, 1, 1, 1)

        self.keyButtons = QHBoxLayout()
        self.keyButtons.setObjectName(u"keyButtons")
        self.printCardButton = QPushButton(self.keyGroup)
        self.printCardButton.setObjectName(u"printCardButton")

        self.keyButtons.addWidget(self.printCardButton)

        self.exportCardButton = QPushButton(self.keyGroup)
        self.exportCardButton.setObjectName(u"exportCardButton")

        self.keyButtons.addWidget(self.exportCardButton)


        self.keyLayout.addLayout(self.keyButtons, 3, 0, 1, 2)

        self.rotateKeyButton = QPushButton(self.keyGroup)
        self.rotateKeyButton.setObjectName(u"rotateKeyButton")

        self.keyLayout.addWidget(self.rotateKeyButton, 4, 0, 1, 2)


        self.topLayout.addWidget(self.keyGroup)


        self.rootLayout.addLayout(self.topLayout)

        self.historyGroup = QGroupBox(SyncPage)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QVBoxLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.packagesView = QTableView(self.historyGroup)
        self.packagesView.setObjectName(u"packagesView")
        self.packagesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.packagesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.packagesView.setAlternatingRowColors(True)
        self.packagesView.setSortingEnabled(True)
        self.packagesView.setWordWrap(False)
        self.packagesView.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.packagesView)


        self.rootLayout.addWidget(self.historyGroup)

#if QT_CONFIG(shortcut)
        self.destLabel.setBuddy(self.destCombo)
        self.dossierCodeLabel.setBuddy(self.dossierCodeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        self.exportGroup.setTitle(QCoreApplication.translate("SyncPage", u"G\u1eedi d\u1eef li\u1ec7u cho n\u01a1i th\u1ea9m \u0111\u1ecbnh", None))
        self.destLabel.setText(QCoreApplication.translate("SyncPage", u"&L\u01b0u g\u00f3i v\u00e0o:", None))
#if QT_CONFIG(tooltip)
        self.destCombo.setToolTip(QCoreApplication.translate("SyncPage", u"\u1ed4 USB \u0111ang c\u1eafm ho\u1eb7c th\u01b0 m\u1ee5c s\u1ebd ch\u1ee9a t\u1ec7p g\u00f3i d\u1eef li\u1ec7u", None))
#endif // QT_CONFIG(tooltip)
        self.rescanButton.setText(QCoreApplication.translate("SyncPage", u"T\u00ecm l\u1ea1i USB", None))
#if QT_CONFIG(tooltip)
        self.rescanButton.setToolTip(QCoreApplication.translate("SyncPage", u"T\u00ecm l\u1ea1i c\u00e1c \u1ed5 USB v\u1eeba c\u1eafm v\u00e0o m\u00e1y", None))
#endif // QT_CONFIG(tooltip)
        self.browseButton.setText(QCoreApplication.translate("SyncPage", u"&Ch\u1ecdn th\u01b0 m\u1ee5c\u2026", None))
        self.fullCheck.setText(QCoreApplication.translate("SyncPage", u"G\u1eedi &b\u1ea3n \u0111\u1ea7y \u0111\u1ee7 (to\u00e0n b\u1ed9 d\u1eef li\u1ec7u, khi n\u01a1i nh\u1eadn ch\u01b0a c\u00f3 ho\u1eb7c m\u1ea5t d\u1eef li\u1ec7u)", None))
        self.exportButton.setText(QCoreApplication.translate("SyncPage", u"&Xu\u1ea5t g\u00f3i d\u1eef li\u1ec7u", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("SyncPage", u"K\u00fd v\u00e0 ghi c\u00e1c thay \u0111\u1ed5i ch\u01b0a g\u1eedi th\u00e0nh m\u1ed9t t\u1ec7p .ntmpkg", None))
#endif // QT_CONFIG(tooltip)
        self.exportResult.setText("")
        self.importGroup.setTitle(QCoreApplication.translate("SyncPage", u"Nh\u1eadn g\u00f3i t\u1eeb n\u01a1i th\u1ea9m \u0111\u1ecbnh", None))
        self.importHint.setText(QCoreApplication.translate("SyncPage", u"Nh\u1eadp g\u00f3i ph\u1ea3n h\u1ed3i k\u1ebft qu\u1ea3 th\u1ea9m \u0111\u1ecbnh ho\u1eb7c b\u1ed9 ti\u00eau ch\u00ed c\u1ee7a t\u1ec9nh. C\u00f3 th\u1ec3 k\u00e9o th\u1ea3 t\u1ec7p .ntmpkg v\u00e0o c\u1eeda s\u1ed5 ch\u01b0\u01a1ng tr\u00ecnh.", None))
        self.importButton.setText(QCoreApplication.translate("SyncPage", u"&Nh\u1eadp g\u00f3i\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SyncPage", u"Ki\u1ec3m tra ch\u1eef k\u00fd r\u1ed3i nh\u1eadp m\u1ed9t ho\u1eb7c nhi\u1ec1u t\u1ec7p .ntmpkg", None))
#endif // QT_CONFIG(tooltip)
        self.trustButton.setText(QCoreApplication.translate("SyncPage", u"\u0110\u0103ng k\u00fd &kh\u00f3a n\u01a1i th\u1ea9m \u0111\u1ecbnh\u2026", None))
#if QT_CONFIG(tooltip)
        self.trustButton.setToolTip(QCoreApplication.translate("SyncPage", u"\u0110\u0103ng k\u00fd th\u1ebb kh\u00f3a c\u00f4ng khai c\u1ee7a n\u01a1i th\u1ea9m \u0111\u1ecbnh sau khi so m\u00e3 v\u00e2n tay qua \u0111i\u1ec7n tho\u1ea1i", None))
#endif // QT_CONFIG(tooltip)
        self.importResult.setText("")
        self.trustLabel.setText("")
        self.verifyButton.setText(QCoreApplication.translate("SyncPage", u"Ki\u1ec3&m tra g\u00f3i (kh\u00f4ng nh\u1eadp)\u2026", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("SyncPage", u"Ki\u1ec3m tra ch\u1eef k\u00fd v\u00e0 c\u00e1c t\u1ec7p th\u00e0nh ph\u1ea7n c\u1ee7a m\u1ed9t t\u1ec7p .ntmpkg m\u00e0 kh\u00f4ng nh\u1eadp g\u00ec v\u00e0o s\u1ed5 d\u1eef li\u1ec7u", None))
#endif // QT_CONFIG(tooltip)
        self.dossierCodeLabel.setText(QCoreApplication.translate("SyncPage", u"\u0111\u1ed1i chi\u1ebfu m\u00e3 &h\u1ed3 s\u01a1:", None))
#if QT_CONFIG(accessibility)
        self.dossierCodeEdit.setAccessibleName(QCoreApplication.translate("SyncPage", u"M\u00e3 h\u1ed3 s\u01a1 c\u1ea7n \u0111\u1ed1i chi\u1ebfu", None))
#endif // QT_CONFIG(accessibility)
        self.dossierCodeEdit.setPlaceholderText(QCoreApplication.translate("SyncPage", u"NTM-\u2026 (kh\u00f4ng b\u1eaft bu\u1ed9c)", None))
#if QT_CONFIG(tooltip)
        self.dossierCodeEdit.setToolTip(QCoreApplication.translate("SyncPage", u"M\u00e3 h\u1ed3 s\u01a1 in tr\u00ean h\u1ed3 s\u01a1 gi\u1ea5y; \u0111\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f4ng c\u1ea7n \u0111\u1ed1i chi\u1ebfu", None))
#endif // QT_CONFIG(tooltip)
        self.verifyResult.setText("")
        self.keyGroup.setTitle(QCoreApplication.translate("SyncPage", u"Kh\u00f3a k\u00fd c\u1ee7a x\u00e3", None))
#if QT_CONFIG(accessibility)
        self.qrLabel.setAccessibleName(QCoreApplication.translate("SyncPage", u"M\u00e3 QR c\u1ee7a kh\u00f3a", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprintCaption.setText(QCoreApplication.translate("SyncPage", u"M\u00e3 v\u00e2n tay (\u0111\u1ecdc cho n\u01a1i th\u1ea9m \u0111\u1ecbnh khi \u0111\u1ed1i chi\u1ebfu):", None))
        self.fingerprintLabel.setText("")
        self.keyInfoLabel.setText("")
        self.printCardButton.setText(QCoreApplication.translate("SyncPage", u"&In th\u1ebb kh\u00f3a\u2026", None))
#if QT_CONFIG(tooltip)
        self.printCardButton.setToolTip(QCoreApplication.translate("SyncPage", u"In m\u00e3 v\u00e2n tay v\u00e0 m\u00e3 QR \u0111\u1ec3 g\u1eedi k\u00e8m h\u1ed3 s\u01a1 gi\u1ea5y", None))
#endif // QT_CONFIG(tooltip)
        self.exportCardButton.setText(QCoreApplication.translate("SyncPage", u"Xu\u1ea5t th\u1ebb kh\u00f3a c\u00f4n&g khai\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportCardButton.setToolTip(QCoreApplication.translate("SyncPage", u"Ghi th\u1ebb kh\u00f3a c\u00f4ng khai (t\u1ec7p .json) \u0111\u1ec3 n\u01a1i th\u1ea9m \u0111\u1ecbnh \u0111\u0103ng k\u00fd", None))
#endif // QT_CONFIG(tooltip)
        self.rotateKeyButton.setText(QCoreApplication.translate("SyncPage", u"\u0110\u1ed5i kh\u00f3&a k\u00fd\u2026", None))
#if QT_CONFIG(tooltip)
        self.rotateKeyButton.setToolTip(QCoreApplication.translate("SyncPage", u"T\u1ea1o kh\u00f3a k\u00fd m\u1edbi khi kh\u00f3a c\u0169 b\u1ecb l\u1ed9 ho\u1eb7c m\u00e1y b\u1ecb m\u1ea5t; kh\u00f3a c\u0169 k\u00fd th\u00f4ng b\u00e1o \u0111\u1ed5i kh\u00f3a g\u1eedi k\u00e8m c\u00e1c g\u00f3i sau", None))
#endif // QT_CONFIG(tooltip)
        self.historyGroup.setTitle(QCoreApplication.translate("SyncPage", u"C\u00e1c g\u00f3i \u0111\u00e3 g\u1eedi v\u00e0 \u0111\u00e3 nh\u1eadn", None))
#if QT_CONFIG(accessibility)
        self.packagesView.setAccessibleName(QCoreApplication.translate("SyncPage", u"C\u00e1c g\u00f3i \u0111\u00e3 g\u1eedi v\u00e0 \u0111\u00e3 nh\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


FORM = Ui_SyncPage
BASE = 'QWidget'
