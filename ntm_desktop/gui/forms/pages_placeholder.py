"""Compiled from ``ui/pages/placeholder.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PlaceholderPage(object):
    def setupUi(self, PlaceholderPage):
        if not PlaceholderPage.objectName():
            PlaceholderPage.setObjectName(u"PlaceholderPage")
        PlaceholderPage.resize(640, 480)
        self.verticalLayout = QVBoxLayout(PlaceholderPage)
        self.verticalLayout.setSpacing(12)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(24, 24, 24, 24)
        self.titleLabel = QLabel(PlaceholderPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"Trang")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.verticalLayout.addWidget(self.titleLabel)

        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.topSpacer)

        self.centerRow = QHBoxLayout()
        self.centerRow.setObjectName(u"centerRow")
        self.leftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.leftSpacer)

        self.messageBox = QWidget(PlaceholderPage)
        self.messageBox.setObjectName(u"messageBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageBox.sizePolicy().hasHeightForWidth())
        self.messageBox.setSizePolicy(sizePolicy)
        self.messageBox.setMinimumSize(QSize(280, 0))
        self.messageBox.setMaximumSize(QSize(560, 16777215))
        self.messageLayout = QVBoxLayout(self.messageBox)
        self.messageLayout.setSpacing(10)
        self.messageLayout.setObjectName(u"messageLayout")
        self.iconLabel = QLabel(self.messageBox)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(64, 64))
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.messageLayout.addWidget(self.iconLabel)

        self.headlineLabel = QLabel(self.messageBox)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.messageLayout.addWidget(self.headlineLabel)

        self.messageLabel = QLabel(self.messageBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setMinimumSize(QSize(380, 0))
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.messageLabel.setWordWrap(True)

        self.messageLayout.addWidget(self.messageLabel)


        self.centerRow.addWidget(self.messageBox)

        self.rightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.rightSpacer)


        self.verticalLayout.addLayout(self.centerRow)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.bottomSpacer)


        self.retranslateUi(PlaceholderPage)
    # setupUi

    def retranslateUi(self, PlaceholderPage):
        self.headlineLabel.setText(QCoreApplication.translate("PlaceholderPage", u"\u0110ang x\u00e2y d\u1ef1ng", None))
        self.messageLabel.setText(QCoreApplication.translate("PlaceholderPage", u"Trang n\u00e0y \u0111ang \u0111\u01b0\u1ee3c x\u00e2y d\u1ef1ng v\u00e0 s\u1ebd c\u00f3 trong m\u1ed9t phi\u00ean b\u1ea3n s\u1eafp t\u1edbi. D\u1eef li\u1ec7u c\u1ee7a b\u1ea1n v\u1eabn an to\u00e0n; c\u00e1c trang kh\u00e1c v\u1eabn d\u00f9ng \u0111\u01b0\u1ee3c b\u00ecnh th\u01b0\u1eddng.", None))
        pass
    # retranslateUi


FORM = Ui_PlaceholderPage
BASE = 'QWidget'
