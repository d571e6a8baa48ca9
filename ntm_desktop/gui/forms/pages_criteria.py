"""Compiled from ``ui/pages/criteria.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTreeView, QVBoxLayout, QWidget

class Ui_CriteriaPage(object):
    def setupUi(self, CriteriaPage):
        if not CriteriaPage.objectName():
            CriteriaPage.setObjectName(u"CriteriaPage")
        CriteriaPage.resize(1100, 680)
        self.pageLayout = QVBoxLayout(CriteriaPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 10, 12, 8)
        self.toolbarRow = QHBoxLayout()
        self.toolbarRow.setSpacing(8)
        self.toolbarRow.setObjectName(u"toolbarRow")
        self.searchEdit = QLineEdit(CriteriaPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(220, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbarRow.addWidget(self.searchEdit)

        self.openOnlyCheck = QCheckBox(CriteriaPage)
        self.openOnlyCheck.setObjectName(u"openOnlyCheck")

        self.toolbarRow.addWidget(self.openOnlyCheck)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarRow.addItem(self.toolbarSpacer)

        self.summaryLabel = QLabel(CriteriaPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.toolbarRow.addWidget(self.summaryLabel)

        self.yearLabel = QLabel(CriteriaPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.toolbarRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(CriteriaPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2016)
        self.yearSpin.setMaximum(2035)
        self.yearSpin.setValue(2025)

        self.toolbarRow.addWidget(self.yearSpin)


        self.pageLayout.addLayout(self.toolbarRow)

        self.splitter = QSplitter(CriteriaPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.treeView = QTreeView(self.splitter)
        self.treeView.setObjectName(u"treeView")
        self.treeView.setMinimumSize(QSize(560, 0))
        self.treeView.setAlternatingRowColors(True)
        self.treeView.setUniformRowHeights(True)
        self.treeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.treeView)
        self.editorScroll = QScrollArea(self.splitter)
        self.editorScroll.setObjectName(u"editorScroll")
        self.editorScroll.setMinimumSize(QSize(340, 0))
        self.editorScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editorScroll.setWidgetResizable(True)
        self.editorWidget = QWidget()
        self.editorWidget.setObjectName(u"editorWidget")
        self.editorLayout = QVBoxLayout(self.editorWidget)
        self.editorLayout.setSpacing(6)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(10, 0, 6, 6)
        self.criterionLabel = QLabel(self.editorWidget)
        self.criterionLabel.setObjectName(u"criterionLabel")
        self.criterionLabel.setText(u"")
        self.criterionLabel.setWordWrap(True)
        self.criterionLabel.setStyleSheet(u"color: #4A5A54;")

        self.editorLayout.addWidget(self.criterionLabel)

        self.indicatorLabel = QLabel(self.editorWidget)
        self.indicatorLabel.setObjectName(u"indicatorLabel")
        self.indicatorLabel.setWordWrap(True)
        self.indicatorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editorLayout.addWidget(self.indicatorLabel)

        self.statusLabel = QLabel(self.editorWidget)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.statusLabel)

        self.lockedLabel = QLabel(self.editorWidget)
        self.lockedLabel.setObjectName(u"lockedLabel")
        self.lockedLabel.setText(u"")
        self.lockedLabel.setWordWrap(True)
        self.lockedLabel.setStyleSheet(u"QLabel { background: #FBE5E1; color: #7A1F14; border: 2px solid #B3261E; border-radius: 4px; padding: 6px; font-weight: bold; }")

        self.editorLayout.addWidget(self.lockedLabel)

        self.mismatchLabel = QLabel(self.editorWidget)
        self.mismatchLabel.setObjectName(u"mismatchLabel")
        self.mismatchLabel.setText(u"")
        self.mismatchLabel.setWordWrap(True)
        self.mismatchLabel.setStyleSheet(u"QLabel { background: #FBE5E1; color: #7A1F14; border: 1px solid #E8B4AC; border-radius: 4px; padding: 6px; }")

        self.editorLayout.addWidget(self.mismatchLabel)

        self.thresholdLabel = QLabel(self.editorWidget)
        self.thresholdLabel.setObjectName(u"thresholdLabel")
        self.thresholdLabel.setText(u"")
        self.thresholdLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.thresholdLabel)

        self.unverifiedLabel = QLabel(self.editorWidget)
        self.unverifiedLabel.setObjectName(u"unverifiedLabel")
        self.unverifiedLabel.setText(u"")
        self.unverifiedLabel.setWordWrap(True)
        self.unverifiedLabel.setStyleSheet(u"QLabel { background: #FFF6D6; color: #5C4300; border: 1px solid #EBD58A; border-radius: 4px; padding: 6px; }")
        self.unverifiedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editorLayout.addWidget(self.unverifiedLabel)

        self.derivedLabel = QLabel(self.editorWidget)
        self.derivedLabel.setObjectName(u"derivedLabel")
        self.derivedLabel.setText(u"")
        self.derivedLabel.setWordWrap(True)
        self.derivedLabel.setOpenExternalLinks(False)
        self.derivedLabel.setStyleSheet(u"QLabel { background: #EAF3FB; color: #17324D; border: 1px solid #BCD3EA; border-radius: 4px; padding: 6px; }")

        self.editorLayout.addWidget(self.derivedLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(6)
        self.valueCaption = QLabel(self.editorWidget)
        self.valueCaption.setObjectName(u"valueCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.valueCaption)

        self.valueRow = QHBoxLayout()
        self.valueRow.setObjectName(u"valueRow")
        self.valueEdit = QLineEdit(self.editorWidget)
        self.valueEdit.setObjectName(u"valueEdit")
        self.valueEdit.setMaximumSize(QSize(160, 16777215))

        self.valueRow.addWidget(self.valueEdit)

        self.boolCombo = QComboBox(self.editorWidget)
        self.boolCombo.setObjectName(u"boolCombo")

        self.valueRow.addWidget(self.boolCombo)

        self.unitLabel = QLabel(self.editorWidget)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setText(u"")

        self.valueRow.addWidget(self.unitLabel)

        self.valueSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.valueRow.addItem(self.valueSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.valueRow)

        self.valueError = QLabel(self.editorWidget)
        self.valueError.setObjectName(u"valueError")
        self.valueError.setText(u"")
        self.valueError.setWordWrap(True)
        self.valueError.setStyleSheet(u"color: #B3261E;")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.valueError)

        self.declaredCaption = QLabel(self.editorWidget)
        self.declaredCaption.setObjectName(u"declaredCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.declaredCaption)

        self.declaredCombo = QComboBox(self.editorWidget)
        self.declaredCombo.setObjectName(u"declaredCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.declaredCombo)

        self.responsibleCaption = QLabel(self.editorWidget)
        self.responsibleCaption.setObjectName(u"responsibleCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.responsibleCaption)

        self.responsibleEdit = QLineEdit(self.editorWidget)
        self.responsibleEdit.setObjectName(u"responsibleEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)

        self.targetCaption = QLabel(self.editorWidget)
        self.targetCaption.setObjectName(u"targetCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.targetCaption)

        self.targetDateEdit = QDateEdit(self.editorWidget)
        self.targetDateEdit.setObjectName(u"targetDateEdit")
        self.targetDateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.targetDateEdit.setCalendarPopup(True)
        self.targetDateEdit.setMaximumSize(QSize(160, 16777215))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.targetDateEdit)

        self.noteCaption = QLabel(self.editorWidget)
        self.noteCaption.setObjectName(u"noteCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.noteEdit = QPlainTextEdit(self.editorWidget)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 64))
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.editorLayout.addLayout(self.formLayout)

        self.evidenceGroup = QGroupBox(self.editorWidget)
        self.evidenceGroup.setObjectName(u"evidenceGroup")
        self.evidenceLayout = QVBoxLayout(self.evidenceGroup)
        self.evidenceLayout.setSpacing(4)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceButtons = QHBoxLayout()
        self.evidenceButtons.setObjectName(u"evidenceButtons")
        self.addEvidenceButton = QPushButton(self.evidenceGroup)
        self.addEvidenceButton.setObjectName(u"addEvidenceButton")

        self.evidenceButtons.addWidget(self.addEvidenceButton)

        self.openEvidenceButton = QPushButton(self.evidenceGroup)
        self.openEvidenceButton.setObjectName(u"openEvidenceButton")

        self.evidenceButtons.addWidget(self.openEvidenceButton)

        self.removeEvidenceButton = QPushButton(self.evidenceGroup)
        self.removeEvidenceButton.setObjectName(u"removeEvidenceButton")

        self.evidenceButtons.addWidget(self.removeEvidenceButton)

        self.evidenceSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evidenceButtons.addItem(self.evidenceSpacer)


        self.evidenceLayout.addLayout(self.evidenceButtons)


        self.editorLayout.addWidget(self.evidenceGroup)

        self.appraisalGroup = QGroupBox(self.editorWidget)
        self.appraisalGroup.setObjectName(u"appraisalGroup")
        self.appraisalLayout = QVBoxLayout(self.appraisalGroup)
        self.appraisalLayout.setObjectName(u"appraisalLayout")
        self.appraisalLabel = QLabel(self.appraisalGroup)
        self.appraisalLabel.setObjectName(u"appraisalLabel")
        self.appraisalLabel.setText(u"")
        self.appraisalLabel.setWordWrap(True)
        self.appraisalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.appraisalLayout.addWidget(self.appraisalLabel)


        self.editorLayout.addWidget(self.appraisalGroup)

        self.helpLabel = QLabel(self.editorWidget)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setText(u"")
        self.helpLabel.setWordWrap(True)
        self.helpLabel.setStyleSheet(u"color: #4A5A54;")
        self.helpLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editorLayout.addWidget(self.helpLabel)

        self.editorSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorLayout.addItem(self.editorSpacer)

        self.editorScroll.setWidget(self.editorWidget)
        self.splitter.addWidget(self.editorScroll)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.valueCaption.setBuddy(self.valueEdit)
        self.declaredCaption.setBuddy(self.declaredCombo)
        self.responsibleCaption.setBuddy(self.responsibleEdit)
        self.targetCaption.setBuddy(self.targetDateEdit)
        self.noteCaption.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CriteriaPage)
    # setupUi

    def retranslateUi(self, CriteriaPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CriteriaPage", u"T\u00ecm theo m\u00e3 ho\u1eb7c n\u1ed9i dung\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"T\u00ecm ch\u1ec9 ti\u00eau", None))
#endif // QT_CONFIG(accessibility)
        self.openOnlyCheck.setText(QCoreApplication.translate("CriteriaPage", u"Ch\u1ec9 hi\u1ec7n ch\u1ec9 ti\u00eau ch\u01b0a \u0111\u1ea1t", None))
#if QT_CONFIG(tooltip)
        self.openOnlyCheck.setToolTip(QCoreApplication.translate("CriteriaPage", u"\u1ea8n c\u00e1c ch\u1ec9 ti\u00eau \u0111\u00e3 \u0111\u1ea1t ho\u1eb7c kh\u00f4ng \u00e1p d\u1ee5ng", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("CriteriaPage", u"N\u0103m \u0111\u00e1nh gi\u00e1:", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("CriteriaPage", u"N\u0103m c\u1ee7a s\u1ed1 li\u1ec7u t\u1ef1 \u0111\u00e1nh gi\u00e1 \u0111ang xem v\u00e0 s\u1eeda", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"N\u0103m \u0111\u00e1nh gi\u00e1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.treeView.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"C\u00e2y ti\u00eau ch\u00ed v\u00e0 ch\u1ec9 ti\u00eau", None))
#endif // QT_CONFIG(accessibility)
        self.indicatorLabel.setText(QCoreApplication.translate("CriteriaPage", u"Ch\u1ecdn m\u1ed9t ch\u1ec9 ti\u00eau \u1edf danh s\u00e1ch b\u00ean tr\u00e1i \u0111\u1ec3 xem v\u00e0 c\u1eadp nh\u1eadt.", None))
        self.valueCaption.setText(QCoreApplication.translate("CriteriaPage", u"&Gi\u00e1 tr\u1ecb:", None))
#if QT_CONFIG(accessibility)
        self.valueEdit.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Gi\u00e1 tr\u1ecb", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.boolCombo.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Gi\u00e1 tr\u1ecb", None))
#endif // QT_CONFIG(accessibility)
        self.declaredCaption.setText(QCoreApplication.translate("CriteriaPage", u"&T\u1ef1 \u0111\u00e1nh gi\u00e1:", None))
#if QT_CONFIG(accessibility)
        self.declaredCombo.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Tr\u1ea1ng th\u00e1i t\u1ef1 \u0111\u00e1nh gi\u00e1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.declaredCombo.setToolTip(QCoreApplication.translate("CriteriaPage", u"\u0110\u1ec3 \u201c\u2014\u201d n\u1ebfu mu\u1ed1n ch\u01b0\u01a1ng tr\u00ecnh t\u1ef1 t\u00ednh t\u1eeb s\u1ed1 li\u1ec7u", None))
#endif // QT_CONFIG(tooltip)
        self.responsibleCaption.setText(QCoreApplication.translate("CriteriaPage", u"&Ng\u01b0\u1eddi ph\u1ee5 tr\u00e1ch:", None))
#if QT_CONFIG(accessibility)
        self.responsibleEdit.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Ng\u01b0\u1eddi ph\u1ee5 tr\u00e1ch", None))
#endif // QT_CONFIG(accessibility)
        self.targetCaption.setText(QCoreApplication.translate("CriteriaPage", u"T&h\u1eddi h\u1ea1n ho\u00e0n th\u00e0nh:", None))
        self.targetDateEdit.setSpecialValueText(QCoreApplication.translate("CriteriaPage", u"\u2014 ch\u01b0a \u0111\u1eb7t \u2014", None))
#if QT_CONFIG(accessibility)
        self.targetDateEdit.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Th\u1eddi h\u1ea1n ho\u00e0n th\u00e0nh", None))
#endif // QT_CONFIG(accessibility)
        self.noteCaption.setText(QCoreApplication.translate("CriteriaPage", u"Ghi &ch\u00fa:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Ghi ch\u00fa", None))
#endif // QT_CONFIG(accessibility)
        self.evidenceGroup.setTitle(QCoreApplication.translate("CriteriaPage", u"Minh ch\u1ee9ng (\u1ea3nh, t\u00e0i li\u1ec7u)", None))
        self.addEvidenceButton.setText(QCoreApplication.translate("CriteriaPage", u"&Th\u00eam t\u1ec7p\u2026", None))
#if QT_CONFIG(tooltip)
        self.addEvidenceButton.setToolTip(QCoreApplication.translate("CriteriaPage", u"\u0110\u00ednh k\u00e8m \u1ea3nh ho\u1eb7c t\u00e0i li\u1ec7u l\u00e0m minh ch\u1ee9ng cho ch\u1ec9 ti\u00eau n\u00e0y", None))
#endif // QT_CONFIG(tooltip)
        self.openEvidenceButton.setText(QCoreApplication.translate("CriteriaPage", u"&M\u1edf", None))
#if QT_CONFIG(tooltip)
        self.openEvidenceButton.setToolTip(QCoreApplication.translate("CriteriaPage", u"M\u1edf t\u1ec7p \u0111ang ch\u1ecdn b\u1eb1ng ch\u01b0\u01a1ng tr\u00ecnh xem c\u1ee7a m\u00e1y", None))
#endif // QT_CONFIG(tooltip)
        self.removeEvidenceButton.setText(QCoreApplication.translate("CriteriaPage", u"&B\u1ecf li\u00ean k\u1ebft", None))
#if QT_CONFIG(tooltip)
        self.removeEvidenceButton.setToolTip(QCoreApplication.translate("CriteriaPage", u"B\u1ecf t\u1ec7p \u0111ang ch\u1ecdn kh\u1ecfi minh ch\u1ee9ng c\u1ee7a ch\u1ec9 ti\u00eau (t\u1ec7p v\u1eabn \u0111\u01b0\u1ee3c l\u01b0u trong s\u1ed5)", None))
#endif // QT_CONFIG(tooltip)
        self.appraisalGroup.setTitle(QCoreApplication.translate("CriteriaPage", u"\u00dd ki\u1ebfn th\u1ea9m \u0111\u1ecbnh", None))
        pass
    # retranslateUi


FORM = Ui_CriteriaPage
BASE = 'QWidget'
