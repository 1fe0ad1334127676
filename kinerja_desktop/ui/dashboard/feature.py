"""Feature module (ui/features.py): the dashboard page and presentation mode (F5)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from kinerja_desktop.ui import theme
from kinerja_desktop.ui.dashboard.page import PAGE_KEY, DashboardPage


def install(window) -> None:
    page = DashboardPage(window.context, load=False)   # computed when first shown (page_shown)
    window.add_page(PAGE_KEY, QCoreApplication.translate("DashboardFeature", "Dasbor"), "mdi6.view-dashboard-outline", page)

    from kinerja_desktop.ui.presentation.launcher import PresentationLauncher

    launcher = PresentationLauncher(window.context, window)
    window.presentation_launcher = launcher
    action = QAction(theme.icon("mdi6.presentation-play"), QCoreApplication.translate("DashboardFeature", "Presentasi"), window)
    action.setShortcut(QKeySequence("F5"))
    action.setToolTip(QCoreApplication.translate("DashboardFeature", "Mulai presentasi layar penuh untuk aula (F5)"))
    action.triggered.connect(launcher.start)
    window.addAction(action)
    window.toolbar.addAction(action)
    window.menu("view").addAction(action)
    export = QAction(theme.icon("mdi6.file-pdf-box"), QCoreApplication.translate("DashboardFeature", "Ekspor presentasi ke PDF…"), window)
    export.triggered.connect(launcher.export_pdf)
    window.menu("reports").addAction(export)
