"""Feature module (ui/features.py): the page "IKU sepanjang periode" (issue 13 point 6), built
when first shown (pyqtgraph is not paid for at start-up)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kinerja_desktop.ui.lazy_page import LazyPage

PAGE_KEY = "iku"


def install(window) -> None:
    def build():
        from kinerja_desktop.ui.iku.page import IkuPage

        return IkuPage(window.context, load=False)

    window.add_page(PAGE_KEY, QCoreApplication.translate("IkuFeature", "IKU periode"), "mdi6.chart-timeline-variant",
                    LazyPage(build))
