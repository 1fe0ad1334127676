"""Starts a presentation (F5) or exports a deck to PDF: takes the snapshot, builds the deck,
and opens the full-screen window on the chosen screen."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kinerja_desktop.services.dashboard import DashboardFigures, dashboard_figures
from kinerja_desktop.services.deck_iku import IKU_CHOICE, build_iku_deck
from kinerja_desktop.services.iku_period import iku_period
from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.services.deck import Deck, DeckChoice, build_compare_deck, build_deck
from kinerja_desktop.services import reads
from kinerja_desktop.ui.tasks import read_task
from kinerja_desktop.ui.presentation.dialog import PresentationDialog
from kinerja_desktop.ui.presentation.pdf import export_pdf
from kinerja_desktop.ui.presentation.window import PresentationWindow


class PresentationLauncher(QObject):
    def __init__(self, context, window=None):
        super().__init__(window)
        self.context = context
        self.window = window
        self.presentation: PresentationWindow | None = None

    def live_figures(self) -> DashboardFigures | None:
        """The dashboard's figures when they are current (they are immutable: a fine snapshot)."""
        source = getattr(self.context, "_live_source", None)
        figures = None if source is None or source.is_loading else source.figures
        if figures is not None and (figures.year, figures.quarter) == (self.context.year, self.context.quarter):
            return figures
        return None

    def snapshot(self) -> DashboardFigures:
        """The figures as they are now, computed on the spot when the dashboard has none."""
        return self.live_figures() or dashboard_figures(self.context.db, self.context.year, self.context.quarter,
                                                        self.context.plan, self._evaluations())

    def build(self, choice: DeckChoice = DeckChoice(), figures: DashboardFigures | None = None) -> Deck:
        return build_deck(figures or self.snapshot(), choice, datetime.now().astimezone())

    def with_snapshot(self, then) -> None:
        """Call then(figures): at once when the figures are at hand or the database is in memory,
        otherwise after a full evaluation in a worker thread (with a progress dialog)."""
        figures = self.live_figures()
        if figures is not None or self.context.db_path is None:
            then(figures or self.snapshot())
            return
        plan, year, quarter, evaluations = self.context.plan, self.context.year, self.context.quarter, self._evaluations()
        read_task(self.window, self.context, self.tr("Menyiapkan presentasi…"),
                  lambda db, _p: dashboard_figures(db, year, quarter, plan, evaluations), then,
                 lambda exc: QMessageBox.warning(self.window, self.tr("Presentasi"), str(exc)))

    def _evaluations(self):
        return getattr(self.context, "evaluations", None)   # shared with the tree and the dashboard

    def compare_years(self) -> tuple[str, int, int] | None:
        """The comparison offered: this quarter of the year before against the chosen year."""
        year, years = self.context.year, self.context.plan.years
        if year not in years or year - 1 not in years:
            return None
        return QUARTER_LABELS[self.context.quarter], year - 1, year

    def with_deck(self, choice: DeckChoice, then) -> None:
        """Call then(deck): the IKU-over-the-period and the comparison decks from their own figures,
        any other from the dashboard's snapshot (each computed in a worker thread when need be)."""
        if choice.kind == IKU_CHOICE:
            self.with_iku(lambda figures: then(build_iku_deck(figures, self.context.year, self.context.quarter)))
        elif choice.kind == "compare":
            self._with_compare(choice, then)
        else:
            self.with_snapshot(lambda figures: then(self.build(choice, figures)))

    def _with_compare(self, choice: DeckChoice, then) -> None:
        from kinerja_desktop.services.year_compare import compare_years

        quarter, (a, b) = self.context.quarter, choice.years
        plan_id = getattr(self.context, "plan_id", None) or self.context.plan.id

        def deck(comparison):
            return then(build_compare_deck(comparison, choice, datetime.now().astimezone()))

        if self.context.db_path is None:
            deck(compare_years(self.context.db, quarter, a, b, plan_id))
            return
        read_task(self.window, self.context, self.tr("Menyiapkan presentasi…"),
                  lambda db, _p: compare_years(db, quarter, a, b, plan_id), deck,
                  lambda exc: QMessageBox.warning(self.window, self.tr("Presentasi"), str(exc)))

    def with_iku(self, then) -> None:
        """then(IkuPeriod) of the context's period: at once for an in-memory database, else in a worker."""
        plan_id = getattr(self.context, "plan_id", None)
        if self.context.db_path is None:
            then(iku_period(self.context.db, plan_id))
            return
        read_task(self.window, self.context, self.tr("Menyiapkan presentasi…"),
                  lambda db, _p: iku_period(db, plan_id), then,
                  lambda exc: QMessageBox.warning(self.window, self.tr("Presentasi"), str(exc)))

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
            dialog = PresentationDialog(reads.load_agencies(self.context.db), self.window, compare=self.compare_years())
            if dialog.exec() != PresentationDialog.Accepted:
                return None
            choice, screen, interval_seconds = dialog.choice(), dialog.screen(), dialog.interval_seconds()
        self.with_deck(choice, lambda deck: self._present(deck, screen, interval_seconds or 0))
        return self.presentation

    def _present(self, deck: Deck, screen, interval_seconds: int) -> None:
        if self.presentation is not None:
            self.presentation.close()
        self.presentation = PresentationWindow(deck, interval_seconds)
        self.presentation.setAttribute(Qt.WA_DeleteOnClose)
        self.presentation.destroyed.connect(lambda *_: setattr(self, "presentation", None))
        self.presentation.show_on(screen)

    def export_pdf(self, choice: DeckChoice | None = None, path: str | None = None):
        if not self._ready():
            return None
        if choice is None:
            dialog = PresentationDialog(reads.load_agencies(self.context.db), self.window, with_screen=False,
                                        with_interval=False, compare=self.compare_years())
            dialog.setWindowTitle(self.tr("Ekspor presentasi ke PDF"))
            if dialog.exec() != PresentationDialog.Accepted:
                return None
            choice = dialog.choice()
        if path is None:
            suggested = f"presentasi-{self.context.year}-tw{self.context.quarter}.pdf"
            if choice.kind == IKU_CHOICE:
                suggested = f"presentasi-iku-{self.context.plan.start_year}-{self.context.plan.end_year}.pdf"
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Simpan presentasi sebagai PDF"), suggested,
                                                  self.tr("Dokumen PDF (*.pdf)"))
            if not path:
                return None
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        written = []
        self.with_deck(choice, lambda deck: written.append(self._write_pdf(deck, path)))
        return written[0] if written else None

    def _write_pdf(self, deck: Deck, path):
        try:
            written = export_pdf(deck, path)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Ekspor PDF"), str(exc))
            return None
        if self.window is not None and hasattr(self.window, "status"):
            self.window.status(self.tr("Presentasi disimpan: {0} ({1} halaman)").format(written, len(deck.slides)))
        return written
