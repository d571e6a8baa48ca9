"""Compiled from ``ui/dialogs/first_run_wizard.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWizard, QWizardPage

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        FirstRunWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage|QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.pageRole = QWizardPage()
        self.pageRole.setObjectName(u"pageRole")
        self.roleLayout = QVBoxLayout(self.pageRole)
        self.roleLayout.setSpacing(10)
        self.roleLayout.setObjectName(u"roleLayout")
        self.communeRadio = QRadioButton(self.pageRole)
        self.communeRadio.setObjectName(u"communeRadio")
        self.communeRadio.setChecked(True)

        self.roleLayout.addWidget(self.communeRadio)

        self.appraiserRadio = QRadioButton(self.pageRole)
        self.appraiserRadio.setObjectName(u"appraiserRadio")

        self.roleLayout.addWidget(self.appraiserRadio)

        self.roleSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.roleLayout.addItem(self.roleSpacer)

        self.demoLabel = QLabel(self.pageRole)
        self.demoLabel.setObjectName(u"demoLabel")
        self.demoLabel.setWordWrap(True)

        self.roleLayout.addWidget(self.demoLabel)

        self.demoRow = QHBoxLayout()
        self.demoRow.setObjectName(u"demoRow")
        self.demoButton = QPushButton(self.pageRole)
        self.demoButton.setObjectName(u"demoButton")

        self.demoRow.addWidget(self.demoButton)

        self.demoSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.demoRow.addItem(self.demoSpacer)


        self.roleLayout.addLayout(self.demoRow)

        FirstRunWizard.addPage(self.pageRole)
        self.pageCommune = QWizardPage()
        self.pageCommune.setObjectName(u"pageCommune")
        self.communeLayout = QVBoxLayout(self.pageCommune)
        self.communeLayout.setObjectName(u"communeLayout")
        self.communeSearchEdit = QLineEdit(self.pageCommune)
        self.communeSearchEdit.setObjectName(u"communeSearchEdit")
        self.communeSearchEdit.setClearButtonEnabled(True)

        self.communeLayout.addWidget(self.communeSearchEdit)

        self.communeList = QListWidget(self.pageCommune)
        self.communeList.setObjectName(u"communeList")
        self.communeList.setAlternatingRowColors(True)

        self.communeLayout.addWidget(self.communeList)

        self.communeSelectedLabel = QLabel(self.pageCommune)
        self.communeSelectedLabel.setObjectName(u"communeSelectedLabel")
        self.communeSelectedLabel.setWordWrap(True)

        self.communeLayout.addWidget(self.communeSelectedLabel)

        self.communeCodeEdit = QLineEdit(self.pageCommune)
        self.communeCodeEdit.setObjectName(u"communeCodeEdit")
        self.communeCodeEdit.setVisible(False)

        self.communeLayout.addWidget(self.communeCodeEdit)

        FirstRunWizard.addPage(self.pageCommune)
        self.pageCriteria = QWizardPage()
        self.pageCriteria.setObjectName(u"pageCriteria")
        self.criteriaLayout = QFormLayout(self.pageCriteria)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaLayout.setVerticalSpacing(8)
        self.setCaption = QLabel(self.pageCriteria)
        self.setCaption.setObjectName(u"setCaption")

        self.criteriaLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.setCaption)

        self.criteriaSetCombo = QComboBox(self.pageCriteria)
        self.criteriaSetCombo.setObjectName(u"criteriaSetCombo")

        self.criteriaLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.criteriaSetCombo)

        self.criteriaSetInfo = QLabel(self.pageCriteria)
        self.criteriaSetInfo.setObjectName(u"criteriaSetInfo")
        self.criteriaSetInfo.setText(u"")
        self.criteriaSetInfo.setWordWrap(True)
        self.criteriaSetInfo.setStyleSheet(u"color: #4A5A54;")

        self.criteriaLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.criteriaSetInfo)

        self.regionCaption = QLabel(self.pageCriteria)
        self.regionCaption.setObjectName(u"regionCaption")

        self.criteriaLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regionCaption)

        self.regionCombo = QComboBox(self.pageCriteria)
        self.regionCombo.setObjectName(u"regionCombo")

        self.criteriaLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.specialCheck = QCheckBox(self.pageCriteria)
        self.specialCheck.setObjectName(u"specialCheck")

        self.criteriaLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.specialCheck)

        self.appliedExplainLabel = QLabel(self.pageCriteria)
        self.appliedExplainLabel.setObjectName(u"appliedExplainLabel")
        self.appliedExplainLabel.setWordWrap(True)
        self.appliedExplainLabel.setStyleSheet(u"color: #4A5A54;")

        self.criteriaLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.appliedExplainLabel)

        self.groupCaption = QLabel(self.pageCriteria)
        self.groupCaption.setObjectName(u"groupCaption")

        self.criteriaLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.groupCaption)

        self.groupCombo = QComboBox(self.pageCriteria)
        self.groupCombo.setObjectName(u"groupCombo")

        self.criteriaLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.criteriaError = QLabel(self.pageCriteria)
        self.criteriaError.setObjectName(u"criteriaError")
        self.criteriaError.setText(u"")
        self.criteriaError.setWordWrap(True)
        self.criteriaError.setStyleSheet(u"color: #B3261E;")

        self.criteriaLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.criteriaError)

        FirstRunWizard.addPage(self.pageCriteria)
        self.pageVillages = QWizardPage()
        self.pageVillages.setObjectName(u"pageVillages")
        self.villagesLayout = QVBoxLayout(self.pageVillages)
        self.villagesLayout.setObjectName(u"villagesLayout")
        self.villagesTable = QTableWidget(self.pageVillages)
        if (self.villagesTable.columnCount() < 3):
            self.villagesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.villagesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.villagesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.villagesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.villagesTable.setObjectName(u"villagesTable")
        self.villagesTable.setColumnCount(3)

        self.villagesLayout.addWidget(self.villagesTable)

        self.villageButtons = QHBoxLayout()
        self.villageButtons.setObjectName(u"villageButtons")
        self.removeVillageButton = QPushButton(self.pageVillages)
        self.removeVillageButton.setObjectName(u"removeVillageButton")

        self.villageButtons.addWidget(self.removeVillageButton)

        self.villagesError = QLabel(self.pageVillages)
        self.villagesError.setObjectName(u"villagesError")
        self.villagesError.setText(u"")
        self.villagesError.setWordWrap(True)
        self.villagesError.setStyleSheet(u"color: #B3261E;")

        self.villageButtons.addWidget(self.villagesError)

        self.villageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.villageButtons.addItem(self.villageSpacer)


        self.villagesLayout.addLayout(self.villageButtons)

        FirstRunWizard.addPage(self.pageVillages)
        self.pageOfficer = QWizardPage()
        self.pageOfficer.setObjectName(u"pageOfficer")
        self.officerLayout = QFormLayout(self.pageOfficer)
        self.officerLayout.setObjectName(u"officerLayout")
        self.officerNameCaption = QLabel(self.pageOfficer)
        self.officerNameCaption.setObjectName(u"officerNameCaption")

        self.officerLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officerNameCaption)

        self.officerNameEdit = QLineEdit(self.pageOfficer)
        self.officerNameEdit.setObjectName(u"officerNameEdit")

        self.officerLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officerNameEdit)

        self.officerTitleCaption = QLabel(self.pageOfficer)
        self.officerTitleCaption.setObjectName(u"officerTitleCaption")

        self.officerLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officerTitleCaption)

        self.officerTitleEdit = QLineEdit(self.pageOfficer)
        self.officerTitleEdit.setObjectName(u"officerTitleEdit")

        self.officerLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officerTitleEdit)

        self.officerError = QLabel(self.pageOfficer)
        self.officerError.setObjectName(u"officerError")
        self.officerError.setText(u"")
        self.officerError.setWordWrap(True)
        self.officerError.setStyleSheet(u"color: #B3261E;")

        self.officerLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officerError)

        self.summaryLabel = QLabel(self.pageOfficer)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet(u"color: #4A5A54;")

        self.officerLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryLabel)

        FirstRunWizard.addPage(self.pageOfficer)
        self.pageAppraiser = QWizardPage()
        self.pageAppraiser.setObjectName(u"pageAppraiser")
        self.appraiserLayout = QFormLayout(self.pageAppraiser)
        self.appraiserLayout.setObjectName(u"appraiserLayout")
        self.appraiserNameCaption = QLabel(self.pageAppraiser)
        self.appraiserNameCaption.setObjectName(u"appraiserNameCaption")

        self.appraiserLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.appraiserNameCaption)

        self.appraiserNameEdit = QLineEdit(self.pageAppraiser)
        self.appraiserNameEdit.setObjectName(u"appraiserNameEdit")

        self.appraiserLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.appraiserNameEdit)

        self.appraiserLevelCaption = QLabel(self.pageAppraiser)
        self.appraiserLevelCaption.setObjectName(u"appraiserLevelCaption")

        self.appraiserLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.appraiserLevelCaption)

        self.appraiserLevelCombo = QComboBox(self.pageAppraiser)
        self.appraiserLevelCombo.setObjectName(u"appraiserLevelCombo")

        self.appraiserLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.appraiserLevelCombo)

        self.appraiserNote = QLabel(self.pageAppraiser)
        self.appraiserNote.setObjectName(u"appraiserNote")
        self.appraiserNote.setWordWrap(True)
        self.appraiserNote.setStyleSheet(u"color: #4A5A54;")

        self.appraiserLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.appraiserNote)

        FirstRunWizard.addPage(self.pageAppraiser)
        self.pageKey = QWizardPage()
        self.pageKey.setObjectName(u"pageKey")
        self.keyLayout = QVBoxLayout(self.pageKey)
        self.keyLayout.setSpacing(10)
        self.keyLayout.setObjectName(u"keyLayout")
        self.doneLabel = QLabel(self.pageKey)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setText(u"")
        self.doneLabel.setWordWrap(True)

        self.keyLayout.addWidget(self.doneLabel)

        self.fingerprintCaption = QLabel(self.pageKey)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")
        self.fingerprintCaption.setWordWrap(True)

        self.keyLayout.addWidget(self.fingerprintCaption)

        self.fingerprintLabel = QLabel(self.pageKey)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setText(u"\u2014")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprintLabel.setStyleSheet(u"QLabel { font-family: monospace; font-size: 16pt; font-weight: bold; background: #F3F7F5; border: 1px solid #D6E0DB; border-radius: 6px; padding: 10px; }")

        self.keyLayout.addWidget(self.fingerprintLabel)

        self.keyButtons = QHBoxLayout()
        self.keyButtons.setObjectName(u"keyButtons")
        self.printCardButton = QPushButton(self.pageKey)
        self.printCardButton.setObjectName(u"printCardButton")

        self.keyButtons.addWidget(self.printCardButton)

        self.keySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyButtons.addItem(self.keySpacer)


        self.keyLayout.addLayout(self.keyButtons)

        self.keyNoteLabel = QLabel(self.pageKey)
        self.keyNoteLabel.setObjectName(u"keyNoteLabel")
        self.keyNoteLabel.setWordWrap(True)
        self.keyNoteLabel.setStyleSheet(u"color: #4A5A54;")

        self.keyLayout.addWidget(self.keyNoteLabel)

        self.keyBottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.keyLayout.addItem(self.keyBottomSpacer)

        FirstRunWizard.addPage(self.pageKey)
#if QT_CONFIG(shortcut)
        self.setCaption.setBuddy(self.criteriaSetCombo)
        self.regionCaption.setBuddy(self.regionCombo)
        self.groupCaption.setBuddy(self.groupCombo)
        self.officerNameCaption.setBuddy(self.officerNameEdit)
        self.officerTitleCaption.setBuddy(self.officerTitleEdit)
        self.appraiserNameCaption.setBuddy(self.appraiserNameEdit)
        self.appraiserLevelCaption.setBuddy(self.appraiserLevelCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"Thi\u1ebft l\u1eadp NTM Desktop", None))
        self.pageRole.setTitle(QCoreApplication.translate("FirstRunWizard", u"Ch\u00e0o m\u1eebng \u0111\u1ebfn v\u1edbi NTM Desktop", None))
        self.pageRole.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"S\u1ed5 theo d\u00f5i x\u00e2y d\u1ef1ng n\u00f4ng th\u00f4n m\u1edbi, d\u00f9ng \u0111\u01b0\u1ee3c kh\u00f4ng c\u1ea7n Internet. Tr\u01b0\u1edbc ti\u00ean, cho bi\u1ebft b\u1ea1n l\u00e0m vi\u1ec7c \u1edf \u0111\u00e2u.", None))
        self.communeRadio.setText(QCoreApplication.translate("FirstRunWizard", u"T\u00f4i l\u00e0 c\u00e1n b\u1ed9 &x\u00e3 \u2014 theo d\u00f5i v\u00e0 t\u1ef1 \u0111\u00e1nh gi\u00e1 ti\u00eau ch\u00ed c\u1ee7a x\u00e3 m\u00ecnh", None))
        self.appraiserRadio.setText(QCoreApplication.translate("FirstRunWizard", u"T\u00f4i l\u00e0 c\u00e1n b\u1ed9 &th\u1ea9m \u0111\u1ecbnh (huy\u1ec7n/t\u1ec9nh) \u2014 nh\u1eadn v\u00e0 th\u1ea9m \u0111\u1ecbnh h\u1ed3 s\u01a1 c\u1ee7a c\u00e1c x\u00e3", None))
        self.demoLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Mu\u1ed1n xem th\u1eed tr\u01b0\u1edbc? M\u1edf m\u1ed9t x\u00e3 m\u1eabu c\u00f3 s\u1eb5n s\u1ed1 li\u1ec7u (kh\u00f4ng \u1ea3nh h\u01b0\u1edfng \u0111\u1ebfn s\u1ed5 c\u1ee7a b\u1ea1n; l\u1ea7n m\u1edf sau tr\u00ecnh thi\u1ebft l\u1eadp s\u1ebd hi\u1ec7n l\u1ea1i).", None))
        self.demoButton.setText(QCoreApplication.translate("FirstRunWizard", u"M\u1edf x\u00e3 m\u1eabu (&demo)", None))
        self.pageCommune.setTitle(QCoreApplication.translate("FirstRunWizard", u"X\u00e3 c\u1ee7a b\u1ea1n", None))
        self.pageCommune.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"G\u00f5 t\u00ean x\u00e3, ph\u01b0\u1eddng (c\u00f3 d\u1ea5u ho\u1eb7c kh\u00f4ng d\u1ea5u, v\u00ed d\u1ee5 \u201cvinh yen\u201d) r\u1ed3i ch\u1ecdn trong danh s\u00e1ch. C\u00f3 th\u1ec3 g\u00f5 c\u1ea3 t\u00ean c\u0169 tr\u01b0\u1edbc khi s\u1eafp x\u1ebfp n\u0103m 2025.", None))
        self.communeSearchEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"T\u00ean ho\u1eb7c m\u00e3 x\u00e3, ph\u01b0\u1eddng\u2026", None))
#if QT_CONFIG(accessibility)
        self.communeSearchEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"T\u00ecm x\u00e3", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.communeList.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"K\u1ebft qu\u1ea3 t\u00ecm x\u00e3", None))
#endif // QT_CONFIG(accessibility)
        self.communeSelectedLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Ch\u01b0a ch\u1ecdn x\u00e3.", None))
        self.pageCriteria.setTitle(QCoreApplication.translate("FirstRunWizard", u"B\u1ed9 ti\u00eau ch\u00ed", None))
        self.pageCriteria.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Ch\u1ecdn b\u1ed9 ti\u00eau ch\u00ed x\u00e3 \u0111ang th\u1ef1c hi\u1ec7n v\u00e0 v\u00f9ng (ho\u1eb7c nh\u00f3m x\u00e3) \u0111\u1ec3 ch\u01b0\u01a1ng tr\u00ecnh d\u00f9ng \u0111\u00fang m\u1ee9c \u0111\u1ea1t chu\u1ea9n.", None))
        self.setCaption.setText(QCoreApplication.translate("FirstRunWizard", u"&B\u1ed9 ti\u00eau ch\u00ed:", None))
        self.regionCaption.setText(QCoreApplication.translate("FirstRunWizard", u"&V\u00f9ng:", None))
        self.specialCheck.setText(QCoreApplication.translate("FirstRunWizard", u"X\u00e3 \u0111\u1eb7c bi\u1ec7t kh\u00f3 kh\u0103n (\u0110BKK) ho\u1eb7c x\u00e3 an to\u00e0n khu (ATK)", None))
        self.appliedExplainLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Theo Q\u0110 318/Q\u0110-TTg, x\u00e3 \u0111\u1eb7c bi\u1ec7t kh\u00f3 kh\u0103n v\u00e0 x\u00e3 an to\u00e0n khu \u0111\u01b0\u1ee3c \u00e1p d\u1ee5ng m\u1ee9c \u0111\u1ea1t chu\u1ea9n c\u1ee7a v\u00f9ng Trung du v\u00e0 mi\u1ec1n n\u00fai ph\u00eda B\u1eafc, d\u00f9 x\u00e3 thu\u1ed9c v\u00f9ng n\u00e0o. \u0110\u00e1nh d\u1ea5u \u00f4 tr\u00ean n\u1ebfu x\u00e3 c\u1ee7a b\u1ea1n thu\u1ed9c di\u1ec7n n\u00e0y.", None))
        self.groupCaption.setText(QCoreApplication.translate("FirstRunWizard", u"&Nh\u00f3m x\u00e3:", None))
        self.pageVillages.setTitle(QCoreApplication.translate("FirstRunWizard", u"C\u00e1c th\u00f4n, b\u1ea3n", None))
        self.pageVillages.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Nh\u1eadp t\u00ean th\u00f4n, s\u1ed1 h\u1ed9 v\u00e0 s\u1ed1 nh\u00e2n kh\u1ea9u. G\u00f5 v\u00e0o d\u00f2ng tr\u1ed1ng cu\u1ed1i c\u00f9ng \u0111\u1ec3 th\u00eam th\u00f4n; c\u00f3 th\u1ec3 b\u1ed5 sung sau.", None))
        ___qtablewidgetitem = self.villagesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FirstRunWizard", u"T\u00ean th\u00f4n", None))
        ___qtablewidgetitem1 = self.villagesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FirstRunWizard", u"S\u1ed1 h\u1ed9", None))
        ___qtablewidgetitem2 = self.villagesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FirstRunWizard", u"S\u1ed1 nh\u00e2n kh\u1ea9u", None))
#if QT_CONFIG(accessibility)
        self.villagesTable.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Danh s\u00e1ch th\u00f4n", None))
#endif // QT_CONFIG(accessibility)
        self.removeVillageButton.setText(QCoreApplication.translate("FirstRunWizard", u"&X\u00f3a d\u00f2ng \u0111ang ch\u1ecdn", None))
        self.pageOfficer.setTitle(QCoreApplication.translate("FirstRunWizard", u"Ng\u01b0\u1eddi ph\u1ee5 tr\u00e1ch", None))
        self.pageOfficer.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"T\u00ean c\u1ee7a b\u1ea1n \u0111\u01b0\u1ee3c ghi v\u00e0o nh\u1eadt k\u00fd m\u1ed7i thay \u0111\u1ed5i v\u00e0 v\u00e0o h\u1ed3 s\u01a1. B\u1ea5m \u201cT\u1ea1o s\u1ed5\u201d \u0111\u1ec3 t\u1ea1o s\u1ed5 d\u1eef li\u1ec7u v\u00e0 kh\u00f3a k\u00fd.", None))
        self.officerNameCaption.setText(QCoreApplication.translate("FirstRunWizard", u"&H\u1ecd v\u00e0 t\u00ean:", None))
#if QT_CONFIG(accessibility)
        self.officerNameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"H\u1ecd v\u00e0 t\u00ean", None))
#endif // QT_CONFIG(accessibility)
        self.officerTitleCaption.setText(QCoreApplication.translate("FirstRunWizard", u"&Ch\u1ee9c v\u1ee5:", None))
        self.officerTitleEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"v\u00ed d\u1ee5: C\u00f4ng ch\u1ee9c N\u00f4ng nghi\u1ec7p - M\u00f4i tr\u01b0\u1eddng", None))
#if QT_CONFIG(accessibility)
        self.officerTitleEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Ch\u1ee9c v\u1ee5", None))
#endif // QT_CONFIG(accessibility)
        self.pageAppraiser.setTitle(QCoreApplication.translate("FirstRunWizard", u"Kh\u00f4ng gian th\u1ea9m \u0111\u1ecbnh", None))
        self.pageAppraiser.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Cho bi\u1ebft c\u01a1 quan th\u1ea9m \u0111\u1ecbnh. Ch\u01b0\u01a1ng tr\u00ecnh t\u1ea1o kh\u00f4ng gian th\u1ea9m \u0111\u1ecbnh v\u00e0 kh\u00f3a k\u00fd \u0111\u1ec3 nh\u1eadn g\u00f3i d\u1eef li\u1ec7u c\u1ee7a c\u00e1c x\u00e3.", None))
        self.appraiserNameCaption.setText(QCoreApplication.translate("FirstRunWizard", u"&C\u01a1 quan:", None))
        self.appraiserNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"v\u00ed d\u1ee5: V\u0103n ph\u00f2ng \u0110i\u1ec1u ph\u1ed1i n\u00f4ng th\u00f4n m\u1edbi t\u1ec9nh L\u1ea1ng S\u01a1n", None))
        self.appraiserLevelCaption.setText(QCoreApplication.translate("FirstRunWizard", u"C&\u1ea5p:", None))
        self.appraiserNote.setText(QCoreApplication.translate("FirstRunWizard", u"Khi ho\u00e0n t\u1ea5t, ch\u01b0\u01a1ng tr\u00ecnh m\u1edf c\u1eeda s\u1ed5 th\u1ea9m \u0111\u1ecbnh: \u0111\u0103ng k\u00fd kh\u00f3a c\u1ee7a c\u00e1c x\u00e3, nh\u1eadp g\u00f3i, th\u1ea9m \u0111\u1ecbnh, tr\u1ea3 l\u1ea1i ho\u1eb7c ph\u00ea duy\u1ec7t, t\u1ed5ng h\u1ee3p v\u00e0 ban h\u00e0nh b\u1ed9 ti\u00eau ch\u00ed c\u1ee7a t\u1ec9nh.", None))
        self.pageKey.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u0110\u00e3 s\u1eb5n s\u00e0ng", None))
        self.pageKey.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"S\u1ed5 d\u1eef li\u1ec7u v\u00e0 kh\u00f3a k\u00fd \u0111\u00e3 \u0111\u01b0\u1ee3c t\u1ea1o.", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("FirstRunWizard", u"M\u00e3 v\u00e2n tay c\u1ee7a kh\u00f3a k\u00fd (\u0111\u1ecdc cho c\u01a1 quan th\u1ea9m \u0111\u1ecbnh \u0111\u1ec3 \u0111\u1ed1i chi\u1ebfu khi trao \u0111\u1ed5i d\u1eef li\u1ec7u):", None))
        self.printCardButton.setText(QCoreApplication.translate("FirstRunWizard", u"&In th\u1ebb kh\u00f3a\u2026", None))
        self.keyNoteLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Kh\u00f3a ri\u00eang ch\u1ec9 n\u1eb1m tr\u00ean m\u00e1y n\u00e0y. B\u1ea5m \u201cHo\u00e0n t\u1ea5t\u201d \u0111\u1ec3 b\u1eaft \u0111\u1ea7u l\u00e0m vi\u1ec7c; c\u00f3 th\u1ec3 s\u1eeda th\u00f4ng tin x\u00e3 trong T\u1ec7p \u2192 C\u00e0i \u0111\u1eb7t.", None))
    # retranslateUi


FORM = Ui_FirstRunWizard
BASE = 'QWizard'
