"""Feature module (ui/features.py): the dashboard page and presentation mode (F5).

Nothing heavy is imported at start-up: the page (pyqtgraph) is built when first shown and the
presentation launcher when first used, so the program starts faster."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from kinerja_desktop.ui import theme
from kinerja_desktop.ui.lazy_page import LazyPage

PAGE_KEY = "dashboard"


def install(window) -> None:
    def build():
        from kinerja_desktop.ui.dashboard.page import DashboardPage

        return DashboardPage(window.context, load=False)

    host = LazyPage(build)   # host.page is the DashboardPage once shown
    window.add_page(PAGE_KEY, QCoreApplication.translate("DashboardFeature", "Dasbor"), "mdi6.view-dashboard-outline", host)

    def launcher():
        if getattr(window, "presentation_launcher", None) is None:
            from kinerja_desktop.ui.presentation.launcher import PresentationLauncher

            window.presentation_launcher = PresentationLauncher(window.context, window)
        return window.presentation_launcher

    window.presentation_launcher = None
    action = QAction(theme.icon("mdi6.presentation-play"), QCoreApplication.translate("DashboardFeature", "Presentasi"), window)
    action.setShortcut(QKeySequence("F5"))
    action.setToolTip(QCoreApplication.translate("DashboardFeature", "Mulai presentasi layar penuh untuk aula (F5)"))
    action.triggered.connect(lambda checked=False: launcher().start())
    window.addAction(action)
    window.toolbar.addAction(action)
    window.menu("view").addAction(action)
    export = QAction(theme.icon("mdi6.file-pdf-box"), QCoreApplication.translate("DashboardFeature", "Ekspor presentasi ke PDF…"), window)
    export.triggered.connect(lambda checked=False: launcher().export_pdf())
    window.menu("reports").addAction(export)

    def follow_role(*_):
        # The deck ranks every OPD like the dashboard: offered to whoever may see the dashboard
        # (the shell hides it from an OPD operator; main_window.HIDDEN_PAGES).
        allowed = window.page_allowed(PAGE_KEY) if hasattr(window, "page_allowed") else True
        for each in (action, export):
            each.setVisible(allowed)
            each.setEnabled(allowed)

    window.context.user_changed.connect(follow_role)
    follow_role()
