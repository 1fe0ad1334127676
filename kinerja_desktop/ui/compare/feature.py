"""Feature module (ui/features.py): the page comparing one quarter across two years (issue 13.5),
opened from Laporan and Tampilan → "Bandingkan triwulan antar tahun…". The page (and what it
imports) is built the first time it is shown."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from kinerja_desktop.ui import theme
from kinerja_desktop.ui.lazy_page import LazyPage

PAGE_KEY = "compare"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareFeature", text)


def install(window) -> None:
    def build():
        from kinerja_desktop.ui.compare.page import ComparePage

        return ComparePage(window.context)

    host = LazyPage(build)   # host.page is the ComparePage once shown
    window.add_page(PAGE_KEY, _tr("Banding tahun"), "mdi6.compare-horizontal", host)
    action = QAction(theme.icon("mdi6.compare-horizontal"), _tr("Bandingkan triwulan antar tahun…"), window)
    action.setToolTip(_tr("Satu triwulan dibandingkan antar dua tahun periode: per indikator, OPD, sasaran dan tujuan"))
    action.triggered.connect(lambda checked=False: window.show_page(PAGE_KEY))
    window.menu("reports").addAction(action)
    window.compare_action = action
