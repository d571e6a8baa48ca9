"""Compiled from ``ui/main_window.ui`` by ``python -m ntm_desktop.devtools.forms``: do not edit."""
# ruff: noqa

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QMenu, QMenuBar, QSplitter, QStackedWidget, QStatusBar, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 720)
        MainWindow.setMinimumSize(QSize(760, 480))
        MainWindow.setWindowTitle(u"NTM Desktop")
        MainWindow.setAcceptDrops(True)
        self.actionOpenDataFolder = QAction(MainWindow)
        self.actionOpenDataFolder.setObjectName(u"actionOpenDataFolder")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionOpenLogFolder = QAction(MainWindow)
        self.actionOpenLogFolder.setObjectName(u"actionOpenLogFolder")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.centralwidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navList = QListWidget(self.splitter)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(170, 0))
        self.navList.setMaximumSize(QSize(320, 16777215))
        self.navList.setStyleSheet(u"QListWidget#navList { background: #F3F7F5; border: none; border-right: 1px solid #D6E0DB; padding-top: 6px; outline: 0; }\n"
"QListWidget#navList::item { padding: 4px 8px; margin: 1px 6px; border-radius: 6px; color: #1E2B27; }\n"
"QListWidget#navList::item:hover:!selected { background: #E3EEE9; }\n"
"QListWidget#navList::item:selected { background: #CFE6DC; color: #0F3D31; }")
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setIconSize(QSize(22, 22))
        self.navList.setUniformItemSizes(True)
        self.navList.setSpacing(2)
        self.splitter.addWidget(self.navList)
        self.pageStack = QStackedWidget(self.splitter)
        self.pageStack.setObjectName(u"pageStack")
        self.pageStack.setMinimumSize(QSize(480, 0))
        self.splitter.addWidget(self.pageStack)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionOpenDataFolder)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionOpenLogFolder)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionOpenDataFolder.setText(QCoreApplication.translate("MainWindow", u"M\u1edf &th\u01b0 m\u1ee5c d\u1eef li\u1ec7u", None))
#if QT_CONFIG(statustip)
        self.actionOpenDataFolder.setStatusTip(QCoreApplication.translate("MainWindow", u"M\u1edf th\u01b0 m\u1ee5c ch\u1ee9a s\u1ed5 d\u1eef li\u1ec7u, b\u1ea3n sao l\u01b0u v\u00e0 nh\u1eadt k\u00fd", None))
#endif // QT_CONFIG(statustip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Tho\u00e1t", None))
#if QT_CONFIG(statustip)
        self.actionQuit.setStatusTip(QCoreApplication.translate("MainWindow", u"\u0110\u00f3ng ch\u01b0\u01a1ng tr\u00ecnh (d\u1eef li\u1ec7u \u0111\u00e3 \u0111\u01b0\u1ee3c l\u01b0u t\u1ef1 \u0111\u1ed9ng)", None))
#endif // QT_CONFIG(statustip)
        self.actionOpenLogFolder.setText(QCoreApplication.translate("MainWindow", u"M\u1edf th\u01b0 m\u1ee5c &nh\u1eadt k\u00fd", None))
#if QT_CONFIG(statustip)
        self.actionOpenLogFolder.setStatusTip(QCoreApplication.translate("MainWindow", u"M\u1edf th\u01b0 m\u1ee5c nh\u1eadt k\u00fd \u0111\u1ec3 g\u1eedi cho b\u1ed9 ph\u1eadn h\u1ed7 tr\u1ee3 khi c\u00f3 l\u1ed7i", None))
#endif // QT_CONFIG(statustip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Gi\u1edbi thi\u1ec7u NTM Desktop", None))
#if QT_CONFIG(statustip)
        self.actionAbout.setStatusTip(QCoreApplication.translate("MainWindow", u"Phi\u00ean b\u1ea3n, gi\u1ea5y ph\u00e9p v\u00e0 th\u00f4ng tin v\u1ec1 ch\u01b0\u01a1ng tr\u00ecnh", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(tooltip)
        self.navList.setToolTip(QCoreApplication.translate("MainWindow", u"Ch\u1ecdn m\u1ed9t m\u1ee5c \u0111\u1ec3 m\u1edf trang t\u01b0\u01a1ng \u1ee9ng (Ctrl+1 \u2026 Ctrl+8)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u0110i\u1ec1u h\u01b0\u1edbng", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&T\u1ec7p", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Ch\u1ec9nh s\u1eeda", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&Xem", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"Tr\u1ee3 &gi\u00fap", None))
        pass
    # retranslateUi


FORM = Ui_MainWindow
BASE = 'QMainWindow'
