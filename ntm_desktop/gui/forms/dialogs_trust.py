"""Compiled from ``ui/dialogs/trust.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

class Ui_TrustDialog(object):
    def setupUi(self, TrustDialog):
        if not TrustDialog.objectName():
            TrustDialog.setObjectName(u"TrustDialog")
        TrustDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(TrustDialog)
        self.layout.setObjectName(u"layout")
        self.explainLabel = QLabel(TrustDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.layout.addWidget(self.explainLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(TrustDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(TrustDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileLayout.addWidget(self.chooseButton)


        self.layout.addLayout(self.fileLayout)

        self.ownerLabel = QLabel(TrustDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")
        self.ownerLabel.setWordWrap(True)

        self.layout.addWidget(self.ownerLabel)

        self.fingerprintLabel = QLabel(TrustDialog)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.fingerprintLabel)

        self.confirmCheck = QCheckBox(TrustDialog)
        self.confirmCheck.setObjectName(u"confirmCheck")
        self.confirmCheck.setEnabled(False)

        self.layout.addWidget(self.confirmCheck)

        self.errorLabel = QLabel(TrustDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TrustDialog)
        self.buttonBox.setObjectName(u"buttonBox")

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(TrustDialog)
    # setupUi

    def retranslateUi(self, TrustDialog):
        TrustDialog.setWindowTitle(QCoreApplication.translate("TrustDialog", u"\u0110\u0103ng k\u00fd kh\u00f3a c\u1ee7a n\u01a1i th\u1ea9m \u0111\u1ecbnh", None))
        self.explainLabel.setText(QCoreApplication.translate("TrustDialog", u"Ch\u1ecdn t\u1ec7p th\u1ebb kh\u00f3a c\u00f4ng khai (.json) do n\u01a1i th\u1ea9m \u0111\u1ecbnh g\u1eedi. Tr\u01b0\u1edbc khi \u0111\u0103ng k\u00fd, h\u00e3y g\u1ecdi \u0111i\u1ec7n cho ng\u01b0\u1eddi g\u1eedi v\u00e0 so t\u1eebng nh\u00f3m c\u1ee7a m\u00e3 v\u00e2n tay: ch\u1ec9 \u0111\u0103ng k\u00fd khi kh\u1edbp ho\u00e0n to\u00e0n.", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("TrustDialog", u"Ch\u01b0a ch\u1ecdn th\u1ebb kh\u00f3a", None))
        self.chooseButton.setText(QCoreApplication.translate("TrustDialog", u"&Ch\u1ecdn th\u1ebb kh\u00f3a\u2026", None))
        self.ownerLabel.setText("")
        self.fingerprintLabel.setText("")
        self.confirmCheck.setText(QCoreApplication.translate("TrustDialog", u"T\u00f4i \u0111\u00e3 g\u1ecdi \u0111i\u1ec7n v\u00e0 ng\u01b0\u1eddi g\u1eedi \u0111\u1ecdc &\u0111\u00fang m\u00e3 v\u00e2n tay n\u00e0y", None))
        self.errorLabel.setText("")
    # retranslateUi


FORM = Ui_TrustDialog
BASE = 'QDialog'
