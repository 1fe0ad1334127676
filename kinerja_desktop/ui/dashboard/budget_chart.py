"""Budget spent against pagu by OPD: a pale bar for the pagu and the spending of TW I..IV
stacked inside it, with the share of the pagu spent up to the chosen quarter beside it."""
from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtWidgets import QLabel

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.domain.numbers import format_id, format_rupiah
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.shared.chart_base import ChartBase, CategoryAxis, set_label, style_plot, tr

QUARTER_COLOURS = ("#0B3C6B", "#1F5F99", "#4A8CC7", "#8DB9E2")
BILLION = Decimal(1_000_000_000)


class RupiahAxis(pg.AxisItem):
    def tickStrings(self, values, scale, spacing):
        return [format_id(Decimal(str(v)), 1 if spacing < 1 else 0) for v in values]


class BudgetChart(ChartBase):
    title = "Anggaran per OPD"

    def build(self) -> None:
        self.axis = CategoryAxis("left")
        self.plot = self.graphics.addPlot(axisItems={"left": self.axis, "bottom": RupiahAxis("bottom")})
        style_plot(self.plot)
        self.plot.getAxis("bottom").setLabel(tr("Rp miliar"))
        swatch = '<span style="color:{0}">\u25A0</span> {1}'
        key = "  ".join([swatch.format("#B0B8C4", tr("Pagu"))] +
                        [swatch.format(c, domain_text(QUARTER_LABELS[q])) for q, c in enumerate(QUARTER_COLOURS, start=1)])
        self.key = QLabel(key)
        self.key.setContentsMargins(8, 0, 4, 0)
        self.layout().insertWidget(1, self.key)   # under the title: beside it, a narrow chart clips it
        self.pagu = pg.BarGraphItem(x0=[], y=[], width=[], height=0.8, brush=pg.mkBrush("#E3E8EE"),
                                    pen=pg.mkPen("#B0B8C4"))
        self.plot.addItem(self.pagu)
        self.spent = []
        for q, colour in enumerate(QUARTER_COLOURS, start=1):
            bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.56, brush=pg.mkBrush(colour), pen=pg.mkPen(None))
            self.plot.addItem(bars)
            self.spent.append(bars)
        self.labels: list[pg.TextItem] = []
        self.rows = ()
        self.quarter = 4

    def show_figures(self, figures, ids) -> None:
        rows = tuple(sorted(figures.budget, key=lambda r: -r.pagu))
        if (rows, figures.quarter) == (self.rows, self.quarter) and rows and not self.is_empty:
            return   # this save changed nothing here: no repaint
        self.rows, self.quarter = rows, figures.quarter
        if not rows:
            self.set_empty(tr("Belum ada pagu anggaran untuk tahun {year}.\nIsi pagu program/kegiatan di "
                              "halaman Rencana atau impor data anggaran.").format(year=figures.year))
            return
        self.set_empty(None)
        n = len(rows)
        ys = [n - 1 - i for i in range(n)]
        pagu = [float(r.pagu / BILLION) for r in rows]
        self.pagu.setOpts(x0=[0] * n, y=ys, width=pagu, height=0.8)
        start = [0.0] * n
        for q, bars in enumerate(self.spent):
            widths = [float(r.spent[q] / BILLION) if q < self.quarter else 0.0 for r in rows]
            bars.setOpts(x0=list(start), y=ys, width=widths, height=0.56)
            start = [s + w for s, w in zip(start, widths)]
        self.axis.set_labels({y: r.agency.code for y, r in zip(ys, rows)})
        while len(self.labels) < n:
            item = pg.TextItem(anchor=(0, 0.5), color=theme.TEXT)
            font = item.textItem.font()
            font.setPointSize(9)
            item.setFont(font)
            self.plot.addItem(item)
            self.labels.append(item)
        for i, item in enumerate(self.labels):
            if i < n:
                share = rows[i].share_to(self.quarter)
                set_label(item, "—" if share is None else f"{format_id(share, 1)}%", max(pagu[i], start[i]), ys[i])
            elif item.isVisible():
                item.setVisible(False)
        self.plot.setXRange(0, max(pagu + start) * 1.18, padding=0)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)

    def spent_values(self) -> dict[str, list[float]]:
        """OPD code -> spending per quarter as drawn (Rp miliar)."""
        result = {}
        for bars in self.spent:
            for y, w in zip(bars.opts["y"], bars.opts["width"]):
                result.setdefault(self.axis.labels[int(y)], []).append(float(w))
        return result

    def hover_text(self, plot, x, y):
        n = len(self.rows)
        index = n - 1 - round(y)
        if not 0 <= index < n:
            return None
        r = self.rows[index]
        lines = [f"<b>{r.agency.name}</b>", f"{tr('Pagu')}: {format_rupiah(r.pagu)}"]
        for q in range(1, self.quarter + 1):
            lines.append(f"{domain_text(QUARTER_LABELS[q])}: {format_rupiah(r.spent[q - 1])}")
        share = r.share_to(self.quarter)
        lines.append(f"{tr('Terserap s.d.')} {domain_text(QUARTER_LABELS[self.quarter])}: {format_rupiah(r.spent_to(self.quarter))}"
                     f" ({'—' if share is None else format_id(share, 2) + '%'})")
        return "<br>".join(lines)
