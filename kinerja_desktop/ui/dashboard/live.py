"""One live copy of the dashboard figures per application context.

Every chart and the dashboard page read the figures from here, so a save is evaluated once
(incrementally, for the changed indicators) however many charts are open. The update runs
synchronously inside the `data_changed` emission: the charts are current before control
returns to the event loop.

The full evaluation (first load, a new period, "anything changed") takes seconds on a large
plan, so with a database file it runs in a worker thread on its own connection (tasks.py);
changes announced meanwhile are applied when it is done. An in-memory database (tests) is
evaluated on the spot.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from kinerja_desktop.services.dashboard import DashboardFigures, LiveFigures
from kinerja_desktop.ui.tasks import read_task

log = logging.getLogger(__name__)
EVERYTHING = None   # pending marker: reload all


class LiveSource(QObject):
    # The new DashboardFigures, and the indicator ids that changed (empty = anything).
    changed = Signal(object, object)
    # True while a full evaluation runs in the background; False when done.
    loading = Signal(bool)
    failed = Signal(str)

    def __init__(self, context, parent=None, background: bool | None = None):
        super().__init__(parent or context)
        self.context = context
        self.background = context.db_path is not None if background is None else background
        self._live: LiveFigures | None = None
        self._first_figures: DashboardFigures | None = None   # shown while the rest is computed
        self._pending: set[int] | None = set()
        self._task = None
        context.data_changed.connect(self._on_data_changed)
        context.period_changed.connect(lambda *_: self._reload(new_period=True))
        self._reload()

    @classmethod
    def for_context(cls, context) -> "LiveSource":
        source = getattr(context, "_live_source", None)
        if source is None:
            source = cls(context)
            context._live_source = source
        return source

    @property
    def figures(self) -> DashboardFigures | None:
        """The figures last shown: while a load runs, its first figures once they are out."""
        if self._task is not None and self._first_figures is not None:
            return self._first_figures
        return None if self._live is None else self._live.figures

    @property
    def is_loading(self) -> bool:
        return self._task is not None

    # -- full evaluation ----------------------------------------------------------------------
    def _reload(self, new_period: bool = False) -> None:
        ctx = self.context
        # Another quarter of the same year keeps the year's rows (read here, on this thread).
        reuse = (self._live.year_data() if new_period and self._live is not None and self._task is None
                 and self._live.plan == ctx.plan else None)   # another plan period reads its own rows
        evaluations = getattr(ctx, "evaluations", None)   # shared with the tree and the slides
        if not self.background:
            self._live = LiveFigures(ctx.db, ctx.plan, ctx.year, ctx.quarter, reuse, evaluations)
            self.changed.emit(self._live.figures, frozenset())
            return
        if self._task is not None:
            self._pending = EVERYTHING   # the running load may be stale: another one follows
            return
        self._pending = set()
        plan, year, quarter = ctx.plan, ctx.year, ctx.quarter

        def read(db, progress):
            # The first figures (bands, OPDs, completeness) are shown before the projections and
            # the budget are done (issue 14).
            live = LiveFigures(db, plan, year, quarter, reuse, evaluations, first=progress.deliver)
            live.attach(None)   # the worker's connection closes; _loaded attaches the GUI's
            return live

        self.loading.emit(True)
        self._task = read_task(None, ctx, "Menghitung dasbor…", read, self._loaded, self._failed, show_dialog=False,
                               on_part=self._first)

    def _first(self, figures) -> None:
        ctx = self.context
        if self._task is not None and self._pending is not EVERYTHING and not self._pending \
                and (figures.year, figures.quarter) == (ctx.year, ctx.quarter):
            self._first_figures = figures
            self.changed.emit(figures, frozenset())

    def _loaded(self, live: LiveFigures) -> None:
        self._task = self._first_figures = None
        ctx = self.context
        live.attach(ctx.db)
        stale = (live.year, live.quarter) != (ctx.year, ctx.quarter) or self._pending is EVERYTHING
        self._live = live
        if stale:
            self._reload()
            return
        pending, self._pending = self._pending, set()
        if pending:
            live.update(pending)
        self.loading.emit(False)
        self.changed.emit(live.figures, frozenset())

    def _failed(self, exc: BaseException) -> None:
        self._task = self._first_figures = None
        log.error("dashboard figures failed: %s", getattr(exc, "traceback_text", exc))
        self.loading.emit(False)
        self.failed.emit(str(exc))

    # -- a save -------------------------------------------------------------------------------
    def _on_data_changed(self, ids) -> None:
        ids = frozenset(ids or ())
        if self._task is not None:
            if not ids:
                self._pending = EVERYTHING
            elif self._pending is not EVERYTHING:
                self._pending |= ids
            return
        if self._live is None or not ids:
            self._reload()
            return
        self._live.attach(self.context.db)
        self.changed.emit(self._live.update(ids), ids)
