"""Starts a presentation (F5) or exports a deck to PDF: takes the snapshot, builds the deck,
and opens the full-screen window on the chosen screen."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kinerja_desktop.services.dashboard import DashboardFigures, dashboard_figures
from kinerja_desktop.services.deck import Deck, DeckChoice, build_deck
from kinerja_desktop.ui.presentation.dialog import PresentationDialog
from kinerja_desktop.ui.presentation.pdf import export_pdf
from kinerja_desktop.ui.presentation.window import PresentationWindow


class PresentationLauncher(QObject):
    def __init__(self, context, window=None):
        super().__init__(window)
        self.context = context
        self.window = window
        self.presentation: PresentationWindow | None = None

    def snapshot(self) -> DashboardFigures:
        """The figures as they are now: the live ones when the dashboard keeps them, else computed."""
        source = getattr(self.context, "_live_source", None)
        if source is not None and (source.figures.year, source.figures.quarter) == (self.context.year, self.context.quarter):
            return source.figures
        return dashboard_figures(self.context.db, self.context.year, self.context.quarter, self.context.plan)

    def build(self, choice: DeckChoice = DeckChoice()) -> Deck:
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            return build_deck(self.snapshot(), choice, datetime.now().astimezone())
        finally:
            QApplication.restoreOverrideCursor()

    def _ready(self) -> bool:
        if self.context.db is None:
            QMessageBox.information(self.window, self.tr("Presentasi"),
                                    self.tr("Buka basis data terlebih dahulu (Berkas \u2192 Buka)."))
            return False
        return True

    def start(self, choice: DeckChoice | None = None, screen=None, interval_seconds: int | None = None) -> PresentationWindow | None:
        """Ask (unless told) for screen, deck and interval; then present full screen."""
        if not self._ready():
            return None
        if choice is None:
            dialog = PresentationDialog(self.snapshot().agencies, self.window)
            if dialog.exec() != PresentationDialog.Accepted:
                return None
            choice, screen, interval_seconds = dialog.choice(), dialog.screen(), dialog.interval_seconds()
        deck = self.build(choice)
        if self.presentation is not None:
            self.presentation.close()
        self.presentation = PresentationWindow(deck, interval_seconds or 0)
        self.presentation.setAttribute(Qt.WA_DeleteOnClose)
        self.presentation.destroyed.connect(lambda *_: setattr(self, "presentation", None))
        self.presentation.show_on(screen)
        return self.presentation

    def export_pdf(self, choice: DeckChoice | None = None, path: str | None = None):
        if not self._ready():
            return None
        if choice is None:
            dialog = PresentationDialog(self.snapshot().agencies, self.window, with_screen=False, with_interval=False)
            dialog.setWindowTitle(self.tr("Ekspor presentasi ke PDF"))
            if dialog.exec() != PresentationDialog.Accepted:
                return None
            choice = dialog.choice()
        if path is None:
            suggested = f"presentasi-{self.context.year}-tw{self.context.quarter}.pdf"
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Simpan presentasi sebagai PDF"), suggested,
                                                  self.tr("Dokumen PDF (*.pdf)"))
            if not path:
                return None
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        deck = self.build(choice)
        try:
            written = export_pdf(deck, path)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Ekspor PDF"), str(exc))
            return None
        if self.window is not None and hasattr(self.window, "status"):
            self.window.status(self.tr("Presentasi disimpan: {0} ({1} halaman)").format(written, len(deck.slides)))
        return written
