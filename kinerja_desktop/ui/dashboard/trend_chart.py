"""An indicator's trend: each year's realisation against the yearly targets, the end-of-plan
target and the baseline (left), and the quarters of the chosen year (right). For a negative
indicator the legend says that lower is better. An indicator carried from an earlier period shows
that period's years too, a vertical line with the later period's name marking the boundary."""
from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import Qt

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.trend import TrendFigures, indicator_trend
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.shared.chart_base import ChartBase, CategoryAxis, fit_value_axis, style_plot, tr

TARGET_COLOUR = "#7A8594"
LEGEND_BRUSH = (255, 255, 255, 225)   # the legend stays readable over a line that runs under it
LOWER_IS_BETTER = "\u25BC Semakin rendah semakin baik"
BOUNDARY_COLOUR = "#5B6675"


def _f(value: Decimal | None) -> float:
    return float("nan") if value is None else float(value)


def _broken(xs: list[int], ys: list[float], breaks: set[int]) -> tuple[list[float], list[float]]:
    """The points with a gap before each year in `breaks` (a later period whose indicator changed
    its definition or unit: its values do not continue the earlier line)."""
    out_x, out_y = [], []
    for x, y in zip(xs, ys):
        if x in breaks and out_x:
            out_x.append(x - 0.5)
            out_y.append(float("nan"))
        out_x.append(x)
        out_y.append(y)
    return out_x, out_y


class LayoutLegend(pg.LegendItem):
    """A legend placed by the chart's layout (under its plot): pyqtgraph moves a legend back to
    its parent's corner whenever an entry is added or removed."""

    def updateSize(self) -> None:  # noqa: N802 - pyqtgraph API
        pos = self.pos()
        super().updateSize()
        self.setPos(pos)
        self.updateGeometry()


class TrendChart(ChartBase):
    title = "Tren indikator"

    def __init__(self, source, indicator_id: int | None = None, parent=None):
        self.indicator_id = indicator_id
        self.trend: TrendFigures | None = None
        super().__init__(source, parent)

    def build(self) -> None:
        self.years_plot = self.graphics.addPlot(title=tr("Per tahun"))
        self.quarters_axis = CategoryAxis("bottom")
        self.quarters_plot = self.graphics.addPlot(title=tr("Per triwulan"), axisItems={"bottom": self.quarters_axis})
        self.graphics.ci.layout.setColumnStretchFactor(0, 3)
        self.graphics.ci.layout.setColumnStretchFactor(1, 2)
        for plot in (self.years_plot, self.quarters_plot):
            style_plot(plot)
        self.years_plot.getAxis("bottom").setTickSpacing(1, 1)
        # years as years (2021), not as numbers with a thousands point (2.021)
        self.years_plot.getAxis("bottom").tickStrings = lambda values, scale, spacing: [
            str(round(v * scale)) for v in values]
        # The legends sit under their plots, never over the points (rows of three entries).
        self.legend = LayoutLegend(labelTextSize="9pt", colCount=3, brush=LEGEND_BRUSH, frame=False)
        self.quarter_legend = LayoutLegend(labelTextSize="9pt", colCount=2, brush=LEGEND_BRUSH, frame=False)
        self.graphics.ci.addItem(self.legend, row=1, col=0)
        self.graphics.ci.addItem(self.quarter_legend, row=1, col=1)
        self.targets = self.years_plot.plot([], [], name=tr("Target tahunan"), pen=pg.mkPen(TARGET_COLOUR, width=2, style=Qt.DashLine),
                                            symbol="o", symbolBrush="w", symbolPen=pg.mkPen(TARGET_COLOUR, width=2), symbolSize=8)
        self.realisations = self.years_plot.plot([], [], name=tr("Realisasi"), pen=pg.mkPen(theme.ACCENT, width=3),
                                                 symbol="o", symbolBrush=theme.ACCENT, symbolPen=None, symbolSize=9)
        # The chosen year before TW IV is not a whole year: a hollow point on a dashed segment, so that
        # a `sum` indicator's part-year total does not read as a collapse.
        self.partial = self.years_plot.plot([], [], pen=pg.mkPen(theme.ACCENT, width=2, style=Qt.DashLine),
                                            symbol="o", symbolBrush="w", symbolPen=pg.mkPen(theme.ACCENT, width=2),
                                            symbolSize=10)
        self.partial.setZValue(-1)
        self.baseline = pg.ScatterPlotItem([], [], symbol="d", size=13, brush=pg.mkBrush("#6A3D9A"), pen=None,
                                           name=tr("Baseline"))
        self.years_plot.addItem(self.baseline)
        self.end_line = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen("#1B7F3B", width=2, style=Qt.DotLine),
                                        label="", labelOpts={"position": 0.02, "color": "#1B7F3B", "anchors": [(0, 1), (0, 1)]})
        self.years_plot.addItem(self.end_line)
        self.boundary_lines: list[pg.InfiniteLine] = []   # one per later period (services.trend.Boundary)
        self.polarity_note = pg.PlotDataItem([], [], pen=None)
        self.quarter_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=pg.mkBrush(theme.ACCENT), name=tr("Realisasi triwulan"))
        self.quarters_plot.addItem(self.quarter_bars)
        self.quarter_targets = self.quarters_plot.plot([], [], name=tr("Target triwulan"), pen=pg.mkPen(TARGET_COLOUR, width=2, style=Qt.DashLine),
                                                       symbol="o", symbolBrush="w", symbolPen=pg.mkPen(TARGET_COLOUR, width=2))
        self.cumulative = self.quarters_plot.plot([], [], name=tr("Kumulatif"), pen=pg.mkPen("#F28C28", width=2), symbol="s", symbolSize=7,
                                                  symbolBrush="#F28C28", symbolPen=None)
        self.annual_line = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen(TARGET_COLOUR, width=1.5, style=Qt.DashLine),
                                           label="", labelOpts={"position": 0.03, "color": TARGET_COLOUR, "anchors": [(0, 1), (0, 1)]})
        self.quarters_plot.addItem(self.annual_line)
        self.quarters_axis.set_labels({q: domain_text(QUARTER_LABELS[q]) for q in range(1, 5)})
        for legend, items in ((self.legend, (self.targets, self.realisations)),
                              (self.quarter_legend, (self.quarter_bars, self.quarter_targets, self.cumulative))):
            for item in items:
                legend.addItem(item, item.name())

    def set_indicator(self, indicator_id: int | None) -> None:
        self.indicator_id = indicator_id
        if self.source is not None and self.source.figures is not None:
            self.show_figures(self.source.figures, frozenset())

    def show_figures(self, figures, ids) -> None:
        if self.indicator_id is None:
            self.set_empty(tr("Pilih indikator pada daftar di samping untuk melihat trennya."))
            return
        if ids and self.indicator_id not in ids and self.trend is not None \
                and (self.trend.year, self.trend.quarter) == (figures.year, figures.quarter):
            return   # another indicator changed
        ctx = self.source.context
        self.trend = indicator_trend(ctx.db, ctx.plan, self.indicator_id, figures.year, figures.quarter)
        if self.trend is None:
            self.set_empty(tr("Indikator ini tidak ada lagi. Pilih indikator lain."))
            return
        self.set_empty(None)
        self._draw(self.trend)

    def _draw(self, t: TrendFigures) -> None:
        ind = t.indicator
        self.heading.setText(f"{tr('Tren')} {ind.code} · {ind.name} ({ind.unit})")
        years = list(t.years)
        breaks = {b.year for b in t.boundaries if b.change_note}
        self.targets.setData(*_broken(years, [_f(t.yearly_target[y]) for y in years], breaks), connect="finite")
        shown = [y for y in years if t.yearly_realisation[y] is not None]
        partial = [y for y in shown if y == t.year and t.quarter < 4]
        whole = [y for y in shown if y not in partial]
        self.realisations.setData(*_broken(whole, [_f(t.yearly_realisation[y]) for y in whole], breaks),
                                  connect="finite")
        joined = ([whole[-1]] if whole and partial and whole[-1] == partial[0] - 1 else []) + partial
        self.partial.setData(joined, [_f(t.yearly_realisation[y]) for y in joined])
        self.legend.removeItem(self.partial)
        if partial:
            self.legend.addItem(self.partial, f"{tr('Realisasi')} {t.year} {tr('s.d.')} {domain_text(QUARTER_LABELS[t.quarter])}")
        self.legend.removeItem(self.baseline)
        if ind.baseline is not None:
            self.baseline.setData([ind.baseline_year or years[0] - 1], [_f(ind.baseline)])
            self.legend.addItem(self.baseline, tr("Baseline"))
        else:
            self.baseline.setData([], [])
        self.end_line.setVisible(t.end_target is not None)
        if t.end_target is not None:
            self.end_line.setValue(_f(t.end_target))
            self.end_line.label.setFormat(f"{tr('Target akhir RPJMD')} {format_id(t.end_target, ind.decimals)}")
        self.legend.removeItem(self.polarity_note)
        if t.lower_is_better:
            self.legend.addItem(self.polarity_note, tr(LOWER_IS_BETTER))
        self._draw_boundaries(t)
        first = min(years + ([ind.baseline_year] if ind.baseline_year else []))
        self.years_plot.setXRange(first - 0.4, years[-1] + 0.4, padding=0)
        self.years_plot.setTitle(f"{tr('Per tahun')} {years[0]}–{years[-1]}")

        cur = t.current
        qs = [q for q in range(1, 5) if cur.realisations.get(q) is not None and q <= t.quarter]
        self.quarter_bars.setOpts(x=qs, height=[_f(cur.realisations[q]) for q in qs], width=0.6)
        tq = [q for q in range(1, 5) if cur.quarterly_targets.get(q) is not None]
        self.quarter_targets.setData(tq, [_f(cur.quarterly_targets[q]) for q in tq])
        if ind.aggregation == "sum" and qs:
            running, cum = Decimal(0), []
            for q in qs:
                running += cur.realisations[q]
                cum.append(_f(running))
            self.cumulative.setData(qs, cum)
        else:
            self.cumulative.setData([], [])
        self.annual_line.setVisible(cur.annual_target is not None)
        if cur.annual_target is not None:
            self.annual_line.setValue(_f(cur.annual_target))
            self.annual_line.label.setFormat(f"{tr('Target')} {t.year} {format_id(cur.annual_target, ind.decimals)}")
        self.quarters_plot.setXRange(0.4, 4.6, padding=0)
        self.quarters_plot.setTitle(f"{tr('Triwulan')} {t.year}")
        whole = ind.decimals == 0   # counts: whole-number ticks, never 0,2 … 1,0
        years_values = [t.yearly_target[y] for y in years] + [t.yearly_realisation[y] for y in shown] \
            + [ind.baseline, t.end_target]
        quarter_values = [cur.realisations[q] for q in qs] + [cur.quarterly_targets[q] for q in tq] \
            + [cur.annual_target] + ([running] if ind.aggregation == "sum" and qs else [])
        for plot, values in ((self.years_plot, years_values), (self.quarters_plot, quarter_values)):
            fit_value_axis(plot, [float(v) for v in values if v is not None], whole)

    def _draw_boundaries(self, t: TrendFigures) -> None:
        """A dashed vertical line between the last year of one period and the first of the next,
        labelled with the later period's name."""
        for line in self.boundary_lines:
            self.years_plot.removeItem(line)
        self.boundary_lines = []
        for boundary in t.boundaries:
            line = pg.InfiniteLine(pos=boundary.year - 0.5, angle=90, movable=False,
                                   pen=pg.mkPen(BOUNDARY_COLOUR, width=1.5, style=Qt.DashLine),
                                   label=boundary.name, labelOpts={"position": 0.93, "color": BOUNDARY_COLOUR,
                                                                   "anchors": [(0, 0.5), (0, 0.5)]})
            line.setZValue(-2)
            self.years_plot.addItem(line)
            self.boundary_lines.append(line)

    def boundary_text(self, year: int) -> str:
        """What the hover says at the first year of a later period: its name and the change made."""
        t = self.trend
        for boundary in (t.boundaries if t else ()):
            if boundary.year == year:
                text = f"<br><i>{tr('Mulai')} {boundary.name}</i>"
                if boundary.change_note:
                    text += f"<br>{tr('Perubahan')}: {boundary.change_note}"
                return text
        return ""

    def hover_text(self, plot, x, y):
        t = self.trend
        if t is None:
            return None
        d = t.indicator.decimals
        unit = t.indicator.unit
        if plot is self.years_plot:
            year = round(x)
            if year in t.years:
                upto = f" {tr('s.d.')} {domain_text(QUARTER_LABELS[t.quarter])}" if year == t.year and t.quarter < 4 else ""
                return (f"<b>{year}</b><br>{tr('Target')}: {format_id(t.yearly_target[year], d)} {unit}<br>"
                        f"{tr('Realisasi')}{upto}: {format_id(t.yearly_realisation[year], d)} {unit}"
                        + self.boundary_text(year))
            if t.indicator.baseline is not None and year == t.indicator.baseline_year:
                return f"<b>{tr('Baseline')} {year}</b><br>{format_id(t.indicator.baseline, d)} {unit}"
            return None
        q = round(x)
        if 1 <= q <= 4:
            cur = t.current
            return (f"<b>{domain_text(QUARTER_LABELS[q])} {t.year}</b><br>{tr('Realisasi')}: {format_id(cur.realisations.get(q), d)} {unit}"
                    f"<br>{tr('Target')}: {format_id(cur.quarterly_targets.get(q, cur.annual_target), d)} {unit}")
        return None
