"""Compiled from ``ui/dialogs/infra_item.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_InfraItemDialog(object):
    def setupUi(self, InfraItemDialog):
        if not InfraItemDialog.objectName():
            InfraItemDialog.setObjectName(u"InfraItemDialog")
        InfraItemDialog.resize(820, 460)
        InfraItemDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(InfraItemDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.commonBox = QGroupBox(InfraItemDialog)
        self.commonBox.setObjectName(u"commonBox")
        self.commonForm = QFormLayout(self.commonBox)
        self.commonForm.setObjectName(u"commonForm")
        self.commonForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(self.commonBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.commonForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.commonBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.commonForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.nameLabel = QLabel(self.commonBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.commonForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.commonBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.commonForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.commonBox)
        self.nameError.setObjectName(u"nameError")

        self.commonForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.villageLabel = QLabel(self.commonBox)
        self.villageLabel.setObjectName(u"villageLabel")

        self.commonForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.villageCombo = QComboBox(self.commonBox)
        self.villageCombo.setObjectName(u"villageCombo")

        self.commonForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.villageCombo)

        self.villageError = QLabel(self.commonBox)
        self.villageError.setObjectName(u"villageError")

        self.commonForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.villageError)

        self.yearLabel = QLabel(self.commonBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.commonForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearEdit = QLineEdit(self.commonBox)
        self.yearEdit.setObjectName(u"yearEdit")
        self.yearEdit.setMaxLength(4)

        self.commonForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.yearEdit)

        self.yearError = QLabel(self.commonBox)
        self.yearError.setObjectName(u"yearError")

        self.commonForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.yearError)

        self.conditionLabel = QLabel(self.commonBox)
        self.conditionLabel.setObjectName(u"conditionLabel")

        self.commonForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.conditionLabel)

        self.conditionCombo = QComboBox(self.commonBox)
        self.conditionCombo.setObjectName(u"conditionCombo")

        self.commonForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.conditionCombo)

        self.noteLabel = QLabel(self.commonBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.commonForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.commonBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 64))

        self.commonForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.leftColumn.addWidget(self.commonBox)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.attrsBox = QGroupBox(InfraItemDialog)
        self.attrsBox.setObjectName(u"attrsBox")
        self.attrsLayout = QFormLayout(self.attrsBox)
        self.attrsLayout.setObjectName(u"attrsLayout")
        self.attrsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.rightColumn.addWidget(self.attrsBox)

        self.photosBox = QGroupBox(InfraItemDialog)
        self.photosBox.setObjectName(u"photosBox")
        self.photosLayout = QVBoxLayout(self.photosBox)
        self.photosLayout.setObjectName(u"photosLayout")

        self.rightColumn.addWidget(self.photosBox)


        self.columnsLayout.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columnsLayout)

        self.generalError = QLabel(InfraItemDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.requiredHint = QLabel(InfraItemDialog)
        self.requiredHint.setObjectName(u"requiredHint")

        self.buttonsLayout.addWidget(self.requiredHint)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(InfraItemDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(InfraItemDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.villageLabel.setBuddy(self.villageCombo)
        self.yearLabel.setBuddy(self.yearEdit)
        self.conditionLabel.setBuddy(self.conditionCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InfraItemDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, InfraItemDialog):
        InfraItemDialog.setWindowTitle(QCoreApplication.translate("InfraItemDialog", u"C\u00f4ng tr\u00ecnh h\u1ea1 t\u1ea7ng", None))
        self.commonBox.setTitle(QCoreApplication.translate("InfraItemDialog", u"Th\u00f4ng tin chung", None))
        self.kindLabel.setText(QCoreApplication.translate("InfraItemDialog", u"&Lo\u1ea1i c\u00f4ng tr\u00ecnh:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("InfraItemDialog", u"Lo\u1ea1i c\u00f4ng tr\u00ecnh", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("InfraItemDialog", u"&T\u00ean c\u00f4ng tr\u00ecnh: *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("InfraItemDialog", u"T\u00ean c\u00f4ng tr\u00ecnh", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("InfraItemDialog", u"V\u00ed d\u1ee5: \u0110\u01b0\u1eddng tr\u1ee5c th\u00f4n N\u00e0 H\u00e9c", None))
        self.villageLabel.setText(QCoreApplication.translate("InfraItemDialog", u"T&h\u00f4n:", None))
#if QT_CONFIG(accessibility)
        self.villageCombo.setAccessibleName(QCoreApplication.translate("InfraItemDialog", u"Th\u00f4n", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("InfraItemDialog", u"&N\u0103m x\u00e2y d\u1ef1ng:", None))
#if QT_CONFIG(accessibility)
        self.yearEdit.setAccessibleName(QCoreApplication.translate("InfraItemDialog", u"N\u0103m x\u00e2y d\u1ef1ng", None))
#endif // QT_CONFIG(accessibility)
        self.yearEdit.setPlaceholderText(QCoreApplication.translate("InfraItemDialog", u"V\u00ed d\u1ee5: 2019", None))
        self.conditionLabel.setText(QCoreApplication.translate("InfraItemDialog", u"T\u00ecnh t&r\u1ea1ng:", None))
#if QT_CONFIG(accessibility)
        self.conditionCombo.setAccessibleName(QCoreApplication.translate("InfraItemDialog", u"T\u00ecnh tr\u1ea1ng", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("InfraItemDialog", u"Ghi &ch\u00fa:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("InfraItemDialog", u"Ghi ch\u00fa", None))
#endif // QT_CONFIG(accessibility)
        self.attrsBox.setTitle(QCoreApplication.translate("InfraItemDialog", u"Th\u00f4ng s\u1ed1 k\u1ef9 thu\u1eadt", None))
        self.photosBox.setTitle(QCoreApplication.translate("InfraItemDialog", u"\u1ea2nh c\u00f4ng tr\u00ecnh", None))
        self.requiredHint.setText(QCoreApplication.translate("InfraItemDialog", u"C\u00e1c \u00f4 c\u00f3 d\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c.", None))
        self.saveButton.setText(QCoreApplication.translate("InfraItemDialog", u"&L\u01b0u", None))
        self.cancelButton.setText(QCoreApplication.translate("InfraItemDialog", u"&H\u1ee7y", None))
    # retranslateUi


FORM = Ui_InfraItemDialog
BASE = 'QDialog'
