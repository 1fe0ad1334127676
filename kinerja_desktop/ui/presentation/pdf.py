"""The deck as a PDF: one slide per landscape 16:9 page, painted by the same renderers."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from kinerja_desktop.services.deck import Deck
from kinerja_desktop.ui.presentation.slides import paint_slide

PAGE_MM = QSizeF(338.667, 190.5)   # 13.333 x 7.5 in: the usual 16:9 slide
RESOLUTION = 96    # 1280 x 720 device units per page; 96 dpi also keeps pyqtgraph's QPictures (bars) at scale


def export_pdf(deck: Deck, path: str | Path) -> Path:
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"Presentasi {deck.plan_name} \u2014 {deck.region}, {deck.period}")
    writer.setCreator("Kinerja Desktop")
    # QPageSize keeps sizes portrait; the landscape orientation turns the page 16:9.
    writer.setPageSize(QPageSize(QSizeF(PAGE_MM.height(), PAGE_MM.width()), QPageSize.Millimeter, "16:9"))
    writer.setPageOrientation(QPageLayout.Landscape)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Millimeter)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Berkas PDF '{path}' tidak dapat ditulis. Periksa folder dan izin tulisnya.")
    try:
        for index in range(len(deck.slides)):
            if index:
                writer.newPage()
            paint_slide(painter, QRectF(0, 0, writer.width(), writer.height()), deck, index)
    finally:
        painter.end()
    return path
