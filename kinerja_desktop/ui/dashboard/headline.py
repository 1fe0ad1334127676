"""The headline figures of the dashboard: indicators reported, the count per rating band (each
with its colour AND label), goals and objectives at risk, OPDs late."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.deck import count_id
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text


class Card(QFrame):
    """A figure in large type with a caption under it and a coloured stripe on the left."""

    def __init__(self, caption: str, stripe: str = theme.ACCENT, parent=None, value_pt: int = 17):
        super().__init__(parent)
        self.setObjectName("headlineCard")
        self.setStyleSheet(
            f"QFrame#headlineCard {{ background: {theme.BASE}; border: 1px solid {theme.BORDER};"
            f" border-left: 6px solid {stripe}; border-radius: 4px; }}")
        self.value = QLabel("—")
        self.value.setStyleSheet(f"font-size: {value_pt}pt; font-weight: 700; color: {theme.TEXT}; border: none;")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet(f"color: {theme.MUTED_TEXT}; border: none; font-size: 10pt;")
        self.caption.setWordWrap(True)
        # Cards may shrink on a 1366-pixel laptop: the page must not scroll sideways.
        self.setMinimumWidth(70)
        self.value.setMinimumWidth(0)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 8)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str, caption: str | None = None, tooltip: str = "") -> None:
        if self.value.text() != value:
            self.value.setText(value)
        if caption is not None and self.caption.text() != caption:
            self.caption.setText(caption)
        self.setToolTip(tooltip)

    def set_stripe(self, colour: str) -> None:
        # A style sheet re-polishes the card: only when the colour really changes.
        if getattr(self, "_stripe", None) != colour:
            self._stripe = colour
            self.setStyleSheet(
                f"QFrame#headlineCard {{ background: {theme.BASE}; border: 1px solid {theme.BORDER};"
                f" border-left: 10px solid {colour}; border-radius: 4px; }}")


class HeadlineBar(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.reported = Card(self.tr("indikator dilaporkan"))
        self.goals = Card(self.tr("tujuan berisiko"), "#D64541")
        self.objectives = Card(self.tr("sasaran berisiko"), "#F28C28")
        self.late = Card(self.tr("OPD belum mengajukan"), "#5F6B7A")
        self.band_cards: list[Card] = []
        # One row on a wide screen; on a laptop the band counts go to a second row (set_compact).
        self.row = QBoxLayout(QBoxLayout.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(8)
        self.key_box = QHBoxLayout()
        self.key_box.setSpacing(8)
        for card in (self.reported, self.goals, self.objectives, self.late):
            self.key_box.addWidget(card, 1)
        self.row.addLayout(self.key_box, 12)
        self.bands_box = QHBoxLayout()
        self.bands_box.setSpacing(6)
        # The ratings are of the achievement through the quarter, not of this quarter's reports alone.
        self.bands_title = QLabel(objectName="pageSubtitle")
        self.bands_title.setStyleSheet(f"color: {theme.MUTED_TEXT}; font-size: 9pt;")
        bands = QVBoxLayout()
        bands.setSpacing(2)
        bands.addWidget(self.bands_title)
        bands.addLayout(self.bands_box, 1)
        self.row.addLayout(bands, 10)

    def set_compact(self, compact: bool) -> None:
        self.row.setDirection(QBoxLayout.TopToBottom if compact else QBoxLayout.LeftToRight)

    def show_figures(self, figures) -> None:
        h = figures.headline
        quarter = domain_text(QUARTER_LABELS[figures.quarter])
        share = f" ({format_id(Decimal(h.reported * 100) / h.total, 0)}%)" if h.total else ""
        this_quarter = sum(c.reported[figures.quarter - 1] for c in figures.completeness)
        self.reported.set(count_id(h.reported),
                          self.tr("dari {0} indikator dilaporkan, kumulatif s.d. {1}").format(count_id(h.total), quarter)
                          + share + "\n" + self.tr("dilaporkan pada {0}: {1}").format(quarter, count_id(this_quarter)),
                          self.tr("Indikator yang sudah punya realisasi pada triwulan mana pun sampai {0}; "
                                  "baris kedua: yang dilaporkan pada {0} saja").format(quarter))
        self.late.caption.setText(self.tr("OPD belum mengajukan {0}").format(quarter))
        self.bands_title.setText(self.tr("Predikat capaian kumulatif s.d. {0}").format(quarter))
        # First figures (issue 14): the projections are still being computed.
        goals_at_risk, objectives_at_risk = (h.goals_at_risk, h.objectives_at_risk) if figures.complete else ("…", "…")
        self.goals.set(f"{goals_at_risk} / {h.goals_total}", None,
                       self.tr("Tujuan dengan indikator yang diproyeksikan di bawah predikat Tinggi"))
        self.objectives.set(f"{objectives_at_risk} / {h.objectives_total}", None,
                            self.tr("Sasaran dengan indikator yang diproyeksikan di bawah predikat Tinggi"))
        self.late.set(f"{len(h.opds_late)} / {h.opds_total}", None,
                      ", ".join(a.code for a in h.opds_late) or self.tr("Semua OPD sudah mengajukan"))
        bands = [b for b in h.bands if b.label != "Tidak dapat dihitung" or b.count]
        while len(self.band_cards) < len(bands):
            card = Card("", value_pt=14)
            self.band_cards.append(card)
            self.bands_box.addWidget(card, 1)
        for card, band in zip(self.band_cards, bands):
            card.set_stripe(band.colour)
            card.set(count_id(band.count), domain_text(band.label),
                     f"{domain_text(band.label)}: {count_id(band.count)} " + self.tr("indikator"))
        for card in self.band_cards[len(bands):]:
            card.hide()

    def card_values(self) -> dict[str, str]:
        """Caption -> value as shown (for tests)."""
        cards = [self.reported, self.goals, self.objectives, self.late] + [c for c in self.band_cards if c.isVisibleTo(self)]
        return {c.caption.text(): c.value.text() for c in cards}
