"""Compiled from ``ui/dialogs/settings.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QTabWidget, QVBoxLayout, QWidget

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 520)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.communeTab = QWidget()
        self.communeTab.setObjectName(u"communeTab")
        self.communeForm = QFormLayout(self.communeTab)
        self.communeForm.setObjectName(u"communeForm")
        self.communeForm.setVerticalSpacing(6)
        self.nameCaption = QLabel(self.communeTab)
        self.nameCaption.setObjectName(u"nameCaption")

        self.communeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(self.communeTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.communeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.codeCaption = QLabel(self.communeTab)
        self.codeCaption.setObjectName(u"codeCaption")

        self.communeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeLabel = QLabel(self.communeTab)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setText(u"")
        self.codeLabel.setWordWrap(True)

        self.communeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeLabel)

        self.setCaption = QLabel(self.communeTab)
        self.setCaption.setObjectName(u"setCaption")

        self.communeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.setCaption)

        self.criteriaSetCombo = QComboBox(self.communeTab)
        self.criteriaSetCombo.setObjectName(u"criteriaSetCombo")

        self.communeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.criteriaSetCombo)

        self.regionCaption = QLabel(self.communeTab)
        self.regionCaption.setObjectName(u"regionCaption")

        self.communeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.regionCaption)

        self.regionCombo = QComboBox(self.communeTab)
        self.regionCombo.setObjectName(u"regionCombo")

        self.communeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.specialCheck = QCheckBox(self.communeTab)
        self.specialCheck.setObjectName(u"specialCheck")

        self.communeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.specialCheck)

        self.groupCaption = QLabel(self.communeTab)
        self.groupCaption.setObjectName(u"groupCaption")

        self.communeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.groupCaption)

        self.groupCombo = QComboBox(self.communeTab)
        self.groupCombo.setObjectName(u"groupCombo")

        self.communeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.officerCaption = QLabel(self.communeTab)
        self.officerCaption.setObjectName(u"officerCaption")

        self.communeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.officerCaption)

        self.officerNameEdit = QLineEdit(self.communeTab)
        self.officerNameEdit.setObjectName(u"officerNameEdit")

        self.communeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.officerNameEdit)

        self.titleCaption = QLabel(self.communeTab)
        self.titleCaption.setObjectName(u"titleCaption")

        self.communeForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.titleCaption)

        self.officerTitleEdit = QLineEdit(self.communeTab)
        self.officerTitleEdit.setObjectName(u"officerTitleEdit")

        self.communeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.officerTitleEdit)

        self.targetCaption = QLabel(self.communeTab)
        self.targetCaption.setObjectName(u"targetCaption")

        self.communeForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.targetCaption)

        self.targetYearSpin = QSpinBox(self.communeTab)
        self.targetYearSpin.setObjectName(u"targetYearSpin")
        self.targetYearSpin.setMinimum(2010)
        self.targetYearSpin.setMaximum(2100)

        self.communeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.targetYearSpin)

        self.recognisedCaption = QLabel(self.communeTab)
        self.recognisedCaption.setObjectName(u"recognisedCaption")

        self.communeForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.recognisedCaption)

        self.recognisedYearSpin = QSpinBox(self.communeTab)
        self.recognisedYearSpin.setObjectName(u"recognisedYearSpin")
        self.recognisedYearSpin.setMinimum(2010)
        self.recognisedYearSpin.setMaximum(2100)

        self.communeForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.recognisedYearSpin)

        self.tabs.addTab(self.communeTab, "")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.yearCaption = QLabel(self.generalTab)
        self.yearCaption.setObjectName(u"yearCaption")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearCaption)

        self.evaluationYearSpin = QSpinBox(self.generalTab)
        self.evaluationYearSpin.setObjectName(u"evaluationYearSpin")
        self.evaluationYearSpin.setMinimum(2016)
        self.evaluationYearSpin.setMaximum(2035)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.evaluationYearSpin)

        self.languageCaption = QLabel(self.generalTab)
        self.languageCaption.setObjectName(u"languageCaption")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageCaption)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.generalTab)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)
        self.languageNote.setStyleSheet(u"color: #4A5A54;")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageNote)

        self.photoCaption = QLabel(self.generalTab)
        self.photoCaption.setObjectName(u"photoCaption")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.photoCaption)

        self.photoMaxSpin = QSpinBox(self.generalTab)
        self.photoMaxSpin.setObjectName(u"photoMaxSpin")
        self.photoMaxSpin.setMinimum(640)
        self.photoMaxSpin.setMaximum(6000)
        self.photoMaxSpin.setSingleStep(100)
        self.photoMaxSpin.setValue(1600)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.photoMaxSpin)

        self.photoNote = QLabel(self.generalTab)
        self.photoNote.setObjectName(u"photoNote")
        self.photoNote.setWordWrap(True)
        self.photoNote.setStyleSheet(u"color: #4A5A54;")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.photoNote)

        self.tabs.addTab(self.generalTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #B3261E;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.setCaption.setBuddy(self.criteriaSetCombo)
        self.regionCaption.setBuddy(self.regionCombo)
        self.groupCaption.setBuddy(self.groupCombo)
        self.officerCaption.setBuddy(self.officerNameEdit)
        self.titleCaption.setBuddy(self.officerTitleEdit)
        self.targetCaption.setBuddy(self.targetYearSpin)
        self.recognisedCaption.setBuddy(self.recognisedYearSpin)
        self.yearCaption.setBuddy(self.evaluationYearSpin)
        self.languageCaption.setBuddy(self.languageCombo)
        self.photoCaption.setBuddy(self.photoMaxSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"C\u00e0i \u0111\u1eb7t", None))
        self.nameCaption.setText(QCoreApplication.translate("SettingsDialog", u"&T\u00ean x\u00e3:", None))
        self.codeCaption.setText(QCoreApplication.translate("SettingsDialog", u"M\u00e3 x\u00e3, t\u1ec9nh:", None))
        self.setCaption.setText(QCoreApplication.translate("SettingsDialog", u"&B\u1ed9 ti\u00eau ch\u00ed:", None))
        self.regionCaption.setText(QCoreApplication.translate("SettingsDialog", u"&V\u00f9ng:", None))
        self.specialCheck.setText(QCoreApplication.translate("SettingsDialog", u"X\u00e3 \u0110BKK ho\u1eb7c ATK: \u00e1p d\u1ee5ng m\u1ee9c \u0111\u1ea1t chu\u1ea9n c\u1ee7a v\u00f9ng Trung du v\u00e0 mi\u1ec1n n\u00fai ph\u00eda B\u1eafc (Q\u0110 318)", None))
        self.groupCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Nh\u00f3m x\u00e3:", None))
        self.officerCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Ng\u01b0\u1eddi ph\u1ee5 tr\u00e1ch:", None))
        self.titleCaption.setText(QCoreApplication.translate("SettingsDialog", u"C&h\u1ee9c v\u1ee5:", None))
        self.targetCaption.setText(QCoreApplication.translate("SettingsDialog", u"N\u0103m \u0111\u0103ng k\u00fd \u0111\u1ea1t &chu\u1ea9n:", None))
        self.targetYearSpin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"\u2014 ch\u01b0a c\u00f3 \u2014", None))
        self.recognisedCaption.setText(QCoreApplication.translate("SettingsDialog", u"N\u0103m \u0111\u01b0\u1ee3c c\u00f4ng &nh\u1eadn:", None))
        self.recognisedYearSpin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"\u2014 ch\u01b0a \u0111\u01b0\u1ee3c c\u00f4ng nh\u1eadn \u2014", None))
        self.tabs.setTabText(self.tabs.indexOf(self.communeTab), QCoreApplication.translate("SettingsDialog", u"Th\u00f4ng tin x\u00e3", None))
        self.yearCaption.setText(QCoreApplication.translate("SettingsDialog", u"N\u0103m \u0111\u00e1nh &gi\u00e1:", None))
        self.languageCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Ng\u00f4n ng\u1eef giao di\u1ec7n:", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"Ng\u00f4n ng\u1eef m\u1edbi c\u00f3 hi\u1ec7u l\u1ef1c t\u1eeb l\u1ea7n m\u1edf ch\u01b0\u01a1ng tr\u00ecnh ti\u1ebfp theo.", None))
        self.photoCaption.setText(QCoreApplication.translate("SettingsDialog", u"C\u1ee1 \u1ea3nh &t\u1ed1i \u0111a (\u0111i\u1ec3m \u1ea3nh):", None))
        self.photoNote.setText(QCoreApplication.translate("SettingsDialog", u"\u1ea2nh minh ch\u1ee9ng l\u1edbn h\u01a1n s\u1ebd \u0111\u01b0\u1ee3c thu nh\u1ecf khi th\u00eam v\u00e0o s\u1ed5, gi\u00fap s\u1ed5 v\u00e0 g\u00f3i d\u1eef li\u1ec7u g\u1ecdn nh\u1eb9.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"Chung", None))
    # retranslateUi


FORM = Ui_SettingsDialog
BASE = 'QDialog'
