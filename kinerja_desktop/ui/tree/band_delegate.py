"""Rating chips and small helpers of item views.

BandChipDelegate paints the rating cell as a coloured chip with its label (colour is never the
only signal); band_summary_html gives the same chips as rich text with counts;
MiddleElideDelegate keeps both ends of long codes.

The model returns `(RatingBand | None, status label)` for `BAND_ROLE` (tree_model.BAND_ROLE, or
any model using the same role number); unreported is shown as plain grey text, not computable
as a grey chip with "—".
"""
from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.tree.tree_data import NOT_COMPUTABLE, UNREPORTED
from kinerja_desktop.ui.tree.tree_model import BAND_ROLE, STALE_ROLE


class BandChipDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, role: int = BAND_ROLE):
        super().__init__(parent)
        self._role = role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        value = index.data(self._role)
        if not value:
            super().paint(painter, option, index)
            return
        band, status = value
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        if index.data(STALE_ROLE):   # being recalculated (a new period): the old rating, faded
            painter.setOpacity(0.35)
        rect = QRectF(option.rect.adjusted(4, 3, -4, -3))
        if status == UNREPORTED:
            painter.setPen(QColor(theme.MUTED_TEXT))
            font = painter.font()
            font.setItalic(True)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignVCenter | Qt.AlignLeft, self.tr("Not reported"))
        else:
            background, foreground = theme.band_colours(band)
            label = domain_text(band.label) if band is not None else "—"
            metrics = painter.fontMetrics()
            width = min(rect.width(), metrics.horizontalAdvance(label) + 16)
            chip = QRectF(rect.left(), rect.top(), width, rect.height())
            painter.setPen(QPen(background.darker(115), 1))
            painter.setBrush(background)
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(foreground)
            painter.drawText(chip, Qt.AlignCenter, label)
        painter.restore()

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        value = index.data(self._role)
        if value:
            band, status = value
            text = domain_text(band.label) if band else (self.tr("Not reported") if status == UNREPORTED else domain_text(NOT_COMPUTABLE))
            size.setWidth(max(size.width(), option.fontMetrics.horizontalAdvance(text) + 28))
        return size


class MiddleElideDelegate(QStyledItemDelegate):
    """Long codes (1.02.02.2.01.0003) keep their start and their end when the column is narrow."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        option.textElideMode = Qt.ElideMiddle


def band_summary_html(counts: dict[str, int], bands) -> str:
    """'Sangat Tinggi 12 · Tinggi 3 …' as coloured chips with their counts (rich text). A chip
    never breaks inside ('Tidak dapat / dihitung 0' on a narrow window); a band's own label is
    escaped (an office may name its bands)."""
    def label(text: str) -> str:
        return html.escape(domain_text(text)).replace(" ", "&nbsp;")

    chips = []
    for band in bands:
        background, foreground = theme.band_colours(band)
        chips.append(f"<span style='background:{background.name()};color:{foreground.name()};'>"
                     f"&nbsp;{label(band.label)}&nbsp;</span>&nbsp;<b>{counts.get(band.label, 0)}</b>")
    for text in (NOT_COMPUTABLE, UNREPORTED):
        chips.append(f"<span style='color:{theme.MUTED_TEXT}'>{label(text)}</span>&nbsp;<b>{counts.get(text, 0)}</b>")
    return "&nbsp;&nbsp; ".join(chips)   # a plain space between chips: the line may wrap
