"""A horizontal bar chart for the slides, drawn by pyqtgraph (as every chart of the program)
onto any QPainter: the presentation window, a PNG or a PDF page.

The chart lives in its own offscreen scene, laid out at the size of the target rectangle in
the slide's 1920x1080 logical space, so type sizes are the slide's (>= 20 pt).
"""
from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter


@dataclass(frozen=True)
class Bar:
    label: str          # on the axis, left of the bar
    value: float        # bar length
    colour: str
    text: str           # written right of the bar (value and band label)


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def paint_bars(painter: QPainter, rect: QRectF, bars: list[Bar], maximum: float, label_px: int = 38,
               value_px: int = 38, text_colour: str = "#FFFFFF", track: str | None = "#1A222B",
               label_width: int = 420, make_font=None) -> None:
    """Paint `bars` (top to bottom) into `rect`; bar lengths are scaled to `maximum`.
    Labels longer than `label_width` are elided; `make_font(px, bold)` gives the fonts."""
    make_font = make_font or _font
    if not bars:
        return
    scene = pg.GraphicsScene()
    plot = pg.PlotItem()
    plot.hideAxis("bottom")
    plot.hideAxis("left")
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.vb.setBackgroundColor(None)
    n = len(bars)
    ys = [n - 1 - i for i in range(n)]
    # Labels left of the bars, values right of them: their pixel widths turned into data units.
    value_font = make_font(value_px, True)
    text_px = max(QFontMetricsF(value_font).horizontalAdvance(b.text) for b in bars) + 28
    per_px = maximum / max(rect.width() - label_width - text_px, 1)
    label_room, text_room = label_width * per_px, text_px * per_px
    if track:
        plot.addItem(pg.BarGraphItem(x0=[0] * n, y=ys, width=[maximum] * n, height=0.62,
                                     brush=pg.mkBrush(track), pen=pg.mkPen(None)))
    plot.addItem(pg.BarGraphItem(x0=[0] * n, y=ys, width=[max(b.value, maximum * 0.006) for b in bars], height=0.62,
                                 brushes=[pg.mkBrush(b.colour) for b in bars], pens=[pg.mkPen(None)] * n))
    for y, bar in zip(ys, bars):
        label_font = make_font(label_px, True)
        shown = QFontMetricsF(label_font).elidedText(bar.label, Qt.ElideRight, label_width - 24)
        label = pg.TextItem(shown, color=QColor(text_colour), anchor=(0, 0.5))
        label.setFont(label_font)
        label.setPos(-label_room, y)
        plot.addItem(label)
        item = pg.TextItem(bar.text, color=QColor(text_colour), anchor=(1, 0.5))
        item.setFont(value_font)
        item.setPos(maximum + text_room, y)
        plot.addItem(item)
    plot.setXRange(-label_room, maximum + text_room, padding=0)
    plot.setYRange(-0.5, n - 0.5, padding=0)
    plot.setContentsMargins(0, 0, 0, 0)
    scene.addItem(plot)
    plot.setGeometry(QRectF(0, 0, rect.width(), rect.height()))
    plot.layout.activate()
    scene.setSceneRect(QRectF(0, 0, rect.width(), rect.height()))
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing)
    scene.render(painter, rect, scene.sceneRect(), Qt.IgnoreAspectRatio)
    painter.restore()
    scene.removeItem(plot)
