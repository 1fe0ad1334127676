"""One IKU over the period: the yearly targets (dashed line), each year's realisation (bars; a
year reported only part-way hollow), the end target (dotted line), the baseline, and the
projection to the period's end (dashed, red and marked "Berisiko" when at risk)."""
from __future__ import annotations

import math
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy

from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.iku_period import IkuRow
from kinerja_desktop.services.projection import ROMAN, percent_text
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.shared.chart_base import CategoryAxis, ChartBase, fit_value_axis, indonesian_ticks, style_plot, tr
from kinerja_desktop.ui.dashboard.trend_chart import LEGEND_BRUSH, TARGET_COLOUR, LayoutLegend

END_COLOUR = "#1B7F3B"
RISK_COLOUR = "#D64541"
ON_TRACK_COLOUR = "#1B7F3B"
BASELINE_COLOUR = "#6A3D9A"


def _f(value: Decimal | None) -> float:
    return float("nan") if value is None else float(value)


def plotted(row: IkuRow) -> tuple[dict[int, Decimal | None], dict[int, Decimal | None]]:
    """(realisation, target) by year as drawn: running totals for a `sum` indicator, whose end
    target is the total over the period; the year's own figures otherwise."""
    if row.indicator.aggregation != "sum":
        return ({f.year: f.realisation for f in row.years}, {f.year: f.target for f in row.years})
    reals, targets = {}, {}
    done = planned = Decimal(0)
    for f in row.years:
        if f.realisation is not None:
            done += f.realisation
        reals[f.year] = done if f.reported else None
        planned = None if planned is None or f.target is None else planned + f.target
        targets[f.year] = planned
    return reals, targets


def value_ticks(values, scale, spacing) -> list[str]:
    """Indonesian tick labels with the places the step needs: a step of 2,5 shows 7,5, not 8."""
    step = spacing * scale
    if step >= 1 and float(step).is_integer():
        return indonesian_ticks(values, scale, spacing)
    places = next((p for p in (1, 2, 3) if float(round(step * 10 ** p, 6)).is_integer()), 4)
    places = max(places, 0 if step >= 1 else -math.floor(math.log10(step)))
    return [format_id(Decimal(repr(round(v * scale, places))), places) for v in values]


class IkuChart(ChartBase):
    title = "IKU sepanjang periode"

    def __init__(self, parent=None):
        self.row: IkuRow | None = None
        self.points: tuple[dict, dict] = ({}, {})
        super().__init__(None, parent)
        self.set_empty(self.tr("Pilih indikator pada tabel untuk melihat grafiknya."))

    def build(self) -> None:
        self.axis = CategoryAxis("bottom")
        self.plot = self.graphics.addPlot(axisItems={"bottom": self.axis})
        style_plot(self.plot)
        self.plot.getAxis("left").tickStrings = value_ticks
        # The legend beside the plot, in one column: on a laptop screen the page has width to spare, not height.
        self.legend = LayoutLegend(labelTextSize="9pt", colCount=1, brush=LEGEND_BRUSH, frame=False)
        self.graphics.ci.addItem(self.legend, row=0, col=1)
        self.graphics.ci.layout.setColumnStretchFactor(0, 1)
        self.legend.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        self.graphics.ci.layout.setAlignment(self.legend, Qt.AlignTop)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.55, brush=pg.mkBrush(theme.ACCENT), pen=None,
                                    name=tr("Realisasi"))
        self.plot.addItem(self.bars)
        self.targets = self.plot.plot([], [], name=tr("Target tahunan"),
                                      pen=pg.mkPen(TARGET_COLOUR, width=2, style=Qt.DashLine), symbol="o",
                                      symbolBrush="w", symbolPen=pg.mkPen(TARGET_COLOUR, width=2), symbolSize=8)
        self.end_line = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen(END_COLOUR, width=2, style=Qt.DotLine),
                                        label="", labelOpts={"position": 0.02, "color": END_COLOUR,
                                                             "anchors": [(0, 1), (0, 1)]})
        self.plot.addItem(self.end_line)
        self.end_key = pg.PlotDataItem([], [], pen=pg.mkPen(END_COLOUR, width=2, style=Qt.DotLine))
        self.projection = self.plot.plot([], [], pen=pg.mkPen(ON_TRACK_COLOUR, width=2.5, style=Qt.DashLine),
                                         symbol="star", symbolSize=14, symbolBrush=ON_TRACK_COLOUR, symbolPen=None)
        self.baseline = pg.ScatterPlotItem([], [], symbol="d", size=13, brush=pg.mkBrush(BASELINE_COLOUR), pen=None)
        self.plot.addItem(self.baseline)
        self.hollow = pg.BarGraphItem(x=[0], height=[0], width=0.5, brush=pg.mkBrush("#FFFFFF"),
                                      pen=pg.mkPen(theme.ACCENT, width=2))
        self.polarity_note = pg.PlotDataItem([], [], pen=None)

    def show_row(self, row: IkuRow | None, years: tuple[int, ...]) -> None:
        self.row = row
        if row is None:
            self.set_empty(self.tr("Pilih indikator pada tabel untuk melihat grafiknya."))
            return
        self.set_empty(None)
        ind = row.indicator
        d = ind.decimals
        self.heading.setText(f"{ind.code} · {ind.name} ({ind.unit})")
        first = ind.baseline_year if ind.baseline is not None and ind.baseline_year else years[0]
        first = min(first, years[0])
        labels = {y: str(y) for y in range(first, years[-1] + 1)}
        if first < years[0]:
            labels[first] = f"{first}\n{tr('Kondisi awal')}"
        self.axis.set_labels(labels)
        self.points = plotted(row)
        reals, targets = self.points
        reported = [f for f in row.years if f.reported]
        self.bars.setOpts(x=[f.year for f in reported], height=[_f(reals[f.year]) for f in reported], width=0.55,
                          brushes=[pg.mkBrush(theme.ACCENT if not f.partial else "#FFFFFF") for f in reported],
                          pens=[pg.mkPen(theme.ACCENT, width=2) for _ in reported])
        self.targets.setData(list(years), [_f(targets[y]) for y in years], connect="finite")
        self.end_line.setVisible(row.end_target is not None)
        if row.end_target is not None:
            self.end_line.setValue(_f(row.end_target))
            self.end_line.label.setFormat(f"{tr('Target akhir')} {format_id(row.end_target, d)}")
        if ind.baseline is not None:
            self.baseline.setData([first], [_f(ind.baseline)])
        else:
            self.baseline.setData([], [])
        p = row.projection
        colour = RISK_COLOUR if row.at_risk else ON_TRACK_COLOUR
        if p is not None and reported:
            last = reported[-1]
            self.projection.setData([last.year, p.end_year], [_f(reals[last.year]), _f(p.value)])
            self.projection.setPen(pg.mkPen(colour, width=2.5, style=Qt.DashLine))
            self.projection.setSymbolBrush(colour)
            word = tr("Berisiko") if row.at_risk else tr("Sesuai jalur")
            self.plot.setTitle(f"<b>{word}</b> · {tr('proyeksi')} {p.end_year}: {format_id(p.value, d)} "
                               f"({percent_text(p.achievement)})", color=colour, size="10pt")
        else:
            self.projection.setData([], [])
            self.plot.setTitle(tr("Belum dapat diproyeksikan"), color=theme.MUTED_TEXT, size="10pt")
        cumulative = ind.aggregation == "sum"
        self.legend.clear()
        self.legend.addItem(self.bars, tr("Realisasi kumulatif") if cumulative else tr("Realisasi"))
        partial = next((f for f in reported if f.partial), None)
        if partial is not None:
            self.legend.addItem(self.hollow, f"{tr('Realisasi')} {partial.year} {tr('s.d.')} TW {ROMAN[partial.quarters[-1]]}")
        self.legend.addItem(self.targets, tr("Target kumulatif") if cumulative else tr("Target tahunan"))
        if row.end_target is not None:
            self.legend.addItem(self.end_key, tr("Target akhir"))
        if ind.baseline is not None:
            self.legend.addItem(self.baseline, tr("Kondisi awal"))
        if p is not None:
            self.legend.addItem(self.projection, f"{tr('Proyeksi')} {p.end_year}")
        if ind.polarity == "negative":
            self.legend.addItem(self.polarity_note, tr("\u25BC Semakin rendah semakin baik"))
        self.plot.setXRange(first - 0.5, years[-1] + 0.5, padding=0)
        values = list(reals.values()) + list(targets.values()) + [row.end_target, ind.baseline]
        if p is not None:
            values.append(p.value)
        numbers = [float(v) for v in values if v is not None]
        if numbers and max(numbers) > 0:
            numbers.append(max(numbers) * 1.12)   # room above the end-target line for its label
        fit_value_axis(self.plot, numbers, d == 0)

    def hover_text(self, plot, x, y):
        row = self.row
        if row is None:
            return None
        year = round(x)
        d, unit = row.indicator.decimals, row.indicator.unit
        f = row.year(year)
        if f is not None:
            if not f.reported:
                text = f"<b>{year}</b><br>{tr('Target')}: {format_id(f.target, d)} {unit}<br>{tr('Belum dilaporkan')}"
            else:
                upto = f" {tr('s.d.')} TW {ROMAN[f.quarters[-1]]}" if f.partial else ""
                capaian = "—" if f.achievement is None else f"{format_id(f.achievement, 2)}%"
                text = (f"<b>{year}</b><br>{tr('Target')}: {format_id(f.target, d)} {unit}<br>"
                        f"{tr('Realisasi')}{upto}: {format_id(f.realisation, d)} {unit}<br>{tr('Capaian')}: {capaian}")
                if row.indicator.aggregation == "sum":
                    text += f"<br>{tr('Kumulatif')}: {format_id(self.points[0][year], d)} {unit}"
            p = row.projection
            if p is not None and year == p.end_year:
                text += f"<br>{tr('Proyeksi')}: {format_id(p.value, d)} {unit} ({percent_text(p.achievement)})"
            return text
        if row.indicator.baseline is not None and year == (row.indicator.baseline_year or 0):
            return f"<b>{tr('Kondisi awal')} {year}</b><br>{format_id(row.indicator.baseline, d)} {unit}"
        return None
