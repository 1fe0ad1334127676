"""What every chart shares: a title bar with an export button, a pyqtgraph scene without the
pan/zoom machinery a reader does not need, hover tooltips in Indonesian format, an empty state
that says why and what to do, and export to PNG/SVG at presentation resolution.

A chart listens to a LiveSource and, on a change, updates its existing plot items in place
(setData / setOpts / setImage): no polling, no rebuild of the scene.
"""
from __future__ import annotations

import math
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph import exporters
from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QMenu, QSizePolicy, QStackedWidget, QToolButton,
                               QToolTip, QVBoxLayout)

from kinerja_desktop.ui import theme

pg.setConfigOptions(antialias=True, background="w", foreground=theme.TEXT)

PRESENTATION_WIDTH = 1920
AXIS_FONT = QFont()
AXIS_FONT.setPointSizeF(9.5)


def tr(text: str) -> str:
    return QCoreApplication.translate("Chart", text)


def indonesian_ticks(values, scale, spacing) -> list[str]:
    """Tick labels in Indonesian format: 1.500 and 0,25 (pyqtgraph writes 1500 and 0.25)."""
    from decimal import Decimal

    from kinerja_desktop.domain.numbers import format_id

    places = 0 if spacing * scale >= 1 else min(6, -math.floor(math.log10(spacing * scale) + 1e-9))
    return [format_id(Decimal(repr(round(v * scale, places))), places) for v in values]


def style_plot(plot: pg.PlotItem) -> None:
    """A plain, readable plot: no pan/zoom, no pyqtgraph menu, soft grid, readable axes."""
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    plot.showGrid(x=False, y=False)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTickFont(AXIS_FONT)
        axis.tickStrings = indonesian_ticks
        axis.setPen(pg.mkPen(theme.BORDER))
        axis.setTextPen(pg.mkPen(theme.TEXT))


def nice_step(top: float, ticks: int = 5, whole: bool = False) -> float:
    """A round tick step (1, 2, 2,5 or 5 × 10^k) giving about `ticks` ticks from 0 to `top`;
    with `whole`, at least 1 and never 2,5 below 10 (counts)."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw and not (whole and step < 10 and step != int(step)):
            break
    return max(step, 1.0) if whole else step


def fit_value_axis(plot: pg.PlotItem, values: list[float], whole: bool) -> None:
    """The value axis from 0 (or the lowest value, if negative) to a little above the highest,
    with round ticks; whole-number ticks for counts."""
    low = min([0.0] + values)
    high = max([0.0] + values)
    if high == low:
        high = low + (1 if whole else 1.0)
    step = nice_step(high - low, 5, whole)
    plot.getAxis("left").setTickSpacing(step, step)
    plot.setYRange(math.floor(low / step) * step, high + (high - low) * 0.08, padding=0)


class ChartBase(QFrame):
    """Subclasses build their items in `build()` and update them in `show_figures(figures, ids)`."""

    title = ""

    def __init__(self, source, parent=None):
        super().__init__(parent)
        self.setObjectName("detailPanel")
        # The page's grid decides the size: a pyqtgraph view's own hint must not skew the columns.
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
        self.setMinimumSize(260, 220)
        self.source = source
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.ci.setContentsMargins(4, 4, 12, 4)
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)

        self.heading = QLabel(self.tr(self.title))
        self.heading.setObjectName("sectionTitle")
        self.export_button = QToolButton()
        self.export_button.setIcon(theme.icon("mdi6.export-variant"))
        self.export_button.setToolTip(self.tr("Ekspor grafik"))
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Simpan sebagai PNG (1920 piksel)…"), lambda: self._ask_export("png"))
        menu.addAction(self.tr("Simpan sebagai SVG…"), lambda: self._ask_export("svg"))
        self.export_button.setMenu(menu)
        top = QHBoxLayout()
        top.setContentsMargins(8, 4, 4, 0)
        top.addWidget(self.heading, 1)
        self.controls = QHBoxLayout()
        top.addLayout(self.controls)
        top.addWidget(self.export_button)

        self.empty = QLabel()
        self.empty.setObjectName("emptyText")
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.build()
        if source is not None:
            source.changed.connect(self.show_figures)
            if source.figures is not None:
                self.show_figures(source.figures, frozenset())
            else:
                self.set_empty(self.tr("Menghitung angka dasbor…"))

    # -- for subclasses -------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def show_figures(self, figures, ids) -> None:
        raise NotImplementedError

    def hover_text(self, plot: pg.PlotItem, x: float, y: float) -> str | None:
        """Indonesian text for the point (x, y) of `plot` in data coordinates, or None."""
        return None

    def set_empty(self, message: str | None) -> None:
        """Show `message` (why there is nothing, and what to do) instead of the plot."""
        if message:
            self.empty.setText(message)
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.graphics)

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    # -- hover ----------------------------------------------------------------------------
    def plots(self) -> list[pg.PlotItem]:
        return [item for item in self.graphics.ci.items if isinstance(item, pg.PlotItem)]

    def text_at_scene(self, pos) -> str | None:
        for plot in self.plots():
            if plot.vb.sceneBoundingRect().contains(pos):
                point = plot.vb.mapSceneToView(pos)
                return self.hover_text(plot, point.x(), point.y())
        return None

    def _on_mouse_moved(self, pos) -> None:
        text = self.text_at_scene(pos)
        if text:
            QToolTip.showText(QCursor.pos(), text, self.graphics)
        else:
            QToolTip.hideText()

    # -- export ---------------------------------------------------------------------------
    def export(self, path: str | Path, width: int = PRESENTATION_WIDTH) -> Path:
        """PNG (at `width` pixels) or SVG, chosen by the file suffix."""
        path = Path(path)
        scene = self.graphics.scene()
        if path.suffix.lower() == ".svg":
            self._export_svg(path, width)
            return path
        else:
            exporter = exporters.ImageExporter(scene)
            exporter.parameters()["width"] = width
            exporter.parameters()["antialias"] = True
        exporter.export(str(path))
        return path

    def _export_svg(self, path: Path, width: int) -> None:
        # Qt's own SVG generator: pyqtgraph's SVGExporter trips over some paths.
        source = self.graphics.sceneRect()
        height = round(width * source.height() / max(source.width(), 1))
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle(self.heading.text())
        painter = QPainter(generator)
        try:
            painter.setRenderHint(QPainter.Antialiasing)
            self.graphics.scene().render(painter, QRectF(0, 0, width, height), source)
        finally:
            painter.end()

    def _ask_export(self, kind: str) -> None:
        name = (self.title or "grafik").lower().replace(" ", "-")
        filters = {"png": self.tr("Gambar PNG (*.png)"), "svg": self.tr("Gambar vektor SVG (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor grafik"), f"{name}.{kind}", filters[kind])
        if path:
            if not path.lower().endswith("." + kind):
                path += "." + kind
            self.export(path)


def set_label(item: pg.TextItem, text: str, x: float, y: float, colour: str | None = None) -> None:
    """Update a text item only where it changed: after a save most labels stay as they are,
    and every setText re-lays out the text and repaints it."""
    if item.toPlainText() != text:
        item.setText(text)
    if colour is not None and getattr(item, "_colour", None) != colour:
        item.setColor(QColor(colour))
        item._colour = colour
    pos = item.pos()
    if (pos.x(), pos.y()) != (x, y):
        item.setPos(x, y)
    if not item.isVisible():
        item.setVisible(True)


class CategoryAxis(pg.AxisItem):
    """An axis that shows a text label at each integer position (OPD codes, band names)."""

    def __init__(self, orientation: str, **kwargs):
        super().__init__(orientation, **kwargs)
        self.labels: dict[int, str] = {}

    def set_labels(self, labels: dict[int, str]) -> None:
        if labels != self.labels:
            self.labels = dict(labels)
            self.setTicks([list(self.labels.items())])
            # pyqtgraph does not grow an axis for text labels (nor for two-line ones): size it here.
            metrics = QFontMetrics(self.style.get("tickFont") or AXIS_FONT)
            texts = list(self.labels.values()) or [""]
            if self.orientation in ("left", "right"):
                self.setWidth(max(metrics.horizontalAdvance(t) for t in texts) + 14)
            else:
                lines = max(t.count("\n") + 1 for t in texts)
                self.setHeight(metrics.height() * lines + 12)
