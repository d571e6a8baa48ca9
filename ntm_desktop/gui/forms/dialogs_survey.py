"""Compiled from ``ui/dialogs/survey.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLayout, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_SurveyDialog(object):
    def setupUi(self, SurveyDialog):
        if not SurveyDialog.objectName():
            SurveyDialog.setObjectName(u"SurveyDialog")
        SurveyDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(SurveyDialog)
        self.layout.setObjectName(u"layout")
        self.layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.explainLabel = QLabel(SurveyDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.layout.addWidget(self.explainLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.yearCaption = QLabel(SurveyDialog)
        self.yearCaption.setObjectName(u"yearCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearCaption)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearSpin = QSpinBox(SurveyDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2010)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2025)

        self.yearRow.addWidget(self.yearSpin)

        self.existingLabel = QLabel(SurveyDialog)
        self.existingLabel.setObjectName(u"existingLabel")
        self.existingLabel.setText(u"")

        self.yearRow.addWidget(self.existingLabel)

        self.yearSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.yearRow)

        self.askedCaption = QLabel(SurveyDialog)
        self.askedCaption.setObjectName(u"askedCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.askedCaption)

        self.askedEdit = QLineEdit(SurveyDialog)
        self.askedEdit.setObjectName(u"askedEdit")
        self.askedEdit.setMaximumSize(QSize(180, 16777215))
        self.askedEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.askedEdit)

        self.askedError = QLabel(SurveyDialog)
        self.askedError.setObjectName(u"askedError")
        self.askedError.setText(u"")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.askedError)

        self.satisfiedCaption = QLabel(SurveyDialog)
        self.satisfiedCaption.setObjectName(u"satisfiedCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.satisfiedCaption)

        self.satisfiedEdit = QLineEdit(SurveyDialog)
        self.satisfiedEdit.setObjectName(u"satisfiedEdit")
        self.satisfiedEdit.setMaximumSize(QSize(180, 16777215))
        self.satisfiedEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.satisfiedEdit)

        self.satisfiedError = QLabel(SurveyDialog)
        self.satisfiedError.setObjectName(u"satisfiedError")
        self.satisfiedError.setText(u"")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.satisfiedError)

        self.shareCaption = QLabel(SurveyDialog)
        self.shareCaption.setObjectName(u"shareCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.shareCaption)

        self.shareLabel = QLabel(SurveyDialog)
        self.shareLabel.setObjectName(u"shareLabel")
        self.shareLabel.setText(u"\u2014")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.shareLabel)

        self.dateCaption = QLabel(SurveyDialog)
        self.dateCaption.setObjectName(u"dateCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateEdit = QLineEdit(SurveyDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaximumSize(QSize(180, 16777215))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateError = QLabel(SurveyDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setText(u"")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.organisedCaption = QLabel(SurveyDialog)
        self.organisedCaption.setObjectName(u"organisedCaption")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.organisedCaption)

        self.organisedEdit = QLineEdit(SurveyDialog)
        self.organisedEdit.setObjectName(u"organisedEdit")
        self.organisedEdit.setMaxLength(200)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.organisedEdit)

        self.noteCaption = QLabel(SurveyDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.noteEdit = QPlainTextEdit(SurveyDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMinimumSize(QSize(0, 60))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SurveyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SurveyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearCaption.setBuddy(self.yearSpin)
        self.askedCaption.setBuddy(self.askedEdit)
        self.satisfiedCaption.setBuddy(self.satisfiedEdit)
        self.dateCaption.setBuddy(self.dateEdit)
        self.organisedCaption.setBuddy(self.organisedEdit)
        self.noteCaption.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.askedEdit)
        QWidget.setTabOrder(self.askedEdit, self.satisfiedEdit)
        QWidget.setTabOrder(self.satisfiedEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.organisedEdit)
        QWidget.setTabOrder(self.organisedEdit, self.noteEdit)

        self.retranslateUi(SurveyDialog)
    # setupUi

    def retranslateUi(self, SurveyDialog):
        SurveyDialog.setWindowTitle(QCoreApplication.translate("SurveyDialog", u"K\u1ebft qu\u1ea3 kh\u1ea3o s\u00e1t s\u1ef1 h\u00e0i l\u00f2ng c\u1ee7a ng\u01b0\u1eddi d\u00e2n", None))
        self.explainLabel.setText(QCoreApplication.translate("SurveyDialog", u"K\u1ebft qu\u1ea3 l\u1ea5y \u00fd ki\u1ebfn s\u1ef1 h\u00e0i l\u00f2ng c\u1ee7a ng\u01b0\u1eddi d\u00e2n v\u1ec1 k\u1ebft qu\u1ea3 x\u00e2y d\u1ef1ng n\u00f4ng th\u00f4n m\u1edbi \u2014 m\u1ed9t \u0111i\u1ec1u ki\u1ec7n \u0111\u1ec3 x\u00e3 \u0111\u01b0\u1ee3c c\u00f4ng nh\u1eadn \u0111\u1ea1t chu\u1ea9n. M\u1ed7i n\u0103m c\u00f3 m\u1ed9t k\u1ebft qu\u1ea3; l\u01b0u l\u1ea1i s\u1ebd thay k\u1ebft qu\u1ea3 c\u0169 c\u1ee7a n\u0103m \u0111\u00f3.", None))
        self.yearCaption.setText(QCoreApplication.translate("SurveyDialog", u"&N\u0103m kh\u1ea3o s\u00e1t", None))
        self.askedCaption.setText(QCoreApplication.translate("SurveyDialog", u"S\u1ed1 h\u1ed9 \u0111\u01b0\u1ee3c &h\u1ecfi \u00fd ki\u1ebfn", None))
        self.satisfiedCaption.setText(QCoreApplication.translate("SurveyDialog", u"S\u1ed1 h\u1ed9 &h\u00e0i l\u00f2ng", None))
        self.shareCaption.setText(QCoreApplication.translate("SurveyDialog", u"T\u1ef7 l\u1ec7 h\u00e0i l\u00f2ng", None))
        self.dateCaption.setText(QCoreApplication.translate("SurveyDialog", u"&Ng\u00e0y kh\u1ea3o s\u00e1t", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("SurveyDialog", u"ng\u00e0y/th\u00e1ng/n\u0103m, v\u00ed d\u1ee5 05/03/2025", None))
        self.organisedCaption.setText(QCoreApplication.translate("SurveyDialog", u"\u0110\u01a1n v\u1ecb &t\u1ed5 ch\u1ee9c", None))
        self.noteCaption.setText(QCoreApplication.translate("SurveyDialog", u"Ghi &ch\u00fa", None))
    # retranslateUi


FORM = Ui_SurveyDialog
BASE = 'QDialog'
