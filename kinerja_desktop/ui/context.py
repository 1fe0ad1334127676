"""The application context shared by every page: the open database, the plan, who is logged in,
the chosen year and quarter, and the one signal that announces a change of data.

No widget reaches into another widget's data: a page that changes values calls a service and
then `context.announce_change(ids)`; the tree, charts and presentation listen to `data_changed`.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kinerja_desktop.domain.entities import Plan, User
from kinerja_desktop.services.evaluation_cache import EvaluationCache


class AppContext(QObject):
    # Indicator ids whose values changed; an empty frozenset means "anything may have changed".
    data_changed = Signal(object)
    # (year, quarter) chosen in the main window.
    period_changed = Signal(int, int)
    user_changed = Signal(object)

    def __init__(self, db, plan: Plan, user: User | None, year: int, quarter: int, db_path=None, parent=None):
        super().__init__(parent)
        self.db = db
        self.db_path = db_path
        self.plan = plan
        self.user = user
        self.year = year
        self.quarter = quarter
        # The one evaluation the tree, the dashboard and the slides share (issue 14). Connected
        # first, so it is invalidated before any other listener reads it again.
        self.evaluations = EvaluationCache()
        self.data_changed.connect(self.evaluations.invalidate)

    def set_period(self, year: int, quarter: int) -> None:
        if (year, quarter) != (self.year, self.quarter):
            self.year, self.quarter = year, quarter
            self.period_changed.emit(year, quarter)

    def set_user(self, user: User | None) -> None:
        self.user = user
        self.user_changed.emit(user)

    def announce_change(self, indicator_ids=()) -> None:
        self.data_changed.emit(frozenset(indicator_ids))
