"""One live copy of the dashboard figures per application context.

Every chart and the dashboard page read the figures from here, so a save is evaluated once
(incrementally, for the changed indicators) however many charts are open. The update runs
synchronously inside the `data_changed` emission: the charts are current before control
returns to the event loop.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kinerja_desktop.services.dashboard import DashboardFigures, LiveFigures


class LiveSource(QObject):
    # The new DashboardFigures, and the indicator ids that changed (empty = anything).
    changed = Signal(object, object)

    def __init__(self, context, parent=None):
        super().__init__(parent or context)
        self.context = context
        self._live = LiveFigures(context.db, context.plan, context.year, context.quarter)
        context.data_changed.connect(self._on_data_changed)
        context.period_changed.connect(self._on_period_changed)

    @classmethod
    def for_context(cls, context) -> "LiveSource":
        source = getattr(context, "_live_source", None)
        if source is None:
            source = cls(context)
            context._live_source = source
        return source

    @property
    def figures(self) -> DashboardFigures:
        return self._live.figures

    def _on_data_changed(self, ids) -> None:
        self._live.db, self._live.plan = self.context.db, self.context.plan
        self.changed.emit(self._live.update(ids or ()), frozenset(ids or ()))

    def _on_period_changed(self, year: int, quarter: int) -> None:
        self.changed.emit(self._live.set_period(year, quarter), frozenset())
