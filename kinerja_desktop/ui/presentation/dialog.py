"""The small dialog before a presentation: which screen, which deck, and the auto-advance interval."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox

from kinerja_desktop.services.deck import DeckChoice


def deck_choices(agencies, compare: tuple[str, int, int] | None = None) -> list[tuple[str, DeckChoice]]:
    """The decks offered; `compare` (quarter label, earlier year, later year) adds the comparison."""
    choices = [("Lengkap: ringkasan, tujuan, sasaran, peringkat OPD, risiko", DeckChoice("all")),
               ("Tujuan saja", DeckChoice("goals")),
               ("IKU sepanjang periode: ringkasan dan per tujuan", DeckChoice("iku"))]
    if compare is not None:
        label, a, b = compare
        choices.append((f"Perbandingan {label} {a} dan {b}: arah perubahan, per tujuan dan OPD, perubahan terbesar",
                        DeckChoice("compare", years=(a, b))))
    choices += [(f"Satu OPD: {a.code} \u2014 {a.name}", DeckChoice("agency", a.id)) for a in agencies]
    return choices


class PresentationDialog(QDialog):
    def __init__(self, agencies, parent=None, with_screen: bool = True, with_interval: bool = True, compare=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mulai presentasi"))
        form = QFormLayout(self)
        self.screen_box = QComboBox()
        screens = QGuiApplication.screens()
        for n, screen in enumerate(screens, start=1):
            g = screen.geometry()
            primary = self.tr(" (utama)") if screen is QGuiApplication.primaryScreen() else ""
            name = screen.name() or self.tr("Layar")
            self.screen_box.addItem(f"{n}. {name} \u2014 {g.width()}\u00d7{g.height()}{primary}", screen)
        # A projector is usually the second screen: choose it when there is one.
        self.screen_box.setCurrentIndex(1 if len(screens) > 1 else 0)
        self.deck_box = QComboBox()
        for text, choice in deck_choices(agencies, compare):
            self.deck_box.addItem(text, choice)
        self.interval = QSpinBox()
        self.interval.setRange(0, 600)
        self.interval.setValue(0)
        self.interval.setSuffix(self.tr(" detik"))
        self.interval.setSpecialValueText(self.tr("Manual (tanpa maju otomatis)"))
        if with_screen:
            form.addRow(self.tr("Layar"), self.screen_box)
        form.addRow(self.tr("Isi presentasi"), self.deck_box)
        if with_interval:
            form.addRow(self.tr("Maju otomatis setiap"), self.interval)
            hint = QLabel(self.tr("Tombol: \u2192/Spasi maju, \u2190 mundur, angka lalu Enter untuk lompat, "
                                  "P jeda, Esc keluar."))
            hint.setWordWrap(True)
            form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Mulai") if with_interval else self.tr("Lanjut"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> DeckChoice:
        return self.deck_box.currentData()

    def screen(self):
        return self.screen_box.currentData()

    def interval_seconds(self) -> int:
        return self.interval.value()
