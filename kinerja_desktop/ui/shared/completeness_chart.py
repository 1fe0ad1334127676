"""Completeness by OPD x quarter as a heat map: the share of an OPD's active indicators with a
realisation in each quarter, with the count written in each cell."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.ui.shared.chart_base import ChartBase, CategoryAxis, set_label, style_plot, tr
from kinerja_desktop.ui.i18n import domain_text

# Share reported -> colour: pale red (nothing), pale yellow (half), the accent blue (all).
STOPS = np.array([0.0, 0.5, 1.0])
STOP_RGB = np.array([[0xF8, 0xC9, 0xC4], [0xFB, 0xEB, 0xB5], [0x1F, 0x5F, 0x99]], dtype=float)


def cell_colours(shares: np.ndarray) -> np.ndarray:
    """RGBA image (uint8) from shares in [0, 1]; NaN (not due, no indicators) is light grey."""
    flat = np.nan_to_num(shares)
    rgb = np.stack([np.interp(flat, STOPS, STOP_RGB[:, c]) for c in range(3)], axis=-1)
    rgba = np.concatenate([rgb, np.full(shares.shape + (1,), 255)], axis=-1)
    rgba[np.isnan(shares)] = (235, 238, 242, 255)
    return rgba.astype(np.uint8)


class CompletenessChart(ChartBase):
    title = "Kelengkapan laporan OPD per triwulan"

    def build(self) -> None:
        self.left = CategoryAxis("left")
        self.bottom = CategoryAxis("bottom")
        self.plot = self.graphics.addPlot(axisItems={"left": self.left, "bottom": self.bottom})
        style_plot(self.plot)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.bottom.set_labels({q - 1: domain_text(QUARTER_LABELS[q]) for q in range(1, 5)})
        self.texts: list[pg.TextItem] = []
        self.rows = ()
        self.plot.vb.sigResized.connect(lambda *_: self._fit_texts())
        self.shares = np.zeros((0, 4))
        self.due = 4

    def show_figures(self, figures, ids) -> None:
        rows = figures.completeness
        if rows == self.rows and figures.quarter == self.due and not self.is_empty:
            return   # this save changed nothing here: no repaint
        self.rows = rows
        if not rows:
            self.set_empty(tr("Belum ada OPD dengan indikator aktif.\nTambahkan indikator di halaman Rencana."))
            return
        self.set_empty(None)
        n = len(rows)
        due = figures.quarter   # quarters after the chosen one are not due yet: neutral grey
        shares = np.array([[float(r.reported[q]) / r.total if r.total and q < due else np.nan for q in range(4)]
                           for r in reversed(rows)])   # row 0 at the bottom: first OPD on top
        self.due = due
        self.shares = shares
        self.image.setImage(cell_colours(shares), autoLevels=False)
        self.image.setRect(-0.5, -0.5, 4, n)
        self.left.set_labels({n - 1 - i: r.agency.code for i, r in enumerate(rows)})
        while len(self.texts) < n * 4:
            item = pg.TextItem(anchor=(0.5, 0.5))
            font = item.textItem.font()
            font.setPointSize(8)
            item.setFont(font)
            self.plot.addItem(item)
            self.texts.append(item)
        for i, item in enumerate(self.texts):
            if i < n * 4:
                row, q = divmod(i, 4)
                r = rows[row]
                dark = q < due and (r.reported[q] / r.total if r.total else 0) > 0.8
                set_label(item, f"{r.reported[q]}/{r.total}" if q < due or r.reported[q] else "\u2014",
                          q, n - 1 - row, "#FFFFFF" if dark else "#1F2933")
            elif item.isVisible():
                item.setVisible(False)
        self.plot.setXRange(-0.5, 3.5, padding=0)
        self.plot.setYRange(-0.5, n - 0.5, padding=0)
        self._fit_texts()

    def _fit_texts(self) -> None:
        """Counts in the cells only when they fit; the tooltip always has them."""
        n = len(self.rows)
        if not n:
            return
        cell_w, cell_h = self.plot.vb.width() / 4, self.plot.vb.height() / n
        fits = cell_w >= 56 and cell_h >= 11
        for item in self.texts[:n * 4]:
            if item.isVisible() != fits:
                item.setVisible(fits)



    def hover_text(self, plot, x, y):
        n = len(self.rows)
        q, row = round(x), n - 1 - round(y)
        if not (0 <= q < 4 and 0 <= row < n):
            return None
        r = self.rows[row]
        share = r.share(q + 1)
        percent = "—" if share is None else f"{round(share * 100)}%"
        if q >= self.due and not r.reported[q]:
            return f"<b>{r.agency.name}</b> · {domain_text(QUARTER_LABELS[q + 1])}<br>{tr('Belum jatuh tempo')}"
        return (f"<b>{r.agency.name}</b> · {domain_text(QUARTER_LABELS[q + 1])}<br>"
                f"{r.reported[q]} {tr('dari')} {r.total} {tr('indikator dilaporkan')} ({percent})")
