"""One evaluation per (plan period, year, quarter), shared by the tree, the dashboard and the
slides of one open database (issue 14): whichever asks first computes it, the others read it.

The cache also keeps the indicators and the year's values it read, so another quarter of the
same year is the rule only, and another year reads the values only. It never goes stale on its
own: the application calls `invalidate(ids)` for every change it announces (the UI wires it to
its change signal). Changed ids are patched on the next read (their indicator and values read
again, evaluated by the same rule); an empty set, a changed or new indicator, or many ids drop
everything. No Qt here; safe to call from worker threads, each with its own connection.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

import sqlite_utils

from kinerja_desktop.domain.entities import Indicator, Plan, YearValues
from kinerja_desktop.services.evaluation import IndicatorResult, evaluate_quarter, gc_paused
from kinerja_desktop.store import repositories as repo

Key = tuple[int, int, int]   # (plan id, year, quarter)


@dataclass
class _Year:
    """The indicators of a plan period and one year's values, as evaluate_quarter read them."""
    indicators: list[Indicator]
    values: dict[int, YearValues]
    dirty: set[int] = field(default_factory=set)


class EvaluationCache:
    def __init__(self, quarters_kept: int = 6, years_kept: int = 2):
        self._lock = threading.Lock()
        self._results: OrderedDict[Key, list[IndicatorResult]] = OrderedDict()
        self._dirty: dict[Key, set[int]] = {}
        self._years: OrderedDict[tuple[int, int], _Year] = OrderedDict()
        self._busy: dict[Key, threading.Event] = {}
        self._generation = 0   # bumped by every invalidation: a result computed across one is not kept
        self._quarters_kept, self._years_kept = quarters_kept, years_kept
        self.computed = 0      # full evaluations made (for tests and benches)

    # -- reading ------------------------------------------------------------------------------
    def results(self, db: sqlite_utils.Database, year: int, quarter: int, plan: Plan | None = None,
                agency_id: int | None = None) -> list[IndicatorResult]:
        """The results of evaluate_quarter (all indicators in code order, or one OPD's), shared:
        the same list object for every caller until a change. Do not modify it."""
        plan = plan or repo.load_plan(db, year=year)
        key = (plan.id, year, quarter)
        if agency_id is not None:
            with self._lock:
                whole = self._results.get(key) if not self._dirty.get(key) else None
            if whole is None:   # one OPD's figures (an operator's tree): cheaper read alone, not kept
                return evaluate_quarter(db, year, quarter, agency_id=agency_id, plan=plan)
            return [r for r in whole if r.indicator.agency_id == agency_id]
        while True:
            with self._lock:
                results = self._results.get(key)
                if results is not None and not self._dirty.get(key):
                    self._results.move_to_end(key)
                    return results
                waiting = self._busy.get(key)
                if waiting is None:
                    done = self._busy[key] = threading.Event()
                    generation = self._generation
                    year_rows = self._years.get((plan.id, year))
                    year_dirty = set(year_rows.dirty) if year_rows is not None else set()
                    # The indicators do not depend on the year: another year reads its values only.
                    indicators = next((rows.indicators for (p, _), rows in reversed(self._years.items())
                                       if p == plan.id and not rows.dirty), None)
                    dirty = set(self._dirty.get(key, ())) if results is not None else None
                    break
            waiting.wait()   # another thread is computing this key: read its result
        try:
            results = self._compute(db, plan, key, results, dirty, year_rows, year_dirty, indicators, generation)
        finally:
            with self._lock:
                del self._busy[key]
            done.set()
        return results

    def _compute(self, db, plan: Plan, key: Key, old: list[IndicatorResult] | None, dirty: set[int] | None,
                 year_rows: _Year | None, year_dirty: set[int], indicators: list[Indicator] | None,
                 generation: int) -> list[IndicatorResult]:
        _, year, quarter = key
        with gc_paused():
            if year_rows is not None and year_dirty:
                year_rows = self._patched_year(db, year, year_rows, year_dirty)
            results = None
            if old is not None and dirty is not None and year_rows is not None:
                # The changed indicators evaluated again by the same function, the rest shared.
                again = evaluate_quarter(db, year, quarter, plan=plan, values=year_rows.values,
                                         indicators=[r.indicator for r in old if r.indicator.id in dirty])
                by_id = {r.indicator.id: r for r in again}
                results = [by_id.get(r.indicator.id, r) for r in old]
            if results is None:
                if year_rows is None:
                    year_rows = _Year(indicators if indicators is not None and not year_dirty
                                      else repo.load_indicators(db, plan_id=plan.id), repo.load_year_values(db, year))
                results = evaluate_quarter(db, year, quarter, plan=plan, indicators=year_rows.indicators,
                                           values=year_rows.values)
                self.computed += 1
        with self._lock:
            if self._generation == generation:   # nothing changed meanwhile: keep it
                self._results[key] = results
                self._results.move_to_end(key)
                self._dirty.pop(key, None)
                self._years[(plan.id, year)] = year_rows
                self._years.move_to_end((plan.id, year))
                while len(self._results) > self._quarters_kept:
                    self._dirty.pop(self._results.popitem(last=False)[0], None)
                while len(self._years) > self._years_kept:
                    self._years.popitem(last=False)
        return results

    @staticmethod
    def _patched_year(db, year: int, rows: _Year, ids: set[int]) -> _Year | None:
        """The year's rows with the changed ids read again; None when an indicator itself changed
        (definition, code, retired, new): then everything is read again."""
        ids = sorted(ids)
        known = {ind.id: ind for ind in rows.indicators}
        for i in ids:
            if i not in known or repo.load_indicator(db, i) != known[i]:
                return None
        values = dict(rows.values)   # copy on write: earlier results keep the values they were made from
        fresh = repo.load_year_values(db, year, indicator_ids=ids)
        for i in ids:
            if i in fresh:
                values[i] = fresh[i]
            else:
                values.pop(i, None)
        return _Year(rows.indicators, values)

    # -- a change -----------------------------------------------------------------------------
    def invalidate(self, indicator_ids=()) -> None:
        """After a change: the ids whose values changed (empty: anything may have changed)."""
        ids = set(indicator_ids or ())
        with self._lock:
            self._generation += 1
            if not ids or any(len(ids) > max(len(r) // 4, 1) for r in self._results.values()):
                self._results.clear()
                self._dirty.clear()
                self._years.clear()
                return
            for key in self._results:
                self._dirty.setdefault(key, set()).update(ids)
            for rows in self._years.values():
                rows.dirty |= ids
