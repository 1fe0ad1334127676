"""Distribution of ratings: how many indicators fall in each band, for the whole plan, a goal,
an objective or an OPD (chosen in the chart's own selector). Band colours with the band's
label and the count on every bar."""
from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox

from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.shared.chart_base import ChartBase, CategoryAxis, nice_step, set_label, style_plot, tr

SHORT = {"Tidak dapat dihitung": "Tdk dpt\ndihitung", "Belum dilaporkan": "Belum\nlapor"}


class DistributionChart(ChartBase):
    title = "Sebaran predikat capaian"

    def build(self) -> None:
        self.scope = QComboBox()
        self.scope.setMinimumContentsLength(18)
        self.scope.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.scope.currentIndexChanged.connect(lambda _: self._redraw())
        self.controls.addWidget(self.scope)
        self.axis = CategoryAxis("bottom")
        self.plot = self.graphics.addPlot(axisItems={"bottom": self.axis})
        style_plot(self.plot)
        self.plot.getAxis("left").setLabel(tr("Jumlah indikator"))
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7)
        self.plot.addItem(self.bars)
        self.labels: list[pg.TextItem] = []
        self.figures = None
        self.counts = ()

    def set_scope(self, scope: str, key: int | None = None) -> None:
        index = self.scope.findData(f"{scope}:{key or ''}")
        if index >= 0:
            self.scope.setCurrentIndex(index)

    def _fill_scopes(self, figures) -> None:
        # Item data is "scope:key" text: a Python tuple does not survive the round trip through Qt.
        wanted = [(tr("Seluruh RPJMD"), "plan:")]
        wanted += [(f"{tr('Tujuan')} {g.code}", f"goal:{g.id}") for g in figures.goals]
        wanted += [(f"{tr('Sasaran')} {o.code}", f"objective:{o.id}") for o in figures.objectives]
        wanted += [(f"OPD {a.code}", f"agency:{a.id}") for a in figures.agencies
                   if any(c.agency.id == a.id for c in figures.completeness)]
        current = [(self.scope.itemText(i), self.scope.itemData(i)) for i in range(self.scope.count())]
        if current != wanted:
            keep = self.scope.currentData()
            self.scope.blockSignals(True)
            self.scope.clear()
            for text, data in wanted:
                self.scope.addItem(text, data)
            index = self.scope.findData(keep) if keep is not None else 0
            self.scope.setCurrentIndex(max(index, 0))
            self.scope.blockSignals(False)

    def show_figures(self, figures, ids) -> None:
        self.figures = figures
        self._fill_scopes(figures)
        self._redraw()

    def _redraw(self) -> None:
        figures = self.figures
        if figures is None:
            return
        scope, _, key = (self.scope.currentData() or "plan:").partition(":")
        key = int(key) if key else None
        counts = figures.distribution(scope, key)
        self.counts = counts
        if not sum(c.count for c in counts):
            self.set_empty(tr("Tidak ada indikator aktif pada pilihan ini.\nPilih cakupan lain, "
                              "atau tambahkan indikator di halaman Rencana."))
            return
        self.set_empty(None)
        xs = list(range(len(counts)))
        heights = [c.count for c in counts]
        self.bars.setOpts(x=xs, height=heights, width=0.7, brushes=[pg.mkBrush(c.colour) for c in counts],
                          pens=[pg.mkPen(c.colour) for c in counts])
        self.axis.set_labels({x: domain_text(SHORT.get(c.label, c.label)).replace(" ", "\n") for x, c in zip(xs, counts)})
        while len(self.labels) < len(counts):
            item = pg.TextItem(anchor=(0.5, 1), color=theme.TEXT)
            font = item.textItem.font()
            font.setPointSize(10)
            font.setBold(True)
            item.setFont(font)
            self.plot.addItem(item)
            self.labels.append(item)
        top = max(heights)
        for item, x, c in zip(self.labels, xs, counts):
            set_label(item, format_id(Decimal(c.count), 0), x, c.count)
        step = nice_step(top, 5, whole=True)   # round ticks (500, 1.000 …), whole indicators only
        self.plot.getAxis("left").setTickSpacing(step, step)
        self.plot.setYRange(0, top * 1.18 + 0.5, padding=0)
        self.plot.setXRange(-0.6, len(counts) - 0.4, padding=0)

    def bar_counts(self) -> dict[str, int]:
        return {c.label: int(h) for c, h in zip(self.counts, self.bars.opts["height"])}

    def hover_text(self, plot, x, y):
        index = round(x)
        if not 0 <= index < len(self.counts):
            return None
        c = self.counts[index]
        total = sum(b.count for b in self.counts)
        share = format_id(Decimal(c.count) * 100 / total, 1) if total else "0"
        return f"<b>{domain_text(c.label)}</b><br>{format_id(Decimal(c.count), 0)} {tr('indikator')} ({share}%)"
