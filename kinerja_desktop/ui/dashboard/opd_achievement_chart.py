"""Achievement by OPD: horizontal bars, best at the top, each coloured by its rating band with
the value and the band's label beside it (colour is never the only signal)."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF

from kinerja_desktop.domain.achievement import NOT_COMPUTABLE_COLOUR
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.shared.chart_base import ChartBase, CategoryAxis, set_label, style_plot, tr

LABEL_FONT_PT = 9
MIN_LABEL_FONT_PT = 6.5


class OpdAchievementChart(ChartBase):
    title = "Capaian per OPD"

    def build(self) -> None:
        self.axis = CategoryAxis("left")
        self.plot = self.graphics.addPlot(axisItems={"left": self.axis})
        style_plot(self.plot)
        self.plot.getAxis("bottom").setLabel(tr("Rata-rata capaian (%)"))
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.72)
        self.plot.addItem(self.bars)
        self.reference = pg.InfiniteLine(pos=100, angle=90, pen=pg.mkPen(theme.MUTED_TEXT, width=1, style=Qt.DashLine))
        self.plot.addItem(self.reference)
        self.labels: list[pg.TextItem] = []
        self.rows = ()
        self._top = 100.0
        self.plot.vb.sigResized.connect(lambda *_: self._fit())

    def show_figures(self, figures, ids) -> None:
        rows = tuple(o for o in figures.opd_achievement if o.mean is not None)
        if rows == self.rows and rows and not self.is_empty:
            return   # this save changed nothing here: no repaint
        self.rows = rows
        if not rows:
            self.set_empty(tr("Belum ada capaian OPD untuk {period}.\nIsi realisasi di halaman Entri, "
                              "atau impor paket OPD.").format(period=f"TW {figures.quarter} {figures.year}"))
            return
        self.set_empty(None)
        n = len(rows)
        ys = [n - 1 - i for i in range(n)]
        widths = [float(o.mean) for o in rows]
        brushes = [pg.mkBrush(o.band.colour if o.band else NOT_COMPUTABLE_COLOUR) for o in rows]
        pens = [pg.mkPen(QColor(0, 0, 0, 40)) for _ in rows]
        self.bars.setOpts(x0=[0] * n, y=ys, width=widths, height=0.72, brushes=brushes, pens=pens)
        self.axis.set_labels({y: o.agency.code for y, o in zip(ys, rows)})
        while len(self.labels) < n:
            # Opaque, above the dashed 100% line, which would otherwise strike through the figures.
            item = pg.TextItem(anchor=(0, 0.5), color=theme.TEXT, fill=theme.BASE)
            item.setZValue(20)
            font = item.textItem.font()
            font.setPointSize(LABEL_FONT_PT)
            item.setFont(font)
            item.textItem.document().setDocumentMargin(0)   # its 4-px margin made each label taller than its bar
            self.plot.addItem(item)
            self.labels.append(item)
        for i, item in enumerate(self.labels):
            if i < n:
                o = rows[i]
                set_label(item, f"{format_id(o.mean, 2)}% · {domain_text(o.band.label) if o.band else '—'}", widths[i] + 1, ys[i])
            elif item.isVisible():
                item.setVisible(False)
        self._top = max(max(widths), 100)
        self._fit()
        self.plot.setYRange(-0.6, n - 0.4, padding=0)

    def _fit(self) -> None:
        """Leave room right of the longest bar for the widest label, whatever the chart's width."""
        labels = self.labels[:len(self.rows)]
        if not labels:   # a resize before the first figures were drawn
            return
        # A label no taller than its bar's share of the height: the next label's opaque
        # background must not cover its lower half ("Tinaai").
        pitch = self.plot.vb.height() / len(self.rows)
        size = LABEL_FONT_PT
        while size > MIN_LABEL_FONT_PT and QFontMetricsF(self._font(size)).height() > pitch:
            size -= 0.5
        if labels[0].textItem.font().pointSizeF() != size:
            for item in labels:
                item.setFont(self._font(size))
        label_px = max(QFontMetricsF(item.textItem.font()).horizontalAdvance(item.toPlainText())
                       for item in labels) + 16
        view_px = max(self.plot.vb.width(), label_px + 80)
        self.plot.setXRange(0, self._top * view_px / (view_px - label_px), padding=0)

    def _font(self, size: float):
        font = self.labels[0].textItem.font()
        font.setPointSizeF(size)
        return font

    def label_overlap(self) -> float:
        """How many pixels a value label is taller than the pitch of the bars (0: none; tests)."""
        labels = self.labels[:len(self.rows)]
        if not labels:
            return 0.0
        pitch = self.plot.vb.height() / len(self.rows)
        return max(0.0, max(item.textItem.boundingRect().height() for item in labels) - pitch)

    def bar_values(self) -> list[tuple[str, float]]:
        """(OPD code, bar length) from top to bottom, as drawn."""
        opts = self.bars.opts
        return [(self.axis.labels[int(y)], float(w)) for y, w in sorted(zip(opts["y"], opts["width"]), key=lambda p: -p[0])]

    def hover_text(self, plot, x, y):
        n = len(self.rows)
        index = n - 1 - round(y)
        if not self.rows or not 0 <= index < n:
            return None
        o = self.rows[index]
        return (f"<b>{o.agency.name}</b><br>{tr('Rata-rata capaian')}: {format_id(o.mean, 2)}% "
                f"({domain_text(o.band.label) if o.band else '—'})<br>"
                f"{o.computable} {tr('dari')} {o.total} {tr('indikator dapat dihitung')}")
