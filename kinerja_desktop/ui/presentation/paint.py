"""Painting helpers for slides: fonts in a fixed 1920x1080 logical space (so 28 pt on a
1920x1080 screen is 37 px here, whatever the real screen or PDF page), wrapped and elided
text, and rating chips that always carry their label beside the colour."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

WIDTH, HEIGHT = 1920, 1080
PX_PER_PT = 96 / 72            # a 1920x1080 screen at 96 dpi
BODY_PX = 38                   # 28.5 pt: the body text of every slide
SMALL_PX = 28                  # 21 pt: footers and secondary lines (never under 20 pt)
MIN_PX = 20 * PX_PER_PT

BACKGROUND = QColor("#0E1318")
PANEL = QColor("#1A222B")
PANEL_ALT = QColor("#151C24")
TEXT = QColor("#FFFFFF")
MUTED = QColor("#C5D0DB")
ACCENT = QColor("#5AB0FF")
RULE = QColor("#33404D")

FONT_SIZES_USED: set[float] = set()   # every size painted, checked by the tests


def font(px: float, bold: bool = False) -> QFont:
    if px < MIN_PX:
        raise ValueError(f"slide text of {px:.1f} px is under 20 pt")
    FONT_SIZES_USED.add(px)
    f = QFont()
    f.setPixelSize(round(px))
    f.setBold(bold)
    return f


def wrap(text: str, f: QFont, width: float, max_lines: int) -> list[str]:
    """Word-wrap `text` into at most `max_lines` lines of `width`; the last one elided."""
    metrics = QFontMetricsF(f)
    lines, current = [], ""
    words = text.split()
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            current = " ".join([lines.pop()] + words[i:])
            break
    lines.append(current)
    lines = lines[:max_lines]
    lines[-1] = metrics.elidedText(lines[-1], Qt.ElideRight, width)
    return lines


def text(painter: QPainter, rect: QRectF, value: str, px: float, colour: QColor = TEXT, bold: bool = False,
         align=Qt.AlignLeft | Qt.AlignVCenter, max_lines: int = 1) -> float:
    """Draw `value` in `rect`; returns the height used."""
    f = font(px, bold)
    painter.setFont(f)
    painter.setPen(colour)
    lines = wrap(value, f, rect.width(), max_lines)
    line_height = QFontMetricsF(f).lineSpacing()
    block = line_height * len(lines)
    if align & Qt.AlignTop:
        top = rect.top()
    elif align & Qt.AlignBottom:
        top = rect.bottom() - block
    else:
        top = rect.top() + (rect.height() - block) / 2
    horizontal = align & (Qt.AlignLeft | Qt.AlignRight | Qt.AlignHCenter)
    for n, line in enumerate(lines):
        painter.drawText(QRectF(rect.left(), top + n * line_height, rect.width(), line_height),
                         int(horizontal | Qt.AlignVCenter), line)
    return block


def chip(painter: QPainter, rect: QRectF, label: str, colour: str, text_colour: str, px: float = BODY_PX) -> None:
    """A rounded band chip: the band colour with its label in the band's text colour."""
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(rect, 10, 10)
    text(painter, rect.adjusted(14, 0, -14, 0), label, px, QColor(text_colour), True, Qt.AlignCenter)


def rule(painter: QPainter, x1: float, y: float, x2: float) -> None:
    painter.setPen(QPen(RULE, 2))
    painter.drawLine(x1, y, x2, y)
