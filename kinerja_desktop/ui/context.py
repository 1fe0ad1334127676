"""The application context shared by every page: the open database, the plan period, who is logged
in, the chosen year and quarter, and the one signal that announces a change of data.

No widget reaches into another widget's data: a page that changes values calls a service and
then `context.announce_change(ids)`; the tree, charts and presentation listen to `data_changed`.
"""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, Signal

from kinerja_desktop.domain.entities import Plan, User
from kinerja_desktop.services.evaluation_cache import EvaluationCache


class AppContext(QObject):
    # Indicator ids whose values changed; an empty frozenset means "anything may have changed".
    data_changed = Signal(object)
    # (year, quarter) chosen in the main window; also emitted when only the plan period changes.
    period_changed = Signal(int, int)
    user_changed = Signal(object)
    # The list of plan periods changed (a new period was made); `plans` holds the new list.
    plans_changed = Signal()

    def __init__(self, db, plan: Plan, user: User | None, year: int, quarter: int, db_path=None, parent=None,
                 plans: list[Plan] | None = None):
        super().__init__(parent)
        self.db = db
        self.db_path = db_path
        self.plans = plans if plans is not None else _plans_of(db, plan)
        self.plan = plan if plan is None or plan.holds(year) else self.default_plan(year) or plan
        self.user = user
        self.year = year
        self.quarter = quarter
        # The one evaluation the tree, the dashboard and the slides share (issue 14). Connected
        # first, so it is invalidated before any other listener reads it again.
        self.evaluations = EvaluationCache()
        self.data_changed.connect(self.evaluations.invalidate)

    @property
    def plan_id(self) -> int | None:
        """The chosen plan period (issue 13): every service call passes it beside year and quarter."""
        return None if self.plan is None else self.plan.id

    def plan_id_for(self, year: int) -> int | None:
        """The chosen period for a year a dialog picked itself: the chosen one when it holds the
        year, else None (the services take the year's default period)."""
        return self.plan.id if self.plan is not None and self.plan.holds(year) else None

    def plans_of_year(self, year: int) -> list[Plan]:
        return [p for p in self.plans if p.holds(year)]

    def default_plan(self, year: int) -> Plan | None:
        """The earliest-starting period holding the year (store.repositories.load_plan's rule)."""
        held = self.plans_of_year(year)
        return held[0] if held else None

    def set_period(self, year: int, quarter: int, plan_id: int | None = None) -> None:
        """A new year/quarter (and period). Without plan_id the chosen period is kept while it
        holds the year, else the year's default period is taken."""
        plan = next((p for p in self.plans if p.id == plan_id), None)
        if plan is None:
            plan = self.plan if self.plan is None or self.plan.holds(year) else (self.default_plan(year) or self.plan)
        if (year, quarter, plan) != (self.year, self.quarter, self.plan):
            self.year, self.quarter, self.plan = year, quarter, plan
            self.period_changed.emit(year, quarter)

    def reload_plans(self) -> None:
        """Read the periods again after one was made, keep the chosen one, and say so."""
        self.plans = _plans_of(self.db, self.plan)
        self.plan = next((p for p in self.plans if self.plan is not None and p.id == self.plan.id), self.plan)
        self.plans_changed.emit()

    def set_user(self, user: User | None) -> None:
        self.user = user
        self.user_changed.emit(user)

    def announce_change(self, indicator_ids=()) -> None:
        self.data_changed.emit(frozenset(indicator_ids))


def _plans_of(db, plan: Plan | None) -> list[Plan]:
    if plan is None:
        return []
    try:
        from kinerja_desktop.services.reads import load_plans

        return load_plans(db) or [plan]
    except (AttributeError, TypeError, LookupError, sqlite3.Error):   # a test stand-in, a closed database
        return [plan]
