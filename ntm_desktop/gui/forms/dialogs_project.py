"""Compiled from ``ui/dialogs/project.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout, QWidget

class Ui_ProjectDialog(object):
    def setupUi(self, ProjectDialog):
        if not ProjectDialog.objectName():
            ProjectDialog.setObjectName(u"ProjectDialog")
        ProjectDialog.resize(860, 440)
        ProjectDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(ProjectDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(ProjectDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QHBoxLayout(self.generalTab)
        self.generalLayout.setSpacing(16)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalColumn = QVBoxLayout()
        self.generalColumn.setObjectName(u"generalColumn")
        self.generalForm = QFormLayout()
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.generalTab)
        self.nameError.setObjectName(u"nameError")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.fieldLabel = QLabel(self.generalTab)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldCombo = QComboBox(self.generalTab)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fieldCombo)

        self.stateLabel = QLabel(self.generalTab)
        self.stateLabel.setObjectName(u"stateLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateCombo = QComboBox(self.generalTab)
        self.stateCombo.setObjectName(u"stateCombo")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stateCombo)

        self.settlementLabel = QLabel(self.generalTab)
        self.settlementLabel.setObjectName(u"settlementLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.settlementLabel)

        self.settlementCombo = QComboBox(self.generalTab)
        self.settlementCombo.setObjectName(u"settlementCombo")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.settlementCombo)

        self.totalLabel = QLabel(self.generalTab)
        self.totalLabel.setObjectName(u"totalLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.totalLabel)

        self.totalError = QLabel(self.generalTab)
        self.totalError.setObjectName(u"totalError")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.totalError)

        self.debtLabel = QLabel(self.generalTab)
        self.debtLabel.setObjectName(u"debtLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.debtLabel)

        self.debtError = QLabel(self.generalTab)
        self.debtError.setObjectName(u"debtError")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.debtError)

        self.startLabel = QLabel(self.generalTab)
        self.startLabel.setObjectName(u"startLabel")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(self.generalTab)
        self.startEdit.setObjectName(u"startEdit")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.startError = QLabel(self.generalTab)
        self.startError.setObjectName(u"startError")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.startError)

        self.finishLabel = QLabel(self.generalTab)
        self.finishLabel.setObjectName(u"finishLabel")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.finishLabel)

        self.finishEdit = QLineEdit(self.generalTab)
        self.finishEdit.setObjectName(u"finishEdit")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.finishEdit)

        self.finishError = QLabel(self.generalTab)
        self.finishError.setObjectName(u"finishError")

        self.generalForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.finishError)

        self.noteLabel = QLabel(self.generalTab)
        self.noteLabel.setObjectName(u"noteLabel")

        self.generalForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.generalTab)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 56))

        self.generalForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.generalColumn.addLayout(self.generalForm)

        self.generalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalColumn.addItem(self.generalSpacer)


        self.generalLayout.addLayout(self.generalColumn)

        self.fundingBox = QGroupBox(self.generalTab)
        self.fundingBox.setObjectName(u"fundingBox")
        self.fundingGrid = QGridLayout(self.fundingBox)
        self.fundingGrid.setObjectName(u"fundingGrid")
        self.fundingGrid.setVerticalSpacing(2)

        self.generalLayout.addWidget(self.fundingBox)

        self.tabs.addTab(self.generalTab, "")
        self.itemsTab = QWidget()
        self.itemsTab.setObjectName(u"itemsTab")
        self.itemsLayout = QVBoxLayout(self.itemsTab)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsHint = QLabel(self.itemsTab)
        self.itemsHint.setObjectName(u"itemsHint")
        self.itemsHint.setWordWrap(True)

        self.itemsLayout.addWidget(self.itemsHint)

        self.itemSearchEdit = QLineEdit(self.itemsTab)
        self.itemSearchEdit.setObjectName(u"itemSearchEdit")
        self.itemSearchEdit.setClearButtonEnabled(True)

        self.itemsLayout.addWidget(self.itemSearchEdit)

        self.itemList = QListWidget(self.itemsTab)
        self.itemList.setObjectName(u"itemList")

        self.itemsLayout.addWidget(self.itemList)

        self.itemsCountLabel = QLabel(self.itemsTab)
        self.itemsCountLabel.setObjectName(u"itemsCountLabel")

        self.itemsLayout.addWidget(self.itemsCountLabel)

        self.tabs.addTab(self.itemsTab, "")
        self.filesTab = QWidget()
        self.filesTab.setObjectName(u"filesTab")
        self.filesLayout = QVBoxLayout(self.filesTab)
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesHint = QLabel(self.filesTab)
        self.filesHint.setObjectName(u"filesHint")
        self.filesHint.setWordWrap(True)

        self.filesLayout.addWidget(self.filesHint)

        self.tabs.addTab(self.filesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.generalError = QLabel(ProjectDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.requiredHint = QLabel(ProjectDialog)
        self.requiredHint.setObjectName(u"requiredHint")

        self.buttonsLayout.addWidget(self.requiredHint)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(ProjectDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ProjectDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.fieldLabel.setBuddy(self.fieldCombo)
        self.stateLabel.setBuddy(self.stateCombo)
        self.settlementLabel.setBuddy(self.settlementCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.finishLabel.setBuddy(self.finishEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProjectDialog)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ProjectDialog):
        ProjectDialog.setWindowTitle(QCoreApplication.translate("ProjectDialog", u"D\u1ef1 \u00e1n", None))
        self.nameLabel.setText(QCoreApplication.translate("ProjectDialog", u"&T\u00ean d\u1ef1 \u00e1n: *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"T\u00ean d\u1ef1 \u00e1n", None))
#endif // QT_CONFIG(accessibility)
        self.fieldLabel.setText(QCoreApplication.translate("ProjectDialog", u"&L\u0129nh v\u1ef1c:", None))
#if QT_CONFIG(accessibility)
        self.fieldCombo.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"L\u0129nh v\u1ef1c", None))
#endif // QT_CONFIG(accessibility)
        self.stateLabel.setText(QCoreApplication.translate("ProjectDialog", u"T\u00ecnh t&r\u1ea1ng:", None))
#if QT_CONFIG(accessibility)
        self.stateCombo.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"T\u00ecnh tr\u1ea1ng d\u1ef1 \u00e1n", None))
#endif // QT_CONFIG(accessibility)
        self.settlementLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Quy\u1ebft to\u00e1n:", None))
#if QT_CONFIG(accessibility)
        self.settlementCombo.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"T\u00ecnh tr\u1ea1ng quy\u1ebft to\u00e1n", None))
#endif // QT_CONFIG(accessibility)
        self.totalLabel.setText(QCoreApplication.translate("ProjectDialog", u"T\u1ed5ng &m\u1ee9c \u0111\u1ea7u t\u01b0 (\u0111\u1ed3ng):", None))
        self.debtLabel.setText(QCoreApplication.translate("ProjectDialog", u"N\u1ee3 \u0111\u1ecdng &XDCB (\u0111\u1ed3ng):", None))
        self.startLabel.setText(QCoreApplication.translate("ProjectDialog", u"Ng\u00e0y &kh\u1edfi c\u00f4ng:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Ng\u00e0y kh\u1edfi c\u00f4ng", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setPlaceholderText(QCoreApplication.translate("ProjectDialog", u"ng\u00e0y/th\u00e1ng/n\u0103m, v\u00ed d\u1ee5 10/05/2023", None))
        self.finishLabel.setText(QCoreApplication.translate("ProjectDialog", u"Ng\u00e0y &ho\u00e0n th\u00e0nh:", None))
#if QT_CONFIG(accessibility)
        self.finishEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Ng\u00e0y ho\u00e0n th\u00e0nh", None))
#endif // QT_CONFIG(accessibility)
        self.finishEdit.setPlaceholderText(QCoreApplication.translate("ProjectDialog", u"ng\u00e0y/th\u00e1ng/n\u0103m, v\u00ed d\u1ee5 05/01/2024", None))
        self.noteLabel.setText(QCoreApplication.translate("ProjectDialog", u"Ghi &ch\u00fa:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Ghi ch\u00fa", None))
#endif // QT_CONFIG(accessibility)
        self.fundingBox.setTitle(QCoreApplication.translate("ProjectDialog", u"Ngu\u1ed3n v\u1ed1n (\u0111\u1ed3ng)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("ProjectDialog", u"Th\u00f4ng tin v\u00e0 ngu\u1ed3n v\u1ed1n", None))
        self.itemsHint.setText(QCoreApplication.translate("ProjectDialog", u"\u0110\u00e1nh d\u1ea5u c\u00e1c c\u00f4ng tr\u00ecnh trong danh m\u1ee5c h\u1ea1 t\u1ea7ng do d\u1ef1 \u00e1n n\u00e0y \u0111\u1ea7u t\u01b0.", None))
#if QT_CONFIG(accessibility)
        self.itemSearchEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"T\u00ecm c\u00f4ng tr\u00ecnh", None))
#endif // QT_CONFIG(accessibility)
        self.itemSearchEdit.setPlaceholderText(QCoreApplication.translate("ProjectDialog", u"T\u00ecm c\u00f4ng tr\u00ecnh theo t\u00ean (kh\u00f4ng c\u1ea7n d\u1ea5u)", None))
#if QT_CONFIG(accessibility)
        self.itemList.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"C\u00f4ng tr\u00ecnh h\u1ea1 t\u1ea7ng", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.itemsTab), QCoreApplication.translate("ProjectDialog", u"C\u00f4ng tr\u00ecnh li\u00ean quan", None))
        self.filesHint.setText(QCoreApplication.translate("ProjectDialog", u"\u1ea2nh hi\u1ec7n tr\u01b0\u1eddng, quy\u1ebft \u0111\u1ecbnh ph\u00ea duy\u1ec7t, bi\u00ean b\u1ea3n nghi\u1ec7m thu, h\u1ed3 s\u01a1 quy\u1ebft to\u00e1n\u2026 c\u1ee7a d\u1ef1 \u00e1n. T\u1ec7p \u0111\u01b0\u1ee3c l\u01b0u c\u00f9ng d\u1ef1 \u00e1n khi b\u1ea5m \u201cL\u01b0u\u201d.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.filesTab), QCoreApplication.translate("ProjectDialog", u"T\u1ec7p \u0111\u00ednh k\u00e8m", None))
        self.requiredHint.setText(QCoreApplication.translate("ProjectDialog", u"C\u00e1c \u00f4 c\u00f3 d\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c.", None))
        self.saveButton.setText(QCoreApplication.translate("ProjectDialog", u"&L\u01b0u", None))
        self.cancelButton.setText(QCoreApplication.translate("ProjectDialog", u"&H\u1ee7y", None))
    # retranslateUi


FORM = Ui_ProjectDialog
BASE = 'QDialog'
