"""Renderers of the IKU-over-the-period slides (services.deck_iku): the overview (on track, at
risk, not yet projectable, and the IKU at risk with the reason) and a goal's indicators year by
year. Same 1920x1080 logical space, fonts and chips as slides.py, so screen and PDF agree."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from kinerja_desktop.services.deck import Deck, Slide
from kinerja_desktop.services.deck_iku import AT_RISK_COLOUR, ON_TRACK_COLOUR, FigureCell
from kinerja_desktop.ui.presentation.paint import (ACCENT, BODY_PX, HEIGHT, MUTED, PANEL, PANEL_ALT, SMALL_PX, TEXT,
                                                   WIDTH, chip, text)

MARGIN = 72
CONTENT_TOP = 250
FOOTER_TOP = HEIGHT - 78
NAME_W = 320
END_W = 160
PROJECTION_W = 236
GAP = 12
KEY = "Per tahun: realisasi, target, capaian (* s.d. triwulan terakhir yang dilaporkan). S.d. kini: terhadap target akhir."
SHORT_STATUS = {"Belum dapat diproyeksikan": "Tanpa proyeksi"}


def _summary(painter: QPainter, deck: Deck, slide: Slide) -> None:
    from kinerja_desktop.ui.presentation.slides import _bands, _heading

    _heading(painter, slide)
    _bands(painter, slide.bands, CONTENT_TOP, CONTENT_TOP + 234)
    top = CONTENT_TOP + 260
    if not slide.lines:
        text(painter, QRectF(MARGIN, top, WIDTH - 2 * MARGIN, 200),
             "Tidak ada IKU berisiko: semua yang sudah dilaporkan diproyeksikan mencapai predikat Tinggi atau lebih "
             "pada akhir periode.", BODY_PX, TEXT, True, Qt.AlignCenter, 3)
        return
    text(painter, QRectF(MARGIN, top, WIDTH - 2 * MARGIN, 44), "IKU berisiko", SMALL_PX, ACCENT, True)
    y = top + 50
    row_h = min(140, (FOOTER_TOP - 20 - y) / len(slide.lines))
    for i, line in enumerate(slide.lines):
        painter.fillRect(QRectF(MARGIN - 16, y, WIDTH - 2 * MARGIN + 32, row_h - 6), PANEL if i % 2 == 0 else PANEL_ALT)
        text(painter, QRectF(MARGIN, y + 2, 1290, 46), f"{line.code}  {line.name}", SMALL_PX + 4, TEXT, True)
        text(painter, QRectF(MARGIN, y + 48, 1290, row_h - 56), line.reason, SMALL_PX, MUTED,
             align=Qt.AlignLeft | Qt.AlignTop, max_lines=2)
        chip(painter, QRectF(1390, y + 12, WIDTH - MARGIN - 1390, 62), f"{line.projection} \u00b7 {line.projection_band}",
             line.projection_colour, line.projection_text_colour, SMALL_PX)
        y += row_h


def _tight_chip(painter: QPainter, rect: QRectF, label: str, colour: str, text_colour: str) -> None:
    """A band chip with little padding: a year's column is narrow (the figure carries the band)."""
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(rect, 8, 8)
    text(painter, rect.adjusted(2, 0, -2, 0), label, SMALL_PX, QColor(text_colour), True, Qt.AlignCenter)


def _figure(painter: QPainter, x: float, y: float, w: float, h: float, cell: FigureCell) -> None:
    """Realisation (bold), target (muted) and the capaian chip, one under the other."""
    third = h / 3
    text(painter, QRectF(x, y, w, third), cell.realisation, SMALL_PX, TEXT, True, Qt.AlignRight | Qt.AlignVCenter)
    text(painter, QRectF(x, y + third, w, third), cell.target, SMALL_PX, MUTED, align=Qt.AlignRight | Qt.AlignVCenter)
    _tight_chip(painter, QRectF(x, y + 2 * third + 3, w, third - 6), cell.achievement, cell.colour, cell.text_colour)


def _goal(painter: QPainter, deck: Deck, slide: Slide) -> None:
    from kinerja_desktop.ui.presentation.slides import _heading

    _heading(painter, slide)
    if not slide.lines:
        text(painter, QRectF(MARGIN, CONTENT_TOP, WIDTH - 2 * MARGIN, 60),
             "Belum ada indikator pada tujuan ini dan sasarannya.", SMALL_PX + 4, MUTED)
        return
    years = len(slide.lines[0].years)
    labels = [str(y) for y in getattr(deck, "years", ())] or [f"Tahun {n + 1}" for n in range(years)]
    year_x = MARGIN + NAME_W + GAP
    projection_x = WIDTH - MARGIN - PROJECTION_W
    end_x = projection_x - GAP - END_W
    year_w = (end_x - GAP - year_x) / max(years, 1)
    y = CONTENT_TOP - 10
    text(painter, QRectF(MARGIN, y, NAME_W, 44), "Indikator", SMALL_PX, ACCENT, True)
    for n in range(years):
        text(painter, QRectF(year_x + n * year_w, y, year_w - GAP, 44), labels[n], SMALL_PX, ACCENT, True,
             Qt.AlignRight | Qt.AlignVCenter)
    text(painter, QRectF(end_x, y, END_W, 44), "S.d. kini", SMALL_PX, ACCENT, True, Qt.AlignRight | Qt.AlignVCenter)
    text(painter, QRectF(projection_x, y, PROJECTION_W, 44), "Proyeksi", SMALL_PX, ACCENT, True,
         Qt.AlignHCenter | Qt.AlignVCenter)
    y += 50
    bottom = FOOTER_TOP - 92
    row_h = min(170, (bottom - y) / len(slide.lines))
    for i, line in enumerate(slide.lines):
        painter.fillRect(QRectF(MARGIN - 16, y, WIDTH - 2 * MARGIN + 32, row_h - 6), PANEL if i % 2 == 0 else PANEL_ALT)
        # A negative indicator says so under its unit: the name then keeps two lines, the note two.
        note_lines = 2 if line.lower_is_better else 1
        note_h = 36 * note_lines
        text(painter, QRectF(MARGIN, y + 4, NAME_W, row_h - 16 - note_h), f"{line.code}  {line.name}", SMALL_PX, TEXT,
             True, Qt.AlignLeft | Qt.AlignTop, 3 if note_lines == 1 else 2)
        note = line.unit + (" \u00b7 \u25BC makin rendah makin baik" if line.lower_is_better else "")
        text(painter, QRectF(MARGIN, y + row_h - 12 - note_h, NAME_W, note_h), note, SMALL_PX, MUTED,
             align=Qt.AlignLeft | Qt.AlignBottom, max_lines=note_lines)
        cell_h = row_h - 16
        for n, cell in enumerate(line.years):
            _figure(painter, year_x + n * year_w, y + 4, year_w - GAP, cell_h, cell)
        _figure(painter, end_x, y + 4, END_W, cell_h, line.end)
        third = cell_h / 3
        _tight_chip(painter, QRectF(projection_x, y + 7, PROJECTION_W, third - 6), line.projection,
                    line.projection_colour, line.projection_text_colour)
        text(painter, QRectF(projection_x, y + 4 + third, PROJECTION_W, third), line.projection_band, SMALL_PX, MUTED,
             align=Qt.AlignHCenter | Qt.AlignVCenter)
        colour = QColor(AT_RISK_COLOUR).lighter(125) if line.at_risk else (
            QColor(ON_TRACK_COLOUR).lighter(160) if line.status == "Sesuai jalur" else MUTED)
        status = "BERISIKO" if line.at_risk else SHORT_STATUS.get(line.status, line.status)
        text(painter, QRectF(projection_x - 10, y + 4 + 2 * third, PROJECTION_W + 20, third), status, SMALL_PX,
             colour, line.at_risk, Qt.AlignHCenter | Qt.AlignVCenter)
        y += row_h
    keys = (KEY, getattr(deck, "band_key", ""))
    for n, key in enumerate(keys):
        text(painter, QRectF(MARGIN, FOOTER_TOP - 88 + n * 40, WIDTH - 2 * MARGIN, 40), key, SMALL_PX, MUTED)


RENDERERS = {"iku_summary": _summary, "iku_goal": _goal}
