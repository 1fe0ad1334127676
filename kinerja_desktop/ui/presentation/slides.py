"""Slide renderers: one function per slide kind, painting a `services.deck.Slide` on a
QPainter in the 1920x1080 logical space of paint.py. The same code paints the screen and the
PDF, so what is exported is what was shown."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QLinearGradient, QPainter

from decimal import Decimal

from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.deck import Deck, Slide, count_id, format_date_id
from kinerja_desktop.ui.presentation.slide_bars import Bar, paint_bars
from kinerja_desktop.ui.presentation.paint import (ACCENT, BACKGROUND, BODY_PX, HEIGHT, MUTED, PANEL, PANEL_ALT,
                                                   SMALL_PX, TEXT, WIDTH, chip, font, rule, text)

MARGIN = 72
CONTENT_TOP = 250
FOOTER_TOP = HEIGHT - 78


def paint_slide(painter: QPainter, target: QRectF, deck: Deck, index: int, paused: bool = False,
                jump: str = "", notice: str = "") -> None:
    """Paint slide `index` of `deck` letter-boxed into `target` (any size, any device)."""
    painter.save()
    painter.fillRect(target, BACKGROUND)
    scale = min(target.width() / WIDTH, target.height() / HEIGHT)
    painter.translate(target.left() + (target.width() - WIDTH * scale) / 2,
                      target.top() + (target.height() - HEIGHT * scale) / 2)
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.TextAntialiasing)
    painter.setClipRect(QRectF(0, 0, WIDTH, HEIGHT))
    slide = deck.slides[index]
    RENDERERS[slide.kind](painter, deck, slide)
    # The state of the remote (a slide number being typed, auto-advance paused) goes in the
    # footer's right corner, where the page number is: never over the content.
    state = f"Ke slide {jump}\u2026" if jump else (notice or ("Jeda" if paused else ""))
    if slide.kind not in ("title", "closing"):
        _footer(painter, deck, index, state)
    else:
        row = QRectF(MARGIN, FOOTER_TOP, WIDTH - 2 * MARGIN, 60)
        text(painter, row, deck.stamp, SMALL_PX, MUTED, align=Qt.AlignCenter)
        if state:
            text(painter, row, state, SMALL_PX, ACCENT, True, Qt.AlignRight | Qt.AlignVCenter)
    painter.restore()


def _footer(painter: QPainter, deck: Deck, index: int, state: str = "") -> None:
    rule(painter, MARGIN, FOOTER_TOP - 6, WIDTH - MARGIN)
    row = QRectF(MARGIN, FOOTER_TOP, WIDTH - 2 * MARGIN, 64)
    where = f"{deck.region} \u00b7 {deck.period}"
    metrics = QFontMetricsF(font(SMALL_PX))
    if metrics.horizontalAdvance(where) + 24 > (row.width() - metrics.horizontalAdvance(deck.stamp)) / 2:
        where = deck.period   # a long period (two years) would run into the stamp: the region goes
    text(painter, row, where, SMALL_PX, MUTED)
    text(painter, row, deck.stamp, SMALL_PX, MUTED, align=Qt.AlignCenter)
    page = f"{index + 1} / {len(deck.slides)}"
    if state:
        text(painter, row, f"{state} \u00b7 {page}", SMALL_PX, ACCENT, True, Qt.AlignRight | Qt.AlignVCenter)
    else:
        text(painter, row, page, SMALL_PX, MUTED, True, Qt.AlignRight | Qt.AlignVCenter)


def _heading(painter: QPainter, slide: Slide) -> None:
    painter.fillRect(QRectF(0, 0, 14, 210), ACCENT)
    title = slide.heading + (f"  ({slide.page}/{slide.pages})" if slide.pages > 1 else "")
    text(painter, QRectF(MARGIN, 40, WIDTH - 2 * MARGIN, 80), title, 62, TEXT, True)
    if slide.subheading:
        text(painter, QRectF(MARGIN, 122, WIDTH - 2 * MARGIN, 100), slide.subheading, BODY_PX, MUTED,
             align=Qt.AlignLeft | Qt.AlignTop, max_lines=2)


def _title(painter: QPainter, deck: Deck, slide: Slide) -> None:
    gradient = QLinearGradient(0, 0, WIDTH, HEIGHT)
    gradient.setColorAt(0, QColor("#12324F"))
    gradient.setColorAt(1, BACKGROUND)
    painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), gradient)
    painter.fillRect(QRectF(MARGIN, 300, 16, 430), ACCENT)
    left = MARGIN + 56
    width = WIDTH - left - MARGIN
    text(painter, QRectF(left, 290, width, 60), "BAPPELITBANGDA " + deck.region.upper(), SMALL_PX + 4, ACCENT, True)
    text(painter, QRectF(left, 360, width, 200), slide.heading, 84, TEXT, True, Qt.AlignLeft | Qt.AlignTop, 2)
    text(painter, QRectF(left, 560, width, 70), slide.subheading, 46, MUTED)
    text(painter, QRectF(left, 650, width, 70), format_date_id(deck.taken_at), 46, TEXT, True)


def _closing(painter: QPainter, deck: Deck, slide: Slide) -> None:
    text(painter, QRectF(0, 330, WIDTH, 160), slide.heading, 110, TEXT, True, Qt.AlignCenter)
    text(painter, QRectF(0, 520, WIDTH, 70), slide.subheading, 46, MUTED, align=Qt.AlignCenter)
    text(painter, QRectF(0, 610, WIDTH, 70), "Data dapat ditelusuri di Kinerja Desktop", BODY_PX, ACCENT,
         align=Qt.AlignCenter)


def share_text(count: int, total: int) -> str:
    """A share in whole percent that never rounds a real count to 0 % or a remainder to 100 %."""
    share = Decimal(count * 100) / (total or 1)
    if 0 < share < Decimal("0.5"):
        return "<1%"
    if Decimal("99.5") <= share < 100:
        return ">99%"
    return f"{format_id(share, 0)}%"


def _bands(painter: QPainter, bands, top: float, bottom: float, label_width: int = 420) -> None:
    """One bar per band (pyqtgraph): the band's label, its colour, the count and share."""
    shown = [b for b in bands if b.count or b.label not in ("Tidak dapat dihitung",)]
    total = sum(b.count for b in shown) or 1
    bars = [Bar(b.label, b.count, b.colour, f"{count_id(b.count)}  ({share_text(b.count, total)})") for b in shown]
    height = min(104 * len(bars), bottom - top)
    paint_bars(painter, QRectF(MARGIN - 8, top, WIDTH - 2 * MARGIN + 8, height), bars,
               max(b.count for b in shown) or 1, label_px=BODY_PX, value_px=BODY_PX, label_width=label_width,
               make_font=font)


def _band_strip(painter: QPainter, bands, top: float, caption: str) -> None:
    """One stacked bar of the bands with a legend (label and count) under it."""
    total = sum(b.count for b in bands)
    if not total:
        return
    text(painter, QRectF(MARGIN, top, WIDTH - 2 * MARGIN, 44), caption, SMALL_PX, MUTED)
    x, width, bar_top = float(MARGIN), WIDTH - 2 * MARGIN, top + 56
    painter.setPen(Qt.NoPen)
    for band in bands:
        if band.count:
            w = width * band.count / total
            painter.setBrush(QColor(band.colour))
            painter.drawRect(QRectF(x, bar_top, w, 56))
            x += w
    x, y = float(MARGIN), bar_top + 80
    for band in bands:
        if not band.count:
            continue
        label = f"{band.label} {count_id(band.count)}"
        w = 42 + QFontMetricsF(font(SMALL_PX)).horizontalAdvance(label) + 8
        if x + w > WIDTH - MARGIN:
            x, y = float(MARGIN), y + 52
        painter.setBrush(QColor(band.colour))
        painter.drawRoundedRect(QRectF(x, y + 8, 30, 30), 6, 6)
        text(painter, QRectF(x + 42, y, w - 42, 46), label, SMALL_PX, TEXT)
        x += w + 24


def _summary(painter: QPainter, deck: Deck, slide: Slide) -> None:
    _heading(painter, slide)
    _bands(painter, slide.bands, CONTENT_TOP, FOOTER_TOP - 30)


def _indicators(painter: QPainter, deck: Deck, slide: Slide) -> None:
    _heading(painter, slide)
    if not slide.lines:
        word = {"goal": "tujuan", "objective": "sasaran"}.get(slide.kind, "OPD")
        text(painter, QRectF(MARGIN, CONTENT_TOP, WIDTH - 2 * MARGIN, 60),
             f"Belum ada indikator pada tingkat {word} ini; sebaran seluruh indikator di bawahnya:",
             SMALL_PX + 4, MUTED)
        _bands(painter, slide.bands, CONTENT_TOP + 80, FOOTER_TOP - 30)
        return
    cols = [(MARGIN, 800, "Indikator", Qt.AlignLeft), (884, 260, "Target", Qt.AlignRight),
            (1156, 260, "Realisasi", Qt.AlignRight), (1428, WIDTH - MARGIN - 1428, "Capaian", Qt.AlignHCenter)]
    y = CONTENT_TOP
    for x, w, label, align in cols:
        text(painter, QRectF(x, y, w, 48), label, SMALL_PX, ACCENT, True, align | Qt.AlignVCenter)
    y += 56
    row_h = min(118, (FOOTER_TOP - 20 - y) / max(len(slide.lines), 1))
    for i, line in enumerate(slide.lines):
        painter.fillRect(QRectF(MARGIN - 16, y, WIDTH - 2 * MARGIN + 32, row_h - 6), PANEL if i % 2 == 0 else PANEL_ALT)
        name = f"{line.code}  {line.name}"
        if line.lower_is_better:
            text(painter, QRectF(MARGIN, y + 6, 800, 50), name, BODY_PX, TEXT)
            text(painter, QRectF(MARGIN, y + 56, 800, 44), "\u25BC semakin rendah semakin baik", SMALL_PX, MUTED)
        else:
            text(painter, QRectF(MARGIN, y + 4, 800, row_h - 14), name, BODY_PX, TEXT, max_lines=2)
        unit = "%" if line.unit in ("%", "persen") else line.unit
        # A long unit ("per 100.000 kelahiran hidup") is written once under both figures, not cut twice.
        once = QFontMetricsF(font(SMALL_PX)).horizontalAdvance(unit) > cols[1][1]
        for (x, w, _, align), value in zip(cols[1:3], (line.target, line.realisation)):
            text(painter, QRectF(x, y + 6, w, 50), value, BODY_PX, TEXT, True, align | Qt.AlignVCenter)
            if not once:
                text(painter, QRectF(x, y + 56, w, 44), unit, SMALL_PX, MUTED, align=align | Qt.AlignVCenter)
        if once:
            span = cols[2][0] + cols[2][1] - cols[1][0]
            text(painter, QRectF(cols[1][0], y + 56, span, 44), unit, SMALL_PX, MUTED, align=Qt.AlignRight | Qt.AlignVCenter)
        chip_rect = QRectF(1428, y + 14, WIDTH - MARGIN - 1428, row_h - 34)
        label = line.band_label if line.achievement == "\u2014" else f"{line.achievement} \u00b7 {line.band_label}"
        chip(painter, chip_rect, label, line.band_colour, line.band_text_colour, SMALL_PX)
        y += row_h
    if slide.bands and slide.page == slide.pages and y < FOOTER_TOP - 300:
        word = "tujuan" if slide.kind == "goal" else "sasaran"
        total = sum(b.count for b in slide.bands)
        _band_strip(painter, slide.bands, max(y + 40, FOOTER_TOP - 290),
                    f"Sebaran predikat seluruh {count_id(total)} indikator di bawah {word} ini (program dan kegiatan termasuk)")


def _ranking(painter: QPainter, deck: Deck, slide: Slide) -> None:
    """OPDs by mean achievement (pyqtgraph bars in the band colour, value and band label beside)."""
    _heading(painter, slide)
    bars = [Bar(f"{line.rank}. {line.code} \u00b7 {line.name}",
                0.0 if line.achievement_value is None else min(float(line.achievement_value), 120.0),
                line.band_colour, f"{line.achievement} \u00b7 {line.band_label}") for line in slide.lines]
    height = min(76 * max(len(bars), 1), FOOTER_TOP - 30 - CONTENT_TOP)
    paint_bars(painter, QRectF(MARGIN - 8, CONTENT_TOP, WIDTH - 2 * MARGIN + 8, height), bars, 100.0,
               label_px=BODY_PX, value_px=BODY_PX, label_width=800, make_font=font, track=None)


def _risk(painter: QPainter, deck: Deck, slide: Slide) -> None:
    _heading(painter, slide)
    if not slide.lines:
        text(painter, QRectF(MARGIN, CONTENT_TOP + 120, WIDTH - 2 * MARGIN, 200),
             "Tidak ada indikator berisiko: semua yang sudah dilaporkan diproyeksikan mencapai predikat Tinggi "
             "atau lebih.", 46, TEXT, True, Qt.AlignCenter, 3)
        return
    y = CONTENT_TOP
    row_h = min(144, (FOOTER_TOP - 20 - y) / max(len(slide.lines), 1))
    for i, line in enumerate(slide.lines):
        painter.fillRect(QRectF(MARGIN - 16, y, WIDTH - 2 * MARGIN + 32, row_h - 8), PANEL if i % 2 == 0 else PANEL_ALT)
        text(painter, QRectF(MARGIN, y + 8, 1290, 52), f"{line.code}  {line.name}", BODY_PX, TEXT, True)
        text(painter, QRectF(MARGIN, y + 62, 1290, row_h - 76), f"{line.agency} \u00b7 {line.reason}", SMALL_PX, MUTED,
             align=Qt.AlignLeft | Qt.AlignTop, max_lines=2)
        chip(painter, QRectF(1390, y + 14, WIDTH - MARGIN - 1390, 62), f"{line.projection} \u00b7 {line.band_label}",
             line.band_colour, line.band_text_colour, SMALL_PX)
        y += row_h


def _compare_summary(painter: QPainter, deck: Deck, slide: Slide) -> None:
    """The four directions as bars: symbol and label, count and share ('Tidak dapat dibandingkan'
    needs the wider label column)."""
    _heading(painter, slide)
    _bands(painter, slide.bands, CONTENT_TOP, FOOTER_TOP - 30, label_width=720)


def _compare_rollup(painter: QPainter, deck: Deck, slide: Slide) -> None:
    """Per tujuan or OPD, two lines each: the name and the four direction counts as chips (symbol
    and number); then the number of indicators, the mean capaian of each year as a band chip with
    its label beside it, and the change."""
    _heading(painter, slide)
    if not slide.lines:
        text(painter, QRectF(MARGIN, CONTENT_TOP + 120, WIDTH - 2 * MARGIN, 200),
             "Belum ada indikator pada tingkat ini.", 46, TEXT, True, Qt.AlignCenter, 2)
        return
    y = CONTENT_TOP
    row_h = min(124, (FOOTER_TOP - 20 - y) / max(len(slide.lines), 1))
    for i, line in enumerate(slide.lines):
        painter.fillRect(QRectF(MARGIN - 16, y, WIDTH - 2 * MARGIN + 32, row_h - 8), PANEL if i % 2 == 0 else PANEL_ALT)
        text(painter, QRectF(MARGIN, y + 6, 1080, 50), f"{line.code}  {line.name}", SMALL_PX + 4, TEXT, True)
        x = WIDTH - MARGIN - 4 * 160 - 3 * 9
        for count in line.counts:
            chip(painter, QRectF(x, y + 8, 160, 48), count.label, count.colour, count.text_colour, SMALL_PX)
            x += 169
        second = y + 62
        text(painter, QRectF(MARGIN, second, 560, 46), line.detail, SMALL_PX, MUTED)
        for left, mean in ((640, line.mean_a), (1085, line.mean_b)):
            value, _, label = mean.label.partition(" \u00b7 ")
            chip(painter, QRectF(left, second, 165, 46), value, mean.colour, mean.text_colour, SMALL_PX)
            text(painter, QRectF(left + 175, second, 230, 46), label, SMALL_PX, TEXT)
        text(painter, QRectF(1035, second, 50, 46), "\u2192", SMALL_PX, TEXT, True, Qt.AlignCenter)
        text(painter, QRectF(1500, second, WIDTH - MARGIN - 1500, 46), line.change, SMALL_PX, MUTED, True,
             Qt.AlignRight | Qt.AlignVCenter)
        y += row_h


def _compare_movers(painter: QPainter, deck: Deck, slide: Slide) -> None:
    """The biggest rises of capaian, then the biggest falls: name, capaian of each year, and the
    change with the indicator's direction (by its polarity) as a chip."""
    _heading(painter, slide)
    y = float(CONTENT_TOP)
    row_h = 60
    for up, title, none in ((True, "\u25B2 Capaian naik terbesar", "Tidak ada indikator yang capaiannya naik."),
                            (False, "\u25BC Capaian turun terbesar", "Tidak ada indikator yang capaiannya turun.")):
        text(painter, QRectF(MARGIN, y, WIDTH - 2 * MARGIN, 50), title, SMALL_PX + 4, ACCENT, True)
        y += 54
        lines = [line for line in slide.lines if line.up == up]
        if not lines:
            text(painter, QRectF(MARGIN, y, WIDTH - 2 * MARGIN, row_h), none, SMALL_PX, MUTED)
            y += row_h
        for i, line in enumerate(lines):
            painter.fillRect(QRectF(MARGIN - 16, y, WIDTH - 2 * MARGIN + 32, row_h - 6), PANEL if i % 2 == 0 else PANEL_ALT)
            text(painter, QRectF(MARGIN, y, 720, row_h - 6), f"{line.code}  {line.name}", SMALL_PX, TEXT)
            text(painter, QRectF(806, y, 200, row_h - 6), line.agency, SMALL_PX, MUTED)
            text(painter, QRectF(1010, y, 330, row_h - 6), f"{line.before} \u2192 {line.after}", SMALL_PX, TEXT, True,
                 Qt.AlignRight | Qt.AlignVCenter)
            chip(painter, QRectF(1360, y + 5, WIDTH - MARGIN - 1360, row_h - 16), line.change.label, line.change.colour,
                 line.change.text_colour, SMALL_PX)
            y += row_h
        y += 12


RENDERERS = {
    "title": _title, "summary": _summary, "goal": _indicators, "objective": _indicators,
    "indicators": _indicators, "ranking": _ranking, "risk": _risk, "closing": _closing,
    "compare_summary": _compare_summary, "compare_rollup": _compare_rollup, "compare_movers": _compare_movers,
}

# The IKU-over-the-period slides (issue 13.6) paint themselves in their own module.
from kinerja_desktop.ui.presentation.slides_iku import RENDERERS as _IKU_RENDERERS  # noqa: E402

RENDERERS.update(_IKU_RENDERERS)
